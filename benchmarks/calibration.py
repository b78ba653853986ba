"""Calibration arithmetic: logistic fitting (numpy, IRLS) and the measures we report.

Kept apart from the fitting script so tests and the benchmark can score any set of
(probability, outcome) pairs the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# L2 penalty on standardised weights: keeps small groups (e.g. absent titles) from overfitting.
RIDGE = 1.0
# A whisper of penalty on the bias keeps Newton's steps finite when every outcome is the same.
BIAS_RIDGE = 1e-3
NEWTON_STEPS = 50
ECE_BINS = 10


@dataclass(frozen=True)
class Fit:
    """Weights on raw feature values (standardisation folded back in), and a bias."""

    bias: float
    weights: dict[str, float]

    def predict(self, rows: np.ndarray, names: Sequence[str]) -> np.ndarray:
        z = self.bias + rows @ np.array([self.weights.get(n, 0.0) for n in names])
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))


def fit_logistic(rows: np.ndarray, outcomes: np.ndarray, names: Sequence[str]) -> Fit:
    """Ridge logistic regression by Newton's method on standardised features."""
    if len(outcomes) == 0:
        return Fit(0.0, {})
    mean, scale = rows.mean(axis=0), rows.std(axis=0)
    usable = scale > 1e-9
    x = np.zeros_like(rows, dtype=float)
    x[:, usable] = (rows[:, usable] - mean[usable]) / scale[usable]
    x = np.hstack([np.ones((len(x), 1)), x])
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], RIDGE)
    penalty[0] = BIAS_RIDGE
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -40, 40)))
        gradient = x.T @ (outcomes - p) - penalty * beta
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-8:
            break
    weights = np.where(usable, beta[1:] / np.where(usable, scale, 1.0), 0.0)
    bias = beta[0] - float((weights * mean).sum())
    return Fit(float(bias), {n: float(w) for n, w in zip(names, weights, strict=True) if w != 0.0})


def expected_calibration_error(probabilities: np.ndarray, outcomes: np.ndarray, bins: int = ECE_BINS) -> float:
    """Mean |accuracy - confidence| over equal-width bins, weighted by bin size."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(probabilities, edges[1:-1]), 0, bins - 1)
    total = 0.0
    for b in range(bins):
        mask = index == b
        if mask.any():
            total += mask.sum() * abs(outcomes[mask].mean() - probabilities[mask].mean())
    return total / max(len(probabilities), 1)


def brier(probabilities: np.ndarray, outcomes: np.ndarray) -> float:
    return float(np.mean((probabilities - outcomes) ** 2)) if len(outcomes) else float("nan")


def auroc(probabilities: np.ndarray, outcomes: np.ndarray) -> float:
    """Probability that a right value outranks a wrong one (Mann-Whitney, ties count half)."""
    positives, negatives = probabilities[outcomes == 1], probabilities[outcomes == 0]
    if len(positives) == 0 or len(negatives) == 0:
        return float("nan")
    order = np.argsort(np.concatenate([positives, negatives]), kind="mergesort")
    ranks = np.empty(len(order))
    values = np.concatenate([positives, negatives])[order]
    ranks[order] = _average_ranks(values)
    return float((ranks[: len(positives)].sum() - len(positives) * (len(positives) + 1) / 2)
                 / (len(positives) * len(negatives)))


def _average_ranks(sorted_values: np.ndarray) -> np.ndarray:
    ranks = np.arange(1, len(sorted_values) + 1, dtype=float)
    start = 0
    for end in range(1, len(sorted_values) + 1):
        if end == len(sorted_values) or sorted_values[end] != sorted_values[start]:
            ranks[start:end] = (start + 1 + end) / 2
            start = end
    return ranks


def reliability_bins(probabilities: np.ndarray, outcomes: np.ndarray, bins: int = ECE_BINS
                     ) -> list[tuple[float, float, int]]:
    """(mean confidence, accuracy, count) per non-empty bin: the reliability diagram's points."""
    edges = np.linspace(0.0, 1.0, bins + 1)
    index = np.clip(np.digitize(probabilities, edges[1:-1]), 0, bins - 1)
    return [(float(probabilities[index == b].mean()), float(outcomes[index == b].mean()), int((index == b).sum()))
            for b in range(bins) if (index == b).any()]
