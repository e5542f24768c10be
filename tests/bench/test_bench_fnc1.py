"""`storyscope bench fnc1` on a small subsample of FNC-1 when the data is present."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from storyscope.bench.datasets import fnc1_bodies
from storyscope.bench.fnc1 import run_fnc1_bench, split_by_body
from storyscope.verify.stance.cross import load_cross_encoder

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "fnc1"


@pytest.fixture
def quick_fnc1(monkeypatch):
    """Skip without the FNC-1 data; few boosting rounds (a smoke test of the harness, not of the model)."""
    if not (DATA / "train_stances.csv").exists():
        pytest.skip(f"FNC-1 data not found at {DATA} (only present beside the developers' checkout)")
    monkeypatch.setattr("storyscope.verify.stance.model.MAX_ITER", 10)
    monkeypatch.setattr("storyscope.bench.fnc1.BASELINE_ESTIMATORS", 10)


@pytest.mark.slow
def test_bench_on_fnc1_subsample(tmp_path, quick_fnc1):
    out = io.StringIO()
    figures = run_fnc1_bench(DATA, tmp_path, Console(file=out, width=200), limit_bodies=60)
    assert figures["dev_bodies"] == 12 and figures["dev_pairs"] > 0
    systems = figures["systems"]
    assert len(systems) == 4 and "FNC-1 official baseline (re-implemented)" in systems
    # the quality gate's fnmatch paths ("systems.storyscope*") must find exactly one system
    assert len([name for name in systems if name.startswith("storyscope")]) == 1
    assert "feature stages alone (storyscope without its cross-encoder)" in systems
    seen = set(load_cross_encoder().meta["train_body_ids"])
    dev_ids = split_by_body([b for b, _ in fnc1_bodies(DATA)[:60]])
    assert figures["cross_trained_on_dev_bodies"] == len(dev_ids & seen)
    assert isinstance(figures["cross_trained_on_dev_headlines"], int)
    assert all(0 <= m["relative_score"] <= 100 for m in systems.values())
    assert (tmp_path / "fnc1.md").exists() and "FNC-1 official baseline" in out.getvalue()


@pytest.mark.slow
def test_bench_topic_split_on_fnc1_subsample(tmp_path, quick_fnc1):
    out = io.StringIO()
    figures = run_fnc1_bench(DATA, tmp_path, Console(file=out, width=200), limit_bodies=200, split="topic")
    assert figures["split"].startswith("by topic") and figures["dev_pairs"] > 0
    assert sum(figures["dev_labels"].values()) == figures["dev_pairs"]
    assert "topic split" in out.getvalue()


def test_bench_rejects_unknown_split(tmp_path):
    with pytest.raises(ValueError, match="unknown split"):
        run_fnc1_bench(DATA, tmp_path, Console(file=io.StringIO()), split="random")
