"""Write benchmark results under ``benchmarks/`` with the date and commit."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table


def current_commit() -> str:
    """Return the short git commit of the working tree ('unknown' outside git), '+dirty' when modified."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, check=True).stdout.strip()
        return sha + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def record(results_dir: Path, task: str, figures: dict, table_md: str) -> Path:
    """Append one run to ``results_dir/<task>.md`` and ``<task>.jsonl``; return the Markdown path."""
    results_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    figures = {"task": task, "date": stamp, "commit": current_commit(), **figures}
    with (results_dir / f"{task}.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(figures) + "\n")
    md = results_dir / f"{task}.md"
    with md.open("a", encoding="utf-8") as fh:
        fh.write(f"\n## {stamp}, commit {figures['commit']}\n\n{table_md}\n")
    return md


def show_table(console: Console, title: str, cols: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Print ``rows`` under ``cols`` as a Rich table; return the same table as Markdown (no trailing newline)."""
    table = Table(title=title)
    for col in cols:
        table.add_column(col)
    for cells in rows:
        table.add_row(*cells)
    console.print(table)
    return "\n".join(["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols),
                      *("| " + " | ".join(cells) + " |" for cells in rows)])
