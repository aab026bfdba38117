"""The common words of the sheet languages: real words the speller must leave alone."""

from __future__ import annotations

from collections import Counter

import pytest

from repository.search.dictionary import common_words, is_common
from repository.search.lexicon import Speller, correct_query


@pytest.mark.parametrize("word", ["children", "enfants", "vecinos", "bambini", "Kinder",
                                  "crianças", "kinderen"])
def test_a_common_word_of_every_sheet_language_is_known(word: str) -> None:
    assert is_common(word)


@pytest.mark.parametrize("word", ["radicalisaton", "mediaton", "Burglery", "pastros",
                                  "interveiw", "angla"])
def test_typos_and_the_lists_rarest_entries_are_not_common(word: str) -> None:
    assert not is_common(word)


def test_the_words_are_folded_and_long_enough_to_correct() -> None:
    words = common_words()
    assert "criancas" in words  # "crianças" folded
    assert all(len(w) >= 5 and w == w.casefold() for w in list(words)[:5000])


# a store whose sheets hold the near neighbours of real words, but not the words
SPELLER = Speller(Counter({"color": 9, "veicoli": 4, "street": 12, "stadt": 7,
                           "protegee": 1, "radicalisation": 3, "mediation": 5}))


@pytest.mark.parametrize("word", ["calor", "vicoli", "Streit", "statt", "proteger"])
def test_a_real_word_no_sheet_uses_is_not_corrected_to_its_neighbour(word: str) -> None:
    assert SPELLER.correct(word.casefold()) is None


def test_a_query_in_another_language_keeps_its_words_and_loses_its_typos() -> None:
    fixed, corrections = correct_query(
        "como proteger idosos durante uma onda de calor", SPELLER)
    assert corrections == {}
    assert fixed == "como proteger idosos durante uma onda de calor"
    fixed, corrections = correct_query("Streit und radicalisaton", SPELLER)
    assert corrections == {"radicalisaton": "radicalisation"}
    assert fixed == "Streit und radicalisation"
