"""`storyscope bench throughput`: end-to-end articles/s vs a spaCy-only parse, same texts, same run."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyscope.bench.datasets import fnc1_bodies
from storyscope.bench.results import record
from storyscope.settings import load_settings

# The first target: storyscope end to end at >= 0.7 of the spaCy-only parse rate.
TARGET_RATIO = 0.7


def _spacy_only(texts: list[str], model: str, processes: int, batch_size: int) -> float:
    import spacy

    start = time.perf_counter()
    nlp = spacy.load(model)
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
        pass
    return time.perf_counter() - start


def run_throughput(data: Path, limit: int, processes: int, results_dir: Path, console: Console) -> dict:
    """Time ``analyze`` (ingest -> clean -> annotate -> store -> corpus -> outputs) and a spaCy-only parse.

    Both include loading the model; both use ``processes`` processes.

    Returns:
        the figures dict (also appended to ``results_dir/throughput.*``).
    """
    from storyscope.pipeline import analyze

    bodies = fnc1_bodies(data)[:limit]
    texts = [text for _, text in bodies]
    settings = load_settings(processes=processes)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for body_id, text in bodies:
            (folder / f"fnc1_{body_id}.txt").write_text(text, encoding="utf-8")
        start = time.perf_counter()
        analyze([folder], Path(tmp) / "out", None, settings)
        ours = time.perf_counter() - start
    peer = _spacy_only(texts, settings.spacy_model, processes, settings.batch_size)
    n = len(texts)
    figures = {
        "articles": n, "processes": processes,
        "storyscope_articles_per_s": round(n / ours, 2), "spacy_only_articles_per_s": round(n / peer, 2),
        "ratio": round(peer / ours, 3), "target_ratio": TARGET_RATIO,
    }
    table = Table(title=f"throughput over {n} FNC-1 bodies, {processes} processes")
    for col in ("system", "seconds", "articles/s"):
        table.add_column(col)
    table.add_row("storyscope analyze (end to end)", f"{ours:.1f}", f"{n / ours:.2f}")
    table.add_row("spaCy-only parse (peer)", f"{peer:.1f}", f"{n / peer:.2f}")
    table.add_row("ratio", "", f"{peer / ours:.3f} (target {TARGET_RATIO})")
    console.print(table)
    md = ("| system | seconds | articles/s |\n|---|---|---|\n"
          f"| storyscope analyze (end to end) | {ours:.1f} | {n / ours:.2f} |\n"
          f"| spaCy-only parse (peer) | {peer:.1f} | {n / peer:.2f} |\n"
          f"| ratio | | {peer / ours:.3f} (target {TARGET_RATIO}) |\n\n"
          f"{n} FNC-1 training bodies, {processes} processes, model load included in both.")
    record(results_dir, "throughput", figures, md)
    return figures
