"""Per-field confidence: a small logistic model over what the chain knows about a field.

The coefficients live in ``data/confidence.json`` so that fitting (``benchmarks/fit_confidence.py``)
replaces data, not code; run time needs no learning library.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from .article import FieldName
from .evidence import FieldEvidence


@dataclass(frozen=True, slots=True)
class ConfidenceModel:
    """Logistic coefficients per field, one set for a present value and one for an absence (per input kind)."""

    weights: dict[str, dict[str, dict[str, float]]]

    @classmethod
    def shipped(cls) -> ConfidenceModel:
        return _shipped_model()

    def probability(self, field: FieldName, evidence: FieldEvidence) -> float:
        table = self.weights.get(str(field)) or self.weights["default"]
        state = "present" if evidence.present else "absent"
        # A fitted field has one table per kind of input: a signal means other things in HTML than in a
        # text dump. The default table serves every input.
        weights = table.get(f"{state}:{'html' if evidence.html else 'text'}") or table.get(state) \
            or self.weights["default"][state]
        z = weights.get("bias", 0.0) + sum(
            weights.get(name, 0.0) * value for name, value in evidence.features().items()
        )
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


@cache
def _shipped_model() -> ConfidenceModel:
    # Read once per process: the file is package data and never changes while running.
    raw: dict[str, Any] = json.loads(files("thresher").joinpath("data/confidence.json").read_text())
    return ConfidenceModel(weights=raw["fields"])
