"""`SearchRequest`: the search parameters, validated the same for the CLI and the API."""

from __future__ import annotations

from typing import Literal

import pycountry
from pydantic import BaseModel, Field, field_validator, model_validator

from repository.errors import InvalidQuery
from repository.places import is_country_code
from repository.search.index import Filter

Mode = Literal["hybrid", "semantic", "keyword"]
Sort = Literal["relevance", "newest", "title"]
EVALUATION_KINDS = ("none", "internal", "external", "scientific")
KINDS = ("practice", "fact_sheet")

# facet name → payload field it counts
FACET_FIELDS: dict[str, str] = {
    "theme": "themes",
    "country": "country",
    "city": "city",
    "language": "language",
    "kind": "kind",
    "project": "project",
    "evaluation": "evaluation_kind",
    "year": "start_year",
    "budget": "budget_band",
}


class SearchRequest(BaseModel):
    """A query with its filters; an empty `q` browses the filtered set."""

    q: str = ""
    mode: Mode = "hybrid"
    country: list[str] = Field(default_factory=list)
    city: list[str] = Field(default_factory=list)
    theme: list[str] = Field(default_factory=list)
    language: list[str] = Field(default_factory=list)
    kind: list[str] = Field(default_factory=list)
    project: list[str] = Field(default_factory=list)
    evaluation: list[str] = Field(default_factory=list)
    evaluated: bool | None = None
    year_min: int | None = None
    year_max: int | None = None
    budget_min: float | None = Field(default=None, ge=0)
    budget_max: float | None = Field(default=None, ge=0)
    sort: Sort = "relevance"
    page: int = Field(default=1, ge=1, le=1000)
    per_page: int = Field(default=10, ge=1, le=100)
    include_drafts: bool = False

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

    @field_validator("evaluation")
    @classmethod
    def _evaluations(cls, values: list[str]) -> list[str]:
        return _one_of(values, EVALUATION_KINDS, "evaluation kind")

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
        for name in ("country", "city", "theme", "language", "kind", "project", "evaluation"):
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
