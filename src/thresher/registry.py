"""Extractors by name: the built-ins, and third-party ones from the ``thresher.extractors``
entry-point group. A name resolves to a fresh instance each time: extractors hold no shared state.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from importlib.metadata import entry_points

from .errors import ChainConfigError
from .extractor import Extractor

ENTRY_POINT_GROUP = "thresher.extractors"

# name -> "module:factory"; imported on first use so `import thresher` stays light.
BUILTINS: Mapping[str, str] = {
    "frontmatter": "thresher.extractors.frontmatter:FrontMatterExtractor",
    "structured": "thresher.extractors.structured:StructuredExtractor",
    "textdump": "thresher.extractors.textdump:TextDumpExtractor",
    "dom": "thresher.extractors.dom:DomExtractor",
    "trafilatura": "thresher.extractors.trafilatura_adapter:TrafilaturaExtractor",
    "readability": "thresher.extractors.readability_adapter:ReadabilityExtractor",
}


def available() -> list[str]:
    """Every name a chain can be built from: built-ins first, then installed plugins."""
    plugins = sorted(ep.name for ep in entry_points(group=ENTRY_POINT_GROUP))
    return list(BUILTINS) + [name for name in plugins if name not in BUILTINS]


def resolve(spec: str | Extractor) -> Extractor:
    """An extractor for a name, or the object itself once checked to be an extractor."""
    if isinstance(spec, str):
        return _instantiate(spec, _factory(spec))
    if isinstance(spec, Extractor):
        return spec
    raise ChainConfigError(
        f"{spec!r} is not an extractor: it needs `name`, `cost`, `accepts(page)` and `extract(page)`"
    )


def _factory(name: str) -> Callable[[], object] | object:
    if name in BUILTINS:
        module_name, _, attr = BUILTINS[name].partition(":")
        return getattr(importlib.import_module(module_name), attr)
    for ep in entry_points(group=ENTRY_POINT_GROUP, name=name):
        try:
            return ep.load()
        except Exception as exc:  # a broken plugin is a configuration error, reported as such
            raise ChainConfigError(f"plugin extractor {name!r} failed to load: {exc}") from exc
    raise ChainConfigError(f"no extractor named {name!r}; available: {', '.join(available())}")


def _instantiate(name: str, factory: Callable[[], object] | object) -> Extractor:
    # A class (even one whose attributes satisfy the protocol) or a factory function is called;
    # an object that already is an extractor is used as it is.
    calls = isinstance(factory, type) or (callable(factory) and not isinstance(factory, Extractor))
    instance = factory() if calls else factory  # type: ignore[operator]
    if not isinstance(instance, Extractor):
        raise ChainConfigError(f"entry {name!r} did not give an extractor but {instance!r}")
    return instance
