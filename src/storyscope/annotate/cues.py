"""A small learned gate for cue verbs outside the rule lexicon (attribution.cues.v1).

PolNeAR counts far more than speech verbs as cues ("support", "criticized",
"proposed", "want", "seem" ...). The rules in ``attribution.py`` handle the
speech-verb lexicon; every other verb that has a subject and a content-like
complement becomes a *candidate frame*, and this logistic model over a handful
of dependency features decides whether it is a cue.

The model is a JSON file of feature weights (``cue_model.json`` beside this
module), written by ``scripts/train_attribution.py`` from PolNeAR's train split
and read lazily on first use, never at import. Scoring needs no scikit-learn.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

# Versioned name of the gate (recorded by the bench through the annotate IMPL).
CUE_MODEL_NAME = "attribution.cues.v1"
MODEL_PATH = Path(__file__).with_name("cue_model.json")
# A candidate frame is a cue when the model's probability reaches this. Set on
# PolNeAR's train split (scripts/train_attribution.py prints the F1 per threshold);
# re-run `storyscope bench attribution` after changing it.
DEFAULT_THRESHOLD = 0.35
# Subject pronouns kept as themselves in the features (other pronouns -> "pron").
_PRONOUN_FEATURES = frozenset({"i", "we", "you", "he", "she", "they", "it", "who", "that", "which", "this"})

# Filled on first call of ``load_cue_model``.
_CACHE: dict[Path, CueModel | None] = {}


class CueModel:
    """Logistic scoring over sparse binary features: ``sigmoid(bias + sum of weights)``."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = DEFAULT_THRESHOLD,
                 meta: dict | None = None) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.meta = meta or {}

    def probability(self, features: list[str]) -> float:
        """The model's probability that the candidate with ``features`` is a cue."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def is_cue(self, features: list[str]) -> bool:
        """True when ``probability(features)`` reaches the model's threshold."""
        return self.probability(features) >= self.threshold

    def to_json(self) -> str:
        """Serialise (weights sorted for stable diffs)."""
        return json.dumps({"name": CUE_MODEL_NAME, "bias": self.bias, "threshold": self.threshold,
                           "meta": self.meta, "weights": dict(sorted(self.weights.items()))}, indent=0)


def load_cue_model(path: Path = MODEL_PATH) -> CueModel | None:
    """The cue model at ``path``, read once per process; None when the file is absent."""
    if path not in _CACHE:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            _CACHE[path] = CueModel(data["weights"], data["bias"], data.get("threshold", DEFAULT_THRESHOLD),
                                    data.get("meta"))
        else:
            _CACHE[path] = None
    return _CACHE[path]


def _subject_kind(subj: Any) -> str:
    low = subj.lower_
    if subj.pos_ == "PRON" or low in _PRONOUN_FEATURES:
        return low if low in _PRONOUN_FEATURES else "pron"
    if subj.ent_type_:
        return subj.ent_type_
    return subj.pos_


def frame_features(verb: Any, subj: Any, content_kind: str, content_head: Any | None) -> list[str]:
    """Binary features of one candidate frame: cue ``verb``, its subject, how its content attaches.

    Args:
        verb: the candidate cue token (the noun or adjective of a nominal frame).
        subj: its subject token.
        content_kind: ``ccomp``, ``xcomp``, ``quote``, ``object``, ``noun`` or ``adj``.
        content_head: the complement's head token (None for a quote).

    Returns:
        Feature strings (the model's vocabulary).
    """
    lemma = verb.lemma_.lower()
    nxt = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else "<end>"
    kids = list(verb.children)
    deps = sorted({c.dep_ for c in kids})
    feats = [
        f"lemma={lemma}", f"kind={content_kind}", f"lemma|kind={lemma}|{content_kind}",
        f"subj={_subject_kind(subj)}", f"tag={verb.tag_}", f"dep={verb.dep_}", f"next={nxt}",
        f"lemma|next={lemma}|{nxt}",
    ]
    feats.extend(f"child={d}" for d in deps)
    for c in kids:
        if c.dep_ == "prt":
            feats.append(f"lemma|prt={lemma}|{c.lower_}")
        if c.dep_ == "neg":
            feats.append("neg")
    if content_head is not None:
        feats.append(f"chead={content_head.pos_}")
        mark = next((c.lower_ for c in content_head.children if c.dep_ in ("mark", "aux")), "")
        if mark:
            feats.append(f"mark={mark}")
            feats.append(f"lemma|mark={lemma}|{mark}")
    return feats
