"""Count the sample corpus by language, format, kind, theme and country.

    python -m eval.corpus_stats            # markdown tables for data/practices/README.md
    python eval/corpus_stats.py --json

Sheets are read and extracted exactly as ingest does (no store, no model), so the
counts are those the index facets show after `repository ingest data/practices`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "practices"


def corpus_stats(corpus: Path = CORPUS) -> dict[str, Any]:
    """Counts per facet, the cities, and the declared translation pairs."""
    from repository.ingest.extract import extract
    from repository.ingest.furniture import read_raw_sheet
    from repository.ingest.pipeline import find_sheets

    counts: dict[str, Counter[str]] = {name: Counter() for name in
                                       ("language", "format", "kind", "theme", "country")}
    cities: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    total = 0
    for path in find_sheets([corpus]):
        raw = read_raw_sheet(str(path), path.read_bytes())
        practice = extract(raw).practice
        total += 1
        counts["language"][practice.language or "?"] += 1
        counts["format"][raw.format] += 1
        counts["kind"][practice.kind] += 1
        counts["country"][practice.country or "(none)"] += 1
        for theme in practice.themes:
            counts["theme"][theme] += 1
        if practice.city:
            cities.add(practice.city)
        for other in practice.translations:
            pairs.add(tuple(sorted((practice.id, other))))  # type: ignore[arg-type]
    return {
        "sheets": total,
        "counts": {name: dict(c.most_common()) for name, c in counts.items()},
        "cities": sorted(cities),
        "translation_pairs": sorted(pairs),
    }


def to_markdown(stats: dict[str, Any]) -> str:
    out = [f"{stats['sheets']} sheets, {len(stats['cities'])} distinct cities, "
           f"{len(stats['counts']['country'])} country values.\n"]
    for name, counts in stats["counts"].items():
        out.append(f"| {name} | sheets |\n| --- | ---: |")
        out.extend(f"| {value} | {n} |" for value, n in sorted(
            counts.items(), key=lambda kv: (-kv[1], kv[0])))
        out.append("")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.corpus_stats",
                                     description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m eval.corpus_stats --json")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of sheets")
    args = parser.parse_args(argv)
    stats = corpus_stats(args.corpus)
    print(json.dumps(stats, ensure_ascii=False, indent=2) if args.json else to_markdown(stats))
    return 0


if __name__ == "__main__":
    if __package__ in (None, ""):
        sys.path.insert(0, str(ROOT))
    sys.exit(main())
