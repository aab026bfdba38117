"""A police force's profile (`id_sheet`) and a report or guide (`resource`) evaluate no
practice of their own: a section on their method or on the evidence they rate gives them
no evaluation kind and no evidence level; a practice and a fact sheet keep theirs."""

from __future__ import annotations

import pytest

from repository.ingest.extract import extract
from repository.ingest.normalise.facts import normalise_facts
from repository.ingest.readers import read_sheet

STUDY = ("A study by the University of Leeds compared the estates with similar estates "
         "without wardens, with a control group, and found 20 % fewer burglaries.")
RATING = ("Every entry is rated with the EMMIE framework: effect, mechanism, moderators, "
          "implementation and economic cost, from the systematic reviews it summarises.")


def _facts(kind: str, text: str):  # type: ignore[no-untyped-def]
    return normalise_facts(meta={}, texts={}, title="A sheet", summary=None, body=text,
                           language="en", warnings=[], kind=kind, start_inference="rules",
                           parts=[("evaluation", text)])


@pytest.mark.parametrize("kind", ["id_sheet", "resource"])
@pytest.mark.parametrize("text", [STUDY, RATING])
def test_a_profile_or_a_report_has_no_evaluation(kind: str, text: str) -> None:
    facts = _facts(kind, text)
    assert facts.evaluation_kind is None and facts.evidence is None
    assert "evaluation_kind" not in facts.origins


@pytest.mark.parametrize("kind", ["practice", "fact_sheet"])
def test_a_practice_or_a_fact_sheet_keeps_its_evaluation(kind: str) -> None:
    facts = _facts(kind, STUDY)
    assert facts.evaluation_kind == "scientific"
    assert facts.evidence is not None


def test_a_resource_sheet_read_whole_has_no_evaluation() -> None:
    text = ("---\ntitle: The crime reduction toolkit\nkind: resource\n---\n\n"
            f"## What is it for?\n\nA guide for practitioners.\n\n"
            f"## How is the evidence presented?\n\n{RATING} {STUDY}\n")
    practice = extract(read_sheet("toolkit.md", text.encode())).practice
    assert practice.kind == "resource"
    assert practice.evaluation_kind is None and practice.evidence is None
