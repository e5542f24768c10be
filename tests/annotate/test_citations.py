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


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The ferry was sold.\n\nThis article originally appeared in The Harbour Gazette.", "Harbour Gazette"),
        ("The ferry was sold.\n\nThis story was first published by Baltinfo.", "Baltinfo"),
        ("The ferry was sold.\n\nRepublished with permission from the Evening Herald.", "Evening Herald"),
        ("The ferry was sold.\n\nOriginally published on HarbourWatch.net.", "HarbourWatch.net"),
        ("The ferry was sold.\n\nThis article is republished from The Harbour Review under a Creative Commons "
         "license.", "Harbour Review"),
    ],
)
def test_republication_notices(text: str, outlet: str) -> None:
    from storyscope.model import REPUBLISHED_CUE

    (cite,) = extract_citations(text)
    assert (cite.outlet, cite.cue) == (outlet, REPUBLISHED_CUE)
    assert text[cite.start:cite.end].endswith(outlet)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour law was first published by Parliament in 2020.",  # not a notice: no "this article"
        "The report was first published by Baltinfo on Monday.",  # a report the story is about
        "Reporting by Ada Brun in Velm; Editing by Ivo Lamm",  # people, not an outlet
        "This article was originally published on June 10, 2031.",  # a date
        "This article first appeared in the Spring 2031 issue of the review.",
        "This article originally appeared in Danish.",  # a language
        "Several newspapers republished the Kessian cartoons.",
        "The tweet was republished by President Lamm.",  # a person
        "His novels were reprinted in Kessia.",
    ],
)
def test_no_republication_notice(text: str) -> None:
    from storyscope.model import REPUBLISHED_CUE

    assert all(c.cue != REPUBLISHED_CUE for c in extract_citations(text))


def test_a_long_capitalised_run_is_searched_in_linear_time() -> None:
    # (a pattern led by a name used to try every position of the run: quadratic, minutes on a 1 MB line)
    assert extract_citations("K" * 200_000) == []


def test_first_reported_and_additional_reporting() -> None:
    (first,) = extract_citations("The Harbour Gazette first reported the sale on Monday.")
    assert first.outlet == "The Harbour Gazette"
    (extra,) = extract_citations("The ferry was sold on Monday. With additional reporting by Reuters.")
    assert extra.outlet == "Reuters"
