"""The learned theme model: its weights file, its use by the semantic check, in 7 languages."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from repository.ingest.normalise.theme_inference import infer_themes
from repository.ingest.normalise.theme_model import FEATURES, WEIGHTS, load_model
from repository.ingest.normalise.theme_semantic import SemanticThemes
from repository.ingest.themes_pass import semantic_themes, with_semantic_themes
from repository.model import FactOrigin, Practice
from repository.search.embedder import Embedder
from repository.vocabulary import load_vocabulary

PACKAGE = Path(__file__).resolve().parents[2] / "repository"


def test_the_weights_file_loads_and_matches_the_vocabulary() -> None:
    model = load_model()
    assert model is not None and WEIGHTS.stat().st_size < 64_000
    assert set(model.keys) == set(load_vocabulary().themes)
    assert model.coef.shape == (len(FEATURES),) and model.bias.shape == (len(model.keys),)
    assert model.centroids.shape == (len(model.keys), 512)
    assert np.isfinite(model.coef).all() and (model.scale > 0).all()
    assert 0 < model.threshold < 1 and model.limit >= 1
    assert model.model == "bundled:use-multilingual"


def test_the_runtime_never_imports_sklearn() -> None:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(n.split(".")[0] == "sklearn" for n in names), path
    code = ("import sys, numpy as np\n"
            "from repository.ingest.normalise.theme_model import load_model\n"
            "import repository.cli, repository.workspace.sheets\n"
            "m = load_model(); rows = m.rows({'drugs': 5.0}, {}, None, 300, None, 2.5)\n"
            "assert m.choose(m.probabilities(rows))[:1] == ['drugs']\n"
            "assert 'sklearn' not in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


class _Other:
    """An encoder the model was not fitted on (plumbing only)."""

    name = "another-model"

    def encode_document(self, texts: list[str]) -> np.ndarray:
        rows = np.ones((len(texts), 8), dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_another_encoder_keeps_the_rules() -> None:
    semantic = semantic_themes(_Other(), inference="learned")
    assert semantic is not None and semantic.model is not None and semantic.learned is None
    assert semantic_themes(_Other(), inference="rules").model is None  # type: ignore[union-attr]


# clearly themed texts written for this test, one per language
TEXTS = [
    ("en", "Needle exchange and drug counselling",
     "Street workers meet heroin and cocaine users, hand out clean syringes and refer "
     "people with an addiction to treatment; dealing in the station square is reported.",
     "drugs"),
    ("fr", "Accompagner les victimes de cambriolage",
     "Une permanence d'aide aux victimes rappelle chaque personne cambriolée, l'aide à "
     "porter plainte et lui propose un soutien psychologique après l'agression.",
     "victims"),
    ("es", "Mediación en conflictos vecinales",
     "Mediadores comunitarios reúnen a los vecinos enfrentados por ruidos y basuras y "
     "buscan un acuerdo; la mediación evita denuncias y restablece la convivencia.",
     "mediation"),
    ("it", "Prevenzione della violenza contro le donne",
     "Il centro antiviolenza accoglie donne vittime di violenza domestica e di stalking, "
     "con case rifugio e un numero verde contro la violenza di genere.",
     "gender_violence"),
    ("de", "Sicherheit für ältere Menschen",
     "Die Polizei warnt Seniorinnen und Senioren vor Enkeltrick und Betrug an der "
     "Haustür; ältere Menschen lernen in Kursen, wie sie sich schützen.",
     "seniors"),
    ("pt", "Desporto para jovens dos bairros",
     "Jovens dos bairros jogam futebol e basquetebol todas as semanas com treinadores "
     "que também os acompanham na escola; o desporto afasta-os da rua.",
     "sport"),
    ("nl", "Cameratoezicht en slimme verlichting",
     "De gemeente plaatst camera's en slimme sensoren in het uitgaansgebied; een app "
     "laat bewoners onveilige plekken melden met nieuwe technologie.",
     "technology"),
]


@pytest.fixture(scope="module")
def learned(use_embedder: Embedder) -> SemanticThemes:
    semantic = semantic_themes(use_embedder, inference="learned")
    assert semantic is not None and semantic.learned is not None
    return semantic


@pytest.mark.slow
@pytest.mark.parametrize(("language", "title", "text", "theme"), TEXTS)
def test_a_clearly_themed_text_gets_its_theme_in_each_language(
        learned: SemanticThemes, language: str, title: str, text: str, theme: str) -> None:
    found = infer_themes([("title", title), ("summary", text)], language, semantic=learned)
    assert theme in found
    assert len(found) <= learned.learned.limit  # type: ignore[union-attr]


@pytest.mark.slow
def test_explicit_theme_keys_still_win(learned: SemanticThemes) -> None:
    record = Practice(id="p", title=TEXTS[0][1], language="en", summary=TEXTS[0][2],
                      themes=["sport"], provenance={"themes": FactOrigin(source="key",
                                                                         confidence=0.95)})
    assert with_semantic_themes(record, [], learned)[0].themes == ["sport"]
    inferred = record.model_copy(update={"provenance": {"themes": FactOrigin(
        source="inferred", confidence=0.6)}})
    found = with_semantic_themes(inferred, [], learned)[0]
    assert "drugs" in found.themes
    assert found.provenance["themes"].note == "learned from vocabulary words and meaning"
