"""The learned evaluation pass: a record's evaluation kind decided by the learned model.

Like the semantic theme pass, it runs in the parent process that holds the encoder
(USE multilingual), after extraction and before the record is stored or shown for
review, and only with REPOSITORY_EVALUATION_INFERENCE=learned. The model
(`normalise.evaluation_model`) reads the rules' statements and the sheet's sentences;
where it is sure enough (its fitted threshold) its kind replaces the rules'. Either
way the fact's confidence becomes the model's probability of the kind given (its
origin stays the rules' where their kind is kept), so a
doubtful kind is flagged on the review page and in the ingest warnings. The evidence
level follows the kind: none for none, at least descriptive for an internal or
external evaluation, at least outcome for a scientific one. A kind given by a key or
corrected by staff is left alone.
"""

from __future__ import annotations

from repository.ingest.normalise.evaluation import EvaluationFinding
from repository.ingest.normalise.evaluation_model import KINDS, EvaluationReader
from repository.ingest.normalise.evidence import LEVELS, find_evidence
from repository.ingest.normalise.facts import EVALUATED_KINDS
from repository.model import FactOrigin, Practice

LOW = 0.6  # below this probability the kind is flagged for checking
GUESSED = "evaluation kind guessed from the text"
_LEAST = {"internal": "descriptive", "external": "descriptive", "scientific": "outcome"}


def record_parts(practice: Practice) -> list[tuple[str | None, str]]:
    """A record's title, summary and sections as (field, text) parts, in reading order."""
    return [("title", practice.title), ("summary", practice.summary or ""),
            *((s.field, s.text) for s in practice.sections)]


def with_learned_evaluation(practice: Practice, warnings: list[str],
                            reader: EvaluationReader | None) -> tuple[Practice, list[str]]:
    """The record with its evaluation kind (and evidence level) as the model decides."""
    origin = practice.provenance.get("evaluation_kind")
    if reader is None or (origin is not None and origin.source in ("key", "staff")) or \
            practice.kind not in EVALUATED_KINDS:
        return practice, warnings
    parts = record_parts(practice)
    rules = practice.evaluation_kind
    probabilities = reader.probabilities(parts, practice.language, rules,
                                         origin.confidence if origin else 0.0,
                                         origin is not None and origin.source == "heading")
    kind, probability = reader.model.decide(probabilities, rules)
    if kind == "none" and rules is None:
        return practice, warnings  # nothing said, nothing found: the fact stays empty
    provenance = dict(practice.provenance)
    kept = origin is not None and kind == rules
    share = " · ".join(f"{k} {p:.2f}" for k, p in zip(KINDS, probabilities, strict=True))
    provenance["evaluation_kind"] = FactOrigin(
        source=origin.source if kept else "inferred",  # type: ignore[union-attr]
        confidence=round(min(max(probability, 0.0), 1.0), 2),
        note=((origin.note if kept else None) or f"learned: {share}")[:100])  # type: ignore[union-attr]
    warnings = [w for w in warnings if not w.startswith(GUESSED)]
    if probability < LOW:
        warnings.append(f"{GUESSED}: {kind} — check")
    update: dict[str, object] = {"evaluation_kind": kind, "provenance": provenance}
    evidence = _evidence(practice, parts, kind, probability)
    if evidence is not None:
        update["evidence"], provenance["evidence"] = evidence
    return practice.model_copy(update=update), warnings


def _evidence(practice: Practice, parts: list[tuple[str | None, str]], kind: str,
              probability: float) -> tuple[str, FactOrigin] | None:
    """The evidence level that agrees with the new kind, or None to keep the record's."""
    origin = practice.provenance.get("evidence")
    if origin is not None and origin.source in ("key", "staff"):
        return None
    level = practice.evidence
    if kind == practice.evaluation_kind and _fits(level, kind):
        return None
    heading = any(f in ("evaluation", "results") for f, _ in parts)
    finding = EvaluationFinding(kind, "heading" if heading else "prose",  # type: ignore[arg-type]
                                probability, origin.note if origin and origin.note else "")
    found = find_evidence(parts, practice.language, finding)
    level = found.level if found else "none"
    least = _LEAST.get(kind)
    if least and LEVELS.index(level) < LEVELS.index(least):
        level = least
    return level, FactOrigin(source="inferred", confidence=round(min(probability, 0.7), 2),
                             note=f"follows the evaluation kind ({kind})")


def _fits(level: str | None, kind: str) -> bool:
    least = _LEAST.get(kind)
    if least is None:
        return level == "none"
    return level in LEVELS and LEVELS.index(level) >= LEVELS.index(least)
