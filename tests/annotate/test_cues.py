"""The packaged cue gate and cue-boundary tagger: what they are, and the limits refine_cues keeps whatever they say."""

from __future__ import annotations

from typing import Any

import pytest

from storyscope.annotate.attribution import extract_attributions
from storyscope.annotate.cues import (
    CUE_MODEL_NAME,
    CUE_TAGGER_NAME,
    DEFAULT_THRESHOLD,
    MODEL_PATH,
    CueModel,
    load_cue_model,
    refine_cues,
)
from storyscope.annotate.resolve import Resolver
from storyscope.annotate.spans import QuoteIndex, find_quotes, segments
from storyscope.model import Attribution

# A tagger that rejects every edge token and one that accepts every edge token.
REJECT_ALL = CueModel({}, bias=-10.0, threshold=0.5, name=CUE_TAGGER_NAME)
ACCEPT_ALL = CueModel({}, bias=10.0, threshold=0.5, name=CUE_TAGGER_NAME)


def _rule_atts(nlp: Any, text: str) -> tuple[Any, list[Attribution]]:
    doc = nlp(text)
    quotes = QuoteIndex(find_quotes(text))
    return doc, extract_attributions(doc, segments(doc), quotes, Resolver(doc, quotes), cue_model=None,
                                     cue_tagger=None)


def test_packaged_gate_loads_with_its_name_and_threshold() -> None:
    gate = load_cue_model(MODEL_PATH)
    assert gate is not None
    assert gate.name == CUE_MODEL_NAME
    assert gate.threshold == DEFAULT_THRESHOLD
    assert "train split" in gate.meta["data"]  # fitted on PolNeAR's train split only, never dev
    assert 0.0 < gate.probability(["lemma=criticize", "kind=ccomp"]) < 1.0


@pytest.mark.slow
def test_fixed_cue_phrase_is_never_trimmed(nlp: Any) -> None:
    doc, atts = _rule_atts(nlp, "According to the harbour office, the night ferry is late again.")
    assert [a.cue for a in atts] == ["According to"]
    assert [a.cue for a in refine_cues(doc, atts, REJECT_ALL)] == ["According to"]


@pytest.mark.slow
def test_cue_verb_survives_a_tagger_that_rejects_it(nlp: Any) -> None:
    doc, atts = _rule_atts(nlp, "Marta Lindqvist later said that the night ferry is late again.")
    refined = refine_cues(doc, atts, REJECT_ALL)
    assert len(refined) == len(atts) == 1
    assert "said" in refined[0].cue


@pytest.mark.slow
def test_widening_stops_at_punctuation_and_keeps_the_content(nlp: Any) -> None:
    doc, atts = _rule_atts(nlp, "Marta Lindqvist said, on Tuesday, that the night ferry is late again.")
    refined = refine_cues(doc, atts, ACCEPT_ALL)
    assert len(refined) == len(atts) == 1
    assert "," not in refined[0].cue
    assert refined[0].content.endswith("the night ferry is late again")
