"""CLI: run extraction systems over the benchmark sets and write results.json / .md.

    python -m benchmarks.run [--datasets scrapinghub,wcxb-dev,trafilatura-eval]
        [--systems thresher,trafilatura,...,thresher:dom] [--limit N]
        [--out benchmarks/results] [--timeout 30] [--per-page]

Pages are read and decoded once, then every system runs on the page in turn; only
the system call itself is timed. A system that raises or exceeds the timeout on a
page scores that page as empty output and counts a failure. A system that cannot
be set up (e.g. thresher not importable) is reported as an error; others still run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import shlex
import signal
import sys
import time
import warnings
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from types import FrameType
from typing import Any

from tqdm import tqdm

from benchmarks import report
from benchmarks.datasets import LOADERS, count_pages, data_root, load
from benchmarks.scoring import Tally
from benchmarks.systems import DEFAULT_SYSTEMS, Extraction, Extractor, Page, System, decode_html
from benchmarks.systems import get_system as _get_system

DEFAULT_OUT = Path(__file__).resolve().parent / "results"
WARM_UP_PAGE = Page(b"<html><body><p>warm up</p></body></html>", "<html><body><p>warm up</p></body></html>", None)


class PageTimeout(BaseException):
    """Raised by SIGALRM; a BaseException so libraries' `except Exception` can't eat it."""


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise PageTimeout


def timed_call(extractor: Extractor, page: Page, timeout: float) -> tuple[Extraction | None, float, str | None]:
    """Run one system on one page: (result or None, seconds, error or None)."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    start = time.perf_counter()
    result: Extraction | None = None
    error: str | None = None
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            result = extractor(page)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except PageTimeout:
        error = "timeout"
    except Exception as exc:
        error = f"{type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    signal.signal(signal.SIGALRM, previous)
    return result, seconds, error


def build(systems: Sequence[System]) -> dict[str, Extractor | str]:
    """Set up each system (imports, constructors) and warm it up; error text if it can't."""
    built: dict[str, Extractor | str] = {}
    for system in systems:
        try:
            extractor = system.make()
        except Exception as exc:
            built[system.name] = f"{type(exc).__name__}: {exc}"
            continue
        timed_call(extractor, WARM_UP_PAGE, 60)
        built[system.name] = extractor
    return built


def run_dataset(
    name: str,
    systems: Sequence[System],
    built: dict[str, Extractor | str],
    args: argparse.Namespace,
    per_page: Any,
) -> dict[str, Any]:
    """Run all systems over one dataset; returns its JSON section."""
    tallies = {s.name: Tally(name, s.fields) for s in systems if not isinstance(built[s.name], str)}
    total = count_pages(name, args.data)
    total = min(total, args.limit) if args.limit is not None else total
    for index, record in enumerate(tqdm(load(name, args.data, args.limit), total=total, desc=name, file=sys.stderr)):
        page = Page(record.html, decode_html(record.html), record.url)
        if index == 0:  # untimed first pass: lazy imports and caches would bill page one
            for system_name in tallies:
                timed_call(built[system_name], page, args.timeout)  # type: ignore[arg-type]
        for system_name, tally in tallies.items():
            extractor = built[system_name]
            assert not isinstance(extractor, str)
            result, seconds, error = timed_call(extractor, page, args.timeout)
            score = tally.add(record, result, seconds, error)
            if per_page is not None:
                row = {
                    "dataset": name,
                    "id": record.id,
                    "system": system_name,
                    "score": score,
                    "ms": round(1000 * seconds, 2),
                    "error": error,
                }
                per_page.write(json.dumps(row) + "\n")
    section: dict[str, Any] = {}
    for system in systems:
        entry = built[system.name]
        section[system.name] = {"error": entry} if isinstance(entry, str) else tallies[system.name].summary()
    pages = next((v["pages"] for v in section.values() if "pages" in v), total)
    return {"pages": pages, "systems": section}


def _version(system: System) -> str:
    try:
        return version(system.package) if system.package else "-"
    except PackageNotFoundError:
        return "not installed"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", default=",".join(LOADERS), help="comma-separated (default: all)")
    parser.add_argument(
        "--systems",
        default=",".join(DEFAULT_SYSTEMS),
        help="comma-separated; thresher:NAME runs one thresher extractor alone",
    )
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each dataset")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per page and system")
    parser.add_argument("--data", type=Path, default=None, help="datasets folder (default: THRESHER_DATA)")
    parser.add_argument("--per-page", action="store_true", help="also write pages.jsonl")
    args = parser.parse_args(argv)
    args.datasets = [d for d in args.datasets.split(",") if d]
    unknown = [d for d in args.datasets if d not in LOADERS]
    if unknown:
        parser.error(f"unknown dataset(s) {unknown}; known: {', '.join(LOADERS)}")
    try:
        args.systems = [_get_system(s) for s in args.systems.split(",") if s]
    except ValueError as exc:
        parser.error(str(exc))
    args.data = args.data or data_root()
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    logging.disable(logging.CRITICAL)  # libraries log every discarded page
    warnings.simplefilter("ignore")
    built = build(args.systems)
    for name, entry in built.items():
        if isinstance(entry, str):
            print(f"{name}: not run ({entry})", file=sys.stderr)
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "run": {
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "command": shlex.join(["python", "-m", "benchmarks.run", *argv]),
            "data_root": str(args.data),
            "limit": args.limit,
            "timeout_s": args.timeout,
            "python": sys.version.split()[0],
            "versions": {s.name: _version(s) for s in args.systems},
        },
        "datasets": {},
    }
    per_page = (args.out / "pages.jsonl").open("w", encoding="utf-8") if args.per_page else None
    try:
        for name in args.datasets:
            results["datasets"][name] = run_dataset(name, args.systems, built, args, per_page)
    finally:
        if per_page is not None:
            per_page.close()
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    markdown = report.render(results)
    (args.out / "results.md").write_text(markdown, encoding="utf-8")
    print(markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
