"""Pure functions over records: corrections from a form or JSON, what is missing, what
extraction was unsure of, and a free id for an upload."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from repository.errors import WorkspaceError
from repository.ingest.normalise.budget import parse_budget
from repository.model import SECTION_FIELDS, Practice, Section
from repository.places import is_country_code
from repository.vocabulary import load_vocabulary

TEXT_FIELDS = ("title", "summary", "city", "region", "project", "funding", "language")
LIST_FIELDS = ("partners", "target_groups")
EDITABLE = (*TEXT_FIELDS, "kind", "country", "themes", *LIST_FIELDS, *SECTION_FIELDS)
# fields a sheet should have; the dashboard lists sheets missing any of them
EXPECTED = ("summary", "country", "city", "themes", "language")
SECTION_HEADINGS = {name: name.replace("_text", "").replace("_", " ").capitalize()
                    for name in SECTION_FIELDS}
# warning prefix → the field it is about
_WARNING_FIELDS = (("no country", "country"), ("country not understood", "country"),
                   ("country taken from", "country"), ("budget not understood", "budget_text"),
                   ("no theme", "themes"), ("unknown themes", "themes"),
                   ("sections kept as extra", "sections"))


def unsure_fields(warnings: list[str]) -> dict[str, str]:
    """Field name → the warning about it, for highlighting on the review page."""
    out: dict[str, str] = {}
    for warning in warnings:
        for prefix, name in _WARNING_FIELDS:
            if warning.startswith(prefix):
                out.setdefault(name, warning)
    return out


def missing_fields(record: Mapping[str, Any]) -> list[str]:
    """Expected fields a record leaves empty."""
    return [name for name in EXPECTED if not record.get(name)]


def free_id(wanted: str, taken: Callable[[str], bool]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3` … : the first id not taken."""
    candidate, n = wanted, 1
    while taken(candidate):
        n += 1
        candidate = f"{wanted}-{n}"
    return candidate


def _text(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _items(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value or "").replace("\n", ",").split(",") if v.strip()]


def apply_changes(practice: Practice, changes: Mapping[str, Any]) -> Practice:
    """The record with the given fields replaced, validated; sections follow section texts.

    Unknown fields, a country that is not an ISO code, or a theme outside the vocabulary
    are refused with a message naming the field.
    """
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise WorkspaceError(f"not an editable field: {', '.join(unknown)}")
    data = practice.model_dump()
    sections = [Section.model_validate(s) for s in data.pop("sections")]
    for name, value in changes.items():
        if name in TEXT_FIELDS or name == "kind":
            data[name] = _text(value)
        elif name == "country":
            code = _text(value)
            if code and not is_country_code(code):
                raise WorkspaceError(f"country: {code!r} is not an ISO 3166-1 alpha-2 code")
            data[name] = code.upper() if code else None
        elif name == "themes":
            themes = _items(value)
            vocabulary = load_vocabulary()
            bad = [t for t in themes if not vocabulary.is_theme(t)]
            if bad:
                raise WorkspaceError(f"themes: not in the vocabulary: {', '.join(bad)}")
            data[name] = themes
        elif name in LIST_FIELDS:
            data[name] = _items(value)
        else:  # a section field
            text = _text(value)
            data[name] = text
            sections = _set_section(sections, name, text)
            if name == "budget_text":
                data["budget"] = parse_budget(text) if text else None
    if not data.get("title"):
        raise WorkspaceError("title: a sheet needs a title")
    data["kind"] = data.get("kind") or "practice"
    data["sections"] = sections
    try:
        return Practice.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise WorkspaceError(f"{field}: {error['msg']}") from None


def _set_section(sections: list[Section], name: str, text: str | None) -> list[Section]:
    """The sections with the one mapped to `name` replaced, added or removed."""
    out: list[Section] = []
    found = False
    for section in sections:
        if section.field == name:
            if text and not found:
                out.append(section.model_copy(update={"text": text}))
            found = True
        else:
            out.append(section)
    if text and not found:
        out.append(Section(heading=SECTION_HEADINGS[name], text=text, field=name))
    return out
