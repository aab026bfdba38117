"""Ingest throughput against raw encoding of the same passages, in one run.

    python bench/ingest.py [--sheets 500] [--json]

Reads the sample corpus, repeats it (fresh ids) up to --sheets, and times the
whole pipeline (reading, extraction, normalisation, embedding, indexing into a
fresh embedded store); then times `encode` alone on exactly the passages the
pipeline embedded. The difference is what the pipeline costs on top of encoding.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repository.config import Settings  # noqa: E402
from repository.ingest.pipeline import find_sheets, read_practice  # noqa: E402
from repository.model import Practice  # noqa: E402
from repository.search import schema  # noqa: E402
from repository.search.embedder import Embedder  # noqa: E402
from repository.search.store import Store  # noqa: E402

BATCH = 16


def run(sheets: int) -> dict[str, float]:
    files = list(find_sheets([ROOT / "data" / "practices"]))
    embedder = Embedder()
    embedder.embed_documents(["warm-up"])
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        started = time.perf_counter()
        practices: list[Practice] = []
        with Store.open(settings, embedder) as store:
            copy = 0
            while len(practices) < sheets:
                for path in files:
                    if len(practices) >= sheets:
                        break
                    practice = read_practice(path, settings)[0]
                    practices.append(practice.model_copy(update={"id": f"{practice.id}-{copy}"}))
                    if len(practices) % BATCH == 0:
                        store.put_many(practices[-BATCH:])
                copy += 1
            store.put_many(practices[len(practices) // BATCH * BATCH:])
        pipeline_s = time.perf_counter() - started
    texts = [schema.doc_text(p) for p in practices] + [
        x.text for p in practices for x in schema.passages(p)]
    started = time.perf_counter()
    for i in range(0, len(texts), 256):
        embedder.embed_documents(texts[i : i + 256])
    encode_s = time.perf_counter() - started
    return {
        "sheets": len(practices),
        "passages": len(texts),
        "pipeline_s": round(pipeline_s, 1),
        "encode_s": round(encode_s, 1),
        "pipeline_sheets_per_s": round(len(practices) / pipeline_s, 2),
        "pipeline_passages_per_s": round(len(texts) / pipeline_s, 1),
        "encode_passages_per_s": round(len(texts) / encode_s, 1),
        "overhead_pct": round(100 * (pipeline_s / encode_s - 1), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=500)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.sheets)
    if args.json:
        print(json.dumps(result))
        return
    print("| sheets | passages | pipeline sheets/s | pipeline passages/s "
          "| encode-only passages/s | pipeline overhead |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {result['sheets']} | {result['passages']} | {result['pipeline_sheets_per_s']} "
          f"| {result['pipeline_passages_per_s']} | {result['encode_passages_per_s']} "
          f"| {result['overhead_pct']} % |")


if __name__ == "__main__":
    main()
