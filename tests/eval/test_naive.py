"""The naive dense baseline: chunks of a sheet's text, best chunk's cosine, filters kept."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from eval.naive import NaiveDense, chunks, naive_index, naive_rank, sheet_text
from eval.queries import Query
from eval.run import SAME_LANGUAGE_EN, with_derived_tags
from repository.search.store import Store
from tests.search.sheets import practice


@given(st.lists(st.text(alphabet="abc xyz\n", max_size=12), max_size=60),
       st.integers(min_value=1, max_value=9))
def test_chunks_keep_every_word_in_order_in_windows_of_the_size(parts: list[str], size: int
                                                                ) -> None:
    text = " ".join(parts)
    pieces = chunks(text, size)
    assert " ".join(pieces).split() == text.split()
    assert all(len(p.split()) == size for p in pieces[:-1])
    assert not pieces or 1 <= len(pieces[-1].split()) <= size


def test_sheet_text_is_title_summary_then_headings_and_sections_in_order() -> None:
    sheet = practice("a", "Night mediation", "Mediators at night.",
                     sections=(("Context", "Noise in squares."), ("Results", "Fewer fights.")))
    assert sheet_text(sheet) == ("Night mediation\nMediators at night.\nContext\n"
                                 "Noise in squares.\nResults\nFewer fights.")


def test_a_sheet_scores_its_best_chunk_and_filters_restrict_the_ranking() -> None:
    rows = np.array([[1, 0, 0], [0, 1, 0], [0.6, 0.8, 0], [0, 0, 1]], dtype=np.float32)
    naive = NaiveDense(ids=["a", "b", "c"], rows=rows, sheet_of=np.array([0, 0, 1, 2]))
    query = np.array([0, 1, 0], dtype=np.float32)
    # a's second chunk is an exact match: a's best chunk (1.0) beats b's (0.8), though
    # a's mean (0.5) would not
    assert naive.rank(query) == ["a", "b", "c"]
    assert naive.rank(query, allowed={"a", "c"}) == ["a", "c"]


def test_english_queries_whose_wanted_practices_exist_in_english_are_tagged() -> None:
    languages = {"en-1": "en", "fr-1": "fr", "fr-2": "fr"}
    groups = {"en-1": "en-1", "fr-1": "en-1", "fr-2": "fr-2"}  # fr-1 translates en-1

    def query(qid: str, language: str, relevant: dict[str, int]) -> Query:
        return Query(qid, "x", language, ("topic",), relevant)

    tagged = with_derived_tags([
        query("q1", "en", {"fr-1": 2, "fr-2": 1}),  # its practice has an English version
        query("q2", "en", {"fr-2": 2}),  # only in French
        query("q3", "fr", {"en-1": 2}),  # not an English query
    ], languages, groups)
    assert [SAME_LANGUAGE_EN in q.tags for q in tagged] == [True, False, False]
    assert tagged[0].tags == ("topic", SAME_LANGUAGE_EN)


@pytest.mark.slow
def test_the_naive_baseline_ranks_a_store_with_its_encoder(store: Store) -> None:
    store.put_many([
        practice("bars", "Safe nights in bars", "Bar staff help guests who feel unsafe.",
                 country="GB"),
        practice("burglary", "Repeat burglary prevention", "Burgled homes get new locks.",
                 country="NL"),
    ])
    naive = naive_index(store)
    assert naive.ids == ["bars", "burglary"] and naive.rows.shape == (2, store.embedder.dim)
    assert naive_rank(store, naive, "harassed in a pub at night", {}) == ["bars", "burglary"]
    assert naive_rank(store, naive, "harassed in a pub at night",
                      {"country": ["NL"]}) == ["burglary"]
