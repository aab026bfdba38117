"""bench/encoders.py runs end to end on one small model, so it cannot rot."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

import encoders as encoders_bench  # noqa: E402


@pytest.mark.slow
def test_the_encoder_bench_prints_a_row_per_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert encoders_bench.main(["--models", "bundled:use-multilingual", "--rounds", "1",
                                "--texts", "8"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("| model | dim | query encode p50 ms")
    assert lines[2].startswith("| bundled:use-multilingual | 512 | ")
    assert len(lines) == 3


def test_the_corpus_texts_are_what_the_store_embeds() -> None:
    texts = encoders_bench.corpus_texts(5)
    assert len(texts) == 5 and all(t.strip() for t in texts)
