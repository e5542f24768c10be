"""Quantities: number parsing (pure) and number + counted noun (loads the model)."""

from __future__ import annotations

from typing import Callable

import pytest

from storyscope.annotate.quantities import parse_number
from storyscope.model import Annotations

Annotate = Callable[[str], Annotations]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["10,000"], 10000.0),
        (["1.5", "million"], 1_500_000.0),
        (["two", "-", "and", "-", "a", "-", "half"], 2.5),
        (["twenty", "-", "five"], 25.0),
        (["three", "hundred"], 300.0),
        (["a", "dozen"], 12.0),
        (["many"], None),
    ],
)
def test_parse_number(words: list[str], value: float | None) -> None:
    assert parse_number(words) == value


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "value", "written", "about"),
    [
        ("The ministry said up to 4,000 Finnish engineers were on standby.", 4000.0, "up to 4,000",
         "Finnish engineers"),
        ("At least 2,500 Norwegians signed the petition.", 2500.0, "At least 2,500", "Norwegians"),
        ("The council hired 300 “temporary” cleaners.", 300.0, "300", "temporary cleaners"),
        ("The region sent 600 'Emergency Volunteers' to the coast.", 600.0, "600", "emergency volunteers"),
        ("The dispute has lasted two-and-a-half years.", 2.5, "two-and-a-half", "years"),
        ("The port handled 1.5 million containers.", 1_500_000.0, "1.5 million", "containers"),
        ("Prices rose by 12% in the harbour district.", 12.0, "12%", "percent"),
        ("Some 40 villagers died in the flood.", 40.0, "Some 40", "villagers died"),
    ],
)
def test_quantity(annotate: Annotate, text: str, value: float, written: str, about: str) -> None:
    qs = annotate(text).quantities
    assert len(qs) == 1, qs
    q = qs[0]
    assert (q.value, q.text, q.about) == (value, written, about)
    assert text[q.start:q.end] == q.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The bridge opened in 2019.",
        "The ferry left on 14 March at 9:30.",
        "It was the third delay this year.",
        "Thousands of residents joined the march.",
        "Several thousand residents joined the march.",
    ],
)
def test_not_a_quantity(annotate: Annotate, text: str) -> None:
    assert annotate(text).quantities == ()


@pytest.mark.slow
def test_the_dead_and_the_wounded_are_two_counts_of_their_own(annotate: Annotate) -> None:
    # the second number stands alone: what it counts is the first verb's subject, and each says what befell them
    text = "Officials in Osk say at least 2,300 Brask sailors have been killed and 9,000 wounded."
    qs = annotate(text).quantities
    assert [(q.value, q.text, q.about) for q in qs] == [
        (2300.0, "at least 2,300", "Brask sailors killed"), (9000.0, "9,000", "Brask sailors wounded")]
    assert [text[q.start:q.end] for q in qs] == ["at least 2,300", "9,000"]


def test_a_number_past_any_count_is_no_quantity(annotate) -> None:
    assert parse_number([",".join(["999"] * 110)]) is None  # (a float of it is infinite: JSON has no infinity)
    assert parse_number(["2,000"]) == 2000.0
    text = f"Norland will send {','.join(['999'] * 110)} volunteers to the Osk dam, the minister said."
    assert all(q.value < float("inf") for q in annotate(text).quantities)
