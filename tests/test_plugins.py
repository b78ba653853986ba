"""A third-party extractor installed as a distribution with a ``thresher.extractors`` entry point."""

import sys
import textwrap
from pathlib import Path

import pytest

import thresher
from thresher.errors import ChainConfigError

PLUGIN_MODULE = '''
from thresher import Candidate, Cost, FieldName, Proposal


class ShoutExtractor:
    """Proposes the page's first line, upper-cased, as its title."""

    name = "shout"
    cost = Cost.CHEAP

    def accepts(self, page):
        return bool(page.lines)

    def extract(self, page):
        title = page.lines[0].strip().upper()
        return Candidate(extractor=self.name, proposals=(
            Proposal(field=FieldName.TITLE, value=title, rule="shout.first_line", strength=0.99),))
'''


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "thresher_shout.py").write_text(PLUGIN_MODULE)
    dist = tmp_path / "thresher_shout-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: thresher-shout\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(textwrap.dedent("""
        [thresher.extractors]
        shout = thresher_shout:ShoutExtractor
        broken = thresher_shout:DoesNotExist
    """))
    monkeypatch.syspath_prepend(str(tmp_path))
    yield
    sys.modules.pop("thresher_shout", None)


def test_plugin_is_listed_and_usable_by_name(installed_plugin):
    assert "shout" in thresher.available_extractors()
    chain = thresher.Chain(["textdump", "shout"])
    article = thresher.extract("hello world\n\nSome text here.", chain=chain)
    assert article.title == "HELLO WORLD"
    assert article.provenance["title"].extractor == "shout"
    assert article.provenance["title"].rule == "shout.first_line"


def test_a_plugin_that_fails_to_load_is_a_configuration_error(installed_plugin):
    with pytest.raises(ChainConfigError, match="failed to load"):
        thresher.Chain(["broken"])
