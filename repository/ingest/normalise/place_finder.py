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

from repository.ingest.normalise import place_cues as cue
from repository.ingest.normalise.country_clues import city_from_hosts, country_from_clues
from repository.ingest.normalise.place_names import Mention, mentions, same_city, town_country
from repository.model import FactOrigin, OriginSource
from repository.places import country_code, split_city
from repository.text import fold


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
    seat = re.match(r"^(?:" + cue.SEAT_BEFORE.pattern + r")\s+(.+)$", city, re.I)
    if seat and not (country_code(seat.group(1)) and not town_country(seat.group(1))):
        # "Comune di Lecce" is Lecce; "Ciudad de México" is not the country
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
    if len(names) > 1 and not cue.NO_CITY.search(fold(city)) and town_country(names[0]) and \
            not any(map(town_country, names[1:])) and all(len(n.split()) <= 3 for n in names):
        # "Firenze, Toscana", "Leeds · West Yorkshire · England": the city, then its region
        return names[0], country or town_country(names[0])
    if len(names) == 1:
        city = names[0]
    if cue.NO_CITY.search(fold(city)) or len(city.split()) > 5:
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
        seat = bool(re.search(r"(?:^|\W)(?:" + cue.SEAT_BEFORE.pattern + r")\s*$", mention.before,
                              re.I) or cue.SEAT_AFTER.match(after)
                    or (mention.adjective and _ADJECTIVE_SEAT.match(after)))
        before = fold(text[max(0, mention.start - 80):mention.start])
        if not seat and cue.ELSEWHERE.search(before):
            continue  # "partners in Hanover", "inspired by Montréal", "zoals in Rotterdam"
        if cue.HEADQUARTERS.search(before):
            continue  # "headquartered in Leeds", "Bundesgeschäftsstelle: …, 55116 Mainz"
        address = bool(cue.POSTCODE_BEFORE.search(text[max(0, mention.start - 30):mention.start])
                       or cue.POSTCODE_AFTER.match(after))
        seat = seat or address
        listed = _listed(text, found, index)  # "Breda en Venlo": Dutch "and", not "in"
        placed = bool(cue.IN.search(mention.before)) and not listed or (
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
    national = bool(cue.NATIONAL.search(fold(opening)) or cue.SCOPE_VALUE.search(fold(scope))
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
    bodies = {cue.NATIONAL_BODIES[m.group(0)] for m in cue.BODY.finditer(fold(opening))}
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
