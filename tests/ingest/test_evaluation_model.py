"""The learned evaluation model: its weights, the pass that applies it, in 7 languages."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repository.ingest.evaluation_pass import GUESSED, with_learned_evaluation
from repository.ingest.extract import extract
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.normalise.evaluation_model import (
    FEATURES,
    KINDS,
    WEIGHTS,
    EvaluationModel,
    EvaluationReader,
    evaluation_reader,
    load_evaluation_model,
)
from repository.ingest.normalise.evidence import LEVELS
from repository.ingest.themes_pass import semantic_themes, with_semantic_themes
from repository.model import FactOrigin, Practice, Section
from repository.search.embedder import Embedder
from repository.workspace.edits import low_confidence


def test_the_weights_file_loads_and_fits_the_features() -> None:
    model = load_evaluation_model()
    assert model is not None and WEIGHTS.stat().st_size < 32_000
    assert model.coef.shape == (len(KINDS), len(FEATURES)) and model.bias.shape == (4,)
    assert model.mean.shape == model.scale.shape == (len(FEATURES),)
    assert np.isfinite(model.coef).all() and (model.scale > 0).all()
    assert model.model == "bundled:use-multilingual" and 0 <= model.threshold <= 1.01
    row = model.mean.copy()
    p = model.probabilities(row)
    assert p.shape == (4,) and abs(p.sum() - 1) < 1e-9


class _Other:
    """An encoder the model was not fitted on (plumbing only): a fixed vector a text."""

    name = "another-model"

    def encode_document(self, texts: list[str]) -> np.ndarray:
        rows = np.asarray([[1.0, (len(t) % 7) / 7.0, 0.5] for t in texts])
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_another_encoder_keeps_the_rules() -> None:
    assert evaluation_reader(_Other(), load_evaluation_model()) is None
    semantic = semantic_themes(_Other(), inference="rules", evaluation="learned")
    assert semantic is not None and semantic.evaluation is None
    assert semantic_themes(_Other(), inference="rules").evaluation is None  # type: ignore[union-attr]


def _unsure_reader() -> EvaluationReader:
    """A model that finds every kind equally likely (and so never overrides the rules)."""
    n = len(FEATURES)
    return EvaluationReader(_Other(), EvaluationModel("another-model", np.zeros(n), np.ones(n),
                                                      np.zeros((4, n)), np.zeros(4), 0.8))


def _record(kind: str | None, source: str = "heading") -> Practice:
    sections = [Section(field="evaluation", heading="Evaluation",
                        text="An independent evaluation was carried out by an external firm.")]
    provenance = {"evaluation_kind": FactOrigin(source=source, confidence=0.9)} if kind else {}
    return Practice(id="p", title="A practice", language="en", sections=sections,
                    evaluation="An independent evaluation was carried out by an external firm.",
                    evaluation_kind=kind, evidence="none" if kind == "none" else "descriptive",
                    provenance=provenance)  # type: ignore[arg-type]


def test_a_low_probability_is_a_low_confidence_fact_and_a_warning() -> None:
    found, warnings = with_learned_evaluation(_record("external"), [], _unsure_reader())
    assert found.evaluation_kind == "external"  # 0.25 < 0.8: the rules' kind stays
    origin = found.provenance["evaluation_kind"]
    # the kind is still the one the heading gave; only its confidence is the model's
    assert origin.source == "heading" and origin.confidence == 0.25
    assert f"{GUESSED}: external — check" in warnings
    assert "evaluation_kind" in low_confidence(found)


def test_a_kind_corrected_by_staff_is_left_alone() -> None:
    record = _record("internal", source="staff")
    assert with_learned_evaluation(record, [], _unsure_reader()) == (record, [])


@pytest.mark.parametrize("kind", ["id_sheet", "resource"])
def test_a_profile_or_a_report_gets_no_learned_evaluation(kind: str) -> None:
    n = len(FEATURES)
    sure = EvaluationModel("another-model", np.zeros(n), np.ones(n), np.zeros((4, n)),
                           np.asarray([-9.0, -9.0, -9.0, 9.0]), 0.8)  # always scientific
    record = _record(None).model_copy(update={"kind": kind})
    assert with_learned_evaluation(record, [], EvaluationReader(_Other(), sure)) == (record, [])


def test_the_evidence_level_follows_the_kind() -> None:
    n = len(FEATURES)
    sure = EvaluationModel("another-model", np.zeros(n), np.ones(n), np.zeros((4, n)),
                           np.asarray([-9.0, -9.0, -9.0, 9.0]), 0.8)  # always scientific
    found, _ = with_learned_evaluation(_record("none"), [], EvaluationReader(_Other(), sure))
    assert found.evaluation_kind == "scientific"
    assert LEVELS.index(found.evidence) >= LEVELS.index("outcome")  # type: ignore[arg-type]
    never = EvaluationModel("another-model", np.zeros(n), np.ones(n), np.zeros((4, n)),
                            np.asarray([9.0, -9.0, -9.0, -9.0]), 0.8)  # always none
    found, _ = with_learned_evaluation(_record("external"), [],
                                       EvaluationReader(_Other(), never))
    assert (found.evaluation_kind, found.evidence) == ("none", "none")


# one evaluation section a language and kind, written for this test
HEADINGS = {"en": "Evaluation", "fr": "Évaluation", "es": "Evaluación", "it": "Valutazione",
            "de": "Evaluation", "pt": "Avaliação", "nl": "Evaluatie"}
CONTEXT = {
    "en": "Street mediators work in the old town at night to calm conflicts.",
    "fr": "Des médiateurs de rue travaillent la nuit dans la vieille ville contre les conflits.",
    "es": "Mediadores de calle trabajan de noche en el casco antiguo para calmar los conflictos.",
    "it": "Mediatori di strada lavorano di notte nel centro storico per calmare i conflitti.",
    "de": "Straßenmediatoren arbeiten nachts in der Altstadt, um Konflikte zu schlichten.",
    "pt": "Mediadores de rua trabalham à noite no centro histórico para acalmar conflitos.",
    "nl": "Straatmediators werken 's nachts in de oude binnenstad om conflicten te sussen.",
}
SENTENCES = {
    "en": ("No evaluation of the scheme has been carried out so far.",
           "The project team evaluated the scheme itself each year using its own monitoring data.",
           "An independent evaluation was carried out by an external consultancy in 2019.",
           "A university study with a control group of comparable neighbourhoods found that "
           "burglaries fell by 20 %."),
    "fr": ("Le dispositif n'a fait l'objet d'aucune évaluation.",
           "L'équipe du projet a réalisé une évaluation interne annuelle à partir de ses propres "
           "indicateurs.",
           "Une évaluation indépendante a été confiée à un cabinet extérieur en 2019.",
           "Une étude universitaire avec un groupe témoin de quartiers comparables a montré que "
           "les cambriolages ont baissé de 20 %."),
    "es": ("No se ha realizado ninguna evaluación del programa.",
           "El equipo del proyecto realizó una evaluación interna anual con sus propios "
           "indicadores.",
           "Una consultora externa llevó a cabo una evaluación independiente en 2019.",
           "Un estudio universitario con un grupo de control de barrios comparables mostró que "
           "los robos disminuyeron un 20 %."),
    "it": ("Non è stata effettuata alcuna valutazione del progetto.",
           "Il gruppo di progetto ha svolto una valutazione interna annuale con i propri "
           "indicatori.",
           "Una valutazione indipendente è stata affidata a una società esterna nel 2019.",
           "Uno studio universitario con un gruppo di controllo di quartieri simili ha rilevato "
           "che i furti sono diminuiti del 20 %."),
    "de": ("Eine Evaluation des Projekts wurde bisher nicht durchgeführt.",
           "Das Projektteam führte jedes Jahr eine interne Evaluation anhand eigener Kennzahlen "
           "durch.",
           "Eine unabhängige Evaluation wurde 2019 von einem externen Institut durchgeführt.",
           "Eine wissenschaftliche Studie der Universität mit einer Kontrollgruppe vergleichbarer "
           "Stadtteile zeigte, dass die Einbrüche um 20 % zurückgingen."),
    "pt": ("Não foi realizada qualquer avaliação do projeto.",
           "A equipa do projeto fez uma avaliação interna anual com os seus próprios indicadores.",
           "Uma avaliação independente foi realizada por uma consultora externa em 2019.",
           "Um estudo universitário com um grupo de controlo de bairros semelhantes mostrou que "
           "os assaltos diminuíram 20 %."),
    "nl": ("Er is geen evaluatie van het project uitgevoerd.",
           "Het projectteam voerde elk jaar een interne evaluatie uit met eigen indicatoren.",
           "Een onafhankelijke evaluatie werd in 2019 door een extern bureau uitgevoerd.",
           "Een universitair onderzoek met een controlegroep van vergelijkbare wijken toonde aan "
           "dat het aantal inbraken met 20 % daalde."),
}
CASES = [(lang, kind, SENTENCES[lang][n]) for lang in SENTENCES for n, kind in enumerate(KINDS)]
_LEAST = {"none": "none", "internal": "descriptive", "external": "descriptive",
          "scientific": "outcome"}


@pytest.fixture(scope="module")
def learned(use_embedder: Embedder):  # type: ignore[no-untyped-def]
    semantic = semantic_themes(use_embedder, inference="rules", evaluation="learned")
    assert semantic is not None and semantic.evaluation is not None
    return semantic


@pytest.mark.slow
@pytest.mark.parametrize(("language", "kind", "sentence"), CASES)
def test_an_evaluation_sentence_comes_out_right_through_extraction(
        learned, language: str, kind: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    title = " ".join(CONTEXT[language].split()[:4])
    text = (f"# {title}\n\n## Context\n\n"
            f"{CONTEXT[language]}\n\n## {HEADINGS[language]}\n\n{sentence}\n")
    extraction = extract(read_raw_sheet("sheet.md", text.encode("utf-8")))
    practice, _ = with_semantic_themes(extraction.practice, extraction.warnings, learned)
    assert practice.evaluation_kind == kind
    rules = extraction.practice.provenance.get("evaluation_kind")
    kept = rules is not None and extraction.practice.evaluation_kind == kind
    assert practice.provenance["evaluation_kind"].source == (rules.source if kept else "inferred")
    level = practice.evidence
    assert level in LEVELS and LEVELS.index(level) >= LEVELS.index(_LEAST[kind])
    assert (level == "none") == (kind == "none")


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.tuples(st.sampled_from([None, "evaluation", "results", "context"]),
                                st.text(max_size=300)), max_size=4),
       language=st.sampled_from([None, "en", "fr", "es", "it", "de", "pt", "nl", "xx"]),
       rules=st.sampled_from([None, *KINDS]), confidence=st.floats(0, 1))
def test_the_classifier_never_raises_on_arbitrary_text(
        use_embedder: Embedder, parts: list[tuple[str | None, str]], language: str | None,
        rules: str | None, confidence: float) -> None:
    reader = _reader(use_embedder)
    p = reader.probabilities(parts, language, rules, confidence, bool(parts))
    assert p.shape == (4,) and np.isfinite(p).all() and abs(p.sum() - 1) < 1e-6
    kind, probability = reader.model.decide(p, rules)
    assert kind in KINDS and 0 <= probability <= 1


_READERS: dict[int, EvaluationReader] = {}


def _reader(encoder: Embedder) -> EvaluationReader:
    if id(encoder) not in _READERS:
        reader = evaluation_reader(encoder, load_evaluation_model())
        assert reader is not None
        _READERS[id(encoder)] = reader
    return _READERS[id(encoder)]
