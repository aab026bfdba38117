"""Durations → start, end, ongoing."""

from __future__ import annotations

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.dates import dates_in_text, parse_duration
from repository.model import YearMonth
from repository.text import LANGUAGES


def ym(year: int, month: int | None = None) -> YearMonth:
    return YearMonth(year=year, month=month)


@pytest.mark.parametrize(
    ("text", "start", "end", "ongoing"),
    [
        ("September 2020 – August 2024", ym(2020, 9), ym(2024, 8), False),
        ("2019-2022", ym(2019), ym(2022), False),
        ("2019–22", ym(2019), ym(2022), False),
        ("depuis 2017", ym(2017), None, True),
        ("36 meses (enero 2021 – diciembre 2023)", ym(2021, 1), ym(2023, 12), False),
        ("seit 2015", ym(2015), None, True),
        ("desde 2001", ym(2001), None, True),
        ("sinds 2011", ym(2011), None, True),
        ("dal 2015", ym(2015), None, True),
        ("since March 2018", ym(2018, 3), None, True),
        ("Seit März 2015", ym(2015, 3), None, True),
        ("until 2022", None, ym(2022), False),
        ("03/2018 – 12/2020", ym(2018, 3), ym(2020, 12), False),
        ("January – June 2021", ym(2021, 1), ym(2021, 6), False),
        ("de janeiro de 2020 a dezembro de 2022", ym(2020, 1), ym(2022, 12), False),
        ("von Mai 2016 bis Dezember 2019", ym(2016, 5), ym(2019, 12), False),
        ("september 2020 – augustus 2024", ym(2020, 9), ym(2024, 8), False),
        ("2016", ym(2016), None, None),
        ("no dates here", None, None, None),
        ("en cours", None, None, True),
    ],
)
def test_examples(text: str, start: YearMonth | None, end: YearMonth | None,
                  ongoing: bool | None) -> None:
    assert parse_duration(text) == (start, end, ongoing)


def test_dates_in_running_text() -> None:
    assert dates_in_text("Depuis 2012, la ville organise des rondes.") == (ym(2012), None, True)
    assert dates_in_text("The project, launched in 2016, grew.") == (ym(2016), None, None)
    assert dates_in_text("Nothing dated.") == (None, None, None)


def month_name(lang: str, month: int) -> str:
    return str(Locale.parse(lang).months["format"]["wide"][month])


YEARS = st.integers(min_value=1960, max_value=2060)  # the parser reads 1950–2099


@given(st.sampled_from(LANGUAGES), YEARS, st.integers(1, 12), st.integers(0, 10),
       st.integers(1, 12), st.sampled_from([" – ", " - ", " — ", " to ", " / "]))
def test_month_year_ranges_in_every_language(lang: str, year: int, m1: int, span: int,
                                             m2: int, dash: str) -> None:
    end_year = year + span
    if (end_year, m2) < (year, m1):
        end_year += 1
    text = f"{month_name(lang, m1)} {year}{dash}{month_name(lang, m2)} {end_year}"
    assert parse_duration(text) == (ym(year, m1), ym(end_year, m2), False)


@given(YEARS, st.integers(0, 30))
def test_year_ranges(year: int, span: int) -> None:
    assert parse_duration(f"{year}-{year + span}") == (ym(year), ym(year + span), False)


@given(st.sampled_from(["since", "depuis", "seit", "desde", "sinds", "dal", "from"]), YEARS)
def test_since_is_ongoing(cue: str, year: int) -> None:
    assert parse_duration(f"{cue} {year}") == (ym(year), None, True)


@given(st.text(max_size=200))
def test_never_raises_and_start_precedes_end(text: str) -> None:
    start, end, ongoing = parse_duration(text)
    if start and end:
        assert (start.year, start.month or 1) <= (end.year, end.month or 12)
        assert ongoing is False
