"""From a `SearchRequest` to ranked, faceted, explained results.

The query is read first: unknown words are corrected against the stored sheets'
words (`lexicon`), and the vocabulary finds the concepts it mentions in any language.

The result set of a query is what its signals retrieve inside the filters: for
`keyword`, every sheet sharing an analysed term with the query; for `semantic`,
every sheet whose best passage has cosine similarity ≥ SEMANTIC_THRESHOLD with the
query; for `hybrid`, the union of those two and of the concept signal (sheets sharing
a vocabulary concept with the query; the keyword signal there also carries the
concepts' labels in every language), fused by DBSF. It is capped at RESULT_CAP
sheets. An empty query browses every sheet inside the filters. The defaults
(`Ranking`) were picked by `eval/ablation.py`.

Counting: a facet count is a number of sheets (Qdrant points) with that value in
the result set, and `sheets` is the size of that set, so a facet's counts add up to
`sheets` (a single-valued facet's, when every sheet has a value). `total` is the
number of practices shown: a query shows the language versions of one practice
(`translations`) as one hit, so `total` ≤ `sheets`; browsing lists every sheet, so
there `total == sheets`. Counting practices per facet value instead would need every
point's translation group, which browsing cannot afford on a whole collection.

Order is total, so pages never repeat or skip a sheet: relevance ties, and dates or
titles that tie, are broken by id. Within a practice's versions, the hit shown is the
one in the query's language when it matched, else the best-scoring one; the practice
keeps the rank of its best-scoring version.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import numpy as np

from repository.search import concepts, lexical, querylog
from repository.search import index as ix
from repository.search.lexicon import correct_query
from repository.search.ordering import (
    ORDER_FIELDS,
    by_relevance,
    collapse_translations,
    newest_key,
    query_language,
    sort_hits,
    title_key,
)
from repository.search.places import place_names
from repository.search.request import FACET_FIELDS, SearchRequest
from repository.search.snippets import Snippet, best_snippet
from repository.search.store import Store
from repository.text import analyse_any

RESULT_CAP = 200
SEMANTIC_THRESHOLD = 0.30
FACET_LIMIT = 200
# what a query's hits carry: ordering fields, and the facet fields counted from them
_HIT_FIELDS = tuple(dict.fromkeys((*ORDER_FIELDS, *FACET_FIELDS.values())))


@dataclass
class SearchHit:
    """One result, with why it matched."""

    id: str
    title: str
    score: float
    country: str | None
    city: str | None
    language: str | None
    themes: list[str]
    snippet: str
    section: str | None
    highlights: list[tuple[int, int]]
    signals: list[str]
    translations: list[str]
    languages: list[str]
    kind: str
    start_year: int | None
    budget_eur: float | None
    evaluation_kind: str | None


@dataclass
class SearchResponse:
    """The page of hits, the total of the result set and its facets."""

    query: str
    mode: str
    total: int
    page: int
    per_page: int
    hits: list[SearchHit]
    facets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    corrections: dict[str, str] = field(default_factory=dict)  # query word → known word
    sheets: int = 0  # sheets in the result set, what facets count (≥ total: practices)

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "mode": self.mode,
            "total": self.total,
            "sheets": self.sheets,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [
                {
                    "id": h.id, "title": h.title, "score": round(h.score, 6),
                    "country": h.country, "city": h.city, "language": h.language,
                    "themes": h.themes, "snippet": h.snippet, "section": h.section,
                    "highlights": [list(x) for x in h.highlights], "signals": h.signals,
                    "translations": h.translations, "languages": h.languages,
                    "kind": h.kind,
                    "start_year": h.start_year, "budget_eur": h.budget_eur,
                    "evaluation_kind": h.evaluation_kind,
                }
                for h in self.hits
            ],
            "facets": self.facets,
            "corrections": self.corrections,
        }


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
class _Signals:
    """The encoded query, computed once and reused by every plan."""

    dense: list[float] | None
    lexical: ix.Sparse
    concepts: ix.Sparse
    terms: frozenset[str]  # the query's analysed terms (places in every language too)
    related: frozenset[str]  # its concepts' labels in every language
    ranking: Ranking
    # split_dense: (the query vector of one model's block, √ its weight) per model
    dense_parts: tuple[tuple[list[float], float], ...] = ()


def search(store: Store, request: SearchRequest,
           ranking: Ranking = DEFAULT_RANKING, *, log: bool = True) -> SearchResponse:
    """Run a search: rank, count, facet, and explain the page of hits.

    A first page that finds fewer than a few practices is added to the gap log
    (`querylog`) unless `log` is False: callers that are not a person asking (exports,
    feeds walking every page) pass `log=False`.
    """
    started = time.perf_counter()
    response = _search(store, request, ranking)
    if log and request.page == 1:
        querylog.record(store.settings, request, response.total,
                        (time.perf_counter() - started) * 1000)
    return response


def rank(store: Store, request: SearchRequest, ranking: Ranking = DEFAULT_RANKING
         ) -> list[str]:
    """Only the ranked ids of the result set, one per practice (for evaluation)."""
    signals, _ = _understand(store, request, ranking)
    if signals is None:
        return []
    matched = _result_set(store, request.mode, signals, request.filter())
    return [h.id for h in collapse_translations(matched, query_language(request.query))]


def _understand(store: Store, request: SearchRequest, ranking: Ranking
                ) -> tuple[_Signals | None, dict[str, str]]:
    """The query's signals after typo correction, and the corrections made."""
    corrections: dict[str, str] = {}
    query = request.query
    if query and ranking.typos:
        query, corrections = correct_query(query, store.speller)
    return _encode(store, request, query, ranking), corrections


def _search(store: Store, request: SearchRequest, ranking: Ranking) -> SearchResponse:
    flt = request.filter()
    signals, corrections = _understand(store, request, ranking)
    matched: list[ix.Hit] = []
    if signals is None:
        total, hits = _browse(store, request, flt)
        sheets = total
    else:
        matched = _result_set(store, request.mode, signals, flt, _HIT_FIELDS)
        shown = collapse_translations(matched, query_language(request.query))
        ranked = sort_hits(shown, request.sort)
        total, sheets = len(ranked), len(matched)
        start = (request.page - 1) * request.per_page
        hits = ranked[start : start + request.per_page]
    facets = _facets(store, request, signals, flt, matched)
    return SearchResponse(
        query=request.q, mode=request.mode, total=total, page=request.page,
        per_page=request.per_page, hits=_explain(store, signals, hits),
        facets=facets, corrections=corrections, sheets=sheets,
    )


def _encode(store: Store, request: SearchRequest, query: str,
            ranking: Ranking) -> _Signals | None:
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
    parts = _dense_parts(dense, store.embedder.blocks) if dense and ranking.split_dense else ()
    return _Signals(dense=dense, lexical=ix.Sparse(ids, [weights[i] for i in ids]),
                    concepts=concepts.vector_of(found) if ranking.concepts else ix.Sparse([], []),
                    terms=frozenset(terms | places), related=frozenset(related),
                    ranking=ranking, dense_parts=parts)


def _dense_parts(dense: list[float], blocks: tuple[tuple[int, int, float], ...]
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


def _plan(mode: str, signals: _Signals, flt: ix.Filter, limit: int) -> ix.QueryPlan:
    ranking = signals.ranking
    prefetches: list[ix.Prefetch] = []
    if mode in ("semantic", "hybrid") and signals.dense is not None:
        for dense, scale in signals.dense_parts or ((signals.dense, 1.0),):
            threshold = ranking.semantic_threshold * scale
            if ranking.dense in ("sections", "both"):
                prefetches.append(ix.Prefetch(ix.SECTIONS, [dense], limit,
                                              score_threshold=threshold))
            if ranking.dense in ("doc", "both"):
                prefetches.append(ix.Prefetch(ix.DOC, dense, limit, score_threshold=threshold))
    if mode in ("keyword", "hybrid") and signals.lexical:
        prefetches.append(ix.Prefetch(ix.LEXICAL, signals.lexical, limit))
    if mode == "hybrid" and signals.concepts:
        prefetches.append(ix.Prefetch(ix.CONCEPTS, signals.concepts, limit))
    weights = None
    if ranking.weights and ranking.fusion == "rrf" and len(prefetches) > 1:
        weights = tuple(dict(ranking.weights).get(p.using, 1.0) for p in prefetches)
    return ix.QueryPlan(prefetches=tuple(prefetches), fusion=ranking.fusion, filter=flt,
                        limit=limit, weights=weights, with_payload=ORDER_FIELDS)


def _result_set(store: Store, mode: str, signals: _Signals, flt: ix.Filter,
                fields: tuple[str, ...] = ORDER_FIELDS) -> list[ix.Hit]:
    """The ranked result set, each hit carrying the payload `fields`."""
    plan = _plan(mode, signals, flt, RESULT_CAP)
    if not plan.prefetches:
        return []
    return by_relevance(store.index.query(replace(plan, with_payload=fields)))


def _browse(store: Store, request: SearchRequest, flt: ix.Filter
            ) -> tuple[int, list[ix.Hit]]:
    """A page of the filtered sheets, newest first (or by title), ties by id."""
    total = store.index.count(flt)
    start = (request.page - 1) * request.per_page
    end = min(start + request.per_page, total)
    if start >= end:
        return total, []
    if request.sort == "title":
        rows = sorted(_by_date(store, flt, total, ("id", "title")), key=title_key)
    else:
        rows = _newest(store, flt, end)
    return total, [ix.Hit(str(r["id"]), 0.0, r) for r in rows[start:end]]


def _newest(store: Store, flt: ix.Filter, n: int) -> list[dict[str, Any]]:
    """The first `n` sheets newest first, ties by id.

    The engine's first `n` by date are right except among those sharing the last
    one's date, which it orders as it likes: every sheet of that date is fetched
    and the lot sorted by (date, id).
    """
    head = _by_date(store, flt, n)
    if not head:
        return []
    last = int(head[-1].get("sort_start") or 0)
    tied = ix.Filter(any_of=flt.any_of, ranges={**flt.ranges, "sort_start": (last, last)},
                     ids=flt.ids)
    rows = [r for r in head if int(r.get("sort_start") or 0) > last]
    rows += _by_date(store, tied, store.index.count(tied))
    return sorted(rows, key=newest_key)


def _by_date(store: Store, flt: ix.Filter, limit: int,
             fields: tuple[str, ...] = ("id", "sort_start")) -> list[dict[str, Any]]:
    """Up to `limit` sheets' `fields`, latest start first (ties in the engine's order)."""
    if limit <= 0:
        return []
    plan = ix.QueryPlan(filter=flt, limit=limit, order_by="sort_start", descending=True,
                        with_payload=fields)
    return [h.payload for h in store.index.query(plan)]


def _facets(store: Store, request: SearchRequest, signals: _Signals | None, flt: ix.Filter,
            matched: list[ix.Hit]) -> dict[str, list[dict[str, Any]]]:
    """Disjunctive counts: a facet's own selection does not shrink its own counts.

    Browsing counts with the engine over the filtered collection. A query's result
    set is at most RESULT_CAP sheets whose hits carry the facet fields, so its values
    are counted here, as the engine counts them (one per sheet and value, most
    frequent first, ties by value); a facet with a selection counts the result set of
    the query without it.
    """
    facets: dict[str, list[dict[str, Any]]] = {}
    for name, key in FACET_FIELDS.items():
        own = flt.without(key)
        if signals is None:
            counts = store.index.facet(key, own, FACET_LIMIT)
        elif own == flt:
            counts = _count_values(matched, key)
        else:
            counts = _count_values(
                _result_set(store, request.mode, signals, own, ("id", key)), key)
        if name == "year":
            counts.sort(key=lambda vc: -int(vc[0]))
        facets[name] = [{"value": v, "count": c} for v, c in counts]
    return facets


def _count_values(hits: list[ix.Hit], key: str) -> list[tuple[Any, int]]:
    """The engine's exact facet of `key` over these hits: sheets per value, most
    frequent first, ties by value, at most FACET_LIMIT values."""
    integer = key in ix.INTEGER_FIELDS
    counter: Counter[Any] = Counter()
    for hit in hits:
        value = hit.payload.get(key)
        values = value if isinstance(value, list) else [value]
        counter.update({v for v in values if _indexed(v, integer)})
    return sorted(counter.items(), key=lambda vc: (-vc[1], vc[0]))[:FACET_LIMIT]


def _indexed(value: Any, integer: bool) -> bool:
    """Whether the payload index of a keyword (or integer) field holds this value."""
    if integer:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, str)


def _explain(store: Store, signals: _Signals | None, hits: list[ix.Hit]) -> list[SearchHit]:
    payloads = store.index.retrieve([h.id for h in hits], with_vectors=signals is not None)
    by_id = {p["id"]: p for p in payloads}
    others = sorted({t for p in payloads for t in p["record"].get("translations", [])})
    language_of = {p["id"]: p.get("language") for p in store.index.retrieve(others)}
    out = []
    marked = set(signals.terms | signals.related) if signals else set()
    for hit in hits:
        data = by_id.get(hit.id)
        if data is None:
            continue
        record = data["record"]
        snippet: Snippet = best_snippet(
            data.get("passages", []), record.get("language"), marked,
            np.asarray(signals.dense) if signals and signals.dense else None,
            data.get("_vectors", {}).get(ix.SECTIONS),
        )
        out.append(SearchHit(
            id=hit.id, title=record["title"], score=hit.score, country=record.get("country"),
            city=record.get("city"), language=record.get("language"),
            themes=record.get("themes", []), snippet=snippet.text, section=snippet.section,
            highlights=snippet.highlights,
            signals=_signals_of(data, signals, snippet),
            translations=[t for t in record.get("translations", []) if t in language_of],
            languages=sorted({record.get("language") or "", *(
                language_of[t] or "" for t in record.get("translations", []) if t in language_of
            )} - {""}),
            kind=record.get("kind", "practice"),
            start_year=data.get("start_year"), budget_eur=data.get("budget_eur"),
            evaluation_kind=record.get("evaluation_kind"),
        ))
    return out


def _signals_of(data: dict[str, Any], signals: _Signals | None, snippet: Snippet
                ) -> list[str]:
    """keyword: the sheet has one of the query's terms; semantic: its best passage is
    above the threshold; concept: it shares a vocabulary concept with the query (the
    concept signal, or its labels in the sheet's language)."""
    if signals is None:
        return []
    vectors = data.get("_vectors", {})
    found = []
    if _shares(vectors.get(ix.LEXICAL), {lexical.term_id(t) for t in signals.terms}):
        found.append("keyword")
    if signals.dense is not None and snippet.similarity >= signals.ranking.semantic_threshold:
        found.append("semantic")
    if _shares(vectors.get(ix.CONCEPTS), set(signals.concepts.indices)) or _shares(
            vectors.get(ix.LEXICAL), {lexical.term_id(t) for t in signals.related}):
        found.append("concept")
    return found


def _shares(vector: object, ids: set[int]) -> bool:
    return isinstance(vector, ix.Sparse) and bool(ids) and not ids.isdisjoint(vector.indices)
