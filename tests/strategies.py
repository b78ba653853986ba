"""Hypothesis strategies shared by the property tests: bytes, text and HTML fragments."""

from __future__ import annotations

from hypothesis import strategies as st

TAGS = ["p", "div", "span", "h1", "h2", "li", "ul", "a", "article", "nav", "footer", "table", "tr",
        "td", "pre", "script", "style", "br", "time", "meta"]
WORDS = st.sampled_from(["the", "Export", "control", "By", "Ann", "Lee", "March", "27,", "2025",
                         "Related", "Posts", "Share", "©", "menu", "é", "中文", "—", "&amp;", "<", ">"])
sentences = st.lists(WORDS, min_size=0, max_size=12).map(" ".join)


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 3) -> str:
    """Nested, sometimes unbalanced tags around words: what broken scraped HTML looks like."""
    if depth == 0 or draw(st.booleans()):
        return draw(sentences)
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.sampled_from(["", ' class="share"', ' id="content"', ' datetime="2024-01-02"',
                                  ' content="x"', ' class="post-body"']))
    inner = "".join(draw(st.lists(html_fragments(depth - 1), max_size=4)))
    closing = draw(st.sampled_from([f"</{tag}>", ""]))
    return f"<{tag}{attrs}>{inner}{closing}"


html_documents = html_fragments().map(lambda body: f"<html><body>{body}</body></html>")
text_dumps = st.lists(st.one_of(sentences, st.sampled_from(["", "• Home", "Related Posts", "Share"])),
                      max_size=30).map("\n".join)
any_text = st.one_of(st.text(max_size=400), text_dumps, html_documents, html_fragments())
