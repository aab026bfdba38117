"""An ID sheet's start is its founding and a resource's its first publication, as a
sentence states them (7 languages); a bare date opening a sentence is no start for
either, and a fact sheet, about a theme, has none."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.facts import normalise_facts

# language → a sentence that tells when a police force or city service was founded
FOUNDED = {
    "en": "The service came into being on 1 April 2013, replacing eight regional forces.",
    "fr": "Le service municipal de prévention a été créé en 2013 par le conseil municipal.",
    "es": "La Guardia Urbana fue fundada en 2013 como cuerpo de policía local.",
    "it": "Il corpo di polizia locale è stato istituito nel 2013 dal consiglio comunale.",
    "de": "Der Kommunale Ordnungsdienst wurde 2013 gegründet.",
    "pt": "A Polícia Municipal foi criada em 2013 pela câmara municipal.",
    "nl": "De nationale politie werd in 2013 opgericht.",
}
# language → a sentence that tells when a guide or report was first published
PUBLISHED = {
    "en": "This toolkit, first published in 2013, guides councils through a safety audit.",
    "fr": "Ce guide, publié en 2013, présente les étapes d'un diagnostic local de sécurité.",
    "es": "La guía fue publicada en 2013 por la federación de municipios.",
    "it": "Il manuale è stato pubblicato nel 2013 dal forum italiano per la sicurezza urbana.",
    "de": "Der Leitfaden erschien 2013 im Auftrag des Landespräventionsrats.",
    "pt": "O anuário teve a sua primeira edição em 2013.",
    "nl": "De handreiking verscheen in 2013 en is sindsdien twee keer herzien.",
}
# language → a sentence that only opens with a date: a guess, no founding
OPENING = {
    "en": "In 2013 the force had about 17,000 officers.",
    "fr": "En 2013, le service comptait 40 agents.",
    "es": "En 2013 la Guardia Urbana tenía 300 agentes.",
    "it": "Nel 2013 il corpo contava 200 agenti.",
    "de": "Im Jahr 2013 zählte der Dienst 40 Mitarbeitende.",
    "pt": "Em 2013 a polícia tinha 400 agentes.",
    "nl": "In 2013 telde het korps 60.000 medewerkers.",
}


def _start(kind: str, sentence: str, language: str):
    facts = normalise_facts(meta={}, texts={}, title="Profile", summary=sentence, body=sentence,
                            language=language, warnings=[], kind=kind,
                            start_inference="rules", parts=[(None, sentence)])
    return facts.start.year if facts.start else None


@pytest.mark.parametrize("language", sorted(FOUNDED))
def test_an_id_sheet_starts_when_it_was_founded(language: str) -> None:
    assert _start("id_sheet", FOUNDED[language], language) == 2013


@pytest.mark.parametrize("language", sorted(OPENING))
def test_an_id_sheet_is_not_dated_by_a_year_opening_a_sentence(language: str) -> None:
    assert _start("id_sheet", OPENING[language], language) is None
    assert _start("practice", OPENING[language], language) == 2013  # a practice's guess


@pytest.mark.parametrize("language", sorted(PUBLISHED))
def test_a_resource_starts_with_its_first_publication(language: str) -> None:
    assert _start("resource", PUBLISHED[language], language) == 2013


@pytest.mark.parametrize("language", sorted(OPENING))
def test_a_resource_is_not_dated_by_a_year_opening_a_sentence(language: str) -> None:
    assert _start("resource", OPENING[language], language) is None


def test_a_resource_takes_its_own_publication_not_a_law_it_follows() -> None:
    sentence = ("Based on the Crime and Disorder Act 1998, the guide was published in 2013 "
                "for community safety partnerships.")
    assert _start("resource", sentence, "en") == 2013


@pytest.mark.parametrize("language", sorted(FOUNDED))
def test_a_fact_sheet_has_no_start(language: str) -> None:
    assert _start("fact_sheet", FOUNDED[language], language) is None


@given(st.text(max_size=300), st.sampled_from(["id_sheet", "resource"]))
def test_any_text_gives_a_year_or_none(text: str, kind: str) -> None:
    year = _start(kind, text, "en")
    assert year is None or 1950 <= year <= 2099
