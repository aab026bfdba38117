"""Whole key and column names in the seven languages and common database spellings.

A spreadsheet's header or a JSON key is matched as a whole name first ("start date",
"lead_organisation", "Organisationstyp", "país") before `headings` matches its words
one by one: whole names catch what word prefixes get wrong (`description` is the
summary of an export row, not its activities; `organisation` is who leads it, not a
partners section; `organisation type` is not the organisation). Names are folded
(case, accents), camelCase and `_ - . /` become spaces.
"""

from __future__ import annotations

import re
from functools import cache

from repository.text import fold

# field → whole names (folded, words separated by one space)
NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifier", "uid", "uuid", "record id", "practice id", "case id", "sheet id",
           "ref", "ref no", "identifiant", "identificador", "identificativo", "kennung",
           "identificatie", "id nummer"),
    "title": ("title", "name", "practice", "practice name", "practice title", "project name",
              "project title", "case", "case name", "case title", "initiative name",
              "titre", "nom", "intitule", "nom de la pratique", "nom du projet", "titulo",
              "nombre", "nombre de la practica", "nombre del proyecto", "titolo", "nome",
              "nome del progetto", "nome della pratica", "titel", "projektname",
              "projekttitel", "bezeichnung", "nome do projeto", "nome da pratica", "naam",
              "projectnaam", "naam van het project"),
    "summary": ("description", "summary", "abstract", "short description", "overview",
                "synopsis", "resume", "descriptif", "description courte", "presentation",
                "descripcion", "resumen", "descripcion breve", "descrizione", "sintesi",
                "riassunto", "beschreibung", "kurzbeschreibung", "zusammenfassung",
                "descricao", "resumo", "beschrijving", "samenvatting", "omschrijving",
                "korte beschrijving"),
    "country": ("country", "country code", "country name", "country iso", "iso country",
                "nation", "pays", "code pays", "pais", "codigo pais", "paese", "nazione",
                "land", "staat", "landcode"),
    "city": ("city", "town", "municipality", "municipality name", "city name",
             "local authority", "ville", "commune", "municipalite", "ciudad", "municipio",
             "localidad", "citta", "comune", "stadt", "gemeinde", "kommune", "cidade",
             "concelho", "stad", "gemeente", "plaats", "place", "location"),
    "region": ("region", "province", "state", "county", "departement", "provincia",
               "comunidad autonoma", "regione", "bundesland", "provincie", "distrito"),
    "start": ("start", "start date", "start year", "year", "year started", "launch",
              "launched", "launch year", "begin", "debut", "date de debut", "annee",
              "annee de debut", "inicio", "fecha de inicio", "ano", "ano de inicio", "inizio",
              "data di inizio", "anno", "anno di inizio", "beginn", "startdatum", "startjahr",
              "jahr", "data de inicio", "begindatum", "startjaar", "jaar",
              # a publication's first edition (a yearbook, a guide)
              "first edition", "first published", "premiere edition", "primera edicion",
              "prima edizione", "erstausgabe", "erste ausgabe", "primeira edicao",
              "eerste editie", "eerste uitgave"),
    "end": ("end", "end date", "end year", "finish", "fin", "date de fin", "annee de fin",
            "fecha de fin", "fine", "data di fine", "anno di fine", "ende", "enddatum",
            "endjahr", "fim", "data de fim", "einde", "einddatum", "eindjaar"),
    "budget_text": ("budget", "cost", "costs", "total cost", "amount", "budget eur",
                    "funding amount", "cout", "cout total", "montant", "presupuesto", "coste",
                    "costo", "importe", "bilancio", "costo totale", "kosten", "gesamtkosten",
                    "orcamento", "custo", "begroting"),
    "lead_organisation": (
        "organisation", "organization", "lead organisation", "lead organization",
        "lead partner", "lead agency", "organisation name", "organization name",
        "institution", "agency", "promoter", "owner", "implementing organisation",
        "implementing organization", "implementer", "responsible organisation",
        "responsible organization", "provider", "organisme", "organisme porteur", "porteur",
        "porteur du projet", "structure", "structure porteuse", "organisation responsable",
        "organizacion", "entidad", "entidad responsable", "organismo", "institucion",
        "organizzazione", "ente", "ente promotore", "ente responsabile", "soggetto promotore",
        "trager", "projekttrager", "verantwortliche organisation", "einrichtung",
        "organizacao", "entidade", "entidade promotora", "instituicao", "organisatie",
        "uitvoerende organisatie", "instelling", "trekker"),
    "lead_organisation_type": (
        "organisation type", "organization type", "type of organisation",
        "type of organization", "org type", "organisation category", "organization category",
        "lead organisation type", "lead organization type", "institution type",
        "agency type", "type d organisation", "type d organisme", "type de structure",
        "categorie d organisme", "tipo de organizacion", "tipo de entidad",
        "tipo di organizzazione", "tipo di ente", "organisationstyp", "organisationsart",
        "art der organisation", "tragerart", "tipo de organizacao", "tipo de entidade",
        "type organisatie", "organisatietype", "soort organisatie"),
    "partners": ("partners", "partner", "partner organisations", "partner organizations",
                 "partenaires", "socios", "entidades colaboradoras", "parceiros",
                 "kooperationspartner", "samenwerkingspartners"),
    "urls": ("url", "urls", "link", "links", "website", "web site", "web", "homepage",
             "home page", "webpage", "web page", "site", "site web", "site internet", "lien",
             "liens", "enlace", "enlaces", "sitio web", "pagina web", "sito", "sito web",
             "collegamento", "webseite", "internetseite", "sitio", "ligacao", "webpagina"),
    "funding": ("funding", "funder", "funders", "funded by", "source of funding",
                "funding source", "financement", "financeur", "financeurs", "financiacion",
                "financiador", "fuente de financiacion", "finanziamento", "finanziatore",
                "fonte di finanziamento", "finanzierung", "geldgeber", "forderer",
                "financiamento", "financiering", "financier", "subsidiegever"),
    "themes": ("theme", "themes", "topic", "topics", "sector", "sectors", "category",
               "categories", "keywords", "tags", "policy area", "thematic area",
               "thematique", "secteur", "domaine", "mots cles", "tema", "temas", "ambito",
               "area tematica", "palabras clave", "temi", "settore", "parole chiave", "thema",
               "themen", "themenfeld", "bereich", "schlagworte", "schlagworter", "setor",
               "palavras chave", "themas", "trefwoorden"),
    "language": ("language", "lang", "language code", "langue", "idioma", "lingua", "sprache",
                 "taal"),
    "target_groups": ("target group", "target groups", "target", "target audience",
                      "beneficiaries", "public cible", "publics cibles", "beneficiaires",
                      "destinatarios", "publico objetivo", "beneficiarios", "destinatari",
                      "beneficiari", "zielgruppe", "zielgruppen", "publico alvo", "doelgroep",
                      "doelgroepen"),
    "project": ("project", "programme", "program", "network", "projet", "reseau", "proyecto",
                "programa", "red", "progetto", "programma", "rete", "projekt", "programm",
                "netzwerk", "projeto", "rede", "netwerk"),
    "competencies": ("competencies", "competences", "competencias", "competenze",
                     "kompetenzen", "zustandigkeiten", "bevoegdheden"),
    "units": ("units", "specialised units", "specialized units", "special units",
              "unites specialisees", "unidades especializadas", "unita specializzate",
              "reparti speciali", "spezialeinheiten", "fachdienststellen",
              "specialistische eenheden", "gespecialiseerde eenheden"),
    "equipment": ("equipment", "equipement", "equipements", "equipamiento", "equipamento",
                  "attrezzature", "dotazioni", "ausstattung", "ausrustung", "uitrusting"),
    "personnel": ("personnel", "staff", "staffing", "workforce", "headcount", "effectifs",
                  "effectif", "efectivos", "plantilla", "personal", "personale", "organico",
                  "personalstarke", "mitarbeitende", "efetivos", "pessoal", "personeel",
                  "sterkte"),
    "expertise": ("expertise", "areas of expertise", "domaines d expertise", "expertises",
                  "areas de especializacion", "especialidades", "aree di competenza",
                  "ambiti di eccellenza", "fachgebiete", "schwerpunkte",
                  "areas de especializacao", "expertisegebieden", "specialismen"),
    "kind": ("kind", "type", "document type", "type of document", "sheet type", "type of sheet",
             "kind of sheet", "record type", "type de document", "type de fiche",
             "tipo de documento", "tipo de ficha", "tipo di documento", "tipo di scheda",
             "blatttyp", "blattart", "dokumenttyp", "dokumentart", "art des blattes",
             "documenttype", "soort document", "soort fiche", "type document"),
    "resource_type": ("resource type", "type of resource", "kind of resource",
                      "type de ressource", "tipo de recurso", "tipo di risorsa",
                      "ressourcentyp", "art der ressource", "soort hulpmiddel", "type bron"),
    "formats": ("format", "formats", "formato", "formatos", "formati", "formate", "formaat",
                "formaten", "support", "medium"),
    "resource_languages": (
        "languages", "available languages", "languages available", "available in",
        "langues", "langues disponibles", "disponible en", "idiomas", "idiomas disponibles",
        "lingue", "lingue disponibili", "disponibile in", "sprachen", "verfugbare sprachen",
        "verfugbar in", "talen", "beschikbare talen", "beschikbaar in", "linguas",
        "linguas disponiveis", "disponivel em"),
    "resources": ("resources", "related resources", "linked resources", "tools used",
                  "ressources liees", "ressources associees", "recursos relacionados",
                  "risorse correlate", "verwandte ressourcen", "recursos associados",
                  "gerelateerde hulpmiddelen", "hulpmiddelen"),
    "related_practices": ("related practices", "linked practices", "practices", "used by",
                          "pratiques liees", "pratiques associees", "practicas relacionadas",
                          "pratiche correlate", "verwandte praktiken",
                          "verwandte praxisbeispiele", "praticas relacionadas",
                          "gerelateerde praktijken"),
    "evidence": ("evidence", "evidence level", "level of evidence", "strength of evidence",
                 "evidence rating", "evidence grade", "niveau de preuve", "niveau de preuves",
                 "niveau d evidence", "force de la preuve", "nivel de evidencia",
                 "grado de evidencia", "evidencia", "livello di evidenza", "evidenza",
                 "livello di prova", "evidenz", "evidenzgrad", "evidenzniveau", "evidenzstufe",
                 "evidenzlevel", "grau de evidencia", "nivel de prova", "bewijskracht",
                 "bewijsniveau", "niveau van bewijs", "mate van bewijs"),
    "contact": ("contact", "contact person", "email", "e mail", "contact email", "phone",
                "telephone", "kontakt", "contacto", "contatto", "contato"),
}

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[^a-z0-9]+")


def normalise_name(name: str) -> str:
    """A key as the table writes it: `leadOrganisation_Type` → `lead organisation type`."""
    text = fold(_CAMEL.sub(" ", str(name)))
    return " ".join(_SEPARATORS.sub(" ", text).split())


# record fields whose own name (a spreadsheet row's or an export's key) is no whole name
_OWN_NAMES = ("resource_languages", "organisation_text", "competencies_text")


@cache
def _by_name() -> dict[str, str]:
    out = {name: field for field, names in NAMES.items() for name in names}
    for field in (*NAMES, *_OWN_NAMES):  # a field's own name always names it
        out.setdefault(normalise_name(field), field)
    return out


def field_for_name(name: str) -> str | None:
    """The field a whole key or column name stands for, or None."""
    return _by_name().get(normalise_name(name))
