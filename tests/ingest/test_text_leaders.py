"""Plain-text key lines joined by leaders, a key line over a rule, a cost per pair."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.budget import parse_budget
from repository.ingest.readers.text import read_text

LEADERS = [
    ("Avvio", "Risorse", "€ 800.000 l'anno"), ("Start", "Budget", "€800,000 a year"),
    ("Lancement", "Budget", "800 000 € par an"), ("Inicio", "Presupuesto", "800.000 € al año"),
    ("Beginn", "Budget", "800.000 Euro pro Jahr"), ("Início", "Orçamento", "800 mil euros"),
    ("Start", "Begroting", "€ 800.000 per jaar")]


@pytest.mark.parametrize(("start", "budget", "amount"), LEADERS)
@pytest.mark.parametrize("leader", ["............", "…………", " ..... "])
def test_key_lines_joined_by_leaders_over_a_rule(start: str, budget: str, amount: str,
                                                 leader: str) -> None:
    rule = "-" * 60
    text = (f"OLTRE LA STRADA\nProgetto regionale\n\n{rule}\n{start} {leader} 1996\n"
            f"{budget} {leader} {amount}\n{rule}\n\n"
            "Il progetto offre alle vittime di tratta un percorso di uscita e di accoglienza.\n")
    record = extract(read_text("sheet.txt", text)).practice
    assert record.start is not None and record.start.year == 1996
    assert record.budget is not None and record.budget.eur == 800_000
    assert record.title == "OLTRE LA STRADA"


@pytest.mark.parametrize("text", [
    "Die Kosten liegen bei rund 1.000 Euro pro Gespann und Jahr.",
    "About €1,000 per pair each year.", "Environ 1 000 € par binôme et par an.",
    "Unos 1.000 € por pareja al año.", "Circa 1.000 euro per coppia all'anno.",
    "Cerca de 1.000 euros por dupla.", "Ongeveer € 1.000 per koppel per jaar."])
def test_a_cost_per_pair_is_not_the_budget(text: str) -> None:
    assert parse_budget(text) is None
