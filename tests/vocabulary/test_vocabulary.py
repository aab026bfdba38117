"""The vocabulary on its real data files: structure, matching, cross-lingual concepts."""

from __future__ import annotations

import csv
import time
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repository.text import LANGUAGES
from repository.vocabulary import EUROVOC, THEME, Vocabulary, load_vocabulary

THEME_KEYS = (
    "drugs organised_crime radicalisation youth schools policing public_spaces terrorism "
    "nightlife crisis_management mediation migration discrimination gender_violence seniors "
    "sport technology evaluation victims trafficking local_governance training urban_design "
    "reintegration property_crime"
).split()


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def themes(vocabulary: Vocabulary, text: str, language: str | None = None) -> set[str]:
    return {k[len(THEME) :] for k in vocabulary.concepts_in(text, language) if k.startswith(THEME)}


# --- the data files ---------------------------------------------------------------


def test_theme_keys_are_exactly_the_fixed_ones(vocabulary: Vocabulary) -> None:
    assert sorted(vocabulary.theme_keys) == sorted(THEME_KEYS)
    assert all(vocabulary.is_theme(k) for k in THEME_KEYS)
    assert not vocabulary.is_theme("security")


@pytest.mark.parametrize("key", THEME_KEYS)
def test_every_theme_has_a_label_and_synonyms_in_every_language(
    vocabulary: Vocabulary, key: str
) -> None:
    theme = vocabulary.themes[key]
    for lang in LANGUAGES:
        assert theme.labels[lang].strip(), (key, lang)
        synonyms = theme.synonyms[lang]
        assert 8 <= len(synonyms) <= 25, (key, lang, len(synonyms))
        assert len(set(synonyms)) == len(synonyms), (key, lang)


def test_label_falls_back_to_english(vocabulary: Vocabulary) -> None:
    assert vocabulary.label("drugs") == "Drugs"
    assert vocabulary.label("youth", "fr") == "Jeunesse"
    assert vocabulary.label("theme:youth", "nl") == "Jeugd"
    assert vocabulary.label("youth", "sv") == "Youth"
    assert vocabulary.label("eurovoc:4452", "de") == "Terrorismus"
    with pytest.raises(KeyError):
        vocabulary.label("no-such-theme")


def test_concepts_file_parses_and_references_only_known_themes(vocabulary: Vocabulary) -> None:
    text = resources.files("repository.vocabulary").joinpath("concepts.tsv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t"))
    assert list(rows[0]) == ["eurovoc_id", "themes", *LANGUAGES]
    assert 150 <= len(rows) <= 300
    assert len({r["eurovoc_id"] for r in rows}) == len(rows)
    for row in rows:
        assert all(row[lang].strip() for lang in LANGUAGES), row
        for key in filter(None, row["themes"].split(",")):
            assert vocabulary.is_theme(key), row
    assert len(vocabulary.concepts) == len(rows)
    mapped = {k for c in vocabulary.concepts.values() for k in c.themes}
    assert mapped == set(THEME_KEYS)  # every theme is reachable from EuroVoc too


def test_load_vocabulary_is_cached() -> None:
    assert load_vocabulary() is load_vocabulary()


# --- cross-lingual concepts -------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "radicalisation des jeunes",
        "radicalización juvenil",
        "youth radicalisation",
        "radicalizzazione giovanile",
        "Radikalisierung von Jugendlichen",
        "Jugendradikalisierung",
        "radicalização dos jovens",
        "radicalisering van jongeren",
    ],
)
def test_youth_radicalisation_maps_to_the_same_themes_in_every_language(
    vocabulary: Vocabulary, query: str
) -> None:
    assert themes(vocabulary, query) == {"radicalisation", "youth"}
    assert EUROVOC + "c_3a9ccfe3" in vocabulary.concepts_in(query, None)  # EuroVoc radicalisation


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("drug dealing near schools", {"drugs", "schools"}),
        ("trafic de drogue près des écoles", {"drugs", "schools"}),
        ("violencia de género en el ocio nocturno", {"gender_violence", "nightlife"}),
        ("videosorveglianza", {"technology"}),
        ("woninginbraak bij ouderen", {"property_crime", "seniors"}),
        ("Gewalt gegen Frauen", {"gender_violence"}),
        ("mediação de conflitos", {"mediation"}),
    ],
)
def test_short_queries_of_unknown_language(
    vocabulary: Vocabulary, query: str, expected: set[str]
) -> None:
    assert expected <= themes(vocabulary, query)


def test_weights_grow_sublinearly(vocabulary: Vocabulary) -> None:
    once = vocabulary.concepts_in("Terrorism.", "en")[THEME + "terrorism"]
    many = vocabulary.concepts_in("Terrorism. " * 8, "en")[THEME + "terrorism"]
    assert once == 1.0
    assert 1.0 < many < 8.0


# --- themes of realistic sheets ---------------------------------------------------

PARAGRAPHS = [
    (
        "en",
        "The drug consumption room opened in 2016 near the central station, where an open "
        "drug scene had grown. People who inject heroin and crack can use sterile equipment "
        "under supervision; staff offer needle exchange, naloxone and referral to addiction "
        "treatment. Overdoses in the area fell and fewer syringes were found in the streets.",
        "drugs",
    ),
    (
        "fr",
        "Face à la radicalisation violente de jeunes du quartier, la ville a créé une cellule "
        "de prévention de la radicalisation. Les jeunes radicalisés et leurs familles sont "
        "accompagnés par des éducateurs et un psychologue ; des ateliers sur les théories du "
        "complot et la propagande extrémiste sont proposés dans les collèges.",
        "radicalisation",
    ),
    (
        "es",
        "Los puntos violeta se instalan en las fiestas mayores y los festivales de la ciudad "
        "para prevenir la violencia machista y las agresiones sexuales. Personal formado "
        "atiende a las víctimas de acoso sexual, informa sobre los recursos y coordina la "
        "respuesta con la policía local. La campaña contra la violencia de género llega a "
        "miles de jóvenes.",
        "gender_violence",
    ),
    (
        "de",
        "Beim Enkeltrick und bei Schockanrufen geben sich Betrüger als Verwandte oder falsche "
        "Polizeibeamte aus. Die Polizei schult ehrenamtliche Seniorensicherheitsberater, die "
        "ältere Menschen in Seniorenheimen und Begegnungsstätten über Trickbetrug aufklären. "
        "So sollen Senioren lernen, am Telefon keine Auskunft über Geld zu geben.",
        "seniors",
    ),
    (
        "nl",
        "De aanpak van ondermijning richt zich op criminele netwerken die drugshandel en "
        "witwassen combineren met legale bedrijven. Gemeente, politie en het RIEC delen "
        "informatie; met de bestuurlijke aanpak en Bibob-toetsen worden panden gesloten en "
        "vergunningen geweigerd aan georganiseerde misdaad.",
        "organised_crime",
    ),
    (
        "it",
        "Il progetto di mediazione sociale nei quartieri popolari forma mediatori che "
        "intervengono nei conflitti di vicinato e nei conflitti tra giovani e residenti. La "
        "mediazione dei conflitti evita il ricorso alla denuncia e rafforza la convivenza.",
        "mediation",
    ),
]


@pytest.mark.parametrize(("language", "text", "main"), PARAGRAPHS)
def test_themes_in_finds_the_main_theme_first(
    vocabulary: Vocabulary, language: str, text: str, main: str
) -> None:
    found = vocabulary.themes_in(text, language)
    assert found[:1] == [main], found
    assert len(found) <= 4
    assert vocabulary.themes_in(text, None)[:1] == [main]  # language guessed from the text


def test_case_accents_and_plurals_are_tolerated(vocabulary: Vocabulary) -> None:
    base = vocabulary.themes_in("Radicalisation. Radicalisation.", "fr")
    assert base == ["radicalisation"]
    for variant in ("RADICALISÉS. radicalises.", "Radicalisations, radicalisées", "radicalisée"):
        assert "radicalisation" in themes(vocabulary, variant, "fr"), variant
    assert themes(vocabulary, "VÍCTIMAS", "es") == themes(vocabulary, "victimas", "es")
    assert "youth" in themes(vocabulary, "Jugendlicher", "de")
    assert "drugs" in themes(vocabulary, "salles de consommation", "fr")
    assert "drugs" in themes(vocabulary, "Drogenberatungsstelle", "de")  # compound


def test_multi_word_terms_match_only_as_sequences(vocabulary: Vocabulary) -> None:
    assert "public_spaces" in themes(vocabulary, "openbare ruimte", "nl")
    assert "public_spaces" not in themes(vocabulary, "ruimte die openbaar werd", "nl")


def test_unrelated_text_has_no_theme(vocabulary: Vocabulary) -> None:
    cooking = (
        "Preheat the oven to 180 degrees. Whisk the eggs with the sugar until pale, fold in "
        "the flour and melted butter, then pour the batter into a buttered tin. Bake for "
        "thirty minutes and let the cake cool before slicing it."
    )
    cuisine = (
        "Faites revenir les oignons dans l'huile d'olive, ajoutez les tomates et laissez "
        "mijoter à feu doux pendant vingt minutes. Salez, poivrez et servez avec du riz."
    )
    assert vocabulary.themes_in(cooking, "en") == []
    assert vocabulary.themes_in(cooking, None) == []
    assert vocabulary.themes_in(cuisine, "fr") == []


def test_empty_and_unknown_language(vocabulary: Vocabulary) -> None:
    assert vocabulary.concepts_in("", None) == {}
    assert vocabulary.themes_in("", "en") == []
    assert "drugs" in themes(vocabulary, "drogas e toxicodependência", "xx")


def test_a_long_sheet_is_fast(vocabulary: Vocabulary) -> None:
    text = " ".join(p for _, p, _ in PARAGRAPHS if _ == "en") + " "
    words = (text * 40).split()[:2000]
    sheet = " ".join(words)
    vocabulary.concepts_in(sheet, None)  # warm the stemmer caches
    best = min(_timed(vocabulary, sheet) for _ in range(5))
    assert best < 0.02  # < 5 ms measured; generous for a loaded CI machine


def _timed(vocabulary: Vocabulary, text: str) -> float:
    start = time.perf_counter()
    vocabulary.concepts_in(text, "en")
    return time.perf_counter() - start


# --- property ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=300),
    language=st.sampled_from([None, "xx", *LANGUAGES]),
)
def test_concepts_in_never_raises_and_is_deterministic(
    vocabulary: Vocabulary, text: str, language: str | None
) -> None:
    first = vocabulary.concepts_in(text, language)
    assert first == vocabulary.concepts_in(text, language)
    for key, weight in first.items():
        assert key.startswith((THEME, EUROVOC))
        assert weight > 0
    assert set(vocabulary.themes_in(text, language)) <= {
        k[len(THEME) :] for k in first if k.startswith(THEME)
    }
