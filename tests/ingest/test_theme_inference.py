"""Themes inferred from the whole sheet: whole words in their inflections, in 7 languages."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.theme_inference import (
    infer_themes,
    same_word,
    select,
    theme_hits,
)
from repository.ingest.normalise.theme_semantic import SemanticThemes, theme_descriptions


def test_an_inflection_is_the_same_word_a_derivation_is_not() -> None:
    assert same_word("supporters", "supporter", "en")
    assert not same_word("supports", "supporters", "en")
    assert not same_word("train", "training", "en")
    assert same_word("drogues", "drogue", "fr")
    assert same_word("jugendlichen", "jugendliche", "de")
    assert same_word("mediadores", "mediador", "es")
    assert same_word("vittime", "vittima", "it")


def test_supports_does_not_match_supporters_of_sport() -> None:
    text = "The council supports families; volunteers support the centre."
    assert "sport" not in theme_hits(text, "en")
    assert "sport" in theme_hits("Football supporters travel to away matches.", "en")


def test_a_train_station_is_not_training() -> None:
    assert "training" not in theme_hits("Officers patrol the train station.", "en")
    assert "training" in theme_hits("Door staff follow a training course.", "en")


def test_compound_words_count_by_their_known_parts() -> None:
    assert "youth" in theme_hits("Die Stadt fördert Jugendarbeit in allen Bezirken.", "de")
    assert "drugs" in theme_hits("De gemeente pakt drugsoverlast aan.", "nl")


@pytest.mark.parametrize(
    ("language", "title", "text", "theme"),
    [
        ("en", "Safer nights in the city centre",
         "Bar staff and door supervisors are trained to help people on a night out; the "
         "late-night economy, pubs and clubs sign a charter.", "nightlife"),
        ("fr", "Accompagner les victimes",
         "Les victimes de violences conjugales sont reçues par une juriste; l'aide aux "
         "victimes est gratuite.", "victims"),
        ("es", "Deporte en los barrios",
         "Los jóvenes juegan al fútbol y al baloncesto cada semana; el deporte sirve de "
         "puente con los educadores.", "sport"),
        ("it", "Contro lo spaccio",
         "Gli operatori lavorano con i tossicodipendenti e riducono il danno; lo spaccio "
         "nelle piazze diminuisce.", "drugs"),
        ("de", "Schutz vor Gewalt in der Familie",
         "Bei häuslicher Gewalt berät das Team die betroffenen Frauen; Gewaltschutz und "
         "Frauenhäuser arbeiten zusammen.", "gender_violence"),
        ("pt", "Idosos em segurança",
         "Os agentes visitam idosos que vivem sozinhos e previnem burlas contra pessoas "
         "idosas.", "seniors"),
        ("nl", "Jongeren op straat",
         "Jongerenwerkers spreken jongeren aan op pleinen; de jeugd krijgt activiteiten.",
         "youth"),
    ],
)
def test_a_theme_is_inferred_from_the_sheet_in_each_language(
        language: str, title: str, text: str, theme: str) -> None:
    assert theme in infer_themes([("title", title), ("summary", text)], language)


def test_a_scientific_evaluation_adds_the_evaluation_theme() -> None:
    parts = [("title", "Mentoring in schools"),
             ("summary", "Mentors meet pupils in schools every week at school.")]
    assert "evaluation" not in infer_themes(parts, "en")
    assert "evaluation" in infer_themes(parts, "en", evaluation_kind="scientific")


def test_words_in_contact_and_links_do_not_count() -> None:
    parts = [("title", "A practice"), ("links", "drugs drugs drugs drug dealing cannabis")]
    assert infer_themes(parts, "en") == []


@given(st.lists(st.sampled_from(["the", "city", "and", "a", "project", "with", "people",
                                 "works", "supports", "train", "local"]), max_size=40))
def test_function_and_common_words_alone_give_no_theme(words: list[str]) -> None:
    assert infer_themes([("summary", " ".join(words))], "en") == []


class _Encoder:
    """A deterministic bag-of-words encoder: plumbing only, not a model of meaning."""

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}

    def encode_document(self, texts: Sequence[str]) -> np.ndarray:
        rows = np.zeros((len(texts), 512), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().replace(",", " ").replace(":", " ").split():
                rows[i, self.vocab.setdefault(word, len(self.vocab) % 512)] += 1.0
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        return rows / np.where(norms == 0, 1, norms)


def test_the_semantic_layer_ranks_themes_through_the_encoder_interface() -> None:
    descriptions = theme_descriptions()
    assert set(descriptions) >= {"drugs", "youth"} and len(descriptions["drugs"]) == 7
    semantic = SemanticThemes(_Encoder(), {"drugs": ["drugs addiction"],
                                           "sport": ["football sport"]})
    scores = semantic.scores([(1.0, "drugs addiction drugs"), (0.0, "football sport")])
    assert scores["drugs"] > 0 > scores["sport"]
    assert semantic.ranking([(1.0, "drugs addiction drugs")]) == ["drugs", "sport"]


def test_a_theme_factor_scales_that_themes_floor_only() -> None:
    scores = {"policing": 3.0, "youth": 2.0, "schools": 2.0}
    assert select(scores, min_score=2.5, relative=0.1, factors={}) == ["policing"]
    lowered = select(scores, min_score=2.5, relative=0.1, factors={"youth": 0.8})
    assert lowered == ["policing", "youth"]
    raised = select(scores, min_score=2.5, relative=0.1, factors={"policing": 1.6})
    assert raised == []


@pytest.mark.parametrize(
    ("language", "title", "text", "theme"),
    [
        ("en", "Safe night", "Volunteers help people who go out at night in the old town.",
         "nightlife"),
        ("fr", "Nuit sereine", "Des bénévoles aident les personnes qui sortent la nuit dans "
         "la vieille ville.", "nightlife"),
        ("es", "Noche segura", "Voluntarios ayudan a las personas que salen de noche por el "
         "casco antiguo.", "nightlife"),
        ("it", "Notte sicura", "Volontari aiutano le persone che escono di notte nel centro "
         "storico.", "nightlife"),
        ("de", "Sichere Nacht", "Ehrenamtliche helfen Menschen, die nachts in der Altstadt "
         "unterwegs sind.", "nightlife"),
        ("pt", "Noite segura", "Voluntários ajudam as pessoas que saem à noite na "
         "baixa.", "nightlife"),
        ("nl", "Veilige nacht", "Vrijwilligers helpen mensen die 's nachts uitgaan in de "
         "binnenstad.", "nightlife"),
        ("en", "Neighbours alert", "Residents receive an SMS alert and a text message when a "
         "burglar is seen; they answer by text message.", "technology"),
        ("fr", "Alerte voisins", "Les habitants reçoivent une alerte par SMS et un message "
         "texte; ils répondent par SMS.", "technology"),
        ("es", "Alerta vecinal", "Los vecinos reciben una alerta por SMS y un mensaje de "
         "texto; responden por SMS.", "technology"),
        ("it", "Allerta vicini", "I residenti ricevono un avviso via SMS e un messaggio; "
         "rispondono via SMS.", "technology"),
        ("de", "Nachbarn alarmieren", "Die Bewohner erhalten eine SMS-Warnung und eine "
         "Textnachricht; sie antworten per SMS.", "technology"),
        ("pt", "Alerta vizinhos", "Os moradores recebem um alerta por SMS e uma mensagem de "
         "texto; respondem por SMS.", "technology"),
        ("nl", "Buren alarm", "Bewoners krijgen een sms-bericht en een tekstbericht; zij "
         "antwoorden per sms.", "technology"),
    ],
)
def test_what_a_sheet_does_at_night_or_by_text_message_names_its_theme(
        language: str, title: str, text: str, theme: str) -> None:
    assert theme in infer_themes([("title", title), ("summary", text)], language)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        ("en", "Calm journeys", "Mediators ride the buses and trams and talk with passengers; "
         "street workers do outreach work."),
        ("fr", "Trajets apaisés", "Des médiateurs montent dans les bus et les tramways; les "
         "éducateurs font du travail de rue."),
        ("es", "Viajes tranquilos", "Mediadores suben a los autobuses y tranvías; los "
         "educadores de calle recorren el barrio."),
        ("it", "Viaggi tranquilli", "Mediatori salgono su autobus e tram; gli educatori di "
         "strada incontrano i passeggeri."),
        ("de", "Ruhige Fahrt", "Vermittler fahren in Bussen und Straßenbahnen mit; "
         "Streetworker leisten aufsuchende Arbeit."),
        ("pt", "Viagens tranquilas", "Mediadores viajam nos autocarros e elétricos; os "
         "educadores de rua acompanham os passageiros."),
        ("nl", "Rustige rit", "Bemiddelaars rijden mee in bussen en trams; straatcoaches en "
         "straathoekwerkers spreken reizigers aan."),
    ],
)
def test_buses_trams_and_street_work_are_public_space(language: str, title: str,
                                                      text: str) -> None:
    assert "public_spaces" in infer_themes([("title", title), ("summary", text)], language)
