"""The semantic check of inferred themes: the words propose, meaning confirms; the pass over
a record leaves key and staff themes alone; with USE multilingual in seven languages."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repository.ingest.normalise.theme_inference import select, select_checked
from repository.ingest.normalise.theme_semantic import SemanticThemes
from repository.ingest.themes_pass import NO_THEME, with_semantic_themes
from repository.model import FactOrigin, Practice, Section
from repository.search.embedder import Embedder
from repository.vocabulary import load_vocabulary

KEYS = load_vocabulary().theme_keys


def _meaning(*first: str) -> list[str]:
    """A ranking by meaning with these themes first, the rest after."""
    return [*first, *(k for k in KEYS if k not in first)]


def test_a_proposed_theme_meaning_ranks_far_down_is_dropped() -> None:
    scores = {"drugs": 2.5, "sport": 2.5}
    assert select_checked(scores, _meaning("drugs")) == ["drugs"]
    assert sorted(select(scores)) == ["drugs", "sport"]


def test_strong_words_keep_a_theme_whatever_meaning_says() -> None:
    scores = {"drugs": 3.0, "sport": 9.0}
    assert select_checked(scores, _meaning("drugs")) == ["sport", "drugs"]


def test_the_closest_theme_by_meaning_is_added_on_weak_words() -> None:
    scores = {"drugs": 5.0, "victims": 0.7}
    assert select_checked(scores, _meaning("victims", "drugs")) == ["drugs", "victims"]
    assert select_checked({"drugs": 5.0, "victims": 0.2},
                          _meaning("victims", "drugs")) == ["drugs"]  # too weak


@given(st.dictionaries(st.sampled_from(KEYS), st.floats(0, 20), max_size=8),
       st.permutations(KEYS))
def test_the_check_never_invents_a_theme_the_words_do_not_name(
        scores: dict[str, float], meaning: list[str]) -> None:
    chosen = select_checked(scores, meaning)
    assert set(chosen) <= {k for k, v in scores.items() if v > 0} and len(chosen) <= 4


class _Fixed:
    """An encoder whose every text is the same direction: plumbing only."""

    def encode_document(self, texts: list[str]) -> list[list[float]]:
        return [[1.0, 0.0] for _ in texts]


class _Broken:
    def encode_document(self, texts: list[str]) -> list[list[float]]:
        raise RuntimeError("model crashed")


def _record(themes: list[str], source: str | None) -> Practice:
    provenance = {"themes": FactOrigin(source=source, confidence=0.9)} if source else {}
    return Practice(id="p", title="Drug dealing near schools", language="en", themes=themes,
                    provenance=provenance,  # type: ignore[arg-type]
                    sections=[Section(heading="Context", field="context",
                                      text="Drug dealing and drug users near the schools.")])


@pytest.mark.parametrize("source", ["key", "staff"])
def test_key_and_staff_themes_are_left_alone(source: str) -> None:
    record = _record(["sport"], source)
    semantic = SemanticThemes(_Fixed(), {"drugs": ["drugs"], "sport": ["sport"]})
    assert with_semantic_themes(record, [], semantic)[0].themes == ["sport"]


def test_an_encoder_failure_costs_only_the_check() -> None:
    record = _record(["drugs"], "inferred")
    semantic = SemanticThemes.__new__(SemanticThemes)
    semantic.encoder = _Broken()  # descriptions were encoded before it broke
    semantic.descriptions = {}
    semantic._keys, semantic._vectors, semantic._owner = [], None, None  # type: ignore[assignment]
    found, warnings = with_semantic_themes(record, [], semantic)
    assert found.themes == ["drugs"]
    assert warnings == ["themes not checked by meaning (RuntimeError)"]


SHEETS = [
    ("en", "Support for victims of burglary",
     "Volunteers visit victims of burglary at home, help them with the insurance and fit "
     "new locks. Victim support staff call back a week later."),
    ("fr", "Accompagnement des victimes de cambriolage",
     "Des bénévoles rendent visite aux victimes de cambriolage, les aident pour l'assurance "
     "et posent de nouvelles serrures. Le service d'aide aux victimes les rappelle."),
    ("es", "Apoyo a las víctimas de robos en vivienda",
     "Voluntarios visitan a las víctimas de robos en su casa, les ayudan con el seguro y "
     "cambian las cerraduras. La oficina de atención a las víctimas les llama después."),
    ("it", "Sostegno alle vittime di furti in casa",
     "Volontari visitano le vittime di furti in casa, le aiutano con l'assicurazione e "
     "cambiano le serrature. Lo sportello per le vittime le richiama una settimana dopo."),
    ("de", "Unterstützung für Opfer von Wohnungseinbrüchen",
     "Ehrenamtliche besuchen Opfer von Einbrüchen zu Hause, helfen bei der Versicherung und "
     "bauen neue Schlösser ein. Die Opferhilfe ruft eine Woche später zurück."),
    ("pt", "Apoio às vítimas de assaltos a residências",
     "Voluntários visitam as vítimas de assaltos em casa, ajudam com o seguro e trocam as "
     "fechaduras. O gabinete de apoio à vítima volta a ligar uma semana depois."),
    ("nl", "Steun voor slachtoffers van woninginbraak",
     "Vrijwilligers bezoeken slachtoffers van inbraak thuis, helpen met de verzekering en "
     "plaatsen nieuwe sloten. Slachtofferhulp belt een week later terug."),
]


@pytest.fixture(scope="module")
def use_semantic(use_embedder: Embedder) -> SemanticThemes:
    return SemanticThemes(use_embedder)


@pytest.mark.parametrize(("language", "title", "text"), SHEETS)
def test_with_use_multilingual_victim_support_is_about_victims(
        use_semantic: SemanticThemes, language: str, title: str, text: str) -> None:
    record = Practice(id="p", title=title, language=language, summary=text,
                      provenance={"themes": FactOrigin(source="inferred", confidence=0.6)})
    found, warnings = with_semantic_themes(record, [NO_THEME], use_semantic)
    assert "victims" in found.themes
    assert "sport" not in found.themes and "terrorism" not in found.themes
    assert NO_THEME not in warnings
    assert found.provenance["themes"].source == "inferred"
