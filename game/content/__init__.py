"""Build-time content pipeline: YAML → specs → lint → compiled `Story`; the only user of yaml and pydantic."""
