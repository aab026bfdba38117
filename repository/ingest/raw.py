"""`RawSheet`: what a reader gives back, before any field mapping."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RawSection:
    """A heading and the text under it, as the file had them."""

    heading: str
    text: str
    level: int = 2


@dataclass(frozen=True)
class RawSheet:
    """A sheet as read: title, metadata key/values, headed sections in reading order.

    `metadata` holds explicit key/value pairs (front matter, a field/value table,
    JSON keys) with keys as written in the file; `preamble` is the text before the
    first heading.
    """

    file: str
    format: str
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    preamble: str = ""
    sections: list[RawSection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
