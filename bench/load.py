"""Load: concurrent searchers while an editor uploads and publishes sheets.

    python bench/load.py [--sheets 10000] [--searchers 20] [--duration 60] [--uploads 20]

Copies the synthetic 10k Qdrant Edge store (bench/synthetic.py) to a scratch folder,
creates an editor and an API token there with `repository users add` and
`repository tokens create`, and starts `repository serve` on it. Then, for
`--duration` seconds, `--searchers` clients search without pause (the URL mix of
bench/web.py, on `/` and `/api/search`) while one editor uploads `--uploads` real
sheets of data/practices in several formats, one at a time, with
`POST /api/workspace/uploads` and publishes each draft with
`POST /api/workspace/sheets/{id}/publish` (Bearer token); the searchers go on until
the editor is done if that takes longer. Afterwards every published
id must answer on `/api/practices/{id}`: a sheet that does not is a lost upload.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import conditions  # noqa: E402
from server import percentiles, repository_command, serving  # noqa: E402
from synthetic import add_store_arguments, edge_store  # noqa: E402
from web import url_mix  # noqa: E402

from eval.queries import load_queries  # noqa: E402
from repository.ingest.pipeline import find_sheets  # noqa: E402

EDITOR = "bench-editor@example.org"
MIME = {".md": "text/markdown", ".pdf": "application/pdf", ".html": "text/html",
        ".txt": "text/plain", ".json": "application/json", ".yaml": "application/x-yaml",
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@dataclass
class Outcome:
    """What happened during the load run."""

    search_ms: list[float] = field(default_factory=list)
    search_errors: list[str] = field(default_factory=list)
    upload_s: list[float] = field(default_factory=list)
    upload_errors: list[str] = field(default_factory=list)
    published: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)


def pick_files(count: int) -> list[Path]:
    """Real sheets, every format first, then Markdown, deterministic."""
    files = sorted(p for p in find_sheets([ROOT / "data" / "practices"]) if p.suffix in MIME)
    others = [p for p in files if p.suffix != ".md"]
    markdown = [p for p in files if p.suffix == ".md"]
    return (others + markdown)[:count]


def create_token(data_dir: Path) -> str:
    """An editor's API token on the store's workspace, through the CLI."""
    repository_command("users", "add", EDITOR, "--role", "editor", "--password-stdin",
                       data_dir=data_dir, stdin="load-bench-password-123\n")
    return repository_command("tokens", "create", EDITOR, "--name", "load-bench",
                              data_dir=data_dir).strip().splitlines()[-1]


async def searcher(client: httpx.AsyncClient, mix: list[tuple[str, str]], start: int,
                   deadline: float, editing: asyncio.Event, out: Outcome) -> None:
    """Search without pause until the deadline and the editor's end, alternating the page
    and the API."""
    number = start
    while time.monotonic() < deadline or editing.is_set():
        _, query = mix[number % len(mix)]
        path = "/" if number % 2 else "/api/search"
        number += 1
        started = time.perf_counter()
        try:
            response = await client.get(f"{path}?{query}")
            if response.status_code != 200:
                out.search_errors.append(f"GET {path}?{query}: {response.status_code}")
        except httpx.HTTPError as exc:
            out.search_errors.append(f"GET {path}?{query}: {exc!r}")
        out.search_ms.append((time.perf_counter() - started) * 1000)


async def editor(client: httpx.AsyncClient, files: list[Path], token: str, spread_s: float,
                 editing: asyncio.Event, out: Outcome) -> None:
    """Upload each file and publish its drafts, spread over `spread_s` seconds."""
    try:
        await _edit(client, files, token, spread_s, out)
    finally:
        editing.clear()


async def _edit(client: httpx.AsyncClient, files: list[Path], token: str, spread_s: float,
                out: Outcome) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    began = time.monotonic()
    for number, path in enumerate(files):
        await asyncio.sleep(max(0.0, began + number * spread_s / len(files) - time.monotonic()))
        started = time.perf_counter()
        try:
            response = await client.post(
                "/api/workspace/uploads", headers=headers,
                files=[("files", (path.name, path.read_bytes(), MIME[path.suffix]))])
            if response.status_code != 200:
                out.upload_errors.append(f"upload {path.name}: {response.status_code} "
                                         f"{response.text[:200]}")
                continue
            body = response.json()
            out.upload_errors += [f"upload {f['file']}: {f['error']}" for f in body["failed"]]
            for draft in body["drafts"]:
                published = await client.post(
                    f"/api/workspace/sheets/{draft['id']}/publish", headers=headers)
                if published.status_code != 200:
                    out.upload_errors.append(f"publish {draft['id']}: "
                                             f"{published.status_code} {published.text[:200]}")
                else:
                    out.published.append(draft["id"])
        except httpx.HTTPError as exc:
            out.upload_errors.append(f"{path.name}: {exc!r}")
        out.upload_s.append(time.perf_counter() - started)


async def run_load(base: str, token: str, files: list[Path], mix: list[tuple[str, str]],
                   searchers: int, duration_s: float) -> Outcome:
    """The searchers and the editor side by side, then the check for lost uploads."""
    out = Outcome()
    limits = httpx.Limits(max_connections=searchers + 4)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        deadline = time.monotonic() + duration_s
        editing = asyncio.Event()
        editing.set()
        await asyncio.gather(
            editor(client, files, token, duration_s * 0.8, editing, out),
            *(searcher(client, mix, i * 7, deadline, editing, out) for i in range(searchers)))
        for practice_id in out.published:
            response = await client.get(f"/api/practices/{practice_id}")
            if response.status_code != 200:
                out.lost.append(practice_id)
    return out


def _cache(size: int | None) -> str:
    return "default" if size is None else ("off" if size == 0 else f"{size} responses")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=10000)
    parser.add_argument("--searchers", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--uploads", type=int, default=20)
    parser.add_argument("--queries", type=int, default=95)
    parser.add_argument("--result-cache", type=int, default=None,
                        help="the server's REPOSITORY_RESULT_CACHE (default: the product's)")
    add_store_arguments(parser)
    args = parser.parse_args(argv)
    settings, _ = edge_store(args)
    scratch = args.bench_dir / f"load-{args.sheets}"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(settings.data_dir, scratch)
    token = create_token(scratch)
    files = pick_files(args.uploads)
    mix = url_mix([q.query for q in load_queries()][: args.queries])
    before = conditions()
    with serving(scratch, result_cache=args.result_cache) as server:
        started = time.perf_counter()
        outcome = asyncio.run(run_load(server.url, token, files, mix, args.searchers,
                                       args.duration))
        elapsed = time.perf_counter() - started
        server_rss = server.rss_mb()
    p50, p95 = percentiles(outcome.search_ms)
    result = {"sheets": args.sheets, "result_cache": args.result_cache,
              "searchers": args.searchers, "duration_s": elapsed,
              "before": before, "after": conditions(), "server_rss_mb": server_rss,
              "files": [p.name for p in files], "search_p50_ms": p50, "search_p95_ms": p95,
              **asdict(outcome)}
    if args.json:
        print(json.dumps(result))
        return result
    formats = sorted({p.suffix for p in files})
    print(f"Conditions: before {before}; after {result['after']}. {args.sheets} sheets, "
          f"Qdrant Edge, result cache {_cache(args.result_cache)}, server RSS at the end "
          f"{server_rss:.0f} MB; uploads: {len(files)} "
          f"files ({', '.join(formats)}).\n")
    print("| searchers | seconds | searches | searches/s | search errors | search p50 ms "
          "| search p95 ms | search max ms | files | published | upload errors "
          "| lost uploads | upload+publish p50 s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    upload_p50 = percentiles(outcome.upload_s)[0]
    print(f"| {args.searchers} | {elapsed:.0f} | {len(outcome.search_ms)} "
          f"| {len(outcome.search_ms) / elapsed:.1f} | {len(outcome.search_errors)} "
          f"| {p50:.0f} | {p95:.0f} | {max(outcome.search_ms, default=float('nan')):.0f} "
          f"| {len(files)} | {len(outcome.published)} | {len(outcome.upload_errors)} "
          f"| {len(outcome.lost)} | {upload_p50:.1f} |")
    for error in (outcome.search_errors[:5] + outcome.upload_errors[:10]):
        print(f"\n- {error}")
    if outcome.lost:
        print(f"\nLost: {', '.join(outcome.lost)}")
    return result


if __name__ == "__main__":
    main()
