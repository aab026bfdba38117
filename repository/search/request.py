"""`SearchRequest`: the search parameters, declared once and validated the same for the
CLI and the API.

Each field carries its type, default, description and an example; the API's query
parameters (`web.deps`), the OpenAPI docs (`web.docs`), the CLI's flags and help
(`cli`) and the export and feed routes all read them from here, through `PARAMETERS`,
`is_list` and `allowed_values`.
"""

from __future__ import annotations

from typing import Literal, get_args, get_origin

import pycountry
from pydantic import BaseModel, Field, field_validator, model_validator

from repository.errors import InvalidQuery
from repository.model import COMPETENCIES, RESOURCE_TYPES, EvidenceLevel
from repository.places import is_country_code
from repository.search.index import Filter
from repository.vocabulary.safety_domains import DOMAINS

Mode = Literal["hybrid", "semantic", "keyword"]
Sort = Literal["relevance", "newest", "title"]
EVALUATION_KINDS = ("none", "internal", "external", "scientific")
EVIDENCE_LEVELS = get_args(EvidenceLevel)  # the evidence scale, docs/evidence.md
KINDS = ("practice", "fact_sheet", "id_sheet", "resource")

# facet name → payload field it counts
FACET_FIELDS: dict[str, str] = {
    "theme": "themes",
    "country": "country",
    "city": "city",
    "language": "language",
    "kind": "kind",
    "competency": "competencies",
    "resource_type": "resource_type",
    "project": "project",
    "organisation_type": "lead_organisation_type",
    "evaluation": "evaluation_kind",
    "evidence": "evidence",
    "domain": "safety_domains",
    "year": "start_year",
    "budget": "budget_band",
}
# the values of the budget facet: (upper bound in EUR, key); the last band is open-ended
BUDGET_BANDS: tuple[tuple[float, str], ...] = (
    (10_000, "lt10k"), (50_000, "10k-50k"), (100_000, "50k-100k"),
    (500_000, "100k-500k"), (1_000_000, "500k-1m"), (float("inf"), "gt1m"),
)


class SearchRequest(BaseModel):
    """A query with its filters; an empty `q` browses the filtered set.

    Each parameter is declared here once, with its description and an example: the
    API's query parameters (`web.deps`), the CLI's flags and help (`cli`) and the
    OpenAPI docs (`web.docs`) are read from these fields.
    """

    q: str = Field("", description=(
        "Words or a sentence in any language; empty browses the filtered set "
        "(newest first, or by title)."), examples=["drug dealing near schools"])
    mode: Mode = Field("hybrid", description=(
        "`hybrid` (default: keyword, semantic and concept signals fused), "
        "`semantic` (meaning only) or `keyword` (analysed words only)."),
        examples=["hybrid"])
    country: list[str] = Field(default_factory=list, description=(
        "ISO 3166-1 alpha-2 code. Repeatable (OR)."),
        examples=["FR"])
    city: list[str] = Field(default_factory=list, description=(
        "City as the sheet writes it. Repeatable (OR)."), examples=["Lyon"])
    theme: list[str] = Field(default_factory=list, description=(
        "Theme key of the vocabulary. Repeatable (OR)."), examples=["youth"])
    language: list[str] = Field(default_factory=list, description=(
        "ISO 639-1 code of the sheet's language. Repeatable (OR)."), examples=["fr"])
    kind: list[str] = Field(default_factory=list, description=(
        "`practice`, `fact_sheet`, `id_sheet` (a police force's profile) or `resource` (a "
        "tool, handbook, guide, training or method). Repeatable (OR)."), examples=["practice"],
        json_schema_extra={"allowed": list(KINDS)})
    competency: list[str] = Field(default_factory=list, description=(
        "A police force's competency (ID sheets: `public_order`, `community_policing` …). "
        "Repeatable (OR)."), examples=["community_policing"],
        json_schema_extra={"allowed": list(COMPETENCIES)})
    resource_type: list[str] = Field(default_factory=list, description=(
        "What a resource is: `handbook`, `guide`, `tool`, `training` or `method`. "
        "Repeatable (OR)."), examples=["guide"],
        json_schema_extra={"allowed": list(RESOURCE_TYPES)})
    project: list[str] = Field(default_factory=list, description=(
        "Project or programme as the sheet names it. Repeatable (OR)."),
        examples=["Programa Escolhas"])
    organisation_type: list[str] = Field(default_factory=list, description=(
        "Type of the lead organisation (`local_authority`, `police`, `ngo` …, or as the "
        "sheet wrote it). Repeatable (OR)."), examples=["local_authority"])
    evaluation: list[str] = Field(default_factory=list, description=(
        "How the practice was evaluated. Repeatable (OR)."), examples=["external"],
        json_schema_extra={"allowed": list(EVALUATION_KINDS)})
    evidence: list[str] = Field(default_factory=list, description=(
        "How strong the evidence of the evaluation is: `none`, `descriptive`, `outcome`, "
        "`quasi_experimental` or `experimental` (docs/evidence.md). Repeatable (OR)."),
        examples=["quasi_experimental"], json_schema_extra={"allowed": list(EVIDENCE_LEVELS)})
    domain: list[str] = Field(default_factory=list, description=(
        "Urban Safety Monitor domain the practice addresses: `crime`, `community` or "
        "`governance`. Repeatable (OR)."), examples=["community"],
        json_schema_extra={"allowed": list(DOMAINS)})
    evaluated: bool | None = Field(None, description=(
        "Evaluated in any way (internal, external, scientific) when `true`; "
        "not evaluated, or not said, when `false`."), examples=["true"])
    year_min: int | None = Field(None, description="Earliest start year (inclusive).",
                                 examples=["2015"])
    year_max: int | None = Field(None, description="Latest start year (inclusive).",
                                 examples=["2024"])
    budget_min: float | None = Field(None, ge=0, description=(
        "Smallest budget in EUR (inclusive)."), examples=["10000"])
    budget_max: float | None = Field(None, ge=0, description=(
        "Largest budget in EUR (inclusive)."), examples=["100000"])
    sort: Sort = Field("relevance", description=(
        "`relevance` (default; newest when browsing), `newest` or `title`."),
        examples=["relevance"])
    page: int = Field(1, ge=1, le=1000, description="Page of hits, from 1 (at most 1000).",
                      examples=["1"])
    per_page: int = Field(10, ge=1, le=100, description="Hits per page, 1–100.",
                          examples=["10"])
    include_drafts: bool = Field(False, description=(
        "Drafts too (the CLI's export only; never a query-string parameter)."))

    @field_validator("country")
    @classmethod
    def _countries(cls, values: list[str]) -> list[str]:
        out = []
        for value in values:
            if not is_country_code(value):
                raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code")
            out.append(value.upper())
        return out

    @field_validator("language")
    @classmethod
    def _languages(cls, values: list[str]) -> list[str]:
        for value in values:
            if len(value) != 2 or pycountry.languages.get(alpha_2=value.lower()) is None:
                raise ValueError(f"{value!r} is not an ISO 639-1 language code")
        return [v.lower() for v in values]

    @field_validator("theme")
    @classmethod
    def _themes(cls, values: list[str]) -> list[str]:
        from repository.vocabulary import load_vocabulary

        vocabulary = load_vocabulary()
        for value in values:
            if not vocabulary.is_theme(value):
                known = ", ".join(vocabulary.theme_keys)
                raise ValueError(f"{value!r} is not a theme key (known: {known})")
        return values

    @field_validator("kind")
    @classmethod
    def _kinds(cls, values: list[str]) -> list[str]:
        return _one_of(values, KINDS, "kind")

    @field_validator("competency")
    @classmethod
    def _competencies(cls, values: list[str]) -> list[str]:
        return _one_of(values, COMPETENCIES, "competency")

    @field_validator("resource_type")
    @classmethod
    def _resource_types(cls, values: list[str]) -> list[str]:
        return _one_of(values, RESOURCE_TYPES, "resource type")

    @field_validator("evaluation")
    @classmethod
    def _evaluations(cls, values: list[str]) -> list[str]:
        return _one_of(values, EVALUATION_KINDS, "evaluation kind")

    @field_validator("evidence")
    @classmethod
    def _evidence(cls, values: list[str]) -> list[str]:
        return _one_of(values, EVIDENCE_LEVELS, "evidence level")

    @field_validator("domain")
    @classmethod
    def _domains(cls, values: list[str]) -> list[str]:
        return _one_of(values, DOMAINS, "safety domain")

    @model_validator(mode="after")
    def _ranges(self) -> SearchRequest:
        if self.year_min and self.year_max and self.year_min > self.year_max:
            raise ValueError("year_min is after year_max")
        if self.budget_min and self.budget_max and self.budget_min > self.budget_max:
            raise ValueError("budget_min is above budget_max")
        return self

    @property
    def query(self) -> str:
        return self.q.strip()

    def filter(self) -> Filter:
        """The filter these parameters select (drafts excluded unless asked)."""
        any_of: dict[str, tuple[object, ...]] = {}
        for name in _LIST_FILTERS:
            values = getattr(self, name)
            if values:
                any_of[FACET_FIELDS[name]] = tuple(values)
        if self.evaluated is not None:
            any_of["evaluated"] = (self.evaluated,)
        if not self.include_drafts:
            any_of["publication"] = ("published",)
        ranges: dict[str, tuple[float | None, float | None]] = {}
        if self.year_min is not None or self.year_max is not None:
            ranges["start_year"] = (self.year_min, self.year_max)
        if self.budget_min is not None or self.budget_max is not None:
            ranges["budget_eur"] = (self.budget_min, self.budget_max)
        return Filter(any_of=any_of, ranges=ranges)


def _one_of(values: list[str], allowed: tuple[str, ...], what: str) -> list[str]:
    for value in values:
        if value not in allowed:
            raise ValueError(f"{value!r} is not a {what} (one of: {', '.join(allowed)})")
    return values


def parse_request(**params: object) -> SearchRequest:
    """A validated request, or `InvalidQuery` naming the first bad parameter."""
    from pydantic import ValidationError

    try:
        return SearchRequest(**params)  # type: ignore[arg-type]
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"] if not isinstance(p, int)) or "query"
        message = str(error["msg"]).removeprefix("Value error, ")
        raise InvalidQuery(field, message) from None


def is_list(name: str) -> bool:
    """Whether a parameter takes several values (repeated in a URL or on the CLI)."""
    return get_origin(SearchRequest.model_fields[name].annotation) is list


# every parameter a search URL or the CLI's `search` takes, in declaration order
PARAMETERS: tuple[str, ...] = tuple(n for n in SearchRequest.model_fields
                                    if n != "include_drafts")
_LIST_FILTERS = tuple(n for n in PARAMETERS if is_list(n))
# the filters a visitor ticks values of (OR inside one, AND across), theme first: the
# order pages and feed titles show them in
VALUE_FILTERS: tuple[str, ...] = tuple(sorted(_LIST_FILTERS, key=lambda n: n != "theme"))
RANGE_FILTERS = ("year_min", "year_max", "budget_min", "budget_max")


def given(params: dict[str, object]) -> dict[str, object]:
    """Parameters as a query string or the CLI hands them over, for `parse_request`: an
    omitted list is empty, and an empty optional value (`?year_min=`) is no value."""
    out: dict[str, object] = {}
    for name, value in params.items():
        if is_list(name):
            out[name] = value or []
        elif SearchRequest.model_fields[name].default is None:
            out[name] = value if value or value is False else None
        else:
            out[name] = value
    return out


def description(name: str) -> str:
    """A parameter's description."""
    return SearchRequest.model_fields[name].description or ""


def example(name: str) -> str:
    """A parameter's example value, as a query string writes it."""
    examples = SearchRequest.model_fields[name].examples or [""]
    return str(examples[0])


def allowed_values(name: str) -> tuple[str, ...] | None:
    """The values a parameter accepts, when they form a closed list."""
    field = SearchRequest.model_fields[name]
    extra = field.json_schema_extra
    if isinstance(extra, dict) and isinstance(extra.get("allowed"), list):
        return tuple(str(v) for v in extra["allowed"])
    if name == "theme":
        from repository.vocabulary import load_vocabulary

        return load_vocabulary().theme_keys
    if get_origin(field.annotation) is Literal:
        return tuple(str(v) for v in get_args(field.annotation))
    if field.annotation in (bool, bool | None):
        return ("true", "false")
    return None
