"""Snippets: the best passage, its section, the query's stems highlighted."""

from __future__ import annotations

import numpy as np

from repository.search.lexical import query_terms
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.snippets import best_snippet
from repository.search.store import Store
from tests.search.sheets import practice


def test_a_stemmed_term_is_highlighted_in_the_matching_section() -> None:
    passages = [
        {"section": "Summary", "text": "Kirkholt: a project in Rochdale."},
        {"section": "Activities", "text": "Activities: Mediators calmed the conflicts "
                                          "between neighbours."},
    ]
    snippet = best_snippet(passages, "en", query_terms("conflict mediator"), None, None)
    assert snippet.section == "Activities"
    assert snippet.text.startswith("Mediators")  # the heading is not repeated
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["Mediators", "conflicts"]


def test_search_highlights_an_inflected_form_of_the_query_word(store: Store) -> None:
    store.put_many([
        practice("kirkholt", "Kirkholt project", "A project in Rochdale.",
                 sections=(("Context", "Burglaries doubled on the estate in two years."),
                           ("Activities", "Victims got new locks and neighbours kept watch."))),
        practice("other", "Street lighting", "Brighter lamps in a park."),
    ])
    response = search(store, parse_request(q="burglary", mode="keyword"))
    hit = response.hits[0]
    assert hit.id == "kirkholt"
    assert hit.section == "Context"
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["Burglaries"]
    assert "keyword" in hit.signals


def test_similarity_picks_the_passage_when_no_word_is_shared() -> None:
    passages = [{"section": "Summary", "text": "a"}, {"section": "Results", "text": "b"}]
    rows = np.array([[1.0, 0.0], [0.0, 1.0]])
    snippet = best_snippet(passages, "en", set(), np.array([0.1, 0.9]), rows)
    assert snippet.section == "Results" and snippet.highlights == []


def test_markdown_markup_is_stripped_and_highlights_still_point_at_the_words() -> None:
    passages = [
        {"section": "Summary", "text": "Kirkholt: a project in Rochdale."},
        {"section": "Activities", "text": "Activities: **Community Mediators calmed:** the "
                                          "_conflicts_ between neighbours; - see "
                                          "[the `report`](https://example.org/r \"R\") * twice"},
    ]
    snippet = best_snippet(passages, "en", query_terms("conflict mediator report"), None, None)
    assert snippet.text == ("Community Mediators calmed: the conflicts between neighbours; "
                            "see the report twice")
    assert [snippet.text[a:b] for a, b in snippet.highlights] == [
        "Mediators", "conflicts", "report"]


def test_markdown_bullets_at_line_starts_and_stray_markers_go() -> None:
    passages = [{"section": "Objectives", "text": "Objectives: Aims\n- **reduce** burglary\n"
                                                 "* help victims\n1. count again**"}]
    snippet = best_snippet(passages, "en", query_terms("burglaries"), None, None)
    assert snippet.text == "Aims\nreduce burglary\nhelp victims\ncount again"
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["burglary"]
