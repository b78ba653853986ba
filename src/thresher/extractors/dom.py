"""The native DOM extractor: blocks, a main content region, labels, body segments.

1. Build blocks from the shared tree (``thresher.blocks``); the tree is only read.
2. Score containers the way Readability does: prose blocks lend their score to their ancestors,
   discounted by distance, link density and class/id cues.
3. Choose the region: the best container, widened to the repeated siblings of a post or item
   (forum threads, listings) and to siblings that score nearly as well.
4. Label every block (``thresher.classify``): boilerplate inside the region is dropped by cue or
   by its own words; prose next to the region is taken in. Every block keeps its reason.
5. Turn kept blocks into Segments; propose the body with a strength from how clearly the region
   dominates the page, and the H1 nearest the body as a weak title.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..article import FieldName, Segment, SegmentKind
from ..blocks import Block, BlockKind, Cue, Element, build_blocks, element_cue, signature
from ..candidate import BlockDecision, Candidate, Proposal
from ..classify import Decision, Region, classify, section_label
from ..dom_patterns import CONTENT_TAGS, is_content_signature
from ..extractor import Cost
from ..labels import KEPT, Label
from ..page import Format, Page
from ..segments import tree_segments

# Blocks shorter than this add nothing to a container's score: captions, labels, buttons.
MIN_SCORING_CHARS = 25
# Blocks more linked than this are menus and link lists: they do not make a container content.
MAX_SCORING_LINK_DENSITY = 0.5
# Readability's discount of a block's score with each level up: parent, grandparent, then 1/(3·level).
ANCESTOR_LEVELS = 5
# Class/id cues: a content word earns a bonus, a boilerplate word a heavy discount.
CONTENT_BONUS = 1.3
BOILERPLATE_FACTOR = 0.25
# A sibling of the best container joins the region when it scores this share of the best.
SIBLING_SCORE_SHARE = 0.3
# Inside a cookie notice or a dialog a container keeps only this share of its score: such overlays
# often hold more prose than a listing page's link-heavy items.
FLOATING_FACTOR = 0.01
FLOATING_WORDS = frozenset({"modal", "popup", "overlay", "role=dialog", "role=alertdialog"})
# The same words among an element's class/id words, where another cue came first ("login-modal").
_FLOATING_SIGNATURE = regex.compile(
    r"(?:^|[\s_\-])(?:" + "|".join(sorted(w for w in FLOATING_WORDS if "=" not in w)) + ")", regex.IGNORECASE)
# ... unless it holds more than this share of the page: then it is a wrapper ("body_overlay").
FLOATING_MAX_PAGE_SHARE = 0.5
# How far up from the best container to look for repeated siblings (posts, items, cards).
REPEAT_LEVELS = 10
# Repeated siblings must together hold this share of the text of the element they repeat.
REPEAT_TEXT_SHARE = 0.3
MIN_REPEATS = 2
# A landmark (<main>, role=main, #content) around the best container replaces it when the
# container holds less than this share of the landmark's clean text: pages of many sections.
LANDMARK_SHARE = 0.5
# Pages of many sections without a landmark: when the best container holds less than this share of the
# page's uncued text, the region widens to the nearest ancestor holding this much of it. Chosen on
# wcxb-dev odd ids, dom alone (word F1 .8245 -> .837): 0.2-0.4 and 0.6-0.8 score within .001.
SECTIONS_MIN_SHARE = 0.3
SECTIONS_SPREAD = 0.7
# A listing: at least this many alike siblings, each with this much text on average, holding
# more clean text than the best container, join the region (product grids, search results).
MIN_LISTING_ITEMS = 3
MIN_LISTING_ITEM_CHARS = 40
# ... and outweigh it clearly, close by: a news ticker beside a short story is no listing.
LISTING_DOMINANCE = 1.0
LISTING_NEAR_LEVELS = 6
# ... anywhere on the page when the region holds less clean text than this (or none was found).
LISTING_ANYWHERE_CHARS = 200
# Comment text above this share of the region makes the page a discussion (a forum thread),
# unless the rest is an article of its own whose comment section is announced by a heading.
THREAD_COMMENT_SHARE = 0.5
THREAD_MAX_ARTICLE_CHARS = 800
# A heading announces an article's comment section when at least this share of the comments follows it.
COMMENT_HEADING_SHARE = 0.5
COMMENT_HEADING_CHARS = 40
# Body strength: from this floor, rising with the region's share of the page's prose.
STRENGTH_FLOOR = 0.3
STRENGTH_SPAN = 0.55
TITLE_STRENGTH = 0.3

_DIGITS = regex.compile(r"\d+")
_REPLY_FORM = regex.compile(r"^(?:leave a (?:reply|comment)|post a comment)\b", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Tally:
    """Per-element sums over the blocks beneath it; ``clean`` counts blocks with no boilerplate cue at all."""

    score: dict[int, float]
    chars: dict[int, int]
    links: dict[int, int]
    clean: dict[int, int]
    elements: dict[int, Element]
    floating: set[int]  # elements inside a cookie notice or a dialog: never the main content


class DomExtractor:
    """Native extractor over the block model: fast, high recall, errs differently from trafilatura."""

    name = "dom"
    cost = Cost.CHEAP

    def accepts(self, page: Page) -> bool:
        return page.format is Format.HTML and page.tree is not None

    def extract(self, page: Page) -> Candidate:
        if page.tree is None:
            return Candidate(extractor=self.name)
        blocks = build_blocks(page.tree)
        if not blocks:
            return Candidate(extractor=self.name)
        tally = _tally(blocks)
        region = choose_region(blocks, tally)
        if region is None:
            return Candidate(extractor=self.name, blocks=_explain(_nothing_found(blocks)))
        decisions = classify(blocks, region)
        return Candidate(extractor=self.name, proposals=_proposals(decisions, region, tally),
                         blocks=_explain(decisions))


def _nothing_found(blocks: Sequence[Block]) -> list[Decision]:
    """No region found: nothing is body, and every block says so."""
    return [Decision(block=b, label=Label.OTHER, score=0.0, reason="no main content found") for b in blocks]


def _tally(blocks: Sequence[Block]) -> _Tally:
    """Readability's content score per element, and text and link sums per element."""
    tally = _Tally(defaultdict(float), defaultdict(int), defaultdict(int), defaultdict(int), {}, set())
    overlays: dict[int, set[int]] = defaultdict(set)  # a floating element -> the elements inside it
    parents: dict[int, int] = {}  # element -> its parent, for the elements on some block's path
    floats: dict[int, bool] = {}  # cued element -> whether it floats: blocks share their ancestors' cues
    for block in blocks:
        own = id(block.element)
        tally.chars[own] += block.chars
        tally.links[own] += block.link_chars
        tally.clean[own] += block.chars if not block.cues else 0
        _register(block.path, tally.elements, parents)
        floating_from = min((c.depth for c in block.cues if _is_floating(c, block.path[c.depth], floats)),
                            default=len(block.path))
        if floating_from < len(block.path):
            overlays[id(block.path[floating_from])].update(id(e) for e in block.path[floating_from:])
        if block.chars < MIN_SCORING_CHARS or block.link_density > MAX_SCORING_LINK_DENSITY:
            continue
        points = 1.0 + block.punctuation * 0.5 + min(block.chars / 100.0, 3.0)
        # Loose text scores its own container; a paragraph scores its parent first.
        start = len(block.path) - (1 if block.kind is BlockKind.TEXT else 2)
        for level in range(ANCESTOR_LEVELS):
            index = start - level
            if index < 0:
                break
            divider = 1.0 if level == 0 else 2.0 if level == 1 else level * 3.0
            tally.score[id(block.path[index])] += points / divider
    _sum_up(tally, parents)
    page_chars = sum(block.chars for block in blocks)
    for overlay, inside in overlays.items():
        if tally.chars[overlay] <= FLOATING_MAX_PAGE_SHARE * page_chars:
            tally.floating.update(inside)
    return tally


def _register(path: tuple[Element, ...], elements: dict[int, Element], parents: dict[int, int]) -> None:
    """Add the path's elements not yet in ``elements``, top down, with their parents.

    An element's ancestors are registered with it, so the new ones are the path's tail: found from
    the bottom, each path costs what it adds, not its depth. Parents precede their children.
    """
    start = len(path)
    while start > 0 and id(path[start - 1]) not in elements:
        start -= 1
    for index in range(start, len(path)):
        key = id(path[index])
        elements[key] = path[index]
        if index:
            parents[key] = id(path[index - 1])


def _sum_up(tally: _Tally, parents: dict[int, int]) -> None:
    """Each element's text, link and clean sums add up its own blocks' and its children's.

    Children come after their parents in ``tally.elements``: walked backwards, every element's sums
    are complete before they are added to its parent's.
    """
    chars, links, clean = tally.chars, tally.links, tally.clean
    for key in reversed(tally.elements):
        parent = parents.get(key)
        if parent is not None:
            chars[parent] += chars[key]
            links[parent] += links[key]
            clean[parent] += clean[key]


def _container_score(key: int, tally: _Tally) -> float:
    element = tally.elements[key]
    chars = tally.chars[key]
    density = tally.links[key] / chars if chars else 1.0
    score = tally.score[key] * (1.0 - density)
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in CONTENT_TAGS or _content_signature(element):
        score *= CONTENT_BONUS
    if element_cue(element, tag.lower(), 0) is not None:
        score *= BOILERPLATE_FACTOR
    if key in tally.floating:
        score *= FLOATING_FACTOR
    return score


def _is_floating(cue: Cue, element: Element, known: dict[int, bool]) -> bool:
    """A cookie notice, consent wall or dialog floats over the page: it is never what the page is about.
    ``known`` keeps each element's answer for the other blocks beneath it."""
    key = id(element)
    if key not in known:
        known[key] = (cue.label is Label.COOKIE or cue.word.lower() in FLOATING_WORDS
                      or bool(_FLOATING_SIGNATURE.search(signature(element))))
    return known[key]


def _content_signature(element: Element) -> bool:
    return is_content_signature(" ".join(filter(None, (element.get("class"), element.get("id")))))


def choose_region(blocks: Sequence[Block], tally: _Tally) -> Region | None:
    """The best container, widened to a landmark, its repeated or strong siblings, and a listing."""
    scored = {key: _container_score(key, tally) for key in tally.score}
    if not scored:
        roots = _listing(blocks, tally, ())  # a page of links only: a link aggregator, a chart
        if not roots:
            return None
    else:
        best = _widen_to_landmark(tally.elements[max(scored, key=scored.__getitem__)], tally)
        best = _widen_to_sections(best, blocks, tally)
        roots = _repeated(best, tally) or _with_strong_siblings(best, scored)
        roots = roots + _listing(blocks, tally, roots)
    path = _path_of(blocks, roots[0])
    return Region(roots=roots, path=path, chars=tally.chars, thread=_is_thread(blocks, roots),
                  title=_title(blocks, roots))


def _widen_to_landmark(best: Element, tally: _Tally) -> Element:
    """The nearest <main>-like ancestor, if the best container is only a small part of it."""
    element = best.getparent()
    while element is not None:
        if _is_landmark(element):
            if tally.clean.get(id(best), 0) < LANDMARK_SHARE * tally.clean.get(id(element), 0):
                return element
            return best
        element = element.getparent()
    return best


def _widen_to_sections(best: Element, blocks: Sequence[Block], tally: _Tally) -> Element:
    """The nearest ancestor holding most of the page's uncued text, if the best container holds little of it.

    Landing, service and product pages split their content into many sections (a hero, feature rows, an
    FAQ), each scoring alike: the best one alone is a fraction of what the page says. Text counts as
    uncued under an ancestor when no boilerplate cue lies below that ancestor: a cue wrapping the whole
    page ("off-canvas-main-canvas") says nothing about what is inside. No widening when the page's
    uncued text is no more than the best container's whole text (cues, not sections, hide it there),
    nor above the innermost <main> or #content on the way: the page says where its content ends.
    """
    path = _path_of(blocks, best)
    uncued = _uncued_chars_along(path, blocks)
    page = max(uncued)
    if uncued[-1] >= SECTIONS_MIN_SHARE * page or page <= tally.chars.get(id(best), 0):
        return best
    marked = max((depth for depth, element in enumerate(path) if _is_landmark(element)), default=0)
    for depth in range(len(path) - 1, marked - 1, -1):
        if uncued[depth] >= SECTIONS_SPREAD * page:
            return path[depth]
    return best


def _uncued_chars_along(path: Sequence[Element], blocks: Sequence[Block]) -> list[int]:
    """For each element of ``path``: the text of the blocks beneath it with no cue below it.

    A block under ``path[depth]`` for every depth short of its shared prefix with ``path`` counts from
    the depth of its innermost cue on: one pass, summed as a difference array.
    """
    steps = [0] * (len(path) + 1)
    for block in blocks:
        shared = _shared_prefix(block.path, path)
        innermost_cue = max((cue.depth for cue in block.cues), default=0)
        if innermost_cue < shared:
            steps[innermost_cue] += block.chars
            steps[shared] -= block.chars
    totals, running = [], 0
    for step in steps[:-1]:
        running += step
        totals.append(running)
    return totals


def _shared_prefix(mine: Sequence[Element], theirs: Sequence[Element]) -> int:
    """How many leading elements two paths share."""
    shared = 0
    for a, b in zip(mine, theirs, strict=False):
        if a is not b:
            break
        shared += 1
    return shared


_LANDMARK_IDS = frozenset({"main", "content", "main-content", "maincontent", "primary"})


def _is_landmark(element: Element) -> bool:
    """<main>, role=main or an id that names the page's content."""
    return element.tag == "main" or (element.get("role") or "").lower() == "main" or element.get("id") in _LANDMARK_IDS


def _listing(blocks: Sequence[Block], tally: _Tally, roots: tuple[Element, ...]) -> tuple[Element, ...]:
    """The largest group of alike siblings with clean text, if it outweighs the region so far."""
    region_chars = sum(tally.clean.get(id(r), 0) for r in roots)
    inside = {id(e) for r in roots for e in r.iter()}
    # Near the region, unless it is too small to tell where the page's content lies.
    near = {id(e) for e in list(roots[0].iterancestors())[:LISTING_NEAR_LEVELS]} \
        if roots and region_chars >= LISTING_ANYWHERE_CHARS else None
    best: tuple[float, tuple[Element, ...]] = (LISTING_DOMINANCE * region_chars, ())
    for key, element in tally.elements.items():
        if key in inside or tally.clean.get(key, 0) <= best[0]:
            continue
        if near is not None and not any(id(a) in near for a in element.iterancestors()) and key not in near:
            continue
        groups: dict[str, list[Element]] = defaultdict(list)
        for child in element:
            if tally.clean.get(id(child), 0) > 0:
                groups[_shape(child)].append(child)
        for members in groups.values():
            text = sum(tally.clean[id(m)] for m in members)
            if len(members) >= MIN_LISTING_ITEMS and text >= MIN_LISTING_ITEM_CHARS * len(members) \
                    and text > best[0]:
                best = (text, tuple(members))
    return best[1]


def _shape(element: Element) -> str:
    """Tag and class words with numbers removed: posts differ by id, not by shape."""
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag + "|" + _DIGITS.sub("", element.get("class") or "")


def _repeated(best: Element, tally: _Tally) -> tuple[Element, ...]:
    """If the best container (or an ancestor near it) is one of several alike siblings, all of them.

    Alike siblings must hold prose, not links: a list of headlines beside a story is no thread.
    """
    element = best
    for _ in range(REPEAT_LEVELS):
        parent = element.getparent()
        if parent is None:
            return ()
        shape = _shape(element)
        alike = [c for c in parent if c is element or (_shape(c) == shape and _prose_chars(c, tally) > 0)]
        others = sum(_prose_chars(c, tally) for c in alike if c is not element)
        if len(alike) > MIN_REPEATS and element.get("class") \
                and others >= REPEAT_TEXT_SHARE * _prose_chars(element, tally):
            return tuple(alike)
        element = parent
    return ()


def _prose_chars(element: Element, tally: _Tally) -> int:
    """Unlinked text under an element; none if most of its text is links."""
    chars, links = tally.chars.get(id(element), 0), tally.links.get(id(element), 0)
    return chars - links if links <= MAX_SCORING_LINK_DENSITY * chars else 0


def _with_strong_siblings(best: Element, scored: dict[int, float]) -> tuple[Element, ...]:
    parent = best.getparent()
    if parent is None or id(best) not in scored:
        return (best,)
    floor = SIBLING_SCORE_SHARE * scored[id(best)]
    return tuple(c for c in parent if c is best or scored.get(id(c), 0.0) >= floor)


def _path_of(blocks: Sequence[Block], root: Element) -> tuple[Element, ...]:
    for block in blocks:
        for depth, element in enumerate(block.path):
            if element is root:
                return block.path[: depth + 1]
    return (root,)


def _is_thread(blocks: Sequence[Block], roots: tuple[Element, ...]) -> bool:
    """A discussion: the region sits inside comments, or comments make most of its text."""
    root_ids = {id(r) for r in roots}
    inside: list[tuple[Block, bool]] = []  # the region's blocks, and whether each is comment text
    for block in blocks:
        depth = next((i for i, e in enumerate(block.path) if id(e) in root_ids), -1)
        if depth < 0:
            continue
        comment_cues = [c for c in block.cues if c.label is Label.COMMENTS]
        if any(c.depth <= depth for c in comment_cues):
            return True
        inside.append((block, bool(comment_cues)))
    total = sum(block.chars for block, _ in inside)
    comment = sum(block.chars for block, is_comment in inside if is_comment)
    return total > 0 and comment / total >= THREAD_COMMENT_SHARE and (
        total - comment <= THREAD_MAX_ARTICLE_CHARS or not _has_comment_heading(inside, comment))


def _has_comment_heading(inside: Sequence[tuple[Block, bool]], comment_chars: int) -> bool:
    """An article's comment section announces itself ("34 responses") above most of the comments.

    A forum's posts do not: its "Join the discussion" sits under them, over the reply box. An
    article's own reply form ("Leave a reply") counts wherever it is. Only the heading's start is
    read: "59 Comments on “<the article's long title>”" is such a heading.
    """
    after = comment_chars
    for block, is_comment in inside:
        if block.kind is BlockKind.HEADING and section_label(block.text[:COMMENT_HEADING_CHARS]) is Label.COMMENTS \
                and (after >= COMMENT_HEADING_SHARE * comment_chars or _REPLY_FORM.match(block.text)):
            return True
        after -= block.chars if is_comment else 0
    return False


def _title(blocks: Sequence[Block], roots: tuple[Element, ...]) -> Block | None:
    """The H1 nearest the start of the region: the last before it, else the first inside it."""
    root_ids = {id(r) for r in roots}
    before: Block | None = None
    for block in blocks:
        inside = any(id(e) in root_ids for e in block.path)
        if block.kind is BlockKind.HEADING and block.level == 1:
            if inside:
                return before or block
            before = block
        if inside:
            return before
    return before


def _proposals(decisions: Sequence[Decision], region: Region, tally: _Tally) -> tuple[Proposal, ...]:
    kept = [d.block for d in decisions if d.label in KEPT]
    segments = to_segments(kept)
    proposals = []
    if segments:
        proposals.append(Proposal(field=FieldName.BODY, value=segments, rule=_rule(region),
                                  strength=_strength(decisions, kept)))
    if region.title is not None:
        proposals.append(Proposal(field=FieldName.TITLE, value=region.title.text, rule="dom.h1",
                                  strength=TITLE_STRENGTH))
    return tuple(proposals)


def _rule(region: Region) -> str:
    if region.thread:
        return "dom.thread"
    return "dom.repeated" if len(region.roots) > 1 else "dom.container"


def _strength(decisions: Sequence[Decision], kept: Sequence[Block]) -> float:
    """Surer when the kept text is most of the page's prose and itself prose-like."""
    prose = sum(d.block.chars * d.score for d in decisions)
    kept_prose = sum(b.chars * d.score for d, b in ((d, d.block) for d in decisions) if d.label in KEPT)
    share = kept_prose / prose if prose else 0.0
    kept_chars = sum(b.chars for b in kept)
    density = kept_prose / kept_chars if kept_chars else 0.0
    return round(STRENGTH_FLOOR + STRENGTH_SPAN * share * density, 3)


def to_segments(blocks: Sequence[Block]) -> tuple[Segment, ...]:
    """Kept blocks as Segments: headings, lists, tables and code keep their structure."""
    segments: list[Segment] = []
    for block in blocks:
        segments.extend(_segments(block))
    return tuple(segments)


def _segments(block: Block) -> tuple[Segment, ...]:
    if block.kind is BlockKind.TABLE:
        return tuple(s for s in tree_segments(block.element) if s.text)
    if block.kind is BlockKind.HEADING:
        return (Segment(kind=SegmentKind.HEADING, text=block.text, level=block.level),)
    if block.kind is BlockKind.LIST_ITEM:
        return (Segment(kind=SegmentKind.LIST_ITEM, text=block.text, level=max(block.level, 1),
                        ordered=block.ordered),)
    if block.kind is BlockKind.CODE:
        return (Segment(kind=SegmentKind.CODE, text=block.text),)
    if block.kind is BlockKind.QUOTE:
        return (Segment(kind=SegmentKind.QUOTE, text=block.text),)
    return (Segment(kind=SegmentKind.PARAGRAPH, text=block.text),)


def _explain(decisions: Sequence[Decision]) -> tuple[BlockDecision, ...]:
    return tuple(BlockDecision(text=d.block.text, label=str(d.label), score=d.score,
                               kept=d.label in KEPT, reason=d.reason) for d in decisions)


__all__ = ["DomExtractor", "choose_region", "to_segments"]
