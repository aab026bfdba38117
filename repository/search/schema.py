"""From a `Practice` to what the index stores: passages to embed, payload, sparse vectors.

Pure functions: the embedding itself happens at the edge (`Store.put_many`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from repository.model import Practice
from repository.search import lexical, links
from repository.search.request import BUDGET_BANDS
from repository.search.response import SUMMARY_SECTION
from repository.vocabulary.safety_domains import practice_domains

PASSAGE_WORDS = 160  # about 220 word pieces: inside MiniLM's 256-token window
MAX_PASSAGES = 32



@dataclass(frozen=True)
class Passage:
    """A piece of a sheet embedded on its own: one row of the `sections` multivector."""

    section: str  # the heading shown to the user
    field: str | None
    text: str


def budget_band(eur: float | None) -> str | None:
    """The budget band key of an amount in EUR."""
    if eur is None:
        return None
    return next(key for bound, key in BUDGET_BANDS if eur < bound)


def passages(practice: Practice) -> list[Passage]:
    """The title and summary, then each section cut into windows of about PASSAGE_WORDS."""
    head = practice.title + (f". {practice.summary}" if practice.summary else "")
    out = [Passage(section=SUMMARY_SECTION, field="summary", text=head)]
    for section in practice.sections:
        words = section.text.split()
        for start in range(0, len(words), PASSAGE_WORDS):
            chunk = " ".join(words[start : start + PASSAGE_WORDS])
            out.append(Passage(section.heading, section.field, f"{section.heading}: {chunk}"))
    return out[:MAX_PASSAGES]


def doc_text(practice: Practice) -> str:
    """The text of the whole-sheet vector: what the sheet is about, first."""
    parts = [practice.title, practice.summary or "", practice.objectives or "",
             practice.context or "", practice.activities or ""]
    return re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()


def lexical_vector(practice: Practice) -> lexical.Sparse:
    """BM25 sparse vector of the whole sheet; the title and summary count extra."""
    body = [(s.text, 1) for s in practice.sections]
    meta = " ".join(filter(None, [practice.city, practice.project, *practice.partners]))
    fields = [(practice.title, 3), (practice.summary or "", 2), (meta, 1), *body]
    return lexical.document_vector(fields, practice.language)


def payload(practice: Practice, passages_: list[Passage], content_hash: str) -> dict[str, Any]:
    """Flat fields to filter, facet and sort on, and the whole record for display."""
    budget_eur = practice.budget.eur if practice.budget else None
    start_year = practice.start.year if practice.start else None
    return {
        "id": practice.id,
        "title": practice.title,
        "kind": practice.kind,
        "language": practice.language,
        "country": practice.country,
        "city": practice.city,
        "themes": practice.themes,
        "project": practice.project,
        "lead_organisation_type": practice.lead_organisation_type,
        "evaluation_kind": practice.evaluation_kind,
        "evaluated": practice.evaluation_kind in ("internal", "external", "scientific"),
        "evidence": practice.evidence,
        "safety_domains": practice_domains(practice),
        "start_year": start_year,
        "end_year": practice.end.year if practice.end else None,
        "sort_start": (start_year * 100 + (practice.start.month or 0)) if start_year else 0,
        "ongoing": practice.ongoing,
        "budget_eur": budget_eur,
        "budget_band": budget_band(budget_eur),
        "publication": practice.publication,
        "translation_group": min([practice.id, *practice.translations]),
        "translated": bool(practice.translations),
        "competencies": practice.competencies,
        "resource_type": practice.resource_type,
        "link_keys": links.own_keys(practice),
        "links_to": links.target_keys(practice),
        "content_hash": content_hash,
        "passages": [{"section": p.section, "field": p.field, "text": p.text}
                     for p in passages_],
        "record": practice.model_dump(mode="json"),
    }


def practice_from_payload(data: dict[str, Any]) -> Practice:
    """The record stored in a payload."""
    return Practice.model_validate(data["record"])
