"""htmldate as one voter for the publication date (original date only, fast search first).

htmldate copies a tree it is given before pruning it, so the shared tree is not mutated.
It reads the same meta tags and URL as the other modules, so its agreement is weak evidence.
"""

from __future__ import annotations

import logging

import lxml.html
from htmldate import find_date

from ..article import FieldName
from ..candidate import Proposal
from ..dates import parse_iso
from ._common import proposal

# A voter among the dates other modules found: where its date won against theirs it was right half the time.
STRENGTH = 0.55


def extract(tree: lxml.html.HtmlElement, url: str | None) -> list[Proposal]:
    """htmldate's original date, as a vote among the dates other modules found."""
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return []
    value = parse_iso(found) if found else None
    if value is None:
        return []
    return [proposal(FieldName.DATE, value, "structured.htmldate", STRENGTH)]
