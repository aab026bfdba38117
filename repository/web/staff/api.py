"""The workspace JSON API, for scripted bulk work: `Authorization: Bearer <token>`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from repository.errors import WorkspaceError
from repository.web.staff.access import (
    ApiAdminDep,
    ApiUserDep,
    WorkspaceDep,
    api_admin,
    check_size,
)
from repository.web.staff.admin import export
from repository.web.staff.views import list_rows
from repository.workspace import imports
from repository.workspace.duplicates import suggest
from repository.workspace.uploads import safe_name

router = APIRouter(prefix="/api/workspace", tags=["workspace"])


def _sheet(workspace: Any, sheet_id: str) -> dict[str, Any]:
    state = workspace.get(sheet_id)
    return {"id": state.id, "status": state.status, "version": state.version,
            "warnings": state.warnings, "duplicate_of": state.duplicate_of,
            "record": state.record.model_dump(mode="json")}


@router.post("/uploads", summary="Upload sheets as drafts")
async def uploads(request: Request, user: ApiUserDep, workspace: WorkspaceDep,
                  files: list[UploadFile], mapping: Annotated[str | None, Form()] = None
                  ) -> dict[str, Any]:
    """Each file (multipart field `files`, repeatable) becomes a draft or fails alone:
    `{"drafts": [{"id", "file", "warnings"}], "failed": [{"file", "error"}], "tables":
    [...]}`. Each row of a spreadsheet or export (CSV, XLSX, a JSON array, JSON Lines)
    becomes a draft (`file` is `name#row 17`, with its `status`), its columns mapped as
    the last import of that export was, else as detected; the optional `mapping` field
    (JSON, `{"column": "field"}`) chooses some, and is saved."""
    check_size(request, workspace.settings)
    chosen = _mapping(mapping)
    payload = [(f.filename, await f.read()) for f in files]
    tables, sheets = imports.split_tables(payload)
    report = (await run_in_threadpool(workspace.upload, sheets, user)).to_json()
    report["tables"] = []
    for name, data in tables:
        result = await run_in_threadpool(imports.import_table, workspace, name, data, user,
                                         chosen)
        report["drafts"].extend(result.drafts)
        report["failed"].extend(result.failed)
        report["tables"].append({"file": name, "counts": result.counts, **result.table})
    return report


def _mapping(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        value = None
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise WorkspaceError('mapping: expected a JSON object {"column": "field"}')
    return {str(k): v for k, v in value.items()}


@router.post("/imports", summary="Stage a spreadsheet: its column mapping, to check")
async def stage_import(request: Request, user: ApiUserDep, workspace: WorkspaceDep,
                       file: UploadFile) -> dict[str, Any]:
    """The detected (or last saved) column → field mapping with a sample value per
    column; `POST /api/workspace/imports/{id}` with `{"mapping": {…}}` makes the drafts."""
    check_size(request, workspace.settings)
    name, data = file.filename, await file.read()
    staged = await run_in_threadpool(imports.stage, workspace, safe_name(name), data, user)
    return staged.to_json()


@router.get("/imports/{import_id}", summary="A staged spreadsheet's column mapping")
def staged_import(import_id: int, user: ApiUserDep, workspace: WorkspaceDep) -> dict[str, Any]:
    return imports.preview(workspace, import_id).to_json()


@router.post("/imports/{import_id}", summary="Make drafts of a staged spreadsheet's rows")
def apply_import(import_id: int, user: ApiUserDep, workspace: WorkspaceDep,
                 mapping: Annotated[dict[str, str] | None, Body(embed=True)] = None
                 ) -> dict[str, Any]:
    """The mapping (columns left out keep their field) is saved for the export, then
    each row becomes a draft, a new version of its sheet (changed), or nothing."""
    return imports.apply(workspace, import_id, mapping or {}, user).to_json()


@router.get("/sheets", summary="Every sheet with its status")
def sheets(user: ApiUserDep, workspace: WorkspaceDep, status: str | None = None
           ) -> dict[str, Any]:
    rows = [{k: v for k, v in r.items()} for r in list_rows(workspace.list_sheets())]
    return {"sheets": [r for r in rows if not status or r["status"] == status]}


@router.get("/sheets/{sheet_id}", summary="One sheet: status, version, warnings, record")
def sheet(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep) -> dict[str, Any]:
    return _sheet(workspace, sheet_id)


@router.patch("/sheets/{sheet_id}", summary="Correct fields (a new version)")
def edit(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep,
         changes: Annotated[dict[str, Any], Body()]) -> dict[str, Any]:
    workspace.edit(sheet_id, changes, user)
    return _sheet(workspace, sheet_id)


def _transition(name: str) -> Callable[..., dict[str, Any]]:
    """A route that moves a sheet with one workspace method and answers with the sheet."""
    def act(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep) -> dict[str, Any]:
        getattr(workspace, name)(sheet_id, user)
        return _sheet(workspace, sheet_id)

    act.__name__ = name
    return act


for _name, _summary in (("publish", "Publish a draft"), ("unpublish", "Back to draft")):
    router.add_api_route(f"/sheets/{{sheet_id}}/{_name}", _transition(_name), methods=["POST"],
                         summary=_summary)


@router.delete("/sheets/{sheet_id}", summary="Soft-delete (admin); purge=true removes it")
def delete(sheet_id: str, user: ApiAdminDep, workspace: WorkspaceDep, purge: bool = False
           ) -> dict[str, Any]:
    if workspace.get(sheet_id).status != "deleted":
        workspace.delete(sheet_id, user)
    if purge:
        workspace.purge(sheet_id, user)
        return {"id": sheet_id, "status": "purged"}
    return _sheet(workspace, sheet_id)


router.add_api_route("/sheets/{sheet_id}/restore", _transition("restore"), methods=["POST"],
                     summary="Restore a soft-deleted sheet (admin)",
                     dependencies=[Depends(api_admin)])


@router.post("/sheets/{sheet_id}/translations", summary="Link a translation")
def translations(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep,
                 other: Annotated[str, Body(embed=True, alias="id")]) -> dict[str, Any]:
    workspace.link_translations(sheet_id, other, user)
    return _sheet(workspace, sheet_id)


@router.post("/sheets/{sheet_id}/duplicate", summary="Mark as a duplicate of another sheet")
def duplicate(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep,
              of: Annotated[str, Body(embed=True)]) -> dict[str, Any]:
    workspace.mark_duplicate(sheet_id, of, user)
    return _sheet(workspace, sheet_id)


@router.get("/sheets/{sheet_id}/duplicates", summary="Likely duplicates already stored")
def duplicates(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep) -> dict[str, Any]:
    workspace.get(sheet_id)
    return {"id": sheet_id, "duplicates": suggest(workspace.store, sheet_id)}


@router.get("/sheets/{sheet_id}/versions", summary="A sheet's versions, newest first")
def versions(sheet_id: str, user: ApiUserDep, workspace: WorkspaceDep) -> dict[str, Any]:
    workspace.get(sheet_id)
    return {"id": sheet_id, "versions": workspace.versions(sheet_id)}


@router.get("/sheets/{sheet_id}/versions/{number}", summary="One version's record")
def version(sheet_id: str, number: int, user: ApiUserDep, workspace: WorkspaceDep
            ) -> dict[str, Any]:
    return workspace.version(sheet_id, number).model_dump(mode="json")


@router.get("/audit", summary="The audit log (admin), as JSON lines or CSV")
def audit_export(user: ApiAdminDep, workspace: WorkspaceDep, format: str = "jsonl"
                 ) -> StreamingResponse:
    return export(workspace.db, "csv" if format == "csv" else "jsonl")
