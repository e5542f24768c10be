"""Words typed in haste, spelt as the pile spells them.

"Zelenksy told Nato ...", "sent amunition and missles", "Korotchenko said Moscow should turn down Kim's ofer": a
word that is no English word form (lemminflect knows none) and that the pile does not hold is read as the one word
of the pile it is a single slip away from (a letter left out, doubled, swapped with its neighbour or mistyped). A
word the pile holds, an English word ("sealed", "rank") and a word with two or more near words in the pile stay.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

# Words shorter than this are left as typed: too many words are one slip from a short one.
MIN_TYPO_LETTERS = 4
# Below this length only a letter swapped, doubled or left out counts as a slip ("ofer" -> "offer"), not a letter
# mistyped ("rank" is not "tank").
MIN_MISTYPED_LETTERS = 6

_WORD = re.compile(r"(?<![\w'’-])([A-Za-z]+)(?![\w'’-])")


def _one_slip(typed: str, word: str) -> bool:
    """True when ``word`` is ``typed`` with one letter added, dropped, swapped with its neighbour or (for words of
    ``MIN_MISTYPED_LETTERS`` or more) mistyped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        diff = [i for i, (a, b) in enumerate(zip(typed, word)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and typed[diff[0]] == word[diff[1]] \
                and typed[diff[1]] == word[diff[0]]:
            return True  # swapped neighbours: "Zelenksy"
        return len(diff) == 1 and len(word) >= MIN_MISTYPED_LETTERS
    short, long_ = (typed, word) if len(typed) < len(word) else (word, typed)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


def _english(word: str) -> bool:
    return bool(getAllLemmas(word.lower()))


def respelt_typos(claim: str, vocabulary: frozenset[str]) -> str:
    """Return ``claim`` with each word that is no English word form and not in ``vocabulary`` (the pile's words as
    written, ``MIN_TYPO_LETTERS`` or longer) replaced by the one vocabulary word a slip away, keeping a capital the
    typist gave; any other claim unchanged."""
    lowered = {w.lower(): w for w in vocabulary}

    def fixed(m: re.Match) -> str:
        typed = m.group(1)
        low = typed.lower()
        if len(typed) < MIN_TYPO_LETTERS or typed in vocabulary or low in lowered or _english(low):
            return typed
        if typed[:1].isupper():
            # a name: the same first letter, and not a letter more or less at its end ("Markelova" is another
            # person than the pile's "Markelov"; "Karenko" than "Marenko")
            near = {w for w in lowered if w[:1] == low[:1] and not w.startswith(low) and not low.startswith(w)}
        else:
            near = {w for w in lowered if w[:1] == low[:1] or len(low) >= MIN_MISTYPED_LETTERS}
        found = {lowered[w] for w in near if _one_slip(low, w)}
        if len(found) != 1:
            return typed
        word = found.pop()
        return word[:1].upper() + word[1:] if typed[:1].isupper() else word
    return _WORD.sub(fixed, claim)


def pile_vocabulary(store: object) -> frozenset[str]:
    """The words of the store's articles, as written, of ``MIN_TYPO_LETTERS`` letters or more (DuckDB splits them)."""
    rows = store.con.execute(  # type: ignore[attr-defined]
        "SELECT DISTINCT unnest(regexp_extract_all(text, '[A-Za-z]{%d,}')) FROM articles" % MIN_TYPO_LETTERS).fetchall()
    return frozenset(w for (w,) in rows if w)
