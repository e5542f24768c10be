"""The benchmark's shingle scoring (storyscope.bench.scoring), on strings written for these tests."""

from __future__ import annotations

import pytest

from storyscope.bench.scoring import PageScore, score_all, score_page, shingles, summarize, tokens

GOLD = "The harbour strike in Velmora entered its third week on Monday"  # 11 tokens, 8 shingles


def test_tokens_are_word_runs() -> None:
    assert tokens("Ferry fares, up 12%!") == ["Ferry", "fares", "up", "12"]
    assert tokens(None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {}),
        ("one two", {("one", "two"): 1}),  # fewer than 4 tokens: one short shingle
        ("a b c d", {("a", "b", "c", "d"): 1}),
        ("a b c d a b c d", {("a", "b", "c", "d"): 2, ("b", "c", "d", "a"): 1,
                             ("c", "d", "a", "b"): 1, ("d", "a", "b", "c"): 1}),
    ],
)
def test_shingles_are_a_multiset_of_four_tokens(text: str, expected: dict) -> None:
    assert dict(shingles(text)) == expected


def test_identical_text_scores_one() -> None:
    score = score_page(GOLD, GOLD)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.tp == pytest.approx(1.0)


def test_whitespace_and_punctuation_do_not_matter() -> None:
    assert score_page(GOLD.replace(" ", ", \n\n "), GOLD).f1 == 1.0


def test_tokens_are_case_sensitive() -> None:
    assert score_page(GOLD.upper(), GOLD).f1 == 0.0


def test_extra_text_costs_precision_only() -> None:
    score = score_page(GOLD + " Read more stories from our partners today", GOLD)
    assert score.recall == 1.0
    # 8 gold shingles kept, 7 extra shingles (4 across the join, 3 in the tail)
    assert score.precision == pytest.approx(8 / 15)


def test_missing_text_costs_recall_only() -> None:
    score = score_page("The harbour strike in Velmora entered", GOLD)  # 6 tokens: 3 shingles
    assert score.precision == 1.0
    assert score.recall == pytest.approx(3 / 8)


def test_counts_are_normalised_by_their_sum() -> None:
    score = score_page("The harbour strike in Velmora entered", GOLD)
    assert score.tp + score.fp + score.fn == pytest.approx(1.0)
    assert (score.tp, score.fn) == (pytest.approx(3 / 8), pytest.approx(5 / 8))


def test_no_output_has_no_precision_and_zero_recall() -> None:
    score = score_page("", GOLD)
    assert score.precision is None
    assert score.recall == 0.0
    assert score.f1 == 0.0


def test_summary_averages_precision_over_pages_with_output_only() -> None:
    pages = [PageScore(1.0, 0.0, 0.0, 1.0, 1.0), PageScore(0.0, 0.0, 1.0, None, 0.0),
             PageScore(0.5, 0.5, 0.0, 0.5, 1.0)]
    summary = summarize(pages)
    assert summary.precision == pytest.approx(0.75)
    assert summary.recall == pytest.approx(2 / 3)
    assert summary.f1 == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))
    assert (summary.pages, summary.pages_with_output) == (3, 2)


def test_score_all_counts_a_missing_prediction_as_no_output() -> None:
    summary, per_page = score_all({"a": GOLD}, {"a": GOLD, "b": GOLD})
    assert per_page["b"].precision is None
    assert (summary.precision, summary.recall) == (1.0, 0.5)


def test_empty_summary_is_zero() -> None:
    summary = summarize([])
    assert (summary.precision, summary.recall, summary.f1) == (0.0, 0.0, 0.0)
