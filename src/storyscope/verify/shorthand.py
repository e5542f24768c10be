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

# Country codes of news and OSINT shorthand: the noun and the adjective they stand for. Only codes that are not
# also common words or other abbreviations in English news ("IN", "IT", "PL", "TR", "DE" are left out).
COUNTRY_CODES = {
    "RU": ("Russia", "Russian"), "RUS": ("Russia", "Russian"), "RF": ("Russia", "Russian"),
    "UA": ("Ukraine", "Ukrainian"), "UKR": ("Ukraine", "Ukrainian"),
    "NK": ("North Korea", "North Korean"), "DPRK": ("North Korea", "North Korean"),
    "SK": ("South Korea", "South Korean"), "ROK": ("South Korea", "South Korean"),
    "PRC": ("China", "Chinese"), "BY": ("Belarus", "Belarusian"), "KSA": ("Saudi Arabia", "Saudi"),
}
_CODE = re.compile(r"(?<![\w/.])(" + "|".join(sorted(COUNTRY_CODES, key=len, reverse=True)) + r")(?![\w])")

# Abbreviated words, as written (case matters where the abbreviation is also a word: "FM", "PM", "MoD").
_WORDS = [(re.compile(p), w) for p, w in (
    (r"\bw/o\b", "without"), (r"(?<!\w)w/(?=[\s,;:)])", "with"), (r"\bb/c\b", "because"),
    (r"(?i)\bamb\.(?=[\s,;:)])", "ambassador"), (r"(?i)\bambs\.(?=[\s,;:)])", "ambassadors"),
    (r"(?i)\bres\.\s+col\.(?=[\s,;:)])", "reserve colonel"), (r"(?i)\bcol\.(?=[\s,;:)])", "colonel"),
    (r"(?i)\bgen\.(?=\s+[A-Z])", "General"), (r"(?i)\blt\.(?=[\s,;:)])", "lieutenant"),
    (r"(?i)\bpres\.(?=[\s,;:)])", "president"), (r"(?i)\bmin\.(?=\s+(?:of\b|[A-Z]))", "minister"),
    (r"(?i)\bgov(?:'|’)?t\b\.?", "government"), (r"(?i)\bintl\b\.?", "international"),
    (r"(?i)\bmtgs\b", "meetings"), (r"(?i)\bmtg\b", "meeting"), (r"(?i)\bpressers\b", "press conferences"),
    (r"(?i)\bpresser\b", "press conference"), (r"(?i)\bintel\b", "intelligence"),
    (r"(?i)\bapprox\b\.?", "approximately"), (r"(?i)\bammo\b", "ammunition"),
    (r"(?i)\bmil\b\.?(?=\s+(?:aid|help|support|assistance|personnel|equipment|cooperation|ties|pact|deal|"
     r"exercises?|drills?|units?|bases?|sites?|hardware|supplies)\b)", "military"),
    (r"\bMFA\b", "foreign ministry"), (r"\bMoD\b|\bMOD\b", "defence ministry"), (r"\bMoFA\b", "foreign ministry"),
    (r"(?<![\d:.])\bFM\b", "foreign minister"), (r"(?<![\d:.]\s)(?<![\d:.])\bPM\b", "prime minister"),
    (r"\bDM\b(?=\s+[A-Z])", "defence minister"), (r"\bHQ\b", "headquarters"),
    # "wants OK to use", "got the OK for": permission
    (r"\b(wants|wanted|want|seeks|sought|seek|gets|got|get|gave|give|gives|needs|need|the|an)\s+OK\b"
     r"(?=\s+(?:to|for)\b)", r"\1 approval"),
)]

# Month abbreviations next to a day or a year ("19 Jul", "Jul 19", "Sept. 2031", "mid-Jul").
_MONTH_ABBREVIATIONS = {"jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
                        "jul": "July", "aug": "August", "sep": "September", "sept": "September", "oct": "October",
                        "nov": "November", "dec": "December"}
_MONTH = r"(?P<month>(?i:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))\.?"
_MONTH_DAY = [re.compile(p) for p in (
    r"(?<=\b\d\d\s)" + _MONTH + r"(?=\s|$|[,;.)])", r"(?<=\b\d\s)" + _MONTH + r"(?=\s|$|[,;.)])",
    r"\b" + _MONTH + r"(?=\s+\d{1,2}\b|\s+(?:19|20)\d\d\b)",
    r"\b(?P<pre>(?:mid|end|late|early)-)" + _MONTH + r"\b",
)]

# A newsletter's casual verbs and the plain verbs the articles use for the same act ("Putin and Kim inked the
# pact" is "signed"; "troops being readied" is "prepared"; "intelligence reckons" is what it says).
_CASUAL = [(re.compile(r"\b" + p + r"\b"), w) for p, w in (
    (r"inked", "signed"), (r"inks", "signs"), (r"inking", "signing"),
    (r"readied", "prepared"), (r"readying", "preparing"), (r"prepped", "prepared"), (r"prepping", "preparing"),
    (r"gushed", "said"), (r"gushes", "says"), (r"raved", "said"),
    (r"reckons", "says"), (r"reckoned", "said"),
    (r"shrugged\s+off", "dismissed"), (r"shrugs\s+off", "dismisses"), (r"shrugging\s+off", "dismissing"),
    (r"signed\s+off\s+on", "approved"), (r"signs\s+off\s+on", "approves"),
    (r"sounded\s+the\s+alarm\s+(?:about|over|on)", "warned of"), (r"sounds\s+the\s+alarm\s+(?:about|over|on)",
                                                                   "warns of"),
    (r"jump\s+into\s+the\s+(fighting|war)", r"enter the \1"),
)]
# A part of a month ("mid-July", "back in early June") is read as the month: the articles date it to a day in it.
_PART_OF_MONTH = re.compile(r"\b(?:back\s+)?in\s+(?:mid|early|late)-(?=(?:January|February|March|April|May|June|July|"
                            r"August|September|October|November|December)\b)")

_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
# An ordinal that ranks ("2nd state", "the 3rd time"), not a date ("on the 2nd of June", "June 2nd").
_ORDINAL = re.compile(r"\b(?P<n>1st|2nd|3rd|[4-9]th|10th)\b(?!-)(?!\s+(?:of\s+)?(?i:" + "|".join(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"]) + r"))")
_MONTH_BEFORE = re.compile(r"(?i)(?:january|february|march|april|may|june|july|august|september|october|november|"
                           r"december)\s+$")
# Thousands written with "k" ("10k", "2.5k"), outside codes and sizes ("K2", "4K video").
_THOUSANDS_K = re.compile(r"(?<![\w.$£€])(\d{1,3}(?:\.\d)?)k\b(?!\s*(?:video|screen|resolution|TV|run|race)\b)")
_AND_SIGN = re.compile(r"(?<=\w)\s+[+&]\s+(?=\w)")


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
            and doc[span.end].pos_ in ("NOUN", "PROPN") and not doc[span.end].lower_.endswith("ing") and nouns[start + len(noun):start + len(noun) + 1] != "-" \
            and not _joined_by_hyphen(nouns, start)
        out.append(claim[last:m.start()])
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
        text = pattern.sub(word, text)
    for pattern in _MONTH_DAY:
        text = pattern.sub(_month, text)
    text = _ORDINAL.sub(lambda m: m.group(0) if _MONTH_BEFORE.search(text[:m.start()]) else _ORDINALS[m.group("n")],
                        text)
    text = _AND_SIGN.sub(" and ", text)
    text = _THOUSANDS_K.sub(lambda m: f"{round(float(m.group(1)) * 1000):,}", text)
    for pattern, word in _CASUAL:
        text = pattern.sub(word, text)
    text = _PART_OF_MONTH.sub("in ", text)
    return _country_codes(text)
