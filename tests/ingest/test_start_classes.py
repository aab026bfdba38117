"""Start years stated in ways the extraction sets showed we missed, in the seven languages:
a key that is a participle of beginning ("puesta_en_marcha", "Gestart"), a decision or an
approval of the plan that is the practice, a system taken into use, a model adapted, a
body co-founded, a service switched on, an office taken up, a new power given, a run of
months in one year, the law that created the practice itself, a legal basis alone (a
guess); and what is not the start: the first stone of a building, a later widening."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.headings import field_for_key
from repository.ingest.normalise.start_year import find_start, law_guess, start_in_sentence


@pytest.mark.parametrize("key", [
    "launched", "lancé", "puesta_en_marcha", "avviato", "Gestartet", "iniciado", "Gestart",
    "opgestart", "ingevoerd", "eingeführt", "creado", "criado", "inaugurado", "created",
    "fondé", "Fondée",  # the table said "fondee?$", a pattern, where it takes prefixes
])
def test_a_participle_of_beginning_as_a_key_is_the_start(key: str) -> None:
    assert field_for_key(key) == "start"


@pytest.mark.parametrize("key", ["creación", "creazione", "Création", "iniciativa"])
def test_a_noun_key_keeps_its_paragraph_as_a_section(key: str) -> None:
    assert field_for_key(key) != "start"


def _year(sentence: str) -> int | None:
    found = start_in_sentence(sentence)
    return found.start.year if found and not found.borrowed else None


DECISIONS = [
    "After several stabbings the city council approved an action plan in 2008.",
    "En 2008, le conseil municipal a approuvé un plan de prévention des violences.",
    "En 2008 el pleno aprobó un plan integral contra la violencia juvenil.",
    "Nel 2008 la giunta ha approvato un piano per la sicurezza urbana.",
    "Nach mehreren Gewalttaten beschloss der Senat 2008 ein gemeinsames Handlungskonzept.",
    "Em 2008 a Câmara aprovou um plano municipal de prevenção.",
    "In 2008 stelde de gemeenteraad een actieplan tegen jeugdgeweld vast.",
]


@pytest.mark.parametrize("sentence", DECISIONS)
def test_approving_the_plan_that_is_the_practice_dates_its_start(sentence: str) -> None:
    assert _year(sentence) == 2008


@pytest.mark.parametrize("sentence", [
    "In 2019 the council approved a plan to extend the scheme.",
    "En 2019, le conseil a approuvé un plan pour étendre le dispositif.",
    "En 2019 el pleno aprobó ampliar el programa.",
    "Nel 2019 la giunta ha approvato di estendere il programma.",
    "2019 beschloss der Rat, das Programm auszuweiten.",
    "Em 2019 a Câmara aprovou alargar o programa.",
    "In 2019 besloot de raad het programma uit te breiden.",
])
def test_approving_a_widening_is_no_start(sentence: str) -> None:
    assert start_in_sentence(sentence) is None


IN_USE = [
    "The system was put into service by the Amsterdam police in 2014.",
    "Le système a été mis en fonctionnement par la police en 2014.",
    "El sistema fue puesto en funcionamiento por la policía en 2014.",
    "Il sistema è stato messo in funzione dalla polizia nel 2014.",
    "Das System wurde 2014 von der Polizei in Gebrauch genommen.",
    "O sistema foi posto em funcionamento pela polícia em 2014.",
    "Het is een voorspelmodel dat de politie in Amsterdam in 2014 in gebruik nam.",
]


@pytest.mark.parametrize("sentence", IN_USE)
def test_a_system_taken_into_use_dates_its_start(sentence: str) -> None:
    assert _year(sentence) == 2014


OTHER_VERBS = [
    ("A local charity adapted it in 2012 for young people in the city.", 2012),
    ("Le CEID l'a adapté en 2012 pour les jeunes de la rue.", 2012),
    ("La asociación lo adaptó en 2012 para los jóvenes.", 2012),
    ("L'associazione l'ha adattato nel 2012 per i giovani.", 2012),
    ("The association was co-founded in 1998 by two students.", 1998),
    ("L'association a été cofondée en 1998 par deux étudiants.", 1998),
    ("La asociación fue cofundada en 1998 por dos estudiantes.", 1998),
    ("L'associazione è stata cofondata nel 1998 da due studenti.", 1998),
    ("Der Verein wurde 1998 von zwei Studenten mitbegründet.", 1998),
    ("De vereniging werd in 1998 mede-opgericht door twee studenten.", 1998),
    ("The ministry activated a national helpline in 2000.", 2000),
    ("Il Dipartimento ha attivato nel 2000 un numero verde nazionale.", 2000),
    ("La línea se activó en 2000 para todo el país.", 2000),
    ("Die Hotline wurde im Jahr 2000 freigeschaltet.", 2000),
    ("O ministério ativou em 2000 uma linha nacional.", 2000),
    ("De hulplijn werd in 2000 geactiveerd.", 2000),
    ("A student was elected and took up office in August 2018.", 2018),
    ("Gewählt wurde ein Student, der das Amt am 1. August 2018 antrat.", 2018),
    ("Fue elegido un estudiante, que tomó posesión en agosto de 2018.", 2018),
    ("È stato eletto uno studente, entrato in carica nell'agosto 2018.", 2018),
    ("Foi eleito um estudante, que tomou posse em agosto de 2018.", 2018),
    ("Er werd een student gekozen, die in augustus 2018 aantrad.", 2018),
]


@pytest.mark.parametrize(("sentence", "year"), OTHER_VERBS)
def test_adapting_co_founding_switching_on_and_taking_office_date_the_start(
        sentence: str, year: int) -> None:
    assert _year(sentence) == year


RUNS = [
    "At a glance: for twelve months in 2013, officers made short visits to hot spots.",
    "Pendant douze mois en 2013, des agents ont patrouillé les points chauds.",
    "Durante doce meses en 2013, los agentes patrullaron los puntos calientes.",
    "Per dodici mesi nel 2013 gli agenti hanno pattugliato i punti caldi.",
    "Zwölf Monate lang im Jahr 2013 bestreiften Beamte die Brennpunkte.",
    "Durante doze meses em 2013, os agentes patrulharam os pontos quentes.",
    "Gedurende twaalf maanden in 2013 surveilleerden agenten op de hotspots.",
]


@pytest.mark.parametrize("sentence", RUNS)
def test_a_run_of_months_in_one_year_is_its_start_and_end(sentence: str) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == 2013 and found.end is not None
    assert found.end.year == 2013 and found.ongoing is False


@given(st.integers(min_value=2, max_value=11), st.integers(min_value=1960, max_value=2030),
       st.sampled_from(["months", "weeks", "days"]))
def test_any_run_of_months_weeks_or_days_gives_its_year(count: int, year: int,
                                                        unit: str) -> None:
    found = start_in_sentence(f"For {count} {unit} in {year}, the team patrolled the park.")
    assert found is not None and found.start.year == year and found.end == found.start


LAWS = [
    "The council was created by the Crime Prevention Act of March 2007.",
    "Le CDDF a été créé par la loi du 5 mars 2007 relative à la prévention de la délinquance.",
    "El consejo fue creado por la Ley de 5 de marzo de 2007 de prevención.",
    "Il consiglio è stato istituito dalla legge del 5 marzo 2007 sulla prevenzione.",
    "Der Rat wurde durch das Präventionsgesetz von 2007 eingeführt.",
    "O conselho foi criado pela Lei de 5 de março de 2007 sobre a prevenção.",
    "De raad werd ingesteld bij de wet van 5 maart 2007 op de preventie.",
]


@pytest.mark.parametrize("sentence", LAWS)
def test_the_law_that_created_the_practice_dates_it(sentence: str) -> None:
    assert _year(sentence) == 2007


def test_a_law_the_practice_only_rests_on_stays_borrowed() -> None:
    found = start_in_sentence("The Licensing Act 2003 gave councils new powers.")
    assert found is None or found.borrowed


FIRST_STONES = [
    ("The project was imagined in 2014 and the first stone laid that spring. "
     "The centre opened in July 2016."),
    ("Le projet est imaginé en 2014 et la première pierre posée au printemps. "
     "La Maison des femmes a ouvert en juillet 2016."),
    ("El proyecto se ideó en 2014 y la primera piedra se colocó en primavera. "
     "El centro abrió en julio de 2016."),
    ("Il progetto è ideato nel 2014 e la prima pietra posata in primavera. "
     "Il centro è stato aperto nel luglio 2016."),
    ("Das Projekt wurde 2014 erdacht, der erste Stein im Frühjahr gelegt. "
     "Das Haus wurde im Juli 2016 eröffnet."),
    ("O projeto foi imaginado em 2014 e a primeira pedra lançada na primavera. "
     "A casa abriu em julho de 2016."),
    ("Het project werd in 2014 bedacht en de eerste steen in het voorjaar gelegd. "
     "Het huis werd in juli 2016 geopend."),
]


@pytest.mark.parametrize("text", FIRST_STONES)
def test_the_first_stone_is_not_the_start_the_opening_is(text: str) -> None:
    found = find_start([[text]])
    assert found is not None and found.start.year == 2016


WIDENINGS = [
    "It was then extended to every hospital: since 2014 it runs across the region. "
    "It was first tested in Grosseto in 2010.",
    "Il a ensuite été étendu : depuis 2014 il fonctionne dans toute la région. "
    "Il a été expérimenté à Grosseto en 2010.",
    "Después se decidió extenderlo: desde 2014 funciona en toda la región. "
    "Se puso en marcha en Grosseto en 2010.",
    "La Regione decide di estenderlo: dal 2014 è attivo in tutte le aziende. "
    "È stato avviato a Grosseto nel 2010.",
    "Das Projekt wurde danach ausgeweitet und läuft seit 2014 in der ganzen Region. "
    "Es wurde 2010 in Grosseto gestartet.",
    "Depois foi alargado: desde 2014 funciona em toda a região. "
    "Foi lançado em Grosseto em 2010.",
    "Daarna werd het uitgebreid: sinds 2014 draait het in de hele regio. "
    "Het werd in 2010 in Grosseto gestart.",
]


@pytest.mark.parametrize("text", WIDENINGS)
def test_a_later_widening_gives_way_to_the_start(text: str) -> None:
    found = find_start([[text]])
    assert found is not None and found.start.year == 2010


LEGAL_BASES = [
    ("Crime and Disorder Act 1998", 1998),
    ("loi du 5 mars 2007 relative à la prévention de la délinquance", 2007),
    ("Ley Orgánica 1/2004, de 28 de diciembre", 2004),
    ("Legge 8 novembre 2000, n. 328", 2000),
    ("Präventionsgesetz von 2007", 2007),
    ("Lei n.º 112/2009", 2009),
    ("Wet van 13 mei 1999", 1999),
]


@pytest.mark.parametrize(("value", "year"), LEGAL_BASES)
def test_a_legal_basis_alone_is_a_guessed_start(value: str, year: int) -> None:
    found = find_start([["Le conseil reçoit les parents."], [], [value]])
    assert found is not None and found.start.year == year and found.guessed


def test_a_statement_beats_the_legal_basis() -> None:
    found = find_start([["The panel was set up in 2009."], [], ["Crime and Disorder Act 1998"]])
    assert found is not None and found.start.year == 2009 and not found.guessed


@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")),
               max_size=200))
def test_any_text_gives_no_law_guess_or_a_year_of_it(text: str) -> None:
    found = law_guess(text)
    assert found is None or str(found.start.year) in text


POWERS = [
    "With the law of 13 May 1999 councils were given the power to fine breaches of bylaws.",
    "Avec la loi du 13 mai 1999, les communes ont obtenu la possibilité d'infliger des amendes.",
    "Con la ley de 13 de mayo de 1999 los ayuntamientos recibieron la facultad de multar.",
    "Con la legge del 13 maggio 1999 i comuni hanno ottenuto la possibilità di multare.",
    "Mit dem Gesetz vom 13. Mai 1999 erhielten die Gemeinden die Möglichkeit, Bußgelder "
    "zu verhängen.",
    "Com a lei de 13 de maio de 1999 os municípios receberam a possibilidade de multar.",
    "Met de wet van 13 mei 1999 kregen Belgische gemeenten de mogelijkheid om boetes op te "
    "leggen.",
]


@pytest.mark.parametrize("sentence", POWERS)
def test_a_new_power_given_to_those_who_run_the_practice_dates_it(sentence: str) -> None:
    found = find_start([[], [sentence]])
    assert found is not None and found.start.year == 1999
