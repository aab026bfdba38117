"""The controlled multilingual vocabulary: theme keys, their labels and synonyms, and
EuroVoc concepts, in en, fr, es, it, de, pt and nl.

It answers two questions about any text, in any of those languages:

* `Vocabulary.themes_in` — which theme keys is this sheet mainly about?
* `Vocabulary.concepts_in` — which language-independent concepts ("theme:youth",
  "eurovoc:4452") does this text or query mention, and how strongly? Both a sheet and
  a query map to the same ids whatever their language, which is what makes
  "radicalisation des jeunes" find an English sheet about youth radicalisation.

Data: `themes.yaml` (hand-written) and `concepts.tsv` (derived from EuroVoc by
`scripts/build_concepts.py`, see README.md for the acknowledgement).

    >>> vocabulary = load_vocabulary()
    >>> sorted(vocabulary.concepts_in("radicalización juvenil", None))[-2:]
    ['theme:radicalisation', 'theme:youth']
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from repository.text import LANGUAGES
from repository.vocabulary.matching import (
    ALL_FUNCTION_WORDS,
    FUNCTION_WORDS,
    Matcher,
    TermIndex,
    content_tokens,
    fold_word,
    tokenize,
)

__all__ = ["THEME", "EUROVOC", "Concept", "Theme", "Vocabulary", "load_vocabulary"]

THEME = "theme:"
EUROVOC = "eurovoc:"
# A EuroVoc label is formal and often broad ("child", "education"): it counts for the
# themes of its concept at this weight, a theme's own label or synonym at 1.
CONCEPT_THEME_WEIGHT = 0.5
_GUESS_MIN_TOKENS = 8  # below this, a text of unknown language is matched in every language


@dataclass(frozen=True)
class Theme:
    """A theme key with its preferred label and synonyms per language."""

    key: str
    labels: Mapping[str, str]
    synonyms: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True)
class Concept:
    """A EuroVoc descriptor with its labels per language and the themes it belongs to."""

    id: str
    themes: tuple[str, ...]
    labels: Mapping[str, str]


class Vocabulary:
    """Themes and concepts with precompiled term lookups per language."""

    def __init__(self, themes: Mapping[str, Theme], concepts: Mapping[str, Concept]) -> None:
        self.themes: Mapping[str, Theme] = dict(themes)
        self.concepts: Mapping[str, Concept] = dict(concepts)
        self.theme_keys: tuple[str, ...] = tuple(themes)
        indexes = {lang: TermIndex(lang) for lang in LANGUAGES}
        for theme in themes.values():
            target = {THEME + theme.key: 1.0}
            for lang, index in indexes.items():
                index.add(theme.labels[lang], target)
                for synonym in theme.synonyms.get(lang, ()):
                    index.add(synonym, target)
        for concept in concepts.values():
            targets = {EUROVOC + concept.id: 1.0}
            targets.update({THEME + k: CONCEPT_THEME_WEIGHT for k in concept.themes})
            for lang, index in indexes.items():
                if concept.labels.get(lang):
                    index.add(concept.labels[lang], targets)
        self._matchers = {lang: Matcher.build(index) for lang, index in indexes.items()}

    def words(self) -> frozenset[str]:
        """Every folded word of every label and synonym, in every language."""
        texts = [t for theme in self.themes.values() for t in (
            *theme.labels.values(), *(s for group in theme.synonyms.values() for s in group))]
        texts += [label for concept in self.concepts.values() for label in concept.labels.values()]
        return frozenset(fold_word(w) for w in tokenize(" ".join(texts)) if len(w) > 2)

    def is_theme(self, key: str) -> bool:
        """Whether `key` is one of the theme keys."""
        return key in self.themes

    def label(self, key: str, lang: str = "en") -> str:
        """The preferred label of a theme key (or concept id) in `lang`, else in English."""
        if key.startswith(THEME):
            key = key[len(THEME) :]
        if key in self.themes:
            labels = self.themes[key].labels
        else:
            concept = self.concepts.get(key.removeprefix(EUROVOC))
            if concept is None:
                raise KeyError(key)
            labels = concept.labels
        return labels.get(lang) or labels["en"]

    def hits(self, text: str, language: str | None) -> dict[str, float]:
        """Raw summed weight per concept id found in a text (see `concepts_in`)."""
        tokens = tokenize(text)
        if language not in self._matchers:
            if len(tokens) < _GUESS_MIN_TOKENS:
                return self._match_every_language(tokens)
            language = guess_language([fold_word(w) for w in tokens[:400]])
        return self._matchers[language].match(*content_tokens(tokens, language))

    def _match_every_language(self, tokens: list[str]) -> dict[str, float]:
        """A short query: read it in every language, keep the best reading per concept."""
        found: dict[str, float] = {}
        for lang, matcher in self._matchers.items():
            hits = matcher.match(*content_tokens(tokens, lang, ALL_FUNCTION_WORDS))
            for target, weight in hits.items():
                found[target] = max(weight, found.get(target, 0.0))
        return found

    def concepts_in(self, text: str, language: str | None) -> dict[str, float]:
        """Concept ids ("theme:…", "eurovoc:…") a text mentions, with a sublinear weight.

        `language` None (or not one of ours) means unknown: a long text is read in its
        most likely language, a short query in every language.
        """
        return {k: _damp(w) for k, w in sorted(self.hits(text, language).items())}

    def themes_in(
        self,
        text: str,
        language: str | None,
        min_hits: float = 2.0,
        *,
        relative: float = 0.25,
        limit: int = 4,
    ) -> list[str]:
        """Theme keys a text is mainly about, strongest first.

        A theme needs `min_hits` matches (a synonym counts 1, a EuroVoc label 0.5) and at
        least `relative` times the strongest theme's score; at most `limit` are returned.
        """
        scores = {
            k[len(THEME) :]: w for k, w in self.hits(text, language).items() if k.startswith(THEME)
        }
        if not scores:
            return []
        floor = max(min_hits, relative * max(scores.values()))
        ranked = sorted((k for k, w in scores.items() if w >= floor), key=lambda k: (-scores[k], k))
        return ranked[:limit]


def guess_language(tokens: list[str], languages: tuple[str, ...] = LANGUAGES) -> str:
    """The language whose function words cover most of the (folded) tokens; English on a tie."""
    sample = tokens[:400]
    best, best_count = languages[0], -1
    for lang in languages:
        drop = FUNCTION_WORDS[lang]
        count = sum(1 for w in sample if w in drop)
        if count > best_count:
            best, best_count = lang, count
    return best


def _damp(weight: float) -> float:
    return round(weight if weight <= 1.0 else 1.0 + math.log(weight), 4)


def _read(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


def parse_themes(text: str) -> dict[str, Theme]:
    """Themes from the YAML text of themes.yaml."""
    data = yaml.safe_load(text)
    return {
        key: Theme(
            key=key,
            labels=dict(entry["labels"]),
            synonyms={lang: tuple(terms) for lang, terms in entry.get("synonyms", {}).items()},
        )
        for key, entry in data.items()
    }


def parse_concepts(text: str) -> dict[str, Concept]:
    """Concepts from the TSV text of concepts.tsv."""
    rows = csv.DictReader(io.StringIO(text), delimiter="\t")
    return {
        row["eurovoc_id"]: Concept(
            id=row["eurovoc_id"],
            themes=tuple(t for t in row["themes"].split(",") if t),
            labels={lang: row[lang] for lang in LANGUAGES if row.get(lang)},
        )
        for row in rows
    }


@cache
def load_vocabulary() -> Vocabulary:
    """The packaged vocabulary (read and compiled once per process)."""
    return Vocabulary(parse_themes(_read("themes.yaml")), parse_concepts(_read("concepts.tsv")))
