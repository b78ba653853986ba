"""Words that tell boilerplate from prose, in several languages.

Two kinds of evidence live here, both free of any one site's wording:

- stop-words per language: prose is rich in them, menus and tag lists have none, and their mix
  tells the page's language (``guess_language``);
- cue phrases per ``Label``: the headings and lines that scrapers keep from page chrome
  ("Related Posts", "Das könnte Sie auch interessieren", "Leave a reply", "© 2024 …").

Everything is immutable and compiled once at import; nothing is read from disk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import regex

from .labels import Label

_WORD = regex.compile(r"[\p{L}']+")


def _wordset(text: str) -> frozenset[str]:
    """A word list written as one string, for the vocabularies below."""
    return frozenset(text.split())


STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType({
    "en": _wordset(
        "the a an and or but of to in on at for with from by as is are was were be been has have had it its "
        "this that these those which who whom what when where while not no can will would should could "
        "their they them there he she his her we our you your i if than then also into about after over "
        "more most such only other some any all through between among because before under while during out up "
        "how why do does did its so"),
    "de": _wordset(
        "der die das den dem des ein eine einen einem einer und oder aber zu im in am an auf für mit von "
        "aus bei nach über unter ist sind war waren wird werden hat haben hatte es sich nicht kein keine "
        "auch noch nur wie als wenn dass daß er sie wir ihr ich man dieser diese dieses so schon sehr bis "
        "zum zur vor durch um"),
    "fr": _wordset(
        "le la les un une des du de et ou mais à au aux en dans sur pour par avec sans sous est sont était "
        "été être a ont avait il elle ils elles nous vous je ce cette ces qui que quoi dont où ne pas plus "
        "se sa son ses leur leurs comme si aussi très entre après avant"),
    "es": _wordset(
        "el la los las un una unos unas y o pero de del a al en con sin por para sobre es son era fue "
        "ser ha han había se su sus que quien cual como cuando donde no más muy también este esta estos "
        "estas ese esa lo le les entre desde hasta"),
    "it": _wordset(
        "il lo la i gli le un uno una e o ma di del della dei delle a al alla in nel nella con su per tra "
        "fra da dal dalla è sono era stato essere ha hanno aveva si suo sua suoi che chi cui come quando "
        "dove non più molto anche questo questa quello quella"),
    "pl": _wordset(
        "i w we z ze na do od po o u za przez dla przy pod nad jest są był była było być nie to że się "
        "jak ale lub oraz czy co który która które tak już jego jej ich ten ta te tym tego także również "
        "jako tylko może bardzo"),
    "pt": _wordset(
        "o a os as um uma uns umas e ou mas de do da dos das em no na nos nas com sem por para pelo pela "
        "sobre é são era foi ser tem têm se seu sua seus suas que quem qual como quando onde não mais "
        "muito também este esta isso isto ao aos"),
    "nl": _wordset(
        "de het een en of maar van in op aan voor met door uit bij naar over onder is zijn was waren "
        "wordt worden heeft hebben had hij zij ze wij we jij je ik niet geen ook nog al dat die dit deze "
        "als dan zo er te om tot"),
    "id": _wordset(
        "yang dan di ke dari dengan untuk pada dalam ini itu tidak akan ada atau oleh karena juga sudah telah "
        "bisa dapat adalah sebagai lebih seperti jika tetapi namun hanya bahwa saat agar para kita kami mereka "
        "saya dia ia tersebut masih belum sangat harus tak pun lagi"),
})

# Every language's stop-words together, for text whose language is unknown.
ANY_STOPWORDS = frozenset().union(*STOPWORDS.values())
# Below this many words a language guess is noise.
MIN_WORDS_FOR_LANGUAGE = 8
# Prose in any of these languages has at least this share of stop-words; menus have almost none.
MIN_STOPWORD_SHARE_FOR_LANGUAGE = 0.12
# The winner must beat the runner-up by this factor: Romance languages share many small words.
LANGUAGE_MARGIN = 1.25


def words(text: str) -> list[str]:
    """Lower-cased words of ``text`` (letters and apostrophes)."""
    return [w.lower() for w in _WORD.findall(text)]


def stopword_ratio(text: str, language: str | None) -> float:
    """Share of words that are stop-words of ``language`` (of any known language if None)."""
    tokens = words(text)
    if not tokens:
        return 0.0
    vocabulary = STOPWORDS.get(language or "") or ANY_STOPWORDS
    return sum(token in vocabulary for token in tokens) / len(tokens)


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code whose stop-words dominate ``text``, or None when the text is too short
    or too even to tell."""
    tokens = words(text)
    if len(tokens) < MIN_WORDS_FOR_LANGUAGE:
        return None
    scores = sorted(((sum(t in stops for t in tokens), lang) for lang, stops in STOPWORDS.items()),
                    reverse=True)
    (best, language), (second, _) = scores[0], scores[1]
    if best / len(tokens) < MIN_STOPWORD_SHARE_FOR_LANGUAGE or best < second * LANGUAGE_MARGIN:
        return None
    return language


# --- cue phrases --------------------------------------------------------------------------

# Headings that open a section of boilerplate: the section runs until the next strong body block.
SECTION_CUES: Mapping[Label, tuple[str, ...]] = MappingProxyType({
    Label.RELATED: (
        r"related(?: posts?| articles?| stories| content| news| reading| links)?", r"you (?:may|might) also like",
        r"you (?:may|might) (?:also )?be interested(?: in)?", r"recommended(?: for you| articles?| stories)?",
        r"more (?:from|in|on|about) .{1,40}", r"read (?:more|next|also)", r"also read",
        r"more (?:stories|news|articles)",
        r"must reads?", r"further reading", r"see also", r"(?:our|editor'?s'?|editors'?) picks?", r"don'?t miss",
        r"das könnte sie (?:auch )?interessieren", r"ähnliche (?:artikel|beiträge)", r"weitere (?:artikel|beiträge)",
        r"mehr zum thema", r"lesen sie (?:auch|mehr)", r"auch interessant", r"empfohlene artikel",
        r"(?:à )?lire aussi", r"articles? (?:similaires|liés|connexes)", r"sur le même sujet", r"vous aimerez aussi",
        r"à découvrir (?:aussi|également)", r"artículos relacionados", r"noticias relacionadas",
        r"(?:también )?te puede interesar", r"lee también", r"articoli correlati", r"(?:ti )?potrebbe interessarti",
        r"leggi anche", r"czytaj (?:także|też|również)", r"zobacz (?:także|też|również)", r"powiązane artykuły",
        r"polecamy", r"leia também", r"artigos relacionados", r"notícias relacionadas", r"veja também",
        r"você também pode gostar", r"lees ook", r"gerelateerde artikelen", r"ook interessant",
    ),
    Label.HEADLINES: (
        r"top (?:stories|news|posts|articles)", r"trending(?: now| news| posts| stories)?",
        r"most (?:popular|read|viewed)",
        r"popular (?:posts|articles|stories|now)", r"recent (?:posts|articles|stories|news)",
        r"latest(?: news| posts| articles| stories)?", r"breaking news", r"headlines", r"what'?s hot", r"hot topics",
        r"meistgelesen(?:e)?(?: artikel)?", r"neueste (?:artikel|beiträge|nachrichten)", r"aktuelle nachrichten",
        r"top-?themen", r"les plus lus", r"à la une", r"dernières? (?:actualités|articles|nouvelles)",
        r"lo más (?:leído|visto)", r"más leídas?", r"últimas noticias", r"i più letti", r"ultime notizie",
        r"najczęściej czytane", r"najnowsze(?: artykuły| wiadomości)?", r"popularne", r"mais lidas",
        r"últimas notícias", r"meest gelezen", r"laatste nieuws", r"populair",
    ),
    Label.PROMO: (
        r"(?:sign up for|subscribe to|join) (?:our|the) (?:free )?(?:newsletter|mailing list)",
        r"newsletter sign[- ]?up", r"expand your .{1,30} knowledge",
        r"download (?:our|the) app", r"get the app", r"stay (?:up to date|informed|connected|in the loop)",
        r"newsletter abonnieren", r"jetzt abonnieren", r"abonnez-vous(?: à notre newsletter)?",
        r"inscrivez-vous(?: à notre newsletter)?", r"suscríbete(?: a nuestro boletín)?",
        r"iscriviti(?: alla newsletter)?",
        r"zapisz się(?: do newslettera)?", r"inscreva-se(?: na newsletter)?", r"assine(?: nossa newsletter)?",
        r"abonneer (?:je|u) op (?:onze )?nieuwsbrief", r"schrijf je in",
    ),
    Label.COMMENTS: (
        r"add a comment", r"leave a (?:reply|comment)", r"(?:\d+ )?comments?",
        r"join the discussion", r"post a comment", r"write a comment", r"(?:\d+ )?responses?", r"kommentare?",
        r"schreibe einen kommentar", r"kommentar (?:schreiben|verfassen)", r"(?:\d+ )?commentaires?",
        r"laisser un commentaire", r"(?:\d+ )?comentarios?", r"deja un comentario", r"(?:\d+ )?commenti",
        r"lascia un commento", r"(?:\d+ )?komentarz[ey]?", r"dodaj komentarz", r"(?:\d+ )?comentários",
        r"deixe um comentário", r"(?:\d+ )?reacties?", r"laat een reactie achter",
    ),
    Label.TAGS: (
        r"categories", r"category", r"tags", r"tagged(?: with)?", r"topics", r"filed under", r"kategorien",
        r"schlagwörter", r"themen", r"catégories", r"étiquettes", r"mots-clés", r"categorías", r"etiquetas",
        r"categorie", r"kategorie", r"tagi", r"categorias", r"categorieën", r"trefwoorden",
    ),
    Label.BIO: (
        r"about the author", r"über (?:den|die) autor(?:in)?", r"à propos de l'auteur", r"sobre el autor",
        r"sull'autore", r"o autorze", r"sobre o autor", r"over de auteur",
    ),
})

# Whole lines that are chrome by themselves, whatever stands around them.
LINE_CUES: Mapping[Label, tuple[str, ...]] = MappingProxyType({
    Label.NAV: (
        r"(?:close|open|main|toggle) (?:menu|navigation)", r"menu", r"skip to (?:main )?content", r"home",
        r"about", r"blog", r"shop", r"join(?: now)?", r"log ?in", r"sign in", r"register", r"my account", r"cart",
        r"zum inhalt springen", r"aller au contenu", r"ir al contenido", r"vai al contenuto",
        r"przejdź do treści", r"ir para o conteúdo", r"naar de inhoud",
    ),
    Label.SEARCH: (
        r"type (?:above|here) and press enter to search.*", r"search(?: for)?:?", r"press esc to cancel\.?",
        r"suche(?:n)?", r"rechercher", r"buscar", r"cerca", r"szukaj", r"pesquisar", r"zoeken",
    ),
    Label.FOOTER: (
        r"(?:©|\(c\)|copyright|&copy;).*", r".*all rights reserved\.?", r"about us", r"contact(?: us)?",
        r"privacy(?: policy)?", r"terms(?: of (?:use|service)| and conditions| & conditions)?", r"cookie policy",
        r"disclaimer", r"impressum", r"datenschutz(?:erklärung)?", r"agb", r"kontakt", r"mentions légales",
        r"politique de confidentialité", r"aviso legal", r"política de privacidad", r"note legali",
        r"polityka prywatności", r"regulamin", r"política de privacidade", r"algemene voorwaarden",
        r"alle rechte vorbehalten\.?", r"tous droits réservés\.?", r"todos los derechos reservados\.?",
    ),
    Label.PAGINATION: (
        r"(?:«\s*)?(?:previous|prev|next|older|newer) (?:article|post|story|entry|posts|entries).*",
        r"(?:vorheriger|nächster) (?:artikel|beitrag).*", r"article (?:précédent|suivant).*",
        r"(?:artículo|entrada) (?:anterior|siguiente).*", r"articolo (?:precedente|successivo).*",
        r"(?:poprzedni|następny) (?:artykuł|wpis).*", r"(?:artigo|post) (?:anterior|seguinte).*",
        r"próximo (?:artigo|post).*", r"(?:vorig|volgend) (?:artikel|bericht).*",
    ),
    Label.COUNTER: (
        r"\d+\s*(?:min|mins|minutes?)(?: read)?", r"no comments?", r"\d+ (?:comments?|views?|likes?|shares?)",
        r"[\p{L} ]{2,20}:\s*\d[\d,.]*[kKmM]?", r"lesezeit:?\s*\d+\s*min(?:uten)?\.?",
        r"\d+\s*min(?:utes?)? de lecture", r"\d+\s*min(?:uti)? di lettura", r"\d+\s*minut[ya]? czytania",
    ),
    Label.COMMENTS: (r"comments are (?:closed|disabled)\.?", r"kommentare sind geschlossen\.?",
                     r"les commentaires sont fermés\.?", r"comentarios cerrados\.?",
                     # WordPress's count above the thread: "34 responses to “Title”", "12 thoughts on “Title”".
                     r"\d+ (?:responses?|comments?|replies|thoughts?) (?:to|on) .{1,150}"),
    # Alone on a line these are buttons in a masthead, not the heading of a promo box.
    Label.PROMO: (r"newsletters?", r"sign up", r"subscribe(?: now| today)?", r"log ?in ?subscribe"),
    Label.BIO: (r"avatar(?: photo| image)?", r"(?:author|autor|auteur)(?:['’]s)? (?:profile|archive)s?"),
    Label.SHARE: (
        r"share(?: this(?: article| post| story)?| on| via)?[.:!]?", r"follow(?: us)?(?: on \p{L}{2,20})?",
        r"teilen", r"partager", r"compartir",
        r"condividi", r"udostępnij", r"compartilhar", r"delen",
    ),
})

# Social networks and sharing targets: a short line of these is a share bar or a follow-us row.
SOCIAL_NAMES = _wordset(
    "facebook twitter x linkedin pinterest tumblr reddit telegram whatsapp email e-mail mail instagram "
    "youtube vimeo tiktok mastodon bluesky threads print xing vk flipboard pocket rss messenger "
    "snapchat discord github"
)
# Words opening a promo's short link-like sentences ("Dive deeper into …", "Discover …").
PROMO_VERBS = _wordset(
    "dive discover explore learn check find get read join see visit browse uncover unlock"
)
# The English month names' first three letters, for patterns compiled case-insensitively ("Dec.", "December").
MONTH_STEMS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# Starters of a byline or a dateline ("By …", "Posted on …", "Von …").
BYLINE_PREFIX = regex.compile(
    r"^(?:(?:written|posted|published|reported|story|text|words)\s+by|by|von|par|por|di|door|przez|"
    r"autor(?:in)?|author|auteur)\s*:?\s+",
    regex.IGNORECASE,
)
DATELINE_PREFIX = regex.compile(
    r"^(?:posted|published|updated|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|"
    r"actualizado|pubblicato|aggiornato|opublikowano|zaktualizowano|atualizado|gepubliceerd|bijgewerkt)"
    r"(?:\s+(?:on|am|le|el|il|em|op|dnia))?\s*:?\s+",
    regex.IGNORECASE,
)


# Cookie banners: a block naming cookies together with consent or settings, in any of our languages.
COOKIE_HINT = regex.compile(
    r"(?=.*\bcookies?\b)(?=.*\b(?:consent|accept|privacy|partners|settings|preferences|einwilligung|zustimm|"
    r"akzeptier|datenschutz|consentement|accepter|paramètres|consentimiento|aceptar|configuración|consenso|"
    r"accetta|impostazioni|zgod|akceptuj|ustawienia|consentimento|aceitar|configurações|toestemming|accepteer|"
    r"instellingen))",
    regex.IGNORECASE | regex.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase that matched a line: its label and the phrase, for the reason text."""

    label: Label
    phrase: str


def _compile(cues: Mapping[Label, tuple[str, ...]]) -> tuple[tuple[Label, regex.Pattern[str]], ...]:
    return tuple(
        (label, regex.compile(r"^\W{0,3}(?:" + "|".join(phrases) + r")\s*[:.!»›>→]*\s*$", regex.IGNORECASE))
        for label, phrases in cues.items()
    )


_SECTION_PATTERNS = _compile(SECTION_CUES)
_LINE_PATTERNS = _compile(LINE_CUES)
# Cue headings are short: a sentence that merely mentions "comments" is not a heading.
MAX_SECTION_CUE_CHARS = 60
# Chrome lines may carry a title ("Previous Article: …") or a long copyright notice, but not a paragraph.
MAX_LINE_CUE_CHARS = 200


def section_cue(text: str) -> Cue | None:
    """The label of a heading that opens a boilerplate section ("Related Posts"), if any."""
    return _match(text, _SECTION_PATTERNS, MAX_SECTION_CUE_CHARS)


def line_cue(text: str) -> Cue | None:
    """The label of a line that is chrome by itself ("Share", "3 Mins Read", "© 2024 …"), if any."""
    return _match(text, _LINE_PATTERNS, MAX_LINE_CUE_CHARS)


def _match(text: str, patterns: tuple[tuple[Label, regex.Pattern[str]], ...], limit: int) -> Cue | None:
    text = text.strip()
    if not text or len(text) > limit:
        return None
    for label, pattern in patterns:
        if pattern.match(text):
            return Cue(label, text)
    return None


def social_share(text: str) -> float:
    """Share of a line's words that name social networks or sharing targets."""
    tokens = words(text)
    return sum(token in SOCIAL_NAMES for token in tokens) / len(tokens) if tokens else 0.0
