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
# a change the sheet reports …
CHANGE = _any(
    r"reduc", r"reduz", r"riduz", r"decreas", r"declin", r"fell\b", r"fallen\b", r"dropp?ed",
    r"lower\b", r"fewer", r"baiss", r"diminu", r"recul", r"descen", r"disminu", r"calo\b",
    r"calat", r"ruckgang", r"gesunken", r"gesenkt", r"zuruckgegangen", r"daling", r"gedaald",
    r"afname", r"afgenomen", r"increas", r"rose\b", r"risen\b", r"hausse", r"augment",
    r"aument", r"anstieg", r"gestiegen", r"toename", r"gestegen", r"improv", r"amelior",
    r"mejor", r"miglior", r"verbesser", r"melhor", r"verbeter", r"stijg", r"steeg\b",
    r"zuruck\b", r"\d+(?:[.,]\d+)? ?(?:%|per ?cent|"
    r"pour ?cent|por ?ciento|per ?cento|prozent|por ?cento|procent)",
)
# … in an outcome, not in the practice's own activity
OUTCOME = _any(
    r"crim", r"offen[cs]", r"delit", r"delinquen", r"delincuen", r"criminalit", r"straftat",
    r"kriminalit", r"misdrijf", r"misdaad", r"criminaliteit", r"burglar", r"cambriolage",
    r"robo", r"furt", r"furto", r"einbruch", r"diefstal", r"inbra", r"theft", r"vol(?:s)?\b",
    r"robber", r"violen", r"gewalt", r"geweld", r"assault", r"agress", r"aggress", r"victim",
    r"vitim", r"opfer", r"slachtoffer", r"recidiv", r"reoffend", r"re-offend", r"reincid",
    r"recidive", r"ruckfall", r"incident", r"vandal", r"anti-?social", r"nuisance", r"overlast",
    r"storung", r"fear", r"peur", r"miedo", r"paura", r"angst", r"medo", r"insecur", r"insegur",
    r"insicur", r"onveilig", r"feeling of safety", r"sentiment de securite",
    r"sensacion de seguridad", r"percepcion de seguridad", r"percezione di sicurezza",
    r"sicherheitsgefuhl", r"sicherheitsempfinden", r"veiligheidsgevoel", r"sensacao de seguranca",
    r"percecao de seguranca", r"complaint", r"plaintes?\b", r"denuncia", r"denunce", r"anzeigen",
    r"aangifte", r"queixa", r"drop-?out", r"decrochage", r"abandono escolar", r"dispersione",
    r"schulabbruch", r"schooluitval", r"absenteeism", r"absenteisme", r"absentismo",
    r"assenteismo", r"schulschwanz", r"verzuim", r"truancy", r"drug use", r"consommation",
    r"consumo", r"konsum", r"gebruik", r"overdos", r"sobredos", r"injur", r"blessures?",
    r"lesion", r"verletz", r"letsel", r"accident", r"unfall", r"ongeval", r"arrest",
    r"homicid", r"moord", r"mord", r"infect", r"hiv\b", r"mortal", r"deaths?\b", r"deces",
    r"muertes?", r"mort[ie]\b", r"mortes\b", r"todesf", r"doden\b", r"urgenc", r"emergenc",
    r"hospital", r"pratiques a risque", r"risk behaviou?r", r"conductas de riesgo",
    r"comportamenti a rischio", r"risikoverhalten", r"risicogedrag", r"comportamentos de risco",
    r"tranquillite publique", r"ordre public", r"seguridad ciudadana", r"public order",
    # inside German and Dutch compounds ("Beschaffungskriminalität", "jeugdcriminaliteit")
    r"\w*(?:kriminalit|gewalt|einbruch|diebstahl|straftat|delikt|criminaliteit|geweld|"
    r"inbra|diefstal|overlast|drogentot)",
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
    if any(p.search(clause) for p in (cue.PLANNED, cue.ELSEWHERE, cue.HEDGE, cue.ABSENT)):
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


def reports_outcome(text: str, language: str | None) -> bool:
    """Whether a folded clause or sentence reports a change in an outcome ("burglaries fell
    by 20 %"), not in the practice's activity, and does not deny measuring it."""
    if any(p.search(text) for p in (cue.PLANNED, cue.ELSEWHERE, cue.HEDGE, cue.ABSENT)):
        return False
    outcome = OUTCOME.search(text)
    return bool(CHANGE.search(text) and outcome and not _measure_denied(text, outcome, language))


def _measure_denied(clause: str, outcome: re.Match[str], language: str | None) -> bool:
    """Whether the outcome itself is denied ("no data on crime"), as against a change being
    denied ("crime did not fall", "no reduction in burglaries": still a measured outcome)."""
    for negation in negation_pattern(language).finditer(clause[: outcome.start()]):
        between = clause[negation.end(): outcome.start()]
        if len(between) <= 40 and not CHANGE.search(between):
            return True
    return False


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
