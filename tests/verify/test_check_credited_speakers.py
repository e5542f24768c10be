"""Who a statement claim credits: a person the pile names but never quotes, or an outlet it cites, given another's
words is a misattribution; a trailing "he says" is the person the claim names; "UK intelligence" is the pile's
British intelligence; a name typed as it sounds is the pile's name; "IAEA chief X" is the pile's head of the UN's
nuclear agency; and "According to outlet, X confirmed ..." is confirmed by the outlet's relay of X's words."""

import pytest

from .conftest import check_results

ARTICLES = [
    {"id": "k1", "published": "2031-03-02", "title": "Kessia weighs the offer of engineers",
     "text": "President Ida Brask met the Osk delegation in Velm on Monday. "
             "Oskar Dranovic, a retired colonel and radio pundit, said Kessia should gratefully accept the offer "
             "of engineers. \u201cWe should not hesitate to take the hand held out to us by Talvoria,\u201d he said. "
             "He told the daily Osk Herald that the engineers were well trained. "
             "Dranovic also told the Independent that the offer was generous. "
             "According to a report by the Velm Courier, the engineers will carry rifles to defend themselves."},
    {"id": "k4", "published": "2031-03-04", "title": "Velm warns Osk",
     "text": "\u201cIf I were in charge in Osk, I would think twice about sending my engineers to die for Talvoria,\u201d "
             "Aron Pell, a Velm ministry spokesman, told reporters on Thursday. "
             "There are fears in Velm that Talvoria could widen the conflict by sending its engineers to Osk."},
    {"id": "k5", "published": "2031-03-05", "title": "Adviser on the border",
     "text": "\u201cIf I were Velm\u2019s general, I would lose sleep, since Talvoria has already moved 300 engineers to "
             "the border,\u201d said Mira Sten, a Velm defence adviser."},
    {"id": "k3", "published": "2031-03-02", "title": "Envoys",
     "text": "Quoted from the Velm Courier, Talvorian Ambassador Emil Tarn later confirmed his country's plan to send "
             "engineers to Kessia during a meeting in Velm."},
    {"id": "k2", "published": "2031-03-03", "title": "Drought plan and the Osk plant",
     "text": "Kessian Farm Minister Lena Vosk presented her drought plan to the senate on Tuesday. "
             "The minister said, if adopted, her plan could end the water shortage \u201cno later than next year\u201d. "
             "Vosk has told Nato envoys in Velm that 2,000 Talvorian engineers were being trained for the war. "
             "Asked if they were ready, the dock workers said they had finished the north wall. "
             "British intelligence says it is becoming increasingly difficult for Talvoria to recruit soldiers. "
             "Nils Harrow, head of the UN's nuclear agency, said the situation at the Osk nuclear site was "
             "\u201ccompletely out of control\u201d."},
]
CLAIMS = {
    "silent_person": "Ida Brask said Kessia should not hesitate to take the hand held out by Talvoria.",
    "cited_outlet": "The Osk Herald reported that the engineers will carry rifles to defend themselves.",
    "cited_outlet_figure": "The Osk Herald reported that 300 engineers will carry rifles to defend themselves.",
    "pronoun": "Vosk's drought plan would end the water shortage by next year, she says",
    "pronoun_wrong": "Vosk's drought plan would end the water shortage within five years, she says",
    "uk_intel": "UK intel says Talvoria finding it harder to recruit soldiers",
    "sounded": "Dranovik said Kessia should gratefully accept the offer of engineers",
    "agency": "IAEA chief Harrow: Osk nuclear plant 'completely out of control'",
    "supposed": "Aron Pell said Osk has sent engineers to die for Talvoria.",
    "supposed_beside": "Mira Sten said Talvoria has moved 300 engineers to the border.",
    "implied": "Aron Pell suggested Osk was sending its engineers to die for Talvoria.",
    "audience": "Lena Vosk told lawmakers that 2,000 Talvorian engineers were being trained for the war.",
    "feared": "Emil Tarn said Talvoria will send its engineers to Osk.",
    "told_outlet_own": "The Osk Herald reported that the engineers were well trained.",
    "common_word_outlet": "An independent analyst said the engineers will carry rifles to defend themselves.",
    "pronoun_named": "Vosk's engineers will carry rifles to defend themselves, she says",
    "relay_part_name": "According to the Velm Courier, Lena Vosk told Nato envoys that 2,000 Talvorian engineers were "
                       "being trained for the war.",
    "asked_if": "The dock workers said they had finished the north wall.",
    "first_name_only": "Ida Solberg said Kessia should not hesitate to take the hand held out by Talvoria.",
    "undescribed_body": "The OPCW said the situation at the Osk nuclear site was completely out of control.",
    "per_reporting": "Ida Brask met the Osk delegation in Velm on Monday, according to the reporting.",
    "nested": "According to the Velm Courier, Ambassador Emil Tarn confirmed Talvoria's plan to send engineers to "
              "Kessia.",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    return check_results(tmp_path_factory.mktemp("credited"), ARTICLES, CLAIMS)


@pytest.mark.slow
def test_words_credited_to_a_person_the_pile_never_quotes_are_misattributed(results) -> None:
    verdict = results["silent_person"]
    assert verdict.verdict == "refuted"
    assert "Oskar Dranovic" in verdict.explanation and "Ida Brask" in verdict.explanation


@pytest.mark.slow
def test_a_report_credited_to_another_cited_outlet_is_misattributed(results) -> None:
    assert results["cited_outlet"].verdict == "refuted"
    assert results["cited_outlet_figure"].verdict == "not_enough_evidence"  # (no one gave the figure)


@pytest.mark.slow
def test_a_trailing_pronoun_is_the_person_the_claim_names(results) -> None:
    assert results["pronoun"].verdict == "supported"
    assert results["pronoun_wrong"].verdict == "refuted"


@pytest.mark.slow
def test_uk_intelligence_is_british_intelligence(results) -> None:
    assert results["uk_intel"].verdict == "supported"


@pytest.mark.slow
def test_a_name_typed_as_it_sounds_is_the_piles_name(results) -> None:
    assert results["sounded"].verdict == "supported"


@pytest.mark.slow
def test_an_agency_acronym_the_pile_describes_by_its_work(results) -> None:
    assert results["agency"].verdict == "supported"


@pytest.mark.slow
def test_an_outlets_relay_of_a_persons_words_confirms_the_nested_claim(results) -> None:
    assert results["nested"].verdict == "supported"


def test_sounding_alike_letters_in_long_names_only() -> None:
    from storyscope.verify.typos import respelt_typos

    vocabulary = frozenset({"Dranovic", "Andersen", "Kessia"})
    assert respelt_typos("Dranovik said so", vocabulary) == "Dranovic said so"
    assert respelt_typos("Anderson said so", vocabulary) == "Anderson said so"  # (another vowel: another name)
    assert respelt_typos("Kezsia said so", vocabulary) == "Kezsia said so"  # (under seven letters)


@pytest.mark.slow
def test_a_supposition_does_not_confirm_a_fact_said(results) -> None:
    assert results["supposed"].verdict == "not_enough_evidence"
    assert results["implied"].verdict == "supported"  # (what his words suggest, the claim says they suggest)
    # a clause past the supposition and what would then be is said plainly
    assert results["supposed_beside"].verdict == "supported"


@pytest.mark.slow
def test_the_writers_fears_are_no_ones_statement(results) -> None:
    assert results["feared"].verdict == "not_enough_evidence"


@pytest.mark.slow
def test_words_told_to_one_audience_are_not_what_lawmakers_heard(results) -> None:
    assert results["audience"].verdict == "refuted"


@pytest.mark.slow
def test_what_was_told_to_an_outlet_is_what_it_carried(results) -> None:
    assert results["told_outlet_own"].verdict != "refuted"
    assert results["common_word_outlet"].verdict != "refuted"  # ("independent" is no outlet's name here)


@pytest.mark.slow
def test_a_pronoun_read_as_the_person_named_never_makes_a_misattribution(results) -> None:
    assert results["pronoun_named"].verdict != "refuted"  # (the words are about Vosk's engineers, not hers)


@pytest.mark.slow
def test_a_relay_needs_the_outlets_whole_name(results) -> None:
    assert results["relay_part_name"].verdict == "not_enough_evidence"  # ("in Velm" is not the Velm Courier)


@pytest.mark.slow
def test_an_indirect_question_is_no_supposition(results) -> None:
    assert results["asked_if"].verdict == "supported"


@pytest.mark.slow
def test_a_silent_person_is_named_by_the_surname(results) -> None:
    verdict = results["first_name_only"]
    assert verdict.verdict == "refuted" and "not to Ida Solberg" in verdict.explanation


@pytest.mark.slow
def test_an_acronym_the_pile_never_describes_stays_an_unknown_speaker(results) -> None:
    assert results["undescribed_body"].verdict == "refuted"  # (Harrow's words, not the OPCW's)


def test_a_parliament_by_its_name_or_its_members_is_one_audience() -> None:
    from storyscope.verify.statements import addressees

    assert "parliament" in addressees("Vosk told the Storting that the drought would end.")
    assert "parliament" in addressees("Vosk told members of parliament that the drought would end.")
    assert "parliament" not in addressees("The sheriff told deputies to stand down.")
    assert "parliament" not in addressees("Vosk told party congress that the drought would end.")


def test_may_the_month_and_intimate_the_noun_are_no_cues() -> None:
    from storyscope.verify.check import _IMPLYING, _MODAL

    assert not _MODAL.search("Osk sent engineers in May") and _MODAL.search("Osk may send engineers")
    assert not _IMPLYING.search("Pell, an intimate of the minister, said so") and _IMPLYING.search("Pell implied so")


@pytest.mark.slow
def test_the_reporting_is_the_writers_own_words(results) -> None:
    assert results["per_reporting"].verdict == "supported"
