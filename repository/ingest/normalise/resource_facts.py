"""A resource's facts: its type, the languages it exists in, its formats.

Pure. The type is read from an explicit value or from the resource's own title ("Toolkit
for safer nightlife", "Guide pratique…", "Leitfaden…", "Handboek…"), in the seven
languages; languages are names or codes in any of them ("English, français", "EN/FR",
"Deutsch und Englisch") turned into ISO 639-1 codes through CLDR's names.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from repository.model import RESOURCE_TYPES
from repository.text import fold

# resource type → folded word stems in en, fr, es, it, de, pt, nl
_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "handbook": ("handbook", "manual", "manuel", "manuale", "handbuch", "handboek",
                 "vademecum", "compendium"),
    "guide": ("guide", "guidelines", "guia", "guida", "linee guida", "leitfaden",
              "ratgeber", "handreichung", "handleiding", "leidraad", "richtlijn", "wegwijzer",
              "orientacoes", "directrices", "lignes directrices"),
    "tool": ("tool", "toolkit", "toolbox", "outil", "boite a outils", "herramienta",
             "caja de herramientas", "strumento", "kit", "cassetta degli attrezzi",
             "werkzeug", "instrument", "checklist", "check-list", "app", "ferramenta",
             "hulpmiddel", "instrumentarium", "matrix", "calculator", "platform"),
    "training": ("training", "course", "e-learning", "elearning", "mooc", "curriculum",
                 "formation", "formacion", "formazione", "corso", "schulung", "fortbildung",
                 "weiterbildung", "lehrgang", "formacao", "curso", "opleiding", "cursus",
                 "module"),
    "method": ("method", "methodology", "methode", "methodologie", "metodo", "metodologia",
               "methodik", "methodiek", "werkwijze", "protocol", "protocole", "protocolo",
               "protocollo", "protokoll"),
}
_PATTERNS = {key: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")s?\b")
             for key, words in _TYPE_WORDS.items()}
# a title that is a resource starts with its type, after an article and an adjective at
# most: "A practical guide to …", "Guide pratique …", "Praktischer Leitfaden …"
_FIRST_WORDS = 2
_ARTICLE = re.compile(r"^(?:a|an|the|le|la|les|un|une|el|los|las|il|lo|gli|der|die|das|"
                      r"ein|eine|de|het|een|o|os|as|um|uma)\s+")


def resource_type_in(text: str | None, *, at_start: bool = False) -> str | None:
    """The RESOURCE_TYPES key a text names (the earliest), or None; `at_start` looks only
    at its first few words, as a title names what it is."""
    if not text:
        return None
    folded = fold(text)
    if at_start:
        folded = " ".join(re.findall(r"[\w-]+", _ARTICLE.sub("", folded))[:_FIRST_WORDS])
    found = [(m.start(), key) for key, rx in _PATTERNS.items() if (m := rx.search(folded))]
    return min(found)[1] if found else None


def resource_type(explicit: str | None, title: str, summary: str | None) -> str | None:
    """The type of a resource: its explicit value, else its title's, else its summary's."""
    if explicit and fold(explicit).strip() in RESOURCE_TYPES:
        return fold(explicit).strip()
    return (resource_type_in(explicit) or resource_type_in(title)
            or resource_type_in((summary or "")[:200]))


@cache
def _language_names() -> dict[str, str]:
    """Folded language name (in each UI language) and code → ISO 639-1 code."""
    codes = ("en", "fr", "es", "it", "de", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "hu",
             "ro", "bg", "el", "da", "sv", "fi", "et", "lv", "lt", "ga", "mt", "ca", "eu",
             "gl", "no", "uk", "ru", "ar", "tr", "sq", "sr", "lb")
    out: dict[str, str] = {c: c for c in codes}
    for ui in ("en", "fr", "es", "it", "de", "pt", "nl"):
        names = Locale.parse(ui).languages
        for code in codes:
            if code in names:
                out[fold(names[code])] = code
        # the language's own name ("Deutsch", "Nederlands")
        out[fold(Locale.parse(ui).get_display_name(ui).split(" (")[0])] = ui
    return out


def language_codes(values: list[str]) -> list[str]:
    """ISO 639-1 codes of language names or codes ("English, français", "EN/FR",
    "Deutsch und Englisch"), in order, each once; words that name none are skipped."""
    names = _language_names()
    out: list[str] = []
    for value in values:
        for word in re.split(r"[\s,;/|+&()]+|\b(?:and|et|y|e|und|en)\b", fold(value)):
            code = names.get(word.strip(" .-"))
            if code and code not in out:
                out.append(code)
    return out


def formats(values: list[str]) -> list[str]:
    """Formats as written, split on separators ("PDF, online", "PDF / Word"), each once."""
    out: list[str] = []
    for value in values:
        for part in re.split(r"\s*[,;/|+]\s*|\s+(?:and|et|y|e|und|en|or|ou|o|oder|of)\s+",
                             value):
            part = part.strip(" .-*•")
            if part and len(part) <= 40 and part.lower() not in (f.lower() for f in out):
                out.append(part)
    return out
