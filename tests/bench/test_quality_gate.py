"""The quality gate over recorded benchmark figures (benchmarks/floors.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyscope.bench.gate import check_floors, update_floors
from storyscope.errors import StoryscopeError

REPO = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, runs: list[dict], floor: float, noise: float = 0.01) -> tuple[Path, Path]:
    bench = tmp_path / "benchmarks"
    bench.mkdir()
    (bench / "demo.jsonl").write_text("".join(json.dumps(r) + "\n" for r in runs), encoding="utf-8")
    floors = bench / "floors.json"
    floors.write_text(json.dumps({"floors": [
        {"task": "demo", "where": {"split": "dev"}, "path": "systems.mine*.f1", "floor": floor, "noise": noise}]}),
        encoding="utf-8")
    return floors, bench


def test_recorded_figures_stay_above_their_floors() -> None:
    failed = [r for r in check_floors(REPO / "benchmarks" / "floors.json", REPO / "benchmarks") if not r.passed]
    assert not failed, [(r.task, r.path, r.value, r.floor) for r in failed]


def test_newest_matching_run_counts_and_a_drop_beyond_noise_fails(tmp_path: Path) -> None:
    runs = [{"split": "dev", "systems": {"mine v1": {"f1": 0.80}}},
            {"split": "dev", "systems": {"mine v2": {"f1": 0.75}}},
            {"split": "train", "systems": {"mine v2": {"f1": 0.99}}}]
    floors, bench = _write(tmp_path, runs, floor=0.80)
    (result,) = check_floors(floors, bench)
    assert result.value == 0.75 and not result.passed


def test_a_drop_within_noise_passes(tmp_path: Path) -> None:
    floors, bench = _write(tmp_path, [{"split": "dev", "systems": {"mine": {"f1": 0.795}}}], floor=0.80)
    assert check_floors(floors, bench)[0].passed


def test_a_missing_figure_fails(tmp_path: Path) -> None:
    floors, bench = _write(tmp_path, [{"split": "dev", "systems": {"other": {"f1": 0.9}}}], floor=0.5)
    assert not check_floors(floors, bench)[0].passed


def test_update_raises_floors_but_lowers_only_on_request(tmp_path: Path) -> None:
    floors, bench = _write(tmp_path, [{"split": "dev", "systems": {"mine": {"f1": 0.9}}}], floor=0.8)
    assert update_floors(floors, bench) == [("demo.systems.mine*.f1", 0.8, 0.9)]
    (tmp_path / "b").mkdir()
    floors, bench = _write(tmp_path / "b", [{"split": "dev", "systems": {"mine": {"f1": 0.7}}}], floor=0.8)
    with pytest.raises(StoryscopeError, match="allow-lower"):
        update_floors(floors, bench)
    assert json.loads(floors.read_text())["floors"][0]["floor"] == 0.8
    update_floors(floors, bench, allow_lower=True)
    assert json.loads(floors.read_text())["floors"][0]["floor"] == 0.7


def test_lower_is_better_figures_fail_when_they_rise(tmp_path: Path) -> None:
    bench = tmp_path / "benchmarks"
    bench.mkdir()
    (bench / "serve.jsonl").write_text(json.dumps({"errors": 3}) + "\n", encoding="utf-8")
    floors = bench / "floors.json"
    floors.write_text(json.dumps({"floors": [
        {"task": "serve", "path": "errors", "floor": 0, "noise": 0, "better": "lower"}]}), encoding="utf-8")
    assert not check_floors(floors, bench)[0].passed
