"""The dashboard's charts: sheets by status and language, sheets added over time by
language, searches that found nothing, the fields extraction most often left empty."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from markupsafe import Markup

from repository.labels import LOCALES, label
from repository.text import fold
from repository.web.charts import Bar, bar_chart
from repository.web.i18n import translate
from repository.web.period_chart import OKABE_ITO, Series, bucket, period_label, stacked_columns
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


def added_on(sheet: dict[str, Any]) -> date | None:
    """When a sheet was added: its workspace row's creation, else its source's ingest."""
    source = (sheet.get("record") or {}).get("source") or {}
    for stamp in (sheet.get("created_at"), source.get("ingested_at")):
        try:
            return date.fromisoformat(str(stamp)[:10])
        except ValueError:
            continue
    return None


def added_chart(sheets: list[dict[str, Any]], title: str, chart_id: str,
                locale: str) -> Markup:
    """Sheets not deleted added per period, stacked by language; those without a date
    are left out, and the chart says how many."""
    live = [s for s in sheets if s["status"] != "deleted"]
    dated = [(day, (s.get("record") or {}).get("language") or "?")
             for s in live if (day := added_on(s)) is not None]
    timeline = bucket(dated)
    if timeline is None:
        return Markup("")
    order = {code: i for i, code in enumerate(LOCALES)}
    codes = sorted(timeline.counts, key=lambda c: (c == "?", order.get(c, len(order)), c))
    series = [Series(label("language", c, locale) if c != "?" else "?",
                     OKABE_ITO[order.get(c, len(OKABE_ITO) - 1)], timeline.counts[c])
              for c in codes]
    columns = [period_label(timeline.first + i, timeline.step,
                            lambda y, q: translate("chart_quarter", locale, year=y, quarter=q))
               for i in range(timeline.length)]
    desc = "; ".join(
        translate("pair", locale, label=name, value=", ".join(
            f"{s.label} {s.values[i]}" for s in series if s.values[i]) or "0")
        for i, name in enumerate(columns))
    undated = len(live) - len(dated)
    note = translate("chart_added_undated", locale, n=undated) if undated else ""
    return stacked_columns(columns, series, title, desc + ".", chart_id, note)


def dashboard_charts(sheets: list[dict[str, Any]], searches: list[dict[str, Any]],
                     locale: str) -> list[dict[str, Any]]:
    """The five charts (title and picture), each left out when it has nothing to draw."""
    def drawn(chart_id: str, title: str, bars: list[Bar]) -> tuple[str, str, Markup]:
        return chart_id, title, bar_chart(bars, title, chart_id)

    added = translate("chart_added", locale)
    charts = [
        drawn("chart-status", translate("chart_status", locale), status_bars(sheets, locale)),
        drawn("chart-language", translate("chart_language", locale),
              language_bars(sheets, locale)),
        ("chart-added", added, added_chart(sheets, added, "chart-added", locale)),
        drawn("chart-zero", translate("chart_zero", locale), zero_result_bars(searches)),
        drawn("chart-missing", translate("chart_missing", locale),
              missing_bars(sheets, locale)),
    ]
    return [{"id": chart_id, "title": title, "svg": svg}
            for chart_id, title, svg in charts if svg]
