"""From a `RawSheet` to a `Practice`: headings and keys to fields, facts normalised.

Pure: no I/O. Returns the record and the warnings a person should see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from slugify import slugify

from repository.errors import InvalidSheet
from repository.ingest.headings import field_for_heading, field_for_key
from repository.ingest.language import detect_language
from repository.ingest.normalise.places import country_code
from repository.ingest.raw import RawSheet
from repository.model import SECTION_FIELDS, Practice, Section, Source

_KINDS = {"practice": "practice", "fact_sheet": "fact_sheet", "factsheet": "fact_sheet",
          "fact sheet": "fact_sheet", "fiche thematique": "fact_sheet"}


@dataclass
class Extraction:
    """A record and what extraction was unsure of."""

    practice: Practice
    warnings: list[str] = field(default_factory=list)


def extract(raw: RawSheet, source: Source | None = None) -> Extraction:
    """Map a raw sheet's metadata and sections onto a `Practice`."""
    warnings = list(raw.warnings)
    meta = _metadata_fields(raw.metadata)
    sections = _sections(raw, meta)

    title = _text(meta.pop("title", None)) or raw.title
    if not title:
        raise InvalidSheet(raw.file, "no title: give a `# Title` line or a `title:` field")

    texts: dict[str, str] = {}
    for section in sections:
        if section.field in SECTION_FIELDS or section.field in ("summary", "target_groups"):
            key = section.field
            texts[key] = f"{texts[key]}\n\n{section.text}" if key in texts else section.text

    body = "\n\n".join([raw.preamble, *(s.text for s in sections)]).strip()
    if not body and not any(k in meta for k in SECTION_FIELDS):
        raise InvalidSheet(raw.file, "the sheet has a title but no text")

    language = _language(meta.pop("language", None)) or detect_language(f"{title}\n{body}")
    for section in sections:
        section.language = detect_language(section.text) if len(section.text) > 200 else language

    country_text = _text(meta.pop("country", None))
    country = country_code(country_text)
    if country_text and not country:
        warnings.append(f"country not understood: {country_text!r}")
    elif not country:
        warnings.append("no country found")

    summary = _text(meta.pop("summary", None)) or texts.pop("summary", None)
    if not summary:
        summary = _first_paragraph(raw.preamble) or None

    record: dict[str, Any] = {
        "id": _text(meta.pop("id", None)) or slugify(title, max_length=80, word_boundary=True),
        "kind": _KINDS.get((_text(meta.pop("kind", None)) or "practice").lower(), "practice"),
        "title": title.strip(),
        "summary": summary,
        "language": language,
        "translations": _list(meta.pop("translations", None)),
        "source": source,
        "city": _text(meta.pop("city", None)),
        "region": _text(meta.pop("region", None)),
        "country": country,
        "themes": [t.strip().lower() for t in _list(meta.pop("themes", None))],
        "target_groups": _list(meta.pop("target_groups", None) or texts.pop("target_groups", None)),
        "project": _text(meta.pop("project", None)),
        "partners": _list(meta.pop("partners", None)),
        "funding": _text(meta.pop("funding", None)),
        "sections": sections,
    }
    for name in SECTION_FIELDS:
        record[name] = texts.get(name) or _text(meta.get(name))
    if not record["id"]:
        raise InvalidSheet(raw.file, "cannot derive an id from the title")
    return Extraction(Practice(**record), warnings)


def _metadata_fields(metadata: dict[str, Any]) -> dict[str, Any]:
    """Metadata keyed by field name; keys we do not know are dropped with their field None."""
    fields: dict[str, Any] = {}
    for key, value in metadata.items():
        name = field_for_key(key)
        if name and value not in (None, "", []):
            fields.setdefault(name, value)
    return fields


def _sections(raw: RawSheet, meta: dict[str, Any]) -> list[Section]:
    sections = [
        Section(heading=s.heading, text=s.text, field=field_for_heading(s.heading))
        for s in raw.sections
        if s.text.strip()
    ]
    # Section-like metadata (a JSON "objectifs" key, a table row) becomes a section too.
    for name in SECTION_FIELDS:
        value = _text(meta.get(name))
        if value and not any(s.field == name for s in sections):
            sections.append(Section(heading=name.replace("_text", "").title(), text=value,
                                    field=name))
    return sections


def _language(value: Any) -> str | None:
    text = _text(value)
    return text.lower()[:2] if text and len(text) >= 2 else None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value).strip()
    return text or None


def _list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    items = re.split(r"\s*[;\n]\s*|\s*,\s*(?![^()]*\))", str(value))
    return [i.strip(" -*•") for i in items if i.strip(" -*•")]


def _first_paragraph(text: str) -> str:
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        if block and not block.startswith(("**", "|", "-", "*")):
            return re.sub(r"\s*\n\s*", " ", block)
    return ""
