"""Places written the way unseen sheets write them: the town of an address line, a city's
own police force, possessives and German/Dutch city adjectives, and never a partner or
model city named beside the practice's own; a region for its country."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.place_names import city_adjective, mentions
from repository.ingest.readers import read_sheet


def _place(text: str) -> tuple[str | None, str | None]:
    practice = extract(read_sheet("sheet.md", text.encode())).practice
    return practice.city, practice.country


ADDRESSES = [
    ("Contact: Community Safety Team, 1 Civic Centre, Leeds LS1 1UR", "Leeds", "GB"),
    ("Kontakt: Jugendamt, Hauptstraße 5, 04109 Leipzig", "Leipzig", "DE"),
    ("Contact : Mairie, 2 place de l'Hôtel de Ville, 69001 Lyon", "Lyon", "FR"),
    ("Contatti: Comune, Piazza Maggiore 6, 40124 Bologna", "Bologna", "IT"),
    ("Contacto: Área de Seguridad, Calle Mayor 1, 28013 Madrid", "Madrid", "ES"),
    ("Contacto: Câmara, Praça do Município, 1100-365 Lisboa", "Lisboa", "PT"),
    ("Contact: Stadskantoor, Stadsplateau 1, 3521 AZ Utrecht", "Utrecht", "NL"),
]


@pytest.mark.parametrize(("line", "city", "country"), ADDRESSES)
def test_the_town_of_an_address_line(line: str, city: str, country: str) -> None:
    assert _place(f"# Prevention\n\n{line}\n\n## Activities\n\nWorkshops.\n") == (city, country)


def test_a_year_before_a_town_is_no_postcode() -> None:
    text = ("# Burgernet\n\nBurgernet is een landelijk netwerk.\n\n## Geschiedenis\n\nHet "
            "eerste proefproject liep in 2004 in Nieuwegein; vanaf 2009 in het hele land.\n")
    assert _place(text)[0] is None


POLICE = [
    ("La Polizia Locale di Bergamo ha avviato il progetto.", "Bergamo"),
    ("La Polizia Municipale di Roma Capitale pattuglia i parchi.", "Roma"),
    ("La Policía Local de Murcia puso en marcha el programa.", "Murcia"),
    ("La Guardia Urbana de Barcelona patrulla de noche.", "Barcelona"),
    ("La police municipale de Nice a créé une brigade.", "Nice"),
    ("A Polícia Municipal do Porto patrulha as escolas.", "Porto"),
    ("Die Stadtpolizei Zürich begleitet das Nachtleben.", "Zürich"),
]


@pytest.mark.parametrize(("sentence", "city"), POLICE)
def test_a_city_police_force_names_the_city(sentence: str, city: str) -> None:
    assert _place(f"# Patrols\n\n{sentence}\n")[0] == city


@pytest.mark.parametrize(("sentence", "city"), [
    ("Bristol's community safety team runs the wardens.", "Bristol"),
    ("The scheme runs in Leeds’ city centre.", "Leeds"),
    ("Die Wiener Polizei begleitet das Nachtleben.", "Wien"),
    ("Das Münchner Modell wird seit 2015 umgesetzt.", "München"),
    ("De Rotterdamse politie werkt in de wijk.", "Rotterdam"),
    ("Il Comune di L'Aquila ha avviato il progetto.", "L'Aquila"),
])
def test_possessives_and_city_adjectives(sentence: str, city: str) -> None:
    assert _place(f"# Safety\n\n{sentence}\n")[0] == city


@pytest.mark.parametrize(("text", "city"), [
    ("Bristol City Council runs the exchange with partners in Hanover and Bordeaux.",
     "Bristol"),
    ("La Ville de Nantes a créé une équipe, sur le modèle de Montréal.", "Nantes"),
    ("El Ayuntamiento de Getafe lanzó el programa, inspirado en Rivas-Vaciamadrid.",
     "Getafe"),
    ("Il Comune di Lecce ha avviato il servizio, sul modello di Torino.", "Lecce"),
    ("Die Stadt Graz startete das Projekt nach dem Vorbild von Wien.", "Graz"),
    ("A Câmara Municipal de Braga lançou o projeto, inspirado no Porto.", "Braga"),
    ("De gemeente Gouda werkt met buurtvaders, zoals eerder in Rotterdam.", "Gouda"),
])
def test_a_partner_or_model_city_is_not_the_city(text: str, city: str) -> None:
    assert _place(f"# Practice\n\n{text}\n")[0] == city


def test_partners_running_a_scheme_in_a_city_leave_it_the_city() -> None:
    assert _place("# Wardens\n\nThe council and its partners run the scheme in Leeds.\n")[0] \
        == "Leeds"


@given(st.sampled_from(["Wien", "Graz", "Köln", "Leipzig", "Berlin"]))
def test_a_german_er_adjective_gives_its_city(city: str) -> None:
    assert city_adjective(f"{city}er") == city


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöü", min_size=3, max_size=12))
def test_a_possessive_never_ends_a_name(stem: str) -> None:
    name = stem.capitalize()
    for found in mentions(f"We met {name}'s team in {name}’s hall."):
        assert not found.name.endswith(("'s", "’s", "'", "’"))


REGIONS = [
    ("The Scottish Government and Police Scotland fund the scheme across Scotland.", "GB"),
    ("La Wallonie finance les plans de cohésion sociale des communes.", "BE"),
    ("La Generalitat de Catalunya impulsa el programa en los institutos.", "ES"),
    ("La Regione Lombardia finanzia i progetti delle scuole.", "IT"),
    ("Das Land Nordrhein-Westfalen fördert die Projekte der Kommunen.", "DE"),
    ("O Governo Regional dos Açores financia o projeto nas escolas.", "PT"),
    ("De provincie Noord-Brabant financiert het project op scholen.", "NL"),
]


@pytest.mark.parametrize(("sentence", "country"), REGIONS)
def test_a_region_named_without_a_city_gives_the_country(sentence: str, country: str
                                                         ) -> None:
    assert _place(f"# Prevention\n\n{sentence}\n") == (None, country)


@given(st.sampled_from(["Bayern", "Bavaria", "Baviera", "Toscana", "Tuscany", "Toscane",
                        "Andalucía", "Andalusia", "Vlaanderen", "Flanders", "Flandre"]))
def test_a_region_in_any_language_is_a_country_mention(name: str) -> None:
    found = mentions(f"The programme runs in {name}.")
    assert len(found) == 1 and not found[0].is_city and found[0].country in ("DE", "IT", "ES",
                                                                             "BE")


HEADQUARTERS = [
    ("en", "# Safe Routes\n\nThe charity, headquartered in Leeds, trains volunteers who walk "
           "children to school.\n", "GB"),
    ("fr", "# Chemins sûrs\n\nL'association, dont le siège est à Lyon, forme des bénévoles "
           "qui accompagnent les enfants.\n", "FR"),
    ("es", "# Caminos seguros\n\nLa fundación, con sede en Zaragoza, forma a voluntarios que "
           "acompañan a los niños.\n", "ES"),
    ("it", "# Percorsi sicuri\n\nLa fondazione, con sede a Bologna, forma volontari che "
           "accompagnano i bambini.\n", "IT"),
    ("de", "# Sichere Wege\n\nDer Verein mit Sitz in Mainz bildet Freiwillige aus, die Kinder "
           "zur Schule begleiten.\n", "DE"),
    ("pt", "# Caminhos seguros\n\nA associação, sediada em Coimbra, forma voluntários que "
           "acompanham as crianças.\n", "PT"),
    ("nl", "# Veilige routes\n\nDe stichting, gevestigd in Utrecht, leidt vrijwilligers op "
           "die kinderen naar school begeleiden.\n", "NL"),
]


@pytest.mark.parametrize(("language", "text", "country"), HEADQUARTERS)
def test_where_a_body_has_its_seat_is_not_where_the_practice_runs(
        language: str, text: str, country: str) -> None:
    assert _place(text) == (None, country)


@pytest.mark.parametrize(("office", "address", "country"), [
    ("Bundesgeschäftsstelle", "Kaiserstraße 1, 55116 Mainz", "DE"),
    ("National office", "1 Civic Centre, Leeds LS1 1UR", "GB"),
    ("Siège national", "2 rue de la Paix, 69002 Lyon", "FR"),
    ("Sede central", "Calle Mayor 1, 50001 Zaragoza", "ES"),
    ("Sede nazionale", "Via Roma 1, 40121 Bologna", "IT"),
    ("Sede nacional", "Rua Direita 5, 3000-123 Coimbra", "PT"),
    ("Landelijk bureau", "Stationsplein 3, 3511 ED Utrecht", "NL"),
])
def test_the_address_of_a_national_office_is_not_the_city(office: str, address: str,
                                                          country: str) -> None:
    text = (f"# Safe routes\n\nVolunteers walk children to school.\n\n## Contact\n\n"
            f"{office}: {address}\n")
    assert _place(text) == (None, country)


def test_a_local_address_still_gives_the_city() -> None:
    text = ("# Safe routes\n\nVolunteers walk children to school.\n\n## Contact\n\n"
            "Jugendamt, Kaiserstraße 1, 55116 Mainz\n")
    assert _place(text) == ("Mainz", "DE")


def test_a_national_office_on_its_own_lines_is_not_the_city() -> None:
    text = ("# Sichere Wege\n\nFreiwillige begleiten Kinder zur Schule.\n\n## Kontakt\n\n"
            "Bundesgeschäftsstelle\nKaiserstraße 1\n55116 Mainz\n")
    assert _place(text) == (None, "DE")
