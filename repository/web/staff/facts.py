"""The review page's normalised facts: one row per fact, with its inputs, where it came
from, how sure extraction was, and whether staff should check it.

The template only loops over what is computed here; every word it shows is an i18n key
(`repository/web/i18n.py`), so the page reads in the staff member's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import get_args

import pycountry
from babel.numbers import list_currencies

from repository.labels import label
from repository.model import COMPETENCIES, RESOURCE_TYPES, FactOrigin, Kind, Practice
from repository.vocabulary import load_vocabulary
from repository.web.i18n import translate
from repository.workspace.edits import (
    EVALUATION_KINDS,
    EVIDENCE_LEVELS,
    low_confidence,
    unsure_fields,
)

MONTHS = tuple(range(1, 13))


@dataclass
class Option:
    value: str
    label: str
    selected: bool


@dataclass
class Input:
    """One input of a fact row: its form name, the label key of its own short label."""

    name: str
    label: str  # i18n key
    widget: str  # text | number | select | checkboxes
    value: str = ""
    options: list[Option] = field(default_factory=list)
    size: str = "m"  # s | m | l: how wide the input is drawn
    translate_options: bool = False  # option labels are i18n keys


@dataclass
class FactRow:
    """A normalised fact: its inputs, origin and confidence, and a flag if unsure."""

    name: str
    label: str  # i18n key
    inputs: list[Input]
    origin: str  # i18n key of where it came from
    confidence: str | None  # "0.85", None for a staff correction or no record
    origin_known: bool = True  # False: no origin recorded (a record from before)
    flag: str | None = None  # why staff should check it (a warning or a low confidence)
    flag_key: str | None = None  # i18n key of the flag when it is not a warning
    corrected: bool = False


@cache
def _countries(locale: str) -> tuple[tuple[str, str], ...]:
    """Every ISO country, named in the UI language, in that language's order."""
    named = [(c.alpha_2, label("country", c.alpha_2, locale)) for c in pycountry.countries]
    return tuple(sorted(named, key=lambda pair: pair[1].casefold()))


@cache
def _currencies() -> tuple[str, ...]:
    common = ("EUR", "GBP", "CHF", "SEK", "DKK", "NOK", "PLN", "CZK", "HUF", "USD")
    return common + tuple(sorted(set(list_currencies()) - set(common)))


def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _select(name: str, label: str, value: str | None, options: list[tuple[str, str]],
            translate: bool = False, size: str = "m") -> Input:
    return Input(name, label, "select", options=[Option(v, text, v == (value or ""))
                                                 for v, text in options],
                 size=size, translate_options=translate)


def _origin(origin: FactOrigin | None) -> tuple[str, str | None]:
    if origin is None:
        return "review_origin_none", None
    if origin.source == "staff":
        return "review_origin_staff", None
    return f"review_origin_{origin.source}", f"{origin.confidence:.2f}"


def fact_rows(record: Practice, warnings: list[str], locale: str = "en") -> list[FactRow]:
    """Every normalised fact of a record as a review row, in the order staff check them."""
    vocabulary = load_vocabulary()
    budget = record.budget
    start, end = record.start, record.end
    months = [("", "—")] + [(str(m), f"{m:02d}") for m in MONTHS]
    rows: list[tuple[str, str, str, list[Input]]] = [
        ("kind", "kind", "kind", [_select("kind", "review_kind", record.kind, [
            (kind, label("kind", kind, locale)) for kind in get_args(Kind)])]),
        ("country", "country", "country", [_select(
            "country", "review_country", record.country, [
                ("", translate("review_no_country", locale))] + [
                (code, f"{name} ({code})") for code, name in _countries(locale)], size="l")]),
        ("city", "city", "city", [Input("city", "review_city", "text", record.city or "")]),
        ("start", "start", "start", [
            Input("start_year", "review_year", "number",
                  _number(start.year if start else None), size="s"),
            _select("start_month", "review_month", str(start.month) if start and start.month
                    else "", months, size="s")]),
        ("end", "end", "end", [
            Input("end_year", "review_year", "number", _number(end.year if end else None),
                  size="s"),
            _select("end_month", "review_month", str(end.month) if end and end.month else "",
                    months, size="s")]),
        ("ongoing", "ongoing", "ongoing", [_select(
            "ongoing", "review_ongoing", {True: "yes", False: "no"}.get(record.ongoing, ""),
            [("", "review_unknown"), ("yes", "review_yes"), ("no", "review_no")], True)]),
        ("budget", "budget", "budget", [
            Input("budget_amount", "review_amount", "number",
                  _number(budget.amount if budget else None)),
            _select("budget_currency", "review_currency", budget.currency if budget else "",
                    [("", "—")] + [(c, c) for c in _currencies()], size="s"),
            Input("budget_eur", "review_eur", "number",
                  _number(budget.eur if budget else None))]),
        ("evaluation_kind", "evaluation", "evaluation_kind", [_select(
            "evaluation_kind", "review_evaluation", record.evaluation_kind,
            [("", "review_unknown")] + [(k, f"review_eval_{k}") for k in EVALUATION_KINDS],
            True)]),
        ("evidence", "evidence", "evidence", [_select(
            "evidence", "review_evidence", record.evidence,
            [("", "review_unknown")] + [(k, f"review_evidence_{k}") for k in EVIDENCE_LEVELS],
            True)]),
        ("themes", "themes", "themes", [Input(
            "themes", "review_themes", "checkboxes", options=[
                Option(k, vocabulary.label(k, locale), k in record.themes)
                for k in vocabulary.theme_keys])]),
        *_kind_rows(record, locale),
    ]
    warned = unsure_fields(warnings)
    unsure = low_confidence(record)
    out = []
    for name, label_key, key, inputs in rows:
        origin = record.provenance.get(key)
        origin_key, confidence = _origin(origin)
        row = FactRow(name, f"review_{label_key}", inputs, origin_key, confidence,
                      origin_known=origin is not None,
                      corrected=origin is not None and origin.source == "staff")
        first = inputs[0].name
        if row.corrected:  # staff's own value: nothing left to check
            pass
        elif first in warned or name in warned:
            row.flag = warned.get(first) or warned.get(name)
        elif first in unsure or name in unsure:
            row.flag_key = "review_low_confidence"
        out.append(row)
    return out


def _text_row(name: str, values: list[str]) -> tuple[str, str, str, list[Input]]:
    return (name, name, name, [Input(name, f"review_{name}", "text", ", ".join(values),
                                     size="l")])


def _kind_rows(record: Practice, locale: str) -> list[tuple[str, str, str, list[Input]]]:
    """An ID sheet's and a resource's own facts, and the links to other records: shown for
    the record's kind, and for any record that holds a value of them (a kind to fix)."""
    rows: list[tuple[str, str, str, list[Input]]] = []
    if record.kind == "id_sheet" or record.competencies or record.personnel_count is not None:
        rows += [
            ("competencies", "competencies", "competencies", [Input(
                "competencies", "review_competencies", "checkboxes", options=[
                    Option(k, label("competency", k, locale), k in record.competencies)
                    for k in COMPETENCIES])]),
            ("personnel_count", "personnel_count", "personnel_count", [Input(
                "personnel_count", "review_personnel_count", "number",
                _number(record.personnel_count), size="s")])]
    if record.kind == "resource" or record.resource_type or record.formats or \
            record.resource_languages or record.related_practices:
        rows += [
            ("resource_type", "resource_type", "resource_type", [_select(
                "resource_type", "review_resource_type", record.resource_type,
                [("", "—")] + [(k, label("resource_type", k, locale))
                               for k in RESOURCE_TYPES])]),
            _text_row("formats", record.formats),
            _text_row("resource_languages", record.resource_languages),
            _text_row("related_practices", record.related_practices)]
    if record.kind != "resource" or record.resources:
        rows.append(_text_row("resources", record.resources))
    return rows
