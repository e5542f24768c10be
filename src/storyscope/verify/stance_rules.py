"""Transparent stance rules: how a passage stands toward a claim.

``check`` combines them with the trained stance model (``verify/stance``): the
rules catch explicit refutations (cues, another figure for the same thing) and
hedges, the model judges the rest.
"""

from __future__ import annotations

import math
import functools
import os
import re
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.annotate.quantities import UNIT_WORDS, parse_number
from storyscope.corpus.entities import KNOWN_VARIANTS
from storyscope.verify.synonyms import groups_of, has_synonym, meaning_groups

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
# Hedging cues that only mark reported speech: the dossier's attributions say which part is relayed,
# so ``check`` reads a sentence hedged only by these as the outlet's own voice outside the quote.
SPEECH_CUES = frozenset({"claimed", "claims", "claim", "said", "says", "according", "reports", "reported", "told"})
# Share of the claim's content words a passage must cover to count as evidence at all.
# Set by hand on the example corpus and the seeds; a learned model replaces it in issue 6.
MIN_RELEVANCE = 0.34
# Shortest shared prefix by which two words count as forms of one (British/American spelling and
# derivation: "recognised" / "recognize" / "recognition"; "attack" / "attach" stay apart): see ``same_word``.
SAME_WORD_PREFIX = 6
# A passage must cover this share of the claim's content words to confirm it; below,
# it only touches the topic and counts as discussion (seeds: "the deal between North
# Korea and Russia" does not confirm "North Korea will send 100,000 troops").
AGREE_MIN_RELEVANCE = 0.6


# A capital that stands for its country in news ("Pyongyang recognised ...", "talks with Moscow"), and known
# transliterations ("Lugansk" = "Luhansk"): one word for both, so a claim and a passage spelling them
# differently share it.
CAPITALS = {"pyongyang": "korea", "kremlin": "russia", "moscow": "russia", "kyiv": "ukraine", "kiev": "ukraine",
               "beijing": "china", "tehran": "iran"}


def place_word(low: str) -> str:
    """Return one word for a lower-cased place's spellings and its capital ("kiev", "kyiv" -> "ukraine";
    "moscow" -> "russia")."""
    low = KNOWN_VARIANTS.get(low, low)
    return CAPITALS.get(low, low)


def without_possessive(word: str) -> str:
    """Return ``word`` without a possessive ending, straight or curly ("Ukraine's" -> "Ukraine")."""
    return word.removesuffix("'s").removesuffix("’s")


def stem(word: str) -> str:
    """Return ``word`` without one common ending ("signed" -> "sign", "troops" -> "troop"), keeping 4+ letters."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[:-len(suffix)]
    return word


# A figure written with a scale word ("one million", "half a million", "2.5 million", "ten thousand"); not
# "thousands of" or "several million", which are vague.
# ("and" joins only "... and a half" or "a hundred and fifty": "between one and two million" is two figures.)
# (a figure in digits joins only right before its scale word: "In 2022 two million" is a year and a figure)
_SPELLED_FIGURE = re.compile(r"(?<![\d,.])\b(?:(?:half|an?|hundred(?:[\s-]+and)?|"
                             + "|".join(sorted(UNIT_WORDS, key=len, reverse=True))
                             + r")[\s-]+(?:and[\s-]+(?=a[\s-]+half|half))?){0,6}"
                             r"(?:(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[\s-]+)?(?:thousand|million|billion)\b(?!s)",
                             re.IGNORECASE)
_SCALE_WORD = re.compile(r"thousand|million|billion", re.IGNORECASE)


# A figure abbreviated with its scale ("10k", "115K", "2.5mn", "3bn"), as readers write them; not "m", which is as
# often metres ("a 5m wall").
# (not a model's name, "MiG-29K", nor a unit, "3 BN")
_ABBREVIATED_FIGURE = re.compile(r"(?<![\w.,-])(\d+(?:\.\d+)?)(?:(k|K|mn|bn|BN)|\s(k|mn|bn))\b")
_ABBREVIATED_SCALE = {"k": 1_000, "mn": 1_000_000, "bn": 1_000_000_000}


def _abbreviated_digits(m: re.Match) -> str:
    return f"{round(float(m.group(1)) * _ABBREVIATED_SCALE[(m.group(2) or m.group(3)).lower()]):,}"


# Thousands set off by spaces, as many languages write them ("115 000", "1 500 000"); not a code or a day before a
# count ("MH17 298", "F-16 300", "June 5 300 troops").
_SPACED_FIGURE = re.compile(r"(?<![\w.,])(?<![A-Za-z]-)(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d]|[.,]\d)")
# A code with digits ("MH17", "F-16", "COVID-19") before a count: no part of it.
_CODE_BEFORE = re.compile(r"(?:[A-Za-z][\w-]*\d|\d[\w-]*[A-Za-z-])\S*\s+$")
_MONTH_BEFORE = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                           r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+$", re.IGNORECASE)


def grouped_thousands(text: str) -> str:
    """Return ``text`` with thousands set off by spaces written with commas ("115 000" -> "115,000")."""
    def joined(m: re.Match) -> str:
        before = text[max(0, m.start() - 16):m.start()]
        if _MONTH_BEFORE.search(before) or _CODE_BEFORE.search(before):
            return m.group(0)
        return m.group(1) + re.sub(r"[ \u00a0\u202f]", ",", m.group(2))
    return _SPACED_FIGURE.sub(joined, text)


def spelled_figures(text: str) -> str:
    """Return ``text`` with figures written with a scale word in digits ("one million shells" ->
    "1,000,000 shells", "half a million" -> "500,000", "10k" -> "10,000") and thousands set off by spaces with
    commas ("115 000" -> "115,000"), so they compare with figures written in digits."""
    text = _ABBREVIATED_FIGURE.sub(_abbreviated_digits, grouped_thousands(text))
    if not _SCALE_WORD.search(text):
        return text

    def digits(m: re.Match) -> str:
        words = m.group(0).replace("-", " ").split()
        value = parse_number(words) if len(words) > 1 else None  # a bare "million" is no figure
        return m.group(0) if value is None else f"{round(value):,}"
    return _SPELLED_FIGURE.sub(digits, text)


# A small count in words before the noun it counts ("two ships", "twenty-four hours", "twenty four hours"), or
# joined to a unit of time ("a two-day visit"); not "one" (a pronoun as often: "one of them"), a part of a larger
# figure ("two hundred", "two-and-a-half") or a count of a group ("two of").
_SMALL_WORDS = "|".join(w for w, v in sorted(UNIT_WORDS.items(), key=lambda kv: -len(kv[0])) if 2 <= v <= 90)
_UNIT_WORDS_1_9 = "|".join(w for w, v in UNIT_WORDS.items() if 1 <= v <= 9)
_SMALL_FIGURE = re.compile(r"(?<![\w-])(?P<tens>" + _SMALL_WORDS + r")(?:[-\s](?P<unit>" + _UNIT_WORDS_1_9 + r"))?"
                           r"(?=\s+(?!(?:and|or|to|of|a|an|the|hundred|thousand|million|billion|dozen|per|percent|"
                           r"times)\b)[a-z]|-(?:second|minute|hour|day|week|month|year)s?\b)", re.IGNORECASE)
# A count of a group within another ("two of the five ships") or a range ("two or three ships", "two to three days",
# "between two and three"): its figures are no single count, and such a text is left in words.
_PART_OR_RANGE = re.compile(r"\b(?:" + _SMALL_WORDS + r"|one|\d+)\s+(?:of\s+(?:the|these|those|its|their|our)\b|"
                            r"(?:or|to|and|-|–)\s+(?:" + _SMALL_WORDS + r"|\d+)\b)", re.IGNORECASE)


def small_figures(text: str) -> str:
    """Return ``text`` with small counts in words written in digits ("two ships" -> "2 ships", "Twenty-four hours"
    -> "24 hours", "a two-day visit" -> "a 2-day visit"), so that a count in words compares with one in digits or in
    other words; a text that counts a part of a group or gives a range is returned as it is."""
    if _PART_OR_RANGE.search(text):
        return text

    def digits(m: re.Match) -> str:
        tens = UNIT_WORDS[m.group("tens").lower()]
        unit = UNIT_WORDS[m.group("unit").lower()] if m.group("unit") else 0
        return m.group(0) if unit and (tens < 20 or tens % 10) else str(tens + unit)
    return _SMALL_FIGURE.sub(digits, text)


def content_words(text: str) -> set[str]:
    """Return the lower-cased content words (and numbers, commas removed) of ``text``; capitals that stand for
    their country are read as the country ("Pyongyang" -> "korea") and known transliterations folded. Figures
    written with a scale word count as their digits ("one million" -> "1000000")."""
    out = set()
    for w in _WORD.findall(spelled_figures(text)):
        low = w.lower().replace(",", "")
        if low not in STOP_WORDS and len(low) > 1 or low[:1].isdigit():
            out.add(place_word(low.rstrip(".")))
    return out


@functools.lru_cache(maxsize=65536)
def irregular_lemma(word: str) -> str:
    """Return the dictionary form of an irregular form that reads one way only ("sent" -> "send", "fought" ->
    "fight", "men" -> "man"), else ``word``: "left", "saw" or "found" are words of their own too and stay."""
    from lemminflect import getAllLemmas

    lemmas = {lemma for forms in getAllLemmas(word).values() for lemma in forms}
    return next(iter(lemmas)) if len(lemmas) == 1 and word not in lemmas else word


def same_word(a: str, b: str) -> bool:
    """True for two forms of one word across inflection, spelling and derivation ("collapsed", "collapse";
    "recognised", "recognition"; "invaded", "invasion"; "sent", "sending": ``irregular_lemma``).

    They must share a prefix of at least ``SAME_WORD_PREFIX`` letters that leaves at most three letters of
    the shorter one, or the shorter (4+ letters) must begin the longer ("troop", "troops"; not "dam", "damage").
    """
    if a[:1].isdigit() or b[:1].isdigit():
        return a == b  # 2000 is not 20000
    la, lb = irregular_lemma(a), irregular_lemma(b)
    if la != a or lb != b:  # "sent" and "sending", "fought" and "fight", "men" and "man"
        if la == lb:
            return True
        a, b = la, lb
    n = len(os.path.commonprefix([a, b]))
    shorter = min(len(a), len(b))
    if n >= max(SAME_WORD_PREFIX, shorter - 3) or n == shorter >= 4:
        return True
    # a noun in -sion of a verb in -de ("invasion", "invade" / "invaded"; "decision", "decide")
    noun, verb = (a, b) if a.endswith("sion") else (b, a)
    return noun.endswith("sion") and len(noun) >= 8 and n == len(noun) - 4 \
        and verb[n:] in ("d", "de", "ded", "des", "ding")


def covered_share(claim_words: set[str], passage_words: set[str], names: frozenset[str] = frozenset()) -> float:
    """Share of ``claim_words`` the passage has, a word counting when any form of it, or a synonym of its usual
    sense (``synonyms.has_synonym``), is there.

    Words in ``names`` (the claim's capitalised words, lower-cased) must be there as written:
    "Russian" does not stand for "Russia", nor "Korean" for "Korea".
    """
    if not claim_words:
        return 0.0
    found, meanings = 0, None
    for w in claim_words:
        if w in passage_words or w not in names and any(same_word(w, p) for p in passage_words):
            found += 1
        elif w not in names and meaning_groups(w):
            # a synonym of the word's usual sense ("supply" for "provide"; see verify/synonyms.py)
            meanings = groups_of(passage_words) if meanings is None else meanings
            found += has_synonym(w, meanings)
    return found / len(claim_words)


# Share of the claim's non-name content words (what it says happens, not who) a passage must cover to
# agree or disagree, unless its cosine reaches check's COS_AGREE ("North Korean troops landed on the Moon" is not
# contradicted by a denial about North Korean troops in Ukraine).
MIN_PREDICATE_COVER = 0.5


def word_stems(text: str) -> set[str]:
    """Return the stems of ``text``'s content words."""
    return {stem(w) for w in content_words(text)}


def predicate_words(text: str) -> set[str]:
    """Return the stems of ``text``'s non-name content words (what it says happens, not who): capitalised words
    are left out."""
    return word_stems(" ".join(w for w in text.split() if not w[:1].isupper()))


def predicate_cover(claim: str, passage: str) -> float:
    """Share of the claim's non-name content words (stemmed) that the passage has."""
    words = predicate_words(claim)
    if not words:
        return 1.0
    return covered_share(words, word_stems(passage))


def _numbers(words: set[str]) -> set[float]:
    out = set()
    for w in words:
        try:
            out.add(float(w))
        except ValueError:
            continue
    return out


# Words read past between a figure and the thing it counts ("up to 2,000 *military* engineers").
_FIGURE_SKIP = frozenset({"more", "than", "least", "around", "about", "some", "nearly", "almost", "over",
                          "north", "south", "korean", "military", "new", "extra", "additional", "foreign"})
# Words after a figure searched for the noun it counts.
FIGURE_WINDOW = 4


def _counted(text: str) -> dict[float, set[str]]:
    """Map each figure in ``text`` to the noun it counts: the first content word after it, modifiers skipped."""
    tokens = [w.lower().replace(",", "") for w in _WORD.findall(text)]
    out: dict[float, set[str]] = {}
    for i, tok in enumerate(tokens):
        if not tok[:1].isdigit():
            continue
        try:
            value = float(tok.rstrip("."))
        except ValueError:
            continue
        follow = [t.rstrip("s") for t in tokens[i + 1:i + 1 + FIGURE_WINDOW]
                  if t not in STOP_WORDS and t not in _FIGURE_SKIP and not t[:1].isdigit()]
        out.setdefault(value, set()).update(follow[:1])
    return out


def _counts(text: str) -> set[tuple[float, str]]:
    """The ``(figure, noun it counts)`` pairs of ``text`` (``_counted``)."""
    return {(value, noun) for value, nouns in _counted(text).items() for noun in nouns}


# Units of time a count gives a span in: "three days" is no "three months".
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"})
_SPAN = re.compile(r"\b(\d+)-(" + "|".join(_TIME_UNITS) + r")s?\b")


def _other_time_unit(claim: str, passage: str) -> bool:
    """True when the passage gives the claim's count of time in another unit only ("for three months" against "for
    three days"): the claim's figure counts a unit of time, and the passage counts that figure in another unit and
    never in the claim's."""
    given = _counts(passage) | {(float(n), unit) for n, unit in _SPAN.findall(passage)}  # ("a 2-day visit")
    return any(unit in _TIME_UNITS and (value, unit) not in given
               and any(v == value and u in _TIME_UNITS for v, u in given) for value, unit in _counts(claim))


_BOUND = re.compile(r"\b(at least|more than|over|upwards of|in excess of|no fewer than|no less than|not less than|"
                    r"a minimum of|up to|at most|fewer than|less than|under|as many as|no more than)\s+(\d[\d,.]*)",
                    re.IGNORECASE)
_QUOTING = frozenset({"said", "says", "told", "tells", "claimed", "claims", "announced", "stated", "according"})
_LOWER_BOUNDS = frozenset({"at least", "more than", "over", "upwards of", "in excess of", "no fewer than", "no less than",
                           "not less than", "a minimum of"})


def _bounds(text: str) -> dict[float, str]:
    """Map each figure ``text`` states as a bound to "min" ("at least 38") or "max" ("up to 2,000")."""
    out = {}
    for m in _BOUND.finditer(text):
        try:
            value = float(m.group(2).replace(",", "").rstrip("."))
        except ValueError:
            continue
        out[value] = "min" if m.group(1).lower() in _LOWER_BOUNDS else "max"
    return out


# The words of bounds and orders of magnitude, which a passage giving a count in figures need not use.
_BOUND_WORDS = frozenset({"more", "fewer", "less", "least", "most", "over", "under", "upwards", "excess", "minimum",
                          "tens", "hundreds", "thousands", "millions", "several", "few", "only", "number", "numbers"})
# Bounds that exclude their figure ("more than 10,000" is not "up to 10,000") and the caps and floors they exclude.
_ABOVE = frozenset({"more than", "over", "upwards of", "in excess of"})
_BELOW = frozenset({"fewer than", "less than", "under"})
_CAPS = frozenset({"up to", "at most", "no more than", "as many as"}) | _BELOW
_FLOORS = frozenset({"at least", "no fewer than", "no less than", "not less than", "a minimum of"}) | _ABOVE


def _bound_words(text: str) -> dict[float, set[str]]:
    """Map each figure ``text`` states as a bound to the words of each bound it is given, lower-cased ("up to 2,000"
    -> {2000: {"up to"}})."""
    out: dict[float, set[str]] = {}
    for m in _BOUND.finditer(text):
        try:
            out.setdefault(float(m.group(2).replace(",", "").rstrip(".")), set()).add(m.group(1).lower())
        except ValueError:
            continue
    return out


def _bound_conflict(claim: str, passage: str) -> bool:
    """True when the claim bounds a figure the passage bounds the other way ("more than 10,000" against "up to
    10,000"; "fewer than 5,000" against "at least 5,000"): one figure both texts give, so one count. Where the
    claim tells what someone said, a floor against a cap is no quote of them either, though both take the figure in
    ("told Nato at least 10,000" against "up to 10,000")."""
    claimed, given = _bound_words(claim), _bound_words(passage)
    quoting = bool({w.lower() for w in _WORD.findall(claim)} & _QUOTING)

    def clash(bound: str, other: str) -> bool:
        return bound in _ABOVE and other in _CAPS or bound in _BELOW and other in _FLOORS \
            or bound in _CAPS and other in _ABOVE or bound in _FLOORS and other in _BELOW \
            or quoting and (bound in _FLOORS and other in _CAPS or bound in _CAPS and other in _FLOORS)
    # (every bound the passage gives the figure must clash: "up to 10,000 troops ... at least 10,000 civilians" may
    # count the claim's "at least 10,000" too)
    return any(value in given and all(clash(bound, other) for other in given[value])
               for value, bounds in claimed.items() for bound in bounds)


# Counts told by their order of magnitude, with the range each allows ("several thousand": 2,000 to 9,999); a bare
# "thousands" allows any higher count, and is no conflict with "tens of thousands".
_MAGNITUDES = [(re.compile(p, re.IGNORECASE), low, high) for p, low, high in (
    (r"\b(?:a\s+few|several|some)\s+hundred\b(?!\s+thousand)", 200, 999),
    (r"\bhundreds\s+of\s+thousands\b", 100_000, 999_999),
    (r"\b(?:a\s+few|several|some)\s+thousand\b(?!s)", 2_000, 9_999),
    (r"\btens\s+of\s+thousands\b", 10_000, 99_999),
    (r"\b(?:a\s+few|several)\s+million\b|\bmillions\b", 2_000_000, float("inf")),
    (r"\bhundreds\b(?!\s+of\s+thousands)", 200, 999),
)]


def _magnitude_matches(text: str) -> list[tuple[re.Match, float, float]]:
    """Each count ``text`` gives by its order of magnitude ("several thousand"): its match and its range, the first
    pattern's where two patterns match at one place."""
    out, seen = [], set()
    for pattern, low, high in _MAGNITUDES:
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for a, b in seen):
                seen.add((m.start(), m.end()))
                out.append((m, low, high))
    return out


def _magnitudes(text: str) -> list[tuple[float, float]]:
    return [(low, high) for _, low, high in _magnitude_matches(text)]


def tells_magnitude(text: str) -> bool:
    """True when ``text`` gives a count by its order of magnitude ("several thousand", "tens of thousands")."""
    return bool(_magnitudes(text))


def _magnitude_conflict(claim: str, passage: str) -> bool:
    """True when the claim and the passage each tell one count by its order of magnitude and the two ranges do not
    meet ("tens of thousands of troops" against "several thousand troops")."""
    claimed, given = _magnitudes(claim), _magnitudes(passage)
    if len(claimed) != 1 or len(given) != 1:
        return False
    (low, high), (other_low, other_high) = claimed[0], given[0]
    return high < other_low or other_high < low


# How far outside an order of magnitude a figure must lie to contradict it ("more than 50,000" against "several
# thousand", 2,000 to 9,999; not "about 10,000").
MAGNITUDE_SLACK = 2.0


def _magnitude_counts(text: str) -> list[tuple[float, float, str]]:
    """``(low, high, noun)`` for each count ``text`` gives by its order of magnitude, with the noun it counts (the first
    content word after it: "several thousand North Korean troops" -> (2000, 9999, "troop"))."""
    out = []
    for m, low, high in _magnitude_matches(text):
        after = [w.lower() for w in _WORD.findall(text[m.end():])[:FIGURE_WINDOW + 1]]
        follow = [w.rstrip("s") for w in after if w not in STOP_WORDS and w not in _FIGURE_SKIP]
        if follow:
            out.append((low, high, follow[0]))
    return out


def figure_against_magnitude(claim: str, passage: str) -> str | None:
    """How the claim's count of a thing fits the passage's count of it by order of magnitude: "outside" ("more than
    50,000 troops" against "several thousand troops"), "inside" ("5,000 troops" against it: the passage does not give
    the figure), "bounded" ("more than 2,000 troops": the passage's count meets the bound); None when the two count
    different things or either gives no such count."""
    given = _magnitude_counts(passage)
    if len(given) != 1 or _magnitudes(claim):
        return None
    low, high, noun = given[0]
    bounds = _bounds(claim)
    for value, counted in _counts(claim):
        if counted != noun:
            continue
        bound = bounds.get(value)
        floor, cap = (value, math.inf) if bound == "min" else (0.0, value) if bound == "max" else (value, value)
        # (well outside: "about 10,000" or "up to 1,500" may be what another calls "several thousand")
        if cap * MAGNITUDE_SLACK < low or floor > high * MAGNITUDE_SLACK:
            return "outside"
        return "bounded" if bound else "inside"
    return None


# How far above the passage's floor a claim may give the same floor ("at least 40" for "at least 38") before it
# misstates it ("at least 150,000" for the pile's "at least 115,000").
FLOOR_SLACK = 1.1
# How far above the passage's floor a claim's floor in other words misstates it ("more than 600,000 killed" for the
# pile's "at least 115,000 killed"; "more than 3,000" for "at least 2,300" is a bound of the claim's own).
FLOOR_FAR = 3.0


def _within_bound(value: float, bound: str | None, other: float, other_bound: str | None) -> bool:
    """True when ``other`` fits the claim's ``value`` given as a bound: a lower bound fits a higher count or any other
    lower bound ("more than 40" and "at least 38"); an upper bound fits a lower count, but not another cap ("up to
    5,000" against "up to 2,000")."""
    return bound == "min" and (other > value or other_bound == "min") \
        or bound == "max" and other < value and other_bound != "max"


def floors_met(claim: str, passage: str) -> bool:
    """True when every figure of ``claim`` is a floor ("more than 100,000 killed") that a figure of ``passage``
    counting the same thing meets without a cap and not far above it (``FLOOR_FAR``: "at least 115,000 killed"; not
    "more than 1,000" for "at least 100,000"): the passage's count is the claim's."""
    bounds, given, passage_bounds = _bounds(claim), _counted(passage), _bounds(passage)
    counted = _counted(claim)
    return bool(counted) and all(
        bounds.get(value) == "min" and any(
            _within_bound(value, "min", other, None) and passage_bounds.get(other) != "max"
            and other <= value * FLOOR_FAR and nouns & other_nouns for other, other_nouns in given.items())
        for value, nouns in counted.items())


def _floor_misstated(value: float, other: float, words: set[str], other_words: set[str]) -> bool:
    """True when the claim gives the passage's floor in the same words with a figure well above it ("at least
    150,000" against "at least 115,000"): the figure restated wrong, where "more than 3,000" against "at least
    2,300" is a bound of the claim's own that the count may meet or not; or gives a floor in any words over
    ``FLOOR_FAR`` times the passage's ("more than 600,000" against "at least 115,000")."""
    return bool(words & other_words & _FLOORS) and value > other * FLOOR_SLACK \
        or bool(words & _FLOORS) and bool(other_words & _FLOORS) and value > other * FLOOR_FAR


def _same_thing_other_figure(claim: str, passage: str) -> bool:
    """True when the passage gives another figure for what the claim's figure counts (500 vs 5,000 engineers).

    A figure the claim gives as a bound is not contradicted by one within it: "at least 38 dead" by "41 dead",
    "up to 2,000 engineers" by "300 engineers".
    """
    claim_counted, passage_counted = _counted(claim), _counted(passage)
    # what someone is said to have said must be quoted with its own figure ("told Nato up to 100,000" is not
    # "up to 10,000"), whatever the bound
    quoting = bool({w.lower() for w in _WORD.findall(claim)} & _QUOTING)
    bounds = {} if quoting else _bounds(claim)
    other_bounds = _bounds(passage)
    words, other_words = _bound_words(claim), _bound_words(passage)
    for value, nouns in claim_counted.items():
        for other, other_nouns in passage_counted.items():
            if other != value and nouns & other_nouns and value not in passage_counted:
                if _within_bound(value, bounds.get(value), other, other_bounds.get(other)) \
                        and not _floor_misstated(value, other, words.get(value, set()), other_words.get(other, set())):
                    continue
                return True
    return False


MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}

# Day-and-month and year expressions: dates, not figures ("signed on 19 June", "in February 2022").
DATE_NUMBERS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(MONTHS) + r")\b(?:,?\s+\d{4})?"
    r"|\b(?:" + "|".join(MONTHS) + r")\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
    r"|\b(?:19|20)\d{2}\b(?![,.]\d)", re.IGNORECASE)

# What a count of people or things says befell them (stems): only these tell one figure's clause from another's
# ("115,000 killed and 500,000 wounded"); a shared noun ("people", "Ukraine") does not.
# Stems of one class say the same of a count ("died" and "killed"; "injured" and "hospitalised").
_OUTCOME_CLASSES = {"dead": ("kill", "die", "died", "dead", "death", "execut"),
                    "hurt": ("wound", "injur", "hospitalis", "hospitaliz"),
                    "taken": ("captur", "surrender", "detain", "arrest", "abduct"),
                    "moved": ("displac", "fled", "flee", "evacuat", "deport", "rescu"),
                    "missing": ("miss",), "destroyed": ("destroy", "damag", "sunk", "sank", "lost")}
OUTCOME_CLASS = {stem_: cls for cls, stems in _OUTCOME_CLASSES.items() for stem_ in stems}
COUNTED_OUTCOMES = frozenset(OUTCOME_CLASS)


def _outcomes(words: set[str]) -> set[str]:
    """The classes of what befell the counted that ``words`` (stems) say."""
    return {OUTCOME_CLASS[w] for w in words if w in OUTCOME_CLASS}

# Where one figure's clause ends and the next one's begins ("115,000 were killed | and 500,000 wounded").
_FIGURE_CLAUSE_BREAK = re.compile(r"[;:.!?]\s|,\s(?!\d)|\s(?:and|while|but|whereas)\s", re.IGNORECASE)


def _token_figures(tokens: list[str]) -> list[float]:
    """The figures among ``tokens`` (``_WORD`` matches), commas and a closing full stop left out."""
    values = []
    for tok in tokens:
        if tok[:1].isdigit():
            try:
                values.append(float(tok.replace(",", "").rstrip(".")))
            except ValueError:
                continue
    return values


def _figure_clauses(text: str) -> dict[float, set[str]]:
    """Map each figure in ``text`` to the stems of the content words of its clause ("at least 115,000 Russians have
    been killed and 500,000 wounded" -> {115000: {russian, kill}, 500000: {wound}})."""
    out: dict[float, set[str]] = {}
    for piece in _FIGURE_CLAUSE_BREAK.split(text):
        tokens = _WORD.findall(piece)
        values = _token_figures(tokens)
        if len(values) != 1:
            continue  # no figure, or several in one clause: nothing binds a word to one of them
        words = {stem(t.lower()) for t in tokens if not t[:1].isdigit() and t.lower() not in STOP_WORDS
                 and t.lower() not in _FIGURE_SKIP}
        out.setdefault(values[0], set()).update(words)
    return out


# Nouns that count people a party sends or gathers, by kind: a speaker's one count of the party's fighters is one
# count whatever the noun ("soldiers" for "specialists"), but builders are not troops. (Some nouns are of both.)
_PEOPLE_KINDS = {
    "troop": {"armed"}, "soldier": {"armed"}, "servicemen": {"armed"}, "serviceman": {"armed"}, "fighter": {"armed"},
    "force": {"armed"}, "volunteer": {"armed"}, "mercenarie": {"armed"}, "mercenary": {"armed"}, "recruit": {"armed"},
    "personnel": {"armed", "labour"}, "specialist": {"armed", "labour"}, "engineer": {"armed", "labour"},
    "men": {"armed", "labour"}, "worker": {"labour"}, "builder": {"labour"}, "labourer": {"labour"},
    "laborer": {"labour"}, "medic": {"medical"},
}
_PEOPLE_COUNT = re.compile(r"(?<![\w.,])(\d[\d,]*)(?:\s+|\s*-\s*)((?:[A-Z][\w'’-]+\s+){1,2})([a-z]+)")
# A range of figures ("10,000-12,000", "between 10,000 and 12,000", "10,000 to 12,000").
_FIGURE_RANGE = re.compile(r"(\d[\d,]*)\s*(?:-|–|\bto\b|\band\b)\s*(\d[\d,]*)")


def _people_kind(word: str) -> set[str] | None:
    """The kinds of people a noun of ``_PEOPLE_KINDS`` names, singular or plural; None for another word."""
    return _PEOPLE_KINDS.get(word) or _PEOPLE_KINDS.get(word.rstrip("s"))


def _people_counts(text: str) -> dict[float, tuple[str, frozenset[str], frozenset[str]]]:
    """Map each count of a party's people in ``text`` to the party's words, the kinds of people and what befell
    them ("500 Kessian soldiers were killed" -> {500: ("kessian", {"armed"}, {"dead"})})."""
    text = DATE_NUMBERS.sub(" ", spelled_figures(text))
    clauses = _figure_clauses(text)
    out = {}
    for m in _PEOPLE_COUNT.finditer(text):
        kinds = _people_kind(m.group(3))
        if not kinds:
            continue
        try:
            value = float(m.group(1).replace(",", ""))
        except ValueError:
            continue
        out[value] = (" ".join(m.group(2).lower().split()), frozenset(kinds),
                      frozenset(_outcomes(clauses.get(value, set()))))
    return out


def people_count_other(claim: str, passage: str) -> bool:
    """True when the claim and the passage each count people of one party, of one kind and with one fate ("100,000
    North Korean soldiers" being trained, "up to 10,000 North Korean specialists" being prepared), and the passage
    gives no figure of the claim's, written in any form, nor a range that holds it: the speaker's one count given
    otherwise. The party is the capitalised words between the figure and the noun, and must be the same."""
    mine, theirs = _people_counts(claim), _people_counts(passage)
    if not mine or not theirs:
        return False
    normal = DATE_NUMBERS.sub(" ", spelled_figures(passage))
    if set(mine) & _numbers(content_words(normal)):
        return False
    ranges = []
    for lo, hi in _FIGURE_RANGE.findall(normal):
        try:
            ranges.append((float(lo.replace(",", "")), float(hi.replace(",", ""))))
        except ValueError:
            continue
    return any(party == other_party and kinds & other_kinds and fate == other_fate
               and not any(lo <= value <= hi for lo, hi in ranges)
               for value, (party, kinds, fate) in mine.items()
               for other_party, other_kinds, other_fate in theirs.values())


# People in the fighting now ("are already fighting", "on the front line"), and people readied for it, not yet in it
# ("are being prepared to enter the war", "training to join the fighting", "poised to join").
_IN_THE_FIGHTING = re.compile(
    r"\b(?:already|now)\s+(?:fighting|in\s+combat|at\s+the\s+front|on\s+the\s+front)"
    r"|\b(?:are|were|is|was)\s+(?:already\s+|now\s+)?(?:fighting|in\s+combat|on\s+the\s+front\s*lines?)\b"
    r"|\bfighting\s+(?:on|at)\s+the\s+front", re.IGNORECASE)
_READIED_FOR_IT = re.compile(
    r"\b(?:prepared|preparing|trained|training|readied|readying|getting\s+ready|poised|set|about|ready)\s+"
    r"(?:to\s+(?:enter|join)|for)\s+(?:the\s+)?(?:war|fighting|battle|combat|front)", re.IGNORECASE)


# A party's people by their noun: "North Korean construction workers", "Kessian troops" (one or two capitalised
# party words, the noun one of the next two words).
_PARTY_PEOPLE = re.compile(r"(?<![\w'’-])(?:The\s+)?((?:[A-Z][\w'’-]+\s+){1,2})((?:[a-z]+\b[\s,]*){1,8})")
# Words that join a list of the party's people ("troops and workers", "troops, engineers or builders").
_LIST_JOINS = frozenset({"and", "or", "as", "well"})


def _party_kinds(text: str) -> dict[str, set[str]]:
    """Map each party whose people ``text`` names to the kinds of people it names ("Kessian builders and Kessian
    troops" -> {"kessian": {"labour", "armed"}})."""
    out: dict[str, set[str]] = {}
    for m in _PARTY_PEOPLE.finditer(text):
        kinds: set[str] = set()
        words = m.group(2).replace(",", " , ").split()
        i = 0
        while i < len(words):  # the noun one of the next two words; then any listed after "and", "or", a comma
            found = next(((j, k) for j in range(i, min(i + 2, len(words))) if (k := _people_kind(words[j]))), None)
            if found is None:
                break
            kinds |= found[1]
            i = found[0] + 1
            if i >= len(words) or words[i] not in _LIST_JOINS and words[i] != ",":
                break
            while i < len(words) and (words[i] in _LIST_JOINS or words[i] == ","):
                i += 1
        if kinds:
            out.setdefault(" ".join(m.group(1).lower().split()), set()).update(kinds)
    return out


def people_kind_other(claim: str, passage: str) -> bool:
    """True when the claim and the passage name people of one party and the passage names none of the claim's
    kind: "Kessian construction workers are training at bases" against "Kessian troops are training at bases"."""
    mine, theirs = _party_kinds(claim), _party_kinds(passage)
    return any(party in theirs and not kinds & theirs[party] for party, kinds in mine.items())


def readied_not_fighting(claim: str, passage: str) -> bool:
    """True when the claim has a count of a party's people in the fighting already ("10,000 Kessian soldiers are
    already fighting") and the passage gives the same count of the same party and kind as only readied for it
    ("up to 10,000 Kessian specialists are being prepared to enter the war"): it tells them not yet in it."""
    if not _IN_THE_FIGHTING.search(claim) or not _READIED_FOR_IT.search(passage) or _IN_THE_FIGHTING.search(passage):
        return False
    mine, theirs = _people_counts(claim), _people_counts(passage)
    return any(value in theirs and party == theirs[value][0] and kinds & theirs[value][1]
               for value, (party, kinds, _) in mine.items())


def figure_counts_other(claim: str, passage: str) -> bool:
    """True when the passage gives the claim's figure to something else and another figure to what the claim
    says of it: "115,000 Russians have been wounded" against "115,000 Russians have been killed and 500,000
    wounded" (the passage's clause of 115,000 says "killed", which the claim does not, and the claim's "wounded"
    is in the clause of 500,000)."""
    claim, passage = DATE_NUMBERS.sub(" ", spelled_figures(claim)), DATE_NUMBERS.sub(" ", spelled_figures(passage))
    claim_clauses, passage_clauses = _figure_clauses(claim), _figure_clauses(passage)
    for value, claim_words in claim_clauses.items():
        own = passage_clauses.get(value)
        claimed = _outcomes(claim_words)
        if own is None or not _outcomes(own) - claimed:
            continue
        for other, words in passage_clauses.items():
            if other != value and other not in claim_clauses and (_outcomes(words) - _outcomes(own)) & claimed:
                return True
    # a figure of the claim the passage does not give, where the passage gives another for the same clause
    # ("... killed and 300,000 wounded" against "... killed and 500,000 wounded"), beside one both give
    shared = set(claim_clauses) & set(passage_clauses)
    if not shared:
        return False
    # the figures swapped: "115,000 wounded and 500,000 killed" against "115,000 killed and 500,000 wounded"
    for value in shared:
        claimed, given = _outcomes(claim_clauses[value]), _outcomes(passage_clauses[value])
        elsewhere = _outcomes(set().union(*(passage_clauses[v] for v in shared if v != value)))
        if claimed and given and not claimed & given and claimed <= elsewhere:
            return True
    bounds, other_bounds = _bounds(claim), _bounds(passage)
    bound_words, other_words = _bound_words(claim), _bound_words(passage)
    for value, claim_words in claim_clauses.items():
        if value in passage_clauses:
            continue
        mine = _outcomes(claim_words) - _outcomes(set().union(*(w for v, w in claim_clauses.items() if v != value)))
        for other, words in passage_clauses.items():
            if other in claim_clauses or not mine & (_outcomes(words) - _outcomes(
                    set().union(*(passage_clauses[v] for v in shared)))):
                continue
            if _within_bound(value, bounds.get(value), other, other_bounds.get(other)) and not _floor_misstated(
                    value, other, bound_words.get(value, set()), other_words.get(other, set())):
                continue
            return True
    return False


# A bound's figure itself is inside it or not: "at least 10" holds 10, "more than 10" does not.
_OPEN_BOUNDS = _ABOVE | _BELOW


# A figure given as near ("around 15,000", "nearly 500"): it fits a count within APPROXIMATE_FITS of it and is
# contradicted by one beyond APPROXIMATE_MISSES times or below it (115,000 is not "around 15,000"); between, neither.
_APPROXIMATE = re.compile(r"\b(?:around|about|roughly|approximately|some|nearly|almost|close\s+to|an\s+estimated|"
                          r"estimated|circa|approx\.?)\s+(\d[\d,.]*)", re.IGNORECASE)
APPROXIMATE_FITS = 0.1
APPROXIMATE_MISSES = 2.0


def _approximate(piece: str) -> set[float]:
    """The figures ``piece`` gives as near ("around 15,000")."""
    out = set()
    for m in _APPROXIMATE.finditer(piece):
        try:
            out.add(float(m.group(1).replace(",", "").rstrip(".")))
        except ValueError:
            continue
    return out


def _amount_ranges(text: str, bounded_only: bool) -> list[tuple[float, float, bool, set[str], float]]:
    """``(lowest, highest, open, clause stems, slack)`` of each amount ``text`` gives in a clause of its own: a figure
    under a bound ("more than 100,000 killed" -> 100,000 to infinity, open), an order of magnitude ("tens of
    thousands wounded" -> 10,000 to 99,999), a figure given as near ("around 15,000" -> 13,500 to 16,500, slack
    ``APPROXIMATE_MISSES``: a count beyond that factor of it contradicts it) and, unless ``bounded_only``, a plain
    figure (115,000 to 115,000). Dates are no amounts; a clause with two amounts binds its words to neither."""
    out = []
    for piece in _FIGURE_CLAUSE_BREAK.split(DATE_NUMBERS.sub(" ", spelled_figures(text))):
        tokens = _WORD.findall(piece)
        values = _token_figures(tokens)
        magnitudes = _magnitudes(piece)
        if len(values) + len(magnitudes) != 1 or _SHARE.search(piece):
            continue  # (a share is no count: "more than 50% of the soldiers")
        words = {stem(t.lower()) for t in tokens if not t[:1].isdigit() and t.lower() not in STOP_WORDS}
        if magnitudes:
            out.append((*magnitudes[0], False, words, 1.0))
            continue
        value, bound = values[0], min(_bound_words(piece).get(values[0], ()), default=None)
        if bound in _FLOORS:
            out.append((value, math.inf, bound in _OPEN_BOUNDS, words, 1.0))
        elif bound in _CAPS:
            out.append((0.0, value, bound in _OPEN_BOUNDS, words, 1.0))
        elif value in _approximate(piece):
            out.append((value * (1 - APPROXIMATE_FITS), value * (1 + APPROXIMATE_FITS), False, words,
                        APPROXIMATE_MISSES / (1 + APPROXIMATE_FITS)))
        elif not bounded_only:
            out.append((value, value, False, words, 1.0))
    return out


_PLACED = re.compile(r"\b(?:in|at|near|around|outside|inside|across)\s+(?:the\s+)?([A-Z][\w'-]+)")
_SHARE = re.compile(r"\d\s*%|\b(?:per\s*cent|percent)\b", re.IGNORECASE)


def amount_fit(claim: str, passage: str) -> str | None:
    """Whether the passage's count of what the claim bounds or gives by its order of magnitude fits the claim:
    "fits" ("more than 100,000 killed" against "at least 115,000 killed"), "violates" ("fewer than 50,000 died" or
    "tens of thousands wounded" against "500,000 wounded"), or None (no such count of the same outcome in both, or
    one that may fall either way). Counts are paired by what befell them (killed, wounded, captured ...)."""
    verdicts = set()
    given = _amount_ranges(passage, bounded_only=False)
    passage_stems = {stem(w) for w in content_words(passage)}
    # where it happened is no one counted: "more than 100 civilians killed in Kharkiv" is not "500 soldiers killed in
    # Kharkiv"
    place_stems = {stem(place_word(w.lower())) for w in _PLACED.findall(claim)}
    for low, high, open_, words, slack in _amount_ranges(claim, bounded_only=True):
        claimed = _outcomes(words)
        if not claimed:
            continue
        for other_low, other_high, _, other_words, _ in given:
            # the same outcome, told of the same people: a clause that names none ("and 500,000 wounded") has the
            # sentence's
            told = {w for w in other_words if w not in OUTCOME_CLASS} or passage_stems
            if not claimed & _outcomes(other_words) or not any(
                    w == t or same_word(w, t) for w in words - place_stems if w not in OUTCOME_CLASS for t in told):
                continue
            inside_low = other_low > low if open_ and low > 0 else other_low >= low
            inside_high = other_high < high if open_ and high < math.inf else other_high <= high
            if inside_low and inside_high:
                verdicts.add("fits")
            elif other_high < low / slack or other_low > high * slack \
                    or open_ and (other_high < low or other_low > high):
                # (a count of just the bound's figure may fall either way: news figures are rounded, and "more than
                # 500,000 wounded" is no misstatement of "500,000 wounded")
                verdicts.add("violates")
    if "fits" in verdicts:
        return "fits"
    return "violates" if verdicts else None


@dataclass(frozen=True, slots=True)
class RuleJudgement:
    """The rule's stance, the share of the claim's content words the passage covers, and why."""

    stance: str | None
    relevance: float
    reason: str


# The month May, which is no hedge ("on May 2", "in early May", "2 May 2025"; not "May the talks resume?").
_MONTH_MAY = re.compile(r"\bMay\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?May\b|"
                        r"\b(?:in|of|since|until|till|by|from|during|early|late|mid-?|last|next|this)\s+May\b")


# A people's plural in a toll of the killed and wounded ("at least 115,000 Russians have been killed"): its soldiers.
_PEOPLES_TOLL = re.compile(r"\b([A-Z][a-z]+(?:ans|ians|ese|is))\s+(?:have\s+been|had\s+been|were|are|died|lost)\b[^.;]{0,20}?"
                           r"\b(?:killed|wounded|died|injured|dead)\b")


def _casualties_as_soldiers(claim: str, passage: str) -> set[str]:
    """The words a war toll of a people stands for where the claim counts that people's soldiers ("Russians have
    been killed" -> "soldiers", "troops" and "russian" for "115,000 Russian soldiers killed"); else none (not
    "Civilians have been killed")."""
    out = set()
    for m in _PEOPLES_TOLL.finditer(passage):
        people = m.group(1).lower().removesuffix("s")
        if re.search(r"\b" + re.escape(people) + r"\s+(?:soldiers|troops|servicemen)\b", claim, re.IGNORECASE):
            out |= {"soldiers", "troops", people}
    return out


def judge_detail(claim: str, passage: str) -> RuleJudgement:
    """Return the rule's stance of ``passage`` toward ``claim`` with its reason.

    ``reason`` is one of ``unrelated``, ``other_figure`` (another figure for the same thing),
    ``refuting_cue``, ``hedged``, ``reported`` (hedged by speech verbs only), ``no_figure`` (the claim's figure is not stated), ``partial``
    (too little of the claim covered to confirm it) or ``match``.
    """
    claim, passage = spelled_figures(claim), spelled_figures(passage)
    # small counts in words are stop words; they are compared as figures only where both texts count one thing or
    # both a span of time ("two ships" against "five ships" or "2 ships"; "three days" against "three months"), so
    # that "the two leaders met" needs no figure in the passage
    small_claim, small_passage = small_figures(claim), small_figures(passage)
    if small_claim != claim or small_passage != passage:
        claim_nouns, passage_nouns = ({n for _, n in _counts(t)} for t in (small_claim, small_passage))
        if claim_nouns & passage_nouns or claim_nouns & _TIME_UNITS and passage_nouns & _TIME_UNITS:
            claim, passage = small_claim, small_passage
    claim_words = content_words(claim)
    passage_words = content_words(passage) | _casualties_as_soldiers(claim, passage)
    if not claim_words:
        return RuleJudgement(None, 0.0, "unrelated")
    names = frozenset(place_word(w.lower()) for w in _WORD.findall(claim) if w[:1].isupper())
    # a figure the passage gives otherwise is what the two are compared on, not a word the passage lacks
    figures_compared = bool(_numbers(claim_words)) and bool(_numbers(passage_words))
    relevance = covered_share({w for w in claim_words if not (figures_compared and w[:1].isdigit())} or claim_words,
                              passage_words, names)
    # a bound or an order of magnitude the passage's count of the same outcome falls in or outside; then the words
    # of the bound are no words the passage lacks, nor one word for the outcome where it uses another ("died",
    # "killed")
    fit = amount_fit(claim, passage)
    if fit is not None:
        told = _outcomes({stem(w) for w in passage_words})
        relevance = max(relevance, covered_share(
            {w for w in claim_words if not w[:1].isdigit() and w not in _BOUND_WORDS}
            | {w for w in claim_words if OUTCOME_CLASS.get(stem(w)) in told},
            passage_words | {w for w in claim_words if OUTCOME_CLASS.get(stem(w)) in told}, names))
    if relevance < MIN_RELEVANCE:
        return RuleJudgement(None, relevance, "unrelated")
    lower_tokens = {w.lower() for w in _WORD.findall(_MONTH_MAY.sub(" ", passage))}
    claim_tokens = {w.lower() for w in _WORD.findall(_MONTH_MAY.sub(" ", claim))}
    claim_numbers, passage_numbers = _numbers(claim_words), _numbers(passage_words)
    if claim_numbers & passage_numbers and (_other_time_unit(claim, passage) or _bound_conflict(claim, passage)) \
            or _magnitude_conflict(claim, passage):
        return RuleJudgement("disagree", relevance, "other_figure")
    if fit == "violates":
        return RuleJudgement("disagree", relevance, "other_figure")
    magnitude_fit = figure_against_magnitude(claim, passage) if claim_numbers and not passage_numbers else None
    if magnitude_fit == "outside":
        return RuleJudgement("disagree", relevance, "other_figure")  # "50,000 troops" against "several thousand"
    if claim_numbers and passage_numbers and not claim_numbers & passage_numbers and fit is None:
        if _same_thing_other_figure(claim, passage):
            return RuleJudgement("disagree", relevance, "other_figure")
        return RuleJudgement("discuss", relevance, "no_figure")
    if claim_numbers & passage_numbers and figure_counts_other(claim, passage):
        return RuleJudgement("disagree", relevance, "other_figure")
    if (lower_tokens & REFUTING_CUES) - claim_tokens:
        return RuleJudgement("disagree", relevance, "refuting_cue")
    # A claim that is itself a report ("X said ...") is confirmed by the report.
    hedges = lower_tokens & HEDGING_CUES
    if hedges and not claim_tokens & HEDGING_CUES:
        return RuleJudgement("discuss", relevance, "reported" if hedges <= SPEECH_CUES else "hedged")
    # A claim's figure is confirmed only by a passage that states it, a count in words ("several thousand
    # builders") only by one that gives a count.
    if (claim_numbers or _magnitudes(claim)) and not passage_numbers and not _magnitudes(passage) \
            or magnitude_fit == "inside":
        return RuleJudgement("discuss", relevance, "no_figure")
    if relevance < AGREE_MIN_RELEVANCE:
        return RuleJudgement("discuss", relevance, "partial")
    return RuleJudgement("agree", relevance, "match")


def judge(claim: str, passage: str) -> tuple[str | None, float]:
    """Return ``(stance, relevance)`` of ``passage`` toward ``claim``.

    stance is ``agree``, ``disagree``, ``discuss`` or None when the passage is
    unrelated (relevance below ``MIN_RELEVANCE``).
    """
    detail = judge_detail(claim, passage)
    return detail.stance, detail.relevance
