"""Search page view models: what templates loop over, computed here so templates hold no logic.

Every link is a full search URL (`url_with`), so the whole state lives in the query
string and the page works without JavaScript.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from babel.numbers import format_currency
from markupsafe import Markup, escape

from repository.labels import cldr, label
from repository.places import city_name
from repository.search.request import BUDGET_BANDS, RANGE_FILTERS, VALUE_FILTERS, SearchRequest
from repository.search.response import SUMMARY_SECTION, SearchHit, SearchResponse
from repository.web.badges import evidence_badge
from repository.web.counts import count_text
from repository.web.i18n import translate

# facets whose values a visitor ticks (OR inside a facet, AND across facets)
TOGGLABLE = VALUE_FILTERS
FACET_ORDER = ("theme", "country", "city", "language", "year", "budget", "evaluation",
               "evidence", "domain", "kind", "competency", "resource_type", "project",
               "organisation_type")
SHOWN = 8  # values shown before "show more"
FILTERABLE_FROM = 12  # a facet with more values than this gets a filter box
RANGES = RANGE_FILTERS
SEARCH_ONLY = ("page", "per_page")  # not part of the result set's identity
PROPER_NAMES = ("city", "project")  # facets whose values are names, never translated text


@dataclass
class FacetValue:
    """One value of a facet: its label, count, state and the URL that toggles it."""

    value: str
    label: str
    count: int
    selected: bool
    url: str
    input_id: str
    proper: bool = False  # a name (city, project): marked translate="no" in the page


@dataclass
class RangeField:
    """A number input of a range filter."""

    name: str
    label: str
    value: str
    step: str


@dataclass
class Facet:
    """A facet of the sidebar."""

    name: str
    title: str
    checkbox: bool  # ticked values are `name=value` params; else links set a range
    shown: list[FacetValue]
    more: list[FacetValue]
    filter_param: str | None = None  # the no-JS filter box's parameter name
    filter_text: str = ""
    ranges: list[RangeField] = field(default_factory=list)


@dataclass
class Chip:
    """An active filter, removable."""

    label: str
    remove_url: str


def query_pairs(request: SearchRequest, drop: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """The request as query-string pairs, defaults left out."""
    pairs: list[tuple[str, str]] = []
    data = request.model_dump(exclude_defaults=True, exclude={"include_drafts"})
    for key, value in data.items():
        if key in drop:
            continue
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, _param(item)))
    return pairs


def _param(item: object) -> str:
    if isinstance(item, bool):
        return str(item).lower()
    if isinstance(item, float) and item.is_integer():
        return str(int(item))
    return str(item)


def url_with(request: SearchRequest, **changes: Any) -> str:
    """The search URL with some parameters replaced (None removes one); back to page 1."""
    keep = "page" in changes
    multi = [(k, v) for k, v in query_pairs(request)
             if k not in changes and (keep or k != "page")]
    for key, value in changes.items():
        if value is None or (key == "page" and value == 1):
            continue
        for item in value if isinstance(value, list) else [value]:
            multi.append((key, _param(item)))
    return "/?" + urlencode(multi) if multi else "/"


def open_data_query(request: SearchRequest) -> str:
    """The query string the export and feed URLs share with this search."""
    return urlencode(query_pairs(request, drop=SEARCH_ONLY))


def has_filters(request: SearchRequest) -> bool:
    """Whether any filter narrows the search."""
    return any(getattr(request, n) for n in TOGGLABLE) or request.evaluated is not None \
        or any(getattr(request, n) is not None for n in RANGES)


def without_filters(request: SearchRequest, per_page: int = 5) -> SearchRequest:
    """The same query with every filter removed: the closest matches of a no-result page."""
    return SearchRequest(q=request.q, mode=request.mode, per_page=per_page)


def _bands() -> list[tuple[str, float | None, float | None]]:
    out, lower = [], None
    for bound, key in BUDGET_BANDS:
        out.append((key, lower, None if bound == float("inf") else bound - 1))
        lower = bound
    return out


def facets_view(request: SearchRequest, response: SearchResponse, locale: str,
                filters: dict[str, str] | None = None) -> list[Facet]:
    """Every facet with counts, in sidebar order; `filters` narrows long lists (no JS)."""
    filters = filters or {}
    out = []
    for name in FACET_ORDER:
        title = translate(f"facet_{name}", locale)
        counts = response.facets.get(name, [])
        if name in TOGGLABLE:
            facet = _toggle_facet(request, name, title, counts, locale, filters.get(name, ""))
            if facet.shown or facet.more or facet.filter_text:  # nothing to tick: left out
                out.append(facet)
        elif name == "year":
            out.append(_year_facet(request, title, counts, locale))
        else:
            out.append(_budget_facet(request, title, counts, locale))
    return out


def _split(name: str, values: list[FacetValue], text: str) -> tuple[list[FacetValue],
                                                                      list[FacetValue]]:
    if text:
        needle = text.casefold()
        return [v for v in values if v.selected or needle in v.label.casefold()], []
    chosen = [v for v in values if v.selected]
    rest = [v for v in values if not v.selected]
    room = max(0, SHOWN - len(chosen))
    return chosen + rest[:room], rest[room:]


def _toggle_facet(request: SearchRequest, name: str, title: str,
                  counts: list[dict[str, Any]], locale: str, text: str) -> Facet:
    selected = set(getattr(request, name))
    proper = name in PROPER_NAMES
    values = []
    for item in counts:
        value = str(item["value"])
        values.append(FacetValue(
            value, label(name, value, locale), item["count"], value in selected,
            url_with(request, **{name: sorted(selected ^ {value})}), _input_id(name, value),
            proper))
    listed = {v.value for v in values}
    for value in sorted(selected - listed):  # a ticked value with no hit left still shows
        values.append(FacetValue(value, label(name, value, locale), 0, True,
                                 url_with(request, **{name: sorted(selected - {value})}),
                                 _input_id(name, value), proper))
    _tell_apart(values)
    if name != "theme":
        values.sort(key=lambda v: (-v.count, v.label.casefold()))
    shown, more = _split(name, values, text)
    filterable = len(values) > FILTERABLE_FROM
    return Facet(name, title, True, shown, more,
                 filter_param=f"filter_{name}" if filterable else None, filter_text=text)


def _tell_apart(values: list[FacetValue]) -> None:
    """Values that read the same ("Lisboa" and "Lissabon" are both Lisbon in English) add
    the name the sheets wrote, so a reader sees why there are two."""
    seen: dict[str, int] = {}
    for v in values:
        seen[v.label] = seen.get(v.label, 0) + 1
    for v in values:
        if seen[v.label] > 1 and v.value != v.label:
            v.label = f"{v.label} ({v.value})"


def _input_id(name: str, value: str) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in value)
    return f"f-{name}-{safe}-{zlib.crc32(value.encode()) % 10_000}"


def _year_facet(request: SearchRequest, title: str, counts: list[dict[str, Any]],
                locale: str) -> Facet:
    values = []
    for item in counts:
        year = int(item["value"])
        chosen = request.year_min == year and request.year_max == year
        url = url_with(request, year_min=None, year_max=None) if chosen \
            else url_with(request, year_min=year, year_max=year)
        values.append(FacetValue(str(year), str(year), item["count"], chosen, url,
                                 f"f-year-{year}"))
    shown, more = _split("year", values, "")
    return Facet("year", title, False, shown, more, ranges=[
        RangeField("year_min", translate("from", locale), _num(request.year_min), "1"),
        RangeField("year_max", translate("to", locale), _num(request.year_max), "1"),
    ])


def _budget_facet(request: SearchRequest, title: str, counts: list[dict[str, Any]],
                  locale: str) -> Facet:
    count_of = {str(c["value"]): c["count"] for c in counts}
    values = []
    for key, low, high in _bands():
        if key not in count_of:
            continue
        chosen = request.budget_min == low and request.budget_max == high
        url = url_with(request, budget_min=None, budget_max=None) if chosen \
            else url_with(request, budget_min=low, budget_max=high)
        values.append(FacetValue(key, label("budget", key, locale), count_of[key], chosen,
                                 url, f"f-budget-{key}"))
    return Facet("budget", title, False, values, [], ranges=[
        RangeField("budget_min", translate("min", locale), _num(request.budget_min), "1000"),
        RangeField("budget_max", translate("max", locale), _num(request.budget_max), "1000"),
    ])


def _num(value: float | None) -> str:
    return "" if value is None else _param(value)


def chips_view(request: SearchRequest, locale: str) -> list[Chip]:
    """The active filters as removable chips."""
    chips = []
    for name in TOGGLABLE:
        selected = getattr(request, name)
        for value in selected:
            text = translate("chip", locale, facet=translate(f"facet_{name}", locale),
                             value=label(name, value, locale))
            rest = [v for v in selected if v != value]
            chips.append(Chip(text, url_with(request, **{name: rest})))
    if request.evaluated is not None:
        state = translate(f"evaluated_{str(request.evaluated).lower()}", locale)
        chips.append(Chip(translate("chip", locale, facet=translate("facet_evaluated", locale),
                                    value=state),
                          url_with(request, evaluated=None)))
    if request.year_min is not None or request.year_max is not None:
        span = f"{_num(request.year_min) or '…'}–{_num(request.year_max) or '…'}"
        chips.append(Chip(translate("chip", locale, facet=translate("facet_year", locale),
                                    value=span),
                          url_with(request, year_min=None, year_max=None)))
    if request.budget_min is not None or request.budget_max is not None:
        low = money(request.budget_min, locale) or "…"
        high = money(request.budget_max, locale) or "…"
        chips.append(Chip(translate("chip", locale, facet=translate("facet_budget", locale),
                                    value=f"{low}–{high}"),
                          url_with(request, budget_min=None, budget_max=None)))
    return chips


def clear_url(request: SearchRequest) -> str:
    """The search without any filter (query, mode and sort kept)."""
    return url_with(request, **{n: None for n in (*TOGGLABLE, *RANGES, "evaluated")})


def sort_links(request: SearchRequest, locale: str) -> list[dict[str, object]]:
    """Relevance, newest, title: each a URL, the order the page shows marked. Browsing
    (no query) has no relevance: its default order is newest first."""
    browsing = not request.query
    current = "newest" if browsing and request.sort == "relevance" else request.sort
    orders = ("newest", "title") if browsing else ("relevance", "newest", "title")
    return [{"label": translate(f"sort_{s}", locale), "current": current == s,
             "url": url_with(request, sort=None if s == "relevance" else s)}
            for s in orders]


def pager_view(request: SearchRequest, total: int) -> dict[str, Any]:
    """Previous/next and a window of page numbers around the current page."""
    pages = max(1, -(-total // request.per_page))
    current = min(request.page, pages)
    numbers = sorted({1, pages, *range(max(1, current - 2), min(pages, current + 2) + 1)})
    return {
        "count": pages, "current": current,
        "prev": url_with(request, page=current - 1) if current > 1 else None,
        "next": url_with(request, page=current + 1) if current < pages else None,
        "numbers": [{"n": n, "url": url_with(request, page=n), "current": n == current,
                     "gap": i > 0 and n - numbers[i - 1] > 1}
                    for i, n in enumerate(numbers)],
    }


def money(eur: float | None, locale: str) -> str:
    """A whole amount in EUR, written the locale's way (CLDR: "€12,500", "12 500 €")."""
    if eur is None:
        return ""
    where = cldr(locale)
    pattern = where.currency_formats["standard"].pattern.replace(".00", "")
    return format_currency(round(eur), "EUR", format=pattern, locale=where,
                           currency_digits=False)


def highlighted(hit: SearchHit) -> Markup:
    """The snippet, escaped, with its highlight spans wrapped in <mark>."""
    parts: list[str] = []
    last = 0
    for start, end in hit.highlights:
        parts.append(str(escape(hit.snippet[last:start])))
        parts.append(f"<mark>{escape(hit.snippet[start:end])}</mark>")
        last = end
    parts.append(str(escape(hit.snippet[last:])))
    return Markup("".join(parts))


def hit_view(hit: SearchHit, locale: str) -> dict[str, Any]:
    """One result as the template shows it."""
    country = label("country", hit.country, locale) if hit.country else None
    city = city_name(hit.city, locale, hit.country) if hit.city else None
    section = translate("snippet_summary", locale) if hit.section == SUMMARY_SECTION \
        else hit.section
    return {
        "id": hit.id, "title": hit.title, "url": f"/practices/{hit.id}",
        "language": hit.language or "",
        "place": ", ".join(filter(None, [city, country])),
        "languages": [{"code": code, "name": label("language", code, locale)}
                      for code in (hit.languages or [hit.language or ""]) if code],
        # a theme chip leads to the theme's glossary page (its practices, its definition)
        "themes": [{"label": label("theme", t, locale), "url": f"/glossary/{t}"}
                   for t in hit.themes],
        "snippet": highlighted(hit) if hit.snippet else None,
        "section": translate("labelled", locale, label=section) if section else None,
        # the summary label is the UI's; a heading is the sheet's, in its language
        "section_lang": locale if hit.section == SUMMARY_SECTION else hit.language or "",
        "budget": money(hit.budget_eur, locale),
        "year": str(hit.start_year) if hit.start_year else "",
        "evaluation": label("evaluation", hit.evaluation_kind, locale)
        if hit.evaluation_kind else None,
        "evaluation_kind": hit.evaluation_kind or "",
        **evidence_badge(hit.evidence, locale),
        "kind": label("kind", hit.kind, locale) if hit.kind != "practice" else None,
    }


def _quoted_query(q: str, locale: str) -> Markup:
    """'for “…”' in the UI language; the query itself is the visitor's words, marked
    translate="no" (no UI language to hold it to)."""
    before, _, after = translate("for_query", locale, q="\x00").partition("\x00")
    return Markup("{}<span translate=\"no\">{}</span>{}").format(before, q, after)


def search_page(request: SearchRequest, response: SearchResponse, locale: str,
                filters: dict[str, str], closest: SearchResponse | None) -> dict[str, Any]:
    """Everything the search page shows."""
    total = response.total
    count = count_text(total, request.kind, response.facets, locale)
    data = open_data_query(request)
    suffix = "?" + data if data else ""
    return {
        "locale": locale,
        "query": request,
        "response": response,
        "count_text": count,
        "query_text": _quoted_query(request.q, locale) if request.q else "",
        "hits": [hit_view(h, locale) for h in response.hits],
        "facets": facets_view(request, response, locale, filters),
        "chips": chips_view(request, locale),
        "clear_url": clear_url(request),
        "sorts": sort_links(request, locale),
        "pager": pager_view(request, total),
        "hidden": [(k, v) for k, v in query_pairs(request) if k in TOGGLABLE or k in
                   ("evaluated", *RANGES)],
        "filter_hidden": [(k, v) for k, v in query_pairs(request)
                          if k in ("q", "mode", "sort", "evaluated")],
        "modes": [{"value": m, "label": translate(f"mode_{m}", locale),
                   "selected": request.mode == m} for m in ("hybrid", "keyword", "semantic")],
        "export": {"csv": "/export.csv" + suffix, "json": "/export.json" + suffix,
                   "atom": "/feed.atom" + (suffix + "&" if suffix else "?") + f"lang={locale}"},
        "no_results": total == 0,
        "filtered": has_filters(request),
        "closest": [hit_view(h, locale) for h in closest.hits] if closest else [],
    }

