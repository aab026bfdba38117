"""How strong the evidence of a practice's evaluation is: the evidence scale (docs/evidence.md).

The level builds on the evaluation finding (`evaluation.find_evaluation`): no finding gives
no level (the sheet does not say), an evaluation kind "none" gives "none". Otherwise the
evaluation and results sections are read clause by clause (the same sentence and clause
splitting and negation handling as the evaluation kind) and the strongest design a clause
affirms sets the level:

* experimental — random assignment ("randomised", "RCT", "tirage au sort", "aleatorio",
  "gerandomiseerd"), not a random sample of a survey;
* quasi_experimental — a control or comparison group or area, difference-in-differences,
  an interrupted time series, matching, places with and without the practice;
* outcome — outcomes measured without a comparison: before/after, a baseline, an impact
  evaluation, or a change reported in an outcome (crime, victims, reoffending, fear …),
  not in activity counts ("the number of participants grew");
* descriptive — an evaluation exists but reports process, activity or satisfaction only.

A scientific evaluation kind is at least outcome (docs/evidence.md: the level agrees
with the kind), an internal or external one at least descriptive.

A design that is negated ("no control group", "non randomisé", "nicht randomisiert"),
only planned ("an RCT is planned"), hedged or said to be lacking ("outcome evaluations
are limited") or about other places is not counted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from repository.ingest.normalise import evaluation_cues as cue
from repository.ingest.normalise import negation_scope_cues as scope
from repository.ingest.normalise.evaluation import (
    EvaluationFinding,
    find_evaluation,
    negates,
    negation_pattern,
)
from repository.ingest.normalise.outcomes import reports_outcome, unaffirmed
from repository.ingest.normalise.sentences import clauses, folded, sentences
from repository.model import EvidenceLevel

LEVELS: tuple[EvidenceLevel, ...] = ("none", "descriptive", "outcome", "quasi_experimental",
                                     "experimental")
_RANK = {level: n for n, level in enumerate(LEVELS)}


def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(words) + r")")


# random assignment of people, places or cases to the practice
RANDOMISED = _any(
    r"randomi[sz]", r"\brcts?\b", r"random(?:ly)? (?:assign|allocat)", r"assigned at random",
    r"allocated at random", r"random (?:assignment|allocation)", r"aleatori",
    r"aleatoriamente", r"asignad[oa]s? al azar", r"al azar", r"sorteo", r"tirage au sort",
    r"tire(?:e|s|es)? au sort", r"au hasard", r"sorteggi", r"estratt[ie] a sorte",
    r"assegna(?:ti|te|zione) (?:in modo )?casual", r"zufallig (?:zugeteilt|zugewiesen|ausgewahlt)",
    r"zufallszuweisung", r"zufallsauswahl", r"randomisiert", r"gerandomiseerd", r"loting",
    r"door loting", r"ingeloot", r"sorteio", r"sortead[oa]s?", r"randomizad", r"randomizzat",
)
# a random sample of a survey is not random assignment
_SAMPLE = _any(r"sample", r"echantillon", r"muestra", r"campione", r"stichprobe",
               r"steekproef", r"amostra")
# a comparison group, area or series: a quasi-experiment
COMPARISON = _any(
    cue.STRONG_DESIGN.pattern[len(r"(?<![\w])(?:"):-1],
    r"differences?[- ]in[- ]differences?", r"diff-in-diff", r"double difference",
    r"doubles? differences?", r"diferencias? en diferencias?", r"differenz(?:e|en)? in (?:den )?"
    r"differenzen", r"differenza nelle differenze", r"verschil-in-verschil",
    r"diferenca(?:s)? (?:nas|em) diferencas", r"interrupted time[- ]series",
    r"series? temporelles? interrompue", r"series? temporales? interrumpida",
    r"serie storiche? interrott", r"unterbrochene zeitreihe", r"onderbroken tijdreeks",
    r"series? temporais? interrompida", r"synthetic control", r"controle synthetique",
    r"control sintetico", r"controllo sintetico", r"synthetische kontroll",
    r"synthetische controle",
    r"controlo sintetico", r"propensity score", r"matched (?:comparison|control|streets|areas|"
    r"groups|schools|sites|neighbourhoods|districts|towns|cities)", r"appari(?:e|es|ement)",
    r"emparejad", r"appaiat", r"gematcht", r"emparelhad",
    r"with and without", r"avec et sans", r"con y sin", r"con e senza", r"mit und ohne",
    r"com e sem", r"met en zonder", r"experimental group", r"groupes? experimenta",
    r"grupos? experimenta", r"gruppo sperimentale", r"experimentalgruppe",
    r"experimentele groep", r"gruppi? di confronto", scope.WITHOUT_THE_PRACTICE.pattern,
    # compared with other or similar places or groups (not with last year: an outcome)
    r"(?:compar|confront|vergl|vergele|vergelijk|rispetto|par rapport|em relacao)\w*\s"
    r"(?:[\w']+\s){0,5}?(?:other|similar|comparable|matched|autres|d'autres|similaires|"
    r"otr[oa]s|similares|altr[ie]|simili|analoghe|anderen|ahnlichen|vergleichbaren|andere|"
    r"vergelijkbare|soortgelijke|outr[oa]s|semelhantes)\s(?:[\w']+\s)?(?:areas?|districts?|"
    r"neighbourhoods?|cities|towns|schools|streets|groups?|quartiers|zones|villes|ecoles|"
    r"communes|rues|groupes|barrios|zonas|ciudades|escuelas|calles|municipios|quartieri|"
    r"zone|citta|scuole|strade|gruppi|comuni|stadtteilen?|gebieten?|stadten?|schulen|"
    r"strassen|gruppen|gemeinden|quartieren?|wijken|gebieden|steden|scholen|straten|groepen|"
    r"gemeenten|bairros|cidades|escolas|ruas|concelhos|freguesias)", r"grupos? de comparacion",
    r"groupes? de comparaison", r"zones? (?:de comparaison|temoins?)",
    r"quartiers? temoins?", r"ecoles? temoins?", r"vergleichs(?:gruppe|gebiet|gemeinde|stadt|"
    r"schule|regionen?|quartier)", r"controle(?:groep|wijk|gebied|school|scholen|gemeente)",
)
# outcomes measured without a comparison: before and after, a baseline, an impact study
MEASURED = _any(
    cue.PRE_POST.pattern[len(r"(?<![\w])(?:"):-1],
    r"baseline", r"ligne de base", r"situation de reference", r"linea de base", r"linea di base",
    r"nullmessung", r"ausgangsmessung", r"nulmeting", r"linha de base", r"pre-?tests?",
    r"post-?tests?", r"avant/apres", r"antes/despues", r"prima/dopo", r"vorher/nachher",
    r"voor/na", r"antes/depois", r"voor en na", r"voor- en na", r"pre y post", r"pre e post",
    r"pre e pos",
    r"(?:impact|outcome|effect|effectiveness) (?:evaluation|assessment|study|analysis)",
    r"evaluations? (?:d'impact|des effets|des resultats)", r"etudes? d'impact",
    r"evaluacion(?:es)? de (?:impacto|resultados|efectos)", r"valutazion[ei] (?:d'impatto|"
    r"dell'impatto|di impatto|degli esiti|degli effetti)", r"wirkungs(?:evaluation|analyse|"
    r"messung|bewertung|forschung)", r"avaliac(?:ao|oes) (?:de|do) (?:impacto|resultados|efeitos)",
    r"effect(?:evaluatie|meting|onderzoek)", r"impactevaluatie",
)
DESIGN_ANY = re.compile("|".join(p.pattern for p in (RANDOMISED, COMPARISON, MEASURED)))
_CONFIDENCE = {"experimental": 0.85, "quasi_experimental": 0.8, "outcome": 0.7,
               "descriptive": 0.65}


@dataclass(frozen=True)
class EvidenceFinding:
    """The evidence level of a sheet, where it was read, how sure we are and why."""

    level: EvidenceLevel
    origin: str  # "heading" (evaluation or results section) or "prose"
    confidence: float
    evidence: str


def _affirmed(pattern: re.Pattern[str], clause: str, language: str | None) -> bool:
    """Whether the clause affirms a design cue: not negated ("no control group",
    "non-randomised", "a control group was not used"), where a negation before a design
    word ("a comparison group, not randomised") negates that word only."""
    negations = [n for n in negation_pattern(language).finditer(clause)]
    for match in pattern.finditer(clause):
        before = clause[max(0, match.start() - 6): match.start()]
        if re.search(r"(?:\bnon|\bnicht|\bniet|\bnao|\bun)-$|\bnon $", before):
            continue  # "non-randomised", "nicht-randomisiert", "unrandomised"
        if not any(_negates_design(n, match, clause) for n in negations):
            return True
    return False


def _negates_design(negation: re.Match[str], match: re.Match[str], clause: str) -> bool:
    """Whether a negation word negates the design cue `match`: right before it, or after it
    ("was not used") when no other design word follows the negation."""
    if not negates(negation, clause, match):
        return False
    if 0 <= match.start() - negation.end() <= 40:
        return True
    if 0 <= negation.start() - match.end() <= 40:
        return not DESIGN_ANY.search(clause[negation.end(): negation.end() + 25])
    return False


def clause_level(clause: str, language: str | None) -> EvidenceLevel | None:
    """The level of evidence a folded clause affirms, or None when it affirms no design."""
    if unaffirmed(clause):
        return None  # planned, abroad, "evaluations are limited", "are lacking"
    for match in RANDOMISED.finditer(clause):
        if _SAMPLE.search(clause[max(0, match.start() - 30): match.end() + 30]):
            clause = clause[: match.start()] + " " * (match.end() - match.start()) + \
                clause[match.end():]  # "a random sample": no design
    if _affirmed(RANDOMISED, clause, language):
        return "experimental"
    if _affirmed(COMPARISON, clause, language):
        return "quasi_experimental"
    if _affirmed(MEASURED, clause, language) or reports_outcome(clause, language):
        return "outcome"
    return None


def find_evidence(parts: Sequence[tuple[str | None, str]], language: str | None,
                  evaluation: EvaluationFinding | None) -> EvidenceFinding | None:
    """The evidence level of a sheet from its (field, text) parts and its evaluation finding;
    None when the sheet says nothing about an evaluation."""
    if evaluation is None:
        return None
    if evaluation.kind == "none":
        return EvidenceFinding("none", evaluation.origin, evaluation.confidence,
                               evaluation.evidence)
    texts = [t for f, t in parts if f in ("evaluation", "results")]
    if evaluation.origin == "prose":
        texts.append(evaluation.evidence)
    # a scientific evaluation (a design, a study) measured outcomes: its level is at least that
    best: tuple[EvidenceLevel, str] = ("outcome" if evaluation.kind == "scientific"
                                       else "descriptive", evaluation.evidence)
    for text in texts:
        for sentence in sentences(text):
            for clause in clauses(sentence):
                level = clause_level(clause, language)
                if level and _RANK[level] > _RANK[best[0]]:
                    best = (level, clause)
            # the outcome and its change may sit in two clauses ("crime …: it fell")
            whole = folded(sentence)
            if _RANK[best[0]] < _RANK["outcome"] and reports_outcome(whole, language):
                best = ("outcome", whole)
    weight = 1.0 if evaluation.origin == "heading" else 0.8
    return EvidenceFinding(best[0], evaluation.origin, round(_CONFIDENCE[best[0]] * weight, 2),
                           best[1])


def evidence_level(text: str | None, language: str | None = None) -> EvidenceLevel | None:
    """The evidence level an evaluation section describes, or None when it does not say."""
    if not text or not text.strip():
        return None
    parts = [("evaluation", text)]
    finding = find_evidence(parts, language, find_evaluation(parts, language))
    return finding.level if finding else None
