"""`storyscope bench emergent` on invented fold files, and on a subsample of the real folds when present."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from storyscope.bench.emergent import emergent_folds, run_emergent_bench
from storyscope.errors import StoryscopeError

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "emergent"
FIELDS = ["", "claimHeadline", "articleHeadline", "claimId", "articleId", "articleHeadlineStance"]
# Invented claims, each with a plain, a hedged and a denying headline.
_CLAIMS = [("A bakery in Orsk sold a 3-metre croissant", "Orsk bakery"),
           ("A heron learned to open a fridge in Lanvik", "Lanvik heron"),
           ("A mayor rode a horse to work in Tessel", "Tessel mayor"),
           ("A school in Pirna banned homework", "Pirna school"),
           ("A river in Koval turned green overnight", "Koval river")]


def _write_folds(folder: Path) -> None:
    (folder / "folds").mkdir(parents=True)
    for k, (claim, subject) in enumerate(_CLAIMS, start=1):
        rows = [(f"{subject} story confirmed by officials", "for"), (f"{subject} does it, photos show", "for"),
                (f"Did the {subject} really do it?", "observing"), (f"{subject} may have done it", "observing"),
                (f"{subject} story is a hoax, police deny it", "against")]
        path = folder / "folds" / f"url-versions-2015-06-14-clean-train-cvfold-{k}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(FIELDS)
            for i, (headline, stance) in enumerate(rows):
                writer.writerow([i, claim, headline, f"c{k}", f"a{k}{i}", stance])


def test_emergent_folds_map_labels(tmp_path):
    _write_folds(tmp_path)
    folds = emergent_folds(tmp_path)
    assert len(folds) == len(_CLAIMS) and all(len(f) == 5 for f in folds)
    assert {s for f in folds for _, _, s in f} == {"agree", "disagree", "discuss"}


def test_emergent_folds_missing(tmp_path):
    with pytest.raises(StoryscopeError) as err:
        emergent_folds(tmp_path)
    assert err.value.code == "E014"


def test_bench_on_invented_folds(tmp_path):
    _write_folds(tmp_path / "data")
    out = io.StringIO()
    figures = run_emergent_bench(tmp_path / "data", tmp_path / "results", Console(file=out, width=200),
                                 with_command=False)
    systems = figures["systems"]
    assert figures["rows"] == 25 and len(systems) == 3
    ours = next(v for k, v in systems.items() if k.startswith("storyscope headline head"))
    assert ours["accuracy"] > systems["majority class"]["accuracy"]
    assert "majority class" in out.getvalue()
    line = (tmp_path / "results" / "emergent.jsonl").read_text().strip()
    assert json.loads(line)["task"] == "emergent"


@pytest.mark.slow
def test_bench_on_real_folds_subsample(tmp_path):
    if not (DATA / "folds").is_dir():
        pytest.skip(f"Emergent data not found at {DATA} (only present beside the developers' checkout)")
    figures = run_emergent_bench(DATA, tmp_path, Console(file=io.StringIO()), with_command=False,
                                 limit_per_fold=10)
    assert figures["folds"] == 10 and figures["rows"] == 100
    assert all(0 <= m["accuracy"] <= 100 for m in figures["systems"].values())


def test_bench_scores_the_stance_command_with_a_gate_per_fold(tmp_path, monkeypatch):
    import numpy as np

    from storyscope.verify.stance.features import content_stems, tokenize

    def stems_vector(text):
        """Offline stand-in for the sentence embedder: hashed content stems, L2-normalised."""
        vec = np.zeros(32, dtype=np.float32)
        for s in content_stems(tokenize(text)):
            vec[sum(map(ord, s)) % 32] += 1.0
        return vec / (np.linalg.norm(vec) or 1.0)

    monkeypatch.setattr("storyscope.verify.stance.gate._embedding", stems_vector)
    _write_folds(tmp_path / "data")
    figures = run_emergent_bench(tmp_path / "data", tmp_path / "results", Console(file=io.StringIO()))
    command = next(v for k, v in figures["systems"].items() if k.startswith("storyscope stance command"))
    assert len(figures["systems"]) == 4 and 0 <= command["accuracy"] <= 100
    # Every headline names its claim's subject: the fold's gate must let nearly all of them through.
    assert command["accuracy"] > figures["systems"]["majority class"]["accuracy"]
