"""Web pages: the main content only (trafilatura), headings kept as Markdown.

trafilatura drops navigation, footers and other boilerplate; with
`include_formatting=True` it writes headings as `#`/`##`, which the Markdown reader
then splits into sections. On pages without a main or article element trafilatura's
fallback keeps the heading texts but not their markup; a line that is the text of one
of the page's `<h1>`–`<h6>` is made a heading again. The page's `<title>` / `og:title`
is the fallback title.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

from repository.errors import UnreadableSheet
from repository.ingest.raw import RawSheet
from repository.ingest.readers.markdown import read_markdown

MIN_WORDS = 15  # less main text than this is navigation or an empty shell


def read_html(file: str, text: str) -> RawSheet:
    """Read the main content of an HTML page into a sheet."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    # Entity declarations have no place in a web page; refuse rather than parse them.
    if re.search(r"<!ENTITY", text[:10000], re.I):
        raise UnreadableSheet(file, "the HTML declares XML entities; refused for safety")
    try:
        markdown = trafilatura.extract(
            text, output_format="markdown", include_formatting=True, include_links=False,
            include_tables=True, include_comments=False, favor_recall=True,
            with_metadata=False, deduplicate=False,
        )
    except Exception as exc:  # trafilatura wraps lxml; any parse failure is the file's fault
        raise UnreadableSheet(file, f"the HTML cannot be parsed ({type(exc).__name__})") from None
    if not markdown or len(re.findall(r"\w+", markdown)) < MIN_WORDS:
        raise UnreadableSheet(file, "no main content found in the HTML page "
                              "(only navigation or boilerplate)")
    sheet = read_markdown(file, _restore_headings(markdown, _page_headings(text)))
    title = sheet.title or _page_title(text)
    return replace(sheet, format="html", title=title)


def _page_headings(text: str) -> dict[str, int]:
    """The texts of the page's headings and their levels (h1 → 1, h2–h6 → 2)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return {}
    found: dict[str, int] = {}
    for element in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        value = " ".join(element.text_content().split())
        if value:
            found.setdefault(value, 1 if element.tag == "h1" else 2)
    return found


def _restore_headings(markdown: str, headings: dict[str, int]) -> str:
    """Markdown whose lines that are a page heading's text alone are headings again."""
    if not headings or re.search(r"^#{1,6} ", markdown, re.M):
        return markdown
    lines = []
    for line in markdown.splitlines():
        level = headings.get(" ".join(line.split()))
        lines.append(f"{'#' * level} {line.strip()}" if level else line)
    return "\n".join(lines)


def _page_title(text: str) -> str | None:
    """The first `<h1>`, else `og:title`, else `<title>` of a page."""
    import lxml.html

    try:
        root = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        return None
    for query in ("//h1", "//meta[@property='og:title']/@content", "//title"):
        found = root.xpath(query)
        if found:
            value = found[0] if isinstance(found[0], str) else found[0].text_content()
            value = " ".join(str(value).split())
            if value:
                return value
    return None
