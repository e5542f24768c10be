"""Readers for the shared evaluation datasets (read at run time, never copied)."""

from __future__ import annotations

import csv
import gzip
import sys
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storyscope.errors import StoryscopeError


@contextmanager
def reading_dataset(path: Path) -> Iterator[None]:
    """Run the enclosed reading of dataset file (or folder) ``path``; a malformed file (a missing column, a
    field that is not a number or a known label, text that is not UTF-8, broken JSON or CSV) raises E016 naming
    ``path`` and what was wrong, not a traceback."""
    try:
        yield
    except StoryscopeError:
        raise
    except KeyError as exc:
        raise StoryscopeError("E016", path=path, why=f"no field or unknown value {exc.args[0]!r}") from exc
    except UnicodeDecodeError as exc:
        raise StoryscopeError("E016", path=path, why=f"not UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except (ValueError, TypeError, IndexError, AttributeError, csv.Error,  # (JSON errors are ValueErrors)
            gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise StoryscopeError("E016", path=path, why=f"malformed: {exc}") from exc


def _csv_rows(path: Path) -> list[dict[str, str]]:
    """Return the rows of a CSV file (no field-size limit: article bodies are long).

    Raises:
        StoryscopeError: E014 when the file is missing.
    """
    if not path.exists():
        raise StoryscopeError("E014", path=path)
    csv.field_size_limit(sys.maxsize)
    with reading_dataset(path), path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def fnc1_bodies(folder: Path) -> list[tuple[str, str]]:
    """Return ``(body id, text)`` pairs of FNC-1's ``train_bodies.csv``, by numeric id.

    Raises:
        StoryscopeError: E014 when the file is missing; E016 when it is malformed.
    """
    path = folder / "train_bodies.csv"
    rows = _csv_rows(path)
    with reading_dataset(path):
        return sorted(((r["Body ID"], r["articleBody"]) for r in rows), key=lambda r: int(r[0]))


def fnc1_pairs(folder: Path) -> list[tuple[str, str, str]]:
    """Return FNC-1's ``(headline, body id, stance)`` rows from ``train_stances.csv``.

    Raises:
        StoryscopeError: E014 when the file is missing; E016 when it is malformed.
    """
    path = folder / "train_stances.csv"
    rows = _csv_rows(path)
    with reading_dataset(path):
        return [(r["Headline"], r["Body ID"], r["Stance"]) for r in rows]
