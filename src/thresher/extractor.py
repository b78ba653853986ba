"""The Extractor protocol every built-in and third-party extractor satisfies."""

from __future__ import annotations

from enum import IntEnum
from typing import Protocol, runtime_checkable

from .candidate import Candidate
from .page import Page


class Cost(IntEnum):
    """How much work an extractor does per page: the cascade runs cheap ones first."""

    CHEAP = 0
    COSTLY = 1


@runtime_checkable
class Extractor(Protocol):
    """Proposes field values for pages it accepts.

    ``name`` addresses it in a chain and in provenance. ``accepts`` must be cheap; ``extract``
    must not mutate the page or its tree, and returns an empty Candidate when it finds nothing.
    """

    name: str
    cost: Cost

    def accepts(self, page: Page) -> bool: ...

    def extract(self, page: Page) -> Candidate: ...
