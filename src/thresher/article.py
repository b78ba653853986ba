"""The public result: a frozen Article, its body segments, and its JSON shape.

The keys of ``Article.to_dict()`` are a public contract (see the README's schema):
``title, authors, date, body, site_name, description, language, tags, url, format,
confidence, provenance``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FieldName(StrEnum):
    """The fields an extractor may propose and an Article carries."""

    TITLE = "title"
    AUTHORS = "authors"
    DATE = "date"
    BODY = "body"
    SITE_NAME = "site_name"
    DESCRIPTION = "description"
    LANGUAGE = "language"
    TAGS = "tags"
    URL = "url"


class SegmentKind(StrEnum):
    """What a piece of body text is, so Markdown keeps the page's structure."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """One unit of body text. Tables keep their cells in ``rows``; headings their ``level``."""

    kind: SegmentKind
    text: str
    level: int = 0
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()

    def to_markdown(self) -> str:
        if self.kind is SegmentKind.HEADING:
            return "#" * min(max(self.level, 1), 6) + " " + self.text
        if self.kind is SegmentKind.LIST_ITEM:
            indent = "  " * max(self.level - 1, 0)
            return indent + ("1. " if self.ordered else "- ") + self.text
        if self.kind is SegmentKind.QUOTE:
            return "\n".join("> " + line for line in self.text.splitlines())
        if self.kind is SegmentKind.CODE:
            return "```\n" + self.text + "\n```"
        if self.kind is SegmentKind.TABLE and self.rows:
            return _table_markdown(self.rows)
        return self.text


def _table_markdown(rows: tuple[tuple[str, ...], ...]) -> str:
    width = max(len(row) for row in rows)
    padded = [[cell.replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(padded[0]) + " |", "|" + " --- |" * width]
    lines += ["| " + " | ".join(row) + " |" for row in padded[1:]]
    return "\n".join(lines)


def body_text(segments: tuple[Segment, ...]) -> str:
    """Plain body: one segment per paragraph, separated by blank lines."""
    return "\n\n".join(segment.text for segment in segments if segment.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Which extractor and which of its rules gave a field, and who else agreed."""

    extractor: str
    rule: str
    agreeing: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"extractor": self.extractor, "rule": self.rule, "agreeing": list(self.agreeing)}


@dataclass(frozen=True, kw_only=True)
class Article:
    """A page's grain. An absent field is None or empty, never invented.

    ``confidence`` maps each field name and ``"overall"`` to a probability in [0, 1];
    ``provenance`` maps each present field to the extractor and rule that gave it.
    """

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: dt.date | dt.datetime | None = None
    segments: tuple[Segment, ...] = ()
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    format: str = "empty"
    confidence: dict[str, float] = field(default_factory=dict)
    provenance: dict[str, Provenance] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return body_text(self.segments)

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "authors": list(self.authors),
            "date": self.date.isoformat() if self.date is not None else None,
            "body": self.body,
            "site_name": self.site_name,
            "description": self.description,
            "language": self.language,
            "tags": list(self.tags),
            "url": self.url,
            "format": self.format,
            "confidence": dict(self.confidence),
            "provenance": {name: p.to_dict() for name, p in self.provenance.items()},
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The article as Markdown: title heading, a byline line, then the structured body."""
        parts: list[str] = []
        if self.title:
            parts.append("# " + self.title)
        byline = _byline(self.authors, self.date)
        if byline:
            parts.append("*" + byline + "*")
        body = _segments_markdown(self.segments)
        if body:
            parts.append(body)
        return "\n\n".join(parts) + "\n"


def _byline(authors: list[str], date: dt.date | dt.datetime | None) -> str:
    bits = []
    if authors:
        bits.append("By " + ", ".join(authors))
    if date is not None:
        bits.append(date.isoformat()[:10])
    return " · ".join(bits)


def _segments_markdown(segments: tuple[Segment, ...]) -> str:
    """Consecutive list items render as one Markdown list, not as paragraphs apart."""
    out = ""
    previous: Segment | None = None
    for segment in segments:
        if previous is not None:
            tight = previous.kind is segment.kind is SegmentKind.LIST_ITEM
            out += "\n" if tight else "\n\n"
        out += segment.to_markdown()
        previous = segment
    return out
