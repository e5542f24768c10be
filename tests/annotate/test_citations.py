"""Outlet citations: cue patterns plus the outlet-name test (pure regex, no model)."""

from __future__ import annotations

import pytest

from storyscope.annotate.citations import extract_citations, is_outlet_name


@pytest.mark.parametrize(
    ("text", "outlet", "cue_words"),
    [
        ("According to a report by “Morgenpost”, the ferry was sold.", "Morgenpost", "According to a report by"),
        ("According to reports in the Evening Herald, the ferry was sold.", "Evening Herald", "According to reports in"),
        ("The captain told the Express that the ferry was sold.", "Express", "told"),
        ("The captain told regional daily Kurier that the ferry was sold.", "Kurier", "told regional daily"),
        ("Quoted from Harbour Watch Weekly, the ferry was sold last spring.", "Harbour Watch Weekly", "Quoted from"),
        ("Local news agency Baltinfo claimed the ferry was sold.", "Baltinfo", "news agency"),
        ("The ferry was sold.\n\nSource: Kurier\n", "Kurier", "Source:"),
        ("Danish state television reported that the ferry was sold.", "Danish state television", "Danish state"),
        ("The ferry was sold, Reuters reported.", "Reuters", "Reuters reported"),
    ],
)
def test_outlet_cues(text: str, outlet: str, cue_words: str) -> None:
    cites = extract_citations(text)
    assert [c.outlet for c in cites] == [outlet]
    c = cites[0]
    assert text[c.start:c.end].startswith(cue_words.split()[0])
    assert outlet in text[c.start:c.end]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told journalists that the ferry was sold.",
        "The mayor told Nato members that the ferry was sold.",
        "The mayor told the council that the ferry was sold.",
        "According to the harbour master, the ferry was sold.",
        "Quoted from, the harbour master said the ferry was sold.",
    ],
)
def test_people_are_not_outlets(text: str) -> None:
    assert extract_citations(text) == []


def test_outlet_name_needs_dot_inside_abbreviation_only() -> None:
    cites = extract_citations("He told regional daily Kurier. It was late.")
    assert [c.outlet for c in cites] == ["Kurier"]


@pytest.mark.parametrize(("name", "ok"), [("Bild", True), ("Evening Herald", True), ("Herald", False),
                                          ("Nato", False), ("Pentagon", False)])
def test_is_outlet_name(name: str, ok: bool) -> None:
    assert is_outlet_name(name) is ok


@pytest.mark.parametrize(("text", "outlets"), [
    ("The Valmor news agency claimed on Friday that the convoy had left.", ["Valmor"]),
    ("The figure was first carried by the Valmor news agency on Wednesday.", ["Valmor"]),
    ("A Talvorian news agency said the convoy had left.", []),
])
def test_outlet_named_before_its_kind(text, outlets):
    assert [c.outlet for c in extract_citations(text)] == outlets
