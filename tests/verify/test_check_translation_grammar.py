"""``check`` reads the grammar of a machine translation as the articles write it (``translated.translated_plainly``),
and a claim that names a person by surname alone as the person the passage names in full."""

import pytest

from storyscope.verify.roles import contradicting_description, describes_role
from storyscope.verify.stance_rules import judge_detail
from storyscope.verify.translated import translated_plainly

from .conftest import check_verdicts


def test_a_translations_forms_become_the_articles() -> None:
    told = {
        "Minister of Defence of Estonia Sepp called allies.": "Estonia's Defence Minister Sepp called allies.",
        "Minister of Foreign Affairs Sepp said so.": "Foreign Minister Sepp said so.",
        "President of Finland Lind met Sepp.": "Finland's President Lind met Sepp.",
        "It was informed by news agency Norpress that Sepp resigned.": "News agency Norpress reported that Sepp resigned.",
        "It was informed that Sepp resigned.": "It was reported that Sepp resigned.",
        "According to words of minister Sepp, the port closed.": "According to minister Sepp, the port closed.",
        "Agreement of defence between Estonia and Finland was signed.":
            "Defence agreement between Estonia and Finland was signed.",
        "Estonia sends grain in exchange of gas.": "Estonia sends grain in exchange for gas.",
        "The port closed on 24 of October.": "The port closed on 24 October.",
    }
    for claim, plain in told.items():
        assert translated_plainly(claim) == plain, claim
    for kept in ("The Ministry of Defence said so.", "The Pact of Steel was signed.", "Head of State met Sepp.",
                 "The President of Finland said so.", "Sepp spoke of 24 of the ships."):
        assert translated_plainly(kept) == kept, kept


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    passage = "Estonian Foreign Minister Mari Sepp said the port would close."
    assert describes_role("Sepp", "Estonia's foreign minister", passage) is not None
    assert contradicting_description("Sepp", "Estonia's defence minister", passage) is not None
    # a full name stays the one person: "Ola Sepp" is not "Mari Sepp"
    assert describes_role("Ola Sepp", "Estonia's foreign minister", passage) is None


def test_a_count_told_otherwise_is_compared_though_the_figure_is_a_word_the_passage_lacks() -> None:
    passage = "Since the war began, at least 11,500 soldiers have been killed and 50,000 wounded."
    assert judge_detail("Fewer than 10,000 soldiers were killed in the war since the invasion began.",
                        passage).stance == "disagree"


_ARTICLES = [
    {"id": "t1", "published": "2031-04-02", "title": "Port",
     "text": "Estonian Foreign Minister Mari Sepp said at a news conference in Tallinn that allies should send "
             "grain to Latvia.\n\n"
             "Estonia and Finland signed a defence agreement in Helsinki on 3 March 2031."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "office_wrong": "Minister of Defence of Estonia Sepp said that allies should send grain to Latvia.",
        "office": "Minister of Foreign Affairs Sepp said that allies should send grain to Latvia.",
        "compact": "Agreement of defence between Estonia and Finland was signed on 3 of March 2031.",
        "compact_wrong": "Agreement of defence between Estonia and Finland was signed on 13 of March 2031.",
    }
    return check_verdicts(tmp_path_factory.mktemp("translated"), _ARTICLES, claims)


@pytest.mark.slow
def test_translated_claims_are_checked(verdicts) -> None:
    assert verdicts["office_wrong"] == "refuted"
    assert verdicts["office"] == "supported"
    assert verdicts["compact"] == "supported"
    assert verdicts["compact_wrong"] == "refuted"
