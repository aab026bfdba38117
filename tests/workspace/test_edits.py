"""Corrections as pure functions: each changed field is recorded as staff's, the facts'
own fields read and validate, and a re-extraction carries the corrections over."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.errors import WorkspaceError
from repository.model import Budget, FactOrigin, Practice, Section, YearMonth, carry_corrections
from repository.workspace.edits import apply_changes, low_confidence, unsure_fields


def _record(**fields: object) -> Practice:
    base: dict[str, object] = {
        "id": "p", "title": "Night stewards", "country": "GB", "city": "Leeds",
        "budget": Budget(amount=40000, currency="GBP", eur=47240, text="£40,000"),
        "start": YearMonth(year=2014), "evaluation_kind": "internal",
        "evaluation": "The team reviews its figures.",
        "sections": [Section(heading="Evaluation", text="The team reviews its figures.",
                             field="evaluation")],
        "provenance": {"city": FactOrigin(source="prose", confidence=0.5),
                       "budget": FactOrigin(source="heading", confidence=0.85)}}
    return Practice(**{**base, **fields})  # type: ignore[arg-type]


def _form(record: Practice) -> dict[str, object]:
    """What the review form posts for a record nobody touched."""
    budget, start = record.budget, record.start
    return {"title": record.title, "country": record.country, "city": record.city,
            "budget_amount": "40000" if budget else "", "budget_currency": "GBP",
            "budget_eur": "47240", "start_year": str(start.year) if start else "",
            "start_month": "", "end_year": "", "end_month": "", "ongoing": "",
            "evaluation_kind": record.evaluation_kind or "", "themes": record.themes,
            "evaluation": record.evaluation}


def test_an_untouched_form_changes_nothing() -> None:
    record = _record()
    assert apply_changes(record, _form(record)).content_hash() == record.content_hash()


def test_only_the_fields_a_correction_changes_become_staff_facts() -> None:
    corrected = apply_changes(_record(), {**_form(_record()), "budget_amount": "50000",
                                          "evaluation_kind": "external"})
    assert corrected.corrected() == ["budget", "evaluation_kind"]
    assert corrected.provenance["city"].source == "prose"
    assert corrected.budget == Budget(amount=50000, currency="GBP", eur=59050,
                                      text="£40,000")


def test_an_eur_figure_given_with_the_amount_is_kept() -> None:
    corrected = apply_changes(_record(), {"budget_amount": "50000", "budget_eur": "60000"})
    assert corrected.budget and corrected.budget.eur == 60000


def test_a_currency_without_a_rate_leaves_eur_open() -> None:
    corrected = apply_changes(_record(), {"budget_amount": "10", "budget_currency": "JPY"})
    assert corrected.budget and corrected.budget.eur is None


@pytest.mark.parametrize(("change", "field"), [
    ({"budget_amount": "-5"}, "budget_amount"), ({"budget_currency": "XYZ"}, "budget_currency"),
    ({"start_year": "14"}, "start_year"), ({"start_month": "0"}, "start_month"),
    ({"start_year": "", "start_month": "3"}, "start_month"),
    ({"end_year": "2010"}, "end_year"), ({"evaluation_kind": "peer"}, "evaluation_kind"),
    ({"ongoing": "perhaps"}, "ongoing")])
def test_a_fact_that_does_not_read_is_refused_naming_its_field(change: dict[str, str],
                                                              field: str) -> None:
    with pytest.raises(WorkspaceError, match=field):
        apply_changes(_record(), change)


def test_clearing_the_budget_fields_removes_the_budget() -> None:
    corrected = apply_changes(_record(), {"budget_amount": "", "budget_eur": ""})
    assert corrected.budget is None and corrected.corrected() == ["budget"]


@given(st.integers(1950, 2100), st.one_of(st.none(), st.integers(1, 12)),
       st.floats(0, 1e9, allow_nan=False).map(lambda x: round(x, 2)))
def test_any_valid_date_and_amount_is_taken_as_given(year: int, month: int | None,
                                                     amount: float) -> None:
    corrected = apply_changes(_record(start=None), {
        "start_year": str(year), "start_month": str(month or ""), "budget_amount": str(amount),
        "budget_currency": "EUR", "budget_eur": ""})
    assert corrected.start == YearMonth(year=year, month=month)
    assert corrected.budget and corrected.budget.amount == amount
    assert corrected.budget.eur == round(amount, 2)


def test_a_re_extraction_keeps_every_staff_field_and_takes_the_rest_anew() -> None:
    old = apply_changes(_record(), {"city": "Bradford", "evaluation": "An external review.",
                                    "evaluation_kind": "external"})
    new = _record(title="Night stewards (2nd edition)", city="Leeds",
                  evaluation_kind="internal")
    merged = carry_corrections(new, old)
    assert (merged.city, merged.evaluation_kind) == ("Bradford", "external")
    assert merged.evaluation == "An external review."
    assert [s.text for s in merged.sections if s.field == "evaluation"] == [
        "An external review."]
    assert merged.title == "Night stewards (2nd edition)"
    assert merged.provenance["city"].source == "staff"


def test_a_newer_staff_value_wins_over_an_older_one() -> None:
    old = apply_changes(_record(), {"city": "Bradford"})
    newer = apply_changes(old, {"city": "York"})
    assert carry_corrections(newer, old).city == "York"


@given(st.sampled_from(["city", "country", "evaluation_kind", "budget", "start"]))
def test_without_staff_facts_a_re_extraction_is_taken_whole(name: str) -> None:
    new = _record(city="York", country="IE", evaluation_kind="none", budget=None,
                  start=YearMonth(year=2001))
    assert carry_corrections(new, _record()) == new
    assert getattr(carry_corrections(new, _record()), name) == getattr(new, name)


def test_guessed_facts_are_flagged_for_the_review_page() -> None:
    assert set(low_confidence(_record())) == {"city"}
    assert unsure_fields(["start year guessed from the text: 2014 — check",
                          "budget read from the text: €5,000 — check",
                          "evaluation kind guessed from the text: internal — check",
                          "city guessed from the text: Leeds — check"]) == {
        "start_year": "start year guessed from the text: 2014 — check",
        "budget_amount": "budget read from the text: €5,000 — check",
        "evaluation_kind": "evaluation kind guessed from the text: internal — check",
        "city": "city guessed from the text: Leeds — check"}
