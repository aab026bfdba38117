"""Measure search quality: ingest data/practices into a temporary store, run every
labelled query in each mode, print nDCG@10, Recall@10 and MRR per mode and subset.

    python -m eval.run                 # the table (markdown-compatible)
    python eval/run.py --json          # everything, per query too, for machines
    python -m eval.run --modes hybrid,keyword
    python -m eval.run --store /tmp/eval     # keep the ingested store, reuse it next run

The modes are the product's keyword, semantic and hybrid search, and `naive`: the
naive dense baseline of `eval/naive.py` (chunks + cosine with the same encoder).
Search shows a practice's language versions as one hit, so scores are computed
over translation groups: a practice counts once, graded by its best-graded version.
Besides the query file's tags, the subset `en_same` holds the English queries whose
every grade-2 practice has an English version (same-language English matching).
The store is always an embedded one in a temporary folder, or the folder `--store`
names (QDRANT_URL is ignored), so a run never touches a real index.
REPOSITORY_EMBEDDING_MODEL is honoured.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if __package__ in (None, ""):  # run as `python eval/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.metrics import (  # noqa: E402
    by_group,
    mean,
    ndcg_at_k,
    recall_at_k,
    reciprocal_rank,
    translation_groups,
)
from eval.queries import QUERIES_FILE, Query, load_queries  # noqa: E402
from repository.search.embedder import Embedder  # noqa: E402

if TYPE_CHECKING:
    from repository.search.service import Ranking
    from repository.search.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "practices"
MODES = ("keyword", "semantic", "hybrid", "naive")
SAME_LANGUAGE_EN = "en_same"
METRICS = ("ndcg@10", "recall@10", "mrr")
K = 10


def score(ranking: Sequence[str], judgements: dict[str, int],
          group_of: dict[str, str] | None = None) -> dict[str, float]:
    """The three metrics of one ranked list, over translation groups when given."""
    if group_of is not None:
        ranking, judgements = by_group(ranking, judgements, group_of)
    return {"ndcg@10": ndcg_at_k(ranking, judgements, K),
            "recall@10": recall_at_k(ranking, judgements, K),
            "mrr": reciprocal_rank(ranking, judgements)}


def subset_names(queries: Sequence[Query]) -> list[str]:
    """`all`, then each tag, then each query language, in a stable order."""
    tags = sorted({t for q in queries for t in q.tags})
    langs = sorted({q.language for q in queries})
    return ["all", *tags, *(f"lang:{lang}" for lang in langs)]


def summarise(queries: Sequence[Query], per_query: dict[str, dict[str, dict[str, float]]],
              modes: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Mean metrics per subset and mode; `per_query[qid][mode]` holds one query's scores."""
    out: dict[str, dict[str, Any]] = {}
    for name in subset_names(queries):
        members = [q for q in queries if name == "all" or name in q.subsets()]
        row: dict[str, Any] = {"n": len(members)}
        for mode in modes:
            row[mode] = {m: mean([per_query[q.id][mode][m] for q in members]) for m in METRICS}
        out[name] = row
    return out


def format_table(summary: dict[str, dict[str, Any]], modes: Sequence[str]) -> str:
    """A markdown-compatible table: one row per subset, nDCG/R/MRR per mode."""
    head = ["subset", "n"]
    for mode in modes:
        head += [f"{mode} nDCG@10", f"{mode} R@10", f"{mode} MRR"]
    rows = [head, ["---"] + ["---:"] * (len(head) - 1)]
    for name, row in summary.items():
        cells = [name, str(row["n"])]
        for mode in modes:
            cells += [f"{row[mode][m]:.3f}" for m in METRICS]
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for r in rows:
        padded = [c.ljust(w) if i == 0 else c.rjust(w)
                  for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        lines.append("| " + " | ".join(padded) + " |")
    return "\n".join(lines)


@contextmanager
def eval_store(corpus: Path, store_dir: Path | None = None,
               embedder: Embedder | None = None
               ) -> Iterator[tuple[Store, dict[str, Any], dict[str, str]]]:
    """An embedded store holding `corpus`, its ingest summary and its translation groups.

    The store is temporary unless `store_dir` names a data folder to keep: a second run
    against it re-ingests nothing unchanged, so query-side experiments skip the encoding.
    The encoder is `embedder`, else the configured model (remembering query vectors).
    """
    from repository.config import Settings
    from repository.ingest.pipeline import ingest
    from repository.search.store import Store

    with tempfile.TemporaryDirectory(prefix="repository-eval-") as tmp:
        settings = Settings(data_dir=store_dir or Path(tmp) / "var", QDRANT_URL=None)
        embedder = embedder or MemoEmbedder(settings.embedding_model, settings.embed_batch_size)
        with Store.open(settings, embedder) as store:
            started = time.perf_counter()
            report = ingest([corpus], store)
            summary = {"sheets": len(report.ingested),
                       "failed": [{"file": r.file, "error": r.error} for r in report.failed],
                       "seconds": round(time.perf_counter() - started, 1)}
            group_of = translation_groups(
                {r.id: store.get(r.id).translations for r in report.ingested if r.id})
            yield store, summary, group_of


class MemoEmbedder(Embedder):
    """The configured model, remembering query vectors: the runs repeat the same queries."""

    def __init__(self, spec: str, batch_size: int) -> None:
        super().__init__(spec, batch_size)
        self.memo: dict[str, np.ndarray] = {}

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.memo]
        for text, row in zip(missing, super().embed_queries(missing), strict=True):
            self.memo[text] = row
        return np.stack([self.memo[t] for t in texts])


def evaluate(store: Store, queries: Sequence[Query], runs: Mapping[str, tuple[str, Ranking]],
             group_of: dict[str, str]
             ) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, dict[str, list[str]]]]:
    """Scores and rankings per query and run; a run is a search mode with a `Ranking`.

    Each run's scores also carry `size`: how many practices its result set holds (the
    naive baseline ranks every sheet the filters let through).
    """
    from eval.naive import naive_index, naive_rank
    from repository.search.request import parse_request
    from repository.search.service import rank

    naive = naive_index(store) if any(m == "naive" for m, _ in runs.values()) else None
    per_query: dict[str, dict[str, dict[str, float]]] = {}
    rankings: dict[str, dict[str, list[str]]] = {}
    for query in queries:
        per_query[query.id], rankings[query.id] = {}, {}
        for name, (mode, ranking) in runs.items():
            if mode == "naive":
                assert naive is not None
                found = naive_rank(store, naive, query.query, query.filters)
            else:
                request = parse_request(q=query.query, mode=mode, per_page=K, **query.filters)
                found = rank(store, request, ranking)
            ids = found[:K]
            rankings[query.id][name] = ids
            per_query[query.id][name] = {**score(ids, query.relevant, group_of),
                                         "size": float(len(found))}
    return per_query, rankings


def with_derived_tags(queries: Sequence[Query], language_of: Mapping[str, str | None],
                      group_of: Mapping[str, str]) -> list[Query]:
    """The queries, English ones tagged `en_same` when every grade-2 practice (translation
    group) they ask for has an English version."""
    english = {group_of.get(i, i) for i, lang in language_of.items() if lang == "en"}
    out = []
    for query in queries:
        wanted = {group_of.get(i, i) for i, grade in query.relevant.items() if grade == 2}
        if query.language == "en" and wanted and wanted <= english:
            query = replace(query, tags=(*query.tags, SAME_LANGUAGE_EN))
        out.append(query)
    return out


def run(corpus: Path, queries: Sequence[Query], modes: Sequence[str],
        store_dir: Path | None = None) -> dict[str, Any]:
    """Ingest `corpus` into an embedded store and evaluate every query in each mode."""
    from eval.naive import stored_practices
    from repository.search.service import DEFAULT_RANKING

    results: dict[str, Any] = {"corpus": str(corpus), "modes": list(modes), "k": K}
    with eval_store(corpus, store_dir) as (store, ingested, group_of):
        results["ingest"] = ingested
        results["model"] = store.embedder.name
        queries = with_derived_tags(
            queries, {p.id: p.language for p in stored_practices(store)}, group_of)
        started = time.perf_counter()
        per_query, rankings = evaluate(
            store, queries, {m: (m, DEFAULT_RANKING) for m in modes}, group_of)
        results["search_seconds"] = round(time.perf_counter() - started, 1)
    results["summary"] = summarise(queries, per_query, modes)
    results["queries"] = [
        {"id": q.id, "query": q.query, "language": q.language, "tags": list(q.tags),
         "filters": q.filters, "relevant": q.relevant,
         "modes": {m: {"ranking": rankings[q.id][m], **per_query[q.id][m]} for m in modes}}
        for q in queries
    ]
    return results


def table_lines(results: dict[str, Any], queries: Sequence[Query], corpus: Path) -> str:
    """The header line and the table of a `run` result."""
    ing = results["ingest"]
    return (f"{len(queries)} queries over {ing['sheets']} sheets ({corpus}); model "
            f"{results['model']}; k={K}; ingest {ing['seconds']} s, search "
            f"{results['search_seconds']} s\n\n"
            + format_table(results["summary"], results["modes"]))


def parse_modes(text: str) -> list[str]:
    modes = [m.strip() for m in text.split(",") if m.strip()]
    unknown = [m for m in modes if m not in MODES]
    if unknown or not modes:
        raise argparse.ArgumentTypeError(
            f"unknown mode(s) {', '.join(unknown) or '(none)'}; choose from {', '.join(MODES)}")
    return modes


def add_data_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every eval script shares: which queries, which sheets, which store."""
    parser.add_argument("--queries", type=Path, default=QUERIES_FILE, help="query file")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of sheets")
    parser.add_argument("--store", type=Path, default=None,
                        help="data folder to keep and reuse between runs (default: temporary)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.run", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.run --modes keyword,hybrid --json > eval.json",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="print JSON (per query too)")
    parser.add_argument("--modes", type=parse_modes, default=list(MODES),
                        help="comma-separated modes (default: keyword,semantic,hybrid,naive)")
    add_data_arguments(parser)
    args = parser.parse_args(argv)

    queries = load_queries(args.queries)
    results = run(args.corpus, queries, args.modes, args.store)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        print(table_lines(results, queries, args.corpus))
    for failure in results["ingest"]["failed"]:
        print(f"warning: not ingested: {failure['error']}", file=sys.stderr)
    return 1 if results["ingest"]["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
