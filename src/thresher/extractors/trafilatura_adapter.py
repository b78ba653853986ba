"""trafilatura as one voter in the chain.

It reads the shared tree; trafilatura copies a tree it is given before cleaning it, so the
page is not mutated. Its metadata comes with a modest strength: its titles keep site suffixes
and its dates and authors are often the site's, not the article's.
"""

from __future__ import annotations

import logging

import trafilatura

from ..article import FieldName
from ..authors import clean_authors
from ..candidate import Candidate, Proposal
from ..dates import parse_iso
from ..extractor import Cost
from ..page import Format, Page
from ..segments import tree_segments

BODY_STRENGTH = 0.75
TITLE_STRENGTH = 0.4
AUTHOR_STRENGTH = 0.35
DATE_STRENGTH = 0.4
SITE_STRENGTH = 0.4
DESCRIPTION_STRENGTH = 0.4


class TrafilaturaExtractor:
    name = "trafilatura"
    cost = Cost.COSTLY

    def accepts(self, page: Page) -> bool:
        return page.format is Format.HTML and page.tree is not None

    def extract(self, page: Page) -> Candidate:
        # trafilatura logs every page it finds empty at ERROR level: that is our result, not an error.
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        document = trafilatura.bare_extraction(page.tree, url=page.url, with_metadata=True,
                                               include_tables=True, include_comments=False)
        if document is None:
            return Candidate(extractor=self.name)
        proposals: list[Proposal] = []

        def add(field: FieldName, value: object, strength: float) -> None:
            if value:
                proposals.append(Proposal(field=field, value=value, rule=f"trafilatura.{field}",
                                          strength=strength))

        if document.body is not None:
            add(FieldName.BODY, tree_segments(document.body), BODY_STRENGTH)
        add(FieldName.TITLE, document.title, TITLE_STRENGTH)
        add(FieldName.AUTHORS, clean_authors((document.author or "").split(";")), AUTHOR_STRENGTH)
        add(FieldName.DATE, parse_iso(document.date or ""), DATE_STRENGTH)
        add(FieldName.SITE_NAME, document.sitename, SITE_STRENGTH)
        add(FieldName.DESCRIPTION, document.description, DESCRIPTION_STRENGTH)
        return Candidate(extractor=self.name, proposals=tuple(proposals))
