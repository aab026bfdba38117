"""A police force's facts: the competencies its profile names, its head count.

Pure. Competencies are read from the competencies section (and the areas of expertise)
by word stems in the seven languages and become `model.COMPETENCIES` keys; the head
count is the largest figure of the personnel section that is not a year.
"""

from __future__ import annotations

import re

from repository.text import fold

# competency key → folded phrases in en, fr, es, it, de, pt, nl (word stems: "grenz"
# finds "Grenzschutz"; "traffic$" is not "trafficking")
_COMPETENCY_WORDS: dict[str, tuple[str, ...]] = {
    "public_order": (
        "public order", "crowd", "riot", "ordre public", "maintien de l ordre",
        "orden publico", "antidisturbios", "ordine pubblico", "offentliche ordnung",
        "offentlichen ordnung", "bereitschaftspolizei", "ordem publica", "openbare orde",
        "mobiele eenheid", "events", "evenements", "manifestation"),
    "criminal_investigation": (
        "criminal investigation", "investigation", "detective", "police judiciaire",
        "enquete", "investigacion", "policia judicial", "polizia giudiziaria", "indagin",
        "investigativ", "kriminalpolizei", "ermittlung", "strafverfolgung", "investigacao",
        "opsporing", "recherche", "criminal police"),
    "crime_prevention": (
        "prevention", "prevencion", "prevenzione", "pravention", "kriminalpravention",
        "vorbeug", "prevencao",
        "preventie", "preventive", "preventiv"),
    "community_policing": (
        "community policing", "neighbourhood", "neighborhood", "proximite", "proximidad",
        "prossimita", "quartiere", "burgernah", "kontaktbereich", "bezirksdienst",
        "proximidade", "wijkagent", "wijkpolitie", "gebiedsgebonden", "community police",
        "police municipale", "policia local", "polizia locale", "policia municipal"),
    "traffic": (
        "traffic$", "road safety", "roads policing", "circulation routiere",
        "securite routiere", "routier", "seguridad vial", "trafico rodado",
        "policia de trafico", "sicurezza stradale", "polizia stradale", "circolazione",
        "verkehrspolizei", "verkehrssicherheit", "verkehrsuberwachung", "strassenverkehr",
        "transito", "rodoviari", "verkeer"),
    "border_control": (
        "border", "coast guard", "frontiere", "frontera", "frontiera", "grenz", "fronteira",
        "grens", "immigration", "migration control", "aeroport", "airport"),
    "organised_crime": (
        "organised crime", "organized crime", "criminalite organisee", "crime organise",
        "crimen organizado", "delincuencia organizada", "criminalita organizzata", "mafia",
        "organisierte kriminalitat", "criminalidade organizada", "georganiseerde",
        "ondermijning", "drug trafficking", "narcotrafic", "narcotrafico", "narcotraffico",
        "rauschgift", "trafico de droga", "trafic de stupefiants", "stupefacenti",
        "drugshandel"),
    "counter_terrorism": (
        "terror", "antiterror", "counter-terror", "radicalis", "radicaliz", "extremis",
        "staatsschutz", "contraterror"),
    "cybercrime": (
        "cyber", "informatique", "informatica", "internet", "computer", "digital crime",
        "online crime", "delitos telematicos", "telematic", "postale", "cibercrim",
        "digitale criminaliteit"),
    "forensics": (
        "forensic", "police scientifique", "police technique", "criminalistique",
        "policia cientifica", "polizia scientifica", "kriminaltechnik", "spurensicherung",
        "forense", "forens", "technische recherche", "laborator"),
}


def _stem(word: str) -> str:
    """A word stem as a pattern; a stem ending in "$" must end the word."""
    return re.escape(word[:-1]) + r"\b" if word.endswith("$") else re.escape(word)


_PATTERNS = {key: re.compile(r"\b(?:" + "|".join(map(_stem, words)) + r")")
             for key, words in _COMPETENCY_WORDS.items()}
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?!\d)|(?<![\d.,])\d+(?!\d)")


def competencies(*texts: str | None) -> list[str]:
    """The competency keys the texts name, in `model.COMPETENCIES` order."""
    folded = fold(" ".join(t for t in texts if t)).replace("'", " ").replace("’", " ")
    return [key for key, rx in _PATTERNS.items() if rx.search(folded)]


def personnel_count(text: str | None) -> int | None:
    """The largest head count in a personnel text ("about 2,800 officers and 700 civilian
    staff" → 2800), years (1900–2099 written without a separator) left out."""
    if not text:
        return None
    found = []
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        value = int(digits)
        if len(match.group(0)) == 4 and 1900 <= value <= 2099:
            continue
        found.append(value)
    best = max(found, default=None)
    return best if best else None
