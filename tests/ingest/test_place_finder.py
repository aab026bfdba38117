"""Places from keys, meta lines (web page furniture, DOCX tables), council forms and prose."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.extract import extract
from repository.ingest.furniture import read_raw_sheet
from repository.ingest.normalise.meta_lines import by_field, pairs_in_line
from repository.ingest.normalise.place_finder import find_place
from repository.ingest.raw import RawSection, RawSheet


def _sheet(preamble: str, title: str = "A practice", sections: tuple[tuple[str, str], ...] = (),
           metadata: dict | None = None) -> RawSheet:  # type: ignore[type-arg]
    return RawSheet(file="x.md", format="md", title=title, metadata=metadata or {},
                    preamble=preamble,
                    sections=[RawSection(h, t) for h, t in sections] or
                    [RawSection("Activities", "Weekly sessions with residents and partners.")])


PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Sheet</title></head>
<body><nav><a href="/">Home</a> | <a href="/list">All sheets</a></nav>
<main><article><h1>{title}</h1>
<div class="facts">{meta}</div>
<p>{text}</p>
<h2>{heading}</h2><p>{more}</p></article></main>
<footer>Network of cities · Legal notice · Privacy</footer></body></html>"""


@pytest.mark.parametrize(
    ("lang", "meta", "city", "country"),
    [
        ("de", "Stadt: Linz – Land: Österreich", "Linz", "AT"),
        ("fr", "Ville : Namur | Pays : Belgique", "Namur", "BE"),
        ("it", "Città: Trento · Paese: Italia", "Trento", "IT"),
        ("es", "Ciudad: Bilbao<br>País: España", "Bilbao", "ES"),
        ("pt", "Cidade: Coimbra | País: Portugal", "Coimbra", "PT"),
        ("nl", "Gemeente: Zwolle – Land: Nederland", "Zwolle", "NL"),
        ("en", "Location: Dundee · Country: Scotland", "Dundee", "GB"),
    ],
)
def test_a_meta_line_of_a_web_page_gives_city_and_country(
        tmp_path: Path, lang: str, meta: str, city: str, country: str) -> None:
    page = PAGE.format(lang=lang, title="Street work with young people at night", meta=meta,
                       text="Two youth workers walk the centre on Friday and Saturday nights "
                            "and talk with groups of teenagers about safety and school.",
                       heading="Partners", more="The youth service and the local police.")
    path = tmp_path / "sheet.html"
    path.write_text(page, encoding="utf-8")
    practice = extract(read_raw_sheet(str(path), path.read_bytes())).practice
    assert (practice.city, practice.country) == (city, country)
    assert practice.provenance["city"].source == "meta"


def test_a_field_value_table_of_a_word_file_gives_the_place(tmp_path: Path) -> None:
    document = Document()
    document.add_heading("Mentoring for young offenders", level=0)
    table = document.add_table(rows=2, cols=2)
    for row, (key, value) in zip(table.rows, [("Gemeinde", "Gemeinde Lustenau"),
                                              ("Staat", "Österreich")], strict=True):
        row.cells[0].text, row.cells[1].text = key, value
    document.add_paragraph("Volunteers meet young people once a week for a year.")
    buffer = io.BytesIO()
    document.save(buffer)
    practice = extract(read_raw_sheet("m.docx", buffer.getvalue())).practice
    assert (practice.city, practice.country) == ("Lustenau", "AT")
    assert practice.provenance["city"].source == "key"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        ("The scheme is run by Sheffield City Council with local churches.", "Sheffield", "GB"),
        ("Le projet est porté par la Ville de Mulhouse et ses partenaires.", "Mulhouse", "FR"),
        ("El Ayuntamiento de Gijón coordina el servicio con las asociaciones.", "Gijón", "ES"),
        ("Il Comune di Modena ha affidato il servizio a una cooperativa.", "Modena", "IT"),
        ("Die Landeshauptstadt Potsdam finanziert das Team seit dem Frühjahr.", "Potsdam", "DE"),
        ("A Câmara Municipal de Setúbal lidera o projeto com as escolas.", "Setúbal", "PT"),
        ("De gemeente Arnhem werkt samen met woningcorporaties.", "Arnhem", "NL"),
        ("Odense Kommune and the local police run the team together.", "Odense", "DK"),
    ],
)
def test_a_council_named_in_the_opening_gives_the_city(text: str, city: str, country: str
                                                       ) -> None:
    practice = extract(_sheet(text)).practice
    assert (practice.city, practice.country) == (city, country)


def test_a_city_placed_in_the_title_or_opening_beats_later_mentions() -> None:
    sheet = _sheet("In Leicester, volunteers staff a safe space on Saturday nights.",
                   title="A safe space for the night",
                   sections=(("Results", "The idea was presented at a conference in Madrid "
                                         "and copied in Bristol and Leeds."),))
    assert extract(sheet).practice.city == "Leicester"


@pytest.mark.parametrize(
    ("text", "city"),
    [
        # a neighbourhood, street, square or station named after another city
        ("Nel quartiere Barriera di Nizza, a Torino, il comune apre uno sportello.", "Torino"),
        ("En el barrio de Salamanca de Madrid los comercios forman una red.", "Madrid"),
        ("À Lyon, des médiateurs interviennent place de Paris chaque soir.", "Lyon"),
        ("In Berlin arbeiten Teams rund um die Frankfurter Allee und den Leipziger Platz.",
         "Berlin"),
        ("In Brussels, stewards patrol Rue de Namur at closing time.", "Brussels"),
        # a university's seat is not where the practice happens
        ("In Gent, de stad werkt met onderzoekers van de Universiteit Antwerpen.", "Gent"),
    ],
)
def test_a_city_inside_another_name_is_not_the_city(text: str, city: str) -> None:
    assert extract(_sheet(text)).practice.city == city


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Home Office's national training programme reaches teachers in every region.",
         "GB"),
        ("Le programme national du ministère de l'Intérieur couvre toute la France.", "FR"),
        ("El programa del Ministerio del Interior se aplica en toda España.", "ES"),
        ("Il programma nazionale del Ministero dell'Istruzione arriva in tutta Italia.", "IT"),
        ("Das Bundesministerium fördert das Programm landesweit in ganz Deutschland.", "DE"),
        ("O programa nacional do ministério português chega a todas as escolas.", "PT"),
        ("Het landelijke programma van het ministerie loopt in heel Nederland.", "NL"),
    ],
)
def test_a_national_programme_of_a_ministry_has_a_country_and_no_city(text: str, country: str
                                                                      ) -> None:
    sheet = _sheet(text, sections=(("Results", "Results were presented at a seminar in "
                                               "Lisbon, Madrid, Rome and Paris."),))
    practice = extract(sheet).practice
    assert practice.country == country
    assert practice.city is None


def test_several_cities_in_the_opening_give_no_city() -> None:
    practice = extract(_sheet("Teams in Lyon, Marseille and Lille exchange methods.")).practice
    assert practice.city is None and practice.country == "FR"


def test_a_city_guessed_from_later_text_is_a_warning() -> None:
    sheet = _sheet("Volunteers walk the estates at night.",
                   sections=(("Partners", "The Ayuntamiento de Cádiz funds the volunteers."),))
    result = extract(sheet)
    assert result.practice.city == "Cádiz"
    assert result.practice.provenance["city"].confidence < 0.7
    assert "city guessed from the text: Cádiz — check" in result.warnings


def test_fact_sheets_take_no_city_from_the_text() -> None:
    place = find_place(keys={}, meta={}, title="Night mayors in Europe",
                       lead="Amsterdam created the post; Paris and London followed.", body=[],
                       kind="fact_sheet")
    assert place.city is None


def test_a_city_key_that_names_no_single_city_gives_the_country_only() -> None:
    place = find_place(keys={"city": "Nationwide (England and Wales)"}, meta={}, title="T",
                       lead="", body=[], kind="practice")
    assert (place.city, place.country) == (None, "GB")
    place = find_place(keys={"city": "Helsinki, Tampere, Turku"}, meta={}, title="T", lead="",
                       body=[], kind="practice")
    assert (place.city, place.country) == (None, "FI")


_LABELS = [("Ville", "city"), ("Stadt", "city"), ("Città", "city"), ("Ciudad", "city"),
           ("Cidade", "city"), ("Gemeente", "city"), ("City", "city"), ("Pays", "country"),
           ("Land", "country"), ("Paese", "country"), ("País", "country"), ("Country", "country")]


@given(st.lists(st.sampled_from(_LABELS), min_size=1, max_size=3, unique_by=lambda x: x[1]),
       st.sampled_from([" – ", " | ", " · ", " — ", "\t", "   "]),
       st.sampled_from(["upper", "lower", "title", "bold"]))
def test_meta_line_pairs_in_any_layout(labels: list[tuple[str, str]], separator: str,
                                       style: str) -> None:
    def show(label: str) -> str:
        return {"upper": label.upper(), "lower": label.lower(), "title": label,
                "bold": f"**{label}:**"}[style]
    parts = [f"{show(label)} value{i}" if style == "bold" else f"{show(label)}: value{i}"
             for i, (label, _) in enumerate(labels)]
    fields = by_field(pairs_in_line(separator.join(parts)))
    assert fields == {name: f"value{i}" for i, (_, name) in enumerate(labels)}
