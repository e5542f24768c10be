"""Claims worded close to a passage that still differ from it: another figure where the words do not settle what it
counts, a place no article names, a name spelt one letter apart or by its capital, and a negation that is only in
a "since" or "while" clause of what was said."""

import pytest

from .conftest import check_verdicts

_ARTICLES = [
    {"id": "c1", "published": "2031-04-02", "title": "Kessia counts its losses",
     "text": "Since the fighting began two years ago, at least 41,000 Kessians have been killed and 90,000 wounded.\n\n"
             "Security officials report several hundred Talvorian engineers are training at bases in northern Kessia."},
    {"id": "c2", "published": "2031-04-03", "title": "Minister urges sanctions",
     "text": "Kessian Foreign Minister Andrei Volkovich said Kessia's allies should impose new sanctions on "
             "Talvoria.\n\n"
             "Former MP Mira Sandell told the Osk Courier, “Talvoria is a bridge between Norland and Kessia.\n\n"
             "“Norland is careful not to fall under the trade sanctions, but Talvoria is not at risk.”"},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "other_figure": "Only about 15 thousand Kessian soldiers have been killed since the fighting began.",
        "unnamed_place": "The several hundred Talvorian engineers training in northern Kessia are based near Vardo, "
                         "security officials say.",
        "misspelt": "Kessia's foreign minister Volkovitch said Kessia's allies should impose new sanctions on Talvoria.",
        "since_clause": "Mira Sandell told the Osk Courier that Talvoria is a bridge between Norland and Kessia, since "
                        "Norland fears the trade sanctions while Talvoria has nothing to lose.",
    }
    return check_verdicts(tmp_path_factory.mktemp("close"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_close_paraphrase_with_another_figure_is_refuted(verdicts) -> None:
    assert verdicts["other_figure"] == "refuted"


@pytest.mark.slow
def test_a_place_no_article_names_holds_back_even_a_close_passage(verdicts) -> None:
    assert verdicts["unnamed_place"] == "not_enough_evidence"


@pytest.mark.slow
def test_a_surname_spelt_one_letter_apart_is_the_piles_person(verdicts) -> None:
    assert verdicts["misspelt"] == "supported"


@pytest.mark.slow
def test_a_negation_in_a_since_clause_does_not_negate_what_was_said(verdicts) -> None:
    assert verdicts["since_clause"] != "refuted"
