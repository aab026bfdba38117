"""Synthetic practices at any size, built from the sample corpus, with cached vectors.

    python bench/synthetic.py --sizes 1000 10000 [--engine edge|local] [--corpus-limit K]

Encoding 50k sheets is out of reach on 2 cores (~16 passages/s), so every distinct
corpus passage is encoded once by the real model and its vector kept on disk (under
`$PRACTICE_BENCH_DIR`, default /tmp/practice-bench). Synthetic sheets recombine corpus
sections (a base sheet, some sections swapped for the same section of another sheet
in the same language) and draw their facts at random: city and country from the city
gazetteer, themes, years, budgets in EUR, evaluation kind, kind, project, so that every
facet has a realistic cardinality.

The stores are written by the product's own `Store.put_many`, so the point schema is
whatever `repository.search` currently writes. `CachingEmbedder` stands in for the real
`Embedder`: texts it has seen come from the cache; a text the generator composed (the
whole-sheet text, a summary passage with a new title) is the normalised, length-weighted
mean of its parts' vectors; anything else is encoded by the real model and cached.
Every document vector gets a small seeded jitter (cosine ≈ 0.96 to the original), so
that no two points share a vector, as in real data. Queries always use the real model.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repository.config import Settings  # noqa: E402
from repository.ingest.pipeline import find_sheets, read_practice  # noqa: E402
from repository.model import Budget, Practice, Section, YearMonth  # noqa: E402
from repository.places import GAZETTEER  # noqa: E402
from repository.search import schema  # noqa: E402
from repository.search.embedder import Embedder  # noqa: E402
from repository.search.store import Store  # noqa: E402

BENCH_DIR = Path(os.environ.get("PRACTICE_BENCH_DIR", "/tmp/practice-bench"))
CORPUS = ROOT / "data" / "practices"
CITIES = GAZETTEER
BATCH = 256
JITTER = 0.3  # norm of the noise added to a unit vector: cosine to the original ≈ 0.96

# the source files whose change means the stores must be rebuilt
SCHEMA_SOURCES = ("repository/model.py", "repository/search/schema.py",
                  "repository/search/store.py", "repository/search/index.py",
                  "repository/search/edge.py", "repository/search/client.py",
                  "repository/search/lexical.py", "repository/search/concepts.py",
                  "repository/search/request.py", "repository/text.py")

# where each language's sheets usually come from
COUNTRIES_BY_LANGUAGE = {
    "en": ("GB", "IE"), "fr": ("FR", "BE", "CH"), "de": ("DE", "AT", "CH"),
    "es": ("ES",), "it": ("IT",), "pt": ("PT",), "nl": ("NL", "BE"),
}
EVALUATION_WEIGHTS = {None: 50, "none": 10, "internal": 18, "external": 12, "scientific": 10}
SECTION_SWAP = 0.5  # chance that a section comes from another sheet


# --- the corpus ---------------------------------------------------------------------

def load_corpus(limit: int | None = None) -> list[Practice]:
    """The sample sheets as records (the first `limit` of each language when given)."""
    settings = Settings(data_dir=BENCH_DIR / "scratch")
    practices = [read_practice(path, settings)[0] for path in sorted(find_sheets([CORPUS]))]
    if limit is None:
        return practices
    kept: list[Practice] = []
    per_language: dict[str | None, int] = {}
    for practice in practices:
        if per_language.get(practice.language, 0) < limit:
            per_language[practice.language] = per_language.get(practice.language, 0) + 1
            kept.append(practice)
    return kept


def load_cities() -> list[tuple[str, str]]:
    """(country code, local city name) pairs from the gazetteer."""
    pairs = []
    for line in CITIES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            country, names = line.split("\t", 1)
            pairs.append((country.strip(), names.split("|")[0].strip()))
    return pairs


# --- generation (pure) ----------------------------------------------------------------

@dataclass(frozen=True)
class Synthetic:
    """A synthetic sheet and, for texts the store will embed that are new, their parts."""

    practice: Practice
    compositions: dict[str, list[str]]


def synthesise(corpus: list[Practice], n: int, seed: int = 7) -> Iterator[Synthetic]:
    """`n` synthetic sheets recombined from the corpus, deterministic for a seed."""
    from repository.vocabulary import load_vocabulary

    rng = random.Random(seed)
    themes = list(load_vocabulary().theme_keys)
    cities = load_cities()
    by_country: dict[str, list[str]] = {}
    for country, city in cities:
        by_country.setdefault(country, []).append(city)
    donors: dict[tuple[str | None, str], list[Section]] = {}
    for practice in corpus:
        for section in practice.sections:
            if section.field:
                donors.setdefault((practice.language, section.field), []).append(section)
    projects = sorted({p.project for p in corpus if p.project}) + [
        f"Safer Cities Network {i}" for i in range(1, 41)]
    for i in range(n):
        base = rng.choice(corpus)
        sections = []
        for section in base.sections:
            pool = donors.get((base.language, section.field or ""), [])
            if section.field and pool and rng.random() < SECTION_SWAP:
                section = rng.choice(pool)
            sections.append(section)
        fields = {s.field: s.text for s in sections if s.field}
        country_pool = COUNTRIES_BY_LANGUAGE.get(base.language or "", ())
        if country_pool and rng.random() < 0.85:
            country = rng.choice(country_pool)
            city = rng.choice(by_country.get(country, [""])) or None
        else:
            country, city = rng.choice(cities)
        title = base.title if rng.random() < 0.5 else f"{base.title} ({city})"
        start = rng.randint(1995, 2024)
        ongoing = rng.random() < 0.25
        end = None if ongoing else min(2025, start + rng.randint(0, 6))
        eur = None if rng.random() < 0.2 else round(10 ** rng.uniform(3.3, 6.7), -2)
        chosen = set(base.themes[:2]) | set(rng.sample(themes, rng.randint(0, 2)))
        practice = base.model_copy(update={
            "id": f"syn-{i:06d}-{base.id}"[:80],
            "title": title,
            "translations": [],
            "city": city,
            "country": country if rng.random() > 0.03 else None,
            "themes": sorted(chosen) or [rng.choice(themes)],
            "project": rng.choice(projects) if rng.random() < 0.3 else None,
            "kind": "fact_sheet" if rng.random() < 0.08 else "practice",
            "sections": sections,
            **{name: fields.get(name) for name in (
                "context", "objectives", "activities", "partners_text", "budget_text",
                "duration_text", "evaluation", "results", "contact", "links")},
            "budget": Budget(amount=eur, currency="EUR", eur=eur, text=f"{eur:,.0f} EUR")
            if eur else None,
            "start": YearMonth(year=start, month=rng.choice([None, *range(1, 13)])),
            "end": YearMonth(year=end) if end else None,
            "ongoing": ongoing,
            "evaluation_kind": rng.choices(list(EVALUATION_WEIGHTS),
                                           list(EVALUATION_WEIGHTS.values()))[0],
        })
        yield Synthetic(practice, compositions(base, practice))


def compositions(base: Practice, practice: Practice) -> dict[str, list[str]]:
    """Parts of the texts a synthetic sheet embeds that the corpus never had."""
    base_passages = schema.passages(base)
    summary = schema.passages(practice)[0].text
    out = {summary: [base_passages[0].text, practice.city or practice.title]}
    parts = [base_passages[0].text] + [
        p.text for p in schema.passages(practice)[1:]
        if p.field in ("context", "objectives", "activities")]
    out[schema.doc_text(practice)] = parts
    return out


# --- the embedder stand-in ------------------------------------------------------------

def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class CachingEmbedder:
    """The real `Embedder`'s interface, with document vectors from an on-disk cache."""

    def __init__(self, embedder: Embedder, cache_file: Path, jitter: float = JITTER,
                 seed: int = 11) -> None:
        self.real = embedder
        self.cache_file = cache_file
        self.jitter = jitter
        self.rng = np.random.default_rng(seed)
        self.compose: dict[str, list[str]] = {}
        self.encoded = 0  # texts the real model had to encode
        self.vectors: dict[str, np.ndarray] = {}
        if cache_file.exists():
            with np.load(cache_file) as data:
                self.vectors = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))
        self._saved = len(self.vectors)

    def __getattr__(self, name: str) -> Any:  # spec, batch_size, model, max_tokens …
        return getattr(self.real, name)

    @property
    def dim(self) -> int:
        return self.real.dim

    def warm(self, texts: list[str]) -> None:
        """Encode (once, cached) every text not yet in the cache."""
        missing = list(dict.fromkeys(t for t in texts if _key(t) not in self.vectors))
        for start in range(0, len(missing), 64):
            chunk = missing[start : start + 64]
            for text, vector in zip(chunk, self.real.embed_documents(chunk), strict=True):
                self.vectors[_key(text)] = vector
            self.encoded += len(chunk)
        self.save()

    def _exact(self, texts: list[str]) -> np.ndarray:
        self.warm(texts)
        return np.stack([self.vectors[_key(t)] for t in texts])

    def _one(self, text: str) -> np.ndarray:
        parts = self.compose.get(text)
        if _key(text) in self.vectors or not parts:
            return self._exact([text])[0]
        weights = np.array([len(p.split()) for p in parts], dtype=np.float32)[:, None]
        mean = (self._exact(parts) * weights).sum(axis=0)
        return mean / np.linalg.norm(mean)

    def embed_documents(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        self.warm([t for t in texts if t not in self.compose])
        rows = np.stack([self._one(t) for t in texts])
        noise = self.rng.standard_normal(rows.shape).astype(np.float32)
        rows = rows + self.jitter * noise / np.sqrt(rows.shape[1])
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.real.embed_queries(texts)

    def save(self) -> None:
        """Write the cache when it grew."""
        if len(self.vectors) == self._saved:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self.vectors)
        tmp = self.cache_file.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys), vectors=np.stack([self.vectors[k] for k in keys]))
        tmp.replace(self.cache_file)
        self._saved = len(self.vectors)


def caching_embedder(spec: str | None = None, bench_dir: Path = BENCH_DIR) -> CachingEmbedder:
    """A `CachingEmbedder` over the configured model, with its cache file under bench_dir."""
    real = Embedder(spec) if spec else Embedder()
    name = _key(real.spec)[:10]
    return CachingEmbedder(real, bench_dir / f"vectors-{name}.npz")


# --- stores on disk -------------------------------------------------------------------

def fingerprint(n: int, corpus_limit: int | None) -> str:
    """Changes whenever the schema's code, the generator or the size changes."""
    import inspect

    generator = inspect.getsource(synthesise) + inspect.getsource(compositions)
    digest = hashlib.sha1(f"{n}:{corpus_limit}:{JITTER}:{SECTION_SWAP}".encode())
    digest.update(generator.encode())
    for name in SCHEMA_SOURCES:
        path = ROOT / name
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def bench_settings(engine: str, n: int, corpus_limit: int | None = None,
                   bench_dir: Path = BENCH_DIR) -> Settings:
    """Settings of the bench store of one engine and size. No responses are kept
    (`result_cache=0`): the in-process benches time the search itself, and their warm-up
    runs queries that they time again."""
    suffix = f"-c{corpus_limit}" if corpus_limit else ""
    data_dir = bench_dir / f"{engine}-{n}{suffix}"
    if engine == "edge":
        return Settings(data_dir=data_dir, result_cache=0)
    if engine.startswith("edge-"):  # edge-float32: the embedded store as every one before
        return Settings(data_dir=data_dir, vector_storage=engine.removeprefix("edge-"),
                        result_cache=0)
    return Settings(data_dir=data_dir, qdrant_url=f"local:{data_dir / 'qdrant'}",
                    result_cache=0)


@dataclass(frozen=True)
class Build:
    """How a bench store was made."""

    engine: str
    sheets: int
    seconds: float
    encoded: int  # texts the real model encoded during this build
    reused: bool


# the embedded store as the setting makes it, and with each `Settings.vector_storage`
EDGE_ENGINES = ("edge", "edge-float32", "edge-float16", "edge-turbo8")


def add_store_arguments(parser: argparse.ArgumentParser, one_engine: bool = True) -> None:
    """The options every bench script shares: where stores live, whether to reuse them,
    and (`one_engine`: a script over one embedded store) which store."""
    if one_engine:
        parser.add_argument("--engine", choices=EDGE_ENGINES, default="edge",
                            help="edge-float32: a store of exact vectors "
                            "(REPOSITORY_VECTOR_STORAGE=float32, every store's before)")
    parser.add_argument("--corpus-limit", type=int, default=None)
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    parser.add_argument("--keep-stores", action="store_true",
                        help="reuse existing bench stores even if the schema's code changed")
    parser.add_argument("--json", action="store_true")


def edge_store(args: argparse.Namespace) -> tuple[Settings, CachingEmbedder]:
    """The edge bench store of `args.sheets` sheets (built if needed) and its embedder,
    from the options `add_store_arguments` adds (the HTTP benches' start)."""
    embedder = caching_embedder(bench_dir=args.bench_dir)
    settings, _ = ensure_store(args.engine, args.sheets, embedder,
                               corpus_limit=args.corpus_limit, bench_dir=args.bench_dir,
                               keep=args.keep_stores)
    return settings, embedder


def ensure_store(engine: str, n: int, embedder: CachingEmbedder,
                 corpus: list[Practice] | None = None, corpus_limit: int | None = None,
                 bench_dir: Path = BENCH_DIR, keep: bool = False) -> tuple[Settings, Build]:
    """The bench store of one engine and size, built unless an up-to-date one exists
    (`keep`: any complete one, even if the schema's code changed since)."""
    settings = bench_settings(engine, n, corpus_limit, bench_dir)
    stamp = settings.data_dir / "fingerprint"
    wanted = fingerprint(n, corpus_limit)
    if stamp.exists() and (keep or stamp.read_text() == wanted):
        return settings, Build(engine, n, 0.0, 0, reused=True)
    shutil.rmtree(settings.data_dir, ignore_errors=True)
    settings.data_dir.mkdir(parents=True)
    corpus = corpus if corpus is not None else load_corpus(corpus_limit)
    embedder.warm([p.text for sheet in corpus for p in schema.passages(sheet)])
    encoded_before = embedder.encoded
    started = time.perf_counter()
    with Store.open(settings, embedder) as store:  # type: ignore[arg-type]
        batch: list[Synthetic] = []
        for item in synthesise(corpus, n):
            batch.append(item)
            if len(batch) == BATCH:
                _put(store, embedder, batch)
                batch = []
        _put(store, embedder, batch)
    seconds = time.perf_counter() - started
    embedder.save()
    stamp.write_text(wanted)
    return settings, Build(engine, n, seconds, embedder.encoded - encoded_before, reused=False)


def _put(store: Store, embedder: CachingEmbedder, batch: list[Synthetic]) -> None:
    embedder.compose = {text: parts for item in batch for text, parts in item.compositions.items()}
    store.put_many([item.practice for item in batch])
    embedder.compose = {}


def disk_mb(path: Path) -> float:
    """Size of a folder on disk, in MB."""
    return sum(f.stat().st_blocks * 512 for f in path.rglob("*") if f.is_file()) / 1e6


def main(argv: list[str] | None = None) -> list[Build]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--engine", choices=(*EDGE_ENGINES, "local"), default="edge")
    parser.add_argument("--corpus-limit", type=int, default=None,
                        help="use only the first K sheets of each language (smoke tests)")
    parser.add_argument("--bench-dir", type=Path, default=BENCH_DIR)
    args = parser.parse_args(argv)
    embedder = caching_embedder(bench_dir=args.bench_dir)
    corpus = load_corpus(args.corpus_limit)
    builds = []
    print("| engine | sheets | build s | sheets/s | store MB | texts encoded |")
    print("|---|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        settings, build = ensure_store(args.engine, n, embedder, corpus, args.corpus_limit,
                                       args.bench_dir)
        rate = f"{build.sheets / build.seconds:.0f}" if build.seconds else "(cached)"
        print(f"| {args.engine} | {n} | {build.seconds:.1f} | {rate} "
              f"| {disk_mb(settings.data_dir):.1f} | {build.encoded} |")
        builds.append(build)
    return builds


if __name__ == "__main__":
    main()
