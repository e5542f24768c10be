"""The headline stance head (Emergent-style claim / headline pairs) and the routing of short texts to it."""

import csv
import json

import numpy as np
import pytest

from storyscope.verify.stance import LABELS, StanceModelError, is_headline_like, predict_routed_stances
from storyscope.verify.stance.headline import (
    CUE_NAMES,
    HEADLINE_LABELS,
    HeadlineFeaturizer,
    claim_dropped,
    claim_masked,
    cue_features,
    embedding_features,
    load_headline_model,
    names_masked,
    predict_headline_stances,
    read_headline_model,
    save_headline_model,
    train_headline_model,
)
from storyscope.verify.stance.model import HEADLINE_MAX_WORDS, predict_stance_csv

CLAIM = "The Brellin city council will close the old harbour bridge for two years"
HEDGED = "Could the Brellin harbour bridge really close for two years?"
DENIED = "Brellin council denies it will close the old harbour bridge, calls report a hoax"
RESTATED = "Brellin city council to close old harbour bridge for two years"

# A small invented training set: hedges, denials and plain statements about invented claims.
_TRAIN = [
    ("A tortoise in Kelmar turned 150 years old", "Kelmar tortoise turns 150", "agree"),
    ("A tortoise in Kelmar turned 150 years old", "Kelmar zoo celebrates its 150-year-old tortoise", "agree"),
    ("A tortoise in Kelmar turned 150 years old", "Is the Kelmar tortoise really 150?", "discuss"),
    ("A tortoise in Kelmar turned 150 years old", "Kelmar tortoise may be 150, keepers say", "discuss"),
    ("A tortoise in Kelmar turned 150 years old", "Zoo denies Kelmar tortoise is 150: hoax", "disagree"),
    ("A singer bought an island off Dovria", "Singer buys island off Dovria", "agree"),
    ("A singer bought an island off Dovria", "Singer reportedly bought Dovria island", "discuss"),
    ("A singer bought an island off Dovria", "Did the singer buy an island?", "discuss"),
    ("A singer bought an island off Dovria", "Singer's island purchase is fake, agent says", "disagree"),
    ("A singer bought an island off Dovria", "Singer did not buy Dovria island", "disagree"),
    ("Farmers found a gold coin hoard in Ustby", "Ustby farmers find gold coin hoard", "agree"),
    ("Farmers found a gold coin hoard in Ustby", "Ustby gold hoard found by farmers", "agree"),
    ("Farmers found a gold coin hoard in Ustby", "Gold hoard may have been found in Ustby", "discuss"),
    ("Farmers found a gold coin hoard in Ustby", "Ustby gold hoard story debunked as fake", "disagree"),
]


@pytest.fixture(scope="module")
def small_head():
    """A head trained on the invented pairs above."""
    return train_headline_model([(c, h) for c, h, _ in _TRAIN], [s for _, _, s in _TRAIN])


def test_cue_features_read_hedges_denials_and_questions():
    hedged, denied, restated = (dict(zip(CUE_NAMES, cue_features(CLAIM, h)))
                                for h in (HEDGED, DENIED, RESTATED))
    assert hedged["question"] == 1 and restated["question"] == 0
    assert denied["refuting"] == 2 and restated["refuting"] == 0  # "denies", "hoax"
    assert restated["claim_overlap"] > 0.5 and restated["length"] == len(RESTATED.split())
    assert dict(zip(CUE_NAMES, cue_features(CLAIM, "Bridge closure rumour, sources said")))["hedging"] == 3


def test_featurizer_rows_and_question_token():
    feat = HeadlineFeaturizer().fit([h for _, h, _ in _TRAIN])
    x = feat.transform([(CLAIM, HEDGED), (CLAIM, "")])
    assert x.shape == (2, len(feat.bow.vocabulary_) + len(CUE_NAMES))
    assert "?" in feat.bow.vocabulary_ and np.isfinite(x.toarray()).all()


def test_small_head_learns_the_cues(small_head):
    out = predict_headline_stances(small_head, [
        ("A cat was elected mayor of Pelton", "Pelton cat elected mayor"),
        ("A cat was elected mayor of Pelton", "Was a cat really elected mayor of Pelton?"),
        ("A cat was elected mayor of Pelton", "Pelton denies cat mayor story, a hoax"),
    ])
    assert [label for label, _ in out] == ["agree", "discuss", "disagree"]
    assert all(0 < score <= 1 for _, score in out)
    assert predict_headline_stances(small_head, []) == []


def test_train_rejects_bad_labels():
    with pytest.raises(ValueError, match="unrelated"):
        train_headline_model([(CLAIM, RESTATED)], ["unrelated"])
    with pytest.raises(ValueError, match="1 pairs but 2 labels"):
        train_headline_model([(CLAIM, RESTATED)], ["agree", "agree"])


def test_save_and_read_round_trip(small_head, tmp_path):
    save_headline_model(small_head, tmp_path)
    again = read_headline_model(tmp_path)
    pairs = [(CLAIM, h) for h in (HEDGED, DENIED, RESTATED)]
    assert predict_headline_stances(again, pairs) == predict_headline_stances(small_head, pairs)
    assert json.loads((tmp_path / "headline_meta.json").read_text())["labels"] == list(HEADLINE_LABELS)


def test_read_missing_head(tmp_path):
    with pytest.raises(StanceModelError, match="not found"):
        read_headline_model(tmp_path)


def test_is_headline_like():
    assert is_headline_like(RESTATED)
    assert not is_headline_like(" ".join(["word"] * (HEADLINE_MAX_WORDS + 1)))


@pytest.mark.slow
@pytest.mark.parametrize("headline, stance", [
    (HEDGED, "discuss"),
    ("Brellin council may have closed the harbour bridge for two years", "discuss"),
    (DENIED, "disagree"),
    ("Harbour bridge closure in Brellin is a hoax", "disagree"),
    (RESTATED, "agree"),
])
def test_committed_head_obvious_cases(headline, stance):
    [(label, score)] = predict_headline_stances(load_headline_model(), [(CLAIM, headline)])
    assert label == stance and 0 < score <= 1


@pytest.mark.slow
def test_routing_sends_short_related_texts_to_the_head(small_head):
    long_text = ("The Brellin city council will close the old harbour bridge for two years, the council "
                 "confirmed on Tuesday. Repairs to the bridge start in March and traffic moves to the "
                 "new ring road. Council engineers said the old harbour bridge needs new piers and a new "
                 "deck, and that the closure for two years is the shortest plan they found.")
    unrelated = "Choir wins regional singing contest"
    out = predict_routed_stances([(CLAIM, DENIED), (CLAIM, long_text), (CLAIM, unrelated)],
                                 headline_model=small_head)
    assert out[0] == predict_headline_stances(small_head, [(CLAIM, DENIED)])[0]
    assert out[1][0] in LABELS and out[2][0] == "unrelated"


@pytest.mark.slow
def test_stance_csv_uses_the_head_for_headlines(tmp_path):
    src, dst = tmp_path / "pairs.csv", tmp_path / "pred.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["id", "claim", "text"], ["h1", CLAIM, HEDGED], ["h2", CLAIM, DENIED],
                                  ["h3", CLAIM, RESTATED]])
    predict_stance_csv(src, dst)
    with dst.open(encoding="utf-8", newline="") as fh:
        assert [r["stance"] for r in csv.DictReader(fh)] == ["discuss", "disagree", "agree"]


def test_claim_masked_view_hides_the_claims_words_but_keeps_cues():
    masked = claim_masked(CLAIM, DENIED)
    assert masked.split()[:2] == ["CLAIMW", "CLAIMW"]                    # "brellin council"
    assert "denies" in masked and "hoax" in masked and "harbour" not in masked
    assert claim_masked(CLAIM, HEDGED).endswith("?")
    with pytest.raises(ValueError, match="view"):
        HeadlineFeaturizer("characters")


def test_small_head_has_all_views_and_round_trips_them(small_head, tmp_path):
    assert small_head.masked_featurizer is not None and small_head.embedding_classifier is not None
    assert small_head.meta["views"] == ["words", "claim_masked", "embedding", "embedding_mlp", "names_masked"]
    assert len(small_head.embedding_mlps) == len(small_head.meta["hyperparameters"]["mlp_seeds"])
    x = small_head.masked_featurizer.transform([(CLAIM, DENIED)])
    assert "CLAIMW" in small_head.masked_featurizer.bow.vocabulary_ and x[:, :-len(CUE_NAMES)].nnz > 0
    save_headline_model(small_head, tmp_path)
    again = read_headline_model(tmp_path)
    assert again.masked_classifier is not None and again.embedding_classifier is not None
    assert again.names_classifier is not None and again.names_featurizer.view == "names_masked"
    assert len(again.embedding_mlps) == len(small_head.embedding_mlps)
    pairs = [(CLAIM, HEDGED), (CLAIM, DENIED)]
    assert predict_headline_stances(again, pairs) == predict_headline_stances(small_head, pairs)


def test_names_masked_view_also_hides_the_headlines_own_names_and_numbers():
    masked = names_masked(CLAIM, "Mayor Tovan denies Brellin bridge closure in 2031, calls report a hoax")
    assert masked == "mayor NAMEW denies CLAIMW CLAIMW closure in NUMW calls report a hoax"
    # The first word and words in capitals throughout are no names; cues stay as they are.
    assert names_masked(CLAIM, "HOAX: Brellin BRIDGE may stay OPEN") == "hoax : CLAIMW CLAIMW may stay open"
    assert names_masked(CLAIM, HEDGED).split()[-1] == "?"


def test_claim_dropped_keeps_only_the_frame():
    assert claim_dropped(CLAIM, DENIED) == "denies it calls report a hoax"
    assert claim_dropped(CLAIM, HEDGED) == "could really ?"
    assert claim_dropped(CLAIM, "") == ""


def test_embedding_features_stack_headline_claim_and_frame_vectors(monkeypatch):
    vectors = {CLAIM: np.array([1.0, 0.0], dtype=np.float32), DENIED: np.array([0.6, 0.8], dtype=np.float32),
               claim_dropped(CLAIM, DENIED): np.array([0.0, 1.0], dtype=np.float32)}
    monkeypatch.setattr("storyscope.verify.stance.gate._embedding", vectors.__getitem__)
    [row] = embedding_features([(CLAIM, DENIED)])
    np.testing.assert_allclose(row, [0.6, 0.8, -0.4, 0.8, 0.6, 0.0, 0.0, 1.0], atol=1e-6)
    assert embedding_features([]).shape[0] == 0


def test_head_without_embedding_view_still_predicts(small_head):
    import dataclasses

    for fewer_views in (dataclasses.replace(small_head, embedding_classifier=None),
                        dataclasses.replace(small_head, embedding_classifier=None, embedding_mlps=None),
                        dataclasses.replace(small_head, embedding_mlps=None),
                        dataclasses.replace(small_head, names_featurizer=None, names_classifier=None)):
        out = predict_headline_stances(fewer_views, [(CLAIM, HEDGED), (CLAIM, DENIED)])
        assert len(out) == 2 and all(label in HEADLINE_LABELS and 0 < score <= 1 for label, score in out)
