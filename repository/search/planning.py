"""From encoded signals to the result set of a query (browsing is `browsing.py`).

A query's signals (`understand.Signals`) become one engine query each, run in one
batch over the `scope` (see `Retriever` for how a filter's lists come from it): per
encoder, its passages multivector (MAX_SIM) and/or its
whole-sheet vector, from the encoder's `rank` cosine up (semantic and hybrid); the
query's words (keyword and hybrid); the expansion of its concepts and the concepts
themselves (hybrid). `fusion.fuse` adds their scaled scores; in hybrid mode it keeps
the sheets one signal finds clearly, and a single mode keeps every sheet its signals
find (keyword: every sheet holding a query word; semantic: every sheet an encoder
finds from its `rank` cosine up). That is the result set, capped at RESULT_CAP sheets.
The best score of each signal, which scaling and the result-set cuts are relative to,
is taken
over the `scope` (drafts excluded, no other filter), so they do not change with the
filters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from repository.search import fusion
from repository.search import index as ix
from repository.search.ordering import ORDER_FIELDS
from repository.search.store import Store
from repository.search.understand import Signals

RESULT_CAP = 200
# how many hits per signal a filtered request reads over the scope, to filter in Python
WIDE_LIMIT = 1000


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
                signal = fusion.Signal(name, "dense", cut.rank, cut.member, ranking.weight(name),
                                       full=cut.full)
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
class _Wide:
    """Each signal's hits over the scope (at most its `limits`, with the payload
    `fields`)."""

    flt: ix.Filter
    fields: tuple[str, ...]
    limits: list[int]
    lists: list[list[ix.Hit]]
    best: list[float]
    hits: list[int]  # at most RESULT_CAP, as `fusion.specific` counts them
    total: int
    _payloads: dict[str, dict[str, Any]] | None = None

    def payloads(self) -> dict[str, dict[str, Any]]:
        """Each distinct hit's payload, by id."""
        if self._payloads is None:
            self._payloads = {h.id: h.payload for hits in self.lists for h in hits}
        return self._payloads


@dataclass
class Retriever:
    """The result sets of one query under any filter.

    One engine batch finds each signal's hits over the scope (drafts excluded, no other
    filter), a dense signal's up to WIDE_LIMIT when the request has filters: they give
    what scaling and the cuts are relative to, and a filter's lists are read from them
    in Python (`Filter.matches`). A signal whose scope list was cut before it held
    RESULT_CAP sheets inside the filter (often the query's words, which no cosine cut
    bounds) is asked of the engine again, inside the filter; those queries cost little
    as the engine returns no payloads (`payloads`). So a
    filtered search and every disjunctive facet of it cost one batch, not one each,
    and their lists are the engine's own.
    """

    store: Store
    mode: str
    signals: Signals
    _wide: _Wide | None = field(default=None, repr=False)
    _asked: dict[tuple[str, int], list[ix.Hit]] = field(default_factory=dict, repr=False)
    _read: dict[str, tuple[list[list[ix.Hit]], list[int]]] = field(default_factory=dict,
                                                                  repr=False)
    _passed: dict[ix.Condition, frozenset[str]] = field(default_factory=dict, repr=False)

    def prepare(self, filters: list[ix.Filter], fields: tuple[str, ...] = ORDER_FIELDS
                ) -> None:
        """Ask the engine, in one batch, for every list that the result sets of these
        filters (the request's first) cannot read from the scope's lists."""
        queries = signal_queries(self.mode, self.signals)
        if not queries or not filters:
            return
        wide = self._wide_of(queries, filters[0], fields)
        distinct = list({repr(flt): flt for flt in filters}.values())
        todo = [(flt, n) for flt in distinct if flt != wide.flt
                for n in self._missing(wide, flt)[1]]
        self._ask(queries, wide, todo, fields)

    def result_set(self, flt: ix.Filter, fields: tuple[str, ...] = ORDER_FIELDS) -> ResultSet:
        """The ranked result set inside `flt`, each hit carrying the payload `fields`."""
        queries = signal_queries(self.mode, self.signals)
        if not queries:
            return ResultSet([])
        wide = self._wide_of(queries, flt, fields)
        lists = self._lists(queries, wide, flt, fields)
        scores = [{h.id: h.score for h in hits} for hits in lists]
        ranking = self.signals.ranking
        strength = fusion.name_strength(ranking.specificity, self.signals.words)
        signals = [replace(q.signal, weight=fusion.specific(
                       q.signal.weight, strength, n, wide.total))
                   if q.signal.name == "lexical" else q.signal
                   for q, n in zip(queries, wide.hits, strict=True)]
        tight = ranking.tight and self.mode == "hybrid"
        fused = fusion.fuse(signals, scores, wide.best, ranking.fusion, tight,
                            limit=RESULT_CAP)
        payloads = {h.id: h.payload for hits in lists for h in hits}
        if not set(fields) <= set(wide.fields):
            payloads = {p["id"]: p for p in self.store.index.retrieve(
                [f.id for f in fused], fields=fields)}
        found = [ix.Hit(f.id, f.score, _only(payloads[f.id], fields))
                 for f in fused if f.id in payloads]
        return ResultSet(found, {f.id: f.found for f in fused})

    def _wide_of(self, queries: list[SignalQuery], flt: ix.Filter,
                 fields: tuple[str, ...]) -> _Wide:
        """The scope's lists, read once per request (its first filter decides how many
        hits and which fields)."""
        if self._wide is None:
            wide = scope(flt)  # the same for every filter of one request
            limits = [RESULT_CAP if wide == flt or q.signal.kind == "sparse" else WIDE_LIMIT
                      for q in queries]
            wanted = tuple(dict.fromkeys(("id", *fields, *flt.fields())))
            lists = self.store.index.query_batch(
                [_plan(q.prefetch, wide, limit, wanted)
                 for q, limit in zip(queries, limits, strict=True)])
            self._wide = _Wide(wide, wanted, limits, lists,
                               [max((h.score for h in hits), default=0.0) for hits in lists],
                               [min(len(hits), RESULT_CAP) for hits in lists],
                               self.store.index.count(wide))
        return self._wide

    def _lists(self, queries: list[SignalQuery], wide: _Wide, flt: ix.Filter,
               fields: tuple[str, ...]) -> list[list[ix.Hit]]:
        """Each signal's hits inside `flt`, at most RESULT_CAP: from the scope's lists
        where they hold them all, else from the engine."""
        if flt == wide.flt:
            return [hits[:RESULT_CAP] for hits in wide.lists]
        lists, missing = self._missing(wide, flt)
        self._ask(queries, wide, [(flt, n) for n in missing], fields)
        for n in missing:
            lists[n] = self._asked[(repr(flt), n)]
        return lists

    def _missing(self, wide: _Wide, flt: ix.Filter) -> tuple[list[list[ix.Hit]], list[int]]:
        """The lists inside `flt` the scope's lists hold, and the signals they do not."""
        key = repr(flt)
        if key not in self._read:
            self._read[key] = self._inside(wide, flt)
        lists, missing = self._read[key]
        return list(lists), missing

    def _inside(self, wide: _Wide, flt: ix.Filter) -> tuple[list[list[ix.Hit]], list[int]]:
        readable = flt.ids is None and set(flt.fields()) <= set(wide.fields)
        if not readable:
            return [[] for _ in wide.lists], list(range(len(wide.lists)))
        # the scope's own conditions (drafts excluded) hold for every hit of its lists
        scoped = {key for key, _ in wide.flt.conditions()}
        passing = [self._passing(wide, key, test) for key, test in flt.conditions()
                   if key not in scoped]
        ok = frozenset.intersection(*passing) if passing else frozenset(wide.payloads())
        lists: list[list[ix.Hit]] = []
        missing: list[int] = []
        for n, hits in enumerate(wide.lists):
            inside = [h for h in hits if h.id in ok]
            if len(hits) < wide.limits[n] or len(inside) >= RESULT_CAP:
                lists.append(inside[:RESULT_CAP])
            else:
                lists.append([])
                missing.append(n)
        return lists, missing

    def _passing(self, wide: _Wide, key: ix.Condition,
                 test: Callable[[dict[str, Any]], bool]) -> frozenset[str]:
        """The ids of the scope's hits that pass one condition, tested once a request
        (a request's filter and its facets' filters share most of their conditions)."""
        if key not in self._passed:
            self._passed[key] = frozenset(
                i for i, payload in wide.payloads().items() if test(payload))
        return self._passed[key]

    def _ask(self, queries: list[SignalQuery], wide: _Wide,
             todo: list[tuple[ix.Filter, int]], fields: tuple[str, ...]) -> None:
        """Run the signal queries `todo` names inside their filters, in one batch."""
        todo = [(flt, n) for flt, n in todo if (repr(flt), n) not in self._asked]
        if not todo:
            return
        wanted = tuple(dict.fromkeys(("id", *wide.fields, *fields)))
        answers = self.store.index.query_batch(
            [_plan(queries[n].prefetch, flt, RESULT_CAP, wanted) for flt, n in todo])
        for (flt, n), hits in zip(todo, answers, strict=True):
            self._asked[(repr(flt), n)] = hits


def _only(payload: dict[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {k: payload[k] for k in fields if k in payload}


def _plan(prefetch: ix.Prefetch, flt: ix.Filter, limit: int, fields: tuple[str, ...]
          ) -> ix.QueryPlan:
    return ix.QueryPlan(prefetches=(prefetch,), filter=flt, limit=limit, with_payload=fields)
