"""Search quality on the independent holdout set (eval/holdout/*/): the same table as
`eval.run`, over sheets and queries the code was not written against.

    python -m eval.holdout                  # the table
    python -m eval.holdout --json           # everything, per query too
    python -m eval.holdout --store /tmp/ho  # keep the ingested store, reuse it next run

Each set folder holds `sheets/`, `queries.yaml` (judgements keyed by sheet path,
relative to the set folder) and `truth.json`. The sets are ingested together into
one embedded store, and each judged path becomes the id ingest gave that file.
`holdout/cross.yaml` adds the judgements of one set's queries against the other
sets' sheets (paths relative to `holdout/`, e.g. `b/sheets/…`).
Do not tune to these figures: add new sheets and queries instead.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as `python eval/holdout.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.metrics import translation_groups  # noqa: E402
from eval.queries import Query, load_queries  # noqa: E402
from eval.run import (  # noqa: E402
    MODES,
    MemoEmbedder,
    evaluate,
    format_table,
    parse_modes,
    summarise,
    with_derived_tags,
)

HOLDOUT = Path(__file__).resolve().parent / "holdout"
CROSS = "cross.yaml"


def set_folders(root: Path = HOLDOUT, names: Sequence[str] | None = None) -> list[Path]:
    """The holdout sets (folders with a `sheets/` folder and a `queries.yaml`), all or
    those `names` lists."""
    found = sorted(p for p in root.iterdir()
                   if (p / "sheets").is_dir() and (p / "queries.yaml").is_file())
    if names:
        unknown = sorted(set(names) - {p.name for p in found})
        if unknown:
            raise SystemExit(f"no holdout set {', '.join(unknown)} under {root}")
        found = [p for p in found if p.name in names]
    return found


def load_cross(root: Path = HOLDOUT) -> dict[str, dict[str, int]]:
    """Cross-set judgements from `root/cross.yaml`: query id -> {path relative to `root`
    (`b/sheets/…`): grade}. Empty when the file is absent."""
    path = root / CROSS
    if not path.is_file():
        return {}
    cross: dict[str, dict[str, int]] = {}
    for entry in yaml.safe_load(path.read_text(encoding="utf-8"))["judgements"] or []:
        cross.setdefault(entry["query"], {}).update(entry["relevant"])
    return cross


def load_holdout_queries(folders: Sequence[Path], root: Path = HOLDOUT) -> list[Query]:
    """Every set's queries, judged paths made relative to `root` (`a/sheets/…`), with the
    cross-set judgements of `cross.yaml` merged in."""
    cross = load_cross(root)
    chosen = {folder.relative_to(root).as_posix() for folder in folders}
    queries: list[Query] = []
    for folder in folders:
        prefix = folder.relative_to(root).as_posix()
        for query in load_queries(folder / "queries.yaml"):
            relevant = {f"{prefix}/{path}": grade for path, grade in query.relevant.items()}
            relevant.update({path: grade for path, grade in cross.get(query.id, {}).items()
                             if path.split("/", 1)[0] in chosen})
            queries.append(replace(query, relevant=relevant))
    return queries


def resolve(queries: Sequence[Query], id_of: dict[str, str]) -> list[Query]:
    """Judgements keyed by record id. A judged sheet that ingest did not store keeps a
    placeholder id that no ranking holds: search cannot find it, and the score says so."""
    return [replace(q, relevant={id_of.get(p, f"(not ingested) {p}"): g
                                 for p, g in q.relevant.items()}) for q in queries]


def run(modes: Sequence[str], store_dir: Path | None = None,
        root: Path = HOLDOUT, sets: Sequence[str] | None = None) -> dict[str, Any]:
    """Ingest every set's sheets into one embedded store and evaluate every query."""
    from repository.config import Settings
    from repository.ingest.pipeline import ingest
    from repository.search.service import DEFAULT_RANKING
    from repository.search.store import Store

    folders = set_folders(root, sets)
    queries = load_holdout_queries(folders, root)
    results: dict[str, Any] = {"sets": [f.name for f in folders], "modes": list(modes)}
    with tempfile.TemporaryDirectory(prefix="repository-holdout-") as tmp:
        settings = Settings(data_dir=store_dir or Path(tmp) / "var", QDRANT_URL=None)
        embedder = MemoEmbedder(settings.embedding_model, settings.embed_batch_size)
        with Store.open(settings, embedder) as store:
            started = time.perf_counter()
            report = ingest([f / "sheets" for f in folders], store)
            results["ingest"] = {
                "sheets": len(report.ingested), "seconds": round(time.perf_counter() - started, 1),
                "failed": [{"file": r.file, "error": r.error} for r in report.failed]}
            id_of = {Path(r.file).resolve().relative_to(root.resolve()).as_posix(): r.id
                     for r in report.ingested if r.id}
            resolved = resolve(queries, id_of)
            group_of = translation_groups(
                {r.id: store.get(r.id).translations for r in report.ingested if r.id})
            resolved = with_derived_tags(
                resolved, {p.id: p.language for p in store.records()}, group_of)
            results["model"] = store.embedder.name
            per_query, rankings = evaluate(
                store, resolved, {m: (m, DEFAULT_RANKING) for m in modes}, group_of)
    results["summary"] = summarise(resolved, per_query, modes)
    results["queries"] = [
        {"id": q.id, "query": q.query, "language": q.language, "tags": list(q.tags),
         "relevant": q.relevant,
         "modes": {m: {"ranking": rankings[q.id][m], **per_query[q.id][m]} for m in modes}}
        for q in resolved]
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.holdout",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON (per query too)")
    parser.add_argument("--modes", type=parse_modes, default=list(MODES),
                        help="comma-separated modes (default: keyword,semantic,hybrid)")
    parser.add_argument("--store", type=Path, default=None,
                        help="data folder to keep and reuse between runs (default: temporary)")
    parser.add_argument("--sets", type=lambda t: [x for x in t.split(",") if x],
                        default=None, help="comma-separated set names (default: every set); "
                        "sets written apart may describe the same practice, so measure "
                        "such sets one at a time")
    args = parser.parse_args(argv)
    results = run(args.modes, args.store, sets=args.sets)
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        ing = results["ingest"]
        print(f"{len(results['queries'])} holdout queries over {ing['sheets']} sheets "
              f"(sets {', '.join(results['sets'])}); model {results['model']}; "
              f"ingest {ing['seconds']} s\n")
        print(format_table(results["summary"], args.modes))
    for failure in results["ingest"]["failed"]:
        print(f"warning: not ingested: {failure['error']}", file=sys.stderr)
    return 1 if results["ingest"]["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
