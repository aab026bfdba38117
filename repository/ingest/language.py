"""Language detection, deterministic."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

from repository.text import LANGUAGES

DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed makes it repeatable


def detect_language(text: str, candidates: tuple[str, ...] = LANGUAGES) -> str | None:
    """ISO 639-1 code of a text's language, preferring the sheet languages we support."""
    sample = text[:5000]
    if len(sample.strip()) < 3:
        return None
    DetectorFactory.seed = 0
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return None
    for guess in guesses:
        if guess.lang in candidates:
            return str(guess.lang)
    return str(guesses[0].lang) if guesses else None
