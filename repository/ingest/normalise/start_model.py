"""Learned start year: every year a sheet names is a candidate, a logistic model ranks them.

Each distinct year of the sheet (title, lead, sections; 1800–2099, decades left out) is
described by numbers that hold in every language: how its sentences speak of it (a start
statement of `start_year`, "since", a verb of beginning near it, the first of a range, a
law, a model, a finding, a plan, an extension, an end), where it stands (the title, the
lead, context, activities, duration, results and the sections we do not map; first in
its section), how it compares with the sheet's other years (earliest, latest, how often
it is named) and whether today's rules chose it. A conditional logit (one score per
year and one for "no start", their softmax the probabilities) ranks them. The rules'
year stands unless another year is more probable by more than `margin`; where the rules
find no start there is none (the labelled sets disagree too often on what a lone year
means for the model to add one). Below `confident`, the start is flagged as a guess.

The weights are fitted by `python -m eval.train_start` on the labelled sheets (the
corpus, the extraction sets and holdouts A–E) and written to
`repository/vocabulary/start_model.json`; here they are applied with numpy alone.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from repository.ingest.normalise import start_cues as cue
from repository.ingest.normalise import start_year as rule
from repository.ingest.normalise.dates import month_names
from repository.ingest.normalise.sentences import folded, sentences

WEIGHTS = Path(__file__).resolve().parents[2] / "vocabulary" / "start_model.json"

_YEAR = re.compile(r"(?<![\d/.,-])(18\d\d|19\d\d|20\d\d)(?![\d])")
# a plan or a future step ("will be extended in 2026", "prévu pour 2025", "geplant ab 2025")
_PLANNED = re.compile(  # (folded text)
    r"(?<![\w])(?:will|planned|plans?\b|foreseen|expected|scheduled|by \d{4}|"
    r"sera\b|seront|prevue?s?|envisage|projet de|d'ici|"
    r"previst[oaie]s?|planead|se espera|preve\b|para \d{4}|"
    r"sara\b|entro il|"
    r"wird|werden|geplant|vorgesehen|soll\b|sollen|bis \d{4}|"
    r"serao|ate \d{4}|"
    r"zal\b|zullen|gepland|voorzien|verwacht)")
# a later widening of the practice ("extended to all districts in 2019")
_EXTENDED = re.compile(
    r"(?<![\w])(?:extended|expanded|scaled|rolled out to|widened|renewed|relaunched|"
    r"etendue?s?|elargie?s?|generalisee?s?|deploye|renouvele|"
    r"ampliad[oa]s?|extendid[oa]s?|extendio|generalizad|renovad|"
    r"estes[oa]|ampliat[oa]|allargat|rinnovat|"
    r"ausgeweitet|erweitert|ausgedehnt|verlangert|ausgebaut|"
    r"alargad[oa]|expandid|estendid|"
    r"uitgebreid|verlengd|opgeschaald|verruimd)")
# an end ("until 2019", "ended in 2018", "jusqu'en 2020", "bis 2021", "fino al 2020")
_ENDED = re.compile(
    r"(?<![\w])(?:until|till|ended|closed|stopped|discontinued|abolished|jusqu'(?:en|a|au)|"
    r"pris fin|arrete|supprime|hasta|termino|finalizo|cerro|fino al?|terminat|chius|"
    r"bis\b|endete|eingestellt|abgeschafft|ate\b|terminou|encerr|tot\b|gestopt|beeindigd|"
    r"afgeschaft)")
_FIELDS = ("title", "lead", "context", "activities", "duration", "later", "unmapped", "other")
_FIELD_OF = {"preamble": "lead", "summary": "lead", "context": "context",
             "activities": "activities", "objectives": "activities",
             "duration_text": "duration", "evaluation": "later", "results": "later",
             "lessons": "later", None: "unmapped"}
FEATURES = ("stated", "stated_borrowed", "since", "began_near", "first_near", "ran_from",
            "range_start", "range_end", "open_range", "opening_date", "law", "borrowed",
            "background", "planned", "extended", "ended", "month",
            *(f"in_{f}" for f in _FIELDS), "section_first", "mentions", "earliest",
            "latest", "rule", "rule_guessed", "rule_heading", "practice", "event")


@dataclass(frozen=True)
class StartInputs:
    """What the model reads of a sheet: its text in reading order and what the rules found."""

    title: str
    parts: tuple[tuple[str | None, str], ...]  # (field, text), the lead first
    kind: str
    rule_year: int | None
    rule_source: str | None  # "heading" or "prose"
    rule_guessed: bool


@dataclass(frozen=True)
class Candidate:
    year: int
    month: int | None
    ongoing: bool | None  # a "since" before one of its mentions
    row: np.ndarray


def _sentence_rows(inputs: StartInputs) -> list[tuple[str, str, bool]]:
    """(field group, sentence, first of its part) in reading order."""
    pieces = [("title", inputs.title), *((_FIELD_OF.get(f, "other"), t)
                                         for f, t in inputs.parts)]
    return [(f, s, i == 0) for f, text in pieces if text for i, s in enumerate(sentences(text))]


def _mention(sentence: str, text: str, match: re.Match[str]) -> dict[str, float]:
    """The cue features of one year mention in its (folded) sentence."""
    at, end, year = match.start(1), match.end(1), int(match.group(1))
    before, after = text[max(0, at - 40): at], text[end: end + 40]
    stated = rule.start_in_sentence(sentence)
    f: dict[str, float] = {}
    if stated is not None and stated.start.year == year:
        f["stated_borrowed" if stated.borrowed else "stated"] = 1.0
    if any(s.start(1) == at for s in rule._SINCE.finditer(text)):
        f["since"] = 1.0
    for pattern, name in ((cue.BEGAN, "began_near"), (cue.FIRST, "first_near")):
        best = min((abs(m.start() - end) if m.start() >= end else abs(at - m.end())
                    for m in pattern.finditer(text)), default=None)
        if best is not None:
            f[name] = math.exp(-best / 40)
    ran = cue.RAN.search(text)
    for span in cue.RANGE.finditer(text):
        if span.start(1) == at:
            f["range_start"] = 1.0
            if ran and 0 <= span.start() - ran.end() <= 30:
                f["ran_from"] = 1.0
        if span.start(2) == at:
            f["range_end"] = 1.0
    if re.match(r"\s*[-–—/]\s*(?:\d\d\b|\d{4})", text[end:]):
        f["range_start"] = 1.0
    if re.search(r"(?:\d{4}|\d\d)\s*[-–—/]\s*$", before):
        f["range_end"] = 1.0
    if any(o.start(1) == at for o in rule._OPEN_RANGE.finditer(text)):
        f["open_range"] = 1.0
    opening = cue.OPENING_DATE.match(text)
    if opening and opening.start(1) == at:
        f["opening_date"] = 1.0
    if rule._LAW.search(text[: at]) or re.search(r"(?:act|law|loi|ley|legge|lei|wet|gesetz)"
                                                 r"\s*(?:no\.?\s*)?[\d/]*\s*$", before):
        f["law"] = 1.0
    if rule._borrowed(text, at):
        f["borrowed"] = 1.0
    for pattern, name in ((cue.BACKGROUND, "background"), (_PLANNED, "planned"),
                          (_EXTENDED, "extended")):
        if pattern.search(text):
            f[name] = 1.0
    if _ENDED.search(before[-25:]) or _ENDED.search(after[:25]):
        f["ended"] = 1.0
    words = before.split()
    if words and words[-1] in ("de", "del", "of"):
        words = words[:-1]
    if words and (month_names().get(words[-1].strip(".,")) or re.search(
            r"\b(?:0?[1-9]|1[0-2])[/.]$", before)):
        f["month"] = 1.0
    return f


def candidates(inputs: StartInputs) -> list[Candidate]:
    """One candidate per distinct year of the sheet, with its feature row (FEATURES order)."""
    found: dict[int, dict[str, float]] = {}
    months: dict[int, int | None] = {}
    ongoing: dict[int, bool | None] = {}
    counts: dict[int, int] = {}
    for group, sentence, first in _sentence_rows(inputs):
        text = folded(sentence)
        for match in _YEAR.finditer(text):
            if rule._decade(text, match):
                continue
            year = int(match.group(1))
            row = found.setdefault(year, {})
            counts[year] = counts.get(year, 0) + 1
            for name, value in _mention(sentence, text, match).items():
                row[name] = max(row.get(name, 0.0), value)
            row[f"in_{group}"] = 1.0
            if first:
                row["section_first"] = 1.0
            if year not in months:
                months[year] = rule._month(text, match.start(1))
            if "since" in row:
                ongoing[year] = True
    years = sorted(found)
    out = []
    for i, year in enumerate(years):
        row = found[year]
        row["mentions"] = math.log1p(counts[year])
        row["earliest"] = float(i == 0)
        row["latest"] = float(i == len(years) - 1)
        row["rule"] = float(inputs.rule_year == year)
        row["rule_guessed"] = float(inputs.rule_year == year and inputs.rule_guessed)
        row["rule_heading"] = float(inputs.rule_year == year and inputs.rule_source == "heading")
        row["practice"] = float(inputs.kind == "practice")
        row["event"] = float(rule.about_event(inputs.title))
        out.append(Candidate(year, months.get(year), ongoing.get(year),
                             np.asarray([row.get(n, 0.0) for n in FEATURES])))
    return out


NONE_FEATURES = ("bias", "practice", "rule_none", "candidates")


def none_row(inputs: StartInputs, found: Sequence[Candidate]) -> np.ndarray:
    """What speaks for the sheet giving no start at all (FEATURES of "none")."""
    return np.asarray([1.0, float(inputs.kind == "practice"), float(inputs.rule_year is None),
                       math.log1p(len(found))])


@dataclass(frozen=True)
class StartModel:
    """Fitted weights: a score per candidate (standardised features · coef) and a score of
    "no start" (`none_coef` · `none_row`); the probabilities are their softmax. The year
    the rules chose stands unless another is more probable by more than `margin`."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    none_coef: np.ndarray
    margin: float
    confident: float

    def probabilities(self, rows: np.ndarray, none: np.ndarray) -> tuple[np.ndarray, float]:
        """The probability of each candidate and of "no start"."""
        z = np.append(((rows - self.mean) / self.scale) @ self.coef, none @ self.none_coef)
        e = np.exp(z - z.max())
        p = e / e.sum()
        return p[:-1], float(p[-1])

    def choose(self, inputs: StartInputs, found: Sequence[Candidate]
               ) -> tuple[Candidate, float] | None:
        """The start among the candidates, with its probability: the rules' year, or the
        most probable one (the earlier on a tie) when it beats it by more than `margin`;
        None when the rules found no year among the candidates (their answer stands)."""
        years = [c.year for c in found]
        if inputs.rule_year is None or inputs.rule_year not in years:
            return None
        p, _ = self.probabilities(np.stack([c.row for c in found]), none_row(inputs, found))
        best = max(range(len(found)), key=lambda i: (p[i], -found[i].year))
        ruled = years.index(inputs.rule_year)
        chosen = best if p[best] - p[ruled] > self.margin else ruled
        return found[chosen], float(p[chosen])

    def to_json(self) -> dict[str, object]:
        return {"features": list(FEATURES), "none_features": list(NONE_FEATURES),
                "mean": _round(self.mean), "scale": _round(self.scale),
                "coef": _round(self.coef), "none_coef": _round(self.none_coef),
                "margin": round(self.margin, 4), "confident": round(self.confident, 4)}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> StartModel:
        if (list(data["features"]) != list(FEATURES)  # type: ignore[call-overload]
                or list(data["none_features"]) != list(NONE_FEATURES)):  # type: ignore[call-overload]
            raise ValueError(f"{WEIGHTS.name}: its features are not {FEATURES}")
        return cls(*(np.asarray(data[k], dtype=np.float64)
                     for k in ("mean", "scale", "coef", "none_coef")),
                   float(data["margin"]), float(data["confident"]))  # type: ignore[arg-type]


def _round(values: np.ndarray, digits: int = 6) -> list[float]:
    return [round(float(v), digits) for v in values]


@cache
def bundled_model() -> StartModel | None:
    """The weights shipped with the package, or None when they are missing."""
    if not WEIGHTS.exists():
        return None
    return StartModel.from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))
