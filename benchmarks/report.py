"""Render results.json's structure as results.md (Markdown tables)."""

from __future__ import annotations

from typing import Any

from benchmarks.scoring import BODY_METRIC, META_FIELDS, WCXB_TYPES

DASH = "—"


def _num(value: float | None, digits: int = 3) -> str:
    return DASH if value is None else f"{value:.{digits}f}"


def _meta(entry: dict[str, Any], name: str) -> str:
    value = (entry.get("metadata") or {}).get(name)
    return DASH if value is None else _num(value["accuracy"], 2)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _dataset_section(name: str, data: dict[str, Any]) -> list[str]:
    systems: dict[str, Any] = data["systems"]
    has_meta = any("metadata" in e for e in systems.values())
    header = ["system", "P", "R", "F1"]
    header += [f"{f} acc." for f in META_FIELDS] if has_meta else []
    header += ["ms/page", "failures"]
    rows = []
    for system, entry in systems.items():
        if "error" in entry:
            rows.append([system, *[DASH] * (len(header) - 2), f"error: {entry['error'][:80]}"])
            continue
        row = [system, _num(entry["precision"]), _num(entry["recall"]), _num(entry["f1"])]
        row += [_meta(entry, f) for f in META_FIELDS] if has_meta else []
        row += [_num(entry["ms_per_page"], 1), str(entry["failures"])]
        rows.append(row)
    lines = [f"## {name} ({data['pages']} pages)", "", f"Body metric: {BODY_METRIC[name]}.", ""]
    lines += _table(header, rows)
    typed = {s: e["by_page_type"] for s, e in systems.items() if "by_page_type" in e}
    if typed:
        counts: dict[str, int] = {}
        for per_type in typed.values():
            counts.update({t: v["pages"] for t, v in per_type.items()})
        types = [t for t in WCXB_TYPES if t in counts]
        type_rows = [[s, *[_num(pt.get(t, {}).get("f1")) for t in types]] for s, pt in typed.items()]
        lines += ["", "F1 by page type:", ""]
        lines += _table(["system", *[f"{t} ({counts[t]})" for t in types]], type_rows)
    return [*lines, ""]


def render(results: dict[str, Any]) -> str:
    """Markdown with the run date and exact command on top, one section per dataset."""
    run = results["run"]
    versions = ", ".join(f"{k} {v}" for k, v in run["versions"].items())
    lines = [
        "# thresher benchmark results",
        "",
        f"- Run: {run['date']}",
        f"- Command: `{run['command']}`",
        f"- Data: `{run['data_root']}`; per-page timeout {run['timeout_s']} s",
        f"- Versions: {versions}",
        "- Metadata columns: share of annotated pages where the field is right "
        f"(both absent counts as right); {DASH} = the system does not return that field.",
        "",
    ]
    for name, data in results["datasets"].items():
        lines += _dataset_section(name, data)
    return "\n".join(lines)
