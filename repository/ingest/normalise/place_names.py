"""Place names in running text: which cities and countries a text names, and where.

Cities come from the hand-made gazetteer (`places.city_country`, many languages) and
from `towns.tsv` (every European town of 15,000+ people and every city of 500,000+
elsewhere, GeoNames). Countries come from their names in any language
(`places.country_code`) and from adjectives ("portugais", "Portuguese",
"portugiesisch") for the countries sheets name most.

Each mention says what surrounds it, so a reader can tell "in Rotterdam" from "the
Barriera di Milano neighbourhood", "Avenida de Madrid" or "the University of Turin".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from repository.ingest.normalise.regions import region_country
from repository.places import GAZETTEER, city_country, country_code
from repository.text import fold

TOWNS = Path(__file__).with_name("towns.tsv")
BIG_CITY = 500_000

# Words before a name that make it part of a street, square, neighbourhood or station
# name, or a region ("Greater Manchester"): folded, in the sheet languages.
_INSIDE = re.compile(
    r"(?:^|\W)(?:barrio|barriada|distrito|quartier|quartiere|rione|viertel|kiez|stadtteil|"
    # districts of a city ("Berlin, Bezirk Neukölln", "stadsdeel Noord", "freguesia de …")
    r"(?:stadt)?bezirk|ortsteil|borough|freguesia|stadsdeel|deelgemeente|circoscrizione|"
    r"wijk|buurt|bairro|district|arrondissement|rue|avenue|boulevard|bd|via|viale|corso|"
    r"piazza|piazzale|largo|calle|avenida|plaza|paseo|ronda|rua|praca|travessa|strasse|"
    r"str|platz|allee|gasse|ring|straat|plein|laan|gracht|street|road|square|lane|place|"
    r"station|gare|bahnhof|stazione|estacion|estacao|porte|puerta|barriera|borgo|greater|"
    r"quai|ponte|pont|puente|brucke|brug|porta|port|porto de|aeroporto|aeropuerto|airport|"
    r"aeroport|flughafen|luchthaven|"
    # a region or province named after its city ("Comunidad de Madrid", "provincia di Roma")
    r"comunidad|comunitat|regione|region|provincia|province|provincie|"
    # a state named after its capital ("Estado do Rio de Janeiro", "the State of São Paulo")
    r"estado|state)"
    r"(?:\s+(?:de|di|del|della|dei|des|du|d'|da|do|dos|das|van|von|of|de la|am|an der))?\s*$"
)
# Words after a name that make it a street, park or region ("Manchester Road").
_AFTER = re.compile(
    r"^\s*(?:street|road|avenue|square|park|lane|strasse|straße|platz|allee|straat|weg|"
    r"plein|laan|county|airport|station|bahnhof)\b", re.I
)
# "University of Turin", "Universität Wien", "Politecnico di Milano": an institution's seat
_INSTITUTION = re.compile(
    r"(?:universi[td]\w*|politecnico|polytechnic|hochschule|hogeschool|college|instituto|"
    r"institut\w*|istituto|academia|akademie|school of)(?:\s+(?:de|di|del|della|degli|des|"
    r"du|d'|da|do|van|von|of|de la|studi di|degli studi di|federal de))?\s*$"
)

# Country adjectives (word starts, folded) → country, for the countries sheets name most
DEMONYMS: dict[str, tuple[str, ...]] = {
    "PT": ("portugu", "portogh", "portugies", "portugees"),
    "ES": ("spanish", "espagnol", "espanol", "spagnol", "spanisch", "espanhol", "spaans"),
    "FR": ("french", "francais", "francese", "franzosisch", "frances", "frans\\b", "franse"),
    "IT": ("italian", "italien", "italiano", "italiana", "italienisch", "italiaans"),
    "DE": ("german\\b", "germany's", "allemand", "aleman", "tedesc", "deutsche", "alema",
           "duits"),
    "NL": ("dutch", "neerlandais", "neerlandes", "olandes", "niederlandisch", "holandes",
           "nederlands"),
    "BE": ("belgian", "belge", "belga", "belgisch"),
    "GB": ("british", "britannique", "britanico", "britannic", "britisch", "brits\\b",
           "english council", "scottish", "ecossais", "escoces", "welsh"),
    "IE": ("irish", "irlandais", "irlandes", "irlandese", "irisch", "iers"),
    "AT": ("austrian", "autrichien", "austriac", "osterreichisch", "oostenrijks"),
    "CH": ("swiss", "suisse", "suizo", "suiza", "svizzer", "schweizer", "zwitsers", "suico"),
    "DK": ("danish", "danois", "danes", "danese", "danisch", "deens", "dinamarques"),
    "SE": ("swedish", "suedois", "sueco", "svedese", "schwedisch", "zweeds"),
    "FI": ("finnish", "finlandais", "finlandes", "finlandese", "finnisch", "fins\\b"),
    "NO": ("norwegian", "norvegien", "noruego", "norvegese", "norwegisch", "noors"),
    "PL": ("polish", "polonais", "polaco", "polacco", "polnisch", "pools\\b"),
    "CZ": ("czech", "tcheque", "checo", "ceco", "tschechisch", "tsjechisch"),
    "GR": ("greek", "grec\\b", "grecque", "griego", "grec[oa]", "griechisch", "grieks"),
    "BR": ("brazilian", "bresilien", "brasileñ", "brasilen", "brasilian", "brasileir",
           "braziliaans"),
}
_DEMONYM = re.compile(
    r"(?<![\w])(" + "|".join(f"(?:{p})" for ps in DEMONYMS.values() for p in ps) + r")\w*")


# Dutch country adjectives (capitalised in Dutch) that are common lowercase words of other
# languages: Portuguese "fins de semana", English "swimming pools", "brits" in slang
_LOWER_WORDS = {"fins", "pools", "brits"}


@cache
def _towns() -> dict[str, tuple[str, int]]:
    """Folded town name → (country code, population)."""
    towns: dict[str, tuple[str, int]] = {}
    for line in TOWNS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, population, names = line.split("\t", 2)
        for name in names.split("|"):
            towns.setdefault(fold(name.strip()), (code, int(population)))
    return towns


@cache
def _canonical() -> dict[str, str]:
    """Folded city name in any language → its gazetteer entry's first (local) name."""
    names: dict[str, str] = {}
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entry = [n.strip() for n in line.split("\t", 1)[1].split("|")]
            for name in entry:
                names.setdefault(fold(name), entry[0])
    return names


def same_city(a: str, b: str) -> bool:
    """Whether two names are one city ("Lisbon" and "Lisboa", "Kirkholt" and "Rochdale")."""
    canon = _canonical()
    return (canon.get(fold(a), fold(a)) == canon.get(fold(b), fold(b))) or fold(a) == fold(b)


def town_country(name: str) -> str | None:
    """The country of a city or town named in any language, or None."""
    return city_country(name) or (_towns().get(fold(name.strip())) or (None,))[0]


def well_known(name: str) -> bool:
    """Whether a city is one of the hand-made gazetteer's or has BIG_CITY people or more:
    named alone, it is a place ("Chicago", "Bogotá"), where a small town's name may be a
    word or a surname."""
    town = _towns().get(fold(name.strip()))
    return city_country(name) is not None or (town is not None and town[1] >= BIG_CITY)


def is_town(name: str) -> bool:
    """Whether a name is a city or town of the gazetteers."""
    return town_country(name) is not None


def demonym_country(word: str) -> str | None:
    """The country a (folded) adjective stands for: "portugaise" → PT."""
    for code, prefixes in DEMONYMS.items():
        if any(re.match(p, word) for p in prefixes):
            return code
    return None


@dataclass(frozen=True)
class Mention:
    """A place named in a text: a city (with its country) or a country alone."""

    name: str
    country: str
    is_city: bool
    start: int  # character offset in the text
    context: str  # "plain", "inside" (street, district), "institution", "name" (of a body)
    before: str  # the folded words just before it
    curated: bool = False  # a city of the hand-made gazetteer or a big one, not a small town
    surface: str = ""  # the words as written, when they differ from the name ("Bremer")
    adjective: bool = False  # named by its adjective ("der Bremer Senat")

    @property
    def end(self) -> int:
        """The offset just after the mention in the text."""
        return self.start + len(self.surface or self.name)


# a name may hold an apostrophe ("L'Aquila") but not end in a possessive ("Bristol's", "Leeds’")
_NAME = re.compile(r"[^\W\d_](?:[\w-]|['’](?![sS]\b)(?=\w))*")
# between the words of one name: a dash or spaces, a line break of wrapped text ("Rio  de
# Janeiro" as a PDF lays it out), never a blank line or a comma
_GAP = re.compile(r"-|[ \t]*\n?[ \t]*")
_JOIN = {"am", "an", "der", "de", "la", "le", "del", "di", "sur", "en", "im", "upon", "on",
         "aan", "den", "op", "sul", "-"}


# Written words that fold onto a country's name but are not it: Spanish "cañada" (a drove
# road, "la Cañada Real Galiana") is not Canada
_NOT_COUNTRIES = {"cañada", "cañadas"}


# An elided article or preposition glued to a name: "d'Esch-sur-Alzette", "l'Haÿ",
# "dell'Aquila" (French, Italian; the name is what follows the apostrophe)
_ELISION = re.compile(r"^(?:d|l|dell|nell|dall|all|sull|qu)['’](?=[^\W\d_])")


def _without_elision(start: int, end: int, word: str) -> tuple[int, int, str]:
    elided = _ELISION.match(word)
    if elided and word[elided.end()].isupper():
        return start + elided.end(), end, word[elided.end():]
    return start, end, word


def mentions(text: str) -> list[Mention]:
    """Cities and countries a text names, in order; the longest name at a place wins.

    A name starts with a capital letter ("nice" and "split" in a sentence are words).
    """
    found: list[Mention] = []
    spans = [_without_elision(m.start(), m.end(), m.group()) for m in _NAME.finditer(text)]
    i = 0
    while i < len(spans):
        start, _, word = spans[i]
        if not word[0].isupper():
            demonym = _DEMONYM.match(fold(word))
            if demonym and demonym_country(fold(word)) and fold(word) not in _LOWER_WORDS:
                found.append(Mention(word, demonym_country(fold(word)) or "", False, start,
                                     "plain", _before(text, start)))
            i += 1
            continue
        hit = None
        for size in range(min(4, len(spans) - i), 0, -1):
            last = spans[i + size - 1]
            written = text[start:last[1]]
            name = " ".join(written.split())  # "Rio  de Janeiro" as a PDF lays it out
            surface = written if written != name else ""
            inner = [w for _, _, w in spans[i + 1: i + size]]
            gaps = [text[spans[j][1]:spans[j + 1][0]] for j in range(i, i + size - 1)]
            if any(not _GAP.fullmatch(g) for g in gaps):
                continue  # "Rochdale, Greater Manchester": not one name
            if any(not w[0].isupper() and w.lower() not in _JOIN for w in inner):
                continue
            if len(name) < 3 or (name.isupper() and len(name) <= 3 and name != "UK"):
                continue
            code = town_country(name)
            if code:
                hit = Mention(name, code, True, start, _context(text, start, last[1]),
                              _before(text, start), curated=well_known(name), surface=surface)
            elif (len(name) > 3 or name == "UK") and name.lower() not in _NOT_COUNTRIES and (
                    country := country_code(name)):
                hit = Mention(name, country, False, start, "plain", _before(text, start))
            elif code := region_country(name):  # "Nordrhein-Westfalen", "Catalunya"
                hit = Mention(name, code, False, start, "plain", _before(text, start))
            elif size == 1 and (code := demonym_country(fold(word))):
                hit = Mention(name, code, False, start, "plain", _before(text, start))
            elif size == 1 and (city := city_adjective(word)):
                context = _context(text, start, last[1])  # "die Wiener Polizei": a noun follows
                hit = Mention(city, city_country(city) or "", True, start,
                              "plain" if context == "name" else context, _before(text, start),
                              True, word, adjective=True)
            if hit:
                i += size
                break
        if hit:
            found.append(hit)
        else:
            i += 1
    return found


def city_adjective(word: str) -> str | None:
    """The city a German or Dutch city adjective names ("Wiener" → Wien, "Münchner" →
    München, "Bremer" → Bremen, "Rotterdamse" → Rotterdam, "Gentse" → Gent), of the
    hand-made gazetteer only."""
    stems: tuple[str, ...] = ()
    if word.endswith("er") and len(word) > 5:
        stems = (word[:-2], word[:-2] + "en", word[:-3] + "en", word[:-2] + "n")
    elif word.endswith("se") and len(word) > 5:
        stems = (word[:-2], word[:-2] + "en")
    return next((stem for stem in stems if city_country(stem)), None)


def _before(text: str, start: int) -> str:
    return fold(text[max(0, start - 40): start]).replace("’", "'")


def _context(text: str, start: int, end: int) -> str:
    before = _before(text, start)
    if _INSIDE.search(before) or _AFTER.match(text[end: end + 20]):
        return "inside"
    if _INSTITUTION.search(before):
        return "institution"
    if re.search(r"(?:^|\W)(?:die|der|das|dem|den|des|ein|eine|einer|einem|einen)\s+$", before):
        return "name"  # "die Halle", "das Essen": a German noun, not the town
    following = re.match(r" ([^\W\d_][\w'’-]*)", text[end: end + 40])
    if following and following.group(1)[0].isupper() and not _SEAT_WORD.match(following.group(1)):
        return "name"  # "Guarda Nacional Republicana", "Glasgow Violence Reduction Unit"
    return "plain"


# words after a city that make it a council's seat, not part of another name
_SEAT_WORD = re.compile(r"(?:City|Council|Borough|Municipality|Kommune|Kommun|Stad|Metropole|"
                        r"Métropole|Metropolitan|Region|Area|Capitale)\b")
