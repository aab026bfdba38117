"""What each encoder costs: query encoding and ingest encoding, models interleaved.

    python bench/encoders.py [--models M1,M2,...] [--rounds 3] [--texts 256] [--json]

Loads every model once, then runs `--rounds` rounds; each round times, for each model
in turn (the order rotates from round to round, so a burst of load on this shared
machine falls on all of them): every labelled query of eval/queries.yaml encoded
alone (`encode_query`, p50 and p95 in ms), and the first `--texts` texts ingest embeds
for the sample corpus (each sheet's whole-sheet text and passages, as the store
builds them) in batches of 32 (`encode_document`, passages/s). Each figure is the
median over the rounds. A joined pair `A+B` is timed as it runs: both models, then
the join.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from repository.search.embedder import (  # noqa: E402
    E5_SMALL,
    MINILM,
    USE_MULTILINGUAL,
    Encoder,
    load_encoder,
)

MODELS = (MINILM, USE_MULTILINGUAL, E5_SMALL, f"{MINILM}@0.3+{USE_MULTILINGUAL}@0.7",
          f"{E5_SMALL}+{USE_MULTILINGUAL}")
BATCH = 32


def query_timings(encoder: Encoder, queries: Sequence[str]) -> tuple[float, float]:
    """p50 and p95 in ms of encoding each query alone, after a warm-up."""
    encoder.encode_query(["warm-up"])
    spent = []
    for query in queries:
        started = time.perf_counter()
        encoder.encode_query([query])
        spent.append((time.perf_counter() - started) * 1000)
    return float(np.percentile(spent, 50)), float(np.percentile(spent, 95))


def encode_rate(encoder: Encoder, texts: Sequence[str], batch: int = BATCH) -> float:
    """Texts per second `encode_document` manages on these texts, in batches."""
    encoder.encode_document(["warm-up"])
    started = time.perf_counter()
    for start in range(0, len(texts), batch):
        encoder.encode_document(list(texts[start : start + batch]))
    return len(texts) / (time.perf_counter() - started)


def corpus_texts(n: int, corpus: Path = ROOT / "data" / "practices") -> list[str]:
    """The first `n` texts the store embeds for the corpus sheets, files in name order."""
    from repository.config import Settings
    from repository.ingest.pipeline import find_sheets, read_practice
    from repository.search import schema

    settings = Settings()
    texts: list[str] = []
    for path in sorted(find_sheets([corpus])):
        practice = read_practice(path, settings)[0]
        texts += [schema.doc_text(practice), *(x.text for x in schema.passages(practice))]
        if len(texts) >= n:
            break
    return texts[:n]


def run(models: Sequence[str], rounds: int, n_texts: int) -> list[dict[str, float | str]]:
    from eval.queries import load_queries

    queries = [q.query for q in load_queries()]
    texts = corpus_texts(n_texts)
    encoders = {spec: load_encoder(spec) for spec in models}
    seen: dict[str, list[tuple[float, float, float]]] = {spec: [] for spec in models}
    for number in range(rounds):
        order = list(models[number % len(models):]) + list(models[: number % len(models)])
        for spec in order:
            p50, p95 = query_timings(encoders[spec], queries)
            seen[spec].append((p50, p95, encode_rate(encoders[spec], texts)))
    return [{"model": encoders[spec].name, "dim": encoders[spec].dim,
             "query_p50_ms": round(statistics.median(r[0] for r in seen[spec]), 2),
             "query_p95_ms": round(statistics.median(r[1] for r in seen[spec]), 2),
             "passages_per_s": round(statistics.median(r[2] for r in seen[spec]), 1)}
            for spec in models]


def table(rows: Sequence[dict[str, float | str]], queries: int, texts: int) -> str:
    head = ["model", "dim", f"query encode p50 ms ({queries} queries)", "p95 ms",
            f"ingest encode passages/s ({texts} texts)"]
    lines = ["| " + " | ".join(head) + " |", "| --- |" + " ---: |" * (len(head) - 1)]
    for r in rows:
        lines.append(f"| {r['model']} | {r['dim']} | {r['query_p50_ms']} | "
                     f"{r['query_p95_ms']} | {r['passages_per_s']} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=",".join(MODELS),
                        help="comma-separated model settings (default: the bundled three "
                             "and two joined pairs)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--texts", type=int, default=256)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from eval.queries import load_queries

    models = [m.strip() for m in args.models.split(",") if m.strip()]
    rows = run(models, args.rounds, args.texts)
    if args.json:
        print(json.dumps(rows))
    else:
        print(table(rows, len(load_queries()), args.texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
