"""JSON and YAML sheets: one object whose keys may be in any supported language.

Keys that name a metadata field (title, ville, país, Themen …) become metadata;
keys that name a section (objectifs, Budget …) or that we do not know become
sections, so no text is dropped. A `sections` key may hold `{heading: text}` or a
list of `{heading, text}` objects. A record wrapped in one object (`{"practice": {…}}`,
`fiche: …`) is read as the record itself, and a nested object's keys that name a
place or a date (`"location": {"city": …, "country": …}`) become metadata too. A
top-level list is refused: one file, one sheet.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from repository.errors import InvalidSheet
from repository.ingest.headings import METADATA_PREFIXES, field_for_heading, field_for_key
from repository.ingest.raw import RawSection, RawSheet

_LIFTED = ("city", "region", "country", "start", "end")
# fields whose value never names the sheet, even as a record's first entry
_NOT_A_NAME = (*_LIFTED, "language", "kind", "budget", "duration", "contact", "urls")
_SECTIONS_KEYS = ("sections", "sektionen", "secciones", "sezioni", "secoes", "secties")


def read_json(file: str, text: str) -> RawSheet:
    """Read a JSON sheet object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidSheet(file, f"invalid JSON (line {exc.lineno}, column {exc.colno}): "
                           f"{exc.msg}") from None
    except RecursionError:
        raise InvalidSheet(file, "invalid JSON: nested too deeply") from None
    return sheet_from_object(file, "json", data)


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader without anchors and aliases: a sheet never needs them, and
    nested aliases ("billion laughs") expand exponentially once turned into text."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases (&, *) are not allowed in a sheet",
                event.start_mark)
        return super().compose_node(parent, index)


def read_yaml(file: str, text: str) -> RawSheet:
    """Read a YAML sheet mapping (safe loader: no tags, no code, no aliases)."""
    try:
        data = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InvalidSheet(file, f"invalid YAML{where}: {str(problem).splitlines()[0]}"
                           ) from None
    return sheet_from_object(file, "yaml", data)


def sheet_from_object(file: str, fmt: str, data: Any) -> RawSheet:
    """A sheet from a parsed JSON/YAML value, or a clear error for anything but an object."""
    if isinstance(data, list):
        raise InvalidSheet(file, f"the {fmt.upper()} file is a list, expected one sheet object "
                           "(one file per sheet)")
    if not isinstance(data, dict):
        raise InvalidSheet(file, f"the {fmt.upper()} file holds a {type(data).__name__}, "
                           "expected one sheet object")
    data = _unwrapped(data)
    metadata: dict[str, Any] = {}
    sections: list[RawSection] = []
    for key, value in data.items():
        key = str(key)
        if value in (None, "", [], {}):
            continue
        if key.lower() in _SECTIONS_KEYS:
            sections.extend(_nested_sections(value))
            continue
        if isinstance(value, dict):
            value = _lift_metadata(value, metadata)
            if not value:
                continue
        name = field_for_key(key)
        if (name in METADATA_PREFIXES and not isinstance(value, dict)) or (
                name == "summary" and isinstance(value, str)):
            metadata[key] = value
        elif isinstance(value, str | int | float | list | dict):
            sections.append(RawSection(_heading(key), _as_text(value)))
    title = _first_entry_name(data) or _nested_title(data)
    return RawSheet(file=file, format=fmt, title=title, metadata=metadata, sections=sections)


# objects whose `name` is a person's or a body's, never the sheet's
_NOT_THE_SHEET = ("contact", "partners", "lead_organisation", "funding")


def _nested_title(data: dict[Any, Any]) -> str | None:
    """The sheet's name from a title key one level down, where no top-level key names it
    (`{"metadatos": {"titulo": …}, "contenido": {…}}`), except inside a contact or a
    partner (whose `name` is someone's)."""
    if any(field_for_key(str(key)) == "title" and isinstance(value, str)
           for key, value in data.items()):
        return None
    for key, value in data.items():
        if not isinstance(value, dict) or field_for_key(str(key)) in _NOT_THE_SHEET:
            continue
        for inner_key, inner in value.items():
            if field_for_key(str(inner_key)) == "title" and isinstance(inner, str) \
                    and inner.strip() and "\n" not in inner.strip():
                return inner.strip()
    return None


def _first_entry_name(data: dict[Any, Any]) -> str | None:
    """The sheet's name when no key says title: the first entry's value when it is a short
    line (`programa: De Braços Abertos`, `scheda_tematica: …`) of a key that is no place,
    date or contact. A title key, where there is one, wins over it in extraction."""
    for key, value in data.items():
        if value in (None, "", [], {}):
            continue
        if not isinstance(value, str) or field_for_key(str(key)) in _NOT_A_NAME:
            return None
        line = value.strip()
        if "\n" in line or len(line.split()) > 16 or line.endswith((".", ":", ";")):
            return None
        return line
    return None


def _unwrapped(data: dict[Any, Any]) -> dict[Any, Any]:
    """The record inside `{"practice": {…}}`-style wrappers (one key holding one object)."""
    for _ in range(3):
        if len(data) != 1:
            break
        (key, inner), = data.items()
        if not isinstance(inner, dict):
            break
        data = inner
    return data


def _lift_metadata(value: dict[Any, Any], metadata: dict[str, Any]) -> dict[Any, Any]:
    """A nested object's place and date keys moved into `metadata` (a contact's `name` is
    no title, so only these); what is left of it."""
    rest = {}
    for key, inner in value.items():
        if isinstance(inner, str | int | float) and field_for_key(str(key)) in _LIFTED:
            metadata.setdefault(str(key), inner)
        else:
            rest[key] = inner
    return rest


def _nested_sections(value: Any) -> list[RawSection]:
    if isinstance(value, dict):
        return [RawSection(str(k), _as_text(v)) for k, v in value.items() if v]
    if isinstance(value, list):
        out = []
        for item in value:
            if isinstance(item, dict):
                heading = item.get("heading") or item.get("title") or item.get("titre") or ""
                text = item.get("text") or item.get("body") or item.get("content") or ""
                if heading and text:
                    out.append(RawSection(str(heading), _as_text(text)))
        return out
    return []


def _heading(key: str) -> str:
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:] if field_for_heading(text) or text.islower() else text


def _as_text(value: Any) -> str:
    if isinstance(value, list):
        return "\n".join(f"- {_as_text(v)}" for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_as_text(v)}" for k, v in value.items())
    return str(value).strip()
