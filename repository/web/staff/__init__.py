"""The staff workspace on the web: its pages, admin pages and JSON API over the
`repository.workspace` library."""
