"""Badges of a practice's facts on result cards and its page, in the UI language."""

from __future__ import annotations

from repository.labels import label
from repository.web.i18n import translate


def evidence_badge(level: str | None, locale: str) -> dict[str, str | None]:
    """A result's or a page's evidence badge: the level's label, its key (for the badge's
    style) and what the level means, in the UI language; nothing below descriptive."""
    if not level or level == "none":
        return {"evidence": None, "evidence_level": "", "evidence_about": None}
    return {"evidence": translate("pair", locale, label=translate("fact_evidence", locale),
                                  value=label("evidence", level, locale)),
            "evidence_level": level,
            "evidence_about": translate(f"evidence_about_{level}", locale)}
