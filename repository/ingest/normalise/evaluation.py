"""Whether a sheet reports an evaluation of its practice, and who did it.

The sheet is read statement by statement (sentences cut into clauses, each read by
`evaluation_clauses.read_clause`). Some statements need a whole section:

* a short answer under an evaluation heading ("no", "externe, par l'Université de
  Liège"): the heading is its subject;
* researchers' study whose design another clause of the same section tells ("They
  compared … with similar …") → scientific; a study the evaluation section names without
  its findings → a study of the practice, by whom the section says.

Where the line between monitoring and evaluation is drawn: "internal" means the
promoters' own account of their practice. An evaluation section that names no
evaluation and denies none, but reports what the promoters measured (counts of use,
figures, effects they saw) is that account: internal, weak and flagged. The same counts
anywhere else in the sheet, or a section that only cites critics or evaluations
elsewhere, are not an evaluation. A results section that reports a change in an outcome
and ties it to the practice ("in the years that followed the roll-out") is that account
too; a trend in the problem it does not tie to the practice is not.

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

from repository.ingest.normalise import absence_cues as absence
from repository.ingest.normalise import evaluation_cues as cue
from repository.ingest.normalise import own_account_cues as own
from repository.ingest.normalise.evaluation_clauses import (
    DENIAL,
    STRONG,
    WEAK,
    EvaluationKind,
    Statement,
    negates,
    negation_pattern,
    read_clause,
    statements,
    who_evaluated,
    without_lacking_designs,
)
from repository.ingest.normalise.outcomes import reports_outcome, tied_to_practice
from repository.ingest.normalise.sentences import clauses, folded, sentences

__all__ = ["DENIAL", "STRONG", "WEAK", "EvaluationFinding", "EvaluationKind", "Statement",
           "evaluation_kind", "find_evaluation", "negates", "negation_pattern", "read_clause",
           "short_answer", "statements"]


@dataclass(frozen=True)
class EvaluationFinding:
    """The evaluation kind of a sheet, where it was read and how sure we are."""

    kind: EvaluationKind
    origin: str  # "heading": the evaluation or results section; "prose": elsewhere
    confidence: float
    evidence: str


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
    found = [s for c in clauses(head) if _nameswho_evaluated(c)
             for s in [read_clause(f"evaluation {c}", language)] if s]
    return _best(found) or (Statement("internal", STRONG, text) if yes else None)


def _nameswho_evaluated(clause: str) -> bool:
    """Whether a clause says who evaluated or how (a kind word), not just anything."""
    return any(p.search(clause) for p in (cue.INTERNAL, cue.EXTERNAL, cue.ACADEMIC, cue.DESIGN,
                                          cue.STRONG_DESIGN))


def _reported(clause: str) -> bool:
    """Whether a clause outside the evaluation sections reports an evaluation (a finding, a
    participle, a design, an inquiry) rather than naming one ("audit and evaluation tools")."""
    return bool(cue.FINDING.search(clause) or cue.EVALUATED.search(clause)
                or cue.STUDIED.search(clause) or cue.STRONG_DESIGN.search(clause)
                or own.BALANCE.search(clause) or own.PUBLISHED.search(clause)
                or own.OWN_RECORDS.search(clause)
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
            or _CRITICISM.search(clean) or own.EVIDENCE_LACKING.search(clean):
        # it spoke of evaluations and said none of this one; or only of critics, or of
        # evidence that is lacking
        return None
    if cue.ACTIVITY.search(clean) or cue.EFFECT.search(clean) or FIGURES.search(clean):
        # the account of another body's report (a parliament's, an audit office's): theirs
        external = own.REPORT.search(clean) and cue.EXTERNAL.search(clean)
        return Statement("external" if external else "internal", WEAK, text[:200])
    return None


def _study(text: str, language: str | None) -> Statement | None:
    """A study that the sheet's own evaluation section names without saying what it found
    ("estudo sobre o funcionamento dos núcleos e a satisfação dos moradores"): the heading
    is its subject, so it is a study of the practice. Who ran it is read from the whole
    section ("quem: Fundação João Pinheiro"); a study denied or only planned is none."""
    found = [s for sentence in sentences(text) for c in clauses(sentence)
             if cue.RESEARCH.search(c) for s in [read_clause(f"evaluation {c}", language)] if s]
    best = _best(found)
    if best is None:
        return None
    kind = who_evaluated(folded(text), "research") if best.kind == "internal" else best.kind
    return Statement(kind, best.strength if best.kind == "none" else DENIAL,
                     best.text.removeprefix("evaluation "))


def _outcome_reported(text: str, language: str | None, tied: bool = False
                      ) -> Statement | None:
    """A change in an outcome that an evaluation or results section reports as the
    practice's result, naming no evaluation ("da allora i furti sono calati del 20 %"):
    by whom unsaid, the promoters' own account of their outcomes, internal and weak.
    `tied`: only a change the sentence ties to the practice (`tied_to_practice`), not
    a trend in the problem ("recorded hate crime has increased over the last decade")."""
    negation = negation_pattern(language)
    for sentence in sentences(text):
        clean = folded(sentence)
        if cue.EVALUATION.search(clean) or negation.search(clean) or _CRITICISM.search(clean):
            continue  # the denial's own sentence, or a doubt: not the outcome reported
        if reports_outcome(clean, language) and (not tied or tied_to_practice(clean)):
            return Statement("internal", WEAK, sentence[:200])
    return None


def _voiced_effect(text: str, language: str | None) -> Statement | None:
    """An effect that the practice's people or partners say they saw, in a results section
    ("Hulpverleners wijzen erop dat het open adres de drempel verlaagt"): their own
    account, internal and weak (docs/evidence.md); not a doubt, a criticism or a denial,
    and not what others saw elsewhere."""
    negation = negation_pattern(language)
    for sentence in sentences(text):
        clean = folded(sentence)
        if negation.search(clean) or _CRITICISM.search(clean) or cue.ELSEWHERE.search(clean):
            continue
        voiced = own.VOICED.search(clean)
        if voiced and own.OBSERVED.search(clean, voiced.end()):
            return Statement("internal", WEAK, sentence[:200])
    return None


def _best(found: Iterable[Statement]) -> Statement | None:
    return max(found, key=lambda s: s.key, default=None)


def _research_under_way(best: Statement | None, found: list[Statement]) -> Statement | None:
    """Research that follows the practice without a finding, in a section that says its
    evaluation does not exist yet ("Het experiment wordt gevolgd door een onafhankelijk
    onderzoeksconsortium … Een evaluatie is er nog niet"): an evaluation under way, none."""
    if best is None or best.kind == "none" or best.strength != STRONG or \
            cue.EVALUATION.search(best.text) or cue.FINDING.search(best.text):
        return best
    not_yet = [s for s in found if s.kind == "none" and s.strength >= DENIAL
               and absence.NOT_YET.search(s.text)]
    return not_yet[0] if not_yet else best


def _design_beside(best: Statement, texts: list[str], language: str | None) -> bool:
    """Whether researchers' study (an external statement) has its design in another clause
    of the same sections ("Economists of the University of Tilburg looked into it. They
    compared residents of homes built just after the rule with similar homes built just
    before"): a study with a design is scientific. A design said to be lacking or denied
    does not count."""
    if best.kind != "external" or best.strength != STRONG or not (
            cue.ACADEMIC.search(best.text) or cue.RESEARCH.search(best.text)):
        return False
    for text in texts:
        for sentence in sentences(text):
            for clause in clauses(sentence):
                kept = without_lacking_designs(clause)
                if not (cue.DESIGN.search(kept) or cue.STRONG_DESIGN.search(kept)):
                    continue
                said = read_clause(clause, language)
                if said is None or said.kind != "none":
                    return True
    return False


def _itself_denied(best: Statement | None, found: list[Statement]) -> Statement | None:
    """An evaluation of what the practice belongs to, beside a denial of the practice
    itself ("het landelijke programma is geëvalueerd, maar het stadstoezicht zelf is niet
    geëvalueerd"): the denial is the practice's."""
    if best is None or best.kind == "none":
        return best
    itself = [s for s in found if s.kind == "none" and s.strength >= DENIAL
              and own.ITSELF.search(s.text)]
    return itself[0] if itself else best


def _weak_denial(best: Statement | None) -> bool:
    """A denial of only some evaluation ("no independent evaluation")."""
    return best is not None and best.kind == "none" and best.strength == WEAK


def _firm_in(texts: list[str], language: str | None) -> bool:
    """Whether the rest of the sheet firmly reports a study with a design ("which spots
    got the visits was drawn at random")."""
    return any(s.strength == STRONG and s.kind == "scientific" and _reported(s.text)
               for t in texts for s in statements(t, language))


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
            found = found or [s for t in texts for s in [_study(t, language)] if s]
            found = found or [s for t in texts for s in [_own_account(t)] if s]
        if origin == "heading" and weight < 1.0 and not found:
            # "recorded burglary fell in each of the following years": the results the
            # promoters report, by whom unsaid: their own account (docs/evidence.md)
            found = [s for t in texts for s in [_outcome_reported(t, language, tied=True)
                                                or _voiced_effect(t, language)] if s]
        if origin == "heading" and _weak_denial(_best(found)):
            # "no independent evaluation; burglaries fell by a third", "no external
            # evaluation; according to our records …": the promoters' account
            if reported is None:
                reported = [s for t in (*groups[0][2], *groups[1][2])
                            for s in [_outcome_reported(t, language)] if s]
                # and what the results section firmly says (the promoters' own records)
                reported += [s for t in groups[1][2] for s in statements(t, language)
                             if s.strength > WEAK and s.kind != "none"]
            found += reported
        if origin == "prose":
            found = [s for s in found if s.strength > WEAK and _reported(s.text)]
        best = _best(found)
        if origin == "heading":
            best = _itself_denied(_research_under_way(best, found), found)
        if origin == "heading" and best is not None and _design_beside(best, texts, language):
            best = Statement("scientific", best.strength, best.text)
        if origin == "heading" and best is not None and best.strength == WEAK and \
                best.kind != "none" and _firm_in(groups[2][2], language):
            continue  # the promoters' own account gives way to the study the sheet reports
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
