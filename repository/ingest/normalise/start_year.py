"""When the practice began: the year of the sentence that says it started, not the first year.

A start statement is a sentence with a start cue in any of the seven languages ("was
set up in 2005", "a ouvert en 2019", "se puso en marcha en 2013", "avviato nel 2015",
"2009 gegründet", "arrancou em 2019", "startte in 2017", "since 2011", "seit 2014") and
a year near it. Years of decades ("the 2000s", "années 1990"), of laws cited as the
background of a "since" ("since the Licensing Act 2003") and of dates far from the cue
do not count. The opening is read first, then background and origin sections, then
the description of the activities; results, evaluation and lessons are not read, as
they speak of later events.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from repository.ingest.normalise.dates import month_names
from repository.ingest.normalise.sentences import folded, sentences
from repository.model import YearMonth

_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d])")
# Verbs and phrases that say something began (folded word starts)
_BEGAN = re.compile(
    r"(?<![\w])(?:set up|launched|started|began|begun|created|founded|established|"
    r"introduced|opened|inaugurated|piloted|rolled out|came into (?:force|effect)|"
    r"entered into force|took effect|has (?:been )?(?:run|running|operat)|in operation|"
    r"dates (?:from|back to)|"
    # fr
    r"creee?s?\b|lancee?s?\b|mise?s? en place|instauree?\b|instituee?\b|a ouvert|ouverte?s?\b|"
    r"inauguree?\b|fondee?\b|a demarre|demarree?\b|a debute|nee? en|a vu le jour|"
    r"entree? en vigueur|experimentee?\b|generalisee?\b|"
    # es
    r"crea(?:do|da|dos|das|ron)\b|creo\b|lanz(?:ado|ada|o|aron)\b|puest[oa] en marcha|"
    r"pus(?:o|ieron) en marcha|inici(?:ado|ada|o|aron)\b|comenz(?:o|aron)\b|empez(?:o|aron)\b|"
    r"fund(?:ado|ada|o|aron)\b|naci(?:o|do|da)\b|arranc(?:o|aron)\b|inaugur(?:ado|ada|o|aron)\b|"
    r"implant(?:ado|ada|o|aron)\b|surgi(?:o|eron)\b|impuls(?:ado|ada|o|aron)\b|"
    r"abri(?:o|eron)\b|abiert[oa]\b|"
    r"entr(?:o|aron) en vigor|"
    # it
    r"creat[oaie]\b|lanciat[oaie]\b|avviat[oaie]\b|(?:ha|hanno) avviato|nat[oaie]\b|"
    r"fondat[oaie]\b|istituit[oaie]\b|introdott[oaie]\b|inaugurat[oaie]\b|apert[oaie]\b|"
    r"partit[oaie]\b|iniziat[oaie]\b|attiv[oaie] dal|entrat[oa] in vigore|"
    # de
    r"gegrundet|gestartet|startete|eingefuhrt|eingerichtet|ins leben gerufen|eroffnet|"
    r"begonnen|begann|aufgebaut|entstand|in kraft|richtete|"
    # pt
    r"criad[oa]s?\b|criou|criaram|lancad[oa]s?\b|lancou|lancaram|iniciad[oa]s?\b|iniciou|"
    r"arrancou|arrancaram|fundad[oa]s?\b|fundou|nasceu|implementad[oa]s?\b|comecou|"
    r"comecaram|instituid[oa]s?\b|teve inicio|inaugurad[oa]s?\b|abriu|entrou em vigor|"
    # nl
    r"opgericht|gestart|startte|begon\b|begonnen|ingevoerd|geopend|ontstond|"
    r"in het leven geroepen|van start|richtte|in werking)")
# "since 2011", "depuis 2017", "desde 2001", "dal 2015", "seit 2014", "sinds 2011", "ab 2015"
_SINCE = re.compile(
    r"(?<![\w])(?:since|from|depuis|des|a partir d[eu']?|desde|dal|dall'|dalla|a partire "
    r"dal|fin dal|seit|ab|a contar de|sinds|vanaf|sedert)\s+(?:(?:le|el|il|em|in|en|the|de|"
    r"del|o|a|het|dem|der|de la)\s+|l')?(?:(?:\d{1,2}\.?\s+)?(?:[a-z]+\s+)?(?:de\s+|del\s+)?)?"
    r"(19[5-9]\d|20\d\d)(?!\d)")
# A year that is a decade ("the 2000s", "années 1990", "2010er Jahre", "jaren 2010")
_DECADE_AFTER = re.compile(r"^(?:s\b|'s|er\b|er jahre|-ies)")
_DECADE_WORDS = re.compile(r"(?:annees|anni|anos|jaren|decada|decade|jahre|decennio)\s+$")
_ONGOING_SINCE = ("since", "depuis", "des", "desde", "dal", "dall'", "dalla", "fin dal", "seit",
                  "sinds", "sedert", "a partire dal")
# Legal references ("Act 2003", "loi du 5 mars 2007", "Ley 4/2015", "Gesetz von 2002")
_LAW = re.compile(r"(?:act|law|loi|decret|ley|legge|decreto|gesetz|verordnung|lei|wet|"
                  r"directive|directiva|direttiva|richtlinie|richtlijn)\b[^.]{0,25}$")
# "since the end of the 2000s", "desde finales de", "seit Anfang": no year to take
_VAGUE = re.compile(r"\b(?:annees|anni|anos|jaren|decada|decennio|jahre|fin|finales|fine|end|"
                    r"late|early|debut|inicio|principios|meados|mid|anfang|ende|mitte|begin|"
                    r"eind|midden|inizio)\b")
_AFTER_CUE, _BEFORE_CUE = 70, 150  # characters between a cue and its year


@dataclass(frozen=True)
class StartFinding:
    start: YearMonth
    ongoing: bool | None
    sentence: str


def _years(text: str) -> list[re.Match[str]]:
    out = []
    for match in _YEAR.finditer(text):
        before, after = text[max(0, match.start() - 20): match.start()], text[match.end():]
        if _DECADE_AFTER.match(after) or _DECADE_WORDS.search(before) or re.search(
                r"(?:decada|decade|decennio) de\s+$", before):
            continue
        out.append(match)
    return out


def _month(text: str, year_start: int) -> int | None:
    before = text[max(0, year_start - 14): year_start].split()
    if before and before[-1] in ("de", "del", "of"):
        before = before[:-1]
    return month_names().get(before[-1].strip(".,")) if before else None


def start_in_sentence(sentence: str) -> StartFinding | None:
    """The start a sentence states, or None."""
    text = folded(sentence)
    since = _SINCE.search(text)
    if since and not _LAW.search(text[: since.start(1)]) and not _DECADE_AFTER.match(
            text[since.end(1):]) and not _VAGUE.search(text[since.start(): since.start(1)]):
        year = int(since.group(1))
        ongoing = True if since.group(0).startswith(_ONGOING_SINCE) else None
        return StartFinding(YearMonth(year=year, month=_month(text, since.start(1))),
                            ongoing, sentence)
    for cue in _BEGAN.finditer(text):
        best = None
        for year in _years(text):
            after = year.start() >= cue.end()
            distance = year.start() - cue.end() if after else cue.start() - year.end()
            if distance > (_AFTER_CUE if after else _BEFORE_CUE):
                continue
            if best is None or distance < best[0]:
                best = (distance, year)
        if best:
            year = best[1]
            return StartFinding(YearMonth(year=int(year.group(1)),
                                          month=_month(text, year.start())), None, sentence)
    return None


def find_start(zones: Sequence[Sequence[str]]) -> StartFinding | None:
    """The first start statement of the zones (opening, background, activities) in order."""
    for texts in zones:
        for text in texts:
            for sentence in sentences(text):
                found = start_in_sentence(sentence)
                if found:
                    return found
    return None
