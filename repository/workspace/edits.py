"""Pure functions over records: corrections from a form or JSON, what is missing, what
extraction was unsure of, and a free id for an upload.

A correction records its provenance: every field whose value it changes gets the origin
"staff" (confidence 1), which a later re-extraction of the same sheet never overwrites
(`model.carry_corrections`). Normalised facts are corrected through their own fields
(`FACT_FIELDS`: budget amount, currency and EUR, start and end year and month, ongoing,
evaluation kind, evidence level), an ID sheet's and a resource's own fields and the links
between records by `kind_edits`, the rest by name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, get_args

from babel.numbers import list_currencies
from pydantic import ValidationError

from repository.errors import WorkspaceError
from repository.ingest.normalise.budget import EUR_RATES, parse_budget
from repository.model import (
    SECTION_FIELDS,
    Budget,
    EvidenceLevel,
    FactOrigin,
    Practice,
    Section,
    YearMonth,
)
from repository.places import is_country_code
from repository.vocabulary import load_vocabulary
from repository.workspace.kind_edits import KIND_FIELDS, apply_kind_changes

TEXT_FIELDS = ("title", "summary", "city", "region", "project", "funding", "language")
LIST_FIELDS = ("partners", "target_groups")
# the normalised facts' own fields, as the review form and the JSON API name them
FACT_FIELDS = ("budget_amount", "budget_currency", "budget_eur", "start_year", "start_month",
               "end_year", "end_month", "ongoing", "evaluation_kind", "evidence")
EDITABLE = (*TEXT_FIELDS, "kind", "country", "themes", *LIST_FIELDS, *FACT_FIELDS,
            *SECTION_FIELDS, *KIND_FIELDS)
EVALUATION_KINDS = ("none", "internal", "external", "scientific")
EVIDENCE_LEVELS = get_args(EvidenceLevel)  # docs/evidence.md
# record fields whose change a correction records in the provenance
TRACKED = (*TEXT_FIELDS, "kind", "country", "themes", *LIST_FIELDS, "budget", "start", "end",
           "ongoing", "evaluation_kind", "evidence", *SECTION_FIELDS, *KIND_FIELDS)
LOW_CONFIDENCE = 0.6  # a fact extracted with less is flagged for checking
# fields a sheet should have; the dashboard lists sheets missing any of them
EXPECTED = ("summary", "country", "city", "themes", "language")
SECTION_HEADINGS = {name: name.replace("_text", "").replace("_", " ").capitalize()
                    for name in SECTION_FIELDS}
# warning prefix → the review-page field it is about
_WARNING_FIELDS = (("no country", "country"), ("country not understood", "country"),
                   ("country taken from", "country"), ("country guessed", "country"),
                   ("city guessed", "city"), ("budget not understood", "budget_text"),
                   ("budget read from the text", "budget_amount"),
                   ("evaluation kind guessed", "evaluation_kind"),
                   ("evidence level guessed", "evidence"),
                   ("evidence level not understood", "evidence"),
                   ("start year guessed", "start_year"), ("no theme", "themes"),
                   ("unknown themes", "themes"), ("themes not checked", "themes"),
                   ("no sections recognised", "summary"), ("sections kept as extra", "sections"))
# provenance key → the review-page field its flag goes to
FLAG_FIELDS = {"budget": "budget_amount", "start": "start_year", "end": "end_year"}


def unsure_fields(warnings: list[str]) -> dict[str, str]:
    """Field name → the warning about it, for highlighting on the review page."""
    out: dict[str, str] = {}
    for warning in warnings:
        for prefix, name in _WARNING_FIELDS:
            if warning.startswith(prefix):
                out.setdefault(name, warning)
    return out


def low_confidence(record: Practice) -> dict[str, FactOrigin]:
    """Review-page field → the origin of a fact extraction was unsure of."""
    return {FLAG_FIELDS.get(name, name): origin for name, origin in record.provenance.items()
            if origin.source != "staff" and origin.confidence < LOW_CONFIDENCE}


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


def _number(name: str, value: Any) -> float | None:
    text = _text(value)
    if text is None:
        return None
    try:
        number = float(text.replace(" ", "").replace("\u202f", "").replace(",", "."))
    except ValueError:
        raise WorkspaceError(f"{name}: {text!r} is not a number") from None
    if number < 0 or number != number or number in (float("inf"),):
        raise WorkspaceError(f"{name}: {text!r} is not an amount")
    return number


def _whole(name: str, value: Any, low: int, high: int) -> int | None:
    number = _number(name, value)
    if number is None:
        return None
    if number != int(number) or not low <= number <= high:
        raise WorkspaceError(f"{name}: {value!r} is not a whole number from {low} to {high}")
    return int(number)


def _point(prefix: str, changes: Mapping[str, Any], current: YearMonth | None
           ) -> YearMonth | None:
    """A start or end from its year and month fields (the current value where absent)."""
    year_key, month_key = f"{prefix}_year", f"{prefix}_month"
    if year_key not in changes and month_key not in changes:
        return current
    year = _whole(year_key, changes.get(year_key, current.year if current else None), 1900,
                  2100)
    month = _whole(month_key, changes.get(month_key, current.month if current else None), 1, 12)
    if year is None:
        if month is not None:
            raise WorkspaceError(f"{month_key}: a month needs a year")
        return None
    return YearMonth(year=year, month=month)


def _budget(changes: Mapping[str, Any], current: Budget | None) -> Budget | None:
    """The budget from its amount, currency and EUR fields. A new amount or currency
    without a new EUR figure, or an empty EUR field, gets the EUR of the fixed rates
    (`EUR_RATES`), or none."""
    changed = _changed(changes, current)

    def given(name: str, attribute: str) -> Any:
        return changes[name] if name in changes else (
            getattr(current, attribute) if current else None)

    amount = _number("budget_amount", given("budget_amount", "amount"))
    currency = _text(given("budget_currency", "currency"))
    eur = _number("budget_eur", given("budget_eur", "eur"))
    if currency:
        currency = currency.upper()
        if currency not in list_currencies():
            raise WorkspaceError(f"budget_currency: {currency!r} is not an ISO 4217 code")
    if amount is not None and not currency:
        raise WorkspaceError("budget_currency: an amount needs its currency")
    rate = EUR_RATES.get(currency or "")
    stale = bool(changed & {"budget_amount", "budget_currency"}) and "budget_eur" not in changed
    if amount is not None and rate and (eur is None or stale):
        eur = round(amount * rate, 2)
    elif stale:
        eur = None
    if amount is None and eur is None:
        return None
    return Budget(amount=amount, currency=currency, eur=eur,
                  text=current.text if current else None)


def _changed(changes: Mapping[str, Any], current: Budget | None) -> set[str]:
    """Which budget fields the changes set to a value other than the current one."""
    now = {"budget_amount": current.amount if current else None,
           "budget_currency": current.currency if current else None,
           "budget_eur": current.eur if current else None}
    out = set()
    for name, value in now.items():
        if name in changes:
            given = _text(changes[name])
            if given != (None if value is None else _text(_plain(value))):
                out.add(name)
    return out


def _plain(value: object) -> str:
    """A stored number as the form shows it (45000.0 → "45000")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _ongoing(value: Any) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("", "unknown", "none", "null"):
        return None
    if text in ("yes", "true", "1", "on"):
        return True
    if text in ("no", "false", "0", "off"):
        return False
    raise WorkspaceError(f"ongoing: {value!r} is not yes, no or unknown")


def apply_changes(practice: Practice, changes: Mapping[str, Any]) -> Practice:
    """The record with the given fields replaced, validated; sections follow section texts;
    every field the changes alter is recorded as corrected by staff.

    Unknown fields, a country that is not an ISO code, a theme outside the vocabulary, a
    budget or date that does not read are refused with a message naming the field.
    """
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise WorkspaceError(f"not an editable field: {', '.join(unknown)}")
    data = practice.model_dump()
    sections = [Section.model_validate(s) for s in data.pop("sections")]
    for name, value in changes.items():
        if name in FACT_FIELDS or name in KIND_FIELDS:
            continue
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
            # the form lists themes in the vocabulary's order: the same set is no change
            data[name] = practice.themes if set(themes) == set(practice.themes) else themes
        elif name in LIST_FIELDS:
            data[name] = _items(value)
        else:  # a section field
            text = _text(value)
            data[name] = text
            sections = _set_section(sections, name, text)
            if name == "budget_text" and text != practice.budget_text:
                data["budget"] = parse_budget(text) if text else None
    _apply_facts(data, practice, changes)
    apply_kind_changes(data, changes)
    if not data.get("title"):
        raise WorkspaceError("title: a sheet needs a title")
    data["kind"] = data.get("kind") or "practice"
    data["sections"] = sections
    data["provenance"] = _provenance(practice, data)
    try:
        return Practice.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(p) for p in error["loc"])
        raise WorkspaceError(f"{field}: {error['msg']}") from None


def _apply_facts(data: dict[str, Any], practice: Practice, changes: Mapping[str, Any]) -> None:
    """The normalised facts' own fields applied to the record data."""
    if _changed(changes, practice.budget):  # the fields win over a re-read budget text
        data["budget"] = _budget(changes, practice.budget)
    data["start"] = _point("start", changes, practice.start)
    data["end"] = _point("end", changes, practice.end)
    start, end = data["start"], data["end"]
    if start and end and (end.year, end.month or 12) < (start.year, start.month or 1):
        raise WorkspaceError("end_year: the end comes before the start")
    if "ongoing" in changes:
        data["ongoing"] = _ongoing(changes["ongoing"])
    if "evaluation_kind" in changes:
        kind = _text(changes["evaluation_kind"])
        if kind and kind not in EVALUATION_KINDS:
            raise WorkspaceError(f"evaluation_kind: {kind!r} is not one of "
                                 f"{', '.join(EVALUATION_KINDS)}")
        data["evaluation_kind"] = kind
    if "evidence" in changes:
        level = _text(changes["evidence"])
        if level and level not in EVIDENCE_LEVELS:
            raise WorkspaceError(f"evidence: {level!r} is not one of "
                                 f"{', '.join(EVIDENCE_LEVELS)}")
        data["evidence"] = level


def _provenance(practice: Practice, data: dict[str, Any]) -> dict[str, Any]:
    """The record's provenance with every field the correction changed set to staff."""
    before = practice.model_dump()
    provenance = {k: v.model_dump() for k, v in practice.provenance.items()}
    for name in TRACKED:
        after = data[name].model_dump() if hasattr(data[name], "model_dump") else data[name]
        if after != before[name]:
            provenance[name] = FactOrigin(source="staff", confidence=1.0).model_dump()
    return provenance


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
