"""Build-time tools for the web version (staging, font subsetting, page template, pygbag); never shipped."""
