"""Why each hit matched: its best passage with the query's terms highlighted, and the
signals (keyword, semantic, concept) that found it.

The best passage is the one whose cosine with the query (the joined row of every
encoder: the weighted sum of their cosines) and whose share of the query's words
are highest."""

from __future__ import annotations

from typing import Any

import numpy as np

from repository.search import index as ix
from repository.search.response import SearchHit
from repository.search.snippets import Snippet, best_snippet
from repository.search.store import Store
from repository.search.understand import Signals
from repository.vocabulary.safety_domains import domains_of


def explain(store: Store, signals: Signals | None, hits: list[ix.Hit],
            found: dict[str, frozenset[str]] | None = None) -> list[SearchHit]:
    """The page's hits as `SearchHit`s: record fields, snippet, signals, languages;
    `found` names the signals that found each hit (`planning.ResultSet.found`)."""
    vectors = tuple(ix.dense_names(d.position)[1] for d in signals.dense) if signals else ()
    payloads = store.index.retrieve([h.id for h in hits], with_vectors=vectors or False)
    by_id = {p["id"]: p for p in payloads}
    others = sorted({t for p in payloads for t in p["record"].get("translations", [])})
    language_of = {p["id"]: p.get("language")
                   for p in store.index.retrieve(others, fields=("id", "language"))}
    out = []
    marked = set(signals.terms | signals.related) if signals else set()
    joined = np.asarray(signals.joined) if signals and signals.joined else None
    for hit in hits:
        data = by_id.get(hit.id)
        if data is None:
            continue
        record = data["record"]
        snippet: Snippet = best_snippet(
            data.get("passages", []), record.get("language"), marked, joined,
            _joined_rows(data.get("_vectors", {}), signals),
        )
        out.append(SearchHit(
            id=hit.id, title=record["title"], score=hit.score, country=record.get("country"),
            city=record.get("city"), language=record.get("language"),
            themes=record.get("themes", []), snippet=snippet.text, section=snippet.section,
            highlights=snippet.highlights,
            signals=_signals_of((found or {}).get(hit.id, frozenset())) if signals else [],
            translations=[t for t in record.get("translations", []) if t in language_of],
            languages=sorted({record.get("language") or "", *(
                language_of[t] or "" for t in record.get("translations", []) if t in language_of
            )} - {""}),
            kind=record.get("kind", "practice"),
            start_year=data.get("start_year"), budget_eur=data.get("budget_eur"),
            evaluation_kind=record.get("evaluation_kind"), evidence=record.get("evidence"),
            competencies=record.get("competencies", []),
            resource_type=record.get("resource_type"),
            safety_domains=_domains(data, record),
        ))
    return out


def _domains(data: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """A hit's safety domains: the payload's, or (a payload from before they were stored)
    derived from the record as indexing would."""
    if "safety_domains" in data:
        return list(data["safety_domains"] or [])
    return domains_of(record.get("themes", []), [record.get("title"), record.get("summary"),
                                                 record.get("objectives")])


def _joined_rows(vectors: dict[str, Any], signals: Signals | None) -> np.ndarray | None:
    """A hit's passage rows of every encoder side by side, each scaled by √weight, so a
    row's cosine with the joined query row is the weighted sum of the encoders'."""
    if signals is None or not signals.dense:
        return None
    blocks = []
    for dense in signals.dense:
        rows = vectors.get(ix.dense_names(dense.position)[1])
        if rows is None:
            return None
        blocks.append(np.sqrt(dense.weight) * np.asarray(rows, dtype=np.float32))
    if len({len(b) for b in blocks}) != 1:
        return None
    return np.hstack(blocks)


def _signals_of(found: frozenset[str]) -> list[str]:
    """keyword: the sheet holds one of the query's words; semantic: an encoder finds its
    passages or the whole sheet close in meaning; concept: it shares a vocabulary concept
    with the query (the concept signal, or its labels in the sheet's language)."""
    out = []
    if "lexical" in found:
        out.append("keyword")
    if any(name.startswith((ix.SECTIONS, ix.DOC)) for name in found):
        out.append("semantic")
    if found & {"concepts", "expansion"}:
        out.append("concept")
    return out
