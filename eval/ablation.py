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

from eval.named_vectors import load_rows, maxsim_ranking, named_ranking  # noqa: E402
from eval.queries import Query, load_queries  # noqa: E402
from eval.run import (  # noqa: E402
    METRICS,
    K,
    add_data_arguments,
    eval_store,
    evaluate,
    score,
    summarise,
)
from repository.search.service import DEFAULT_RANKING, Ranking  # noqa: E402
from repository.search.store import Store  # noqa: E402

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
        "hybrid without place names across languages": (
            "hybrid", replace(default, places=False)),
        f"hybrid, {other_fusion.upper()} fusion": ("hybrid", replace(default, fusion=other_fusion)),
    }
    for dense in ("sections", "doc", "both"):
        if dense != default.dense:
            runs[f"hybrid, dense = {dense}"] = ("hybrid", replace(default, dense=dense))
    typed = "typed" if default.typo_dense else "corrected"
    runs[f"hybrid, dense vector of the {typed} query"] = (
        "hybrid", replace(default, typo_dense=not default.typo_dense))
    for threshold in sorted({0.2, 0.25, 0.3, 0.4} - {default.semantic_threshold}):
        runs[f"hybrid, semantic threshold {threshold}"] = (
            "hybrid", replace(default, semantic_threshold=threshold))
    for weight in sorted({0.0, 0.5, 1.0, 1.5} - {default.expansion}):
        runs[f"hybrid, cross-language expansion {weight}"] = (
            "hybrid", replace(default, expansion=weight))
    for vector, weight in (("concepts", 0.5), ("concepts", 2.0), ("lexical", 2.0)):
        runs[f"hybrid, RRF with {vector} weight {weight}"] = (
            "hybrid", replace(default, fusion="rrf", weights=((vector, weight),)))
    runs["hybrid (default)"] = ("hybrid", default)
    return runs


EMULATED = ("semantic, sections MAX_SIM (NumPy)", "semantic, named vector per field (NumPy)")


def emulate_named_vectors(store: Store, queries: Sequence[Query], group_of: dict[str, str]
                          ) -> dict[str, dict[str, dict[str, float]]]:
    """Scores of the semantic signal as MAX_SIM and as named vectors, from stored rows."""
    from repository.search.lexicon import correct_query
    from repository.search.request import parse_request

    sheets = load_rows(store)
    threshold = DEFAULT_RANKING.semantic_threshold
    out: dict[str, dict[str, dict[str, float]]] = {}
    for query in queries:
        request = parse_request(q=query.query, mode="semantic", **query.filters)
        allowed = {str(p["id"]) for p in store.scroll_all(request.filter())}
        text, _ = correct_query(request.query, store.speller)
        vector = store.embedder.embed_queries([text])[0]
        inside = {i: s for i, s in sheets.items() if i in allowed}
        rankings = (maxsim_ranking(vector, inside, threshold),
                    named_ranking(vector, inside, threshold))
        out[query.id] = {name: score(r[:K], query.relevant, group_of)
                         for name, r in zip(EMULATED, rankings, strict=True)}
    return out


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
    add_data_arguments(parser)
    args = parser.parse_args(argv)

    queries = load_queries(args.queries)
    runs = variants()
    with eval_store(args.corpus, args.store) as (store, ingested, group_of):
        per_query, _ = evaluate(store, queries, runs, group_of)
        emulated = emulate_named_vectors(store, queries, group_of)
    for qid, scores in emulated.items():
        per_query[qid].update(scores)
    names = [*list(runs)[:4], *EMULATED, *list(runs)[4:]]
    summary = summarise(queries, per_query, names)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{len(queries)} queries over {ingested['sheets']} sheets; k=10\n")
        print(ablation_table(summary, names))
    return 1 if ingested["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
