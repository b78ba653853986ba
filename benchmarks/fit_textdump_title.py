"""Fit the text-dump title model (``thresher.extractors.textdump_title.WEIGHTS``) on the dev part.

Reads the cached dumps of ``benchmarks.textdump_run`` (run it first), takes wcxb-dev pages with odd
ids (the dev part), describes every title candidate near the body's start, marks the one equal to the
page's true title, and fits a conditional logit (one softmax over each page's candidates) by gradient
descent (numpy, at fit time only). Prints the weights to paste into ``textdump_title.py`` and how often
the top-ranked candidate is the title, on dev and (for checking only, never for tuning) held-out pages.

    python -m benchmarks.fit_textdump_title [--renderers w3m,inscriptis,html2text] [--limit N]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import numpy as np

from thresher.extractors import textdump as td
from thresher.extractors import textdump_title as tt
from thresher.page import Page
from thresher.textblocks import build_blocks

from .datasets import WCXB, load
from .dumps import dump
from .metrics import normalise_text

# Gradient descent: enough steps for these few features to settle; a little L2 keeps weights small.
STEPS, RATE, L2 = 1500, 0.5, 1e-3

Rows = list[tuple[tuple[float, ...], bool]]


def page_rows(text: str, title: str) -> Rows:
    """(features, is the true title) for every candidate of one dump, as the extractor sees them."""
    blocks = build_blocks(Page(text).lines).items
    if not blocks:
        return []
    verdicts = td.spread_sections(blocks, [td.block_verdict(blocks, i) for i in range(len(blocks))])
    verdicts = td.mark_annotated(blocks, verdicts)
    body = td.choose_body(blocks, verdicts)
    ctx = tt.title_context(blocks, verdicts, body)
    key = normalise_text(title)
    return [(values, normalise_text(blocks[i].text) == key) for i, values in tt.candidate_features(ctx)]


def fit(pages: Sequence[Rows]) -> np.ndarray:
    """Conditional logit: maximise the log softmax share of the true candidate on each page that has one
    (all pages' candidates in one array, ``page`` telling whose each row is)."""
    usable = [page for page in pages if any(r[1] for r in page)]
    x = np.array([r[0] for page in usable for r in page])
    y = np.array([float(r[1]) for page in usable for r in page])
    page = np.repeat(np.arange(len(usable)), [len(p) for p in usable])
    target = y / np.bincount(page, y)[page]
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        s = x @ w
        top = np.full(len(usable), -np.inf)
        np.maximum.at(top, page, s)
        e = np.exp(s - top[page])
        p = e / np.bincount(page, e)[page]
        w -= RATE * (x.T @ (p - target) / len(usable) + L2 * w)
    return w


def accuracy(pages: Sequence[Rows], w: np.ndarray) -> tuple[int, int]:
    """Pages whose top-ranked candidate is the title, of all pages."""
    right = sum(bool(page) and page[int(np.argmax([float(np.dot(w, r[0])) for r in page]))][1] for page in pages)
    return right, len(pages)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fit_textdump_title")
    parser.add_argument("--renderers", default="w3m,inscriptis,html2text")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    parts: dict[str, dict[str, list[Rows]]] = {"dev": {}, "held": {}}
    for record in load(WCXB, limit=args.limit):
        if not record.title:
            continue
        part = "dev" if int(record.id) % 2 == 1 else "held"
        for renderer in args.renderers.split(","):
            parts[part].setdefault(renderer, []).append(page_rows(dump(renderer, record), record.title))
    w = fit([page for pages in parts["dev"].values() for page in pages])
    for part, by_renderer in parts.items():
        for renderer, pages in by_renderer.items():
            right, total = accuracy(pages, w)
            print(f"{part} {renderer}: top candidate is the title on {right} of {total} dumps ({right / total:.3f})")
    print("WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w) + ")  # " + ", ".join(tt.FEATURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
