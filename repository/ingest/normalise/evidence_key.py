"""An explicit evidence level: the value of an `evidence:` key (front matter, JSON, YAML, a
spreadsheet column; the key's names in seven languages are in `key_names`).

A value names a level of the scale (docs/evidence.md) by its key ("quasi_experimental"),
by its label in any of the seven languages ("Quasi-expérimentale", "Wirkungen gemessen",
"Experimenteel (gerandomiseerd)"), by a common word for it ("RCT", "randomisiert",
"before/after") or by a design a clause affirms ("a randomised controlled trial", "with a
control group": `evidence.clause_level`). Anything else is not a level.

    >>> level_of("Quasi-expérimentale")
    'quasi_experimental'
    >>> level_of("RCT") is None
    False
    >>> level_of("strong") is None
    True
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from repository.ingest.normalise.evidence import LEVELS, clause_level
from repository.labels import LOCALES, label
from repository.model import EvidenceLevel
from repository.text import fold

# common words for a level, folded, beside the level's key and its labels
_WORDS: dict[EvidenceLevel, tuple[str, ...]] = {
    "none": ("no", "not evaluated", "unevaluated", "aucune", "non evaluee", "non evalue",
             "ninguna", "sin evaluar", "nessuna", "non valutata", "non valutato", "keine",
             "nicht evaluiert", "nenhuma", "nao avaliada", "nao avaliado", "geen",
             "niet geevalueerd"),
    "descriptive": ("descriptive", "process evaluation", "descriptif", "descriptive",
                    "evaluation de processus", "descriptiva", "descriptivo",
                    "descrittiva", "descrittivo", "deskriptiv", "beschreibend",
                    "prozessevaluation", "descritiva", "descritivo", "beschrijvend",
                    "procesevaluatie"),
    "outcome": ("outcome", "outcomes", "outcome evaluation", "impact evaluation",
                "before after", "pre post", "resultats", "avant apres", "resultados",
                "antes despues", "risultati", "prima dopo", "wirkung", "wirkungen",
                "vorher nachher", "wirkungsevaluation", "antes depois", "uitkomsten",
                "voor na", "effectevaluatie"),
    "quasi_experimental": ("quasi experimental", "quasiexperimental", "quasi experiment",
                           "comparison group", "control group", "quasi experimentale",
                           "cuasi experimental", "cuasiexperimental", "quasi sperimentale",
                           "quasisperimentale", "quasi experimentell", "quase experimental",
                           "quasi experimenteel"),
    "experimental": ("experimental", "experiment", "randomised", "randomized", "rct",
                     "randomised controlled trial", "randomized controlled trial",
                     "experimentale", "aleatorizada", "aleatorio", "sperimentale",
                     "randomizzata", "experimentell", "randomisiert", "experimenteel",
                     "gerandomiseerd"),
}
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _normal(text: str) -> str:
    return " ".join(_SEPARATORS.sub(" ", fold(text)).split())


@cache
def _names() -> dict[str, EvidenceLevel]:
    """Every name of every level, normalised: its key, its labels, its common words."""
    out: dict[str, EvidenceLevel] = {}
    for level in LEVELS:
        names = {level, *_WORDS[level]}
        for locale in LOCALES:
            text = label("evidence", level, locale)
            names |= {text, re.sub(r"\(.*?\)", "", text)}  # "Experimental (randomised)"
        out.update({_normal(name): level for name in names if _normal(name)})
    return out


def level_of(value: Any) -> EvidenceLevel | None:
    """The level an explicit value names, or None when it names none."""
    text = _normal(str(value)) if value is not None else ""
    if not text:
        return None
    named = _names().get(text)
    if named is not None:
        return named
    return clause_level(" ".join(fold(str(value)).split()), None)


def read_evidence_key(meta: dict[str, Any], file: str, warnings: list[str]) -> None:
    """The `evidence` key of a sheet's metadata made a level key, in place: a value that
    names no level becomes an extra field, with a warning naming the file and the value; a
    long one is the sheet's evaluation text (its evaluation section when it has none)."""
    value = meta.pop("evidence", None)
    if value is None or value in ("", []):
        return
    text = " ".join(str(value if not isinstance(value, list) else "; ".join(map(str, value)))
                    .split())
    level = level_of(text)
    if level is not None:
        meta["evidence"] = level
        return
    if len(text.split()) > 8:
        meta.setdefault("evaluation", text)
        return
    meta.setdefault("?evidence", text)  # kept as an extra field: nothing the sheet says is lost
    shown = text if len(text) <= 60 else text[:59] + "…"
    warnings.append(f"evidence level not understood: {shown!r} in {file} (give one of "
                    f"{', '.join(LEVELS)}) — check")
