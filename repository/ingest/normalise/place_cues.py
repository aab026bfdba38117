"""Cue tables of `place_finder` (folded or case-insensitive regexes, 7 languages): where a
city is a council's seat, an address or a host rather than where the practice runs, and
what says a practice is national or regional."""

from __future__ import annotations

import re

# "Comune di Lecce", "Ville de Charleroi", "Ayuntamiento de Zaragoza", "Stadt Leipzig",
# "Câmara Municipal de Braga", "gemeente Utrecht", "City of Sheffield" (name follows)
SEAT_BEFORE = re.compile(
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
SEAT_AFTER = re.compile(
    r"^\s*(?:city council|borough council|county council|district council|council|"
    r"municipality|kommune|kommun|stad\b|"
    r"byråd|kaupunki)", re.I)
# "in Rotterdam", "à Lausanne", "en Sevilla", "a Milano", "em Braga", "na cidade do Porto"
IN = re.compile(r"(?:^|\W)(?:in|at|à|a|en|em|no|na|nel|nella|im|te|op|dans la ville de|"
                 r"in der stadt|na cidade (?:de|do|da)|nella citta di|en la ciudad de|"
                 r"in the city of)\s*$")
# An address line: a postcode before the town ("04109 Leipzig", "69001 Lyon", "B-1000
# Bruxelles", "3521 AZ Utrecht", "1100-148 Lisboa") or a British one after it ("Leeds LS1 1UR")
# (a postcode opens a line or follows a comma, a bar or a street: not "in 2004 in Nieuwegein")
POSTCODE_BEFORE = re.compile(r"(?:^|\n|[,|]\s*)(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?(?:\s?[A-Z]{2})?"
                              r"[ \t]+$")
POSTCODE_AFTER = re.compile(r"^,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# A city named as a partner, a model or an inspiration, not where the practice runs
ELSEWHERE = re.compile(
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
HEADQUARTERS = re.compile(
    r"(?:headquartered (?:in|at)|headquarters (?:in|at)|head office (?:in|at)|registered "
    r"(?:office|seat) (?:in|at)|(?:national|central|head) (?:office|secretariat)|"
    r"dont le siege (?:social )?est (?:a|au)|siege (?:social|national|central)?\s*(?:a|au|:)|"
    r"siege (?:social|national|central)\b|con sede (?:en|a|in)|sede (?:central|nacional|"
    r"social|legal|nazionale|centrale|legale)|sede (?:en|a|in|em) |com sede em|sediad[oa] "
    r"(?:em|no|na)|(?:mit )?(?:haupt)?sitz (?:in|im)|bundesgeschaftsstelle|"
    r"hauptgeschaftsstelle|bundeszentrale|gevestigd (?:in|te)|hoofdkantoor|met zetel (?:in|te)|"
    r"zetel te|landelijk bureau)(?:[^.;\n]|\n(?!\s*\n)){0,60}$")
# A practice run nationally: a ministry's programme, or "throughout the country"
NATIONAL = re.compile(
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
SCOPE_VALUE = re.compile(
    r"(?:^|\n|[:·|(]\s*|\.{3,}\s*)(?:national\w*|nacional\w*|nazional\w*|estatal|"
    r"statale|bundesweit\w*|landesweit\w*|landelijk\w*|nationwide|federal|regional\w*|"
    r"departement\w*|provincial\w*|iniciativa estatal|ambito estatal)\b")
# Values of a city key that name no single city
NO_CITY = re.compile(
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
BODY = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in NATIONAL_BODIES) + r")\b")
