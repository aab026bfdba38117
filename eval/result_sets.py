"""Where the hybrid result set's size comes from: each signal left out in turn.

    python -m eval.result_sets --model bundled:use-multilingual --store /tmp/enc/use
    python -m eval.result_sets --model "bundled:all-MiniLM-L6-v2+bundled:use-multilingual" \\
        --threshold 0.2

The result set (what facets count) holds the sheets one signal finds clearly
(`repository/search/fusion.py`). For one model and ranking, a row per variant: the
set's size in practices (median / mean / p90 over the labelled queries) beside nDCG@10
all / cross_lingual / en_same, for hybrid, hybrid with a loose result set (every sheet
a signal finds), without the concept signal and expansion, without the expansion
only, without place names, and keyword and semantic alone.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

if __package__ in (None, ""):  # run as `python eval/result_sets.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.encoders import Models  # noqa: E402
from eval.naive import stored_practices  # noqa: E402
from eval.queries import load_queries  # noqa: E402
from eval.run import (  # noqa: E402
    add_data_arguments,
    eval_store,
    evaluate,
    summarise,
    with_derived_tags,
)
from repository.config import DEFAULT_MODEL  # noqa: E402
from repository.search.service import DEFAULT_RANKING, Ranking  # noqa: E402

SUBSETS = ("all", "cross_lingual", "en_same")


def variants(ranking: Ranking) -> dict[str, tuple[str, Ranking]]:
    """Hybrid with one signal left out at a time, and the two plain modes."""
    return {
        "hybrid": ("hybrid", ranking),
        "hybrid, loose result set (every sheet a signal finds)": (
            "hybrid", replace(ranking, tight=False)),
        "hybrid without concepts (signal and expansion)": (
            "hybrid", replace(ranking, concepts=False)),
        "hybrid without the cross-language expansion": ("hybrid", replace(ranking, expansion=0.0)),
        "hybrid without place names": ("hybrid", replace(ranking, places=False)),
        "keyword": ("keyword", ranking),
        "semantic": ("semantic", ranking),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.result_sets", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.result_sets --model bundled:use-multilingual",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=DEFAULT_MODEL, help="model setting to measure")
    parser.add_argument("--threshold", type=float, default=None,
                        help="one cosine for every cut (default: each encoder's profile)")
    add_data_arguments(parser)
    args = parser.parse_args(argv)

    ranking = replace(DEFAULT_RANKING, semantic_threshold=args.threshold)
    runs = variants(ranking)
    embedder, _ = Models().embedder(args.model)
    with eval_store(args.corpus, args.store, embedder) as (store, ingested, group_of):
        queries = with_derived_tags(
            load_queries(args.queries),
            {p.id: p.language for p in stored_practices(store)}, group_of)
        per_query, _ = evaluate(store, queries, runs, group_of)
    summary = summarise(queries, per_query, list(runs))
    subsets = [s for s in SUBSETS if s in summary]
    cuts = "each encoder's cuts" if args.threshold is None else f"every cut {args.threshold:g}"
    print(f"{embedder.name}, {cuts}; {ingested['sheets']} sheets\n")
    print("| run | result set (median / mean / p90 practices) | "
          + " | ".join(f"nDCG {s} (n={summary[s]['n']})" for s in subsets) + " |")
    print("| --- | ---: |" + " ---: |" * len(subsets))
    for name in runs:
        sizes = [per_query[q.id][name]["size"] for q in queries]
        spread = (f"{statistics.median(sizes):g} / {statistics.fmean(sizes):.1f} / "
                  f"{np.percentile(sizes, 90, method='lower'):g}")
        cells = [f"{summary[s][name]['ndcg@10']:.3f}" for s in subsets]
        print(f"| {name} | {spread} | " + " | ".join(cells) + " |")
    return 1 if ingested["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
