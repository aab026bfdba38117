"""Workspace pages: sign-in, dashboard, upload, review and correct, publish, versions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from repository.errors import (
    NotFound,
    SheetError,
    TooManyAttempts,
    Unauthorized,
    WorkspaceError,
    http_status,
)
from repository.ingest.pipeline import original_path
from repository.search.querylog import read as read_queries
from repository.web.deps import get_locale, remember_locale, templates
from repository.web.i18n import translate
from repository.web.staff import views
from repository.web.staff.access import (
    StaffDep,
    WorkspaceDep,
    get_signer,
    lifespan,
)
from repository.web.staff.charts_view import dashboard_charts
from repository.web.staff.facts import fact_rows
from repository.workspace import audit, imports
from repository.workspace.auth import (
    DEVICE_COOKIE,
    DEVICE_MAX_AGE_S,
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SESSION_MAX_AGE_S,
    Signer,
    end_session,
    start_session,
)
from repository.workspace.duplicates import suggest
from repository.workspace.edits import EDITABLE
from repository.workspace.users import authenticate

router = APIRouter(prefix="/workspace", include_in_schema=False, lifespan=lifespan)
SignerDep = Annotated[Signer, Depends(get_signer)]


def page(request: Request, name: str, who: Any, context: dict[str, Any],
         status: int = 200) -> HTMLResponse:
    """A workspace page in the visitor's language: the template gets the user and the
    CSRF token for its forms."""
    locale = get_locale(request)
    response: HTMLResponse = templates.TemplateResponse(
        request, f"workspace/{name}",
        {"me": who.user if who else None, "csrf": who.csrf if who else "",
         "role": translate(f"role_{who.user.role}", locale) if who else "",
         "locale": locale, **context},
        status_code=status)
    response.headers["Cache-Control"] = "no-store"
    remember_locale(request, response, locale)
    return response


def _back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/workspace") and "//" not in target \
        else "/workspace"


# ---- sign-in ----------------------------------------------------------------------

@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, signer: SignerDep, next: str = "/workspace",
               error: str | None = None) -> HTMLResponse:
    import secrets

    nonce = secrets.token_urlsafe(16)
    response = page(request, "login.html", None, {
        "login_token": signer.login_token(nonce), "next": _safe_next(next), "error": error},
        status=401 if error else 200)
    response.set_cookie(LOGIN_COOKIE, nonce, httponly=True, samesite="lax",
                        secure=request.app.state.settings.cookie_secure, path="/workspace")
    return response


@router.post("/login")
def login(request: Request, workspace: WorkspaceDep, signer: SignerDep,
          email: Annotated[str, Form()] = "", password: Annotated[str, Form()] = "",
          csrf: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/workspace"
          ) -> Response:
    if not signer.login_token_ok(csrf, request.cookies.get(LOGIN_COOKIE)):
        raise WorkspaceError("the sign-in form expired; reload the page")
    client = request.client.host if request.client else "unknown"
    device = signer.device(request.cookies.get(DEVICE_COOKIE))
    try:
        user = authenticate(workspace.db, email, password, client, device)
    except TooManyAttempts:
        raise
    except Unauthorized:
        return login_form(request, signer, next,
                          error=translate("login_wrong", get_locale(request)))
    except WorkspaceError as exc:
        return login_form(request, signer, next, error=str(exc))
    session_id = start_session(workspace.db, user)
    response = _back(_safe_next(next))
    response.set_cookie(SESSION_COOKIE, signer.session_cookie(session_id),
                        max_age=SESSION_MAX_AGE_S, httponly=True, samesite="lax",
                        secure=request.app.state.settings.cookie_secure, path="/")
    response.delete_cookie(LOGIN_COOKIE, path="/workspace")
    if device is None or device[0] != user.id:  # this browser is now known for the account
        response.set_cookie(DEVICE_COOKIE, signer.device_cookie(user), max_age=DEVICE_MAX_AGE_S,
                            httponly=True, samesite="lax", path="/workspace",
                            secure=request.app.state.settings.cookie_secure)
    return response


@router.post("/logout")
def logout(who: StaffDep, workspace: WorkspaceDep) -> Response:
    end_session(workspace.db, who.session_id)
    response = _back("/workspace/login")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# ---- dashboard and lists ----------------------------------------------------------

@router.get("", response_class=HTMLResponse)
def dashboard(request: Request, who: StaffDep, workspace: WorkspaceDep) -> HTMLResponse:
    locale = get_locale(request)
    sheets = workspace.list_sheets()
    rows = views.page_rows(sheets, locale)
    return page(request, "dashboard.html", who, {
        "charts": dashboard_charts(sheets, read_queries(workspace.settings, limit=2000),
                                   locale),
        "counts": views.status_counts(rows, locale),
        "recent": views.audit_rows(audit.entries(workspace.db, limit=15), locale),
        "incomplete": [r for r in rows if r["missing"] and r["status"] != "deleted"][:30],
        "gaps": views.gap_rows(read_queries(workspace.settings, limit=30), locale),
    })


@router.get("/sheets", response_class=HTMLResponse)
def sheet_list(request: Request, who: StaffDep, workspace: WorkspaceDep,
               status: str | None = None) -> HTMLResponse:
    locale = get_locale(request)
    rows = views.page_rows(workspace.list_sheets(), locale)
    if status:
        rows = [r for r in rows if r["status"] == status]
    shown = translate(f"sheets_{status}" if status in views.STATUSES else "sheets_all", locale)
    return page(request, "sheets.html", who, {"rows": rows, "status": shown})


# ---- upload -----------------------------------------------------------------------

@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, who: StaffDep, workspace: WorkspaceDep) -> HTMLResponse:
    return page(request, "upload.html", who, {
        "report": None, "max_files": workspace.settings.max_upload_files})


@router.post("/upload", response_class=HTMLResponse)
async def upload(request: Request, who: StaffDep, workspace: WorkspaceDep,
                 files: Annotated[list[UploadFile], Form()]) -> HTMLResponse:
    """Sheets become drafts; a spreadsheet or export goes to its mapping preview first."""
    payload = [(f.filename, await f.read()) for f in files if f.filename]
    tables, sheets = imports.split_tables(payload)
    report = await run_in_threadpool(workspace.upload, sheets, who.user)
    staged = []
    for name, data in tables:
        try:
            staged.append(await run_in_threadpool(imports.stage, workspace, name, data,
                                                  who.user))
        except SheetError as exc:
            report.failed.append({"file": name, "error": str(exc)})
    return page(request, "upload.html", who, {
        "report": report, "staged": staged, "max_files": workspace.settings.max_upload_files})


@router.get("/imports/{import_id}", response_class=HTMLResponse)
def mapping(request: Request, import_id: int, who: StaffDep, workspace: WorkspaceDep,
            error: str | None = None) -> HTMLResponse:
    """A staged spreadsheet: each column, the field it maps to (editable), a sample."""
    found = imports.preview(workspace, import_id)
    return page(request, "mapping.html", who, {
        "preview": found, "choices": views.mapping_choices(), "error": error},
        status=422 if error else 200)


@router.post("/imports/{import_id}", response_class=HTMLResponse)
async def import_rows(request: Request, import_id: int, who: StaffDep,
                      workspace: WorkspaceDep) -> HTMLResponse:
    """The chosen mapping saved for the export, and the rows made drafts."""
    form = await request.form()
    chosen = {str(form[f"column-{i}"]): str(form.get(f"field-{i}", "extra"))
              for i in range(len(form)) if f"column-{i}" in form}
    result = await run_in_threadpool(imports.apply, workspace, import_id, chosen, who.user)
    if result.counts["failed"] and not result.drafts and not result.table:
        return mapping(request, import_id, who, workspace, error=result.failed[0]["error"])
    return page(request, "imported.html", who, {
        "result": views.import_view(result, get_locale(request))})


# ---- one sheet --------------------------------------------------------------------

@router.get("/sheets/{sheet_id}", response_class=HTMLResponse)
def review(request: Request, sheet_id: str, who: StaffDep, workspace: WorkspaceDep,
           error: str | None = None) -> HTMLResponse:
    state = workspace.get(sheet_id)
    locale = get_locale(request)
    return page(request, "review.html", who, {
        "sheet": views.sheet_view(state, locale),
        "original": views.original_sections(state.record, locale),
        "facts": fact_rows(state.record, state.warnings, locale),
        "fields": views.edit_fields(state.record, state.warnings, locale),
        "duplicates": suggest(workspace.store, sheet_id),
        "error": error,
    })


def form_changes(form: FormData) -> dict[str, Any]:
    """The edit form's fields as changes; unticked themes mean no themes, unticked
    competencies none where the form shows them (their empty hidden value says so)."""
    changes: dict[str, Any] = {k: form.get(k) for k in EDITABLE
                               if k in form and k not in ("themes", "competencies")}
    changes["themes"] = [str(v) for v in form.getlist("themes") if v]
    if "competencies" in form:
        changes["competencies"] = [str(v) for v in form.getlist("competencies") if v]
    return changes


@router.post("/sheets/{sheet_id}", response_class=HTMLResponse)
async def save(request: Request, sheet_id: str, who: StaffDep, workspace: WorkspaceDep
               ) -> Response:
    changes = form_changes(await request.form())
    try:
        await run_in_threadpool(workspace.edit, sheet_id, changes, who.user)
    except WorkspaceError as exc:
        if http_status(exc) != 400:
            raise
        response = review(request, sheet_id, who, workspace, error=str(exc))
        response.status_code = 422
        return response
    return _back(f"/workspace/sheets/{sheet_id}")


def _action(name: str) -> Any:
    async def act(sheet_id: str, who: StaffDep, workspace: WorkspaceDep) -> Response:
        await run_in_threadpool(getattr(workspace, name), sheet_id, who.user)
        return _back("/workspace/sheets" if name == "purge" else f"/workspace/sheets/{sheet_id}")

    act.__name__ = name
    return act


for _name in ("publish", "unpublish", "delete", "restore", "purge"):
    router.add_api_route(f"/sheets/{{sheet_id}}/{_name}", _action(_name), methods=["POST"])


@router.post("/sheets/{sheet_id}/translations")
def link(sheet_id: str, who: StaffDep, workspace: WorkspaceDep,
         other: Annotated[str, Form()]) -> Response:
    workspace.link_translations(sheet_id, other.strip(), who.user)
    return _back(f"/workspace/sheets/{sheet_id}")


@router.post("/sheets/{sheet_id}/duplicate")
def duplicate(sheet_id: str, who: StaffDep, workspace: WorkspaceDep,
              of: Annotated[str, Form()]) -> Response:
    workspace.mark_duplicate(sheet_id, of.strip(), who.user)
    return _back(f"/workspace/sheets/{sheet_id}")


@router.get("/sheets/{sheet_id}/original")
def original(sheet_id: str, who: StaffDep, workspace: WorkspaceDep) -> FileResponse:
    """The uploaded file, as an attachment in a sandbox: never rendered as a page here."""
    record = workspace.get(sheet_id).record
    path = original_path(workspace.settings, record)
    if path is None or record.source is None:
        raise NotFound(f"no original file is kept for {sheet_id!r}")
    return FileResponse(path, filename=record.source.file, media_type="application/octet-stream",
                        content_disposition_type="attachment",
                        headers={"Content-Security-Policy": "sandbox"})


@router.get("/sheets/{sheet_id}/versions", response_class=HTMLResponse)
def versions(request: Request, sheet_id: str, who: StaffDep, workspace: WorkspaceDep
             ) -> HTMLResponse:
    state = workspace.get(sheet_id)
    locale = get_locale(request)
    return page(request, "versions.html", who, {
        "sheet": views.sheet_view(state, locale),
        "versions": views.version_rows(workspace.versions(sheet_id), locale)})


@router.get("/sheets/{sheet_id}/versions/{number}", response_class=HTMLResponse)
def version(request: Request, sheet_id: str, number: int, who: StaffDep,
            workspace: WorkspaceDep) -> HTMLResponse:
    record = workspace.version(sheet_id, number)
    return page(request, "version.html", who, {
        "sheet_id": sheet_id, "number": number, "title": record.title,
        "language": record.language or "",
        "rows": views.record_rows(record, get_locale(request))})
