"""`repository users …` and `repository tokens …`: staff accounts and API tokens.

Passwords are prompted (hidden) or read from stdin, never taken as arguments, so they
stay out of shell history and process lists; they are never printed or logged.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer

from repository.config import load_settings
from repository.errors import RepositoryError
from repository.workspace.db import open_db
from repository.workspace.tokens import create_token, list_tokens, revoke_token
from repository.workspace.users import add_user, list_users

users = typer.Typer(no_args_is_help=True, help="Staff accounts of the workspace.")
tokens = typer.Typer(no_args_is_help=True, help="API tokens for the workspace JSON API.")
app = typer.Typer()
app.add_typer(users, name="users")
app.add_typer(tokens, name="tokens")


@contextmanager
def _reported() -> Iterator[None]:
    """A domain error becomes one `Error: …` line and exit code 2."""
    try:
        yield
    except RepositoryError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None


def _password(from_stdin: bool) -> str:
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    value: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return value


@users.command("add")
def users_add(
    email: Annotated[str, typer.Argument(help="The person's email; they sign in with it.")],
    role: Annotated[str, typer.Option(help="editor (upload, edit, publish) or admin.")
                    ] = "editor",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from stdin instead of prompting.")] = False,
) -> None:
    """Create a staff account (the password is prompted, or read from stdin).

    Example: repository users add ana@example.org --role admin
    """
    with _reported():
        user = add_user(open_db(load_settings().data_dir), email, _password(password_stdin),
                        role, actor="cli")
    typer.echo(f"Added {user.email} ({user.role})")


@users.command("list")
def users_list() -> None:
    """List staff accounts.

    Example: repository users list
    """
    for user in list_users(open_db(load_settings().data_dir)):
        typer.echo(f"{user.id}\t{user.email}\t{user.role}")


@tokens.command("create")
def tokens_create(
    email: Annotated[str, typer.Argument(help="The user the token acts as.")],
    name: Annotated[str, typer.Option(help="What the token is for.")] = "token",
) -> None:
    """Create an API token acting as a user; it is printed once, only now.

    Example: repository tokens create ana@example.org --name nightly-import
    """
    with _reported():
        token_id, token = create_token(open_db(load_settings().data_dir), email, name, "cli")
    typer.echo(f"Token {token_id} (copy it now; it is not shown again):", err=True)
    typer.echo(token)


@tokens.command("revoke")
def tokens_revoke(token_id: Annotated[int, typer.Argument(help="The token's id.")]) -> None:
    """Revoke an API token.

    Example: repository tokens revoke 3
    """
    with _reported():
        revoke_token(open_db(load_settings().data_dir), token_id, "cli")
    typer.echo(f"Revoked token {token_id}")


@tokens.command("list")
def tokens_list() -> None:
    """List API tokens (never the tokens themselves).

    Example: repository tokens list
    """
    for info in list_tokens(open_db(load_settings().data_dir)):
        state = f"revoked {info.revoked_at}" if info.revoked_at else "active"
        typer.echo(f"{info.id}\t{info.name}\t{info.email}\t{info.created_at}\t{state}")
