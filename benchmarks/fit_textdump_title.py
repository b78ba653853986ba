"""Fit the text-dump title model (``thresher.extractors.textdump_title.WEIGHTS``) on the dev part.

Reads the cached dumps of ``benchmarks.textdump_run`` (run it first), takes wcxb-dev pages with odd
ids (the dev part), describes every title candidate near the body's start, labels it by whether it
equals the page's true title, and fits a logistic regression by gradient descent (numpy, at fit time
only). Prints the weights to paste into ``textdump_title.py`` and the dev accuracy of the argmax.

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
STEPS, RATE, L2 = 3000, 0.5, 1e-3


def page_rows(text: str, title: str) -> list[tuple[tuple[float, ...], bool]]:
    """(features, is the true title) for every candidate of one dump."""
    blocks = build_blocks(Page(text).lines).items
    if not blocks:
        return []
    verdicts = td.spread_sections(blocks, [td.block_verdict(blocks, i) for i in range(len(blocks))])
    verdicts = td.mark_annotated(blocks, verdicts)
    body = td.choose_body(blocks, verdicts)
    start = body.start if body else len(blocks)
    body_words = frozenset().union(*(tt.content_words(b.text) for b in blocks[start : (body.end + 1) if body else 0]))
    key = normalise_text(title)
    return [
        (tt.features(blocks, i, start, body_words), normalise_text(blocks[i].text) == key)
        for i in tt.candidates(blocks, verdicts, start)
    ]


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-x @ w))
        w -= RATE * (x.T @ (p - y) / len(y) + L2 * w)
    return w


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fit_textdump_title")
    parser.add_argument("--renderers", default="w3m,inscriptis,html2text")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    pages: list[list[tuple[tuple[float, ...], bool]]] = []
    for record in load(WCXB, limit=args.limit):
        if int(record.id) % 2 == 0 or not record.title:
            continue
        for renderer in args.renderers.split(","):
            pages.append(page_rows(dump(renderer, record), record.title))
    rows = [row for page in pages for row in page]
    x = np.array([r[0] for r in rows])
    y = np.array([float(r[1]) for r in rows])
    w = fit(x, y)
    right = sum(bool(page) and page[int(np.argmax([float(np.dot(w, r[0])) for r in page]))][1] for page in pages)
    print(f"{len(pages)} dumps, {len(rows)} candidates, {int(y.sum())} true titles; argmax right on {right}")
    print("WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w) + ")  # " + ", ".join(tt.FEATURES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
