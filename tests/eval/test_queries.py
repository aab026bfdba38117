"""The labelled query file agrees with the corpus and meets the issue's minimums.

Sheet ids are derived the way ingest derives them (reader + extractor), without a
store or a model, so this runs in seconds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eval.queries import FILTER_KEYS, Query, load_queries
from repository.ingest.extract import extract
from repository.ingest.pipeline import find_sheets
from repository.ingest.readers import read_sheet
from repository.model import Practice

CORPUS = Path(__file__).resolve().parents[2] / "data" / "practices"
QUERY_LANGUAGES = {"en", "fr", "es", "de", "it", "pt", "nl"}
MINIMUMS = {"cross_lingual": 20, "keyword": 10, "conceptual": 15, "filtered": 8, "exact": 10}


@pytest.fixture(scope="module")
def sheets() -> dict[str, Practice]:
    out: dict[str, Practice] = {}
    for path in find_sheets([CORPUS]):
        practice = extract(read_sheet(str(path), path.read_bytes())).practice
        assert practice.id not in out, f"{path}: id {practice.id} is used twice"
        out[practice.id] = practice
    return out


@pytest.fixture(scope="module")
def queries() -> list[Query]:
    return load_queries()


def test_at_least_64_queries_with_unique_ids(queries: list[Query]) -> None:
    assert len(queries) >= 64
    assert len({q.id for q in queries}) == len(queries)


def test_queries_reference_only_existing_sheets(queries: list[Query],
                                                sheets: dict[str, Practice]) -> None:
    missing = {q.id: sorted(set(q.relevant) - set(sheets)) for q in queries}
    assert {k: v for k, v in missing.items() if v} == {}


def test_every_query_has_a_grade_2_answer(queries: list[Query]) -> None:
    assert [q.id for q in queries if 2 not in q.relevant.values()] == []


def test_subset_minimums(queries: list[Query]) -> None:
    tags = Counter(t for q in queries for t in q.tags)
    for tag, minimum in MINIMUMS.items():
        assert tags[tag] >= minimum, f"{tag}: {tags[tag]} < {minimum}"
    languages = {q.language for q in queries}
    assert languages <= QUERY_LANGUAGES
    assert len(languages) >= 5
    assert len({q.language for q in queries if "exact" in q.tags}) >= 5


def test_filtered_tag_matches_filters(queries: list[Query]) -> None:
    for q in queries:
        assert ("filtered" in q.tags) == bool(q.filters), q.id
        assert set(q.filters) <= set(FILTER_KEYS), q.id


def test_cross_lingual_best_answers_are_in_other_languages(
        queries: list[Query], sheets: dict[str, Practice]) -> None:
    wrong = {q.id: [i for i, g in q.relevant.items()
                    if g == 2 and sheets[i].language == q.language]
             for q in queries if "cross_lingual" in q.tags}
    assert {k: v for k, v in wrong.items() if v} == {}


def _passes(practice: Practice, filters: dict[str, object]) -> bool:
    checks = {
        "country": lambda v: practice.country in v,
        "language": lambda v: practice.language in v,
        "theme": lambda v: bool(set(practice.themes) & set(v)),
        "evaluated": lambda v: (practice.evaluation_kind
                                in ("internal", "external", "scientific")) == v,
        "year_min": lambda v: practice.start is not None and practice.start.year >= v,
        "kind": lambda v: practice.kind in v,
    }
    return all(checks[name](value) for name, value in filters.items())


def test_filtered_judgements_pass_their_filters(queries: list[Query],
                                                sheets: dict[str, Practice]) -> None:
    """A judged sheet the filter excludes would only lower the ceiling."""
    blocked = {q.id: [i for i in q.relevant if not _passes(sheets[i], q.filters)]
               for q in queries if q.filters}
    assert {k: v for k, v in blocked.items() if v} == {}
