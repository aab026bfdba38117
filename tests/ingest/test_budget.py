"""Budget notations → amount, currency and EUR equivalent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.budget import EUR_RATES, parse_budget


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("€ 45.000", 45_000, "EUR"),
        ("45 000 euros", 45_000, "EUR"),
        ("EUR 1,2 Mio.", 1_200_000, "EUR"),
        ("5,291,015.74 €", 5_291_015.74, "EUR"),
        ("CHF 120'000", 120_000, "CHF"),
        ("£250,000", 250_000, "GBP"),
        ("1.5 million euros", 1_500_000, "EUR"),
        ("2,3 millions d'euros", 2_300_000, "EUR"),
        ("€2m", 2_000_000, "EUR"),
        ("USD 3.5bn", 3_500_000_000, "USD"),
        ("€ 1,2 Mio. pro Jahr", 1_200_000, "EUR"),
        ("The scheme cost £1.2 million over 3 years", 1_200_000, "GBP"),
        ("Budget 2019-2022: 45.000 EUR per year", 45_000, "EUR"),
        ("environ 300 000 € par an", 300_000, "EUR"),
        ("1.500 millones de euros", 1_500_000_000, "EUR"),
        ("kosten: 2 Mio. Euro", 2_000_000, "EUR"),
        ("SEK 4 000 000", 4_000_000, "SEK"),
    ],
)
def test_notations(text: str, amount: float, currency: str) -> None:
    budget = parse_budget(text)
    assert budget is not None
    assert budget.amount == pytest.approx(amount)
    assert budget.currency == currency
    assert budget.eur == pytest.approx(amount * EUR_RATES[currency], rel=1e-6)
    assert budget.text == text
    assert not budget.no_budget


@pytest.mark.parametrize(
    "text", ["no budget", "No specific budget.", "sans budget", "Sin presupuesto propio",
             "kein Budget", "Keine eigenen Mittel", "geen budget", "senza budget",
             "sem orçamento"],
)
def test_no_budget(text: str) -> None:
    budget = parse_budget(text)
    assert budget is not None and budget.no_budget and budget.amount is None


@pytest.mark.parametrize("text", ["quarante mille", "12 staff members", "", "  ", None,
                                  "funded by the city", "45 000 per year"])
def test_unreadable_is_none(text: str | None) -> None:
    assert parse_budget(text) is None


CURRENCIES = st.sampled_from(["EUR", "GBP", "CHF", "USD"])
SIGNS = {"EUR": "€", "GBP": "£", "CHF": "CHF", "USD": "$"}


def _group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=1_000, max_value=999_999_999), CURRENCIES,
       st.sampled_from([",", ".", " ", "'", "\u202f", ""]), st.booleans())
def test_grouped_integers_round_trip(amount: int, currency: str, sep: str, before: bool
                                     ) -> None:
    number = _group(amount, sep)
    text = f"{SIGNS[currency]} {number}" if before else f"{number} {currency}"
    budget = parse_budget(text)
    assert budget is not None
    assert budget.amount == amount
    assert budget.currency == currency


@given(st.integers(min_value=1, max_value=99_999_999), st.integers(min_value=0, max_value=99),
       st.sampled_from([("de", ".", ","), ("en", ",", ".")]))
def test_decimals_in_both_conventions(whole: int, cents: int, style: tuple[str, str, str]
                                      ) -> None:
    _, thousands, decimal = style
    text = f"{_group(whole, thousands)}{decimal}{cents:02d} €"
    budget = parse_budget(text)
    assert budget is not None
    assert budget.amount == pytest.approx(whole + cents / 100)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=9),
       st.sampled_from(["million euros", "Mio. EUR", "millions d'euros", "millones de euros",
                        "milioni di euro", "miljoen euro"]))
def test_millions_in_every_language(whole: int, tenth: int, words: str) -> None:
    text = f"{whole},{tenth} {words}"
    budget = parse_budget(text)
    assert budget is not None and budget.currency == "EUR"
    assert budget.amount == pytest.approx((whole + tenth / 10) * 1_000_000)


@given(st.text(max_size=200))
def test_never_raises_and_amount_is_positive(text: str) -> None:
    budget = parse_budget(text)
    if budget is not None and budget.amount is not None:
        assert budget.amount > 0 and budget.currency in EUR_RATES
        assert budget.eur is not None and budget.eur > 0


@pytest.mark.parametrize(("text", "amount"), [
    ("€ 1,5 ton per jaar", 150_000),
    ("Begroting: 3 ton euro (gemeente en provincie)", 300_000),
    ("ruim €2 ton subsidie", 200_000),
])
def test_a_dutch_ton_is_a_hundred_thousand(text: str, amount: float) -> None:
    budget = parse_budget(text)
    assert budget is not None and budget.currency == "EUR"
    assert budget.amount == pytest.approx(amount)


def test_a_price_per_tonne_is_no_ton_of_euros() -> None:
    budget = parse_budget("€ 45 per ton ingezameld afval; totaal € 12.000")
    assert budget is not None and budget.amount == pytest.approx(12_000)
