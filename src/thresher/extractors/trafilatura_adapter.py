"""trafilatura as one voter in the chain, on the body only.

It reads the shared tree; trafilatura copies a tree it is given before cleaning it, so the
page is not mutated. Its metadata is not asked for: extracting it took about half of
trafilatura's time (61 of 115 ms a page on wcxb-dev), gives the same body, and as votes it
changed no title, author or date accuracy on wcxb-dev or trafilatura-eval (its titles keep site
suffixes, its dates and authors are often the site's). The candidate says it sought the body
alone, so the confidence of the other fields does not read trafilatura as having looked for them.

It is asked for XML, not its default Python output: the body element is the same, and the plain text
that the Python output adds (``xmltotxt``, a tenth of its time) is never read here.
"""

from __future__ import annotations

import logging

import trafilatura

from ..article import FieldName
from ..candidate import Candidate, Proposal
from ..extractor import Cost
from ..page import Format, Page
from ..segments import tree_segments

BODY_STRENGTH = 0.75
SOUGHT = frozenset({FieldName.BODY})


class TrafilaturaExtractor:
    name = "trafilatura"
    cost = Cost.COSTLY

    def accepts(self, page: Page) -> bool:
        return page.format is Format.HTML and page.tree is not None

    def extract(self, page: Page) -> Candidate:
        # trafilatura logs every page it finds empty at ERROR level: that is our result, not an error.
        logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
        document = trafilatura.bare_extraction(page.tree, url=page.url, include_tables=True,
                                               include_comments=False, output_format="xml")
        segments = tree_segments(document.body) if document is not None and document.body is not None else ()
        proposals = (Proposal(field=FieldName.BODY, value=segments, rule="trafilatura.body",
                              strength=BODY_STRENGTH),) if segments else ()
        return Candidate(extractor=self.name, proposals=proposals, sought=SOUGHT)
