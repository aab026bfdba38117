"""Calibrate theme inference: precision and recall over a grid of thresholds.

    python -m eval.theme_calibration                 # every labelled set, vocabulary only
    python -m eval.theme_calibration --semantic      # the semantic check (USE multilingual)
    python -m eval.theme_calibration data/practices/truth.json --target 0.8

Each labelled sheet is extracted with its explicit theme keys hidden (as
`eval.extraction` does), its vocabulary scores (and, with `--semantic`, the themes
ranked by meaning) are computed once, and every setting of the grid is scored: micro
precision and recall against the truth themes. The best setting has the highest recall
at precision ≥ target (default 0.8); the values in `theme_inference` come from this run.
To see how a setting carries to sheets it was not chosen on, each truth file is left
out in turn, the best setting chosen on the others and scored on it ("left out").
With `--per-theme` each theme's floor factor is fitted too (coordinate ascent over
FACTOR_VALUES: the highest recall at precision ≥ target), left out in turn the same
way (on the sets of issue 18 they did not carry: recall fell on 4 of 5 sets left out).
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python eval/theme_calibration.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.extraction import TRUTH, extract_sheet, index_passages, load_truth  # noqa: E402
from repository.ingest.normalise.theme_inference import (  # noqa: E402
    meaning_ranking,
    select,
    select_checked,
    theme_scores,
    with_derived,
)
from repository.ingest.normalise.theme_semantic import SemanticThemes  # noqa: E402
from repository.ingest.themes_pass import record_parts  # noqa: E402

EVAL = Path(__file__).resolve().parent
SETS = [TRUTH, *(EVAL / name / "truth.json" for name in (
    "extraction_dev", "extraction_check", "extraction_dev2", "extraction_check2"))]
GRID = {"min_score": (1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0),
        "relative": (0.1, 0.15, 0.2, 0.25, 0.3),
        "limit": (3, 4, 5)}
SEMANTIC_GRID = {"min_score": (1.5, 2.0, 2.5, 3.0), "relative": (0.1, 0.15, 0.2),
                 "veto_rank": (5, 6, 8, 10, 12), "rescue": (0.4, 0.7, 1.1), "limit": (4, 5)}
FACTOR_VALUES = (0.5, 0.65, 0.8, 1.0, 1.25, 1.6, 2.0, 3.0)


@dataclass(frozen=True)
class Sheet:
    """What one labelled sheet gives the calibration."""

    set: str
    scores: dict[str, float]
    meaning: list[str]  # themes by meaning, closest first ([] without --semantic)
    evaluation_kind: str | None
    truth: frozenset[str]
    words: int


def labelled(files: Sequence[Path], semantic: SemanticThemes | None = None) -> list[Sheet]:
    """Every labelled sheet of the truth files, scored once."""
    out = []
    for truth_file in files:
        for rel, truth in load_truth(truth_file).items():
            if not truth.get("themes"):
                continue
            practice = extract_sheet(truth_file.parent / rel, hidden_themes=True)
            parts = record_parts(practice)
            out.append(Sheet(truth_file.parent.name, theme_scores(parts, practice.language),
                             meaning_ranking(index_passages(practice), semantic, cut=False)
                             if semantic else [],
                             practice.evaluation_kind, frozenset(truth["themes"]),
                             sum(len(text.split()) for _, text in parts)))
    return out


def themes_of(sheet: Sheet, params: Mapping[str, Any],
              factors: Mapping[str, float] | None = None) -> set[str]:
    """The themes one setting infers for a sheet (checked by meaning when it has a rank);
    every theme's factor is 1 unless `factors` gives it."""
    factors = factors or {}
    if sheet.meaning:
        chosen = select_checked(sheet.scores, sheet.meaning, words=sheet.words,
                                factors=factors, **params)
    else:
        chosen = select(sheet.scores, words=sheet.words, factors=factors, **params)
    return set(with_derived(chosen, sheet.evaluation_kind))


def score(data: Sequence[Sheet], params: Mapping[str, Any],
          factors: Mapping[str, float] | None = None) -> tuple[float, float]:
    """Micro precision and recall of one setting over sheets."""
    hits = found = expected = 0
    for sheet in data:
        got = themes_of(sheet, params, factors)
        hits, found, expected = (hits + len(got & sheet.truth), found + len(got),
                                 expected + len(sheet.truth))
    return (hits / found if found else 0.0), (hits / expected if expected else 0.0)


def best(data: Sequence[Sheet], grid: Mapping[str, Sequence[Any]], target: float
         ) -> tuple[tuple[float, float], dict[str, Any]]:
    """The setting with the highest recall at precision ≥ target (the most precise if
    none reaches it)."""
    rows = []
    for values in itertools.product(*grid.values()):
        params = dict(zip(grid, values, strict=True))
        rows.append((score(data, params), params))
    reaching = [r for r in rows if r[0][0] >= target]
    if reaching:
        return max(reaching, key=lambda r: (r[0][1], r[0][0]))
    return max(rows, key=lambda r: r[0][0])


def left_out(data: Sequence[Sheet], grid: Mapping[str, Sequence[Any]], target: float
             ) -> list[tuple[str, float, float]]:
    """Per set: precision and recall of the setting chosen on the other sets."""
    out = []
    for name in sorted({s.set for s in data}):
        _, params = best([s for s in data if s.set != name], grid, target)
        precision, recall = score([s for s in data if s.set == name], params)
        out.append((name, precision, recall))
    return out


def _objective(pr: tuple[float, float], target: float) -> tuple[int, float]:
    precision, recall = pr
    return (1, recall + 1e-3 * precision) if precision >= target else (0, precision)


def fit_factors(data: Sequence[Sheet], params: Mapping[str, Any], target: float,
                passes: int = 2) -> dict[str, float]:
    """Per theme, the floor factor that raises recall most at precision ≥ target (or
    precision most while below it), one theme at a time, `passes` times."""
    factors: dict[str, float] = {}
    themes = sorted({t for s in data for t in (*s.scores, *s.truth)})
    current = _objective(score(data, params, factors), target)
    for _ in range(passes):
        for theme in themes:
            for value in FACTOR_VALUES:
                trial = {**factors, theme: value}
                got = _objective(score(data, params, trial), target)
                if got > current:
                    factors, current = trial, got
    return {k: v for k, v in sorted(factors.items()) if v != 1.0}


def left_out_factors(data: Sequence[Sheet], grid: Mapping[str, Sequence[Any]], target: float
                     ) -> list[tuple[str, float, float, float, float]]:
    """Per set: precision and recall with the setting chosen on the other sets, without
    and with the factors fitted on the other sets."""
    out = []
    for name in sorted({s.set for s in data}):
        rest = [s for s in data if s.set != name]
        held = [s for s in data if s.set == name]
        _, params = best(rest, grid, target)
        factors = fit_factors(rest, params, target)
        out.append((name, *score(held, params), *score(held, params, factors)))
    return out


def _use() -> SemanticThemes:
    """The semantic check over USE multilingual, through the embedder protocol."""
    from repository.search.embedder import USE_MULTILINGUAL, Embedder

    return SemanticThemes(Embedder(USE_MULTILINGUAL), passages=index_passages)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.theme_calibration",
                                     description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m eval.theme_calibration "
                                            "--semantic --top 5")
    parser.add_argument("truth", nargs="*", type=Path,
                        default=[p for p in SETS if p.exists()])
    parser.add_argument("--target", type=float, default=0.8, help="precision to reach")
    parser.add_argument("--top", type=int, default=8, help="settings to print")
    parser.add_argument("--semantic", action="store_true",
                        help="calibrate the semantic check (USE multilingual)")
    parser.add_argument("--per-theme", action="store_true",
                        help="also fit each theme's floor factor (left out in turn)")
    args = parser.parse_args(argv)
    data = labelled(args.truth, _use() if args.semantic else None)
    grid = SEMANTIC_GRID if args.semantic else GRID
    rows = []
    for values in itertools.product(*grid.values()):
        params = dict(zip(grid, values, strict=True))
        precision, recall = score(data, params)
        rows.append((precision >= args.target, recall, precision, params))
    rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    print(f"{len(data)} labelled sheets; best recall at precision ≥ {args.target}:")
    print("| " + " | ".join(grid) + " | precision | recall |")
    print("| " + " | ".join("---:" for _ in grid) + " | ---: | ---: |")
    for ok, recall, precision, params in rows[: args.top]:
        print("| " + " | ".join(str(params[k]) for k in grid) + f" | {precision:.2f} | "
              f"{recall:.2f} |" + ("" if ok else " (below target)"))
    if len({s.set for s in data}) > 1:
        print("\nleft out in turn (setting chosen on the other sets):")
        print("| set | precision | recall |")
        print("| --- | ---: | ---: |")
        for name, precision, recall in left_out(data, grid, args.target):
            print(f"| {name} | {precision:.2f} | {recall:.2f} |")
    if args.per_theme:
        _, params = best(data, grid, args.target)
        factors = fit_factors(data, params, args.target)
        precision, recall = score(data, params, factors)
        print(f"\nper-theme factors on every set ({params}): precision {precision:.2f}, "
              f"recall {recall:.2f}\n{factors}")
        print("\nleft out in turn, without / with factors fitted on the other sets:")
        print("| set | precision | recall | precision (factors) | recall (factors) |")
        print("| --- | ---: | ---: | ---: | ---: |")
        for name, p0, r0, p1, r1 in left_out_factors(data, grid, args.target):
            print(f"| {name} | {p0:.2f} | {r0:.2f} | {p1:.2f} | {r1:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
