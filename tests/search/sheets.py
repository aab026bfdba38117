"""Small hand-made practices for search tests: a few sentences each, so a store of them
is embedded in a second with the real model."""

from __future__ import annotations

from repository.model import Practice, Section, YearMonth


def practice(id: str, title: str, summary: str, *, language: str = "en",
             country: str | None = None, themes: tuple[str, ...] = (),
             sections: tuple[tuple[str, str], ...] = (), translations: tuple[str, ...] = (),
             start: int | None = None) -> Practice:
    """A published practice with the given text and metadata (`start`: a start year)."""
    return Practice(
        id=id, title=title, summary=summary, language=language, country=country,
        themes=list(themes), translations=list(translations),
        start=YearMonth(year=start) if start else None,
        sections=[Section(heading=h, text=t, language=language) for h, t in sections],
    )
