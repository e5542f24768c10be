"""Candidate cue frames that take their subject from a head higher up (issue 4), on short fictional texts."""

from __future__ import annotations

from typing import Any

import pytest

from storyscope.annotate.attribution import cue_frames, extract_attributions
from storyscope.annotate.cues import CueModel
from storyscope.annotate.resolve import Resolver
from storyscope.annotate.spans import QuoteIndex, find_quotes, segments
from storyscope.model import Attribution

pytestmark = pytest.mark.slow

TEXT = "The harbour union left the meeting after criticizing the new ferry timetable."


def _extract(nlp: Any, text: str, gate: CueModel) -> list[Attribution]:
    doc = nlp(text)
    quotes = QuoteIndex(find_quotes(text))
    return extract_attributions(doc, segments(doc), quotes, Resolver(doc, quotes), cue_model=gate, cue_tagger=None)


def test_gerund_after_preposition_inherits_the_clause_subject(nlp: Any) -> None:
    doc = nlp(TEXT)
    quotes = QuoteIndex(find_quotes(TEXT))
    frames = [f for f in cue_frames(doc, segments(doc), quotes, Resolver(doc, quotes)) if f.verb.text == "criticizing"]
    assert len(frames) == 1
    assert frames[0].subj.text == "union"
    assert TEXT[frames[0].start:frames[0].end] == "the new ferry timetable"


def test_gate_turns_the_inherited_frame_into_an_attribution(nlp: Any) -> None:
    gate = CueModel({"lemma=criticize": 5.0}, bias=-3.0, threshold=0.5)
    atts = [a for a in _extract(nlp, TEXT, gate) if a.cue == "criticizing"]
    assert len(atts) == 1
    assert atts[0].source_text == "The harbour union"
    assert atts[0].content == "the new ferry timetable"


def test_rejected_inherited_frame_adds_nothing(nlp: Any) -> None:
    gate = CueModel({"lemma=criticize": -5.0}, bias=-3.0, threshold=0.5)
    assert [a for a in _extract(nlp, TEXT, gate) if a.cue == "criticizing"] == []
