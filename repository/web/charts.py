"""Pictures drawn on the server as SVG: the map of Europe and the start-year timeline.

Pure functions from counts to markup. Each shape that filters is a plain link (the same
URL as its checkbox or facet link), so the pictures work without JavaScript, and carry
their count as text (`aria-label`, `<title>`) for screen readers. Shapes come from
`static/europe-map.json` (Natural Earth via world-atlas, built by scripts/build_map.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from math import ceil, cos, radians, sin, sqrt
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from repository.places import gazetteer_name
from repository.text import fold

MAP_ASSET = Path(__file__).parent / "static" / "europe-map.json"
# ColorBrewer "Blues" (sequential, colour-blind safe); every shape also has a dark
# border (#5f6b7a, 5.3:1 on white), so no class relies on its fill alone
PALETTE = ("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
EMPTY = "#f1f3f6"


@dataclass(frozen=True)
class Mark:
    """One country or year: what it says, how many, whether chosen, where it leads."""

    key: str
    label: str  # the full accessible text, e.g. "France: 12 practices"
    count: int
    selected: bool
    url: str


@dataclass(frozen=True)
class LegendStep:
    colour: str
    text: str


@lru_cache(maxsize=1)
def europe() -> dict[str, Any]:
    """The map asset: frame size, projection and a path per ISO 3166-1 alpha-2 code."""
    data: dict[str, Any] = json.loads(MAP_ASSET.read_text(encoding="utf-8"))
    return data


def steps(counts: list[int], classes: int = len(PALETTE)) -> list[int]:
    """Upper bounds of up to `classes` equal count bands from 1 to the largest count."""
    top = max(counts, default=0)
    if top <= 0:
        return []
    width = max(1, ceil(top / classes))
    return sorted({min(top, width * (i + 1)) for i in range(classes)})


def colour(count: int, bounds: list[int]) -> str:
    """The fill of a count: empty for none, else the band it falls in."""
    if count <= 0 or not bounds:
        return EMPTY
    for index, bound in enumerate(bounds):
        if count <= bound:
            return PALETTE[index + len(PALETTE) - len(bounds)]
    return PALETTE[-1]


def legend(bounds: list[int], none_text: str) -> list[LegendStep]:
    """The colour bands as text: "1–3", "4–6" …, and the colour of none."""
    out = [LegendStep(EMPTY, none_text)]
    low = 1
    for bound in bounds:
        text = str(bound) if low == bound else f"{low}–{bound}"
        out.append(LegendStep(colour(bound, bounds), text))
        low = bound + 1
    return out


def city_point(city: str, country: str) -> tuple[float, float] | None:
    """A city's (lon, lat) from the asset's points for the gazetteer's cities, or None."""
    name = gazetteer_name(city, country)
    point = europe().get("cities", {}).get(f"{country}:{fold(name)}") if name else None
    return (point[0], point[1]) if point else None


def project(lon: float, lat: float) -> tuple[float, float]:
    """A longitude/latitude in the map's frame (the asset's Lambert equal-area)."""
    p = europe()["projection"]
    lam, phi, phi0 = radians(lon - p["lon0"]), radians(lat), radians(p["lat0"])
    k = sqrt(2 / (1 + sin(phi0) * sin(phi) + cos(phi0) * cos(phi) * cos(lam)))
    x = k * cos(phi) * sin(lam)
    y = -k * (cos(phi0) * sin(phi) - sin(phi0) * cos(phi) * cos(lam))
    return (x - p["x0"]) * p["scale"], (y - p["y0"]) * p["scale"]


def map_svg(marks: list[Mark], title: str, bounds: list[int], svg_id: str = "map") -> Markup:
    """Every country of the frame; those with a mark shaded by count and linked."""
    asset = europe()
    by_code = {m.key: m for m in marks}
    plain, linked, chosen = [], [], []
    for code, shape in asset["countries"].items():
        mark = by_code.get(code)
        if mark is None:
            plain.append(f'<path d="{shape["d"]}" fill="{EMPTY}"/>')
            continue
        link = (f'<a href="{escape(mark.url)}" aria-label="{escape(mark.label)}"'
                f' data-country="{code}"><path d="{shape["d"]}"'
                f' fill="{colour(mark.count, bounds)}"><title>{escape(mark.label)}</title>'
                f"</path></a>")
        (chosen if mark.selected else linked).append(
            link.replace("<a ", '<a class="selected" ', 1) if mark.selected else link)
    return Markup(
        f'<svg id="{svg_id}" class="map" viewBox="0 0 {asset["width"]} {asset["height"]}"'
        f' role="group" aria-labelledby="{svg_id}-title" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{svg_id}-title">{escape(title)}</title>'
        + "".join(plain) + "".join(linked) + "".join(chosen) + "</svg>")


def locator_svg(code: str, title: str, dot: tuple[float, float] | None = None,
                margin: float = 0.6) -> Markup:
    """A small map framed on one country (its neighbours faint), a dot at `dot` (lon, lat)."""
    asset = europe()
    shape = asset["countries"].get(code)
    if shape is None:
        return Markup("")
    x0, y0, x1, y1 = shape["box"]
    side = max(x1 - x0, y1 - y0, 24) * (1 + margin)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    view = f"{cx - side / 2:.1f} {cy - side / 2:.1f} {side:.1f} {side:.1f}"
    parts = [f'<path d="{s["d"]}" fill="{EMPTY}"/>' for c, s in asset["countries"].items()
             if c != code]
    parts.append(f'<path class="here" d="{shape["d"]}" fill="{PALETTE[1]}"/>')
    if dot is not None:
        x, y = project(*dot)
        parts.append(f'<circle class="city" cx="{x:.1f}" cy="{y:.1f}" r="{side / 40:.2f}"/>')
    return Markup(
        f'<svg class="locator" viewBox="{view}" role="img" aria-label="{escape(title)}"'
        f' xmlns="http://www.w3.org/2000/svg" width="160" height="160">'
        f"<title>{escape(title)}</title>" + "".join(parts) + "</svg>")


def timeline_svg(marks: list[Mark], title: str, base_url: str,
                 width: int = 320, height: int = 96) -> Markup:
    """A bar per year from the first to the last start year; each bar links to that year.

    `marks` are years (key = "2015"); years between them without practices get an empty
    slot so the axis is even. `base_url` is the search without a year range: the page's
    script adds year_min/year_max to it when a range is dragged."""
    if not marks:
        return Markup("")
    by_year = {int(m.key): m for m in marks}
    first, last = min(by_year), max(by_year)
    years = list(range(first, last + 1))
    top = max(m.count for m in marks) or 1
    axis = 16
    slot = width / len(years)
    bars = []
    for index, year in enumerate(years):
        mark = by_year.get(year)
        if mark is None:
            continue
        h = max(2.0, (height - axis - 4) * mark.count / top)
        x = index * slot
        fill = PALETTE[4] if mark.selected else PALETTE[3]
        chosen = ' class="selected"' if mark.selected else ""
        bars.append(
            f'<a href="{escape(mark.url)}" aria-label="{escape(mark.label)}"'
            f' data-year="{year}"{chosen}>'
            f'<rect x="{x:.1f}" y="0" width="{slot:.1f}" height="{height - axis}"'
            f' fill="transparent"/>'
            f'<rect class="bar" x="{x + slot * 0.1:.1f}" y="{height - axis - h:.1f}"'
            f' width="{max(1.0, slot * 0.8):.1f}" height="{h:.1f}" fill="{fill}">'
            f"<title>{escape(mark.label)}</title></rect></a>")
    # a year label is about 24 units wide: ticks every 5, 10 or 25 years, none too close
    # to the end labels (anchored at the edges)
    every = next((n for n in (5, 10, 25) if n * slot >= 28), 50)
    clear = 38 / slot
    ticks = sorted({first, last} | {y for y in years if y % every == 0 and
                                     first + clear < y + 0.5 < last + 1 - clear})
    labels = []
    for year in ticks:
        x, anchor = (year - first + 0.5) * slot, "middle"
        if year == first:
            x, anchor = 0, "start"
        elif year == last:
            x, anchor = width, "end"
        labels.append(f'<text x="{x:.1f}" y="{height - 3}" text-anchor="{anchor}">{year}</text>')
    return Markup(
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="group"'
        f' aria-labelledby="timeline-title" data-base="{escape(base_url)}"'
        f' xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">{escape(title)}'
        f"</title>" + "".join(bars)
        + f'<g aria-hidden="true">{"".join(labels)}</g></svg>')


@dataclass(frozen=True)
class Bar:
    """One bar of a horizontal bar chart."""

    label: str
    value: int


def bar_chart(bars: list[Bar], title: str, chart_id: str, width: int = 360,
              label_width: int = 130, row: int = 20) -> Markup:
    """Labelled horizontal bars with their values written beside them.

    An image (role="img") whose title names it and whose description lists every
    "label: value", so a screen reader gets the numbers the bars draw."""
    if not bars:
        return Markup("")
    top = max(b.value for b in bars) or 1
    room = width - label_width - 40
    height = row * len(bars) + 4
    parts = []
    for index, bar in enumerate(bars):
        y = index * row + 2
        length = max(1.0, room * bar.value / top) if bar.value else 0.0
        short = bar.label if len(bar.label) <= 18 else bar.label[:17].rstrip() + "…"
        parts.append(
            f'<text x="{label_width - 6}" y="{y + row * 0.68:.1f}" text-anchor="end">'
            f"{escape(short)}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 6}"'
            f' fill="{PALETTE[3]}"/>'
            f'<text x="{label_width + length + 4:.1f}" y="{y + row * 0.68:.1f}">'
            f"{bar.value}</text>")
    desc = "; ".join(f"{b.label}: {b.value}" for b in bars)
    return Markup(
        f'<svg class="bars" viewBox="0 0 {width} {height}" role="img"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc"'
        f' xmlns="http://www.w3.org/2000/svg"><title id="{chart_id}-title">{escape(title)}'
        f'</title><desc id="{chart_id}-desc">{escape(desc)}</desc>' + "".join(parts)
        + "</svg>")
