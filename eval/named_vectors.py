"""Multivector MAX_SIM against named vectors, measured without a second schema.

The `sections` multivector already holds one embedding per passage, with the
passage's section field in the payload. Named vectors would hold one embedding per
section field instead (the mean of its passages), each queried on its own and fused
by RRF, as Qdrant fuses prefetches. Both are computed here in NumPy from the stored
rows, so the comparison costs no re-encoding; MAX_SIM is recomputed the same way as a
check that the emulation agrees with the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

RRF_K = 60


@dataclass(frozen=True)
class SheetRows:
    """A sheet's passage embeddings and the section field of each."""

    fields: tuple[str, ...]
    rows: np.ndarray  # (passages, dim), L2-normalised


def field_vectors(sheet: SheetRows) -> dict[str, np.ndarray]:
    """One normalised mean vector per section field: what named vectors would store."""
    out: dict[str, np.ndarray] = {}
    for name in dict.fromkeys(sheet.fields):
        mean = sheet.rows[[f == name for f in sheet.fields]].mean(axis=0)
        out[name] = mean / (np.linalg.norm(mean) or 1.0)
    return out


def maxsim_ranking(query: np.ndarray, sheets: Mapping[str, SheetRows], threshold: float
                   ) -> list[str]:
    """Sheets by their best passage's cosine, those at or above `threshold`."""
    scores = {i: float((s.rows @ query).max()) for i, s in sheets.items() if len(s.rows)}
    return sorted((i for i, v in scores.items() if v >= threshold), key=lambda i: -scores[i])


def named_ranking(query: np.ndarray, sheets: Mapping[str, SheetRows], threshold: float,
                  k: int = RRF_K) -> list[str]:
    """One ranking per named vector (section field), fused by reciprocal rank."""
    per_field: dict[str, list[tuple[float, str]]] = {}
    for sheet_id, sheet in sheets.items():
        for name, vector in field_vectors(sheet).items():
            score = float(vector @ query)
            if score >= threshold:
                per_field.setdefault(name, []).append((score, sheet_id))
    fused: dict[str, float] = {}
    for hits in per_field.values():
        for rank, (_, sheet_id) in enumerate(sorted(hits, reverse=True), start=1):
            fused[sheet_id] = fused.get(sheet_id, 0.0) + 1.0 / (k + rank)
    return sorted(fused, key=lambda i: (-fused[i], i))


def load_rows(store: object, position: int = 0) -> dict[str, SheetRows]:
    """Every stored sheet's passage rows (of the encoder at `position`) and fields, read
    from the index."""
    from repository.search import index as ix
    from repository.search.store import Store

    assert isinstance(store, Store)
    ids = [str(p["id"]) for p in store.scroll_all()]
    out: dict[str, SheetRows] = {}
    for data in store.index.retrieve(ids, with_vectors=True):
        rows = np.asarray(data["_vectors"][ix.dense_names(position)[1]], dtype=np.float32)
        fields = tuple(p.get("field") or "other" for p in data["passages"])
        out[data["id"]] = SheetRows(fields[: len(rows)], rows)
    return out
