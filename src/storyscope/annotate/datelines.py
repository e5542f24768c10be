"""Wire datelines at the head of a paragraph: "WASHINGTON (Reuters) - ", "OSK, Kessia, March 3 (AP) — ".

A dateline names where a report was filed and, in brackets, the agency that filed it. It is not part of
the first sentence: left in, it becomes the subject of that sentence's verb ("OSK ... agreed") and the
head of its claim. ``find_datelines`` finds them (pure regular expressions, per line); the pipeline
component in ``nlp`` starts a sentence right after each one, and ``citations`` records the agency.
An all-capitals run-in heading ("FALSE CLAIMS — For years, ...") has the same shape and is split off
the same way; it is not part of its sentence either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Capitalised words that head a line with a dash or colon but name no place ("BREAKING - ...").
KICKERS = frozenset({
    "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "PHOTO",
    "OPINION", "ANALYSIS", "EDITORIAL", "CORRECTION", "URGENT", "FLASH", "ALERT", "NOTE", "EDITOR'S NOTE",
    "EDITOR’S NOTE", "READ MORE", "RELATED", "SOURCE", "SOURCES", "ADVERTISEMENT", "FACT CHECK", "EXPLAINER",
    "COMMENT", "REVIEW", "INTERVIEW", "FEATURE", "BULLETIN", "NEWSFLASH", "FILE", "UPDATES", "DEVELOPING",
    "WARNING", "SPONSORED", "PROMOTED", "AD", "TOP", "NEWS", "LISTEN", "READ", "MORE", "SEE", "ALSO",
})
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# An all-capitals place word: "WASHINGTON", "N.H.", "ST.", "D.C.", "KYIV'S" is not one (no apostrophe s).
_CAPS_WORD = r"[A-Z][A-Z.\-]*[A-Z.](?![a-z])"
_DATELINE = re.compile(
    r"(?m)^[ \t]*"
    r"(?:(?P<place>" + _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r"){0,3})"
    # ", N.H." / ", Kessia" / ", South Korea": the region after the place, in any case
    r"(?:,[ ](?!\S*\.(?:com|net|org|id|in)\b)(?P<region>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,2}))?"
    r"(?:,?[ ](?P<date>" + _MONTH + r"[ ]\d{1,2}(?:,[ ]\d{4})?))?"
    # "JAKARTA, KOMPAS.com - ": the publishing site itself, not a cited agency
    r"(?:,[ ](?P<outlet>[A-Z][\w\-]*\.(?:com|co\.[a-z]{2}|net|org|id|in)))?"
    r"[ ]?)?"
    r"(?:\((?P<agency>[A-Z][\w.&'’\-]*(?:[ ][A-Z][\w.&'’\-]*){0,3})\)[ ]?)?"
    r"(?P<sep>—|–|--|-|:)[ \t]+"
    r"(?=[\"“‘'A-Z0-9])"
)
# A title-case place or section heading the body's first line ("Jakarta - ", "International Military - "), as
# some outlets print it; only at the very start of the text and only before a dash.
_LEAD_LABEL = re.compile(
    r"\A[ \t]*(?P<place>[A-Z][\w’'.]*(?:[ ](?:[A-Z][\w’'.]*|of|and|&)){0,2})"
    r"[ ](?P<sep>—|–|-{1,2})[ \t]+(?=[\"“‘'A-Z0-9])"
)
# The rest of the line must read as a sentence: at least this many words.
MIN_SENTENCE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline spanning ``[start, end)`` (separator and following spaces included).

    ``place`` is the filing place ("OSK, Kessia"; or a run-in heading) or None; ``agency`` the bracketed
    agency ("AP") or None, at ``[agency_start, agency_end)``.
    """

    start: int
    end: int
    place: str | None
    agency: str | None
    agency_start: int
    agency_end: int


def find_datelines(text: str) -> list[Dateline]:
    """Datelines heading the lines of ``text``, in text order.

    A dateline is an all-capitals place (with an optional region, date and ".com" outlet) and/or a
    bracketed agency, then a dash or colon, at the head of a line whose rest is a sentence. A colon
    needs more than a bare word before it ("LONDON: ..." is a dateline only with an agency or region),
    and words such as "BREAKING" or "UPDATE" are never a place.
    """
    found: list[Dateline] = []
    lead = _LEAD_LABEL.match(text)
    if lead and lead.group("place").upper() not in KICKERS and _sentence_follows(text, lead.end()):
        found.append(Dateline(lead.start("place"), lead.end(), lead.group("place"), None, -1, -1))
    for m in _DATELINE.finditer(text):
        if found and m.start("sep") < found[0].end:
            continue
        place, agency = m.group("place"), m.group("agency")
        if not place and not agency:
            continue
        if place and (place in KICKERS or place.split()[0] in KICKERS or len(place.replace(".", "")) < 2):
            continue
        bare = not (agency or m.group("region") or m.group("date") or m.group("outlet"))
        if m.group("sep") == ":" and bare:
            continue
        if not _sentence_follows(text, m.end()):
            continue
        region = m.group("region")
        where = f"{place}, {region}" if place and region else place
        a_start, a_end = (m.start("agency"), m.end("agency")) if agency else (-1, -1)
        start = m.start("place") if place else m.start("agency") - 1
        found.append(Dateline(start, m.end(), where, agency, a_start, a_end))
    return found


def _sentence_follows(text: str, at: int) -> bool:
    """True when the rest of the line from ``at`` has at least ``MIN_SENTENCE_WORDS`` words."""
    line_end = text.find("\n", at)
    return len(text[at: line_end if line_end >= 0 else len(text)].split()) >= MIN_SENTENCE_WORDS
