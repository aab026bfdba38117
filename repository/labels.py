"""Human labels for facet values, in the reader's language.

Values are stored as keys (`FR`, `youth`, `10k-50k`); what a person reads comes from
here: themes from the multilingual vocabulary, country and language names from Babel's
CLDR data, city names from the gazetteer (`places.city_name`: "Malines" in French,
"Mechelen" in Dutch), and small tables for kind, evaluation kind and budget band.
Project and year are shown as written. An unknown locale falls back to English; an
unknown key is shown as it is.

    >>> label("country", "DE", "fr")
    'Allemagne'
    >>> label("theme", "youth", "it")
    'Giovani'
    >>> label("city", "Liège", "nl")
    'Luik'
"""

from __future__ import annotations

from functools import cache

from babel import Locale, UnknownLocaleError

from repository.places import city_name
from repository.vocabulary import load_vocabulary

__all__ = ["FACETS", "LOCALES", "cldr", "label"]

LOCALES: tuple[str, ...] = ("en", "fr", "es", "it", "de", "pt", "nl")
DEFAULT = "en"
FACETS: tuple[str, ...] = ("theme", "country", "city", "language", "kind", "competency",
                           "resource_type", "project", "organisation_type", "evaluation",
                           "evidence", "domain", "year", "budget")
# the CLDR locale each UI language is written in: European Portuguese, not Brazilian
_CLDR_IDS = {"pt": "pt_PT"}

_TABLES: dict[str, dict[str, dict[str, str]]] = {
    "evaluation": {
        "en": {"none": "Not evaluated", "internal": "Internal evaluation",
               "external": "External evaluation", "scientific": "Scientific evaluation"},
        "fr": {"none": "Non évaluée", "internal": "Évaluation interne",
               "external": "Évaluation externe", "scientific": "Évaluation scientifique"},
        "es": {"none": "Sin evaluar", "internal": "Evaluación interna",
               "external": "Evaluación externa", "scientific": "Evaluación científica"},
        "it": {"none": "Non valutata", "internal": "Valutazione interna",
               "external": "Valutazione esterna", "scientific": "Valutazione scientifica"},
        "de": {"none": "Nicht evaluiert", "internal": "Interne Evaluation",
               "external": "Externe Evaluation", "scientific": "Wissenschaftliche Evaluation"},
        "pt": {"none": "Não avaliada", "internal": "Avaliação interna",
               "external": "Avaliação externa", "scientific": "Avaliação científica"},
        "nl": {"none": "Niet geëvalueerd", "internal": "Interne evaluatie",
               "external": "Externe evaluatie", "scientific": "Wetenschappelijke evaluatie"},
    },
    "evidence": {  # the evidence scale, docs/evidence.md
        "en": {"none": "No evaluation", "descriptive": "Descriptive evaluation",
               "outcome": "Outcomes measured", "quasi_experimental": "Quasi-experimental",
               "experimental": "Experimental (randomised)"},
        "fr": {"none": "Aucune évaluation", "descriptive": "Évaluation descriptive",
               "outcome": "Résultats mesurés", "quasi_experimental": "Quasi expérimentale",
               "experimental": "Expérimentale (randomisée)"},
        "es": {"none": "Sin evaluación", "descriptive": "Evaluación descriptiva",
               "outcome": "Resultados medidos", "quasi_experimental": "Cuasiexperimental",
               "experimental": "Experimental (aleatorizada)"},
        "it": {"none": "Nessuna valutazione", "descriptive": "Valutazione descrittiva",
               "outcome": "Risultati misurati", "quasi_experimental": "Quasi-sperimentale",
               "experimental": "Sperimentale (randomizzata)"},
        "de": {"none": "Keine Evaluation", "descriptive": "Beschreibende Evaluation",
               "outcome": "Wirkungen gemessen", "quasi_experimental": "Quasi-experimentell",
               "experimental": "Experimentell (randomisiert)"},
        "pt": {"none": "Sem avaliação", "descriptive": "Avaliação descritiva",
               "outcome": "Resultados medidos", "quasi_experimental": "Quase-experimental",
               "experimental": "Experimental (aleatorizada)"},
        "nl": {"none": "Geen evaluatie", "descriptive": "Beschrijvende evaluatie",
               "outcome": "Uitkomsten gemeten", "quasi_experimental": "Quasi-experimenteel",
               "experimental": "Experimenteel (gerandomiseerd)"},
    },
    "domain": {  # the Urban Safety Monitor's domains
        "en": {"crime": "Crime", "community": "Community", "governance": "Governance"},
        "fr": {"crime": "Criminalité", "community": "Communauté", "governance": "Gouvernance"},
        "es": {"crime": "Delincuencia", "community": "Comunidad", "governance": "Gobernanza"},
        "it": {"crime": "Criminalità", "community": "Comunità", "governance": "Governo locale"},
        "de": {"crime": "Kriminalität", "community": "Gemeinschaft", "governance": "Steuerung"},
        "pt": {"crime": "Criminalidade", "community": "Comunidade", "governance": "Governação"},
        "nl": {"crime": "Criminaliteit", "community": "Gemeenschap", "governance": "Bestuur"},
    },
    "organisation_type": {
        "en": {"local_authority": "Local authority", "regional_authority": "Regional authority",
               "national_authority": "National authority", "police": "Police",
               "justice": "Justice", "ngo": "NGO / association", "research": "Research",
               "education": "Education", "health": "Health", "private": "Private sector",
               "international": "International body", "network": "Network"},
        "fr": {"local_authority": "Collectivité locale", "regional_authority":
               "Collectivité régionale", "national_authority": "Autorité nationale",
               "police": "Police", "justice": "Justice", "ngo": "ONG / association",
               "research": "Recherche", "education": "Éducation", "health": "Santé",
               "private": "Secteur privé", "international": "Organisation internationale",
               "network": "Réseau"},
        "es": {"local_authority": "Administración local", "regional_authority":
               "Administración regional", "national_authority": "Autoridad nacional",
               "police": "Policía", "justice": "Justicia", "ngo": "ONG / asociación",
               "research": "Investigación", "education": "Educación", "health": "Salud",
               "private": "Sector privado", "international": "Organismo internacional",
               "network": "Red"},
        "it": {"local_authority": "Ente locale", "regional_authority": "Ente regionale",
               "national_authority": "Autorità nazionale", "police": "Polizia",
               "justice": "Giustizia", "ngo": "ONG / associazione", "research": "Ricerca",
               "education": "Istruzione", "health": "Sanità", "private": "Settore privato",
               "international": "Organismo internazionale", "network": "Rete"},
        "de": {"local_authority": "Kommune", "regional_authority": "Regionale Behörde",
               "national_authority": "Nationale Behörde", "police": "Polizei",
               "justice": "Justiz", "ngo": "NGO / Verein", "research": "Forschung",
               "education": "Bildung", "health": "Gesundheit", "private": "Privatwirtschaft",
               "international": "Internationale Organisation", "network": "Netzwerk"},
        "pt": {"local_authority": "Autarquia local", "regional_authority":
               "Autoridade regional", "national_authority": "Autoridade nacional",
               "police": "Polícia", "justice": "Justiça", "ngo": "ONG / associação",
               "research": "Investigação", "education": "Educação", "health": "Saúde",
               "private": "Setor privado", "international": "Organismo internacional",
               "network": "Rede"},
        "nl": {"local_authority": "Lokaal bestuur", "regional_authority": "Regionaal bestuur",
               "national_authority": "Nationale overheid", "police": "Politie",
               "justice": "Justitie", "ngo": "Ngo / vereniging", "research": "Onderzoek",
               "education": "Onderwijs", "health": "Gezondheidszorg",
               "private": "Privésector", "international": "Internationale organisatie",
               "network": "Netwerk"},
    },
    "budget": {
        "en": {"lt10k": "under €10k", "10k-50k": "€10k–50k", "50k-100k": "€50k–100k",
               "100k-500k": "€100k–500k", "500k-1m": "€500k–1M", "gt1m": "over €1M"},
        "fr": {"lt10k": "moins de 10 k€", "10k-50k": "10–50 k€", "50k-100k": "50–100 k€",
               "100k-500k": "100–500 k€", "500k-1m": "500 k€–1 M€", "gt1m": "plus de 1 M€"},
        "es": {"lt10k": "menos de 10.000 €", "10k-50k": "10.000–50.000 €",
               "50k-100k": "50.000–100.000 €", "100k-500k": "100.000–500.000 €",
               "500k-1m": "500.000 €–1 M€", "gt1m": "más de 1 M€"},
        "it": {"lt10k": "meno di 10.000 €", "10k-50k": "10.000–50.000 €",
               "50k-100k": "50.000–100.000 €", "100k-500k": "100.000–500.000 €",
               "500k-1m": "500.000 €–1 mln €", "gt1m": "oltre 1 mln €"},
        "de": {"lt10k": "unter 10.000 €", "10k-50k": "10.000–50.000 €",
               "50k-100k": "50.000–100.000 €", "100k-500k": "100.000–500.000 €",
               "500k-1m": "500.000 €–1 Mio. €", "gt1m": "über 1 Mio. €"},
        "pt": {"lt10k": "menos de 10 000 €", "10k-50k": "10 000–50 000 €",
               "50k-100k": "50 000–100 000 €", "100k-500k": "100 000–500 000 €",
               "500k-1m": "500 000 €–1 milhão €", "gt1m": "mais de 1 milhão €"},
        "nl": {"lt10k": "minder dan € 10.000", "10k-50k": "€ 10.000–50.000",
               "50k-100k": "€ 50.000–100.000", "100k-500k": "€ 100.000–500.000",
               "500k-1m": "€ 500.000–1 miljoen", "gt1m": "meer dan € 1 miljoen"},
    },
}


# the kinds of record, and the facets only some kinds have: a police force's
# competencies, a resource's type
KIND_TABLES: dict[str, dict[str, dict[str, str]]] = {
    "kind": {
        "en": {"practice": "Practice", "fact_sheet": "Fact sheet",
               "id_sheet": "Police ID sheet", "resource": "Resource"},
        "fr": {"practice": "Pratique", "fact_sheet": "Fiche thématique",
               "id_sheet": "Fiche d’identité de police", "resource": "Ressource"},
        "es": {"practice": "Práctica", "fact_sheet": "Ficha temática",
               "id_sheet": "Ficha de identidad policial", "resource": "Recurso"},
        "it": {"practice": "Pratica", "fact_sheet": "Scheda tematica",
               "id_sheet": "Scheda identificativa di polizia", "resource": "Risorsa"},
        "de": {"practice": "Praxisbeispiel", "fact_sheet": "Themenblatt",
               "id_sheet": "Polizei-Steckbrief", "resource": "Ressource"},
        "pt": {"practice": "Prática", "fact_sheet": "Ficha temática",
               "id_sheet": "Ficha de identificação policial", "resource": "Recurso"},
        "nl": {"practice": "Praktijkvoorbeeld", "fact_sheet": "Factsheet",
               "id_sheet": "Korpsprofiel", "resource": "Hulpmiddel"},
    },
    "competency": {
        "en": {"public_order": "Public order", "criminal_investigation":
               "Criminal investigation", "crime_prevention": "Crime prevention",
               "community_policing": "Community policing", "traffic": "Traffic and roads",
               "border_control": "Border control", "organised_crime": "Organised crime",
               "counter_terrorism": "Counter-terrorism", "cybercrime": "Cybercrime",
               "forensics": "Forensics"},
        "fr": {"public_order": "Ordre public", "criminal_investigation": "Police judiciaire",
               "crime_prevention": "Prévention de la délinquance",
               "community_policing": "Police de proximité", "traffic": "Sécurité routière",
               "border_control": "Contrôle des frontières",
               "organised_crime": "Criminalité organisée",
               "counter_terrorism": "Antiterrorisme", "cybercrime": "Cybercriminalité",
               "forensics": "Police scientifique"},
        "es": {"public_order": "Orden público", "criminal_investigation":
               "Investigación criminal", "crime_prevention": "Prevención del delito",
               "community_policing": "Policía de proximidad", "traffic": "Tráfico y vías",
               "border_control": "Control de fronteras",
               "organised_crime": "Crimen organizado", "counter_terrorism": "Antiterrorismo",
               "cybercrime": "Ciberdelincuencia", "forensics": "Policía científica"},
        "it": {"public_order": "Ordine pubblico", "criminal_investigation":
               "Polizia giudiziaria", "crime_prevention": "Prevenzione della criminalità",
               "community_policing": "Polizia di prossimità", "traffic": "Polizia stradale",
               "border_control": "Controllo delle frontiere",
               "organised_crime": "Criminalità organizzata",
               "counter_terrorism": "Antiterrorismo", "cybercrime": "Criminalità informatica",
               "forensics": "Polizia scientifica"},
        "de": {"public_order": "Öffentliche Ordnung", "criminal_investigation":
               "Strafverfolgung", "crime_prevention": "Kriminalprävention",
               "community_policing": "Bürgernahe Polizeiarbeit", "traffic": "Verkehr",
               "border_control": "Grenzschutz", "organised_crime": "Organisierte Kriminalität",
               "counter_terrorism": "Terrorismusabwehr", "cybercrime": "Cyberkriminalität",
               "forensics": "Kriminaltechnik"},
        "pt": {"public_order": "Ordem pública", "criminal_investigation":
               "Investigação criminal", "crime_prevention": "Prevenção da criminalidade",
               "community_policing": "Policiamento de proximidade",
               "traffic": "Trânsito e estradas", "border_control": "Controlo de fronteiras",
               "organised_crime": "Criminalidade organizada",
               "counter_terrorism": "Antiterrorismo", "cybercrime": "Cibercrime",
               "forensics": "Polícia científica"},
        "nl": {"public_order": "Openbare orde", "criminal_investigation": "Opsporing",
               "crime_prevention": "Criminaliteitspreventie",
               "community_policing": "Gebiedsgebonden politiezorg", "traffic": "Verkeer",
               "border_control": "Grenstoezicht",
               "organised_crime": "Georganiseerde criminaliteit",
               "counter_terrorism": "Terrorismebestrijding", "cybercrime": "Cybercrime",
               "forensics": "Forensisch onderzoek"},
    },
    "resource_type": {
        "en": {"handbook": "Handbook", "guide": "Guide", "tool": "Tool",
               "training": "Training", "method": "Method"},
        "fr": {"handbook": "Manuel", "guide": "Guide", "tool": "Outil",
               "training": "Formation", "method": "Méthode"},
        "es": {"handbook": "Manual", "guide": "Guía", "tool": "Herramienta",
               "training": "Formación", "method": "Método"},
        "it": {"handbook": "Manuale", "guide": "Guida", "tool": "Strumento",
               "training": "Formazione", "method": "Metodo"},
        "de": {"handbook": "Handbuch", "guide": "Leitfaden", "tool": "Werkzeug",
               "training": "Schulung", "method": "Methode"},
        "pt": {"handbook": "Manual", "guide": "Guia", "tool": "Ferramenta",
               "training": "Formação", "method": "Método"},
        "nl": {"handbook": "Handboek", "guide": "Handleiding", "tool": "Instrument",
               "training": "Opleiding", "method": "Methode"},
    },
}
_TABLES.update(KIND_TABLES)


def label(facet: str, key: object, locale: str = DEFAULT) -> str:
    """The label of one facet value in `locale` (English where there is none)."""
    text = str(key)
    if facet == "theme":
        vocabulary = load_vocabulary()
        return vocabulary.label(text, locale) if vocabulary.is_theme(text) else text
    if facet == "country":
        return cldr(locale).territories.get(text.upper()) or text
    if facet == "language":
        name = cldr(locale).languages.get(text.lower())
        return name[:1].upper() + name[1:] if name else text
    if facet == "city":
        return city_name(text, locale)
    table = _TABLES.get(facet)
    if table is None:  # project, year: shown as written
        return text
    return table.get(locale, {}).get(text) or table[DEFAULT].get(text) or text


@cache
def cldr(locale: str) -> Locale:
    """The CLDR locale a UI language is written in (`pt` → `pt_PT`); English if unknown."""
    try:
        return Locale.parse(_CLDR_IDS.get(locale, locale))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT)
