"""The holdout sets are well formed: every judged and every truth path is a file of the
set, every query has a grade-2 answer, every theme is a vocabulary key, all 7 languages;
every cross-set judgement (cross.yaml) names a query of one set and a sheet of another."""

from __future__ import annotations

import json
from pathlib import PurePosixPath

import pytest

from eval.holdout import HOLDOUT, load_cross, load_holdout_queries, set_folders
from eval.queries import load_queries
from repository.ingest.normalise.evidence import LEVELS
from repository.vocabulary import load_vocabulary

LANGUAGES = {"en", "fr", "es", "it", "de", "pt", "nl"}


@pytest.fixture(scope="module")
def folders() -> list:
    found = set_folders()
    assert found, "no holdout set under eval/holdout"
    return found


def test_judged_sheets_exist_and_every_query_has_an_answer(folders: list) -> None:
    queries = load_holdout_queries(folders)
    assert {q.language for q in queries} == LANGUAGES
    assert len({q.id for q in queries}) == len(queries)
    missing = sorted({p for q in queries for p in q.relevant if not (HOLDOUT / p).is_file()})
    assert missing == []
    assert [q.id for q in queries if 2 not in q.relevant.values()] == []


def test_truth_covers_every_sheet_with_known_keys(folders: list) -> None:
    vocabulary = load_vocabulary()
    languages = set()
    for folder in folders:
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["sheets"]
        files = {p.relative_to(folder).as_posix()
                 for p in (folder / "sheets").rglob("*") if p.is_file()}
        assert set(truth) == files, folder
        for path, facts in truth.items():
            languages.add(facts["language"])
            assert facts["kind"] in ("practice", "fact_sheet", "id_sheet", "resource"), path
            assert facts.get("evidence") in (None, *LEVELS), path
            assert facts["evaluation_kind"] in (None, "none", "internal", "external",
                                                "scientific"), path
            assert [t for t in facts["themes"] if not vocabulary.is_theme(t)] == [], path
    assert languages == LANGUAGES


def test_cross_judgements_name_a_query_and_a_sheet_of_another_set(folders: list) -> None:
    cross = load_cross()
    assert cross, "no cross-set judgements in eval/holdout/cross.yaml"
    set_of = {q.id: f.name for f in folders for q in load_queries(f / "queries.yaml")}
    assert sorted(set(cross) - set(set_of)) == []
    sets = {f.name for f in folders}
    for query_id, relevant in cross.items():
        for path, grade in relevant.items():
            parts = PurePosixPath(path).parts
            assert grade in (1, 2), (query_id, path)
            assert parts[0] in sets - {set_of[query_id]}, (query_id, path)
            assert parts[1] == "sheets" and ".." not in parts, (query_id, path)
            assert (HOLDOUT / path).is_file(), (query_id, path)
    merged = {q.id: q.relevant for q in load_holdout_queries(folders)}
    assert [(q, p) for q, rel in cross.items() for p, g in rel.items()
            if merged[q].get(p) != g] == []
