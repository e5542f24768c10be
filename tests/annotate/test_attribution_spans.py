"""PolNeAR span conventions and the learned cue gate (issue 4), on short fictional texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from storyscope.annotate.attribution import extract_attributions
from storyscope.annotate.cues import CueModel, load_cue_model
from storyscope.annotate.resolve import Resolver
from storyscope.annotate.spans import QuoteIndex, find_quotes, segments
from storyscope.model import Annotations, Attribution

Annotate = Callable[[str], Annotations]


def _find(atts: tuple[Attribution, ...] | list[Attribution], fragment: str) -> Attribution:
    hits = [a for a in atts if fragment in a.content]
    assert hits, f"no attribution with content containing {fragment!r}: {[a.content for a in atts]}"
    return hits[0]


def _extract(nlp: Any, text: str, model: CueModel | bool | None) -> list[Attribution]:
    doc = nlp(text)
    quotes = QuoteIndex(find_quotes(text))
    return extract_attributions(doc, segments(doc), quotes, Resolver(doc, quotes), cue_model=model)


def test_cue_model_scores_and_round_trips(tmp_path: Path) -> None:
    model = CueModel({"lemma=criticize": 4.0, "subj=it": -4.0}, bias=-1.0, threshold=0.5)
    assert model.is_cue(["lemma=criticize", "tag=VBD"])
    assert not model.is_cue(["lemma=criticize", "subj=it", "tag=VBD"])
    assert model.probability([]) == pytest.approx(1 / (1 + 2.718281828 ** 1.0), rel=1e-6)
    path = tmp_path / "gate.json"
    path.write_text(model.to_json(), encoding="utf-8")
    loaded = load_cue_model(path)
    assert loaded is not None and loaded.weights == model.weights and loaded.threshold == 0.5
    assert load_cue_model(tmp_path / "absent.json") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "source_text", "speaker"),
    [
        # appositions and titles belong to the source span; the speaker stays the name
        ("Olav Rasmussen, a retired engineer and harbour pilot, said the pier was unsafe.",
         "the pier was unsafe", "Olav Rasmussen, a retired engineer and harbour pilot", "Olav Rasmussen"),
        ("Harbour director Marta Lindqvist said the ferry would be late.",
         "the ferry would be late", "Harbour director Marta Lindqvist", "Marta Lindqvist"),
    ],
)
def test_source_span_is_the_subject_phrase(annotate: Annotate, text: str, fragment: str, source_text: str,
                                           speaker: str) -> None:
    att = _find(annotate(text).attributions, fragment)
    assert att.source_text == source_text
    assert att.speaker == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "fragment", "cue"),
    [
        ("Marta Lindqvist has repeatedly said that the ferry is late.", "that the ferry is late",
         "has repeatedly said"),
        ("Marta Lindqvist said on Tuesday that the ferry would be late.", "that the ferry would be late",
         "said on Tuesday"),
        ("Olav Rasmussen told reporters that the pier was unsafe.", "that the pier was unsafe", "told"),
    ],
)
def test_cue_span_runs_to_the_content(annotate: Annotate, text: str, fragment: str, cue: str) -> None:
    att = _find(annotate(text).attributions, fragment)
    assert att.cue == cue
    assert att.content.startswith("that")


@pytest.mark.slow
def test_gate_adds_frames_outside_the_lexicon(nlp: Any) -> None:
    text = "The harbour union criticized the new ferry timetable."
    assert _extract(nlp, text, None) == []
    gate = CueModel({"lemma=criticize": 5.0}, bias=-3.0, threshold=0.5)
    att = _find(_extract(nlp, text, gate), "the new ferry timetable")
    assert att.cue == "criticized"
    assert att.source_text == "The harbour union"


@pytest.mark.slow
def test_gate_rejects_what_the_model_rejects(nlp: Any) -> None:
    gate = CueModel({}, bias=-3.0, threshold=0.5)
    assert _extract(nlp, "The harbour union criticized the new ferry timetable.", gate) == []


@pytest.mark.slow
def test_nominal_frame_with_possessor(nlp: Any) -> None:
    gate = CueModel({"kind=noun": 5.0}, bias=-3.0, threshold=0.5)
    text = "The mayor defended her decision to close the old pier."
    att = _find(_extract(nlp, text, gate), "close the old pier")
    assert att.cue == "decision"
    assert att.source_text == "her"


@pytest.mark.slow
def test_gated_frames_do_not_voice_claims(annotate: Annotate) -> None:
    ann = annotate("Estonia ordered 40 Swedish patrol boats in 2023.")
    assert all(c.stance == "asserts" for c in ann.claims)


@pytest.mark.slow
def test_raising_verb_has_no_source_and_keeps_subject_in_content(nlp: Any) -> None:
    gate = CueModel({"lemma=seem": 5.0}, bias=-3.0, threshold=0.5)
    att = _find(_extract(nlp, "The new timetable seems to suit the commuters.", gate), "suit the commuters")
    assert att.source_start is None
    assert att.content.startswith("The new timetable")
    assert att.cue == "seems"
