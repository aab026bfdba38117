"""Typo tolerance: the words of the stored sheets, and a speller that corrects a query
against them.

The lexicon counts, per folded word, how many stored sheets use it (document
frequency). A query word that no sheet uses ("radicalisaton", "mediaton") is replaced
by the most frequent known word at edit distance 1 (2 for words of 8 letters or more,
adjacent transpositions counting 1), found through a delete-one index: a word and a
candidate match when deleting at most one letter from each makes them equal. Known
words are never touched, so correct queries are unchanged. The vocabulary's words are
known too, so a typo of a theme term reaches its concept even where no sheet uses it;
and a word common in a sheet language ("calor", "Streit": `dictionary.py`) is no typo
even where no sheet uses it.

The correction happens before analysis, in the `Store`, the same for every engine.
The counts live in a small file beside the store, updated on every write; a store
without one (an older store, a restored backup) rebuilds it once from the index.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from repository.model import Practice
from repository.search.dictionary import common_words, is_common
from repository.text import LANGUAGES, fold, stem, stopwords, tokens

MIN_LENGTH = 5  # shorter words are too ambiguous to correct ("bar" → "car"?)
LONG_WORD = 8  # from this length, two edits are allowed
_WORD = re.compile(r"\w+", re.UNICODE)


def sheet_words(practice: Practice) -> set[str]:
    """The distinct folded words of a sheet's title, summary, places and sections."""
    parts = [practice.title, practice.summary or "", practice.city or "",
             practice.project or "", *practice.partners, *(s.text for s in practice.sections)]
    return {w for w in (fold(t) for t in tokens(" ".join(parts))) if _indexable(w)}


def text_words(texts: Iterable[str]) -> set[str]:
    """The distinct folded words of some texts."""
    return {w for w in (fold(t) for t in tokens(" ".join(texts))) if _indexable(w)}


def _indexable(word: str) -> bool:
    return len(word) >= 3 and not word.isdigit()


def deletes(word: str) -> set[str]:
    """The word with one letter removed, at every position."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and
    adjacent transpositions each cost 1."""
    if a == b:
        return 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


@dataclass
class Speller:
    """Known words with their frequencies, and the delete-one index over them."""

    counts: Counter[str] = field(default_factory=Counter)
    known: frozenset[str] = frozenset()  # words known without a count (the vocabulary)
    _index: dict[str, set[str]] | None = None
    _known_stems: frozenset[str] | None = None

    def add(self, words: Iterable[str]) -> None:
        """Count one sheet's words."""
        fresh = [w for w in words if w not in self.counts and w not in self.known]
        self.counts.update(words)
        if self._index is not None:
            for word in fresh:
                self._insert(word)
        if self._known_stems is not None and fresh:
            self._known_stems = self._known_stems | {
                fold(s) for lang in LANGUAGES for s in stem(fresh, lang)}

    def __contains__(self, word: str) -> bool:
        return word in self.counts or word in self.known

    def warm(self) -> None:
        """Build the delete-one index and the known stems now (about 2 s at 10k sheets)
        rather than in the first search that needs them."""
        self._built()
        self._stems()
        common_words()

    def _insert(self, word: str) -> None:
        assert self._index is not None
        if len(word) >= MIN_LENGTH - 1:
            for key in (word, *deletes(word)):
                self._index.setdefault(key, set()).add(word)

    def _built(self) -> dict[str, set[str]]:
        if self._index is None:
            self._index = {}
            for word in (*self.counts, *self.known):
                self._insert(word)
        return self._index

    def _stems(self) -> frozenset[str]:
        if self._known_stems is None:
            words = [*self.counts, *self.known]
            self._known_stems = frozenset(
                fold(s) for lang in LANGUAGES for s in stem(words, lang))
        return self._known_stems

    def is_known(self, word: str) -> bool:
        """A known word, or an inflection of one: its stem in some language is a known
        word's stem ("stops" for "stop", "belgas" for "belges")."""
        return word in self or any(
            fold(s) in self._stems() for lang in LANGUAGES for s in stem([word], lang))

    def correct(self, word: str) -> str | None:
        """The best known word for an unknown one; None when known, short or hopeless.

        Candidates keep the first letter, which typists rarely get wrong; among them the
        closest, then the most frequent, wins.
        """
        if len(word) < MIN_LENGTH or word.isdigit() or self.is_known(word) or is_common(word):
            return None
        index = self._built()
        candidates: set[str] = set()
        for key in (word, *deletes(word)):
            candidates |= index.get(key, set())
        allowed = 2 if len(word) >= LONG_WORD else 1
        scored = [(distance(word, c), -self.counts.get(c, 0), c) for c in candidates
                  if c[0] == word[0]]
        scored = [s for s in scored if s[0] <= allowed]
        return min(scored)[2] if scored else None


def correct_query(query: str, speller: Speller) -> tuple[str, dict[str, str]]:
    """The query with each unknown word replaced by its correction, and the corrections.

    Function words of any sheet language are left alone, as they are never indexed
    as content.
    """
    corrections: dict[str, str] = {}
    pieces: list[str] = []
    last = 0
    for match in _WORD.finditer(query):
        word = fold(match.group(0))
        fixed = None if is_function_word(word) else speller.correct(word)
        if fixed is not None:
            corrections[match.group(0)] = fixed
            pieces.append(query[last : match.start()] + fixed)
            last = match.end()
    pieces.append(query[last:])
    return "".join(pieces), corrections


def is_function_word(word: str) -> bool:
    """Whether a folded word is a function word of some sheet language."""
    return any(word in stopwords(lang) for lang in LANGUAGES)


# -- the file beside the store --------------------------------------------------------


def read_counts(path: Path) -> Counter[str] | None:
    """Word counts from a lexicon file (`word<TAB>count` lines); None when there is none."""
    if not path.is_file():
        return None
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        if word and count.isdigit():
            counts[word] = int(count)
    return counts


def write_counts(path: Path, counts: Mapping[str, int]) -> None:
    """Replace the lexicon file atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text("".join(f"{w}\t{c}\n" for w, c in sorted(counts.items())),
                   encoding="utf-8")
    os.replace(tmp, path)
