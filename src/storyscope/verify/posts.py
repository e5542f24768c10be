"""Claims as people post them, written as the sentence they state.

A social post, an analyst's summary line or a fact-check database entry wraps its claim in things that are no part
of it: emoji, hashtags, @-mentions, labels ("BREAKING", "Claim:", "BLUF:", "THREAD 1/"), fillers ("basically"),
source tags ("(002)", "(per MFA)") and a quote with its speaker after a dash ('"..." — X, head of Y'). ``as_posted``
takes them off, so the rest of ``check`` reads the claim as prose. A claim without them is returned unchanged.
"""

from __future__ import annotations

import re
import unicodedata

# Symbols that are kept: units and currencies are no emoji.
_KEPT_SYMBOLS = frozenset("°№©®™")
# Joiners and selectors that build emoji out of several code points.
_EMOJI_PARTS = frozenset("\u200d\ufe0f\ufe0e\u20e3")
# A run of hashtags closing the post: topic labels, not words of the claim.
_TRAILING_TAGS = re.compile(r"(?<![#\w])(?:\s*#[A-Za-z]\w*)+\s*$")
_HASHTAG = re.compile(r"#([A-Za-z]\w*)")
# Words a sentence cannot end on: a hashtag after one is a word of the sentence ("sent by #NorthKorea").
_OPEN_END = re.compile(r"\b(?:by|to|of|in|on|at|for|from|with|the|a|an|and|or|is|are|was|were|than|about)\s*$",
                       re.IGNORECASE)
_MENTION = re.compile(r"(?<!\w)@(\w+)")
# Labels a post or a summary line opens with; in capitals they need no colon ("BREAKING Putin and Kim ..."); a
# newsroom's correction ("Correction:", "To be precise,") states its corrected fact as the claim.
_OPENING_LABEL = re.compile(
    r"^\s*(?:(?i:claim|bluf|bottom\s+line|key\s+judge?ment|assessment|psa|fyi|update|breaking(?:\s+news)?|just\s+in|"
    r"(?:friendly\s+)?reminder(?:\s+for\b[^:]{0,60})?|correction|clarification|erratum|editor['’]s\s+note)\s*:|"
    r"(?i:to\s+be\s+(?:precise|exact|clear)|(?:just\s+)?to\s+clarify|for\s+the\s+record|strictly\s+speaking)\s*[,:]|"
    r"(?:BREAKING(?:\s+NEWS)?|JUST\s+IN|UPDATE)\b[:\s]|THREAD\b\s*(?:\(?\d+\s*/\s*\d*\)?)?\s*:?|\d{1,2}/(?=\s)|\(\d{1,2}\s*/\s*\d{1,2}\))\s*")
# A source tag closing a summary line: article numbers, "per ...", "via ...", "source: ...".
_SOURCE_TAG = re.compile(r"\s*[(\[](?:0\d\d(?:\s*[,;/&]\s*0\d\d)*|(?:per|via|source:?|h/t)\s+[^)\]]{1,40})[)\]]"
                         r"(?=\s*[.!]?\s*$)", re.IGNORECASE)
# Words of talk that say nothing of the matter.
_FILLERS = re.compile(r"\b(?:basically|literally|tbh|imo|imho|lol|smh)\b,?\s*", re.IGNORECASE)
# What follows a dash after a quote that is no speaker: a fact-checker's rating.
_RATINGS = re.compile(r"^(?:false|true|mostly\s+\w+|half\s+true|misleading|verdict|rating|claim|fake|pants|"
                      r"unproven|unverified|correct|incorrect|wrong|right)\b", re.IGNORECASE)
# '"The site is out of control" — Rafael Grossi, head of the agency': the quote, then who said it.
_QUOTE_THEN_SPEAKER = re.compile(r"^\s*[\"“](?P<quote>[^\"“”]{3,400}?)[\"”]\s*[—–-]{1,2}\s*(?P<who>[^\"“”]{2,160}?)"
                                 r"\s*\.?\s*$")


def _words_of_tag(tag: str) -> str:
    """The words a hashtag or handle runs together ("NorthKorea" -> "North Korea"; "NATO" stays)."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag).replace("_", " ")


def _without_emoji(text: str) -> str:
    return "".join(c for c in text if c not in _EMOJI_PARTS and (c in _KEPT_SYMBOLS or unicodedata.category(c)
                                                                 not in ("So", "Sk", "Cs", "Co")))


def as_posted(claim: str) -> str:
    """Return the sentence a post, a summary line or a database entry states: "BREAKING 🚨 Putin and Kim signed a
    pact on June 19 #Russia" -> "Putin and Kim signed a pact on June 19"; "Claim: P" -> "P"; "DPRK supplied shells to
    RU (002)." -> "DPRK supplied shells to RU."; "Zelensky told @NATO ..." -> "Zelensky told NATO ..."; '"The site is
    out of control" — Rafael Grossi, head of the agency' -> 'Rafael Grossi, head of the agency, said “The site is
    out of control”.'; any other claim unchanged."""
    text = _without_emoji(claim)
    tags = _TRAILING_TAGS.search(text)
    if tags and not _OPEN_END.search(text[:tags.start()]):
        text = text[:tags.start()]
    text = _HASHTAG.sub(lambda m: _words_of_tag(m.group(1)), text)
    text = _MENTION.sub(lambda m: _words_of_tag(m.group(1)), text)
    for _ in range(2):  # ("BREAKING: Claim: ...")
        text = _OPENING_LABEL.sub("", text, count=1)
    text = _SOURCE_TAG.sub("", text)
    text = _FILLERS.sub("", text)
    m = _QUOTE_THEN_SPEAKER.match(text)
    if m and m.group("who")[:1].isupper() and not _RATINGS.match(m.group("who")):
        who = m.group("who").rstrip(",;: ")
        text = f"{who}{',' if ',' in who else ''} said “{m.group('quote').strip()}”."
    text = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
    if text == re.sub(r"\s{2,}", " ", claim).strip() or not text:
        return claim
    # (a post typed in lower case stays so: ``casual`` gives it the pile's capitals)
    return text if claim == claim.lower() or text[1:2].isupper() else text[:1].upper() + text[1:]
