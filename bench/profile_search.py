"""Where one in-process search spends its time: cProfile over the bench queries.

    python bench/profile_search.py [--sheets 10000] [--queries 20] [--filtered]
                                   [--engine edge|edge-float32] [--top 30]
                                   [--out bench/profiles/search-10k.txt]

Opens the synthetic edge bench store (bench/synthetic.py builds it once), warms it
(`Store.warm`, three searches), then profiles `service.search` (hybrid, every facet)
over the first `--queries` labelled queries, with the bench's filter sets when
`--filtered`.
Prints (or writes) the functions by cumulative and by own time, per search.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import FILTER_SETS, conditions  # noqa: E402
from synthetic import add_store_arguments, caching_embedder, ensure_store  # noqa: E402

from eval.queries import load_queries  # noqa: E402
from repository.search.request import SearchRequest  # noqa: E402
from repository.search.service import search  # noqa: E402
from repository.search.store import Store  # noqa: E402


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--filtered", action="store_true")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, default=None)
    add_store_arguments(parser)
    args = parser.parse_args(argv)
    embedder = caching_embedder(bench_dir=args.bench_dir)
    settings, _ = ensure_store(args.engine, args.sheets, embedder, corpus_limit=args.corpus_limit,
                               bench_dir=args.bench_dir, keep=args.keep_stores)
    queries = [q.query for q in load_queries()][: args.queries]
    requests = [SearchRequest(q=q, **(FILTER_SETS[n % len(FILTER_SETS)]
                                       if args.filtered else {}))
                for n, q in enumerate(queries)]
    with Store.open(settings, embedder) as store:  # type: ignore[arg-type]
        store.warm()
        for request in requests[:3]:
            search(store, request, log=False)
        profile = cProfile.Profile()
        started = time.perf_counter()
        profile.enable()
        for request in requests:
            search(store, request, log=False)
        profile.disable()
        elapsed = (time.perf_counter() - started) * 1000 / len(requests)
    out = io.StringIO()
    out.write(f"{len(requests)} searches at {args.sheets} sheets ({args.engine}) "
              f"({'with' if args.filtered else 'without'} filters), "
              f"{elapsed:.1f} ms a search under the profiler; {conditions()}\n")
    for order in ("cumulative", "tottime"):
        out.write(f"\n--- by {order} time (seconds over all searches) ---\n")
        stats = pstats.Stats(profile, stream=out)
        stats.strip_dirs().sort_stats(order).print_stats(args.top)
    text = out.getvalue()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)
    print(text)
    return text


if __name__ == "__main__":
    main()
