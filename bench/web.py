"""Server-rendered search page time over HTTP, against the JSON API, at 10k practices.

    python bench/web.py [--sheets 10000] [--rounds 2] [--json]

Builds (once) the synthetic Qdrant Edge store of bench/synthetic.py, closes it, starts
`repository serve` on it as a subprocess, and fetches one by one a mix of search
URLs — a query, a query with facet filters ticked, page 2, sorted by newest, a
browse by theme with no query — on `/` (the HTML page, every facet rendered) and the
same parameters on `/api/search`. Times are client-side over loopback, so they hold
the HTTP round trip, the search with its facets and the rendering.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import FILTER_SETS, conditions  # noqa: E402
from server import percentiles, serving  # noqa: E402
from synthetic import add_store_arguments, edge_store  # noqa: E402

from eval.queries import load_queries  # noqa: E402


def url_mix(queries: list[str]) -> list[tuple[str, str]]:
    """(kind, query string) pairs: what people do on the search page."""
    mix = []
    for number, query in enumerate(queries):
        filters = FILTER_SETS[number % len(FILTER_SETS)]
        kind = ("query", "query + filters", "page 2", "newest", "browse")[number % 5]
        params: dict[str, Any] = {"q": query}
        if kind == "query + filters":
            params.update(filters)
        elif kind == "page 2":
            params["page"] = 2
        elif kind == "newest":
            params["sort"] = "newest"
        elif kind == "browse":
            params = {"q": "", **filters}
        mix.append((kind, urlencode(
            {k: ("true" if v is True else v) for k, v in params.items()}, doseq=True)))
    return mix


def fetch_all(base: str, mix: list[tuple[str, str]], rounds: int
              ) -> dict[tuple[str, str], list[float]]:
    """Milliseconds per (endpoint, kind); raises on any non-200 answer."""
    times: dict[tuple[str, str], list[float]] = {}
    with httpx.Client(base_url=base, timeout=120) as client:
        for path, _ in (("/", "html"), ("/api/search", "api")):  # warm-up
            client.get(f"{path}?q=warm+up")
        for _ in range(rounds):
            for kind, query in mix:
                for path, endpoint in (("/", "page /"), ("/api/search", "/api/search")):
                    started = time.perf_counter()
                    response = client.get(f"{path}?{query}")
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code != 200:
                        raise RuntimeError(f"GET {path}?{query}: {response.status_code}")
                    times.setdefault((endpoint, kind), []).append(elapsed)
                    times.setdefault((endpoint, "all"), []).append(elapsed)
    return times


def _cache(size: int | None) -> str:
    return "default" if size is None else ("off" if size == 0 else f"{size} responses")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=2, help="passes over the URL mix")
    parser.add_argument("--queries", type=int, default=95)
    parser.add_argument("--result-cache", type=int, default=0,
                        help="the server's REPOSITORY_RESULT_CACHE (default 0: search every time)")
    add_store_arguments(parser)
    args = parser.parse_args(argv)
    settings, _ = edge_store(args)
    mix = url_mix([q.query for q in load_queries()][: args.queries])
    before = conditions()
    with serving(settings.data_dir, result_cache=args.result_cache) as server:
        times = fetch_all(server.url, mix, args.rounds)
        server_rss = server.rss_mb()
    rows = [{"endpoint": endpoint, "kind": kind, "requests": len(values),
             "p50_ms": percentiles(values)[0], "p95_ms": percentiles(values)[1]}
            for (endpoint, kind), values in sorted(times.items())]
    result = {"sheets": args.sheets, "result_cache": args.result_cache, "before": before,
              "after": conditions(),
              "server_rss_mb": server_rss, "rows": rows}
    if args.json:
        print(json.dumps(result))
        return result
    print(f"Conditions: before {before}; after {result['after']}. "
          f"{args.sheets} sheets, Qdrant Edge, result cache {_cache(args.result_cache)}, "
          f"server RSS {server_rss:.0f} MB.\n")
    print("| endpoint | requests | kind | p50 ms | p95 ms |")
    print("|---|---:|---|---:|---:|")
    for row in rows:
        print(f"| {row['endpoint']} | {row['requests']} | {row['kind']} "
              f"| {row['p50_ms']:.1f} | {row['p95_ms']:.1f} |")
    return result


if __name__ == "__main__":
    main()
