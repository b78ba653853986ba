import gzip
import io
import json
import subprocess
import sys

import pytest

from thresher.cli import main

HTML = b"""<html><head><title>Budget vote | City News</title></head><body>
<article><h1>Budget vote</h1><p>The committee met on Tuesday to discuss the new budget for the city,
and several members objected to the cuts proposed for the public libraries.</p></article></body></html>"""
RECORD = b"---\ntitle: A record\ndate: 2024-05-01\n---\nBody text of the record.\n"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_one_file_gives_pretty_json_with_its_source(tmp_path, capsys):
    path = tmp_path / "record.md"
    path.write_bytes(RECORD)
    status, out, _ = _run(capsys, "extract", str(path))
    record = json.loads(out)
    assert status == 0
    assert record["source"] == str(path)
    assert record["title"] == "A record"
    assert record["date"] == "2024-05-01"


def test_folder_and_gz_give_json_lines_and_a_bad_input_does_not_stop_the_batch(tmp_path, capsys):
    (tmp_path / "a.md").write_bytes(RECORD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html.gz").write_bytes(gzip.compress(HTML))
    (tmp_path / "sub" / "c.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / ".hidden").write_bytes(RECORD)
    status, out, _ = _run(capsys, "extract", str(tmp_path))
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["source"].rsplit("/", 1)[-1] for r in records] == ["a.md", "b.html.gz", "c.png"]
    assert records[0]["title"] == "A record"
    assert "committee met" in records[1]["body"]
    assert records[2]["error"]["type"] == "UnsupportedInputError"
    assert status == 1


def test_missing_file_is_an_error_record(tmp_path, capsys):
    status, out, _ = _run(capsys, "extract", str(tmp_path / "nope.html"), "--format", "jsonl")
    assert json.loads(out)["error"]["type"] == "FileNotFoundError"
    assert status == 1


def test_stdin_and_text_format(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(RECORD)))
    status, out, _ = _run(capsys, "extract", "-", "--format", "text")
    assert status == 0
    assert out == "Body text of the record.\n"


def test_markdown_format(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_bytes(HTML)
    _, out, _ = _run(capsys, "extract", str(path), "--format", "markdown", "--mode", "precise")
    assert "committee met on Tuesday" in out


def test_unknown_extractor_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["extract", str(tmp_path), "--chain", "nope"])
    assert info.value.code == 2


def test_explain_lists_fields_with_provenance(tmp_path, capsys):
    path = tmp_path / "record.md"
    path.write_bytes(RECORD)
    status, out, _ = _run(capsys, "explain", str(path))
    assert status == 0
    assert "frontmatter:frontmatter.title" in out
    status, out, _ = _run(capsys, "explain", str(path), "--format", "json")
    assert json.loads(out)["article"]["title"] == "A record"


def test_python_dash_m_works(tmp_path):
    path = tmp_path / "record.md"
    path.write_bytes(RECORD)
    result = subprocess.run([sys.executable, "-m", "thresher", "extract", str(path)],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["title"] == "A record"
