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

# Capitalised words that head a line with a dash or colon, or stand in brackets there, but name no place and no
# agency ("BREAKING - ...", "(VIDEO) — ...").
KICKERS = frozenset({
    "BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "VIDEO", "PHOTOS", "PHOTO",
    "OPINION", "ANALYSIS", "EDITORIAL", "CORRECTION", "CORRECTED", "URGENT", "FLASH", "ALERT", "NOTE",
    "EDITOR'S NOTE", "EDITOR’S NOTE", "READ MORE", "RELATED", "SOURCE", "SOURCES", "ADVERTISEMENT", "FACT CHECK",
    "EXPLAINER", "COMMENT", "REVIEW", "INTERVIEW", "FEATURE", "BULLETIN", "NEWSFLASH", "FILE", "UPDATES",
    "DEVELOPING", "WARNING", "SPONSORED", "PROMOTED", "AD", "TOP", "NEWS", "LISTEN", "READ", "MORE", "SEE", "ALSO",
    "HOST", "TRANSLATED", "TRANSLATION", "ILLUSTRATION", "GRAPHIC", "AUDIO", "PODCAST", "TRANSCRIPT", "VIA VIDEO LINK",
})
# Words that open a name or an answer, not a place or a section ("Mr Smith - ...", "Yes - ...").
_NOT_HEADINGS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Prime", "Senator",
                           "Sen", "Rep", "Gov", "Gen", "Yes", "No", "Q", "A", "I"})
# Last words of a multi-word agency name ("Associated Press", "Kyodo News"); other bracketed names of two or more
# words are people ("(John Smith) - ").
_AGENCY_WORDS = frozenset({"Press", "News", "Agency", "Agence", "TV", "Radio", "Service", "Wire", "Times", "Post",
                           "France-Presse", "Presse", "Network"})
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
# An all-capitals place word: "WASHINGTON", "N.H.", "ST.", "D.C.", "KYIV'S" is not one (no apostrophe s).
_CAPS_WORD = r"[A-Z][A-Z.\-]*[A-Z.](?![a-z])"
# The separator: a dash, with or without spaces ("WASHINGTON—The Senate"), a spaced hyphen or a colon.
_SEP = r"(?P<sep>[—–―‒−]|--|-|:)(?:[ \t\u00a0]+|(?<=[—–―‒−])(?=[\"“‘'A-Z0-9]))"
_DATELINE = re.compile(
    r"(?m)^[ \t\ufeff]*"
    r"(?:(?P<place>" + _CAPS_WORD + r"(?:[ ]" + _CAPS_WORD + r"){0,3})"
    # ", N.H." / ", Kessia" / ", South Korea": the region after the place, in any case
    r"(?:,[ ](?!\S*\.(?:com|net|org|id|in)\b)(?P<region>[A-Z][\w.'’\-]*(?:[ ][A-Z][\w.'’\-]*){0,2}))?"
    r"(?:,?[ ](?P<date>" + _MONTH + r"[ ]\d{1,2}(?:,[ ]\d{4})?))?"
    # "JAKARTA, KOMPAS.com - ": the publishing site itself, not a cited agency
    r"(?:,[ ](?P<outlet>[A-Z][\w\-]*\.(?:com|co\.[a-z]{2}|net|org|id|in)))?"
    r"[ ]?)?"
    r"(?:\((?P<agency>[A-Z][\w.&'’\-]*(?:[ ][A-Z][\w.&'’\-]*){0,3})\)[ ]?)?"
    + _SEP +
    r"(?=[\"“‘'A-Z0-9])"
)
# A title-case place or section heading the body's first line ("International Military - "), as some outlets
# print it; only at the very start of the text and only before a dash.
_LEAD_LABEL = re.compile(
    r"\A[ \t\ufeff]*(?P<place>[A-Z][\w’'.]*(?:[ ](?:[A-Z][\w’'.]*|of|and|&)){0,2})"
    r"[ ](?P<sep>[—–―‒−]|-{1,2})[ \t]+(?=[\"“‘'A-Z0-9])"
)
# The rest of the line must read as a sentence: at least this many words.
MIN_SENTENCE_WORDS = 4
# A bare all-capitals place before a spaced hyphen has at least this many letters ("US - China talks" is no
# dateline, "OSK - The talks" is).
MIN_HYPHEN_PLACE_LETTERS = 3


def _is_agency(name: str) -> bool:
    """True when a bracketed name at a dateline can be a news agency: not a label ("VIDEO"), a party code ("R-TX",
    "D") or a person's name ("John Smith")."""
    if name.upper() in KICKERS or re.fullmatch(r"[A-Z](?:-[A-Za-z.]{1,5})?", name):
        return False
    words = name.split()
    return len(words) == 1 or words[-1] in _AGENCY_WORDS or name.isupper()


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
    bracketed agency, then a dash or colon, at the head of a line whose rest is a sentence; at the very
    start of the text, a title-case heading before a dash counts too. A colon needs more than a bare word
    before it ("LONDON: ..." is a dateline only with an agency or region), words such as "BREAKING" or
    "UPDATE" are never a place, and a bracketed label, party code or person's name is no agency.
    """
    found: list[Dateline] = []
    lead = _LEAD_LABEL.match(text)
    if lead and _is_heading(lead.group("place"), lead.group("sep")) and _sentence_follows(text, lead.end()):
        found.append(Dateline(lead.start("place"), lead.end(), lead.group("place"), None, -1, -1))
    for m in _DATELINE.finditer(text):
        if found and m.start("sep") < found[0].end:
            continue
        place, agency = m.group("place"), m.group("agency")
        if not place and not agency or agency and not _is_agency(agency):
            continue
        if place and (place in KICKERS or place.split()[0] in KICKERS or len(place.replace(".", "")) < 2):
            continue
        bare = not (agency or m.group("region") or m.group("date") or m.group("outlet"))
        if bare and (m.group("sep") == ":" or m.group("sep") == "-"
                     and sum(ch.isalpha() for ch in place) < MIN_HYPHEN_PLACE_LETTERS):
            continue
        if not _sentence_follows(text, m.end()):
            continue
        region = m.group("region")
        where = f"{place}, {region}" if place and region else place
        a_start, a_end = (m.start("agency"), m.end("agency")) if agency else (-1, -1)
        start = m.start("place") if place else m.start("agency") - 1
        found.append(Dateline(start, m.end(), where, agency, a_start, a_end))
    return found


def _is_heading(label: str, sep: str) -> bool:
    """True when a title-case label opening the text can be a place or section heading: not a kicker, a name's
    title or an answer; before a plain hyphen, two words or more ("Kessia - Norland talks" is one phrase)."""
    words = label.split()
    if label.upper() in KICKERS or words[0].rstrip(".") in _NOT_HEADINGS:
        return False
    return len(words) >= 2 or sep != "-"


def _sentence_follows(text: str, at: int) -> bool:
    """True when the rest of the line from ``at`` has at least ``MIN_SENTENCE_WORDS`` words."""
    line_end = text.find("\n", at)
    return len(text[at: line_end if line_end >= 0 else len(text)].split()) >= MIN_SENTENCE_WORDS
