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


def test_figures_at_another_label_mix_scale_each_true_labels_row() -> None:
    from storyscope.bench.fnc1 import at_label_mix

    gold = ["agree", "agree", "disagree", "discuss", "unrelated", "unrelated"]
    pred = ["agree", "discuss", "disagree", "discuss", "unrelated", "agree"]
    even = {"agree": 2, "disagree": 2, "discuss": 2, "unrelated": 2}
    # scaled rows: agree 1/1 (agree/discuss), disagree 2, discuss 2, unrelated 1/1 (unrelated/agree):
    # score 1.25 + 2 + 2 + 0.25 of 6.5; F1 agree 0.5, disagree 1, discuss 0.8, unrelated 2/3
    assert at_label_mix(gold, pred, even) == {"relative_score": 84.62, "macro_f1": 74.17}
    assert at_label_mix(gold[:4], pred[:4], even) == {"relative_score": None, "macro_f1": None}


def test_the_published_baselines_rates_give_its_published_test_score() -> None:
    from storyscope.bench.fnc1 import COMPETITION_TEST_LABELS, at_label_mix, fnc1_score

    # the FNC-1 baseline's confusion matrix on the competition test set, as its scorer printed it (75.20%)
    rows = {"agree": (173, 10, 1435, 285), "disagree": (39, 7, 413, 238), "discuss": (221, 7, 3556, 680),
            "unrelated": (10, 3, 358, 17978)}
    labels = ("agree", "disagree", "discuss", "unrelated")
    gold = [g for g, row in rows.items() for p, n in zip(labels, row) for _ in range(n)]
    pred = [p for g, row in rows.items() for p, n in zip(labels, row) for _ in range(n)]
    assert {g: gold.count(g) for g in labels} == COMPETITION_TEST_LABELS
    assert at_label_mix(gold, pred)["relative_score"] == round(fnc1_score(gold, pred), 2) == 75.2
    # a tenth of the pairs at the same rates: the same figures at the test's mix
    tenth_gold = [g for g, row in rows.items() for p, n in zip(labels, row) for _ in range(round(n / 10))]
    tenth_pred = [p for g, row in rows.items() for p, n in zip(labels, row) for _ in range(round(n / 10))]
    assert abs(at_label_mix(tenth_gold, tenth_pred)["relative_score"] - 75.2) < 0.5
