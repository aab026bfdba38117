"""The Urban Safety Monitor's domains: every theme is mapped, cues in seven languages."""

from __future__ import annotations

import doctest

import pytest

from repository.model import Practice
from repository.text import LANGUAGES
from repository.vocabulary import load_vocabulary, safety_domains
from repository.vocabulary.safety_domains import (
    DOMAINS,
    domains_of,
    practice_domains,
    theme_domains,
)


def test_every_theme_maps_to_known_domains() -> None:
    mapping = theme_domains()
    assert set(mapping) == set(load_vocabulary().theme_keys)
    assert all(values and set(values) <= set(DOMAINS) for values in mapping.values())


def test_every_domain_has_cues_in_every_language() -> None:
    cues = safety_domains._data()["cues"]
    assert set(cues) == set(DOMAINS)
    for by_language in cues.values():
        assert set(LANGUAGES) <= set(by_language) and all(by_language.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("Renforcer la cohésion sociale dans le quartier", ["community"]),
    ("Mehr Sicherheitsgefühl in der Innenstadt", ["community"]),
    ("Un plan local de seguridad para la ciudad", ["governance"]),
    ("Het integraal veiligheidsplan van de gemeente", ["governance"]),
    ("Ridurre la criminalità giovanile", ["crime"]),
    ("Prevenir a reincidência dos jovens", ["crime"]),
    ("A summer festival in the park", []),
])
def test_domains_from_the_words_in_any_language(text: str, expected: list[str]) -> None:
    assert domains_of([], [text]) == expected


def test_a_practices_domains_follow_its_themes() -> None:
    practice = Practice(id="x", title="Street lighting", themes=["urban_design", "policing"])
    assert practice_domains(practice) == ["crime", "community", "governance"]
    assert practice_domains(practice.model_copy(update={"themes": ["sport"]})) == ["community"]


def test_doctests() -> None:
    assert doctest.testmod(safety_domains).failed == 0
