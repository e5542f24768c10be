"""A transparent first stance rule: how a passage stands toward a claim.

Issue 6 replaces this with a trained model; the interface (claim, passage ->
stance, relevance) stays.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d[\d,.]*")
# Words that turn a passage against what it relays.
REFUTING_CUES = frozenset({
    "deny", "denies", "denied", "false", "fake", "hoax", "untrue", "fabricated",
    "fabrication", "fabrications", "dismissed", "dismisses", "rejected", "rejects", "refuted",
    "debunked", "lies", "baseless", "unfounded",
})
# Words that mark a passage as relaying or doubting rather than asserting.
HEDGING_CUES = frozenset({
    "reportedly", "allegedly", "claimed", "claims", "claim", "said", "says", "according",
    "rumoured", "rumored", "believed", "suggested", "may", "might", "could", "unclear",
    "whether", "question", "reports", "reported", "told", "known", "apparently", "expected",
})
# Share of the claim's content words a passage must cover to count as evidence at all.
# Set by hand on the example corpus and the seeds; a learned model replaces it in issue 6.
MIN_RELEVANCE = 0.34
# A passage must cover this share of the claim's content words to confirm it; below,
# it only touches the topic and counts as discussion (seeds: "the deal between North
# Korea and Russia" does not confirm "North Korea will send 100,000 troops").
AGREE_MIN_RELEVANCE = 0.6


def content_words(text: str) -> set[str]:
    """Return the lower-cased content words (and numbers, commas removed) of ``text``."""
    out = set()
    for w in _WORD.findall(text):
        low = w.lower().replace(",", "")
        if low not in STOP_WORDS and len(low) > 1 or low[:1].isdigit():
            out.add(low.rstrip("."))
    return out


def _numbers(words: set[str]) -> set[float]:
    out = set()
    for w in words:
        try:
            out.add(float(w))
        except ValueError:
            continue
    return out


def judge(claim: str, passage: str) -> tuple[str | None, float]:
    """Return ``(stance, relevance)`` of ``passage`` toward ``claim``.

    stance is ``agree``, ``disagree``, ``discuss`` or None when the passage is
    unrelated (relevance below ``MIN_RELEVANCE``).
    """
    claim_words = content_words(claim)
    passage_words = content_words(passage)
    if not claim_words:
        return None, 0.0
    relevance = len(claim_words & passage_words) / len(claim_words)
    if relevance < MIN_RELEVANCE:
        return None, relevance
    lower_tokens = {w.lower() for w in _WORD.findall(passage)}
    claim_tokens = {w.lower() for w in _WORD.findall(claim)}
    claim_numbers, passage_numbers = _numbers(claim_words), _numbers(passage_words)
    if claim_numbers and passage_numbers and not claim_numbers & passage_numbers:
        return "disagree", relevance
    if (lower_tokens & REFUTING_CUES) - claim_tokens:
        return "disagree", relevance
    # A claim that is itself a report ("X said ...") is confirmed by the report.
    if lower_tokens & HEDGING_CUES and not claim_tokens & HEDGING_CUES:
        return "discuss", relevance
    # A claim's figure is confirmed only by a passage that states a figure.
    if claim_numbers and not passage_numbers or relevance < AGREE_MIN_RELEVANCE:
        return "discuss", relevance
    return "agree", relevance
