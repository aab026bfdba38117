"""The `Practice` record: the one contract every stage speaks.

Fields a sheet does not have stay empty; the extractor never invents.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["practice", "fact_sheet", "id_sheet", "resource"]
EvaluationKind = Literal["none", "internal", "external", "scientific"]
# how strong the evidence of the evaluation is (docs/evidence.md), weakest first
EvidenceLevel = Literal["none", "descriptive", "outcome", "quasi_experimental", "experimental"]
Publication = Literal["draft", "published"]
# Where a normalised fact came from: an explicit key (front matter, field/value table),
# a section heading, a `Label: value` meta line, running prose, inference from the whole
# sheet, or a staff member's correction.
OriginSource = Literal["key", "heading", "meta", "prose", "inferred", "staff"]
# the lead organisation types a facet counts; a type outside them is kept as written
ORGANISATION_TYPES: tuple[str, ...] = (
    "local_authority", "regional_authority", "national_authority", "police", "justice",
    "ngo", "research", "education", "health", "private", "international", "network",
)

# The sheet's sections that map to a field of their own, in reading order.
SECTION_FIELDS: tuple[str, ...] = (
    "context",
    "objectives",
    "activities",
    "partners_text",
    "budget_text",
    "duration_text",
    "evaluation",
    "results",
    "contact",
    "links",
)
# The sections of a police force's profile (kind `id_sheet`), in reading order.
PROFILE_FIELDS: tuple[str, ...] = (
    "organisation_text",
    "competencies_text",
    "units",
    "equipment",
    "personnel",
    "expertise",
)
# What a force's competencies section names (keys; labels in `labels`).
COMPETENCIES: tuple[str, ...] = (
    "public_order", "criminal_investigation", "crime_prevention", "community_policing",
    "traffic", "border_control", "organised_crime", "counter_terrorism", "cybercrime",
    "forensics",
)
# What a resource is (kind `resource`).
RESOURCE_TYPES: tuple[str, ...] = ("handbook", "guide", "tool", "training", "method")


class Source(BaseModel):
    """Where a record came from."""

    file: str  # original file name as received (no client path)
    format: str  # md, pdf, docx, html, txt, json, yaml
    sha256: str
    ingested_at: datetime | None = None
    stored_as: str | None = None  # name of the kept original beside the store
    # a row of a spreadsheet or export (one file, many sheets): where it is ("row 17",
    # "Cities row 4") and the export it belongs to (the file name without its dates and
    # version numbers: `cases-2024-06.csv` → `cases`), which a re-import recognises
    row: str | None = None
    export: str | None = None


class Section(BaseModel):
    """One headed section of the sheet, in reading order."""

    heading: str
    text: str
    field: str | None = None  # a SECTION_FIELDS name, or None for a section we keep as extra
    language: str | None = None


class Budget(BaseModel):
    """A normalised budget: the amount in its currency and in EUR where known."""

    amount: float | None = None
    currency: str | None = None  # ISO 4217
    eur: float | None = None
    text: str | None = None  # the original notation
    no_budget: bool = False  # the sheet says there was no budget


class YearMonth(BaseModel):
    """A point in time as precise as the sheet gave it."""

    year: int
    month: int | None = Field(default=None, ge=1, le=12)


class FactOrigin(BaseModel):
    """Where one normalised fact came from, and how sure extraction is of it (0–1)."""

    source: OriginSource
    confidence: float = Field(ge=0.0, le=1.0)
    note: str | None = None  # the words it was read from, shortened


class Practice(BaseModel):
    """A practice sheet, fact sheet, police force ID sheet or resource, normalised."""

    model_config = ConfigDict(extra="forbid")

    # identity
    id: str
    kind: Kind = "practice"
    title: str
    summary: str | None = None
    language: str | None = None  # ISO 639-1
    translations: list[str] = Field(default_factory=list)
    source: Source | None = None

    # place
    city: str | None = None
    region: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2

    # classification
    themes: list[str] = Field(default_factory=list)  # vocabulary keys
    target_groups: list[str] = Field(default_factory=list)
    project: str | None = None
    partners: list[str] = Field(default_factory=list)
    funding: str | None = None
    lead_organisation: str | None = None  # who runs the practice
    # a key of `ORGANISATION_TYPES` when the type was recognised, else as written
    lead_organisation_type: str | None = None
    urls: list[str] = Field(default_factory=list)  # the sheet's web links (http/https)

    # the sheet's sections as text
    context: str | None = None
    objectives: str | None = None
    activities: str | None = None
    partners_text: str | None = None
    budget_text: str | None = None
    duration_text: str | None = None
    evaluation: str | None = None
    results: str | None = None
    contact: str | None = None
    links: str | None = None
    sections: list[Section] = Field(default_factory=list)  # all sections, reading order

    # normalised facts
    budget: Budget | None = None
    start: YearMonth | None = None
    end: YearMonth | None = None
    ongoing: bool | None = None
    evaluation_kind: EvaluationKind | None = None
    evidence: EvidenceLevel | None = None
    # fact name (country, city, kind, themes, start, end, ongoing, budget,
    # evaluation_kind, evidence, funding, partners; any field staff corrected) → its origin;
    # empty for records stored before it existed
    provenance: dict[str, FactOrigin] = Field(default_factory=dict)

    # a police force's profile (kind `id_sheet`): its sections as text, the competencies
    # they name (COMPETENCIES keys) and the largest head count the personnel section gives
    organisation_text: str | None = None
    competencies_text: str | None = None
    units: str | None = None
    equipment: str | None = None
    personnel: str | None = None
    expertise: str | None = None
    competencies: list[str] = Field(default_factory=list)
    personnel_count: int | None = Field(default=None, ge=0)
    # a resource (kind `resource`): a RESOURCE_TYPES key, its formats as written, the
    # languages it exists in (ISO 639-1) and the practices that use it (ids or titles);
    # its purpose is `objectives`, its audience `target_groups`, its link `urls`
    resource_type: str | None = None
    formats: list[str] = Field(default_factory=list)
    resource_languages: list[str] = Field(default_factory=list)
    related_practices: list[str] = Field(default_factory=list)
    # a practice's resources (tools, handbooks it uses): ids or titles as written
    resources: list[str] = Field(default_factory=list)

    publication: Publication = "published"

    @property
    def extra_sections(self) -> list[Section]:
        """Sections that map to no field of their own."""
        return [s for s in self.sections if s.field is None]

    def corrected(self) -> list[str]:
        """The fields a staff member corrected (provenance "staff")."""
        return sorted(k for k, v in self.provenance.items() if v.source == "staff")

    def content_hash(self) -> str:
        """A hash of everything the sheet says; ingest time does not count, nor, for a row
        of an export, which file and row it came from (a re-import of an unchanged row
        in the next version of the export is unchanged)."""
        skipped = {"ingested_at", "stored_as"}
        if self.source is not None and self.source.row is not None:
            skipped |= {"file", "sha256", "row"}
        data = self.model_dump(mode="json", exclude={"source": skipped})
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def carry_corrections(new: Practice, old: Practice) -> Practice:
    """`new` (a re-extraction of the same sheet) with every field `old` holds from staff
    (provenance "staff") carried over, so a re-upload or a re-ingest never undoes a
    correction; a field `new` itself holds from staff is kept as it is."""
    update: dict[str, object] = {}
    provenance = dict(new.provenance)
    sections = list(new.sections)
    for name, origin in old.provenance.items():
        mine = provenance.get(name)
        if origin.source != "staff" or (mine is not None and mine.source == "staff") or \
                name not in Practice.model_fields:
            continue
        update[name] = getattr(old, name)
        provenance[name] = origin
        if name in SECTION_FIELDS:
            sections = _with_sections(sections, name, [x for x in old.sections
                                                       if x.field == name])
    if not update:
        return new
    return new.model_copy(update={**update, "provenance": provenance, "sections": sections})


def _with_sections(sections: list[Section], name: str, kept: list[Section]) -> list[Section]:
    """The sections with those mapped to `name` replaced by `kept`, where the first was."""
    out: list[Section] = []
    placed = False
    for section in sections:
        if section.field != name:
            out.append(section)
        elif not placed:
            out.extend(kept)
            placed = True
    return out if placed else out + kept
