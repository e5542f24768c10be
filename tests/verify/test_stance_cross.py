"""The stance cross-encoder: passage selection, loading errors, the committed int8 head and its blend."""

import numpy as np
import pytest

from storyscope.verify.stance import LABELS, StanceModelError, load_stance_model, predict_stances
from storyscope.verify.stance import model as stance_model
from storyscope.verify.stance.cross import (
    CROSS_LABELS,
    CrossEncoderError,
    headline_digest,
    load_cross_encoder,
    read_cross_encoder,
    select_passage,
)

from .conftest import AGREE, CLAIM, DENIAL

FILLER = "The weather in the capital stayed mild for the season."


def test_select_passage_keeps_matching_sentences_in_text_order():
    text = " ".join([FILLER, "Engineers from Norland reached the Varo bridge.", FILLER,
                     "The Varo river bridge will be rebuilt by 500 engineers.", FILLER])
    passage = select_passage(CLAIM, text, words=20)
    assert passage == "Engineers from Norland reached the Varo bridge. The Varo river bridge will be rebuilt by 500 engineers."


def test_select_passage_lifts_denials_and_keeps_short_texts_whole():
    text = " ".join([FILLER, "Officials called it a hoax.", "The Varo bridge is old."])
    assert select_passage(CLAIM, text, words=10) == "Officials called it a hoax. The Varo bridge is old."
    assert select_passage(CLAIM, AGREE) == AGREE


def test_select_passage_cuts_one_long_sentence():
    long_sentence = "Norland engineers " + "worked on the bridge " * 40 + "today."
    passage = select_passage(CLAIM, long_sentence, words=12)
    assert len(passage.split()) == 12 and passage.startswith("Norland engineers worked")
    assert select_passage(CLAIM, "") == "."  # split_sentences' placeholder for an empty text


def test_headline_digest_ignores_case_and_spacing():
    assert headline_digest("Norland  sends Engineers") == headline_digest("norland sends engineers ")
    assert headline_digest("Norland sends engineers") != headline_digest("Norland sends no engineers")
    assert len(headline_digest("")) == 16


def test_committed_head_lists_its_training_headlines_without_their_text():
    meta = load_cross_encoder().meta
    digests = meta["train_headline_digests"]
    assert len(digests) > 100 and all(len(d) == 16 for d in digests) and digests == sorted(digests)


def test_read_cross_encoder_missing_and_corrupt(tmp_path):
    with pytest.raises(CrossEncoderError, match="not found"):
        read_cross_encoder(tmp_path)
    (tmp_path / "cross-int8.onnx").write_bytes(b"\x00not an onnx graph")
    with pytest.raises(CrossEncoderError, match="could not be read"):
        read_cross_encoder(tmp_path)


def test_unloadable_cross_encoder_is_a_stance_model_error(monkeypatch):
    def broken():
        raise CrossEncoderError("cross-int8.onnx not found")

    monkeypatch.setattr("storyscope.verify.stance.cross.load_cross_encoder", broken)
    with pytest.raises(StanceModelError, match="cross-int8.onnx"):
        predict_stances(load_stance_model(), [(CLAIM, AGREE)])


HEDGED = ("Norland may send engineers to the Varo bridge, according to unconfirmed reports. "
          "The ministry did not comment on the reports.")


@pytest.mark.slow
def test_committed_head_reads_agreement_and_hedging():
    head = load_cross_encoder()
    assert head.meta["labels"] == list(CROSS_LABELS)
    probs = head.probabilities([(CLAIM, AGREE), (CLAIM, HEDGED), (CLAIM, "")])
    assert probs.shape == (3, 3)
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    agree, discuss = CROSS_LABELS.index("agree"), CROSS_LABELS.index("discuss")
    assert probs[0, agree] > 0.5 and probs[1, discuss] > 0.5
    assert np.array_equal(probs, head.probabilities([(CLAIM, AGREE), (CLAIM, HEDGED), (CLAIM, "")]))


_FOUNTAIN = ("A crocodile was found in the Osk city fountain on Monday, firefighters said. The reptile was taken to "
             "the city zoo after a two-hour rescue.")
_FOUNTAIN_HOAX = ("Reports of a crocodile in the Osk city fountain were a hoax, police said on Tuesday. The photo "
                  "shared online had been edited, they said.")


@pytest.mark.slow
def test_committed_head_reads_a_claim_that_calls_the_story_false():
    # v3's debunk-framed training pairs: the claim itself calls the story false, so a body telling the story
    # disagrees with it and a body debunking the story agrees (v2 read the first two as agreement)
    head = load_cross_encoder()
    probs = head.probabilities([("Hoax: a crocodile was found in the Osk city fountain", _FOUNTAIN),
                                ("No, a crocodile was not found in the Osk city fountain", _FOUNTAIN),
                                ("Claims that a crocodile was found in the Osk city fountain are a hoax",
                                 _FOUNTAIN_HOAX)])
    labels = [CROSS_LABELS[i] for i in probs.argmax(axis=1)]
    assert labels == ["disagree", "disagree", "agree"]


def test_blend_lets_either_reader_call_disagree():
    features = np.asarray([[0.3, 0.25, 0.45], [0.5, 0.1, 0.4], [0.3, 0.4, 0.3], [0.36, 0.35, 0.29],
                           [0.6, 0.1, 0.3], [0.2, 0.7, 0.1]])
    cross = np.asarray([[0.8, 0.1, 0.1], [0.1, 0.1, 0.8], [0.9, 0.05, 0.05], [0.45, 0.1, 0.45],
                        [0.1, 0.7, 0.2], [0.9, 0.05, 0.05]])
    out, best = stance_model.blend_with_cross(features, cross, disagree=1)
    # the stage's disagree stands against the head's agreement (row 2, 5), the head's against the stage's (row 4);
    # where neither says it, a higher P(disagree) does not win (row 3)
    assert list(best) == [0, 2, 1, 0, 1, 1]
    assert np.allclose(out.sum(axis=1), 1.0)
    assert np.allclose(out[:4, 1], features[:4, 1])
    # agree vs discuss: the even average of (0.4, 0.6) and (0.889, 0.111), scaled to the 0.75 left.
    assert np.allclose(out[0], [0.75 * (0.4 + 8 / 9) / 2, 0.25, 0.75 * (0.6 + 1 / 9) / 2])
    assert out[1].argmax() == 2 and out[3, 1] > out[3, 0]
    assert np.allclose(out[4], cross[4])  # the head says disagree: its own probabilities
    assert np.array_equal(out[2], features[2]) and np.array_equal(out[5], features[5])


@pytest.mark.slow
def test_long_claims_and_bodies_are_cut_not_refused():
    long_claim = " ".join(["Norland engineers will rebuild the Varo river bridge"] * 40)
    huge_body = (AGREE + " ") * 2000
    probs = load_cross_encoder().probabilities([(long_claim, AGREE), (CLAIM, huge_body), (long_claim, huge_body)])
    assert probs.shape == (3, 3) and np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    [(label, _)] = predict_stances(load_stance_model(), [(long_claim, DENIAL)])
    assert label in LABELS


@pytest.mark.slow
def test_blend_changes_only_related_pairs():
    pairs = [(CLAIM, AGREE), (CLAIM, DENIAL), (CLAIM, "The orchestra sold out its winter season at once.")]
    alone = predict_stances(load_stance_model(), pairs, cross=False)
    blended = predict_stances(load_stance_model(), pairs)
    assert all(label in LABELS for label, _ in blended)
    assert blended[2] == alone[2] and alone[2][0] == "unrelated"
    assert [label for label, _ in blended[:2]] == ["agree", "disagree"]

    class AlwaysDiscuss:
        def probabilities(self, batch):
            return np.tile(np.asarray([0.0, 0.0, 1.0], dtype=np.float32), (len(batch), 1))

    forced = predict_stances(load_stance_model(), pairs, cross=AlwaysDiscuss())
    assert forced[2] == alone[2]
    assert forced[1][0] == "disagree"  # the head cannot outvote the stage's disagree


def test_head_is_asked_only_where_the_stage_is_unsure(monkeypatch):
    pairs = [(CLAIM, AGREE), (CLAIM, AGREE + " " + FILLER)]
    model = load_stance_model()
    x = model.featurizer.transform(pairs)
    stage_best = model.stance.predict_proba(x).max(axis=1)

    class Recording:
        def __init__(self):
            self.asked = []

        def probabilities(self, batch):
            self.asked.extend(batch)
            return np.tile(np.asarray([0.0, 0.0, 1.0], dtype=np.float32), (len(batch), 1))

    # just above the stage's surer pair: that one is settled by the stage, the other goes to the head
    monkeypatch.setattr(stance_model, "CROSS_SKIP_CONFIDENCE", float(stage_best.max()) - 1e-6)
    head = Recording()
    predict_stances(model, pairs, cross=head)
    sure = int(stage_best.argmax())
    assert pairs[sure] not in head.asked
    if stage_best.min() < stage_best.max():
        assert pairs[1 - sure] in head.asked
    monkeypatch.setattr(stance_model, "CROSS_SKIP_CONFIDENCE", 1.01)  # always asked
    head = Recording()
    predict_stances(model, pairs, cross=head)
    assert set(head.asked) == set(pairs)
