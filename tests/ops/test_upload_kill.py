"""A `repository serve` killed (SIGKILL) in the middle of a batch upload or of a run of
publishes leaves the repository as it was before or after each sheet's write, never
between; the next start finishes what was recorded, and sending the batch again
completes it without duplicates."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from bench.server import start_server
from repository.config import Settings
from repository.ingest.pipeline import ingest
from repository.model import Practice
from repository.search.embedder import Embedder
from repository.search.index import Filter
from repository.search.store import Store
from repository.workspace.db import open_db
from repository.workspace.sheets import Workspace
from repository.workspace.tokens import create_token
from repository.workspace.users import add_user, find_user
from tests.conftest import CORPUS, SHEETS

pytestmark = pytest.mark.slow

ADMIN = "admin@example.org"
BATCH = [CORPUS / name for name in (
    "en/secured-by-design.docx", "en/marac-domestic-abuse.pdf",
    "en/purple-flag-night-time-economy.html", "fr/plans-strategiques-securite-belgique.html",
    "es/proyecto-esperanza-madrid.docx", "it/assistenti-prevenzione-cechia.pdf",
    "en/ask-for-angela.md", "de/" + sorted(p.name for p in (CORPUS / "de").glob("*.md"))[0],
)]
BASELINE = [SHEETS / "night-safety-bars.md", SHEETS / "mediation-quartiers.md",
            SHEETS / "prevencion-escolar.md"]


# ---- a real server process -----------------------------------------------------------


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _children(pid: int) -> list[int]:
    """Direct child processes of `pid` (the reader worker, the resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


class Server:
    """`repository serve` on a free port over `data_dir`, answering once it is up."""

    def __init__(self, data_dir: Path, token: str, log: Path) -> None:
        auth = {"Authorization": f"Bearer {token}"}
        self.log = log
        started = start_server(data_dir, ready="/api/workspace/sheets", headers=auth, log=log,
                               timeout_s=120)
        self.process, self.url = started.process, started.url
        self.client = httpx.Client(base_url=self.url, timeout=120, headers=auth)

    def reading(self) -> bool:
        """Whether the server's reader worker process is up."""
        return any(b"spawn_main" in _cmdline(c) for c in _children(self.process.pid))

    def kill(self) -> list[int]:
        """SIGKILL: no shutdown, no cleanup. The server's own child processes (reader
        worker, resource tracker) should notice and exit; those that do not are ended
        here and returned."""
        children = _children(self.process.pid)
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.client.close()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if not any(Path(f"/proc/{c}").exists() for c in children):
                return []
            time.sleep(0.1)
        lingering = [c for c in children if Path(f"/proc/{c}").exists()]
        for child in lingering:
            try:
                os.kill(child, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return lingering

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)
        self.client.close()


@contextmanager
def serving(data_dir: Path, token: str, log: Path) -> Iterator[Server]:
    server = Server(data_dir, token, log)
    try:
        yield server
    finally:
        if server.process.poll() is None:
            server.kill()


def _in_background(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    """Run `call` in a thread; its result or exception lands in the returned list."""
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except Exception as exc:  # the kill cuts the connection: that is expected
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


def _upload(server: Server) -> httpx.Response:
    files = [("files", (path.name, path.read_bytes())) for path in BATCH]
    return server.client.post("/api/workspace/uploads", files=files)


def _wait_for(condition: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)


def _db_rows(settings: Settings, sql: str, *args: object) -> list[sqlite3.Row]:
    """Read workspace.db as any other process would (the server may be writing)."""
    conn = sqlite3.connect(settings.data_dir / "workspace.db", timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    except sqlite3.OperationalError:  # not created yet
        return []
    finally:
        conn.close()


# ---- what the store holds ----------------------------------------------------------


def _points(store: Store) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    offset: str | None = None
    while True:
        page, offset = store.index.scroll(Filter(), 500, offset)
        found.update({p["id"]: p for p in page})
        if offset is None:
            return found


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_consistent(settings: Settings, store: Store) -> dict[str, dict[str, Any]]:
    """Every workspace row matches its point and original, nothing is pending, every batch
    file is wholly there (once) or wholly absent. Returns the batch's sheets by file name."""
    points = _points(store)
    rows = {r["id"]: r for r in _db_rows(settings, "SELECT * FROM sheets")}
    assert not _db_rows(settings, "SELECT * FROM versions WHERE pending = 1")
    for sheet_id, row in rows.items():
        point = points.get(sheet_id)
        assert point is not None, f"{sheet_id}: a workspace row without its point"
        wanted = "published" if row["status"] == "published" else "draft"
        assert point["publication"] == wanted, (sheet_id, row["status"], point["publication"])
        versions = _db_rows(settings, "SELECT version, content_hash, status FROM versions "
                            "WHERE sheet_id = ? ORDER BY version", sheet_id)
        assert [v["version"] for v in versions] == list(range(1, row["version"] + 1))
        latest = versions[-1]
        assert latest["status"] == row["status"]
        assert latest["content_hash"] == point["content_hash"], sheet_id
        record = Practice.model_validate(point["record"])
        assert record.content_hash() == point["content_hash"]

    by_file: dict[str, dict[str, Any]] = {}
    for path in BATCH:
        mine = [p for p in points.values()
                if (p["record"].get("source") or {}).get("file") == path.name]
        assert len(mine) <= 1, f"{path.name} is stored {len(mine)} times"
        if not mine:
            continue
        point = mine[0]
        assert point["id"] in rows, f"{path.name}: a draft point without its workspace row"
        stored_as = point["record"]["source"]["stored_as"]
        original = settings.originals_dir / stored_as
        assert original.is_file(), f"{path.name}: the original {stored_as} is missing"
        assert _sha(original.read_bytes()) == _sha(path.read_bytes())
        by_file[path.name] = point
    for leftover in (settings.originals_dir.glob(".tmp-*")
                     if settings.originals_dir.exists() else []):
        raise AssertionError(f"a half-written original: {leftover}")
    return by_file


def _published(store: Store) -> dict[str, dict[str, Any]]:
    return {i: p["record"] for i, p in _points(store).items() if p["publication"] == "published"}


@pytest.fixture
def repo(tmp_path: Path, embedder: Embedder, monkeypatch: pytest.MonkeyPatch
         ) -> tuple[Settings, str, dict[str, Any]]:
    """Three published sheets, an admin and their API token; the published records."""
    monkeypatch.setenv("REPOSITORY_EMBEDDING_MODEL", embedder.name)  # for the server too
    settings = Settings(data_dir=tmp_path / "var")
    with Store.open(settings, embedder) as store:
        assert not ingest(BASELINE, store).failed
        published = _published(store)
    db = open_db(settings.data_dir)
    add_user(db, ADMIN, "admin password 1", "admin")
    assert find_user(db, ADMIN)
    token = create_token(db, ADMIN, "kill test", "tests")[1]
    return settings, token, published


def test_a_server_killed_mid_upload_leaves_each_sheet_whole_or_absent(
    repo: tuple[Settings, str, dict[str, Any]], tmp_path: Path, embedder: Embedder
) -> None:
    settings, token, published = repo
    log = tmp_path / "serve.log"
    uploads = settings.data_dir / "uploads"

    # 1. killed while the files are being read: nothing is written yet
    with serving(settings.data_dir, token, log) as server:
        _, outcome = _in_background(lambda: _upload(server))
        _wait_for(server.reading, "a file being read")
        assert server.kill() == []  # the reader worker does not outlive the server
    assert not outcome or isinstance(outcome[0], httpx.TransportError), outcome
    assert not _db_rows(settings, "SELECT * FROM versions")

    # 2. killed once the batch's intent is in workspace.db (the index is being written)
    with serving(settings.data_dir, token, log) as server:
        assert not uploads.exists()  # uploads are read from memory, never written
        _, outcome = _in_background(lambda: _upload(server))
        _wait_for(lambda: bool(_db_rows(settings, "SELECT 1 FROM versions")),
                  "the upload's intent")
        assert server.kill() == []
    assert not outcome or isinstance(outcome[0], httpx.TransportError), outcome
    pending = _db_rows(settings, "SELECT sheet_id FROM versions WHERE pending = 1")

    with Store.open(settings, embedder) as store:
        workspace = Workspace.open(settings, store)  # what a restart does first
        try:
            assert workspace.reconcile() == 0
            by_file = check_consistent(settings, store)
            assert _published(store) == published
        finally:
            workspace.close()
    # the intent was recorded whole, so the whole batch is rolled forward
    assert pending and len(by_file) == len(BATCH), (len(pending), sorted(by_file))
    assert {p["publication"] for p in by_file.values()} == {"draft"}

    # 3. the next server shows the drafts to staff only, and the same batch again
    #    completes it without a second copy of anything
    with serving(settings.data_dir, token, log) as server:
        listed = {r["id"]: r["status"]
                  for r in server.client.get("/api/workspace/sheets").json()["sheets"]}
        for point in by_file.values():
            assert listed[point["id"]] == "draft"
            assert httpx.get(f"{server.url}/api/practices/{point['id']}").status_code == 404
        again = _upload(server)
        assert again.status_code == 200, again.text
        report = again.json()
        assert not report["failed"], report["failed"]
        assert sorted(d["id"] for d in report["drafts"]) == sorted(
            p["id"] for p in by_file.values())
        for draft in report["drafts"]:  # each file is recognised, not copied
            assert any("uploaded before" in w for w in draft["warnings"]), draft
        server.stop()
    with Store.open(settings, embedder) as store:
        assert check_consistent(settings, store).keys() == by_file.keys()
        assert len(_points(store)) == len(BASELINE) + len(BATCH)
        assert {r["version"] for r in _db_rows(settings, "SELECT version FROM sheets")} == {1}
        assert _published(store) == published


def test_a_server_killed_mid_publish_leaves_each_sheet_draft_or_published(
    repo: tuple[Settings, str, dict[str, Any]], tmp_path: Path, embedder: Embedder
) -> None:
    settings, token, published = repo
    with Store.open(settings, embedder) as store:
        workspace = Workspace.open(settings, store)
        admin = find_user(workspace.db, ADMIN)
        assert admin is not None
        report = workspace.upload([(p.name, p.read_bytes()) for p in BATCH], admin)
        workspace.close()
    drafts = [d["id"] for d in report.drafts]
    assert len(drafts) == len(BATCH)

    def publish_all(server: Server) -> list[int]:
        return [server.client.post(f"/api/workspace/sheets/{sheet_id}/publish").status_code
                for sheet_id in drafts]

    def published_count() -> int:
        return len(_db_rows(settings, "SELECT 1 FROM versions WHERE action = 'publish'"))

    with serving(settings.data_dir, token, tmp_path / "serve.log") as server:
        _, outcome = _in_background(lambda: publish_all(server))
        _wait_for(lambda: published_count() >= 3, "the third publish's intent")
        assert server.kill() == []
    assert not outcome or isinstance(outcome[0], httpx.TransportError), outcome

    with Store.open(settings, embedder) as store:
        workspace = Workspace.open(settings, store)
        try:
            by_file = check_consistent(settings, store)
            statuses = {p["id"]: p["publication"] for p in by_file.values()}
            assert sorted(statuses) == sorted(drafts)
            assert 3 <= list(statuses.values()).count("published") < len(drafts), statuses
            for sheet_id, publication in statuses.items():
                assert workspace.get(sheet_id).status == publication
            published_now = _published(store)
            assert {k: published_now[k] for k in published} == published
        finally:
            workspace.close()
