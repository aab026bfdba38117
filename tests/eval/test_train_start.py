"""The start-year ranker's training: deterministic, never on the blind holdouts, and it
learns the year a start statement gives."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

import repository.ingest.normalise.facts as facts_module
from eval.train_start import (
    Sheet,
    answer,
    best_margin,
    fit,
    labelled_groups,
    out_of_fold,
    probabilities,
    read_sheets,
)
from repository.ingest.normalise.start_model import StartInputs, StartModel, candidates, none_row

EVAL = Path(__file__).resolve().parents[2] / "eval"
TEXTS = [
    ("The council set up the scheme in {y}. A report of {r} praised it.", None),
    ("In {r} a survey showed fear of crime; the patrols were launched in {y}.", None),
    ("La ville a créé le service en {y}. Il a été étendu en {r}.", None),
    ("Seit {y} gibt es das Angebot; {r} kam ein zweites Büro hinzu.", None),
]


def _sheet(group: str, i: int) -> Sheet:
    """A sheet whose start statement names year y, another sentence year r; the rules are
    right on half of them and chose the other year on the rest."""
    text, _ = TEXTS[i % len(TEXTS)]
    y, r = 2000 + i, 2012 + i
    rule = y if i % 2 else r
    inputs = StartInputs("A practice", (("summary", ""), ("activities", text.format(y=y, r=r))),
                         "practice", rule, "prose", False)
    found = candidates(inputs)
    return Sheet(group, f"{group}/{i}.md", y, rule, tuple(c.year for c in found),
                 np.stack([c.row for c in found]), none_row(inputs, found))


def _data() -> list[Sheet]:
    return [_sheet(g, i) for g in "abc" for i in range(8)]


def test_fitting_twice_gives_the_same_weights() -> None:
    first = json.dumps(fit(_data()).to_json())
    assert json.dumps(fit(_data()).to_json()) == first


def test_the_model_learns_the_year_of_the_start_statement() -> None:
    data = _data()
    choices = out_of_fold(data)
    margin = best_margin(data, choices)
    right = sum(answer(s, ch, margin)[0] == s.truth for s, ch in zip(data, choices, strict=True))
    rules = sum(s.rule == s.truth for s in data)
    assert rules == len(data) // 2 and right == len(data)
    model = fit(data, margin=margin)
    again = StartModel.from_json(json.loads(json.dumps(model.to_json())))
    assert all(answer(s, probabilities(again, s), margin)[0] == s.truth for s in data)


def test_the_blind_holdouts_are_never_read() -> None:
    files = [f for group in labelled_groups().values() for f in group]
    assert files and not any(f.parent.name in ("f", "g") and f.parent.parent.name == "holdout"
                             for f in files)


def test_reading_a_set_records_candidates_and_restores_the_model() -> None:
    before = facts_module.learned_start
    sheets = read_sheets({"dev5": [EVAL / "extraction_dev5" / "truth.json"]})
    assert facts_module.learned_start is before
    assert sheets and all(s.rows.shape == (len(s.years), s.rows.shape[1]) for s in sheets)
    assert any(s.truth in s.years for s in sheets)
