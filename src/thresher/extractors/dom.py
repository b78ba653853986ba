"""Placeholder: being written."""

from __future__ import annotations

from ..candidate import Candidate
from ..extractor import Cost
from ..page import Format, Page


class DomExtractor:
    name = "dom"
    cost = Cost.CHEAP

    def accepts(self, page: Page) -> bool:
        return page.format is Format.HTML

    def extract(self, page: Page) -> Candidate:
        return Candidate(extractor=self.name)
