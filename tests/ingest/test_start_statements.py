"""Ways a sheet says when its practice began, in the seven languages: a noun of beginning
after "since", a first time, phrasal verbs, a range after a verb of running, a date that
opens the sheet (a guess), and what is not a start."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.normalise.sentences import sentences
from repository.ingest.normalise.start_year import find_start, opening_date, start_in_sentence
from repository.ingest.readers import read_sheet

SINCE_NOUN = [
    ("Since the first patrol in November 2008, two hundred volunteers have taken part.", 2008),
    ("Since its creation in 2009 the unit has followed 400 families.", 2009),
    ("Depuis leur arrivée dans le quartier en 2012, les correspondants sillonnent les rues.",
     2012),
    ("La cellule se réunit depuis sa création au printemps 2015.", 2015),
    ("Desde su puesta en marcha en 2002, la figura se ha extendido a toda la ciudad.", 2002),
    ("Dalla sua nascita nel 2010 il servizio ha aiutato mille persone.", 2010),
    ("Seit der Eröffnung im Jahr 1999 ist das Modell übernommen worden.", 1999),
    ("Desde a sua criação, em 2001, o programa já passou por várias gerações.", 2001),
    ("Sinds de invoering in 2015 fietsen alle wijkinspecteurs.", 2015),
]
FIRST_TIME = [
    ("The festival stewards were deployed for the first time in 2016.", 2016),
    ("C'est en 1974 que la police a proposé pour la première fois ce service.", 1974),
    ("Se ofreció por primera vez en los Sanfermines de 2016.", 2016),
    ("Il servizio è stato offerto per la prima volta nel 2013.", 2013),
    ("2011 wurde der Notruf zum ersten Mal angeboten.", 2011),
    ("O serviço foi oferecido pela primeira vez em 2018.", 2018),
    ("In 2004 werd Burgernet voor het eerst ingezet.", 2004),
]
PHRASES = [
    ("Work on the first gates got under way in 2004.", 2004),
    ("The model goes back to 1997, when a surgeon noticed the gap.", 1997),
    ("Le service a vu le jour en 2010.", 2010),
    ("El servicio entró en funcionamiento en 2011.", 2011),
    ("Il progetto prende avvio nel 2005 in due quartieri.", 2005),
    ("Il servizio ha preso il via nell'autunno del 2011.", 2011),
    ("Das Fanprojekt ging 1981 an den Start.", 1981),
    ("Im Januar 2018 nahm der Nachtbürgermeister seine Arbeit auf.", 2018),
    ("O programa entrou em funcionamento em 2009.", 2009),
    ("O sistema foi instalado em 2019.", 2019),
    ("De aanpak werd in 2013 uitgerold in twaalf wijken.", 2013),
    ("Het eerste proefproject liep in 2004 in Nieuwegein.", 2004),
    ("I primi gruppi si sono costituiti nel 2014.", 2014),
]


@pytest.mark.parametrize(("sentence", "year"), SINCE_NOUN + FIRST_TIME + PHRASES)
def test_a_start_statement(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year


def test_since_a_noun_of_beginning_means_it_still_runs() -> None:
    found = start_in_sentence(SINCE_NOUN[1][0])
    assert found and found.ongoing is True


RANGES = [
    ("The project ran from 2016 to 2019 in three estates.", 2016, 2019),
    ("Le dispositif s'est déroulé de 2015 à 2018.", 2015, 2018),
    ("El programa se desarrolló entre 2012 y 2014 en Vigo.", 2012, 2014),
    ("Il progetto si è svolto dal 2017 al 2020.", 2017, 2020),
    ("Das Projekt lief von 2014 bis 2016.", 2014, 2016),
    ("O projeto decorreu entre 2018 e 2021.", 2018, 2021),
    ("Het project liep van 2016 tot 2019.", 2016, 2019),
]


@pytest.mark.parametrize(("sentence", "start", "end"), RANGES)
def test_a_range_after_a_verb_of_running_is_start_and_end(sentence: str, start: int,
                                                           end: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and (found.start.year, found.end and found.end.year) == (start, end)
    assert found.ongoing is False


OPENINGS = [
    ("In 2014 the council reorganised its patrols into eight zones.", 2014),
    ("En mars 2019, la ville a recruté six médiateurs.", 2019),
    ("En 2014 la Policía Local reorganizó sus patrullas en ocho zonas.", 2014),
    ("Nel 2016 il Comune ha affidato il servizio a una cooperativa.", 2016),
    ("Im Januar 2018 übernahm die Stadt die Koordination.", 2018),
    ("Em 2016, a Câmara e a APAV abriram um gabinete.", 2016),
    ("In 2015 huurde de gemeente vier jongerenwerkers in.", 2015),
]


@pytest.mark.parametrize(("sentence", "year"), OPENINGS)
def test_a_date_opening_the_sheet_is_a_guessed_start(sentence: str, year: int) -> None:
    found = find_start([[sentence]])
    assert found is not None and found.start.year == year


BACKGROUND = [
    "In 2012 a survey showed that residents felt unsafe.",
    "En 2015, une enquête a montré que les habitants avaient peur.",
    "En 2010 los robos aumentaron un 30 %.",
    "Nel 2013 uno studio ha rilevato molti furti.",
    "Im Jahr 2016 zeigte eine Umfrage große Angst.",
    "Em 2011 um estudo revelou muitos assaltos.",
    "In 2012 toonde onderzoek veel overlast aan.",
]


@pytest.mark.parametrize("sentence", BACKGROUND)
def test_a_date_opening_a_finding_is_no_start(sentence: str) -> None:
    assert opening_date(sentence) is None
    assert find_start([[sentence]]) is None


def test_a_guess_comes_after_any_statement_and_from_the_opening_first() -> None:
    later = find_start([[], [], ["In 2014 the council hired six mediators."]])
    assert later and later.start.year == 2014 and later.guessed
    found = find_start([["In 2012 the city opened a hotline."], [],
                        ["In 2014 the council hired six mediators."]])
    assert found and found.start.year == 2012
    found = find_start([["In 2014 the council hired six mediators."],
                        ["The service was launched in 2016."]])
    assert found and found.start.year == 2016 and not found.guessed


def test_a_start_in_a_decade_leaves_the_year_open() -> None:
    zones = [["No início da década de 2010, a Câmara lançou um programa. "
              "Em 2011, o presidente mudou o seu gabinete para o bairro."]]
    assert find_start(zones) is None


def test_the_event_a_sheet_is_about_is_its_start() -> None:
    opening = [["Le 22 mars 2016, deux attentats ont frappé l'aéroport et le métro."]]
    assert find_start(opening) is None  # an attack, in a sheet about something else
    found = find_start(opening, title="Les attentats de Bruxelles : la réponse")
    assert found and found.start.year == 2016 and found.guessed


def test_a_year_in_the_title_is_the_last_guess() -> None:
    found = find_start([["The city asked residents what they feared."]],
                       title="Köln nach der Silvesternacht 2015/16")
    assert found and found.start.year == 2015 and found.guessed


def test_a_german_ordinal_date_does_not_end_a_sentence() -> None:
    assert sentences("Am 19. Dezember 2016 begann es. Dann kam mehr.") == [
        "Am 19. Dezember 2016 begann es.", "Dann kam mehr."]


def test_a_guessed_start_warns_and_has_a_low_confidence() -> None:
    raw = read_sheet("sheet.md", "# Policía de barrio\n\nEn 2014 la Policía Local reorganizó "
                                 "sus patrullas en ocho zonas.\n".encode())
    extraction = extract(raw)
    assert extraction.practice.start and extraction.practice.start.year == 2014
    assert extraction.practice.provenance["start"].confidence < 0.6
    assert any(w.startswith("start year guessed") for w in extraction.warnings)


def test_a_range_statement_sets_the_end_too() -> None:
    raw = read_sheet("sheet.md", b"# Buurtvaders\n\nHet project liep van 2016 tot 2019 in "
                                 b"Nieuw-West.\n")
    found = extract(raw).practice
    assert (found.start and found.start.year, found.end and found.end.year) == (2016, 2019)
    assert found.ongoing is False


NOUNS = ["creation", "launch", "inception", "opening"]


@given(st.integers(1950, 2030), st.sampled_from(NOUNS), st.integers(0, 3))
def test_since_any_noun_of_beginning_gives_its_year(year: int, noun: str, words: int) -> None:
    filler = " ".join(["the", "old", "city", "hall"][:words])
    sentence = f"Since its {noun} {filler} in {year}, the team has grown."
    found = start_in_sentence(" ".join(sentence.split()))
    assert found is not None and found.start.year == year


@given(st.integers(195, 202))
def test_since_the_beginning_of_a_decade_is_no_year(decade: int) -> None:
    assert start_in_sentence(f"Since the beginning of the {decade}0s the city has grown.") is None


JOINED_SIGNED_FIRST = [
    ("Leeds joined the Purple Flag scheme in 2012.", 2012),
    ("La ville a adhéré en 2014 au réseau des villes amies des aînés.", 2014),
    ("Bilbao se adhirió en 2010 a la Red Mundial de Ciudades Amigables.", 2010),
    ("Il Comune ha aderito nel 2017 alla rete delle città sicure.", 2017),
    ("Der Vertrag wurde 2008 von Stadt und Polizei unterzeichnet.", 2008),
    ("O contrato foi assinado em 2009 e renovado em 2016.", 2009),
    ("De gemeente sloot zich in 2015 aan bij het netwerk.", 2015),
    ("2006 führte die Stadt die ersten Audits in zwei Bezirken durch.", 2006),
    ("The first wardens were hired in 2013.", 2013),
    ("Les premiers médiateurs ont été recrutés en 2011.", 2011),
    ("A iniciativa surgiu em 2017, por proposta da associação académica.", 2017),
    ("The scheme grew out of a residents' campaign in 2009.", 2009),
]


@pytest.mark.parametrize(("sentence", "year"), JOINED_SIGNED_FIRST)
def test_joining_signing_and_the_first_of_something(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year


def test_a_founded_key_is_the_start() -> None:
    raw = read_sheet("sheet.yaml", b"title: Reporting centres\nfounded: 2013\n"
                                   b"description: Victims report hate incidents here.\n")
    found = extract(raw).practice
    assert found.start and found.start.year == 2013
    assert found.provenance["start"].source == "key"
