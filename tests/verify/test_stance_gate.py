"""The short-text related / unrelated gate (claim vs headline-like text)."""

import hashlib
import json

import numpy as np
import pytest

from storyscope.verify.stance import StanceModelError
from storyscope.verify.stance import gate as gate_module
from storyscope.verify.stance.features import content_stems, tokenize
from storyscope.verify.stance.gate import (
    FEATURE_NAMES,
    mismatched_pairs,
    read_related_gate,
    save_related_gate,
    train_related_gate,
)

# Invented claims, each with a few headlines that report it.
_PAIRS = [
    ("A tortoise in Kelmar turned 150 years old", "Kelmar tortoise turns 150"),
    ("A tortoise in Kelmar turned 150 years old", "Kelmar zoo celebrates its 150-year-old tortoise"),
    ("A tortoise in Kelmar turned 150 years old", "Is the Kelmar tortoise really 150?"),
    ("A singer bought an island off Dovria", "Singer buys island off Dovria"),
    ("A singer bought an island off Dovria", "Singer reportedly bought Dovria island"),
    ("A singer bought an island off Dovria", "Did the singer buy an island near Dovria?"),
    ("Farmers found a gold coin hoard in Ustby", "Ustby farmers find gold coin hoard"),
    ("Farmers found a gold coin hoard in Ustby", "Gold hoard may have been found in Ustby"),
    ("Farmers found a gold coin hoard in Ustby", "Ustby gold hoard story debunked as fake"),
    ("A cat was elected mayor of Pelton", "Pelton cat elected mayor"),
    ("A cat was elected mayor of Pelton", "Was a cat really elected mayor of Pelton?"),
    ("A cat was elected mayor of Pelton", "Pelton denies cat mayor story"),
    ("The Brellin council will close the harbour bridge", "Brellin harbour bridge to close"),
    ("The Brellin council will close the harbour bridge", "Brellin council denies harbour bridge closure"),
    ("The Brellin council will close the harbour bridge", "Could Brellin's harbour bridge close?"),
]


def _bag_of_stems_vector(text: str) -> np.ndarray:
    """A stand-in for the sentence embedder: hashed content stems, L2-normalised (offline, instant)."""
    vec = np.zeros(64, dtype=np.float32)
    for s in content_stems(tokenize(text)):
        vec[int(hashlib.md5(s.encode()).hexdigest(), 16) % 64] += 1.0
    norm = np.linalg.norm(vec)
    return vec / norm if norm else vec


@pytest.fixture
def fake_embeddings(monkeypatch):
    monkeypatch.setattr(gate_module, "_embedding", _bag_of_stems_vector)


@pytest.fixture
def small_gate(fake_embeddings):
    return train_related_gate(_PAIRS)


def test_mismatched_pairs_never_pair_a_claim_with_its_own_texts():
    out = mismatched_pairs(_PAIRS, per_pair=2, seed=5)
    own = {(c, t) for c, t in _PAIRS}
    assert len(out) == 2 * len(_PAIRS) and not own & set(out)
    assert out == mismatched_pairs(_PAIRS, per_pair=2, seed=5)          # seeded
    assert {c for c, _ in out} == {c for c, _ in _PAIRS}


def test_features_measure_overlap(small_gate):
    claim = "A cat was elected mayor of Pelton"
    own, other = small_gate.features([(claim, "Cat elected mayor in Pelton"), (claim, "Ustby gold hoard found")])
    named = dict(zip(FEATURE_NAMES, own))
    assert named["shared_stems"] == 4 and named["claim_share"] == 1.0 and named["shared_names"] == 1
    assert dict(zip(FEATURE_NAMES, other))["shared_stems"] == 0
    assert named["claim_stems_log"] == pytest.approx(np.log1p(len(set(content_stems(tokenize(claim))))))
    assert named["text_stems_log"] == pytest.approx(np.log1p(4))     # cat, elect, mayor, pelton
    assert own[FEATURE_NAMES.index("char_cosine")] > other[FEATURE_NAMES.index("char_cosine")]
    assert small_gate.features([]).shape == (0, len(FEATURE_NAMES))


def test_small_gate_keeps_own_claim_and_rejects_another(small_gate):
    claim = "Farmers found a gold coin hoard in Ustby"
    related = small_gate.is_related([(claim, "Gold coins dug up by Ustby farmers"),
                                     (claim, "Pelton cat wins mayor race")])
    assert related == [True, False]
    assert 0 < small_gate.threshold < 1 and small_gate.meta["train_pairs"] == len(_PAIRS)


def test_train_needs_two_claims(fake_embeddings):
    with pytest.raises(ValueError, match="two claims"):
        train_related_gate(_PAIRS[:3])


def test_save_and_read_round_trip(small_gate, tmp_path):
    save_related_gate(small_gate, tmp_path)
    again = read_related_gate(tmp_path)
    pairs = [(c, t) for c, _ in _PAIRS[:3] for _, t in _PAIRS[-3:]]
    assert np.allclose(again.related_proba(pairs), small_gate.related_proba(pairs))
    assert again.threshold == small_gate.threshold
    assert json.loads((tmp_path / "gate_meta.json").read_text())["features"] == list(FEATURE_NAMES)


def test_read_missing_gate(tmp_path):
    with pytest.raises(StanceModelError, match="not found"):
        read_related_gate(tmp_path)


def test_short_texts_skip_the_body_model(small_gate, monkeypatch):
    from storyscope.verify.stance import model as stance_model
    from storyscope.verify.stance.headline import train_headline_model

    def body_model_must_not_see_short_texts(model, pairs, cross=None):
        assert all(len(t.split()) > stance_model.HEADLINE_MAX_WORDS for _, t in pairs)
        return [("discuss", 0.5) for _ in pairs]

    monkeypatch.setattr(stance_model, "predict_stances", body_model_must_not_see_short_texts)
    labels = ["agree", "discuss", "disagree"] * 5
    head = train_headline_model(_PAIRS, labels)
    claim = "A cat was elected mayor of Pelton"
    long_text = " ".join(["Pelton"] * (stance_model.HEADLINE_MAX_WORDS + 5))
    out = stance_model.predict_routed_stances(
        [(claim, "Pelton cat elected mayor"), (claim, "Ustby gold hoard found"), (claim, long_text)],
        model=object(), headline_model=head, gate=small_gate)
    assert out[0][0] in ("agree", "disagree", "discuss")
    assert out[1][0] == "unrelated" and 0 < out[1][1] <= 1
    assert out[2] == ("discuss", 0.5)
