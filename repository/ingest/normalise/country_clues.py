"""Clues to a sheet's country when it writes no place: how its contact lines are
written and which institutions it names.

An international phone prefix ("+33 1 …", "0049 30 …"), a web or mail domain
("www.lyon.fr", "info@stadt.de", "council.gov.uk"), a postcode format only one country
uses ("4000-123" PT, "3511 ED Utrecht" NL, "LS1 1UR" GB), a currency ("£", "CHF") and
local institutions that exist in one country only ("ayuntamiento", "junta de freguesia",
"questura", "Ordnungsamt", "politiezone", Brazil's "favela" and "prefeitura") each vote
for a country. Names shared by
several countries ("gemeente", "mairie", "Bezirksamt", a ".eu" or ".org" domain) give
no vote. The sheet's language is the last resort: the country of Italian, Spanish and
Portuguese, and, less sure, the country most Dutch, German, English and French sheets
come from where the sheet names no place at all (flagged for staff to check either way).
A city's own web address ("www.lyon.fr", "comune.bologna.it", "stadt-leipzig.de",
"cm-braga.pt") names the city when the sheet names none: a host label that is a city of
the gazetteer whose country is the domain's.
"""

from __future__ import annotations

import re
from collections import Counter

from repository.places import city_country, gazetteer_name, places_in_text
from repository.text import fold

_PHONE_CODES = {
    "33": "FR", "32": "BE", "34": "ES", "39": "IT", "49": "DE", "43": "AT", "41": "CH",
    "351": "PT", "31": "NL", "44": "GB", "353": "IE", "352": "LU", "45": "DK", "46": "SE",
    "47": "NO", "358": "FI", "48": "PL", "420": "CZ", "30": "GR", "36": "HU", "40": "RO",
    "55": "BR",
}
# "+33 1 42 …", "(+49) 30 …", "0041 44 …": a prefix, then the national number
_PHONE = re.compile(r"(?:\+|\b00)\s?\(?(" + "|".join(sorted(_PHONE_CODES, key=len,
                                                            reverse=True))
                    + r")\)?[\s.\-/]?\(?0?\)?\s?\d{1,4}[\s.\-/]?\d{2,}")
_DOMAINS = {
    "fr": "FR", "be": "BE", "es": "ES", "cat": "ES", "eus": "ES", "gal": "ES", "it": "IT",
    "de": "DE", "at": "AT", "ch": "CH", "pt": "PT", "nl": "NL", "uk": "GB", "ie": "IE",
    "lu": "LU", "dk": "DK", "se": "SE", "no": "NO", "fi": "FI", "pl": "PL", "cz": "CZ",
    "gr": "GR", "hu": "HU", "ro": "RO", "scot": "GB", "wales": "GB", "brussels": "BE",
    "paris": "FR", "berlin": "DE", "wien": "AT", "amsterdam": "NL", "barcelona": "ES",
    "br": "BR",
}
# a host in a web address or a mail address: "www.lyon.fr", "https://x.de/…", "a@b.it"
_HOST = re.compile(r"(?:https?://|\bwww\.|[\w.+-]@)((?:[\w-]+\.)+([a-z]{2,8}))\b", re.I)
_POSTCODES = (
    (re.compile(r"(?<![\d-])[1-9]\d{3}-\d{3}(?![\d-])"), "PT"),  # 4000-123 (PT only)
    (re.compile(r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2} +[A-Z][a-z]"), "NL"),  # 3511 ED Utrecht
    (re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b"), "GB"),  # LS1 1UR
    (re.compile(r"(?<![\d-])\d{5}-\d{3}(?![\d-])"), "BR"),  # CEP 22290-030 (BR only)
)
_CURRENCIES = ((re.compile(r"£\s?\d|\d\s?£|\bGBP\b|\d\s?(?:pounds|sterling)\b"), "GB"),
               (re.compile(r"\bCHF\b|\bSFr\.|\bFr\.\s?\d"), "CH"))
# local and national institutions only one country has (folded)
_INSTITUTIONS: dict[str, str] = {
    "ayuntamiento": "ES", "concejalia": "ES", "policia local": "ES", "guardia urbana": "ES",
    "comunidad autonoma": "ES", "diputacion provincial": "ES",
    "junta de freguesia": "PT", "camara municipal": "PT", "freguesia": "PT",
    "policia de seguranca publica": "PT", "guarda nacional republicana": "PT",
    "questura": "IT", "prefettura": "IT", "polizia locale": "IT", "polizia municipale": "IT",
    "carabinieri": "IT", "assessorato": "IT", "comune di": "IT", "municipio di": "IT",
    "ordnungsamt": "DE", "polizeiprasidium": "DE", "landkreis": "DE",
    "kommunaler praventionsrat": "DE",
    "landespolizeidirektion": "AT", "magistratsabteilung": "AT",
    "politiezone": "BE", "zone de police": "BE", "cpas": "BE", "ocmw": "BE",
    "plan strategique de securite et de prevention": "BE",
    "veiligheidshuis": "NL", "buitengewoon opsporingsambtenaar": "NL",
    "clspd": "FR", "conseil local de securite et de prevention de la delinquance": "FR",
    "prefecture": "FR", "procureur de la republique": "FR", "gendarmerie": "FR",
    "an garda siochana": "IE", "garda siochana": "IE",
    # Brazil: its favelas, city halls, military police and guardianship councils (Portugal
    # has "câmara municipal", PSP and GNR)
    "favela": "BR", "favelas": "BR", "prefeitura": "BR", "policia militar": "BR",
    "conselho tutelar": "BR", "guarda civil municipal": "BR", "detran": "BR",
    "unidade de policia pacificadora": "BR", "unidades de policia pacificadora": "BR",
    # national bodies and forces
    "rijksoverheid": "NL", "nationale politie": "NL", "ministerie van justitie en veiligheid":
    "NL", "vlaamse overheid": "BE", "vlaamse regering": "BE", "federale politie": "BE",
    "federale overheid": "BE", "kantonspolizei": "CH", "eidgenossisch": "CH",
    "eidgenossische": "CH", "nhs": "GB", "metropolitan police": "GB", "police scotland": "GB",
    "crown prosecution service": "GB", "guardia civil": "ES", "policia nacional": "ES",
    "mossos d'esquadra": "ES", "ertzaintza": "ES", "gendarmerie nationale": "FR",
    "police nationale": "FR", "polizia di stato": "IT", "guardia di finanza": "IT",
    "psp": "PT", "gnr": "PT", "bundeskriminalamt": "DE",
    "borough council": "GB", "community safety partnership": "GB",
    "police and crime commissioner": "GB",
}
_INSTITUTION = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(
    _INSTITUTIONS, key=len, reverse=True)) + r")\b")
LANGUAGE_COUNTRY = {"it": "IT", "es": "ES", "pt": "PT"}
# languages of several European countries: the country most of their sheets come from,
# a weaker guess (Dutch sheets are from the Netherlands three times in four, German and
# English ones from Germany and Britain two in three, French ones from France)
SHARED_LANGUAGE_COUNTRY = {"nl": "NL", "de": "DE", "en": "GB", "fr": "FR"}


def country_clues(text: str) -> Counter[str]:
    """Votes per country from the clues a text carries."""
    votes: Counter[str] = Counter()
    for match in _PHONE.finditer(text):
        votes[_PHONE_CODES[match.group(1)]] += 1
    for match in _HOST.finditer(text):
        code = _host_country(match.group(1).lower(), match.group(2).lower())
        if code:
            votes[code] += 1
    for pattern, code in (*_POSTCODES, *_CURRENCIES):
        votes[code] += len(pattern.findall(text))
    for match in _INSTITUTION.finditer(fold(text)):
        votes[_INSTITUTIONS[match.group(0)]] += 1
    return +votes


def country_from_clues(text: str, language: str | None) -> tuple[str, float, str] | None:
    """(country, confidence, what it came from) when the clues agree on one country (at
    least 2 in 3 of the votes), else the country of the sheet's language, or None."""
    votes = country_clues(text)
    total = sum(votes.values())
    if total:
        code, n = votes.most_common(1)[0]
        if n * 3 >= total * 2:
            return code, 0.6 if n >= 2 else 0.5, f"{n} of {total} clues (phone, web, " \
                "postcode, currency, institution)"
        return None
    code = LANGUAGE_COUNTRY.get(language or "")
    if code:
        return code, 0.4, f"the sheet is in {language}"
    code = SHARED_LANGUAGE_COUNTRY.get(language or "")
    if not code or places_in_text(text):  # places of other countries: no guess
        return None
    return code, 0.3, f"the sheet is in {language}, most such sheets are from {code}"


def _host_country(host: str, tld: str) -> str | None:
    return "GB" if host.endswith((".gov.uk", ".co.uk", ".org.uk")) else _DOMAINS.get(tld)


def city_from_hosts(text: str) -> tuple[str, str] | None:
    """(city, country) when the web and mail hosts a text names agree on one city of the
    gazetteer whose country is the host's domain's, else None."""
    found: set[tuple[str, str]] = set()
    for match in _HOST.finditer(text):
        host, tld = match.group(1).lower(), match.group(2).lower()
        code = _host_country(host, tld)
        if code is None:
            continue
        for label in re.split(r"[.-]", host)[:-1]:
            if len(label) >= 4 and city_country(label) == code:
                found.add((gazetteer_name(label, code) or label.title(), code))
    return found.pop() if len(found) == 1 else None
