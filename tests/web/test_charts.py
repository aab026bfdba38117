"""The SVG pictures: the map asset, colour bands, the map, timeline and locator markup."""

from __future__ import annotations

from xml.etree import ElementTree

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.web import charts
from repository.web.charts import Mark

SVG = "{http://www.w3.org/2000/svg}"
EU27 = ("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
        .split())


def _svg(markup: str) -> ElementTree.Element:
    return ElementTree.fromstring(str(markup))


def _links(root: ElementTree.Element) -> list[ElementTree.Element]:
    return list(root.iter(f"{SVG}a"))


def test_the_asset_is_small_and_keyed_by_alpha_2_codes() -> None:
    asset = charts.europe()
    assert charts.MAP_ASSET.stat().st_size < 60_000
    codes = set(asset["countries"])
    assert set(EU27) <= codes
    assert {"GB", "NO", "CH", "IS", "UA", "TR", "RS", "XK"} <= codes
    for code in codes - {"XK"}:
        assert pycountry.countries.get(alpha_2=code) is not None, code
    for shape in asset["countries"].values():
        x0, y0, x1, y1 = shape["box"]
        assert 0 <= x0 <= x1 <= asset["width"] and 0 <= y0 <= y1 <= asset["height"]
        assert shape["d"].startswith("M") and shape["d"].endswith("z")


def test_a_capital_projects_inside_its_country() -> None:
    for code, (lon, lat) in {"FR": (2.35, 48.86), "ES": (-3.70, 40.42), "FI": (24.94, 60.17),
                             "GR": (23.73, 37.98), "IE": (-6.26, 53.35)}.items():
        x0, y0, x1, y1 = charts.europe()["countries"][code]["box"]
        x, y = charts.project(lon, lat)
        assert x0 <= x <= x1 and y0 <= y <= y1, code


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=60))
def test_every_count_falls_in_exactly_one_legend_band(counts: list[int]) -> None:
    bounds = charts.steps(counts)
    bands = charts.legend(bounds, "none")[1:]
    assert len(bands) == len(bounds) <= len(charts.PALETTE)
    for count in counts:
        if count == 0:
            assert charts.colour(count, bounds) == charts.EMPTY
            continue
        low = 1
        hits = []
        for bound, band in zip(bounds, bands, strict=True):
            if low <= count <= bound:
                hits.append(band)
            low = bound + 1
        assert len(hits) == 1
        assert charts.colour(count, bounds) == hits[0].colour


def test_bands_darken_with_the_count() -> None:
    bounds = charts.steps([1, 3, 10])
    colours = [charts.colour(n, bounds) for n in range(1, 11)]
    ranks = [charts.PALETTE.index(c) for c in colours]
    assert ranks == sorted(ranks) and ranks[0] < ranks[-1]
    assert [s.text for s in charts.legend(bounds, "none")] == ["none", "1–2", "3–4", "5–6",
                                                              "7–8", "9–10"]


def test_the_map_links_only_marked_countries_and_draws_the_chosen_last() -> None:
    marks = [Mark("FR", "France: 12 practices", 12, True, "/?country=FR&q=a+%26+b"),
             Mark("ES", "Spain: 3 practices", 3, False, "/?country=ES&country=FR"),
             Mark("DE", "Germany: 1 practice", 1, False, "/?country=DE&country=FR")]
    root = _svg(charts.map_svg(marks, "Practices by country", charts.steps([12, 3, 1])))
    links = _links(root)
    assert [a.get("data-country") for a in links] == ["DE", "ES", "FR"]
    assert links[-1].get("class") == "selected"
    assert {a.get("href") for a in links} == {m.url for m in marks}
    for a in links:
        title = a.find(f"{SVG}path/{SVG}title")
        assert title is not None and title.text == a.get("aria-label")
    assert root.find(f"{SVG}title").text == "Practices by country"
    paths = list(root.iter(f"{SVG}path"))
    assert len(paths) == len(charts.europe()["countries"])
    fills = {a.get("data-country"): a.find(f"{SVG}path").get("fill") for a in links}
    assert fills["FR"] == charts.PALETTE[-1] and fills["DE"] != fills["FR"]


def test_a_country_outside_the_frame_is_not_drawn() -> None:
    root = _svg(charts.map_svg([Mark("BR", "Brazil: 2", 2, False, "/?country=BR")], "t", [2]))
    assert _links(root) == []


def test_the_timeline_has_a_bar_per_year_with_practices_and_evenly_spaced_gaps() -> None:
    marks = [Mark("2010", "2010: 2", 2, False, "/?year_min=2010&year_max=2010"),
             Mark("2014", "2014: 4", 4, True, "/?year_min=2014&year_max=2014")]
    root = _svg(charts.timeline_svg(marks, "Practices by start year", "/?q=x"))
    links = _links(root)
    assert [a.get("data-year") for a in links] == ["2010", "2014"]
    assert [a.get("href") for a in links] == [m.url for m in marks]
    assert root.get("data-base") == "/?q=x"
    bars = [a.find(f"{SVG}rect[@class='bar']") for a in links]
    heights = [float(b.get("height")) for b in bars]
    assert heights[1] == 2 * heights[0]
    slot = float(root.get("viewBox").split()[2]) / 5  # 2010…2014: five slots
    assert float(bars[1].get("x")) - float(bars[0].get("x")) == pytest.approx(4 * slot, abs=0.2)
    assert links[1].get("class") == "selected" and links[0].get("class") is None
    assert [t.text for t in root.iter(f"{SVG}text")] == ["2010", "2014"]


def test_no_years_no_timeline() -> None:
    assert charts.timeline_svg([], "t", "/") == ""


def test_the_locator_frames_its_country_and_puts_the_city_inside() -> None:
    root = _svg(charts.locator_svg("PT", "Where: Lisbon, Portugal", dot=(-9.14, 38.72)))
    x, y, w, h = map(float, root.get("viewBox").split())
    circle = root.find(f"{SVG}circle")
    assert x <= float(circle.get("cx")) <= x + w and y <= float(circle.get("cy")) <= y + h
    assert root.get("aria-label") == "Where: Lisbon, Portugal"
    assert root.find(f"{SVG}path[@class='here']") is not None
    assert charts.locator_svg("ZZ", "nowhere") == ""


def test_a_gazetteer_city_has_a_point_inside_its_country_whatever_its_name() -> None:
    for city, country in [("Lisbon", "PT"), ("Lissabon", "PT"), ("Liège", "BE"),
                          ("Luik", "BE"), ("Barcelona", "ES")]:
        point = charts.city_point(city, country)
        assert point is not None, city
        x0, y0, x1, y1 = charts.europe()["countries"][country]["box"]
        x, y = charts.project(*point)
        assert x0 <= x <= x1 and y0 <= y <= y1, city
    assert charts.city_point("Lisbon", "ES") is None  # not that country's city
    assert charts.city_point("Nowhereville", "FR") is None


@given(st.integers(min_value=1900, max_value=2030), st.integers(min_value=0, max_value=130))
def test_year_labels_never_overlap(first: int, span: int) -> None:
    marks = [Mark(str(y), str(y), 1, False, "/") for y in (first, first + span)]
    root = _svg(charts.timeline_svg(marks, "t", "/"))
    spans = []
    for text in root.iter(f"{SVG}text"):
        x, anchor = float(text.get("x")), text.get("text-anchor")
        spans.append({"start": (x, x + 24), "end": (x - 24, x)}.get(anchor, (x - 12, x + 12)))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans
