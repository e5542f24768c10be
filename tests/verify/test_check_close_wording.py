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
             "“Norland is careful not to fall under the trade sanctions, but Talvoria is not at risk.”\n\n"
             "Opposition leader Marta Petrova said the government should reopen the grain corridor.\n\n"
             "Kessian army chief Oleksandr Marenko said the Osk dam had held through the night.\n\n"
             "Transport Minister Pavel Markelov said the Brenn bridge would be repaired by June."},
    {"id": "c3", "published": "2031-04-04", "title": "Engineers and cranes",
     "text": "Since 2029, Talvoria has sent three hundred engineers to northern Kessia along with 12 mobile cranes."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "other_figure": "Only about 15 thousand Kessian soldiers have been killed since the fighting began.",
        "unnamed_place": "The several hundred Talvorian engineers training in northern Kessia are based near Vardo, "
                         "security officials say.",
        "misspelt": "Kessia's foreign minister Volkovych said Kessia's allies should impose new sanctions on Talvoria.",
        "since_clause": "Mira Sandell told the Osk Courier that Talvoria is a bridge between Norland and Kessia, since "
                        "Norland fears the trade sanctions while Talvoria has nothing to lose.",
        "other_person": "Andrei Volkovicha said the government should reopen the grain corridor.",
        "short_name": "Marta Petrov said Kessia's allies should impose new sanctions on Talvoria.",
        "first_name": "Kessian army chief Alexander Marenko said the Osk dam had held through the night.",
        "in_words": "Since 2029 Talvoria has sent 300 engineers to northern Kessia.",
        "other_first_name": "Anna Markelova said the Brenn bridge would be repaired by June.",
        "unknown_surname": "Kessian army chief Oleksandr Karenko said the Osk dam had held through the night.",
        "place_first": "Near Vardo, several hundred Talvorian engineers are training at bases in northern Kessia, "
                       "security officials report.",
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


@pytest.mark.slow
def test_a_name_spelt_otherwise_keeps_its_own_words(verdicts) -> None:
    # "Volkovicha" read as the pile's "Volkovich" still did not say Marta Petrova's words; a short name one letter
    # apart ("Petrov" for "Petrova") is not taken for someone else's
    assert verdicts["other_person"] != "supported"
    assert verdicts["short_name"] != "supported"


@pytest.mark.slow
def test_a_first_name_in_another_transliteration_keeps_a_close_passage(verdicts) -> None:
    assert verdicts["first_name"] == "supported"


@pytest.mark.slow
def test_a_figure_written_in_words_is_no_other_figure(verdicts) -> None:
    assert verdicts["in_words"] != "refuted"


@pytest.mark.slow
def test_another_first_name_or_an_unknown_surname_is_not_the_piles_person(verdicts) -> None:
    assert verdicts["other_first_name"] != "supported"  # Anna Markelova is not Pavel Markelov
    assert verdicts["unknown_surname"] != "supported"  # Karenko is not Marenko
    assert verdicts["place_first"] == "not_enough_evidence"  # "Near Vardo" opening the claim


@pytest.mark.slow
def test_a_respelt_name_keeps_the_claim_as_asked(tmp_path) -> None:
    import json

    from storyscope.pipeline import analyze
    from storyscope.settings import Settings
    from storyscope.store import Store
    from storyscope.verify.check import check_claims

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text(json.dumps(_ARTICLES[1]) + "\n", encoding="utf-8")
    analyze([tmp_path / "in"], tmp_path / "out", None, Settings(processes=1))
    claim = "Kessia's foreign minister Volkovych said Kessia's allies should impose new sanctions on Talvoria."
    with Store(tmp_path / "out" / "storyscope.duckdb") as store:
        [verdict] = check_claims(store, [claim])
    assert verdict.claim == claim and not verdict.explanation.startswith("The claim is that")
