"""Block labels with readable reasons, given the main content region the extractor chose.

Inside the region a block is body unless something *below* the region root says otherwise (a
share bar, a related-posts box, an author bio), or its own text does (a cookie notice, a byline,
a "Related articles" heading and the section under it). Outside the region a block is chaff
unless it is prose close to the region (a lead paragraph the template put in the header).
Every label carries the reason that gave it: it feeds ``thresher explain``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

import regex

from .blocks import Block, BlockKind, Cue, Element
from .labels import Label

# A cue is overruled by the block's own text when the block is this long and hardly linked:
# class names lie more often than 600 characters of prose do (".ad-free", "banner-story").
CUE_OVERRULING_CHARS = 600
CUE_OVERRULING_LINK_DENSITY = 0.15
# Cues that long prose does not overrule: comments, bios and cookie-consent dialogs *are* prose.
PROSE_CUES = frozenset({Label.COMMENTS, Label.BIO, Label.COOKIE})
# Inside the region, a cue on an element holding more than this share of the region's text is a
# misnamed wrapper ("hidden" toggles, "ad-free" layouts): boilerplate is never most of the content.
CUE_MAX_REGION_SHARE = 0.5
# Inside the region these cues say nothing: the article's own <header> holds its title and dek.
REGION_IGNORED_CUES = frozenset({Label.HEADER})
# In a discussion, posts are comments and each post's author and date are part of it.
THREAD_CUES = frozenset({Label.COMMENTS, Label.BYLINE})
# Outside the region, prose this long, this little linked, near the region, is body after all.
NEAR_PROSE_CHARS = 120
NEAR_PROSE_LINK_DENSITY = 0.25
NEAR_PROSE_MIN_PUNCTUATION = 2
# "Near": the block and the region root share an ancestor at most this many levels above the root.
NEAR_LEVELS = 4
PROSE_BESIDE = "prose beside the main content"
# A short line repeated this often on one page is a widget's label ("Read more", "Reply", "Share").
REPEATED_LINE_COUNT = 3
REPEATED_LINE_MAX_WORDS = 4
# A sentence printed this often is a slideshow's caption, repeated for each view of the gallery (a listing
# repeats its items' shorter attributes: "Must be presented before start of work.").
REPEATED_TEXT_COUNT = 3
REPEATED_TEXT_MIN_WORDS = 15
# ... and a caption is a sentence or two: a paragraph quoted in a thread's replies is longer.
REPEATED_TEXT_MAX_WORDS = 60
REPEATED_TEXT_MAX_SENTENCES = 2
_SENTENCE_END = regex.compile(r"[.!?](?:\s+(?=\p{Lu})|\s*$)")
# A byline or counter is short: longer text with such words is prose that mentions them.
SHORT_LINE_WORDS = 12
# Teasers of other pages closing the region: linked headlines and blurbs, with short unlinked labels
# between them ("World", "32M ago"). Only after the article's own text, and only at its end: a run
# of links inside the text (a list of sources) is followed by more of it.
TEASER_LINK_DENSITY = 0.9
TEASER_LABEL_CHARS = 20
MIN_TEASERS = 4
MIN_ARTICLE_CHARS = 300  # in a stretch of consecutive paragraphs above the run
MIN_ARTICLE_PARAGRAPHS = 2  # a listing's blurb stands alone
ARTICLE_PARAGRAPH_CHARS = 80
ARTICLE_PARAGRAPH_LINK_DENSITY = 0.3
MAX_TEXT_AFTER_TEASERS = 200  # unlinked body text below the run (a subscription line, a credit)

_BYLINE = regex.compile(r"^(?i:by|von|par|por|di|door|written by|posted by|author:?)\s+(?!The\b)\p{Lu}")
_COOKIE = regex.compile(r"\bcookies?\b.*\b(?:use|accept|consent|policy|experience)\b|"
                        r"\b(?:use|accept|consent)\b.*\bcookies?\b", regex.IGNORECASE)
_SHARE = regex.compile(r"^(?:(?:seite|artikel|beitrag|page|article) )?"
                       r"(?:share(?: this| on| article| via)?|tweet|pin it|teilen|partager|compartir)\b",
                       regex.IGNORECASE)
# A whole line linked and in capitals is another story's headline set inside the text ("SEAN SPICER
# ELIMINATED FROM 'DANCING WITH THE STARS'"), or a call to action ("GET THE APP BY CLICKING HERE").
CAPITAL_TEASER_MIN_WORDS = 4
CAPITAL_TEASER_MIN_LETTERS = 12
# A link back to where the reader came from or to the page's top ("zurück zur Übersicht", "Back to top").
_BACK_LINK = regex.compile(
    r"^(?:back to (?:top|overview|(?:the )?list|(?:all )?results|(?:the )?home ?page|(?:the )?previous page)|"
    r"zurück(?: zu[rm]? [\p{L} ]{1,30})?|nach oben|retour (?:à|au|aux) (?:la liste|l'accueil|l'aperçu|haut)|"
    r"volver(?: al? [\p{L} ]{1,20})?|torna (?:su|all'inizio|indietro)|powrót(?: do [\p{L} ]{1,20})?|"
    r"voltar(?: ao topo| para [\p{L} ]{1,20})?|terug naar [\p{L} ]{1,20})\W{0,3}$",
    regex.IGNORECASE,
)
BACK_LINK_MAX_WORDS = 6
# A button naming several networks with nothing between them ("FacebookTwitterPinterestE-MailWhatsApp").
_GLUED_SHARE = regex.compile(
    r"^(?:(?:facebook|twitter|linkedin|pinterest|e-?mail|whatsapp|telegram|xing|reddit|print|flipboard|"
    r"messenger|instagram)[\s|/·•,]*){2,}$",
    regex.IGNORECASE,
)
# An advertisement's label left inside the text ("- Anzeige -", "Advertisement").
_AD_LABEL = regex.compile(
    r"^[-–—\s]*(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama|publicidade|"
    r"advertentie)[-–—\s]*$",
    regex.IGNORECASE,
)
_PROMO = regex.compile(r"\b(?:subscribe|newsletter|sign up|inbox|abonnieren|s'abonner)\b", regex.IGNORECASE)
_COUNTER = regex.compile(r"^\d[\d,.]*\s*(?:min(?:ute)?s?(?: read)?|views?|comments?|likes?|shares?|"
                         r"replies|answers?|votes?)$", regex.IGNORECASE)
# A pointer to another story set inside the text: "Read also: <headline>", "Lea también: ...".
_READ_ALSO = regex.compile(
    r"^(?:read (?:also|more)|also read|see also|related|lea (?:también|más)|lee (?:también|más)|"
    r"(?:le|te) puede interesar|vea también|ver también|mir[ae]|puedes ver|lire aussi|à lire aussi|voir aussi|"
    r"lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|leggi anche|czytaj (?:też|także|również)|"
    r"zobacz (?:też|także)|lees ook|leia também|veja também)\s*[:：]",
    regex.IGNORECASE,
)
READ_ALSO_MAX_WORDS = 40
_TAG = attrgetter("tag")
# A body heading goes when what lies under it was all dropped and holds at least this much text (this many
# characters, and this many times the heading's own): a listing's item headings keep their dates.
BARE_HEADING_MIN_DROPPED_CHARS = 40
BARE_HEADING_DROPPED_SHARE = 3.0

# Headings that open a section of chaff: the section runs until a heading of the same level.
_SECTION_HEADINGS: tuple[tuple[Label, regex.Pattern[str]], ...] = (
    (Label.RELATED, regex.compile(r"^(?:related|more (?:from|stories|articles|news|like this|on)|"
                                  r"you (?:may|might) (?:also )?(?:like|enjoy)|recommended|read (?:next|more)|"
                                  r"also read|popular|trending|most (?:read|popular|viewed)|"
                                  r"ähnliche|weitere artikel|das könnte|à lire aussi|lire aussi|"
                                  r"artículos relacionados)\b", regex.IGNORECASE)),
    (Label.COMMENTS, regex.compile(r"^(?:\d+\s+)?(?:comments?|responses?|replies|thoughts on|leave a (?:reply|comment)|"
                                   r"post a comment|join the discussion|kommentare?|commentaires?|"
                                   r"comentarios?)\b", regex.IGNORECASE)),
    (Label.SHARE, regex.compile(r"^(?:share(?: this)?|teilen)\b", regex.IGNORECASE)),
    (Label.PROMO, regex.compile(r"^(?:subscribe|sign up|newsletter|get our newsletter)\b", regex.IGNORECASE)),
    (Label.TAGS, regex.compile(r"^(?:tags|tagged|categories|filed under|schlagwörter)\b:?", regex.IGNORECASE)),
)


@dataclass(frozen=True, slots=True)
class Region:
    """The main content as the extractor chose it: one or more root elements (repeated posts)."""

    roots: tuple[Element, ...]
    path: tuple[Element, ...]  # ancestors of the first root, from <body> down to it
    chars: Mapping[int, int] = field(default_factory=dict)  # text per element id, for cue shares
    thread: bool = False  # the content is a discussion: comment cues do not mark chaff
    title: Block | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """One block's label, how body-like it is, and why."""

    block: Block
    label: Label
    score: float
    reason: str


def classify(blocks: Sequence[Block], region: Region) -> tuple[Decision, ...]:
    """Label every block: inside the region by what lies below its root, outside by cues and prose."""
    roots = {id(root) for root in region.roots}
    decisions = []
    for block in blocks:
        depth = _root_depth(block, roots)
        if region.title is not None and block is region.title:
            label, reason = Label.TITLE, "the H1 nearest the start of the main content"
        elif _in_caption(block):
            label, reason = Label.CAPTION, "a figure's caption"
        elif depth >= 0:
            label, reason = _inside(block, depth, region)
        else:
            label, reason = _outside(block, region)
        decisions.append(Decision(block=block, label=label, score=body_likeness(block), reason=reason))
    return _drop_bare_headings(_drop_teaser_tail(_drop_chaff_sections(_headings_of_taken_prose(decisions),
                                                                      region.thread)))


def body_likeness(block: Block) -> float:
    """A rough 0..1 prior that a block is body text: long, punctuated, not linked."""
    length = min(block.chars / 300.0, 1.0)
    prose = min(block.stopword_ratio * 4.0, 1.0) if block.words >= 5 else 0.5
    return round(length * (1.0 - block.link_density) * (0.5 + 0.5 * prose), 3)


def _root_depth(block: Block, roots: set[int]) -> int:
    for depth, element in enumerate(block.path):
        if id(element) in roots:
            return depth
    return -1


def _inside(block: Block, root_depth: int, region: Region) -> tuple[Label, str]:
    root_chars = region.chars.get(id(block.path[root_depth]), 0)
    cues = [c for c in block.cues if c.depth > root_depth and c.label not in REGION_IGNORED_CUES
            and region.chars.get(id(block.path[c.depth]), 0) <= CUE_MAX_REGION_SHARE * root_chars]
    cue = _deciding_cue(block, cues, region)
    if cue is not None:
        return cue.label, f"inside an element marked {cue.word!r} within the main content"
    text_label = _text_label(block)
    if text_label is not None:
        return text_label
    return Label.BODY, "in the main content"


def _outside(block: Block, region: Region) -> tuple[Label, str]:
    shared = _shared_depth(block, region)
    cue = _deciding_cue(block, [c for c in block.cues if c.depth >= shared], region)
    if cue is not None:
        return cue.label, f"outside the main content, inside an element marked {cue.word!r}"
    text_label = _text_label(block)
    if text_label is not None:
        return text_label
    if _near(block, region) and _is_prose(block):
        return Label.BODY, PROSE_BESIDE
    return Label.OTHER, "outside the main content"


def _in_caption(block: Block) -> bool:
    """Captions describe a picture, not the story: every benchmark's truth leaves them out (wcxb-dev
    kept 68 of 962 <figcaption>s of 25+ characters, scrapinghub 2 of 115)."""
    return "figcaption" in map(_TAG, block.path)  # compared in C: this runs for every block


def _deciding_cue(block: Block, cues: list[Cue], region: Region) -> Cue | None:
    """The innermost cue that applies, unless the block's own prose overrules it."""
    for cue in reversed(cues):
        if cue.label in THREAD_CUES and region.thread:
            continue
        if cue.label not in PROSE_CUES and block.chars >= CUE_OVERRULING_CHARS \
                and block.link_density <= CUE_OVERRULING_LINK_DENSITY:
            continue
        return cue
    return None


def _text_label(block: Block) -> tuple[Label, str] | None:
    """Chaff that says what it is in its own words."""
    text, words = block.text, block.words  # ``words`` splits the text: once, not at every rule
    short = words <= SHORT_LINE_WORDS
    if block.repeats >= REPEATED_LINE_COUNT and words <= REPEATED_LINE_MAX_WORDS \
            and block.kind is not BlockKind.HEADING:
        return Label.OTHER, f"a short line repeated {block.repeats} times on the page"
    if block.repeats >= REPEATED_TEXT_COUNT and REPEATED_TEXT_MIN_WORDS <= words <= REPEATED_TEXT_MAX_WORDS \
            and len(_SENTENCE_END.findall(text)) <= REPEATED_TEXT_MAX_SENTENCES and block.kind is not BlockKind.HEADING:
        return Label.CAPTION, f"the same text {block.repeats} times on the page (a slideshow's caption)"
    if words <= READ_ALSO_MAX_WORDS and block.kind is not BlockKind.HEADING and _READ_ALSO.match(text):
        return Label.RELATED, "a pointer to another story ('Read also: ...')"
    if words >= CAPITAL_TEASER_MIN_WORDS and _is_teaser(block) and block.kind is not BlockKind.HEADING \
            and _in_capitals(text):
        return Label.RELATED, "a linked line in capitals (a pointer to another story)"
    if short and _BYLINE.match(text):
        return Label.BYLINE, "a short line that opens with 'By'"
    if short and _COUNTER.match(text):
        return Label.COUNTER, "a count of minutes, views or comments"
    if words <= 60 and _COOKIE.search(text):
        return Label.COOKIE, "a notice about cookies"
    if short and (_SHARE.match(text) or _GLUED_SHARE.match(text)):
        return Label.SHARE, "a share prompt"
    if words <= BACK_LINK_MAX_WORDS and block.kind is not BlockKind.HEADING and _BACK_LINK.match(text):
        return Label.NAV, "a link back to the list, the home page or the top"
    if short and _AD_LABEL.match(text):
        return Label.ADS, "an advertisement's label"
    if short and block.kind is not BlockKind.HEADING and _PROMO.search(text):
        return Label.PROMO, "a subscription prompt"
    return None


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= CAPITAL_TEASER_MIN_LETTERS and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _shared_depth(block: Block, region: Region) -> int:
    """How many ancestors the block shares with the region root.

    A cue on one of them also wraps the main content ("chakra-skip-nav" around a whole app), so it
    says nothing about the block: boilerplate never contains the main content.
    """
    common = 0
    for mine, theirs in zip(block.path, region.path, strict=False):
        if mine is not theirs:
            break
        common += 1
    return common


def _near(block: Block, region: Region) -> bool:
    return _shared_depth(block, region) >= len(region.path) - NEAR_LEVELS


def _is_prose(block: Block) -> bool:
    return (block.chars >= NEAR_PROSE_CHARS and block.link_density <= NEAR_PROSE_LINK_DENSITY
            and block.punctuation >= NEAR_PROSE_MIN_PUNCTUATION and block.kind is not BlockKind.HEADING)


def _headings_of_taken_prose(decisions: list[Decision]) -> list[Decision]:
    """A plain heading right before prose taken from beside the region is that prose's heading."""
    out = list(decisions)
    for index, decision in enumerate(decisions[:-1]):
        following = decisions[index + 1]
        if decision.block.kind is BlockKind.HEADING and decision.label is Label.OTHER \
                and following.label is Label.BODY and following.reason == PROSE_BESIDE:
            out[index] = Decision(block=decision.block, label=Label.BODY, score=decision.score,
                                  reason="the heading of prose beside the main content")
    return out


def _drop_chaff_sections(decisions: list[Decision], thread: bool) -> tuple[Decision, ...]:
    """A body heading like "Related articles" or "Comments" takes its section with it.

    Not an H1: it names the page itself ("Most popular movies" over a chart is the content). Nor, in
    a discussion, the posts ("Recommended Posts" over a forum thread's posts).
    """
    out: list[Decision] = []
    section: tuple[Label, int, str] | None = None
    for decision in decisions:
        block = decision.block
        if block.kind is BlockKind.HEADING and section is not None and block.level <= section[1]:
            section = None
        if block.kind is BlockKind.HEADING and decision.label is Label.BODY and block.level > 1:
            label = section_label(block.text)
            if label is not None and not (thread and label is Label.COMMENTS):
                section = (label, block.level, block.text[:40])
                out.append(Decision(block=block, label=label, score=decision.score,
                                    reason=f"a heading that opens a {label} section"))
                continue
        if section is not None and decision.label is Label.BODY and not (thread and _is_post(block)):
            decision = Decision(block=block, label=section[0], score=decision.score,
                                reason=f"in the section under the heading {section[2]!r}")
        out.append(decision)
    return tuple(out)


def _drop_teaser_tail(decisions: tuple[Decision, ...]) -> tuple[Decision, ...]:
    """A run of linked teasers at the end of the body is a list of other stories the template put
    inside the article's container (top stories, "More in World"): it goes when an article stands
    above it, paragraphs one after another, so that a listing (a blurb, links, a blurb) keeps its items."""
    body = [i for i, d in enumerate(decisions) if d.label is Label.BODY]
    end = len(body)
    text_after = 0
    while end and not _is_teaser(decisions[body[end - 1]].block):
        text_after += decisions[body[end - 1]].block.chars
        if text_after > MAX_TEXT_AFTER_TEASERS:
            return decisions
        end -= 1
    start = end
    while start and (_is_teaser(block := decisions[body[start - 1]].block) or block.chars <= TEASER_LABEL_CHARS):
        start -= 1
    run = body[start:end]
    teasers = sum(_is_teaser(decisions[i].block) for i in run)
    if teasers < MIN_TEASERS or _longest_stretch([decisions[i].block for i in body[:start]]) < MIN_ARTICLE_CHARS:
        return decisions
    out = list(decisions)
    for i in run:
        out[i] = Decision(block=decisions[i].block, label=Label.RELATED, score=decisions[i].score,
                          reason=f"one of {teasers} linked teasers closing the main content")
    return tuple(out)


def _drop_bare_headings(decisions: tuple[Decision, ...]) -> tuple[Decision, ...]:
    """A body heading with nothing kept under it announced what was dropped ("Neueste Artikel" over a
    link list, "Mehr zum Thema" over teasers): it goes with its section. Its section runs to the next
    heading of the same or a higher level. Not an H1: it names the page."""
    out = list(decisions)
    for index, decision in enumerate(decisions):
        block = decision.block
        if block.kind is not BlockKind.HEADING or decision.label is not Label.BODY or block.level <= 1:
            continue
        under = []
        for later in decisions[index + 1:]:
            if later.block.kind is BlockKind.HEADING and later.block.level <= block.level:
                break
            under.append(later)
        dropped = sum(d.block.chars for d in under)
        if dropped >= max(BARE_HEADING_MIN_DROPPED_CHARS, BARE_HEADING_DROPPED_SHARE * block.chars) \
                and not any(d.label is Label.BODY for d in under):
            out[index] = Decision(block=block, label=Label.OTHER, score=decision.score,
                                  reason="a heading with nothing kept under it")
    return tuple(out)


def _longest_stretch(blocks: Sequence[Block]) -> int:
    """Characters of the longest run of consecutive paragraphs (two at least): an article's text, not
    a listing's blurb."""
    longest = stretch = count = 0
    for block in blocks:
        paragraph = block.chars >= ARTICLE_PARAGRAPH_CHARS and block.link_density < ARTICLE_PARAGRAPH_LINK_DENSITY
        stretch, count = (stretch + block.chars, count + 1) if paragraph else (0, 0)
        if count >= MIN_ARTICLE_PARAGRAPHS:
            longest = max(longest, stretch)
    return longest


def _is_teaser(block: Block) -> bool:
    return block.link_density >= TEASER_LINK_DENSITY


def _is_post(block: Block) -> bool:
    """In a discussion, a block marked as a comment is a post: no section heading takes it away."""
    return any(cue.label is Label.COMMENTS for cue in block.cues)


def section_label(text: str) -> Label | None:
    """The chaff a heading announces ("Related articles", "3 Comments"), if any."""
    if len(text) > 80:
        return None
    for label, pattern in _SECTION_HEADINGS:
        if pattern.match(text):
            return label
    return None
