"""Building blocks for small synthetic text dumps: a menu, and parts joined by blank lines."""

from __future__ import annotations

MENU = ["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel", "Science", "Health",
        "Opinion", "Video", "Audio", "Podcasts"]


def dump(*parts: str | list[str]) -> str:
    """A dump whose parts (a line, or a list of lines) each end with a blank line, as renderers print blocks."""
    lines: list[str] = []
    for part in parts:
        lines += part if isinstance(part, list) else [part]
        lines.append("")
    return "\n".join(lines)
