"""Readers for the shared evaluation datasets (read at run time, never copied)."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from storyscope.errors import StoryscopeError


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """Return the rows of a CSV file (no field-size limit: article bodies are long).

    Raises:
        StoryscopeError: E014 when the file is missing.
    """
    if not path.exists():
        raise StoryscopeError("E014", path=path)
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def fnc1_bodies(folder: Path) -> list[tuple[str, str]]:
    """Return ``(body id, text)`` pairs of FNC-1's ``train_bodies.csv``, by numeric id.

    Raises:
        StoryscopeError: E014 when the file is missing.
    """
    rows = [(r["Body ID"], r["articleBody"]) for r in _csv_rows(folder / "train_bodies.csv")]
    return sorted(rows, key=lambda r: int(r[0]))


def fnc1_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """Return FNC-1's ``(headline, body id, stance)`` rows from ``train_stances.csv``.

    Raises:
        StoryscopeError: E014 when the file is missing.
    """
    return [(r["Headline"], r["Body ID"], r["Stance"]) for r in _csv_rows(folder / "train_stances.csv")]
