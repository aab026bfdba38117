"""Counts over time as stacked columns: dates bucketed into months, quarters, years or
spans of years (at most `MOST` periods), one coloured series per group, drawn as SVG.

Pure functions. A period is the index of its first month counted from year 0
(`year * 12 + month - 1`) divided by the period's length in months, so periods are
calendar-aligned (quarters start in January, April …; five-year spans in 2020, 2025 …).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import count

from markupsafe import Markup, escape

MOST = 24
# the Okabe–Ito palette (colour-blind safe); every swatch and column also has a border
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
             "#000000")
EDGE = "#1d2430"


@dataclass(frozen=True)
class Timeline:
    """Counts per period from the first dated item's period to the last's."""

    step: int  # months per period: 1, 3, 12 or a multiple of 12
    first: int  # index of the first period (month index // step)
    counts: dict[str, list[int]]  # series → a count per period, in period order

    @property
    def length(self) -> int:
        return len(next(iter(self.counts.values()), []))


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def period_step(first: date, last: date, most: int = MOST) -> int:
    """The shortest period length (in months) that covers first…last in at most `most`."""
    for n in count(0):
        years = (1, 2, 5)[n % 3] * 10 ** (n // 3)
        for step in ((1, 3, 12) if n == 0 else (12 * years,)):
            if _month(last) // step - _month(first) // step + 1 <= most:
                return step
    raise AssertionError("unreachable")  # pragma: no cover


def bucket(dated: list[tuple[date, str]], most: int = MOST) -> Timeline | None:
    """Count (date, series) pairs per period and series; None when there are none."""
    if not dated:
        return None
    days = [day for day, _ in dated]
    step = period_step(min(days), max(days), most)
    first = _month(min(days)) // step
    length = _month(max(days)) // step - first + 1
    counts: dict[str, list[int]] = {}
    for day, series in dated:
        counts.setdefault(series, [0] * length)[_month(day) // step - first] += 1
    return Timeline(step, first, counts)


def period_label(index: int, step: int, quarter: Callable[[int, int], str]) -> str:
    """A period's name: "2026-03", quarter(2026, 1), "2026" or "2020–2024"."""
    start = index * step
    year, month = divmod(start, 12)
    if step == 1:
        return f"{year}-{month + 1:02d}"
    if step == 3:
        return quarter(year, month // 3 + 1)
    if step == 12:
        return str(year)
    return f"{year}–{year + step // 12 - 1}"


@dataclass(frozen=True)
class Series:
    """One stacked series: its legend text, fill and a count per column."""

    label: str
    colour: str
    values: list[int]


def stacked_columns(columns: list[str], series: list[Series], title: str, desc: str,
                    chart_id: str, note: str = "", width: int = 360,
                    plot: int = 120) -> Markup:
    """A column per period, its series stacked bottom-up, with a legend drawn in SVG.

    An image (role="img") titled `title` whose description is `desc` (every number the
    columns draw) followed by `note`; the first and last periods (and some between) are
    named under the axis, the largest total beside it."""
    if not columns or not series:
        return Markup("")
    totals = [sum(s.values[i] for s in series) for i in range(len(columns))]
    top = max(totals) or 1
    left, axis = 28, 16
    slot = (width - left) / len(columns)
    parts = [f'<line x1="{left}" y1="{plot}" x2="{width}" y2="{plot}" stroke="{EDGE}"/>',
             f'<text x="{left - 4}" y="10" text-anchor="end">{top}</text>',
             f'<text x="{left - 4}" y="{plot}" text-anchor="end">0</text>']
    bar = min(28.0, max(1.0, slot * 0.76))
    for index, name in enumerate(columns):
        x, base = left + (index + 0.5) * slot - bar / 2, float(plot)
        for s in series:
            value = s.values[index]
            if not value:
                continue
            h = (plot - 4) * value / top
            base -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{base:.1f}"'
                f' width="{bar:.1f}" height="{h:.1f}" fill="{s.colour}"'
                f' stroke="{EDGE}" stroke-width="0.5"><title>{escape(name)} · '
                f"{escape(s.label)}: {value}</title></rect>")
    every = max(1, -(-len(columns) * 56 // (width - left)))
    for index in sorted({0, len(columns) - 1} | set(range(0, len(columns) - 1, every))):
        if 0 < index < len(columns) - 1 and len(columns) - 1 - index < every:
            continue  # too close to the last label
        x = left + (index + 0.5) * slot
        anchor = "middle"
        if index == 0 and len(columns) > 1:
            x, anchor = left, "start"
        elif index == len(columns) - 1 and len(columns) > 1:
            x, anchor = width, "end"
        parts.append(f'<text x="{x:.1f}" y="{plot + axis - 3}" text-anchor="{anchor}">'
                     f"{escape(columns[index])}</text>")
    per_row, y = 3, plot + axis + 8
    for index, s in enumerate(series):
        x = (index % per_row) * (width / per_row)
        row_y = y + (index // per_row) * 16
        parts.append(f'<rect class="swatch" x="{x:.1f}" y="{row_y}" width="10" height="10"'
                     f' fill="{s.colour}" stroke="{EDGE}" stroke-width="0.5"/>'
                     f'<text x="{x + 14:.1f}" y="{row_y + 9}">{escape(s.label)}</text>')
    height = y + (-(-len(series) // per_row)) * 16
    if note:
        parts.append(f'<text class="note" x="0" y="{height + 8}">{escape(note)}</text>')
        height += 14
    full = f"{desc} {note}".strip()
    return Markup(
        f'<svg class="bars columns" viewBox="0 0 {width} {height}" role="img"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc"'
        f' xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-title">{escape(title)}'
        f'</title><desc id="{chart_id}-desc">{escape(full)}</desc>' + "".join(parts)
        + "</svg>")
