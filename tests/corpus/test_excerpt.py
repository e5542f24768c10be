"""Quoted passages in summaries and explanations are cut at a word boundary, never inside a word."""

from storyscope.corpus._text import excerpt


def test_short_text_is_kept_whole_on_one_line() -> None:
    assert excerpt("The ferry to Osk\n  sails at dawn.", 80) == "The ferry to Osk sails at dawn."


def test_long_text_is_cut_between_words_with_an_ellipsis() -> None:
    text = "In return for grain, the Talvorian council would send hundreds of surveyors and engineers to the coast"
    cut = excerpt(text, 70)
    assert len(cut) <= 70
    assert cut.endswith("…")
    assert text.startswith(cut[:-1])
    assert text[len(cut) - 1] == " "  # the cut falls on a space: no half word such as "enginee"


def test_one_unbroken_word_is_cut_where_it_must_be() -> None:
    assert excerpt("x" * 50, 10) == "x" * 9 + "…"
