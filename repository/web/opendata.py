"""Open data: the result set of any search as CSV, JSON or an Atom feed.

Each URL takes exactly the parameters of the search page `/` and returns every hit
of that search (all pages, up to the result cap), never a draft.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from lxml import etree
from slugify import slugify

from repository import __version__
from repository.labels import label
from repository.model import Practice
from repository.ops.exchange import to_csv
from repository.search.request import VALUE_FILTERS, SearchRequest
from repository.search.results import check_locale, result_set
from repository.search.store import Store
from repository.vocabulary.safety_domains import practice_domains
from repository.web.deps import SearchDep, StoreDep
from repository.web.i18n import translate

router = APIRouter(tags=["open data"])

ATOM = "http://www.w3.org/2005/Atom"
ATOM_TYPE = "application/atom+xml"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TOTAL = "X-Result-Total"  # the search's own total: above the row count when capped

LangQuery = Annotated[str | None, Query(
    description="Language of the feed's title and theme labels: en, fr, es, it, de, pt or nl",
    examples=["fr"])]


def _export(store: Store, request: SearchRequest) -> tuple[int, list[Practice]]:
    found = result_set(store, request)
    return found.total, store.get_many(h.id for h in found.hits)


def _filename(request: SearchRequest, extension: str) -> str:
    words = [request.query, *request.theme, *request.country, *request.city,
             *request.language]
    stem = slugify(" ".join(words), max_length=60, word_boundary=True)
    return f"practices-{stem}.{extension}" if stem else f"practices.{extension}"


def _attachment(name: str) -> str:
    return f'attachment; filename="{name}"'


@router.get("/export.csv", summary="Export a search as CSV", response_class=Response,
            responses={200: {"content": {"text/csv": {"example":
                "id,kind,title,summary,language,...\r\nask-for-angela,practice,"
                "Ask for Angela,...\r\n"}},
                "description": "One row per hit, every field of the record."}})
async def export_csv(store: StoreDep, request: SearchDep) -> Response:
    """Every hit of the search `/?<same parameters>` as CSV, in the page's order: one row
    per record, nested fields as `a.b` columns, lists joined by `; `."""
    total, practices = await run_in_threadpool(_export, store, request)
    return Response("".join(to_csv(practices)), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": _attachment(_filename(request, "csv")),
                             _TOTAL: str(total)})


@router.get("/export.json", summary="Export a search as JSON",
            responses={200: {"content": {"application/json": {"example": {
                "total": 1, "count": 1, "records": [{"id": "ask-for-angela",
                                                     "title": "Ask for Angela", "...": "..."}]
            }}}, "description": "Every field of every record of the result set."}})
async def export_json(store: StoreDep, request: SearchDep) -> JSONResponse:
    """Every hit of the search `/?<same parameters>` as full records, in the page's
    order, each with its safety domains. `total` is the search's total; `count` the
    records exported (the result set is capped, so `count` < `total` says the export was
    cut)."""
    total, practices = await run_in_threadpool(_export, store, request)
    body: dict[str, Any] = {"total": total, "count": len(practices),
                            "records": [open_record(p) for p in practices]}
    return JSONResponse(body, headers={
        "Content-Disposition": _attachment(_filename(request, "json")), _TOTAL: str(total)})


def open_record(practice: Practice) -> dict[str, Any]:
    """A record as the JSON export gives it: every field, and its safety domains."""
    return {**practice.model_dump(mode="json"), "safety_domains": practice_domains(practice)}


@router.get("/feed.atom", summary="Follow a search as an Atom feed", response_class=Response,
            responses={200: {"content": {ATOM_TYPE: {"example":
                '<feed xmlns="http://www.w3.org/2005/Atom"><title>…</title>…'
                "<entry><id>https://…/practices/ask-for-angela</id>…</entry></feed>"}},
                "description": "Atom 1.0: the result set's sheets, newest ingested first."}})
async def feed(request: Request, store: StoreDep, search_request: SearchDep,
               lang: LangQuery = None) -> Response:
    """The sheets of the search `/?<same parameters>`, newest ingested first, so a feed
    reader shows new sheets on a theme, a place or a query as they are published."""
    locale = check_locale(lang) or "en"
    _, practices = await run_in_threadpool(_export, store, search_request)
    xml = atom_feed(practices, search_request, str(request.base_url), str(request.url),
                    request.url.query, locale)
    return Response(xml, media_type=f"{ATOM_TYPE}; charset=utf-8")


def _ingested(practice: Practice) -> datetime:
    stamp = practice.source.ingested_at if practice.source else None
    if stamp is None:
        return _EPOCH
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _title(request: SearchRequest, locale: str) -> str:
    """The site's name, then the query and the filters, in the feed's language."""
    parts = [f"“{request.query}”"] if request.query else []
    for name in VALUE_FILTERS:
        values = getattr(request, name)
        if values:
            parts.append(translate("feed_filters", locale,
                                   facet=translate(f"facet_{name}", locale),
                                   values=", ".join(label(name, v, locale) for v in values)))
    what = "; ".join(parts) if parts else translate("feed_all", locale)
    return f"{translate('site', locale)} — {what}"


def atom_feed(practices: list[Practice], request: SearchRequest, base: str, self_url: str,
              query_string: str, locale: str = "en") -> bytes:
    """An Atom 1.0 document of these practices, newest ingested first."""
    ordered = sorted(practices, key=_ingested, reverse=True)  # stable: ties keep search order
    updated = _ingested(ordered[0]) if ordered else _EPOCH

    def sub(parent: etree._Element, tag: str, text: str | None = None,
            **attrs: str) -> etree._Element:
        node = etree.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        node.text = text
        return node

    root = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    sub(root, "id", self_url)
    sub(root, "title", _title(request, locale))
    sub(root, "updated", updated.isoformat())
    sub(root, "link", rel="self", type=ATOM_TYPE, href=self_url)
    sub(root, "link", rel="alternate", type="text/html",
        href=base + ("?" + query_string if query_string else ""))
    sub(sub(root, "author"), "name", translate("site", locale))
    sub(root, "generator", "Practice Repository", version=__version__)
    for practice in ordered:
        url = f"{base}practices/{quote(practice.id)}"
        entry = sub(root, "entry")
        sub(entry, "id", url)
        sub(entry, "title", practice.title)
        sub(entry, "updated", _ingested(practice).isoformat())
        sub(entry, "link", rel="alternate", type="text/html", href=url)
        # the sheet's own opening words; its place is in the page, not glued before them
        text = practice.summary or practice.objectives or practice.context or ""
        if text:
            sub(entry, "summary", text)
        for theme in practice.themes:
            sub(entry, "category", term=theme, label=label("theme", theme, locale))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
