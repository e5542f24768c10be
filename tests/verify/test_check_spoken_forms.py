"""Claims worded as spoken news or as reported speech: a subject's contracted "'s" ("Talvoria's sent"), days written
out ("the fourth of May"), whom a statement was told before "that" ("told Osk Radio that ..."), "was quoted as
advising X to ..." and "could help rebuild" (the act is the rebuilding)."""

import pytest

from storyscope.verify.actions import claim_action, parse_texts
from storyscope.verify.claim_forms import expanded_contractions
from storyscope.verify.dates import claim_dates
from storyscope.verify.statements import said_clause, said_content, statement_claim

from .conftest import check_verdicts


def test_a_subjects_contraction_is_written_out_and_a_possessive_is_not() -> None:
    assert expanded_contractions("Talvoria's already sent engineers.") == "Talvoria has already sent engineers."
    assert expanded_contractions("Kessia's asking its allies for drones.") == "Kessia is asking its allies for drones."
    assert expanded_contractions("Brask's been dismissed.") == "Brask has been dismissed."
    for possessive in ("Kessia's armed forces lost ground.", "Brask's reported offer was refused.",
                       "Talvoria's stated aim is a truce.", "Kessia's offer was accepted."):
        assert expanded_contractions(possessive) == possessive
    # a passive participle is "is"; "not" keeps "has"
    assert expanded_contractions("Talvoria's said to have sent engineers.") == "Talvoria is said to have sent engineers."
    assert expanded_contractions("Brask's expected to resign.") == "Brask is expected to resign."
    assert expanded_contractions("Talvoria's not sent engineers.") == "Talvoria has not sent engineers."


def test_a_day_written_out_is_read_as_its_number() -> None:
    assert claim_dates("Brask resigned on the fourth of May.") == [(None, 5, 4)]
    assert claim_dates("Brask resigned on May the twenty-second.") == [(None, 5, 22)]
    assert claim_dates("Brask resigned on the thirty first of March.") == [(None, 3, 31)]
    # "In May the first convoys left": a month, and "first" ranks the convoys
    assert claim_dates("In May the first convoys left Osk.") == [(None, 5, None)]
    assert claim_dates("Brask resigned on the first of July 2031.") == [(2031, 7, 1)]  # one date, year and all
    assert claim_dates("Brask resigned on the thirty second of May.") == []
    assert claim_dates("Brask resigned on the thirtieth of February.") == []


def test_whom_a_statement_was_told_is_not_what_was_said() -> None:
    claim = "Velm told Osk Radio that Kessia should refuse the grain offer."
    assert said_clause(claim) == "Kessia should refuse the grain offer."
    assert said_content(claim).startswith(" Osk Radio that")  # the speaker's reading still leaves the addressee out
    # not a clause after "that": kept as it is
    assert said_clause("Velm told reporters Kessia should refuse the offer.") == " reporters Kessia should refuse the offer."
    assert said_clause("Velm said that Kessia should refuse the offer.") == " that Kessia should refuse the offer."
    # a first clause before "and that" is what was said too; a passive's agent was already left out
    assert said_clause("Velm told Osk Kessia would not attack and that talks could resume.").startswith(" Osk Kessia")
    assert said_clause("Osk was told by Velm that the rumour that Brenn fell was false.") == \
        "the rumour that Brenn fell was false."


def test_advising_is_a_statement_of_what_should_be_done() -> None:
    assert statement_claim("Velm was quoted as advising Kessia to refuse the offer.")
    assert not statement_claim("Velm was advising the board.")
    assert not statement_claim("Norland sent a military advising mission to Osk.")
    assert not statement_claim("Officers advising Kessian troops to use drones were wounded.")


def test_help_with_a_verb_frames_the_act() -> None:
    assert claim_action(parse_texts(["Talvorian workers could help rebuild the bridges."])[0]) == "rebuild"
    assert claim_action(parse_texts(["Talvoria helped Norland."])[0]) == "help"
    # "finding it harder to V": the act is V, however the parser attaches "harder"
    assert claim_action(parse_texts(["Kessia is finding it harder to recruit"])[0]) == "recruit"
    assert claim_action(parse_texts(["Kessia finds it difficult to recruit pilots"])[0]) == "recruit"
    assert claim_action(parse_texts(["Divers found it in the river"])[0]) == "find"


_ARTICLES = [
    {"id": "s1", "published": "2031-06-02", "title": "Pundit: Kessia should take the grain",
     "text": "Arvo Velm, a retired general and radio pundit, said Kessia should gladly accept the grain offer from "
             "Talvoria.\n\n"
             "Talvoria and Norland signed their border accord on 4 May.\n\n"
             "Talvoria has sent 300 engineers to Norland, the defence ministry in Osk said."},
    {"id": "s2", "published": "2031-06-03", "title": "Talvorian crews could rebuild Norland's bridges",
     "text": "Mira Sandell, Talvoria's envoy in Norland, praised the skills of Talvorian road crews.\n\n"
             "They could be of great help in rebuilding the bridges of Norland, she told the weekly Osk Courier.\n\n"
             "It is unclear when the crews will arrive."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "told_opposite": "Retired general Arvo Velm told Osk Radio that Kessia should turn down Talvoria's grain offer.",
        "quoted_opposite": "Arvo Velm was quoted as advising Kessia to turn down the grain offer from Talvoria.",
        "quoted_same": "Arvo Velm was quoted as advising Kessia to accept the grain offer from Talvoria.",
        "spoken_wrong_day": "Talvoria and Norland signed their border accord on the fourteenth of May.",
        "spoken_right_day": "Talvoria and Norland signed their border accord on the fourth of May.",
        "helps_rebuild": "Mira Sandell told the Osk Courier that Talvorian road crews could help rebuild Norland's "
                         "bridges.",
    }
    return check_verdicts(tmp_path_factory.mktemp("spoken"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_speaker_told_to_have_said_the_opposite_is_refuted(verdicts) -> None:
    assert verdicts["told_opposite"] == "refuted"
    assert verdicts["quoted_opposite"] == "refuted"
    assert verdicts["quoted_same"] == "supported"


@pytest.mark.slow
def test_a_day_written_out_is_checked_against_the_date(verdicts) -> None:
    assert verdicts["spoken_wrong_day"] == "refuted"
    assert verdicts["spoken_right_day"] == "supported"


@pytest.mark.slow
def test_help_rebuild_is_confirmed_by_help_in_rebuilding(verdicts) -> None:
    assert verdicts["helps_rebuild"] == "supported"
