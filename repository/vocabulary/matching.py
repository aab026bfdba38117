"""Term matching for the vocabulary: stemmed token sequences to concept ids.

Each language has one precompiled `TermIndex`: a dict from a term's stemmed token
tuple to the concept ids (with weights) it stands for, plus the set of proper
prefixes of multi-word terms, so a text is scanned once, left to right, taking the
longest term that starts at each position. German and Dutch glue words together
("Jugendradikalisierung", "drugsbeleid"), so an unmatched long token there is also
tried as modifier + head against the single-word terms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from repository.text import FUNCTION_WORDS, fold, stem

Targets = tuple[tuple[str, float], ...]

COMPOUNDING = frozenset({"de", "nl"})
_MIN_PART = 5  # shortest word part a compound may be split into
_MIN_COMPOUND = 9  # shortest token tried as a compound
# Long tokens that end or start like a term without being compounds of it.
_NOT_COMPOUNDS = frozenset({"transport", "transporte", "transporten", "gesundheitsberuf"})


ALL_FUNCTION_WORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values())


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """`repository.text.fold` of one word, cached (a corpus has few distinct words)."""
    return fold(word)


def tokenize(text: str) -> list[str]:
    """Lower-cased word tokens with their accents (Snowball stemmers need them).

    Stemming before folding keeps "radicalisée"/"radicalisés" and "avaliação"/"avaliações"
    on one stem; the stems are folded afterwards. Digits only as four-digit years.
    """
    tokens = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    return [w for w in tokens if not w.isdigit() or len(w) == 4]


def content_tokens(
    tokens: list[str], language: str, drop: frozenset[str] | None = None
) -> tuple[list[str], list[str]]:
    """Folded content tokens of `tokenize` output and their folded stems.

    `drop` defaults to the function words of `language`; a text of unknown language
    passes ALL_FUNCTION_WORDS so that French "près" is not read as Spanish "presos".
    """
    drop = FUNCTION_WORDS[language] if drop is None else drop
    kept = [w for w in tokens if len(w) > 1 and fold_word(w) not in drop]
    return [fold_word(w) for w in kept], [fold_word(s) for s in stem(kept, language)]


def term_tokens(
    term: str, language: str, drop: frozenset[str] | None = None
) -> tuple[list[str], list[str]]:
    """Folded content tokens of a term or text and their folded stems."""
    return content_tokens(tokenize(term), language, drop)


def term_key(term: str, language: str) -> tuple[str, ...]:
    """The stemmed token tuple a term is indexed under (stopwords kept if nothing else is left)."""
    _, stems = term_tokens(term, language)
    if not stems:  # a term made of function words only: keep them
        stems = [fold_word(s) for s in stem([w for w in tokenize(term) if len(w) > 1], language)]
    return tuple(stems)


@dataclass
class TermIndex:
    """Precompiled lookups of one language's terms."""

    language: str
    terms: dict[tuple[str, ...], dict[str, float]] = field(default_factory=dict)
    prefixes: set[tuple[str, ...]] = field(default_factory=set)
    parts: dict[str, str] = field(default_factory=dict)  # word form or stem → its stem
    heads: set[str] = field(default_factory=set)  # single-word stems

    def add(self, term: str, targets: Mapping[str, float]) -> None:
        """Index a term for some targets (keeping the highest weight per target)."""
        key = term_key(term, self.language)
        if not key:
            return
        entry = self.terms.setdefault(key, {})
        for target, weight in targets.items():
            entry[target] = max(weight, entry.get(target, 0.0))
        for n in range(1, len(key)):
            self.prefixes.add(key[:n])
        if len(key) == 1 and self.language in COMPOUNDING:
            surface = [fold_word(w) for w in tokenize(term) if len(w) > 1]
            if len(surface) == 1 and len(surface[0]) >= _MIN_PART:
                self.parts[surface[0]] = key[0]
            if len(key[0]) >= _MIN_PART:
                self.parts[key[0]] = key[0]
                self.heads.add(key[0])

    def freeze(self) -> dict[tuple[str, ...], Targets]:
        """The term table with immutable, sorted targets."""
        return {k: tuple(sorted(v.items())) for k, v in self.terms.items()}


@dataclass(frozen=True)
class Matcher:
    """Scans analysed text of one language for indexed terms."""

    language: str
    terms: Mapping[tuple[str, ...], Targets]
    prefixes: frozenset[tuple[str, ...]]
    parts: Mapping[str, str]
    heads: frozenset[str]

    @classmethod
    def build(cls, index: TermIndex) -> Matcher:
        """Freeze a filled index."""
        return cls(
            index.language,
            index.freeze(),
            frozenset(index.prefixes),
            dict(index.parts),
            frozenset(index.heads),
        )

    def match(self, tokens: list[str], stems: list[str]) -> dict[str, float]:
        """Summed weight per target over the longest non-overlapping term matches."""
        found: dict[str, float] = {}
        terms, prefixes = self.terms, self.prefixes
        compounding = self.language in COMPOUNDING
        i, n = 0, len(stems)
        while i < n:
            best: Targets | None = None
            end = i + 1
            key: tuple[str, ...] = (stems[i],)
            j = i + 1
            while True:
                hit = terms.get(key)
                if hit is not None:
                    best, end = hit, j
                if j >= n or key not in prefixes:
                    break
                key += (stems[j],)
                j += 1
            if best is not None:
                _add(found, best)
            elif compounding and len(tokens[i]) >= _MIN_COMPOUND:
                for part in self._compound_parts(tokens[i], stems[i]):
                    _add(found, terms[(part,)])
            i = end
        return found

    def _compound_parts(self, token: str, stemmed: str) -> Iterable[str]:
        """Known modifier and head of a compound token ('jugendgewalt' → jugend, gewalt)."""
        if token in _NOT_COMPOUNDS:
            return ()
        parts: list[str] = []
        for j in range(len(token) - 4, _MIN_PART - 1, -1):  # longest known modifier
            modifier = self.parts.get(token[:j])
            if modifier is not None:
                parts.append(modifier)
                break
        for i in range(4, len(stemmed) - _MIN_PART + 1):  # longest known head
            tail = stemmed[i:]
            if tail in self.heads:
                if tail not in parts:
                    parts.append(tail)
                break
        return parts


def _add(found: dict[str, float], targets: Targets) -> None:
    for target, weight in targets:
        found[target] = found.get(target, 0.0) + weight
