"""Learned evaluation kind: a multinomial logistic model over features free of language.

The rules of `evaluation` read a sheet clause by clause; what they say is turned into
numbers: the statements counted by kind and strength and by where they were read (the
evaluation section, the results, the rest of the sheet), the rules' own verdict and
confidence, whether the sheet has evaluation and results sections and how long they
are, and per zone the sentences that name the team's own work, monitoring, counts of
activity, an effect or figures (the cues of `evaluation_cues`). A sentence encoder (USE
multilingual, as for the themes) adds how close the sheet's sentences come to short
descriptions of each evaluation kind, and of mere activity, written in the seven sheet
languages (`DESCRIPTIONS`): the best similarity and the mean of the TOP closest
sentences per kind, in the evaluation and results sections and elsewhere. One
multinomial logistic model turns the row into a probability for none, internal,
external and scientific; where it reaches the fitted threshold, the model's kind
replaces the rules'.

The weights are fitted by `python -m eval.train_evaluation` on every labelled sheet
outside the blind holdouts and written to `repository/vocabulary/evaluation_model.json`;
they are applied here with numpy alone, and only with the encoder they were fitted on.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from repository.ingest.normalise import evaluation_cues as cue
from repository.ingest.normalise.evaluation import (
    DENIAL,
    FIGURES,
    STRONG,
    WEAK,
    EvaluationKind,
    statements,
)
from repository.ingest.normalise.sentences import folded, sentences

WEIGHTS = Path(__file__).resolve().parents[2] / "vocabulary" / "evaluation_model.json"
KINDS: tuple[EvaluationKind, ...] = ("none", "internal", "external", "scientific")
ZONES = ("evaluation", "results", "elsewhere")
# the (kind, strength) pairs the rules give
_STATEMENTS = (("none", WEAK), ("none", DENIAL), ("internal", WEAK), ("internal", STRONG),
               ("external", STRONG), ("scientific", STRONG))
_CUES = ("internal", "monitoring", "activity", "effect", "figures")
MAX_SENTENCES = 80  # per zone: the encoder reads at most this many sentences
TOP = 3  # the "top" features: the mean similarity of a zone's TOP closest sentences

# what an evaluation of each kind, and a sheet with none, says — in every sheet language;
# "activity" describes what is not an evaluation (results shown at an event, counts)
DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "none": (
        "Its effects have not been measured; there is no data on results.",
        "Ses effets n'ont pas été mesurés ; il n'existe pas de données sur les résultats.",
        "Sus efectos no se han medido; no hay datos sobre los resultados.",
        "I suoi effetti non sono stati misurati; non ci sono dati sui risultati.",
        "Die Wirkung wurde nicht gemessen; es gibt keine Daten zu den Ergebnissen.",
        "Os seus efeitos não foram medidos; não há dados sobre os resultados.",
        "De effecten zijn niet gemeten; er zijn geen gegevens over de resultaten.",
        "No evaluation of the project has been carried out or published.",
        "Aucune évaluation du projet n'a été réalisée ni publiée.",
        "No se ha realizado ni publicado ninguna evaluación del proyecto.",
        "Non è stata realizzata né pubblicata alcuna valutazione del progetto.",
        "Das Projekt wurde nicht evaluiert, eine Evaluation liegt nicht vor.",
        "Não foi realizada nem publicada qualquer avaliação do projeto.",
        "Er is geen evaluatie van het project uitgevoerd of gepubliceerd.",
    ),
    "internal": (
        "The city itself drew up a positive assessment; its own figures show fewer complaints.",
        "La ville a dressé elle-même un bilan positif ; ses chiffres montrent moins de plaintes.",
        "La propia ciudad hizo un balance positivo; sus cifras muestran menos quejas.",
        "Il comune stesso ha tracciato un bilancio positivo; i suoi dati mostrano meno reclami.",
        "Die Stadt zog selbst eine positive Bilanz; ihre Zahlen zeigen weniger Beschwerden.",
        "A própria câmara fez um balanço positivo; os seus números mostram menos queixas.",
        "De gemeente trok zelf een positieve balans; haar eigen cijfers tonen minder klachten.",
        "The team evaluated the project itself through its own monitoring and indicators.",
        "L'équipe a évalué elle-même le projet à l'aide de son suivi et de ses indicateurs.",
        "El propio equipo evaluó el proyecto con su seguimiento e indicadores internos.",
        "Il gruppo di lavoro ha valutato il progetto con un monitoraggio interno e indicatori.",
        "Das Team hat das Projekt selbst mit eigenem Monitoring und Kennzahlen ausgewertet.",
        "A própria equipa avaliou o projeto com a sua monitorização e indicadores internos.",
        "Het team heeft het project zelf geëvalueerd met eigen monitoring en indicatoren.",
    ),
    "external": (
        "Researchers from a university assessed the programme and published a report.",
        "Des chercheurs d'une université ont évalué le programme et publié un rapport.",
        "Investigadores de una universidad evaluaron el programa y publicaron un informe.",
        "Ricercatori di un'università hanno valutato il programma e pubblicato un rapporto.",
        "Forschende einer Universität bewerteten das Programm und publizierten einen Bericht.",
        "Investigadores de uma universidade avaliaram o programa e publicaram um relatório.",
        "Onderzoekers van een universiteit beoordeelden het programma en publiceerden een rapport.",
        "An independent external body evaluated the project.",
        "Un organisme externe et indépendant a évalué le projet.",
        "Una entidad externa e independiente evaluó el proyecto.",
        "Un ente esterno e indipendente ha valutato il progetto.",
        "Eine unabhängige externe Stelle hat das Projekt evaluiert.",
        "Uma entidade externa e independente avaliou o projeto.",
        "Een onafhankelijke externe instantie heeft het project geëvalueerd.",
    ),
    "scientific": (
        "A university study with a control group measured the effects before and after.",
        "Une étude universitaire avec un groupe témoin a mesuré les effets avant et après.",
        "Un estudio universitario con grupo de control midió los efectos antes y después.",
        "Uno studio universitario con gruppo di controllo ha misurato gli effetti prima e dopo.",
        "Eine wissenschaftliche Studie mit Kontrollgruppe maß die Wirkung vorher und nachher.",
        "Um estudo universitário com grupo de controlo mediu os efeitos antes e depois.",
        "Een wetenschappelijk onderzoek met controlegroep mat de effecten voor en na.",
    ),
    "activity": (
        "The results were presented at the final event and many people took part.",
        "Les résultats ont été présentés lors de l'événement final, avec de nombreux participants.",
        "Los resultados se presentaron en el acto final y participaron muchas personas.",
        "I risultati sono stati presentati all'evento finale con molti partecipanti.",
        "Die Ergebnisse wurden bei der Abschlussveranstaltung vorgestellt, viele nahmen teil.",
        "Os resultados foram apresentados no evento final, com muitos participantes.",
        "De resultaten werden op het slotevenement gepresenteerd, met veel deelnemers.",
    ),
}
_CLASSES = tuple(DESCRIPTIONS)

FEATURES: tuple[str, ...] = (
    *(f"{zone}:{kind}:{strength}" for zone in ZONES for kind, strength in _STATEMENTS),
    *(f"rules:{kind}" for kind in KINDS), "rules:confidence", "rules:heading",
    "evaluation:words", "results:words", "sheet:words",
    *(f"{zone}:cue:{name}" for zone in ZONES for name in _CUES),
    *(f"{zone}:{stat}:{name}" for zone in ("sections", "elsewhere") for stat in ("max", "top")
      for name in _CLASSES),
    *(f"sections:gap:{name}" for name in _CLASSES),
)


class TextEncoder(Protocol):
    """A sentence encoder: texts in, an array of L2-normalised rows out."""

    def encode_document(self, texts: list[str]) -> Any: ...


def _zone(field: str | None) -> str:
    return field if field in ("evaluation", "results") else "elsewhere"


def rule_row(parts: Sequence[tuple[str | None, str]], language: str | None,
             kind: str | None, confidence: float, heading: bool) -> list[float]:
    """The rules' part of a feature row: statements by zone, kind and strength; the rules'
    verdict (`kind`, its confidence and whether a section gave it); the sections' length."""
    counts = dict.fromkeys(((z, k, s) for z in ZONES for k, s in _STATEMENTS), 0)
    words = dict.fromkeys(ZONES, 0)
    cues = dict.fromkeys(((z, c) for z in ZONES for c in _CUES), 0)
    patterns = dict(zip(_CUES, (cue.INTERNAL, cue.MONITORING, cue.ACTIVITY, cue.EFFECT,
                                FIGURES), strict=True))
    for field, text in parts:
        zone = _zone(field)
        words[zone] += len(text.split())
        for sentence in sentences(text):
            clean = folded(sentence)
            for name, pattern in patterns.items():
                cues[(zone, name)] += bool(pattern.search(clean))
        for statement in statements(text, language):
            key = (zone, statement.kind, statement.strength)
            if key in counts:
                counts[key] += 1
    return [*(math.log1p(counts[k]) for k in counts),
            *(float(kind == k) for k in KINDS), confidence if kind else 0.0, float(heading),
            math.log1p(words["evaluation"]), math.log1p(words["results"]),
            math.log1p(sum(words.values())), *(math.log1p(cues[k]) for k in cues)]


def zone_sentences(parts: Sequence[tuple[str | None, str]]) -> tuple[list[str], list[str]]:
    """The sentences of the evaluation and results sections, and those of the rest (at
    most MAX_SENTENCES each, the evaluation section's first)."""
    inside = [s for f, t in parts if f == "evaluation" for s in sentences(t)]
    inside += [s for f, t in parts if f == "results" for s in sentences(t)]
    outside = [s for f, t in parts if _zone(f) == "elsewhere" for s in sentences(t)]
    return inside[:MAX_SENTENCES], outside[:MAX_SENTENCES]


def similarity_row(inside: np.ndarray, outside: np.ndarray, descriptions: np.ndarray
                   ) -> list[float]:
    """The meaning part of a row from the sentences' vectors (rows; none is an empty
    array): per class, the best and mean similarity over sentences, inside the sections
    and elsewhere, and inside, the gap of each class's best to the best of all."""
    owner = np.repeat(np.arange(len(_CLASSES)), [len(DESCRIPTIONS[c]) for c in _CLASSES])
    out: list[float] = []
    best_inside = np.zeros(len(_CLASSES))
    for n, vectors in enumerate((inside, outside)):
        if len(vectors) == 0:
            out.extend([0.0] * (2 * len(_CLASSES)))
            continue
        similarity = vectors @ descriptions.T  # sentences × descriptions
        per_class = np.stack([similarity[:, owner == c].max(axis=1)
                              for c in range(len(_CLASSES))], axis=1)
        best = per_class.max(axis=0)
        out.extend([*best, *np.sort(per_class, axis=0)[-TOP:].mean(axis=0)])
        if n == 0:
            best_inside = best
    out.extend(best_inside - best_inside.max() if len(inside) else np.zeros(len(_CLASSES)))
    return [float(v) for v in out]


def encode(encoder: TextEncoder, texts: Sequence[str]) -> np.ndarray:
    """The encoder's rows for texts (an empty array for none)."""
    if not texts:
        return np.zeros((0, 0))
    return np.asarray(encoder.encode_document(list(texts)), dtype=np.float64)


def description_vectors(encoder: TextEncoder) -> np.ndarray:
    """Every description's vector, in `DESCRIPTIONS` order."""
    return encode(encoder, [t for c in _CLASSES for t in DESCRIPTIONS[c]])


@dataclass(frozen=True)
class EvaluationModel:
    """Fitted weights: standardisation, and a coefficient row and bias per kind."""

    model: str  # the encoder the meaning features were computed with
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray  # kinds × features
    bias: np.ndarray  # per kind
    threshold: float  # the model's kind replaces the rules' from this probability on

    def probabilities(self, row: Sequence[float]) -> np.ndarray:
        """The probability of each of KINDS for one feature row."""
        z = ((np.asarray(row, dtype=np.float64) - self.mean) / self.scale) @ self.coef.T
        z = z + self.bias
        z = np.nan_to_num(z - z.max(), nan=0.0, neginf=-50.0)
        p = np.exp(z)
        return p / p.sum()

    def decide(self, probabilities: np.ndarray, rules: str | None,
               threshold: float | None = None) -> tuple[str, float]:
        """The kind to give and its probability: the model's most probable kind where it
        reaches the threshold, else the rules' kind ("none" for none)."""
        threshold = self.threshold if threshold is None else threshold
        best = int(np.argmax(probabilities))
        if probabilities[best] >= threshold:
            return KINDS[best], float(probabilities[best])
        kind = rules if rules in KINDS else "none"
        return kind, float(probabilities[KINDS.index(kind)])

    def to_json(self) -> dict[str, object]:
        return {"model": self.model, "features": list(FEATURES), "kinds": list(KINDS),
                "mean": _round(self.mean), "scale": _round(self.scale),
                "coef": [_round(row) for row in self.coef], "bias": _round(self.bias),
                "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EvaluationModel:
        if list(data["features"]) != list(FEATURES) or list(data["kinds"]) != list(KINDS):
            raise ValueError(f"{WEIGHTS.name}: its features or kinds are not this code's")
        return cls(str(data["model"]), *(np.asarray(data[k], dtype=np.float64)
                                         for k in ("mean", "scale", "coef", "bias")),
                   float(data["threshold"]))


def _round(values: np.ndarray, digits: int = 6) -> list[float]:
    return [round(float(v), digits) for v in values]


@cache
def load_evaluation_model(path: Path = WEIGHTS) -> EvaluationModel | None:
    """The fitted model, or None when no weights file is there."""
    if not path.exists():
        return None
    return EvaluationModel.from_json(json.loads(path.read_text(encoding="utf-8")))


@dataclass
class EvaluationReader:
    """The learned model with the encoder it was fitted on, its descriptions encoded once."""

    encoder: TextEncoder
    model: EvaluationModel

    def __post_init__(self) -> None:
        self._descriptions = description_vectors(self.encoder)

    def row(self, parts: Sequence[tuple[str | None, str]], language: str | None,
            kind: str | None, confidence: float, heading: bool) -> list[float]:
        """The feature row of a sheet's (field, text) parts and the rules' verdict."""
        inside, outside = zone_sentences(parts)
        return [*rule_row(parts, language, kind, confidence, heading),
                *similarity_row(encode(self.encoder, inside), encode(self.encoder, outside),
                                self._descriptions)]

    def probabilities(self, parts: Sequence[tuple[str | None, str]], language: str | None,
                      kind: str | None, confidence: float, heading: bool) -> np.ndarray:
        """The probability of each of KINDS for a sheet."""
        return self.model.probabilities(self.row(parts, language, kind, confidence, heading))


def evaluation_reader(encoder: TextEncoder | None,
                      model: EvaluationModel | None) -> EvaluationReader | None:
    """The reader when the model was fitted on this encoder (by its `name`), else None."""
    if encoder is None or model is None or getattr(encoder, "name", None) != model.model:
        return None
    return EvaluationReader(encoder, model)
