"""The UI in seven languages: every catalog complete, every template string translated,
every public page free of English left over, plurals and formats from CLDR."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import pytest
from fastapi.testclient import TestClient
from jinja2 import Environment, nodes
from lxml import html as lxml_html

from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.labels import LOCALES, cldr
from repository.model import (
    PROFILE_FIELDS,
    SECTION_FIELDS,
    Kind,
    OriginSource,
    Practice,
    Section,
    YearMonth,
)
from repository.search.embedder import Embedder
from repository.search.request import EVIDENCE_LEVELS
from repository.search.store import Store
from repository.web import errors, i18n, views
from repository.web.app import create_app
from repository.web.i18n import CATALOGS, catalog, translate
from repository.web.record_views import COMPARE_ROWS
from repository.web.staff.facts import fact_rows
from repository.web.staff.views import IMPORT_STATUSES, STATUSES
from repository.workspace.imports import CHOICES
from tests.conftest import ROOT, SHEETS
from tests.web.i18n_check import english_left_in_page

TEMPLATES = ROOT / "repository" / "web" / "templates"
PYTHON = ROOT / "repository" / "web"
# keys built from a value at run time: prefix → the values it is built from
FAMILIES = {
    "facet_": [*views.FACET_ORDER, "evaluated"], "mode_": ["hybrid", "keyword", "semantic"],
    "sort_": ["relevance", "newest", "title"],
    "section_": [*SECTION_FIELDS, *PROFILE_FIELDS],
    "row_": [row.removeprefix("row_") for row in COMPARE_ROWS],
    "fact_": ["kind", "place", "language", "years", "budget", "evaluation", "evidence",
              "domains", "project", "organisation", "partners", "funding", "targets"],
    "evidence_about_": list(EVIDENCE_LEVELS),  # what each level of the scale means
    "error_": [*map(str, errors.HEADLINES), "other", "details"], "status_": list(STATUSES),
    "dash_": list(STATUSES), "sheets_": [*STATUSES, "all", "title"],
    "role_": ["editor", "admin"], "evaluated_": ["true", "false"],
    "import_status_": list(IMPORT_STATUSES),
    "count_": ["records", "fact_sheets", "id_sheets", "resources"],  # counts.COUNT_KEYS
    "review_origin_": [*get_args(OriginSource), "none"],  # where a normalised fact came from
    "action_": ["ingest", "upload", "edit", "publish", "unpublish", "delete", "restore",
                "purge", "link", "duplicate", "user.add", "user.remove", "token.create",
                "token.revoke"],
    "field_": ["title", "summary", "city", "region", "project", "funding", "language",
               "partners", "target_groups", "kind", "country", "themes", "sections",
               *CHOICES],  # the review form's fields and a spreadsheet column's choices
}
# text a template may write itself: format names, symbols
LITERALS = {"CSV", "JSON", "×", "·", "…", ":", "–", "—"}


def _placeholders(entry: object) -> set[str]:
    texts = entry.values() if isinstance(entry, dict) else [entry]
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(str(text))
            if name}


# ---- the catalogs -----------------------------------------------------------------

def test_a_catalog_file_per_ui_language() -> None:
    assert sorted(p.stem for p in CATALOGS.glob("*.yaml")) == sorted(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_key_is_translated_with_the_same_placeholders(locale: str) -> None:
    english, ours = catalog("en"), catalog(locale)
    missing = sorted(set(english) - set(ours))
    extra = sorted(set(ours) - set(english))
    assert not missing, f"{locale}.yaml lacks {missing}"
    assert not extra, f"{locale}.yaml has keys en.yaml does not: {extra}"
    for key, entry in ours.items():
        texts = entry.values() if isinstance(entry, dict) else [entry]
        assert all(isinstance(t, str) and t.strip() for t in texts), (locale, key, entry)
        assert _placeholders(entry) == _placeholders(english[key]), (locale, key)
        if isinstance(entry, dict):
            assert {"one", "other"} <= set(entry), (locale, key)
            assert set(entry) <= set(cldr(locale).plural_form.tags) | {"other"}, (locale, key)
        elif isinstance(english[key], dict):
            pytest.fail(f"{locale}.yaml: {key} needs plural forms like en.yaml")


def test_a_missing_key_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check above is real: a catalog without one key fails it."""
    (tmp_path / "en.yaml").write_text("site: Practice Repository\nsearch: Search\n")
    (tmp_path / "it.yaml").write_text("site: Repertorio delle pratiche\n")
    monkeypatch.setattr(i18n, "CATALOGS", tmp_path)
    i18n.catalog.cache_clear()
    try:
        with pytest.raises(AssertionError, match=r"it.yaml lacks \[.search.\]"):
            test_every_key_is_translated_with_the_same_placeholders("it")
        assert translate("search", "it") == "Search", "at run time English stands in"
    finally:
        i18n.catalog.cache_clear()


def _referenced() -> set[str]:
    """Every key a template or a module of the web layer names literally."""
    keys: set[str] = set()
    for path in [*TEMPLATES.rglob("*.html"), *PYTHON.rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        keys.update(re.findall(r"""\b(?:t|translate)\(\s*["']([\w.]+)["']""", text))
    return keys


def _fact_keys() -> set[str]:
    """The keys the review page's fact rows carry as data (its template calls `t(f.label)`)."""
    keys = {"review_low_confidence"}  # a row's flag when extraction was unsure
    kinds = [Practice(id="x", title="x", language="en", kind=kind) for kind in get_args(Kind)]
    for row in (row for record in kinds for row in fact_rows(record, [])):
        keys |= {row.label, row.origin}
        for field in row.inputs:
            keys.add(field.label)
            keys |= {o.label for o in field.options if field.translate_options}
    return keys


def test_every_key_used_exists_and_every_key_is_used() -> None:
    english = set(catalog("en"))
    built = {prefix + value for prefix, values in FAMILIES.items() for value in values}
    built |= _fact_keys()
    assert built <= english, sorted(built - english)
    referenced = _referenced() - {"key"}  # `t("key")` in a docstring
    assert referenced <= english, sorted(referenced - english)
    unused = english - referenced - built
    assert not unused, f"keys no page uses: {sorted(unused)}"


# ---- templates never write UI text themselves ------------------------------------

def _template_text(source: str) -> list[str]:
    """The literal text and label attributes of a template, Jinja taken out."""
    out: list[str] = []
    env = Environment(autoescape=True)
    for data in env.parse(source).find_all(nodes.TemplateData):
        out.append(data.data)
    markup = re.sub(r"{[{%#].*?[}%#]}", " ", source, flags=re.S)
    root = lxml_html.fromstring(f"<div>{markup}</div>")
    for node in root.iter():
        if isinstance(node.tag, str):
            out.extend(node.get(a) or "" for a in ("aria-label", "title", "placeholder",
                                                   "alt"))
    text = " ".join(out)
    text = re.sub(r"<[^>]*>", " ", text)  # tags and their (non-label) attributes
    return [w for w in re.findall(r"[^\s<>]+", text) if re.search(r"[^\W\d_]", w)
            and w.strip(".,;()") not in LITERALS and not w.startswith("&")]


@pytest.mark.parametrize("template", sorted(TEMPLATES.rglob("*.html")),
                         ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_templates_write_no_text_of_their_own(template: Path) -> None:
    words = _template_text(template.read_text(encoding="utf-8"))
    assert not words, f"{template.name}: text outside t(): {words[:10]}"


def test_the_template_check_catches_a_bypassed_string() -> None:
    assert _template_text('<p>{{ t("ok") }} Delete</p>') == ["Delete"]
    assert _template_text('<button aria-label="Close">×</button>') == ["Close"]
    assert _template_text('<a href="/x.csv" download>CSV</a> {{ t("feed") }}') == []


# ---- formats and plurals ----------------------------------------------------------

@pytest.mark.parametrize(("locale", "one", "many"), [
    ("en", "1 practice", "1,234 practices"), ("fr", "1 pratique", "1 234 pratiques"),
    ("es", "1 práctica", "1.234 prácticas"), ("it", "1 pratica", "1.234 pratiche"),
    ("de", "1 Praxisbeispiel", "1.234 Praxisbeispiele"),
    ("pt", "1 prática", "1 234 práticas"), ("nl", "1 praktijk", "1.234 praktijken"),
])
def test_counts_have_plurals_and_the_locales_digits(locale: str, one: str, many: str) -> None:
    assert translate("count", locale, n=1) == one
    assert translate("count", locale, n=1234).replace("\u202f", " ").replace(
        "\xa0", " ") == many
    if locale == "fr":
        assert translate("count", "fr", n=1_000_000) == "1\u202f000\u202f000 de pratiques"


@pytest.mark.parametrize(("locale", "amount"), [
    ("en", "€12,500"), ("fr", "12\u202f500\xa0€"), ("de", "12.500\xa0€"),
    ("nl", "€\xa012.500"), ("pt", "12\xa0500\xa0€"),
])
def test_money_is_written_the_locales_way(locale: str, amount: str) -> None:
    assert views.money(12_500.4, locale) == amount


def test_dates_and_language_names_come_from_cldr() -> None:
    from datetime import date

    assert i18n.day(date(2025, 3, 4), "fr") == "4 mars 2025"
    assert i18n.day(date(2025, 3, 4), "nl") == "4 maart 2025"
    assert i18n.moment("2025-03-04T10:30:00+00:00", "de").startswith("04.03.25")
    assert i18n.day("not a date", "it") == "not a date"
    assert i18n.language_names() == {"en": "English", "fr": "Français", "es": "Español",
                                     "it": "Italiano", "de": "Deutsch", "pt": "Português",
                                     "nl": "Nederlands"}


# ---- every public page in every language ------------------------------------------

MARKDOWN = Practice(
    id="markdown-sheet", title="Stewards at the station", language="en", country="BE",
    city="Malines (Mechelen)", summary="**Stewards** greet night travellers.",
    themes=["public_spaces"], start=YearMonth(year=2019, month=3),
    objectives="- fewer incidents; - calmer platforms",
    sections=[Section(heading="Objectives", text="- fewer incidents; - calmer platforms",
                      field="objectives")])
NO_HEADINGS = Practice(
    id="no-headings", title="Ronda de barrio", language="es", country="ES", city="Sevilla",
    summary="Vecinos y policía pasean juntos.", context="Un barrio con miedo.",
    results="Menos quejas.", themes=["policing"])


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("i18n") / "var")
    store = Store.open(settings, embedder)
    ingest([SHEETS], store)
    store.put_many([MARKDOWN, NO_HEADINGS])
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


PAGES = ["/", "/?q=mediation+in+schools&country=FR&evaluated=true",
         "/?q=nothing+of+the+sort+here&country=PT", "/?year_min=2015&budget_max=50000",
         "/practices/mediation-quartiers", "/practices/markdown-sheet",
         "/practices/no-headings", "/compare?id=mediation-quartiers&id=markdown-sheet",
         "/practices/no-such-sheet", "/compare?id=markdown-sheet",
         "/glossary", "/glossary?q=jeunes", "/glossary?q=zzqxw+nothing", "/glossary/youth",
         "/glossary/drugs", "/glossary/eurovoc-375", "/glossary/eurovoc-1546",
         "/glossary/no-such-term"]


@pytest.mark.parametrize("locale", [lc for lc in LOCALES if lc != "en"])
@pytest.mark.parametrize("path", PAGES)
def test_no_english_is_left_on_a_translated_page(client: TestClient, path: str,
                                                 locale: str) -> None:
    client.cookies.clear()
    response = client.get(path + ("&" if "?" in path else "?") + f"lang={locale}")
    assert response.status_code in (200, 404, 422), response.text[:300]
    assert f'<html lang="{locale}">' in response.text
    left = english_left_in_page(response.text)
    assert not left, f"{path} in {locale}: English left: {sorted(left)}"


def test_the_page_check_catches_english(client: TestClient) -> None:
    page = client.get("/?lang=it").text.replace("Filtri", "Filters and more")
    assert {"filters", "and", "more"} <= english_left_in_page(page)


def test_place_names_are_in_the_ui_language(client: TestClient) -> None:
    client.cookies.clear()
    french = client.get("/practices/markdown-sheet?lang=fr").text
    assert "Malines, Belgique" in french and "Mechelen" not in french.split("<main")[1]
    dutch = client.get("/practices/markdown-sheet?lang=nl").text
    assert "Mechelen, België" in dutch
    italian = client.get("/?q=stewards+station&lang=it").text
    assert "Malines, Belgio" in italian


def test_snippet_labels_are_never_a_stray_english_summary(client: TestClient) -> None:
    client.cookies.clear()
    page = client.get("/?q=stewards+greet+night+travellers&lang=de").text
    hit = page.split('id="h-markdown-sheet"', 1)[1].split('class="pick"', 1)[0]
    assert "Summary" not in hit
    assert 'lang="de">Zusammenfassung:</span>' in hit or 'lang="en">Objectives:' in hit


def test_a_record_without_headings_names_its_sections_in_the_ui_language(
        client: TestClient) -> None:
    client.cookies.clear()
    page = client.get("/practices/no-headings?lang=it").text
    assert ">Contesto</h3>" in page and ">Risultati</h3>" in page
    assert "Context" not in page
