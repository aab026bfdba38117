"""The glossary's data and search: a definition per theme and language, related entries
that exist, a search over every label and synonym that ignores case and accents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.text import LANGUAGES, fold, words
from repository.vocabulary import load_vocabulary
from repository.vocabulary.glossary import (
    EUROVOC_KEY,
    build_glossary,
    load_glossary,
    parse_definitions,
)


def test_every_concept_of_the_vocabulary_is_an_entry() -> None:
    vocabulary, glossary = load_vocabulary(), load_glossary()
    keys = set(glossary.entries)
    assert set(vocabulary.theme_keys) <= keys
    assert {EUROVOC_KEY + c for c in vocabulary.concepts} <= keys
    assert len(keys) == len(vocabulary.themes) + len(vocabulary.concepts)


@pytest.mark.parametrize("key", load_vocabulary().theme_keys)
def test_every_theme_has_its_own_definition_in_each_language(key: str) -> None:
    entry = load_glossary().entry(key)
    assert set(entry.definitions) == set(LANGUAGES), key
    texts = [entry.definition(lang) or "" for lang in LANGUAGES]
    assert all(40 <= len(t) <= 320 for t in texts), (key, [len(t) for t in texts])
    assert len(set(texts)) == len(LANGUAGES), f"{key}: a definition is copied across languages"


def test_every_eurovoc_concept_has_its_own_definition_in_each_language() -> None:
    glossary = load_glossary()
    for concept in load_vocabulary().concepts:
        entry = glossary.entry(EUROVOC_KEY + concept)
        texts = [entry.definition(lang) or "" for lang in LANGUAGES]
        assert all(40 <= len(t) <= 360 for t in texts), (concept, [len(t) for t in texts])
        assert len(set(texts)) == len(LANGUAGES), concept
        assert all(fold(t) != fold(label) for t, label in zip(
            texts, (entry.labels.get(lang, "") for lang in LANGUAGES), strict=True)), concept


def test_related_entries_exist_and_point_both_ways() -> None:
    glossary = load_glossary()
    for entry in glossary.entries.values():
        assert entry.key not in entry.related
        assert all(k in glossary.entries for k in entry.related), entry.key
    youth = glossary.entry("youth")
    assert "eurovoc-375" in youth.related  # juvenile delinquency is mapped to youth
    assert "youth" in glossary.entry("eurovoc-375").related


def test_a_theme_and_a_concept_have_labels_in_every_language() -> None:
    glossary = load_glossary()
    assert glossary.entry("youth").labels["nl"] == "Jeugd"
    concept = glossary.entry("eurovoc-375")
    assert concept.kind == "eurovoc" and concept.label("de") == "Jugendkriminalität"
    assert concept.uri == "http://eurovoc.europa.eu/375"


def test_every_definition_belongs_to_an_entry_and_has_all_seven_languages() -> None:
    from repository.vocabulary import _read

    written = parse_definitions(_read("definitions.yaml"))
    glossary = load_glossary()
    assert set(written) <= set(glossary.entries), set(written) - set(glossary.entries)
    concepts = [k for k in written if k.startswith(EUROVOC_KEY)]
    assert len(concepts) >= 10
    for key in written:
        assert set(written[key]) == set(LANGUAGES), key
        assert glossary.entry(key).definition("pt") == written[key]["pt"]


@pytest.mark.parametrize(("query", "key"), [
    ("jugendkriminalitat", "eurovoc-375"), ("DÉLINQUANCE juvénile", "eurovoc-375"),
    ("delinquencia juvenil", "eurovoc-375"), ("Drogas", "drugs"),
    ("toxicomanie", "drugs"),  # a French synonym of the theme
    ("jeugd", "youth"), ("violencia de genero", "gender_violence"),
])
def test_search_finds_any_label_or_synonym_in_any_language(query: str, key: str) -> None:
    found = [e.key for e in load_glossary().search(query)]
    assert key in found[:3], (query, found[:5])


def test_search_ranks_an_exact_label_first_and_keeps_every_entry_for_no_query() -> None:
    glossary = load_glossary()
    assert glossary.search("Drogen")[0].key == "drugs"
    assert len(glossary.search("")) == len(glossary.entries)
    assert glossary.search("zzqxw nothing") == []


@given(st.sampled_from(sorted(load_glossary().entries)), st.sampled_from(LANGUAGES))
def test_every_label_finds_its_entry_whatever_its_accents(key: str, lang: str) -> None:
    glossary = load_glossary()
    label = glossary.entry(key).label(lang)
    for variant in (label, label.upper(), fold(label)):
        assert key in {e.key for e in glossary.search(variant)}, (key, lang, variant)


def test_definitions_are_read_as_written() -> None:
    parsed = parse_definitions("drugs:\n  en: >\n    Two\n    lines.\n  fr: Une.\n")
    assert parsed == {"drugs": {"en": "Two lines.", "fr": "Une."}}
    glossary = build_glossary(load_vocabulary(), parsed)
    assert glossary.entry("drugs").definition("fr") == "Une."
    assert glossary.entry("youth").definition("fr") is None



@given(st.text(max_size=40))
def test_search_takes_any_text_and_every_hit_holds_every_word(query: str) -> None:
    found = load_glossary().search(query)
    tokens = words(query)
    if not tokens:
        assert len(found) == len(load_glossary().entries)
        return
    for entry in found:
        folded = [words(t) for t in entry.terms()]
        assert any(all(any(w.startswith(q) for w in term) for q in tokens)
                   for term in folded), (query, entry.key)
