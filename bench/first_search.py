"""The first search after `repository serve` says it is ready, against the searches after.

    python bench/first_search.py [--sheets 1000] [--starts 3] [--json]

Starts `repository serve` on the synthetic Qdrant Edge store (bench/synthetic.py)
`--starts` times. Each time it waits for the log line "Ready: …" (the warm-up of
the encoder, speller, engine, page templates and upload reader is done), then times
the first search page `/?q=…` and the first `/api/search?q=…` (queries the warm-up did
not ask), then ten more of each: the first ones should cost what the later ones do.
Also reports how long the server took from its start to "Ready".
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import conditions  # noqa: E402
from server import percentiles, start_server, stop_server  # noqa: E402
from synthetic import add_store_arguments, edge_store  # noqa: E402

from eval.queries import load_queries  # noqa: E402

READY = "Ready:"


def wait_for_line(log: Path, offset: int, text: str, timeout_s: float) -> float:
    """Seconds until `text` appears in `log` after byte `offset`."""
    started = time.monotonic()
    while text.encode() not in log.read_bytes()[offset:]:
        if time.monotonic() - started > timeout_s:
            raise RuntimeError(f"no {text!r} in {log} after {timeout_s:.0f} s")
        time.sleep(0.02)
    return time.monotonic() - started


def one_start(data_dir: Path, queries: list[str], timeout_s: float, wait_ready: bool = True
              ) -> dict[str, Any]:
    """Start a server, wait for ready (or only until it answers), time the first and
    later searches, stop it."""
    log = data_dir / "first-search.log"
    offset = log.stat().st_size if log.exists() else 0
    began = time.monotonic()
    server = start_server(data_dir, ready="/workspace/login", log=log, timeout_s=timeout_s)
    try:
        answering_s = time.monotonic() - began
        ready_s = answering_s + (wait_for_line(log, offset, READY, timeout_s) if wait_ready
                                 else 0.0)
        times: dict[str, list[float]] = {"/": [], "/api/search": []}
        with httpx.Client(base_url=server.url, timeout=timeout_s) as client:
            for query in queries:
                for path in times:
                    started = time.perf_counter()
                    response = client.get(f"{path}?q={quote(query)}")
                    times[path].append((time.perf_counter() - started) * 1000)
                    if response.status_code != 200:
                        raise RuntimeError(f"GET {path}?q={query}: {response.status_code}")
    finally:
        stop_server(server)
    return {"answering_s": answering_s, "ready_s": ready_s,
            "first_page_ms": times["/"][0], "first_api_ms": times["/api/search"][0],
            "later_page_p50_ms": percentiles(times["/"][1:])[0],
            "later_api_p50_ms": percentiles(times["/api/search"][1:])[0]}


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=1000)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--no-ready", action="store_true",
                        help="search as soon as the server answers, without waiting for "
                             "its 'Ready' line (a server that prints none)")
    add_store_arguments(parser)
    args = parser.parse_args(argv)
    settings, _ = edge_store(args)
    queries = [q.query for q in load_queries()]
    before = conditions()
    runs = [one_start(settings.data_dir, queries[11 * n: 11 * n + 11], args.timeout,
                      not args.no_ready) for n in range(args.starts)]
    result = {"sheets": args.sheets, "before": before, "after": conditions(), "runs": runs}
    if args.json:
        print(json.dumps(result))
        return result
    print(f"Conditions: before {before}; after {result['after']}. {args.sheets} sheets, "
          "Qdrant Edge.\n")
    print("| start | answering s | ready s | first page ms | first API ms "
          "| later page p50 ms | later API p50 ms |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for number, run in enumerate(runs, 1):
        print(f"| {number} | {run['answering_s']:.1f} | {run['ready_s']:.1f} "
              f"| {run['first_page_ms']:.0f} | {run['first_api_ms']:.0f} "
              f"| {run['later_page_p50_ms']:.0f} | {run['later_api_p50_ms']:.0f} |")
    return result


if __name__ == "__main__":
    main()
