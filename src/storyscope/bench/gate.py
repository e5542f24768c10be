"""Quality gate: recorded benchmark figures must stay above the floors in ``benchmarks/floors.json``.

Each floor names a benchmark task (``benchmarks/<task>.jsonl``), an optional
``where`` filter choosing which recorded runs count (e.g. the dev split, not
a quick subset), a dotted ``path`` into the run's figures (components may be
``fnmatch`` patterns, so ``systems.storyscope*.f1_yes`` survives a model
rename), the ``floor`` and the ``noise`` a re-run may move the figure by.
The newest matching run passes when ``value >= floor - noise`` (or
``value <= floor + noise`` for an entry with ``"better": "lower"``).

Floors only go up by default: ``update_floors`` raises each floor to the
newest figure and refuses to lower one unless ``allow_lower`` is given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from storyscope.errors import StoryscopeError


@dataclass(frozen=True)
class GateResult:
    """One floor checked against the newest matching recorded run."""

    task: str
    path: str
    floor: float
    noise: float
    value: float | None
    run_date: str | None
    run_commit: str | None
    lower_is_better: bool = False

    @property
    def passed(self) -> bool:
        """True when the figure exists and is at least ``floor - noise`` (at most ``floor + noise``
        for a figure where lower is better, such as errors or latency)."""
        if self.value is None:
            return False
        if self.lower_is_better:
            return self.value <= self.floor + self.noise
        return self.value >= self.floor - self.noise

    @property
    def worse_than_floor(self) -> bool:
        """True when the figure is on the wrong side of the floor itself (noise not counted)."""
        if self.value is None:
            return False
        return self.value > self.floor if self.lower_is_better else self.value < self.floor


def _lookup(figures: dict, path: str) -> float | None:
    node: object = figures
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        if part in node:
            node = node[part]
            continue
        matches = sorted(k for k in node if fnmatchcase(k, part))
        if len(matches) != 1:
            return None
        node = node[matches[0]]
    return float(node) if isinstance(node, (int, float)) and not isinstance(node, bool) else None


def _runs(benchmarks: Path, task: str) -> list[dict]:
    path = benchmarks / f"{task}.jsonl"
    if not path.exists():
        return []
    runs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                runs.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return runs


def _newest(runs: list[dict], where: dict) -> dict | None:
    chosen = [r for r in runs if all(r.get(k) == v for k, v in where.items())]
    return chosen[-1] if chosen else None


def read_floors(path: Path) -> list[dict]:
    """Return the floor entries of ``floors.json`` (each: task, path, floor, noise, optional where).

    Raises:
        StoryscopeError: E016 when the file is missing or malformed.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        floors = data["floors"]
        for entry in floors:
            entry["task"], entry["path"], float(entry["floor"]), float(entry["noise"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoryscopeError("E016", path=path, why=f"not a floors file ({exc})") from exc
    return floors


def check_floors(floors_path: Path, benchmarks: Path) -> list[GateResult]:
    """Check every floor against the newest matching run under ``benchmarks``; return one result per floor."""
    results = []
    for entry in read_floors(floors_path):
        run = _newest(_runs(benchmarks, entry["task"]), entry.get("where", {}))
        value = _lookup(run, entry["path"]) if run else None
        results.append(GateResult(task=entry["task"], path=entry["path"], floor=float(entry["floor"]),
                                  noise=float(entry["noise"]), value=value,
                                  run_date=run.get("date") if run else None,
                                  run_commit=run.get("commit") if run else None,
                                  lower_is_better=entry.get("better") == "lower"))
    return results


def update_floors(floors_path: Path, benchmarks: Path, allow_lower: bool = False) -> list[tuple[str, float, float]]:
    """Move each floor to the newest recorded figure; return ``(task.path, old, new)`` for the changed ones.

    Raises:
        StoryscopeError: E016 when a figure is below its floor and ``allow_lower`` is False
            (nothing is written then).
    """
    data = json.loads(floors_path.read_text(encoding="utf-8"))
    changes = []
    for entry, result in zip(data["floors"], check_floors(floors_path, benchmarks), strict=True):
        if result.value is None or result.value == result.floor:
            continue
        if result.worse_than_floor and not allow_lower:
            raise StoryscopeError(
                "E016", path=floors_path,
                why=f"{result.task} {result.path} fell to {result.value} below its floor {result.floor}; "
                    "pass --allow-lower to lower a floor on purpose")
        changes.append((f"{result.task}.{result.path}", result.floor, result.value))
        entry["floor"] = result.value
    if changes:
        floors_path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return changes
