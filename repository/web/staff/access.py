"""Who may call a workspace route: the FastAPI dependencies, and the workspace lifespan.

HTML routes need a session cookie (a GET without one is redirected to the sign-in
page; any other method is refused with 401) and, for every state-changing method, the
session's CSRF token in the form. JSON routes need `Authorization: Bearer <token>`.
Admin-only routes refuse editors with 403.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Request

from repository.config import Settings
from repository.errors import (
    Forbidden,
    SignInRequired,
    TooLarge,
    Unauthorized,
)
from repository.web.warm import warm_up
from repository.workspace.auth import SESSION_COOKIE, Signer, csrf_ok, secret_key, session_user
from repository.workspace.sheets import Workspace
from repository.workspace.tokens import user_for_token
from repository.workspace.users import User

STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")


@dataclass(frozen=True)
class Staff:
    """The signed-in user of an HTML request, with the session's CSRF token."""

    user: User
    session_id: str
    csrf: str


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the workspace (finishing interrupted writes) beside the app's store."""
    workspace = Workspace.open(app.state.settings, app.state.store)
    app.state.workspace = workspace
    app.state.signer = Signer(secret_key(app.state.settings))
    if getattr(app.state, "warm", False):
        threading.Thread(target=warm_up, args=(workspace, app.state.on_ready),
                         name="warm-up", daemon=True).start()
    yield
    workspace.close()


def get_workspace(request: Request) -> Workspace:
    workspace: Workspace = request.app.state.workspace
    return workspace


def get_signer(request: Request) -> Signer:
    signer: Signer = request.app.state.signer
    return signer


async def staff(request: Request, workspace: Annotated[Workspace, Depends(get_workspace)],
                signer: Annotated[Signer, Depends(get_signer)]) -> Staff:
    """The signed-in user; a state-changing request must carry the session's CSRF token."""
    session_id = signer.session_id(request.cookies.get(SESSION_COOKIE))
    found = session_user(workspace.db, session_id)
    if found is None or session_id is None:
        if request.method in STATE_CHANGING:
            raise Unauthorized("sign in first")
        raise SignInRequired("sign in first")
    user, token = found
    if request.method in STATE_CHANGING:
        check_size(request, workspace.settings)
        form = await request.form()
        given = form.get("csrf")
        if not csrf_ok(token, given if isinstance(given, str) else None):
            raise Forbidden("the form's security token is missing or stale; reload the page")
    return Staff(user, session_id, token)


def check_size(request: Request, settings: Settings) -> None:
    """Refuse a request body larger than a full upload could be, before reading it."""
    limit = settings.max_upload_files * settings.max_file_mb * 1_000_000 + 1_000_000
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise TooLarge(f"the request is over {limit / 1e6:.0f} MB "
                       "(REPOSITORY_MAX_UPLOAD_FILES × REPOSITORY_MAX_FILE_MB)")


async def admin_staff(who: Annotated[Staff, Depends(staff)]) -> Staff:
    if not who.user.is_admin:
        raise Forbidden("admins only")
    return who


def api_user(request: Request, workspace: Annotated[Workspace, Depends(get_workspace)]
             ) -> User:
    """The user an API token acts as."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    user = user_for_token(workspace.db, token.strip()) if scheme.lower() == "bearer" else None
    if user is None:
        raise Unauthorized("an API token is required: Authorization: Bearer <token>")
    return user


def api_admin(user: Annotated[User, Depends(api_user)]) -> User:
    if not user.is_admin:
        raise Forbidden("admins only")
    return user


WorkspaceDep = Annotated[Workspace, Depends(get_workspace)]
StaffDep = Annotated[Staff, Depends(staff)]
AdminDep = Annotated[Staff, Depends(admin_staff)]
ApiUserDep = Annotated[User, Depends(api_user)]
ApiAdminDep = Annotated[User, Depends(api_admin)]
