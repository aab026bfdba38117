"""The normalised facts of a sheet: themes, partners, budget, dates, evaluation kind.

Called by `extract` with the sheet's metadata (by field name) and section texts; pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from repository.ingest.normalise.budget import parse_budget
from repository.ingest.normalise.dates import dates_in_text, parse_duration
from repository.ingest.normalise.evaluation import EvaluationKind, evaluation_kind
from repository.ingest.normalise.themes import theme_keys
from repository.model import Budget, YearMonth
from repository.vocabulary import load_vocabulary

_BULLET = re.compile(r"^\s*(?:[-*•▪◦·]|\d{1,2}[.)])\s+(.+?)\s*$")


@dataclass
class Facts:
    themes: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    budget: Budget | None = None
    start: YearMonth | None = None
    end: YearMonth | None = None
    ongoing: bool | None = None
    evaluation_kind: EvaluationKind | None = None


def normalise_facts(*, meta: dict[str, Any], texts: dict[str, str], title: str,
                    summary: str | None, body: str, language: str | None,
                    warnings: list[str]) -> Facts:
    """Themes, partners, budget, duration and evaluation kind, with warnings."""
    facts = Facts()
    facts.themes = _themes(meta.pop("themes", None), f"{title}\n{summary or ''}\n{body}",
                           language, warnings)
    facts.partners = as_list(meta.pop("partners", None)) or partners_from_text(
        texts.get("partners_text") or "")

    budget_text = texts.get("budget_text") or as_text(meta.get("budget_text"))
    if budget_text:
        facts.budget = parse_budget(budget_text)
        if facts.budget is None:
            short = " ".join(budget_text.split())
            short = short if len(short) <= 60 else short[:57] + "…"
            warnings.append(f"budget not understood: {short!r}")

    start, end, ongoing = _duration(meta, texts)
    if start is None and end is None:
        start, end, ongoing = dates_in_text("\n".join(
            t for t in (summary, texts.get("context"), body[:3000]) if t))
    facts.start, facts.end, facts.ongoing = start, end, ongoing

    facts.evaluation_kind = evaluation_kind(texts.get("evaluation"))
    return facts


def _duration(meta: dict[str, Any], texts: dict[str, str]
              ) -> tuple[YearMonth | None, YearMonth | None, bool | None]:
    start_meta, end_meta = as_text(meta.pop("start", None)), as_text(meta.pop("end", None))
    if start_meta or end_meta:
        start = parse_duration(start_meta)[0] if start_meta else None
        end = parse_duration(end_meta)[0] if end_meta else None
        if start and end and (end.year, end.month or 12) < (start.year, start.month or 1):
            end = None
        return start, end, (False if end else None)
    duration = texts.get("duration_text") or as_text(meta.get("duration_text"))
    return parse_duration(duration) if duration else (None, None, None)


def _themes(explicit: Any, text: str, language: str | None, warnings: list[str]) -> list[str]:
    vocabulary = load_vocabulary()
    values = as_list(explicit)
    keys, unknown = theme_keys(values, vocabulary)
    if unknown:
        warnings.append("unknown themes ignored: " + ", ".join(repr(u) for u in unknown))
    if not keys:
        keys = vocabulary.themes_in(text, language)
    if not keys:
        warnings.append("no theme found")
    return keys


def partners_from_text(text: str) -> list[str]:
    """Partner names from a partners section: its bullets, or a `;`-separated list."""
    bullets = [m.group(1).rstrip(";,.") for line in text.splitlines()
               if (m := _BULLET.match(line))]
    if bullets:
        return [b for b in bullets if len(b) <= 150]
    flat = " ".join(text.split())
    if ";" in flat:
        items = [i.strip(" .") for i in flat.split(";")]
        if all(0 < len(i) <= 120 for i in items):
            return items
    return []


def as_list(value: Any) -> list[str]:
    """A metadata value as a list: a YAML list, or text split on `;`, `,` or lines."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    items = re.split(r"\s*[;\n]\s*|\s*,\s*(?![^()]*\))", str(value))
    return [i.strip(" -*•") for i in items if i.strip(" -*•")]


def as_text(value: Any) -> str | None:
    """A metadata value as stripped text (a list joined by commas), None when empty."""
    if value is None:
        return None
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    text = str(value).strip()
    return text or None
