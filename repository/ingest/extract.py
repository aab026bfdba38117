"""From a `RawSheet` to a `Practice`: headings and keys to fields, facts normalised.

Pure: no I/O. Returns the record and the warnings a person should see ("no country
found", "budget not understood: '…'", "no theme found", sections kept as extra).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from slugify import slugify

from repository.errors import InvalidSheet
from repository.ingest.headings import (
    field_for_heading,
    field_for_key,
    kind_heading_field,
    link_field,
)
from repository.ingest.language import detect_language
from repository.ingest.normalise import force_facts, resource_facts
from repository.ingest.normalise.evidence_key import read_evidence_key
from repository.ingest.normalise.facts import Facts, as_list, as_text, normalise_facts
from repository.ingest.normalise.meta_lines import (
    by_field,
    expand_value,
    pairs_in_line,
    pairs_in_text,
)
from repository.ingest.normalise.organisations import besides_urls, organisation_type, urls_in
from repository.ingest.normalise.place_finder import find_place
from repository.ingest.normalise.place_names import mentions
from repository.ingest.normalise.sheet_kind import sheet_kind
from repository.ingest.raw import RawSheet
from repository.model import PROFILE_FIELDS, SECTION_FIELDS, Practice, Section, Source

# "Lead organisation: SafeLives": a labelled line of the preamble, not a summary
_LABELLED = re.compile(r"^[^\W\d][\w .'’/&()-]{0,40}?\s*:\s+[^\n]{0,150}$")
_META_LINE = re.compile(r"^[\s>*•·|-]*(?:\*\*|__)?\s*[^\W\d_][\w .'’/&()-]{0,40}?\s*"
                        r"(?:\*\*|__)?\s*[:：|]")
# fields a preamble line may set ("Period: 2017-2020" becomes the duration section)
_PREAMBLE_FIELDS = ("title", "city", "country", "region", "themes", "project", "partners",
                    "funding", "start", "end", "duration_text", "budget_text", "lead_organisation",
                    "lead_organisation_type")
_PLACE_FIELDS = ("city", "country", "region")
# sections whose text becomes a list of the record: (field, how a section's text splits)
_LIST_SECTIONS = ("target_groups", "formats", "resource_languages", "resources",
                  "related_practices", "competencies")
_OPENING = 500  # characters of the text before the first heading that tell the sheet's kind
_KIND_KEYS = (*PROFILE_FIELDS, "units", "competencies", "formats", "resource_languages")
_TEXT_SECTIONS = (*SECTION_FIELDS, *PROFILE_FIELDS, "summary", *_LIST_SECTIONS)


@dataclass
class Extraction:
    """A record and what extraction was unsure of."""

    practice: Practice
    warnings: list[str] = field(default_factory=list)


def extract(raw: RawSheet, source: Source | None = None, *,
            start_inference: str = "learned") -> Extraction:
    """Map a raw sheet's metadata and sections onto a `Practice` (`start_inference`:
    REPOSITORY_START_INFERENCE, how the start year is chosen)."""
    warnings = list(raw.warnings)
    preamble, preamble_meta = _preamble_metadata(raw.preamble)
    keys = _expanded(raw.metadata)
    meta = _metadata_fields({**preamble_meta, **keys})
    read_evidence_key(meta, raw.file, warnings)  # before sections: a long value is text
    headers = [v for k, v in raw.metadata.items()
               if not field_for_key(k) and isinstance(v, str) and len(v.split()) <= 10]
    sections = _sections(raw, meta)

    title = as_text(meta.pop("title", None)) or raw.title
    if not title:
        raise InvalidSheet(raw.file, "no title: give a `# Title` line or a `title:` field")

    texts = _texts(sections)

    body = "\n\n".join([preamble, *(s.text for s in sections)]).strip()
    if not body and not any(k in meta for k in (*SECTION_FIELDS, "summary")):
        raise InvalidSheet(raw.file, "the sheet has a title but no text")

    language = _language(meta.pop("language", None)) or detect_language(f"{title}\n{body}")
    for section in sections:
        section.language = detect_language(section.text) if len(section.text) > 200 else language

    summary = as_text(meta.pop("summary", None)) or texts.pop("summary", None)
    if not summary:
        summary = _first_paragraph(preamble) or None
    lead = "\n".join([summary or _first_paragraph(preamble), *headers])

    explicit_kind = as_text(meta.pop("kind", None))
    found_kind = sheet_kind(explicit=explicit_kind, title=title, lead=lead,
                            preamble=preamble[:_OPENING],
                            headings=[s.heading for s in sections] + [
                                k for k in meta if k in _KIND_KEYS], body=body,
                            keys=[*raw.metadata, *(k for k, _ in pairs_in_text(raw.preamble)),
                                  *(s.heading for s in raw.sections)])
    kind = found_kind.kind
    if kind in ("id_sheet", "resource"):  # their own headings win: "Organisation", "Format"
        for section in sections:
            section.field = (link_field(section.heading)
                             or kind_heading_field(section.heading, kind) or section.field)
        texts = _texts(sections)
        texts.pop("summary", None)
    place = find_place(
        keys={k: as_text(v) or "" for k, v in by_field(
            # a label naming a place is a table's row ("Stadt Freiburg (Amt …) | …")
            (k, v) for k, v in keys.items()
            if field_for_key(k) in _PLACE_FIELDS and not mentions(k)).items()},
        meta={k: v for k, v in by_field(preamble_meta.items()).items() if k in _PLACE_FIELDS},
        title=title, lead="\n".join(filter(None, [lead, _subtitle(preamble)])),
        body=[preamble, *(s.text for s in sections)],
        kind="practice" if kind == "id_sheet" else kind,  # a force has its place
        language=language,
        scope="\n".join([*(as_text(v) or "" for k, v in raw.metadata.items()
                            if field_for_key(k) not in _PLACE_FIELDS), raw.preamble,
                          *(s.text for s in sections if len(s.text.split()) <= 12)]))
    for name in _PLACE_FIELDS:
        meta.pop(name, None)
    city, country = place.city, place.country
    warnings.extend(place.warnings)
    if not sections and preamble:
        summary = _whole_text(summary, preamble, warnings)

    facts: Facts = normalise_facts(
        meta=meta, texts=texts, title=title, summary=summary, body=body, language=language,
        warnings=warnings, kind=kind, start_inference=start_inference,
        parts=[("preamble", _without(preamble, summary)),
               *((s.field, s.text) for s in sections)],
    )
    provenance = {**place.origins, "kind": found_kind.origin, **facts.origins}
    extra = [s.heading for s in sections if s.field is None]
    if extra:
        warnings.append("sections kept as extra: " + ", ".join(repr(h) for h in extra))

    record: dict[str, Any] = {
        "id": as_text(meta.pop("id", None)) or slugify(title, max_length=80, word_boundary=True),
        "kind": kind,
        "title": title.strip(),
        "summary": summary,
        "language": language,
        "translations": as_list(meta.pop("translations", None)),
        "source": source,
        "city": city,
        "region": as_text(meta.pop("region", None)),
        "country": country,
        "themes": facts.themes,
        "target_groups": as_list(meta.pop("target_groups", None)
                                 or texts.pop("target_groups", None)),
        "project": as_text(meta.pop("project", None)),
        "partners": facts.partners,
        "funding": facts.funding,
        "lead_organisation": as_text(meta.pop("lead_organisation", None)),
        "lead_organisation_type": organisation_type(
            as_text(meta.pop("lead_organisation_type", None))),
        "urls": _urls(meta.pop("urls", None), texts.get("links")),
        "sections": sections,
        "budget": facts.budget,
        "start": facts.start,
        "end": facts.end,
        "ongoing": facts.ongoing,
        "evaluation_kind": facts.evaluation_kind,
        "evidence": facts.evidence,
        "provenance": provenance,
        **_kind_facts(kind, meta, texts, title, summary, explicit_kind),
    }
    for name in (*SECTION_FIELDS, *PROFILE_FIELDS):
        record[name] = texts.get(name) or as_text(meta.get(name))
    if not record["id"]:
        raise InvalidSheet(raw.file, "cannot derive an id from the title")
    return Extraction(Practice(**record), warnings)


def _texts(sections: list[Section]) -> dict[str, str]:
    """The text of every section that maps to a field, sections of one field joined."""
    texts: dict[str, str] = {}
    for section in sections:
        if section.field in _TEXT_SECTIONS:
            key = section.field
            texts[key] = f"{texts[key]}\n\n{section.text}" if key in texts else section.text
    return texts


def _kind_facts(kind: str, meta: dict[str, Any], texts: dict[str, str], title: str,
                summary: str | None, explicit: str | None) -> dict[str, Any]:
    """The fields of an ID sheet and of a resource, and the links of any record."""
    def listed(name: str) -> list[str]:
        return as_list(meta.pop(name, None)) or as_list(texts.pop(name, None))

    out: dict[str, Any] = {"resources": listed("resources"),
                           "related_practices": listed("related_practices"),
                           "formats": resource_facts.formats(listed("formats")),
                           "resource_languages": resource_facts.language_codes(
                               listed("resource_languages"))}
    named = listed("competencies")
    if kind == "id_sheet":
        out["competencies"] = force_facts.competencies(
            " ".join(named), texts.get("competencies_text"), as_text(meta.get("units")),
            texts.get("units"))
        out["personnel_count"] = force_facts.personnel_count(
            texts.get("personnel") or as_text(meta.get("personnel")))
    elif kind == "resource":
        out["resource_type"] = resource_facts.resource_type(
            as_text(meta.pop("resource_type", None)) or explicit, title, summary)
    if kind != "id_sheet" and named:
        texts.setdefault("competencies_text", "\n".join(named))
    return out


def _urls(value: Any, links: str | None) -> list[str]:
    """Web links from a `url`/`website` key and from the links section."""
    found = urls_in("\n".join(as_list(value)))
    return found + [u for u in urls_in(links) if u not in found]


def _preamble_metadata(preamble: str) -> tuple[str, dict[str, str]]:
    """`Key: value` lines of the preamble that name a metadata field, and the rest.

    A line may hold several pairs ("**Pays :** France — **Thèmes :** …", "Stadt: Graz –
    Land: Österreich", "| Gemeente | Utrecht |"); a line of pairs is taken out of the text.
    """
    found: dict[str, str] = {}
    kept: list[str] = []
    for line in preamble.splitlines():
        pairs = [(k, v) for k, v in pairs_in_line(line) if field_for_key(k) in _PREAMBLE_FIELDS]
        if pairs and _META_LINE.match(line):
            for key, value in pairs:
                found.setdefault(key, value)
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), found


def _expanded(metadata: dict[str, Any]) -> dict[str, Any]:
    """Metadata whose text values run on into more pairs ("Bergamo · Paese: Italia"), split."""
    out: dict[str, Any] = {}
    for key, value in metadata.items():
        if isinstance(value, str):
            for label, part in expand_value(key, value):
                out.setdefault(label, part)
        else:
            out.setdefault(key, value)
    return out


def _metadata_fields(metadata: dict[str, Any]) -> dict[str, Any]:
    """Metadata keyed by field name. Keys we do not know are kept under `?key` so their
    text becomes an extra section rather than being dropped."""
    fields: dict[str, Any] = {}
    for key, value in metadata.items():
        if value in (None, "", []):
            continue
        name = field_for_key(key)
        if name:
            fields.setdefault(name, value)
        elif isinstance(value, str | list):
            fields.setdefault(f"?{key}", value)
    return fields


def _sections(raw: RawSheet, meta: dict[str, Any]) -> list[Section]:
    sections = [
        Section(heading=s.heading, text=s.text, field=field_for_heading(s.heading))
        for s in raw.sections
        if s.text.strip()
    ]
    # Section-like metadata (a JSON "objectifs" key, a table row) becomes a section too.
    for name in (*SECTION_FIELDS, *PROFILE_FIELDS):
        value = as_text(meta.get(name))
        if value and not any(s.field == name for s in sections):
            sections.append(Section(heading=name.replace("_text", "").title(), text=value,
                                    field=name))
    links = as_text(meta.get("urls"))  # a `links:` key in prose keeps its words
    if links and besides_urls(links) and not any(s.field == "links" for s in sections):
        sections.append(Section(heading="Links", text=links, field="links"))
    for key in [k for k in meta if k.startswith("?")]:
        value = as_text(meta.pop(key))
        if value:
            sections.append(Section(heading=key[1:], text=value, field=None))
    return sections


def _language(value: Any) -> str | None:
    text = as_text(value)
    return text.lower()[:2] if text and len(text) >= 2 else None


def _whole_text(summary: str | None, preamble: str, warnings: list[str]) -> str:
    """A sheet without any section keeps its whole text as the summary, never a part:
    the summary paragraph first, then every other paragraph in reading order."""
    warnings.append("no sections recognised; the whole text is kept as the summary")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", preamble) if b.strip()]
    rest = [b for b in blocks if re.sub(r"\s*\n\s*", " ", b) != summary]
    return "\n\n".join([summary, *rest] if summary else rest)


def _without(preamble: str, summary: str | None) -> str:
    """The preamble less the paragraph that became the summary (so it counts once)."""
    if not summary:
        return preamble
    blocks = [b for b in re.split(r"\n\s*\n", preamble)
              if re.sub(r"\s+", " ", b).strip() != summary.strip()]
    return "\n\n".join(blocks).strip()


def _subtitle(text: str) -> str:
    """A line in emphasis opening the text before the first heading, the sheet's subtitle
    ("*Fiche thématique — prévention de la délinquance, France*"), else ""."""
    block = next(iter(_blocks(text)), "")
    if "\n" in block or len(block.split()) > 20 or not re.fullmatch(r"([*_]+)[^*_]+\1", block):
        return ""
    return block.strip("*_ ")


def _first_paragraph(text: str) -> str:
    for block in _blocks(text):
        if not block.startswith(("**", "|", "-", "*")) and not _LABELLED.match(block):
            return re.sub(r"\s*\n\s*", " ", block)
    return ""


def _blocks(text: str) -> list[str]:
    """The text's paragraphs (blocks between blank lines), stripped, empty ones left out."""
    return [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]



