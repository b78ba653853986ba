"""Bylines in the visible page: ``rel=author`` links, elements classed as bylines, and text such as
"By …", "Written by …", "Von …", "Par …", "Por …", "Di …", "Przez …", "Door …"; and publication
dates announced in text: "Posted on …", "Veröffentlicht am …", "Publié le …", "Publicado el …".

Where none of these names anyone, a link to an author's page ("/author/ann-lee") beside a date credits
its text.

On forum and Q&A threads, the handle on the first post (``data-author``, ``data-username``, username
classes) is the thread's author.

Author boxes, comments, related posts, sidebars and footers name other people and other dates.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

import lxml.html
import regex

from ..article import FieldName
from ..authors import clean_handle, is_organisation, split_names
from ..candidate import Proposal
from ..dates import find_dates, writes_a_date
from ._common import class_id, in_region, proposal, spaced_text, squash

# Strengths approximate each rule's precision on the odd half of wcxb-dev (ids with an odd number).
REL_AUTHOR = 0.65
BYLINE_CLASS = 0.65
BYLINE_TEXT = 0.6
DATE_TEXT = 0.7
DATE_CLASS = 0.45  # where it alone decided, right on 11 of 24 odd-half pages: a vote, not a verdict
NEAR_TITLE = 0.8
# An "Updated …" date by the headline is not the publication date, but where a page shows no other date,
# readers (and wcxb's annotators, on 64% of such odd-half pages) take it as the page's date: a weak rule.
NEAR_TITLE_UPDATED = 0.6
# How far after the headline a byline date may stand, in text nodes.
NEAR_TITLE_WINDOW = 25
# Some templates put the byline just above the headline: a few text nodes back, nearest first.
NEAR_TITLE_BEFORE = 4
MAX_DATE_CHARS = 80
# A byline is short: longer text that starts with "By" is a sentence, not a credit.
MAX_BYLINE_CHARS = 100
MIN_BYLINE_WORDS = 2
# The first poster of a thread (forum, Q&A): what annotators and readers take as its author. Posts are
# marked by handle attributes (data-author, data-username, author), else by username classes: a lone
# username class is a login box or a credit, not a thread, so MIN_POSTS of them must stand outside
# comments, quotes and sidebars.
POST_AUTHOR = 0.55
MIN_POSTS = 2
# Handles of two or more different posters: a thread for sure, whose first poster outranks bylines
# (on Q&A pages a byline class marks answerers and editors as well).
THREAD_AUTHOR = 0.7
# The name in an "about the author" box, where no byline names anyone: boxes stand under the article
# they sign. A weak rule, first written for wcxb-dev pages where it added 3 right names and no wrong one.
AUTHOR_BOX = 0.55
# Boxes' names are headings or "...name" elements, short.
MAX_BOX_NAME_CHARS = 60
# More distinct rel=author names than this: a listing of posts, not one article's byline.
MAX_REL_AUTHORS = 3
# Byline classes crediting this many different people: the cards of a listing, not one article's byline
# (4, 5 and 7 did equally on the odd half of wcxb-dev; 7 takes fewest bylines away).
MAX_BYLINE_CREDITS = 7
# Bylines stand near the top: looking further down finds quotes and credits of other things.
MAX_TEXT_NODES = 1500

# Elements with a class, id or itemprop, each with its lower-cased class and id (see ``_marked``).
Marked = list[tuple[lxml.html.HtmlElement, str]]
# A dated link to an author's page, weighed as the author box: both speak only where no byline does.
AUTHOR_LINK = 0.55
# The date must stand in one of the link's closest wrappers, none of them longer than this many characters.
MAX_AUTHOR_LINK_CONTEXT = 250
AUTHOR_LINK_LEVELS = 4  # the link's parent, and up to three wrappers around it
# More distinct names in dated author links than this are a list of posts, not the page's credit.
MAX_AUTHOR_LINKS = 2
# The paths CMSs give an author's page: WordPress "/author/ann-lee/", others "/authors/...", "/people/...".
_AUTHOR_PATH = regex.compile(
    r"/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori|people|writers?|contributors?)/([^/?#]+)/?(?:[?#]|$)",
    regex.IGNORECASE,
)

# The wrappers of the page's headline (see ``_headline_wrappers``).
Wrappers = frozenset[lxml.html.HtmlElement]

_ELSEWHERE = regex.compile(
    r"comment|related|sidebar|widget|footer|\baside\b|recent|popular|trending|reply|respond|"
    r"author-?bio|author-?box|about-?(?:the-?)?author|author-?info|author-?desc|author-?card|"
    r"recommend|teaser|newsletter|\bnav\b|menu|share|social|breadcrumb|copyright|cookie",
    regex.IGNORECASE,
)
_AUTHOR_BOX = regex.compile(
    r"author-?bio|author-?box|about-?(?:the-?)?author|author-?info|author-?desc|author-?card|author-?details|"
    r"author-?profile",
    regex.IGNORECASE,
)
# Where a box signs something other than the page: comments, sidebars, lists of other posts.
_NOT_BOX_CONTEXT = regex.compile(
    r"comment|related|sidebar|widget|\baside\b|recent|popular|trending|reply|respond|recommend|teaser|"
    r"\bnav\b|menu|breadcrumb",
    regex.IGNORECASE,
)
_ASCII_AUTHOR = str.maketrans("AUTHOR", "author")
_NAME_CLASS = regex.compile(r"(?:^|[_-])name$", regex.IGNORECASE)
_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6", "strong"})
_BYLINE_CLASS = regex.compile(
    r"(?:^|[\s_-])(?:byline|by-line|author|authors|author-?name|post-?author|"
    r"entry-?author|article-?author|writer|posted-?by|meta-?author|contributor)"
    r"(?:$|[\s_-])",
    regex.IGNORECASE,
)
# hCard's "vcard" (microformats2: "h-card") wraps a person's card, its "fn" the formatted name: WordPress
# themes write the post's author so, one-word display names included.
_HCARD = regex.compile(r"(?:^|\s)(?:vcard|h-card)(?:\s|$)")
_NOT_BYLINE_CLASS = regex.compile(
    r"avatar|img|image|photo|bio|desc|label|title|url|link-?list|social|follow", regex.IGNORECASE
)
_BY = regex.compile(
    r"^(?:by|written\s+by|article\s+by|posted\s+by|published\s+by|words\s+by|story\s+by|text\s+by|von|geschrieben\s+von|"
    r"verfasst\s+von|autor(?:in)?|author|par|écrit\s+par|auteur|por|escrito\s+por|publicado\s+por|di|"
    r"scritto\s+da|a\s+cura\s+di|autore|przez|napisane\s+przez|door|geschreven\s+door|texto\s+de)\b\s*:?",
    regex.IGNORECASE,
)
_PUBLISHED_TEXT = regex.compile(
    r"(?:posted|published|publish\s+date|date\s+published|veröffentlicht|erschienen|publiziert|publié|"
    r"erstellt|mis\s+en\s+ligne|publicado|pubblicato|opublikowano|data\s+publikacji|gepubliceerd|geplaatst)"
    r"(?:\s+(?:on|am|le|el|em|il|op|dnia))?\s*:?\s*",
    regex.IGNORECASE,
)
# The ASCII words each match of _BYLINE_CLASS, _DATE_CLASS and _PUBLISHED_TEXT in ASCII text holds
# (see ``_may_match``).
_BYLINE_CLASS_WORDS = re.compile(r"byline|by-line|author|writer|posted|contributor")
_DATE_CLASS_WORDS = re.compile(r"date|time|publish|posted|byline|meta")
_PUBLISHED_WORDS = re.compile(r"posted|publi|pubbl|erschienen|erstellt|mis|geplaatst")
# Text that dates something else: an update, a comment, a copyright line.
_DATE_CLASS = regex.compile(r"date|time|publish|posted|byline|meta", regex.IGNORECASE)
_UPDATED_CLASS = regex.compile(r"updat|modif|revis", regex.IGNORECASE)
_OTHER_DATE = regex.compile(
    r"updat|aktualisiert|mis à jour|actualizado|aggiornato|zaktualizowano|bijgewerkt|"
    r"modif|©|copyright",
    regex.IGNORECASE,
)
# Typographic apostrophes, as a headline may spell them in one place and not the other.
_APOSTROPHES = str.maketrans("\u2019\u2018\u02bc", "'" * 3)


def extract(tree: lxml.html.HtmlElement) -> list[Proposal]:
    """Authors from rel=author, byline classes and byline text; a date announced in text."""
    body = tree.find("body")
    if body is None:
        return []
    marked = _marked(body)
    headline = _headline_wrappers(body)
    out = _rel_author(body, headline) + _byline_class(marked, headline)
    out += _byline_text(body, headline) + _date_class(marked, headline) + _near_title(body)
    out += _post_author(body, marked)
    if not any(p.field is FieldName.AUTHORS for p in out):
        out += _author_box(body, marked)
    if not any(p.field is FieldName.AUTHORS for p in out):
        out += _author_link(body, headline)
    return out


def opens_with_by(text: str) -> bool:
    """Whether the text opens with a byline label ("By", "Written by", "Von", "Par", "Autor:" ...)."""
    return _BY.match(text) is not None


def _marked(body: lxml.html.HtmlElement) -> Marked:
    """Elements with a class, id or itemprop (the body too), in document order, with ``class_id``.

    The class rules all read these: one walk over the page's elements serves them all.
    """
    marked = []
    for element in body.iter():
        if isinstance(element.tag, str) and (element.get("class") or element.get("id") or element.get("itemprop")):
            marked.append((element, class_id(element)))
    return marked


_POST_AUTHOR_ATTRIBUTES = ("data-author", "data-author-username", "data-username", "author")
_HAS_HANDLE = "descendant-or-self::*[" + " or ".join(f"@{a}" for a in _POST_AUTHOR_ATTRIBUTES) + "]"
_USERNAME_CLASS = regex.compile(
    r"^(?:\w*username|user-name|postuser-name|poster-?name|author-name|creator)$", regex.IGNORECASE
)
_NOT_A_POST = regex.compile(r"quote|mention|review|reaction|login|signin|sign-in|account|avatar", regex.IGNORECASE)
# Where a handle names someone other than the thread's first poster. Narrower than _ELSEWHERE: forum
# software wraps every post in "reply" and "message" containers.
_NOT_THREAD = regex.compile(
    r"comment|sidebar|widget|footer|\baside\b|related|recent|popular|trending|recommend|\bnav\b|breadcrumb|"
    r"(?<![a-z])(?:sub|mega|dropdown-?|nav-?|main-?)?menu|signature|quote",
    regex.IGNORECASE,
)
_NO_TEXT_TAGS = frozenset({"input", "label", "button", "option", "select", "textarea", "form", "img"})


def _post_author(body: lxml.html.HtmlElement, marked: Marked) -> list[Proposal]:
    """The handle on the first post of a thread: by handle attributes first, else by username classes."""
    for marks, needed in ((_attribute_marks(body), 1), (_class_marks(marked), MIN_POSTS)):
        if len(marks) >= needed:
            strength = THREAD_AUTHOR if len(set(marks)) >= MIN_POSTS else POST_AUTHOR
            return [proposal(FieldName.AUTHORS, [marks[0]], "structured.byline.post_author", strength)]
    return []


def _attribute_marks(body: lxml.html.HtmlElement) -> list[str]:
    """Handles written in post attributes, in document order."""
    found = []
    for element in body.xpath(_HAS_HANDLE):
        value = next((element.get(a) for a in _POST_AUTHOR_ATTRIBUTES if element.get(a)), None)
        if value and _is_post_mark(element) and (handle := clean_handle(value)):
            found.append(handle)
    return found


def _class_marks(marked: Marked) -> list[str]:
    """Texts of elements classed as usernames, in document order."""
    found = []
    for element, words in marked:
        # Every _USERNAME_CLASS spelling holds one of these, whatever its case: most elements stop here.
        if element.tag in _NO_TEXT_TAGS or ("name" not in words and "creator" not in words):
            continue
        if not any(_USERNAME_CLASS.match(token) for token in (element.get("class") or "").split()):
            continue
        if _is_post_mark(element) and (handle := clean_handle(spaced_text(element))):
            found.append(handle)
    return found


def _is_post_mark(element: lxml.html.HtmlElement) -> bool:
    return not _NOT_A_POST.search(class_id(element)) and not in_region(element, _NOT_THREAD)


def _author_box(body: lxml.html.HtmlElement, marked: Marked) -> list[Proposal]:
    """The first name heading of an "about the author" box that signs the page.

    A box is an element under the body whose class says "author" (in any ASCII case) and whose class or
    id says what kind of box.
    """
    for box, words in marked:
        # ``words`` is the class and id lower-cased: without "author" in it, neither says "author" in any case.
        if "author" not in words:
            continue
        classed = "author" in (box.get("class") or "").translate(_ASCII_AUTHOR)
        if box is body or not classed or not _AUTHOR_BOX.search(words) or in_region(box, _NOT_BOX_CONTEXT):
            continue
        for element in box.iter():
            if element.tag not in _BOX_HEADINGS and not any(
                _NAME_CLASS.search(token) for token in (element.get("class") or "").split()
            ):
                continue
            text = spaced_text(element)
            if text and len(text) <= MAX_BOX_NAME_CHARS and (names := _capitalised(split_names(text))):
                return [proposal(FieldName.AUTHORS, names[:1], "structured.byline.author_box", AUTHOR_BOX)]
    return []


def _author_link(body: lxml.html.HtmlElement, headline: Wrappers) -> list[Proposal]:
    """The names of dated links to authors' pages ("<a href="/author/ann-lee">Ann Lee</a> · May 2, 2025"),
    unless they are many: cards of other posts."""
    names: list[str] = []
    for link in body.iter("a"):
        path = _AUTHOR_PATH.search(link.get("href") or "")
        if not path or in_region(link, _ELSEWHERE, exempt=headline):
            continue
        text = spaced_text(link)
        # A one-word name counts when the author page's address spells it: "/author/yucy/" for "Yucy".
        found = _capitalised(split_names(text), one_word=path.group(1).casefold() == text.casefold())
        if found and _dated(link):
            names += [name for name in found if name not in names]
    if not names or len(names) > MAX_AUTHOR_LINKS:
        return []
    return [proposal(FieldName.AUTHORS, names, "structured.byline.author_link", AUTHOR_LINK)]


def _dated(element: lxml.html.HtmlElement) -> bool:
    """Whether a date is written in one of the element's few closest, short ancestors."""
    for ancestor in islice(element.iterancestors(), AUTHOR_LINK_LEVELS):
        text = spaced_text(ancestor)
        if len(text) > MAX_AUTHOR_LINK_CONTEXT:
            return False
        if writes_a_date(text):
            return True
    return False


def _headline_wrappers(body: lxml.html.HtmlElement) -> Wrappers:
    """The elements around the page's headline (the H1 its ``<title>`` names, else its only H1 outside
    boilerplate): whatever their class says, they hold the article and its byline."""
    headings = list(body.iter("h1"))
    heading = _titled_heading(body, headings)
    if heading is None:
        outside = [h for h in headings if not in_region(h, _ELSEWHERE)]
        heading = outside[0] if len(outside) == 1 else None
    return frozenset(heading.iterancestors()) if heading is not None else frozenset()


def _rel_author(body: lxml.html.HtmlElement, headline: Wrappers) -> list[Proposal]:
    names: list[str] = []
    for link in body.xpath(".//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]"):
        if not in_region(link, _ELSEWHERE, exempt=headline):
            names += split_names(spaced_text(link))
    names = list(dict.fromkeys(names))
    if len(names) > MAX_REL_AUTHORS:
        return []
    return [proposal(FieldName.AUTHORS, names, "structured.byline.rel_author", REL_AUTHOR)] if names else []


def _byline_class(marked: Marked, headline: Wrappers) -> list[Proposal]:
    """The first byline-classed element's names, unless bylines credit many people: a list of posts."""
    credits: list[list[str]] = []
    for element, words in marked:
        if element.tag in ("script", "style", "img", "body"):
            continue
        marks = words + " " + (element.get("itemprop") or "")
        if not _may_match(marks, _BYLINE_CLASS_WORDS) or not _BYLINE_CLASS.search(marks) \
                or _NOT_BYLINE_CLASS.search(marks):
            continue
        text = spaced_text(element)
        if not text or len(text) > MAX_BYLINE_CHARS or in_region(element, _ELSEWHERE, exempt=headline):
            continue
        names = _capitalised(split_names(text), one_word=_HCARD.search(marks) is not None)
        if names and names not in credits:
            credits.append(names)
            if len(credits) >= MAX_BYLINE_CREDITS:
                return []
    return [proposal(FieldName.AUTHORS, credits[0], "structured.byline.class", BYLINE_CLASS)] if credits else []


def _byline_text(body: lxml.html.HtmlElement, headline: Wrappers) -> list[Proposal]:
    """The first byline naming a person, and a team's byline before it ("By The Acme Team" at the top,
    "Written by Ann Lee" at the end): the vote drops a team where a person is named."""
    out: list[Proposal] = []
    found_author = found_team = found_date = False
    for count, node in enumerate(body.xpath(".//text()[normalize-space()]")):
        if count > MAX_TEXT_NODES or (found_author and found_date):
            break
        parent = node.getparent()
        if parent is None or parent.tag in ("script", "style", "noscript", "option", "button", "a"):
            continue
        text = squash(str(node))
        if not found_author and _BY.match(text):
            names = _names_after(parent, text, headline)
            team = all(is_organisation(name) for name in names)
            if names and not (team and found_team):
                out.append(proposal(FieldName.AUTHORS, names, "structured.byline.text", BYLINE_TEXT))
                found_author, found_team = not team, found_team or team
        if not found_date and (date := _announced_date(parent, text, headline)) is not None:
            out.append(proposal(FieldName.DATE, date, "structured.byline.published_text", DATE_TEXT))
            found_date = True
    return out


def _names_after(parent: lxml.html.HtmlElement, text: str, headline: Wrappers) -> list[str]:
    """The names a "By" opens: in the same text, in the links that follow it in the same element, or,
    when the label stands alone in its element ("<span>By</span><a>Name</a>"), in the next one."""
    context = text if len(_BY.sub("", text).strip()) > 1 else spaced_text(parent)
    if not _BY.sub("", context).strip(" :") and (following := parent.getnext()) is not None:
        context = spaced_text(following)
    if len(context) > MAX_BYLINE_CHARS or in_region(parent, _ELSEWHERE, exempt=headline):
        return []
    names = _capitalised(split_names(context), one_word=bool(find_dates(context)))
    if not names and _label_before_link(parent, text):
        # "By <a>A. J. Neal</a> <a>View In Digital Edition</a>": the words after the name are no name.
        names = _capitalised(split_names(spaced_text(parent[0])))
    return names


def _label_before_link(parent: lxml.html.HtmlElement, text: str) -> bool:
    """Whether ``text`` is a byline label alone, opening ``parent`` right before a link ("<p>By <a>")."""
    return (not _BY.sub("", text).strip(" :") and len(parent) > 0 and parent[0].tag == "a"
            and squash(parent.text or "") == text)


def _capitalised(names: list[str], *, one_word: bool = False) -> list[str]:
    """In visible text a credit is a capitalised full name: "by integrating ...", "Member", "Richard" name
    nobody for sure (one-word names were wrong on most odd-half pages where a byline gave them), unless
    ``one_word``: the markup itself says the text is a name."""
    least = 1 if one_word else MIN_BYLINE_WORDS
    return [name for name in names if name[0].isupper() and len(name.split()) >= least]


def _announced_date(parent: lxml.html.HtmlElement, text: str, headline: Wrappers) -> object:
    match = _PUBLISHED_TEXT.search(text) if _may_match(text, _PUBLISHED_WORDS) else None
    if not match:
        return None
    after = text[match.end() :]
    if not find_dates(after):
        after = spaced_text(parent)[:MAX_BYLINE_CHARS]
    if _OTHER_DATE.search(text[: match.start()]) or in_region(parent, _ELSEWHERE, exempt=headline):
        return None
    dates = find_dates(after)
    return dates[0].value if dates and dates[0].start < MAX_BYLINE_CHARS else None


def _may_match(text: str, words: re.Pattern[str]) -> bool:
    """False when ``text`` is ASCII and holds none of ``words`` in any case, so that a case-insensitive
    pattern needing one of them cannot match: a search for literals in the lower-cased text, several
    times faster than the pattern's own search, for the many class strings and text nodes these rules
    scan. Other text may match by case folding (``ſ`` is an ``s``): it goes to the pattern."""
    return not text.isascii() or words.search(text.lower()) is not None


def _date_class(marked: Marked, headline: Wrappers) -> list[Proposal]:
    """The first short element classed as a date (not an update) outside boilerplate regions."""
    for element, marks in marked:
        if element.tag in ("script", "style", "body", "time"):
            continue
        if not _may_match(marks, _DATE_CLASS_WORDS) or not _DATE_CLASS.search(marks) or _UPDATED_CLASS.search(marks):
            continue
        text = spaced_text(element)
        if not text or len(text) > MAX_DATE_CHARS or _OTHER_DATE.search(text) or in_region(
            element, _ELSEWHERE, exempt=headline
        ):
            continue
        dates = find_dates(text)
        if dates:
            return [proposal(FieldName.DATE, dates[0].value, "structured.byline.date_class", DATE_CLASS)]
    return []


def _near_title(body: lxml.html.HtmlElement) -> list[Proposal]:
    """The first date written within a few text nodes after the headline (the only H1, or the one the
    ``<title>`` names): where bylines and datelines stand."""
    headings = [h for h in body.iter("h1") if not in_region(h, _ELSEWHERE)]
    heading = headings[0] if len(headings) == 1 else _titled_heading(body, headings)
    if heading is None:
        return []
    # Limited in the XPath: a list of every text node of the page would cost more than the search.
    after = heading.xpath(f"(following::text()[normalize-space()])[position() <= {NEAR_TITLE_WINDOW}]")
    before = heading.xpath(f"(preceding::text()[normalize-space()])[position() > last() - {NEAR_TITLE_BEFORE}]")
    return _first_date(after) or _first_date(before[::-1], backwards=True)


def _titled_heading(body: lxml.html.HtmlElement, headings: list[Any]) -> Any:
    """Of several H1s (a logo, a section name, the headline), the longest that the ``<title>`` contains:
    the site's name may be in the title too, but the headline is the longer of the two."""
    title = body.getparent().find("head/title") if body.getparent() is not None else None
    title_text = _folded(title.text_content()) if title is not None else ""
    named = [(len(text), h) for h in headings if (text := _folded(h.text_content())) and text in title_text]
    return max(named, key=lambda item: item[0])[1] if named else None


def _folded(text: str) -> str:
    """Soft hyphens dropped, apostrophes straightened, whitespace squashed, case folded: an H1 and the
    ``<title>`` spell the same headline with different typography."""
    return squash(text.replace("\xad", "").translate(_APOSTROPHES)).casefold()


def _first_date(nodes: list[Any], *, backwards: bool = False) -> list[Proposal]:
    """The first date in ``nodes``, marked as an update when the words just before it say so."""
    for index, node in enumerate(nodes):
        parent = node.getparent()
        text = squash(str(node))
        if parent is None or parent.tag in ("script", "style"):
            continue
        dates = find_dates(text)
        if not dates or (len(text) > MAX_DATE_CHARS and dates[0].start > 0):
            continue  # in a longer text, only a dateline: the date that opens the first paragraph
        lead = nodes[index + 1 : index + 3][::-1] if backwards else nodes[max(0, index - 2) : index]
        before = " ".join(squash(str(n)) for n in lead) + " " + text
        if regex.search(r"©|copyright", before, regex.IGNORECASE):
            return []
        updated = bool(_OTHER_DATE.search(before[-MAX_DATE_CHARS:]))
        rule, strength = ("near_title_updated", NEAR_TITLE_UPDATED) if updated else ("near_title", NEAR_TITLE)
        return [proposal(FieldName.DATE, dates[0].value, f"structured.byline.{rule}", strength)]
    return []
