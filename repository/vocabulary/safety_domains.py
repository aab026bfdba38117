"""The Urban Safety Monitor's three domains (crime, community, governance) a practice
addresses, from its themes and its words (`safety_domains.yaml`, docs/evidence.md).

A domain is given by a theme mapped to it or by one of its cue phrases in the title,
summary or objectives, in any of the seven languages (folded text, phrase starts):

    >>> domains_of(["youth", "policing"], [])
    ['crime', 'community', 'governance']
    >>> domains_of([], ["Un contrat local de sécurité pour la ville"])
    ['governance']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

import yaml

from repository.model import Practice
from repository.text import fold

__all__ = ["DOMAINS", "domains_of", "practice_domains", "theme_domains"]

DOMAINS: tuple[str, ...] = ("crime", "community", "governance")


@cache
def _data() -> dict:
    text = resources.files(__package__).joinpath("safety_domains.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def theme_domains() -> dict[str, list[str]]:
    """Theme key → the domains a practice with that theme addresses."""
    return {k: list(v) for k, v in _data()["themes"].items()}


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    out = {}
    for domain, by_language in _data()["cues"].items():
        phrases = sorted({p for words in by_language.values() for p in words}, key=len,
                         reverse=True)
        out[domain] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases)
                                 + r")(?!\w)")
    return out


def domains_of(themes: Iterable[str], texts: Iterable[str | None]) -> list[str]:
    """The domains, in the monitor's order, of a practice with these themes and texts."""
    mapping = theme_domains()
    found = {d for theme in themes for d in mapping.get(theme, [])}
    folded = " ".join(fold(t).replace("’", "'") for t in texts if t)
    found |= {d for d, cue in _cues().items() if d not in found and cue.search(folded)}
    return [d for d in DOMAINS if d in found]


def practice_domains(practice: Practice) -> list[str]:
    """The domains of a practice: derived from its themes (as staff last set them) and the
    words of its title, summary and objectives, so they are never stored stale."""
    return domains_of(practice.themes, [practice.title, practice.summary, practice.objectives])
