"""The labelled sheets the trainers may learn from, and who wrote each set.

One answer for every trainer (themes, evaluation, start year): the corpus truth, every
development set (eval/extraction_*) and the holdouts opened for development. A holdout
is blind unless it is named in OPEN_HOLDOUTS, so a new holdout folder is never trained
on by accident. Trainers leave sets out by writer: one writer's sheets share wordings,
so fitting on some of them and scoring on the rest would flatter the model.
"""

from __future__ import annotations

from pathlib import Path

EVAL = Path(__file__).resolve().parent
CORPUS_TRUTH = EVAL.parent / "data" / "practices" / "truth.json"
HOLDOUTS = EVAL / "holdout"
OPEN_HOLDOUTS = ("a", "b", "c", "d", "e")  # read and fitted on since; every other set is blind
_SMALL_SETS = ("extraction_dev5", "extraction_dev6", "extraction_dev7", "extraction_dev8")


def is_blind(truth_file: Path) -> bool:
    """Whether a truth file belongs to a blind holdout (never trained or tuned on)."""
    parent = truth_file.resolve().parent
    return parent.parent == HOLDOUTS and parent.name not in OPEN_HOLDOUTS


def development_sets() -> list[Path]:
    """The corpus truth and every extraction truth set under eval/ (no holdout)."""
    return [CORPUS_TRUTH, *sorted(EVAL.glob("extraction_*/truth.json"))]


def open_holdouts() -> list[Path]:
    """The truth files of the holdouts opened for development."""
    return [p for p in sorted(HOLDOUTS.glob("*/truth.json")) if not is_blind(p)]


def labelled_sets(*, holdouts: bool = True) -> list[Path]:
    """Every truth file a trainer may read: the development sets and, unless `holdouts`
    is False, the open holdouts."""
    return [*development_sets(), *(open_holdouts() if holdouts else [])]


def writer(truth_file: Path) -> str:
    """The group a set is left out with: its folder (a holdout by its letter), the small
    dev5–8 sets, written by one session, together."""
    parent = truth_file.resolve().parent
    if truth_file.resolve() == CORPUS_TRUTH.resolve():
        return "corpus"
    if parent.parent == HOLDOUTS:
        return parent.name.upper()
    if parent.name in _SMALL_SETS:
        return "dev5-8"
    return parent.name.removeprefix("extraction_")


def by_writer(files: list[Path]) -> dict[str, list[Path]]:
    """Truth files grouped by `writer`, in the order first seen."""
    groups: dict[str, list[Path]] = {}
    for f in files:
        groups.setdefault(writer(f), []).append(f)
    return groups
