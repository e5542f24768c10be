"""The check-worthiness model: thresholds, the committed model, the `checkworthy` TSV command, the CT24 bench."""

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from rich.console import Console

from storyscope.bench.checkworthy import SPLITS, read_ct24, run_checkworthy_bench
from storyscope.errors import StoryscopeError
from storyscope.verify.checkworthy import (
    CheckworthyModelError,
    best_threshold,
    load_checkworthy_model,
    predict_checkworthy_tsv,
    read_checkworthy_model,
    score_sentences,
)

CT24 = Path(__file__).resolve().parents[3] / "shared" / "data" / "checkworthy" / "ct24_english"

CHECKWORTHY = [
    "Unemployment in our state fell from 9 percent to 4 percent in the last four years.",
    "My opponent voted to cut the veterans' budget by 2 billion dollars.",
    "We now import more than half of the oil we use.",
]
NOT_CHECKWORTHY = [
    "Thank you all so much for being here tonight.",
    "I think we should all be proud of who we are.",
    "Good evening, everybody.",
]


def _write_tsv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)


def test_best_threshold_picks_the_separating_cut() -> None:
    scores = np.asarray([0.1, 0.2, 0.35, 0.8, 0.9])
    gold = np.asarray([False, False, False, True, True])
    threshold, f1 = best_threshold(scores, gold)
    assert f1 == 1.0
    assert 0.35 < threshold <= 0.8


def test_missing_model_raises_e019(tmp_path: Path) -> None:
    with pytest.raises(CheckworthyModelError) as info:
        read_checkworthy_model(tmp_path)
    assert info.value.code == "E019"
    assert "train_checkworthy.py" in str(info.value)


def test_wrong_sklearn_version_raises_e019(tmp_path: Path) -> None:
    (tmp_path / "checkworthy.joblib").write_bytes(b"not a pickle")
    (tmp_path / "meta.json").write_text(json.dumps({"sklearn": "0.0.1"}), encoding="utf-8")
    with pytest.raises(CheckworthyModelError, match="scikit-learn 0.0.1"):
        read_checkworthy_model(tmp_path)


def test_missing_input_raises_e001(tmp_path: Path) -> None:
    with pytest.raises(StoryscopeError) as info:
        predict_checkworthy_tsv(tmp_path / "nope.tsv", tmp_path / "out.tsv")
    assert info.value.code == "E001"


def test_missing_column_raises_e016(tmp_path: Path) -> None:
    src = tmp_path / "in.tsv"
    _write_tsv(src, [["id", "Text"], ["1", "Hello there."]])
    with pytest.raises(StoryscopeError) as info:
        predict_checkworthy_tsv(src, tmp_path / "out.tsv")
    assert info.value.code == "E016"
    assert "Sentence_id" in str(info.value)


@pytest.mark.slow
def test_scores_are_probabilities() -> None:
    scores = score_sentences(CHECKWORTHY + NOT_CHECKWORTHY + [""])
    assert len(scores) == 7
    assert all(0.0 <= s <= 1.0 for s in scores)


@pytest.mark.slow
def test_factual_claims_score_above_pleasantries() -> None:
    scores = score_sentences(CHECKWORTHY + NOT_CHECKWORTHY)
    assert min(scores[:3]) > max(scores[3:])


@pytest.mark.slow
def test_model_meta_pins_sklearn() -> None:
    import sklearn

    model = load_checkworthy_model()
    assert model.meta["sklearn"] == sklearn.__version__
    assert 0.0 < model.threshold < 1.0


@pytest.mark.slow
def test_tsv_round_trip(tmp_path: Path) -> None:
    src, out = tmp_path / "sentences.tsv", tmp_path / "pred.tsv"
    texts = CHECKWORTHY + NOT_CHECKWORTHY + ['She said "no, never", twice.\tand a tab']
    _write_tsv(src, [["Sentence_id", "Text", "extra"]] + [[f"s{i}", t, "x"] for i, t in enumerate(texts)])
    assert predict_checkworthy_tsv(src, out) == len(texts)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    assert rows[0] == ["Sentence_id", "class_label", "score"]
    assert [r[0] for r in rows[1:]] == [f"s{i}" for i in range(len(texts))]
    assert {r[1] for r in rows[1:]} <= {"Yes", "No"}
    assert all(0.0 <= float(r[2]) <= 1.0 for r in rows[1:])
    assert [r[1] for r in rows[1:4]] == ["Yes", "Yes", "Yes"]
    assert [r[1] for r in rows[4:7]] == ["No", "No", "No"]


@pytest.mark.slow
def test_empty_tsv_writes_header_only(tmp_path: Path) -> None:
    src, out = tmp_path / "sentences.tsv", tmp_path / "pred.tsv"
    _write_tsv(src, [["Sentence_id", "Text"]])
    assert predict_checkworthy_tsv(src, out) == 0
    assert out.read_text(encoding="utf-8") == "Sentence_id\tclass_label\tscore\n"


@pytest.fixture(scope="module")
def ct24() -> Path:
    """The CT24 English folder; skips when ../shared/data is absent."""
    if not CT24.is_dir():
        pytest.skip(f"CT24 English data not found at {CT24} (only present beside the developers' checkout)")
    return CT24


@pytest.mark.slow
def test_read_ct24_parses_quoted_rows(ct24: Path) -> None:
    rows = read_ct24(ct24 / SPLITS["dev"])
    assert len(rows) == 1032
    assert sum(lab == "Yes" for _, _, lab in rows) == 238


@pytest.mark.slow
def test_committed_model_beats_all_yes_on_dev_test(ct24: Path, tmp_path: Path) -> None:
    from sklearn.metrics import f1_score

    rows = read_ct24(ct24 / SPLITS["dev-test"])
    out = tmp_path / "pred.tsv"
    src = tmp_path / "in.tsv"
    _write_tsv(src, [["Sentence_id", "Text"]] + [[i, t] for i, t, _ in rows])
    predict_checkworthy_tsv(src, out)
    with out.open(encoding="utf-8", newline="") as fh:
        pred = [r["class_label"] == "Yes" for r in csv.DictReader(fh, delimiter="\t")]
    gold = [lab == "Yes" for _, _, lab in rows]
    assert f1_score(gold, pred) > 0.7


def test_bench_missing_data_raises_e014(tmp_path: Path) -> None:
    with pytest.raises(StoryscopeError) as info:
        run_checkworthy_bench(tmp_path, tmp_path / "results", Console(quiet=True))
    assert info.value.code == "E014"
