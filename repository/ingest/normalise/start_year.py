"""When the practice began: the year of the sentence that says it started, not the first year.

A start statement is a sentence that says the practice began, in any of the seven
languages (the cue tables are in `start_cues.py`): a verb or phrase of beginning and a
year near it ("was set up in 2005", "a vu le jour en 2010", "ging 1981 an den Start",
"prende avvio nel 2005", "entrou em funcionamento em 2009", "werd in 2013 uitgerold",
"for the first time in 2016", "its creation in 2009"); "since" a year or a noun of
beginning ("since 2011", "desde su puesta en marcha en 2002", "seit der Eröffnung im
Jahr 1999"); or a range after a verb of running ("ran from 2016 to 2019", which also
gives the end). Years of decades ("the 2000s", "années 1990"), of laws cited as the
background of a "since" ("since the Licensing Act 2003") and of dates far from the cue
do not count. A clause about something the practice copied or rests on — the model
("modelled on Operation Ceasefire, which began in Boston in 1996", "sul modello di …,
nato a Oslo nel 1987"), the concept ("le concept est né en 2016"), a law ("the Licensing
Act 2003") — is borrowed: another statement of the same zone about the practice itself
wins over it, and of several in one sentence the earliest unborrowed year is taken.
The opening is read first, then background and origin sections, then
the description of the activities; results, evaluation and lessons are not read, as
they speak of later events.

Without a statement (and without one that dates the start to a decade only), a date
opening a sentence (of the opening first, then of the later zones) is a guess ("En 2014
la Policía Local reorganizó …"), unless that sentence tells of a finding or an event —
the event the sheet is about counts ("Le 22 mars 2016, deux attentats …" in a sheet on
the attacks); then a bare range of years in the opening ("(2014–2018)", "2014/15");
then a short value that is only a law and its year (a legal basis: "loi du 5 mars 2007");
last, a year in the title. A guess is marked so the sheet warns. A timeline opening with
preparation starts at its first start row; a resource at its first publication.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from repository.ingest.normalise import start_cues as cue
from repository.ingest.normalise.dates import month_names
from repository.ingest.normalise.sentences import folded, sentences
from repository.model import YearMonth

_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d])")
# "since 2011", "depuis 2017", "desde 2001", "dal 2015", "seit 2014", "sinds 2011", "ab 2015"
_SINCE = re.compile(
    r"(?<![\w])(?:since|from|depuis|des|a partir d[eu']?|desde|dal|dall'|dalla|a partire "
    r"dal|fin dal|da|seit|ab|a contar de|sinds|vanaf|sedert)\s+(?:(?:le|la|el|il|em|in|en|the|"
    r"de|del|o|a|het|dem|der|de la)\s+|l')?(?:(?:(?:1er|\d{1,2}(?:st|nd|rd|th|o)?)\.?\s+)?"
    r"(?:[a-z]+\s+)?(?:de\s+|del\s+)?)?"
    r"(19[5-9]\d|20\d\d)(?!\d)")
# A year that is a decade ("the 2000s", "années 1990", "2010er Jahre", "jaren 2010")
_DECADE_AFTER = re.compile(r"^(?:s\b|'s|er\b|er jahre|-ies)")
_DECADE_WORDS = re.compile(r"(?:annees|anni|anos|jaren|decada|decade|jahre|decennio)\s+$")
_SINCE_WORD = re.compile(r"(?<![\w])(?:since|depuis|desde|dal|seit|sinds|sedert)\b")
_ONGOING_SINCE = ("since", "depuis", "des", "desde", "dal", "dall'", "dalla", "fin dal", "seit",
                  "sinds", "sedert", "a partire dal", "da ")
# Legal references ("Act 2003", "loi du 5 mars 2007", "Ley 4/2015", "Gesetz von 2002")
_LAW = re.compile(r"(?:act|law|loi|decret|ley|legge|decreto|gesetz|verordnung|lei|wet|"
                  r"directive|directiva|direttiva|richtlinie|richtlijn)\b[^.]{0,25}$")
# "since the end of the 2000s", "desde finales de", "seit Anfang": no year to take
_VAGUE = re.compile(r"\b(?:annees|anni|anos|jaren|decada|decennio|jahre|fin|finales|fine|end|"
                    r"late|early|debut|inicio|principios|meados|mid|anfang|ende|mitte|begin|"
                    r"eind|midden|inizio)\b")
_AFTER_CUE, _BEFORE_CUE = 70, 150  # characters between a cue and its year
_NEAR = 40  # between "the first …" and its year


@dataclass(frozen=True)
class StartFinding:
    start: YearMonth
    ongoing: bool | None
    sentence: str
    end: YearMonth | None = None
    guessed: bool = False  # read from a bare date opening the sheet, not a start statement
    borrowed: bool = False  # the clause of its year is about a model, a concept or a law


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


def _decade(text: str, year: re.Match[str]) -> bool:
    """Whether the year of a match names a decade ("dos anos 1990", "the 2000s")."""
    before = text[max(0, year.start(1) - 20): year.start(1)]
    return bool(_DECADE_AFTER.match(text[year.end(1):]) or _DECADE_WORDS.search(before)
                or re.search(r"(?:decada|decade|decennio) de\s+$", before))


def _point(text: str, year: re.Match[str]) -> YearMonth:
    return YearMonth(year=int(year.group(1)), month=_month(text, year.start(1)))


def start_in_sentence(sentence: str) -> StartFinding | None:
    """The start a sentence states, or None. Of several, the first whose clause is about
    the practice (not `borrowed`: a model it copies, a concept, a law); if all are
    borrowed, the first, marked so."""
    text = folded(sentence)
    ran = cue.RAN.search(text)
    span = cue.RANGE.search(text, ran.end()) if ran else None
    if ran and span and span.start() - ran.end() <= 30:  # "ran from 2016 to 2019"
        first, last = int(span.group(1)), int(span.group(2))
        if first <= last:
            return StartFinding(YearMonth(year=first), False, sentence, YearMonth(year=last),
                                borrowed=_borrowed(text, span.start(1)))
    during = cue.DURING.search(text)  # "for twelve months in 2013": began and ended then
    if during and not _borrowed(text, during.start(1)):
        point = YearMonth(year=int(during.group(1)))
        return StartFinding(point, False, sentence, point)
    found = sorted(_candidates(sentence, text), key=lambda c: c[0].start(1))
    if not found:
        return None
    year, ongoing = next(((y, o) for y, o in found if not _borrowed(text, y.start(1))),
                         found[0])
    return StartFinding(_point(text, year), ongoing, sentence,
                        borrowed=_borrowed(text, year.start(1)))


def _candidates(sentence: str, text: str) -> list[tuple[re.Match[str], bool | None]]:
    """Every year a cue of the (folded) sentence dates as a start, with its "ongoing"."""
    out: list[tuple[re.Match[str], bool | None]] = []
    for since in _SINCE.finditer(text):
        if (not _LAW.search(text[: since.start(1)])
                and not _DECADE_AFTER.match(text[since.end(1):])
                and not _VAGUE.search(text[since.start(): since.start(1)])
                and not (since.group(0).startswith("des ") and "dès" not in sentence.lower())):
            out.append((since, True if since.group(0).startswith(_ONGOING_SINCE) else None))
    noun = cue.SINCE_NOUN.search(text)  # "since its creation in 2009"
    if noun and not _decade(text, noun):
        out.append((noun, True))
    for pattern, after_cue, before_cue in ((cue.BEGAN, _AFTER_CUE, _BEFORE_CUE),
                                           (cue.FIRST, _NEAR, _NEAR)):
        for began in pattern.finditer(text):
            year = _nearest(text, began, after_cue, before_cue)
            if year:
                out.append((year, None))
    return out


_CLAUSE_END = re.compile(r"[,;:()\[\]]|\s[-–—]\s")
_WIDENED_BEFORE = 60  # characters before a year in which a widening makes it later


def _borrowed(text: str, at: int) -> bool:
    """Whether the clause of the (folded) text around position `at` is about something
    other than the practice: it names a model, a concept or a law, or it continues a
    clause that does ("…modelled on Operation Ceasefire, which began in Boston in 1996")."""
    bounds = [0, *(m.end() for m in _CLAUSE_END.finditer(text)), len(text) + 1]
    index = next(i for i in range(len(bounds) - 1) if bounds[i] <= at < bounds[i + 1])
    clause = text[bounds[index]: bounds[index + 1]]
    if cue.CREATED_BY_LAW.search(clause):  # the law that created the practice itself
        return False
    if cue.WIDENED.search(text[max(0, at - _WIDENED_BEFORE): at]):  # a later widening
        return True
    if cue.BORROWED.search(clause) or cue.BORROWED_BEFORE.search(text[bounds[index]: at]):
        return True
    if index == 0 or not cue.CONTINUES.match(clause.strip()):
        return False
    return bool(cue.BORROWED.search(text[bounds[index - 1]: bounds[index]]))


def _nearest(text: str, cue_: re.Match[str], after_cue: int, before_cue: int
             ) -> re.Match[str] | None:
    """The year nearest to a cue within the distances allowed after and before it."""
    best = None
    for year in _years(text):
        after = year.start() >= cue_.end()
        distance = max(0, year.start() - cue_.end() if after else cue_.start() - year.end())
        between = text[cue_.end(): year.start()] if after else text[year.end(): cue_.start()]
        if distance <= (after_cue if after else before_cue) and _CLAUSE_END.search(between):
            distance += 1000  # "lancé à Montréal en 1990, le service a démarré en 2012"
        if distance % 1000 <= (after_cue if after else before_cue) and (
                best is None or distance < best[0]):
            best = (distance, year)
    return best[1] if best else None


def opening_date(sentence: str, event: bool = False) -> StartFinding | None:
    """A start guessed from a sentence of the opening that begins with a date ("En 2014 la
    Policía Local reorganizó …"), unless it tells of a finding or an event — but the
    event a sheet is about (`event`: "Le 22 mars 2016, deux attentats …") is its start."""
    text = folded(sentence)
    found = cue.OPENING_DATE.match(text)
    if not found or _decade(text, found):
        return None
    background = cue.BACKGROUND.search(text)
    if background and not (event and cue.EVENT.search(text)):
        return None
    return StartFinding(_point(text, found), None, sentence, guessed=True)


def title_year(title: str) -> StartFinding | None:
    """A start guessed from a year in the title ("Köln nach der Silvesternacht 2015/16")."""
    years = _years(folded(title))
    return StartFinding(YearMonth(year=int(years[0].group(1))), None, title, guessed=True
                        ) if years else None


def _vague_start(text: str) -> bool:
    """Whether a sentence says the practice began in a decade ("no início da década de
    2010, a Câmara lançou …"): then no other date of the opening is its start."""
    decades = len(_YEAR.findall(text)) > len(_years(text))
    return decades and bool(cue.BEGAN.search(text) or _SINCE_WORD.search(text))


def about_event(title: str) -> bool:
    """Whether a sheet's title names an event (an attack, riots, a flood)."""
    return bool(cue.EVENT.search(folded(title)))


def _statement(texts: Sequence[str]) -> tuple[StartFinding | None, bool]:
    """The first start statement of the texts about the practice itself (else the first
    borrowed one), and whether one dated the start vaguely."""
    vague, borrowed = False, None
    for text in texts:
        for sentence in sentences(text):
            found = start_in_sentence(sentence)
            if found and not found.borrowed:
                return found, vague
            borrowed = borrowed or found
            vague = vague or (not found and _vague_start(folded(sentence)))
    return borrowed, vague


def _opening_guess(texts: Sequence[str], event: bool) -> StartFinding | None:
    for text in texts:
        for sentence in sentences(text):
            found = opening_date(sentence, event)
            if found:
                return found
    return None


def find_start(zones: Sequence[Sequence[str]], title: str = "",
               later: Sequence[str] = ()) -> StartFinding | None:
    """The first start statement of the zones (opening, background, activities) in order;
    without one, and without a vague one ("au début des années 2010, la ville a lancé"), a
    date that opens a sentence of the first zone; then a statement in the `later` texts
    (in a sheet about an event, the sections under headings we do not map: they tell of
    what came after the event). Then a date opening a sentence of any zone, a bare range
    of years in any zone, a year of the title (guesses)."""
    event = about_event(title)
    vague, borrowed = False, None
    for i, texts in enumerate(zones):
        found, vague_here = _statement(texts)
        if found and (not found.borrowed or i == 0):
            return found
        # the background's borrowed one (a model, an idea) only if no later zone tells of
        # the practice; the opening's frames the practice itself (a law, a national scheme)
        borrowed = borrowed or found
        vague = vague or vague_here
    if borrowed or vague:
        return borrowed
    found = _opening_guess(zones[0], event) if zones else None
    if found:
        return found
    found, vague = _statement(later)
    if found or vague:
        return found
    for texts in (*zones[1:], later):
        found = _opening_guess(texts, event)
        if found:
            return found
    for texts in zones:
        for text in texts:
            for sentence in sentences(text):
                found = range_guess(sentence)
                if found:
                    return found
    found = next((f for texts in zones for text in texts if (f := law_guess(text))), None)
    return found or (title_year(title) if title else None)


def first_published(zones: Sequence[Sequence[str]]) -> StartFinding | None:
    """A resource's start: the year the first sentence of the zones that tells of its
    publication gives ("Ce guide, publié en 2016, …"), else its first start statement
    ("the database went online in 2011"); never a guess."""
    for texts in zones:
        for text in texts:
            for sentence in sentences(text):
                found = _published_in(sentence)
                if found:
                    return found
    for texts in zones:
        found, _ = _statement(texts)
        if found and not found.borrowed:
            return found
    return None


def _published_in(sentence: str) -> StartFinding | None:
    text = folded(sentence)
    for published in cue.PUBLISHED.finditer(text):
        year = _nearest(text, published, _NEAR, _NEAR)
        if year and not _borrowed(text, year.start(1)):
            return StartFinding(_point(text, year), None, sentence)
    return None


def timeline_start(text: str) -> StartFinding | None:
    """The start a timeline gives when its first dated row is only preparation
    ("2001 | Development work and talks begin", "2003 | First scheme piloted"): the first
    later row that states a start. None when the first row is not preparatory, when no
    later row states one, or when the text is no timeline (fewer than two dated rows)."""
    rows = [row.replace("|", " ") for row in text.splitlines() if _years(folded(row))]
    if len(rows) < 2 or not cue.PREPARATORY.search(folded(rows[0])):
        return None
    for row in rows[1:]:
        line = folded(row)
        if cue.PREPARATORY.search(line):
            continue
        found = start_in_sentence(row)
        if found and not found.borrowed:
            return found
        if cue.BEGINS_NOW.search(line):  # timelines tell in the present
            return StartFinding(_point(line, _years(line)[0]), None, row)
    return None


# A short value that is a law with its year ("loi du 5 mars 2007 relative à la prévention",
# "Ley Orgánica 1/2004", "Legge 8 novembre 2000, n. 328", "Lei n.º 112/2009"): a sheet's
# legal basis
_LAW_VALUE = re.compile(
    r"^(?:the |la |el |il |das |de |a |o |une? |un )?(?:[\w-]+ ){0,4}?(?:act|law|loi|ley|"
    r"legge|lei|wet|gesetz|decreto|decret|\w+gesetz|\w{3}wet)\b[^;]{0,40}?"
    r"(?:(?<=\d/)|(?<![\d/.-]))(19[5-9]\d|20\d\d)(?!\d)")  # "Ley 1/2004" too


def law_guess(text: str) -> StartFinding | None:
    """A start guessed from a value that is only a law and its year (a "legal basis" key):
    with no statement at all, the law that set the practice up is the best guess."""
    if len(text.split()) > 20 or "\n" in text.strip():
        return None
    folded_text = folded(text.strip())
    found = _LAW_VALUE.match(folded_text)
    return StartFinding(_point(folded_text, found), None, text, guessed=True) if found else None


# "(2014–2018)", "2014-2018", "2014/15", "2016 – 2019" with no verb: the period of the
# practice when the opening gives it, unless it dates a law, a plan or a study
_BARE_RANGE = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)\s*[-–—/]\s*(19[5-9]\d|20\d\d|\d\d)"
                         r"(?![\d])")


# "2015 – ongoing", "2012-present", "seit 2015 – heute", "2016 - en cours", "2014–hoy"
_OPEN_RANGE = re.compile(
    r"(?<![\d/.-])(19[5-9]\d|20\d\d)\s*[-–—]\s*(?:ongoing|on-going|present|today|now|date|"
    r"heute|laufend|en cours|aujourd'hui|auj|hoy|la actualidad|actualidad|presente|oggi|in corso|"
    r"atualidade|hoje|em curso|heden|nu|lopend|vandaag)\b")


@cache
def _month_range() -> re.Pattern[str]:
    """A range of months in one year: "from March to September 2009", "febrero a octubre
    de 2016", "von März bis September 2014", "van maart tot september 2013"."""
    months = "|".join(sorted(map(re.escape, month_names()), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w])({months})\.?\s*(?:[-–—]|to|until|a|au|al|bis|tot|ate|hasta|fino a)\s*"
        rf"({months})\.?\s+(?:de\s+|del\s+|of\s+)?(19[5-9]\d|20\d\d)(?!\d)")


def range_guess(sentence: str) -> StartFinding | None:
    """A start (and end) guessed from a bare range of years ("(2014–2018)", "2015 –
    ongoing") or of months in one year ("from March to September 2009")."""
    text = folded(sentence)
    months = _month_range().search(text)
    if months and not _LAW.search(text[: months.start()]) and not cue.BACKGROUND.search(text):
        year, names = int(months.group(3)), month_names()
        first, last = names[months.group(1)], names[months.group(2)]
        if first <= last:
            return StartFinding(YearMonth(year=year, month=first), False, sentence,
                                YearMonth(year=year, month=last), guessed=True)
    open_range = _OPEN_RANGE.search(text)
    if open_range and not _LAW.search(text[: open_range.start()]):
        return StartFinding(YearMonth(year=int(open_range.group(1))), True, sentence,
                            guessed=True)
    found = _BARE_RANGE.search(text)
    if not found or _LAW.search(text[: found.start()]) or cue.BACKGROUND.search(text):
        return None
    first, second = int(found.group(1)), found.group(2)
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if last < first or last - first > 30:
        return None
    end = YearMonth(year=last) if len(second) == 4 else None
    return StartFinding(YearMonth(year=first), False if end else None, sentence, end,
                        guessed=True)
