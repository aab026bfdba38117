"""Themes a sheet is about, inferred from its whole text in any of the seven languages.

Every label and synonym of the theme vocabulary (and, at a lower weight, the EuroVoc
labels mapped to a theme) is looked for in every section, as a reader would accept
it: whole words and phrases, compared after stemming, where a text word must be the
same word as the vocabulary's, inflected ("supporter" and "supporters", "drogue" and
"drogues", "Jugendliche" and "Jugendlichen") — never another word of the same stem
("supports" is not "supporters", "train" is not "training"). German and Dutch
compounds count by their known head or modifier ("Jugendgewalt" → Jugend, Gewalt).

A hit counts by where it is: the title and opening most, then objectives, context and
activities, less in results, evaluation and partners. A theme is kept when its score
reaches `MIN_SCORE` (scaled down by the square root of the sheet's length below
`REFERENCE_WORDS` words, to `MIN_FLOOR` at least: a short sheet names a theme fewer
times) and `RELATIVE` of the best theme's, at most `LIMIT` themes; the values were
calibrated on the labelled sheets (`python -m eval.theme_calibration`).
A sheet that reports a scientific evaluation is also about "Audits & evaluation".
`select` can scale each theme's floor by a factor; fitted per theme on the labelled
sheets (`python -m eval.theme_calibration --semantic --per-theme`) the factors did not
carry to the set left out (recall fell on 4 of 5 sets), so none is used.

With a semantic scorer (`theme_semantic.SemanticThemes`: the similarity of the sheet's
sections to multilingual theme descriptions) the words propose and meaning checks:
the vocabulary thresholds are looser (`SEMANTIC_MIN_SCORE`, `SEMANTIC_RELATIVE`), a
proposed theme that meaning ranks `VETO_RANK`th or lower is dropped unless its words
are strong (`STRONG` floors), and the theme meaning ranks first is added when its
words reach `RESCUE` of the floor. Calibrated on the labelled sheets, thresholds
chosen on the other sets for each set left out (`python -m eval.theme_calibration
--semantic`): it raised recall on every set at the same or better precision.

A scorer that carries the learned model (`theme_model`, REPOSITORY_THEME_INFERENCE=
learned) decides instead of these rules: the same vocabulary scores and meaning, as
features of a logistic model fitted by `python -m eval.train_themes`. On the holdout
sets it found more of the themes at the same or better precision, so it is the default
(README, "Extraction quality").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from repository.ingest.normalise.theme_semantic import SemanticThemes
from repository.text import LANGUAGES
from repository.vocabulary import Vocabulary, guess_language, load_vocabulary
from repository.vocabulary.matching import content_tokens, fold_word, term_tokens, tokenize

# how much a hit counts, by the field of the section it is in
FIELD_WEIGHTS: dict[str | None, float] = {
    "title": 3.0, "summary": 2.0, "preamble": 1.5, "objectives": 1.5, "target_groups": 1.2,
    "context": 1.0, "activities": 1.0, None: 0.8, "results": 0.8, "evaluation": 0.6,
    "partners_text": 0.4, "budget_text": 0.3, "duration_text": 0.3, "contact": 0.0,
    "links": 0.0,
}
CONCEPT_WEIGHT = 0.4  # a EuroVoc label mapped to a theme counts this much of a synonym
CUE_WEIGHT = 0.6  # a cue of theme_cues.yaml (inference only) counts this much
CUES = Path(__file__).with_name("theme_cues.yaml")
COMPOUND_WEIGHT = 0.6  # a known word inside a German or Dutch compound
MIN_SCORE = 2.5  # for a sheet of REFERENCE_WORDS or more; shorter sheets need less
REFERENCE_WORDS = 300
MIN_FLOOR = 1.5
RELATIVE = 0.15
LIMIT = 4
# with a semantic scorer (calibrated by eval/theme_calibration.py --semantic)
SEMANTIC_MIN_SCORE, SEMANTIC_RELATIVE = 1.5, 0.10
VETO_RANK = 8  # a proposed theme ranked this far down by meaning is dropped …
STRONG = 2.0  # … unless its vocabulary score is at least this many floors
RESCUE = 0.4  # the theme meaning ranks first is added at this share of the floor

# endings one inflection of a word may differ by, per language (folded)
_INFLECTIONS: dict[str, frozenset[str]] = {
    "en": frozenset({"", "s", "es", "e", "ed", "d", "'s", "y", "ies"}),
    "fr": frozenset({"", "s", "x", "e", "es", "ee", "ees", "aux", "al", "ale", "ales", "eaux"}),
    "es": frozenset({"", "s", "es", "a", "as", "o", "os"}),
    "it": frozenset({"", "a", "e", "i", "o"}),
    "pt": frozenset({"", "s", "es", "a", "as", "o", "os", "ao", "oes", "aos", "ais", "al"}),
    "de": frozenset({"", "e", "en", "n", "er", "ern", "es", "s", "em", "ens"}),
    "nl": frozenset({"", "en", "s", "e", "n", "'s", "es", "er"}),
}
_MIN_PART = 5
_LINK = ("", "s", "en", "e", "n", "er")


def same_word(a: str, b: str, language: str) -> bool:
    """Whether two folded words are inflections of one word in a language."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    endings = _INFLECTIONS.get(language, _INFLECTIONS["en"])
    return n >= 3 and a[n:] in endings and b[n:] in endings


@dataclass(frozen=True)
class _Term:
    theme: str
    surface: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class _Index:
    terms: Mapping[tuple[str, ...], tuple[_Term, ...]]
    longest: int
    heads: Mapping[str, tuple[_Term, ...]]  # single-word surface forms, for compounds


@cache
def _index(vocabulary: Vocabulary, language: str) -> _Index:
    terms: dict[tuple[str, ...], list[_Term]] = defaultdict(list)
    heads: dict[str, list[_Term]] = defaultdict(list)

    def add(text: str, theme: str, weight: float) -> None:
        surface, stems = term_tokens(text, language)
        if not stems:
            return
        term = _Term(theme, tuple(surface), weight)
        terms[tuple(stems)].append(term)
        if len(surface) == 1 and len(surface[0]) >= _MIN_PART:
            heads[surface[0]].append(term)

    for key, theme in vocabulary.themes.items():
        add(theme.labels.get(language, ""), key, 1.0)
        for synonym in theme.synonyms.get(language, ()):
            add(synonym, key, 1.0)
    for concept in vocabulary.concepts.values():
        label = concept.labels.get(language)
        for key in concept.themes if label else ():
            add(label, key, CONCEPT_WEIGHT)
    for key, by_language in _cues().items():
        for cue in by_language.get(language, ()):
            add(cue, key, CUE_WEIGHT)
    longest = max((len(k) for k in terms), default=1)
    return _Index({k: tuple(v) for k, v in terms.items()}, longest,
                  {k: tuple(v) for k, v in heads.items()})


@cache
def _cues() -> dict[str, dict[str, list[str]]]:
    """Theme → language → cue words (theme_cues.yaml)."""
    return yaml.safe_load(CUES.read_text(encoding="utf-8")) or {}


def theme_hits(text: str, language: str, vocabulary: Vocabulary | None = None
               ) -> dict[str, float]:
    """Summed weight per theme of the vocabulary terms a text contains."""
    vocabulary = vocabulary or load_vocabulary()
    index = _index(vocabulary, language)
    surface, stems = content_tokens(tokenize(text), language)
    found: dict[str, float] = defaultdict(float)
    i = 0
    while i < len(stems):
        match = None
        for size in range(min(index.longest, len(stems) - i), 0, -1):
            for term in index.terms.get(tuple(stems[i: i + size]), ()):
                words = surface[i: i + size]
                if all(same_word(w, t, language) for w, t in zip(words, term.surface,
                                                                 strict=True)):
                    match = (size, [t for t in index.terms[tuple(stems[i: i + size])]
                                    if t.surface == term.surface])
                    break
            if match:
                break
        if match:
            size, terms = match
            for theme in {t.theme: t for t in terms}.values():
                found[theme.theme] += theme.weight
            i += size
            continue
        if language in ("de", "nl") and len(surface[i]) >= 9:
            for theme, weight in _compound(surface[i], index).items():
                found[theme] += weight
        i += 1
    return dict(found)


def _compound(word: str, index: _Index) -> dict[str, float]:
    """Themes of the known words a compound is made of: a head at its end, a modifier first."""
    found: dict[str, float] = {}
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head, modifier = word[cut:], word[:cut]
        for term in index.heads.get(head, ()):
            found[term.theme] = max(found.get(term.theme, 0.0), COMPOUND_WEIGHT * term.weight)
        for link in _LINK:
            if link and modifier.endswith(link) and modifier[: -len(link)] in index.heads:
                modifier = modifier[: -len(link)]
                break
        for term in index.heads.get(modifier, ()):
            found[term.theme] = max(found.get(term.theme, 0.0),
                                    COMPOUND_WEIGHT * 0.8 * term.weight)
    return found


def theme_scores(parts: Sequence[tuple[str | None, str]], language: str | None,
                 vocabulary: Vocabulary | None = None) -> dict[str, float]:
    """Weighted score per theme over a sheet's (field, text) parts ("title" for the title)."""
    vocabulary = vocabulary or load_vocabulary()
    if language not in LANGUAGES:
        words = [fold_word(w) for t in (p[1] for p in parts) for w in tokenize(t)[:200]]
        language = guess_language(words)
    scores: dict[str, float] = defaultdict(float)
    for field, text in parts:
        weight = FIELD_WEIGHTS.get(field, FIELD_WEIGHTS[None])
        if not weight or not text:
            continue
        for theme, hits in theme_hits(text, language, vocabulary).items():
            scores[theme] += weight * hits
    return dict(scores)


def floor_of(scores: Mapping[str, float], min_score: float, relative: float,
             words: int | None) -> float:
    """The score a theme needs in a sheet of `words` words."""
    if words is not None:
        min_score = max(MIN_FLOOR, min_score * min(1.0, (words / REFERENCE_WORDS) ** 0.5))
    return max(min_score, relative * max(scores.values(), default=0.0))


def select(scores: Mapping[str, float], *, min_score: float = MIN_SCORE,
           relative: float = RELATIVE, limit: int = LIMIT, words: int | None = None,
           factors: Mapping[str, float] | None = None) -> list[str]:
    """The themes a sheet of `words` words is about, strongest first; each theme's floor
    scaled by its factor in `factors` (1 when absent)."""
    if not scores:
        return []
    factors = factors or {}
    floor = floor_of(scores, min_score, relative, words)
    kept = [k for k, v in scores.items() if v >= floor * factors.get(k, 1.0)]
    ranked = sorted(kept, key=lambda k: (-scores[k] / factors.get(k, 1.0), k))
    return ranked[:limit]


def select_checked(scores: Mapping[str, float], meaning: Sequence[str], *,
                   words: int | None = None, min_score: float = SEMANTIC_MIN_SCORE,
                   relative: float = SEMANTIC_RELATIVE, veto_rank: int = VETO_RANK,
                   strong: float = STRONG, rescue: float = RESCUE,
                   limit: int = LIMIT, factors: Mapping[str, float] | None = None
                   ) -> list[str]:
    """Themes the words propose and meaning (`meaning`: themes closest first) confirms."""
    proposed = select(scores, min_score=min_score, relative=relative, limit=limit, words=words,
                      factors=factors)
    if not scores or not meaning:
        return proposed
    floor = floor_of(scores, min_score, relative, words)
    rank = {key: i for i, key in enumerate(meaning)}
    kept = [k for k in proposed if rank.get(k, len(rank)) < veto_rank
            or scores[k] >= strong * floor]
    closest = meaning[0]
    if closest not in kept and len(kept) < limit and scores.get(closest, 0.0) >= rescue * floor:
        kept.append(closest)
    return kept


def with_derived(themes: list[str], evaluation_kind: str | None) -> list[str]:
    """Themes plus those the sheet's other facts imply: a scientific evaluation is one
    of the things the sheet is about ("Audits & evaluation")."""
    if evaluation_kind == "scientific" and "evaluation" not in themes:
        return [*themes, "evaluation"]
    return themes


def meaning_ranking(parts: Sequence[tuple[str | None, str]], semantic: SemanticThemes,
                    *, cut: bool = True) -> list[str]:
    """The themes a semantic scorer ranks closest to a sheet's parts, weighted by field
    (each part cut in pieces, or read whole unless `cut`)."""
    return semantic.ranking([(FIELD_WEIGHTS.get(f, FIELD_WEIGHTS[None]), t) for f, t in parts],
                            cut=cut)


def infer_themes(parts: Sequence[tuple[str | None, str]], language: str | None,
                 evaluation_kind: str | None = None,
                 semantic: SemanticThemes | None = None,
                 passages: Sequence[tuple[str | None, str]] | None = None) -> list[str]:
    """The themes inferred from a sheet's (field, text) parts and its evaluation kind;
    the semantic scorer reads `passages` whole when given, else the parts cut."""
    words = sum(len(text.split()) for _, text in parts)
    scores = theme_scores(parts, language)
    if semantic is None:
        return with_derived(select(scores, words=words), evaluation_kind)
    model = semantic.learned
    if model is not None:
        weighted = [(FIELD_WEIGHTS.get(f, FIELD_WEIGHTS[None]), t)
                    for f, t in (parts if passages is None else passages)]
        reading = semantic.reading(weighted, cut=passages is None)
        rows = model.rows(scores, reading.scores, reading.vector, words, evaluation_kind,
                          floor_of({}, MIN_SCORE, 0.0, words))
        return model.choose(model.probabilities(rows))
    meaning = meaning_ranking(parts, semantic) if passages is None else \
        meaning_ranking(passages, semantic, cut=False)
    return with_derived(select_checked(scores, meaning, words=words), evaluation_kind)

