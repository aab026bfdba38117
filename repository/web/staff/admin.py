"""Admin pages: the audit log (and its export), users, API tokens."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from repository.web.deps import get_locale
from repository.web.staff import views
from repository.web.staff.access import AdminDep, WorkspaceDep
from repository.web.staff.pages import page
from repository.workspace import audit
from repository.workspace.tokens import create_token, list_tokens, revoke_token
from repository.workspace.users import add_user, list_users, remove_user

router = APIRouter(prefix="/workspace", include_in_schema=False)


def export(db: Path, fmt: str) -> StreamingResponse:
    """The whole audit log as CSV or JSON lines, as a download."""
    rows = audit.entries(db, limit=None)
    if fmt == "csv":
        body, media = audit.to_csv(rows), "text/csv; charset=utf-8"
    else:
        body, media = audit.to_jsonl(rows), "application/x-ndjson"
    return StreamingResponse(body, media_type=media, headers={
        "Content-Disposition": f'attachment; filename="audit.{fmt}"'})


@router.get("/audit", response_class=HTMLResponse)
def audit_page(request: Request, who: AdminDep, workspace: WorkspaceDep,
               sheet: str | None = None) -> HTMLResponse:
    entries = audit.entries(workspace.db, limit=500, sheet_id=sheet or None)
    return page(request, "audit.html", who, {
        "entries": views.audit_rows(entries, get_locale(request))})


@router.get("/audit.csv")
def audit_csv(who: AdminDep, workspace: WorkspaceDep) -> StreamingResponse:
    return export(workspace.db, "csv")


@router.get("/audit.jsonl")
def audit_jsonl(who: AdminDep, workspace: WorkspaceDep) -> StreamingResponse:
    return export(workspace.db, "jsonl")


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, who: AdminDep, workspace: WorkspaceDep,
               error: str | None = None) -> HTMLResponse:
    return page(request, "users.html", who, {
        "users": views.user_rows(list_users(workspace.db), get_locale(request)),
        "error": error})


@router.post("/users")
def users_add(who: AdminDep, workspace: WorkspaceDep, email: Annotated[str, Form()],
              password: Annotated[str, Form()], role: Annotated[str, Form()] = "editor"
              ) -> Response:
    add_user(workspace.db, email, password, role, actor=who.user.email)
    return RedirectResponse("/workspace/users", status_code=303)


@router.post("/users/{user_id}/remove")
def users_remove(user_id: int, who: AdminDep, workspace: WorkspaceDep) -> Response:
    remove_user(workspace.db, user_id, who.user.email)
    return RedirectResponse("/workspace/users", status_code=303)


@router.get("/tokens", response_class=HTMLResponse)
def tokens_page(request: Request, who: AdminDep, workspace: WorkspaceDep) -> HTMLResponse:
    return _tokens(request, who, workspace, None)


@router.post("/tokens", response_class=HTMLResponse)
def tokens_create(request: Request, who: AdminDep, workspace: WorkspaceDep,
                  email: Annotated[str, Form()], name: Annotated[str, Form()] = "token"
                  ) -> HTMLResponse:
    """Create a token; this page is the only time it is shown."""
    _, token = create_token(workspace.db, email, name, who.user.email)
    return _tokens(request, who, workspace, token)


def _tokens(request: Request, who: AdminDep, workspace: WorkspaceDep,
            created: str | None) -> HTMLResponse:
    locale = get_locale(request)
    return page(request, "tokens.html", who, {
        "tokens": views.token_rows(list_tokens(workspace.db), locale),
        "users": views.user_rows(list_users(workspace.db), locale), "created": created})


@router.post("/tokens/{token_id}/revoke")
def tokens_revoke(token_id: int, who: AdminDep, workspace: WorkspaceDep) -> Response:
    revoke_token(workspace.db, token_id, who.user.email)
    return RedirectResponse("/workspace/tokens", status_code=303)
