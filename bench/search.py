"""In-process search latency, hybrid with every facet, against a naive baseline.

    python bench/search.py [--sizes 1000 10000 50000]
                           [--engines edge edge-float32 edge-float16 edge-turbo8 local]
                           [--queries 95] [--budget-s 120] [--json]

For each engine and size, opens the synthetic bench store (bench/synthetic.py builds
it once), then runs the labelled queries of eval/queries.yaml through
`repository.search.service.search` (hybrid, the default response with every facet),
once without filters and once with a filter set, interleaved with the naive baseline
(bench/naive.py) over the same vectors and payloads. Query encoding by the real
model is inside both timings. Prints Markdown tables: latency and ratios, where the
product's time goes, memory. `--budget-s` caps the time spent per engine, size and
filter setting (qdrant-client's local mode is pure Python: slow at 10k and beyond).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from naive import NaiveIndex  # noqa: E402
from synthetic import (  # noqa: E402
    EDGE_ENGINES,
    CachingEmbedder,
    add_store_arguments,
    caching_embedder,
    disk_mb,
    ensure_store,
    load_corpus,
)

from eval.queries import load_queries  # noqa: E402
from repository.search import index as ix  # noqa: E402
from repository.search import service  # noqa: E402
from repository.search.request import SearchRequest  # noqa: E402
from repository.search.service import search  # noqa: E402
from repository.search.store import Store  # noqa: E402

# filter sets cycled over the queries in the "filtered" run: facets a researcher ticks
FILTER_SETS: tuple[dict[str, Any], ...] = (
    {"country": ["FR", "ES"]},
    {"theme": ["youth"], "evaluated": True},
    {"country": ["DE", "AT"], "year_min": 2010},
    {"language": ["en", "fr"], "budget_max": 100_000},
    {"evaluation": ["external", "scientific"], "theme": ["drugs", "nightlife"]},
    {"country": ["IT"], "theme": ["organised_crime"], "year_min": 2005, "year_max": 2020},
)
TARGETS_MS = {10_000: 25.0, 50_000: 50.0}  # issue 13: hybrid + every facet p95


def rss_mb() -> float:
    """Resident memory of this process, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def conditions() -> str:
    """The machine's state, to read the figures against."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{os.cpu_count()} cores, load average {load}, {time.strftime('%Y-%m-%d %H:%M')}"


class TimedIndex:
    """An `Index` that adds up the time spent in each of its methods."""

    def __init__(self, inner: ix.Index) -> None:
        self.inner = inner
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.inner, name)
        if not callable(method):
            return method

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - started
                self.calls[name] += 1

        return timed


class TimedEmbedder:
    """The bench embedder, adding up the time spent encoding queries."""

    def __init__(self, inner: CachingEmbedder) -> None:
        self.inner = inner
        self.seconds = 0.0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        started = time.perf_counter()
        try:
            return self.inner.embed_queries(texts)
        finally:
            self.seconds += time.perf_counter() - started


class Stages:
    """Time of `service.search`'s facet counting and explanation (less the engine calls
    inside them), GC pauses and the main thread's CPU time, inside product searches."""

    STAGES = ("facets", "explain")

    def __init__(self, index: TimedIndex) -> None:
        self.index = index
        self.seconds: dict[str, float] = defaultdict(float)
        self.inside = False
        self._gc_started = 0.0

    def _timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            engine = sum(self.index.seconds.values())
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += (time.perf_counter() - started
                                       - (sum(self.index.seconds.values()) - engine))
        return timed

    def _gc(self, phase: str, info: dict[str, Any]) -> None:
        if not self.inside:
            return
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self.seconds["gc"] += time.perf_counter() - self._gc_started

    @contextlib.contextmanager
    def installed(self) -> Iterator[None]:
        """The stage timers around service's own functions, and the GC callback."""
        originals = {name: getattr(service, name) for name in self.STAGES}
        for name, function in originals.items():
            setattr(service, name, self._timed(name, function))
        gc.callbacks.append(self._gc)
        try:
            yield
        finally:
            gc.callbacks.remove(self._gc)
            for name, function in originals.items():
                setattr(service, name, function)

    @contextlib.contextmanager
    def search(self) -> Iterator[None]:
        """Around one product search: counts its GC pauses and CPU time."""
        self.inside, started = True, time.thread_time()
        try:
            yield
        finally:
            self.seconds["cpu"] += time.thread_time() - started
            self.inside = False


@dataclass
class Run:
    """Timings of one engine, size and filter setting."""

    engine: str
    sheets: int
    filtered: bool
    product_ms: list[float] = field(default_factory=list)
    naive_ms: list[float] = field(default_factory=list)
    parts_ms: dict[str, float] = field(default_factory=dict)  # mean per search
    calls: dict[str, float] = field(default_factory=dict)  # mean per search
    skipped: int = 0  # queries left out by the time budget

    def p(self, which: str, q: float) -> float:
        values = self.product_ms if which == "product" else self.naive_ms
        return float(np.percentile(values, q)) if values else float("nan")


@dataclass
class Memory:
    engine: str
    sheets: int
    store_mb: float
    open_rss_mb: float
    naive_mb: float


def naive_from_store(store: Store) -> NaiveIndex:
    """The naive baseline over exactly the stored payloads and passage vectors (of the
    first encoder of the setting)."""
    sheets: list[tuple[dict[str, Any], np.ndarray]] = []
    offset: str | None = None
    while True:
        page, offset = store.index.scroll(ix.Filter(), 500, offset)
        found = store.index.retrieve([p["id"] for p in page], with_vectors=True)
        for payload in found:
            vectors = np.asarray(payload.pop("_vectors")[ix.SECTIONS], dtype=np.float32)
            payload.pop("record", None)
            sheets.append((payload, vectors))
        if offset is None:
            break
    return NaiveIndex.build(sheets)


def measure(store: Store, naive: NaiveIndex, queries: list[str], filtered: bool,
            engine: str, budget_s: float) -> Run:
    """Product and naive search on each query, interleaved, within a time budget."""
    run = Run(engine, len(naive.ids), filtered)
    timed_index, timed_embedder = TimedIndex(store.index), TimedEmbedder(store.embedder)
    stages = Stages(timed_index)
    store.index, store.embedder = timed_index, timed_embedder  # type: ignore[assignment]
    try:
        with stages.installed():
            _interleave(store, naive, queries, filtered, budget_s, run, stages)
    finally:
        store.index, store.embedder = timed_index.inner, timed_embedder.inner  # type: ignore
    n = max(1, len(run.product_ms))
    index_s = sum(timed_index.seconds.values())
    own_s = sum(stages.seconds[name] for name in Stages.STAGES)
    run.parts_ms = {"encode": timed_embedder.seconds * 1000 / n,
                    **{k: v * 1000 / n for k, v in timed_index.seconds.items()},
                    **{k: v * 1000 / n for k, v in stages.seconds.items()},
                    "other": (sum(run.product_ms) / 1000 - timed_embedder.seconds - index_s
                              - own_s) * 1000 / n}
    run.calls = {k: v / n for k, v in timed_index.calls.items()}
    return run


def _interleave(store: Store, naive: NaiveIndex, queries: list[str], filtered: bool,
                budget_s: float, run: Run, stages: Stages) -> None:
    """The product and the naive search of each query in turn, timed into `run`."""
    encoder = store.embedder.inner  # type: ignore[attr-defined]  # the naive's: untimed
    started = time.perf_counter()
    for number, query in enumerate(queries):
        if time.perf_counter() - started > budget_s:
            run.skipped = len(queries) - number
            break
        params = FILTER_SETS[number % len(FILTER_SETS)] if filtered else {}
        request = SearchRequest(q=query, **params)
        with stages.search():
            t0 = time.perf_counter()
            search(store, request)
            run.product_ms.append((time.perf_counter() - t0) * 1000)
        flt = request.filter()
        any_of = {k: list(v) for k, v in flt.any_of.items()}
        t0 = time.perf_counter()
        # the naive baseline scores the first encoder's passages (`sections`)
        vector = store.embedder.split(encoder.embed_queries([query]))[0][0]
        naive.search(vector, query, any_of, dict(flt.ranges))
        run.naive_ms.append((time.perf_counter() - t0) * 1000)


def bench(engine: str, size: int, queries: list[str], embedder: CachingEmbedder,
          budget_s: float, corpus_limit: int | None, bench_dir: Path, keep: bool = False
          ) -> tuple[list[Run], Memory]:
    """Both filter settings for one engine and size."""
    corpus = load_corpus(corpus_limit)
    settings, _ = ensure_store(engine, size, embedder, corpus, corpus_limit, bench_dir, keep)
    gc.collect()
    before = rss_mb()
    with Store.open(settings, embedder) as store:  # type: ignore[arg-type]
        store.warm()  # the payload fields of every sheet, as a server does at start
        for query in queries[:3]:  # warm-up: model, caches, speller, page cache
            search(store, SearchRequest(q=query))
        opened = rss_mb()
        naive = naive_from_store(store)
        # as Store.warm does for the store's caches: out of the cyclic GC, the naive
        # index (~10^5 dicts at 10k) would be walked by every full collection, a pause
        # inside whichever search (product's or naive's) triggers it
        gc.collect()
        gc.freeze()
        memory = Memory(engine, size, disk_mb(settings.data_dir), opened - before,
                        naive.nbytes / 1e6)
        runs = [measure(store, naive, queries, filtered, engine, budget_s)
                for filtered in (False, True)]
        del naive
        gc.unfreeze()  # so the next size's store and naive index can be freed
        gc.collect()
    return runs, memory


def latency_table(runs: list[Run]) -> list[str]:
    lines = ["| engine | sheets | filters | searches | p50 ms | p95 ms | naive p50 ms "
             "| naive p95 ms | naive/engine p50 | naive/engine p95 | target p95 |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in runs:
        target = TARGETS_MS.get(r.sheets)
        verdict = "–" if target is None or not r.engine.startswith("edge") else (
            f"≤ {target:.0f} ms: {'met' if r.p('product', 95) <= target else 'missed'}")
        count = f"{len(r.product_ms)}" + (f" ({r.skipped} over budget)" if r.skipped else "")
        lines.append(
            f"| {r.engine} | {r.sheets} | {'yes' if r.filtered else 'no'} | {count} "
            f"| {r.p('product', 50):.1f} | {r.p('product', 95):.1f} "
            f"| {r.p('naive', 50):.1f} | {r.p('naive', 95):.1f} "
            f"| {r.p('naive', 50) / r.p('product', 50):.2f} "
            f"| {r.p('naive', 95) / r.p('product', 95):.2f} | {verdict} |")
    return lines


def parts_table(runs: list[Run]) -> list[str]:
    """Mean per search: the query's encoding, each engine call (calls per search), the
    facets' and explanation's own Python (engine calls inside them excluded), the rest;
    then GC pauses (inside the stages above) and the main thread's CPU time (the engine
    scores on its own threads: wall time beyond CPU is waiting for it, or for a core)."""
    engine = sorted({k for r in runs for k in r.calls})
    lines = ["| engine | sheets | filters | encode ms | "
             + " | ".join(f"{n} ms (calls)" for n in engine)
             + " | facets ms | explain ms | other ms | of all: GC ms | main-thread CPU ms |",
             "|---|---:|---|---:|" + "---:|" * len(engine) + "---:|---:|---:|---:|---:|"]
    for r in runs:
        cells = " | ".join(f"{r.parts_ms.get(n, 0):.1f} ({r.calls.get(n, 0):.1f})"
                           for n in engine)
        own = " | ".join(f"{r.parts_ms.get(n, 0):.1f}"
                         for n in ("facets", "explain", "other", "gc", "cpu"))
        lines.append(f"| {r.engine} | {r.sheets} | {'yes' if r.filtered else 'no'} "
                     f"| {r.parts_ms['encode']:.1f} | {cells} | {own} |")
    return lines


def memory_table(memory: list[Memory]) -> list[str]:
    lines = ["| engine | sheets | store on disk MB | RSS growth on open + warm-up MB "
             "| naive index MB |", "|---|---:|---:|---:|---:|"]
    lines += [f"| {m.engine} | {m.sheets} | {m.store_mb:.0f} | {m.open_rss_mb:.0f} "
              f"| {m.naive_mb:.0f} |" for m in memory]
    return lines


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--engines", nargs="+", choices=(*EDGE_ENGINES, "local"),
                        default=["edge"], help="edge-float32: an embedded store of exact "
                        "vectors (REPOSITORY_VECTOR_STORAGE=float32, every store's before)")
    parser.add_argument("--local-max", type=int, default=10000,
                        help="largest size to run on qdrant-client's local mode")
    parser.add_argument("--queries", type=int, default=95, help="labelled queries to use")
    parser.add_argument("--budget-s", type=float, default=300.0,
                        help="time cap per engine, size and filter setting")
    add_store_arguments(parser, one_engine=False)
    args = parser.parse_args(argv)
    queries = [q.query for q in load_queries()][: args.queries]
    embedder = caching_embedder(bench_dir=args.bench_dir)
    start_conditions = conditions()
    runs: list[Run] = []
    memory: list[Memory] = []
    skipped: list[str] = []
    for engine in args.engines:
        for size in args.sizes:
            if engine == "local" and size > args.local_max:
                skipped.append(f"{engine} at {size}")
                continue
            print(f"… {engine} at {size}", file=sys.stderr, flush=True)
            got, mem = bench(engine, size, queries, embedder, args.budget_s,
                             args.corpus_limit, args.bench_dir, args.keep_stores)
            runs += got
            memory.append(mem)
    result = {"before": start_conditions, "after": conditions(),
              "runs": [asdict(r) for r in runs], "memory": [asdict(m) for m in memory],
              "not_run": skipped}
    if args.json:
        print(json.dumps(result))
        return result
    print(f"Conditions: before {start_conditions}; after {conditions()}.\n")
    print("\n".join(latency_table(runs)))
    print("\nWhere the product's time goes (mean per search; calls per search):\n")
    print("\n".join(parts_table(runs)))
    print("\n" + "\n".join(memory_table(memory)))
    if skipped:
        print(f"\nNot run (--local-max {args.local_max}): {', '.join(skipped)}.")
    return result


if __name__ == "__main__":
    main()
