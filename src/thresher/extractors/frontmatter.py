"""Front-matter records: a YAML mapping between ``---`` lines, then (maybe) a Markdown body.

Keys are matched by meaning across the common dialects (Jekyll, Hugo, news-feed exports):
nested values such as ``provider.name`` are reached by path. Lists of other items
(``related``) and opaque values (``secured``) are never read, so they never reach the body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import regex

from ..article import FieldName, Segment, SegmentKind
from ..authors import clean_authors
from ..candidate import Candidate, Proposal
from ..dates import parse_date
from ..extractor import Cost
from ..page import Format, Page

# Keys in order of preference for each field; a dotted key walks into nested mappings.
KEYS: dict[FieldName, tuple[str, ...]] = {
    FieldName.TITLE: ("title", "headline", "name"),
    FieldName.DATE: ("date", "published", "publisheddatetime", "publisheddate", "pubdate",
                     "published_at", "publishdate", "created", "created_at"),
    FieldName.AUTHORS: ("authors", "author", "author.name", "byline", "creator"),
    FieldName.SITE_NAME: ("site_name", "sitename", "provider.name", "source.name", "publisher.name",
                          "publisher", "source", "site"),
    FieldName.DESCRIPTION: ("description", "excerpt", "summary", "abstract", "subtitle"),
    FieldName.URL: ("canonical_url", "canonicalurl", "originalurl", "url", "weburl", "link",
                    "permalink"),
    FieldName.TAGS: ("tags", "topics", "keywords", "categories"),
    FieldName.LANGUAGE: ("lang", "language", "locale"),
}
# A value from a record's own metadata is strong evidence: it was written on purpose.
STRENGTH = 0.9
# ``published: true`` is a flag, not a date; only values that parse as dates count.
_URLISH = regex.compile(r"^https?://\S+$")
_HEADING = regex.compile(r"^(#{1,6})\s+(.*)$")
_BULLET = regex.compile(r"^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$")


class FrontMatterExtractor:
    name = "frontmatter"
    cost = Cost.CHEAP

    def accepts(self, page: Page) -> bool:
        return page.format is Format.FRONT_MATTER

    def extract(self, page: Page) -> Candidate:
        data, rest = page.front_matter
        fields = {key.lower(): value for key, value in data.items() if isinstance(key, str)}
        proposals = [p for field, keys in KEYS.items() for p in self._propose(field, keys, fields)]
        segments = markdown_segments(rest)
        if segments:
            proposals.append(Proposal(field=FieldName.BODY, value=segments, rule="frontmatter.body",
                                      strength=STRENGTH))
        return Candidate(extractor=self.name, proposals=tuple(proposals))

    def _propose(self, field: FieldName, keys: Sequence[str], data: dict[str, Any]
                 ) -> Iterator[Proposal]:
        for key in keys:
            value = _normalise(field, _lookup(data, key))
            if value:
                yield Proposal(field=field, value=value, rule=f"frontmatter.{key}", strength=STRENGTH)
                return


def _lookup(data: dict[str, Any], dotted: str) -> Any:
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = {str(k).lower(): v for k, v in value.items()}.get(part)
    return value


def _normalise(field: FieldName, value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return None
    if field is FieldName.DATE:
        if isinstance(value, dt.date):  # YAML parses unquoted timestamps itself
            return value
        return parse_date(str(value)) if isinstance(value, str | int) else None
    if field is FieldName.AUTHORS:
        names = value if isinstance(value, list) else [value]
        return clean_authors([str(n) for n in names if isinstance(n, str | int)]) or None
    if field is FieldName.TAGS:
        items = value if isinstance(value, list) else str(value).split(",")
        return [str(t).strip() for t in items if isinstance(t, str | int) and str(t).strip()] or None
    if not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    if field is FieldName.URL and not _URLISH.match(text):
        return None
    return text or None


def markdown_segments(text: str) -> tuple[Segment, ...]:
    """Paragraphs, headings and list items of a Markdown body."""
    segments: list[Segment] = []
    for chunk in regex.split(r"\n\s*\n", text.strip()):
        lines = [line.rstrip() for line in chunk.splitlines() if line.strip()]
        if not lines:
            continue
        heading = _HEADING.match(lines[0])
        if heading and len(lines) == 1:
            segments.append(Segment(kind=SegmentKind.HEADING, text=heading.group(2).strip(),
                                    level=len(heading.group(1))))
        elif all(_BULLET.match(line) for line in lines):
            for line in lines:
                bullet = _BULLET.match(line)
                assert bullet is not None
                segments.append(Segment(kind=SegmentKind.LIST_ITEM, text=bullet.group(2).strip(),
                                        level=1, ordered=bullet.group(1) is not None))
        else:
            segments.append(Segment(kind=SegmentKind.PARAGRAPH,
                                    text=" ".join(line.strip() for line in lines)))
    return tuple(segments)
