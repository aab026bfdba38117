from __future__ import annotations

from pathlib import Path

import pytest

from repository.config import Settings

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


@pytest.fixture
def small_limits(tmp_path: Path) -> Settings:
    """Settings with a low PDF page limit, so the over-limit test stays small."""
    return Settings(data_dir=tmp_path / "var", max_file_mb=1, max_pdf_pages=20)
