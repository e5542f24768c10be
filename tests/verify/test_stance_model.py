"""The trained stance classifier: features, the committed model, the `stance` CSV command, the FNC-1 bench."""

import csv
import json
from pathlib import Path

import numpy as np
import pytest

from storyscope.bench.fnc1 import fnc1_score, split_by_body, split_by_topic
from storyscope.errors import StoryscopeError
from storyscope.verify.stance import (
    LABELS,
    StanceModelError,
    load_stance_model,
    predict_stance_csv,
    predict_stances,
    read_stance_model,
)
from storyscope.verify.stance.features import (
    StanceFeaturizer,
    baseline_features,
    numbers,
    split_sentences,
    stem,
    tokenize,
)

from .conftest import AGREE, CLAIM, DENIAL

UNRELATED = ("The city orchestra opened its winter season with a programme of string quartets. "
             "Tickets sold out within hours, and the conductor thanked the audience for its patience "
             "during the renovation of the concert hall.")
CORPUS_CLAIMS = [CLAIM, "The orchestra sold out its winter season", "A comet will pass close to Earth"]
CORPUS_TEXTS = [AGREE, DENIAL, UNRELATED,
                "Astronomers say a comet will pass close to Earth in May. It may be visible at night."]


@pytest.mark.parametrize("text, expected", [
    ("Norland's  engineers didn't go.", ["norland's", "engineers", "didn't", "go"]),
    ("500 ENGINEERS, 2.5 km", ["500", "engineers", "2", "5", "km"]),
])
def test_tokenize(text, expected):
    assert tokenize(text) == expected


@pytest.mark.parametrize("word, expected", [("engineers", "engineer"), ("rebuilding", "rebuild"),
                                            ("denied", "deni"), ("stories", "story"), ("bus", "bus")])
def test_stem(word, expected):
    assert stem(word) == expected


def test_split_sentences():
    assert split_sentences("The bridge fell. Engineers came!\nWork starts soon") == [
        "The bridge fell.", "Engineers came!", "Work starts soon"]
    assert split_sentences("") == ["."]


def test_numbers():
    assert numbers("About 1,200 of 5000 people, 3.5 per cent") == {"1200", "5000", "3.5"}


@pytest.fixture(scope="module")
def featurizer():
    """A featurizer fitted on the few texts above."""
    return StanceFeaturizer(seed=0).fit(CORPUS_CLAIMS, CORPUS_TEXTS)


def test_featurizer_shape_and_overlap(featurizer):
    feat = featurizer
    x = feat.transform([(CLAIM, AGREE), (CLAIM, UNRELATED)])
    names = feat.feature_names
    assert x.shape == (2, len(names)) and x.dtype == np.float32 and np.isfinite(x).all()
    col = {n: i for i, n in enumerate(names)}
    assert x[0, col["tfidf_cos"]] > x[1, col["tfidf_cos"]]
    assert x[0, col["claim_cover"]] > 0.8 and x[1, col["claim_cover"]] == 0
    assert x[0, col["numbers_found"]] == 1 and x[1, col["numbers_missing"]] == 1


def test_featurizer_cues_near_match(featurizer):
    feat = featurizer
    x = feat.transform([(CLAIM, AGREE), (CLAIM, DENIAL)])
    col = {n: i for i, n in enumerate(feat.feature_names)}
    assert x[1, col["top_refuting"]] > x[0, col["top_refuting"]]


def test_featurizer_cues_near_claim_words(featurizer):
    feat = featurizer
    x = feat.transform([(CLAIM, AGREE), (CLAIM, DENIAL)])
    col = {n: i for i, n in enumerate(feat.feature_names)}
    assert x[1, col["near_refuting"]] > x[0, col["near_refuting"]] == 0
    assert x[0, col["best_sent_cover"]] > 0.8 and x[0, col["claim_word_matches"]] > 0


def test_unseen_claim_words_keep_their_weight(featurizer):
    # Words absent from the fitted corpus still count (hashed TF-IDF), so a claim made only of new
    # words matches a text that repeats them.
    x = featurizer.transform([("Zorblat quintaxes glimmer", "Zorblat quintaxes glimmer at dawn. Nobody knows why."),
                              ("Zorblat quintaxes glimmer", UNRELATED)])
    col = {n: i for i, n in enumerate(featurizer.feature_names)}
    assert x[0, col["tfidf_cos"]] > 0.5 and x[1, col["tfidf_cos"]] == 0
    assert x[0, col["bm25"]] > x[1, col["bm25"]] == 0


def test_no_topic_keyed_features(featurizer):
    # Features keyed on topics (LSA dimensions) let the model recognise training claims, not judge new ones.
    assert not any(n.startswith(("svd_", "claim_topic_", "top_topic_")) for n in featurizer.feature_names)


def test_featurizer_empty_inputs(featurizer):
    feat = featurizer
    assert feat.transform([]).shape[0] == 0
    assert np.isfinite(feat.transform([("", "")])).all()


def test_baseline_features_shape():
    x = baseline_features([(CLAIM, AGREE), ("fake hoax", UNRELATED)])
    assert x.shape == (2, 40)  # overlap 1 + refuting 15 + polarity 2 + co-occurrence 4 + grams 18
    assert x[0, 0] > x[1, 0]  # word overlap


def test_fnc1_score():
    gold = ["agree", "unrelated", "disagree", "discuss"]
    assert fnc1_score(gold, gold) == 100.0
    # related-but-wrong-label earns 0.25 of 1; unrelated right earns 0.25 of 0.25.
    assert fnc1_score(gold, ["discuss", "unrelated", "unrelated", "discuss"]) == pytest.approx(
        100 * (0.25 + 0.25 + 0 + 1.0) / 3.25)


def test_split_by_body_is_seeded_and_disjoint():
    ids = [str(i) for i in range(100)]
    dev = split_by_body(ids)
    assert len(dev) == 20 and dev == split_by_body(list(reversed(ids)))


def test_split_by_topic_keeps_headlines_and_bodies_apart():
    # Ten claims, each with two headlines and three bodies; unrelated pairs join headlines to other claims' bodies.
    rows = [(f"h{c}-{h}", f"b{c}-{b}", "discuss") for c in range(10) for h in range(2) for b in range(3)]
    rows += [(f"h{c}-0", f"b{(c + 1) % 10}-0", "unrelated") for c in range(10)]
    train, dev = split_by_topic(rows, share=0.2)
    assert (train, dev) == split_by_topic(rows, share=0.2)
    assert not {rows[i][0] for i in train} & {rows[i][0] for i in dev}
    assert not {rows[i][1] for i in train} & {rows[i][1] for i in dev}
    related_dev = sum(rows[i][2] != "unrelated" for i in dev)
    assert related_dev == 12  # two whole claims of six related pairs each
    dropped = set(range(len(rows))) - set(train) - set(dev)
    assert dropped and all(rows[i][2] == "unrelated" for i in dropped)


@pytest.mark.slow
def test_committed_model_loads_once():
    model = load_stance_model()
    assert model is load_stance_model()
    assert model.meta["labels"] == list(LABELS)


@pytest.mark.slow
@pytest.mark.parametrize("text, stance", [(UNRELATED, "unrelated"), (DENIAL, "disagree")])
def test_committed_model_obvious_cases(text, stance):
    [(label, score)] = predict_stances(load_stance_model(), [(CLAIM, text)])
    assert label == stance and 0 <= score <= 1


@pytest.mark.slow
def test_predict_stances_shapes():
    pairs = [(CLAIM, AGREE), (CLAIM, DENIAL), (CLAIM, UNRELATED), ("", "")]
    out = predict_stances(load_stance_model(), pairs)
    assert len(out) == len(pairs)
    assert all(label in LABELS and 0 <= score <= 1 for label, score in out)
    assert predict_stances(load_stance_model(), []) == []


@pytest.mark.slow
def test_stance_csv_round_trip(tmp_path):
    src, dst = tmp_path / "pairs.csv", tmp_path / "out" / "pred.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "claim", "text"])
        w.writerows([["p1", CLAIM, AGREE], ["p2", CLAIM, "Quoted, \"multi-line\"\ntext."], ["p3", CLAIM, UNRELATED]])
    assert predict_stance_csv(src, dst) == 3
    with dst.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["id"] for r in rows] == ["p1", "p2", "p3"]
    assert list(rows[0]) == ["id", "stance", "score"]
    assert all(r["stance"] in LABELS and 0 <= float(r["score"]) <= 1 for r in rows)


@pytest.mark.slow
def test_stance_csv_calls_an_empty_pair_unrelated(tmp_path):
    src, dst = tmp_path / "pairs.csv", tmp_path / "pred.csv"
    src.write_text(f'id,claim,text\ne1,,\ne2,"  ","  "\ne3,"{CLAIM}",\ne4\np1,"{CLAIM}","{AGREE}"\n',
                   encoding="utf-8")
    assert predict_stance_csv(src, dst) == 5
    with dst.open(encoding="utf-8", newline="") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    for row_id in ("e1", "e2", "e3", "e4"):  # (e4: a short row, its claim and text missing)
        assert (rows[row_id]["stance"], rows[row_id]["score"]) == ("unrelated", "1.0000"), row_id
    assert rows["p1"]["stance"] in LABELS


def test_stance_csv_missing_column(tmp_path):
    src = tmp_path / "pairs.csv"
    src.write_text("id,claim\n1,x\n", encoding="utf-8")
    with pytest.raises(StoryscopeError) as err:
        predict_stance_csv(src, tmp_path / "pred.csv")
    assert err.value.code == "E016" and "text" in str(err.value)


def test_model_refuses_other_sklearn_version(tmp_path):
    (tmp_path / "stance.joblib").write_bytes(b"")
    (tmp_path / "meta.json").write_text(json.dumps({"sklearn": "0.0.1"}), encoding="utf-8")
    with pytest.raises(StanceModelError, match="scikit-learn 0.0.1"):
        read_stance_model(tmp_path)


def test_model_missing(tmp_path):
    with pytest.raises(StanceModelError, match="not found"):
        read_stance_model(tmp_path)


def test_fnc1_data_readable():
    from storyscope.bench.datasets import fnc1_pairs

    folder = Path(__file__).resolve().parents[3] / "shared" / "data" / "fnc1"
    if not (folder / "train_stances.csv").exists():
        pytest.skip(f"FNC-1 data not found at {folder} (only present beside the developers' checkout)")
    rows = fnc1_pairs(folder)
    assert len(rows) == 49972 and {s for _, _, s in rows} == set(LABELS)
