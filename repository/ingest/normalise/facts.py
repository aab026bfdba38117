"""The normalised facts of a sheet: themes, partners, funding, budget, dates, evaluation.

Called by `extract` with the sheet's metadata (by field name), section texts and its
(field, text) parts in reading order; pure. Each fact found carries its origin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from repository.ingest.normalise.actors import (
    funding_from_text,
    partners_from_text,
    partners_in_prose,
)
from repository.ingest.normalise.budget import parse_budget
from repository.ingest.normalise.dates import parse_duration
from repository.ingest.normalise.evaluation import EvaluationKind, find_evaluation
from repository.ingest.normalise.evidence import find_evidence
from repository.ingest.normalise.sentences import sentences
from repository.ingest.normalise.start_model import (
    StartInputs,
    StartModel,
    bundled_model,
    candidates,
)
from repository.ingest.normalise.start_year import (
    about_event,
    find_start,
    first_published,
    timeline_start,
)
from repository.ingest.normalise.theme_inference import infer_themes
from repository.ingest.normalise.themes import theme_keys
from repository.model import Budget, EvidenceLevel, FactOrigin, OriginSource, YearMonth
from repository.vocabulary import load_vocabulary

Parts = Sequence[tuple[str | None, str]]
# where a start statement is looked for, in order (results and lessons speak of later events)
_START_ZONES = (("preamble",), ("context",), ("activities", "objectives", "duration_text",
                                              "partners_text", "budget_text"))
# Words that make a sentence's amount the practice's budget: a budget or cost word first,
# then a verb of funding or spending ("the city invested", "la Ville y consacre",
# "il Comune ha stanziato", "die Stadt stellt … zur Verfügung", "de gemeente trekt … uit")
_BUDGET_WORD = re.compile(
    r"\b(?:budget|cost|costs|coût|coute|presupuesto|coste|costo|bilancio|kosten|haushalt|"
    r"etat\b|orçamento|orcamento|custo|begroting|enveloppe|dotaci|dotazion|dotação)\w*", re.I)
_BUDGET_CUE = re.compile(
    r"\b(?:financ|funded|funding|fund\b|grant|invest|inversi|allocat|alloue|allou|spend|spent|"
    r"award|mobilis|consacr|affect|destin|stanzia|erogat|finanzi|förder|forder|zuschuss|"
    r"mittel|zur verfügung|bereitgestellt|subsid|subvenc|subvention|sovvenz|recursos|risorse|"
    r"ressources|resources|middelen|trekt|uitgetrokken|verba|apoio|aport|contribu|beitrag|"
    r"bijdrage|gasto|spesa|dépens|ausgaben|uitgaven|despesa|amount|montant|importe|"
    r"importo|betrag|bedrag|montante|s'élève|se eleva|ammonta|beläuft|bedraagt|ascend|"
    r"annual|annuel|anual|annuale|jährlich|jaarlijks|per year|par an|al año|all'anno|"
    r"pro jahr|por ano|per jaar|"
    # money made available or set aside ("mis à disposition", "eingeplant", "vrijgemaakt")
    r"made available|set aside|earmarked|mis [àa] disposition|d[ée]bloqu|"
    r"a disposici[óo]n|a disposizione|accantonat|eingeplant|veranschlagt|disponibiliz|"
    r"beschikbaar|vrijgemaakt)\w*", re.I)
# Amounts that are not what the practice costs: fines, damages, losses, prices of crime
_NOT_BUDGET = re.compile(
    r"\b(?:fine[sd]?\b|amende|multa|bu(?:ß|ss)geld|boete|coima|sanzion|damage|dégât|degat|"
    r"dommage|daño|dano|danni|schaden|schade|prejui|loss(?:es)?\b|pertes?\b|perdid|perdit|"
    r"verlust|verlies|stolen|volé|robad|rubat|gestohlen|gestolen|roubad|ransom|rançon|"
    r"bribe|salary|salaire|salario|stipendio|gehalt|salaris)", re.I)


@dataclass
class Facts:
    themes: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    funding: str | None = None
    budget: Budget | None = None
    start: YearMonth | None = None
    end: YearMonth | None = None
    ongoing: bool | None = None
    evaluation_kind: EvaluationKind | None = None
    evidence: EvidenceLevel | None = None
    origins: dict[str, FactOrigin] = field(default_factory=dict)


def _origin(source: OriginSource, confidence: float, note: str | None = None) -> FactOrigin:
    short = " ".join(note.split()) if note else None
    if short and len(short) > 100:
        short = short[:99] + "…"
    return FactOrigin(source=source, confidence=confidence, note=short)


EVALUATED_KINDS = ("practice", "fact_sheet")  # the kinds a sheet's evaluation is read for


def normalise_facts(*, meta: dict[str, Any], texts: dict[str, str], title: str,
                    summary: str | None, body: str, language: str | None,
                    warnings: list[str], kind: str = "practice",
                    parts: Parts = (), start_inference: str = "learned") -> Facts:
    """Themes, partners, funding, budget, duration, evaluation kind and evidence level,
    with warnings. `start_inference` ("learned" or "rules", REPOSITORY_START_INFERENCE)
    says whether the learned model chooses the start year among the sheet's years."""
    facts = Facts()
    explicit_themes = meta.pop("themes", None)
    _partners(facts, meta, texts, summary, parts)
    _funding(facts, meta, parts)
    _budget(facts, meta, texts, parts, warnings)
    _dates(facts, meta, texts, title, summary, parts, kind, warnings, start_inference)

    # the summary is read for the evaluation too ("At a glance: … drawn at random"); a
    # police force's profile or a report evaluates no practice of its own
    read = [("summary", summary), *parts] if summary else list(parts)
    evaluated = kind in EVALUATED_KINDS
    finding = find_evaluation(read, language) if evaluated else None
    if finding:
        facts.evaluation_kind = finding.kind
        origin: OriginSource = "heading" if finding.origin == "heading" else "prose"
        facts.origins["evaluation_kind"] = _origin(origin, finding.confidence, finding.evidence)
        if finding.confidence < 0.6:
            warnings.append(f"evaluation kind guessed from the text: {finding.kind} — check")
    evidence = find_evidence(read, language, finding) if evaluated else None
    explicit_evidence = meta.pop("evidence", None)  # a level key (`evidence_key`)
    if explicit_evidence:
        facts.evidence = explicit_evidence
        facts.origins["evidence"] = _origin("key", 0.95, explicit_evidence)
    elif evidence:
        facts.evidence = evidence.level
        origin = "heading" if evidence.origin == "heading" else "prose"
        facts.origins["evidence"] = _origin(origin, evidence.confidence, evidence.evidence)
        if evidence.confidence < 0.6:
            warnings.append(f"evidence level guessed from the text: {evidence.level} — check")

    facts.themes = _themes(explicit_themes, [("title", title), ("summary", summary or ""),
                                             *parts], language, facts.evaluation_kind, warnings)
    if facts.themes:
        facts.origins["themes"] = (_origin("key", 0.95) if explicit_themes and
                                   theme_keys(as_list(explicit_themes))[0]
                                   else _origin("inferred", 0.6))
    return facts


def _partners(facts: Facts, meta: dict[str, Any], texts: dict[str, str],
              summary: str | None, parts: Parts) -> None:
    explicit = as_list(meta.pop("partners", None))
    if explicit:
        facts.partners, facts.origins["partners"] = explicit, _origin("key", 0.95)
        return
    listed = partners_from_text(texts.get("partners_text") or "")
    if listed:
        facts.partners, facts.origins["partners"] = listed, _origin("heading", 0.75)
        return
    prose = partners_in_prose([t for t in (summary or "", *(t for _, t in parts)) if t])
    if prose:
        facts.partners, facts.origins["partners"] = prose, _origin("prose", 0.6)


def _funding(facts: Facts, meta: dict[str, Any], parts: Parts) -> None:
    explicit = as_text(meta.pop("funding", None))
    if explicit:
        facts.funding, facts.origins["funding"] = explicit, _origin("key", 0.95)
        return
    funder = funding_from_text(parts)
    if funder:
        facts.funding, facts.origins["funding"] = funder, _origin("prose", 0.65)


def _budget(facts: Facts, meta: dict[str, Any], texts: dict[str, str], parts: Parts,
            warnings: list[str]) -> None:
    budget_text = texts.get("budget_text") or as_text(meta.get("budget_text"))
    if budget_text:
        facts.budget = parse_budget(budget_text)
        if facts.budget is not None:
            facts.origins["budget"] = _origin("heading", 0.85, budget_text)
            return
        short = " ".join(budget_text.split())
        short = short if len(short) <= 60 else short[:57] + "…"
        warnings.append(f"budget not understood: {short!r}")
    found = _budget_in_prose(parts)
    if found:
        facts.budget, sentence = found
        facts.origins["budget"] = _origin("prose", 0.6, sentence)
        warnings.append(f"budget read from the text: {facts.budget.text} — check")


def _budget_in_prose(parts: Parts) -> tuple[Budget, str] | None:
    """A budget stated in prose ("un budget annuel de 830 000 euros", "the council invested
    €1.2 million"): a sentence with a budget word first, then one with a verb of funding;
    never an amount of fines, damages or losses."""
    candidates = [s for _, text in parts for s in sentences(text) if not _NOT_BUDGET.search(s)]
    for cue in (_BUDGET_WORD, _BUDGET_CUE):
        for sentence in candidates:
            if cue.search(sentence):
                budget = parse_budget(sentence)
                if budget and budget.amount:
                    return budget, sentence
    return None


def _dates(facts: Facts, meta: dict[str, Any], texts: dict[str, str], title: str,
           summary: str | None, parts: Parts, kind: str, warnings: list[str],
           start_inference: str = "learned") -> None:
    start_meta, end_meta = as_text(meta.pop("start", None)), as_text(meta.pop("end", None))
    start = parse_duration(start_meta)[0] if start_meta else None
    end = parse_duration(end_meta)[0] if end_meta else None
    # a key read as a date that holds none ("Fundación Ideas para la Paz: evaluación", a
    # row naming a foundation) leaves the start to the text
    if start or end:
        if start and end and (end.year, end.month or 12) < (start.year, start.month or 1):
            end = None
        facts.start, facts.end, facts.ongoing = start, end, (False if end else None)
        for name, value in (("start", start), ("end", end)):
            if value:
                facts.origins[name] = _origin("key", 0.95)
        return
    source, guessed = _rule_dates(facts, meta, texts, title, summary, parts, kind)
    if start_inference == "learned":
        inputs = StartInputs(title, (("summary", summary or ""), *parts), kind,
                             facts.start.year if facts.start else None, source, guessed)
        if learned_start(facts, inputs, warnings):
            return
    if guessed and facts.start:
        warnings.append(f"start year guessed from the text: {facts.start.year} — check")


def _rule_dates(facts: Facts, meta: dict[str, Any], texts: dict[str, str], title: str,
                summary: str | None, parts: Parts, kind: str) -> tuple[str | None, bool]:
    """The start, end and ongoing the rules read (a duration section, else the prose);
    where the start came from ("heading", "prose" or None) and whether it is a guess."""
    duration = texts.get("duration_text") or as_text(meta.get("duration_text"))
    if duration:
        facts.start, facts.end, facts.ongoing = parse_duration(duration)
        later = timeline_start(duration)  # a timeline opening with preparatory work
        if later and facts.start and later.start.year > facts.start.year:
            facts.start = later.start
        for name in ("start", "end"):
            if getattr(facts, name):
                facts.origins[name] = _origin("heading", 0.85, duration)
        if facts.start or facts.end:
            return ("heading" if facts.start else None), False
    if kind == "fact_sheet":
        return None, False
    # sections under headings we do not map are read with the activities, in reading
    # order; in a sheet about an event they tell of what came after it, so they come last
    event = about_event(title)
    zones = [[t for f, t in parts if f in z or (f is None and i == 2 and not event)]
             for i, z in enumerate(_START_ZONES)]
    zones[0].insert(0, summary or "")
    found = (first_published(zones) if kind == "resource" else
             find_start(zones, title, later=[t for f, t in parts if f is None and event]))
    # an organisation's start is its founding, as a sentence states it
    if not found or (kind == "id_sheet" and found.guessed):
        return None, False
    facts.start, facts.ongoing = found.start, found.ongoing if facts.end is None else False
    if found.end and facts.end is None:
        facts.end, facts.ongoing = found.end, False
        facts.origins["end"] = _origin("prose", 0.7, found.sentence)
    facts.origins["start"] = _origin("prose", 0.5 if found.guessed else 0.7, found.sentence)
    return "prose", found.guessed


def learned_start(facts: Facts, inputs: StartInputs, warnings: list[str],
                  model: StartModel | None = None) -> bool:
    """Let the learned model (`start_model`) re-rank the rules' start among the sheet's
    years; False (the rules stand, as they do without a year) when its weights are
    missing. A start it is not sure of, or the rules' guess it kept, is flagged and its
    confidence is at most 0.5. `model`: the bundled weights unless given."""
    model = model or bundled_model()
    chosen = model.choose(inputs, candidates(inputs)) if model else None
    if model is None or chosen is None:
        return False
    candidate, probability = chosen
    flagged = probability < model.confident or (inputs.rule_guessed
                                                and candidate.year == inputs.rule_year)
    confidence = round(min(probability, 0.5) if flagged else probability, 2)
    if facts.start is None or facts.start.year != candidate.year:
        facts.start = YearMonth(year=candidate.year, month=candidate.month)
        facts.ongoing = candidate.ongoing
        if facts.end and facts.end.year < candidate.year:
            facts.end = None
            facts.origins.pop("end", None)
        if facts.end:
            facts.ongoing = False
        facts.origins["start"] = _origin("inferred", confidence,
                                         "ranked first of the years the sheet names")
    else:
        origin = facts.origins.get("start")
        facts.origins["start"] = _origin(origin.source if origin else "prose", confidence,
                                         origin.note if origin else None)
    if flagged:
        warnings.append(f"start year guessed from the text: {candidate.year} — check")
    return True


def _themes(explicit: Any, parts: Parts, language: str | None,
            evaluation_kind: str | None, warnings: list[str]) -> list[str]:
    values = as_list(explicit)
    keys, unknown = theme_keys(values, load_vocabulary())
    if unknown:
        warnings.append("unknown themes ignored: " + ", ".join(repr(u) for u in unknown))
    if not keys:
        keys = infer_themes(parts, language, evaluation_kind)
    if not keys:
        warnings.append("no theme found")
    return keys


def as_list(value: Any) -> list[str]:
    """A metadata value as a list: a YAML list, or text split on `;`, `,` or lines."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    items = re.split(r"\s*[;\n]\s*|\s*,\s*(?![^()]*\))", str(value))
    return [i.strip(" -*•") for i in items if i.strip(" -*•")]


def as_text(value: Any) -> str | None:
    """A metadata value as stripped text (a list joined by commas), None when empty."""
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value).strip()
    return text or None
