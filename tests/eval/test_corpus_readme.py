"""The corpus README's counts are those of the files and of the index after ingest."""

from __future__ import annotations

from eval.corpus_stats import corpus_stats, to_markdown
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.conftest import CORPUS


def test_the_readme_carries_the_current_counts() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert to_markdown(corpus_stats()).strip() in readme


def test_the_index_holds_the_corpus_counts(corpus_store: Store) -> None:
    """The README counts sheets; search counts a practice's language versions once, so
    the index's own counts of sheets (points) are compared."""
    from repository.search import index as ix

    stats = corpus_stats()
    browse = search(corpus_store, parse_request(q=""))
    assert browse.sheets == stats["sheets"] > browse.total
    for field, key in (("language", "language"), ("kind", "kind"), ("theme", "themes"),
                       ("country", "country")):
        indexed = {str(v): n for v, n in corpus_store.index.facet(key, ix.Filter(), 200)}
        expected = {k: v for k, v in stats["counts"][field].items() if k != "(none)"}
        assert indexed == expected, field
