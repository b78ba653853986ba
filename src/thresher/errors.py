"""The exception tree: every error thresher raises on purpose derives from one root.

    ThresherError
    ├── UnsupportedInputError   the input is not text: an image, a PDF, an archive, random bytes
    └── ChainConfigError        a chain names an extractor that does not exist or is not one

"Nothing found" is never an exception: it is an empty Article with confidence 0.
"""

from __future__ import annotations


class ThresherError(Exception):
    """Root of every exception thresher raises on purpose."""


class UnsupportedInputError(ThresherError, ValueError):
    """The input is binary (image, PDF, archive, random bytes), not a page of text.

    ``kind`` names what was recognised ("png", "pdf", "binary", ...).
    """

    def __init__(self, message: str, *, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


class ChainConfigError(ThresherError, LookupError):
    """A chain was built from a name no extractor answers to, from an object that is no extractor, or with a
    cascade bar that is no probability."""
