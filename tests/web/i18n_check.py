"""What a translated page must not show: English left over from the UI.

A page's UI text is its visible text and its labels (aria-label, title, placeholder,
alt) minus what is not the UI's to translate: elements in another language than the
page (`lang="…"`: a sheet's title, snippet, headings) and names (`translate="no"`:
cities and projects in the facets, language codes, file names, e-mail addresses).
What is left is cut into words; a word is English left over if the English UI uses it
(the en catalog, the English facet labels, a few function words) and it is neither a
word of that page's language in our own catalog, labels and glossary, nor on the short list of
words both languages write the same way (`SHARED`, each one justified).
"""

from __future__ import annotations

import re
from functools import cache

from lxml import html as lxml_html

from repository.labels import LOCALES, cldr, label
from repository.search.request import BUDGET_BANDS, EVALUATION_KINDS, KINDS
from repository.vocabulary import load_vocabulary
from repository.vocabulary.glossary import load_glossary
from repository.web.i18n import catalog

WORD = re.compile(r"[^\W\d_]{2,}")
ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
# English words a hard-coded string would almost surely contain, beyond the catalog's
FUNCTION_WORDS = {"the", "of", "and", "to", "for", "with", "from", "this", "that", "is",
                  "are", "no", "not", "all", "more", "show", "by", "or", "on", "at", "as",
                  "be", "it", "an", "in", "one", "your", "you", "sign", "out", "none",
                  "search", "filter", "results", "page", "sheet", "sheets", "practice",
                  "practices", "kind", "delete", "save", "upload", "missing", "version"}
# Words Italian or Dutch write exactly as English does, with why they stay:
SHARED = {
    "it": {
        "budget": "standard Italian for a project's allocated funds (Treccani: budget)",
        "sport": "the theme 'Sport' is the Italian word (Treccani: sport)",
        "partner": "Italian for a project partner, invariable (Treccani: partner)",
        "in": "the Italian preposition in ('in corso', 'in breve')",
        "per": "the Italian preposition per ('per «…»', 'Ordina per')",
        "email": "Italian writes e-mail as email (Treccani: e-mail, email)",
        "password": "Italian UIs say password (Treccani: password)",
        "file": "Italian for a computer file, invariable (Treccani: file)",
        "link": "Italian for a hyperlink (Treccani: link)",
        "governance": "Italian for governing ('governance locale'; Treccani: governance)",
        "atom": "the name of the feed format (RFC 4287), not a word to translate",
        "eurovoc": "the name of the EU's multilingual thesaurus (EuroVoc), not a word",
        "quasi": "the Italian adverb and prefix ('quasi-sperimentale'; Treccani: quasi)",
        "area": "the Italian noun ('un’area di controllo'; Treccani: area)",
    },
    "nl": {
        "budget": "standard Dutch (Van Dale: budget)",
        "sport": "the theme 'Sport' is the Dutch word",
        "drugs": "the theme 'Drugs' is the Dutch word (Van Dale: drug, drugs)",
        "project": "standard Dutch (Van Dale: project)",
        "land": "Dutch for country (the facet 'Land')",
        "open": "Dutch adjective ('open data' is the Dutch government's own term)",
        "data": "Dutch plural noun ('open data', data.overheid.nl)",
        "in": "the Dutch preposition in ('in het kort', 'in cafés')",
        "is": "the Dutch verb is ('dat is', 'is lopend')",
        "partners": "Dutch plural of partner (Van Dale: partner)",
        "filters": "Dutch plural of filter (Van Dale: filter)",
        "filter": "Dutch noun (Van Dale: filter)",
        "status": "Dutch noun (Van Dale: status)",
        "context": "Dutch noun (Van Dale: context)",
        "contact": "Dutch noun (Van Dale: contact)",
        "links": "Dutch plural of link, a hyperlink (Van Dale: link)",
        "details": "Dutch plural of detail (Van Dale: detail)",
        "detail": "Dutch noun (Van Dale: detail)",
        "token": "Dutch IT term (Van Dale: token)",
        "tokens": "Dutch plural of token (Van Dale: token)",
        "training": "Dutch noun, the theme 'Opleiding en training' (Van Dale: training)",
        "atom": "the name of the feed format (RFC 4287), not a word to translate",
        "eurovoc": "the name of the EU's multilingual thesaurus (EuroVoc), not a word",
        "quasi": "the Dutch prefix ('quasi-experimenteel'; Van Dale: quasi-)",
    },
}


def _words(texts: object) -> set[str]:
    found: set[str] = set()
    for text in texts:  # type: ignore[attr-defined]
        found.update(w.casefold() for w in WORD.findall(re.sub(r"\{\w+\}", " ", str(text))))
    return found


def _strings(locale: str) -> list[str]:
    out: list[str] = []
    for entry in catalog(locale).values():
        out.extend(entry.values() if isinstance(entry, dict) else [entry])
    return out


def _labels(locale: str) -> list[str]:
    vocabulary = load_vocabulary()
    keys = {"kind": KINDS, "evaluation": EVALUATION_KINDS,
            "budget": [k for _, k in BUDGET_BANDS], "theme": vocabulary.theme_keys}
    texts = [label(facet, key, locale) for facet, values in keys.items() for key in values]
    texts += [label("language", code, locale) for code in LOCALES]
    return texts


def _glossary(locale: str) -> list[str]:
    """The glossary's words in the locale: EuroVoc's labels there ("violence",
    "Smart City", "crise") and our definitions, data written in that language."""
    glossary = load_glossary()
    return [text for entry in glossary.entries.values()
            for text in (entry.labels.get(locale), entry.definition(locale)) if text]


def _places(locale: str) -> list[str]:
    """CLDR's names of every country in the locale ("Isle of Man" is German too)."""
    return list(cldr(locale).territories.values())


@cache
def english_words() -> frozenset[str]:
    """Words the English UI uses."""
    return frozenset(_words(_strings("en")) | _words(_labels("en")) | FUNCTION_WORDS)


@cache
def own_words(locale: str) -> frozenset[str]:
    """Words the locale's own catalog and labels use (for the in-process check)."""
    return frozenset(_words(_strings(locale)) | _words(_labels(locale))
                     | _words(_places(locale)) | _words(_glossary(locale)))


def ui_text(page: str) -> tuple[str, str]:
    """(the page's language, its UI text) from an HTML document."""
    root = lxml_html.fromstring(page)
    locale = root.get("lang") or "en"
    # the <title> repeats a sheet's title it cannot mark; the templates' own check covers it
    for node in root.xpath("//script|//style|//template|//title"):
        node.drop_tree()
    for node in list(root.iter()):
        if not isinstance(node.tag, str):
            continue
        lang = node.get("lang")
        if node.get("translate") == "no" or (lang and lang != locale and node is not root):
            node.drop_tree()
    parts = [root.text_content()]
    for node in root.iter():
        if isinstance(node.tag, str):
            parts.extend(node.get(a) or "" for a in ATTRIBUTES)
    return locale, " ".join(parts)


# "(BE)", "EUR", "JSON", "API": a code or an acronym is a name, not a word
CODE = re.compile(r"\b[A-Z]{2,}\b")


def english_left(text: str, locale: str, *, allowed: set[str] | None = None) -> set[str]:
    """The words of `text` that are English UI words not allowed in `locale`."""
    ok = set(SHARED.get(locale, {})) if allowed is None else allowed
    words = _words([CODE.sub(" ", text)])
    return {w for w in words if w in english_words() and w not in ok}


def english_left_in_page(page: str) -> set[str]:
    """In-process check: English UI words on a page that its own catalog does not use."""
    locale, text = ui_text(page)
    if locale == "en":
        return set()
    return english_left(text, locale, allowed=set(own_words(locale)) | set(SHARED.get(
        locale, {})))
