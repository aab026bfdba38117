"""A country when no place is written: phone prefixes, web and mail domains, postcode
formats, currencies and institutions only one country has, then the sheet's language."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.country_clues import country_clues
from repository.ingest.readers import read_sheet


def _place(text: str) -> tuple[str | None, str | None, list[str]]:
    extraction = extract(read_sheet("sheet.md", text.encode()))
    return extraction.practice.city, extraction.practice.country, extraction.warnings


CLUES = [
    ("en", "# Safer streets\n\nWardens walk the high street every evening.\n\n"
           "## Contact\n\nTel. +44 20 7946 0000, wardens@council.gov.uk\n", "GB"),
    ("fr", "# Rues apaisées\n\nDes correspondants sillonnent le quartier chaque soir.\n\n"
           "## Contact\n\nTél. +33 1 42 76 40 40 — www.quartiers-apaises.fr\n", "FR"),
    ("es", "# Convivencia en la plaza\n\nEl ayuntamiento organiza mediaciones vecinales "
           "cada semana con los comercios del barrio.\n", "ES"),
    ("it", "# Piazze sicure\n\nLa polizia locale e la questura coordinano le pattuglie "
           "serali nel quartiere.\n", "IT"),
    ("de", "# Sichere Wege\n\nDas Ordnungsamt und das Polizeipräsidium begleiten die "
           "Schulwege im Viertel.\n\n## Kontakt\n\nE-Mail: info@sichere-wege.de\n", "DE"),
    ("pt", "# Bairro seguro\n\nA junta de freguesia acompanha os idosos do bairro.\n\n"
           "## Contacto\n\nRua Nova 12, 4000-123\n", "PT"),
    ("nl", "# Veilige buurt\n\nDe politiezone en het OCMW werken samen in de wijk.\n", "BE"),
]


@pytest.mark.parametrize(("language", "text", "country"), CLUES)
def test_a_sheet_that_names_no_place_gets_its_country_from_clues(
        language: str, text: str, country: str) -> None:
    city, found, warnings = _place(text)
    assert (city, found) == (None, country)
    assert any(w.startswith("country guessed") for w in warnings)


@pytest.mark.parametrize(("text", "country"), [
    ("Tel. 0041 44 411 71 17", "CH"), ("Telefon: +43 1 4000 8000", "AT"),
    ("Info: www.gemeente-voorbeeld.nl", "NL"), ("Mail: info@ville-exemple.be", "BE"),
    ("Contacto: +351 21 798 8000", "PT"), ("Costo: 12.000 CHF", "CH"),
    ("Budget: £45,000 a year", "GB"), ("Adres: Stationsplein 3, 3511 ED Utrecht", "NL"),
    ("Gefinancierd door de Rijksoverheid.", "NL"), ("Met steun van de Vlaamse overheid.", "BE"),
    ("In Zusammenarbeit mit der Kantonspolizei.", "CH"), ("Referrals come from the NHS.", "GB"),
    ("Con la Guardia Civil y la Policía Nacional.", "ES"),
    ("Avec la gendarmerie nationale et la police nationale.", "FR"),
    ("Con la Polizia di Stato e i Carabinieri.", "IT"),
    ("Com a PSP e a GNR.", "PT"), ("In Kooperation mit dem Bundeskriminalamt.", "DE"),
])
def test_each_clue_names_its_country(text: str, country: str) -> None:
    assert country_clues(text).most_common(1)[0][0] == country


def test_clues_that_disagree_give_no_country() -> None:
    assert country_clues("Tel. +33 1 42 76 40 40 and +49 30 9026 0")["FR"] == 1
    text = "# Streets\n\nWardens walk.\n\nTel. +33 1 42 76 40 40, +49 30 9026 0\n"
    assert _place(text)[1] is None


def test_a_written_place_beats_the_clues() -> None:
    text = ("# Safer nights in Bristol\n\nIn Bristol wardens walk the centre.\n\n"
            "## Contact\n\nModel: www.nachtwache.de, +49 30 9026 0\n")
    assert _place(text)[:2] == ("Bristol", "GB")


def test_a_years_range_and_a_sum_in_euros_are_no_postcode_or_phone() -> None:
    assert not country_clues("From 2019-2021 the city spent 1000 EUR; +12% users.")


def test_the_language_alone_is_the_weakest_clue() -> None:
    text = "# Una piazza per tutti\n\nGli educatori incontrano i ragazzi ogni sera.\n"
    assert _place(text)[1] == "IT"
    english = "# A square for all\n\nYouth workers meet young people every evening.\n"
    origins = [extract(read_sheet("sheet.md", t.encode())).practice.provenance["country"]
               for t in (text, english)]
    assert _place(english)[1] == "GB"  # English is spoken in several countries: less sure
    assert origins[1].confidence < origins[0].confidence < 0.5


@given(st.text(max_size=200))
def test_clues_never_fail_on_any_text(text: str) -> None:
    assert all(len(code) == 2 for code in country_clues(text))


@pytest.mark.parametrize(("contact", "city", "country"), [
    ("Web: www.leeds.gov.uk", "Leeds", "GB"),
    ("Site : https://www.lyon.fr/securite", "Lyon", "FR"),
    ("Web: www.zaragoza.es/convivencia", "Zaragoza", "ES"),
    ("Sito: www.comune.bologna.it", "Bologna", "IT"),
    ("E-Mail: praevention@stadt-leipzig.de", "Leipzig", "DE"),
    ("Sítio: www.cm-braga.pt", "Braga", "PT"),
    ("Website: www.utrecht.nl/veiligheid", "Utrecht", "NL"),
])
def test_a_citys_own_web_address_gives_the_city(contact: str, city: str, country: str
                                                 ) -> None:
    text = f"# Safe routes\n\nVolunteers walk children to school.\n\n## Contact\n\n{contact}\n"
    found_city, found_country, warnings = _place(text)
    assert (found_city, found_country) == (city, country)
    assert any(w.startswith("city guessed") for w in warnings)


@pytest.mark.parametrize("contact", [
    "Web: www.efus.eu", "Web: www.lyon.de", "Web: www.info.fr", "Mail: leeds@example.com"])
def test_a_web_address_that_is_no_citys_own_gives_no_city(contact: str) -> None:
    text = f"# Safe routes\n\nVolunteers walk children to school.\n\n## Contact\n\n{contact}\n"
    assert _place(text)[0] is None


def test_a_written_city_beats_a_web_address() -> None:
    text = ("# Safe routes in Lyon\n\nIn Lyon volunteers walk children to school.\n\n"
            "## Contact\n\nModel: www.utrecht.nl\n")
    assert _place(text)[0] == "Lyon"


@pytest.mark.parametrize(("language", "text", "country"), [
    ("nl", "# Buurtbemiddeling\n\n## Aanpak\n\nVrijwilligers helpen buren een conflict op te "
     "lossen voordat het escaleert. Zij brengen beide partijen samen aan tafel.\n", "NL"),
    ("de", "# Nachbarschaftsmediation\n\n## Ansatz\n\nEhrenamtliche helfen Nachbarn, einen "
     "Streit zu lösen, bevor er eskaliert. Sie bringen beide Seiten an einen Tisch.\n", "DE"),
    ("en", "# Neighbour mediation\n\n## Approach\n\nVolunteers help neighbours settle a "
     "dispute before it escalates. They bring both sides to one table.\n", "GB"),
    ("fr", "# Médiation de voisinage\n\n## Démarche\n\nDes bénévoles aident des voisins à "
     "régler un conflit avant qu'il ne s'envenime. Ils réunissent les deux parties.\n", "FR"),
])
def test_a_sheet_in_a_shared_language_with_no_clue_gets_its_likeliest_country_flagged(
        language: str, text: str, country: str) -> None:
    found = extract(read_sheet("sheet.md", text.encode()))
    assert (found.practice.language, found.practice.country) == (language, country)
    assert any(w.startswith("country guessed from the text") for w in found.warnings)


def test_a_clue_beats_the_language_guess() -> None:
    text = ("# Buurtbemiddeling\n\n## Aanpak\n\nVrijwilligers van het OCMW helpen buren een "
            "conflict op te lossen voordat het escaleert.\n")
    assert extract(read_sheet("sheet.md", text.encode())).practice.country == "BE"
