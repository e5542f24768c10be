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

# Verbs of a belief the writer does not vouch for. ("alleged", "reported", "claimed" make a claim about an allegation
# or a report, and are left; a past "was thought to have died" is a belief since dropped, and is left too.)
_HEDGE_VERBS = r"(?:said|thought|believed|understood|known)"
_HEDGE_BE = r"(?P<be>is|are)\s+(?:(?:widely|also|now|generally)\s+)?"
# "is said to have offered" -> "offered"; "are believed to have been sent" -> "were sent".
_TO_HAVE = re.compile(r"\b" + _HEDGE_BE + _HEDGE_VERBS + r"\s+to\s+have\s+"
                      r"(?P<adverbs>(?:(?:already|long|since|just|also|even|\w+ly)\s+)*)(?P<word>\w+)", re.IGNORECASE)
# "is said to be training" -> "is training"; "is thought to be a general" -> "is a general".
_TO_BE = re.compile(r"\b" + _HEDGE_BE + _HEDGE_VERBS + r"\s+to\s+be\b", re.IGNORECASE)
# A hedge inside what someone said or reported is theirs ("The ministry reported that Brask is thought to be ill").
_REPORTED_CLAUSE = re.compile(r"\b(?:said|says|reported|reports|claimed|claims|told|stated|announced|wrote|added|"
                              r"warned|insisted|argued|believed|believes|thinks|thought)\b[^.;]*\bthat\b", re.IGNORECASE)
# ", said to be a retired general," -> ", a retired general,"
_DESCRIBED = re.compile(r"(?<=,)\s+(?:" + _HEDGE_VERBS + r"|widely\s+" + _HEDGE_VERBS + r")\s+to\s+be\s+", re.IGNORECASE)
_ADVERBS = re.compile(r"\b(?:reportedly|allegedly|apparently|supposedly|purportedly|seemingly|ostensibly)\s+",
                      re.IGNORECASE)
_PAST = {"is": "was", "are": "were"}


_HAVE = {"is": "has", "are": "have"}


def _past(participle: str, after: str) -> str | None:
    """The simple past of a past participle ("given" -> "gave"), or None for a word that is no participle, or one
    that describes the noun after it ("have advanced weapons", "have mixed feelings": "have" of possession)."""
    low = participle.lower()
    lemma = getLemma(low, upos="VERB")
    if not lemma or low not in getInflection(lemma[0], tag="VBN"):
        return None
    if after and not re.match(r"(?:(?:the|a|an|his|her|its|their|this|that|these|those|to|in|on|at|with|by|from|"
                              r"for|some|any)\b|\d|[A-Z])", after):
        return None  # (a bare noun after it: the participle may be its adjective)
    forms = getInflection(lemma[0], tag="VBD")
    return forms[0] if forms else None


def unhedged(claim: str) -> str:
    """Return ``claim`` without its writer's hedge (see the module's docstring); a claim with none unchanged."""
    if re.search(r"[“”\"]", claim):
        return claim  # (a hedge in quoted words is the speaker's)

    def to_have(m: re.Match) -> str:
        be, adverbs, word = m.group("be").lower(), m.group("adverbs"), m.group("word")
        if word.lower() == "been":
            return _PAST[be] + " " + adverbs.strip() if adverbs else _PAST[be]  # ("was already sent")
        past = _past(word, m.string[m.end():].lstrip())
        # ("are believed to have already sent" -> "already sent"; "are believed to have vast experience" -> "have")
        return adverbs + past if past else f"{_HAVE[be]} {adverbs}{word}"

    reported = _REPORTED_CLAUSE.search(claim)
    if reported and any(m.start() > reported.start() for m in (*_TO_HAVE.finditer(claim), *_TO_BE.finditer(claim))):
        return claim
    text = _TO_HAVE.sub(to_have, claim)
    text = _TO_BE.sub(lambda m: m.group("be"), text)
    text = _DESCRIBED.sub(" ", text)
    text = _ADVERBS.sub("", text)
    if text == claim:
        return claim
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:1].upper() + text[1:]


# "X was reported to be Y": a claim about what reports say ("Reports said X was Y").
_REPORTED_TO_BE = re.compile(r"^(?P<subject>[^,“”\"]+?)\s+(?P<be>is|are|was|were)\s+(?:(?:widely|also)\s+)?reported\s+to\s+"
                             r"(?P<have>have\s+been|be)\s+(?P<rest>[^“”\"]+)$", re.IGNORECASE)
# Words that open a clause of someone's saying or a relative clause in what stands before "was reported".
_CLAUSE_WORDS = re.compile(r"\b(?:said|says|told|tells|claimed|claims|reported|reports|thinks|believes|that|who|which)\b",
                           re.IGNORECASE)
_BE_PAST = {"is": "was", "are": "were", "was": "was", "were": "were"}


def reported_as_said(claim: str) -> str:
    """Return "X was reported to be Y" as "Reports said X was Y", a claim about what reports say (a present "is
    reported to be" stays present, "is reported to have been" is past); any other claim unchanged."""
    m = _REPORTED_TO_BE.match(claim.strip())
    if not m or len(m.group("subject").split()) > 8 or _CLAUSE_WORDS.search(m.group("subject")):
        return claim  # (not "He said the plan was reported to be ready": the report is in what he said)
    be = m.group("be").lower()
    verb = _BE_PAST[be] if m.group("have").lower().startswith("have") else be
    subject = m.group("subject")
    if subject.split()[0] in ("The", "A", "An", "This", "These", "Those", "He", "She", "It", "They", "We"):
        # (names keep their capital)
        subject = subject[:1].lower() + subject[1:]
    return f"Reports said {subject} {verb} {m.group('rest')}"
