"""Build-time content pipeline: YAML → validated specs → lint → compiled `Story` (the only place using yaml/pydantic)."""
