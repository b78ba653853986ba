"""Author names: from the many ways pages write them to a clean list of people.

Bylines carry more than names: "By", job titles, dates, "and 3 more", e-mail addresses, profile
URLs and handles. Only what reads as a name survives; anything unclear is dropped, not guessed.
"""

from __future__ import annotations

import regex

from .lexicon import MONTH_STEMS

# "By", "Written by", "Posted by", "Von", "Par", "Por", "Di", "Door", "Przez", "Autor:" and friends.
_PREFIX = regex.compile(
    r"^\s*(?:(?:article|written|posted|published|reported|story|text|words|photos?|video|compiled|edited|reviewed|"
    r"medically\s+reviewed|fact[\s-]checked)\s+by|by|von|geschrieben\s+von|verfasst\s+von|par|écrit\s+par|por|"
    r"escrito\s+por|publicado\s+por|texto\s+de|di|scritto\s+da|a\s+cura\s+di|door|geschreven\s+door|przez|"
    r"napisane\s+przez|autor(?:in|a|e)?|author(?:s)?|auteur|redakcja|text|posted|veröffentlicht\s+von|"
    r"erstellt\s+von|publié\s+par|pubblicato\s+da|gepubliceerd\s+door|opublikowane\s+przez)(?:\s*:\s*|\s*[\-–—]?\s+)",
    regex.IGNORECASE,
)
_SPLIT = regex.compile(
    r"\s*(?:,|;|&|\+|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|\ben\b|/|\||[·•⋅∙・]|»|\s[-–—]\s)\s*",
    regex.IGNORECASE,
)
_EMAIL = regex.compile(r"\S+@\S+\.\S+")
_URL = regex.compile(r"(?:https?://|www\.)\S+", regex.IGNORECASE)
_HANDLE = regex.compile(r"(?<!\w)@\w+")
_MORE = regex.compile(r"\b(?:and|\+)\s+\d+\s+(?:more|others?)\b.*$", regex.IGNORECASE)
_PAREN = regex.compile(r"\([^)]*\)|\[[^\]]*\]")
# A name stops where a date, a time or a "published/updated" note begins (a weekday is a whole word:
# "Montie", "Thurmon" are names).
_TRAILER = regex.compile(
    r"\s(?:on|am|le|el|il|em|op|dnia|at|um|à|-|–|—)?\s*(?:\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"(?:mo|di|mi|do|fr|sa|so|lu|ma|me|je|ve)[.,]\s*\d|(?:hace|vor|il\s+y\s+a)\s+\d|"
    + MONTH_STEMS + r"[a-z]*\.?\s+\d).*$|"
    r"\s(?:published|updated|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|"
    r"pubblicato|aggiornato|opublikowano|gepubliceerd|last\s+updated)\b.*$|"
    r"\s(?:on\s+behalf\s+of|im\s+auftrag\s+von|au\s+nom\s+de|en\s+nombre\s+de)\s.*$",
    regex.IGNORECASE,
)
# A date opening a byline before a separator: "Dec. 19, 2025 · Niko Matsakis".
_LEADING_DATE = regex.compile(
    r"^(?:" + MONTH_STEMS + r"[a-z]*\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\.?\s+" + MONTH_STEMS + r"[a-z]*\.?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\s*[·⋅∙・|•—–]\s*",
    regex.IGNORECASE,
)
# A web address without its scheme ("symple.ch", "oe24.at"): a site credited, not a person.
_DOMAIN = regex.compile(
    r"^(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|info|biz|io|co|eu|de|at|ch|it|fr|es|pl|nl|be|uk|us|ru|cz|se|no|dk|"
    r"fi|pt|br|in|au|ca|jp|tv|me)$",
    regex.IGNORECASE,
)
# A name is letters, spaces, dots, hyphens and apostrophes, and at most this many words.
_NAME = regex.compile(r"^[\p{L}][\p{L}\p{M}.'’\- ]*[\p{L}.]$")
MAX_NAME_WORDS = 5
# Lower-case words allowed inside a name ("Ludwig van Beethoven", "María de la Cruz").
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "dos",
        "das",
        "do",
        "bin",
        "ibn",
        "al",
        "el",
        "ten",
        "ter",
        "zu",
        "y",
        "e",
    }
)
# Words that make a "name" a job title, a role or a label, not a person.
_NOT_A_NAME = regex.compile(
    r"\b(?:editor|editors|reporter|correspondent|writer|journalist|columnist|contributor|contributing|"
    r"photographer|senior|chief|director|manager|officer|president|founder|ceo|cto|intern|"
    r"redakteur(?:in)?|korrespondent(?:in)?|journaliste|rédacteur|rédactrice|periodista|redactor|redattore|"
    r"dziennikarz|verslaggever|read|min|minutes|views|comments?|share|follow|subscribe|updated|published|"
    r"veröffentlicht|aktualisiert|publié|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|opublikowano|"
    r"posted|guest|anonymous|unknown|admin|administrator|user|profile|more|articles?|posts?|about|"
    r"team|staff|view|all|home|login|sign|menu|photo|image|source|category|tags?|expert|specialist|consultant|"
    r"analyst|strategist|psychologist|therapist|coach|nutritionist|dietitian|physician|gardener|reviewed|"
    r"checked|sponsored|gesponsert\w*|member|moderator|originally|quote|reply|beiträge|bio)\b",
    regex.IGNORECASE,
)
# A team credited as a whole ("The Upwork Team", "Resy Staff", "Our Editors", "Team SimplyThrilled"): readers
# take it as the author where no person is named (``is_organisation`` lets a named person outrank it).
_TEAM = regex.compile(
    r"^(?:(?i:the|our)\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){0,3}"
    r"(?i:team|staff|editors|editorial\s+(?:team|staff|board)|newsroom|news\s*desk)$|"
    r"^(?i:team)\s+\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*){0,2}$"
)
# Capitalised words that open a job title ("Senior Autos Reporter", "Editor-in-Chief").
_JOB_TITLE = regex.compile(
    r"\s(?:Senior|Chief|Staff|Lead|Head|Managing|Executive|Contributing|Associate|Deputy|Editor|Reporter|"
    r"Correspondent|Writer|Journalist|Columnist|Contributor|Photographer|Director|Manager|Founder|CEO|CTO|"
    r"President|Expert|Specialist|Consultant|Analyst|Strategist)\b"
)
_TWO_NAMES = regex.compile(r"^\p{Lu}\S+(?:\s\p{Lu}\.)?\s\p{Lu}\S+$")
# What CMSs write in an author field left unset.
_PLACEHOLDER = frozenset(
    {"admin", "administrator", "anonymous", "unknown", "guest", "user", "author", "undefined", "null", "none",
     "no author", "the author", "red."}
)
# Degrees written after a name ("Grant Tinsley, PhD"): split off by the comma, they are nobody.
_CREDENTIAL = frozenset(
    {"phd", "md", "mba", "msc", "ms", "ma", "ba", "bsc", "rd", "rdn", "rn", "dvm", "jd", "cpa", "dds", "mph", "mfa"}
)
# Words that mark an organisation rather than a person.
_ORGANISATION = regex.compile(
    r"\b(?:inc|llc|ltd|gmbh|ag|sa|sas|srl|bv|corp|corporation|company|co|team|staff|editors|editorial|"
    r"redaktion|rédaction|redacción|redazione|redakcja|redactie|news|newsroom|desk|media|press|agency|"
    r"group|magazine|journal|online|tv|radio|university|institute|association|foundation|network|"
    r"society|council|department|ministry|official|services|solutions|blog|daily|times|post|newsdesk)\b|\.\w{2,4}\b",
    regex.IGNORECASE,
)


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
    text = _strip_noise(text or "")
    out = []
    for index, part in enumerate(_SPLIT.split(text)):
        part = " ".join(_INITIALS.sub("", _PREFIX.sub("", part.strip(" \t\n-–—:|·•⋅∙・»,"))).split())
        if index == 0:  # a part split off after a comma is the job title itself ("Ann Lee, Security Expert")
            part = _before_job_title(part) or part
        part = undoubled(part)
        if _is_name(part):
            out.append(part)
    return out


def _before_job_title(part: str) -> str:
    """The name before a job title written after it with no comma: "Keith Barry Senior Autos Reporter".

    Only a first and last name (a middle initial allowed): a longer run may end in a brand or a word of
    the title ("Adam Aaronson PhillyVoice Staff", "Juliette Carreiro Tech Writer").
    """
    match = _JOB_TITLE.search(part)
    return part[: match.start()] if match and _TWO_NAMES.match(part[: match.start()]) else ""


# The same words twice in a row: one word or more, two words or more (see ``undoubled``).
_DOUBLED = {
    1: regex.compile(r"^(?P<name>\S+(?:\s+\S+)*)\s+(?P=name)$"),
    2: regex.compile(r"^(?P<name>\S+(?:\s+\S+)+)\s+(?P=name)$"),
}


def undoubled(text: str, *, least_words: int = 1) -> str:
    """A name written twice in a row, as a card's visible and screen-reader copies glue it ("Yucy Yucy",
    "Ann Lee Ann Lee"), once; with ``least_words=2`` a doubled single word is left alone."""
    match = _DOUBLED[least_words].match(text)
    return match["name"] if match else text


# A forum or Q&A handle: one token of letters, digits and "._-" ("b.scherer", "Noah_B", "user3080392").
_HANDLE_NAME = regex.compile(r"^[\p{L}\p{N}][\p{L}\p{N}._\-]{1,39}$")
MAX_HANDLE_WORDS = 3


def clean_handle(text: str) -> str | None:
    """A poster's handle or display name as forums show it, else None.

    Forums credit posts to handles that ``split_names`` rejects (digits, underscores, lower case);
    a handle is kept as written, but only when it reads as one: no address, no sentence, no label.
    """
    text = " ".join((text or "").split()).lstrip("@")
    if not text or _EMAIL.search(text) or _URL.search(text) or "://" in text:
        return None
    words = text.split()
    if len(words) == 1:
        return text if _HANDLE_NAME.match(text) and not _NOT_A_NAME.search(text) else None
    if len(words) <= MAX_HANDLE_WORDS and _is_name(text):
        return text
    return None


def declared_name(text: str) -> str | None:
    """A name the page declares in a field made for one (a JSON-LD author's ``name``), else None.

    Such a field needs no reading of the text around it, so the name is kept as the page writes it:
    lower case, a handle or a team ("kirstin boatto", "Mr_Enigmatic", "Camphouse Team"), which the
    byline reading of ``split_names`` rejects. Addresses, links, sentences and placeholders are still
    not names.
    """
    text = " ".join((text or "").split()).strip("\"'“”‘’ ")
    if not text or text.casefold() in _PLACEHOLDER or _EMAIL.search(text) or _URL.search(text):
        return None
    words = text.split()
    if len(words) == 1:
        return text if _HANDLE_NAME.match(text) and not _DOMAIN.match(text) else None
    return text if len(words) <= MAX_NAME_WORDS and _NAME.match(text) else None


def is_organisation(name: str) -> bool:
    """True if the name reads as a company, newsroom or team rather than a person."""
    return bool(_ORGANISATION.search(name))


# A lone month or weekday is a date's remains, not a name ("June Carter" and "Jan Kowalski" are names).
_DATE_WORD = regex.compile(
    r"^(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|"
    r"mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$",
    regex.IGNORECASE,
)
# Avatar initials rendered before a name: "CM Craig McCarthy".
_INITIALS = regex.compile(r"^\p{Lu}{2,3}\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})")


def _strip_noise(text: str) -> str:
    text = _HANDLE.sub("", _URL.sub("", _EMAIL.sub("", _PAREN.sub("", text))))
    text = _MORE.sub("", " ".join(text.split()))
    text = _PREFIX.sub("", _LEADING_DATE.sub("", text))
    return _TRAILER.sub("", text)


def _is_name(part: str) -> bool:
    if _TEAM.match(part) and len(part.split()) > 1:
        return True
    if not _NAME.match(part) or _NOT_A_NAME.search(part) or _PREFIX.match(part + " ") or _DATE_WORD.match(part):
        return False
    if part.casefold() in _PLACEHOLDER or part.replace(".", "").casefold() in _CREDENTIAL or _DOMAIN.match(part):
        return False
    words = part.split()
    if len(words) > MAX_NAME_WORDS:
        return False
    # Several words, one of them lower-case and no particle: a phrase, not a name.
    return len(words) == 1 or all(w[0].isupper() or w in _PARTICLES for w in words)
