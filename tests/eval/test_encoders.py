"""eval/encoders.py: parts remember their rows, and a whole run prints every table."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eval.encoders import Memo, main, slug
from eval.queries import load_queries
from repository.search.embedder import USE_MULTILINGUAL
from repository.search.thresholds import profile
from tests.conftest import SHEETS


class Counting:
    name, dim = "counting", 2

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode_query(self, texts: list[str]) -> np.ndarray:
        return self.encode_document(texts)

    def encode_document(self, texts: list[str]) -> np.ndarray:
        self.seen += texts
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)


def test_a_part_encodes_each_text_once_per_side() -> None:
    inner = Counting()
    memo = Memo(inner)
    first = memo.encode_document(["a", "bb", "a"])
    again = memo.encode_document(["bb"])
    memo.encode_query(["a"])
    assert inner.seen == ["a", "bb", "a"] and memo.encoded == 3
    np.testing.assert_array_equal(again[0], first[1])


def test_store_folders_are_named_for_their_model() -> None:
    assert slug("bundled:all-MiniLM-L6-v2@0.7+bundled:use-multilingual@0.3") == (
        "bundled-all-MiniLM-L6-v2-0.7-bundled-use-multilingual-0.3")


QUERIES = """
queries:
- id: e1
  query: helping people harassed in bars at night
  language: en
  tags: [topic]
  relevant: {night-safety-bars: 2}
- id: e2
  query: acoso escolar
  language: es
  tags: [keyword]
  relevant: {prevencion-escolar: 2}
"""


@pytest.mark.slow
def test_a_run_over_the_fixture_sheets_prints_every_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = tmp_path / "queries.yaml"
    queries.write_text(QUERIES)
    assert len(load_queries(queries)) == 2
    assert main(["--models", "bundled:use-multilingual", "--pairs", "",
                 "--queries", str(queries), "--corpus", str(SHEETS),
                 "--save", str(tmp_path / "out.json")]) == 0
    out = capsys.readouterr().out
    for title in ("## bundled:use-multilingual (512 dimensions)", "## All models",
                  "## Per query language", "## Cost", "## Result sets and thresholds"):
        assert title in out
    assert "| bundled:use-multilingual | naive |" in out
    today = profile(USE_MULTILINGUAL).sections.member  # type: ignore[union-attr]
    assert f"{today:.2f} (today)" in out and "(best F1)" in out
    assert (tmp_path / "out.json").exists()


@pytest.mark.slow
def test_the_result_set_breakdown_prints_a_row_per_variant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from eval import result_sets

    queries = tmp_path / "queries.yaml"
    queries.write_text(QUERIES)
    assert result_sets.main(["--model", "bundled:use-multilingual", "--queries", str(queries),
                             "--corpus", str(SHEETS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "bundled:use-multilingual, each encoder's cuts; 6 sheets"
    assert lines[2].startswith("| run | result set (median / mean / p90 practices) | ")
    assert [line.split(" | ")[0] for line in lines[4:]] == [
        f"| {name}" for name in result_sets.variants(result_sets.DEFAULT_RANKING)]
