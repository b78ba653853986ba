"""Fit the text-dump title model (``thresher.extractors.textdump_title.WEIGHTS``) on the dev part.

Reads the cached dumps of ``benchmarks.textdump_run`` (run it first), takes wcxb-dev pages with odd
ids (the dev part), describes every title candidate near the body's start, marks the one equal to the
page's true title, and fits a conditional logit (one softmax over each page's candidates) by Newton's
method (numpy, at fit time only; plain gradient descent did not settle: the distance features are
on a larger scale than the others). Prints the weights to paste into ``textdump_title.py`` and how often
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

# Newton steps: the log-likelihood is concave, so a few dozen steps reach its maximum; a little L2 keeps
# weights small and the Hessian invertible.
MAX_STEPS, L2 = 50, 1e-3
# The fit has settled when a step gains less than this.
TOLERANCE = 1e-9

Rows = list[tuple[tuple[float, ...], bool]]


def page_rows(text: str, title: str) -> Rows:
    """(features, is the true title) for every candidate of one dump, as the extractor sees them."""
    blocks = build_blocks(Page(text).lines).items
    if not blocks:
        return []
    verdicts = td.spread_sections(blocks, [td.block_verdict(blocks, i) for i in range(len(blocks))])
    verdicts = td.mark_teaser_cadence(blocks, td.mark_annotated(blocks, verdicts))
    body = td.choose_body(blocks, verdicts)
    limit = td.header_limit(blocks, verdicts, body)
    ctx = tt.title_context(blocks, verdicts, body, min(body.start if body else len(blocks), limit))
    key = normalise_text(title)
    return [(values, normalise_text(blocks[i].text) == key) for i, values in tt.candidate_features(ctx)]


def fit(pages: Sequence[Rows]) -> np.ndarray:
    """Conditional logit: maximise the log softmax share of the true candidate on each page that has one
    (all pages' candidates in one array, ``page`` telling whose each row is), by Newton's method with
    step halving."""
    usable = [page for page in pages if any(r[1] for r in page)]
    x = np.array([r[0] for page in usable for r in page])
    y = np.array([float(r[1]) for page in usable for r in page])
    page = np.repeat(np.arange(len(usable)), [len(p) for p in usable])
    target = y / np.bincount(page, y)[page]
    w = np.zeros(x.shape[1])
    loss, p = _loss(x, target, page, w)
    for _ in range(MAX_STEPS):
        gradient = x.T @ (p - target) / len(usable) + L2 * w
        step = np.linalg.solve(_hessian(x, page, p, len(usable)), gradient)
        scale = 1.0
        new_loss, new_p = _loss(x, target, page, w - step)
        while new_loss > loss and scale > TOLERANCE:
            scale /= 2
            new_loss, new_p = _loss(x, target, page, w - scale * step)
        w, gained, loss, p = w - scale * step, loss - new_loss, new_loss, new_p
        if gained < TOLERANCE:
            break
    return w


def _loss(x: np.ndarray, target: np.ndarray, page: np.ndarray, w: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean negative log share of the true candidates (plus the L2 term), and every candidate's share."""
    s = x @ w
    top = np.full(page.max() + 1, -np.inf)
    np.maximum.at(top, page, s)
    e = np.exp(s - top[page])
    total = np.bincount(page, e)[page]
    loss = -np.sum(target * (s - top[page] - np.log(total))) / (page.max() + 1) + L2 * float(w @ w) / 2
    return loss, e / total


def _hessian(x: np.ndarray, page: np.ndarray, p: np.ndarray, pages: int) -> np.ndarray:
    """Per page, the covariance of the features under the candidates' shares; averaged, plus L2."""
    means = np.zeros((pages, x.shape[1]))
    np.add.at(means, page, x * p[:, None])
    return ((x.T * p) @ x - means.T @ means) / pages + L2 * np.eye(x.shape[1])


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
