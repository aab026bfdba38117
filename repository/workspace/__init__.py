"""The staff workspace: sign-in, upload, review, correct, publish — audited and crash-safe.

    db.py        the one SQLite file (users, sessions, tokens, sheets, versions, audit)
    users.py     accounts, argon2 password hashes, the login rate limit
    tokens.py    API tokens (shown once, stored hashed, revocable)
    auth.py      signed session cookies, CSRF tokens, the FastAPI dependencies
    audit.py     who did what to which sheet, when; CSV / JSONL export
    uploads.py   screening an uploaded file and reading it with the ingest limits
    imports.py   spreadsheets and exports: the mapping preview, one draft per row
    edits.py     pure functions: apply corrections to a record, what is missing or unsure
    sheets.py    the `Workspace`: every sheet write, recorded first, then indexed
    duplicates.py likely duplicates of a sheet already in the repository
    routes.py, admin.py, api.py, views.py   the web edges;  cli.py  `users` and `tokens`
"""
