"""The command line: ``thresher extract`` for articles, ``thresher explain`` for why.

One bad input yields an error record and the batch goes on; the exit status is 1 only if an
input failed (2 for a usage error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__
from .article import Article
from .chain import Chain, Mode
from .errors import ChainConfigError
from .page import Page
from .registry import available

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Source:
    """One input: where it came from (for the record) and how to read its bytes."""

    name: str
    path: Path | None

    def read(self) -> bytes:
        return sys.stdin.buffer.read() if self.path is None else self.path.read_bytes()


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        chain = Chain(args.chain.split(",")) if args.chain else Chain()
    except ChainConfigError as exc:
        parser.error(str(exc))
    if args.command == "explain":
        return _explain(args, chain)
    return _extract(args, chain)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thresher", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"thresher {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="extract articles from files, folders or stdin")
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="a file, a .gz file, a folder (read recursively) or - for stdin")
    extract.add_argument("--format", choices=["json", "jsonl", "text", "markdown"], default=None,
                         help="json for one input, jsonl (one record per input) for several")
    explain = commands.add_parser("explain", help="show every block with its label and why it was kept")
    explain.add_argument("paths", nargs=1, metavar="FILE")
    explain.add_argument("--format", choices=["table", "json"], default="table")
    for sub in (extract, explain):
        sub.add_argument("--url", help="the page's URL (helps dates, titles and provenance)")
        sub.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.CASCADE.value,
                         help="fast: cheap extractors only; cascade (default); precise: all vote")
        sub.add_argument("--chain", help=f"comma-separated extractor names ({', '.join(available())})")
    return parser


def iter_sources(paths: Sequence[str]) -> Iterator[Source]:
    """Expand the command line's paths: folders recursively (hidden files skipped), in order."""
    for raw in paths:
        if raw == STDIN:
            yield Source("<stdin>", None)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield Source(str(child), child)
        else:
            yield Source(raw, path)


def _extract(args: argparse.Namespace, chain: Chain) -> int:
    sources = list(iter_sources(args.paths))
    output = args.format or ("json" if len(sources) == 1 else "jsonl")
    failed = 0
    for source in sources:
        article, error = _extract_one(source, chain, args.url, args.mode)
        if article is None:
            failed += 1
        _write(sys.stdout, output, source, article, error, several=len(sources) > 1)
    return 1 if failed else 0


def _extract_one(source: Source, chain: Chain, url: str | None, mode: str
                 ) -> tuple[Article | None, dict[str, str] | None]:
    """An article, or the reason there is none: no input may stop the batch."""
    try:
        return chain.run(Page.load(source.read(), url=url), mode=mode), None
    except Exception as exc:  # a batch records every failure and goes on
        return None, {"type": type(exc).__name__, "message": str(exc)}


def _write(out: TextIO, output: str, source: Source, article: Article | None,
           error: dict[str, str] | None, *, several: bool) -> None:
    if article is None:
        record = {"source": source.name, "error": error}
        if output in ("json", "jsonl"):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            print(f"thresher: {source.name}: {error}", file=sys.stderr)
        return
    if output in ("json", "jsonl"):
        record = {"source": source.name, **article.to_dict()}
        indent = 2 if output == "json" and not several else None
        out.write(json.dumps(record, ensure_ascii=False, indent=indent) + "\n")
        return
    if several:
        out.write(f"==> {source.name} <==\n")
    out.write((article.body + "\n") if output == "text" else article.to_markdown())


def _explain(args: argparse.Namespace, chain: Chain) -> int:
    source = next(iter_sources(args.paths))
    try:
        page = Page.load(source.read(), url=args.url)
    except Exception as exc:  # explain reports the reason like extract does
        print(f"thresher: {source.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    article, candidates = chain.run_with_candidates(page, mode=args.mode)
    if args.format == "json":
        rows = [{"extractor": c.extractor, "text": b.text, "label": b.label, "score": b.score,
                 "kept": b.kept, "reason": b.reason} for c in candidates for b in c.blocks]
        json.dump({"format": str(page.format), "blocks": rows, "article": article.to_dict()},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"format: {page.format}   extractors run: {', '.join(c.extractor for c in candidates) or 'none'}")
    for candidate in candidates:
        if not candidate.blocks:
            continue
        print(f"\n== {candidate.extractor}: {len(candidate.blocks)} blocks")
        for block in candidate.blocks:
            mark = "KEEP" if block.kept else "drop"
            print(f"{mark} {block.label:<11} {block.score:5.2f}  {_preview(block.text)}  [{block.reason}]")
    print("\n== fields")
    for name, value in article.to_dict().items():
        if name in ("body", "confidence", "provenance"):
            continue
        source_of = article.provenance.get(name)
        where = f"  <- {source_of.extractor}:{source_of.rule}" if source_of else ""
        print(f"{name:<12} {article.confidence.get(name, 0):.2f}  {value!r}{where}")
    return 0


def _preview(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


if __name__ == "__main__":
    raise SystemExit(main())
