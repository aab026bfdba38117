"""The start year on unseen layouts: a web page's meta line of duration, and the learned
ranker of the years a sheet names (chosen with REPOSITORY_START_INFERENCE=learned)."""

from __future__ import annotations

from pathlib import Path

import pytest

from repository.ingest.extract import extract
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.normalise.start_year import find_start, start_in_sentence

# the reader drops a `<p class="meta">` line of a page like this one (as trafilatura does)
PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Sheet</title></head>
<body><header><div class="logo">Network of cities</div>
<nav><a href="/">Home</a> · <a href="/list">All sheets</a></nav></header>
<main><h1>{title}</h1>
<p class="meta">{meta}</p>
<p>{text}</p>
<h2>Context</h2><p>Unemployment, poor housing and insecurity came together in the southern
districts on a scale seen nowhere else in the country, and residents asked the council to act.</p>
<h2>Activities</h2><p>Youth workers walk the centre on Friday and Saturday nights and talk with
groups of teenagers about safety, school and work; the police and the schools join them.</p>
</main><footer>Network of cities · Legal notice · Privacy</footer></body></html>"""


@pytest.mark.parametrize(
    ("lang", "meta", "start", "end"),
    [
        ("nl", "Stad: Utrecht – Land: Nederland – Looptijd: 2011 tot 2031", 2011, 2031),
        ("de", "Stadt: Linz – Land: Österreich – Laufzeit: 2015 bis 2019", 2015, 2019),
        ("fr", "Ville : Namur | Pays : Belgique | Durée : 2016-2020", 2016, 2020),
        ("en", "City: Dundee · Country: Scotland · Duration: 2012–2018", 2012, 2018),
        ("es", "Ciudad: Bilbao | País: España | Duración: 2014-2017", 2014, 2017),
        ("it", "Città: Trento · Paese: Italia · Durata: 2013-2016", 2013, 2016),
        ("pt", "Cidade: Coimbra | País: Portugal | Duração: 2010-2015", 2010, 2015),
    ],
)
def test_a_duration_in_a_web_page_meta_line_gives_start_and_end(
        tmp_path: Path, lang: str, meta: str, start: int, end: int) -> None:
    text = ("The programme runs since 2012 in the southern districts and was reviewed in "
            "2022 by a former minister.")
    page = PAGE.format(lang=lang, title="Street work with young people at night", meta=meta,
                       text=text)
    path = tmp_path / "sheet.html"
    path.write_text(page, encoding="utf-8")
    practice = extract(read_raw_sheet(str(path), path.read_bytes())).practice
    assert practice.start is not None and practice.start.year == start
    assert practice.end is not None and practice.end.year == end


MONTH_RANGES = [
    ("Officers walked the beats from March to September 2009.", 2009),
    ("Les médiateurs ont travaillé de mars à septembre 2011 dans trois quartiers.", 2011),
    ("Bogotá (Colombia) · febrero a octubre de 2016", 2016),
    ("Il servizio è stato sperimentato da marzo a settembre 2012 in due quartieri.", 2012),
    ("Die Streifen liefen von März bis September 2014 in der Altstadt.", 2014),
    ("As patrulhas decorreram de março a setembro de 2015 no centro.", 2015),
    ("De buurtvaders liepen van maart tot september 2013 in de wijk.", 2013),
]


@pytest.mark.parametrize(("sentence", "year"), MONTH_RANGES)
def test_a_range_of_months_in_a_year_is_a_guessed_start(sentence: str, year: int) -> None:
    found = find_start([[sentence]])
    assert found is not None and found.guessed and found.start.year == year


@pytest.mark.parametrize(("sentence", "year"), [
    ("L'obligation s'applique depuis le 1er octobre 2007.", 2007),
    ("The service has run since 1st March 2012.", 2012),
    ("Die Stelle ist seit dem 1. Januar 2016 besetzt.", 2016),
])
def test_since_a_day_written_as_an_ordinal_dates_the_start(sentence: str, year: int) -> None:
    found = start_in_sentence(sentence)
    assert found is not None and found.start.year == year and found.ongoing is True
