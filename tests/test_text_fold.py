"""`text.fold` takes a shortcut for text that is ASCII once case-folded: the result must
be the full decomposition's, whatever the text."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from repository.text import fold


def _reference(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


@given(st.text())
def test_fold_is_the_full_decomposition(text: str) -> None:
    assert fold(text) == _reference(text)


@given(st.text(alphabet="aAzZ09 -_KßẞÅﬁ\u212a\u0130"))
def test_fold_of_letters_that_casefold_to_ascii(text: str) -> None:
    assert fold(text) == _reference(text)


def test_fold_strips_accents_and_sharp_s() -> None:
    assert fold("Prévention Straße") == "prevention strasse"
    assert fold("\u212aelvin") == "kelvin"  # the Kelvin sign folds to an ASCII k
