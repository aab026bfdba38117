"""The theme model's training: deterministic, and fitted for the precision target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.train_themes import Reading, fit, main, micro, out_of_fold, train
from repository.ingest.normalise.theme_model import ThemeModel

KEYS = ("drugs", "policing", "youth")
EVAL = Path(__file__).resolve().parents[2] / "eval"


def _reading(name: str, i: int, truth: set[str]) -> Reading:
    """A sheet whose true themes score high in words and meaning, the others low."""
    vocabulary = {k: (4.0 + i % 3 if k in truth else 0.5 * (i % 2)) for k in KEYS}
    meaning = {k: (0.05 if k in truth else -0.03) for k in KEYS}
    vector = [1.0 if k in truth else 0.1 for k in KEYS]
    return Reading(name, f"{name}/{i}.md", vocabulary, meaning, vector, 200 + 40 * i, None,
                   frozenset(truth), frozenset(), False)


def _data() -> list[Reading]:
    themes = [{"drugs"}, {"policing", "youth"}, {"youth"}, {"drugs", "policing"}]
    return [_reading(name, i, themes[(i + j) % 4]) for j, name in enumerate("abc")
            for i in range(8)]


def test_training_twice_gives_the_same_weights() -> None:
    first = json.dumps(train(_data(), KEYS).to_json())
    assert json.dumps(train(_data(), KEYS).to_json()) == first


def test_the_model_finds_themes_that_words_and_meaning_agree_on() -> None:
    model = train(_data(), KEYS)
    predicted = out_of_fold(_data(), KEYS)
    precision, recall = micro([(set(model.choose(p)), r.truth) for p, r in predicted])
    assert precision >= 0.8 and recall >= 0.8
    assert model.coef.shape == (13,) and model.bias.shape == (3,)


def test_the_weights_survive_their_json() -> None:
    model = fit(_data(), KEYS, threshold=0.4, limit=2)
    again = ThemeModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.keys == KEYS and again.limit == 2 and again.threshold == 0.4
    assert again.centroids.shape == model.centroids.shape
    assert abs(again.centroids - model.centroids).max() < 1e-3  # float16


def test_the_holdouts_are_refused() -> None:
    with pytest.raises(SystemExit):
        main([str(EVAL / "holdout" / "x" / "truth.json"), "--dry-run"])


@pytest.mark.slow
def test_the_script_writes_the_same_file_twice(tmp_path: Path) -> None:
    sets = [str(EVAL / name / "truth.json") for name in ("extraction_dev5", "extraction_dev6")]
    cache = tmp_path / "readings.json"
    assert main([*sets, "--out", str(tmp_path / "a.json"), "--cache", str(cache),
                 "--no-table"]) == 0
    assert main([*sets, "--out", str(tmp_path / "b.json"), "--no-table"]) == 0
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
