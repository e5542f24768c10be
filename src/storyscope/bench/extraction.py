"""`storyscope bench extraction`: article-body extraction vs trafilatura and jusText, same pages, same run.

Every system runs on every page of the folder (``html/<id>.html.gz``,
``text/<id>.txt``, ``ground-truth.json``) in one process. Pages are read and
decompressed before any clock starts; only the extraction call is timed.

The machine this runs on is shared, so the systems are interleaved page by page
(page 1: A B C ..., page 2: ... C B A) rather than run in blocks: a burst of
load from another process then lands on every system alike. Each page is timed
``rounds`` times per system and its fastest time counts. Before every call
trafilatura's and its helpers' caches are emptied, so no system profits from
strings another one just processed on the same page.
"""

from __future__ import annotations

import gc
import gzip
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyscope.bench.datasets import reading_dataset
from storyscope.bench.results import record
from storyscope.bench.scoring import PageScore, score_all
from storyscope.errors import StoryscopeError

# The targets (issue 3, measured on the held-out half with the same scoring):
# the HTML path's F1, the flattened-text path's F1, and the HTML path's pages/s as a
# multiple of trafilatura's default mode measured side by side.
TARGET_HTML_F1 = 0.965
TARGET_TEXT_F1 = 0.90
TARGET_SPEED_RATIO = 1.0
# How many worst pages (lowest page F1) to list for each storyscope path.
WORST_PAGES = 5
# Timed calls per page and system; the fastest counts. On the shared 2-core dev
# machine 3 rounds brought the speed ratio's run-to-run spread to a few percent.
DEFAULT_ROUNDS = 3
# Pages every system runs on before timing starts (imports, models, lazy set-up).
WARMUP_PAGES = 3
# jusText needs a stoplist; the benchmark pages are English news.
JUSTEXT_LANGUAGE = "English"

# Row order and labels of the table; keys are the figures' ``systems`` keys.
SYSTEMS = {
    "storyscope_html": "storyscope (HTML)",
    "storyscope_text": "storyscope (flattened text)",
    "trafilatura": "trafilatura (default)",
    "trafilatura_precision": "trafilatura (favor_precision)",
    "justext": "jusText (HTML)",
    "no_cleaning": "no cleaning (flattened text)",
}
# Systems whose speed is reported; "no cleaning" does no work worth timing.
TIMED = ("storyscope_html", "storyscope_text", "trafilatura", "trafilatura_precision", "justext")


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page, held in memory before timing starts."""

    id: str
    url: str | None
    html: str
    text: str
    gold: str


def load_pages(data: Path) -> list[Page]:
    """Read every page of a folder in the extraction-benchmark layout.

    Args:
        data: folder with ``ground-truth.json``, ``html/<id>.html.gz`` and ``text/<id>.txt``.

    Returns:
        The pages in sorted id order.

    Raises:
        StoryscopeError: E014 when ``ground-truth.json`` or a page file is missing; E016 when one is malformed.
    """
    truth_path = data / "ground-truth.json"
    if not truth_path.is_file():
        raise StoryscopeError("E014", path=truth_path)
    with reading_dataset(truth_path):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        if not isinstance(truth, dict) or not all(isinstance(entry, dict) for entry in truth.values()):
            raise ValueError("not an object of page ids to objects")
    pages = []
    for page_id in sorted(truth):
        html_path = data / "html" / f"{page_id}.html.gz"
        text_path = data / "text" / f"{page_id}.txt"
        for path in (html_path, text_path):
            if not path.is_file():
                raise StoryscopeError("E014", path=path)
        with reading_dataset(html_path), gzip.open(html_path, "rt", encoding="utf-8") as fh:
            html = fh.read()
        with reading_dataset(text_path):
            text = text_path.read_text(encoding="utf-8")
        entry = truth[page_id]
        pages.append(Page(page_id, entry.get("url"), html, text, entry.get("articleBody", "")))
    return pages


def _extractors() -> dict[str, Callable[[Page], str]]:
    """One callable per system: page in, article body out ("" for nothing)."""
    import justext
    import trafilatura

    from storyscope.clean import clean_document
    from storyscope.model import Article, RawDocument

    def storyscope(kind: str) -> Callable[[Page], str]:
        def run(page: Page) -> str:
            body = page.html if kind == "html" else page.text
            raw = RawDocument(id=page.id, source=page.id, text=body, kind=kind, content_hash=page.id,
                              url=page.url if kind == "html" else None)
            found = clean_document(raw)
            return found.text if isinstance(found, Article) else ""

        return run

    def traf(**options: bool) -> Callable[[Page], str]:
        def run(page: Page) -> str:
            return trafilatura.extract(page.html, url=page.url, **options) or ""

        return run

    stoplist = justext.get_stoplist(JUSTEXT_LANGUAGE)

    def jus(page: Page) -> str:
        blocks = justext.justext(page.html, stoplist)
        return "\n\n".join(b.text for b in blocks if not b.is_boilerplate)

    return {
        "storyscope_html": storyscope("html"),
        "storyscope_text": storyscope("text"),
        "trafilatura": traf(),
        "trafilatura_precision": traf(favor_precision=True),
        "justext": jus,
        "no_cleaning": lambda page: page.text,
    }


def _reset_caches() -> None:
    """Empty trafilatura's, htmldate's, courlan's and jusText's caches (and collect garbage)."""
    from trafilatura.meta import reset_caches

    reset_caches()


def _time_all(extractors: dict[str, Callable[[Page], str]], pages: list[Page], rounds: int
              ) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Run every system on every page, interleaved; return the outputs and seconds per system.

    Outputs come from the first round; a system's seconds are the sum over pages
    of its fastest call on that page.
    """
    keys = list(extractors)
    outputs: dict[str, dict[str, str]] = {key: {} for key in keys}
    best: dict[str, dict[str, float]] = {key: {} for key in keys}
    # Everything alive now (pages, models, caches) is left out of garbage collection,
    # so the collection before each call costs microseconds, not tens of milliseconds.
    gc.freeze()
    try:
        for round_no in range(rounds):
            for i, page in enumerate(pages):
                for key in keys if (i + round_no) % 2 == 0 else reversed(keys):
                    _reset_caches()
                    start = time.perf_counter()
                    found = extractors[key](page)
                    spent = time.perf_counter() - start
                    if round_no == 0:
                        outputs[key][page.id] = found
                    best[key][page.id] = min(spent, best[key].get(page.id, spent))
    finally:
        gc.unfreeze()
    return outputs, {key: sum(times.values()) for key, times in best.items()}


def _worst(per_page: dict[str, PageScore], n: int) -> list[dict]:
    ranked = sorted(per_page.items(), key=lambda kv: (kv[1].f1, kv[0]))[:n]
    return [{"id": key, "precision": _r(s.precision), "recall": _r(s.recall), "f1": _r(s.f1)} for key, s in ranked]


def _r(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _table_rows(figures: dict) -> list[tuple[str, ...]]:
    rows = []
    for key, label in SYSTEMS.items():
        s = figures["systems"][key]
        pps = s["pages_per_s"]
        rows.append((label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                     f"{s['pages_with_output']}/{figures['pages']}", "-" if pps is None else f"{pps:.1f}"))
    return rows


def _render(figures: dict, console: Console) -> str:
    """Print the rich tables and return the same figures as Markdown for the results file."""
    head = ("system", "precision", "recall", "F1", "pages with output", "pages/s")
    rows = _table_rows(figures)
    title = f"article extraction over {figures['pages']} pages of {figures['data']} (shingle P/R/F1)"
    table = Table(title=title)
    for col in head:
        table.add_column(col)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    ratio = figures["speed_ratio_vs_trafilatura"]
    html_f1 = figures["systems"]["storyscope_html"]["f1"]
    text_f1 = figures["systems"]["storyscope_text"]["f1"]
    summary = (f"storyscope HTML F1 {html_f1:.3f} (target {TARGET_HTML_F1}), text F1 {text_f1:.3f} "
               f"(target {TARGET_TEXT_F1}); HTML pages/s = {ratio:.2f} x trafilatura default "
               f"(target {TARGET_SPEED_RATIO}), interleaved, fastest of {figures['rounds']} calls per page, one process.")
    console.print(summary)
    md = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    md += ["| " + " | ".join(row) + " |" for row in rows]
    md += ["", summary]
    for key in ("storyscope_html", "storyscope_text"):
        worst = Table(title=f"worst {WORST_PAGES} pages, {SYSTEMS[key]}")
        for col in ("page", "precision", "recall", "F1"):
            worst.add_column(col)
        md += ["", f"Worst pages, {SYSTEMS[key]}: " + ", ".join(
            f"{w['id']} (P {w['precision']}, R {w['recall']}, F1 {w['f1']})" for w in figures["worst_pages"][key])]
        for w in figures["worst_pages"][key]:
            worst.add_row(w["id"], str(w["precision"]), str(w["recall"]), str(w["f1"]))
        console.print(worst)
    return "\n".join(md)


def run_extraction_bench(data: Path, results_dir: Path, console: Console, rounds: int = DEFAULT_ROUNDS) -> dict:
    """Score and time storyscope's clean stage and its peers on an extraction-benchmark folder.

    Systems: storyscope's HTML path and flattened-text path (``clean_document``),
    trafilatura default and ``favor_precision``, jusText, and no cleaning (the
    flattened text as is). HTML systems get the page URL from ``ground-truth.json``.

    Args:
        data: folder in the benchmark layout (``html/``, ``text/``, ``ground-truth.json``).
        results_dir: where ``extraction.md``/``extraction.jsonl`` get the run appended.
        console: where the tables are printed.
        rounds: timed calls per page and system (the fastest counts); outputs come from the first.

    Returns:
        The figures dict (also recorded): per system precision, recall, F1, pages
        with output, seconds and pages/s; the HTML path's speed ratio to
        trafilatura default; the worst pages of both storyscope paths; the targets.

    Raises:
        StoryscopeError: E014 when the folder is not in the benchmark layout.
    """
    pages = load_pages(data)
    gold = {p.id: p.gold for p in pages}
    extractors = _extractors()
    # Warm-up outside the clock: imports, the language model, stoplists, dateparser.
    for extract in extractors.values():
        for page in pages[:WARMUP_PAGES]:
            extract(page)
    rounds = max(1, rounds)
    outputs, seconds = _time_all(extractors, pages, rounds)
    systems: dict[str, dict] = {}
    worst: dict[str, list[dict]] = {}
    for key in SYSTEMS:
        summary, per_page = score_all(outputs[key], gold)
        timed = key in TIMED and seconds[key] > 0
        systems[key] = {
            "precision": round(summary.precision, 4), "recall": round(summary.recall, 4),
            "f1": round(summary.f1, 4), "pages_with_output": summary.pages_with_output,
            "seconds": round(seconds[key], 3) if timed else None,
            "pages_per_s": round(len(pages) / seconds[key], 2) if timed else None,
        }
        if key in ("storyscope_html", "storyscope_text"):
            worst[key] = _worst(per_page, WORST_PAGES)
    ratio = seconds["trafilatura"] / seconds["storyscope_html"] if seconds["storyscope_html"] > 0 else 0.0
    figures = {
        "data": str(data), "pages": len(pages), "rounds": rounds,
        "systems": systems,
        "speed_ratio_vs_trafilatura": round(ratio, 3),
        "worst_pages": worst,
        "targets": {"html_f1": TARGET_HTML_F1, "text_f1": TARGET_TEXT_F1, "speed_ratio": TARGET_SPEED_RATIO},
    }
    record(results_dir, "extraction", figures, _render(figures, console))
    return figures
