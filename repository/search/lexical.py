"""Lexical signal: BM25 as a sparse vector that Qdrant scores with its IDF modifier.

A document's terms are analysed in the sheet's language (fold, stopwords, Snowball
stem); each term's weight is BM25's saturated term frequency. Qdrant multiplies by
the IDF it keeps per term, so the score is BM25 on both engines. A query's terms are
stemmed in every candidate language, since a short query rarely reveals its own.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable

from repository.search.index import Sparse
from repository.text import analyse, analyse_any

K1 = 1.2
B = 0.75
AVG_LEN = 400.0  # typical analysed length of a sheet; BM25's length normalisation pivot


def term_id(term: str) -> int:
    """A stable 31-bit index for a term."""
    return zlib.crc32(term.encode("utf-8")) & 0x7FFFFFFF


def bm25_vector(terms: Iterable[str], avg_len: float = AVG_LEN) -> Sparse:
    """BM25 term weights (without IDF) of a document's analysed terms."""
    counts = Counter(terms)
    length = sum(counts.values())
    if not length:
        return Sparse([], [])
    norm = K1 * (1 - B + B * length / avg_len)
    weights: dict[int, float] = {}
    for term, tf in counts.items():
        index = term_id(term)
        weights[index] = weights.get(index, 0.0) + tf * (K1 + 1) / (tf + norm)
    ordered = sorted(weights.items())
    return Sparse([i for i, _ in ordered], [w for _, w in ordered])


def document_vector(fields: Iterable[tuple[str, int]], language: str | None) -> Sparse:
    """Sparse vector of a document given (text, repeat) pairs; repeat boosts e.g. the title."""
    terms: list[str] = []
    for text, repeat in fields:
        terms.extend(analyse(text, language) * repeat)
    return bm25_vector(terms)


def query_terms(query: str, language: str | None = None) -> set[str]:
    """Analysed terms of a query: in its language when known, else in every language."""
    return set(analyse(query, language)) if language else analyse_any(query)


def query_vector(query: str, language: str | None = None) -> Sparse:
    """Sparse vector of a query: each distinct term weighs 1."""
    ids = sorted({term_id(t) for t in query_terms(query, language)})
    return Sparse(ids, [1.0] * len(ids))
