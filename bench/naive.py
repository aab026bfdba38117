"""The naive baseline search bench/search.py compares against, over the same data.

NumPy brute-force cosine over every passage vector (MAX over a sheet's passages), a
plain BM25 (lower-cased word tokens, no stemming, an inverted index of Python dicts),
RRF fusion of the two, filters as NumPy masks, and disjunctive facet counts in Python
over the result set. What a careful engineer would write without a search engine;
it does not build snippets (the product does).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

TOKEN = re.compile(r"\w+")
K1, B = 1.2, 0.75
FACETS = {"theme": "themes", "country": "country", "city": "city", "language": "language",
          "kind": "kind", "project": "project", "organisation_type": "lead_organisation_type",
          "evaluation": "evaluation_kind",
          "year": "start_year", "budget": "budget_band"}
FILTER_ONLY = ("evaluated", "publication")  # filtered on, never counted
RESULT_CAP = 200
SEMANTIC_THRESHOLD = 0.30
RRF_K = 60


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens: no stemming, no stopwords."""
    return TOKEN.findall(text.lower())


@dataclass
class NaiveIndex:
    """Passage vectors, a BM25 inverted index and facet values, all in memory."""

    ids: list[str]
    rows: np.ndarray  # (passages, dim), L2-normalised
    starts: np.ndarray  # first row of each sheet
    postings: dict[str, dict[int, int]]
    lengths: np.ndarray
    values: list[dict[str, Any]]  # facet field → value (or list of values) per sheet
    years: np.ndarray
    budgets: np.ndarray
    masks: dict[tuple[str, Any], np.ndarray] = field(default_factory=dict)

    @classmethod
    def build(cls, sheets: list[tuple[dict[str, Any], np.ndarray]]) -> NaiveIndex:
        """From (payload, passage vectors) pairs, as the store holds them."""
        ids, values, blocks, starts, lengths = [], [], [], [], []
        postings: dict[str, dict[int, int]] = {}
        row = 0
        for number, (payload, vectors) in enumerate(sheets):
            ids.append(payload["id"])
            values.append({key: payload.get(key) for key in (*FACETS.values(), *FILTER_ONLY)})
            starts.append(row)
            blocks.append(vectors)
            row += len(vectors)
            text = " ".join(p["text"] for p in payload.get("passages", []))
            counts = Counter(tokens(text))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                postings.setdefault(term, {})[number] = tf
        index = cls(ids=ids, rows=np.concatenate(blocks).astype(np.float32),
                    starts=np.array(starts), postings=postings,
                    lengths=np.array(lengths, dtype=np.float32), values=values,
                    years=np.array([v["start_year"] or 0 for v in values], dtype=np.float64),
                    budgets=np.array([np.nan if p["budget_eur"] is None else p["budget_eur"]
                                      for p, _ in sheets], dtype=np.float64))
        for number, sheet in enumerate(values):
            for key, value in sheet.items():
                for one in value if isinstance(value, list) else [value]:
                    mask = index.masks.setdefault((key, one), np.zeros(len(ids), dtype=bool))
                    mask[number] = True
        return index

    @property
    def nbytes(self) -> int:
        """Rough memory of the index: arrays, masks and postings."""
        postings = sum(len(p) for p in self.postings.values()) * 100  # dict entries
        return int(self.rows.nbytes + len(self.masks) * len(self.ids) + postings)

    def mask(self, any_of: dict[str, list[Any]], ranges: dict[str, tuple[Any, Any]]
             ) -> np.ndarray:
        """Sheets matching every field's condition (values of one field OR-ed)."""
        keep = np.ones(len(self.ids), dtype=bool)
        for key, wanted in any_of.items():
            either = np.zeros(len(self.ids), dtype=bool)
            for value in wanted:
                either |= self.masks.get((key, value), False)
            keep &= either
        for key, (low, high) in ranges.items():
            column = self.years if key == "start_year" else self.budgets
            if low is not None:
                keep &= column >= low
            if high is not None:
                keep &= column <= high
        return keep

    def scores(self, query_vector: np.ndarray, query: str) -> tuple[np.ndarray, np.ndarray]:
        """Best-passage cosine and BM25 score of every sheet."""
        dense = np.maximum.reduceat(self.rows @ query_vector, self.starts)
        bm25 = np.zeros(len(self.ids))
        avg = float(self.lengths.mean()) or 1.0
        for term in set(tokens(query)):
            found = self.postings.get(term)
            if not found:
                continue
            idf = math.log(1 + (len(self.ids) - len(found) + 0.5) / (len(found) + 0.5))
            for number, tf in found.items():
                norm = K1 * (1 - B + B * self.lengths[number] / avg)
                bm25[number] += idf * tf * (K1 + 1) / (tf + norm)
        return dense, bm25

    def result_set(self, dense: np.ndarray, bm25: np.ndarray, keep: np.ndarray) -> list[int]:
        """RRF of the semantic and keyword candidates inside the filter, capped."""
        fused: dict[int, float] = {}
        semantic = np.flatnonzero(keep & (dense >= SEMANTIC_THRESHOLD))
        keyword = np.flatnonzero(keep & (bm25 > 0))
        for candidates, score in ((semantic, dense), (keyword, bm25)):
            best = candidates[np.argsort(-score[candidates], kind="stable")[:RESULT_CAP]]
            for rank, number in enumerate(best.tolist()):
                fused[number] = fused.get(number, 0.0) + 1 / (RRF_K + rank + 1)
        return sorted(fused, key=lambda n: -fused[n])[:RESULT_CAP]

    def facet_counts(self, hits: list[int]) -> dict[str, list[tuple[Any, int]]]:
        """Value counts of every facet over a result set."""
        out: dict[str, Counter[Any]] = {name: Counter() for name in FACETS}
        for number in hits:
            sheet = self.values[number]
            for name, key in FACETS.items():
                value = sheet[key]
                for one in value if isinstance(value, list) else [value]:
                    if one is not None:
                        out[name][one] += 1
        return {name: counts.most_common() for name, counts in out.items()}

    def search(self, query_vector: np.ndarray, query: str, any_of: dict[str, list[Any]],
               ranges: dict[str, tuple[Any, Any]], per_page: int = 10
               ) -> tuple[list[str], int, dict[str, list[tuple[Any, int]]]]:
        """The page of ids, the total and disjunctive facets, like the product's search."""
        dense, bm25 = self.scores(query_vector, query)
        hits = self.result_set(dense, bm25, self.mask(any_of, ranges))
        facets = self.facet_counts(hits)
        for name, key in FACETS.items():
            if key in any_of or key in ranges:  # its own selection must not shrink it
                own = self.mask({k: v for k, v in any_of.items() if k != key},
                                {k: v for k, v in ranges.items() if k != key})
                facets[name] = self.facet_counts(self.result_set(dense, bm25, own))[name]
        return [self.ids[n] for n in hits[:per_page]], len(hits), facets
