"""Small text helpers shared by the corpus sub-stages (private to ``corpus/``).

Everything here is a pure function of its arguments; nothing is cached at
module level except constant tables.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyscope.model import AnnotatedArticle

# Dates sort after every real date when an article has none, so undated
# articles never become the "origin" or "first seen" of anything dated.
UNDATED = "9999-12-31"

STOPWORDS = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "according",
        "reported",
        "reports",
        "report",
        "also",
        "would",
        "could",
        "will",
        "just",
        "like",
        "new",
        "year",
        "years",
    }
)

_WORD_RE = re.compile(r"[a-z0-9]+")
_DIGIT_RE = re.compile(r"\d")
# Month names and abbreviations as a prefix tree: Python's ``re`` tries a flat
# alternation branch by branch at every word boundary, which made
# ``numbers_in`` over whole articles a hot spot of the story stage.
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A day number next to a month name is a date, not a quantity in dispute.
_DATE_NUMBER_RE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE
)
_NUMBER_RE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*(million|billion|thousand|bn|m|k)\b)?", re.IGNORECASE
)
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


_ASCII = frozenset(map(chr, range(128)))


def fold(text: str) -> str:
    """Lowercase ``text`` and strip diacritics (``"Zelenskyy’s"`` -> ``"zelenskyy’s"``)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # Test each distinct non-ASCII character once, not every character: an
    # English sentence with curly quotes then costs about as much as ASCII.
    for mark in [ch for ch in set(decomposed).difference(_ASCII) if unicodedata.combining(ch)]:
        decomposed = decomposed.replace(mark, "")
    return decomposed.lower()


def words(text: str) -> list[str]:
    """Folded alphanumeric tokens of ``text``, punctuation dropped."""
    return _WORD_RE.findall(fold(text))


def stem(word: str) -> str:
    """Strip a plural ending (crude): enough to make "soldiers" meet "soldier"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """Stemmed non-stopword, non-numeric tokens of ``text``, in order."""
    out = []
    for w in words(text):
        if len(w) > 1 and w not in STOPWORDS and not w.isdigit():
            s = stem(w)
            if s not in STOPWORDS:
                out.append(s)
    return out


def numbers_in(text: str) -> tuple[float, ...]:
    """Return the numbers written in ``text`` (sorted, distinct), ignoring years and day-of-month dates.

    ``"10,000"`` -> 10000.0, ``"2.5 million"`` -> 2500000.0. A bare four-digit
    number between 1900 and 2099 is taken for a year and skipped.
    """
    if not _DIGIT_RE.search(text):
        return ()
    text = _DATE_NUMBER_RE.sub(" ", text)
    found: set[float] = set()
    for match in _NUMBER_RE.finditer(text):
        raw, mult = match.group(1), match.group(2)
        if "," not in raw and "." not in raw and len(raw) == 4 and 1900 <= int(raw) <= 2099 and not mult:
            continue
        value = float(raw.replace(",", ""))
        if mult:
            value *= _MULTIPLIERS[mult.lower()]
        found.add(value)
    return tuple(sorted(found))


def numbers_agree(a: Iterable[float], b: Iterable[float], tolerance: float) -> bool:
    """Return False only when both sides name numbers and none is within ``tolerance`` of the other side's."""
    a, b = list(a), list(b)
    if not a or not b:
        return True
    return any(abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9) for x in a for y in b)


def format_number(value: float) -> str:
    """``10000.0`` -> ``"10,000"``; ``2.5`` -> ``"2.5"``."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def date_key(item: AnnotatedArticle) -> tuple[str, str]:
    """Sort key: published date (undated last), then article id."""
    return (item.article.published or UNDATED, item.article.id)


class UnionFind:
    """Disjoint sets over hashable, orderable keys; the smallest key is always the root.

    Keeping the smallest key as root makes components independent of the order
    in which unions happen, which keeps every derived id deterministic.
    """

    def __init__(self, keys: Iterable[Hashable] = ()) -> None:
        self.parent: dict = {k: k for k in keys}

    def add(self, key: Hashable) -> None:
        """Register ``key`` as its own set (no-op when known)."""
        self.parent.setdefault(key, key)

    def find(self, key: Hashable) -> Hashable:
        """Root of ``key``'s set (path-halving)."""
        parent = self.parent
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(self, a: Hashable, b: Hashable) -> Hashable:
        """Merge the sets of ``a`` and ``b``; return the new root."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self.parent[child] = root
        return root

    def groups(self) -> list[list]:
        """Every set as a sorted list, the list of sets sorted by first member."""
        out: dict = {}
        for key in self.parent:
            out.setdefault(self.find(key), []).append(key)
        return sorted((sorted(members) for members in out.values()), key=lambda g: g[0])


def excerpt(text: str, limit: int) -> str:
    """``text`` on one line, cut to at most ``limit`` characters at a word boundary with "…" (for quoting a passage
    in an explanation: never half a word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"
