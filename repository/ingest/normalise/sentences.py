"""Sentences and clauses of sheet text, for the normalisers that read statements in prose.

Pure helpers: split text into sentences (bullets and line breaks end one too), cut a
sentence into clauses, and fold it for matching (case, accents, apostrophes, spaces).
"""

from __future__ import annotations

import re
from functools import cache

from repository.ingest.normalise.dates import month_names
from repository.text import fold

# a sentence ends at . ! ? … before a capital, a digit or a quote, or at a semicolon;
# "e.g." and "no." stay inside (a lower-case word follows them). A paragraph break or a
# bullet ends one too; a single line break (a wrapped line of a PDF) does not, unless
# it ends a short first line without punctuation before a capital: a heading the reader
# left in the text ("Hoe het begon\nHet idee kwam uit …").
_END = re.compile(r"(?<=[.!?…;])\s+(?=[\"“«(]?[A-ZÀ-ÖØ-Þ0-9])|(?<=;)\s+")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*•▪◦·]|\d{1,2}[.)])\s)")
_HEADING_LINE = re.compile(r"^([^\n.,;:!?]{1,40}?)[ \t]*\n(?=\s*[\"“«(]?[A-ZÀ-ÖØ-Þ])")
_BULLET = re.compile(r"^\s*(?:[-*•▪◦·]|\d{1,2}[.)])\s+")
_MARKUP = re.compile(r"\*\*|__|`|^#+\s*", re.M)
# clause breaks: ", but", "; however", "although" … in the sheet languages (folded)
_CLAUSE = re.compile(
    r"\s*[;:]\s+|,?\s+\b(?:but|however|although|whereas|mais|cependant|pourtant|alors que|"
    r"pero|sin embargo|aunque|mientras que|ma|tuttavia|mentre|sebbene|aber|jedoch|"
    r"wahrend|obwohl|mas|porem|contudo|embora|maar|echter|hoewel|terwijl)\b\s*"
)


# abbreviations whose full stop does not end a sentence ("1,2 Mio. Euro", "z. B.")
_ABBREVIATION = re.compile(
    r"\b(?:Mio|Mrd|Tsd|Mill|Md|ca|bzw|vgl|Nr|No|nº|St|Dr|Prof|Mr|Mrs|Ms|Sr|Sra|Dott|Ing|"
    r"etc|e\.g|i\.e|z\.\s?B|u\.\s?a|d\.\s?h|resp|approx|art|Art|al|cf|p|pp|vol|Abs|Bd)\.(?=\s)")


@cache
def _ordinal_date() -> re.Pattern[str]:
    """A German or Danish ordinal day before a month ("19. Dezember"): no sentence end."""
    names = {*month_names(), "märz", "mär"}
    months = "|".join(sorted((re.escape(m) for m in names), key=len, reverse=True))
    return re.compile(rf"\b\d{{1,2}}\.(?=\s+(?:{months})\b)", re.I)


def sentences(text: str) -> list[str]:
    """The sentences of a text in order, markup and bullets stripped."""
    if not text:
        return []
    clean = _ABBREVIATION.sub(lambda m: m.group(0)[:-1] + "\u2024", _MARKUP.sub("", text))
    clean = _ordinal_date().sub(lambda m: m.group(0)[:-1] + "\u2024", clean)
    out = []
    for block in _PARAGRAPH.split(clean):
        heading = _HEADING_LINE.match(block.strip())
        if heading and len(heading.group(1).split()) <= 6:
            out.append(heading.group(1).strip())
            block = block.strip()[heading.end():]
        block = " ".join(_BULLET.sub("", block).split())
        for part in _END.split(block):
            part = part.replace("\u2024", ".").strip()
            if part:
                out.append(part)
    return out


def folded(text: str) -> str:
    """Folded text for matching: lower case, no accents, straight apostrophes, one space."""
    return " ".join(fold(text).replace("’", "'").replace("‘", "'").split())


def clauses(sentence: str) -> list[str]:
    """A folded sentence cut at clause breaks (", but", ";", "although" …)."""
    return [c for c in _CLAUSE.split(folded(sentence)) if c.strip()]

