"""The common words of the sheet languages, so the speller leaves real words alone.

A query word no stored sheet uses is not always a typo: on a small store, or one
whose sheets are in other languages, "calor", "vicoli" or "Streit" are unknown to
the lexicon, and the nearest stored word ("color", "veicoli", "street") changes the
query's meaning in every signal. A word that is common in one of the sheet languages
is never corrected.

The words come from pyspellchecker's frequency lists (built from OpenSubtitles and
Wikipedia, one per language, installed with the package, never downloaded). A word
counts as common above the lists' floor (50, the count every rare entry has): the
floor holds the lists' noise ("angla"), and a typo is better corrected than kept.
Some lists hold lemmas only (Spanish "vecino", not "vecinos"), so an inflection counts
through its Snowball stem in the list's language.
"""

from __future__ import annotations

import gzip
import json
from functools import cache
from importlib import resources

from repository.text import LANGUAGES, fold, stem

FLOOR = 50  # the count of the lists' rarest entries, typos among them
MIN_LENGTH = 5  # the speller corrects no shorter word, so none is kept


@cache
def _lists() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The folded words above FLOOR of every sheet language (about 240,000), and per
    language their stems; read once a process (about a second)."""
    folder = resources.files("spellchecker").joinpath("resources")
    words: set[str] = set()
    stems: dict[str, frozenset[str]] = {}
    for language in LANGUAGES:
        with folder.joinpath(f"{language}.json.gz").open("rb") as packed, \
                gzip.open(packed) as raw:
            counts: dict[str, int] = json.load(raw)
        kept = [w for w, n in counts.items() if n > FLOOR and len(w) >= MIN_LENGTH]
        words.update(fold(w) for w in kept)
        stems[language] = frozenset(fold(s) for s in stem(kept, language))
    return frozenset(words), stems


def common_words() -> frozenset[str]:
    """The folded words above FLOOR in the list of any sheet language."""
    return _lists()[0]


def is_common(word: str) -> bool:
    """Whether a word (any case or accents) is common in some sheet language, itself or
    as an inflection of a listed word (its stem is a listed word's stem)."""
    words, stems = _lists()
    folded = fold(word)
    if folded in words:
        return True
    lowered = word.casefold()
    return any(fold(s) in stems[lang] for lang in LANGUAGES for s in stem([lowered], lang))
