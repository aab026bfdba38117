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
    folded = text.casefold()
    if folded.isascii():  # most words: nothing to decompose (search stems thousands)
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


def words(text: str) -> list[str]:
    """Folded word tokens (letters, and digits as four-digit years), in order."""
    return [fold(w) for w in tokens(text)]


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens with their accents, which Snowball stemmers need."""
    found = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    return [w for w in found if not w.isdigit() or len(w) == 4]


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


# Function words of the sheet languages. Deliberately short: stopwords-iso's lists also
# hold content words ("trabajo", "personas", "noite", "città", "Menschen") that a search
# cannot do without; stopwords-iso serves the other languages.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _SNOWBALL_EN,
    **{
        lang: frozenset(text.split())
        for lang, text in {
            "fr": """le la les un une des du de au aux et ou en dans par pour sur sous avec
                entre chez vers contre ce cet cette ces son sa ses leur leurs qui que qu dont
                ou ne pas plus se il elle ils elles nous vous on est sont etre ete pres lors""",
            "es": """el la los las lo un una unos unas de del al y e o u en por para con sobre
                entre hacia contra que quien cuyo cuya su sus se es son ser como cerca""",
            "it": """il lo la i gli le un uno una di del dello della dei degli delle da dal
                dallo dalla dai dagli dalle a al allo alla ai agli alle ad in nel nello nella
                nei negli nelle con su sul sullo sulla sui sugli sulle per tra fra e ed o che
                chi cui si sono non come vicino""",
            "de": """der die das den dem des ein eine einen einem einer eines und oder in im
                ins an am auf aus bei beim mit nach von vom zu zum zur fur uber unter gegen
                durch um als wie sich ist sind sowie bzw""",
            "pt": """o a os as um uma uns umas de do da dos das em no na nos nas ao aos por
                pelo pela pelos pelas para com e ou que se sao como perto junto""",
            "nl": """de het een en of in op aan van voor met door bij naar uit over onder
                tegen tussen om te ter ten die dat deze dit zijn is als nabij""",
        }.items()
    },
}


@cache
def stopwords(language: str) -> frozenset[str]:
    """Folded stopwords of a language (empty when unknown)."""
    if language in FUNCTION_WORDS:
        return FUNCTION_WORDS[language]
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
    """Terms of a text in a known language: stopwords out, stemmed, then folded.

    Stemming the accented word and folding the stem keeps "radicalisée" and
    "radicalisés", or "avaliação" and "avaliações", on one term.
    """
    lang = language or "en"
    drop = stopwords(lang)
    kept = [w for w in tokens(text) if len(w) > 1 and fold(w) not in drop]
    return [fold(s) for s in stem(kept, lang)]


def first_terms(texts: list[str], language: str | None) -> list[str | None]:
    """Each text's first term, `analyse(text, language)[0]` (None when it has none), the
    texts stemmed in one call: snippets read the new words of a passage together, and a
    call per word costs more than its stemming."""
    lang = language or "en"
    drop = stopwords(lang)
    firsts = [next((w for w in tokens(text) if len(w) > 1 and fold(w) not in drop), None)
              for text in texts]
    stems = iter(stem([w for w in firsts if w is not None], lang))
    return [None if w is None else fold(next(stems)) for w in firsts]


def analyse_any(text: str, languages: Iterable[str] = LANGUAGES) -> set[str]:
    """Terms of a text whose language is unknown: the stems in every candidate language.

    A short query rarely says its language; taking every stemming keeps it matching
    a sheet in any of them, at the cost of a few extra terms. A word that is a
    function word in any candidate language is dropped.
    """
    languages = tuple(languages)
    drop = frozenset().union(*(stopwords(lang) for lang in languages))
    kept = [w for w in tokens(text) if len(w) > 1 and fold(w) not in drop]
    terms: set[str] = set()
    for lang in languages:
        terms.update(fold(s) for s in stem(kept, lang))
    return terms
