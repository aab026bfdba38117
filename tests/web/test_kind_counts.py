"""The result count says what the results are: practices, ID sheets, resources, fact sheets,
or records when several kinds are shown, in the seven languages with CLDR plurals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from lxml import html

from repository.config import Settings
from repository.labels import LOCALES
from repository.model import Practice
from repository.search.embedder import Embedder
from repository.search.store import Store
from repository.web.app import create_app
from repository.web.counts import count_key, shown_kinds
from repository.web.i18n import translate

RECORDS = [
    Practice(id="bar-staff", title="Bar staff against harassment", language="en",
             summary="Bar staff help people harassed at night get home safely."),
    Practice(id="street-mediators", title="Street mediators", language="en",
             summary="Mediators calm conflicts between neighbours in the evening."),
    Practice(id="gent-police", kind="id_sheet", title="Police zone Gent", language="en",
             summary="The local police of Gent: organisation, units and equipment."),
    Practice(id="night-toolkit", kind="resource", title="Night-time safety toolkit",
             language="en", summary="A toolkit of checklists for a safer night economy."),
    Practice(id="night-handbook", kind="resource", title="Handbook for night mayors",
             language="en", summary="A handbook on governing the night economy."),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder
           ) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("kind-counts") / "var")
    store = Store.open(settings, embedder)
    store.put_many(RECORDS)
    with TestClient(create_app(settings, store)) as test_client:
        yield test_client
    store.close()


def _total(client: TestClient, query: str) -> str:
    client.cookies.clear()
    response = client.get(f"/?{query}")
    assert response.status_code == 200, response.text[:300]
    return " ".join(html.fromstring(response.text).get_element_by_id("total")
                    .text_content().split())


@pytest.mark.parametrize(("query", "text"), [
    ("", "5 records"),
    ("kind=practice", "2 practices"),
    ("kind=id_sheet", "1 ID sheet"),
    ("kind=resource", "2 resources"),
    ("kind=id_sheet&kind=resource", "3 records"),
    ("kind=practice&kind=resource", "4 records"),
    ("kind=fact_sheet", "0 fact sheets"),
    ("q=mayors&mode=keyword", "1 resource"),  # what the result set holds
    ("q=neighbours&mode=keyword", "1 practice"),
])
def test_the_count_names_what_is_shown(client: TestClient, query: str, text: str) -> None:
    assert _total(client, query) == text


@pytest.mark.parametrize(("locale", "mixed", "forces", "tools"), [
    ("en", "5 records", "1 ID sheet", "2 resources"),
    ("fr", "5 fiches", "1 fiche d’identité", "2 ressources"),
    ("es", "5 fichas", "1 ficha de identidad", "2 recursos"),
    ("it", "5 schede", "1 scheda identificativa", "2 risorse"),
    ("de", "5 Einträge", "1 Steckbrief", "2 Ressourcen"),
    ("pt", "5 fichas", "1 ficha de identificação", "2 recursos"),
    ("nl", "5 resultaten", "1 korpsprofiel", "2 hulpmiddelen"),
])
def test_the_count_is_worded_in_each_ui_language(client: TestClient, locale: str, mixed: str,
                                                 forces: str, tools: str) -> None:
    assert _total(client, f"lang={locale}") == mixed
    assert _total(client, f"kind=id_sheet&lang={locale}") == forces
    assert _total(client, f"kind=resource&lang={locale}") == tools


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("key", ["count_records", "count_fact_sheets", "count_id_sheets",
                                 "count_resources"])
def test_each_kind_count_has_the_locale_s_plural_forms(locale: str, key: str) -> None:
    one, many = translate(key, locale, n=1), translate(key, locale, n=1234)
    assert one.startswith("1 ") and many != one and "{" not in many
    assert translate(key, locale, n=2).startswith("2 ")
    if locale in ("fr", "es", "it", "pt"):  # CLDR's "many": "1 000 000 de …"
        millions = translate(key, locale, n=1_000_000)
        noun = many.split(" ", 1)[1]
        assert millions.endswith((f" de {noun}", f" di {noun}")), millions


def test_the_kinds_shown_are_the_ticked_ones_else_the_result_set_s() -> None:
    facets = {"kind": [{"value": "practice", "count": 3}, {"value": "resource", "count": 1},
                       {"value": "id_sheet", "count": 0}]}
    assert shown_kinds([], facets) == {"practice", "resource"}
    assert shown_kinds(["id_sheet"], facets) == {"id_sheet"}
    assert count_key({"practice"}) == "count" and count_key(set()) == "count"
    assert count_key({"resource"}) == "count_resources"
    assert count_key({"practice", "fact_sheet"}) == "count_records"
