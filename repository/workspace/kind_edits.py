"""Corrections of an ID sheet's and a resource's own fields and of the links between records:
pure functions over the record's data, called by `edits.apply_changes`.

Competencies are `COMPETENCIES` keys, a resource type a `RESOURCE_TYPES` key, a personnel
count a whole number; the languages of a resource are ISO 639-1 codes or language names
("English, français" → en, fr); formats and links are lists as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pycountry

from repository.errors import WorkspaceError
from repository.ingest.normalise.resource_facts import language_codes
from repository.model import COMPETENCIES, RESOURCE_TYPES

LINK_FIELDS = ("related_practices", "resources")
KIND_FIELDS = ("competencies", "personnel_count", "resource_type", "formats",
               "resource_languages", *LINK_FIELDS)


def items(value: Any) -> list[str]:
    """A list from a list or from comma-, semicolon- or line-separated text, each once."""
    if isinstance(value, list | tuple):
        raw = [str(v) for v in value]
    else:
        raw = str(value or "").replace("\n", ",").replace(";", ",").split(",")
    out: list[str] = []
    for item in (v.strip() for v in raw):
        if item and item not in out:
            out.append(item)
    return out


def _count(value: Any) -> int | None:
    text = str(value).strip().replace(" ", "").replace("\u202f", "").replace(",", "") \
        if value is not None else ""
    if not text:
        return None
    if not text.isdigit():
        raise WorkspaceError(f"personnel_count: {value!r} is not a whole number of people")
    return int(text)


def _language(item: str) -> str:
    code = item.lower()
    if len(code) == 2 and pycountry.languages.get(alpha_2=code) is not None:
        return code
    found = language_codes([item])
    if len(found) != 1:
        raise WorkspaceError(f"resource_languages: {item!r} is not a language "
                             "(give ISO 639-1 codes such as en, fr)")
    return found[0]


def apply_kind_changes(data: dict[str, Any], changes: Mapping[str, Any]) -> None:
    """The kind fields among the changes applied to the record data, validated; a value
    outside its list is refused with a message naming the field."""
    for name in KIND_FIELDS:
        if name not in changes:
            continue
        value = changes[name]
        if name == "competencies":
            keys = items(value)
            bad = [k for k in keys if k not in COMPETENCIES]
            if bad:
                raise WorkspaceError(f"competencies: not a competency: {', '.join(bad)} "
                                     f"(one of {', '.join(COMPETENCIES)})")
            # the form lists them in COMPETENCIES order: the same set is no change
            data[name] = data[name] if set(keys) == set(data[name]) else keys
        elif name == "personnel_count":
            data[name] = _count(value)
        elif name == "resource_type":
            kind = str(value or "").strip() or None
            if kind and kind not in RESOURCE_TYPES:
                raise WorkspaceError(f"resource_type: {kind!r} is not one of "
                                     f"{', '.join(RESOURCE_TYPES)}")
            data[name] = kind
        elif name == "resource_languages":
            codes: list[str] = []
            for item in items(value):
                code = _language(item)
                if code not in codes:
                    codes.append(code)
            data[name] = codes
        else:  # formats and links, as written
            data[name] = items(value)
