"""Fit the learned evaluation model on every labelled sheet outside the blind holdouts.

    python -m eval.train_evaluation                  # fit, print the tables, write the weights
    python -m eval.train_evaluation --dry-run        # the tables only
    python -m eval.train_evaluation --cache /tmp/evaluation-rows.json

The labelled sheets are those of `eval.labelled.labelled_sets` (the corpus, every
development set and the open holdouts A–E, never a blind one) with `evaluated` given.
Each is extracted as ingest does (the rules' verdict comes with it) and read by USE
multilingual; `evaluation_model.EvaluationReader.row` turns it into a feature row. A
multinomial logistic regression (scikit-learn, here only: the product applies the
weights with numpy) over none / internal / external / scientific is fitted on the rows.

The tables score each writer's sheets left out in turn (the corpus, each dev or check
set, dev5–8 together, A, B, C, D, E), predicted by a model fitted on all the others,
next to today's rules: evaluated (yes/no) and kind accuracy. Deterministic: the same
sheets give the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as `python eval/train_evaluation.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.extraction import extract_sheet, load_truth  # noqa: E402
from eval.labelled import is_blind, labelled_sets, writer  # noqa: E402
from repository.ingest.normalise.evaluation_model import (  # noqa: E402
    KINDS,
    WEIGHTS,
    EvaluationModel,
    EvaluationReader,
)
from repository.ingest.themes_pass import record_parts  # noqa: E402

C = 0.1  # inverse regularisation strength
MODEL = "bundled:use-multilingual"
THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)  # 0: the model always; above 1: never


@dataclass(frozen=True)
class Reading:
    """What one labelled sheet gives the training."""

    group: str
    path: str
    row: list[float]
    rules: str  # today's rules' kind ("none" for no kind)
    truth: str


def truth_kind(truth: dict[str, object]) -> str | None:
    """The truth's kind, "none" when not evaluated; None when `evaluated` is unscored."""
    if truth.get("evaluated") is None:
        return None
    if not truth["evaluated"]:
        return "none"
    return str(truth.get("evaluation_kind") or "internal")


def read_sheets(files: Sequence[Path], reader: EvaluationReader) -> list[Reading]:
    """Every sheet with `evaluated` labelled, extracted as ingest does and read."""
    out = []
    for truth_file in files:
        for rel, truth in sorted(load_truth(truth_file).items()):
            want = truth_kind(truth)
            if want is None:
                continue
            practice = extract_sheet(truth_file.parent / rel)
            origin = practice.provenance.get("evaluation_kind")
            row = reader.row(record_parts(practice), practice.language,
                             practice.evaluation_kind, origin.confidence if origin else 0.0,
                             origin is not None and origin.source == "heading")
            out.append(Reading(writer(truth_file), rel, row, practice.evaluation_kind or "none",
                               want))
    return out


def fit(data: Sequence[Reading], c: float = C, threshold: float = 0.0) -> EvaluationModel:
    """The multinomial model fitted on readings, overriding the rules at `threshold`."""
    from sklearn.linear_model import LogisticRegression

    x = np.asarray([r.row for r in data], dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    y = np.asarray([KINDS.index(r.truth) for r in data])
    model = LogisticRegression(C=c, max_iter=10000, tol=1e-8)
    model.fit((x - mean) / scale, y)
    coef = np.zeros((len(KINDS), x.shape[1]))
    bias = np.full(len(KINDS), -30.0)  # a kind no training sheet has
    for n, label in enumerate(model.classes_):
        coef[label], bias[label] = model.coef_[n], model.intercept_[n]
    return EvaluationModel(MODEL, mean, scale, coef, bias, threshold)


def predict(model: EvaluationModel, r: Reading, threshold: float | None = None) -> str:
    """The kind the product gives a reading: the model's where it is sure enough."""
    probabilities = model.probabilities(r.row)
    kind, _ = model.decide(probabilities, r.rules, threshold)
    return kind


def choose_threshold(data: Sequence[Reading], c: float = C) -> float:
    """The probability from which the model overrides the rules: the one that gets most
    sheets right (evaluated and kind, each writer's share weighing the same) over
    out-of-fold predictions, the highest on a tie."""
    names = sorted({r.group for r in data})
    if len(names) < 2:
        return THRESHOLDS[-1]
    predicted = [(fit([r for r in data if r.group != name], c), name) for name in names]
    best: tuple[float, float] | None = None
    for threshold in THRESHOLDS:
        shares = []
        for model, name in predicted:
            pairs = [(predict(model, r, threshold), r.truth) for r in data if r.group == name]
            evaluated, kind = _scores(pairs)
            shares.append((evaluated + kind) / (2 * len(pairs)))
        key = (round(float(np.mean(shares)), 9), threshold)
        if best is None or key > best:
            best = key
    assert best is not None
    return best[1]


def train(data: Sequence[Reading], c: float = C) -> EvaluationModel:
    """The model fitted on every reading, its threshold chosen out of fold."""
    return fit(data, c, choose_threshold(data, c))


def left_out(data: Sequence[Reading], c: float = C) -> list[tuple[str, list[tuple[str, Reading]]]]:
    """Per writer: each sheet's kind from a model trained (threshold included) on the other
    writers' sheets."""
    out = []
    for name in sorted({r.group for r in data}, key=_order):
        model = train([r for r in data if r.group != name], c)
        out.append((name, [(predict(model, r), r) for r in data if r.group == name]))
    return out


def _order(name: str) -> tuple[int, str]:
    return (1 if len(name) == 1 else 0, name)


def _scores(pairs: Sequence[tuple[str, str]]) -> tuple[int, int]:
    """Sheets right on evaluated (yes/no) and on kind, of (got, want) pairs."""
    evaluated = sum((got != "none") == (want != "none") for got, want in pairs)
    return evaluated, sum(got == want for got, want in pairs)


def report(data: Sequence[Reading], c: float = C) -> list[str]:
    """The markdown table: per writer left out, rules and model, evaluated and kind."""
    lines = ["| left out | sheets | rules evaluated | model evaluated | rules kind | model kind |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    shares: list[tuple[float, float, float, float]] = []
    every: list[tuple[str, Reading]] = []
    for name, found in left_out(data, c):
        every.extend(found)
        n = len(found)
        rules = _scores([(r.rules, r.truth) for _, r in found])
        model = _scores([(got, r.truth) for got, r in found])
        shares.append((rules[0] / n, model[0] / n, rules[1] / n, model[1] / n))
        lines.append(f"| {name} | {n} | {rules[0]} ({rules[0] / n:.2f}) | "
                     f"{model[0]} ({model[0] / n:.2f}) | {rules[1]} ({rules[1] / n:.2f}) | "
                     f"{model[1]} ({model[1] / n:.2f}) |")
    mean = np.mean(np.asarray(shares), axis=0)
    lines.append(f"| mean of sets | {len(every)} | {mean[0]:.2f} | {mean[1]:.2f} | "
                 f"{mean[2]:.2f} | {mean[3]:.2f} |")
    return lines


def confusion(pairs: Sequence[tuple[str, str]]) -> list[str]:
    """A confusion table of (got, want) pairs: rows the truth, columns what was found."""
    counts = Counter(pairs)
    lines = ["| truth \\ found | " + " | ".join(KINDS) + " |",
             "| --- |" + " ---: |" * len(KINDS)]
    for want in KINDS:
        lines.append(f"| {want} | " + " | ".join(str(counts[(got, want)]) for got in KINDS)
                     + " |")
    return lines


def _use() -> EvaluationReader:
    from repository.search.embedder import Embedder

    return EvaluationReader(Embedder(MODEL), EvaluationModel(MODEL, *(np.zeros(1),) * 4, 1.01))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.train_evaluation",
                                     description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m eval.train_evaluation --dry-run")
    parser.add_argument("truth", nargs="*", type=Path, help="truth files (default: the corpus, "
                        "every extraction set and holdouts A–E)")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="the weights file to write")
    parser.add_argument("--dry-run", action="store_true", help="print the tables only")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--cache", type=Path, help="read the sheets' rows from this JSON file "
                        "if it exists, else write them there")
    args = parser.parse_args(argv)
    files = args.truth or labelled_sets()
    if any(is_blind(p) for p in files):
        parser.error("the blind holdouts (every holdout but A–E) are never trained or "
                     "measured on")
    if args.cache and args.cache.exists():
        data = [Reading(**row) for row in json.loads(args.cache.read_text(encoding="utf-8"))]
    else:
        data = read_sheets(files, _use())
        if args.cache:
            args.cache.write_text(json.dumps([r.__dict__ for r in data]), encoding="utf-8")
    print(f"{len(data)} labelled sheets from {len({r.group for r in data})} writers")
    holdouts = [r for r in data if len(r.group) == 1]
    print("\ntoday's rules on holdouts A–E:")
    print("\n".join(confusion([(r.rules, r.truth) for r in holdouts])))
    if len({r.group for r in data}) > 1:
        print("\neach writer left out in turn (model fitted on the others):")
        print("\n".join(report(data, args.c)))
        found = [(got, r.truth) for _, pairs in left_out(data, args.c) for got, r in pairs
                 if len(r.group) == 1]
        print("\nthe model on holdouts A–E, each left out:")
        print("\n".join(confusion(found)))
    if not args.dry_run:
        model = train(data, args.c)
        args.out.write_text(json.dumps(model.to_json()) + "\n", encoding="utf-8")
        print(f"\nwrote {args.out} (the model overrides the rules from p {model.threshold})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
