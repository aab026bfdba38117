"""`Filter.matches` (search reads a filter's hits from the unfiltered lists with it)
keeps exactly the points the engine's own filter keeps."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from repository.search import index as ix
from repository.search.edge import EdgeIndex

COUNTRIES = ["FR", "ES", "DE", "PT"]
THEMES = ["youth", "drugs", "police"]
MODEL = ix.ModelRecord("tiny", 2, (ix.EncoderRecord("tiny", 2),))


def _payload(n: int, rng: random.Random) -> dict:
    year = rng.choice([None, 1999, 2005, 2010, 2015, 2020])
    return {"id": f"p{n}", "title": f"Sheet {n}", "publication": "published",
            "country": rng.choice([None, *COUNTRIES]),
            "themes": rng.sample(THEMES, rng.randint(0, 2)),
            "evaluated": rng.choice([True, False]),
            "start_year": year, "budget_eur": rng.choice([None, 5e3, 8e4, 1e5, 2.5e6])}


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EdgeIndex, list]]:
    rng = random.Random(3)
    payloads = [_payload(n, rng) for n in range(120)]
    index = EdgeIndex(Path(tmp_path_factory.mktemp("filters")) / "store")
    index.ensure_schema(MODEL)
    index.upsert([ix.IndexPoint(p["id"], {ix.DOC: [1.0, 0.0], ix.SECTIONS: [[1.0, 0.0]]}, p)
                  for p in payloads])
    yield index, payloads
    index.close()


filters = st.builds(
    lambda countries, themes, evaluated, years, budget: ix.Filter(
        any_of={k: v for k, v in (("country", tuple(countries)), ("themes", tuple(themes)),
                                  ("evaluated", evaluated)) if v},
        ranges={k: v for k, v in (("start_year", years), ("budget_eur", budget)) if v}),
    st.lists(st.sampled_from(COUNTRIES), max_size=2, unique=True),
    st.lists(st.sampled_from(THEMES), max_size=2, unique=True),
    st.sampled_from([(), (True,), (False,)]),
    st.sampled_from([None, (2005, None), (None, 2010), (2010, 2015), (2015, 2015)]),
    st.sampled_from([None, (None, 1e5), (8e4, None), (1e4, 1e6)]),
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flt=filters)
def test_matches_keeps_what_the_engine_keeps(stored: tuple[EdgeIndex, list],
                                             flt: ix.Filter) -> None:
    index, payloads = stored
    rows, _ = index.scroll(flt, 1000, None, ("id",))
    assert {r["id"] for r in rows} == {p["id"] for p in payloads if flt.matches(p)}


@settings(max_examples=60, deadline=None)
@given(flt=filters, field=st.sampled_from(["country", "themes", "evaluated", "start_year"]))
def test_conditions_one_by_one_match_as_the_filter(flt: ix.Filter, field: str) -> None:
    """Search tests each condition once for a request's filter and its facets' filters
    (`planning.Retriever`): a payload passes them all exactly when the filter matches it,
    and a facet's filter (`without`) names its remaining conditions by the same keys."""
    rng = random.Random(5)
    conditions = flt.conditions()
    for payload in (_payload(n, rng) for n in range(60)):
        assert all(test(payload) for _, test in conditions) == flt.matches(payload)
    kept = [key for key, _ in flt.without(field).conditions()]
    assert kept == [key for key, _ in conditions if key[1] != field]
