"""Check-worthy sentences with their stance (claims.rules.v1).

The score is a transparent sum of named feature weights, clipped to [0, 1]; a
later issue replaces it with a trained model (CheckThat! 2024 data).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence
from typing import Any

from storyscope.annotate.attribution import refers_back
from storyscope.annotate.entities import NAME_LABELS
from storyscope.annotate.spans import Segment
from storyscope.model import Attribution, Citation, ClaimSentence, EntityMention, Quantity

# Feature weights of the check-worthiness score. Set by eye on shared/seeds; to
# be replaced by a model fitted on shared/data/checkworthy (re-run its bench).
W_BASE = 0.1
W_QUANTITY = 0.3
W_PER_NAME = 0.1
MAX_NAMES_COUNTED = 3
W_ATTRIBUTED = 0.15
W_DATE = 0.1
W_GOOD_LENGTH = 0.1
W_FIRST_PERSON = -0.2
W_MODAL = -0.1
# Sentences with fewer words are headings or furniture; longer ones are run-ons.
MIN_WORDS = 6
GOOD_LENGTH = (10, 60)
# A sentence is voiced by an attribution whose content covers this share of it.
CONTENT_COVER = 0.5
# A sentence is a claim when it scores at least this and names something or counts.
CLAIM_MIN_SCORE = 0.35

DENIAL = re.compile(
    r"(?i)\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?\b[^.?!]*\bas\b|reject(?:s|ed|ing)?\b[^.?!]*\b"
    r"(?:claims?|reports?|allegations?|accusations?|suggestions?)|refut\w+|rebut\w+|debunk\w+|"
    r"fake news|false|untrue|baseless|unfounded|fabricat\w+|nonsense|not true)\b"
)
QUESTION = re.compile(
    r"(?i)(?:\?\s*[”\"’']?\s*$|\bthe question is (?:whether|if)\b|\bis it true that\b|\bit is not clear whether\b|"
    r"\bit remains to be seen whether\b)"
)
# An attribution whose cue denies, or labels its content false, voices a denial
# ("the ministry denied ...", "X branded the claims fake news").
DENIAL_CUE = re.compile(r"(?i)\b(?:den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|rebuff\w*|debunk\w*)\b")
# "rejected" denies only when what it rejects is a report ("rejected the claims"), not a plan.
REJECT_CUE = re.compile(r"(?i)\breject\w*\b")
REPORT_WORDS = re.compile(r"(?i)\b(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?)\b")
LABEL_CUE = re.compile(r"(?i)\b(?:brand\w*|call\w*|label\w*|describ\w*|dub\w*)\b")
FALSEHOOD = re.compile(
    r"(?i)\b(?:fake|false|lies?|nonsense|hoax|untrue|baseless|groundless|fabricat\w*|propaganda|rubbish)\b"
)
FIRST_PERSON = re.compile(r"(?i)\b(?:I|we|us|our|my|you|your)\b")
MODAL = re.compile(r"(?i)\b(?:would|could|might|may|should)\b")
DATE_LABELS = frozenset({"DATE", "TIME"})
_WORD = re.compile(r"\w+")


_COORDINATORS = frozenset({"and", "but", "or", "nor", "yet"})


def is_fragment(sentence: Any) -> bool:
    """True when parsed ``sentence`` (a spaCy Span) continues the one before it and says nothing alone: it opens
    with a coordinator and has no verb ("And cooks for the navy.") or goes straight on to one, its subject left
    behind ("And are a vital labour force ...")."""
    words = [t for t in sentence if not t.is_punct and not t.is_space]
    if len(words) < 2 or words[0].lower_ not in _COORDINATORS:
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return True
    second = words[1]
    if second.pos_ not in ("VERB", "AUX"):
        return False
    # (a verb right before a subject that stands before its own verb is an inversion, no missing subject: "Nor has
    # Osk confirmed ...", "But should talks fail, ...", "And had the dam burst, ..."; not "And are a vital force",
    # whose noun the parse may call the subject of "are", nor the speaker of a closing "..., Kessia said")
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.left_edge.i == second.i + 1 and t.i < t.head.i
                   for t in sentence)


def extract_claims(text: str, segs: Sequence[Segment], entities: Sequence[EntityMention],
                   quantities: Sequence[Quantity], attributions: Sequence[Attribution],
                   citations: Sequence[Citation], fragments: Collection[int] = ()) -> list[ClaimSentence]:
    """Score each sentence and keep the check-worthy ones with stance and speaker; a sentence whose start is in
    ``fragments`` (see ``is_fragment``) is no claim."""
    ent_starts = [e.start for e in entities]
    q_starts = [q.start for q in quantities]
    out: list[ClaimSentence] = []
    for seg in segs:
        sent = text[seg.start:seg.end]
        words = _WORD.findall(sent)
        if len(words) < MIN_WORDS or seg.start in fragments:
            continue
        names = dates = 0
        for e in entities[bisect_left(ent_starts, seg.start):]:
            if e.start >= seg.end:
                break
            if e.label in NAME_LABELS:
                names += 1
            elif e.label in DATE_LABELS:
                dates += 1
        lo = bisect_left(q_starts, seg.start)
        has_quantity = lo < len(quantities) and quantities[lo].start < seg.end
        att = _attribution_for(seg, attributions, text)
        cited = any(seg.start <= c.start < seg.end for c in citations)
        if not (names or has_quantity):
            continue
        outside = _outside_quotes(sent, seg, attributions)
        score = (W_BASE + W_QUANTITY * has_quantity + W_PER_NAME * min(names, MAX_NAMES_COUNTED)
                 + W_ATTRIBUTED * (att is not None or cited) + W_DATE * (dates > 0)
                 + W_GOOD_LENGTH * (GOOD_LENGTH[0] <= len(words) <= GOOD_LENGTH[1])
                 + W_FIRST_PERSON * bool(FIRST_PERSON.search(outside))
                 + W_MODAL * bool(MODAL.search(outside)))
        score = max(0.0, min(1.0, score))
        if score < CLAIM_MIN_SCORE:
            continue
        hedged = att is not None and att.hedged
        denier = _denier(seg, attributions)
        if denier is not None or DENIAL.search(sent):
            stance = "denies"
            # The mention speaks for whoever denies, not for the claim relayed
            # in the same sentence ("X claimed N, a figure the ministry dismissed").
            if denier is not None:
                att = denier
        elif QUESTION.search(sent):
            stance = "questions"
        elif att is not None or cited:
            stance = "reports"
        else:
            stance = "asserts"
        out.append(ClaimSentence(text=sent, start=seg.start, end=seg.end, stance=stance,
                                 attributed_to=att.speaker if att is not None else None,
                                 hedged=hedged, checkworthiness=round(score, 3)))
    return out


def _denier(seg: Segment, attributions: Sequence[Attribution]) -> Attribution | None:
    """The first attribution with its cue in this sentence that denies or brands its content false."""
    for a in attributions:
        if seg.start <= a.cue_start < seg.end and (
            DENIAL_CUE.search(a.cue)
            or (REJECT_CUE.search(a.cue) and REPORT_WORDS.search(a.content))
            or (LABEL_CUE.search(a.cue) and FALSEHOOD.search(a.content))
        ):
            return a
    return None


def _attribution_for(seg: Segment, attributions: Sequence[Attribution], text: str) -> Attribution | None:
    """The attribution voicing this sentence: its cue is inside (a cue inside wins over a content that only covers
    it), or its content covers it; not one that only tells what was confirmed or denied of it afterwards ("A. Osk
    denied that": A is not Osk's, ``refers_back``)."""
    best, inside = None, False
    for a in attributions:
        if seg.start <= a.cue_start < seg.end:
            if best is None or not inside or (best.speaker is None and a.speaker is not None):
                best, inside = a, True
        elif best is None and a.start < seg.end and seg.start < a.end \
                and not refers_back(text, a.start, a.end, a.cue_start, a.direct):
            overlap = min(a.end, seg.end) - max(a.start, seg.start)
            if overlap >= CONTENT_COVER * (seg.end - seg.start):
                best = a
    return best


def _outside_quotes(sent: str, seg: Segment, attributions: Sequence[Attribution]) -> str:
    """The sentence with direct-quote content blanked (first person inside quotes is normal)."""
    chars = list(sent)
    for a in attributions:
        if a.direct and a.start < seg.end and seg.start < a.end:
            for k in range(max(a.start, seg.start), min(a.end, seg.end)):
                chars[k - seg.start] = " "
    return "".join(chars)
