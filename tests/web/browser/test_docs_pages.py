"""Swagger UI and ReDoc work in Chromium under their Content-Security-Policy: each page
renders the API, and the browser reports no blocked script, style or worker (only an
outside image ReDoc names, which must not load offline anyway)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("path", "rendered"), [
    ("/docs", ".opblock-summary-path[data-path='/api/search']"),
    ("/redoc", 'text="/api/search"'),
])
def test_the_api_docs_render_within_their_security_policy(
        page: Page, server_url: str, path: str, rendered: str) -> None:
    messages: list[str] = []
    page.on("console", lambda message: messages.append(message.text))
    page.on("pageerror", lambda error: messages.append(f"page error: {error}"))
    response = page.goto(server_url + path)
    assert response is not None and "frame-ancestors 'none'" in \
        response.headers["content-security-policy"]
    page.wait_for_selector(rendered, state="attached")
    page.wait_for_timeout(1000)  # late work: ReDoc's search worker, Swagger's plugins
    blocked = [m for m in messages if "Content Security Policy" in m or "page error" in m]
    outside_images = [m for m in blocked
                      if m.startswith("Loading the image 'https://") and "img-src" in m]
    assert [m for m in blocked if m not in outside_images] == []
