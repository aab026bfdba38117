"""Fusion of the signals: pure functions over raw scores (no store, no model)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.search.fusion import (
    NAME_WORDS,
    Signal,
    dbsf,
    fuse,
    is_member,
    name_strength,
    scaled,
    specific,
)
from repository.search.understand import content_words

DENSE = Signal("sections", "dense", floor=0.2, member=0.3)
WORDS = Signal("lexical", "sparse", floor=0.0, member=0.2)
CONCEPTS = Signal("concepts", "sparse", floor=0.0, member=0.7)

ids = st.sampled_from([f"s{i}" for i in range(12)])
cosines = st.dictionaries(ids, st.floats(0.2, 1.0), max_size=12)
bm25 = st.dictionaries(ids, st.floats(0.01, 30.0), max_size=12)


def test_the_only_sheet_holding_a_query_word_gets_the_whole_keyword_weight() -> None:
    # Qdrant's DBSF gives a list of one hit half of it, below a cosine-only best hit
    assert scaled(WORDS, {"rare": 8.8}, 8.8) == {"rare": 1.0}
    assert dbsf({"rare": 8.8}) == {"rare": 0.5}
    fused = fuse([DENSE, WORDS], [{"near": 0.5, "rare": 0.21}, {"rare": 8.8}], [0.5, 8.8])
    assert [f.id for f in fused] == ["rare", "near"]
    assert fused[0].found == frozenset({"sections", "lexical"})


def test_a_weak_best_cosine_does_not_count_fully() -> None:
    # the best cosine counts fully only where it would make a sheet a member alone
    assert scaled(DENSE, {"a": 0.25, "b": 0.2}, 0.25) == pytest.approx({"a": 0.5, "b": 0.0})
    assert scaled(DENSE, {"a": 0.6, "b": 0.4}, 0.6) == pytest.approx({"a": 1.0, "b": 0.5})


def test_the_result_set_keeps_what_one_signal_finds_clearly() -> None:
    dense = {"close": 0.35, "vague": 0.22}
    words = {"strong": 10.0, "weak": 1.0}
    fused = fuse([DENSE, WORDS], [dense, words], [0.35, 10.0])
    assert {f.id for f in fused} == {"close", "strong"}
    loose = fuse([DENSE, WORDS], [dense, words], [0.35, 10.0], tight=False)
    assert {f.id for f in loose} == {"close", "vague", "strong", "weak"}
    assert is_member(WORDS, 2.0, 10.0) and not is_member(WORDS, 1.9, 10.0)


@given(cosines, bm25, bm25, st.sets(ids), st.sampled_from(["scaled", "dbsf", "rrf"]))
def test_a_filter_keeps_the_unfiltered_result_set_inside_it(
        dense: dict[str, float], words: dict[str, float], concepts: dict[str, float],
        inside: set[str], how: str) -> None:
    """What makes a facet count the number of hits ticking it shows: with the best
    scores of the scope, membership does not depend on the filter."""
    best = [max(s.values(), default=0.0) for s in (dense, words, concepts)]
    everything = fuse([DENSE, WORDS, CONCEPTS], [dense, words, concepts], best, how)
    filtered = fuse([DENSE, WORDS, CONCEPTS],
                    [{i: s for i, s in signal.items() if i in inside}
                     for signal in (dense, words, concepts)], best, how)
    assert {f.id for f in filtered} == {f.id for f in everything if f.id in inside}


@given(cosines, bm25)
def test_fused_order_is_total(dense: dict[str, float], words: dict[str, float]) -> None:
    best = [max(s.values(), default=0.0) for s in (dense, words)]
    fused = fuse([DENSE, WORDS], [dense, words], best)
    keys = [(-f.score, f.id) for f in fused]
    assert keys == sorted(keys) and len({f.id for f in fused}) == len(fused)


@given(st.integers(1, 10_000), st.integers(2, 10_000), st.floats(0.0, 2.0))
def test_words_weigh_more_the_fewer_sheets_hold_them(hits: int, total: int,
                                                     strength: float) -> None:
    weight = specific(1.0, strength, min(hits, total), total)
    assert 1.0 <= weight <= 1.0 + strength + 1e-9
    assert specific(1.0, strength, 1, total) == pytest.approx(1.0 + strength)
    assert specific(1.0, strength, total, total) == 1.0
    if hits < total:
        assert specific(1.0, strength, hits + 1, total) <= weight


@given(st.integers(0, 40), st.floats(0.0, 2.0))
def test_the_specificity_is_whole_for_a_name_and_fades_for_a_longer_query(
        words: int, strength: float) -> None:
    got = name_strength(strength, words)
    if words <= NAME_WORDS:
        assert got == strength
    else:
        assert got == pytest.approx(strength * NAME_WORDS / words)
    assert name_strength(strength, words + 1) <= got


@pytest.mark.parametrize(("query", "words"), [
    ("Incidentbestrijdingsprocedure", 1), ("Ask for Angela", 2),
    ("portões nas vielas das traseiras para travar assaltos a casas", 6),
    ("la médiation sociale dans les quartiers de la ville", 4),
])
def test_a_query_counts_its_content_words_in_any_language(query: str, words: int) -> None:
    assert content_words(query) == words


def _reference_fuse(signals: list[Signal], scores: list[dict[str, float]], best: list[float],
                    how: str, tight: bool) -> list[tuple[str, float, frozenset[str]]]:
    """fuse as `scaled` and `is_member` define it, one signal after the other."""
    total: dict[str, float] = {}
    found: dict[str, set[str]] = {}
    members: set[str] = set()
    for signal, raw, top in zip(signals, scores, best, strict=True):
        for i, value in scaled(signal, raw, top, how).items():
            total[i] = total.get(i, 0.0) + signal.weight * value
            found.setdefault(i, set()).add(signal.name)
        members.update(i for i, s in raw.items() if not tight or is_member(signal, s, top))
    kept = sorted((i for i in total if i in members), key=lambda i: (-total[i], i))
    return [(i, total[i], frozenset(found[i])) for i in kept]


@given(cosines, cosines, bm25, bm25, st.floats(0.0, 1.0), st.floats(0.0, 2.0),
       st.sampled_from(["scaled", "rrf", "dbsf"]), st.booleans())
def test_fuse_scales_and_cuts_as_scaled_and_is_member_do(
        sections: dict[str, float], doc: dict[str, float], words: dict[str, float],
        concepts: dict[str, float], weight: float, stretch: float, how: str,
        tight: bool) -> None:
    # fuse inlines the default scale and the cuts (it runs for every facet's filter): the
    # same sums, in the same order, as the functions that define them
    signals = [DENSE, Signal("doc", "dense", 0.25, 0.5, weight, full=0.6),
               replace(WORDS, weight=1.0 + weight), CONCEPTS]
    scores = [sections, doc, words, concepts]
    best = [max(s.values(), default=0.0) * stretch for s in scores]
    assert [tuple(f) for f in fuse(signals, scores, best, how, tight)] == \
        _reference_fuse(signals, scores, best, how, tight)
