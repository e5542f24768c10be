"""Words typed in haste, spelt as the pile spells them.

"Zelenksy told Nato ...", "sent amunition and missles", "Korotchenko said Moscow should turn down Kim's ofer": a
word that is no English word form (lemminflect knows none) and that the pile does not hold is read as the one word
of the pile it is a single slip away from (a letter left out, doubled, swapped with its neighbour or mistyped). A
word the pile holds, an English word ("sealed", "rank") and a word with two or more near words in the pile stay.
"""

from __future__ import annotations

import functools
import re

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.verify.names import one_edit_apart

# Words shorter than this are left as typed: too many words are one slip from a short one.
MIN_TYPO_LETTERS = 4
# Below this length only a letter swapped, doubled or left out counts as a slip ("ofer" -> "offer"), not a letter
# mistyped ("rank" is not "tank").
MIN_MISTYPED_LETTERS = 6

_WORD = re.compile(r"(?<![\w'’-])([A-Za-z]+)(?![\w'’-])")


def _one_slip(typed: str, word: str) -> bool:
    """True when ``word`` is ``typed`` with one letter added, dropped, swapped with its neighbour or (for words of
    ``MIN_MISTYPED_LETTERS`` or more) mistyped."""
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]] \
                and typed[diff[1]] == word[diff[0]]:
            return True  # swapped neighbours: "Zelenksy"
        if len(word) < MIN_MISTYPED_LETTERS:
            return False
    return one_edit_apart(typed, word)


# Contractions typed without their apostrophe ("theyre", "dont"): words, not slips ("theyre" is not "there").
_BARE_CONTRACTIONS = frozenset({"dont", "cant", "wont", "isnt", "arent", "wasnt", "werent", "doesnt", "didnt", "hasnt",
                                "havent", "hadnt", "shouldnt", "wouldnt", "couldnt", "theyre", "youre", "thats",
                                "whats", "theres", "heres", "itll", "theyll", "youll", "theyve", "youve", "weve",
                                "shes", "hes", "aint", "gonna", "wanna", "gotta"})


# Number words and ordinals, which lemminflect does not hold ("three" is not a slip of the pile's "there", "eighth"
# not of "eighty", "tens" not of "tents").
_NUMBER_WORDS = frozenset({"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                           "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                           "hundred", "thousand", "million", "billion", "trillion", "dozen", "dozens", "half",
                           "tens", "hundreds", "thousands", "millions", "billions",
                           "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                           "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                           "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
                           "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth",
                           "millionth"})


def _english(word: str) -> bool:
    low = word.lower()
    return low in _BARE_CONTRACTIONS or low in _NUMBER_WORDS or low in STOP_WORDS or bool(getAllLemmas(low))


@functools.lru_cache(maxsize=4)
def _index(vocabulary: frozenset[str]) -> dict[tuple[int, str], dict[str, str]]:
    """The vocabulary lower-cased, by (length, first letter), each lower-cased word mapped to its spelling (the
    lower-case one where the pile has both: "ammunition", not a sentence's opening "Ammunition")."""
    out: dict[tuple[int, str], dict[str, str]] = {}
    for word in sorted(vocabulary, key=lambda w: (w.lower(), w != w.lower(), w)):
        out.setdefault((len(word), word[:1].lower()), {}).setdefault(word.lower(), word)
    return out


# Letters a name may be typed with for one another as it sounds, in names of this length or longer.
_SOUNDING_ALIKE = frozenset({frozenset("ck"), frozenset("sz"), frozenset("iy")})
MIN_SOUNDED_NAME = 7


def _sounds_alike(typed: str, word: str) -> bool:
    """True when lower-cased ``typed`` and ``word``, of one length (``MIN_SOUNDED_NAME`` or more), differ in one
    letter written for another that sounds alike ("korotchenco", "korotchenko")."""
    diff = [(a, b) for a, b in zip(typed, word) if a != b]
    return len(typed) >= MIN_SOUNDED_NAME and len(diff) == 1 and frozenset(diff[0]) in _SOUNDING_ALIKE


def _end_slip(typed: str, word: str) -> bool:
    """True when one of the two is the other with a letter more at its end that is not a doubled letter ("Markelova"
    and "Markelov", "cyberattacks" and "cyberattack": another person, another number; not "controll")."""
    short, long_ = sorted((typed, word), key=len)
    return len(long_) == len(short) + 1 and long_.startswith(short) and long_[-1] != long_[-2]


def respelt_typos(claim: str, vocabulary: frozenset[str]) -> str:
    """Return ``claim`` with each word that is no English word form and not in ``vocabulary`` (the pile's words as
    written, ``MIN_TYPO_LETTERS`` or longer) replaced by the one vocabulary word a slip away (not a letter more or
    less at its end, and for a name or a short word only one with its first letter), keeping a capital the typist
    gave; any other claim unchanged."""
    index = _index(vocabulary)

    def fixed(m: re.Match) -> str:
        typed = m.group(1)
        low = typed.lower()
        if len(typed) < MIN_TYPO_LETTERS or index.get((len(low), low[:1]), {}).get(low) or _english(low):
            return typed
        firsts = [low[:1]] if typed[:1].isupper() or len(low) < MIN_MISTYPED_LETTERS else \
            sorted({k[1] for k in index})
        found = {spelt for n in (len(low) - 1, len(low), len(low) + 1) for first in firsts
                 for w, spelt in index.get((n, first), {}).items() if _one_slip(low, w) and not _end_slip(low, w)
                 # (a name only with letters swapped, doubled or left out, or a letter written as it sounds:
                 # "Andersen" is not "Anderson", "Korotchenco" is "Korotchenko")
                 and not (typed[:1].isupper() and len(w) == len(low) and sorted(w) != sorted(low)
                          and not _sounds_alike(low, w))}
        if len({w.lower() for w in found}) != 1:
            return typed
        word = found.pop()
        return word[:1].upper() + word[1:] if typed[:1].isupper() else word.lower()
    return _WORD.sub(fixed, claim)


def pile_vocabulary(store: object) -> frozenset[str]:
    """The words of the store's articles, as written, of ``MIN_TYPO_LETTERS`` letters or more (DuckDB splits them)."""
    rows = store.con.execute(  # type: ignore[attr-defined]
        "SELECT DISTINCT unnest(regexp_extract_all(text, '[A-Za-z]{%d,}')) FROM articles" % MIN_TYPO_LETTERS).fetchall()
    return frozenset(w for (w,) in rows if w)
