"""The glossary: every concept of the vocabulary as an entry with labels, synonyms, a
definition per language and related entries, and a search over all of them.

Two kinds of entry share one key space:

* a theme (`drugs`, `youth` …): labels and synonyms from `themes.yaml`, a definition
  in each language from `definitions.yaml`; related are the EuroVoc concepts mapped to
  it and the themes that share those concepts;
* a EuroVoc descriptor (`eurovoc-3348`): its labels from `concepts.tsv`; EuroVoc
  publishes no definitions for them, so `definitions.yaml` writes our own
  (`eurovoc-<id>`); related are its themes and the descriptors that share a theme
  with it.

    >>> glossary = load_glossary()
    >>> glossary.entry("youth").labels["de"]
    'Jugend'
    >>> [e.key for e in glossary.search("délinquance juvénile")][:1]
    ['eurovoc-375']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

import yaml

from repository.text import LANGUAGES, words
from repository.vocabulary import Concept, Theme, Vocabulary, _read, load_vocabulary

__all__ = ["EUROVOC_KEY", "Entry", "Glossary", "load_glossary", "parse_definitions"]

EUROVOC_KEY = "eurovoc-"
EUROVOC_URI = "http://eurovoc.europa.eu/"
RELATED_LIMIT = 12


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a theme or a EuroVoc descriptor."""

    key: str
    kind: str  # "theme" | "eurovoc"
    labels: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]]
    definitions: Mapping[str, str]
    themes: tuple[str, ...]  # the theme keys it is (a theme: itself) or maps to
    related: tuple[str, ...]  # keys of related entries, closest first

    @property
    def eurovoc_id(self) -> str | None:
        """The EuroVoc descriptor id, for a EuroVoc entry."""
        return self.key.removeprefix(EUROVOC_KEY) if self.kind == "eurovoc" else None

    @property
    def uri(self) -> str | None:
        """The descriptor's EuroVoc URI, for a EuroVoc entry."""
        return EUROVOC_URI + self.eurovoc_id if self.eurovoc_id else None

    def label(self, lang: str) -> str:
        """The preferred label in `lang`, else in English."""
        return self.labels.get(lang) or self.labels["en"]

    def definition(self, lang: str) -> str | None:
        """The definition in `lang` (None where there is none)."""
        return self.definitions.get(lang)

    def terms(self) -> tuple[str, ...]:
        """Every label and synonym in every language."""
        return (*self.labels.values(), *(s for group in self.synonyms.values() for s in group))


class Glossary:
    """Entries by key, themes first (in the vocabulary's order), then EuroVoc concepts."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries: dict[str, Entry] = {e.key: e for e in entries}
        self._folded = {e.key: tuple(_folded(t) for t in e.terms()) for e in entries}

    def entry(self, key: str) -> Entry:
        """The entry of `key`; KeyError when there is none."""
        return self.entries[key]

    def search(self, query: str) -> list[Entry]:
        """Entries with a label or synonym containing every word of `query`, in any
        language, ignoring case and accents; an exact label first, then a label that
        starts with the query, then the rest in glossary order."""
        wanted = _folded(query)
        if not wanted:
            return list(self.entries.values())
        tokens = wanted.split()
        ranked: list[tuple[int, int, Entry]] = []
        for position, (key, terms) in enumerate(self._folded.items()):
            matching = [t for t in terms if all(_has_word(t, w) for w in tokens)]
            if not matching:
                continue
            rank = 0 if wanted in matching else 1 if any(
                t.startswith(wanted) for t in matching) else 2
            ranked.append((rank, position, self.entries[key]))
        return [entry for _, _, entry in sorted(ranked, key=lambda r: r[:2])]


def _folded(text: str) -> str:
    return " ".join(words(text))


def _has_word(term: str, word: str) -> bool:
    """`word` starts a word of `term` ("delinq" is in "juvenile delinquency")."""
    return any(part.startswith(word) for part in term.split())


def parse_definitions(text: str) -> dict[str, dict[str, str]]:
    """Definitions per theme key and language from the YAML text of definitions.yaml."""
    data = yaml.safe_load(text) or {}
    return {key: {lang: " ".join(str(value).split()) for lang, value in entry.items()}
            for key, entry in data.items()}


def build_glossary(vocabulary: Vocabulary, definitions: Mapping[str, Mapping[str, str]]
                   ) -> Glossary:
    """Entries for every theme and every EuroVoc concept of `vocabulary`."""
    by_theme: dict[str, list[str]] = {k: [] for k in vocabulary.theme_keys}
    for concept in vocabulary.concepts.values():
        for theme in concept.themes:
            by_theme.setdefault(theme, []).append(concept.id)
    entries = [_theme_entry(theme, by_theme, vocabulary, definitions.get(theme.key, {}))
               for theme in vocabulary.themes.values()]
    entries += [_concept_entry(concept, by_theme, definitions.get(EUROVOC_KEY + concept.id, {}))
                for concept in vocabulary.concepts.values()]
    return Glossary(entries)


def _theme_entry(theme: Theme, by_theme: Mapping[str, list[str]], vocabulary: Vocabulary,
                 definitions: Mapping[str, str]) -> Entry:
    mine = by_theme.get(theme.key, [])
    shared: dict[str, int] = {}  # other themes, by how many of its concepts they share
    for concept_id in mine:
        for other in vocabulary.concepts[concept_id].themes:
            if other != theme.key:
                shared[other] = shared.get(other, 0) + 1
    siblings = sorted(shared, key=lambda k: (-shared[k], vocabulary.theme_keys.index(k)))
    related = (*siblings, *(EUROVOC_KEY + c for c in mine))
    return Entry(key=theme.key, kind="theme", labels=dict(theme.labels),
                 synonyms={lang: theme.synonyms.get(lang, ()) for lang in LANGUAGES},
                 definitions={k: v for k, v in definitions.items() if k in LANGUAGES},
                 themes=(theme.key,), related=related)


def _concept_entry(concept: Concept, by_theme: Mapping[str, list[str]],
                   definitions: Mapping[str, str]) -> Entry:
    shared: dict[str, int] = {}
    for theme in concept.themes:
        for other in by_theme.get(theme, []):
            if other != concept.id:
                shared[other] = shared.get(other, 0) + 1
    order = list(shared)
    nearest = sorted(order, key=lambda c: (-shared[c], order.index(c)))[:RELATED_LIMIT]
    return Entry(key=EUROVOC_KEY + concept.id, kind="eurovoc", labels=dict(concept.labels),
                 synonyms={}, themes=concept.themes,
                 definitions={k: v for k, v in definitions.items() if k in LANGUAGES},
                 related=(*concept.themes, *(EUROVOC_KEY + c for c in nearest)))


@cache
def load_glossary() -> Glossary:
    """The packaged glossary (built once per process)."""
    return build_glossary(load_vocabulary(), parse_definitions(_read("definitions.yaml")))

