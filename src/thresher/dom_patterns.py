"""Class, id, role and tag cues that say what a part of a page is, grouped by concept.

Like trafilatura's ``xpaths.py`` but matched once per element against one string built from its
``class``, ``id``, ``role``, ``aria-label`` and ``itemprop`` (lower case, tokens kept whole), so
the block walk never runs an XPath per block. A cue only *suggests* a label: ``thresher.classify``
weighs it against the block's own text, and a cue above the chosen main container is ignored.

Matching is by word *start*: ``share`` matches ``share-bar`` and ``shareButtons`` but not
``timeshare``; patterns spell out the compounds sites use (``mainnav``, ``topnav``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import regex

from .labels import Label

# A cue word must begin a token: after start, whitespace, '-', '_', ':', '/' or '.'. Not after a
# digit: hashed class names ("layout-28c65ad00c") would read as "ad".
_START = r"(?:^|(?<=[\s_:\-/.]))"


def _cue(*words: str) -> regex.Pattern[str]:
    """One compiled pattern matching any of ``words`` at a token start."""
    return regex.compile(_START + "(?:" + "|".join(words) + ")", regex.IGNORECASE)


# Boilerplate concepts, in the order they are tried: the first that matches an element names it.
# Order matters where words overlap: "comment-share" is share, "related-tags" is related.
BOILERPLATE_CUES: tuple[tuple[Label, regex.Pattern[str]], ...] = (
    (Label.COOKIE, _cue(r"cookie", r"consent", r"gdpr", r"cc-(?:banner|window)", r"onetrust")),
    (Label.BREADCRUMBS, _cue(r"breadcrumb", r"crumbs?(?![a-z])", r"trail(?![a-z])")),
    (Label.SHARE, _cue(r"share", r"sharing", r"social", r"sociable", r"addthis", r"shariff",
                       r"sharethis", r"a2a", r"follow-?us", r"print-?(?:link|button)")),
    (Label.RELATED, _cue(r"related", r"more-?(?:stories|articles|posts|from|like)", r"also-?read",
                         r"read-?(?:more|next)-?(?:articles|stories|posts)", r"recommend",
                         r"you-?may", r"similar", r"outbrain", r"taboola", r"yarpp", r"jp-relatedposts",
                         r"recirc", r"up-?next", r"next-?up", r"popular", r"trending", r"most-?read",
                         r"most-?viewed", r"teaser")),
    (Label.PROMO, _cue(r"newsletter", r"subscri", r"signup", r"sign-up", r"promo", r"optin", r"opt-in",
                       r"mailchimp", r"mc4wp", r"cta(?![a-z])", r"call-?to-?action", r"paywall",
                       r"donate", r"membership", r"app-?download", r"banner(?![a-z])")),
    (Label.ADS, _cue(r"ads?(?![a-z])", r"advert", r"adsense", r"adslot", r"ad-?(?:slot|unit|container|wrap|zone)",
                     r"dfp", r"gpt-?ad", r"sponsor", r"google_ads", r"adsbygoogle", r"commercial")),
    (Label.COMMENTS, _cue(r"comment", r"disqus", r"respond(?![a-z])", r"discussion", r"replies",
                          r"reply(?![a-z])", r"user-?reviews")),
    (Label.BIO, _cue(r"author-?(?:bio|box|info|card|profile|about|description)", r"about-?(?:the-?)?author",
                     r"bio(?![a-z])", r"biography", r"contributor-?(?:bio|info)")),
    (Label.BYLINE, _cue(r"byline", r"author(?![a-z])", r"post-?(?:meta|info|date|author)",
                        r"entry-?(?:meta|date|author)", r"article-?(?:meta|info|date|author)",
                        r"meta(?![a-z])", r"dateline", r"timestamp", r"pubdate", r"published")),
    # Not "tag-foo" or "category-news": WordPress puts those on the article element itself.
    (Label.TAGS, _cue(r"tags(?![a-z])", r"tag-?(?:list|cloud|links)", r"tagcloud", r"post-?tags", r"cat-?links",
                      r"categories(?![a-z])", r"taxonomy", r"keywords(?![a-z])")),
    (Label.TOC, _cue(r"toc(?![a-z])", r"table-?of-?contents", r"tableofcontents", r"on-?this-?page",
                     r"page-?outline", r"ez-toc", r"sidebar-?toc", r"docs-?toc", r"in-?page-?nav")),
    (Label.PAGINATION, _cue(r"pagination", r"pager(?![a-z])", r"paging", r"page-?numbers",
                            r"post-?nav", r"nav-?links", r"prev-?next", r"next-?prev", r"nav-?previous",
                            r"nav-?next")),
    (Label.SEARCH, _cue(r"search(?![-_]?(?:results?|page))", r"searchform", r"login", r"signin", r"sign-in")),
    (Label.NAV, _cue(r"nav", r"menu", r"skip-?(?:link|to)", r"masthead", r"topbar", r"top-?bar", r"toolbar",
                     r"dropdown", r"mega-?menu", r"hamburger", r"offcanvas", r"off-?canvas", r"drawer")),
    # Only a site's header: "card-header", "entry-header" hold titles of content.
    (Label.HEADER, _cue(r"site-?header", r"global-?header", r"top-?header", r"site-?(?:title|branding|logo)",
                        r"logo", r"branding")),
    (Label.FOOTER, _cue(r"footer", r"foot(?![a-z])", r"copyright", r"colophon", r"site-?info",
                        r"legal", r"disclaimer")),
    # "secondary" only as a word of its own (WordPress's sidebar id): after "-" or "_" it is a colour
    # utility ("text-secondary", "btn-secondary") on any text at all.
    (Label.OTHER, _cue(r"sidebar", r"side-?bar", r"aside", r"widget-?area", r"rail(?![a-z])", r"right-?col",
                       r"left-?col", r"(?<![-_])secondary", r"visually-?hidden", r"sr-only",
                       r"screen-?reader", r"modal", r"popup", r"overlay", r"tooltip")),
)

# Roles (ARIA) and tags that name a concept outright, stronger than a class name.
ROLE_CUES: Mapping[str, Label] = {
    "navigation": Label.NAV,
    "banner": Label.HEADER,
    "contentinfo": Label.FOOTER,
    "complementary": Label.OTHER,
    "search": Label.SEARCH,
    "menu": Label.NAV,
    "menubar": Label.NAV,
    "dialog": Label.OTHER,
    "alertdialog": Label.OTHER,
}
TAG_CUES: Mapping[str, Label] = {
    "nav": Label.NAV,
    "footer": Label.FOOTER,
    "aside": Label.OTHER,
    "header": Label.HEADER,
    "menu": Label.NAV,
}

# Words that mark the main content container: a bonus when scoring containers.
CONTENT_CUE = _cue(r"article", r"content", r"entry", r"post(?![a-z])", r"post-?(?:body|content|text)",
                   r"main", r"body", r"text(?![a-z])", r"story", r"blog", r"prose", r"markdown",
                   r"rich-?text", r"description", r"product-?(?:detail|info|desc)", r"message",
                   r"thread", r"docs?-?content", r"page-?content", r"documentation")
CONTENT_TAGS = frozenset({"article", "main"})

# Words that sometimes hide inside a content cue and must not earn its bonus ("content-sidebar").
CONTENT_SPOILERS = _cue(r"sidebar", r"related", r"comment", r"footer", r"header", r"nav", r"meta")


# All boilerplate cues in one stdlib pattern, one named group per concept: one scan per signature.
# The token boundary is consumed rather than looked behind for: several times faster.
# It scans the signature lower-cased, not IGNORECASE: again about three times faster (the engine then
# skips an alternative on its first letter), with the same matches. Beyond ASCII, IGNORECASE takes only
# "İ", "ı", "ſ" and the Kelvin sign for a letter of the cues: ``_FOLD`` and ``lower()`` map them, and
# keep every length (``lower()`` alone writes "İ" as two characters), so spans stay those of the input.
_ALL_CUES = re.compile(r"(?:^|[\s_:\-/.])(?:" + "|".join(
    f"(?P<{label.name}>{pattern.pattern.removeprefix(_START)})" for label, pattern in BOILERPLATE_CUES) + ")")
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_PRIORITY = {label.name: rank for rank, (label, _) in enumerate(BOILERPLATE_CUES)}


def boilerplate_label(signature: str) -> tuple[Label, str] | None:
    """The first boilerplate concept (in ``BOILERPLATE_CUES`` order) whose cue occurs in ``signature``."""
    best: tuple[int, str, str] | None = None
    for match in _ALL_CUES.finditer(signature.translate(_FOLD).lower()):
        name = match.lastgroup or ""
        rank = _PRIORITY.get(name, len(_PRIORITY))
        if best is None or rank < best[0]:
            best = (rank, name, signature[match.start(name):match.end(name)])
    return (Label[best[1]], best[2]) if best else None


def is_content_signature(signature: str) -> bool:
    """Whether class/id words call this element the main content."""
    return bool(CONTENT_CUE.search(signature)) and not CONTENT_SPOILERS.search(signature)
