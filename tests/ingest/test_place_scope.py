"""Places of national and regional practices, city adjectives of a city's government, and
Brazilian sheets in Portuguese: a city named only as a seat, an address, a university or a
region is not where a national or regional practice runs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.country_clues import country_from_clues
from repository.ingest.normalise.place_names import mentions
from repository.ingest.readers import read_sheet


def _place(text: str) -> tuple[str | None, str | None]:
    practice = extract(read_sheet("sheet.md", text.encode())).practice
    return practice.city, practice.country


# a scope written as a value, and a city only in the seat or address line
SCOPE_VALUES = [
    ("Scope: nationwide", "Contact: Safe Schools, 1 Civic Centre, Leeds LS1 1UR", "GB"),
    ("Territoire : département du Loiret",
     "Contact : Association, 2 place de l'Étape, 45000 Orléans", "FR"),
    ("Ámbito: Estatal", "Dirección: Calle Amador de los Ríos 2, 28010 Madrid", "ES"),
    ("Ambito: nazionale", "Contatti: Associazione, Via Po 6, 00198 Roma", "IT"),
    ("Geltungsbereich: bundesweit", "Kontakt: Verein, Hauptstraße 5, 04109 Leipzig", "DE"),
    ("Âmbito: nacional", "Contacto: Associação, Praça do Município, 1100-365 Lisboa", "PT"),
    ("Reikwijdte: landelijk", "Contact: Stichting, Stadsplateau 1, 3521 AZ Utrecht", "NL"),
]


@pytest.mark.parametrize(("scope", "address", "country"), SCOPE_VALUES)
def test_a_national_or_regional_scope_drops_a_city_of_an_address(scope: str, address: str,
                                                                 country: str) -> None:
    text = f"# Prevention\n\n{scope}\n\n## Activities\n\nWorkshops.\n\n{address}\n"
    assert _place(text) == (None, country)
    assert _place(text.replace(f"{scope}\n\n", ""))[0] is not None  # the address alone


# a national line, network or system in the title; a council hosting it in the text
NATIONAL_TITLES = [
    ("National helpline for victims of trafficking",
     "Leeds City Council hosts the central office.", "GB"),
    ("Réseau national des centres d'accueil", "La Ville de Lyon héberge le siège.", "FR"),
    ("Red nacional de centros de acogida", "El Ayuntamiento de Sevilla acoge la sede.", "ES"),
    ("Rete nazionale dei centri antiviolenza", "Il Comune di Venezia gestisce la postazione.",
     "IT"),
    ("Nationales Netzwerk der Opferhilfe", "Die Stadt Leipzig stellt die Räume.", "DE"),
    ("Rede nacional de apoio à vítima", "A Câmara Municipal de Braga cede as salas.", "PT"),
    ("Landelijk netwerk slachtofferhulp", "De gemeente Utrecht levert de ruimte.", "NL"),
]


@pytest.mark.parametrize(("title", "seat", "country"), NATIONAL_TITLES)
def test_a_national_network_has_no_city_of_its_host(title: str, seat: str, country: str
                                                    ) -> None:
    text = f"# {title}\n\n## Activities\n\nCounselling.\n\n## Organisation\n\n{seat}\n"
    assert _place(text) == (None, country)


UNIVERSITIES = [
    ("the University of Cambridge", "GB"), ("l'Université de Lille", "FR"),
    ("la Universidad de Salamanca", "ES"), ("l'Università degli Studi di Firenze", "IT"),
    ("die Universität Heidelberg", "DE"), ("a Universidade de Coimbra", "PT"),
    ("de Universiteit Utrecht", "NL"),
]


@pytest.mark.parametrize(("university", "country"), UNIVERSITIES)
def test_a_university_named_twice_is_not_the_city(university: str, country: str) -> None:
    text = (f"# Mentoring pupils\n\nVolunteers mentor pupils after school.\n\n## Evaluation"
            f"\n\nResearchers of {university} studied it.\n\n## Partners\n\nSchools; "
            f"{university}.\n")
    assert _place(text)[0] is None


REGIONS_OF_CITIES = [
    ("The State of São Paulo funds it.", "São Paulo"),
    ("La province de Liège finance le projet.", "Liège"),
    ("La Comunidad de Madrid firmó el pacto.", "Madrid"),
    ("La Provincia di Torino finanzia il progetto.", "Torino"),
    ("Die Region Hannover fördert das Projekt.", "Hannover"),
    ("O Estado do Rio de Janeiro criou a operação.", "Rio de Janeiro"),
    ("De provincie Utrecht financiert het project.", "Utrecht"),
]


@pytest.mark.parametrize(("sentence", "city"), REGIONS_OF_CITIES)
def test_a_region_named_after_its_city_is_not_the_city(sentence: str, city: str) -> None:
    found = [m for m in mentions(sentence) if m.is_city]
    assert [m.name for m in found] == [city]
    assert found[0].context == "inside"


@pytest.mark.parametrize(("sentence", "city"), [
    ("Nach mehreren Gewalttaten beschloss der Bremer Senat 2008 ein Handlungskonzept.",
     "Bremen"),
    ("Im Sommer 2023 beschloss der Berliner Senat einen Gipfel gegen Jugendgewalt.", "Berlin"),
    ("Nach dem Anschlag hat die Münchner Stadtverwaltung ein Konzept beschlossen.", "München"),
    ("Seit Jahren arbeitet die Kölner Polizei mit Streetworkern.", "Köln"),
    ("Sinds 2010 werkt de Rotterdamse politie met buurtvaders.", "Rotterdam"),
    ("In 2015 besloot het Amsterdamse stadsbestuur tot een aanpak.", "Amsterdam"),
])
def test_a_city_adjective_before_its_government_names_the_city(sentence: str, city: str
                                                               ) -> None:
    text = f"# Konzept\n\n## Ausgangslage\n\n{sentence}\n"
    assert _place(text)[0] == city


@pytest.mark.parametrize("sentence", [
    "Die Fanarbeit begann 1982 nach einem Spiel gegen den Hamburger SV.",
    "Die Frankfurter Würstchen sind ein Klassiker der Stadionküche.",
    "Het Haagse Bluf is een toetje dat de vrijwilligers serveren.",
])
def test_a_city_adjective_before_a_club_or_a_dish_is_no_city(sentence: str) -> None:
    assert _place(f"# Fanarbeit\n\n## Geschichte\n\n{sentence}\n")[0] is None


def test_a_drove_road_is_not_canada() -> None:
    assert all(m.country != "CA" for m in mentions("La Cañada Real Galiana atraviesa Coslada."))


@pytest.mark.parametrize(("text", "country"), [
    ("A UPP foi instalada numa favela dominada por facções; a Polícia Militar ocupou o morro.",
     "BR"),
    ("A prefeitura e o conselho tutelar acompanham as famílias.", "BR"),
    ("A Câmara Municipal e a PSP acompanham as famílias.", "PT"),
])
def test_brazilian_institutions_beat_the_language_of_a_portuguese_sheet(text: str,
                                                                        country: str) -> None:
    clue = country_from_clues(text, "pt")
    assert clue is not None and clue[0] == country


@pytest.mark.parametrize(("text", "country"), [
    ("Equipas montam blitze nos fins de semana. O Código de Trânsito Brasileiro pune.", "BR"),
    ("The swimming pools open late. The Italian police patrol them.", "IT"),
])
def test_lowercase_words_are_no_dutch_country_adjectives(text: str, country: str) -> None:
    assert {m.country for m in mentions(text)} == {country}


@given(st.sampled_from(["Rio de Janeiro", "Frankfurt am Main", "Den Haag", "San Sebastián"]),
       st.sampled_from([" ", "  ", "   ", " \n", "\n"]))
def test_a_name_laid_out_with_wide_spaces_or_wrapped_is_one_name(name: str, gap: str) -> None:
    words = name.split(" ")
    text = f"O projeto no {gap.join(words)} começou."
    assert [m.name.split() for m in mentions(text) if m.is_city] == [words]


@given(st.sampled_from([("Local", "Rio de Janeiro (RJ), Brasil", "Rio de Janeiro", "BR"),
                        ("Ville", "Rennes", "Rennes", "FR"), ("Stadt", "Graz", "Graz", "AT"),
                        ("Città", "Bergamo", "Bergamo", "IT")]),
       st.sampled_from(["Responsável", "Porteur", "Träger", "Referente", "Lead"]),
       st.sampled_from([" · ", " | ", " – "]))
def test_a_city_value_running_on_into_another_label_keeps_the_city(
        pair: tuple[str, str, str, str], label: str, separator: str) -> None:
    key, value, city, country = pair
    text = f"# Practice\n\n{key}: {value}{separator}{label}: Secretaria de Estado\n\n" \
           "## Activities\n\nPatrols.\n"
    assert _place(text) == (city, country)


@pytest.mark.parametrize(("sentence", "contact", "country"), [
    ("The Glasgow Violence Reduction Unit trains staff.", "Glasgow Violence Reduction Unit",
     "GB"),
    ("Le collectif Marseille Solidarités forme des bénévoles.", "Marseille Solidarités", "FR"),
    ("La asociación Sevilla Acoge forma a voluntarios.", "Sevilla Acoge", "ES"),
    ("L'associazione Torino Sicura forma volontari.", "Torino Sicura", "IT"),
    ("Das Institut der Charité in Berlin Menschen eine Therapie an.", "Netzwerk, Berlin "
     "Praxisdatenbank", "DE"),
    ("A associação Porto Solidário forma voluntários.", "Porto Solidário", "PT"),
    ("De stichting Utrecht Veilig leidt vrijwilligers op.", "Utrecht Veilig", "NL"),
])
def test_a_city_named_only_before_other_names_gives_its_country(sentence: str, contact: str,
                                                                country: str) -> None:
    text = f"# Volunteers\n\n## Offer\n\n{sentence}\n\n## Contact\n\nContact: {contact}.\n"
    assert _place(text)[1] == country
