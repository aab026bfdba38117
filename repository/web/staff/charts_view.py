"""The dashboard's charts: sheets by status and language, searches that found nothing,
the fields extraction most often left empty."""

from __future__ import annotations

from collections import Counter
from typing import Any

from repository.labels import label
from repository.text import fold
from repository.web.charts import Bar, bar_chart
from repository.web.i18n import translate
from repository.web.staff.views import STATUSES, field_label
from repository.workspace.edits import missing_fields

TOP = 10


def status_bars(sheets: list[dict[str, Any]], locale: str) -> list[Bar]:
    """Every status with its number of sheets, in workflow order."""
    counts = Counter(s["status"] for s in sheets)
    return [Bar(translate(f"status_{s}", locale), counts.get(s, 0)) for s in STATUSES]


def language_bars(sheets: list[dict[str, Any]], locale: str) -> list[Bar]:
    """Sheets not deleted, by language, most first."""
    counts = Counter((s.get("record") or {}).get("language") or "?" for s in sheets
                     if s["status"] != "deleted")
    return [Bar(label("language", code, locale) if code != "?" else "?", n)
            for code, n in sorted(counts.items(), key=lambda cn: (-cn[1], cn[0]))]


def zero_result_bars(entries: list[dict[str, Any]]) -> list[Bar]:
    """The queries most often searched in vain (zero results), as first written."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for entry in entries:
        query = str(entry.get("q") or "").strip()
        if not query or entry.get("total") != 0:
            continue
        key = " ".join(fold(query).split())
        counts[key] += 1
        shown.setdefault(key, query)
    return [Bar(shown[k], n) for k, n in sorted(counts.items(),
                                                key=lambda kn: (-kn[1], kn[0]))[:TOP]]


def missing_bars(sheets: list[dict[str, Any]], locale: str) -> list[Bar]:
    """Fields most often missing from the sheets not deleted."""
    counts = Counter(name for s in sheets if s["status"] != "deleted"
                     for name in missing_fields(s.get("record") or {}))
    return [Bar(field_label(name, locale), n)
            for name, n in sorted(counts.items(), key=lambda kn: (-kn[1], kn[0]))[:TOP]]


def dashboard_charts(sheets: list[dict[str, Any]], searches: list[dict[str, Any]],
                     locale: str) -> list[dict[str, Any]]:
    """The four charts (title and picture), each left out when it has nothing to draw."""
    charts = [
        ("chart-status", translate("chart_status", locale), status_bars(sheets, locale)),
        ("chart-language", translate("chart_language", locale),
         language_bars(sheets, locale)),
        ("chart-zero", translate("chart_zero", locale), zero_result_bars(searches)),
        ("chart-missing", translate("chart_missing", locale), missing_bars(sheets, locale)),
    ]
    return [{"id": chart_id, "title": title, "svg": bar_chart(bars, title, chart_id)}
            for chart_id, title, bars in charts if bars]
