"""Import time and memory of a large partner export: one sheet per row.

    python bench/bulk_import.py [--rows 5000] [--json]

Makes a `;`-separated CSV of --rows practices (tests/ingest/spreadsheets.big_csv), then
runs the real `ingest` (reading worker, extraction of every row, the configured model,
an embedded store in a temporary folder), sampling the process's resident memory (this
process and the reading worker) every --sample rows. Then imports the same file again:
every row must come back unchanged. Prints the times, rows per second and the memory
at each sample, so a flat line shows that memory does not grow with the rows.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repository.config import Settings  # noqa: E402
from repository.ingest.pipeline import ingest  # noqa: E402
from repository.search.embedder import Embedder  # noqa: E402
from repository.search.store import Store  # noqa: E402
from tests.ingest.spreadsheets import big_csv  # noqa: E402


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (Linux /proc)."""
    total = 0
    for candidate in [pid, *_children(pid)]:
        try:
            with open(f"/proc/{candidate}/statm") as handle:
                total += int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
    return round(total / 1e6, 1)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def run(rows: int, sample: int) -> dict[str, object]:
    embedder = Embedder()
    embedder.embed_documents(["warm-up"])
    with tempfile.TemporaryDirectory() as tmp:
        export = Path(tmp) / "inventory-2024.csv"
        export.write_bytes(big_csv(rows))
        settings = Settings(data_dir=Path(tmp) / "var")
        memory: list[tuple[int, float]] = [(0, rss_mb(os.getpid()))]
        done = [0]

        def progress(result: object) -> None:
            done[0] += 1
            if done[0] % sample == 0:
                memory.append((done[0], rss_mb(os.getpid())))

        with Store.open(settings, embedder) as store:
            started = time.perf_counter()
            report = ingest([export], store, progress=progress)
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            again = ingest([export], store)
            second_s = time.perf_counter() - started
        statuses = sorted({r.status or "failed" for r in again.results})
    return {
        "rows": rows, "model": embedder.name, "file_mb": round(len(big_csv(rows)) / 1e6, 2),
        "failed": len(report.failed), "import_s": round(first_s, 1),
        "rows_per_s": round(rows / first_s, 1), "reimport_s": round(second_s, 1),
        "reimport_statuses": statuses, "rss_mb": memory,
        "rss_growth_mb": round(max(m for _, m in memory[1:]) - memory[1][1], 1)
        if len(memory) > 1 else 0.0,
    }


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--sample", type=int, default=500, help="Rows between memory samples.")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.rows, args.sample)
    if args.json:
        print(json.dumps(result))
        return result
    print("| rows | model | import s | rows/s | re-import s (all unchanged) | RSS MB at "
          "first sample → last | growth MB |")
    print("|---:|---|---:|---:|---:|---|---:|")
    memory = result["rss_mb"]
    statuses = result["reimport_statuses"]
    assert isinstance(memory, list) and isinstance(statuses, list)
    print(f"| {result['rows']} | {result['model']} | {result['import_s']} | "
          f"{result['rows_per_s']} | {result['reimport_s']} ({', '.join(statuses)}) | "
          f"{memory[1][1] if len(memory) > 1 else '—'} → {memory[-1][1]} | "
          f"{result['rss_growth_mb']} |")
    print("memory samples (rows, MB):", memory)
    return result


if __name__ == "__main__":
    main()
