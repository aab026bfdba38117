"""UI text in English and French, and which of the two a visitor reads.

The locale comes from `?lang=`, then the `lang` cookie (set when a visitor picks a
language), then the browser's Accept-Language, then English. Facet values are
labelled by `repository.labels`; this module holds the page's own words.
"""

from __future__ import annotations

from collections.abc import Mapping

from repository.labels import DEFAULT, LOCALES

COOKIE = "lang"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}

# key → {locale: text}; `{name}` placeholders are filled by `translate`
STRINGS: dict[str, dict[str, str]] = {
    "site": {"en": "Practice Repository", "fr": "Répertoire de pratiques"},
    "tagline": {"en": "European urban-security practices, searchable",
                "fr": "Les pratiques européennes de sécurité urbaine, à portée de recherche"},
    "skip": {"en": "Skip to content", "fr": "Aller au contenu"},
    "language_switch": {"en": "Language", "fr": "Langue"},
    "api": {"en": "JSON API", "fr": "API JSON"},
    "search_label": {"en": "Search practices", "fr": "Rechercher des pratiques"},
    "search_placeholder": {"en": "e.g. harassment in bars at night",
                           "fr": "ex. : harcèlement dans les bars la nuit"},
    "search": {"en": "Search", "fr": "Rechercher"},
    "mode": {"en": "Mode", "fr": "Mode"},
    "mode_hybrid": {"en": "hybrid (recommended)", "fr": "hybride (recommandé)"},
    "mode_keyword": {"en": "keywords only", "fr": "mots-clés seulement"},
    "mode_semantic": {"en": "meaning only", "fr": "sens seulement"},
    "filters": {"en": "Filters", "fr": "Filtres"},
    "apply": {"en": "Apply filters", "fr": "Appliquer les filtres"},
    "show_more": {"en": "Show {n} more", "fr": "Afficher {n} de plus"},
    "filter_list": {"en": "Filter the {facet} list", "fr": "Filtrer la liste « {facet} »"},
    "from": {"en": "From", "fr": "De"},
    "to": {"en": "To", "fr": "À"},
    "min": {"en": "Minimum", "fr": "Minimum"},
    "max": {"en": "Maximum", "fr": "Maximum"},
    "facet_theme": {"en": "Theme", "fr": "Thème"},
    "facet_country": {"en": "Country", "fr": "Pays"},
    "facet_city": {"en": "City", "fr": "Ville"},
    "facet_language": {"en": "Language", "fr": "Langue"},
    "facet_kind": {"en": "Kind", "fr": "Type"},
    "facet_project": {"en": "Project", "fr": "Projet"},
    "facet_organisation_type": {"en": "Lead organisation", "fr": "Organisation porteuse"},
    "facet_evaluation": {"en": "Evaluation", "fr": "Évaluation"},
    "facet_year": {"en": "Start year", "fr": "Année de début"},
    "facet_budget": {"en": "Budget (EUR)", "fr": "Budget (EUR)"},
    "chip": {"en": "{facet}: {value}", "fr": "{facet} : {value}"},
    "active_filters": {"en": "Active filters", "fr": "Filtres actifs"},
    "remove": {"en": "Remove filter: {what}", "fr": "Retirer le filtre : {what}"},
    "clear_all": {"en": "Clear all", "fr": "Tout effacer"},
    "results": {"en": "Results", "fr": "Résultats"},
    "count_one": {"en": "1 practice", "fr": "1 pratique"},
    "count_many": {"en": "{n} practices", "fr": "{n} pratiques"},
    "for_query": {"en": "for “{q}”", "fr": "pour « {q} »"},
    "sort": {"en": "Sort", "fr": "Trier"},
    "sort_relevance": {"en": "relevance", "fr": "pertinence"},
    "sort_newest": {"en": "newest", "fr": "plus récentes"},
    "sort_title": {"en": "title", "fr": "titre"},
    "pages": {"en": "Pages", "fr": "Pages"},
    "previous": {"en": "Previous", "fr": "Précédente"},
    "next": {"en": "Next", "fr": "Suivante"},
    "page_of": {"en": "Page {page} of {pages}", "fr": "Page {page} sur {pages}"},
    "page_n": {"en": "Page {n}", "fr": "Page {n}"},
    "compare": {"en": "Compare", "fr": "Comparer"},
    "compare_this": {"en": "Compare {title}", "fr": "Comparer {title}"},
    "compare_selected": {"en": "Compare selected (2–4)",
                         "fr": "Comparer la sélection (2 à 4)"},
    "languages": {"en": "Languages", "fr": "Langues"},
    "budget": {"en": "Budget", "fr": "Budget"},
    "years": {"en": "Years", "fr": "Années"},
    "since": {"en": "since {year}", "fr": "depuis {year}"},
    "open_data": {"en": "This result set as open data", "fr": "Ces résultats en données ouvertes"},
    "feed": {"en": "Atom feed", "fr": "Flux Atom"},
    "no_results": {"en": "No practice matches this search.",
                   "fr": "Aucune pratique ne correspond à cette recherche."},
    "try_removing": {"en": "Try removing a filter:", "fr": "Essayez de retirer un filtre :"},
    "closest": {"en": "Closest matches without the filters",
                "fr": "Résultats les plus proches sans les filtres"},
    "try_fewer": {"en": "Try fewer or other words, or another mode.",
                  "fr": "Essayez moins de mots, d'autres mots ou un autre mode."},
    "facts": {"en": "Facts", "fr": "En bref"},
    "fact_kind": {"en": "Kind", "fr": "Type"},
    "fact_place": {"en": "Place", "fr": "Lieu"},
    "fact_region": {"en": "Region", "fr": "Région"},
    "fact_language": {"en": "Language", "fr": "Langue"},
    "fact_years": {"en": "Years", "fr": "Années"},
    "fact_budget": {"en": "Budget", "fr": "Budget"},
    "fact_evaluation": {"en": "Evaluation", "fr": "Évaluation"},
    "fact_project": {"en": "Project", "fr": "Projet"},
    "fact_organisation": {"en": "Lead organisation", "fr": "Organisation porteuse"},
    "fact_links": {"en": "Links", "fr": "Liens"},
    "fact_partners": {"en": "Partners", "fr": "Partenaires"},
    "fact_funding": {"en": "Funding", "fr": "Financement"},
    "fact_targets": {"en": "Target groups", "fr": "Publics cibles"},
    "fact_themes": {"en": "Themes", "fr": "Thèmes"},
    "fact_source": {"en": "Source file", "fr": "Fichier source"},
    "ongoing": {"en": "ongoing", "fr": "en cours"},
    "no_budget": {"en": "no dedicated budget", "fr": "pas de budget dédié"},
    "download": {"en": "Download the original ({format})",
                 "fr": "Télécharger l'original ({format})"},
    "other_languages": {"en": "Other language versions", "fr": "Autres versions linguistiques"},
    "similar": {"en": "Similar practices", "fr": "Pratiques similaires"},
    "cite": {"en": "Cite this", "fr": "Citer"},
    "accessed": {"en": "accessed {date}", "fr": "consulté le {date}"},
    "permalink": {"en": "Permanent URL", "fr": "URL permanente"},
    "sections": {"en": "The sheet", "fr": "La fiche"},
    "back": {"en": "Back to search", "fr": "Retour à la recherche"},
    "compare_title": {"en": "Compare practices", "fr": "Comparer des pratiques"},
    "compare_need": {"en": "Pick 2 to 4 practices to compare.",
                     "fr": "Choisissez de 2 à 4 pratiques à comparer."},
    "row_place": {"en": "Place", "fr": "Lieu"},
    "row_summary": {"en": "Summary", "fr": "Résumé"},
    "row_objectives": {"en": "Objectives", "fr": "Objectifs"},
    "row_activities": {"en": "Activities", "fr": "Activités"},
    "row_budget": {"en": "Budget", "fr": "Budget"},
    "row_duration": {"en": "Duration", "fr": "Durée"},
    "row_evaluation": {"en": "Evaluation", "fr": "Évaluation"},
    "row_results": {"en": "Results", "fr": "Résultats"},
    "row_themes": {"en": "Themes", "fr": "Thèmes"},
    "error": {"en": "Error", "fr": "Erreur"},
    # the workspace's review page: normalised facts, where each came from, corrections
    "review_facts": {"en": "Normalised facts", "fr": "Faits normalisés"},
    "review_facts_help": {
        "en": "Check each fact against the original. A flagged fact was guessed; what you "
              "correct is kept when the sheet is read again.",
        "fr": "Vérifiez chaque fait sur l'original. Un fait signalé a été deviné ; ce que "
              "vous corrigez est conservé quand la fiche est relue."},
    "review_kind": {"en": "Kind", "fr": "Type"},
    "review_country": {"en": "Country", "fr": "Pays"},
    "review_city": {"en": "City", "fr": "Ville"},
    "review_start": {"en": "Start", "fr": "Début"},
    "review_end": {"en": "End", "fr": "Fin"},
    "review_ongoing": {"en": "Ongoing", "fr": "En cours"},
    "review_budget": {"en": "Budget", "fr": "Budget"},
    "review_evaluation": {"en": "Evaluation", "fr": "Évaluation"},
    "review_themes": {"en": "Themes", "fr": "Thèmes"},
    "review_year": {"en": "Year", "fr": "Année"},
    "review_month": {"en": "Month", "fr": "Mois"},
    "review_amount": {"en": "Amount", "fr": "Montant"},
    "review_currency": {"en": "Currency", "fr": "Devise"},
    "review_eur": {"en": "In EUR", "fr": "En EUR"},
    "review_practice": {"en": "Practice", "fr": "Pratique"},
    "review_fact_sheet": {"en": "Fact sheet", "fr": "Fiche thématique"},
    "review_unknown": {"en": "unknown", "fr": "inconnu"},
    "review_yes": {"en": "yes", "fr": "oui"},
    "review_no": {"en": "no", "fr": "non"},
    "review_eval_none": {"en": "Not evaluated", "fr": "Non évaluée"},
    "review_eval_internal": {"en": "Internal evaluation", "fr": "Évaluation interne"},
    "review_eval_external": {"en": "External evaluation", "fr": "Évaluation externe"},
    "review_eval_scientific": {"en": "Scientific evaluation", "fr": "Évaluation scientifique"},
    "review_origin": {"en": "From {origin}", "fr": "Source : {origin}"},
    "review_confidence": {"en": "confidence {value}", "fr": "confiance {value}"},
    "review_origin_key": {"en": "an explicit key", "fr": "une clé explicite"},
    "review_origin_heading": {"en": "a section heading", "fr": "un titre de section"},
    "review_origin_meta": {"en": "a label line", "fr": "une ligne d'étiquette"},
    "review_origin_prose": {"en": "the text", "fr": "le texte"},
    "review_origin_inferred": {"en": "the whole sheet (inferred)",
                               "fr": "toute la fiche (déduit)"},
    "review_origin_staff": {"en": "a staff correction", "fr": "une correction de l'équipe"},
    "review_origin_none": {"en": "Origin not recorded", "fr": "Origine non enregistrée"},
    "review_low_confidence": {"en": "Guessed: check it against the original.",
                              "fr": "Deviné : vérifiez-le sur l'original."},
    "review_check": {"en": "Check:", "fr": "À vérifier :"},
    "review_corrected": {"en": "corrected", "fr": "corrigé"},
    "review_text": {"en": "Text of the sheet", "fr": "Texte de la fiche"},
    # the workspace: spreadsheets and exports (one sheet per row)
    "upload_tables": {"en": "Spreadsheets and exports (CSV, XLSX, a JSON array, JSON Lines) "
                            "make one draft per row, after a look at their column mapping.",
                      "fr": "Tableurs et exports (CSV, XLSX, tableau JSON, JSON Lines) : un "
                            "brouillon par ligne, après vérification des colonnes."},
    "upload_staged": {"en": "Spreadsheets to map", "fr": "Tableurs à faire correspondre"},
    "upload_map": {"en": "{file}: {n} rows — check the column mapping",
                   "fr": "{file} : {n} lignes — vérifier les colonnes"},
    "map_title": {"en": "Column mapping", "fr": "Correspondance des colonnes"},
    "map_rows": {"en": "{n} rows ({format})", "fr": "{n} lignes ({format})"},
    "map_saved": {"en": "mapped as the last import of “{export}”",
                  "fr": "comme le dernier import de « {export} »"},
    "map_notes": {"en": "About this file", "fr": "À propos de ce fichier"},
    "map_help": {"en": "Each column becomes the field chosen beside it; “extra field” keeps "
                       "it as a section of its own, “ignore” leaves it out. The choice is "
                       "saved for the next version of this export.",
                 "fr": "Chaque colonne devient le champ choisi en regard ; « champ "
                       "supplémentaire » la garde comme section à part, « ignorer » la laisse "
                       "de côté. Le choix est gardé pour la prochaine version de cet export."},
    "map_column": {"en": "Column", "fr": "Colonne"},
    "map_field": {"en": "Field", "fr": "Champ"},
    "map_sample": {"en": "Sample value", "fr": "Exemple"},
    "map_import": {"en": "Make drafts of the {n} rows",
                   "fr": "Créer les brouillons des {n} lignes"},
    "import_title": {"en": "Import", "fr": "Import"},
    "import_counts": {"en": "{added} added, {updated} updated, {unchanged} unchanged, "
                            "{failed} failed",
                      "fr": "{added} ajoutées, {updated} mises à jour, {unchanged} inchangées, "
                            "{failed} en échec"},
    "import_extra": {"en": "Columns kept as extra fields",
                     "fr": "Colonnes gardées comme champs supplémentaires"},
    "import_blank": {"en": "{n} blank rows skipped", "fr": "{n} lignes vides ignorées"},
    "import_failed": {"en": "Rows that failed", "fr": "Lignes en échec"},
    "import_drafts": {"en": "Sheets", "fr": "Fiches"},
    "import_more": {"en": "… and {n} more", "fr": "… et {n} de plus"},
    **{f"field_{name}": {"en": en, "fr": fr} for name, en, fr in (
        ("id", "Id", "Identifiant"), ("title", "Title", "Titre"),
        ("summary", "Summary", "Résumé"), ("country", "Country", "Pays"),
        ("city", "City", "Ville"), ("region", "Region", "Région"),
        ("language", "Language", "Langue"), ("kind", "Kind", "Type"),
        ("themes", "Themes", "Thèmes"), ("target_groups", "Target groups", "Publics cibles"),
        ("project", "Project / programme", "Projet / programme"),
        ("lead_organisation", "Lead organisation", "Organisation porteuse"),
        ("lead_organisation_type", "Lead organisation type", "Type d'organisation porteuse"),
        ("partners", "Partners", "Partenaires"), ("funding", "Funding", "Financement"),
        ("urls", "Web links", "Liens web"), ("start", "Start", "Début"), ("end", "End", "Fin"),
        ("context", "Context", "Contexte"), ("objectives", "Objectives", "Objectifs"),
        ("activities", "Activities", "Activités"),
        ("partners_text", "Partners (text)", "Partenaires (texte)"),
        ("budget_text", "Budget", "Budget"), ("duration_text", "Duration", "Durée"),
        ("evaluation", "Evaluation", "Évaluation"), ("results", "Results", "Résultats"),
        ("contact", "Contact", "Contact"), ("links", "Links (text)", "Liens (texte)"),
        ("extra", "Extra field", "Champ supplémentaire"), ("ignore", "Ignore", "Ignorer"))},
}


def translate(key: str, locale: str = DEFAULT, **values: object) -> str:
    """The UI string `key` in `locale` (English if missing), placeholders filled."""
    entry = STRINGS.get(key)
    if entry is None:
        return key
    text = entry.get(locale) or entry[DEFAULT]
    return text.format(**values) if values else text


def negotiate(query: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The visitor's locale: an explicit choice, then the cookie, then the browser's."""
    for choice in (query, cookie):
        if choice and choice.lower() in LOCALES:
            return choice.lower()
    for tag, _ in _ranked(accept_language or ""):
        primary = tag.split("-")[0].lower()
        if primary in LOCALES:
            return primary
    return DEFAULT


def _ranked(header: str) -> list[tuple[str, float]]:
    """Accept-Language entries, best first (`fr-CH, fr;q=0.9, en;q=0.8`)."""
    out: list[tuple[str, float]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        if tag and quality > 0:
            out.append((tag, quality - index * 1e-6))
    return sorted(out, key=lambda tq: -tq[1])


def switch_links(path: str, params: Mapping[str, object], locale: str
                 ) -> list[dict[str, object]]:
    """Links to the same page in each UI language, the current one marked."""
    from urllib.parse import urlencode

    pairs = [(k, v) for k, v in _items(params) if k != "lang"]
    return [{"locale": code, "name": LANGUAGE_NAMES[code], "current": code == locale,
             "url": path + "?" + urlencode([*pairs, ("lang", code)])} for code in LOCALES]


def _items(params: Mapping[str, object]) -> list[tuple[str, str]]:
    multi = getattr(params, "multi_items", None)
    if multi is not None:
        return [(str(k), str(v)) for k, v in multi()]
    return [(str(k), str(v)) for k, v in params.items()]
