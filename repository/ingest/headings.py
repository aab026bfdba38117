"""Which `Practice` field a heading or a metadata key stands for, in any sheet language.

A heading is folded (case, accents), stripped of numbering and punctuation, and
its words are matched against word prefixes listed per field. The field whose
prefix matches the earliest word wins ("Ziele und Zielgruppen" → objectives), and at one
word the longest prefix wins ("Zielgruppen" → target_groups). A heading that asks whether
the practice worked ("Did it work?", "¿Funcionó?", "Hat es gewirkt?") is an evaluation one.
"""

from __future__ import annotations

import re
from functools import cache

from repository.ingest.key_names import field_for_name
from repository.text import fold

# field → word prefixes (folded) in en, fr, es, it, de, pt, nl. A prefix ending
# in "$" must match the whole word.
SECTION_PREFIXES: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary", "abstract", "overview", "resume$", "resumen", "sintesi", "riassunto",
        "zusammenfassung", "kurzbeschreibung", "resumo", "samenvatting", "synthese",
    ),
    "context": (
        "context", "background", "problem", "situation", "rationale", "diagnos", "enjeu",
        "antecedente", "contesto", "premessa", "kontext", "ausgangs", "hintergrund",
        "anlass", "aanleiding", "achtergrond", "probleemstelling", "origem", "origen",
        "origine", "genese", "why$", "need", "origin", "histor", "storia", "geschicht",
        "geschiedenis", "entstehung", "ontstaan", "nascita", "genesis",
        # a section on how it began: "Launch", "Avvio", "Instalação", "Gründung"
        "launch", "lancement", "lanzamiento", "lancio", "lancamento", "avvio", "arranque",
        "install", "instala", "grundung", "oprichting", "opstart", "aanvang", "start$",
        "inicio$", "beginn$", "anfang", "anfange", "beginning", "debut", "comienzo", "inici",
        "inizi", "primordi", "begin$", "surgi",
        # the frame, the situation, the question why ("Enquadramento", "Porquê?")
        "enquadramento", "encuadre", "inquadramento", "situacion", "situazione", "situacao",
        "porque$", "pourquoi", "warum", "waarom", "perche$",
    ),
    "objectives": (
        "objecti", "objetiv", "obiettiv", "aim", "goal", "purpose", "finalit", "but$",
        "buts$", "ziel", "doel", "zweck", "mission", "meta$", "metas$", "scopo", "finalid",
        "wozu$", "waartoe",
    ),
    "target_groups": (
        "target", "cible", "destinatari", "beneficiar", "zielgrupp", "doelgroep",
        "publico", "public$", "publics$", "pubblico", "adressat", "beneficiaire",
    ),
    "activities": (
        "activit", "actividad", "attivit", "atividad", "aktivitat", "action", "accion",
        "actuacion",
        "azion", "acao", "acoes", "accoes", "massnahm", "umsetzung", "durchfuhrung",
        "implement", "mise$", "description", "descripcion", "descrizione", "descricao",
        "beschreibung", "aanpak", "werkwijze", "method", "metod", "approach", "approche",
        "enfoque", "approccio", "abordagem", "intervention", "intervencion", "interven",
        "what$", "how$", "funcionamiento", "funzionamento", "funcionamento",
        "fonctionnement", "vorgehen", "ansatz", "uitvoering", "programme$", "program$",
        "programa$", "programm$", "realisation", "deroulement", "tasks", "steps",
        "como$", "comment$", "come$", "hoe$",  # the question how ("Cómo se trabaja")
    ),
    "partners_text": (
        "partner", "partenai", "socio", "actor", "attori", "akteur", "stakeholder",
        "parceir", "samenwerk", "kooperation", "zusammenarbeit", "beteiligt", "cooperat",
        "collabor", "colabora", "organis", "organiz", "betrokken", "trager", "who$",
    ),
    "budget_text": (
        "budget", "funding", "funded", "financ", "cost", "cout", "coste", "costo", "custo",
        "presupuesto", "orcamento", "kosten", "finanz", "mittel", "ressource", "recurso",
        "risorse", "middelen", "resource", "money",
    ),
    "duration_text": (
        "duration", "duree", "duracion", "durata", "duracao", "dauer", "laufzeit",
        "looptijd", "duur$", "timeline", "calendrier", "calendario", "cronograma",
        "zeitraum", "zeitplan", "periode", "period", "planning", "timing", "dates$",
        "fechas", "date$", "tempo", "tijdpad", "when$", "horizon", "cuando$", "quand$",
        "quando$", "wann$", "wanneer$", "projektlaufzeit", "projektdauer", "projektzeitraum",
        "umsetzungszeitraum", "durchfuhrungszeitraum", "projectduur", "projectperiode",
        "uitvoeringsperiode",
    ),
    "evaluation": (
        "evaluat", "evalua", "valutaz", "valoraci", "avalia", "bewertung", "assessment", "monitor",
        "suivi$", "seguimiento", "wirkungsanalyse", "wirksamkeit", "meting", "effectmeting",
        "indicat", "indicad", "indikator", "begleitforschung", "evidence", "evidencia",
        "evidenz", "effectiveness", "efficacite", "eficacia", "efficacia", "effectiviteit",
        "doeltreffendheid",
    ),
    "results": (
        "result", "resultat", "resultado", "risultat", "ergebnis", "outcome", "impact",
        "bilan", "effect", "effet", "efecto", "effett", "efeito", "wirkung", "erfolg",
        "achievement", "output", "conclusi", "lesson", "lecon", "leccion", "lezion",
        "licao", "licoes", "lernerfahrung", "geleerd", "learned", "learnt", "bilanz",
        "opbrengst", "balance$", "impatto",
        "conseguimos", "conseguid", "logro", "logrado", "alcancad", "erreicht", "bereikt",
        "ottenut", "raggiunt", "obtenu", "accomplish",  # achieved: "O que conseguimos"
    ),
    "contact": (
        "contact", "kontakt", "contacto", "contatto", "contato", "ansprechp",
        "responsable", "referent", "coordinat", "coordinador",
    ),
    "links": (
        "link", "lien", "enlace", "collegament", "more$", "plus$", "mehr$", "meer$",
        "source", "fuente", "fonti", "fonte", "quelle", "bronnen", "bron$", "referenc",
        "referenz", "referentie", "website", "webseite", "sitio", "sito", "site$",
        "further", "weiterf", "informa", "document", "literatur", "bibliogra",
    ),
}

# Headings of a police force's profile (kind `id_sheet`) and of a resource (kind
# `resource`), looked up before the general table when the sheet is of that kind, and
# counted by `sheet_kind` to recognise one by its shape. A resource's purpose is its
# objectives, its audience its target groups, its download its links.
PROFILE_PREFIXES: dict[str, tuple[str, ...]] = {
    "organisation_text": (
        "organisation$", "organization$", "structure", "estructura", "estrutura", "struttura",
        "organizzazione", "organizacion", "organizacao", "organisatie", "aufbau",
        "struktur", "organigra", "opbouw", "hierarch", "gliederung", "ordinamento",
    ),
    "competencies_text": (
        "competenc", "competen", "zustandig", "kompetenz", "aufgaben", "bevoegdhe", "taken$",
        "taak", "responsibilit", "remit", "mandat", "attribu", "funzioni", "funciones",
        "funcoes", "fonctions", "powers", "duties", "missions$", "misiones", "compiti",
        "missoes", "tareas", "tarefas", "befugnis",
    ),
    "units": (
        "unit", "unite", "unidad", "unita", "unidade", "einheit", "eenhed", "special",
        "spezial", "squad", "brigade", "reparti", "reparto", "divisi", "afdeling", "dienste",
        "diensten", "servizi", "servicios", "servicos", "corps$", "korps$", "departments",
    ),
    "equipment": (
        "equipment", "equipement", "equipamiento", "equipamento", "equipo$", "attrezzatur",
        "equipaggiament", "dotazion", "ausstattung", "ausrustung", "uitrusting", "materieel",
        "materiel", "material", "fuhrpark", "vehicle", "fleet", "flotte", "flota", "frota",
        "vloot", "wagenpark", "mezzi", "meios", "medios", "moyens", "middelen", "technolog",
    ),
    "personnel": (
        "personnel", "personal$", "personale", "personeel", "pessoal", "staff", "workforce",
        "effectif", "efectivo", "efetivo", "plantilla", "organico", "personalstarke",
        "mitarbeit", "beschaftigt", "medewerkers", "sterkte", "headcount", "officers",
        "agenten", "strength", "human", "humains", "humanos", "umane", "humanas",
    ),
    "expertise": (
        "expertise", "experti", "know", "savoir", "pericia", "especialidad", "especializ",
        "specializzazion", "eccellen", "fachwissen", "fachgebiet", "schwerpunkt",
        "kompetenzfeld", "kennis", "deskund", "conhecimento", "knowledge", "strength",
    ),
}
RESOURCE_PREFIXES: dict[str, tuple[str, ...]] = {
    "objectives": (
        "purpose", "use$", "uses$", "usage", "utilisation", "uso$", "usos$", "utilizzo",
        "utilizacao", "utilidad", "verwendung", "einsatz", "nutzen", "gebruik", "toepass",
    ),
    "target_groups": (
        "audience", "users", "user$", "utilisateur", "usuario", "utenti", "utente",
        "destinatari", "nutzer", "anwender", "gebruiker", "utilizador", "intended",
        "who$", "whom$", "qui$", "quien", "chi$", "wer$", "wen$", "wie$", "quem$",
    ),
    "formats": ("format", "formato", "formaat", "medium", "media$", "support$", "soporte",
                "supporto", "suporte", "form$"),
    "resource_languages": ("languages", "langues", "idiomas", "lingue", "sprachen", "talen",
                           "linguas", "available", "disponib", "verfugbar", "beschikbaar"),
    "links": ("download", "telecharg", "descarg", "scaric", "herunterl", "downloaden",
              "transfer", "access", "acces", "acceso", "accesso", "zugang", "toegang",
              "acesso", "obtain", "obtenir", "obtener", "ottenere", "bezug", "verkrijg",
              "obter", "where$", "ou$", "donde$", "dove$", "wo$", "waar$", "onde$"),
}
# Whole headings and keys (folded words) that link records: a practice's resources, a
# resource's practices. Matched before the word prefixes ("Ressources liées" is no budget).
# Headings that ask whether the practice worked ("Did it work?", "¿Funcionó?"): whole
# headings, folded, in en, fr, es, it, de, pt, nl.
EVALUATION_QUESTIONS = frozenset({
    "did it work", "does it work", "has it worked", "did it help", "does it help",
    "what worked", "what difference did it make", "what difference does it make",
    "ca marche", "est ce que ca marche", "ca a marche", "a t il marche", "est ce efficace",
    "est ce que ca fonctionne", "ca fonctionne", "ca a fonctionne",
    "funciono", "funciona", "ha funcionado", "ha servido", "sirvio", "es eficaz",
    "funziona", "ha funzionato", "e servito", "e efficace", "funzionato",
    "hat es gewirkt", "wirkt es", "hat es funktioniert", "funktioniert es", "hat es geholfen",
    "was hat es gebracht", "was bringt es", "wirkt das",
    "funcionou", "resultou", "deu resultado", "e eficaz",
    "werkt het", "heeft het gewerkt", "heeft het geholpen", "wat levert het op",
    "wat heeft het opgeleverd", "werkt dit",
})

LINK_HEADINGS: dict[str, tuple[str, ...]] = {
    "resources": (
        "related resources", "resources used", "tools used", "tools",
        "linked resources", "see also resources", "ressources liees", "ressources associees",
        "ressources utilisees", "outils utilises", "outils", "recursos relacionados",
        "recursos utilizados", "herramientas utilizadas", "herramientas", "risorse correlate",
        "risorse collegate", "risorse utilizzate", "strumenti utilizzati", "strumenti",
        "verwandte ressourcen", "verknupfte ressourcen", "genutzte ressourcen",
        "werkzeuge", "hilfsmittel", "materialien", "recursos associados", "ferramentas",
        "ferramentas utilizadas", "gerelateerde hulpmiddelen", "gebruikte hulpmiddelen",
        "hulpmiddelen", "instrumenten", "gerelateerde bronnen",
    ),
    "related_practices": (
        "related practices", "practices", "used by", "used in", "applied in",
        "practices using it", "linked practices", "pratiques liees", "pratiques associees",
        "pratiques", "mis en oeuvre par", "utilise par", "practicas relacionadas", "practicas",
        "utilizado por", "aplicado en", "pratiche correlate", "pratiche collegate", "pratiche",
        "utilizzato da", "verwandte praktiken", "verwandte praxisbeispiele", "praxisbeispiele",
        "eingesetzt in", "genutzt von", "praticas relacionadas", "praticas", "utilizado em",
        "gerelateerde praktijken", "praktijkvoorbeelden", "toegepast in", "gebruikt door",
    ),
}

# Metadata keys (front matter, JSON keys, field/value tables) that are not sections.
METADATA_PREFIXES: dict[str, tuple[str, ...]] = {
    "id": ("id$", "slug$", "identifi", "kennung$"),
    "title": ("title", "titre", "titulo", "titolo", "titel", "name$", "nom$", "nombre$",
              "nome$", "naam$", "intitule", "denomina", "designac", "designation$",
              "bezeichnung", "benennung", "benaming", "projekttitel", "projektname",
              "projecttitel", "projectnaam", "projectname", "projectitle"),
    "kind": ("kind$", "type$", "tipo$", "typ$", "soort$"),
    "language": ("language", "lang$", "langue", "idioma", "lingua", "sprache", "taal"),
    "city": ("city", "ville", "ciudad", "citta", "stadt", "cidade", "stad$", "gemeente",
             "municipal", "commune", "municipio", "comune", "gemeinde", "town", "place$",
             "lieu$", "lugar", "luogo", "ort$", "local$", "localidade", "plaats", "location",
             "localisation", "localizacion", "localidad", "localita", "localizzazione",
             "standort", "locatie", "localizacao", "concelho", "where$"),
    "region": ("region", "regione", "bundesland", "provin", "departement", "comunidad",
               "kanton", "canton"),
    "country": ("country", "pays", "pais", "paese", "land$", "staat$"),
    "themes": ("theme", "thema", "tema", "temi$", "temas$", "themen", "thematique", "tags$",
               "topic",
               "keyword", "mots", "palabras", "parole", "schlagwort", "schlusselwort",
               "trefwoord", "categor", "kategor"),
    "project": ("project", "projet", "proyecto", "progetto", "projekt", "projeto",
                "programme", "program", "programa", "programma", "network", "reseau",
                "red$", "rete$", "netzwerk", "rede$", "netwerk", "initiative", "iniciativa",
                "iniziativa", "initiatief"),
    "funding": ("funding", "funder", "financement", "financiacion", "financiamento",
                "finanziamento", "finanzierung", "financiering", "financed", "funded",
                "bailleur", "geldgeber", "sponsor"),
    "partners": ("partners$", "partenaires$", "socios$", "partner$", "parceiros$",
                 "partenariat", "partnerschaft", "partners$"),
    "translations": ("translation", "traduction", "traduccion", "traduzion", "ubersetzung",
                     "traducao", "vertaling"),
    "start": ("start", "debut", "inicio", "inizio", "beginn", "begin$", "comienzo",
              "projektbeginn", "projektstart", "projectstart", "launch", "lancement",
              "lanzamiento", "avvio", "lancamento", "arranque", "grundung", "oprichting",
              "since$", "depuis$", "desde$", "seit$", "sinds$", "founded$", "founding",
              "established$", "fonde$", "fondee$", "fondation", "fundad", "fundacion", "fundacao",
              "fondato$", "fondata$", "fondazione", "gegrundet", "opgericht",
              # a participle of beginning as a key: "puesta_en_marcha: julio de 2007",
              # "Gestart: 1995", "avviato", "iniciado", "ingevoerd" (not a noun such as
              # "creación", whose value is often a paragraph on the origin)
              "puesta", "gestart", "begonnen", "opgestart", "ingevoerd", "eingefuhrt",
              "avviat", "iniciad", "lanzad", "lancad", "lance$", "lancee$", "criado$",
              "criada$", "creado$", "creada$", "creato$", "creata$", "cree$", "creee$",
              "created$", "inaugur", "introduced$"),
    "end": ("end$", "fin$", "fine$", "ende$", "einde$", "termino", "conclusao"),
    "publication": ("publication$", "status$", "statut$", "estado$"),
    # named by whole names only (`key_names`): their words alone say too little
    "lead_organisation": (),
    "lead_organisation_type": (),
    "urls": (),
    "evidence": (),  # its value is a level (`normalise.evidence_key`), not a section
}

_NUMBERING = re.compile(r"^\s*(?:[(\[]?(?:\d+|[ivxlc]+|[a-z])[.)\]:-])+\s*", re.I)
_WORD = re.compile(r"[a-z0-9]+")


@cache
def _compiled(table_name: str) -> tuple[tuple[str, str, bool], ...]:
    table = {"section": SECTION_PREFIXES, "metadata": METADATA_PREFIXES,
             "id_sheet": PROFILE_PREFIXES, "resource": RESOURCE_PREFIXES}[table_name]
    entries = []
    for field, prefixes in table.items():
        for prefix in prefixes:
            exact = prefix.endswith("$")
            entries.append((prefix.rstrip("$"), field, exact))
    # longest prefix first, so "zielgrupp" beats "ziel" on the same word
    return tuple(sorted(entries, key=lambda e: -len(e[0])))


def heading_words(heading: str) -> list[str]:
    """Folded words of a heading, its numbering removed."""
    return _WORD.findall(fold(_NUMBERING.sub("", heading.strip())))


def _match(text: str, table_name: str) -> str | None:
    """The field its earliest word names; a question's, what it asks ("How is it funded?")."""
    named = [(w, f) for w in heading_words(text)[:6] for f in [_field_of(w, table_name)] if f]
    first = named[0][0] if named else ""
    asked = [f for w, f in named[1:] if w not in _ASKING] if first in _ASKING else []
    return (asked or [f for _, f in named] or [None])[0]


def _field_of(word: str, table_name: str) -> str | None:
    return next((f for p, f, exact in _compiled(table_name)
                 if (word == p if exact else word.startswith(p))), None)


def field_for_heading(heading: str, kind: str | None = None) -> str | None:
    """The field a section heading stands for, or None for a section kept as extra; an
    ID sheet's or a resource's own headings first when the sheet is of that kind."""
    linked = link_field(heading)
    if linked:
        return linked
    if asked := ("evaluation" if asks_whether_it_worked(heading)
                 else "results" if asks_what_changed(heading) else None):
        return asked
    if kind and (own := kind_heading_field(heading, kind)):
        return own
    matched = _match(heading, "section")
    # "What was studied": the research word, not the question word ("what$": activities)
    if names_research(heading) and (matched is None or heading_words(heading)[0] in _ASKING):
        return "evaluation"
    return matched


def link_field(heading: str) -> str | None:
    """`resources` or `related_practices` for a heading or key that lists linked records."""
    text = " ".join(heading_words(heading))
    return next((f for f, names in LINK_HEADINGS.items() if text in names), None)


def asks_whether_it_worked(heading: str) -> bool:
    """Whether a heading is a question on the practice's effect ("Did it work?")."""
    return " ".join(heading_words(heading)) in EVALUATION_QUESTIONS


# A section on the research done on the practice ("Onderzoek", "Lo que se ha estudiado"),
# when no other field's word is in its heading; "studie$" whole, not "Studierende"
_RESEARCH = re.compile(
    r"(?:research|stud(?:y|ies|ied)$|studien?$|etudes?$|estudi(?:o|os|ado|ada)$|estudos?$|"
    r"estudad|studi$|studio$|studiato$|ricerca|ricerche$|untersuch|forschung|onderzo(?:ek|cht)|"
    r"pesquisa)")
# "study visits", "Forschungsreise": a trip, an activity
_TRIP = re.compile(r"(?:visit|tour|trip|travel|reise|reis$|viaj|viagg|visita|bezoek|exchang|"
                   r"austausch|intercamb|scambi|echange|excurs)")


def names_research(heading: str) -> bool:
    """Whether a heading names the research done on the practice (its evaluation)."""
    words = heading_words(heading)
    return any(_RESEARCH.match(w) for w in words[:6]) and not any(_TRIP.search(w) for w in words)


# "What changed", "Was hat sich verändert?", "Ce qui a changé", "O que mudou"
_WHAT = frozenset({"what", "ce", "qu", "que", "lo", "cosa", "che", "o", "was", "wat"})
_ASKING = _WHAT | {"how", "when", "why", "who", "comment", "quand", "pourquoi", "como",
                   "cuando", "come", "quando", "wie", "wann", "warum", "wer", "hoe", "wanneer",
                   "waarom"}
_CHANGED = frozenset({
    "changed", "cambiado", "cambiada", "cambio", "cambiato", "cambiata",
    "cambiati", "mudou", "mudado", "mudaram", "verandert", "veranderd", "veranderde",
    "veranderden", "geandert", "anderte", "anderten",
})


def asks_what_changed(heading: str) -> bool:
    """Whether a heading asks what the practice changed: its results."""
    words = heading_words(heading)
    # French "a changé" folds to "a change": past only after its auxiliary, not news
    past = [w for n, w in enumerate(words[1:6], 1)
            if w in _CHANGED or (w == "change" and words[n - 1] in ("a", "ont"))]
    return bool(words) and words[0] in _WHAT and bool(past)


def kind_heading_field(heading: str, kind: str | None) -> str | None:
    """The field of an ID sheet's (`id_sheet`) or a resource's (`resource`) own heading."""
    if kind not in ("id_sheet", "resource"):
        return None
    return _match(heading, kind)


def names_a_section(heading: str) -> bool:
    """Whether a heading is mostly section words ("Objectives of the project"), not a name
    holding one ("PROGRAMA BAIRROS SAUDÁVEIS")."""
    if asks_whether_it_worked(heading) or asks_what_changed(heading) or names_research(heading):
        return True
    words = heading_words(heading)
    content = [w for w in words if len(w) > 3] or words
    matched = sum(1 for w in content if any(
        w == prefix if exact else w.startswith(prefix)
        for prefix, _, exact in (*_compiled("section"), *_compiled("metadata"))))
    return bool(content) and matched * 2 >= len(content)


def field_for_key(key: str) -> str | None:
    """The field a metadata key stands for: a whole name of `key_names`, else a metadata or
    section field, the longer prefix winning ("Projektlaufzeit": duration, not project)."""
    named = field_for_name(key) or link_field(key.replace("_", " "))
    if named:
        return named
    text = key.replace("_", " ")
    for word in heading_words(text)[:6]:
        best: tuple[int, str] | None = None
        for table_name in ("metadata", "section"):
            for prefix, field, exact in _compiled(table_name):
                if (word == prefix if exact else word.startswith(prefix)) and (
                        best is None or len(prefix) > best[0]):
                    best = (len(prefix), field)
                    break
        if best:
            return best[1]
    return None
