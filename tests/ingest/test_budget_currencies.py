"""Dollars and reais that are not US dollars: the sign or the words say which (R$, C$,
A$, "dollars canadiens", "Canadian dollars", "reais"), in the sheet languages."""

from __future__ import annotations

import pytest

from repository.ingest.normalise.budget import EUR_RATES, parse_budget


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("custou cerca de R$ 32 milhões", 32_000_000, "BRL"),
        ("um orçamento de 4,5 milhões de reais", 4_500_000, "BRL"),
        ("Son financement est de 2 M$ (dollars canadiens) pour trois ans.", 2_000_000, "CAD"),
        ("The city granted C$ 1.5 million over three years.", 1_500_000, "CAD"),
        ("The programme costs 800,000 Canadian dollars a year.", 800_000, "CAD"),
        ("Het programma kost 3 miljoen Canadese dollar.", 3_000_000, "CAD"),
        ("Die Stadt gab 2 Millionen kanadische Dollar aus.", 2_000_000, "CAD"),
        ("El programa costó 1,2 millones de dólares canadienses.", 1_200_000, "CAD"),
        ("Il programma è costato 500.000 dollari canadesi.", 500_000, "CAD"),
        ("The state funded it with A$ 2 million.", 2_000_000, "AUD"),
        ("The grant was $250,000 from the city of Chicago.", 250_000, "USD"),
    ],
)
def test_the_dollar_or_real_of_a_country(text: str, amount: float, currency: str) -> None:
    budget = parse_budget(text)
    assert budget is not None and budget.amount == amount and budget.currency == currency
    assert budget.eur == round(amount * EUR_RATES[currency], 2)
