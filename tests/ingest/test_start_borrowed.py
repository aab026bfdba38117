"""Start years when a sheet first tells of what its practice copied: the model it follows,
the concept it took over, the law it rests on — in the seven languages. The practice's
own start is the year of the clause about it, not the first year of the history."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.start_year import find_start, start_in_sentence

# (history of the model, then the practice's own start), the year wanted
HISTORIES = [
    (["The approach was modelled on Operation Ceasefire, which began in Boston in 1996.",
      "The Glasgow initiative itself was launched in 2008."], 2008),
    (["The licensing framework dates from the Licensing Act 2003.",
      "The Mayor created the post of Night Czar in November 2016."], 2016),
    (["Le concept « Ask for Angela » est né en 2016 dans le Lincolnshire.",
      "La mairie de Bordeaux l'a adopté en mars 2021."], 2021),
    (["Sul modello dei programmi norvegesi come Alternativ til Vold, nato a Oslo nel 1987, "
      "il centro è stato fondato a Firenze nel 2009."], 2009),
    (["El modelo Housing First nació en Nueva York en 1992.",
      "En Sevilla el programa se puso en marcha en 2014."], 2014),
    (["O modelo Housing First nasceu em Nova Iorque em 1992.",
      "Em Lisboa, o projeto começou em 2009 com 50 casas."], 2009),
    (["Nach dem Vorbild der Berner Gruppe, die 1989 gegründet wurde, arbeitet das Team "
      "eng mit der Polizei zusammen.", "Das Team wurde 2000 gegründet."], 2000),
    (["Het concept werd in 1995 in Glasgow bedacht en in Engeland in 1998 ingevoerd.",
      "In Utrecht ging het project in 2006 van start."], 2006),
    (["La loi sur la police, entrée en vigueur en 2014, a réorganisé les corps.",
      "La police de proximité a été mise en place en 2016."], 2016),
    (["Die Straßenreinigungsverordnung trat 2005 in Kraft.",
      "Die ersten Waste Watcher sind seit Jänner 2008 im Einsatz."], 2008),
]


@pytest.mark.parametrize(("texts", "year"), HISTORIES)
def test_the_start_is_the_practices_own_not_its_models(texts: list[str], year: int) -> None:
    found = find_start([[" ".join(texts)]])
    assert found is not None and found.start.year == year and not found.borrowed


@pytest.mark.parametrize(("sentence", "year"), [
    ("Created by a decree of 2002, the council became compulsory later.", 2002),
    ("Créé par un décret de 2002, le conseil est devenu obligatoire.", 2002),
    ("Inspired by the Boston model, the city launched the programme in 2008.", 2008),
])
def test_a_borrowed_start_alone_still_dates_the_practice(sentence: str, year: int) -> None:
    found = find_start([[sentence]])
    assert found is not None and found.start.year == year


ADOPTIONS = [
    ("Bordeaux adopted the scheme in 2021.", 2021),
    ("La ville l'a adopté en 2019.", 2019),
    ("El Ayuntamiento adoptó el modelo en 2017.", 2017),
    ("Il Comune ha adottato il protocollo nel 2015.", 2015),
    ("Die Stadt übernahm das Konzept 2012.", 2012),
    ("A Câmara adotou o modelo em 2018.", 2018),
    ("De gemeente nam de aanpak in 2013 over.", 2013),
]


@pytest.mark.parametrize(("sentence", "year"), ADOPTIONS)
def test_a_city_adopting_a_model_starts_its_practice(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year


@pytest.mark.parametrize(("sentence", "year"), [
    ("The office was set up in 1992 and has been run by the welfare board since 2003.", 1992),
    ("Le service a été créé en 1992 et dépend du CCAS depuis 2003.", 1992),
    ("El servicio se creó en 1992 y depende del IMAS desde 2003.", 1992),
    ("Il servizio è stato creato nel 1992 e dipende dall'ASL dal 2003.", 1992),
    ("Die Stelle wurde 1992 gegründet und gehört seit 2003 zum Sozialamt.", 1992),
    ("O serviço foi criado em 1992 e depende da Câmara desde 2003.", 1992),
    ("De werking werd opgericht in 1992 en valt sinds 2003 onder het OCMW.", 1992),
])
def test_the_first_year_of_a_sentence_with_two_starts(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year


def test_french_des_the_article_is_no_since() -> None:
    assert start_in_sentence("Elle s'appuie sur les travaux de la Cour des comptes de 2020."
                             ) is None
    found = start_in_sentence("Dès 2015, la ville a recruté des médiateurs.")
    assert found is not None and found.start.year == 2015


@given(st.text(alphabet="abcdefgh ,.;()19820", max_size=80))
def test_a_start_is_always_a_year_of_the_sentence(sentence: str) -> None:
    found = start_in_sentence(sentence)
    assert found is None or str(found.start.year) in sentence


@pytest.mark.parametrize("text", [
    "The team was set up in 2008 to act against youth violence. Since 2012 it also covers "
    "the schools.",
    "The law enforcement unit was set up in 2008. Since 2012 it also covers the schools.",
])
def test_act_as_a_verb_and_law_enforcement_are_no_law(text: str) -> None:
    found = find_start([[text]])
    assert found is not None and found.start.year == 2008


# (the background's borrowed year — an idea, a model —, the activities' own start), 7 languages
BACKGROUND_IDEAS = [
    ("The idea behind the scheme came about in 1993 at a police station in Leeds.",
     "The first pilot ran in Bradford from May 2004."),
    ("L'idée est née en 1993 dans un commissariat de Lille.",
     "Le dispositif a été lancé à Roubaix en mai 2004."),
    ("El modelo nació en 1993 en una comisaría de Bilbao.",
     "El programa se puso en marcha en Vitoria en mayo de 2004."),
    ("Il modello è nato nel 1993 in un commissariato di Parma.",
     "Il progetto è stato avviato a Reggio Emilia nel maggio 2004."),
    ("Die Idee entstand 1993 auf einer Polizeiwache in Kassel.",
     "Das Projekt wurde im Mai 2004 in Göttingen gestartet."),
    ("O modelo nasceu em 1993 numa esquadra de Braga.",
     "O projeto foi lançado em Guimarães em maio de 2004."),
    ("Het idee ontstond al in 1993 bij een politieman in Ridderkerk.",
     "In mei 2004 ging de eerste proef in Nieuwegein van start."),
]


@pytest.mark.parametrize(("background", "activities"), BACKGROUND_IDEAS)
def test_an_idea_in_the_background_gives_way_to_the_practices_own_start(
        background: str, activities: str) -> None:
    found = find_start([[""], [background], [activities]])
    assert found is not None and found.start.year == 2004 and not found.borrowed
    alone = find_start([[""], [background], ["The team meets every week."]])
    assert alone is not None and alone.start.year == 1993  # nothing else: the idea's year


@pytest.mark.parametrize("opening", [
    "Österreich hat mit dem Gewaltschutzgesetz, das am 1. Mai 1997 in Kraft trat, der "
    "Polizei die Befugnis gegeben, Gewalttäter wegzuweisen.",
    "Een landelijk instrument sinds 1997, uitgevoerd in winkelgebieden.",
])
def test_a_borrowed_start_in_the_opening_frames_the_practice_itself(opening: str) -> None:
    found = find_start([[opening], [], ["Seit 2020 ist damit ein Annäherungsverbot verbunden. "
                                        "Sinds 2005 ook op bedrijventerreinen."]])
    assert found is not None and found.start.year == 1997
