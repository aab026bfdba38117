"""What each part of search adds: the labelled queries run under variants of the ranking,
printed as one Markdown table (a row per variant).

    python -m eval.ablation                       # temporary store (ingests the corpus)
    python -m eval.ablation --store /tmp/eval     # keep the store, reuse it next time
    python -m eval.ablation --json

Rows: keyword and semantic alone, semantic with each dense representation (the
passages multivector scored MAX_SIM, the whole-sheet vector, both fused), then hybrid
with one part changed at a time (no concept signal, no typo correction, DBSF instead
of RRF, another dense representation, another semantic threshold), and the default.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python eval/ablation.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.queries import QUERIES_FILE, load_queries  # noqa: E402
from eval.run import CORPUS, METRICS, eval_store, evaluate, summarise  # noqa: E402
from repository.search.service import DEFAULT_RANKING, Ranking  # noqa: E402

COLUMNS = ("all", "cross_lingual", "conceptual", "keyword", "filtered", "typo")


def variants(default: Ranking = DEFAULT_RANKING) -> dict[str, tuple[str, Ranking]]:
    """Named runs: a search mode and a ranking, each differing from the default in one way."""
    other_fusion = "dbsf" if default.fusion == "rrf" else "rrf"
    runs: dict[str, tuple[str, Ranking]] = {
        "keyword": ("keyword", default),
        "semantic, sections MAX_SIM": ("semantic", replace(default, dense="sections")),
        "semantic, doc vector": ("semantic", replace(default, dense="doc")),
        "semantic, doc + sections": ("semantic", replace(default, dense="both")),
        "hybrid without concepts": ("hybrid", replace(default, concepts=False)),
        "hybrid without typo correction": ("hybrid", replace(default, typos=False)),
        f"hybrid, {other_fusion.upper()} fusion": ("hybrid", replace(default, fusion=other_fusion)),
    }
    for dense in ("sections", "doc", "both"):
        if dense != default.dense:
            runs[f"hybrid, dense = {dense}"] = ("hybrid", replace(default, dense=dense))
    runs["hybrid, dense vector of the typed query"] = (
        "hybrid", replace(default, typo_dense=not default.typo_dense))
    for threshold in (0.2, 0.4):
        runs[f"hybrid, semantic threshold {threshold}"] = (
            "hybrid", replace(default, semantic_threshold=threshold))
    for weight in (0.3, 0.6):
        runs[f"hybrid, cross-language expansion {weight}"] = (
            "hybrid", replace(default, expansion=weight))
    for vector, weight in (("concepts", 0.5), ("concepts", 2.0), ("lexical", 2.0)):
        runs[f"hybrid, {vector} weight {weight}"] = (
            "hybrid", replace(default, weights=((vector, weight),)))
    runs["hybrid (default)"] = ("hybrid", default)
    return runs


def ablation_table(summary: Mapping[str, Mapping[str, Any]], names: Sequence[str]) -> str:
    """Markdown: a row per run; nDCG@10 per subset, then R@10 and MRR over all queries."""
    subsets = [c for c in COLUMNS if c in summary]
    head = ["run", *(f"nDCG@10 {c} (n={summary[c]['n']})" for c in subsets), "R@10 all",
            "MRR all"]
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for name in names:
        cells = [f"{summary[c][name]['ndcg@10']:.3f}" for c in subsets]
        cells += [f"{summary['all'][name][m]:.3f}" for m in METRICS[1:]]
        lines.append("| " + " | ".join([name, *cells]) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.ablation", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.ablation --store /tmp/eval-store",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--queries", type=Path, default=QUERIES_FILE, help="query file")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of sheets")
    parser.add_argument("--store", type=Path, default=None,
                        help="data folder to keep and reuse between runs (default: temporary)")
    args = parser.parse_args(argv)

    queries = load_queries(args.queries)
    runs = variants()
    with eval_store(args.corpus, args.store) as (store, ingested, group_of):
        per_query, _ = evaluate(store, queries, runs, group_of)
    summary = summarise(queries, per_query, list(runs))
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{len(queries)} queries over {ingested['sheets']} sheets; k=10\n")
        print(ablation_table(summary, list(runs)))
    return 1 if ingested["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
