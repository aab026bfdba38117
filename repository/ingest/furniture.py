"""Page furniture: the `Label: value` place lines a web page shows outside its main text.

trafilatura keeps a page's main text and drops its navigation, headers and small print
— and with them meta lines such as "Stadt: Wien – Land: Österreich – Laufzeit: 2015 bis
2019" or a `<meta name="geo.placename">`. This module reads those from the whole page
and adds the place and date pairs the reader did not keep to the sheet's preamble, as
meta lines, so extraction sees them with the origin "meta line".
"""

from __future__ import annotations

from dataclasses import replace

from repository.config import Settings
from repository.ingest.normalise.meta_lines import by_field, pairs_in_line, pairs_in_text
from repository.ingest.raw import RawSheet
from repository.ingest.readers import read_sheet

PLACE_FIELDS = ("city", "country", "region")
DATE_FIELDS = ("start", "end", "duration_text")  # "Looptijd: 2011 tot 2031"
# <meta> names that carry a place
_META_TAGS = {"geo.placename": "City", "og:locality": "City", "og:country-name": "Country",
              "geo.country": "Country", "dc.coverage": "Country", "geo.region": "Region"}
_BLOCKS = ("p", "div", "span", "li", "dd", "dt", "td", "th", "tr", "header", "footer",
           "small", "address", "figcaption", "h3", "h4", "h5", "h6")


def read_raw_sheet(file: str, data: bytes, settings: Settings | None = None) -> RawSheet:
    """Read a sheet of any format; a web page's furniture place lines are kept too."""
    raw = read_sheet(file, data, settings)
    if raw.format == "html":
        raw = with_furniture(raw, data)
    return raw


def page_lines(data: bytes) -> list[str]:
    """Text lines of every block of a page (navigation and footers too), and <meta> places."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    lines = []
    for name, content in ((m.get("name") or m.get("property") or "", m.get("content") or "")
                          for m in root.iter("meta")):
        label = _META_TAGS.get(name.lower())
        if label and content.strip():
            lines.append(f"{label}: {content.strip()}")
    for element in root.iter(*_BLOCKS):
        text = " ".join(element.text_content().split())
        if 3 <= len(text) <= 200:
            lines.append(text)
    return lines


def with_furniture(raw: RawSheet, data: bytes) -> RawSheet:
    """The sheet with the page's place and date pairs its reader dropped, as preamble
    meta lines."""
    known = by_field(list(raw.metadata.items()) + pairs_in_text(raw.preamble))
    found: dict[str, tuple[str, str]] = {}
    for line in page_lines(data):
        for label, value in pairs_in_line(line):
            field = by_field([(label, value)])
            name = next(iter(field), None)
            if name in (*PLACE_FIELDS, *DATE_FIELDS) and name not in known:
                found.setdefault(name, (label, value))
    if not found:
        return raw
    lines = "\n".join(f"{label}: {value}" for label, value in found.values())
    preamble = f"{lines}\n\n{raw.preamble}" if raw.preamble else lines
    return replace(raw, preamble=preamble)
