"""Why a hit matched: its best passage, trimmed to a window, the query's terms marked.

Highlights are (start, end) character offsets into the snippet, so each interface
renders them safely in its own way (`<mark>` in HTML, nothing in plain JSON). Inline
Markdown is stripped (`plain`) before words are matched, so the offsets point into
the text shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np

from repository.text import first_terms

WINDOW_WORDS = 40
_TOKEN = re.compile(r"\w+", re.UNICODE)

# (pattern, replacement, guard), applied in order by `plain`; a pattern runs only when
# the text holds one of its guard strings, without which it cannot match (None: always)
_MARKUP: tuple[tuple[re.Pattern[str], str, tuple[str, ...] | None], ...] = tuple(
    (re.compile(p, re.M), r, g) for p, r, g in (
        (r'!?\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"\n]*")?\)', r"\1", ("](",)),  # [text](url "title")
        (r"<((?:https?|mailto):[^>\s]+)>", r"\1", ("<",)),  # <https://…>
        (r"^[ \t]*(?:#{1,6}|>|[-*+•]|\d{1,3}[.)])[ \t]+", "", None),  # heading, quote, list item
        (r"(?<!\S)[*+•](?:[ \t]+|$)", "", ("*", "+", "•")),  # a bullet inside a line
        (r"(?<=[:;.!?])([ \t]+)-[ \t]+(?=\S)", r"\1", ("-",)),  # "…: - item; - item"
        (r"`([^`\n]+)`", r"\1", ("`",)),  # `code`
        (r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*", r"\1", ("**",)),  # **bold**
        (r"(?<!\w)__(?=\S)([^\n]+?)(?<=\S)__(?!\w)", r"\1", ("__",)),  # __bold__
        (r"~~(?=\S)([^\n]+?)(?<=\S)~~", r"\1", ("~~",)),  # ~~struck~~
        (r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", ("*",)),  # *italic*
        (r"(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)", r"\1", ("_",)),  # _italic_
        (r"\*\*+", "", ("**",)),  # a bold marker whose pair fell in another passage
    ))


def plain(text: str) -> str:
    """Text without inline Markdown: emphasis, code and link syntax, list bullets."""
    for pattern, replacement, guard in _MARKUP:
        if guard is None or any(g in text for g in guard):
            text = pattern.sub(replacement, text)
    return text.strip()


@dataclass(frozen=True)
class Snippet:
    text: str
    section: str | None
    highlights: list[tuple[int, int]] = field(default_factory=list)
    similarity: float = 0.0
    lexical_overlap: int = 0


def _marked(words: dict[str, tuple[str, ...]], query_terms: set[str]) -> set[str]:
    """The words of a passage (`words`: `_analysed`'s) whose analysed term is a query
    term."""
    return {w for term in query_terms for w in words.get(term, ())}


def _spans(text: str, marked: set[str]) -> list[tuple[int, int]]:
    """Offsets of every occurrence of the `marked` words in `text`."""
    if not marked:
        return []
    return [m.span() for m in _TOKEN.finditer(text) if m.group(0) in marked]


@lru_cache(maxsize=4096)
def _analysed(text: str, language: str | None) -> tuple[str, dict[str, tuple[str, ...]]]:
    """A passage as shown (`plain`) and its distinct words by analysed term: hits recur
    across searches, so a passage is read once per process, not once per search."""
    shown = plain(text)
    distinct = list(set(_TOKEN.findall(shown)))
    words: dict[str, list[str]] = {}
    for word, term in zip(distinct, _first_stems(distinct, language), strict=True):
        if term is not None:
            words.setdefault(term, []).append(word)
    return shown, {term: tuple(found) for term, found in words.items()}


# (word, language) → its analysed term (None for a stopword): sheets repeat their words,
# so each is stemmed once per process rather than once per passage and search
_STEMS: dict[tuple[str, str | None], str | None] = {}
_STEMS_MAX = 65536
_UNSEEN: Any = object()


def _first_stems(words: list[str], language: str | None) -> list[str | None]:
    """The analysed term of each word, the words not seen before stemmed together (safe
    across threads: each word is read from the cache once)."""
    terms = [_STEMS.get((w, language), _UNSEEN) for w in words]
    new = [w for w, term in zip(words, terms, strict=True) if term is _UNSEEN]
    if not new:
        return terms
    found = dict(zip(new, first_terms(new, language), strict=True))
    if len(_STEMS) + len(found) > _STEMS_MAX:
        _STEMS.clear()  # bounded: start again rather than grow without end
    _STEMS.update(((w, language), term) for w, term in found.items())
    return [found[w] if term is _UNSEEN else term
            for w, term in zip(words, terms, strict=True)]


def best_snippet(passages: list[dict[str, Any]], language: str | None, query_terms: set[str],
                 query_vector: np.ndarray | None, rows: Any) -> Snippet:
    """The passage that best matches the query, as a short highlighted window."""
    if not passages:
        return Snippet("", None)
    analysed = [_analysed(p["text"], language) for p in passages]
    similarities = np.zeros(len(passages))
    if query_vector is not None and rows is not None and len(rows) == len(passages):
        similarities = np.asarray(rows, dtype=np.float32) @ query_vector.astype(np.float32)
    best, best_score, best_marked = 0, -1.0, set()
    for i, (_, words) in enumerate(analysed):
        marked = _marked(words, query_terms) if query_terms else set()
        distinct = len({w.casefold() for w in marked})  # each occurs: `words` are the text's
        score = float(similarities[i]) + 0.15 * distinct
        if i == 0 and len(passages) > 1:
            score -= 0.05  # prefer a section over the title line when close
        if score > best_score:
            best, best_score, best_marked = i, score, marked
    best_spans = _spans(analysed[best][0], best_marked)
    text, spans = _window(analysed[best][0], best_spans)
    heading = passages[best].get("section")
    prefix = f"{plain(heading or '')}: "
    if heading and text.startswith(prefix):
        text = text[len(prefix):]
        spans = [(a - len(prefix), b - len(prefix)) for a, b in spans if a >= len(prefix)]
    return Snippet(text, heading, spans, float(similarities[best]), len(best_spans))


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """About WINDOW_WORDS words around the first highlight, with shifted offsets."""
    words = [m.span() for m in re.finditer(r"\S+", text)]
    if len(words) <= WINDOW_WORDS:
        return text, spans
    first = spans[0][0] if spans else 0
    centre = next((i for i, (a, b) in enumerate(words) if b > first), 0)
    lo = max(0, min(centre - WINDOW_WORDS // 4, len(words) - WINDOW_WORDS))
    hi = lo + WINDOW_WORDS
    start, end = words[lo][0], words[hi - 1][1]
    lead = "… " if lo > 0 else ""
    tail = " …" if hi < len(words) else ""
    shift = len(lead) - start
    kept = [(a + shift, b + shift) for a, b in spans if a >= start and b <= end]
    return f"{lead}{text[start:end]}{tail}", kept
