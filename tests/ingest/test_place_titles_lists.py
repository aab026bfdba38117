"""Places in three more shapes unseen sheets take, in the seven languages: a city ending
the title is where the practice runs, even when the opening names a ministry as a
partner; a city value followed by its region is the city; a list of cities in the
body ("for example in Eindhoven and Breda", "a partire da Milano, Roma e Napoli") names
examples, never the practice's city."""

from __future__ import annotations

import json

import pytest

from repository.ingest.extract import extract
from repository.ingest.readers import read_sheet


def _place(text: str, name: str = "sheet.md") -> tuple[str | None, str | None]:
    practice = extract(read_sheet(name, text.encode())).practice
    return practice.city, practice.country


TITLES = [
    ("Safety House Leeds", "Police, the Ministry of Justice and social services share one "
     "office.", "Leeds"),
    ("Maison de la justice Lille", "La police, le ministère de la Justice et les services "
     "sociaux partagent un bureau.", "Lille"),
    ("Casa de la seguridad Sevilla", "La policía, el Ministerio de Justicia y los servicios "
     "sociales comparten una oficina.", "Sevilla"),
    ("Casa della sicurezza Bologna", "Polizia, Ministero della Giustizia e servizi sociali "
     "condividono un ufficio.", "Bologna"),
    ("Haus des Jugendrechts Stuttgart", "Polizei, Justizministerium und Jugendhilfe "
     "arbeiten unter einem Dach.", "Stuttgart"),
    ("Casa da segurança Braga", "A polícia, o Ministério da Justiça e os serviços sociais "
     "partilham um gabinete.", "Braga"),
    ("Veiligheidshuis Tilburg", "Politie, Openbaar Ministerie en jeugdzorg werken onder "
     "één dak.", "Tilburg"),
]


@pytest.mark.parametrize(("title", "lead", "city"), TITLES)
def test_a_city_ending_the_title_is_the_practices(title: str, lead: str, city: str) -> None:
    assert _place(f"# {title}\n\n{lead}\n\n## Activities\n\nMeetings.\n")[0] == city


def test_a_city_inside_a_title_is_not_placed_by_this_rule() -> None:
    # "Barriera di Milano" in Turin: a neighbourhood, not the city
    text = ("# Barriera di Milano: mediazione di quartiere\n\nUn progetto di mediazione."
            "\n\n## Attività\n\nIncontri.\n")
    assert _place(text)[0] != "Milano"


REGIONS = [
    ("Leeds, West Yorkshire", "Leeds"), ("Lyon, Auvergne-Rhône-Alpes", "Lyon"),
    ("Sevilla, Andalucía", "Sevilla"), ("Firenze, Toscana", "Firenze"),
    ("Graz, Steiermark", "Graz"), ("Braga, Minho", "Braga"), ("Tilburg, Noord-Brabant",
                                                               "Tilburg"),
]


@pytest.mark.parametrize(("value", "city"), REGIONS)
def test_a_city_value_followed_by_its_region_is_the_city(value: str, city: str) -> None:
    sheet = json.dumps({"title": "Mediation", "city": value, "description": "Mediators."})
    assert _place(sheet, "sheet.json")[0] == city


# A list of example cities, then one of them named once more later in the body
EXAMPLES = [
    ("The network now counts 25 houses, for example in Leeds, Bristol and York.",
     "A conference was held in Leeds."),
    ("Le réseau compte 25 maisons, par exemple à Lille, Rennes et Nantes.",
     "Un colloque a eu lieu à Lille."),
    ("La red cuenta con 25 casas, por ejemplo en Sevilla, Bilbao y Málaga.",
     "Hubo un congreso en Sevilla."),
    ("Il programma è stato esteso a partire da Milano, Roma e Napoli.",
     "Un convegno si è tenuto a Roma."),
    ("Das Netz zählt 25 Häuser, etwa in Köln, Bremen und Kiel.",
     "Eine Tagung fand in Köln statt."),
    ("A rede tem 25 casas, por exemplo em Braga, Faro e Coimbra.",
     "Houve um congresso em Braga."),
    ("Het netwerk telt 25 huizen, bijvoorbeeld in Eindhoven, Breda en Venlo.",
     "Er was een congres in Eindhoven."),
]


@pytest.mark.parametrize(("listed", "again"), EXAMPLES)
def test_a_list_of_cities_in_the_body_gives_no_city_weight(listed: str, again: str) -> None:
    text = (f"# Safety houses\n\nA network of safety houses.\n\n## History\n\n{listed}\n\n"
            f"## News\n\n{again}\n")
    assert _place(text)[0] is None


@pytest.mark.parametrize("title", [
    "Exchange between Leeds and York", "Échange entre Lyon et Lille",
    "Intercambio entre Sevilla y Bilbao", "Scambio tra Torino e Bologna",
    "Austausch zwischen Köln und Bremen", "Intercâmbio entre Braga e Faro",
    "Uitwisseling tussen Breda en Venlo",
])
def test_two_cities_ending_a_title_give_no_city(title: str) -> None:
    assert _place(f"# {title}\n\nTwo cities swapped methods.\n\n## Activities\n\nVisits.\n"
                  )[0] is None
