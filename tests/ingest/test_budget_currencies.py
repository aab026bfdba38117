"""Dollars and reais that are not US dollars: the sign or the words say which (R$, C$,
A$, "dollars canadiens", "Canadian dollars", "reais"); money "made available" in prose;
the sum "together" of the amounts before it."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.budget import EUR_RATES, parse_budget
from repository.ingest.raw import RawSection, RawSheet


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


def _sheet(sentence: str) -> RawSheet:
    return RawSheet(file="sheet.md", format="md", title="Neighbourhood safety plan",
                    metadata={}, preamble="A plan of the city for its southern districts.",
                    sections=[RawSection("Context", "Residents asked the council to act. "
                                                    + sentence)])


@pytest.mark.parametrize(("sentence", "amount"), [
    ("For the next five years the council set aside 30 million euros.", 30_000_000),
    ("La Ville a mis à disposition 1,2 million d'euros pour le plan.", 1_200_000),
    ("El Ayuntamiento puso a disposición 800.000 euros para el plan.", 800_000),
    ("Il Comune ha messo a disposizione 500.000 euro per il piano.", 500_000),
    ("Für die Bauten waren ab 2015 33,33 Mio. Euro eingeplant.", 33_330_000),
    ("A Câmara disponibilizou 2 milhões de euros para o plano.", 2_000_000),
    ("Voor de aanpak werd voor vijf jaar 30 miljoen euro extra vrijgemaakt.", 30_000_000),
    ("Het Rijk stelde € 130 mln beschikbaar.", 130_000_000),
])
def test_money_made_available_in_prose_is_the_budget(sentence: str, amount: float) -> None:
    budget = extract(_sheet(sentence)).practice.budget
    assert budget is not None and budget.amount == amount and budget.currency == "EUR"


@pytest.mark.parametrize(("sentence", "amount"), [
    ("Het Rijk gaf € 130 mln en de gemeente nog eens € 130 mln, samen 260 miljoen euro.",
     260_000_000),
    ("The state gave €2 million and the city €1 million, together €3 million.", 3_000_000),
    ("Le conseil a voté 2 M€ et l'État 1 M€, soit au total 3 M€.", 3_000_000),
])
def test_the_sum_after_together_is_the_total(sentence: str, amount: float) -> None:
    budget = parse_budget(sentence)
    assert budget is not None and budget.amount == amount
