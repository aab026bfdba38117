"""The embedder: every backend from disk alone, models by path, clear errors, and a
multilingual backend that carries a query across languages by the dense signal alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from repository.errors import ConfigError
from repository.search import concepts
from repository.search.embedder import BUNDLED, E5_SMALL, MINILM, USE_MULTILINGUAL, Embedder
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.conftest import ROOT
from tests.search.sheets import practice

# Run in a fresh interpreter where any socket connection raises: a backend that tried
# to reach a hub (or anything else) would fail to load.
OFFLINE_PROBE = """
import json, socket, sys

def refuse(*args, **kwargs):
    raise OSError("network access attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse

from repository.search.embedder import Embedder

out = {}
for spec in sys.argv[1:]:
    embedder = Embedder(spec)
    rows = embedder.encode_document(["night mediation", "médiation de nuit"])
    query = embedder.encode_query(["mediation"])
    out[spec] = {"name": embedder.name, "dim": embedder.dim, "shape": list(rows.shape),
                 "query": list(query.shape)}
print(json.dumps(out))
"""


@pytest.mark.slow
def test_every_backend_loads_from_disk_with_no_network_and_downloads_nothing(
    tmp_path: Path, embedder: Embedder
) -> None:
    folder = tmp_path / "saved-model"
    embedder.encoder.model.save(str(folder))  # type: ignore[attr-defined]
    hub = tmp_path / "empty-hf-home"
    hub.mkdir()
    env = {**os.environ, "HF_HOME": str(hub), "HF_HUB_OFFLINE": "1",
           "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(ROOT)}
    env.pop("REPOSITORY_EMBEDDING_MODEL", None)
    done = subprocess.run([sys.executable, "-c", OFFLINE_PROBE, *BUNDLED, str(folder)],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert {spec: (v["name"], v["dim"], v["shape"], v["query"]) for spec, v in loaded.items()} == {
        MINILM: (MINILM, 384, [2, 384], [1, 384]),
        USE_MULTILINGUAL: (USE_MULTILINGUAL, 512, [2, 512], [1, 512]),
        E5_SMALL: (E5_SMALL, 384, [2, 384], [1, 384]),
        str(folder): (str(folder.resolve()), 384, [2, 384], [1, 384]),
    }
    assert list(hub.rglob("*")) == []  # nothing was fetched or cached


DEFAULT_PROBE = """
import json, socket, sys
from pathlib import Path

def refuse(*args, **kwargs):
    raise OSError("network access attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse

from repository.config import Settings
from repository.search.request import parse_request
from repository.search.service import search
from repository.search.store import Store
from tests.search.sheets import practice

settings = Settings(data_dir=Path(sys.argv[1]))  # no model named: the default
with Store.open(settings) as store:
    store.put_many([practice("mediation-fr", "Médiation sociale de nuit",
                             "Des médiateurs parcourent les quartiers la nuit.", language="fr")])
    hits = search(store, parse_request(q="night-time mediators", mode="semantic")).hits
    print(json.dumps({"model": store.embedder.name, "record": store.index.built_with().name,
                      "hits": [h.id for h in hits]}))
"""


@pytest.mark.slow
def test_the_default_model_loads_and_searches_with_no_network(tmp_path: Path) -> None:
    hub = tmp_path / "empty-hf-home"
    hub.mkdir()
    env = {**os.environ, "HF_HOME": str(hub), "PYTHONPATH": str(ROOT)}
    env.pop("REPOSITORY_EMBEDDING_MODEL", None)
    done = subprocess.run([sys.executable, "-c", DEFAULT_PROBE, str(tmp_path / "var")],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {"model": USE_MULTILINGUAL, "record": USE_MULTILINGUAL,
                     "hits": ["mediation-fr"]}
    assert list(hub.rglob("*")) == []


def test_a_model_saved_to_a_folder_loads_by_path_and_embeds_like_the_bundled_one(
    tmp_path: Path, embedder: Embedder
) -> None:
    folder = tmp_path / "my-model"
    embedder.encoder.model.save(str(folder))  # type: ignore[attr-defined]
    from_path = Embedder(str(folder))
    texts = ["youth radicalisation prevention", "médiation sociale de nuit"]
    assert from_path.dim == 384
    assert from_path.name == str(folder.resolve())
    np.testing.assert_allclose(from_path.embed_documents(texts), embedder.embed_documents(texts),
                               atol=1e-5)


def test_vectors_are_normalised_and_queries_are_one_row_each(embedder: Embedder) -> None:
    vectors = embedder.embed_queries(["a", "bars at night", "drug consumption room"])
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.encode_document([]).shape == (0, 384)


@pytest.mark.slow
@pytest.mark.parametrize("spec", [USE_MULTILINGUAL, E5_SMALL])
def test_a_bundled_multilingual_backend_gives_normalised_rows(spec: str) -> None:
    model = Embedder(spec)
    texts = ["prevención de la radicalización juvenil", "Jugendarbeit gegen Radikalisierung",
             "bicycle repair shop"]
    rows = model.encode_document(texts)
    assert rows.shape == (3, model.dim) and rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-5)
    query = model.encode_query(texts[:1])[0]
    # the Spanish query is nearer the German text on its topic than the unrelated one
    assert rows[1] @ query > rows[2] @ query
    if spec == E5_SMALL:  # "query: " and "passage: " prefixes make the two sides differ
        assert not np.allclose(query, rows[0], atol=1e-3)
    else:  # USE has one space for both sides
        np.testing.assert_allclose(query, rows[0], atol=1e-6)


def test_a_model_name_not_on_this_machine_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="cannot load the embedding model 'no-such/model'"):
        Embedder("no-such/model").embed_queries(["x"])


def test_a_folder_without_model_files_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no model files in that folder"):
        Embedder(str(tmp_path)).embed_queries(["x"])


def test_an_unknown_bundled_model_names_the_bundled_ones() -> None:
    with pytest.raises(ConfigError, match="no such bundled model; choose one of "
                       "bundled:all-MiniLM-L6-v2, bundled:use-multilingual, bundled:e5-small"):
        Embedder("bundled:all-MiniLM")


# --- across languages by the dense signal alone -----------------------------------------

GERMAN = [
    practice("fahrradwerkstatt-de", "Offene Fahrradwerkstatt im Stadtteil",
             "Ehrenamtliche reparieren gespendete Fahrräder gemeinsam mit Jugendlichen und "
             "geben sie an Familien weiter.", language="de", country="DE"),
    practice("nachtcafe-de", "Nachtcafé für wohnungslose Menschen",
             "Im Winter öffnet ein Café nachts für Menschen ohne Wohnung, mit warmem Essen "
             "und Beratung.", language="de", country="DE"),
    practice("sprachkurse-de", "Sprachkurse für Geflüchtete in der Bibliothek",
             "Die Stadtbibliothek bietet kostenlose Deutschkurse für neu angekommene "
             "Familien an.", language="de", country="AT"),
    practice("mediacion-es", "Mediación vecinal en conflictos de convivencia",
             "Mediadores ayudan a los vecinos a resolver conflictos por ruido en los "
             "edificios.", language="es", country="ES"),
]
QUERY = "reparación de bicicletas por voluntarios"


@pytest.mark.slow
def test_a_spanish_query_finds_a_german_sheet_with_no_shared_word_or_concept(
    tmp_path: Path, default_embedder: Embedder
) -> None:
    from repository.config import Settings

    with Store.open(Settings(data_dir=tmp_path / "var"), default_embedder) as store:
        store.put_many(GERMAN)
        # nothing but the dense vectors links them: no shared term, no vocabulary concept
        assert concepts.query_concepts(QUERY) == {}
        assert search(store, parse_request(q=QUERY, mode="keyword")).total == 0
        for mode in ("semantic", "hybrid"):
            hits = search(store, parse_request(q=QUERY, mode=mode)).hits
            assert hits[0].id == "fahrradwerkstatt-de", (mode, [h.id for h in hits])
            assert hits[0].signals == ["semantic"]
