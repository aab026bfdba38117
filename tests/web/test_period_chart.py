"""Counts over time: dates bucketed into calendar periods (at most 24), stacked columns."""

from __future__ import annotations

from datetime import date
from xml.etree import ElementTree

from hypothesis import given
from hypothesis import strategies as st

from repository.web.period_chart import (
    MOST,
    Series,
    bucket,
    period_label,
    period_step,
    stacked_columns,
)

SVG = "{http://www.w3.org/2000/svg}"


def quarter(year: int, q: int) -> str:
    return f"{year}/Q{q}"


def test_months_then_quarters_then_years_then_spans_of_years() -> None:
    assert period_step(date(2024, 1, 1), date(2025, 12, 31)) == 1  # 24 months
    assert period_step(date(2024, 1, 1), date(2026, 1, 1)) == 3  # 25 months: 9 quarters
    assert period_step(date(2020, 1, 1), date(2025, 12, 1)) == 3  # 24 quarters
    assert period_step(date(2020, 1, 1), date(2026, 1, 1)) == 12
    assert period_step(date(1990, 6, 1), date(2026, 1, 1)) == 24  # 37 years → 2-year spans
    assert period_step(date(1900, 1, 1), date(2026, 1, 1)) == 120  # 127 years: ten-year spans


def test_counts_land_in_their_period_and_series() -> None:
    timeline = bucket([(date(2026, 1, 31), "fr"), (date(2026, 3, 1), "fr"),
                       (date(2026, 3, 31), "de"), (date(2026, 1, 1), "fr")])
    assert timeline is not None and timeline.step == 1 and timeline.length == 3
    assert timeline.counts == {"fr": [2, 0, 1], "de": [0, 0, 1]}
    assert [period_label(timeline.first + i, 1, quarter) for i in range(3)] == [
        "2026-01", "2026-02", "2026-03"]
    quarters = bucket([(date(2023, 12, 31), "en"), (date(2024, 1, 1), "en"),
                       (date(2026, 2, 1), "nl")])
    assert quarters is not None and quarters.step == 3
    assert quarters.counts["en"][:2] == [1, 1] and quarters.counts["nl"][-1] == 1
    assert period_label(quarters.first, 3, quarter) == "2023/Q4"
    assert period_label(quarters.first + quarters.length - 1, 3, quarter) == "2026/Q1"
    assert period_label(2020 // 5, 60, quarter) == "2020–2024"
    assert period_label(2019, 12, quarter) == "2019"
    assert bucket([]) is None


@given(st.lists(st.tuples(st.dates(date(1800, 1, 1), date(2100, 12, 31)),
                          st.sampled_from(["en", "fr", "?"])), min_size=1, max_size=40))
def test_every_dated_item_is_counted_once_in_a_period_that_holds_its_date(
        dated: list[tuple[date, str]]) -> None:
    timeline = bucket(dated)
    assert timeline is not None and 1 <= timeline.length <= MOST
    assert sum(map(sum, timeline.counts.values())) == len(dated)
    for series in {s for _, s in dated}:
        assert sum(timeline.counts[series]) == sum(1 for _, s in dated if s == series)
    for day, series in dated:
        index = (day.year * 12 + day.month - 1) // timeline.step - timeline.first
        assert timeline.counts[series][index] > 0
    # the periods are as short as they can be: one step shorter would need more than MOST
    days = [d for d, _ in dated]
    months = (max(days).year - min(days).year) * 12 + max(days).month - min(days).month
    if timeline.step > 1:
        assert months + 1 > MOST


def test_stacked_columns_are_an_image_whose_description_holds_every_number() -> None:
    series = [Series("Français", "#E69F00", [2, 0, 1]), Series("Deutsch", "#56B4E9", [0, 0, 3])]
    svg = stacked_columns(["2026-01", "2026-02", "2026-03"], series, "Added & more",
                          "2026-01: Français 2; 2026-02: 0; 2026-03: Français 1, Deutsch 3.",
                          "c9", note="2 left out.")
    root = ElementTree.fromstring(str(svg))
    assert root.get("role") == "img" and root.get("aria-labelledby") == "c9-title c9-desc"
    assert root.find(f"{SVG}title").text == "Added & more"
    assert root.find(f"{SVG}desc").text == (
        "2026-01: Français 2; 2026-02: 0; 2026-03: Français 1, Deutsch 3. 2 left out.")
    columns = [r for r in root.iter(f"{SVG}rect") if r.get("class") != "swatch"]
    heights = {(r.find(f"{SVG}title").text, float(r.get("height"))) for r in columns}
    tallest = dict(heights)["2026-03 · Deutsch: 3"]
    assert dict(heights)["2026-01 · Français: 2"] == tallest * 2 / 3
    assert len(columns) == 3  # nothing drawn for a zero
    swatches = [r.get("fill") for r in root.iter(f"{SVG}rect") if r.get("class") == "swatch"]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert swatches == ["#E69F00", "#56B4E9"] and {"Français", "Deutsch"} <= set(texts)
    assert {"2026-01", "2026-03", "4", "2 left out."} <= set(texts)  # 4: the largest total
    assert stacked_columns([], series, "t", "d", "c") == ""
