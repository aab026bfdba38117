"""Reading a query: typo correction, then its signals encoded once for every plan.

Unknown words are corrected against the stored sheets' words (`lexicon`), and the
vocabulary finds the concepts the query mentions in any language. The defaults
(`Ranking`) were picked by `eval/ablation.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from repository.search import concepts, lexical
from repository.search import index as ix
from repository.search.lexicon import correct_query
from repository.search.places import place_names
from repository.search.request import SearchRequest
from repository.search.store import Store
from repository.text import analyse_any

SEMANTIC_THRESHOLD = 0.30


@dataclass(frozen=True)
class Ranking:
    """How hybrid search combines its signals: the choices `eval/ablation.py` measures.

    `fusion`: Qdrant's score-based DBSF or rank-based RRF. `dense`: the passages
    multivector scored MAX_SIM ("sections"), the whole-sheet vector ("doc"), or both
    as two prefetches. `concepts`: the vocabulary layer (the concept signal and the
    expansion below). `typos`: correct unknown query words against the stored sheets'
    words (`typo_dense`: the dense vector embeds the corrected text too). `expansion`:
    in hybrid mode, the labels of the query's concepts in every sheet language join
    the keyword signal with this weight. `places`: in hybrid mode, the names in every
    sheet language of the cities and countries the query names join it too.
    `weights`: per-signal RRF weights (DBSF takes none). `split_dense`: with a joined
    encoder (`A+B`), one dense prefetch per model (its block of the query vector, its own
    cosine ≥ the threshold), fused like the other signals, instead of one prefetch on
    their weighted sum.
    """

    fusion: Literal["rrf", "dbsf"] = "dbsf"
    dense: Literal["sections", "doc", "both"] = "sections"
    concepts: bool = True
    typos: bool = True
    typo_dense: bool = True  # the dense vector embeds the corrected text, not the typed one
    semantic_threshold: float = SEMANTIC_THRESHOLD
    places: bool = True
    expansion: float = 1.0  # weight of the query concepts' labels in other languages
    weights: tuple[tuple[str, float], ...] = ()  # RRF weight per named vector, else 1
    split_dense: bool = False


DEFAULT_RANKING = Ranking()


@dataclass(frozen=True)
class Signals:
    """The encoded query, computed once and reused by every plan."""

    dense: list[float] | None
    lexical: ix.Sparse
    concepts: ix.Sparse
    terms: frozenset[str]  # the query's analysed terms (places in every language too)
    related: frozenset[str]  # its concepts' labels in every language
    ranking: Ranking
    # split_dense: (the query vector of one model's block, √ its weight) per model
    dense_parts: tuple[tuple[list[float], float], ...] = ()


def understand(store: Store, request: SearchRequest, ranking: Ranking
               ) -> tuple[Signals | None, dict[str, str]]:
    """The query's signals after typo correction, and the corrections made."""
    corrections: dict[str, str] = {}
    query = request.query
    if query and ranking.typos:
        query, corrections = correct_query(query, store.speller)
    return encode(store, request, query, ranking), corrections


def encode(store: Store, request: SearchRequest, query: str,
           ranking: Ranking) -> Signals | None:
    """The query's signals; `query` is the request's text after typo correction."""
    if not query:
        return None
    dense = None
    if request.mode in ("semantic", "hybrid"):
        text = query if ranking.typo_dense else request.query
        dense = store.embedder.embed_queries([text])[0].tolist()
    # the words as typed count too: a word the speller did not know may be a new name
    terms = lexical.query_terms(query) | lexical.query_terms(request.query)
    found = concepts.query_concepts(query)
    if query != request.query:
        typed = concepts.query_concepts(request.query)
        found = {c: max(w, typed.get(c, 0.0)) for c, w in (typed | found).items()}
    weights = {lexical.term_id(t): 1.0 for t in terms}
    related: set[str] = set()  # the query's words in other languages
    places: set[str] = set()
    if ranking.concepts and ranking.expansion and found and request.mode == "hybrid":
        related = concepts.expansion_terms(found) - terms
        for term in related:
            weights.setdefault(lexical.term_id(term), ranking.expansion)
    if ranking.places and request.mode == "hybrid":
        places = {t for name in place_names(query) for t in analyse_any(name)} - terms
        for term in places:
            weights.setdefault(lexical.term_id(term), 1.0)
    ids = sorted(weights)
    parts = dense_parts(dense, store.embedder.blocks) if dense and ranking.split_dense else ()
    return Signals(dense=dense, lexical=ix.Sparse(ids, [weights[i] for i in ids]),
                   concepts=concepts.vector_of(found) if ranking.concepts else ix.Sparse([], []),
                   terms=frozenset(terms | places), related=frozenset(related),
                   ranking=ranking, dense_parts=parts)


def dense_parts(dense: list[float], blocks: tuple[tuple[int, int, float], ...]
                ) -> tuple[tuple[list[float], float], ...]:
    """One query vector per model of a joined encoder: its block, unit length, zeros
    elsewhere. Its cosine with a joined row is √weight × that model's own cosine."""
    out = []
    for start, stop, weight in blocks:
        vector = np.zeros(len(dense), dtype=np.float32)
        block = np.asarray(dense[start:stop], dtype=np.float32)
        vector[start:stop] = block / (np.linalg.norm(block) or 1.0)
        out.append((vector.tolist(), float(np.sqrt(weight))))
    return tuple(out)
