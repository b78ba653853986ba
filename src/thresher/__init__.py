"""thresher: the grain of a scraped page (title, authors, date, body) without the chaff.

    >>> import thresher
    >>> article = thresher.extract("<html><body><h1>Hi</h1><p>Some text.</p></body></html>")
"""

from __future__ import annotations

from .article import Article, FieldName, Provenance, Segment, SegmentKind
from .candidate import BlockDecision, Candidate, Proposal
from .chain import Chain, Mode
from .errors import ChainConfigError, ThresherError, UnsupportedInputError
from .extractor import Cost, Extractor
from .page import Format, Page
from .registry import available as available_extractors

__version__ = "0.1.0"

__all__ = [
    "Article",
    "BlockDecision",
    "Candidate",
    "Chain",
    "ChainConfigError",
    "Cost",
    "Extractor",
    "FieldName",
    "Format",
    "Mode",
    "Page",
    "Proposal",
    "Provenance",
    "Segment",
    "SegmentKind",
    "ThresherError",
    "UnsupportedInputError",
    "__version__",
    "available_extractors",
    "extract",
]


def extract(content: bytes | str, url: str | None = None, chain: Chain | None = None,
            mode: Mode | str = Mode.CASCADE) -> Article:
    """Extract the article from one page: HTML, a text dump or a front-matter record.

    1. Decode (declared charset, detection, mojibake repair) and sniff the format.
    2. Run the chain (default: every built-in extractor, as a cascade).
    3. Merge the candidates field by field, with confidence and provenance.

    Raises UnsupportedInputError for binary input; empty input gives an empty Article.
    """
    page = Page.load(content, url=url)
    return (chain if chain is not None else Chain()).run(page, mode=mode)
