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
