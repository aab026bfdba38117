"""Fit the learned start-year ranker on every labelled sheet outside the blind holdouts.

    python -m eval.train_start                 # fit, print the table, write the weights
    python -m eval.train_start --dry-run       # the table only
    python -m eval.train_start --dry-run --errors

The labelled sets are `eval.labelled.labelled_sets` (the corpus, the extraction sets and
the open holdouts A–E, never a blind one), grouped by writer. Every sheet
is extracted as ingest does with the rules alone; where the start is not given by a key,
`start_model.candidates` turns each year the sheet names into a row. A conditional logit
(one score per candidate and one for "no start", softmax over them; fitted here with
scipy's L-BFGS, applied by the product with numpy) learns which candidate is the truth's
start year. The margin by which another year must beat the rules' year is the one that
gets the most sheets right on out-of-fold probabilities (each group predicted by a model
fitted on the other groups), and `confident` the lowest probability from which
out-of-fold starts are right 9 times in 10.

The table scores each group left out in turn (model and margin chosen on the other
groups alone) next to today's rules on the same sheets: the share of sheets whose start
year is right (sheets with a start key count for both). Deterministic: the same sheets
give the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as `python eval/train_start.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import repository.ingest.normalise.facts as facts_module  # noqa: E402
from eval.extraction import extract_sheet, load_truth  # noqa: E402
from eval.labelled import by_writer, labelled_sets  # noqa: E402
from repository.ingest.normalise.start_model import (  # noqa: E402
    FEATURES,
    NONE_FEATURES,
    WEIGHTS,
    StartInputs,
    StartModel,
    candidates,
    none_row,
)

C = 0.5  # inverse regularisation strength of the logistic regression
MARGINS = tuple(round(0.05 * i, 2) for i in range(0, 21))  # 1.0: the rules always stand
CONFIDENCES = tuple(round(0.05 * i, 2) for i in range(1, 20))
SURE = 0.9  # out-of-fold share right from which a start is not flagged as a guess


def labelled_groups() -> dict[str, list[Path]]:
    """The labelled truth files by writer (never a blind holdout)."""
    return by_writer(labelled_sets())


@dataclass(frozen=True)
class Sheet:
    group: str
    path: str
    truth: int | None
    rule: int | None  # today's rules (a key's year where the sheet gives one)
    years: tuple[int, ...]  # the candidates (empty when a key gives the start)
    rows: np.ndarray  # one row per candidate
    none: np.ndarray  # the row of "no start"

    def target(self) -> int | None:
        """The index of the true candidate, len(years) for "no start", None when the true
        year is not among the candidates (nothing to learn from)."""
        if self.truth is None:
            return len(self.years)
        return self.years.index(self.truth) if self.truth in self.years else None


def read_sheets(groups: dict[str, list[Path]]) -> list[Sheet]:
    """Every sheet of the groups extracted with the rules, its candidates recorded."""
    seen: list[StartInputs] = []

    def record(facts: object, inputs: StartInputs, warnings: list[str]) -> bool:
        seen.append(inputs)
        return False  # the rules stand

    original = facts_module.learned_start
    facts_module.learned_start = record  # type: ignore[assignment]
    out = []
    try:
        for group, files in groups.items():
            for truth_file in files:
                for rel, truth in sorted(load_truth(truth_file).items()):
                    seen.clear()
                    try:
                        practice = extract_sheet(truth_file.parent / rel)
                    except Exception as exc:  # a sheet the extraction refuses is left out
                        print(f"skipped {truth_file.parent.name}/{rel}: {exc}", file=sys.stderr)
                        continue
                    found = candidates(seen[-1]) if seen else []
                    rows = (np.stack([c.row for c in found]) if found
                            else np.zeros((0, len(FEATURES))))
                    none = (none_row(seen[-1], found) if seen
                            else np.zeros(len(NONE_FEATURES)))
                    out.append(Sheet(group, f"{truth_file.parent.name}/{rel}",
                                     truth.get("start_year"),
                                     practice.start.year if practice.start else None,
                                     tuple(c.year for c in found), rows, none))
    finally:
        facts_module.learned_start = original  # type: ignore[assignment]
    return out


def fit(data: Sequence[Sheet], *, c: float = C, margin: float = 0.0,
        confident: float = 0.5) -> StartModel:
    """The conditional logit fitted on the sheets with candidates (L2 penalty 1/c on the
    candidate weights; scipy here only)."""
    from scipy.optimize import minimize

    ranked = [s for s in data if s.years and s.target() is not None]
    x = np.concatenate([s.rows for s in ranked])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale = np.where(scale > 1e-9, scale, 1.0)
    k = len(FEATURES)
    rows = (x - mean) / scale  # the candidates of all sheets, one after the other
    nones = np.stack([s.none for s in ranked])
    sizes = np.asarray([len(s.years) for s in ranked])
    owner = np.repeat(np.arange(len(ranked)), sizes)  # the sheet of each candidate
    first = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    targets = [s.target() for s in ranked]
    is_none = np.asarray([t == len(s.years) for t, s in zip(targets, ranked, strict=True)])
    picked = np.asarray([f + t for f, t, n in zip(first, targets, is_none, strict=True)
                         if not n], dtype=int)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        coef, none_coef = w[:k], w[k:]
        z, zn = rows @ coef, nones @ none_coef
        top = np.maximum(np.maximum.reduceat(z, first), zn)
        e, en = np.exp(z - top[owner]), np.exp(zn - top)
        norm = np.add.reduceat(e, first) + en
        lse = top + np.log(norm)
        total = float(lse.sum() - z[picked].sum() - zn[is_none].sum())
        p, pn = e / norm[owner], en / norm
        p[picked] -= 1.0
        pn[is_none] -= 1.0
        total += 0.5 / c * float(coef @ coef)
        grad = np.append(rows.T @ p + coef / c, nones.T @ pn)
        return total, grad

    start = np.zeros(k + len(NONE_FEATURES))
    result = minimize(loss, start, jac=True, method="L-BFGS-B",
                      options={"maxiter": 2000, "gtol": 1e-8})
    return StartModel(mean, scale, result.x[:k], result.x[k:], margin, confident)


Choice = tuple[np.ndarray, int] | None  # a sheet's candidate probabilities, the rules' index


def probabilities(model: StartModel, sheet: Sheet) -> Choice:
    """What the model says of a sheet whose rules chose one of its candidates, else None."""
    if sheet.rule is None or sheet.rule not in sheet.years:
        return None
    return model.probabilities(sheet.rows, sheet.none)[0], sheet.years.index(sheet.rule)


def answer(sheet: Sheet, choice: Choice, margin: float) -> tuple[int | None, float]:
    """The start the model gives a sheet at a margin, and its probability (as
    `StartModel.choose`; the rules' answer, sure, where it does not rank)."""
    if choice is None:
        return sheet.rule, 1.0
    p, ruled = choice
    best = max(range(len(sheet.years)), key=lambda i: (p[i], -sheet.years[i]))
    chosen = best if p[best] - p[ruled] > margin else ruled
    return sheet.years[chosen], float(p[chosen])


def out_of_fold(data: Sequence[Sheet], *, c: float = C) -> list[Choice]:
    """Each sheet's probabilities by a model fitted on the other groups."""
    choices: list[Choice] = [None] * len(data)
    for g in sorted({s.group for s in data}):
        model = fit([s for s in data if s.group != g], c=c)
        for i, s in enumerate(data):
            if s.group == g:
                choices[i] = probabilities(model, s)
    return choices


def right(data: Sequence[Sheet], choices: Sequence[Choice], margin: float) -> int:
    return sum(answer(s, ch, margin)[0] == s.truth for s, ch in zip(data, choices, strict=True))


def best_margin(data: Sequence[Sheet], choices: Sequence[Choice]) -> float:
    """The margin that gets the most sheets right (the largest of equals: the rules stand)."""
    return max(MARGINS, key=lambda m: (right(data, choices, m), m))


def sure_from(data: Sequence[Sheet], choices: Sequence[Choice], margin: float) -> float:
    """The lowest probability from which ranked starts are right SURE of the time."""
    ranked = [(s, answer(s, ch, margin)) for s, ch in zip(data, choices, strict=True)
              if ch is not None]
    for t in CONFIDENCES:
        kept = [(s, a) for s, a in ranked if a[1] >= t]
        if kept and sum(a[0] == s.truth for s, a in kept) / len(kept) >= SURE:
            return t
    return CONFIDENCES[-1]


def left_out_table(data: Sequence[Sheet], *, c: float = C) -> list[str]:
    """Each group left out: the model and margin chosen on the others, against the rules."""
    lines = ["| left out | sheets | rules | model | margin |",
             "| --- | ---: | ---: | ---: | ---: |"]
    total_rule = total_model = total = 0
    for g in sorted({s.group for s in data}):
        train = [s for s in data if s.group != g]
        margin = best_margin(train, out_of_fold(train, c=c))
        model = fit(train, c=c)
        test = [s for s in data if s.group == g]
        rule = sum(s.rule == s.truth for s in test)
        mine = right(test, [probabilities(model, s) for s in test], margin)
        total_rule, total_model, total = total_rule + rule, total_model + mine, total + len(test)
        lines.append(f"| {g} | {len(test)} | {rule / len(test):.2f} ({rule}) | "
                     f"{mine / len(test):.2f} ({mine}) | {margin:.2f} |")
    lines.append(f"| all | {total} | {total_rule / total:.2f} ({total_rule}) | "
                 f"{total_model / total:.2f} ({total_model}) | |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dry-run", action="store_true", help="the table only")
    parser.add_argument("--errors", action="store_true", help="list the left-out errors")
    args = parser.parse_args(argv)
    data = read_sheets(labelled_groups())
    print("\n".join(left_out_table(data)))
    choices = out_of_fold(data)
    margin = best_margin(data, choices)
    confident = sure_from(data, choices, margin)
    if args.errors:
        for s, ch in zip(data, choices, strict=True):
            got, p = answer(s, ch, margin)
            if got != s.truth or s.rule != s.truth:
                print(f"{s.group:9} {s.path}: truth {s.truth} rule {s.rule} model {got} "
                      f"(p {p:.2f}) years {s.years}")
    model = fit(data, margin=margin, confident=confident)
    print(f"margin {margin:.2f}, confident from {confident:.2f}, "
          f"{sum(len(s.years) for s in data)} candidates on {len(data)} sheets")
    for name, w in sorted(zip(FEATURES, model.coef, strict=True), key=lambda x: -abs(x[1])):
        print(f"  {name:16} {w:+.3f}")
    if not args.dry_run:
        WEIGHTS.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
