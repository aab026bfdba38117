"""The search page's pictures: the map of countries and the start-year timeline.

Built from the same facet counts and the same toggle URLs as the sidebar, so clicking a
country is ticking its checkbox, and a bar is the year facet's link.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from repository.labels import label
from repository.model import Practice
from repository.search.request import SearchRequest
from repository.search.response import SearchResponse
from repository.web import charts, record_views
from repository.web.charts import city_point
from repository.web.i18n import translate
from repository.web.views import url_with


def country_marks(request: SearchRequest, response: SearchResponse,
                  locale: str) -> list[charts.Mark]:
    """A mark per country with hits or ticked: its disjunctive count and its toggle URL."""
    selected = set(request.country)
    counts = {str(c["value"]): int(c["count"]) for c in response.facets.get("country", [])}
    for code in selected - counts.keys():
        counts[code] = 0
    marks = []
    for code, count in sorted(counts.items()):
        text = translate("pic_map_country", locale, country=label("country", code, locale),
                         n=count)
        if code in selected:
            text = translate("pic_map_selected", locale, label=text)
        marks.append(charts.Mark(code, text, count, code in selected,
                                 url_with(request, country=sorted(selected ^ {code}))))
    return marks


def year_marks(request: SearchRequest, response: SearchResponse,
               locale: str) -> list[charts.Mark]:
    """A mark per start year: its link sets the range to that year (or clears it)."""
    low, high = request.year_min, request.year_max
    ranged = low is not None or high is not None
    marks = []
    for item in response.facets.get("year", []):
        year = int(item["value"])
        only = low == year and high == year
        inside = ranged and (low is None or low <= year) and (high is None or year <= high)
        url = url_with(request, year_min=None, year_max=None) if only \
            else url_with(request, year_min=year, year_max=year)
        marks.append(charts.Mark(str(year), translate("pic_timeline_year", locale, year=year,
                                                      n=int(item["count"])),
                                 int(item["count"]), inside, url))
    return marks


def pictures(request: SearchRequest, response: SearchResponse, locale: str) -> dict[str, Any]:
    """The map (with its legend) and the timeline, or nothing when there is nothing to draw."""
    countries = country_marks(request, response, locale)
    bounds = charts.steps([m.count for m in countries])
    years = year_marks(request, response, locale)
    return {
        "map": charts.map_svg(countries, translate("pic_map_title", locale), bounds)
        if countries else None,
        "legend": charts.legend(bounds, translate("pic_map_none", locale)),
        "timeline": charts.timeline_svg(
            years, translate("pic_timeline_title", locale),
            url_with(request, year_min=None, year_max=None)) if years else None,
    }


def locator(practice: Practice, locale: str) -> Markup:
    """The practice's country on a small map, its city a dot where its position is known."""
    if not practice.country:
        return Markup("")
    where = record_views.place(practice, locale) or practice.country
    dot = city_point(practice.city, practice.country) if practice.city else None
    return charts.locator_svg(practice.country, translate("pic_locator_title", locale,
                                                          place=where), dot)
