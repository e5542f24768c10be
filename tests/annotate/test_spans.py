"""Quotation finding (no model needed)."""

from __future__ import annotations

import pytest

from storyscope.annotate.spans import QuoteIndex, find_quotes, trim_span


@pytest.mark.parametrize(
    ("text", "inner", "closed"),
    [
        ("“The bridge will open in May,” she said.", "The bridge will open in May", True),
        ('"The bridge will open in May," she said.', "The bridge will open in May", True),
        ("He said: “We will not stop building this year", "We will not stop building this year", False),
        ("“Mixed marks are common in scraped text here,\" he said.", "Mixed marks are common in scraped text here", True),
        # archive and treebank text writes quotation marks as two characters
        ("''The bridge will open in May,'' she said.", "The bridge will open in May", True),
        ("She said ``the bridge will open in May'' at noon.", "the bridge will open in May", True),
    ],
)
def test_quote_inner_span(text: str, inner: str, closed: bool) -> None:
    quotes = find_quotes(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert text[q.inner_start:q.inner_end] == inner
    assert q.closed is closed


def test_unclosed_quote_ends_at_line_and_next_line_reopens() -> None:
    text = "“First part of the long statement goes here.\n\n“Second part closes it now.”"
    quotes = find_quotes(text)
    assert [q.closed for q in quotes] == [False, True]
    assert [q.line for q in quotes] == [0, 1]
    assert all(q.at_line_start for q in quotes)


def test_apostrophes_are_not_quotes() -> None:
    assert find_quotes("The mayor’s plan isn’t the council’s plan.") == []


def test_short_quotes_are_not_speech() -> None:
    quotes = find_quotes("The minister called the plan “pure fantasy” on Monday.")
    assert len(quotes) == 1
    assert not quotes[0].is_speech
    assert QuoteIndex(quotes).quotes == []


def test_quote_index_lookups() -> None:
    text = "“One two three four five,” he said. “Six seven eight nine ten.”"
    index = QuoteIndex(find_quotes(text))
    assert index.containing(3) == 0
    assert index.containing(text.index("he said")) == -1
    assert index.before(text.index("he said")) == 0
    assert index.after(text.index("he said")) == 1


def test_trim_span() -> None:
    text = "  , hello world.  "
    s, e = trim_span(text, 0, len(text))
    assert text[s:e] == "hello world"


def test_inch_marks_and_a_possessive_before_the_closing_pair() -> None:
    assert find_quotes("The 12'' pipe burst near the old dam.") == []
    text = "''The harbour now belongs to the players''' she said on Monday."
    [q] = find_quotes(text)
    assert text[q.inner_start:q.inner_end] == "The harbour now belongs to the players'"
