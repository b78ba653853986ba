"""Speed and memory: thresher's modes against the peers and lxml's parse-only floor, in one run.

    python -m benchmarks.speed [--dataset wcxb-dev] [--limit N] [--systems ...]   time per page and per MB
    python -m benchmarks.speed --soak [--repeat 2]                            RSS across every page, twice

Each system runs in its own child process over the same pages (gunzipped in advance, outside the
timing), so its peak RSS (ru_maxrss) is its own; times are compared as ratios within one run,
because these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.datasets import SCRAPINGHUB, TRAFILATURA_EVAL, WCXB, load
from benchmarks.systems import Page, decode_html, get_system

DEFAULT_SYSTEMS = ("lxml-parse", "thresher@fast", "thresher", "thresher@precise", "trafilatura", "readability",
                   "resiliparse", "justext", "newspaper4k", "goose3")
REPO = Path(__file__).resolve().parents[1]
SOAK_MARK = 500


def runner(name: str) -> Callable[[Page], object]:
    """A callable for one page: thresher in a mode (``thresher@fast``), lxml's parse, or a peer."""
    if name == "lxml-parse":
        import lxml.html

        return lambda page: lxml.html.document_fromstring(page.html)
    if name.startswith("thresher"):
        import thresher

        mode = name.partition("@")[2] or "cascade"
        return lambda page: thresher.extract(page.html, url=page.url, mode=mode)
    return get_system(name).make()


def time_one(name: str, dataset: str, limit: int | None) -> dict[str, float]:
    """In this process: run one system over the pages and report its time and peak memory."""
    pages = [Page(r.html, decode_html(r.html), r.url) for r in load(dataset, limit=limit)]
    run = runner(name)
    run(pages[0])  # imports and first-call set-up stay out of the timing
    failures, start = 0, time.perf_counter()
    for page in pages:
        try:
            run(page)
        except Exception:  # a crash counts, but the clock goes on
            failures += 1
    seconds = time.perf_counter() - start
    megabytes = sum(len(p.html) for p in pages) / 1e6
    return {"pages": len(pages), "seconds": seconds, "ms_per_page": 1000 * seconds / len(pages),
            "seconds_per_mb": seconds / megabytes, "failures": failures,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def soak(repeat: int) -> dict[str, object]:
    """Every benchmark page through the default chain ``repeat`` times in one process: RSS must not grow.

    RSS is read every ``SOAK_MARK`` pages: growth shows as a slope, not only as a higher end point.
    """
    import thresher

    marks: list[tuple[int, float]] = [(0, _rss_mb())]
    done = 0
    for _ in range(repeat):
        for dataset in (SCRAPINGHUB, WCXB, TRAFILATURA_EVAL):
            for record in load(dataset):
                with contextlib.suppress(thresher.ThresherError):
                    thresher.extract(record.html, url=record.url)
                done += 1
                if done % SOAK_MARK == 0:
                    marks.append((done, _rss_mb()))
    marks.append((done, _rss_mb()))
    return {"pages": done, "rss_mb": marks}


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default=WCXB)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--systems", default=",".join(DEFAULT_SYSTEMS))
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process's job
    parser.add_argument("--soak", action="store_true")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(time_one(args.one, args.dataset, args.limit)))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    command = "python -m benchmarks.speed " + " ".join(sys.argv[1:] if argv is None else argv)
    if args.soak:
        result = {"date": dt.date.today().isoformat(), "command": command.strip(), **soak(args.repeat)}
        (args.out / "soak.json").write_text(json.dumps(result, indent=2))
        print(json.dumps(result))
        return 0
    results = {name: _child(name, args) for name in args.systems.split(",")}
    report = {"date": dt.date.today().isoformat(), "command": command.strip(), "dataset": args.dataset,
              "systems": results}
    (args.out / "speed.json").write_text(json.dumps(report, indent=2))
    (args.out / "speed.md").write_text(render(report))
    print(render(report))
    return 0


def _child(name: str, args: argparse.Namespace) -> dict[str, float] | dict[str, str]:
    command = [sys.executable, "-m", "benchmarks.speed", "--one", name, "--dataset", args.dataset]
    if args.limit:
        command += ["--limit", str(args.limit)]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def render(report: dict[str, object]) -> str:
    systems: dict[str, dict[str, float]] = report["systems"]  # type: ignore[assignment]
    trafilatura = systems.get("trafilatura", {}).get("seconds")
    lines = [f"Speed on {report['dataset']}, {report['date']}: `{report['command']}`", "",
             "| system | ms/page | s/MB | × trafilatura's time | peak RSS MB | failures |",
             "|---|---|---|---|---|---|"]
    for name, entry in systems.items():
        if "error" in entry:
            lines.append(f"| {name} | error: {entry['error']} | | | | |")
            continue
        ratio = f"{entry['seconds'] / trafilatura:.2f}" if trafilatura else "—"
        lines.append(f"| {name} | {entry['ms_per_page']:.1f} | {entry['seconds_per_mb']:.2f} | {ratio} | "
                     f"{entry['peak_rss_mb']:.0f} | {entry['failures']:.0f} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
