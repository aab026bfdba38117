"""What one clause of a sheet says about its practice's evaluation (`read_clause`).

A clause that names an evaluation, a study with a design, monitoring or promoters reporting
effects is one statement; what it says depends on its own words only:

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

How a sheet's statements are weighed is `evaluation.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from repository.ingest.normalise import absence_cues as absence
from repository.ingest.normalise import evaluation_cues as cue
from repository.ingest.normalise import negation_scope_cues as scope
from repository.ingest.normalise import own_account_cues as own
from repository.ingest.normalise.sentences import clauses, sentences

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


def negation_pattern(language: str | None) -> re.Pattern[str]:
    return cue.NEGATION.get(language or "", cue.NEGATION_ANY)


_ANCHORS = (("evaluation", cue.EVALUATION), ("research", cue.RESEARCH), ("design", cue.DESIGN),
            ("balance", own.BALANCE), ("published", own.PUBLISHED),
            ("own records", own.OWN_RECORDS),
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
            if name == "evaluation" and scope.OFFICE_HOLDER.search(
                    clause[max(0, match.start() - 40): match.start()]):
                continue  # "the chair of the inquiry": a person's title
            return name, match
    return None


def who_evaluated(clause: str, anchor: str) -> EvaluationKind:
    if cue.INTERNAL.search(clause):
        return "internal"
    academic = cue.ACADEMIC.search(clause) or anchor == "research"
    if cue.DESIGN.search(clause) or (academic and cue.PRE_POST.search(clause)):
        return "scientific"
    if cue.EXTERNAL.search(clause) or cue.ACADEMIC.search(clause) or anchor == "research":
        return "external"
    if scope.COMMISSIONED.search(clause):
        return "external"  # "commissioned the consultancy X to assess"
    # "evaluated by X", "von X evaluiert": X is not the practice's own people
    agent = cue.AGENT.search(clause) or scope.AGENT_BEFORE.search(clause)
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
    absent = bool(absence.ABSENT.search(main))
    hedged = bool(absence.HEDGE.search(main))
    effect = bool(cue.EFFECT.search(clause))
    if anchor == "research" and not (effect or finding or cue.DESIGN.search(clause)
                                     or cue.ACADEMIC.search(clause) or cue.STUDIED.search(clause)):
        # "research and documentation" as an activity; the clause may still monitor
        later = _anchor(clause, skip=("evaluation", "research", "design"))
        return _monitoring(later[0], negated, planned, effect, clause) if later else None
    if anchor in ("balance", "published", "own records"):
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
    kind = who_evaluated(without_lacking_designs(clause), anchor)
    if cue.ELSEWHERE.search(clause) and not cue.DESIGN.search(clause):  # not "areas elsewhere"
        return None  # evaluations abroad or in general say nothing of this practice
    return Statement(kind, STRONG, clause)


_LACKING = re.compile(r"(?:" + "|".join(scope.PREPOSITIONS) + r")\s+(?:\w+\s+)?$")


def without_lacking_designs(clause: str) -> str:
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
    if _of_the_compared(before):
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
               and not _of_the_compared(main[: m.start()])
               for m in absence.PLANNED.finditer(main))


def _of_the_compared(before: str) -> bool:
    """Whether what follows `before` is a relative clause on a compared group ("comparing
    the cities that had quadrants with those that did not yet"): the group's, not ours."""
    return bool(scope.RELATIVE_BEFORE.search(before[-40:]) and cue.DESIGN.search(before))


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


def statements(text: str, language: str | None) -> list[Statement]:
    """Every statement about evaluation in a text, in order."""
    out = []
    for sentence in sentences(text):
        for clause in clauses(sentence):
            statement = read_clause(clause, language)
            if statement is not None:
                out.append(statement)
    return out
