"""Glossary view models: what /glossary and /glossary/{key} show, and their JSON.

Pure functions over a `Glossary` entry and the search responses the route fetched: the
templates only loop. A theme's practices are the faceted search with that theme ticked;
a EuroVoc concept's are the (hybrid) search for its label in the page's language: the
search's concept signal carries it into every language, so the German label
"Jugendkriminalität" also finds a French sheet about "délinquance juvénile".
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from repository.labels import label
from repository.places import city_name
from repository.search.request import SearchRequest, parse_request
from repository.search.response import SearchHit, SearchResponse
from repository.text import LANGUAGES
from repository.vocabulary.glossary import Entry, Glossary
from repository.web.counts import count_text
from repository.web.i18n import translate
from repository.web.views import url_with

LISTED = 5  # practices listed on an entry's page
EXCERPT = 160  # characters of a definition on the index
EXAMPLE = "eurovoc-375"  # juvenile delinquency: the search box's example, in another language
SOURCE = {"name": "EuroVoc", "url": "https://op.europa.eu/en/web/eu-vocabularies"}


def glossary_url(key: str, locale: str | None = None) -> str:
    """The page of an entry (in `locale` when given)."""
    url = f"/glossary/{quote(key)}"
    return url + "?" + urlencode({"lang": locale}) if locale else url


def practices_request(entry: Entry, locale: str, per_page: int = LISTED) -> SearchRequest:
    """The search whose results are the practices carrying `entry`."""
    if entry.kind == "theme":
        return parse_request(theme=[entry.key], sort="title", per_page=per_page)
    return parse_request(q=entry.label(locale), per_page=per_page)


def _search_url(entry: Entry, locale: str) -> str:
    request = practices_request(entry, locale)
    if entry.kind == "theme":
        return url_with(SearchRequest(), theme=[entry.key])
    return url_with(SearchRequest(), q=request.q)


def _excerpt(text: str | None) -> str:
    if not text or len(text) <= EXCERPT:
        return text or ""
    cut = text[:EXCERPT].rsplit(" ", 1)[0].rstrip(",;:—– ")
    return cut + " …"


def _counts(browse: SearchResponse | None) -> dict[str, int]:
    if browse is None:
        return {}
    return {str(v["value"]): int(v["count"]) for v in browse.facets.get("theme", [])}


def index_page(glossary: Glossary, query: str, locale: str,
               browse: SearchResponse | None) -> dict[str, Any]:
    """The glossary's list: themes, then EuroVoc concepts, filtered by `query`."""
    found = glossary.search(query)
    counts = _counts(browse)
    themes = [_item(e, locale, counts.get(e.key, 0)) for e in found if e.kind == "theme"]
    concepts = [_item(e, locale, None) for e in found if e.kind == "eurovoc"]
    return {"query": query, "themes": themes, "concepts": concepts,
            "total": len(found), "empty": not found, "source": SOURCE,
            "example": glossary.entry(EXAMPLE).label("fr" if locale == "de" else "de")}


def _item(entry: Entry, locale: str, count: int | None) -> dict[str, Any]:
    themes = [label("theme", t, locale) for t in entry.themes] if entry.kind == "eurovoc" \
        else []
    return {"key": entry.key, "label": entry.label(locale), "url": glossary_url(entry.key),
            "lang": _lang(entry, locale),
            "definition": _excerpt(entry.definition(locale)),
            "count": translate("count", locale, n=count) if count is not None else "",
            "themes": ", ".join(themes)}


def entry_page(glossary: Glossary, entry: Entry, locale: str,
               practices: SearchResponse) -> dict[str, Any]:
    """Everything an entry's page shows."""
    languages = [{"code": lang, "name": label("language", lang, locale),
                  "label": entry.labels.get(lang, ""),
                  "synonyms": ", ".join(entry.synonyms.get(lang, ())),
                  "definition": entry.definition(lang) or ""} for lang in LANGUAGES]
    related = [{"label": glossary.entry(k).label(locale), "url": glossary_url(k),
                "lang": _lang(glossary.entry(k), locale),
                "theme": glossary.entry(k).kind == "theme"}
               for k in entry.related if k in glossary.entries]
    return {
        "entry": entry, "label": entry.label(locale), "label_lang": _lang(entry, locale),
        "theme": entry.kind == "theme",
        "definition": entry.definition(locale),
        "synonyms": list(entry.synonyms.get(locale, ())),
        "languages": languages,
        "related_themes": [r for r in related if r["theme"]],
        "related_concepts": [r for r in related if not r["theme"]],
        "total": practices.total,
        "count": count_text(practices.total, (), practices.facets, locale),
        "search_url": _search_url(entry, locale),
        "practices": [_hit(h, locale) for h in practices.hits],
        "uri": entry.uri,
    }


def _lang(entry: Entry, locale: str) -> str:
    """The language of the label shown: the vocabulary's words, marked like a sheet's."""
    return locale if entry.labels.get(locale) else "en"


def _hit(hit: SearchHit, locale: str) -> dict[str, str]:
    city = city_name(hit.city, locale, hit.country) if hit.city else ""
    country = label("country", hit.country, locale) if hit.country else ""
    return {"title": hit.title, "url": f"/practices/{hit.id}", "language": hit.language or "",
            "place": ", ".join(filter(None, [city, country]))}


# ---- JSON ----------------------------------------------------------------------------

def entry_summary(entry: Entry, locale: str | None) -> dict[str, Any]:
    """One entry in the API's list."""
    data: dict[str, Any] = {"key": entry.key, "kind": entry.kind, "labels": dict(entry.labels),
                            "themes": list(entry.themes), "url": glossary_url(entry.key)}
    if locale:
        data["label"] = entry.label(locale)
        data["definition"] = entry.definition(locale)
    return data


def entry_json(glossary: Glossary, entry: Entry, locale: str | None,
               practices: SearchResponse) -> dict[str, Any]:
    """One entry, every field, with the practices that carry it."""
    lang = locale or "en"
    search_url = _search_url(entry, lang)
    return {
        **entry_summary(entry, locale),
        "synonyms": {k: list(v) for k, v in entry.synonyms.items()},
        "definitions": dict(entry.definitions),
        "eurovoc_uri": entry.uri,
        "related": [{"key": k, "kind": glossary.entry(k).kind,
                     "label": glossary.entry(k).label(lang), "url": glossary_url(k)}
                    for k in entry.related if k in glossary.entries],
        "practices": {
            "total": practices.total, "search_url": search_url,
            "api_url": "/api/search" + search_url.removeprefix("/"),
            "hits": [{"id": h.id, "title": h.title, "language": h.language,
                      "country": h.country, "city": h.city} for h in practices.hits]},
    }
