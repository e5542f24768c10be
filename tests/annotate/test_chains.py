"""Nested attributions read as chains (an outlet relaying a person's words)."""

from storyscope.annotate.chains import enclosing_attributions
from storyscope.model import Attribution


def _att(text: str, speaker: str, source: str | None, cue: str, content: str) -> Attribution:
    start = text.index(content)
    cue_start = text.index(cue)
    src_start = text.index(source) if source else None
    return Attribution(speaker=speaker, cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue),
                       content=content, start=start, end=start + len(content), direct=False, hedged=False,
                       source_text=source, source_start=src_start,
                       source_end=None if source is None else src_start + len(source))


TEXT = ("The Norpress agency reported that the Valley Post said minister Ana Brandt told aides the port "
        "would close. Brandt later said the port is safe.")


def test_each_link_names_the_next_outer_one():
    outer = _att(TEXT, "Norpress", "The Norpress agency", "reported",
                 "that the Valley Post said minister Ana Brandt told aides the port would close")
    middle = _att(TEXT, "Valley Post", "the Valley Post", "said",
                  "minister Ana Brandt told aides the port would close")
    inner = _att(TEXT, "Ana Brandt", "minister Ana Brandt", "told", "the port would close")
    alone = _att(TEXT, "Ana Brandt", "Brandt later", "said", "the port is safe")
    assert enclosing_attributions([inner, alone, outer, middle]) == [3, None, None, 2]


def test_an_attribution_whose_source_lies_outside_is_not_nested():
    text = "Brandt said the port would close, the agency reported."
    said = _att(text, "Ana Brandt", "Brandt", "said", "the port would close")
    # The agency's content is the whole clause but its source words sit outside it: it is the outer link.
    reported = _att(text, "agency", "the agency", "reported", "Brandt said the port would close")
    assert enclosing_attributions([said, reported]) == [1, None]
