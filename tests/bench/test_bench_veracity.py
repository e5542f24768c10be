"""The Emergent claim-veracity harness (storyscope.bench.veracity) on a tiny invented folder in Emergent's format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from storyscope.bench import veracity
from storyscope.bench.veracity import load_claims, run_veracity_bench, stance_count, veracity_of
from storyscope.errors import StoryscopeError
from storyscope.verify.aggregate import AggregationPolicy

# (claim, truth, [(headline, stance, source)]): invented rumours, three per truth value.
CLAIMS = [
    ("Lake Orvin froze solid in June", "false",
     [("Officials deny Lake Orvin froze in June", "against", "a.example"),
      ("Lake Orvin did not freeze, rangers deny", "against", "b.example"),
      ("Reports say Lake Orvin froze", "observing", "c.example")]),
    ("A parrot was elected mayor of Tull", "false",
     [("Tull denies parrot mayor story", "against", "a.example"),
      ("Parrot mayor of Tull is a hoax, clerk denies", "against", "d.example")]),
    ("The Brask tower will be painted green", "true",
     [("Brask tower painted green", "for", "a.example"), ("Brask tower goes green", "for", "b.example"),
      ("Brask tower is green now", "for", "c.example")]),
    ("Miners found a gold nugget the size of a car", "true",
     [("Giant gold nugget found", "for", "b.example"), ("Car-sized nugget found by miners", "for", "e.example")]),
    ("A comet will hit the Velm observatory", "unknown",
     [("Astronomer says comet may hit Velm", "observing", "a.example"),
      ("Comet could hit observatory, says blog", "observing", "f.example")]),
    ("The Kell bakery sold a loaf for 900 pounds", "unknown",
     [("Bakery says loaf sold for 900 pounds", "observing", "c.example")]),
]
FOLDS = [[0, 2, 4], [1, 3, 5]]


def write_emergent(folder: Path) -> Path:
    """Write CLAIMS as ``emergent_meta_train.csv`` and two ``folds/`` files in Emergent's column layout."""
    (folder / "folds").mkdir(parents=True)
    meta_cols = ["", "claimHeadline", "articleHeadline", "articleHeadlineStance", "articleId", "claimId", "url",
                 "source", "claimTruth", "claimCount", "articleCount", "sourceCount"]
    fold_cols = ["", "claimHeadline", "articleHeadline", "claimId", "articleId", "articleHeadlineStance"]
    rows = []
    for ci, (claim, truth, heads) in enumerate(CLAIMS):
        for hi, (head, stance, source) in enumerate(heads):
            rows.append({"": len(rows), "claimHeadline": claim, "articleHeadline": head,
                         "articleHeadlineStance": stance, "articleId": f"a{ci}-{hi}", "claimId": f"c{ci}",
                         "url": f"http://{source}/{ci}/{hi}", "source": source, "claimTruth": truth,
                         "claimCount": 1, "articleCount": len(heads), "sourceCount": len(heads)})
    with (folder / veracity.META_FILE).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, meta_cols)
        writer.writeheader()
        writer.writerows(rows)
    for n, members in enumerate(FOLDS, 1):
        path = folder / "folds" / f"url-versions-2015-06-14-clean-train-cvfold-{n}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fold_cols, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(r for r in rows if int(r["claimId"][1:]) in members)
    return folder


def keyword_stance(pairs, labels):
    """A transparent stand-in for the trained stance model (which needs hundreds of texts to fit its LSA)."""
    def predict(test):
        out = []
        for _, head in test:
            low = head.lower()
            stance = "disagree" if "deny" in low or "denies" in low else "discuss" if "say" in low else "agree"
            out.append((stance, 0.9))
        return out
    return predict


def test_load_claims_groups_headlines_by_claim_and_fold(tmp_path):
    folds, claims = load_claims(write_emergent(tmp_path))
    assert folds == [["c0", "c2", "c4"], ["c1", "c3", "c5"]]
    assert claims["c0"]["truth"] == "false"
    assert claims["c0"]["headlines"][0] == ("Officials deny Lake Orvin froze in June", "disagree", "a.example")


def test_missing_folder_is_E014(tmp_path):
    with pytest.raises(StoryscopeError, match="E014"):
        load_claims(tmp_path)


def test_veracity_of_maps_verdicts_and_counts_an_outlet_once():
    strict = AggregationPolicy(min_origins=2, min_origins_number=2)
    same_outlet = [("agree", 0.9, "a.example"), ("agree", 0.9, "a.example")]
    assert veracity_of("A claim", same_outlet, strict)[0] == "unknown"
    two_outlets = [("agree", 0.9, "a.example"), ("agree", 0.9, "b.example")]
    assert veracity_of("A claim", two_outlets, strict)[0] == "true"
    assert veracity_of("A claim", [("disagree", 0.9, "a.example")], AggregationPolicy())[0] == "false"
    assert veracity_of("A claim", [("discuss", 0.9, "a.example")], AggregationPolicy())[0] == "unknown"


@pytest.mark.parametrize("stances, expected", [
    (["agree", "agree", "disagree"], "true"), (["disagree", "discuss"], "false"), (["discuss"], "unknown"),
    (["agree", "disagree"], "unknown"),
])
def test_stance_count_baseline(stances, expected):
    assert stance_count([(s, 1.0, "x") for s in stances]) == expected


def test_run_records_figures_with_peers(tmp_path, monkeypatch):
    monkeypatch.setattr(veracity, "_fit_stance", keyword_stance)
    monkeypatch.setattr(veracity, "INNER_FOLDS", 2)
    data = write_emergent(tmp_path / "emergent")
    out = io.StringIO()
    figures = run_veracity_bench(data, tmp_path / "results", Console(file=out, width=200))
    systems = figures["systems"]
    assert figures["claims"] == len(CLAIMS) and figures["folds"] == 2
    assert {"majority class", "stance-count baseline (same predicted stances)"} <= set(systems)
    ours = next(v for k, v in systems.items() if k.startswith("storyscope aggregation, policy tuned"))
    # The keyword stances are right on every headline here, so the aggregation gets every claim.
    assert ours["accuracy"] == 100.0
    assert systems["majority class"]["accuracy"] < 50.0
    assert "majority class" in out.getvalue()
    assert (tmp_path / "results" / "veracity.md").exists()
    line = (tmp_path / "results" / "veracity.jsonl").read_text(encoding="utf-8").splitlines()[-1]
    assert json.loads(line)["claims"] == len(CLAIMS)
