"""Measure extraction: per field, the share of sheets whose extracted fact is right.

    python -m eval.extraction                          # data/practices/truth.json
    python -m eval.extraction eval/extraction_dev/truth.json data/practices/truth.json
    python -m eval.extraction --errors city,themes     # also list what was wrong
    python eval/extraction.py --json

A truth file is JSON: `{"sheets": {"<path relative to the truth file>": {"title",
"language", "kind", "country", "city", "city_aliases": [], "start_year", "end_year",
"budget_eur", "budget_amount", "budget_currency", "evaluated": bool, "evaluation_kind":
"none|internal|external|scientific|null", "themes": [], "partners": [], "funding",
"notes"}}}`. Sheets are read and extracted exactly as ingest does (no store): with the
semantic theme check over REPOSITORY_THEME_MODEL (USE multilingual by default), or
without it (`--vocabulary-only`). The evaluation kind comes from the learned model of
`python -m eval.train_evaluation` (REPOSITORY_EVALUATION_INFERENCE=learned, the default;
it needs the semantic check's encoder: with `--vocabulary-only` the rules decide), or
from the rules alone with REPOSITORY_EVALUATION_INFERENCE=rules.

How each field is judged:

* country, kind, start year, end year, language: equal (an empty truth wants nothing).
  The start year is a practice's start, an ID sheet's founding and a resource's first
  publication; a fact sheet, about a theme, has none.
* city: the extracted city, folded, is the truth city or one of its aliases.
* budget: amount and currency, or the EUR figure, within 1 %; no budget wants none.
* evaluated: the extracted kind is internal, external or scientific exactly when the
  truth says `evaluated: true` (a truth of null is not scored).
* evaluation kind: equal, where "none" and no kind both mean "no evaluation".
* evidence: the level is judged against the truth's evaluation kind
  (docs/evidence.md): none or no level where there is no
  evaluation, at least descriptive for an internal or external one, at least outcome
  for a scientific one. Where a truth file labels the level itself (`evidence`, holdout
  set E), `evidence_level` is also scored: equal, no level where the truth has none.
* themes: micro precision and recall over the sheets that list themes, once as ingest
  sees the sheet and once with its explicit theme keys hidden (what inference finds).
* partners: share of the truth partners one extracted partner names (either contains
  the other, folded); funding: found or not where the truth names a funder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as `python eval/extraction.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from repository.ingest.extract import extract  # noqa: E402
from repository.ingest.furniture import read_raw_sheet  # noqa: E402
from repository.ingest.headings import field_for_key  # noqa: E402
from repository.ingest.normalise.evidence import LEVELS  # noqa: E402
from repository.ingest.normalise.theme_semantic import SemanticThemes  # noqa: E402
from repository.ingest.raw import RawSheet  # noqa: E402
from repository.ingest.readers.blocks import metadata_line  # noqa: E402
from repository.ingest.readers.tables import is_table, read_table  # noqa: E402
from repository.ingest.rows import (  # noqa: E402
    IGNORE,
    key_value_sheets,
    merged_mapping,
    row_practice,
)
from repository.ingest.themes_pass import semantic_themes, with_semantic_themes  # noqa: E402
from repository.model import Practice, Source  # noqa: E402
from repository.text import fold  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT / "data" / "practices" / "truth.json"
SCORED = ("language", "kind", "country", "city", "start_year", "end_year", "budget",
          "evaluated", "evaluation_kind", "evidence", "evidence_level", "partners", "funding")
EVALUATED = ("internal", "external", "scientific")


@dataclass
class Tally:
    """Right answers out of scored sheets, and the sheets that were wrong."""

    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, note: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.wrong.append(note)

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Themes:
    """Micro counts of theme keys: found and right, found, expected."""

    hits: int = 0
    found: int = 0
    expected: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, got: list[str], want: list[str], path: str) -> None:
        hits = len(set(got) & set(want))
        self.hits, self.found, self.expected = (self.hits + hits, self.found + len(set(got)),
                                                self.expected + len(set(want)))
        if set(got) != set(want):
            missing, extra = sorted(set(want) - set(got)), sorted(set(got) - set(want))
            self.wrong.append(f"{path}: missing {missing}, extra {extra}")

    @property
    def precision(self) -> float | None:
        return self.hits / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        return self.hits / self.expected if self.expected else None


def load_truth(path: Path) -> dict[str, dict[str, Any]]:
    """The sheets of a truth file, keyed by path relative to its folder."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["sheets"])


def hide_themes(raw: RawSheet) -> RawSheet:
    """The sheet without its explicit theme keys: metadata and `Themes: …` lines."""
    metadata = {k: v for k, v in raw.metadata.items() if field_for_key(k) != "themes"}
    kept = []
    for line in raw.preamble.splitlines():
        parts = _split_meta(line)
        rest = [p for p in parts if not _is_theme_pair(p)]
        if len(rest) != len(parts):
            line = " — ".join(rest)
        kept.append(line)
    return replace(raw, metadata=metadata, preamble="\n".join(kept))


def _split_meta(line: str) -> list[str]:
    return [p for p in re.split(r"\s+[—–|·]\s+", line) if p.strip()] or [line]


def _is_theme_pair(part: str) -> bool:
    pair = metadata_line(part.strip().rstrip("."))
    return bool(pair) and field_for_key(pair[0]) == "themes"


def extract_sheet(path: Path, *, hidden_themes: bool = False,
                  semantic: SemanticThemes | None = None) -> Practice:
    """A sheet read and extracted as ingest does, its theme keys hidden if asked (a
    spreadsheet holding one sheet, e.g. as field/value pairs, is read as its row)."""
    data = path.read_bytes()
    if is_table(path.name, data):
        return _table_sheet(path, data, hidden_themes, semantic)
    raw = read_raw_sheet(str(path), data)
    if hidden_themes:
        raw = hide_themes(raw)
    extraction = extract(raw)
    return with_semantic_themes(extraction.practice, extraction.warnings, semantic)[0]


def _table_sheet(path: Path, data: bytes, hidden_themes: bool,
                 semantic: SemanticThemes | None) -> Practice:
    table = key_value_sheets(read_table(str(path), data))  # as `bulk.open_table` does
    if len(table.rows) != 1:
        raise ValueError(f"{path}: a table of {len(table.rows)} rows is not one sheet")
    mapping = merged_mapping(table.groups, None)
    if hidden_themes:
        mapping = {h: IGNORE if name == "themes" else name for h, name in mapping.items()}
    source = Source(file=path.name, format=table.format,
                    sha256=hashlib.sha256(data).hexdigest())
    outcome = row_practice(table.rows[0], mapping, source)
    if outcome.practice is None:
        raise ValueError(f"{path}: {outcome.error}")
    return with_semantic_themes(outcome.practice, outcome.warnings, semantic)[0]


def ingest_semantic() -> SemanticThemes | None:
    """The semantic theme check ingest uses (REPOSITORY_THEME_MODEL), or None when off."""
    from repository.config import load_settings
    from repository.search.embedder import theme_encoder

    settings = load_settings()
    return semantic_themes(theme_encoder(settings), index_passages, settings.theme_inference,
                           settings.evaluation_inference)


def index_passages(practice: Practice) -> list[tuple[str | None, str]]:
    """The (field, text) passages the index embeds for a sheet, as `Store.passage_parts`
    gives ingest: the semantic theme check reads a sheet by them."""
    from repository.search import schema

    return [(p.field, p.text) for p in schema.passages(practice)]


def _same_budget(practice: Practice, truth: dict[str, Any]) -> bool:
    budget = practice.budget if practice.budget and not practice.budget.no_budget else None
    if truth.get("budget_amount") is None and truth.get("budget_eur") is None:
        return budget is None or budget.amount is None
    if budget is None:
        return False

    def close(a: float | None, b: float | None) -> bool:
        return a is not None and b is not None and abs(a - b) <= 0.01 * abs(b)

    if truth.get("budget_amount") is not None and close(budget.amount, truth["budget_amount"]):
        return (truth.get("budget_currency") or budget.currency) == budget.currency
    return close(budget.eur, truth.get("budget_eur"))


def _names(partner: str, extracted: list[str]) -> bool:
    want = fold(partner)
    return any(want in fold(got) or fold(got) in want for got in extracted if len(got) > 2)


_LEAST_EVIDENCE = {"internal": "descriptive", "external": "descriptive",
                   "scientific": "outcome"}


def evidence_fits(level: str | None, kind: str) -> bool:
    """Whether an evidence level agrees with a true evaluation kind (its lower bound)."""
    if kind not in _LEAST_EVIDENCE:
        return level in (None, "none")
    return level in LEVELS and LEVELS.index(level) >= LEVELS.index(_LEAST_EVIDENCE[kind])


def judge(practice: Practice, truth: dict[str, Any], path: str,
          tallies: dict[str, Tally]) -> None:
    """Add one sheet's verdict per field to the tallies."""
    def check(name: str, got: Any, want: Any) -> None:
        tallies.setdefault(name, Tally()).add(got == want, f"{path}: got {got!r}, want {want!r}")

    check("language", practice.language, truth.get("language"))
    check("kind", practice.kind, truth.get("kind") or "practice")
    check("country", practice.country, truth.get("country"))
    cities = {fold(c) for c in [truth.get("city"), *truth.get("city_aliases", [])] if c}
    city_ok = fold(practice.city) in cities if practice.city else not cities
    tallies.setdefault("city", Tally()).add(
        city_ok, f"{path}: got {practice.city!r}, want {truth.get('city')!r}")
    check("start_year", practice.start.year if practice.start else None, truth.get("start_year"))
    check("end_year", practice.end.year if practice.end else None, truth.get("end_year"))
    got_budget = practice.budget.model_dump() if practice.budget else None
    want_budget = (truth.get("budget_amount"), truth.get("budget_currency"),
                   truth.get("budget_eur"))
    tallies.setdefault("budget", Tally()).add(
        _same_budget(practice, truth), f"{path}: got {got_budget}, want {want_budget}")
    if truth.get("evaluated") is not None:
        check("evaluated", practice.evaluation_kind in EVALUATED, bool(truth["evaluated"]))
        check("evaluation_kind", practice.evaluation_kind or "none",
              truth.get("evaluation_kind") or "none")
        tallies.setdefault("evidence", Tally()).add(
            evidence_fits(practice.evidence, truth.get("evaluation_kind") or "none"),
            f"{path}: got {practice.evidence!r}, truth kind {truth.get('evaluation_kind')!r}")
    if "evidence" in truth:  # a truth set that labels the design (holdout E on)
        check("evidence_level", practice.evidence, truth["evidence"])
    partners = truth.get("partners") or []
    for partner in partners:
        tallies.setdefault("partners", Tally()).add(
            _names(partner, practice.partners), f"{path}: {partner!r} not in {practice.partners}")
    if truth.get("funding"):
        tallies.setdefault("funding", Tally()).add(
            bool(practice.funding), f"{path}: no funding, want {truth['funding']!r}")


def measure(truth_file: Path, semantic: SemanticThemes | None = None) -> dict[str, Any]:
    """Tallies per field and theme counts (as ingested, keys hidden) for one truth file."""
    tallies: dict[str, Tally] = {}
    themes, inferred = Themes(), Themes()
    failed: list[str] = []
    sheets = load_truth(truth_file)
    for rel, truth in sheets.items():
        path = truth_file.parent / rel
        try:
            practice = extract_sheet(path, semantic=semantic)
            hidden = extract_sheet(path, hidden_themes=True, semantic=semantic)
        except Exception as exc:  # a sheet that does not extract is wrong on every field
            failed.append(f"{rel}: {exc}")
            continue
        judge(practice, truth, rel, tallies)
        if truth.get("themes"):
            themes.add(practice.themes, truth["themes"], rel)
            inferred.add(hidden.themes, truth["themes"], rel)
    return {"file": str(truth_file), "sheets": len(sheets), "failed": failed,
            "tallies": tallies, "themes": themes, "inferred": inferred}


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table(result: dict[str, Any]) -> list[str]:
    """Markdown rows: field, sheets scored, share right (precision / recall for themes)."""
    rows = ["| field | scored | right |", "| --- | ---: | ---: |"]
    tallies: dict[str, Tally] = result["tallies"]
    for name in SCORED:
        tally = tallies.get(name)
        if tally:
            rows.append(f"| {name} | {tally.total} | {_pct(tally.share)} |")
    for label, counts in (("themes (as ingested)", result["themes"]),
                          ("themes (keys hidden: inferred)", result["inferred"])):
        rows.append(f"| {label} | {counts.expected} keys | P {_pct(counts.precision)} · "
                    f"R {_pct(counts.recall)} |")
    return rows


def to_json(result: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"file": result["file"], "sheets": result["sheets"],
                           "failed": result["failed"], "fields": {}}
    for name, tally in result["tallies"].items():
        out["fields"][name] = {"right": tally.right, "scored": tally.total,
                               "share": tally.share, "wrong": tally.wrong}
    for key in ("themes", "inferred"):
        counts = result[key]
        out[key] = {"precision": counts.precision, "recall": counts.recall,
                    "hits": counts.hits, "found": counts.found, "expected": counts.expected,
                    "wrong": counts.wrong}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval.extraction", description=__doc__.split("\n\n")[0],
        epilog="example: python -m eval.extraction data/practices/truth.json --errors city",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("truth", nargs="*", type=Path, default=[TRUTH],
                        help="truth files (default: data/practices/truth.json)")
    parser.add_argument("--json", action="store_true", help="print JSON, wrong sheets too")
    parser.add_argument("--errors", default="",
                        help="comma-separated fields whose wrong sheets to list (or 'all')")
    parser.add_argument("--vocabulary-only", action="store_true",
                        help="infer themes without the semantic check (as with "
                             "REPOSITORY_THEME_MODEL empty)")
    args = parser.parse_args(argv)
    semantic = None if args.vocabulary_only else ingest_semantic()
    results = [measure(path, semantic) for path in args.truth]
    if args.json:
        print(json.dumps([to_json(r) for r in results], ensure_ascii=False, indent=2))
        return 0
    wanted = set(args.errors.split(",")) - {""}
    for result in results:
        print(f"{result['file']}: {result['sheets']} sheets")
        for failure in result["failed"]:
            print(f"  failed: {failure}")
        print("\n".join(table(result)))
        for name, tally in result["tallies"].items():
            if "all" in wanted or name in wanted:
                print(f"\n{name}: {len(tally.wrong)} wrong")
                print("\n".join(f"  {w}" for w in tally.wrong))
        for key in ("themes", "inferred"):
            if "all" in wanted or key in wanted:
                print(f"\n{key}:")
                print("\n".join(f"  {w}" for w in result[key].wrong))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
