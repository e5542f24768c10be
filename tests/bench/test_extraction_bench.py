"""The extraction harness (storyscope.bench.extraction) on a tiny folder in the benchmark layout."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from storyscope.bench.extraction import SYSTEMS, TIMED, WORST_PAGES, load_pages, run_extraction_bench
from storyscope.errors import StoryscopeError

ARTICLES = {
    "quay": (
        "Velmora harbour strike enters third week",
        [
            "Dock workers at the port of Velmora stopped work again on Monday, leaving twelve cargo ships "
            "waiting offshore as the dispute over night-shift pay entered its third week.",
            "Union organiser Teodora Vask said the strike would last until the port authority reopened "
            "talks, and that members had voted by a large majority to stay out.",
            "The port authority said it regretted the action but that the demands would add millions to "
            "the cost of running the harbour over the next five years.",
        ],
    ),
    "ferry": (
        "Ostrel ferry timetable cut as fuel costs rise",
        [
            "The Ostrel ferry company will run four crossings a day instead of seven from next month, "
            "blaming a sharp rise in the price of marine diesel since the spring.",
            "Passengers who commute to the mainland said the early sailing was the only one that let them "
            "reach work on time, and a petition to keep it has gathered two thousand names.",
            "The company said it would review the timetable in the autumn if fuel prices fell back.",
        ],
    ),
}
MENU = ["Home", "News", "Sport", "Weather", "Subscribe"]
FOOTER = "© 2024 Example Gazette. All rights reserved."


def _page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    return (
        f"<!DOCTYPE html><html lang='en'><head><title>{title} | Example Gazette</title>"
        "<script>var tracking = 1;</script><style>p {margin: 0}</style></head><body>"
        f"<nav><ul>{menu}</ul></nav><main><article><h1>{title}</h1>{body}</article></main>"
        f"<footer><p>{FOOTER}</p></footer></body></html>"
    )


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("extraction")
    (root / "html").mkdir()
    (root / "text").mkdir()
    truth = {}
    for page_id, (title, paragraphs) in ARTICLES.items():
        with gzip.open(root / "html" / f"{page_id}.html.gz", "wt", encoding="utf-8") as fh:
            fh.write(_page(title, paragraphs))
        (root / "text" / f"{page_id}.txt").write_text(
            "\n".join([*MENU, title, *paragraphs, FOOTER]) + "\n", encoding="utf-8"
        )
        truth[page_id] = {"articleBody": "\n\n".join(paragraphs), "url": f"https://gazette.example/{page_id}"}
    (root / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def run(dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path, str]:
    results = tmp_path_factory.mktemp("results")
    out = io.StringIO()
    figures = run_extraction_bench(dataset, results, Console(file=out, width=200), rounds=1)
    return figures, results, out.getvalue()


def test_load_pages_reads_every_page(dataset: Path) -> None:
    pages = load_pages(dataset)
    assert [p.id for p in pages] == sorted(ARTICLES)
    assert pages[0].url == "https://gazette.example/ferry"
    assert "<article>" in pages[0].html


def test_missing_ground_truth_is_e014(tmp_path: Path) -> None:
    with pytest.raises(StoryscopeError) as err:
        load_pages(tmp_path)
    assert "E014" in str(err.value)


def test_figures_cover_every_system(run) -> None:
    figures, _, _ = run
    assert set(figures["systems"]) == set(SYSTEMS)
    assert figures["pages"] == len(ARTICLES)
    for key, system in figures["systems"].items():
        for metric in ("precision", "recall", "f1"):
            assert 0.0 <= system[metric] <= 1.0, (key, metric)
        assert 0 <= system["pages_with_output"] <= len(ARTICLES)
        assert (system["pages_per_s"] is not None) == (key in TIMED)


def test_storyscope_recovers_the_articles(run) -> None:
    systems = run[0]["systems"]
    assert systems["storyscope_html"]["f1"] > 0.9
    assert systems["storyscope_text"]["f1"] > 0.9
    assert systems["no_cleaning"]["recall"] == 1.0
    assert systems["no_cleaning"]["precision"] < 1.0  # the menu and footer are kept


def test_speed_ratio_and_worst_pages(run) -> None:
    figures = run[0]
    assert figures["speed_ratio_vs_trafilatura"] > 0
    for key in ("storyscope_html", "storyscope_text"):
        worst = figures["worst_pages"][key]
        assert 0 < len(worst) <= WORST_PAGES
        assert {w["id"] for w in worst} <= set(ARTICLES)
        assert [w["f1"] for w in worst] == sorted(w["f1"] for w in worst)


def test_run_is_recorded_and_printed(run) -> None:
    figures, results, printed = run
    assert "trafilatura (default)" in printed and "jusText" in printed
    recorded = json.loads((results / "extraction.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert recorded["task"] == "extraction"
    assert recorded["systems"] == figures["systems"]
    assert "| storyscope (HTML) |" in (results / "extraction.md").read_text(encoding="utf-8")
