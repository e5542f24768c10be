"""A claim hedged by its writer, read as the fact it hedges.

"The pact is thought to have been signed on 19 July" is refuted where the pact was signed on 19 June, and "Kyiv
reportedly broke off relations" is supported where Kyiv did: a hedge in the claim ("reportedly", "is said to
have", "is believed to be", ", said to be a general,") makes it no claim about who said it, so ``check`` judges the
fact (``unhedged``). A passage that only reports the fact hedged still does not confirm it. Modals ("may", "could")
and expectations ("is expected to") are left as written: they change what is claimed.
"""

from __future__ import annotations

import re

from lemminflect import getInflection, getLemma

_HEDGE_VERBS = r"(?:said|thought|believed|reported|understood|alleged|rumou?red|claimed|known|assumed|suspected)"
# "is said to have offered" -> "offered"; "are believed to have been sent" -> "were sent".
_TO_HAVE = re.compile(r"\b(?P<be>is|are|was|were)\s+" + _HEDGE_VERBS + r"\s+to\s+have\s+"
                      r"(?P<adverbs>(?:(?:already|long|since|just|also|even|\w+ly)\s+)*)(?P<word>\w+)", re.IGNORECASE)
# "is said to be training" -> "is training"; "is thought to be a general" -> "is a general".
_TO_BE = re.compile(r"\b(?P<be>is|are|was|were)\s+" + _HEDGE_VERBS + r"\s+to\s+be\b", re.IGNORECASE)
# ", said to be a retired general," -> ", a retired general,"
_DESCRIBED = re.compile(r"(?<=,)\s+(?:" + _HEDGE_VERBS + r"|widely\s+" + _HEDGE_VERBS + r")\s+to\s+be\s+", re.IGNORECASE)
_ADVERBS = re.compile(r"\b(?:reportedly|allegedly|apparently|supposedly|purportedly|seemingly|ostensibly)\s+",
                      re.IGNORECASE)
_PAST = {"is": "was", "are": "were", "was": "was", "were": "were"}


_HAVE = {"is": "has", "are": "have", "was": "had", "were": "had"}


def _past(participle: str) -> str | None:
    """The simple past of a past participle ("given" -> "gave"), or None for a word that is no participle."""
    low = participle.lower()
    lemma = getLemma(low, upos="VERB")
    if not lemma or low not in getInflection(lemma[0], tag="VBN"):
        return None
    forms = getInflection(lemma[0], tag="VBD")
    return forms[0] if forms else None


def unhedged(claim: str) -> str:
    """Return ``claim`` without its writer's hedge (see the module's docstring); a claim with none unchanged."""
    if re.search(r"[“”\"]", claim):
        return claim  # (a hedge in quoted words is the speaker's)

    def to_have(m: re.Match) -> str:
        be, adverbs, word = m.group("be").lower(), m.group("adverbs"), m.group("word")
        if word.lower() == "been":
            return adverbs + _PAST[be]  # ("is thought to have been signed" -> "was signed")
        past = _past(word)
        # ("are believed to have already sent" -> "already sent"; "are believed to have vast experience" -> "have")
        return adverbs + past if past else f"{_HAVE[be]} {adverbs}{word}"

    text = _TO_HAVE.sub(to_have, claim)
    text = _TO_BE.sub(lambda m: m.group("be"), text)
    text = _DESCRIBED.sub(" ", text)
    text = _ADVERBS.sub("", text)
    if text == claim:
        return claim
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:1].upper() + text[1:]
