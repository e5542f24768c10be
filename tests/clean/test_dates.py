"""Date stamps (storyscope.clean.dates)."""

from __future__ import annotations

import pytest

from storyscope.clean.dates import dateline, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("26th Jun 24 2:17 pm", "2024-06-26"),
        ("June 26, 2024", "2024-06-26"),
        ("26 June 2024", "2024-06-26"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("2024-06-26T08:00:00Z", "2024-06-26"),
        ("26.06.2024", "2024-06-26"),
        ("06/26/2024", "2024-06-26"),
        ("26/06/2024", "2024-06-26"),
    ],
)
def test_formats_parse_to_iso(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", ["03/04/2024", "31 February 2024", "19 June", "1 Jan 1850", "no date here"])
def test_ambiguous_impossible_or_missing_dates_give_none(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published: June 26, 2024 10:31 am", ("2024-06-26", False)),
        ("Updated 27 June 2024", ("2024-06-27", True)),
        ("By Mira Holt - Nov 19, 2019, 10:31 pm CST", ("2019-11-19", False)),
    ],
)
def test_datelines_are_read(line: str, expected: tuple[str, bool]) -> None:
    assert dateline(line) == expected


def test_a_sentence_mentioning_a_date_is_not_a_dateline() -> None:
    line = "The ferry company said on 26 June 2024 that it would cut the morning crossing for the winter."
    assert dateline(line) is None
