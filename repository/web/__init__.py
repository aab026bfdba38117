"""The web layer: HTML pages and the JSON API, thin over `search` and `ingest`."""
