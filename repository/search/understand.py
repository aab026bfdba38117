"""Reading a query: typo correction, then its signals encoded once for every plan.

Unknown words are corrected against the stored sheets' words (`lexicon`), and the
vocabulary finds the concepts the query mentions in any language; each encoder of the
embedding setting gives its own query vector. The defaults (`Ranking`) were picked by
`eval/ablation.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from repository.search import concepts, lexical
from repository.search import index as ix
from repository.search.lexicon import correct_query, is_function_word
from repository.search.places import place_names
from repository.search.request import SearchRequest
from repository.search.store import Store
from repository.search.thresholds import DEFAULT, Cut, Profile, profile
from repository.text import analyse_any, fold, tokens


@dataclass(frozen=True)
class Ranking:
    """How hybrid search combines its signals: the choices `eval/ablation.py` measures.

    `fusion`: how each signal's scores are put on one scale before they are added —
    "scaled" (a dense signal from its rank threshold up to its best score, a sparse one
    as a share of its best score, each best taken over everything the query could find
    without the user's filters), Qdrant's "dbsf" (mean ± 3σ of the signal's hits) or
    "rrf" (by rank). `dense`: which vectors of each encoder are scored: its calibrated
    profile ("model", `thresholds.py`), the passages multivector scored MAX_SIM
    ("sections"), the whole-sheet vector ("doc"), or both. `semantic_threshold`
    replaces every encoder's cuts with one cosine. `concepts`: the vocabulary layer (the
    concept signal and the expansion). `expansion`: in hybrid mode, the labels of the
    query's concepts in every sheet language as a keyword signal of their own, with this
    weight. `places`: in hybrid mode, the names in every sheet language of the cities
    and countries the query names join the query's words. `typos`: correct unknown
    query words against the stored sheets' words (`typo_dense`: the dense vectors embed
    the corrected text too). `tight`: the result set of a hybrid search holds the sheets
    some signal finds clearly (a dense cosine ≥ its `member` cut, the query's words scoring ≥
    `keyword_share` of the best sheet's, concepts or expansion ≥ `concept_share`);
    False: every sheet any signal finds. `specificity`: the query's words weigh × (1 +
    specificity · ln(N / n) / ln N) when n of the N sheets hold them (`fusion.specific`),
    fully for a query of a name or two, fading for longer ones (`fusion.name_strength`).
    `weights`: a weight per signal name
    (`sections`, `doc-2`, `lexical`, `expansion`, `concepts` …), else 1. `profiles`
    replaces the calibrated profile of the encoders it names.
    """

    fusion: Literal["scaled", "dbsf", "rrf"] = "scaled"
    dense: Literal["model", "sections", "doc", "both"] = "model"
    semantic_threshold: float | None = None
    concepts: bool = True
    typos: bool = True
    typo_dense: bool = True  # the dense vector embeds the corrected text, not the typed one
    places: bool = True
    expansion: float = 1.0  # weight of the query concepts' labels in other languages
    tight: bool = True
    keyword_share: float = 0.2
    concept_share: float = 0.7
    specificity: float = 1.0
    weights: tuple[tuple[str, float], ...] = ()
    profiles: tuple[tuple[str, Profile], ...] = ()

    def weight(self, signal: str) -> float:
        return dict(self.weights).get(signal, 1.0)

    def profile(self, model: str) -> Profile:
        """The vectors and cuts of one encoder under this ranking."""
        own = dict(self.profiles).get(model) or profile(model)
        cut = Cut(self.semantic_threshold, self.semantic_threshold) \
            if self.semantic_threshold is not None else None
        if self.dense == "model":
            if cut is None:
                return own
            return Profile(sections=cut if own.sections else None, doc=cut if own.doc else None)
        sections = cut or own.sections or DEFAULT.sections
        doc = cut or own.doc or own.sections or DEFAULT.sections
        return Profile(sections=sections if self.dense in ("sections", "both") else None,
                       doc=doc if self.dense in ("doc", "both") else None)


DEFAULT_RANKING = Ranking()


@dataclass(frozen=True)
class Dense:
    """One encoder's query vector (unit length), its weight in the joined row, the
    position of its named vectors (`index.dense_names`) and what to score of them."""

    position: int
    vector: list[float]
    weight: float
    profile: Profile


@dataclass(frozen=True)
class Signals:
    """The encoded query, computed once and reused by every plan."""

    dense: tuple[Dense, ...]  # none in keyword mode
    joined: list[float] | None  # the joined query row (its cosine: Σ weight × cosine)
    lexical: ix.Sparse  # the query's words (and the places it names, in every language)
    expansion: ix.Sparse  # its concepts' labels in every language, less its own words
    concepts: ix.Sparse
    terms: frozenset[str]  # the query's analysed terms (places in every language too)
    related: frozenset[str]  # its concepts' labels in every language
    ranking: Ranking
    words: int = 1  # the query's content words (no function word of any language)


def understand(store: Store, request: SearchRequest, ranking: Ranking
               ) -> tuple[Signals | None, dict[str, str]]:
    """The query's signals after typo correction, and the corrections made."""
    corrections: dict[str, str] = {}
    query = request.query
    if query and ranking.typos:
        query, corrections = correct_query(query, store.speller)
    return encode(store, request, query, ranking), corrections


def encode(store: Store, request: SearchRequest, query: str,
           ranking: Ranking) -> Signals | None:
    """The query's signals; `query` is the request's text after typo correction."""
    if not query:
        return None
    dense: tuple[Dense, ...] = ()
    joined = None
    if request.mode in ("semantic", "hybrid"):
        text = query if ranking.typo_dense else request.query
        row = store.embedder.embed_queries([text])
        joined = row[0].tolist()
        dense = tuple(Dense(position, vector[0].tolist(), part.weight, ranking.profile(part.name))
                      for position, (part, vector) in enumerate(
                          zip(store.embedder.parts, store.embedder.split(row), strict=True)))
    # the words as typed count too: a word the speller did not know may be a new name
    terms = lexical.query_terms(query) | lexical.query_terms(request.query)
    found = concepts.query_concepts(query)
    if query != request.query:
        typed = concepts.query_concepts(request.query)
        found = {c: max(w, typed.get(c, 0.0)) for c, w in (typed | found).items()}
    places: set[str] = set()
    if ranking.places and request.mode == "hybrid":
        places = {t for name in place_names(query) for t in analyse_any(name)} - terms
    related: set[str] = set()  # the query's concepts in other languages
    if ranking.concepts and ranking.expansion and found and request.mode == "hybrid":
        related = concepts.expansion_terms(found) - terms - places
    return Signals(dense=dense, joined=joined, lexical=_terms_vector(terms | places),
                   expansion=_terms_vector(related),
                   concepts=concepts.vector_of(found) if ranking.concepts else ix.Sparse([], []),
                   terms=frozenset(terms | places), related=frozenset(related),
                   ranking=ranking, words=content_words(query))


def content_words(query: str) -> int:
    """How many words of a query are no function word of any sheet language."""
    return sum(1 for w in tokens(query) if not is_function_word(fold(w)))


def _terms_vector(terms: set[str]) -> ix.Sparse:
    """A sparse query vector: each distinct term weighs 1."""
    ids = sorted({lexical.term_id(t) for t in terms})
    return ix.Sparse(ids, [1.0] * len(ids))
