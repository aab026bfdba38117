"""A sheet's duration → start and end (year, month where given) and whether it is ongoing.

Understood: `September 2020 – August 2024`, `2019-2022`, `2019–22`, `03/2018 – 12/2020`,
`36 meses (enero 2021 – diciembre 2023)`, `January – June 2021`, and one date with a
cue: `depuis 2017`, `seit 2015`, `desde 2001`, `sinds 2011`, `dal 2015`, `since March
2018` (ongoing), `until 2022` (end only). Month names in en, fr, es, it, de, pt, nl
come from Babel's CLDR data (wide and abbreviated, format and stand-alone forms).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from repository.model import YearMonth
from repository.text import LANGUAGES, fold

Duration = tuple[YearMonth | None, YearMonth | None, bool | None]

FIRST_YEAR, LAST_YEAR = 1950, 2100

_SINCE = (r"since|from|depuis|des|a partir d[eu']?|seit|ab|desde|a partir de|a contar de|"
          r"sinds|vanaf|dal|dall'|dalla|dallo|a partire da|da")
_UNTIL = r"until|till|to|through|jusqu'?(?:en|a|au)?|bis|hasta|fino al?|ate|tot|t/m"
_ONGOING = re.compile(
    r"\b(?:ongoing|on-going|still running|to date|(?:until|to) (?:now|today|the present)|"
    r"present|en cours|a ce jour|aujourd'hui|laufend|fortlaufend|unbefristet|bis heute|"
    r"dauerhaft|en curso|hasta hoy|hasta la actualidad|in corso|tuttora|ad oggi|"
    r"em curso|ate hoje|ate ao presente|lopend|doorlopend|tot op heden|permanent|"
    r"permanente|en marcha)\b"
)
_YEAR = r"(?:19[5-9]\d|20\d\d)"


@cache
def month_names() -> dict[str, int]:
    """Folded month names and abbreviations (≥ 3 letters) in the sheet languages → 1..12."""
    names: dict[str, int] = {}
    for lang in LANGUAGES:
        locale = Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    key = fold(name).strip(".")
                    if len(key) >= 3 and key.isalpha():
                        names.setdefault(key, number)
    names.update({"sept": 9, "febr": 2, "maerz": 3})
    return names


@cache
def _point_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, month_names()), key=len, reverse=True))
    return re.compile(
        rf"(?<!\d)(?P<iyear>{_YEAR})-(?P<imonth>0[1-9]|1[0-2])(?:-[0-3]\d)?(?![\d-])"
        rf"|(?<!\d)(?P<nmonth>0?[1-9]|1[0-2])[/.-](?P<nyear>{_YEAR})(?!\d)"
        rf"|(?:(?<![\w])(?P<month>{months})\.?(?:\s+(?:de|del|of)\s+|[\s,]+)?)?"
        rf"(?<!\d)(?P<year>{_YEAR})(?!\d)(?!\s*(?:€|eur|euros?|m\b|k\b|personnes|people))"
        rf"|(?<![\w])(?P<lonemonth>{months})\.?(?=\s*(?:[-–—/]|to|a|au|bis|al|tot|-)\s*"
        rf"(?:{months})\.?\s+(?P<borrow>{_YEAR}))"
    )


def parse_duration(text: str | None) -> Duration:
    """(start, end, ongoing) from a duration text; (None, None, None) when none is found."""
    if not text or not text.strip():
        return None, None, None
    folded = fold(" ".join(text.split())).replace("’", "'")
    points: list[tuple[int, int, YearMonth]] = []
    for match in _point_pattern().finditer(folded):
        point = _point(match)
        if point is not None:
            points.append((match.start(), match.end(), point))
    # "2019-2022", "2019–22": a year range with a short second year
    short = re.search(rf"(?<!\d)({_YEAR})\s*[-–—/]\s*(\d\d)(?![\d.,])", folded)
    if short and len(points) == 1:
        century = int(short.group(1)) // 100 * 100
        end_year = century + int(short.group(2))
        if end_year >= int(short.group(1)):
            points.append((short.end(), short.end(), YearMonth(year=end_year)))
    ongoing_cue = bool(_ONGOING.search(folded))
    if not points:
        return None, None, (True if ongoing_cue else None)
    first_start, _, first = points[0]
    before = folded[max(0, first_start - 25):first_start]
    if len(points) >= 2:
        end = points[1][2]
        if (end.year, end.month or 12) < (first.year, first.month or 1):
            return first, None, None
        between = folded[points[0][1]:points[1][0]]
        if len(between) > 40:  # two dates far apart are not a range
            if re.search(rf"\b(?:{_SINCE})\s*$", before):
                return first, None, True
            return first, None, None
        return first, end, False
    if re.search(rf"(?:^|\W)(?:{_SINCE})\s*(?:(?:le|el|il|em|in|en|the|de|del)\s+)?"
                 r"(?:\w+\s+)?$", before) or ongoing_cue:
        return first, None, True
    if re.search(rf"(?:^|\W)(?:{_UNTIL})\s*(?:(?:le|el|il|em|in|en|the)\s+)?(?:\w+\s+)?$",
                 before):
        return None, first, False
    return first, None, None


def _point(match: re.Match[str]) -> YearMonth | None:
    if match.group("year"):
        month = month_names().get(match.group("month")) if match.group("month") else None
        return YearMonth(year=int(match.group("year")), month=month)
    if match.group("nyear"):
        return YearMonth(year=int(match.group("nyear")), month=int(match.group("nmonth")))
    if match.group("iyear"):
        return YearMonth(year=int(match.group("iyear")), month=int(match.group("imonth")))
    if match.group("lonemonth"):
        return YearMonth(year=int(match.group("borrow")),
                         month=month_names()[match.group("lonemonth")])
    return None


def dates_in_text(text: str) -> Duration:
    """Start/ongoing from dates near "since/depuis/seit…" in running text, else nothing."""
    folded = fold(" ".join(text.split()))
    match = re.search(rf"(?:^|\W)(?:{_SINCE}|launched in|lance en|lancee? en|started in|"
                      rf"created in|cree en|creee en|gestartet|begonnen|iniciado en|"
                      rf"avviato nel|iniciado em|gestart in)\s+(?:(?:le|el|il|em|in|en|the)\s+)?"
                      rf"((?:\w+\s+)?{_YEAR})(?!\d)", folded)
    if not match:
        return None, None, None
    start, _, _ = parse_duration(match.group(1))
    if start is None:
        return None, None, None
    cue = match.group(0)
    since = re.search(rf"(?:^|\W)(?:{_SINCE})\s", cue + " ") is not None
    return start, None, (True if since else None)
