"""Exact matches are not buried: a name only one practice holds, or a place named in
another language, ranks that practice first (the whole sample corpus, the default
multilingual model)."""

from __future__ import annotations

import random
import re

import pytest

from repository.places import places_in_text
from repository.search.places import place_names
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from repository.text import analyse, analyse_any, fold

NAME = re.compile(r"(?<![\w-])[A-ZÀ-Ý]\w{4,}")
SAMPLE = 60


def _groups(store: Store) -> dict[str, str]:
    return {p.id: min([p.id, *p.translations]) for p in store.records()}


def _texts(store: Store) -> dict[str, tuple[str, str]]:
    return {p.id: ("\n".join([p.title, p.summary or "", *(s.text for s in p.sections)]),
                   p.language or "en") for p in store.records()}


def _first(store: Store, query: str) -> str | None:
    hits = search(store, parse_request(q=query), log=False).hits
    return hits[0].id if hits else None


@pytest.mark.slow
def test_a_name_only_one_practice_holds_ranks_it_first(multilingual_corpus: Store) -> None:
    """Names: capitalised words of sheets in languages that do not capitalise every
    noun, that name no place, and whose analysed terms one practice alone holds."""
    groups, texts = _groups(multilingual_corpus), _texts(multilingual_corpus)
    terms = {i: set(analyse(text, language)) for i, (text, language) in texts.items()}
    names = set()
    for i, (text, language) in texts.items():
        if language == "de":
            continue
        for word in set(NAME.findall(text)):
            query = analyse_any(word)
            holders = {groups[d] for d in terms if terms[d] & query}
            if holders == {groups[i]} and not places_in_text(word):
                names.add((word, groups[i]))
    assert len(names) > SAMPLE
    sample = random.Random(17).sample(sorted(names), SAMPLE)
    missed = [(word, group, _first(multilingual_corpus, word)) for word, group in sample
              if groups.get(_first(multilingual_corpus, word) or "") != group]
    assert missed == []


@pytest.mark.slow
def test_a_city_named_in_another_language_ranks_a_sheet_of_that_city_first(
        multilingual_corpus: Store) -> None:
    """Every name the gazetteer gives a corpus city that no sheet writes: "Colónia"
    finds Köln's sheet, "Lüttich" Liège's."""
    records = multilingual_corpus.records()
    written = fold(" ".join(text for text, _ in _texts(multilingual_corpus).values()))
    of_city: dict[frozenset[str], set[str]] = {}
    for practice in records:
        if practice.city:
            names = frozenset(place_names(practice.city) | {practice.city})
            of_city.setdefault(names, set()).add(practice.id)
    exonyms = [(name, ids) for names, ids in of_city.items() for name in sorted(names)
               if not re.search(rf"\b{re.escape(fold(name))}\b", written)]
    assert len(exonyms) >= 20
    missed = [(name, _first(multilingual_corpus, name)) for name, ids in exonyms
              if _first(multilingual_corpus, name) not in ids]
    assert missed == []
    assert _first(multilingual_corpus, "Colónia") == "koeln-silvester-de"
    assert _first(multilingual_corpus, "Lüttich") == "saf-ti-liege"


@pytest.mark.slow
def test_the_sheets_that_hold_a_query_word_come_before_meaning_only_hits(
        multilingual_corpus: Store) -> None:
    response = search(multilingual_corpus, parse_request(q="harcèlement"), log=False)
    holding = {h.id for h in response.hits if "keyword" in h.signals}
    assert holding == {"programme-phare-prevenir-et-traiter-le-harcelement-a-l-ecole",
                       "points-violets-barcelone"}
    assert {h.id for h in response.hits[:2]} == holding
