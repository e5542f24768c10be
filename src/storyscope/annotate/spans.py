"""Sentence segments and quotation spans: the text geometry the rules share.

Everything here works on character offsets into ``doc.text`` (== ``Article.text``)
and token indices of the one ``Doc``; nothing keeps a reference to the Doc.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

# Quotation marks. Curly and guillemet marks have a direction; straight double
# quotes alternate open/close within a line.
DOUBLE_OPENERS = frozenset("“«„")
DOUBLE_CLOSERS = frozenset("”»")
DOUBLE_AMBIGUOUS = frozenset('"″')
# Two-character marks of typewriter-era archives and treebank text: ``…'' and ''…''
# (the New York Times' archive writes every quotation this way).
DOUBLE_OPENER_PAIR = "``"
DOUBLE_AMBIGUOUS_PAIR = "''"
# Curly single quotes (British style) double as apostrophes ("Kim’s"), so they
# count only at a word edge; straight single quotes are left alone.
SINGLE_OPENER = "‘"
SINGLE_CLOSER = "’"

# A quote of at least this many words is speech, not a scare quote
# ("fake news", "terror tactics"). Set by eye on shared/seeds; re-run
# tests/annotate/test_seeds.py after changing.
MIN_SPEECH_QUOTE_WORDS = 4

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence: token range [tok_start, tok_end) and character range [start, end)."""

    tok_start: int
    tok_end: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: marks at ``start`` (opening) to ``end`` (after closing mark).

    ``inner_start``/``inner_end`` exclude the marks and surrounding whitespace.
    ``closed`` is False when the line ended before a closing mark (the
    multi-paragraph convention). ``line`` numbers the text's non-blank lines.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    words: int
    line: int
    at_line_start: bool

    @property
    def is_speech(self) -> bool:
        """True when the quote is long enough to be reported speech."""
        return self.words >= MIN_SPEECH_QUOTE_WORDS


_DOC_TEXT = "storyscope_text"


def doc_text(doc: Any) -> str:
    """``doc.text``, read once per Doc: spaCy rebuilds it by joining every token on each access."""
    text = doc.user_data.get(_DOC_TEXT)
    if text is None:
        text = doc.user_data[_DOC_TEXT] = doc.text
    return text


def segments(doc: Any) -> list[Segment]:
    """Split ``doc.sents`` further at newlines and strip whitespace tokens.

    spaCy sometimes runs a sentence over a heading or a paragraph break; a
    cleaned body separates paragraphs by blank lines, so a newline always ends
    a sentence here.
    """
    out: list[Segment] = []
    for sent in doc.sents:
        run_start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                _add_segment(doc, run_start, tok.i, out)
                run_start = tok.i + 1
        _add_segment(doc, run_start, sent.end, out)
    return out


def _add_segment(doc: Any, start: int, end: int, out: list[Segment]) -> None:
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start < end:
        last = doc[end - 1]
        out.append(Segment(start, end, doc[start].idx, last.idx + len(last.text)))


def find_quotes(text: str) -> list[Quote]:
    """Find double-quoted spans line by line (an unclosed quote ends at its line end)."""
    quotes: list[Quote] = []
    line_no = -1
    pos = 0
    unmarked: dict[int, tuple[int, str]] = {}  # non-blank lines without a double quote mark: line -> (start, line)
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        line_no += 1
        if not any(ch in DOUBLE_OPENERS or ch in DOUBLE_CLOSERS or ch in DOUBLE_AMBIGUOUS for ch in line):
            unmarked[line_no] = (line_start, line)
        first_char = len(line) - len(line.lstrip())
        open_at, open_width = -1, 1
        i = 0
        while i < len(line):
            ch = line[i]
            if line.startswith("'''", i):
                i += 1  # "players'''": a possessive's apostrophe, then the closing pair
                continue
            pair = line[i:i + 2]
            width = 2 if pair in (DOUBLE_OPENER_PAIR, DOUBLE_AMBIGUOUS_PAIR) else 1
            opens = ch in DOUBLE_OPENERS or pair == DOUBLE_OPENER_PAIR
            either = ch in DOUBLE_AMBIGUOUS or pair == DOUBLE_AMBIGUOUS_PAIR
            if either and open_at < 0 and pair == DOUBLE_AMBIGUOUS_PAIR and i > 0 and line[i - 1].isalnum():
                i += width  # "a 12'' pipe", "6'2''": an inch mark, not an opening quote
                continue
            if opens or (either and open_at < 0):
                if open_at < 0:
                    open_at, open_width = i, width
            elif ch in DOUBLE_CLOSERS or either:
                if open_at >= 0:
                    quotes.append(_quote(text, line_start, open_at, i + width, True, line_no,
                                         open_at == first_char, open_width, width))
                    open_at = -1
            i += width
        if open_at >= 0:
            end = len(line.rstrip())
            quotes.append(_quote(text, line_start, open_at, end, False, line_no, open_at == first_char, open_width))
        if SINGLE_OPENER in line:
            quotes.extend(_single_quotes(text, line, line_start, line_no, first_char))
    quotes.extend(_lost_reopenings(text, quotes, unmarked))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _lost_reopenings(text: str, quotes: list[Quote], unmarked: dict[int, tuple[int, str]]) -> list[Quote]:
    """Return quotes for paragraphs that lost their reopening mark: a paragraph without quote marks between a
    paragraph whose quote never closes and one that opens with a quote mark (the multi-paragraph convention,
    "“North Korea is one of key partners ... / Essentially all this equipment ... / “China is cautious ...")."""
    out = []
    reopened = {q.line for q in quotes if q.at_line_start}
    for prev in quotes:
        # a quote of speech that ends its paragraph with a sentence but no closing mark (not a stray mark)
        if prev.closed or prev.line + 1 not in unmarked or not prev.is_speech \
                or text[prev.inner_start:prev.inner_end].rstrip()[-1:] not in (".", "!", "?"):
            continue
        if prev.line + 2 not in reopened:
            continue
        line_start, line = unmarked[prev.line + 1]
        first = len(line) - len(line.lstrip())
        out.append(_quote(text, line_start, first, len(line.rstrip()), False, prev.line + 1, True, 0))
    return out


def _single_quotes(text: str, line: str, base: int, line_no: int, first_char: int) -> list[Quote]:
    out: list[Quote] = []
    open_at = -1
    for i, ch in enumerate(line):
        if ch == SINGLE_OPENER and open_at < 0 and (i == 0 or not line[i - 1].isalnum()):
            open_at = i
        elif ch == SINGLE_CLOSER and open_at >= 0 and (i + 1 == len(line) or not line[i + 1].isalnum()):
            out.append(_quote(text, base, open_at, i + 1, True, line_no, open_at == first_char))
            open_at = -1
    return out


def _quote(text: str, base: int, open_at: int, end: int, closed: bool, line: int, at_start: bool,
           open_width: int = 1, close_width: int = 1) -> Quote:
    start = base + open_at
    stop = base + end
    inner_s = start + open_width
    inner_e = stop - close_width if closed else stop
    while inner_s < inner_e and text[inner_s].isspace():
        inner_s += 1
    while inner_e > inner_s and (text[inner_e - 1].isspace() or text[inner_e - 1] == ","):
        inner_e -= 1
    words = len(_WORD.findall(text, inner_s, inner_e))
    return Quote(start, stop, inner_s, inner_e, closed, words, line, at_start)


class QuoteIndex:
    """Position lookups over the speech quotes of one text."""

    def __init__(self, quotes: list[Quote]) -> None:
        kept: list[Quote] = []
        for q in quotes:  # sorted by start; drop quotes nested in a kept one
            if q.is_speech and not (kept and q.start < kept[-1].end):
                kept.append(q)
        self.quotes = kept
        self._starts = [q.start for q in self.quotes]
        # every quotation, short ones too: the fragments of a split quote ("“Judge,” he said, “…”")
        self.marks = sorted(quotes, key=lambda q: q.start)
        self._mark_starts = [q.start for q in self.marks]
        self._by_end = sorted(quotes, key=lambda q: (q.end, -q.start))  # the outer of two nested marks last
        self._ends = [q.end for q in self._by_end]

    def containing(self, pos: int) -> int:
        """Index of the speech quote whose marks enclose ``pos``, or -1."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self.quotes[i].end:
            return i
        return -1

    def before(self, pos: int) -> int:
        """Index of the last speech quote ending at or before ``pos``, or -1."""
        i = bisect.bisect_right(self._starts, pos) - 1
        while i >= 0 and self.quotes[i].end > pos:
            i -= 1
        return i

    def after(self, pos: int) -> int:
        """Index of the first speech quote starting at or after ``pos``, or -1."""
        i = bisect.bisect_left(self._starts, pos)
        return i if i < len(self.quotes) else -1

    def index_of(self, quote: Quote) -> int:
        """Index of ``quote`` among the speech quotes, or -1 when it is too short to be one."""
        i = bisect.bisect_left(self._starts, quote.start)
        return i if i < len(self.quotes) and self.quotes[i] == quote else -1

    def mark_before(self, pos: int) -> Quote | None:
        """The last quotation of any length ending at or before ``pos``, or None."""
        i = bisect.bisect_right(self._ends, pos) - 1
        return self._by_end[i] if i >= 0 else None

    def mark_after(self, pos: int) -> Quote | None:
        """The first quotation of any length starting at or after ``pos``, or None."""
        i = bisect.bisect_left(self._mark_starts, pos)
        return self.marks[i] if i < len(self.marks) else None


def trim_span(text: str, start: int, end: int, chars: str = " \t\n,.;:") -> tuple[int, int]:
    """Shrink [start, end) past leading/trailing ``chars`` (whitespace and punctuation)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def token_span(doc: Any, first: int, last: int) -> tuple[int, int]:
    """Character span of tokens ``first``..``last`` inclusive."""
    tok = doc[last]
    return doc[first].idx, tok.idx + len(tok.text)
