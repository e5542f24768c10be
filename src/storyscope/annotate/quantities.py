"""Numbers and what they count ("up to 10,000" about "North Korean specialists")."""

from __future__ import annotations

import math
import re
from typing import Any

from storyscope.annotate.spans import doc_text
from storyscope.model import Quantity

UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
               "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
DOZEN = "dozen"
# Tokens that may join number words inside one number ("two-and-a-half").
NUMBER_GLUE = frozenset({"-", "and", "a"})
# Entity labels whose numbers are not counts (dates, clock times, ranks) ...
SKIP_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
# ... except durations, whose number counts the unit ("two-and-a-half years").
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"})
# A bare integer in this range without thousands separator is a calendar year.
YEAR_RANGE = (1000, 2100)
SINGULAR_NOUN_TAGS = frozenset({"NN", "NNP"})
# Hedges that belong to the quantity's text ("up to 10,000", "at least 115,000").
PREFIX = re.compile(
    r"(?i:\b(?:up to|at least|at most|more than|less than|fewer than|as many as|as few as|over|about|"
    r"around|nearly|almost|roughly|approximately|some|an estimated|estimated|just over|just under|"
    r"under|close to|upwards of))\s+$"
)
# How far the counted noun may sit after the number, in tokens.
ABOUT_MAX_TOKENS = 6
# Words that make a following scale word vague ("several thousand", "many millions").
VAGUE_BEFORE = frozenset({"several", "many", "few", "some", "tens", "hundreds", "thousands", "millions"})
CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₽": "roubles"}
PERCENT_WORDS = frozenset({"%", "percent", "per cent"})
# Entity labels whose words keep their case in ``about`` (other words are lowercased,
# so a headline's "Volunteer Soldiers" and a body's "volunteer soldiers" agree).
KEEP_CASE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")
# What befell the counted people, when the count is the subject of it ("115,000 soldiers have been killed and
# 500,000 wounded"): part of what the number counts, so that the dead and the wounded are not one count in dispute.
# Each fate is written as its past participle whatever the tense ("40 people die" -> "people died"), the word the
# corpus's count classes know ("died" and "killed" are casualties, "arrested" and "detained" the detained).
FATE_WORDS = {"kill": "killed", "die": "died", "wound": "wounded", "injure": "injured", "capture": "captured",
              "displace": "displaced", "arrest": "arrested", "detain": "detained", "evacuate": "evacuated",
              "execute": "executed", "abduct": "abducted", "kidnap": "kidnapped", "rescue": "rescued"}
FATE_LEMMAS = frozenset(FATE_WORDS)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _is_number_word(tok: Any) -> bool:
    low = tok.lower_
    return bool(tok.like_num) or low in FRACTION_WORDS or low == DOZEN


def parse_number(words: list[str]) -> float | None:
    """Value of a number written in digits and/or words; None when not a number, or past any float (a run of 330
    digits is infinite as a float, and JSON has no infinity)."""
    value = _number_value(words)
    return value if value is None or math.isfinite(value) else None


def _number_value(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        low = w.lower().replace("\u2009", "")
        if _DIGITS.match(low):
            current += float(low.replace(",", ""))
        elif low in UNIT_WORDS:
            current += UNIT_WORDS[low]
        elif low == "hundred":
            current = (current or 1) * 100
        elif low in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[low]
            current = 0.0
        elif low in FRACTION_WORDS:
            current += FRACTION_WORDS[low]
        elif low == DOZEN:
            current = (current or 1) * 12
        elif low in NUMBER_GLUE:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def extract_quantities(doc: Any) -> list[Quantity]:
    """Quantities of one Doc: value, written span (with "up to"-style hedge), counted noun."""
    text = doc_text(doc)
    out: list[Quantity] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if not _is_number_word(tok) or tok.ent_type_ == "ORDINAL":
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = doc[j]
            if _is_number_word(nxt):
                j += 1
            elif nxt.lower_ in NUMBER_GLUE and j + 1 < n and (
                _is_number_word(doc[j + 1]) or doc[j + 1].lower_ in NUMBER_GLUE
            ):
                j += 1
            else:
                break
        while j > i + 1 and doc[j - 1].lower_ in NUMBER_GLUE:
            j -= 1
        q = _quantity(doc, text, i, j)
        if q is not None:
            out.append(q)
        i = j
    return out


def _quantity(doc: Any, text: str, i: int, j: int) -> Quantity | None:
    group = doc[i:j]
    value = parse_number([t.text for t in group])
    if value is None:
        return None
    noun = None
    for t in group:
        h = t.head
        if not (i <= h.i < j) and t.dep_ in ("nummod", "quantmod", "compound", "conj") and h.pos_ in ("NOUN", "PROPN"):
            if h.i > t.i and h.i - j < ABOUT_MAX_TOKENS:
                noun = h
                break
    fate = None
    if noun is None:  # "... killed and 500,000 wounded": the counted noun is the first verb's subject
        noun, fate = _elided_noun(group)
    labels = {t.ent_type_ for t in group}
    if labels & SKIP_LABELS and not (noun is not None and noun.lemma_.lower() in DURATION_UNITS):
        return None
    raw = group.text
    if len(group) == 1 and raw.isdigit() and len(raw) == 4 and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        # a year before a singular noun is a date ("the 2009 prize"), a count takes a plural
        if noun is None or noun.lemma_.lower() in DURATION_UNITS or noun.tag_ in SINGULAR_NOUN_TAGS:
            return None
    if i > 0 and doc[i - 1].lower_ in VAGUE_BEFORE and (group[0].lower_ in SCALE_WORDS or group[0].lower_ == DOZEN):
        return None
    if all(t.lower_ in SCALE_WORDS or t.lower_ == DOZEN for t in group):
        if i == 0 or doc[i - 1].lower_ not in ("a", "one"):
            return None
    start, end = group.start_char, group.end_char
    about = ""
    if i > 0 and doc[i - 1].text in CURRENCY:
        start = doc[i - 1].idx
        about = CURRENCY[doc[i - 1].text]
    if j < len(doc) and doc[j].lower_ in PERCENT_WORDS:
        end = doc[j].idx + len(doc[j].text)
        about = "percent"
    if not about and noun is not None:
        about = _about(doc, _after_number(noun) if fate is not None else j, noun)
        fate = fate if fate is not None else _fate(noun)
        if about and fate is not None:
            about += " " + FATE_WORDS[fate.lemma_.lower()]
    if not about:
        return None
    m = PREFIX.search(text, max(0, start - 30), start)
    if m is not None:
        start = m.start()
    return Quantity(value=float(value), text=text[start:end], about=about, start=start, end=end)


def _about(doc: Any, j: int, noun: Any) -> str:
    words = []
    for t in doc[j:noun.i + 1]:
        if not t.is_alpha and not (t.text[:1].isalpha()):
            continue
        if t.ent_type_ in KEEP_CASE_LABELS and t.ent_type_:
            words.append(t.text)
        else:
            words.append(t.text.lower())
    return " ".join(words)


def _after_number(noun: Any) -> int:
    """Where the words of ``noun``'s phrase start after its own number ("Brask sailors" in "About 2,000 Brask
    sailors")."""
    number = next((c for c in noun.children if c.dep_ == "nummod"), None)
    return number.right_edge.i + 1 if number is not None else noun.left_edge.i


def _fate(noun: Any) -> Any | None:
    """The verb telling what befell the counted people ("killed" in "115,000 soldiers have been killed"), if any."""
    verb = noun.head
    if noun.dep_ in SUBJECT_DEPS and verb.pos_ == "VERB" and verb.lemma_.lower() in FATE_LEMMAS:
        return verb
    return None


def _elided_noun(group: Any) -> tuple[Any | None, Any | None]:
    """For a number standing alone as the subject of a fate verb joined to an earlier one ("115,000 soldiers were
    killed and 500,000 wounded"), the earlier verb's counted subject and the number's own verb; else (None, None)."""
    num = group[-1]
    verb = num.head
    if num.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or verb.lemma_.lower() not in FATE_LEMMAS:
        return None, None
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
                    and any(k.dep_ == "nummod" for k in c.children)), None)
    return (subject, verb) if subject is not None else (None, None)
