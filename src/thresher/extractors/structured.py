"""Structured metadata: JSON-LD, OpenGraph, meta tags, microdata/RDFa, ``<time>``, bylines, URL dates
and htmldate, weighed against each other into at most one value per field.

1. Gather the proposals of every metadata module (``thresher.metadata``), each with its rule.
2. Clean titles against the site's names and the page's H1; drop site and organisation names
   from the authors when a person is named.
3. On pages that declare themselves non-articles (a Product, a home page) keep only strong
   author and date evidence.
4. Per field, group equal values; a group's support is its strongest rule's strength plus a
   discounted share of each other source family that agrees.
5. Propose the best-supported value, or nothing when the support is too weak to be believed.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from .._normalize import agreement_key, fold
from ..article import FieldName
from ..authors import is_organisation
from ..candidate import Candidate, Proposal
from ..extractor import Cost
from ..metadata import byline, htmldate_vote, jsonld, meta, microdata, opengraph, timetags, titles, urldate
from ..page import Format, Page

# A second source family that agrees adds this share of its strength (sources are not independent:
# many CMSs write the same value into JSON-LD, OpenGraph and meta tags from one field).
AGREEMENT_DISCOUNT = 0.5
MAX_STRENGTH = 0.97
# Below these supports a value is more often wrong than the field is absent (odd half of wcxb-dev).
MIN_SUPPORT: dict[FieldName, float] = {FieldName.AUTHORS: 0.5, FieldName.DATE: 0.5}
# Rules that a non-article page (Product, WebSite home) does not get to use for authors and dates.
WEAK_ON_NON_ARTICLES = (
    "structured.time.",
    "structured.htmldate",
    "structured.byline.",
    "structured.jsonld.webpage",
    "structured.url.",
    "structured.meta.",  # CMSs stamp article:published_time and author tags on every page they serve
)
# WebPage kinds that are listings or records, not writings: Yoast gives them to shop, category and
# product pages, with a datePublished and article:published_time stamped from the CMS's record.
_NON_ARTICLE_PAGES = frozenset(
    {"collectionpage", "itempage", "searchresultspage", "checkoutpage", "profilepage", "contactpage"}
)
# og:type "website" is not among them: many CMSs give it to every page, articles included.
_NON_ARTICLE_OG = frozenset({"product", "og:product", "product.item", "profile", "business.business"})
_TITLE_SOURCES_FOR_ANCHOR = (
    "structured.title.h1",
    "structured.title.h1_in_title",
    "structured.title.h1_opens_title",
    "structured.og:title",
    "structured.jsonld.article.headline",
)

# The only H1 of a page that does not declare itself an article, when the <title> does not contain it:
# a slogan or a section label ("Your content. Your canvas.") about as often as the page's title. On the
# odd half of wcxb-dev the <title> was right on 34 such pages, the H1 on 27: it yields to a declared title.
H1_UNLIKE_TITLE = 0.55

# Fields whose rival values the confidence model hears about: the ones it is measured on.
_SIGNALLED_FIELDS = (FieldName.TITLE, FieldName.AUTHORS, FieldName.DATE)

# Titles that CMSs write as "Title | Site": their short last part goes when nothing says otherwise.
_SUFFIXED_TITLES = frozenset(
    {
        "structured.title.tag",
        "structured.og:title",
        "structured.meta.twitter:title",
        "structured.jsonld.webpage.headline",
    }
)


class StructuredExtractor:
    """Title, authors, date and page facts from the metadata a page declares about itself."""

    name = "structured"
    cost = Cost.CHEAP

    def __init__(self, *, site_name_authors: bool = True) -> None:
        # On by default: a brand's blog credits its posts to the brand ("By Acme"), and readers take that as
        # the author, but only when no person is named. Off, names equal to the site's are always dropped.
        self.site_name_authors = site_name_authors

    def accepts(self, page: Page) -> bool:
        return page.format is Format.HTML and page.tree is not None

    def extract(self, page: Page) -> Candidate:
        tree = page.tree
        if tree is None:
            return Candidate(extractor=self.name)
        kind = page_kind(tree, page.url)
        gathered = evidence(tree, page.url, site_name_authors=self.site_name_authors, kind=kind)
        chosen = [best for field in FieldName if (best := _choose(field, gathered)) is not None]
        return Candidate(extractor=self.name, proposals=tuple(chosen), signals=_signals(kind, gathered, chosen))


@dataclasses.dataclass(frozen=True, slots=True)
class PageKind:
    """What a page declares itself to be: an article, a product or listing, a site's front page."""

    ld_nodes: list[dict[str, Any]]
    declares_article: bool
    og_article: bool
    non_article: bool
    home_page: bool


def page_kind(tree: lxml.html.HtmlElement, url: str | None) -> PageKind:
    """The page's declared kind, read once: the vote and the confidence signals both use it."""
    ld_nodes = jsonld.nodes(tree)  # read the scripts once: for proposals and for the page's kind
    kinds = jsonld.page_kinds(tree, ld_nodes)
    declares_article = bool(kinds & jsonld.ARTICLE_TYPES)
    return PageKind(
        ld_nodes=ld_nodes,
        declares_article=declares_article,
        og_article=opengraph.og_type(tree) == "article",
        non_article=not declares_article and _non_article(tree, kinds),
        home_page=_home_page(url),
    )


def evidence(tree: lxml.html.HtmlElement, url: str | None, *, site_name_authors: bool = False,
             kind: PageKind | None = None) -> list[Proposal]:
    """Every cleaned proposal of every metadata module, before the vote (for ``explain`` and tuning)."""
    kind = kind if kind is not None else page_kind(tree, url)
    gathered = _gather(tree, url, kind.ld_nodes)
    site_names = [str(p.value) for p in gathered if p.field is FieldName.SITE_NAME]
    site = titles.site_keys(site_names + titles.banner_site_names(tree), url)
    gathered += titles.extract(tree, site)
    if not kind.declares_article and not kind.og_article:
        gathered = _demote_foreign_h1(gathered)
    gathered = _clean_titles(gathered, site, front_page=kind.home_page)
    gathered = _clean_authors(gathered, site, keep_site_alone=site_name_authors)
    if kind.home_page or kind.non_article:
        gathered = [p for p in gathered if not _weak_on_non_article(p)]
    if kind.home_page:
        # A home page's dates are those of its newest posts or of the CMS, not the page's own.
        gathered = [p for p in gathered if p.field is not FieldName.DATE]
    return gathered


def _signals(kind: PageKind, gathered: list[Proposal], chosen: list[Proposal]) -> dict[str, float]:
    """The page's kind, and per field how well the best value the vote passed over was supported."""
    signals = {
        "page.declares_article": float(kind.declares_article or kind.og_article),
        "page.non_article": float(kind.non_article or kind.home_page),
    }
    picked = {p.field: agreement_key(p.field, p.value) for p in chosen}
    for field in _SIGNALLED_FIELDS:
        groups = _groups(field, gathered)
        rivals = [_support(members) for key, members in groups.items() if key != picked.get(field)]
        signals[f"{field}.rival_support"] = max(rivals, default=0.0)
        signals[f"{field}.families"] = float(len({_family(p) for members in groups.values() for p in members}))
    return signals


def _gather(tree: lxml.html.HtmlElement, url: str | None, ld_nodes: list[dict[str, Any]]) -> list[Proposal]:
    out = jsonld.extract(tree, ld_nodes) + opengraph.extract(tree) + meta.extract(tree) + microdata.extract(tree)
    out += timetags.extract(tree) + byline.extract(tree) + urldate.extract(url)
    out += _language(tree)
    if not any(p.field is FieldName.DATE and p.strength >= MIN_SUPPORT[FieldName.DATE] for p in out):
        # Alone, htmldate's fast search was right on 23% of the odd half's pages, and 65% had no date.
        return out
    return out + htmldate_vote.extract(tree, url)


def _language(tree: lxml.html.HtmlElement) -> list[Proposal]:
    lang = (tree.get("lang") or tree.get("xml:lang") or "").strip()
    return [Proposal(field=FieldName.LANGUAGE, value=lang, rule="structured.html.lang", strength=0.8)] if lang else []


def _clean_titles(gathered: list[Proposal], site: set[str], *, front_page: bool) -> list[Proposal]:
    anchors = [str(p.value) for p in gathered if p.field is FieldName.TITLE and p.rule in _TITLE_SOURCES_FOR_ANCHOR]
    out = []
    for p in gathered:
        if p.field is FieldName.TITLE:
            others = [a for a in anchors if a != p.value]
            p = _replace(p, titles.clean(str(p.value), site, others, drop_suffix=p.rule in _SUFFIXED_TITLES,
                                            front_page=front_page))
        out.append(p)
    shed = [str(p.value) for p in out if p.rule in _SUFFIXED_TITLES]
    return [_replace(p, titles.shed_suffix(str(p.value), shed))
            if p.field is FieldName.TITLE and p.rule not in _SUFFIXED_TITLES else p for p in out]


def _demote_foreign_h1(gathered: list[Proposal]) -> list[Proposal]:
    """The lone H1 weakened below declared titles when the raw ``<title>`` does not contain it."""
    raw = next((str(p.value) for p in gathered if p.rule == "structured.title.tag"), "")
    if not raw:
        return gathered
    return [
        dataclasses.replace(p, strength=H1_UNLIKE_TITLE)
        if p.rule == "structured.title.h1" and fold(str(p.value)) not in fold(raw)
        else p
        for p in gathered
    ]


def _clean_authors(gathered: list[Proposal], site: set[str], *, keep_site_alone: bool) -> list[Proposal]:
    """Drop the site's name and organisations when some source names a person; else the site's name
    only when ``keep_site_alone`` is off (the issue users raise most: a site name returned as author)."""
    persons_named = any(p.field is FieldName.AUTHORS and any(not is_organisation(n) and titles.key(n) not in site
                                                             for n in p.value) for p in gathered)
    out = []
    for p in gathered:
        if p.field is FieldName.AUTHORS:
            names = list(p.value)
            if persons_named or not keep_site_alone:
                names = [n for n in names if titles.key(n) not in site]
            if persons_named:
                names = [n for n in names if not is_organisation(n)]
            if not names:
                continue
            p = _replace(p, names)
        out.append(p)
    return out


def _non_article(tree: lxml.html.HtmlElement, kinds: set[str]) -> bool:
    """A page that declares no article kind but a listing, record or product one."""
    non_article = jsonld.NON_ARTICLE_TYPES | _NON_ARTICLE_PAGES
    return bool(kinds & non_article) or opengraph.og_type(tree) in _NON_ARTICLE_OG


def _home_page(url: str | None) -> bool:
    """A site's front page (``https://host/``): a showcase or a list of posts, not one dated writing.

    A query string is not a front page: ``/?p=123`` is how WordPress addresses a post.
    """
    if not url:
        return False
    parts = urlsplit(url)
    return bool(parts.netloc) and not parts.path.strip("/") and not parts.query


def _weak_on_non_article(p: Proposal) -> bool:
    return p.field in (FieldName.AUTHORS, FieldName.DATE) and p.rule.startswith(WEAK_ON_NON_ARTICLES)


def _groups(field: FieldName, gathered: Sequence[Proposal]) -> dict[object, list[Proposal]]:
    """One field's proposals grouped by the value they agree on."""
    groups: dict[object, list[Proposal]] = defaultdict(list)
    for p in gathered:
        if p.field is field and p.value:
            groups[agreement_key(field, p.value)].append(p)
    return groups


def _choose(field: FieldName, gathered: Sequence[Proposal]) -> Proposal | None:
    groups = _groups(field, gathered)
    if not groups:
        return None
    support, members = max(((_support(m), m) for m in groups.values()), key=lambda item: item[0])
    if support < MIN_SUPPORT.get(field, 0.0):
        return None
    best = max(members, key=lambda p: p.strength)
    return Proposal(field=field, value=best.value, rule=best.rule, strength=round(min(support, MAX_STRENGTH), 4))


def _support(members: list[Proposal]) -> float:
    by_family: dict[str, float] = {}
    for p in members:
        family = _family(p)
        by_family[family] = max(by_family.get(family, 0.0), p.strength)
    strengths = sorted(by_family.values(), reverse=True)
    doubt = 1.0 - strengths[0]
    for strength in strengths[1:]:
        doubt *= 1.0 - AGREEMENT_DISCOUNT * strength
    return 1.0 - doubt


def _family(p: Proposal) -> str:
    """The source a rule reads: ``structured.og:title`` → og, ``structured.meta.author`` → meta.

    Declared titles (``<title>``, og:title, twitter:title, JSON-LD headline) are copies of one SEO
    field, so for titles they form one family; only the visible H1 is a second, independent source.
    """
    if p.field is FieldName.TITLE:
        return "h1" if p.rule.startswith("structured.title.h1") else "declared"
    return p.rule.split(".")[1].split(":")[0]


def _replace(p: Proposal, value: object) -> Proposal:
    return Proposal(field=p.field, value=value, rule=p.rule, strength=p.strength)
