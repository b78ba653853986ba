"""Bytes to text: unwrap gzip, refuse binary, honour the declared charset, detect, repair mojibake, and
compose characters (NFC) so that equal text is equal code points."""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib

import charset_normalizer
import ftfy
import ftfy.badness
import regex

from .errors import UnsupportedInputError

# Magic numbers of the binary formats scrapers most often save by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"%PDF-", "pdf"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"PK\x03\x04", "zip"),
    (b"RIFF", "riff"),
    (b"\x7fELF", "elf"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"wOFF", "woff"),
)
_GZIP_MAGIC = b"\x1f\x8b"
# A gzip member may not inflate beyond this: a bomb gets a typed error, not an exhausted machine.
MAX_INFLATED_BYTES = 64 * 1024 * 1024
# Where a page declares its charset: <meta charset>, http-equiv content, or the XML declaration.
_DECLARED_CHARSET = regex.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    regex.IGNORECASE,
)
# Only the head of a page is searched for a declaration, as browsers do (HTML spec: 1024 bytes;
# real pages put it later, behind long <script> blocks, so we look further).
_SNIFF_BYTES = 8192
# Text whose share of control characters exceeds this is binary, not a page.
MAX_CONTROL_SHARE = 0.05
# UTF-8 read as cp1252/latin-1 leaves a lead byte's letter (Â..ô) before a continuation byte's
# character (0x80-0xBF in cp1252: € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, or NBSP..¿).
# Only text showing that mark is handed to ftfy, whose full check costs ~10 ms per 100 kB.
_MOJIBAKE_MARK = regex.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
    "\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153"
    "\u017e\u0178]"
)
# A set of code points matches alike in both engines; the stdlib one scans 64 kB about three times faster.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def decode(content: bytes | str) -> tuple[str, str, bool]:
    """Return ``(text, encoding, repaired)``; raise UnsupportedInputError for binary input."""
    if isinstance(content, str):
        text, encoding = content, "str"
    else:
        data = _unwrap_gzip(content)
        _refuse_magic(data)
        text, encoding = _bytes_to_text(data)
    _refuse_control_heavy(text)
    fixed = repair_mojibake(text)
    return _composed(fixed), encoding, fixed != text


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as cp1252/latin-1 ("Baiduâ€™s" → "Baidu’s"), keeping curly quotes."""
    if not _MOJIBAKE_MARK.search(text) or not ftfy.badness.is_bad(text):
        return text
    return ftfy.fix_encoding(text)


def _composed(text: str) -> str:
    """Text in Unicode's composed form (NFC): "e" + U+0301 and "é" are one string for a search or a diff,
    as trafilatura's output and most indexes have them."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _unwrap_gzip(data: bytes) -> bytes:
    if not data.startswith(_GZIP_MAGIC):
        return data
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_INFLATED_BYTES)
    except zlib.error as exc:
        raise UnsupportedInputError(f"corrupt gzip data: {exc}", kind="gzip") from exc
    if inflater.unconsumed_tail:
        raise UnsupportedInputError(f"gzip data inflates beyond {MAX_INFLATED_BYTES} bytes", kind="gzip")
    if not inflater.eof:
        raise UnsupportedInputError("truncated gzip data", kind="gzip")
    return out


def _refuse_magic(data: bytes) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise UnsupportedInputError(f"input is a {kind} file, not a page of text", kind=kind)


def _bytes_to_text(data: bytes) -> tuple[str, str]:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = _declared_charset(data)
    for encoding in (declared, "utf-8"):
        if encoding:
            try:
                return data.decode(encoding), encoding
            except (UnicodeDecodeError, LookupError):
                continue
    if declared == "utf-8":
        # A page that says UTF-8 and is, but for a stray byte or a cut character: browsers keep UTF-8 and
        # show U+FFFD there (WHATWG). A guess from the bytes would read the whole page in a legacy charset.
        return data.decode("utf-8", errors="replace"), "utf-8"
    best = charset_normalizer.from_bytes(data[:262144]).best()
    if best is None:
        raise UnsupportedInputError("input is not text in any known encoding", kind="binary")
    return data.decode(best.encoding, errors="replace"), best.encoding


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "ignore").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages that say latin-1 almost always mean windows-1252, as browsers assume (WHATWG).
    return "cp1252" if codec in {"latin-1", "iso8859-1", "ascii"} else codec


def _refuse_control_heavy(text: str) -> None:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise UnsupportedInputError("input is binary data, not a page of text", kind="binary")
