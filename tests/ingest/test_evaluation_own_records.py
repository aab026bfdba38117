"""The promoters' own balance and the records they publish are an internal evaluation
wherever the sheet says so; counts that only describe the practice are not (7 languages)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.normalise.evaluation import find_evaluation

# the practice described, then a paragraph of prose (no evaluation heading)
CONTEXT = {
    "en": "Street mediators work in the old town at night to calm conflicts between residents.",
    "fr": "Des médiateurs de rue travaillent la nuit dans la vieille ville pour apaiser les "
          "conflits entre habitants.",
    "es": "Mediadores de calle trabajan de noche en el casco antiguo para calmar los conflictos "
          "entre vecinos.",
    "it": "Mediatori di strada lavorano di notte nel centro storico per calmare i conflitti tra "
          "residenti.",
    "de": "Straßenmediatoren arbeiten nachts in der Altstadt, um Konflikte zwischen Anwohnern "
          "zu schlichten.",
    "pt": "Mediadores de rua trabalham à noite no centro histórico para acalmar os conflitos "
          "entre moradores.",
    "nl": "Straatmediators werken 's nachts in de oude binnenstad om conflicten tussen "
          "bewoners te sussen.",
}

# the promoters' verdict, in several tenses
BALANCE = [
    ("en", "After two years the council drew a positive balance of the scheme."),
    ("fr", "Après deux ans, la ville a dressé un bilan très positif du dispositif."),
    ("es", "Tras dos años, el ayuntamiento hizo un balance positivo del servicio."),
    ("it", "Dopo due anni il Comune ha tracciato un bilancio positivo del progetto."),
    ("de", "Nach zwei Jahren zog die Stadt selbst eine positive Bilanz."),
    ("pt", "Dois anos depois, a câmara fez um balanço positivo do projeto."),
    ("nl", "Na twee jaar maakte de gemeente een positieve balans op."),
]

# records kept and published by the promoters
RECORDS = [
    ("en", "The trust publishes yearly figures on the number of nights covered."),
    ("fr", "L'association publie chaque année ses statistiques d'interventions."),
    ("es", "La asociación publica cada año un informe con el número de mediaciones."),
    ("it", "Il Comune pubblica ogni anno i dati sugli interventi dei mediatori."),
    ("de", "Der Träger dokumentiert laufend, wie viele Konflikte geschlichtet wurden."),
    ("pt", "A associação divulga anualmente as estatísticas das mediações realizadas."),
    ("nl", "Het team houdt bij hoeveel conflicten het bemiddelt."),
]

# counts that only describe the practice, and someone else's statistics of the problem
NOT_RECORDS = [
    ("en", "Some 280 volunteers take part, and the scheme has a helpline."),
    ("fr", "Le réseau publie de nombreuses fiches de pratiques, dans plusieurs langues."),
    ("es", "La policía publicó una nota de prensa sobre la inauguración."),
    ("it", "Il servizio si trova nella piazza pubblica davanti al municipio."),
    ("de", "Rund 40 Ehrenamtliche sind an den Wochenenden im Einsatz."),
    ("pt", "O Instituto Nacional de Estatística publica os números de crimes registados."),
    ("nl", "Er werken zo'n veertig vrijwilligers in het weekend."),
]

TITLES = {"en": "Night mediators", "fr": "Médiateurs de nuit", "es": "Mediadores nocturnos",
          "it": "Mediatori notturni", "de": "Nachtmediatoren", "pt": "Mediadores noturnos",
          "nl": "Nachtmediators"}


def _sheet(language: str, sentence: str) -> str:
    return f"{TITLES[language]}\n\n{CONTEXT[language]}\n\n{sentence}\n"


def _kind(language: str, text: str, name: str = "sheet.txt") -> str | None:
    practice = extract(read_raw_sheet(name, text.encode("utf-8"))).practice
    return practice.evaluation_kind


@pytest.mark.parametrize(("language", "sentence"), BALANCE + RECORDS)
def test_the_promoters_balance_or_records_are_internal_anywhere(language: str,
                                                                sentence: str) -> None:
    assert _kind(language, _sheet(language, sentence)) == "internal"


@pytest.mark.parametrize(("language", "sentence"), NOT_RECORDS)
def test_counts_that_describe_the_practice_are_not_an_evaluation(language: str,
                                                                 sentence: str) -> None:
    assert _kind(language, _sheet(language, sentence)) is None


@pytest.mark.parametrize(("language", "sentence"), RECORDS)
def test_records_beside_a_qualified_denial_stay_internal(language: str, sentence: str) -> None:
    denial = {"en": "No independent evaluation is known to us.",
              "fr": "Aucune évaluation indépendante n'est connue.",
              "es": "No se conoce ninguna evaluación independiente.",
              "it": "Non è nota alcuna valutazione indipendente.",
              "de": "Eine unabhängige Evaluation ist uns nicht bekannt.",
              "pt": "Não se conhece nenhuma avaliação independente.",
              "nl": "Een onafhankelijke evaluatie is ons niet bekend."}[language]
    found = find_evaluation([("evaluation", f"{denial} {sentence}")], language)
    assert found is not None and found.kind == "internal"


@pytest.mark.parametrize(("language", "sentence"), BALANCE)
def test_a_balance_that_was_not_drawn_is_not_one(language: str, sentence: str) -> None:
    planned = {"en": "No balance of the scheme has been drawn yet.",
               "fr": "Aucun bilan du dispositif n'a encore été dressé.",
               "es": "Todavía no se ha hecho ningún balance del servicio.",
               "it": "Non è stato ancora tracciato alcun bilancio del progetto.",
               "de": "Eine Bilanz wurde noch nicht gezogen.",
               "pt": "Ainda não foi feito nenhum balanço do projeto.",
               "nl": "Er is nog geen balans opgemaakt."}[language]
    assert _kind(language, _sheet(language, planned)) in (None, "none")


@given(st.text(max_size=400))
def test_reading_any_text_never_raises(text: str) -> None:
    found = find_evaluation([("results", text), (None, text)], "en")
    assert found is None or found.kind in ("none", "internal", "external", "scientific")


# an evaluation under way is not one yet; nor is the evaluation of the model it copies
UNDER_WAY = [
    ("en", "An evaluation has been commissioned by the ministry and is being carried out."),
    ("fr", "Une évaluation commandée par le ministère est en cours."),
    ("es", "Una evaluación encargada por el ministerio está en curso."),
    ("it", "Una valutazione commissionata dal ministero è in corso."),
    ("de", "Eine vom Ministerium beauftragte Evaluation läuft derzeit."),
    ("pt", "Uma avaliação encomendada pelo ministério está em curso."),
    ("nl", "Een evaluatie in opdracht van het ministerie is in uitvoering."),
]
COPIED_MODEL = [
    ("en", "The scheme is inspired by Glasgow, where the unit was evaluated by researchers."),
    ("fr", "Le dispositif s'inspire de Montréal, où le programme a été évalué par des chercheurs."),
    ("es", "El servicio está inspirado en Medellín, donde el programa fue evaluado por "
           "investigadores."),
    ("it", "Il progetto si è ispirato a Bologna, dove il servizio è stato valutato da "
           "ricercatori."),
    ("de", "Das Projekt folgt dem Vorbild Zürichs, wo das Angebot von Forschern evaluiert wurde."),
    ("pt", "O projeto é inspirado em Bogotá, onde o programa foi avaliado por investigadores."),
    ("nl", "De aanpak is geïnspireerd op Glasgow, waar de eenheid door onderzoekers is "
           "geëvalueerd."),
]
# who was commissioned to evaluate evaluated
COMMISSIONED = [
    ("en", "The board commissioned the consultancy Morgan Harris to assess the first three years."),
    ("fr", "La ville a chargé le cabinet Ithaque d'évaluer les deux premières années."),
    ("es", "El ayuntamiento encargó a la consultora Gea evaluar los dos primeros años."),
    ("it", "Il Comune ha incaricato la società Ires di valutare i primi due anni."),
    ("de", "Die Stadt beauftragte das Institut Camino, die ersten zwei Jahre zu evaluieren."),
    ("pt", "A câmara encomendou à consultora Cedru avaliar os dois primeiros anos."),
    ("nl", "De gemeente gaf het bureau Regioplan opdracht om de eerste twee jaar te evalueren."),
]


@pytest.mark.parametrize(("language", "sentence"), UNDER_WAY + COPIED_MODEL)
def test_an_evaluation_under_way_or_of_the_model_copied_is_not_one(language: str,
                                                                  sentence: str) -> None:
    found = find_evaluation([("evaluation", sentence)], language)
    assert found is None or found.kind == "none"


@pytest.mark.parametrize(("language", "sentence"), COMMISSIONED)
def test_a_body_commissioned_to_evaluate_is_an_external_evaluation(language: str,
                                                                   sentence: str) -> None:
    found = find_evaluation([("evaluation", sentence)], language)
    assert found is not None and found.kind == "external"


# researchers comparing with those who did not get the practice, or assignment by lot
COMPARED = [
    ("en", "Researchers measured bullying before and after in the classes that took part and "
           "in classes that did not take part."),
    ("fr", "Des économistes ont suivi les élèves tirés au sort et ceux qui ne l'avaient pas été."),
    ("es", "Los investigadores midieron el acoso antes y después en los grupos que lo recibieron "
           "y en grupos que no lo recibieron."),
    ("it", "I ricercatori hanno confrontato le classi sorteggiate con quelle che non hanno "
           "partecipato."),
    ("de", "Forscher verglichen die ausgelosten Klassen mit Klassen, die nicht teilnahmen."),
    ("pt", "Investigadores compararam as turmas sorteadas com turmas que não participaram."),
    ("nl", "Onderzoekers vergeleken de gelote klassen met klassen die niet deelnamen."),
]


@pytest.mark.parametrize(("language", "sentence"), COMPARED)
def test_researchers_comparing_with_the_untreated_is_a_scientific_evaluation(
        language: str, sentence: str) -> None:
    found = find_evaluation([("results", sentence)], language)
    assert found is not None and found.kind == "scientific"


SUMMARIES = [
    ("en", "Which streets got the patrols was drawn at random, so that "
           "criminologists could compare them with a control group."),
    ("fr", "Les classes ont été tirées au sort et comparées à un groupe témoin."),
    ("es", "Los barrios se eligieron al azar y se compararon con un grupo de "
           "control."),
    ("it", "Le scuole sono state sorteggiate e confrontate con un gruppo di "
           "controllo."),
    ("de", "Die Klassen wurden ausgelost und mit einer Kontrollgruppe verglichen."),
    ("pt", "As escolas foram sorteadas e comparadas com um grupo de controlo."),
    ("nl", "De wijken werden door loting gekozen en vergeleken met een "
           "controlegroep."),
]


@pytest.mark.parametrize(("language", "sentence"), SUMMARIES)
def test_an_evaluation_told_only_in_the_summary_is_read(language: str, sentence: str) -> None:
    text = (f"# {TITLES[language]}\n\n{sentence}\n\n## {_CONTEXT_HEADING[language]}\n\n"
            f"{CONTEXT[language]}\n")
    practice = extract(read_raw_sheet("sheet.md", text.encode("utf-8"))).practice
    assert practice.summary is not None and practice.summary.startswith(sentence[:12])
    assert practice.evaluation_kind == "scientific"


_CONTEXT_HEADING = {"en": "Context", "fr": "Contexte", "es": "Contexto", "it": "Contesto",
                    "de": "Ausgangslage", "pt": "Contexto", "nl": "Context"}
