"""The naive dense baseline of issue 17: what a short script does with the same encoder.

Each sheet's text as ingest read it (title, summary, every section with its heading,
in order) is cut into chunks of about CHUNK_WORDS words; every chunk is encoded with
the store's encoder (`encode_document`) and the query with `encode_query`. A sheet
scores the best cosine among its chunks; sheets are ranked by it. No BM25, no
vocabulary, no typo correction, no threshold. Filters are applied (the sheets the
store's filter lets through), so filtered queries compare like with like.

    python -m eval.run --modes naive        # its row beside the others (the default
                                            # modes include it)
    python -m eval.naive --store /tmp/eval  # the naive run alone
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if __package__ in (None, ""):  # run as `python eval/naive.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from repository.model import Practice
    from repository.search.store import Store

CHUNK_WORDS = 200


def sheet_text(practice: Practice) -> str:
    """A sheet's text, as ingest read it: title, summary, each heading and its text."""
    parts = [practice.title, practice.summary or ""]
    for section in practice.sections:
        parts += [section.heading, section.text]
    return "\n".join(p for p in parts if p)


def chunks(text: str, size: int = CHUNK_WORDS) -> list[str]:
    """Consecutive windows of `size` words (the last one shorter); none for no words."""
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


@dataclass
class NaiveDense:
    """Chunk vectors of every sheet, scored by brute-force cosine in NumPy."""

    ids: list[str]
    rows: np.ndarray  # (chunks, dim), L2-normalised
    sheet_of: np.ndarray  # the index in `ids` of each row's sheet

    @classmethod
    def build(cls, practices: Sequence[Practice], encode: object) -> NaiveDense:
        """Chunk and encode every practice with `encode` (a batch → rows function)."""
        assert callable(encode)
        ids, texts, owner = [], [], []
        for number, practice in enumerate(practices):
            pieces = chunks(sheet_text(practice)) or [practice.title]
            ids.append(practice.id)
            texts += pieces
            owner += [number] * len(pieces)
        rows = np.asarray(encode(texts), dtype=np.float32)
        return cls(ids, rows, np.asarray(owner, dtype=np.int64))

    def rank(self, query: np.ndarray, allowed: set[str] | None = None) -> list[str]:
        """Sheet ids by their best chunk's cosine with the query vector, ties by id."""
        best = np.full(len(self.ids), -np.inf, dtype=np.float32)
        np.maximum.at(best, self.sheet_of, self.rows @ query.astype(np.float32))
        order = sorted(range(len(self.ids)), key=lambda i: (-float(best[i]), self.ids[i]))
        return [self.ids[i] for i in order if allowed is None or self.ids[i] in allowed]


def stored_practices(store: Store) -> list[Practice]:
    """Every practice in the store (drafts too), in id order."""
    from repository.search import index as ix
    from repository.search.schema import practice_from_payload

    out = []
    offset: str | None = None
    while True:
        page, offset = store.index.scroll(ix.Filter(), 500, offset)
        out += [practice_from_payload(p) for p in page]
        if offset is None:
            return sorted(out, key=lambda p: p.id)


def allowed_ids(store: Store, flt: object) -> set[str] | None:
    """The ids a search filter lets through; None when it has no condition."""
    from repository.search import index as ix

    assert isinstance(flt, ix.Filter)
    if flt == ix.Filter():
        return None
    found: set[str] = set()
    offset: str | None = None
    while True:
        page, offset = store.index.scroll(flt, 500, offset)
        found.update(str(p["id"]) for p in page)
        if offset is None:
            return found


def naive_index(store: Store) -> NaiveDense:
    """The naive baseline over a store's practices, with the store's encoder."""
    return NaiveDense.build(stored_practices(store), store.embedder.embed_documents)


def naive_rank(store: Store, naive: NaiveDense, query: str, filters: dict[str, object]
               ) -> list[str]:
    """The naive ranking of one labelled query (its filters applied)."""
    from repository.search.request import parse_request

    request = parse_request(q=query, mode="semantic", **filters)
    vector = store.embedder.embed_queries([request.query])[0]
    return naive.rank(vector, allowed_ids(store, request.filter()))


def main(argv: Sequence[str] | None = None) -> int:
    from eval.run import add_data_arguments, run, table_lines

    parser = argparse.ArgumentParser(
        prog="python -m eval.naive", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.naive --store /tmp/eval-store",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_data_arguments(parser)
    args = parser.parse_args(argv)
    from eval.queries import load_queries

    queries = load_queries(args.queries)
    results = run(args.corpus, queries, ["naive"], args.store)
    print(table_lines(results, queries, args.corpus))
    return 1 if results["ingest"]["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
