"""Screenshots of the web UI from a real server, with Debian's headless Chromium.

    python scripts/screenshots.py                     # data/practices in a temporary store
    python scripts/screenshots.py --data-dir var      # or a store you keep (ingest is
                                                      # idempotent: a second run is quick)

Writes docs/search-desktop.png, docs/search-phone.png (390 px wide), docs/map-phone.png
(the map and timeline at phone width), docs/practice.png, docs/dashboard.png (the staff
dashboard, signed in as a throwaway admin of the temporary store), and the UI in Italian
and Dutch: docs/search-it.png, docs/compare-it.png, docs/search-nl.png and
docs/practice-nl.png, the glossary page of a theme in German: docs/glossary-de.png,
a police ID sheet (docs/id-sheet.png) and a resource (docs/resource.png).
Nothing is fetched from the internet: the pages use only their own CSS.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SEARCH = "/?q=youth+violence+prevention&country=GB&country=ES&country=FR"
ADMIN = ("screenshots@example.org", "screenshots only 1")
PRACTICE = "/practices/glasgow-violence-reduction-unit"
SEARCH_IT = "/?q=violenza+giovanile+a+scuola&lang=it"
COMPARE_IT = "/compare?id=aarhus-model&id=escolhas-pt&lang=it"
SEARCH_NL = "/?q=jongeren+en+geweld&country=NL&country=BE&lang=nl"
PRACTICE_NL = "/practices/halt-een-alternatief-voor-justitie-bij-jeugdcriminaliteit?lang=nl"
ID_SHEET = "/practices/id-metropolitan-police-service"
RESOURCE = "/practices/cardiff-model-toolkit"
GLOSSARY_DE = "/glossary/youth?lang=de"


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the server stopped before answering")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {seconds:.0f} s")


def shoot(base: str, out: Path, only: list[str] | None = None) -> list[Path]:
    """Take the screenshots from a running server at `base` (those named in `only`)."""
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        phone = {"width": 390, "height": 844}
        wide = {"width": 1280, "height": 1000}
        shots = [("search-desktop.png", SEARCH, wide, None),
                 ("search-phone.png", SEARCH, phone, None),
                 ("map-phone.png", SEARCH, phone, ".pictures"),
                 ("practice.png", PRACTICE, {"width": 1280, "height": 1100}, None),
                 ("dashboard.png", "/workspace", wide, None),
                 ("search-it.png", SEARCH_IT, wide, None),
                 ("compare-it.png", COMPARE_IT, wide, None),
                 ("search-nl.png", SEARCH_NL, wide, None),
                 ("practice-nl.png", PRACTICE_NL, {"width": 1280, "height": 1100}, None),
                 ("glossary-de.png", GLOSSARY_DE, {"width": 1280, "height": 1300}, None),
                 ("id-sheet.png", ID_SHEET, {"width": 1280, "height": 1100}, None),
                 ("resource.png", RESOURCE, {"width": 1280, "height": 1000}, None)]
        shots = [shot for shot in shots if not only or shot[0] in only]
        for name, path, viewport, element in shots:
            # a fresh context per shot: the language cookie of one does not leak into another
            context = browser.new_context(viewport=viewport, locale="en-GB",
                                          device_scale_factor=1)
            page = context.new_page()
            if path.startswith("/workspace"):
                page.goto(base + "/?q=drohnenabwehr+strandpromenade&mode=keyword")  # a logged gap
                page.goto(base + "/workspace/login")
                page.fill("#email", ADMIN[0])
                page.fill("#password", ADMIN[1])
                with page.expect_navigation():
                    page.click("button[type=submit]")
            page.goto(base + path, wait_until="networkidle")
            target = out / name
            if element:
                page.locator(element).screenshot(path=str(target))
            else:
                page.screenshot(path=str(target))
            written.append(target)
            context.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="data dir to ingest data/practices into "
                        "(default: a temporary one)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="take only these screenshots (e.g. glossary-de.png)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = args.data_dir or Path(scratch) / "var"
        env = {**os.environ, "REPOSITORY_DATA_DIR": str(data_dir),
               "REPOSITORY_ADMIN_EMAIL": ADMIN[0], "REPOSITORY_ADMIN_PASSWORD": ADMIN[1]}
        env.pop("QDRANT_URL", None)
        cli = [sys.executable, "-m", "repository"]
        subprocess.run([*cli, "ingest", str(ROOT / "data" / "practices")], env=env,
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        port = _port()
        server = subprocess.Popen([*cli, "serve", "--port", str(port)], env=env, cwd=ROOT)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait(base + "/", server)
            for path in shoot(base, args.out, args.only):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
