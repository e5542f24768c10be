"""Wire datelines: found by pattern, split off the first sentence, and their agency recorded as a citation."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from storyscope.annotate.citations import extract_citations
from storyscope.annotate.datelines import find_datelines
from storyscope.model import DATELINE_CUE, Annotations


@pytest.mark.parametrize(
    ("line", "place", "agency", "first_words"),
    [
        ("OSK (Norpress) - Kessia and Norland signed a water deal on Tuesday.", "OSK", "Norpress", "Kessia and"),
        ("OSK, Kessia, March 3 (AP) — Kessia and Norland agreed to share the river.", "OSK, Kessia", "AP",
         "Kessia and"),
        ("VEL HARBOUR, N.K. (Reuters) -- The ferries resumed their crossings at dawn.", "VEL HARBOUR, N.K.",
         "Reuters", "The ferries"),
        ("BRANDT, Kessia, Oct. 3, 2031 (AFP) – Three ministers resigned on Friday night.", "BRANDT, Kessia", "AFP",
         "Three ministers"),
        ("(Reuters) - The harbour authority closed the port for a week.", None, "Reuters", "The harbour"),
        ("OSK — Talks between the two governments resumed on Monday.", "OSK", None, "Talks between"),
        ("OSK, KESSIAPOST.com - Kessia and Norland signed a pact on the river.", "OSK", None, "Kessia and"),
        ("OSK, Dec 5 (Norpress): The talks resumed on Monday in the capital.", "OSK", "Norpress", "The talks"),
        ("OSK—The harbour authority closed the port for a week.", "OSK", None, "The harbour"),
        ("OSK (Norpress)—A fire broke out at the harbour on Monday.", "OSK", "Norpress", "A fire"),
        ("OSK (Norland Press Agency) — A fire broke out at the harbour.", "OSK", "Norland Press Agency", "A fire"),
    ],
)
def test_datelines_are_found(line: str, place: str | None, agency: str | None, first_words: str) -> None:
    text = "A headline about the river\n\n" + line + "\n\nA second paragraph follows here."
    (found,) = find_datelines(text)
    assert found.place == place
    assert found.agency == agency
    assert text[found.end:].startswith(first_words)
    if agency:
        assert text[found.agency_start:found.agency_end] == agency


@pytest.mark.parametrize(
    "line",
    [
        "BREAKING - Kessia closes its border with Norland tonight.",  # a kicker, not a place
        "UPDATE: Kessia closes its border with Norland tonight.",
        "OSK: The talks resumed on Monday in the capital.",  # a bare word before a colon (a speaker, a label)
        "NATO - the alliance met on Monday in the capital.",  # no sentence starts after the dash
        "The meeting - held in Osk - ended without a deal.",
        "OSK — Talks resumed.",  # too short to be a sentence
        "Kessia, Norland sign deal - officials say it will last.",  # no all-capitals place
        "(VIDEO) — Kessia closes its border with Norland tonight.",  # a label in brackets, not an agency
        "(Ivo Lamm) - Kessia closes its border with Norland tonight.",  # a person
        "SEN. IVO LAMM (K-OS): We will vote on the border bill tomorrow.",  # a transcript's speaker and party
        "US - Kessia trade talks resumed in Brandt on Monday.",  # two parties joined by a spaced hyphen
    ],
)
def test_lines_that_are_not_datelines(line: str) -> None:
    assert find_datelines(line) == []


def test_dateline_agency_is_a_citation() -> None:
    text = "OSK, Kessia (Norpress) — Kessia's cabinet resigned on Friday, officials said.\n\nMore followed."
    (citation,) = extract_citations(text)
    assert citation.outlet == "Norpress"
    assert citation.cue == DATELINE_CUE
    assert text[citation.start:citation.end] == "OSK, Kessia (Norpress)"


def test_a_dateline_without_agency_cites_nothing() -> None:
    assert extract_citations("OSK — Kessia's cabinet resigned on Friday, officials said.") == []


@pytest.mark.slow
def test_first_sentence_starts_after_the_dateline(nlp: Any) -> None:
    doc = nlp("Ferry deal\n\nOSK, Kessia, March 3 (AP) — Kessia and Norland agreed on Tuesday to share the Vel "
              "river, ending a six-year dispute. Both sides praised it.")
    sentences = [s.text.strip() for s in doc.sents]
    assert "OSK, Kessia, March 3 (AP) —" in sentences
    assert any(s.startswith("Kessia and Norland agreed") and s.endswith("dispute.") for s in sentences)
    assert sentences[-1] == "Both sides praised it."


@pytest.mark.slow
def test_the_dateline_place_is_no_speaker_and_no_claim_text(annotate: Callable[[str], Annotations]) -> None:
    text = ("Ferry deal\n\nBRANDT, Kessia (Norpress) — Kessia and Norland agreed on Tuesday to share the Vel river, "
            "officials said, ending a six-year dispute.\n\nThe agreement runs for ten years.")
    ann = annotate(text)
    assert all("BRANDT" not in (a.source_text or "") and (a.speaker or "") != "BRANDT" for a in ann.attributions)
    (said,) = [a for a in ann.attributions if a.cue == "said"]
    assert text[said.start:said.end].startswith("Kessia and Norland agreed")
    assert not any(c.text.startswith("BRANDT") for c in ann.claims)
    assert any(c.text.startswith("Kessia and Norland agreed") for c in ann.claims)
    assert [c.outlet for c in ann.citations] == ["Norpress"]


def test_a_title_case_heading_opens_only_the_text() -> None:
    text = "Regional Affairs - Kessia and Norland signed a pact on the Vel river on Monday.\n\nMore followed."
    (found,) = find_datelines(text)
    assert (found.place, found.agency) == ("Regional Affairs", None)
    assert text[found.end:].startswith("Kessia and")
    # further down, or with a kicker, or before a lower-case clause, a title-case phrase stays in its sentence
    assert find_datelines("Intro line here.\n\nRegional Affairs - Kessia and Norland signed a pact today.") == []
    assert find_datelines("Breaking - Kessia and Norland signed a pact on the river today.") == []
    assert find_datelines("Ivo Lamm - the Kessian president - signed the pact on Monday.") == []
    assert find_datelines("Kessia - Norland talks collapsed on Monday night.") == []  # one phrase
    assert find_datelines("Mr Lamm - The minister resigned on Monday night.") == []
    (bom,) = find_datelines("\ufeffOSK (Norpress) — The talks resumed on Monday in the capital.")
    assert bom.agency == "Norpress"


@pytest.mark.slow
def test_a_section_heading_is_no_entity(annotate: Callable[[str], Annotations]) -> None:
    text = ("Regional Affairs - Kessia and Norland signed a pact on the Vel river on Monday, officials said.\n\n"
            "BRANDT, Kessia (Norpress) — The pact was welcomed in the capital on Tuesday.")
    names = {e.text for e in annotate(text).entities}
    assert "Regional Affairs" not in names
    assert {"Kessia", "Norland"} <= names
    assert "BRANDT" in names or "BRANDT, Kessia" in names  # a dateline's place is a place
