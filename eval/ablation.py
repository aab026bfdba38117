"""What each part of search adds: the labelled queries run under variants of the ranking,
printed as one Markdown table (a row per variant).

    python -m eval.ablation                       # temporary store (ingests the corpus)
    python -m eval.ablation --store /tmp/eval     # keep the store, reuse it next time
    python -m eval.ablation --json

Rows: keyword and semantic alone, semantic with each dense representation (the
passages multivector scored MAX_SIM, the whole-sheet vector, both), then hybrid with
one part changed at a time (no concept signal, no expansion, no typo correction, no
place names, another fusion, another dense representation, other cuts of the
encoders, another weight of a signal, a loose result set), and the default. Beside
nDCG@10 per subset, R@10 and MRR, each row gives the median size of the result set
(practices) over the queries.
"""

from __future__ import annotations

import argparse
import json
import statistics
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
    with_derived_tags,
)
from repository.search.service import DEFAULT_RANKING, Ranking  # noqa: E402
from repository.search.store import Store  # noqa: E402
from repository.search.thresholds import Cut, Profile, profile  # noqa: E402

COLUMNS = ("all", "cross_lingual", "en_same", "exact", "conceptual", "keyword", "filtered",
           "typo")


def variants(default: Ranking = DEFAULT_RANKING, models: Sequence[str] = ()
             ) -> dict[str, tuple[str, Ranking]]:
    """Named runs: a search mode and a ranking, each differing from the default in one way.

    `models` are the encoders of the store: each gets rows with its cuts moved."""
    runs: dict[str, tuple[str, Ranking]] = {
        "keyword": ("keyword", default),
        "semantic (each encoder's profile)": ("semantic", default),
        "semantic, sections MAX_SIM": ("semantic", replace(default, dense="sections")),
        "semantic, doc vector": ("semantic", replace(default, dense="doc")),
        "semantic, doc + sections": ("semantic", replace(default, dense="both")),
        "hybrid without concepts": ("hybrid", replace(default, concepts=False)),
        "hybrid without the expansion": ("hybrid", replace(default, expansion=0.0)),
        "hybrid without typo correction": ("hybrid", replace(default, typos=False)),
        "hybrid without place names across languages": (
            "hybrid", replace(default, places=False)),
    }
    for fusion in ("scaled", "dbsf", "rrf"):
        if fusion != default.fusion:
            runs[f"hybrid, {fusion.upper()} fusion"] = ("hybrid", replace(default, fusion=fusion))
    for dense in ("sections", "doc", "both"):
        if dense != default.dense:
            runs[f"hybrid, dense = {dense}"] = ("hybrid", replace(default, dense=dense))
    typed = "typed" if default.typo_dense else "corrected"
    runs[f"hybrid, dense vector of the {typed} query"] = (
        "hybrid", replace(default, typo_dense=not default.typo_dense))
    for threshold in (0.2, 0.25, 0.3, 0.35):
        runs[f"hybrid, every cut at cosine {threshold}"] = (
            "hybrid", replace(default, semantic_threshold=threshold))
    for model in models:
        runs.update(_cut_variants(default, model))
    for name, weight in (("expansion", 0.5), ("expansion", 1.5), ("concepts", 0.5),
                         ("concepts", 1.5), ("lexical", 1.5)):
        weights = tuple(sorted({**dict(default.weights), name: weight}.items()))
        runs[f"hybrid, {name} weight {weight}"] = ("hybrid", replace(default, weights=weights))
    for share in sorted({0.1, 0.2, 0.3} - {default.keyword_share}):
        runs[f"hybrid, keyword share {share}"] = ("hybrid", replace(default, keyword_share=share))
    for share in sorted({0.5, 0.7, 0.9} - {default.concept_share}):
        runs[f"hybrid, concept share {share}"] = ("hybrid", replace(default, concept_share=share))
    for strength in sorted({0.0, 0.5, 1.0} - {default.specificity}):
        runs[f"hybrid, specificity {strength}"] = ("hybrid", replace(default, specificity=strength))
    runs["hybrid, loose result set (every sheet a signal finds)"] = (
        "hybrid", replace(default, tight=False))
    runs["hybrid (default)"] = ("hybrid", default)
    return runs


def _cut_variants(default: Ranking, model: str) -> dict[str, tuple[str, Ranking]]:
    """Rows moving one cut of one encoder's profile by ±0.05."""
    own = default.profile(model)
    short = model.removeprefix("bundled:")
    out: dict[str, tuple[str, Ranking]] = {}
    for vector in ("sections", "doc"):
        cut = getattr(own, vector)
        if cut is None:
            continue
        for part in ("rank", "member"):
            for step in (-0.05, 0.05):
                moved = replace(cut, **{part: round(getattr(cut, part) + step, 2)})
                if moved.member < moved.rank:
                    continue
                changed = replace(own, **{vector: moved})
                ranking = replace(default, profiles=(*default.profiles, (model, changed)))
                out[f"hybrid, {short} {vector} {part} {getattr(moved, part):.2f}"] = (
                    "hybrid", ranking)
    if own.doc is None and own.sections is not None:
        with_doc = Profile(sections=own.sections, doc=own.sections)
        out[f"hybrid, {short} with its doc vector too"] = (
            "hybrid", replace(default, profiles=(*default.profiles, (model, with_doc))))
    return out


EMULATED = ("semantic, sections MAX_SIM (NumPy)", "semantic, named vector per field (NumPy)")


def emulate_named_vectors(store: Store, queries: Sequence[Query], group_of: dict[str, str]
                          ) -> dict[str, dict[str, dict[str, float]]]:
    """Scores of the semantic signal as MAX_SIM and as named vectors, from stored rows."""
    from repository.search.lexicon import correct_query
    from repository.search.request import parse_request

    sheets = load_rows(store)
    first = store.embedder.parts[0].name
    cut = DEFAULT_RANKING.profile(first).sections or profile(first).sections or Cut(0.3, 0.3)
    threshold = cut.rank
    out: dict[str, dict[str, dict[str, float]]] = {}
    for query in queries:
        request = parse_request(q=query.query, mode="semantic", **query.filters)
        allowed = {str(p["id"]) for p in store.scroll_all(request.filter())}
        text, _ = correct_query(request.query, store.speller)
        vector = store.embedder.split(store.embedder.embed_queries([text]))[0][0]
        inside = {i: s for i, s in sheets.items() if i in allowed}
        rankings = (maxsim_ranking(vector, inside, threshold),
                    named_ranking(vector, inside, threshold))
        out[query.id] = {name: score(r[:K], query.relevant, group_of)
                         for name, r in zip(EMULATED, rankings, strict=True)}
    return out


def ablation_table(summary: Mapping[str, Mapping[str, Any]], names: Sequence[str],
                   sizes: Mapping[str, float] | None = None) -> str:
    """Markdown: a row per run; nDCG@10 per subset, then R@10 and MRR over all queries,
    and the median result-set size when known."""
    subsets = [c for c in COLUMNS if c in summary]
    head = ["run", *(f"nDCG@10 {c} (n={summary[c]['n']})" for c in subsets), "R@10 all",
            "MRR all"]
    if sizes is not None:
        head.append("median set")
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for name in names:
        cells = [f"{summary[c][name]['ndcg@10']:.3f}" for c in subsets]
        cells += [f"{summary['all'][name][m]:.3f}" for m in METRICS[1:]]
        if sizes is not None:
            cells.append(f"{sizes[name]:g}" if name in sizes else "")
        lines.append("| " + " | ".join([name, *cells]) + " |")
    return "\n".join(lines)


def median_sizes(per_query: Mapping[str, Mapping[str, Mapping[str, float]]],
                 names: Sequence[str]) -> dict[str, float]:
    """The median result-set size of each run that records one."""
    out: dict[str, float] = {}
    for name in names:
        sizes = [scores[name]["size"] for scores in per_query.values()
                 if "size" in scores.get(name, {})]
        if sizes:
            out[name] = statistics.median(sizes)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.ablation", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.ablation --store /tmp/eval-store",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_data_arguments(parser)
    args = parser.parse_args(argv)

    from eval.naive import stored_practices

    queries = load_queries(args.queries)
    with eval_store(args.corpus, args.store) as (store, ingested, group_of):
        queries = with_derived_tags(
            queries, {p.id: p.language for p in stored_practices(store)}, group_of)
        runs = variants(models=[part.name for part in store.embedder.parts])
        per_query, _ = evaluate(store, queries, runs, group_of)
        emulated = emulate_named_vectors(store, queries, group_of)
    for qid, scores in emulated.items():
        per_query[qid].update(scores)
    names = [*list(runs)[:5], *EMULATED, *list(runs)[5:]]
    summary = summarise(queries, per_query, names)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{len(queries)} queries over {ingested['sheets']} sheets; k=10\n")
        print(ablation_table(summary, names, median_sizes(per_query, names)))
    return 1 if ingested["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
