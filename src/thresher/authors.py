"""Author names: from the many ways pages write them to a clean list of people."""

from __future__ import annotations

import regex

# "By", "Written by", "Posted by", "Von", "Par", "Por", "Di", "Autor:" and friends before a name.
_PREFIX = regex.compile(
    r"^\s*(?:(?:written|posted|published|reported|story|text|words|photos?)\s+by|by|von|par|por|"
    r"di|door|przez|autor(?:in)?|author|auteur|redakcja|text)\s*[:\-–—]?\s+",
    regex.IGNORECASE,
)
_SPLIT = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|/|\|)\s*",
                       regex.IGNORECASE)
_EMAIL = regex.compile(r"\S+@\S+")
_MORE = regex.compile(r"\band\s+\d+\s+(?:more|others?)\b.*$", regex.IGNORECASE)
_PAREN = regex.compile(r"\([^)]*\)")
# A name is letters, spaces, dots, hyphens and apostrophes, and at most this many words.
_NAME = regex.compile(r"^[\p{L}][\p{L}\p{M}.'’\- ]*[\p{L}.]$")
MAX_NAME_WORDS = 5


def clean_authors(raw: list[str]) -> list[str]:
    """Split, strip prefixes, drop e-mail and non-names; keep order, drop duplicates."""
    names: list[str] = []
    seen: set[str] = set()
    for item in raw:
        for name in split_names(item):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return names


def split_names(text: str) -> list[str]:
    """``"By Ann Lee and Bo Chan"`` → ``["Ann Lee", "Bo Chan"]``."""
    text = _MORE.sub("", _EMAIL.sub("", _PAREN.sub("", text or "")))
    text = _PREFIX.sub("", text.strip())
    out = []
    for part in _SPLIT.split(text):
        part = _PREFIX.sub("", part.strip(" \t\n-–—:|·•"))
        if _NAME.match(part) and len(part.split()) <= MAX_NAME_WORDS:
            out.append(" ".join(part.split()))
    return out
