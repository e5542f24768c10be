"""PolNeAR span conventions, the learned cue gate and the cue-boundary tagger (issue 4), on short fictional texts."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

from storyscope.annotate.attribution import extract_attributions
from storyscope.annotate.cues import (
    CUE_TAGGER_NAME,
    DEFAULT_TAGGER_THRESHOLD,
    TAGGER_PATH,
    CueModel,
    cue_edges,
    load_cue_model,
    refine_cues,
)
from storyscope.annotate.resolve import Resolver
from storyscope.annotate.spans import QuoteIndex, find_quotes, segments
from storyscope.model import Annotations, Attribution

Annotate = Callable[[str], Annotations]


def _find(atts: tuple[Attribution, ...] | list[Attribution], fragment: str) -> Attribution:
    hits = [a for a in atts if fragment in a.content]
    assert hits, f"no attribution with content containing {fragment!r}: {[a.content for a in atts]}"
    return hits[0]


def _extract(nlp: Any, text: str, model: CueModel | bool | None,
             tagger: CueModel | bool | None = None) -> list[Attribution]:
    doc = nlp(text)
    quotes = QuoteIndex(find_quotes(text))
    return extract_attributions(doc, segments(doc), quotes, Resolver(doc, quotes), cue_model=model,
                                cue_tagger=tagger)


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
        # the parser splits "news agency" and the name into two subjects: the source is both, the speaker the name,
        # and the sentence adverb stays out
        ("Meanwhile Kessian state news agency Norpress claimed the talks had failed.",
         "the talks had failed", "Kessian state news agency Norpress", "Norpress"),
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
        ("Olav Rasmussen told reporters that the pier was unsafe.", "that the pier was unsafe", "told"),
    ],
)
def test_cue_span_runs_to_the_content(annotate: Annotate, text: str, fragment: str, cue: str) -> None:
    att = _find(annotate(text).attributions, fragment)
    assert att.cue == cue
    assert att.content.startswith("that")


@pytest.mark.slow
def test_rule_cue_runs_over_time_phrase_to_the_content(nlp: Any) -> None:
    # the rules' span; the boundary tagger may then drop "on Tuesday" (PolNeAR is split on it)
    att = _find(_extract(nlp, "Marta Lindqvist said on Tuesday that the ferry would be late.", None),
                "the ferry would be late")
    assert att.cue == "said on Tuesday"


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


# ------------------------------------------------------------------ agentless passives and inherited subjects


@pytest.mark.slow
def test_agentless_passive_frame_has_no_source(nlp: Any) -> None:
    gate = CueModel({"kind=passive": 5.0}, bias=-3.0, threshold=0.5)
    att = _find(_extract(nlp, "The night ferry is expected to arrive on Friday.", gate), "arrive on Friday")
    assert att.source_start is None and att.speaker is None
    assert att.hedged
    assert att.cue == "is expected"
    assert att.content.startswith("The night ferry")


@pytest.mark.slow
def test_passive_frames_are_left_to_the_gate(nlp: Any) -> None:
    gate = CueModel({"kind=passive": -5.0}, bias=-3.0, threshold=0.5)
    assert _extract(nlp, "The night ferry is expected to arrive on Friday.", gate) == []


@pytest.mark.slow
def test_frame_inherits_subject_through_adjective_and_infinitive(nlp: Any) -> None:
    gate = CueModel({"lemma=say": 5.0}, bias=-3.0, threshold=0.5)
    att = _find(_extract(nlp, "Most commuters are likely to say that the timetable works.", gate),
                "the timetable works")
    assert att.source_text == "Most commuters"


# ------------------------------------------------------------------ cue-boundary tagger


def _tagger(weights: dict[str, float]) -> CueModel:
    return CueModel(weights, bias=-3.0, threshold=0.5, name=CUE_TAGGER_NAME)


@pytest.mark.slow
def test_tagger_widens_cue_over_a_preposition(nlp: Any) -> None:
    gate = CueModel({"lemma=push": 5.0}, bias=-3.0, threshold=0.5)
    text = "The harbour union pushed for a new vote on the ferry contract."
    assert _find(_extract(nlp, text, gate), "a new vote").cue == "pushed"
    att = _find(_extract(nlp, text, gate, _tagger({"side|w=right|for": 5.0})), "a new vote")
    assert att.cue == "pushed for"
    assert att.content.startswith("a new vote")


@pytest.mark.slow
def test_tagger_takes_the_start_of_the_content(nlp: Any) -> None:
    text = "The union accused the mayor of hiding the ferry accounts."
    plain = _find(_extract(nlp, text, None), "hiding the ferry accounts")
    assert plain.content.startswith("the mayor")
    tagger = _tagger({"side|w=right|the": 5.0, "side|w=right|mayor": 5.0})
    att = _find(_extract(nlp, text, None, tagger), "hiding the ferry accounts")
    assert att.cue == "accused the mayor"
    assert att.content == "of hiding the ferry accounts"


@pytest.mark.slow
def test_tagger_trims_cue_edges_but_keeps_one_token(nlp: Any) -> None:
    text = "Marta Lindqvist has repeatedly said that the ferry is late."
    att = _find(_extract(nlp, text, None, _tagger({"side|w=in|said": 5.0})), "the ferry is late")
    assert att.cue == "said"
    att = _find(_extract(nlp, text, None, _tagger({})), "the ferry is late")
    assert att.cue == "said"  # everything below threshold: the last edge token stays


@pytest.mark.slow
def test_cue_edges_stop_at_own_source_and_punctuation(nlp: Any) -> None:
    text = "Marta Lindqvist, the harbour director, said on Tuesday that the ferry would be late."
    doc = nlp(text)
    quotes = QuoteIndex(find_quotes(text))
    atts = extract_attributions(doc, segments(doc), quotes, Resolver(doc, quotes), cue_model=None, cue_tagger=None)
    att = _find(atts, "the ferry would be late")
    edges = list(cue_edges(doc, atts))
    assert edges and all(not doc[e.token].is_punct for e in edges)
    assert all(not (att.source_start <= doc[e.token].idx < att.source_end) for e in edges)
    right = [doc[e.token].text for e in edges if e.side == "right"]
    assert right[:1] == ["that"]  # only the content's first tokens, never past TAGGER_MAX_INTO_CONTENT
    widened = refine_cues(doc, atts, _tagger({"side|w=right|on": 5.0}))
    assert [a.content for a in widened] == [a.content for a in atts]


def test_packaged_tagger_loads() -> None:
    tagger = load_cue_model(TAGGER_PATH)
    assert tagger is not None
    assert tagger.name == CUE_TAGGER_NAME
    assert tagger.threshold == DEFAULT_TAGGER_THRESHOLD
    assert tagger.weights


def test_content_takes_the_closing_quotation_mark_it_opens(nlp: Any) -> None:
    text = ("According to this, it should all be welders of the Talvorian army: it should send mainly engineers, "
            "but they must also be “able to defend under special conditions”.")
    content = _find(_extract(nlp, text, True, True), "defend").content
    assert content.endswith("conditions”") and content.count("“") == content.count("”")


def test_the_writers_background_on_a_name_closing_reported_words_is_not_content(nlp: Any) -> None:
    text = ("Talvorian Foreign Minister Ida Brask said Kessia's allies should respond firmly, including by imposing new "
            "tariffs and further isolating Osk, whose ties with Velm have grown closer since the 2030 floods.")
    assert _find(_extract(nlp, text, True, True), "tariffs").content.endswith("further isolating Osk")
    # a "whose" clause inside what was said, or in quoted words, stays
    for text, fragment in (("Brask said the plan, whose cost is unknown, would be adopted.", "cost is unknown"),
                           ("Brask said: “Osk, whose ties with Velm are close, will pay.”", "will pay")):
        assert fragment in _find(_extract(nlp, text, True, True), fragment).content
