"""The city and country a sheet's practice takes place in, with where each was read.

Sources, strongest first: explicit keys (front matter, a field/value table), `Label:
value` meta lines (the preamble, page furniture), then the text: the title, the
opening paragraph, the rest. In the text a city counts when it is named as the seat of
a council ("Comune di Lecce", "Aarhus Kommune", "Bristol City Council", "la Ville de
Charleroi") or as where the practice happens ("in Rotterdam", "À Lausanne"), in the
title or the opening first; a city named inside a street, square or neighbourhood
name ("barrio de Salamanca", "via Padova"), as a university's seat or only later in
the sheet is a weak clue; so is a city adjective ("Heidelberger"), unless the city's own
government follows ("der Bremer Senat"). A national or regional programme ("the
ministry's national programme", "en toda España", "rete nazionale", a key "ámbito:
Estatal" or "Territoire : département du Loiret", a region key and no city key) has a
country and no city: a city it names only as a seat, an address or a host is not where
it runs. A university's city named twice is no place either. The country comes from the
keys, the city, country names and adjectives in the opening, or a clear majority of the
places the sheet names. Fact sheets take a city only from keys or meta lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from repository.ingest.normalise.country_clues import city_from_hosts, country_from_clues
from repository.ingest.normalise.place_names import Mention, mentions, same_city, town_country
from repository.model import FactOrigin, OriginSource
from repository.places import country_code, split_city
from repository.text import fold

# "Comune di Lecce", "Ville de Charleroi", "Ayuntamiento de Zaragoza", "Stadt Leipzig",
# "Câmara Municipal de Braga", "gemeente Utrecht", "City of Sheffield" (name follows)
_SEAT_BEFORE = re.compile(
    r"(?:city|town|municipality|borough) (?:council )?of|(?:ville|mairie|commune|municipalite)"
    r" (?:de |d')|(?:la )?ville de|ayuntamiento de|ajuntament de|concello de|municipio de|"
    r"ciudad de|comune di|citta di|municipio di|stadt|landeshauptstadt|hansestadt|"
    r"gemeinde|stadtverwaltung|magistrat der stadt|camara municipal (?:de|do|da)|"
    r"municipio (?:de|do|da)|prefeitura (?:de|do|da)|cidade (?:de|do|da)|gemeente|"
    r"stad|in de stad|de stad|"
    # a city's own police force ("Polizia Locale di Bergamo", "Stadtpolizei Zürich")
    r"polizia (?:locale|municipale) di|policia (?:local|municipal) de|guardia urbana de|"
    r"police municipale de|policia municipal (?:de|do|da)|stadtpolizei|municipal police of|"
    r"city police of", re.I)
# "Bristol City Council", "Aarhus Kommune", "Malmö stad" (name comes first)
_SEAT_AFTER = re.compile(
    r"^\s*(?:city council|borough council|county council|district council|council|"
    r"municipality|kommune|kommun|stad\b|"
    r"byråd|kaupunki)", re.I)
# "in Rotterdam", "à Lausanne", "en Sevilla", "a Milano", "em Braga", "na cidade do Porto"
_IN = re.compile(r"(?:^|\W)(?:in|at|à|a|en|em|no|na|nel|nella|im|te|op|dans la ville de|"
                 r"in der stadt|na cidade (?:de|do|da)|nella citta di|en la ciudad de|"
                 r"in the city of)\s*$")
# An address line: a postcode before the town ("04109 Leipzig", "69001 Lyon", "B-1000
# Bruxelles", "3521 AZ Utrecht", "1100-148 Lisboa") or a British one after it ("Leeds LS1 1UR")
# (a postcode opens a line or follows a comma, a bar or a street: not "in 2004 in Nieuwegein")
_POSTCODE_BEFORE = re.compile(r"(?:^|\n|[,|]\s*)(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:\s?[A-Z]{2})?"
                              r"[ \t]+$")
_POSTCODE_AFTER = re.compile(r"^,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# A city named as a partner, a model or an inspiration, not where the practice runs
_ELSEWHERE = re.compile(
    # partners in, from or with a city ("partners in Hanover", "partenaires de Liège")
    r"(?:(?<![\w])(?:partners?|partner cities|partenaires?|socios?|partner|partnerstadte?n?|"
    r"parceiros?|partnersteden?|twin(?:ned)? (?:towns?|cit(?:y|ies)))\s+(?:in|from|at|with|de|"
    r"d'|en|a|di|da|aus|von|mit|em|com|uit|van|met|con|avec)\s+(?:[\w'-]+\s+){0,3}"
    # a model or an inspiration ("inspired by", "sur le modèle de", "zoals in")
    r"|(?:inspired by|modell?ed on|based on (?:the )?(?:model|example|experience) (?:of|from)|"
    r"(?:as|like) in|following (?:the )?(?:example|model) of|jumelee? avec|inspiree?s? (?:de|par)|"
    r"sur le modele de|comme a|l'experience de|inspirad[oa]s? en|como en|siguiendo el modelo "
    r"de|la experiencia de|gemellat[oa] con|ispirat[oa] a|sul modello di|come a|"
    r"l'esperienza di|nach dem vorbild (?:von|aus)|vorbild (?:war|ist|aus)|wie in|inspiriert "
    r"von|inspirad[oa]s? n[ao]|como em|a experiencia de|naar het voorbeeld van|zoals "
    r"(?:eerder )?in|geinspireerd door)[^.;:]{0,40})$")
# Where a body has its seat or national office, not where the practice runs ("the
# charity, headquartered in Leeds", "mit Sitz in Mainz", "Bundesgeschäftsstelle: …, 55116
# Mainz", "con sede a Bologna", "gevestigd in Utrecht") (folded, before the city)
_HEADQUARTERS = re.compile(
    r"(?:headquartered (?:in|at)|headquarters (?:in|at)|head office (?:in|at)|registered "
    r"(?:office|seat) (?:in|at)|(?:national|central|head) (?:office|secretariat)|"
    r"dont le siege (?:social )?est (?:a|au)|siege (?:social|national|central)?\s*(?:a|au|:)|"
    r"siege (?:social|national|central)\b|con sede (?:en|a|in)|sede (?:central|nacional|"
    r"social|legal|nazionale|centrale|legale)|sede (?:en|a|in|em) |com sede em|sediad[oa] "
    r"(?:em|no|na)|(?:mit )?(?:haupt)?sitz (?:in|im)|bundesgeschaftsstelle|"
    r"hauptgeschaftsstelle|bundeszentrale|gevestigd (?:in|te)|hoofdkantoor|met zetel (?:in|te)|"
    r"zetel te|landelijk bureau)(?:[^.;\n]|\n(?!\s*\n)){0,60}$")
# A practice run nationally: a ministry's programme, or "throughout the country"
_NATIONAL = re.compile(
    r"\b(?:national(?:ly|e)? (?:programme|program|plan|scheme|strategy|level|network)|"
    r"nationwide|throughout the country|across the country|(?:all|every) (?:schools|police "
    r"forces|municipalities) (?:in|of|across) the country|ministry|ministere|ministerio|"
    r"ministero|ministerium|bundesministerium|ministerie|minister of|home office|"
    r"government'?s? programme|programa (?:nacional|governamental|gubernamental)|"
    r"programme (?:national|gouvernemental)|programma nazionale|landesweit|bundesweit|"
    r"nationaal|landelijk|en toda espana|en todo el pais|em todo o pais|todo o territorio|"
    r"de todo el pais|dans toute la france|sur tout le territoire|in tutta italia|"
    r"in tutto il paese|in heel nederland|in ganz (?:deutschland|osterreich)|"
    r"a nivel nacional|a nivel estatal|ambito nacional|a escala nacional|a l'echelle "
    r"nationale|a livello nazionale|de ambito nacional|"
    # a national line, network or system ("rete nazionale", "sistema nacional", "réseau
    # national", "iniciativa estatal", "nationales Netzwerk", "national helpline")
    r"(?:line[ae]?|rete|red|reseau|rede|sistema|systeme|system|piano|plan|plano|dispositif|"
    r"dispositivo|strategia|estrategia|strategie|campagna|campana|campagne|campanha|"
    r"iniciativa|initiative|iniziativa|servizio|servicio|service|servico|numero)s? "
    r"(?:national|nationale|nacional|nazionale|estatal|federal)\b|"
    r"national(?:es|e|en|er)? (?:netzwerk|programm|strategie|aktionsplan|helpline|hotline|"
    r"network|system|campaign)|"
    r"territorio nazionale|territoire national|territorio nacional|"
    r"national territory|gesamte bundesgebiet|tutta italia|toda espana|toute la france|"
    r"todo portugal|heel nederland|ganz deutschland)", re.I)
# A scope written as a value ("ámbito: Estatal", "Geltungsbereich: bundesweit", "Territoire :
# département du Loiret", "Coverage: nationwide"): the sheet's practice has no one city
_SCOPE_VALUE = re.compile(
    r"(?:^|\n|[:·|(]\s*|\.{3,}\s*)(?:national\w*|nacional\w*|nazional\w*|estatal|"
    r"statale|bundesweit\w*|landesweit\w*|landelijk\w*|nationwide|federal|regional\w*|"
    r"departement\w*|provincial\w*|iniciativa estatal|ambito estatal)\b")
# Values of a city key that name no single city
_NO_CITY = re.compile(
    r"\b(?:nationwide|national|nationale?|nacional|nazionale|landesweit|bundesweit|landelijk|"
    r"several|various|many|all|multiple|plusieurs|diverses|varios|varias|vari|varie|diversi|"
    r"mehrere|verschiedene|vari[ao]s|diversos|meerdere|verschillende|toute?s?|todos|todas|"
    r"tutti|tutte|alle)\b", re.I)


# National bodies whose name says the country ("the Home Office", "la Guardia Civil")
NATIONAL_BODIES: dict[str, str] = {
    "home office": "GB", "metropolitan police": "GB", "crown prosecution service": "GB",
    "police scotland": "GB", "an garda siochana": "IE", "garda": "IE",
    "guardia civil": "ES", "policia nacional": "ES", "mossos d'esquadra": "ES",
    "ertzaintza": "ES", "ministerio del interior": "ES", "carabinieri": "IT",
    "polizia di stato": "IT", "guardia di finanza": "IT", "ministero dell'interno": "IT",
    "gendarmerie nationale": "FR", "police nationale": "FR", "ministere de l'interieur": "FR",
    "prefecture de police": "FR", "bundeskriminalamt": "DE", "bundesministerium des innern":
    "DE", "bundesministerium fur inneres": "AT", "landespolizeidirektion": "AT",
    "guarda nacional republicana": "PT", "policia de seguranca publica": "PT",
    "ministerio da administracao interna": "PT", "politie nederland": "NL",
    "nationale politie": "NL", "ministerie van justitie en veiligheid": "NL",
    "federale politie": "BE", "spf interieur": "BE", "fod binnenlandse zaken": "BE",
    "kantonspolizei": "CH", "bundesamt fur polizei": "CH",
}
_BODY = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in NATIONAL_BODIES) + r")\b")


@dataclass
class Place:
    """A city and country with their origins, and the warnings a person should see."""

    city: str | None = None
    country: str | None = None
    origins: dict[str, FactOrigin] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Candidate:
    city: str
    country: str | None
    confidence: float
    source: OriginSource
    note: str
    position: int
    seat: bool = False  # named as the seat of a council or in an address
    institution: bool = False  # named only as a university's or an institute's seat


# Nouns after a German or Dutch city adjective that make it the city's own government or
# police ("der Bremer Senat", "die Wiener Polizei", "de Rotterdamse politie"), not a club,
# a firm or a product ("der Hamburger SV", "Frankfurter Würstchen")
_ADJECTIVE_SEAT = re.compile(
    r"^\s+(?:Senat|Senats\w*|Abgeordnetenhaus|Bürgerschaft|Stadtpolizei|Polizei|"
    r"Polizeipräsidium|Stadtverwaltung|Verwaltung|Magistrat|Stadtrat|Gemeinderat|Stadtregierung|"
    r"Rathaus|(?:Ober)?[Bb]ürgermeister\w*|Jugendamt|Ordnungsamt|Sozialamt|Innenbehörde|"
    r"Sozialbehörde|(?:Kriminal)?[Pp]räventionsrat|"
    r"gemeente\w*|politie|stadsbestuur|stadsdeel|burgemeester|wethouder\w*|"
    r"gemeenteraad)\b")
# A district or state abbreviation after a city's name: "Bogotá D.C.", "São Paulo SP"
_ABBREVIATION = re.compile(r"^(.+?)\s+[A-Z](?:\.?[A-Z]){1,3}\.?$")


def _bare(name: str) -> str:
    """A city's name without the region after it, where the rest is a known town:
    "Stuttgart (Baden-Württemberg)" → Stuttgart, "Bogotá D.C." → Bogotá."""
    if town_country(name) is None or "(" in name:
        for pattern in (r"^(.*?)\s*\((.+)\)\s*$", _ABBREVIATION.pattern):
            head = re.match(pattern, name)
            if head and town_country(head.group(1).strip()):
                return head.group(1).strip()
    return name


# A separator and the label of another pair after a city's value ("Lyon · Porteur : …")
_NEXT_LABEL = re.compile(r"\s+[·|–—•]\s+(?=[^\W\d_][\w .'’/&-]{0,40}?\s*:)")


def _clean_city(value: str) -> tuple[str | None, str | None]:
    """(city, country) from a city value: "Lyon (France)", "Comune di Lecce", "Limerick, Ireland".

    A value naming no single city ("Nationwide (England, Wales)", "Helsinki, Tampere,
    Turku") gives no city but may give the country.
    """
    text = " ".join(value.split()).strip(" .;")
    text = _NEXT_LABEL.split(text)[0]  # "Rio de Janeiro (RJ), Brasil · Responsável: …"
    city, country = split_city(text)
    bracket = re.match(r"^(.*?)\s*\((.+)\)\s*$", city)
    if bracket:  # "Bobigny (Seine-Saint-Denis)", "Malines (Mechelen)": the name before
        city = bracket.group(1).strip()
        country = country or town_country(city) or town_country(bracket.group(2))
    seat = re.match(r"^(?:" + _SEAT_BEFORE.pattern + r")\s+(.+)$", city, re.I)
    if seat:
        city = seat.group(1).strip()
    after = re.match(r"^(.+?)\s+(?:city council|council|kommune|kommun|municipality)$", city,
                     re.I)
    if after:
        city = after.group(1).strip()
    names = [n.strip() for n in re.split(
        r"\s*(?:,|;|/| and | et | y | e | und | en )\s*|\s+[·|–—]\s+", city) if n.strip()]
    names = [_bare(n) for n in names]
    if len(names) > 1 and town_country(names[0]) and all(same_city(n, names[0])
                                                         for n in names[1:]):
        return names[0], country or town_country(names[0])  # "Gijón/Xixón", "Bozen/Bolzano"
    if len(names) > 1 and not _NO_CITY.search(fold(city)) and town_country(names[0]) and \
            not any(map(town_country, names[1:])) and all(len(n.split()) <= 3 for n in names):
        # "Firenze, Toscana", "Leeds · West Yorkshire · England": the city, then its region
        return names[0], country or town_country(names[0])
    if len(names) == 1:
        city = names[0]
    if _NO_CITY.search(fold(city)) or len(city.split()) > 5:
        pieces = re.split(r"\s*(?:[(),;/]|\band\b|\bet\b|\by\b|\be\b|\bund\b|\ben\b)\s*", text)
        codes = {c for n in pieces if n and (c := country_code(n) or town_country(n))}
        return None, country or (codes.pop() if len(codes) == 1 else None)
    if len(names) > 1 and all(town_country(n) for n in names[:3]):
        codes = {town_country(n) for n in names}
        return None, country or (codes.pop() if len(codes) == 1 else None)
    return city or None, country


def _from_fields(fields: dict[str, str], source: OriginSource, confidence: float
                 ) -> tuple[_Candidate | None, tuple[str, FactOrigin] | None, list[str]]:
    """A city candidate and a country (with origin) from city/country/region fields."""
    warnings: list[str] = []
    city_value, country_value = fields.get("city"), fields.get("country")
    city = country = None
    if city_value:
        city, country = _clean_city(city_value)
    country_origin = None
    if country_value:
        code = country_code(country_value.strip(" .")) or _clean_city(country_value)[1]
        if code:
            country_origin = (code, FactOrigin(source=source, confidence=confidence,
                                               note=country_value[:80]))
        else:
            warnings.append(f"country not understood: {country_value!r}")
    if country_origin is None and country:
        country_origin = (country, FactOrigin(source=source, confidence=confidence - 0.05,
                                              note=city_value[:80] if city_value else None))
    candidate = None
    if city:
        candidate = _Candidate(city, town_country(city) or country, confidence, source,
                               city_value or "", -1)
    return candidate, country_origin, warnings


# What may follow a city that ends a title ("Veiligheidshuis Tilburg", "Top600 – Amsterdam")
_TITLE_END = re.compile(r"^[\s.,;:!?)\]»\"'’]*$")
# Between two cities of a list ("Milano, Roma e Napoli", "Eindhoven en Breda")
_LIST_GAP = re.compile(r"^(?:\s*,\s*|\s+(?:and|or|et|ou|y|o|e|und|oder|en|of)\s+)$")


def _listed(text: str, found: list[Mention], index: int) -> bool:
    """Whether a city is one of a list of cities ("a partire da Milano, Roma e Napoli")."""
    mention = found[index]
    for other in (found[index - 1] if index else None,
                  found[index + 1] if index + 1 < len(found) else None):
        if other is None or not other.is_city:
            continue
        first, second = (other, mention) if other.start < mention.start else (mention, other)
        if _LIST_GAP.match(text[first.start + len(first.name): second.start]):
            return True
    return False


def _text_candidates(text: str, offset: int, where: str, strength: float) -> list[_Candidate]:
    """City candidates a piece of text gives, with their strength at that place. A city
    ending the title is placed there ("Veiligheidshuis Tilburg"); in the body, a city of
    a list of cities ("for example in Eindhoven and Breda") is an example, not a place."""
    out = []
    found = mentions(text)
    for index, mention in enumerate(found):
        if not mention.is_city:
            continue
        after = text[mention.end:]
        seat = bool(re.search(r"(?:^|\W)(?:" + _SEAT_BEFORE.pattern + r")\s*$", mention.before,
                              re.I) or _SEAT_AFTER.match(after)
                    or (mention.adjective and _ADJECTIVE_SEAT.match(after)))
        before = fold(text[max(0, mention.start - 80):mention.start])
        if not seat and _ELSEWHERE.search(before):
            continue  # "partners in Hanover", "inspired by Montréal", "zoals in Rotterdam"
        if _HEADQUARTERS.search(before):
            continue  # "headquartered in Leeds", "Bundesgeschäftsstelle: …, 55116 Mainz"
        address = bool(_POSTCODE_BEFORE.search(text[max(0, mention.start - 30):mention.start])
                       or _POSTCODE_AFTER.match(after))
        seat = seat or address
        listed = _listed(text, found, index)  # "Breda en Venlo": Dutch "and", not "in"
        placed = bool(_IN.search(mention.before)) and not listed or (
            where == "title" and mention.context == "plain"
            and bool(_TITLE_END.match(after)) and mention.start > 0
            and not listed)  # not "between Lyon and Barcelona"
        if where == "text" and not seat and listed:
            continue
        if not (mention.curated or seat or placed):
            continue  # a GeoNames town counts only where the text places something in it
        if mention.context in ("inside", "name") and not seat:
            confidence = 0.2
        elif mention.context == "institution":
            confidence = 0.3
        elif seat:
            confidence = strength + 0.1
        elif placed:
            confidence = strength
        else:
            confidence = strength - 0.15
        out.append(_Candidate(mention.name, mention.country, round(confidence, 2), "prose",
                              f"{where}: {mention.name}", offset + mention.start, seat,
                              mention.context == "institution" and not seat))
    return out


def _country_votes(found: list[Mention]) -> Counter[str]:
    votes: Counter[str] = Counter()
    for mention in found:
        if mention.context == "plain" or not mention.is_city:
            votes[mention.country] += 1
    return votes


def find_place(*, keys: dict[str, str], meta: dict[str, str], title: str, lead: str,
               body: list[str], kind: str, language: str | None = None,
               scope: str = "") -> Place:
    """The place of a sheet from its explicit keys, meta lines, title, opening and body
    (in `language`), else its country from clues (`country_clues`). `scope`: the values of
    the sheet's other keys and its preamble, where a national or regional scope is written
    ("ámbito: Estatal", "Territoire : département du Loiret")."""
    place = Place()
    key_city, key_country, warnings = _from_fields(keys, "key", 0.95)
    meta_city, meta_country, meta_warnings = _from_fields(meta, "meta", 0.9)
    place.warnings += warnings + (meta_warnings if not key_country else [])
    candidates = [c for c in (key_city, meta_city) if c]
    opening = f"{title}\n{lead}"
    # a national or regional practice ("ámbito: Estatal", a region key and no city key):
    # a city it names only in passing, as a seat or an address is not where it runs
    national = bool(_NATIONAL.search(fold(opening)) or _SCOPE_VALUE.search(fold(scope))
                    or (keys.get("region") or meta.get("region")) and not candidates)
    if kind == "practice" and not candidates:
        candidates += _text_candidates(title, 0, "title", 0.85)
        candidates += _text_candidates(lead, len(title) + 1, "opening", 0.75)
        offset = len(opening) + 1
        for text in body:
            candidates += _text_candidates(text, offset, "text", 0.45)
            offset += len(text) + 1
        if national:
            candidates = [c for c in candidates if c.confidence >= 0.8]
        seen = candidates
        candidates = _dominant(candidates)
        host = None if candidates or national else city_from_hosts("\n".join(body))
        if host:  # "www.lyon.fr", "comune.bologna.it": the city's own web address
            candidates = [_Candidate(host[0], host[1], 0.55, "prose", f"web address: {host[0]}",
                                     len(opening), False)]
            seen = candidates
    else:
        seen = candidates
    best = max(candidates, key=lambda c: (c.confidence, -c.position), default=None)
    if best and any(not same_city(c.city, best.city) and (c.seat or not best.seat) and (
            c.confidence >= best.confidence - 0.05 or 0 < c.position - best.position < 60)
            for c in seen if c.confidence >= 0.5):
        best = None  # "between Lyon and Barcelona", "in Lyon, Marseille and Lille": no one city
    if best and best.confidence >= 0.5:
        place.city = best.city
        place.origins["city"] = FactOrigin(source=best.source, confidence=best.confidence,
                                           note=best.note[:80])
        if best.source == "prose" and best.confidence < 0.8:
            place.warnings.append(f"city guessed from the text: {best.city} — check")
    country = key_country or meta_country
    if country is None and best and best.confidence >= 0.5 and best.country:
        country = (best.country, FactOrigin(source=best.source,
                                            confidence=min(best.confidence, 0.9),
                                            note=f"from the city {best.city}"))
    if country is None:
        country = _country_from_text(opening, body, kind)
    if country is None and kind == "practice":
        clue = country_from_clues("\n".join([opening, *body]), language)
        if clue:
            country = (clue[0], FactOrigin(source="inferred", confidence=clue[1], note=clue[2]))
    if country:
        place.country, place.origins["country"] = country
        if country[1].confidence < 0.7:
            place.warnings.append(f"country guessed from the text: {country[0]} — check")
    elif kind == "practice":
        place.warnings.append("no country found")
    return place


def _dominant(candidates: list[_Candidate]) -> list[_Candidate]:
    """Weak candidates only count when one city clearly dominates the others."""
    strong = [c for c in candidates if c.confidence >= 0.7]
    if strong:
        return strong
    counts = Counter(fold(c.city) for c in candidates if c.confidence >= 0.3
                     and not c.institution)  # "University of Cambridge" twice: no place
    if not counts:
        return []
    (top, n), *rest = counts.most_common()
    if n >= 2 and (not rest or rest[0][1] * 2 <= n):
        best = max((c for c in candidates if fold(c.city) == top), key=lambda c: c.confidence)
        return [replace(best, confidence=0.55)]
    return [c for c in candidates if c.confidence >= 0.55]


def _country_from_text(opening: str, body: list[str], kind: str
                       ) -> tuple[str, FactOrigin] | None:
    """A country from the opening's place names or national bodies ("the Home Office"),
    else a clear majority of the places the sheet names."""
    first = _country_votes(mentions(opening))
    bodies = {NATIONAL_BODIES[m.group(0)] for m in _BODY.finditer(fold(opening))}
    if not first and len(bodies) == 1:
        code = bodies.pop()
        return code, FactOrigin(source="prose", confidence=0.65, note="a national body named")
    if len(first) == 1:
        code = next(iter(first))
        return code, FactOrigin(source="prose", confidence=0.7, note="named in the opening")
    in_body = [m for t in body for m in mentions(t)]
    votes = first + _country_votes(in_body)
    total = sum(votes.values())
    if not total:
        # only cities before another capitalised word ("der Charité in Berlin Menschen …",
        # "Kontakt: Netzwerk, Berlin Praxisdatenbank"): twice the same country is one
        named = [m.country for m in mentions(opening) + in_body
                 if m.is_city and m.context == "name"]
        count = len(named)
        if kind == "practice" and len(set(named)) == 1 and count >= 2:
            return named[0], FactOrigin(source="inferred", confidence=0.5,
                                           note=f"{count} places named before other names")
        return None
    code, n = votes.most_common(1)[0]
    share = n / total
    if kind == "practice" and share >= 0.6 and (n >= 2 or n == total):
        return code, FactOrigin(source="inferred", confidence=0.55,
                                note=f"{n} of {total} places named")
    if kind != "practice" and share >= 0.8 and n >= 3:
        return code, FactOrigin(source="inferred", confidence=0.5,
                                note=f"{n} of {total} places named")
    return None
