"""From encoded signals to the result set of a query (browsing is `browsing.py`).

A query's signals (`understand.Signals`) become one engine query each, run in one
batch inside the filters: per encoder, its passages multivector (MAX_SIM) and/or its
whole-sheet vector, from the encoder's `rank` cosine up (semantic and hybrid); the
query's words (keyword and hybrid); the expansion of its concepts and the concepts
themselves (hybrid). `fusion.fuse` adds their scaled scores; in hybrid mode it keeps
the sheets one signal finds clearly, and a single mode keeps every sheet its signals
find (keyword: every sheet holding a query word; semantic: every sheet an encoder
finds from its `rank` cosine up). That is the result set, capped at RESULT_CAP sheets. The best
score of each signal, which scaling and the result-set cuts are relative to, is taken
over the `scope` (drafts excluded, no other filter), so they do not change with the
filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from repository.search import fusion
from repository.search import index as ix
from repository.search.ordering import ORDER_FIELDS
from repository.search.store import Store
from repository.search.understand import Signals

RESULT_CAP = 200


@dataclass(frozen=True)
class SignalQuery:
    """One signal: how its scores count, and the prefetch that finds them."""

    signal: fusion.Signal
    prefetch: ix.Prefetch


def signal_queries(mode: str, signals: Signals, limit: int = RESULT_CAP) -> list[SignalQuery]:
    """The signals a mode uses, each with its engine prefetch."""
    ranking = signals.ranking
    out: list[SignalQuery] = []
    if mode in ("semantic", "hybrid"):
        for dense in signals.dense:
            doc, sections = ix.dense_names(dense.position)
            for name, cut, vector in ((sections, dense.profile.sections, [dense.vector]),
                                      (doc, dense.profile.doc, dense.vector)):
                if cut is None:
                    continue
                signal = fusion.Signal(name, "dense", cut.rank, cut.member, ranking.weight(name))
                out.append(SignalQuery(signal, ix.Prefetch(name, vector, limit,
                                                           score_threshold=cut.rank)))
    sparse: list[tuple[str, str, ix.Sparse, float]] = []
    if mode in ("keyword", "hybrid"):
        sparse.append(("lexical", ix.LEXICAL, signals.lexical, ranking.keyword_share))
    if mode == "hybrid":
        sparse.append(("expansion", ix.LEXICAL, signals.expansion, ranking.concept_share))
        sparse.append(("concepts", ix.CONCEPTS, signals.concepts, ranking.concept_share))
    for name, using, vector, share in sparse:
        if vector:
            weight = ranking.weight(name) * (ranking.expansion if name == "expansion" else 1.0)
            out.append(SignalQuery(fusion.Signal(name, "sparse", 0.0, share, weight),
                                   ix.Prefetch(using, vector, limit)))
    return out


def scope(flt: ix.Filter) -> ix.Filter:
    """What a query could find whatever the user filters: the filter's drafts rule only."""
    kept = {k: v for k, v in flt.any_of.items() if k == "publication"}
    return ix.Filter(any_of=kept)


@dataclass(frozen=True)
class ResultSet:
    """A query's result set, best first, each hit with the payload fields asked for, and
    the signals that found each sheet."""

    hits: list[ix.Hit]
    found: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass
class Retriever:
    """The result sets of one query under any filter. What scaling and the cuts are
    relative to — each signal's best score and its number of hits over the scope — is
    looked up once and shared by every filter (the facets run several)."""

    store: Store
    mode: str
    signals: Signals
    _scope: tuple[list[float], list[int], int] | None = field(default=None, repr=False)

    def result_set(self, flt: ix.Filter, fields: tuple[str, ...] = ORDER_FIELDS) -> ResultSet:
        """The ranked result set inside `flt`, each hit carrying the payload `fields`."""
        queries = signal_queries(self.mode, self.signals)
        if not queries:
            return ResultSet([])
        plans = [_plan(q.prefetch, flt, RESULT_CAP) for q in queries]
        lists = self.store.index.query_batch(plans)
        scores = [{h.id: h.score for h in hits} for hits in lists]
        best, hits, total = self._scope_of(queries, flt, scores)
        ranking = self.signals.ranking
        signals = [replace(q.signal, weight=fusion.specific(
                       q.signal.weight, ranking.specificity, n, total))
                   if q.signal.name == "lexical" else q.signal
                   for q, n in zip(queries, hits, strict=True)]
        tight = ranking.tight and self.mode == "hybrid"
        fused = fusion.fuse(signals, scores, best, ranking.fusion, tight)[:RESULT_CAP]
        payloads = {p["id"]: p for p in self.store.index.retrieve([f.id for f in fused],
                                                                   fields=fields)}
        found = [ix.Hit(f.id, f.score, payloads[f.id]) for f in fused if f.id in payloads]
        return ResultSet(found, {f.id: f.found for f in fused})

    def _scope_of(self, queries: list[SignalQuery], flt: ix.Filter,
                  scores: list[dict[str, float]]) -> tuple[list[float], list[int], int]:
        """Each signal's best score and hits (at most RESULT_CAP) over the scope, and the
        number of sheets in it."""
        if self._scope is None:
            wide = scope(flt)  # the same for every filter of one request
            if wide != flt:  # the best only, but the hits of the words that are counted
                lists = self.store.index.query_batch(
                    [_plan(q.prefetch, wide, RESULT_CAP if q.signal.name == "lexical" else 1)
                     for q in queries])
                scores = [{h.id: h.score for h in hits} for hits in lists]
            self._scope = ([max(s.values(), default=0.0) for s in scores],
                           [len(s) for s in scores], self.store.index.count(wide))
        return self._scope


def _plan(prefetch: ix.Prefetch, flt: ix.Filter, limit: int) -> ix.QueryPlan:
    return ix.QueryPlan(prefetches=(prefetch,), filter=flt, limit=limit, with_payload=("id",))
