"""Analysts' shorthand written out, so a note reads as the articles' prose does.

OSINT notes and wire digests write "RU-NK pact signed 19 Jul", "NK amb. confirmed plan in mtg w/ envoy",
"up to 10k NK troops", "FM urged new sanctions at Kyiv presser". The articles say "Russia", "North Korean",
"ambassador", "meeting with", "July", "press conference". ``spelled_out`` rewrites the common shorthand of the
field: country codes (as the noun or the adjective the sentence needs), abbreviated titles and words, month
abbreviations next to a day or year, ordinals, "+" and "&" between words. A claim without shorthand is
returned unchanged; "US", "UK", "EU", "UN" and "NATO" are words the articles use too and stay.
"""

from __future__ import annotations

import re

from storyscope.verify.actions import parse_texts
from storyscope.verify.stance_rules import MONTHS

# Country codes of news and OSINT shorthand: the noun and the adjective they stand for. Only codes that are not
# also common words or other abbreviations in English news ("IN", "IT", "PL", "TR", "DE", "RF" for radio frequency,
# "SK" for SK Hynix are left out).
COUNTRY_CODES = {
    "RU": ("Russia", "Russian"), "RUS": ("Russia", "Russian"),
    "UA": ("Ukraine", "Ukrainian"), "UKR": ("Ukraine", "Ukrainian"),
    "NK": ("North Korea", "North Korean"), "DPRK": ("North Korea", "North Korean"),
    "ROK": ("South Korea", "South Korean"),
    "PRC": ("China", "Chinese"), "BY": ("Belarus", "Belarusian"), "KSA": ("Saudi Arabia", "Saudi"),
}
_CODE = re.compile(r"(?<![\w/.])(" + "|".join(sorted(COUNTRY_CODES, key=len, reverse=True)) + r")(?![\w])")
# Where an abbreviation ends: a space, a closing mark or the end of the claim.
_END = r"(?=[\s,;:)]|$)"

# Abbreviated words, as written (case matters where the abbreviation is also a word: "FM", "PM", "MoD"; "min." and
# "gen." only before a name, "col." before a name or after "res.").
_WORDS = [(re.compile(p), w) for p, w in (
    (r"\b[Ww]/o\b", "without"), (r"\b[Ww]/in\b", "within"), (r"(?<!\w)[Ww]/(?=\s)", "with"), (r"(?<!\w)[Ww]/(?=[A-Z])", "with "),
    (r"\b[Bb]/c\b", "because"), (r"(?<=\d)\s?hrs\b\.?", " hours"),
    (r"\b[Aa]mb\." + _END, "ambassador"), (r"\b[Aa]mbs\." + _END, "ambassadors"),
    (r"\b[Rr]es\.\s+[Cc]ol\." + _END, "reserve colonel"), (r"\b[Cc]ol\.(?=\s+[A-Z])", "colonel"),
    (r"\b[Gg]en\.(?=\s+[A-Z])", "General"), (r"\b[Ll]t\.(?=\s+[A-Z]|\s+[Cc]ol\b)", "lieutenant"),
    (r"\b[Pp]res\.(?=\s+[A-Z])", "president"), (r"\b[Mm]in\.(?=\s+(?:of\b|[A-Z]))", "minister"),
    (r"\b[Gg]ov(?:'|’)?t\b\.?", "government"), (r"\b[Ii]ntl\b\.?", "international"),
    (r"\b[Mm]tgs\b", "meetings"), (r"\b[Mm]tg\b", "meeting"), (r"\b[Pp]ressers\b", "press conferences"),
    (r"\b[Pp]resser\b", "press conference"), (r"\b[Ii]ntel\b", "intelligence"),
    (r"\b[Aa]pprox\b\.?", "approximately"), (r"\b[Aa]mmo\b", "ammunition"),
    (r"\bmil\b\.?(?=\s+(?:aid|help|support|assistance|personnel|equipment|cooperation|ties|pact|deal|"
     r"exercises?|drills?|units?|bases?|sites?|hardware|supplies)\b)", "military"),
    (r"\bMFA\b", "foreign ministry"), (r"\bMoD\b|\bMOD\b", "defence ministry"), (r"\bMoFA\b", "foreign ministry"),
    (r"(?<![\d:.]\s)(?<![\d:.])\bFM\b", "foreign minister"), (r"(?<![\d:.]\s)(?<![\d:.])\bPM\b", "prime minister"),
    (r"\bDM\b(?=\s+[A-Z])", "defence minister"), (r"\bHQ\b", "headquarters"),
    # "wants OK to use", "got the OK for": permission; "Duma OKs treaty", "OK'd", "okayed": approves
    (r"\b(wants|wanted|want|seeks|sought|seek|gets|got|get|gave|give|gives|needs|need|the)\s+OK\b"
     r"(?=\s+(?:to|for)\b)", r"\1 approval"),
    (r"\bOKs\b", "approves"), (r"\bOK(?:'|’)d\b|\bokayed\b|\bOKed\b", "approved"),
)]

# Month abbreviations next to a day or a year ("19 Jul", "Jul 19", "Sept. 2031", "mid-Jul"), written with a capital
# (not "protests mar 2024 vote"); a full stop after one closing a sentence stays ("signed 19 Jun. Kim left").
_MONTH_ABBREVIATIONS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
                        "jul": "July", "aug": "August", "sep": "September", "sept": "September", "oct": "October",
                        "nov": "November", "dec": "December"}
_MONTH = r"(?P<month>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MONTH_DAY = [re.compile(p) for p in (
    r"(?<=\b\d\d\s)" + _MONTH + r"\b(?!\.\d)", r"(?<=\b\d\s)" + _MONTH + r"\b(?!\.\d)",
    r"\b" + _MONTH + r"\.?(?=\s+\d{1,2}\b|\s+(?:19|20)\d\d\b)",
    r"\b(?P<pre>(?:mid|end|late|early)-)" + _MONTH + r"\b",
)]

# A newsletter's casual verbs and the plain verbs the articles use for the same act ("Putin and Kim inked the
# pact" is "signed"; "troops being readied" is "prepared"; "intelligence reckons" is what it says). A verb with a
# literal sense too is taken only where it is said of words ("gushed that", not "water gushed through").
_CASUAL = [(re.compile(r"\b" + p + r"\b"), w) for p, w in (
    (r"(?<!was )(?<!were )(?<!been )(?<!be )[Ii]nked(?!\s+(?:in|on|at|by|with)\b)", "signed"),
    (r"[Ii]nks", "signs"), (r"[Ii]nking", "signing"),
    (r"[Rr]eadied", "prepared"), (r"[Rr]eadying", "preparing"), (r"[Pp]repped", "prepared"),
    (r"[Pp]repping", "preparing"),
    (r"[Gg]ushed(?=\s+(?:that|about|over)\b|\s*[:,]?\s*[“\"])", "said"),
    (r"[Rr]eckons", "says"), (r"[Rr]eckoned", "said"),
    (r"[Ss]hrugged\s+off", "dismissed"), (r"[Ss]hrugs\s+off", "dismisses"), (r"[Ss]hrugging\s+off", "dismissing"),
    (r"signed\s+off\s+on", "approved"), (r"signs\s+off\s+on", "approves"),
    (r"sounded\s+the\s+alarm\s+(?:about|over|on)", "warned of"),
    (r"sounds\s+the\s+alarm\s+(?:about|over|on)", "warns of"),
    (r"jump\s+into\s+the\s+(fighting|war)", r"enter the \1"), (r"jumped\s+into\s+the\s+(fighting|war)", r"entered the \1"),
    (r"jumps\s+into\s+the\s+(fighting|war)", r"enters the \1"),
    (r"jumping\s+into\s+the\s+(fighting|war)", r"entering the \1"),
    # a deal that "depended on" or "hinged on" a condition was, as the articles write it, conditional on it
    (r"(deal|agreement|pact|accord|offer|treaty|arrangement)\s+(?:depended|hinged|was\s+contingent)\s+(?:up)?on",
     r"\1 was conditional on"),
    (r"(deal|agreement|pact|accord|offer|treaty|arrangement)\s+(?:depends|hinges|is\s+contingent)\s+(?:up)?on",
     r"\1 is conditional on"),
)]
# A part of a month ("in mid-July", "back in early June") is read as the month: the articles date it to a day in it.
_PART_OF_MONTH = re.compile(r"\b(?:mid|early|late)-(?=(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\b)")

_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
# An ordinal that ranks a noun after it ("2nd state", "the 3rd time"), not a date ("on the 9th", "on the 2nd of
# June", "June 2nd") nor a name ("1st Guards Tank Army", "2nd-hand").
_ORDINAL = re.compile(r"\b(?P<n>1st|2nd|3rd|[4-9]th|10th)\b(?=\s+(?!of\b)[a-z])")
_MONTH_BEFORE = re.compile(r"(?i)(?:" + "|".join(MONTHS) + r")\s+$")
# Thousands written with "k" ("10k", "2.5k", "10K"), outside codes and sizes ("K2", "4K video", "5k run").
_THOUSANDS_K = re.compile(r"(?<![\w.,$£€])(\d{1,3}(?:\.\d)?)[kK]\b(?!\s*(?:video|screen|resolution|TV|run|race)\b)")
# "+" between two words ("ammo + missiles"); not between figures ("2 + 2") nor in names ("Marks & Spencer").
_AND_SIGN = re.compile(r"(?<=[A-Za-z])\s+\+\s+(?=[A-Za-z])")


def _same_case(m: re.Match, word: str) -> str:
    """``word`` with a capital where the abbreviation it replaces opens with one ("Pres." -> "President")."""
    return word[:1].upper() + word[1:] if m.group(0)[:1].isupper() and m.group(0)[1:2].islower() else word


def _month(m: re.Match) -> str:
    pre = m.groupdict().get("pre") or ""
    return pre + _MONTH_ABBREVIATIONS[m.group("month").lower()]


def _country_codes(claim: str) -> str:
    """Codes written out: the adjective where the code modifies a noun ("NK troops" -> "North Korean troops"), the
    noun elsewhere ("to RU", "NK recognised", "NK supplying shells", "RU-NK pact" -> "Russia-North Korea pact")."""
    matches = list(_CODE.finditer(claim))
    if not matches or _shouting(claim):
        return claim
    nouns = _CODE.sub(lambda m: COUNTRY_CODES[m.group(1)][0], claim)
    doc = parse_texts([nouns])[0]
    out, last, shift = [], 0, 0
    for m in matches:
        noun, adjective = COUNTRY_CODES[m.group(1)]
        start = m.start() + shift
        shift += len(noun) - len(m.group(1))
        span = doc.char_span(start, start + len(noun), alignment_mode="expand")
        root = span.root if span is not None else None
        modifies = root is not None and root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i \
            and root.head.pos_ in ("NOUN", "PROPN") and span.end < len(doc) \
            and doc[span.end].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[span.end].lower_.endswith("ing") \
            and nouns[start + len(noun):start + len(noun) + 1] != "-" and not _joined_by_hyphen(nouns, start)
        before = claim[last:m.start()]
        if modifies and re.search(r"\b[Aa]n\s$", before) and adjective[0] not in "AEIOU":
            before = before[:-2] + " "  # "an RU official" -> "a Russian official"
        elif not modifies and re.search(r"(?:^|(?<=[\s(\"“]))[Tt]he\s$", before):
            before = before[:-4]  # "The DPRK denied" -> "North Korea denied"
        out.append(before)
        out.append(adjective if modifies else noun)
        last = m.end()
    out.append(claim[last:])
    return "".join(out)


def _shouting(text: str) -> bool:
    """True when ``text`` is written in capitals ("TROOPS SENT BY KIM"), where a code cannot be told from a word."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) > len(letters) / 2


def _joined_by_hyphen(text: str, start: int) -> bool:
    """True when the code at ``start`` closes a hyphenated pair of places ("RU-NK pact": both stay nouns)."""
    return start > 0 and text[start - 1] == "-"


def spelled_out(claim: str) -> str:
    """Return ``claim`` with analysts' shorthand written out: "RU-NK pact signed 19 Jul" -> "Russia-North Korea
    pact signed 19 July", "NK amb. met DPR envoy w/o aides" -> "North Korean ambassador met DPR envoy without
    aides", "NK was 2nd state" -> "North Korea was second state", "ammo + missiles" -> "ammunition and missiles".
    A claim without shorthand comes back unchanged."""
    text = claim
    for pattern, word in _WORDS:
        text = pattern.sub(lambda m, w=word: _same_case(m, m.expand(w)), text)
    for pattern in _MONTH_DAY:
        text = pattern.sub(_month, text)
    text = _ORDINAL.sub(lambda m: m.group(0) if _MONTH_BEFORE.search(text[:m.start()]) else _ORDINALS[m.group("n")],
                        text)
    text = _AND_SIGN.sub(" and ", text)
    text = _THOUSANDS_K.sub(lambda m: f"{round(float(m.group(1)) * 1000):,}", text)
    for pattern, word in _CASUAL:
        text = pattern.sub(lambda m, w=word: _same_case(m, m.expand(w)), text)
    text = _PART_OF_MONTH.sub("", text)
    return _country_codes(text)
