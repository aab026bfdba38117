"""Every candidate encoder (and joined pairs of them) through the same eval, side by side.

    python -m eval.encoders                          # the three bundled models + pairs
    python -m eval.encoders --models bundled:use-multilingual --pairs ""
    python -m eval.encoders --store-root /tmp/enc    # keep one store per model
    python -m eval.encoders --json > encoders.json

For each model: keyword / semantic / hybrid / naive nDCG@10, R@10 and MRR per subset
and query language (the `eval.run` table), then one summary table of all models, a
cost table (query encoding p50/p95 over the eval queries, one query at a time; ingest
encoding passages/s; the whole ingest), and a result-set table: the typical hybrid
result set at today's semantic threshold, and the thresholds that best separate
judged-relevant sheets from the rest (`eval/calibrate.py`) with the hybrid figures
they would give. A pair `A+B` keeps each model's vectors apart in the index (one dense
signal per model, at each model's calibrated cuts); its parts' vectors are reused from
the single-model runs (the store is built again). Encoding costs are timed on the raw
models, the same texts for each, on whatever else the machine runs.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if __package__ in (None, ""):  # run as `python eval/encoders.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.encoders import encode_rate, query_timings  # noqa: E402
from eval.calibrate import best_threshold, passage_scores, recall_threshold, separation  # noqa: E402
from eval.naive import stored_practices  # noqa: E402
from eval.queries import Query, load_queries  # noqa: E402
from eval.run import (  # noqa: E402
    METRICS,
    MODES,
    add_data_arguments,
    eval_store,
    evaluate,
    format_table,
    summarise,
    with_derived_tags,
)
from repository.search.embedder import (  # noqa: E402
    E5_SMALL,
    MINILM,
    USE_MULTILINGUAL,
    Embedder,
    Encoder,
    load_encoder,
)
from repository.search.embedder.combined import CombinedEncoder, parse_parts  # noqa: E402

if TYPE_CHECKING:
    from repository.search.store import Store

MODELS = (MINILM, USE_MULTILINGUAL, E5_SMALL)
PAIRS = (f"{MINILM}+{USE_MULTILINGUAL}", f"{E5_SMALL}+{USE_MULTILINGUAL}")
SUMMARY_SUBSETS = ("all", "cross_lingual", "en_same", "conceptual", "keyword", "filtered",
                   "typo")
RECALLS = (0.75, 0.9)  # recall-keeping thresholds keep these shares of relevant sheets
SAMPLE = 256  # texts timed for the ingest encoding rate


class Memo:
    """An encoder that remembers its rows per text, so pairs reuse their parts' work."""

    def __init__(self, inner: Encoder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.max_tokens = getattr(inner, "max_tokens", None)
        self.rows: dict[tuple[bool, str], np.ndarray] = {}
        self.encoded = 0  # texts the model really encoded

    def _rows(self, texts: list[str], query: bool) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if (query, t) not in self.rows]
        if missing:
            encode = self.inner.encode_query if query else self.inner.encode_document
            self.rows.update(((query, t), r) for t, r in zip(missing, encode(missing),
                                                             strict=True))
            self.encoded += len(missing)
        return np.stack([self.rows[(query, t)] for t in texts])

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self._rows(texts, True)

    def encode_document(self, texts: list[str]) -> np.ndarray:
        return self._rows(texts, False)


class Models:
    """Each base model loaded once, remembering rows; pairs are built from loaded parts."""

    def __init__(self) -> None:
        self.loaded: dict[str, Memo] = {}

    def part(self, spec: str) -> Memo:
        if spec not in self.loaded:
            self.loaded[spec] = Memo(load_encoder(spec))
        return self.loaded[spec]

    def embedder(self, spec: str) -> tuple[Embedder, list[Memo]]:
        """A store's embedder for `spec` and the parts it encodes with."""
        embedder = Embedder(spec)
        parts = parse_parts(spec)
        metered = [self.part(p) for p, _ in parts] if parts else [self.part(spec)]
        if parts:
            embedder.encoder = CombinedEncoder(
                embedder.name, [(m, w) for m, (_, w) in zip(metered, parts, strict=True)])
        else:
            embedder.encoder = metered[0]
        return embedder, metered


def ingest_sample(store: Store, n: int = SAMPLE) -> list[str]:
    """The first `n` texts the store embeds for its sheets (whole-sheet text, then
    passages), sheets in id order: the same texts for every model."""
    from repository.search import schema

    texts: list[str] = []
    for practice in stored_practices(store):
        texts += [schema.doc_text(practice), *(x.text for x in schema.passages(practice))]
        if len(texts) >= n:
            break
    return texts[:n]


def raw(encoder: Encoder) -> Encoder:
    """The encoder with its memory removed (for timing): parts unwrapped."""
    if isinstance(encoder, Memo):
        return encoder.inner
    if isinstance(encoder, CombinedEncoder):
        return CombinedEncoder(encoder.name, [(raw(e), w) for e, w in encoder.parts])
    return encoder


def evaluate_model(spec: str, models: Models, queries: Sequence[Query], corpus: Path,
                   store_dir: Path | None) -> dict[str, Any]:
    """Every figure of one model: quality per mode and subset, costs, result sets."""
    from repository.search.service import DEFAULT_RANKING

    embedder, parts = models.embedder(spec)
    before = [p.encoded for p in parts]
    started = time.perf_counter()
    with eval_store(corpus, store_dir, embedder) as (store, ingested, group_of):
        ingest_s = time.perf_counter() - started
        fresh = any(p.encoded > b for p, b in zip(parts, before, strict=True))
        queries = with_derived_tags(
            queries, {p.id: p.language for p in stored_practices(store)}, group_of)
        runs = {m: (m, DEFAULT_RANKING) for m in MODES}
        scores = passage_scores(store, queries, group_of)
        first = DEFAULT_RANKING.profile(embedder.parts[0].name).sections
        cuts = {"today": separation(scores, first.member if first else 0.3),
                "best F1": best_threshold(scores),
                **{f"keeps {r:g} recall": recall_threshold(scores, r) for r in RECALLS}}
        run_of = {"today": "hybrid"}
        for label, cut in list(cuts.items())[1:]:
            run_of[label] = f"hybrid @ {label} {cut.threshold:.2f}"
            runs[run_of[label]] = (
                "hybrid", replace(DEFAULT_RANKING, semantic_threshold=cut.threshold))
        per_query, _ = evaluate(store, queries, runs, group_of)
        timed = raw(embedder.encoder)
        p50, p95 = query_timings(timed, [q.query for q in queries])
        rate = encode_rate(timed, ingest_sample(store))
    names = list(runs)
    summary = summarise(queries, per_query, names)
    sizes = {name: [per_query[q.id][name]["size"] for q in queries] for name in names}
    return {
        "model": embedder.name, "dim": embedder.dim, "runs": names, "summary": summary,
        "sizes": {n: _spread(v) for n, v in sizes.items()},
        "separation": {label: {**asdict(cut), "run": run_of[label]}
                       for label, cut in cuts.items()},
        "query_ms": {"p50": round(p50, 2), "p95": round(p95, 2)},
        "ingest": {**ingested, "wall_s": round(ingest_s, 1), "encoded_here": fresh,
                   "passages_per_s": round(rate, 1)},
    }


def _spread(values: Sequence[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "mean": round(statistics.fmean(values), 1),
            "p90": float(np.percentile(values, 90, method="lower")), "max": max(values)}


def _table(head: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def summary_table(results: Sequence[dict[str, Any]]) -> str:
    """nDCG@10 per subset, R@10 and MRR over all queries: a row per model and mode."""
    subsets = [s for s in SUMMARY_SUBSETS if s in results[0]["summary"]]
    head = ["model", "mode", *(f"nDCG {s} (n={results[0]['summary'][s]['n']})"
                               for s in subsets), "R@10 all", "MRR all"]
    rows = []
    for result in results:
        for mode in result["runs"]:
            cells = [f"{result['summary'][s][mode]['ndcg@10']:.3f}" for s in subsets]
            cells += [f"{result['summary']['all'][mode][m]:.3f}" for m in METRICS[1:]]
            rows.append([result["model"], mode, *cells])
    return _table(head, rows)


def language_table(results: Sequence[dict[str, Any]]) -> str:
    """Hybrid and naive nDCG@10 per query language, a row per model."""
    langs = [s for s in results[0]["summary"] if s.startswith("lang:")]
    head = ["model", *(f"{mode} {lang[5:]}" for mode in ("hybrid", "naive") for lang in langs)]
    rows = [[r["model"], *(f"{r['summary'][lang][mode]['ndcg@10']:.3f}"
                           for mode in ("hybrid", "naive") for lang in langs)]
            for r in results]
    return _table(head, rows)


def cost_table(results: Sequence[dict[str, Any]]) -> str:
    head = ["model", "dim", "query encode p50 ms", "p95 ms",
            f"ingest encode passages/s ({SAMPLE} texts)", "eval ingest s"]
    rows = []
    for r in results:
        ing = r["ingest"]
        wall = f"{ing['wall_s']:.1f} ({ing['sheets']} sheets" + (
            ")" if ing["encoded_here"] else ", vectors reused)")
        rows.append([r["model"], str(r["dim"]), f"{r['query_ms']['p50']:.1f}",
                     f"{r['query_ms']['p95']:.1f}", f"{ing['passages_per_s']:.1f}", wall])
    return _table(head, rows)


def result_set_table(results: Sequence[dict[str, Any]]) -> str:
    head = ["model", "semantic threshold", "P", "R", "F1", "semantic set (mean sheets)",
            "hybrid set (median / mean / p90 practices)", "hybrid nDCG all",
            "hybrid nDCG cross_lingual", "hybrid nDCG en_same"]
    rows = []
    for r in results:
        for label, cut in r["separation"].items():
            run, size = cut["run"], r["sizes"][cut["run"]]
            quality = [f"{r['summary'][s][run]['ndcg@10']:.3f}" if s in r["summary"] else "-"
                       for s in ("all", "cross_lingual", "en_same")]
            rows.append([r["model"], f"{cut['threshold']:.2f} ({label})",
                         f"{cut['precision']:.3f}", f"{cut['recall']:.3f}", f"{cut['f1']:.3f}",
                         f"{cut['mean_kept']:.1f}",
                         f"{size['median']:g} / {size['mean']:g} / {size['p90']:g}", *quality])
    return _table(head, rows)


def slug(spec: str) -> str:
    return re.sub(r"[^A-Za-z0-9.]+", "-", spec).strip("-")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.encoders", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.encoders --store-root /tmp/encoders",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default=",".join(MODELS),
                        help="comma-separated model settings (default: the bundled three)")
    parser.add_argument("--pairs", default=",".join(PAIRS),
                        help="comma-separated joined settings A+B (default: MiniLM+USE, e5+USE)")
    parser.add_argument("--store-root", type=Path, default=None,
                        help="keep one store per model under this folder, reuse it next run")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    parser.add_argument("--save", type=Path, default=None,
                        help="also write every figure as JSON to this file")
    add_data_arguments(parser)
    args = parser.parse_args(argv)
    if args.store is not None:
        parser.error("use --store-root: each model needs its own store")

    queries = load_queries(args.queries)
    specs = [s for s in (*args.models.split(","), *args.pairs.split(",")) if s.strip()]
    models = Models()
    results = []
    for spec in specs:
        print(f"evaluating {spec} …", file=sys.stderr)
        store_dir = args.store_root / slug(spec) if args.store_root else None
        results.append(evaluate_model(spec.strip(), models, queries, args.corpus, store_dir))
    if args.save:
        args.save.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    for result in results:
        print(f"## {result['model']} ({result['dim']} dimensions)\n")
        print(format_table(result["summary"], list(MODES)) + "\n")
    print("## All models, nDCG@10 per subset\n\n" + summary_table(results) + "\n")
    print("## Per query language, nDCG@10\n\n" + language_table(results) + "\n")
    print("## Cost\n\n" + cost_table(results) + "\n")
    print("## Result sets and thresholds\n\n" + result_set_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
