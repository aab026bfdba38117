"""The semantic pass: a record's inferred themes checked by meaning, after extraction.

Extraction runs in a worker process without a model (it must stay quick to restart
after a file that hangs a parser). The caller that holds a sentence encoder — the CLI
and the workspace, which give the store's `Embedder` over USE multilingual, through
the embedder protocol — passes a `SemanticThemes` here, in the parent process, before
the record is stored or shown for review. Ingest never imports search: it only sees
the `TextEncoder` protocol. Themes given by a key or corrected by staff are left alone.
With REPOSITORY_THEME_INFERENCE=learned the scorer carries the learned model
(`theme_model`), which then decides instead of the rules. With
REPOSITORY_EVALUATION_INFERENCE=learned it also carries the learned evaluation model,
applied first (`evaluation_pass`): the themes then see the kind it gives.
"""

from __future__ import annotations

from repository.ingest.evaluation_pass import record_parts, with_learned_evaluation
from repository.ingest.normalise.evaluation_model import (
    evaluation_reader,
    load_evaluation_model,
)
from repository.ingest.normalise.theme_inference import infer_themes
from repository.ingest.normalise.theme_model import load_model
from repository.ingest.normalise.theme_semantic import Passages, SemanticThemes, TextEncoder
from repository.model import FactOrigin, Practice

NO_THEME = "no theme found"


def semantic_themes(encoder: TextEncoder | None, passages: Passages | None = None,
                    inference: str = "learned", evaluation: str = "rules"
                    ) -> SemanticThemes | None:
    """The semantic scorer over an encoder (its theme descriptions encoded once), or None.
    `passages` (the store's `passage_parts`) makes it read a sheet by the passages the
    index encodes, so each is encoded once for both; `inference` "learned"
    (REPOSITORY_THEME_INFERENCE) makes it decide with the learned model; `evaluation`
    "learned" (REPOSITORY_EVALUATION_INFERENCE) adds the learned evaluation model."""
    if encoder is None:
        return None
    model = load_model() if inference == "learned" else None
    reader = (evaluation_reader(encoder, load_evaluation_model())
              if evaluation == "learned" else None)
    return SemanticThemes(encoder, passages=passages, model=model, evaluation=reader)


def with_semantic_themes(practice: Practice, warnings: list[str],
                         semantic: SemanticThemes | None) -> tuple[Practice, list[str]]:
    """The record with its evaluation kind decided by the learned model (when carried)
    and its inferred themes checked by meaning, and its warnings."""
    if semantic is not None and semantic.evaluation is not None:
        try:
            practice, warnings = with_learned_evaluation(practice, warnings, semantic.evaluation)
        except Exception as exc:  # the encoder is the caller's; its failure costs this pass
            warnings = [*warnings, f"evaluation not checked by the model ({type(exc).__name__})"]
    origin = practice.provenance.get("themes")
    if semantic is None or (origin is not None and origin.source in ("key", "staff")):
        return practice, warnings
    if origin is None and practice.themes:  # a record from before provenance: keep
        return practice, warnings
    try:
        passages = semantic.passages(practice) if semantic.passages else None
        themes = infer_themes(record_parts(practice), practice.language,
                              practice.evaluation_kind, semantic, passages)
    except Exception as exc:  # the encoder is the caller's; its failure costs only this pass
        return practice, [*warnings, f"themes not checked by meaning ({type(exc).__name__})"]
    provenance = dict(practice.provenance)
    if themes:
        note = ("learned from vocabulary words and meaning" if semantic.learned
                else "vocabulary words, checked by meaning")
        provenance["themes"] = FactOrigin(source="inferred", confidence=0.6, note=note)
        warnings = [w for w in warnings if w != NO_THEME]
    else:
        provenance.pop("themes", None)
        warnings = warnings if NO_THEME in warnings else [*warnings, NO_THEME]
    return practice.model_copy(update={"themes": themes, "provenance": provenance}), warnings
