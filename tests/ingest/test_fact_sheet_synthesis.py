"""A synthesis of what is known on a theme is a fact sheet, whatever the seven languages
call it ("fiche synthèse", "briefing note", "scheda di sintesi", "Themendossier",
"kennisdossier") or however its opening says it gathers what is known."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.readers import read_sheet

SYNTHESES = [
    ("Briefing note: CCTV in mid-sized towns", "It draws on Leeds, York and Hull."),
    ("Fiche synthèse : la vidéoprotection", "Elle s'appuie sur Nice, Lyon et Marseille."),
    ("Ficha de síntesis: videovigilancia", "Se basa en Sevilla, Bilbao y Málaga."),
    ("Scheda di sintesi: la videosorveglianza", "Si basa su Torino, Bologna e Bari."),
    ("Themendossier Videoüberwachung", "Es stützt sich auf Köln, Bremen und Kiel."),
    ("Ficha-síntese: videovigilância", "Baseia-se em Braga, Faro e Coimbra."),
    ("Kennisdossier cameratoezicht", "Het steunt op Breda, Venlo en Zwolle."),
]


@pytest.mark.parametrize(("title", "lead"), SYNTHESES)
def test_a_synthesis_is_a_fact_sheet_without_a_city(title: str, lead: str) -> None:
    text = f"# {title}\n\n{lead}\n\n## Findings\n\nModest effects on burglary.\n"
    practice = extract(read_sheet("sheet.md", text.encode())).practice
    assert practice.kind == "fact_sheet" and practice.city is None


@pytest.mark.parametrize("opening", [
    "This sheet brings together what is known about street lighting.",
    "Cette fiche rassemble ce que l'on sait de l'éclairage public.",
    "Esta ficha recoge lo que se sabe del alumbrado público.",
    "Questa scheda raccoglie quanto si sa dell'illuminazione pubblica.",
    "Dieses Blatt fasst zusammen, was über Straßenbeleuchtung bekannt ist.",
    "Esta ficha reúne o que se sabe sobre a iluminação pública.",
    "Deze fiche bundelt wat bekend is over straatverlichting.",
])
def test_an_opening_that_gathers_what_is_known_makes_a_fact_sheet(opening: str) -> None:
    text = f"# Street lighting\n\n{opening}\n\n## Findings\n\nFewer burglaries.\n"
    assert extract(read_sheet("sheet.md", text.encode())).practice.kind == "fact_sheet"


def test_a_practice_that_summarises_its_results_stays_a_practice() -> None:
    text = ("# Street lighting in Leeds\n\nThe council replaced 5,000 lamps in 2015.\n\n"
            "## Results\n\nThe council's report summarises fewer burglaries.\n")
    assert extract(read_sheet("sheet.md", text.encode())).practice.kind == "practice"
