"""The README's configuration table and the settings stay in step."""

from __future__ import annotations

import re

from repository.config import Settings
from tests.conftest import ROOT


def _env_name(name: str) -> str:
    field = Settings.model_fields[name]
    alias = field.validation_alias
    return str(alias) if isinstance(alias, str) else f"REPOSITORY_{name.upper()}"


def test_every_setting_is_in_the_readme_table_with_its_description() -> None:
    readme = (ROOT / "README.md").read_text()
    rows = dict(re.findall(r"^\| `([A-Z_]+)` \|[^|]*\| (.+?) \|$", readme, re.M))
    for name, field in Settings.model_fields.items():
        env = _env_name(name)
        assert env in rows, f"{env} is missing from the README's configuration table"
        assert rows[env] == field.description, env
    assert set(rows) == {_env_name(n) for n in Settings.model_fields}


def test_each_search_parameter_is_declared_once_and_read_by_the_cli_and_the_api() -> None:
    import typer.main

    from repository.cli import app
    from repository.search.request import PARAMETERS, description
    from repository.web.deps import SearchQuery

    assert tuple(SearchQuery.model_fields) == PARAMETERS
    for name in PARAMETERS:
        assert SearchQuery.model_fields[name].description == description(name) != ""
    command = typer.main.get_command(app).commands["search"]  # type: ignore[attr-defined]
    helps = {param.name: getattr(param, "help", None) for param in command.params}
    for name in PARAMETERS:
        if name != "q":
            assert helps[name] == description(name).replace("`", ""), name
    flags = {flag for param in command.params for flag in param.opts + param.secondary_opts}
    assert {"--per-page", "--limit", "-n", "--evaluated", "--not-evaluated", "--year-min",
            "--budget-max", "--country", "--json", "--lang"} <= flags
