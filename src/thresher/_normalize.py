"""Comparison keys: two proposals agree when their keys are equal."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import regex

from .article import FieldName

_SPACE = regex.compile(r"\s+")


def fold(text: str) -> str:
    """NFKC, case-folded, whitespace-folded: the equality used for titles and names."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def agreement_key(field: FieldName, value: Any) -> Any:
    """The key under which proposals for ``field`` count as the same value."""
    if field is FieldName.DATE:
        return value.date() if isinstance(value, dt.datetime) else value
    if field in (FieldName.AUTHORS, FieldName.TAGS):
        return frozenset(fold(item) for item in value)
    if field is FieldName.LANGUAGE:
        return str(value).split("-")[0].split("_")[0].lower()
    if isinstance(value, str):
        return fold(value)
    return value
