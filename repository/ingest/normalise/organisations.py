"""The lead organisation's type, and the web links of a sheet.

`organisation_type` turns what an export writes in its type column ("Municipality",
"Ayuntamiento", "Stadtverwaltung", "NGO / charity", "Polizia locale") into one of
`model.ORGANISATION_TYPES`, by words in the seven languages; a value it does not
recognise is kept as written, so nothing is lost and the facet still counts it.
"""

from __future__ import annotations

import re

from repository.text import fold

# type → folded word prefixes (a trailing "$" must match the whole word); the first type
# with a match wins, so "national police" is police and "city university" research
_CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("police", ("police", "policia", "polizia", "polizei", "politie", "gendarmer",
                "carabinier", "guardia$", "mossos", "constabulary", "law enforcement")),
    ("justice", ("justice", "justicia", "giustizia", "justiz", "justica", "justitie", "court",
                 "tribunal", "gericht", "prosecut", "parquet", "procura", "probation",
                 "reclassering", "prison", "penitenci", "carcer")),
    ("health", ("health", "hospital", "sante", "hopital", "salud", "sanita", "ospedal",
                "gesundheit", "krankenhaus", "saude", "gezondheid", "ziekenhuis", "ggd$",
                "medical", "medic")),
    ("education", ("school", "education", "ecole", "lycee", "escuela", "colegio", "educaci",
                   "scuola", "istruzione", "schule", "bildung", "escola", "educacao",
                   "onderwijs")),
    ("research", ("universit", "research", "institute", "academ", "recherche", "investigaci",
                  "ricerca", "forschung", "hochschule", "investigacao", "onderzoek",
                  "think$")),
    ("ngo", ("ngo", "ngos", "non$", "nonprofit", "charit", "associa", "voluntary",
             "volunteer", "civil$", "foundation", "fondation", "asbl", "onlus", "ong$",
             "asociaci", "fundaci", "fondazion", "verein", "stiftung", "ev$", "fundacao",
             "ipss", "vereniging", "stichting", "third$", "community")),
    ("private", ("private", "company", "business", "firm$", "enterprise", "corporat",
                 "entreprise", "societe", "prive", "empresa", "privad", "impresa", "aziend",
                 "privat", "unternehmen", "firma", "bedrijf", "onderneming", "ltd$", "gmbh",
                 "sarl$", "spa$")),
    ("international", ("international", "european", "europe", "europeen", "europeo",
                       "europaisch", "europeu", "europees", "intergovernment", "oecd",
                       "united nations", "eu$", "un$")),
    ("network", ("network", "reseau", "red$", "rete$", "netzwerk", "rede$", "netwerk",
                 "consorti", "partnership")),
    ("local_authority", ("municipal", "council", "local$", "city$", "town$", "mairie", "ville",
                         "commune", "collectivit", "ayuntamiento", "ajuntament", "comune",
                         "comunal", "stadt", "gemeinde", "kommun", "camara", "autarqui",
                         "gemeente", "borough", "metropol")),
    ("regional_authority", ("region", "provinc", "county", "departement", "diputaci",
                            "comunidad$", "landkreis", "bundesland", "kanton", "canton",
                            "distrito", "generalitat")),
    ("national_authority", ("national", "nacional", "nazional", "ministr", "government",
                            "gouvernement", "gobierno", "governo", "regierung", "bundes",
                            "rijks", "federal", "state$", "etat$", "estado$", "stato$",
                            "staat$", "overheid")),
)
_WORD = re.compile(r"[a-z0-9]+")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.I)


def organisation_type(value: str | None) -> str | None:
    """The type key an organisation type value names, the value as written if none, or
    None for an empty value."""
    text = (value or "").strip()
    if not text:
        return None
    words = _WORD.findall(fold(text))
    for key, cues in _CUES:
        for cue in cues:
            if " " in cue:
                if cue in " ".join(words):
                    return key
                continue
            exact = cue.endswith("$")
            stem = cue.rstrip("$")
            if any(w == stem if exact else w.startswith(stem) for w in words):
                return key
    return text[:80]


def urls_in(text: str | None) -> list[str]:
    """The web addresses in a text, in order, each once (`www.` ones get `https://`)."""
    found: list[str] = []
    for match in _URL.finditer(text or ""):
        url = match.group(0).rstrip(".,;:!?")
        if url.lower().startswith("www."):
            url = "https://" + url
        if url not in found:
            found.append(url)
    return found


def besides_urls(text: str | None) -> str:
    """What a text says besides its web addresses ("see the city's page")."""
    return " ".join(_URL.sub(" ", text or "").strip(" ,;|\n\t").split())
