"""Readers for the shared evaluation datasets (read at run time, never copied)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from storyscope.errors import StoryscopeError


def fnc1_bodies(folder: Path) -> list[tuple[str, str]]:
    """Return ``(body id, text)`` pairs of FNC-1's ``train_bodies.csv``, by numeric id.

    Raises:
        StoryscopeError: E014 when the file is missing.
    """
    path = folder / "train_bodies.csv"
    if not path.exists():
        raise StoryscopeError("E014", path=path)
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [(r["Body ID"], r["articleBody"]) for r in csv.DictReader(fh)]
    return sorted(rows, key=lambda r: int(r[0]))
