"""Which amount of a budget text is the budget: a total row or word over the items, the sum
of itemised rows, never a cost per participant, session or event; prose budgets in the
seven languages (amounts written the way real sheets write them)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.budget import parse_budget
from repository.ingest.normalise.facts import normalise_facts

TOTALS = [
    ("| Item | Cost |\n|---|---|\n| Staff | €40,000 |\n| Materials | €12,000 |\n"
     "| Total | €52,000 |", 52_000),
    ("Personnel : 80 000 €\nCommunication : 20 000 €\nTotal : 100 000 €", 100_000),
    ("Personal: 30.000 €; Sachkosten: 10.000 €; Gesamt: 40.000 €", 40_000),
    ("Personale 50.000 euro, formazione 10.000 euro, per un totale di 60.000 euro", 60_000),
    ("EU contribution €300,000; total budget €500,000", 500_000),
    ("Presupuesto total: 250.000 €, de los cuales 100.000 € del Ayuntamiento", 250_000),
    ("Totaal: € 75.000 (gemeente € 50.000, provincie € 25.000)", 75_000),
    ("Orçamento total de 1,2 milhões de euros, dos quais 400 mil euros do município",
     1_200_000),
    ("60 000 € au total, dont 20 000 € de l'État", 60_000),
    ("Insgesamt 1,5 Mio. €, davon 500.000 € Landesmittel", 1_500_000),
]
ITEMISED = [
    ("Staff: €30,000\nTraining: €10,000\nEquipment: €5,000", 45_000),
    ("| Poste | Montant |\n|---|---|\n| Médiateurs | 120 000 € |\n| Locaux | 30 000 € |",
     150_000),
    ("2019: 100.000 EUR\n2020: 120.000 EUR", 220_000),
]
PER_UNIT = [
    ("Each session costs €250; the programme's budget is €40,000 a year.", 40_000),
    ("Coût par séance : 300 €. Budget annuel : 25 000 €.", 25_000),
    ("50 € por participante; presupuesto: 18.000 €", 18_000),
    ("Costo per partecipante 80 euro, budget complessivo 30.000 euro", 30_000),
    ("120 € pro Teilnehmer, Gesamtbudget 60.000 €", 60_000),
    ("€ 15 per deelnemer; begroting € 90.000", 90_000),
    ("Custo por sessão: 200 €; orçamento anual: 12 000 €", 12_000),
]
ONLY_PER_UNIT = ["€50 per participant", "300 € par séance", "200 € por sesión",
                 "80 € pro Veranstaltung", "€ 25 per persoon", "15 euro a persona",
                 "about £12 per head", "€400 per event"]
KEPT_ANNUAL = [("€ 1,2 Mio. pro Jahr", 1_200_000), ("250 000 euros par an", 250_000),
               ("45.000 € al año", 45_000), ("£40k per year", 40_000),
               ("CHF 300'000 jährlich", 300_000), ("120 k€ par an", 120_000),
               ("50 mila euro all'anno", 50_000), ("€ 80.000 per jaar", 80_000)]


@pytest.mark.parametrize(("text", "amount"), TOTALS + ITEMISED + PER_UNIT + KEPT_ANNUAL)
def test_the_amount_that_is_the_budget(text: str, amount: float) -> None:
    budget = parse_budget(text)
    assert budget is not None and budget.amount == pytest.approx(amount)


@pytest.mark.parametrize("text", ONLY_PER_UNIT)
def test_a_cost_per_unit_alone_is_no_budget(text: str) -> None:
    assert parse_budget(text) is None


@given(st.lists(st.integers(min_value=1, max_value=400) .map(lambda n: n * 1000),
                min_size=2, max_size=5), st.sampled_from(["Total", "Gesamt", "Totale",
                                                          "Totaal", "Total general"]))
def test_a_total_row_wins_over_its_items(items: list[int], word: str) -> None:
    rows = "\n".join(f"Item {i}: {n:,} EUR".replace(",", ".") for i, n in enumerate(items))
    text = f"{rows}\n{word}: {sum(items):,} EUR".replace(",", ".")
    budget = parse_budget(text)
    assert budget is not None and budget.amount == sum(items)


@given(st.lists(st.integers(min_value=1, max_value=400).map(lambda n: n * 1000),
                min_size=2, max_size=5))
def test_itemised_rows_without_a_total_are_summed(items: list[int]) -> None:
    text = "\n".join(f"Poste {i} : {n:,} €".replace(",", " ") for i, n in enumerate(items))
    budget = parse_budget(text)
    assert budget is not None and budget.amount == sum(items)


PROSE = [
    ("The city invested €1.2 million in the new cameras.", "en", 1_200_000),
    ("The Home Office granted £40k to the project.", "en", 40_000),
    ("La Ville y consacre 250 000 euros par an.", "fr", 250_000),
    ("L'enveloppe allouée s'élève à 1,2 M€.", "fr", 1_200_000),
    ("El Ayuntamiento destinó 300.000 euros al programa.", "es", 300_000),
    ("Il Comune ha stanziato 80 mila euro per il progetto.", "it", 80_000),
    ("Die Stadt stellt jährlich 1,2 Mio. € zur Verfügung.", "de", 1_200_000),
    ("A Câmara investiu 450 mil euros no programa.", "pt", 450_000),
    ("De gemeente trekt jaarlijks € 500.000 uit voor de aanpak.", "nl", 500_000),
    ("Le canton a financé le projet à hauteur de CHF 300'000.", "fr", 300_000),
]


@pytest.mark.parametrize(("sentence", "language", "amount"), PROSE)
def test_a_budget_stated_in_prose(sentence: str, language: str, amount: float) -> None:
    facts = normalise_facts(meta={}, texts={"activities": sentence}, title="T", summary=None,
                            body=sentence, language=language, warnings=[],
                            parts=[("activities", sentence)])
    assert facts.budget is not None and facts.budget.amount == pytest.approx(amount)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Offenders face a fine of €100.", "en"),
    ("Le vandalisme a causé 200 000 € de dégâts en 2019.", "fr"),
    ("Los daños se estimaron en 50.000 euros.", "es"),
    ("Die Teilnahme kostet 10 € pro Person.", "de"),
])
def test_prose_amounts_that_are_not_the_budget(sentence: str, language: str) -> None:
    facts = normalise_facts(meta={}, texts={"activities": sentence}, title="T", summary=None,
                            body=sentence, language=language, warnings=[],
                            parts=[("activities", sentence)])
    assert facts.budget is None


def test_an_unreadable_budget_section_falls_back_to_the_prose() -> None:
    parts = [("budget_text", "Funded by the municipality."),
             ("activities", "The council spends €90,000 a year on the wardens.")]
    facts = normalise_facts(meta={}, texts=dict(parts), title="T", summary=None, body="",
                            language="en", warnings=[], parts=parts)
    assert facts.budget is not None and facts.budget.amount == 90_000


@pytest.mark.parametrize(("text", "amount", "currency"), [
    ("Fr. 300 000", 300_000, "CHF"), ("SFr. 50 000", 50_000, "CHF"),
    ("half a million euros", 500_000, "EUR"), ("A million pounds", 1_000_000, "GBP"),
    ("un million d'euros", 1_000_000, "EUR"), ("un millón de euros", 1_000_000, "EUR"),
    ("mezzo milione di euro", 500_000, "EUR"), ("€ 2,5 mln", 2_500_000, "EUR"),
    ("zwei Millionen Euro", 2_000_000, "EUR"), ("meio milhão de euros", 500_000, "EUR"),
    ("een half miljoen euro", 500_000, "EUR"), ("2,5 mln euro", 2_500_000, "EUR"),
])
def test_number_words_and_dotted_currencies(text: str, amount: float, currency: str) -> None:
    budget = parse_budget(text)
    assert budget is not None and (budget.amount, budget.currency) == (amount, currency)
    assert budget.text == text
