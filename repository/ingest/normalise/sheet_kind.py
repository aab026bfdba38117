"""The kind of a sheet: a `kind:` key, else how the sheet calls itself, else its shape.

A police force's ID sheet (a profile: organisation, competencies, specialised units,
equipment, personnel) calls itself one ("ID sheet", "fiche d'identité", "Steckbrief",
"scheda identificativa"), says it is an organisation's record (`type: organisation`), or
is built like one: two or more of its headings are a profile's
(`headings.PROFILE_PREFIXES`), or its keys and headings state an organisation's own facts
(headquarters, legal form, predecessor) twice, or once beside an ID sheet's name. A
resource (a handbook, guide, tool, training course or method meant for any city) names
itself as one ("This handbook…", "Ce guide…", "Dieser Leitfaden…", a `type: toolkit`
key) or has two or more of a resource's headings (audience, format, languages, download).

A fact sheet summarises a theme across places. It says so in its title or opening
("Fiche thématique", "Themenblatt", "This fact sheet compares…", "Questa scheda
tematica…", "Deze factsheet…") in any of the seven languages, or it is built like one:
several of its section headings are places (countries or cities), or its opening and
body compare practices in three or more countries with no single city of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from repository.ingest.headings import field_for_heading, field_for_key, kind_heading_field
from repository.ingest.normalise.place_names import mentions
from repository.ingest.normalise.resource_facts import resource_type_in
from repository.model import FactOrigin, Kind
from repository.text import fold

KINDS: dict[str, Kind] = {
    "practice": "practice", "pratique": "practice", "practica": "practice",
    "pratica": "practice", "praxis": "practice", "praktijk": "practice",
    "good practice": "practice",
    "fact_sheet": "fact_sheet", "factsheet": "fact_sheet", "fact sheet": "fact_sheet",
    "fiche thematique": "fact_sheet", "ficha tematica": "fact_sheet",
    "scheda tematica": "fact_sheet", "themenblatt": "fact_sheet", "faktenblatt": "fact_sheet",
    "themablad": "fact_sheet", "overview": "fact_sheet", "synthese": "fact_sheet",
    "id_sheet": "id_sheet", "id sheet": "id_sheet", "idsheet": "id_sheet",
    "identity sheet": "id_sheet", "police profile": "id_sheet", "force profile": "id_sheet",
    "profile": "id_sheet", "fiche d identite": "id_sheet", "fiche identite": "id_sheet",
    "ficha de identificacion": "id_sheet", "ficha de identidad": "id_sheet",
    "scheda identificativa": "id_sheet", "scheda di identita": "id_sheet",
    "steckbrief": "id_sheet", "behordenprofil": "id_sheet", "profil": "id_sheet",
    "ficha de identificacao": "id_sheet", "ficha de identidade": "id_sheet",
    "perfil": "id_sheet", "profiel": "id_sheet", "identiteitsfiche": "id_sheet",
    "korpsprofiel": "id_sheet",
    # a record of an organisation: a force's, an agency's, a federation's profile
    "organisation": "id_sheet", "organization": "id_sheet", "organisme": "id_sheet",
    "organismo": "id_sheet", "organizacion": "id_sheet", "organizzazione": "id_sheet",
    "organisatie": "id_sheet", "organizacao": "id_sheet", "institution": "id_sheet",
    "agency": "id_sheet", "police force": "id_sheet",
    "resource": "resource", "ressource": "resource", "recurso": "resource",
    "risorsa": "resource", "ressource ": "resource", "hulpmiddel": "resource",
    "bron": "resource",
    # how a spreadsheet's kind column may say it: plurals, "police profile" in each language
    "id sheets": "id_sheet", "fiches d identite": "id_sheet", "profil de police": "id_sheet",
    "profil de la police": "id_sheet", "perfil policial": "id_sheet", "profilo": "id_sheet",
    "profilo della polizia": "id_sheet", "schede identificative": "id_sheet",
    "polizeiprofil": "id_sheet", "politieprofiel": "id_sheet", "perfil da policia": "id_sheet",
    "resources": "resource", "ressources": "resource", "recursos": "resource",
    "risorse": "resource", "ressourcen": "resource", "hulpmiddelen": "resource",
}
# An organisation's own facts, as keys or headings (folded): where it sits, its legal form,
# what it replaced; a practice has none of them
_ORGANISATION_FACT = re.compile(
    r"^(?:headquarters|head office|seat|siege(?: social)?|sede(?: central| legal| social)?|"
    r"(?:haupt)?sitz|hoofdkantoor|(?:hoofd)?zetel|legal (?:status|form)|statut juridique|"
    r"forme juridique|forma juridica|natureza juridica|forma giuridica|rechtsform|rechtsvorm|"
    r"predecessors?|predecesseurs?|predecesor(?:es)?|predecessore|antecessor(?:es)?|"
    r"vorganger(?:in)?|voorganger)\b")
_ID_SELF = re.compile(
    r"\b(?:id[ -]?sheet|identity sheet|(?:police|force) profile|fiches? d['’ ]?identite|"
    r"fichas? de identifica(?:cion|cao)|scheda identificativa|behordenprofil|"
    # a German practice sheet is a (Projekt)steckbrief too: only a force's or body's is one
    r"(?:polizei|behorden|organisations|dienststellen)[ -]?steckbrief|"
    r"korpsprofiel|identiteitsfiche)\b")
# "this handbook", "ce guide", "esta guía", "questo manuale", "dieser Leitfaden", "dit
# handboek", "este manual": a resource naming itself in its opening
_RESOURCE_SELF = re.compile(
    r"\b(?:this|ce|cette|cet|este|esta|questo|questa|dieser|diese|dieses|dit|deze)\s+"
    r"(?:[\w-]+\s+)?(?:handbook|manual|guide|toolkit|toolbox|tool|training (?:course|"
    r"module|package)|e-?learning|manuel|outil|boite a outils|guia|herramienta|caja de "
    r"herramientas|manuale|guida|strumento|kit|handbuch|leitfaden|werkzeug|schulung|"
    r"handboek|handleiding|leidraad|ferramenta|methodiek)\b")
# A fact sheet's own name, in a subtitle before the first heading (folded)
_NAMED = re.compile(
    r"\b(?:fact ?sheets?|fiches? thematiques?|fichas? tematicas?|sched[ae] tematic(?:a|he)|"
    r"themenblatt|faktenblatt|themablad|factsheet)\b")
# A sheet about a theme, by what it calls itself: "theme note", "note thématique",
# "Themenpapier", "themanotitie", "thematic briefing" (folded)
_THEMATIC = re.compile(
    r"\b(?:them(?:e|atic) (?:note|briefing|paper|brief|sheet|summary|overview|file)s?|"
    r"notes? thematiques?|notas? tematicas?|briefing thematique|themen(?:papier|notiz|"
    r"uberblick|dossier)|thema(?:notitie|blad|overzicht|dossier)|nota tematica)\b")
# How a fact sheet names itself (folded): "fiche thématique", "this fact sheet", "dossier"
_SELF = re.compile(
    r"\b(?:fact ?sheets?|thematic (?:sheet|summary|overview)|(?:this|the following) "
    r"(?:overview|summary) (?:compares|summarises|summarizes|presents|describes|gives)|"
    r"fiches? thematiques?|cette fiche compare|fiche de synthese|dossier thematique|"
    r"fichas? tematicas?|esta ficha compara|sched[ae] tematic(?:a|he)|questa scheda (?:mette a "
    r"confronto|confronta)|scheda di sintesi|themenblatt|faktenblatt|themenuberblick|"
    r"themablad|factsheet|(?:une )?comparaison europeenne|comparacion europea|confronto europeo|"
    r"europaischer vergleich|comparacao europeia|europese vergelijking|european comparison|"
    r"(?:una )?panoramica|"
    # a synthesis or a sheet that gathers what is known, in the seven languages
    r"fiches? (?:de )?synthese|note de synthese|synthesis (?:sheet|note)|briefing (?:sheet|"
    r"note)|fichas? (?:de )?sintesis|fichas?[ -](?:de )?sintese|sched[ae] (?:di )?sintesi|"
    r"themendossier|kurzdossier|themadossier|kennisdossier|"
    r"(?:this|the) (?:sheet|briefing) (?:brings together|gathers|summari[sz]es)|"
    r"cette fiche (?:rassemble|resume|fait le point)|esta ficha (?:resume|recoge|reune)|"
    r"questa scheda (?:riassume|raccoglie)|dieses blatt (?:fasst|bundelt)|"
    r"esta ficha (?:resume|reune|junta)|deze fiche (?:vat|bundelt|brengt))\b")


@dataclass(frozen=True)
class KindFinding:
    kind: Kind
    origin: FactOrigin


def kind_from_value(value: str | None) -> Kind | None:
    """The kind an explicit `kind:`/`type:` value names, or None."""
    if not value:
        return None
    text = re.sub(r"[\s_'’-]+", " ", fold(value)).strip()
    named = KINDS.get(text) or KINDS.get(text.replace(" ", "_"))
    if named is None and resource_type_in(value):
        return "resource"
    if named is None and _ID_SELF.search(text):
        return "id_sheet"
    if named is None and (_SELF.search(text) or _THEMATIC.search(text)):
        return "fact_sheet"  # "thematic summary (several countries)", "Themenblatt Nr. 3"
    return named


def sheet_kind(*, explicit: str | None, title: str, lead: str, headings: Sequence[str],
               body: str, keys: Sequence[str] = (), preamble: str = "") -> KindFinding:
    """The kind of a sheet and where it was read (`keys`: its metadata keys and raw
    headings, an empty one's too; `preamble`: the text before its first heading, where a
    subtitle may name the kind)."""
    named = kind_from_value(explicit)
    if named:
        return KindFinding(named, FactOrigin(source="key", confidence=0.95, note=explicit))
    opening = re.sub(r"[*_]+", " ", fold(f"{title}\n{lead}"))
    before = re.sub(r"[*_]+", " ", fold(preamble))  # "*Themenblatt – Deutschland*"
    own = (_profile_or_resource(opening, title, headings, keys)
           or _organisation(headings, keys) or _id_named(before))
    if own:
        return own
    self_named = _SELF.search(opening) or _THEMATIC.search(opening) or _NAMED.search(before)
    if self_named:
        return KindFinding("fact_sheet", FactOrigin(source="prose", confidence=0.85,
                                                    note=self_named.group(0)[:80]))
    place_headings = [h for h in headings if _is_place_heading(h)]
    if len(place_headings) >= 2:
        return KindFinding("fact_sheet", FactOrigin(
            source="inferred", confidence=0.7,
            note="sections per place: " + ", ".join(place_headings[:4])[:80]))
    countries = {m.country for m in mentions(body) if not m.is_city}
    if len(countries) >= 4 and _SELF_BODY.search(fold(body)):
        return KindFinding("fact_sheet", FactOrigin(source="inferred", confidence=0.6,
                                                    note=f"{len(countries)} countries compared"))
    return KindFinding("practice", FactOrigin(source="inferred", confidence=0.8, note=None))


# kind → (how many of its own headings, one of which must be among these): a practice
# may have an "Organisation" and a "Resources" section, a profile has competencies or
# units besides; a resource says its format or languages
_SHAPES: dict[Kind, tuple[int, set[str]]] = {
    "id_sheet": (3, {"competencies_text", "units", "personnel"}),
    "resource": (2, {"formats", "resource_languages"}),
}


def _profile_or_resource(opening: str, title: str, headings: Sequence[str],
                         keys: Sequence[str]) -> KindFinding | None:
    """An ID sheet or a resource, by a resource-type key, by how it names itself or by
    its headings."""
    typed = next((k for k in keys if field_for_key(k) == "resource_type"), None)
    if typed:  # "Tipo de recurso: publicação estatística anual"
        return KindFinding("resource", FactOrigin(source="key", confidence=0.85, note=typed))
    found = _ID_SELF.search(opening)
    if found:
        return KindFinding("id_sheet", FactOrigin(source="prose", confidence=0.85,
                                                  note=found.group(0)[:80]))
    for kind, needed in _SHAPES.items():
        own = {f for f in (kind_heading_field(h, kind) for h in headings) if f}
        if len(own) >= needed[0] and own & needed[1]:
            return KindFinding(kind, FactOrigin(source="inferred", confidence=0.75,
                                                note="headings: " + ", ".join(sorted(own))))
    found = _RESOURCE_SELF.search(opening)
    if found or (resource_type_in(title, at_start=True) and not _runs(headings, keys)):
        note = found.group(0) if found else title
        return KindFinding("resource", FactOrigin(source="prose", confidence=0.7,
                                                  note=note[:80]))
    return None


# what a sheet says of a practice that runs somewhere, not of a publication
_RUNNING = {"city", "start", "end", "duration_text", "budget_text", "evaluation", "results"}


def _runs(headings: Sequence[str], keys: Sequence[str]) -> bool:
    """Whether a sheet's headings and keys tell of a practice that runs (two of where,
    when, its budget, its evaluation or results): a title opening with "Protocolo" or
    "Training" then names the practice, not a publication."""
    fields = {field_for_key(label) or field_for_heading(label) for label in (*headings, *keys)}
    return len(fields & _RUNNING) >= 2


def _organisation(headings: Sequence[str], keys: Sequence[str]) -> KindFinding | None:
    """An organisation's record: its keys and headings state where it sits, its legal form
    or what it replaced, twice, or once beside an ID sheet's name ("Fiche d'identité —
    organisation"); a seat beside staff or services is a practice's too."""
    labels = list(dict.fromkeys(fold(label).strip(" :*") for label in (*headings, *keys)))
    facts = [label for label in labels if _ORGANISATION_FACT.match(label)]
    profile = [label for label in labels if _ID_SELF.search(label)]
    if len(facts) >= 2 or (facts and profile):
        return KindFinding("id_sheet", FactOrigin(source="inferred", confidence=0.7,
                                                  note=", ".join([*facts, *profile])[:80]))
    return None


def _id_named(text: str) -> KindFinding | None:
    found = _ID_SELF.search(text)
    return KindFinding("id_sheet", FactOrigin(source="prose", confidence=0.8,
                                              note=found.group(0)[:80])) if found else None


# A body that says it compares ("in several countries", "European cities use…")
_SELF_BODY = re.compile(r"\b(?:compar|confront|vergleich|vergelijk|across europe|in europe|"
                        r"en europe|en europa|in europa|na europa|european cities|villes "
                        r"europeennes|ciudades europeas|citta europee|europaischen stadte|"
                        r"europese steden|cidades europeias)")


def _is_place_heading(heading: str) -> bool:
    """A heading that is a place, alone or before a colon or dash: "France", "LYON (FRANCE)",
    "**Belgique.**", "Pays-Bas : AMBER Alert Nederland"."""
    heading = re.split(r"\s+[–—-]\s+|\s*:\s+", heading, maxsplit=1)[0]  # "France : « … »"
    text = re.sub(r"[*_#.:]+", " ", heading).strip()
    text = re.sub(r"^(?:in|en|aux?|dans|im|in der|in den|nel|nella|negli|nei|na|no|nos|nas|em|"
                  r"in de|in het|el|la|le|les|the|die|der|das|de|het|os|as|o|a)\s+", "", text,
                  flags=re.I)
    text = re.sub(r"\s*\(.*?\)\s*$", "", text).strip()
    if not text or len(text.split()) > 4:
        return False
    found = mentions(text.title() if text.isupper() else text)
    return bool(found) and found[0].start == 0 and len(found[0].name) >= len(text) - 1
