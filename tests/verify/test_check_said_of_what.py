"""``check`` on what a speaker's words were said of, and who speaks for a body: words said of one thing do not
confirm a claim that gives them to another; the speaker's opposite words refute the claim even when the passage
names its subject only in the sentence before; a body's head speaks for it; an acronym is the body written out;
"told X to" tells what X should do."""

import pytest

from storyscope.verify.roles import plain_role

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) once for the module

ARTICLES = [
    {"id": "w1_river_post", "published": "2033-09-14", "title": "Dam at Velm under strain",
     "text": "Talvorian engineers have been sent to the valley to help with the floods.\n\n"
             "Farmers living near the Velm dam in North Kessia say their fields have been under water for weeks.\n\n"
             "On Tuesday, Ada Lorne, the head of the UN nuclear agency, said the flooded area was "
             "“completely out of control”.\n\n"
             "A second dam, at Orsk, was overflowing on Wednesday, and Lorne said the Orsk dam was “out of control” "
             "too.\n\n"
             "Osk Brenn, a retired general and TV defence analyst, said Kessia should gladly accept the offer of "
             "Talvorian engineers."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    claims = {
        "of_the_dam": "Ada Lorne said the Velm dam was completely out of control.",
        "of_the_engineers": "Ada Lorne said the situation with the Talvorian engineers was completely out of control.",
        "opposite_by_acronym": "The IAEA chief said the Orsk dam is under control.",
        "body_by_its_head": "The UN nuclear watchdog said the Velm dam was completely out of control.",
        "another_body": "The UN refugee agency said the Velm dam was completely out of control.",
        "told_to_grab": "Osk Brenn told Kessia to grab the offer of Talvorian engineers.",
        "told_to_refuse": "Osk Brenn told Kessia to refuse the offer of Talvorian engineers.",
    }
    return check_verdicts(tmp_path_factory.mktemp("said_of"), ARTICLES, claims)


def test_words_said_of_one_thing_do_not_confirm_them_of_another(verdicts):
    # ("the flooded area" after "the Velm dam" in the sentence before)
    assert verdicts["of_the_dam"] == "supported"
    assert verdicts["of_the_engineers"] == "not_enough_evidence"


def test_the_speakers_opposite_words_refute_the_claim(verdicts):
    assert verdicts["opposite_by_acronym"] == "refuted"


def test_a_body_speaks_by_its_head(verdicts):
    assert verdicts["body_by_its_head"] == "supported"
    assert verdicts["another_body"] == "not_enough_evidence"


def test_told_to_is_what_should_be_done(verdicts):
    assert verdicts["told_to_grab"] == "supported"
    assert verdicts["told_to_refuse"] == "refuted"


def test_an_acronym_is_its_body_written_out():
    assert plain_role("the IAEA chief") == "the UN nuclear agency chief"
    assert plain_role("head of the International Atomic Energy Agency") == "head of the UN nuclear agency"
