"""Fit the learned theme model on every labelled sheet outside the holdouts.

    python -m eval.train_themes                    # fit, print the table, write the weights
    python -m eval.train_themes --dry-run          # the table only
    python -m eval.train_themes eval/extraction_dev/truth.json eval/extraction_dev2/truth.json

Every labelled sheet (data/practices/truth.json and every eval/extraction_*/truth.json)
is extracted with its explicit theme keys hidden and read once by USE multilingual
through the semantic theme check (as ingest does); `theme_model.features` turns each
(sheet, theme) into a row. A logistic regression (scikit-learn, here only: the product
applies the weights with numpy) is fitted over the rows with a bias per theme; the
threshold and the most themes per sheet are chosen for the highest recall at precision
≥ TARGET on out-of-fold probabilities (each set predicted by a model fitted on the
others). The centroid feature of a training sheet leaves that sheet out of its centroid.

The table scores each set left out in turn (model, centroids and threshold all chosen
on the other sets) next to today's rules on the same sheets (micro precision / recall).
Deterministic: the same sheets give the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as `python eval/train_themes.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.extraction import extract_sheet, index_passages, load_truth  # noqa: E402
from eval.labelled import labelled_sets  # noqa: E402
from repository.ingest.normalise.theme_inference import (  # noqa: E402
    FIELD_WEIGHTS,
    MIN_SCORE,
    floor_of,
    select_checked,
    theme_scores,
    with_derived,
)
from repository.ingest.normalise.theme_model import (  # noqa: E402
    FEATURES,
    WEIGHTS,
    ThemeModel,
    centroid_scores,
    features,
)
from repository.ingest.normalise.theme_semantic import SemanticThemes  # noqa: E402
from repository.ingest.themes_pass import record_parts  # noqa: E402
from repository.vocabulary import load_vocabulary  # noqa: E402

TARGET = 0.8
C = 1.0  # inverse regularisation strength of the logistic regression
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(25))
LIMITS = (3, 4, 5, 6)
MODEL = "bundled:use-multilingual"


@dataclass(frozen=True)
class Reading:
    """What one labelled sheet gives the training."""

    set: str
    path: str
    vocabulary: dict[str, float]
    meaning: dict[str, float]
    vector: list[float]
    words: int
    evaluation_kind: str | None
    truth: frozenset[str]
    rules: frozenset[str]  # what today's rules infer
    kept: bool = False  # themes given by a key the hiding missed: ingest keeps them


def read_sheets(files: Sequence[Path], semantic: SemanticThemes) -> list[Reading]:
    """Every sheet with themes in the truth files, extracted with its theme keys hidden."""
    out = []
    for truth_file in files:
        for rel, truth in sorted(load_truth(truth_file).items()):
            if not truth.get("themes"):
                continue
            practice = extract_sheet(truth_file.parent / rel, hidden_themes=True)
            parts = record_parts(practice)
            words = sum(len(text.split()) for _, text in parts)
            vocabulary = theme_scores(parts, practice.language)
            reading = semantic.reading([(FIELD_WEIGHTS.get(f, FIELD_WEIGHTS[None]), t)
                                        for f, t in index_passages(practice)], cut=False)
            meaning = sorted(reading.scores, key=lambda k: (-reading.scores[k], k))
            origin = practice.provenance.get("themes")
            kept = origin is not None and origin.source in ("key", "staff")
            rules = practice.themes if kept else with_derived(
                select_checked(vocabulary, meaning, words=words), practice.evaluation_kind)
            vector = [] if reading.vector is None else [float(x) for x in reading.vector]
            out.append(Reading(truth_file.parent.name, rel, vocabulary, reading.scores,
                               vector, words, practice.evaluation_kind,
                               frozenset(truth["themes"]), frozenset(rules), kept))
    return out


def _centroid_sums(data: Sequence[Reading], keys: Sequence[str]) -> np.ndarray:
    dim = max((len(r.vector) for r in data), default=0)
    sums = np.zeros((len(keys), dim))
    for r in data:
        if r.vector:
            for i, k in enumerate(keys):
                if k in r.truth:
                    sums[i] += r.vector
    return sums


def _normalised(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return np.where(norms > 0, rows / np.where(norms > 0, norms, 1.0), 0.0)


def rows_of(r: Reading, keys: Sequence[str], centroids: np.ndarray) -> np.ndarray:
    """The feature rows of one sheet given the centroids it is compared to."""
    floor = floor_of({}, MIN_SCORE, 0.0, r.words)
    vector = np.asarray(r.vector) if r.vector else None
    return features(keys, r.vocabulary, r.meaning, centroid_scores(keys, centroids, vector),
                    r.words, r.evaluation_kind, floor)


def fit(data: Sequence[Reading], keys: Sequence[str], *, c: float = C,
        threshold: float = 0.5, limit: int = 4) -> ThemeModel:
    """The logistic model fitted on sheets (each training sheet left out of its centroids)."""
    from sklearn.linear_model import LogisticRegression

    sums = _centroid_sums(data, keys)
    rows, labels = [], []
    for r in data:
        own = np.asarray([[float(k in r.truth)] for k in keys]) * np.asarray(r.vector or 0.0)
        rows.append(rows_of(r, keys, _normalised(sums - own)))
        labels.extend(float(k in r.truth) for k in keys)
    x = np.concatenate(rows)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    onehot = np.tile(np.eye(len(keys)), (len(data), 1))
    design = np.concatenate([(x - mean) / scale, onehot], axis=1)
    model = LogisticRegression(C=c, max_iter=5000, tol=1e-8)
    model.fit(design, np.asarray(labels))
    coef = model.coef_[0]
    return ThemeModel(MODEL, tuple(keys), mean, scale, coef[: len(FEATURES)],
                      coef[len(FEATURES):] + model.intercept_[0], _normalised(sums),
                      threshold, limit)


def probabilities(model: ThemeModel, r: Reading) -> np.ndarray:
    """The model's probability per theme for one sheet, as the product computes it."""
    vector = np.asarray(r.vector) if r.vector else None
    floor = floor_of({}, MIN_SCORE, 0.0, r.words)
    return model.probabilities(model.rows(r.vocabulary, r.meaning, vector, r.words,
                                          r.evaluation_kind, floor))


def micro(pairs: Sequence[tuple[set[str] | frozenset[str], frozenset[str]]]
          ) -> tuple[float, float]:
    """Micro precision and recall of (found, truth) pairs."""
    hits = sum(len(set(got) & want) for got, want in pairs)
    found = sum(len(got) for got, _ in pairs)
    expected = sum(len(want) for _, want in pairs)
    return (hits / found if found else 0.0), (hits / expected if expected else 0.0)


def choose_cut(predicted: Sequence[tuple[np.ndarray, Reading]], keys: Sequence[str]
               ) -> tuple[float, int]:
    """The threshold and limit with the highest recall at precision ≥ TARGET (the most
    precise when none reaches it) over out-of-fold probabilities."""
    best: tuple[tuple[int, float, float], float, int] | None = None
    for limit in LIMITS:
        for threshold in THRESHOLDS:
            probe = ThemeModel(MODEL, tuple(keys), np.zeros(1), np.ones(1), np.zeros(1),
                               np.zeros(1), np.zeros((1, 1)), threshold, limit)
            precision, recall = micro([(set(r.rules) if r.kept else set(probe.choose(p)),
                                        r.truth) for p, r in predicted])
            key = (1, recall, precision) if precision >= TARGET else (0, precision, recall)
            if best is None or key > best[0]:
                best = (key, threshold, limit)
    assert best is not None
    return best[1], best[2]


def out_of_fold(data: Sequence[Reading], keys: Sequence[str]
                ) -> list[tuple[np.ndarray, Reading]]:
    """Each set's probabilities from a model fitted on the other sets (the model's own,
    when there is one set only)."""
    names = sorted({r.set for r in data})
    if len(names) < 2:
        model = fit(data, keys)
        return [(probabilities(model, r), r) for r in data]
    out = []
    for name in names:
        model = fit([r for r in data if r.set != name], keys)
        out.extend((probabilities(model, r), r) for r in data if r.set == name)
    return out


def train(data: Sequence[Reading], keys: Sequence[str]) -> ThemeModel:
    """The model fitted on every sheet, with the cut chosen out of fold."""
    threshold, limit = choose_cut(out_of_fold(data, keys), keys)
    return fit(data, keys, threshold=threshold, limit=limit)


def left_out(data: Sequence[Reading], keys: Sequence[str]
             ) -> list[tuple[str, list[tuple[set[str], Reading]]]]:
    """Per set: the themes a model trained on the other sets (cut included) infers."""
    out = []
    for name in sorted({r.set for r in data}):
        model = train([r for r in data if r.set != name], keys)
        held = [r for r in data if r.set == name]
        out.append((name, [(set(r.rules) if r.kept else set(model.choose(
            probabilities(model, r))), r) for r in held]))
    return out


def report(data: Sequence[Reading], keys: Sequence[str]) -> list[str]:
    """The markdown table: per set left out, rules and learned micro P / R."""
    lines = ["| set | sheets | themes | rules P | rules R | learned P | learned R |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    every: list[tuple[set[str], Reading]] = []
    for name, found in left_out(data, keys):
        every.extend(found)
        rules = micro([(r.rules, r.truth) for _, r in found])
        learned = micro([(got, r.truth) for got, r in found])
        lines.append(f"| {name} | {len(found)} | {sum(len(r.truth) for _, r in found)} | "
                     f"{rules[0]:.2f} | {rules[1]:.2f} | {learned[0]:.2f} | {learned[1]:.2f} |")
    rules = micro([(r.rules, r.truth) for _, r in every])
    learned = micro([(got, r.truth) for got, r in every])
    lines.append(f"| all | {len(every)} | {sum(len(r.truth) for _, r in every)} | "
                 f"{rules[0]:.2f} | {rules[1]:.2f} | {learned[0]:.2f} | {learned[1]:.2f} |")
    return lines


def _to_cache(data: Sequence[Reading]) -> list[dict[str, object]]:
    return [{**r.__dict__, "truth": sorted(r.truth), "rules": sorted(r.rules)} for r in data]


def _from_cache(rows: Sequence[dict[str, object]]) -> list[Reading]:
    return [Reading(**{**row, "truth": frozenset(row["truth"]),  # type: ignore[arg-type]
                       "rules": frozenset(row["rules"])}) for row in rows]  # type: ignore[arg-type]


def _use() -> SemanticThemes:
    from repository.search.embedder import Embedder

    return SemanticThemes(Embedder(MODEL), passages=index_passages)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.train_themes",
                                     description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m eval.train_themes --dry-run")
    parser.add_argument("truth", nargs="*", type=Path, help="truth files (default: all "
                        "labelled sets outside the holdouts)")
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="the weights file to write")
    parser.add_argument("--dry-run", action="store_true", help="print the table only")
    parser.add_argument("--no-table", action="store_true", help="skip the left-out table")
    parser.add_argument("--cache", type=Path, help="read the sheets' readings from this "
                        "JSON file if it exists, else write them there")
    args = parser.parse_args(argv)
    files = args.truth or labelled_sets(holdouts=False)
    if any("holdout" in p.parts for p in files):
        parser.error("the holdout sets are blind: train on labelled sets outside eval/holdout")
    if args.cache and args.cache.exists():
        data = _from_cache(json.loads(args.cache.read_text(encoding="utf-8")))
    else:
        data = read_sheets(files, _use())
        if args.cache:
            args.cache.write_text(json.dumps(_to_cache(data)), encoding="utf-8")
    keys = sorted(load_vocabulary().themes)
    print(f"{len(data)} labelled sheets in {len({r.set for r in data})} sets")
    if not args.no_table and len({r.set for r in data}) > 1:
        print("\neach set left out in turn (learned: fitted and cut on the other sets):")
        print("\n".join(report(data, keys)))
    if not args.dry_run:
        model = train(data, keys)
        args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False) + "\n",
                            encoding="utf-8")
        print(f"\nwrote {args.out} (threshold {model.threshold}, at most {model.limit} themes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
