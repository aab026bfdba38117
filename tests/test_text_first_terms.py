"""`text.first_terms` stems many texts in one call (snippets read a passage's new words
together): each text's term must be what `analyse` gives it alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from repository.text import analyse, first_terms

WORDS = st.sampled_from(["Prévention", "the", "radicalisées", "Straße", "jóvenes", "2019",
                         "x", "avaliações", "Jugendlichen", "d'un", "ﬁnance", "e\u0301cole"])
TEXTS = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=30)


@given(texts=TEXTS, language=st.sampled_from([None, "en", "fr", "de", "es", "pt", "pl", "xx"]))
def test_first_terms_are_each_texts_first_analysed_term(texts: list[str],
                                                         language: str | None) -> None:
    expected = [next(iter(analyse(t, language)), None) for t in texts]
    assert first_terms(texts, language) == expected


def test_stopwords_and_short_words_have_no_term() -> None:
    assert first_terms(["the", "x", "Preventing"], "en") == [None, None, "prevent"]
