"""Claim sentences: stance, attribution, check-worthiness (loads the model)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyscope.model import MENTION_STANCES, Annotations, ClaimSentence

pytestmark = pytest.mark.slow

Annotate = Callable[[str], Annotations]


def _claim(claims: tuple[ClaimSentence, ...], fragment: str) -> ClaimSentence:
    hits = [c for c in claims if fragment in c.text]
    assert hits, f"no claim containing {fragment!r}: {[c.text for c in claims]}"
    return hits[0]


@pytest.mark.parametrize(
    ("text", "fragment", "stance", "attributed_to"),
    [
        ("The Port Authority of Tallinn denied that 200 workers had been laid off.",
         "200 workers", "denies", "Port Authority of Tallinn"),
        ("The Kremlin branded the report about the Baltic drills as “fake news”.",
         "Baltic drills", "denies", "Kremlin"),
        ("The ministry dismissed the Estonian figures as pure invention.", "Estonian figures", "denies",
         "ministry"),
        ("Is it true that Estonia will buy 40 Swedish patrol boats?", "40 Swedish patrol boats",
         "questions", None),
        ("The question is whether Estonia really ordered 40 Swedish patrol boats, Baltic radio reported.",
         "40 Swedish patrol boats", "questions", None),
        ("Defence minister Kalle Mets said Estonia had ordered 40 Swedish patrol boats.",
         "40 Swedish patrol boats", "reports", "Kalle Mets"),
        ("Estonia ordered 40 Swedish patrol boats in 2023.", "40 Swedish patrol boats", "asserts", None),
        # a learned cue before the speaker's own quoted words: the speaker's, not the outlet's
        ("In June, Ambassador Tarn Velk greeted “skilled and tireless Talvorian builders who will work in the "
         "harshest winter”.", "Talvorian builders", "reports", "Tarn Velk"),
        ("The Talvorian army wants to cut its costs by 4,000 euros a month.", "4,000 euros", "asserts", None),
        # a later sentence's "denied that" / "would not confirm this" tells what was denied, and voices nothing
        ("Marta Lindqvist said on Monday that the Velm harbour deal with Brask was signed. Osk Holdings denied that.",
         "Velm harbour deal", "reports", "Marta Lindqvist"),
        ("Kessia will send 400 soldiers to Velm next week, a leaked memo shows. Officials in Osk would not confirm "
         "this.", "400 soldiers", "asserts", None),
        ("Brask will build a new bridge over the Velm river by 2030. Mayor Ida Lund has long denied that.",
         "new bridge", "asserts", None),
    ],
)
def test_stance(annotate: Annotate, text: str, fragment: str, stance: str, attributed_to: str | None) -> None:
    claim = _claim(annotate(text).claims, fragment)
    assert claim.stance == stance
    if attributed_to is not None or stance != "questions":
        assert claim.attributed_to == attributed_to


def test_relayed_claim_denied_in_the_same_sentence_speaks_for_the_denier(annotate: Annotate) -> None:
    text = ("On Monday the Baltic radio claimed that 400 Swedish sailors had reached Tallinn, "
            "a figure that the Estonian defence ministry later dismissed as a fabrication.")
    claim = _claim(annotate(text).claims, "400 Swedish sailors")
    assert claim.stance == "denies"
    assert claim.attributed_to is not None and "ministry" in claim.attributed_to


def test_hedged_claim(annotate: Annotate) -> None:
    claim = _claim(annotate("Estonia is said to have ordered 40 Swedish patrol boats.").claims, "patrol boats")
    assert claim.stance == "reports"
    assert claim.hedged is True
    assert claim.attributed_to is None


def test_furniture_is_not_a_claim(annotate: Annotate) -> None:
    ann = annotate("Share this article\n\nLeave a comment\n\nEstonia ordered 40 Swedish patrol boats in 2023.")
    assert [c.text for c in ann.claims] == ["Estonia ordered 40 Swedish patrol boats in 2023."]


def test_numbers_and_names_score_higher(annotate: Annotate) -> None:
    text = ("Estonia ordered 40 Swedish patrol boats from Kockums in 2023.\n\n"
            "The boats looked nice in the harbour of Tallinn.")
    claims = annotate(text).claims
    rich = _claim(claims, "40 Swedish")
    assert all(0.0 <= c.checkworthiness <= 1.0 for c in claims)
    assert all(c.stance in MENTION_STANCES for c in claims)
    for other in claims:
        if other is not rich:
            assert rich.checkworthiness > other.checkworthiness


def test_claim_offsets(annotate: Annotate) -> None:
    text = "Intro line without much.\n\nEstonia ordered 40 Swedish patrol boats in 2023."
    for c in annotate(text).claims:
        assert text[c.start:c.end] == c.text


def test_a_fragment_that_continues_the_sentence_before_is_no_claim(annotate: Annotate) -> None:
    text = ("Osk will send 400 cooks and drivers to the Velm front. And engineers for the Velm navy in Brenn. "
            "“The Osk workers are disciplined. And are a vital labour force in rebuilding the flooded districts "
            "of Brenn,” Kessia said. And the Velm navy sent 300 engineers to Brenn last week.")
    claims = [c.text for c in annotate(text).claims]
    assert not any(c.startswith(("And engineers", "And are")) for c in claims), claims
    assert any(c.startswith("And the Velm navy sent 300 engineers") for c in claims), claims
    assert any(c.startswith("Osk will send 400 cooks") for c in claims), claims


def test_a_sentence_that_opens_with_an_inversion_is_a_claim(annotate: Annotate) -> None:
    text = ("Osk will send 400 cooks to the Velm front. Nor has Velm confirmed that 300 Osk engineers are in Brenn. "
            "But should talks fail, Kessia will send 5,000 troops to the Brenn border by March.")
    claims = [c.text for c in annotate(text).claims]
    assert any(c.startswith("Nor has Velm confirmed") for c in claims), claims
    assert any(c.startswith("But should talks fail") for c in claims), claims
