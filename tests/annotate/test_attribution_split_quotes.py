"""Split direct quotes: one statement interrupted by its cue ("“A,” she said, “b.”"), on fictional texts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyscope.model import Annotations, Attribution

pytestmark = pytest.mark.slow

Annotate = Callable[[str], Annotations]


def _with(atts: tuple[Attribution, ...], fragment: str) -> list[Attribution]:
    return [a for a in atts if fragment in a.content]


def _parts(text: str, att: Attribution) -> list[str]:
    return [text[s:e] for s, e in att.content_spans()]


@pytest.mark.parametrize(
    ("text", "first", "second", "source", "cue"),
    [
        # the parser takes the second part for the cue's clause
        (("Flood crews worked through the night in Kellmouth.\n\n"
          "“We will keep the pumps running,” the mayor said, “until the river falls below the wall.”"),
         "We will keep the pumps running", "until the river falls below the wall", "the mayor", "said"),
        # subject after the cue, a resuming part of a few words
        ("“The new locks were tested twice in April,” said engineer Petra Valdane, “and again last week.”",
         "The new locks were tested twice in April", "and again last week", "engineer Petra Valdane", "said"),
        # a resuming part too short to count as speech on its own
        ("“The harbour cranes were inspected on Monday,” the engineer said, “and again.”",
         "The harbour cranes were inspected on Monday", "and again", "the engineer", "said"),
        # auxiliary in the cue, an addressee after it
        ("“The night ferry will not sail this week,” she has told reporters, “because the jetty is flooded.”",
         "The night ferry will not sail this week", "because the jetty is flooded", "she", "has told"),
        # a one-word opening at the start of the sentence
        ("“Colleagues,” Councillor Ivo Brandt said, “the harbour budget is already spent for the year.”",
         "Colleagues", "the harbour budget is already spent", "Councillor Ivo Brandt", "said"),
        # an opening that ends in a question mark
        ("“Why would the council ever agree to that?” the mayor said, “when the harbour fund is empty?”",
         "Why would the council ever agree to that?", "when the harbour fund is empty", "the mayor", "said"),
    ],
)
def test_split_quote_is_one_attribution_around_its_cue(annotate: Annotate, text: str, first: str, second: str,
                                                       source: str, cue: str) -> None:
    atts = annotate(text).attributions
    hits = _with(atts, second)
    assert len(hits) == 1, [a.content for a in atts]
    att = hits[0]
    assert first in att.content
    assert att.direct is True
    assert att.source_text == source
    assert att.cue == cue
    left, right = _parts(text, att)
    assert left.startswith(first) and source not in left
    assert right.startswith(second) and source not in right
    assert text[att.gap_start:att.gap_end].count(cue) == 1
    assert not [a for a in atts if a is not att and first in a.content]


def test_split_quote_names_the_speaker(annotate: Annotate) -> None:
    text = "“The tide gauges stopped working at noon,” Elin Sato said, “so we closed the gates.”"
    [att] = _with(annotate(text).attributions, "so we closed the gates")
    assert att.speaker == "Elin Sato"
    assert "The tide gauges stopped working" in att.content


def test_quote_after_a_full_stop_keeps_one_span_without_a_gap(annotate: Annotate) -> None:
    text = "“We will keep the pumps running,” the mayor said. “The river should fall below the wall by Friday.”"
    att = _with(annotate(text).attributions, "We will keep the pumps running")[0]
    assert att.gap_start is None and att.gap_end is None
    assert len(att.content_spans()) == 1


def test_new_cue_after_the_comma_is_a_statement_of_its_own(annotate: Annotate) -> None:
    text = ("“The storm wall is finished,” the engineer Petra Valdane said, adding, "
            "“It will protect the old town for fifty years.”")
    atts = annotate(text).attributions
    first = _with(atts, "The storm wall is finished")[0]
    assert "fifty years" not in first.content
    assert first.gap_start is None


def test_quote_inside_a_sentence_is_not_an_opening(annotate: Annotate) -> None:
    text = ("The council called the plan “cheap,” Councillor Ivo Brandt said, "
            "“and nobody in this town believes it will hold.”")
    att = _with(annotate(text).attributions, "nobody in this town believes")[0]
    assert "cheap" not in att.content
    assert att.gap_start is None


@pytest.mark.parametrize(("text", "wrong_cue"), [
    ("As the ferry captain announced the delay, the passengers sighed.", None),  # a time "as", not a source
    ("The harbour board released a video on Monday showing the new cranes at work.", "showing"),
])
def test_no_attribution_for_what_only_looks_like_one(annotate: Annotate, text: str, wrong_cue: str | None) -> None:
    atts = annotate(text).attributions
    assert not [a for a in atts if "the passengers sighed" == a.content]
    if wrong_cue:
        # a video that shows is no statement: "released a video ... showing" is not one cue
        assert not [a for a in atts if "released" in a.cue and wrong_cue in a.cue]


def test_finding_keeps_the_clause_own_cue(annotate: Annotate) -> None:
    text = "In the new harbour study, engineers found that the old wall leaks at high tide."
    atts = annotate(text).attributions
    found = [a for a in atts if a.cue.startswith("found")]
    assert len(found) == 1 and found[0].source_text == "engineers"
    assert "the old wall leaks at high tide" in found[0].content


def test_closing_finding_source_has_no_conjunction(annotate: Annotate) -> None:
    atts = annotate("The pumps ran for nine days, though the port records show otherwise.").attributions
    assert not [a for a in atts if a.source_text and a.source_text.startswith("though")]


def test_closing_finding_ends_the_statement_before_it(annotate: Annotate) -> None:
    text = "Harbour officials said the east wall held through the storm, port records show."
    atts = annotate(text).attributions
    said = [a for a in atts if a.cue == "said"]
    shown = [a for a in atts if a.cue == "show"]
    assert len(said) == 1 and said[0].content == "the east wall held through the storm"
    assert len(shown) == 1 and shown[0].source_text == "port records"
    assert shown[0].content.startswith("Harbour officials said")
