"""Whole search responses over a bench store, to check that a speed change kept results.

    python bench/responses.py --sheets 10000 --out /tmp/before.jsonl
    python bench/responses.py --sheets 10000 --against /tmp/before.jsonl
                              [--queries N]

Runs every labelled query of eval/queries.yaml through `service.search` (hybrid, every
facet), without filters and with each of the bench's filter sets in turn
(bench/search.py's FILTER_SETS, cycled), pages 1 and 2, and writes each response's
JSON (`SearchResponse.to_json`: totals, hits with scores, snippets and highlights,
every facet count) as one line. `--against` compares with a file written before
and prints the requests whose responses differ; the exit code is 1 when any do.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import FILTER_SETS  # noqa: E402
from synthetic import add_store_arguments, caching_embedder, ensure_store  # noqa: E402

from eval.queries import load_queries  # noqa: E402
from repository.search.request import SearchRequest  # noqa: E402
from repository.search.service import search  # noqa: E402
from repository.search.store import Store  # noqa: E402


def requests(queries: list[str]) -> list[dict[str, Any]]:
    """The requests compared: each query without filters and with a filter set, pages 1
    and 2."""
    out = []
    for number, query in enumerate(queries):
        for params in ({}, FILTER_SETS[number % len(FILTER_SETS)]):
            for page in (1, 2):
                out.append({"q": query, "page": page, **params})
    return out


def responses(store: Store, wanted: list[dict[str, Any]]) -> list[str]:
    """Each request's response as one JSON line (sorted keys)."""
    return [json.dumps({"request": params, "response": search(
        store, SearchRequest(**params), log=False).to_json()}, sort_keys=True,
        ensure_ascii=False) for params in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--against", type=Path, default=None)
    parser.add_argument("--queries", type=int, default=None,
                        help="only the first N labelled queries")
    add_store_arguments(parser)
    args = parser.parse_args(argv)
    embedder = caching_embedder(bench_dir=args.bench_dir)
    settings, _ = ensure_store(args.engine, args.sheets, embedder, corpus_limit=args.corpus_limit,
                               bench_dir=args.bench_dir, keep=args.keep_stores)
    wanted = requests([q.query for q in load_queries()][: args.queries])
    with Store.open(settings, embedder) as store:  # type: ignore[arg-type]
        store.warm()
        lines = responses(store, wanted)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.against is None:
        print(f"{len(lines)} responses")
        return 0
    before = args.against.read_text(encoding="utf-8").splitlines()
    differ = [json.loads(a)["request"] for a, b in zip(before, lines, strict=True) if a != b]
    for params in differ:
        print(f"differs: {params}")
    print(f"{len(lines) - len(differ)} of {len(lines)} responses identical")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
