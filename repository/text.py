"""Text analysis shared by lexical search and vocabulary matching.

Tokenise, fold case and accents, drop stopwords, Snowball-stem in a language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import Stemmer
import stopwordsiso

# The sheet languages we analyse, with their Snowball stemmer names.
STEMMERS: dict[str, str] = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "de": "german",
    "pt": "portuguese",
    "nl": "dutch",
    "da": "danish",
    "sv": "swedish",
    "no": "norwegian",
    "fi": "finnish",
    "hu": "hungarian",
    "ro": "romanian",
    "ca": "catalan",
    "el": "greek",
    "pl": "polish" if "polish" in Stemmer.algorithms() else "porter",
}
LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "it", "de", "pt", "nl")

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Prévention' → 'prevention'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def words(text: str) -> list[str]:
    """Folded word tokens (letters and digits), in order."""
    return [w for w in _WORD.findall(fold(text)) if not w.isdigit() or len(w) == 4]


# stopwords-iso's English list (1,298 words) holds content words such as "help",
# "young" and "work"; the Snowball English list is the usual function-word set.
_SNOWBALL_EN = frozenset(
    """a about above after again against all am an and any are as at be because been
    before being below between both but by can cannot could did do does doing down during
    each few for from further had has have having he her here hers herself him himself his
    how i if in into is it its itself let me more most my myself no nor not of off on once
    only or other ought our ours ourselves out over own same she should so some such than
    that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why with would
    you your yours yourself yourselves""".split()
)


@cache
def stopwords(language: str) -> frozenset[str]:
    """Folded stopwords of a language (empty when unknown)."""
    if language == "en":
        return _SNOWBALL_EN
    if not stopwordsiso.has_lang(language):
        return frozenset()
    return frozenset(fold(w) for w in stopwordsiso.stopwords(language))


@cache
def _stemmer(language: str) -> Stemmer.Stemmer | None:
    name = STEMMERS.get(language)
    return Stemmer.Stemmer(name) if name and name in Stemmer.algorithms() else None


def stem(tokens: Iterable[str], language: str) -> list[str]:
    """Snowball stems of folded tokens; tokens unchanged for a language without stemmer."""
    stemmer = _stemmer(language)
    tokens = list(tokens)
    return stemmer.stemWords(tokens) if stemmer else tokens


def analyse(text: str, language: str | None) -> list[str]:
    """Terms of a text in a known language: folded, stopwords out, stemmed."""
    lang = language or "en"
    drop = stopwords(lang)
    return stem((w for w in words(text) if w not in drop and len(w) > 1), lang)


def analyse_any(text: str, languages: Iterable[str] = LANGUAGES) -> set[str]:
    """Terms of a text whose language is unknown: the stems in every candidate language.

    A short query rarely says its language; taking every stemming keeps it matching
    a sheet in any of them, at the cost of a few extra terms.
    """
    tokens = [w for w in words(text) if len(w) > 1]
    terms: set[str] = set()
    for lang in languages:
        drop = stopwords(lang)
        kept = [w for w in tokens if w not in drop]
        terms.update(stem(kept, lang))
    return terms
