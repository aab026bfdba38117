"""Whether a sheet reports an evaluation of its practice, and who did it.

The sheet is read statement by statement (sentences cut into clauses). A clause that
names an evaluation, a study with a design, monitoring or promoters reporting effects
is one statement; what it says depends on its own words only:

* negated ("no independent evaluation", "nicht evaluiert") or only planned ("an
  evaluation is planned for 2025") → "none", a statement that there is none;
* a design (control or comparison group, before/after, randomisation, a journal) →
  scientific, unless the sheet calls it an internal evaluation;
* independent, external, an audit body, an inquiry, a consultancy, researchers, or a
  named body other than the practice's own people ("evaluated by Ipsos", "avaliado pelo
  ISCTE") → external; the team itself, monitoring, indicators → internal; by whom unsaid →
  internal (the promoters' own account);
* the promoters' own verdict ("zog die Stadt selbst eine positive Bilanz") or the records
  they keep and publish of the practice ("la fédération publie chaque année ses
  statistiques d'appels", "het team houdt bij hoeveel jongeren het bereikt") → internal,
  firm enough to count anywhere in the sheet;
* results presented at an event, counts that only describe the practice, an assessment
  of a person's risk, evaluations abroad or in general → no statement about this
  practice's evaluation.

Where the line between monitoring and evaluation is drawn: "internal" means the
promoters' own account of their practice. An evaluation section that names no
evaluation and denies none, but reports what the promoters measured (counts of use,
figures, effects they saw) is that account: internal, weak and flagged. The same counts
anywhere else in the sheet, or a section that only cites critics or evaluations
elsewhere, are not an evaluation.

Statements are weighed by strength: an affirmed evaluation beats a denial, a denial
("not evaluated") beats monitoring or reported effects, and those beat a qualified
denial ("no independent evaluation") or a hedge ("evaluations are limited"). The
evaluation section is read first, then results, then the rest of the sheet (where
only firm statements count). No statement at all gives None. The convention the truth
sets follow is written in docs/evidence.md ("What counts as an evaluation").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from repository.ingest.normalise import evaluation_cues as cue
from repository.ingest.normalise import negation_scope_cues as scope
from repository.ingest.normalise import own_account_cues as own
from repository.ingest.normalise.outcomes import reports_outcome
from repository.ingest.normalise.sentences import clauses, folded, sentences

EvaluationKind = Literal["none", "internal", "external", "scientific"]

_RANK = {"none": 0, "internal": 1, "external": 2, "scientific": 3}
STRONG, DENIAL, WEAK = 3, 2, 1


@dataclass(frozen=True)
class Statement:
    """What one clause says about the practice's evaluation."""

    kind: EvaluationKind
    strength: int  # STRONG affirmed, DENIAL, WEAK (monitoring, reports, hedges, elsewhere)
    text: str

    @property
    def key(self) -> tuple[int, int, int]:
        return (self.strength, self.kind != "none", _RANK[self.kind])


@dataclass(frozen=True)
class EvaluationFinding:
    """The evaluation kind of a sheet, where it was read and how sure we are."""

    kind: EvaluationKind
    origin: str  # "heading": the evaluation or results section; "prose": elsewhere
    confidence: float
    evidence: str


def negation_pattern(language: str | None) -> re.Pattern[str]:
    return cue.NEGATION.get(language or "", cue.NEGATION_ANY)


_ANCHORS = (("evaluation", cue.EVALUATION), ("research", cue.RESEARCH), ("design", cue.DESIGN),
            ("balance", own.BALANCE), ("published", own.PUBLISHED),
            ("monitoring", cue.MONITORING), ("reported", cue.REPORTED))


def _anchor(clause: str, skip: tuple[str, ...] = ()) -> tuple[str, re.Match[str]] | None:
    """The first word that makes a clause about an evaluation, and its class."""
    for name, pattern in _ANCHORS:
        if name in skip:
            continue
        for match in pattern.finditer(clause):
            window = clause[max(0, match.start() - 25): match.end() + 45]
            if name in ("evaluation", "research") and cue.RISK.search(window):
                continue  # "risk assessment", "évaluation du danger": an activity
            return name, match
    return None


def _who(clause: str, anchor: str) -> EvaluationKind:
    if cue.INTERNAL.search(clause):
        return "internal"
    academic = cue.ACADEMIC.search(clause) or anchor == "research"
    if cue.DESIGN.search(clause) or (academic and cue.PRE_POST.search(clause)):
        return "scientific"
    if cue.EXTERNAL.search(clause) or cue.ACADEMIC.search(clause) or anchor == "research":
        return "external"
    if scope.COMMISSIONED.search(clause):
        return "external"  # "commissioned the consultancy X to assess"
    agent = cue.AGENT.search(clause)  # "evaluated by X": X is not the practice's own people
    if agent and not cue.OWN_AGENT.match(agent.group("agent")):
        return "external"
    return "internal"


def read_clause(clause: str, language: str | None) -> Statement | None:
    """The statement a folded clause makes, or None when it says nothing on evaluation."""
    found = _anchor(clause)
    if found is None:
        return None
    anchor, match = found
    if anchor == "design" and re.search(r"(?:" + "|".join(scope.PREPOSITIONS) + r")\s+(?:\w+\s+)?$",
                                        clause[max(0, match.start() - 20): match.start()]):
        # "une enquête …, sans groupe de comparaison": the survey is the statement, and
        # it has no design; "without a control group" alone says nothing
        clause = clause[: match.start()] + clause[match.end():]
        found = _anchor(clause, skip=("design",))
        if found is None:
            return None
        anchor, match = found
    finding = cue.FINDING.search(clause, match.end())
    # what qualifies the evaluation: the clause up to a finding ("found that …"); a
    # negation right before the finding verb ("did not find") belongs to the finding
    main = cue.NOT_ONLY.sub(" ", clause[: finding.start()] if finding else clause)
    main = scope.NOT_TREATED.sub(" ", scope.WITHOUT_THE_PRACTICE.sub(" ", main))
    negated = any(negates(n, clause, match) and not _of_a_later_design(n, match, clause)
                  for n in negation_pattern(language).finditer(main))
    word = re.match(r"\w+", clause[match.start():])
    if anchor == "evaluation" and word and cue.TO_EVALUATE.fullmatch(word.group(0)) and not (
            _causative(clause[max(0, match.start() - 60): match.start()])
            or re.match(r"\w+\s+(?:lassen|liess|laten)\b", clause[match.start():])):
        return Statement("none", WEAK, clause)  # "to evaluate its impact": an intention
    planned = _planned(main)
    absent = bool(cue.ABSENT.search(main))
    hedged = bool(cue.HEDGE.search(main))
    effect = bool(cue.EFFECT.search(clause))
    if anchor == "research" and not (effect or finding or cue.DESIGN.search(clause)
                                     or cue.ACADEMIC.search(clause) or cue.STUDIED.search(clause)):
        # "research and documentation" as an activity; the clause may still monitor
        later = _anchor(clause, skip=("evaluation", "research", "design"))
        return _monitoring(later[0], negated, planned, effect, clause) if later else None
    if anchor in ("balance", "published"):
        return _own_verdict(anchor, negated or planned, clause)
    if anchor in ("monitoring", "reported"):
        return _monitoring(anchor, negated, planned, effect, clause)
    if negated or planned or absent:
        qualified = bool(cue.QUALIFIED.search(main))  # "no independent evaluation"
        strong = anchor != "design" and not qualified
        return Statement("none", DENIAL if strong else WEAK, clause)
    if hedged:
        return Statement("none", WEAK, clause)
    if cue.ACTIVITY.search(clause) and not effect and not cue.INTERNAL.search(clause):
        return None  # counts of activity, unless the clause calls them an internal evaluation
    if anchor == "design" and not (effect or cue.ACADEMIC.search(clause)
                                   or cue.STRONG_DESIGN.search(clause)):
        return None
    kind = _who(_without_lacking_designs(clause), anchor)
    if cue.ELSEWHERE.search(clause) and not cue.DESIGN.search(clause):  # not "areas elsewhere"
        return None  # evaluations abroad or in general say nothing of this practice
    return Statement(kind, STRONG, clause)


_LACKING = re.compile(r"(?:" + "|".join(scope.PREPOSITIONS) + r")\s+(?:\w+\s+)?$")


def _without_lacking_designs(clause: str) -> str:
    """The clause without the designs it says it lacks ("…, without a control group",
    "sin asignación aleatoria"): who evaluated is read from the rest."""
    for match in reversed(list(cue.DESIGN.finditer(clause))):
        if _LACKING.search(clause[max(0, match.start() - 20): match.start()]):
            clause = clause[: match.start()] + clause[match.end():]
    return clause


def negates(negation: re.Match[str], clause: str, anchor: re.Match[str]) -> bool:
    """Whether a negation word negates the clause's evaluation: not before a finding verb
    ("did not find"), a preposition ("streets without gates") only its own object, and not
    in a relative clause after a comparison ("compared with a group who did not")."""
    if re.match(r"\s*(?:\w+\s+)?(?:" + cue.FINDING.pattern + ")", clause[negation.end():]):
        return False
    if negation.group(0) in scope.PREPOSITIONS:
        return 0 <= anchor.start() - negation.end() <= 30
    before = clause[: negation.start()]
    if scope.RELATIVE_BEFORE.search(before[-40:]) and cue.DESIGN.search(before):
        return False  # "compared with a matched group who did not": the group's, not ours
    after = clause[negation.end():]
    if cue.DESIGN.search(before) and scope.NEGATED_PARTICIPLE.match(after) and not \
            cue.DESIGN.search(after[:20]):  # "…, not randomised" still negates its design
        return False  # "compared with the rates of minors not mediated"
    return True


def _of_a_later_design(negation: re.Match[str], anchor: re.Match[str], clause: str) -> bool:
    """Whether a negation after the evaluation word negates a design word it stands before
    ("an evaluation with a comparison group, not randomised"): the evaluation stands."""
    if negation.start() < anchor.end():
        return False
    after = clause[negation.end(): negation.end() + 15]
    return bool(cue.DESIGN.search(after) or cue.STRONG_DESIGN.search(after))


def _monitoring(anchor: str, negated: bool, planned: bool, effect: bool,
                clause: str) -> Statement | None:
    """Monitoring or effects the promoters report: the weakest internal statement; a
    survey a university or an independent body ran is theirs: external."""
    if negated or planned or (anchor == "reported" and not effect):
        return None
    if cue.ACADEMIC.search(clause) or cue.EXTERNAL.search(clause):
        return Statement("external", STRONG, clause)
    return Statement("internal", WEAK, clause)


_PURPOSE = re.compile(r"(?:para|per|um|pour|to|om)\s")


def _planned(main: str) -> bool:
    """Whether a clause only plans its evaluation ("an evaluation is planned", "to evaluate
    its impact"), not when someone was commissioned to evaluate ("gaf het bureau opdracht
    om … te evalueren", "commissioned X to evaluate")."""
    return any(not (_PURPOSE.match(m.group(0)) and _causative(main[: m.start()]))
               for m in cue.PLANNED.finditer(main))


def _causative(text: str) -> bool:
    """Whether a text has someone make or commission another do what follows."""
    return bool(scope.CAUSATIVE.search(text) or scope.COMMISSIONED.search(text))


def _own_verdict(anchor: str, negated: bool, clause: str) -> Statement | None:
    """The promoters' balance of their practice, or the records they keep and publish of
    it: an internal evaluation, firm enough to count anywhere in the sheet. Another
    body's statistics are about the problem, not the practice's own account."""
    if negated:
        return None
    if cue.ACADEMIC.search(clause) or cue.EXTERNAL.search(clause):
        return Statement("external", STRONG, clause) if anchor == "balance" else None
    return Statement("internal", DENIAL, clause)


def short_answer(text: str, language: str | None) -> Statement | None:
    """What a short answer under an evaluation heading or key says ("no", "Ja", "externe,
    par l'Université de Liège", "interne : bilan annuel"): the heading is its subject."""
    words = folded(text).split()
    if not words or len(words) > 15:
        return None
    head = " ".join(words)
    if cue.NO.match(head):
        return Statement("none", DENIAL, head)
    yes = bool(cue.YES.match(head))
    if yes:
        head = head.split(maxsplit=1)[1] if len(words) > 1 else ""
    found = [s for c in clauses(head) if _names_who(c)
             for s in [read_clause(f"evaluation {c}", language)] if s]
    return _best(found) or (Statement("internal", STRONG, text) if yes else None)


def _names_who(clause: str) -> bool:
    """Whether a clause says who evaluated or how (a kind word), not just anything."""
    return any(p.search(clause) for p in (cue.INTERNAL, cue.EXTERNAL, cue.ACADEMIC, cue.DESIGN,
                                          cue.STRONG_DESIGN))


def statements(text: str, language: str | None) -> list[Statement]:
    """Every statement about evaluation in a text, in order."""
    out = []
    for sentence in sentences(text):
        for clause in clauses(sentence):
            statement = read_clause(clause, language)
            if statement is not None:
                out.append(statement)
    return out


def _reported(clause: str) -> bool:
    """Whether a clause outside the evaluation sections reports an evaluation (a finding, a
    participle, a design, an inquiry) rather than naming one ("audit and evaluation tools")."""
    return bool(cue.FINDING.search(clause) or cue.EVALUATED.search(clause)
                or cue.STUDIED.search(clause) or cue.STRONG_DESIGN.search(clause)
                or own.BALANCE.search(clause) or own.PUBLISHED.search(clause)
                or re.search(r"inquiry|enquete|untersuchungsausschu|investigacion|inchiesta|"
                             r"inquerito|enquetecommissie|cour des comptes|rekenkamer", clause))


_CRITICISM = re.compile(r"(?<![\w])(?:critic|critiq|kritik|kritiek|critica|criticad)")
FIGURES = re.compile(r"\d+(?:[.,]\d+)?\s*%|\b\d{2,}(?:[ .,]\d{3})*\b(?!\s*(?:€|eur))")


def _own_account(text: str) -> Statement | None:
    """An evaluation section that states no evaluation and denies none, but reports what
    the promoters measured — counts of activity, figures, effects they observed ("1,200
    calls were answered, 80 % of them resolved") — is the practice's own account of its
    results: an internal evaluation, the weakest kind (flagged for review). Counting is
    monitoring; under the sheet's own evaluation heading it is what the sheet offers as
    its evaluation, so it counts; anywhere else it does not."""
    clean = folded(text)
    if len(clean.split()) <= 15 or cue.EVALUATION.search(clean) or cue.RESEARCH.search(clean) \
            or _CRITICISM.search(clean):
        return None  # it spoke of evaluations and said none of this one; or only of critics
    if cue.ACTIVITY.search(clean) or cue.EFFECT.search(clean) or FIGURES.search(clean):
        return Statement("internal", WEAK, text[:200])
    return None


def _outcome_reported(text: str, language: str | None) -> Statement | None:
    """A change in an outcome that an evaluation or results section reports as the
    practice's result, naming no evaluation ("da allora i furti sono calati del 20 %"):
    by whom unsaid, the promoters' own account of their outcomes, internal and weak."""
    negation = cue.NEGATION.get(language or "", cue.NEGATION_ANY)
    for sentence in sentences(text):
        clean = folded(sentence)
        if cue.EVALUATION.search(clean) or negation.search(clean) or _CRITICISM.search(clean):
            continue  # the denial's own sentence, or a doubt: not the outcome reported
        if reports_outcome(clean, language):
            return Statement("internal", WEAK, sentence[:200])
    return None


def _best(found: Iterable[Statement]) -> Statement | None:
    return max(found, key=lambda s: s.key, default=None)


def _weak_denial(best: Statement | None) -> bool:
    """A denial of only some evaluation ("no independent evaluation")."""
    return best is not None and best.kind == "none" and best.strength == WEAK


_CONFIDENCE = {STRONG: 0.9, DENIAL: 0.85, WEAK: 0.55}


def find_evaluation(parts: Sequence[tuple[str | None, str]],
                    language: str | None) -> EvaluationFinding | None:
    """The evaluation a sheet reports, from its (field, text) parts in reading order.

    Evaluation sections are read first, then results sections, then the rest, where a
    weak statement (a hedge, monitoring, effects reported by the promoters) is not enough.
    """
    groups = (("heading", 1.0, [t for f, t in parts if f == "evaluation"]),
              ("heading", 0.9, [t for f, t in parts if f == "results"]),
              ("prose", 0.8, [t for f, t in parts if f not in ("evaluation", "results")]))
    reported: list[Statement] | None = None  # outcomes the heading groups report
    for origin, weight, texts in groups:
        found = [s for t in texts for s in statements(t, language)]
        if origin == "heading" and weight == 1.0 and not found:
            found = [s for t in texts for s in [short_answer(t, language)] if s]
            found = found or [s for t in texts for s in [_own_account(t)] if s]
        if origin == "heading" and _weak_denial(_best(found)):
            # "no independent evaluation; burglaries fell by a third": the promoters' account
            if reported is None:
                reported = [s for t in (*groups[0][2], *groups[1][2])
                            for s in [_outcome_reported(t, language)] if s]
            found += reported
        if origin == "prose":
            found = [s for s in found if s.strength > WEAK and _reported(s.text)]
        best = _best(found)
        if best is not None:
            confidence = _CONFIDENCE[best.strength] * weight
            if best.kind == "internal" and best.strength == STRONG and not cue.INTERNAL.search(
                    best.text):
                confidence -= 0.15  # evaluated, by whom unsaid
            return EvaluationFinding(best.kind, origin, round(confidence, 2), best.text)
    return None


def evaluation_kind(text: str | None, language: str | None = None) -> EvaluationKind | None:
    """The evaluation kind an evaluation section describes, or None when it does not say."""
    if not text or not text.strip():
        return None
    finding = find_evaluation([("evaluation", text)], language)
    return finding.kind if finding else None
