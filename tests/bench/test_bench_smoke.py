"""The bench scripts run end to end at a tiny size, so they cannot rot.

One store of a few dozen synthetic sheets (from one sheet per corpus language), the
in-process search bench on both engines, the HTTP page bench and a short load run.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import load as load_bench  # noqa: E402
import responses as responses_bench  # noqa: E402
import search as search_bench  # noqa: E402
import web as web_bench  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]

TINY = ["--corpus-limit", "1", "--queries", "6"]


@pytest.fixture(scope="module")
def bench_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench")


def _finite(*values: Any) -> bool:
    return all(isinstance(v, float) and math.isfinite(v) for v in values)


def test_search_bench_on_both_engines(bench_dir: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    result = search_bench.main(["--sizes", "24", "--engines", "edge", "local",
                                "--bench-dir", str(bench_dir), *TINY])
    runs = result["runs"]
    assert [(r["engine"], r["filtered"]) for r in runs] == [
        ("edge", False), ("edge", True), ("local", False), ("local", True)]
    for run in runs:
        assert len(run["product_ms"]) == len(run["naive_ms"]) == 6
        assert run["parts_ms"]["encode"] > 0
        if run["engine"] == "edge":  # the main thread's CPU, the stages' own Python
            assert run["parts_ms"]["cpu"] > 0 and run["parts_ms"]["explain"] > 0
    assert all(m["store_mb"] > 0 for m in result["memory"])
    out = capsys.readouterr().out
    assert "| edge | 24 | no | 6 |" in out and "naive index MB" in out


def test_responses_bench_tells_identical_from_changed_responses(
        bench_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dump = tmp_path / "before.jsonl"
    options = ["--sheets", "24", "--queries", "3", "--bench-dir", str(bench_dir),
               "--corpus-limit", "1"]
    assert responses_bench.main([*options, "--out", str(dump)]) == 0
    lines = dump.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12  # 3 queries, with and without filters, pages 1 and 2
    assert responses_bench.main([*options, "--against", str(dump)]) == 0
    assert "12 of 12 responses identical" in capsys.readouterr().out
    lines[1] = lines[1].replace('"total": ', '"total": 1', 1)
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert responses_bench.main([*options, "--against", str(dump)]) == 1
    out = capsys.readouterr().out
    assert "11 of 12 responses identical" in out and out.count("differs:") == 1


def test_web_bench_serves_pages_and_api(bench_dir: Path) -> None:
    result = web_bench.main(["--sheets", "24", "--rounds", "1", "--bench-dir", str(bench_dir),
                             *TINY])
    rows = {(r["endpoint"], r["kind"]): r for r in result["rows"]}
    assert rows[("page /", "all")]["requests"] == rows[("/api/search", "all")]["requests"] == 6
    assert _finite(rows[("page /", "all")]["p95_ms"])


def test_load_bench_loses_no_upload(bench_dir: Path) -> None:
    result = load_bench.main(["--sheets", "24", "--searchers", "2", "--duration", "2",
                              "--uploads", "1", "--bench-dir", str(bench_dir), *TINY])
    assert result["search_errors"] == [] and result["upload_errors"] == []
    assert len(result["published"]) == 1 and result["lost"] == []
    assert result["search_ms"] and _finite(result["search_p95_ms"])


def test_load_bench_uploads_only_what_ingest_reads_as_sheets() -> None:
    picked = load_bench.pick_files(1000)
    assert picked and not [p.name for p in picked if p.name in ("truth.json", "README.md")]
    assert len({p.suffix for p in picked}) >= 5  # every format it can upload
