"""The start year on unseen layouts — a web page's meta line of duration, a range of
months, "since" an ordinal day — and the learned ranker of the years a sheet names
(REPOSITORY_START_INFERENCE=learned, the default; `rules` keeps the rules alone)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repository.config import Settings
from repository.ingest.extract import extract
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.normalise.facts import Facts, learned_start
from repository.ingest.normalise.start_model import (
    FEATURES,
    NONE_FEATURES,
    WEIGHTS,
    StartInputs,
    StartModel,
    bundled_model,
    candidates,
)
from repository.ingest.normalise.start_year import find_start, start_in_sentence
from repository.ingest.raw import RawSection, RawSheet
from repository.model import YearMonth

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


# "set up in 2005" with other years around it: a law before, an extension and a report after
SET_UP = [
    ("en", "Night patrols in the old town",
     "After the Licensing Act 2003 changed opening hours, the council set up the night "
     "patrols in 2005. They were extended to the harbour in 2011.",
     "A report in 2018 counted 40 % fewer assaults."),
    ("fr", "Patrouilles de nuit dans la vieille ville",
     "Après la loi de 2003 sur les horaires d'ouverture, la ville a créé les patrouilles de "
     "nuit en 2005. Elles ont été étendues au port en 2011.",
     "Un rapport de 2018 a compté 40 % d'agressions en moins."),
    ("es", "Patrullas nocturnas en el casco antiguo",
     "Tras la ley de 2003 sobre horarios, el Ayuntamiento puso en marcha las patrullas "
     "nocturnas en 2005. En 2011 se ampliaron al puerto.",
     "Un informe de 2018 contó un 40 % menos de agresiones."),
    ("it", "Pattuglie notturne nel centro storico",
     "Dopo la legge del 2003 sugli orari, il Comune ha istituito le pattuglie notturne nel "
     "2005. Nel 2011 sono state estese al porto.",
     "Un rapporto del 2018 ha contato il 40 % di aggressioni in meno."),
    ("de", "Nachtstreifen in der Altstadt",
     "Nach dem Gesetz von 2003 über die Öffnungszeiten hat die Stadt die Nachtstreifen 2005 "
     "eingerichtet. 2011 wurden sie auf den Hafen ausgeweitet.",
     "Ein Bericht von 2018 zählte 40 % weniger Angriffe."),
    ("pt", "Patrulhas noturnas no centro histórico",
     "Depois da lei de 2003 sobre horários, a Câmara criou as patrulhas noturnas em 2005. "
     "Em 2011 foram alargadas ao porto.",
     "Um relatório de 2018 contou menos 40 % de agressões."),
    ("nl", "Nachtpatrouilles in de binnenstad",
     "Na de wet van 2003 over openingstijden heeft de gemeente de nachtpatrouilles in 2005 "
     "opgericht. In 2011 werden ze uitgebreid naar de haven.",
     "Een rapport uit 2018 telde 40 % minder geweld."),
]


def _sheet(title: str, activities: str, results: str) -> RawSheet:
    return RawSheet(file="sheet.md", format="md", title=title, metadata={},
                    preamble="A practice of the city's safety department.",
                    sections=[RawSection("Activities", activities),
                              RawSection("Results", results)])


@pytest.mark.parametrize(("lang", "title", "activities", "results"), SET_UP)
@pytest.mark.parametrize("inference", ["learned", "rules"])
def test_set_up_in_2005_is_the_start_among_other_years(
        lang: str, title: str, activities: str, results: str, inference: str) -> None:
    extraction = extract(_sheet(title, activities, results), start_inference=inference)
    assert extraction.practice.start is not None, lang
    assert extraction.practice.start.year == 2005, lang
    origin = extraction.practice.provenance["start"]
    assert origin.source == "prose" and 0.0 < origin.confidence <= 1.0


def test_the_bundled_weights_load_and_read_as_they_were_written() -> None:
    model = bundled_model()
    assert model is not None
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["features"] == list(FEATURES) and data["none_features"] == list(NONE_FEATURES)
    again = StartModel.from_json(model.to_json())
    assert np.allclose(again.coef, model.coef) and again.margin == model.margin
    assert 0.0 <= model.margin <= 1.0 and 0.0 < model.confident < 1.0


def test_the_setting_chooses_the_rules_or_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().start_inference == "learned"
    monkeypatch.setenv("REPOSITORY_START_INFERENCE", "rules")
    assert Settings().start_inference == "rules"


def _inputs(text: str, rule_year: int | None) -> StartInputs:
    return StartInputs("A practice", (("summary", ""), ("activities", text)), "practice",
                       rule_year, "prose" if rule_year else None, False)


def test_a_start_the_model_is_not_sure_of_is_flagged_with_its_low_confidence() -> None:
    text = "Work began in 2004, the office opened in 2006 and the team grew in 2009."
    inputs = _inputs(text, 2006)
    found = candidates(inputs)
    assert [c.year for c in found] == [2004, 2006, 2009]
    flat = StartModel(np.zeros(len(FEATURES)), np.ones(len(FEATURES)),
                      np.zeros(len(FEATURES)), np.zeros(len(NONE_FEATURES)), 0.5, 0.45)
    facts, warnings = Facts(start=YearMonth(year=2006)), []  # what the rules found
    assert learned_start(facts, inputs, warnings, flat)
    assert facts.start == YearMonth(year=2006)  # no year beats the rules' by the margin
    assert facts.origins["start"].confidence == 0.25  # four choices, none preferred
    assert warnings == ["start year guessed from the text: 2006 — check"]


def test_where_the_rules_find_no_start_the_model_adds_none() -> None:
    inputs = _inputs("The association was registered in 1998 and moved in 2012.", None)
    model = bundled_model()
    assert model is not None and model.choose(inputs, candidates(inputs)) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc éà19207–-/.,:;()\n")), max_size=300),
       st.one_of(st.none(), st.integers(1800, 2099)),
       st.sampled_from(["practice", "fact_sheet", "id_sheet"]))
def test_ranking_any_text_never_raises(text: str, rule_year: int | None, kind: str) -> None:
    inputs = StartInputs(text[:40], (("summary", text[:80]), ("context", text),
                                     (None, text[::-1])), kind, rule_year, "prose", False)
    found = candidates(inputs)
    assert all(c.row.shape == (len(FEATURES),) and np.isfinite(c.row).all() for c in found)
    model = bundled_model()
    assert model is not None
    chosen = model.choose(inputs, found)
    assert chosen is None or (chosen[0] in found and 0.0 <= chosen[1] <= 1.0)
