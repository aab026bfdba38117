"""Language detection accuracy on the sample corpus: langdetect against py3langid.

    python bench/language.py

Ground truth is the folder a sheet sits in (data/practices/<language>/). Scores
whole sheets, each section longer than 200 characters, and short texts (titles
and headings, 2–12 words), with py3langid restricted to our seven languages.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from repository.config import Settings  # noqa: E402
from repository.ingest.language import detect_language  # noqa: E402  (the product's choice)
from repository.ingest.pipeline import find_sheets, read_practice  # noqa: E402
from repository.text import LANGUAGES  # noqa: E402


def _langdetect() -> Callable[[str], str | None]:
    from langdetect import DetectorFactory, LangDetectException, detect

    def run(text: str) -> str | None:
        DetectorFactory.seed = 0  # langdetect samples at random; a seed makes it repeatable
        try:
            return str(detect(text))
        except LangDetectException:
            return None

    return run


def _py3langid() -> Callable[[str], str | None]:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(LANGUAGES))
    return lambda text: str(identifier.classify(text)[0])


def samples() -> dict[str, list[tuple[str, str]]]:
    settings = Settings()
    out: dict[str, list[tuple[str, str]]] = {"sheets": [], "sections": [], "short": []}
    for path in find_sheets([ROOT / "data" / "practices"]):
        truth = path.parent.name
        practice = read_practice(path, settings)[0]
        out["sheets"].append((truth, "\n".join(s.text for s in practice.sections)))
        out["sections"].extend((truth, s.text) for s in practice.sections if len(s.text) > 200)
        out["short"].append((truth, practice.title))
        out["short"].extend((truth, s.heading) for s in practice.sections
                            if len(s.heading.split()) >= 2)
    return out


def main() -> None:
    data = samples()
    detectors = {"langdetect (seeded)": _langdetect(),
                 "py3langid (7 languages)": _py3langid(),
                 "product: py3langid, all languages from 200 chars": detect_language}
    print("| detector | " + " | ".join(f"{k} (n={len(v)})" for k, v in data.items())
          + " | ms/text |")
    print("|---|" + "---:|" * (len(data) + 1))
    for name, detect in detectors.items():
        cells, spent, count = [], 0.0, 0
        for texts in data.values():
            started = time.perf_counter()
            right = sum(detect(text) == truth for truth, text in texts)
            spent += time.perf_counter() - started
            count += len(texts)
            cells.append(f"{100 * right / len(texts):.1f} %")
        print(f"| {name} | " + " | ".join(cells) + f" | {1000 * spent / count:.2f} |")


if __name__ == "__main__":
    main()
