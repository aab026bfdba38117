"""The labelled sets every trainer reads: never a blind holdout, grouped by writer."""

from __future__ import annotations

from pathlib import Path

from eval.labelled import (
    CORPUS_TRUTH,
    HOLDOUTS,
    OPEN_HOLDOUTS,
    by_writer,
    is_blind,
    labelled_sets,
    writer,
)

EVAL = Path(__file__).resolve().parents[2] / "eval"


def test_every_holdout_but_the_open_ones_is_blind() -> None:
    folders = [p.parent.name for p in HOLDOUTS.glob("*/truth.json")]
    assert {"f", "g"} <= set(folders)
    assert {name for name in folders if is_blind(HOLDOUTS / name / "truth.json")} == (
        set(folders) - set(OPEN_HOLDOUTS))
    # a holdout folder added later is blind without anyone editing a list
    assert is_blind(HOLDOUTS / "zz" / "truth.json")
    assert not is_blind(EVAL / "extraction_dev" / "truth.json") and not is_blind(CORPUS_TRUTH)


def test_the_labelled_sets_hold_no_blind_file_and_every_development_set() -> None:
    files = labelled_sets()
    assert files[0] == CORPUS_TRUTH and not any(is_blind(f) for f in files)
    assert set(EVAL.glob("extraction_*/truth.json")) <= set(files)
    assert {f.parent.name for f in files if f.parent.parent == HOLDOUTS} == set(OPEN_HOLDOUTS)
    assert not any(f.parent.parent == HOLDOUTS for f in labelled_sets(holdouts=False))


def test_writers_group_one_session_s_sets_together() -> None:
    assert writer(CORPUS_TRUTH) == "corpus"
    assert writer(HOLDOUTS / "c" / "truth.json") == "C"
    assert writer(EVAL / "extraction_dev5" / "truth.json") == writer(
        EVAL / "extraction_dev8" / "truth.json") == "dev5-8"
    assert writer(EVAL / "extraction_check2" / "truth.json") == "check2"
    groups = by_writer(labelled_sets())
    assert sum(len(g) for g in groups.values()) == len(labelled_sets())
    assert len(groups["dev5-8"]) == 4 and groups["corpus"] == [CORPUS_TRUTH]
