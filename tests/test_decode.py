import gzip
import os

import pytest

from thresher._decode import MAX_INFLATED_BYTES, decode, repair_mojibake
from thresher.errors import ThresherError, UnsupportedInputError


def test_declared_charset_is_honoured():
    html = '<html><head><meta charset="iso-8859-15"></head><body>caf\xe9 \u20ac</body></html>'
    text, encoding, _ = decode(html.encode("iso-8859-15"))
    assert "café €" in text
    assert encoding == "iso8859-15"


def test_latin1_declaration_reads_as_windows_1252_like_browsers():
    raw = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\x93quoted\x94</p>'
    text, encoding, _ = decode(raw)
    assert "\u201cquoted\u201d" in text
    assert encoding == "cp1252"


def test_undeclared_non_utf8_is_detected():
    raw = ("Der Bär läuft über die Straße, und die Größe der Häuser ist schön. " * 20).encode("cp1252")
    text, _, _ = decode(raw)
    assert "Bär läuft über" in text


def test_declared_utf8_with_a_stray_byte_stays_utf8_like_browsers():
    page = "<meta charset='UTF-8'><p>" + "Kolejne organizacje sprzeciwiają się skandalicznym atakom. " * 50 + "</p>"
    raw = page.encode("utf-8") + b"<p>\xe2\x80</p>"  # a character cut in half at the end
    text, encoding, _ = decode(raw)
    assert "sprzeciwiają się" in text
    assert encoding == "utf-8"


def test_text_comes_out_composed():
    text, _, _ = decode("<p>Cafe\u0301 und Gru\u0308n</p>".encode())
    assert "Café und Grün" in text


def test_mojibake_is_repaired_and_curly_quotes_survive():
    assert repair_mojibake("Baiduâ€™s Strategic Approach") == "Baidu\u2019s Strategic Approach"
    text, _, repaired = decode("title: Baiduâ€™s plan".encode())
    assert text == "title: Baidu\u2019s plan"
    assert repaired


def test_clean_text_is_left_alone():
    text = "Déjà vu \u2014 “quoted” café"
    assert decode(text)[0] == text
    assert decode(text.encode())[2] is False


def test_gzip_is_unwrapped():
    assert decode(gzip.compress(b"<p>hello</p>"))[0] == "<p>hello</p>"


@pytest.mark.parametrize("data", [b"\x1f\x8b", gzip.compress(b"<p>hello</p>")[:-9], b"\x1f\x8bnot gzip"])
def test_truncated_or_corrupt_gzip_raises_a_typed_error(data):
    with pytest.raises(UnsupportedInputError) as info:
        decode(data)
    assert info.value.kind == "gzip"


def test_gzip_bomb_is_refused():
    bomb = gzip.compress(b"\0" * (MAX_INFLATED_BYTES + 1024))
    with pytest.raises(UnsupportedInputError) as info:
        decode(bomb)
    assert info.value.kind == "gzip"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + os.urandom(64), "png"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
        (b"\xff\xd8\xff\xe0" + os.urandom(64), "jpeg"),
        (b"PK\x03\x04" + os.urandom(64), "zip"),
    ],
)
def test_binary_formats_raise_a_typed_error(data, kind):
    with pytest.raises(UnsupportedInputError) as info:
        decode(data)
    assert info.value.kind == kind
    assert isinstance(info.value, ThresherError)


def test_random_bytes_raise_a_typed_error():
    data = bytes(range(256)) * 8
    with pytest.raises(UnsupportedInputError):
        decode(data)
