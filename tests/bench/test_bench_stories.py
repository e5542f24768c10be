"""The ECB+ story harness (storyscope.bench.stories): scorers, loading, and a run on a tiny invented pile."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from storyscope.bench.stories import ari, bcubed, load_ecbplus, run_stories_bench, scores, topic_folds
from storyscope.errors import StoryscopeError

ECBPLUS = Path(__file__).resolve().parents[3] / "shared" / "data" / "clustering" / "ecbplus"


def test_bcubed_on_a_hand_computed_example():
    gold = {"a": "G1", "b": "G1", "c": "G1", "d": "G2", "e": "G2"}
    pred = {"a": "P1", "b": "P1", "c": "P1", "d": "P1", "e": "P2"}
    # precision: a, b, c 3/4 each, d 1/4, e 1 -> 3.5 / 5; recall: a, b, c 1, d 1/2, e 1/2 -> 4 / 5
    p, r, f = bcubed(pred, gold)
    assert (round(p, 6), round(r, 6)) == (0.7, 0.8)
    assert f == pytest.approx(2 * 0.7 * 0.8 / 1.5)


def test_missing_prediction_counts_as_singleton():
    gold = {"a": "G", "b": "G"}
    assert bcubed({"a": "P"}, gold) == (1.0, 0.5, pytest.approx(2 / 3))


def test_perfect_clustering_scores_one_whatever_the_labels():
    gold = {"a": "x", "b": "x", "c": "y"}
    pred = {"a": "7", "b": "7", "c": "3"}
    assert bcubed(pred, gold) == (1.0, 1.0, 1.0) and ari(pred, gold) == pytest.approx(1.0)
    assert scores(pred, gold)["clusters"] == 2


def test_topic_folds_deal_every_topic_once():
    folds = topic_folds([5, 1, 3, 9, 7, 1], 2)
    assert folds == [[1, 5, 9], [3, 7]]


# Invented events: per topic two events of the same kind, two reports each.
EVENTS = {
    1: [("The Ardley bridge over the Morran river collapsed on Monday; mayor Ilse Faro said four cars fell.",
         "Mayor Ilse Faro said four cars fell when the Ardley bridge over the Morran collapsed."),
        ("A footbridge in Pellow gave way under a marching band, injuring nine, engineer Omar Kast said.",
         "Engineer Omar Kast said nine band members were hurt when the Pellow footbridge gave way.")],
    2: [("Striker Dana Volk scored twice as Harrow City beat Lenton 2-0 in the cup final.",
         "Harrow City won the cup final 2-0 against Lenton after two goals by Dana Volk."),
        ("Goalkeeper Rui Maddox saved three penalties and Brigg United won the shield against Ostow.",
         "Brigg United beat Ostow on penalties in the shield; Rui Maddox saved three of them.")],
    3: [("A fire destroyed the Calder paper mill overnight; chief Nadia Roos said no one was hurt.",
         "Fire chief Nadia Roos said nobody was hurt in the overnight blaze at the Calder paper mill."),
        ("Flames swept through the Tennock bakery warehouse and 40 workers fled, Hugo Brandt said.",
         "Hugo Brandt said 40 workers fled when flames swept through the Tennock bakery warehouse.")],
    4: [("Singer Mira Lund cancelled her Orvik concert after losing her voice.",
         "Mira Lund called off the Orvik concert because she had lost her voice."),
        ("Band Grey Harbour postponed three shows in Selby after their drummer broke an arm.",
         "Grey Harbour moved three Selby shows after the drummer broke his arm.")],
}


@pytest.fixture
def tiny_ecb(tmp_path: Path) -> Path:
    rows = []
    for topic, events in EVENTS.items():
        for e, reports in enumerate(events):
            for k, text in enumerate(reports):
                doc_id = f"{topic}_{k}{'ecb' if e == 0 else 'ecbplus'}"
                rows.append({"doc_id": doc_id, "anon_id": f"anon{topic}{e}{k}", "topic": topic,
                             "cluster_id": f"{topic}_{'ecb' if e == 0 else 'ecbplus'}", "text": text})
    (tmp_path / "docs.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return tmp_path


def test_loader_keeps_gold_apart_from_what_the_system_sees(tiny_ecb: Path):
    docs = load_ecbplus(tiny_ecb)
    assert len(docs) == 16 and {d.cluster for d in docs} == {f"{t}_{s}" for t in EVENTS for s in ("ecb", "ecbplus")}
    assert all(d.anon_id.startswith("anon") for d in docs)
    assert len(load_ecbplus(tiny_ecb, topics=[2], per_cluster=1)) == 2


def test_missing_dataset_is_e014(tmp_path: Path):
    with pytest.raises(StoryscopeError) as err:
        load_ecbplus(tmp_path)
    assert err.value.code == "E014"


@pytest.mark.slow
def test_bench_runs_and_records_both_systems(tiny_ecb: Path, tmp_path: Path):
    console = Console(file=io.StringIO(), width=160)
    figures = run_stories_bench(tiny_ecb, tmp_path / "results", console, folds=2, processes=1)
    assert set(figures["systems"]) == {"storyscope (story_pairs, average-link)", "TF-IDF cosine + average-link"}
    for system in figures["systems"].values():
        assert 0.0 <= system["bcubed_f1"] <= 1.0 and -1.0 <= system["ari"] <= 1.0
    assert len(figures["per_fold"]) == 2 and figures["docs"] == 16
    assert "TF-IDF cosine + average-link" in (tmp_path / "results" / "stories.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_bench_on_a_slice_of_ecbplus(tmp_path: Path):
    if not (ECBPLUS / "docs.jsonl").is_file():
        pytest.skip(f"ECB+ not found at {ECBPLUS} (only present beside the developers' checkout)")
    figures = run_stories_bench(ECBPLUS, tmp_path, Console(file=io.StringIO()), folds=2, processes=1,
                                topics=(1, 3, 4, 6), per_cluster=3)
    assert figures["docs"] == 24 and figures["topics"] == 4
    assert figures["systems"]["storyscope (story_pairs, average-link)"]["gold_clusters"] == 8
