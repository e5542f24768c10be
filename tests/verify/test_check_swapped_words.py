"""Claims that keep a passage's words but swap what matters (dossier QA round 7): the accuser told as the accused,
another maker "by the Kessians", another party "between Osk and Talvoria", a superlative the speaker never used, the
opposite of what the speaker urged ("lift" against "impose" sanctions), the audience of other words; and claims
credited by "The warning about ... came from X", or placed where no one puts them."""

import pytest

from .conftest import check_results

ARTICLES = [
    {"id": "w1", "published": "2032-07-01", "title": "Shelling near the dam",
     "text": "The news came as Talvoria was accused of shelling homes near the Osk dam. "
             "Norland\u2019s envoy Ola Brenn told the Velm Herald, \u201cNorland is one of key Talvorian partners and "
             "the reason is that they are acting as a bridge between Kessia and Talvoria. "
             "\u201cEssentially all the rifles that Norland is supposed to send were once made for it by the Kessians. "
             "\u201cSo there is no problem for Kessians to help Norland and then for Norland to trade with Talvoria and "
             "gain both in money and in rifle making.\u201d"},
    {"id": "w2", "published": "2032-07-02", "title": "Vosk in Brussels",
     "text": "Kessian Foreign Minister Lena Vosk said Kessia\u2019s allies should respond firmly, including by "
             "imposing new sanctions and further isolating Talvoria. Vosk has told Nato members she had information "
             "that up to 2,000 Talvorian engineers were being prepared to enter the war. She told lawmakers: "
             "\u201cThese are not volunteers. In fact, this is the entry of a third state into the war on the side "
             "of Talvoria.\u201d \u201cIf I were the engineers\u2019 commander, I would be questioning my choices on "
             "the engineers being used as cannon fodder,\u201d Aron Pell, a Velm ministry spokesman, told journalists."},
    {"id": "w3", "published": "2032-07-03", "title": "Troops in training",
     "text": "Security sources report several thousand Talvorian troops are training at bases in eastern Talvoria. "
             "Talvoria has branded the claims that its troops are about to enter the war as lies. "
             "Osk is a port on the Velm river."},
]
CLAIMS = {
    "accuser": "Talvoria accused Kessia of shelling homes near the Osk dam.",
    "accused": "Talvoria has been accused of shelling homes near the Osk dam.",
    "maker": "Brenn said Norland's rifles were made by the Talvorians.",
    "maker_right": "Brenn said Norland's rifles were made by the Kessians.",
    "between": "Brenn said Norland acts as a bridge between Osk and Talvoria.",
    "most": "Brenn said Norland is Talvoria's most important partner.",
    "lift": "Lena Vosk said Kessia's allies should lift sanctions on Talvoria.",
    "impose": "Lena Vosk said Kessia's allies should impose new sanctions on Talvoria.",
    "audience_words": "Vosk told lawmakers that up to 2,000 Talvorian engineers were being prepared to enter the war.",
    "audience_other": "Vosk told the Kessian parliament that Talvoria's engineers show a third state taking part in the "
                      "war on Talvoria's side.",
    "warning_wrong": "The warning about the engineers becoming cannon fodder came from Lena Vosk.",
    "warning_right": "The warning about the engineers becoming cannon fodder came from Aron Pell.",
    "placed_nowhere": "Talvorian troops have been deployed to Osk.",
}


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict:
    return check_results(tmp_path_factory.mktemp("swapped"), ARTICLES, CLAIMS)


@pytest.mark.slow
def test_the_accuser_told_as_the_accused_confirms_nothing(results) -> None:
    assert results["accuser"].verdict == "not_enough_evidence"
    assert results["accused"].verdict == "supported"


@pytest.mark.slow
def test_another_maker_in_the_speakers_words(results) -> None:
    assert results["maker"].verdict == "refuted"
    assert results["maker_right"].verdict == "supported"


@pytest.mark.slow
def test_another_party_between_two(results) -> None:
    assert results["between"].verdict == "refuted"


@pytest.mark.slow
def test_a_superlative_the_speaker_never_used(results) -> None:
    assert results["most"].verdict == "not_enough_evidence"


@pytest.mark.slow
def test_the_opposite_of_what_the_speaker_urged(results) -> None:
    assert results["lift"].verdict == "refuted"
    assert results["impose"].verdict == "supported"


@pytest.mark.slow
def test_words_to_another_audience_refute_only_where_the_claimed_one_heard_other_words(results) -> None:
    assert results["audience_words"].verdict == "refuted"
    assert results["audience_other"].verdict != "refuted"


@pytest.mark.slow
def test_the_warning_about_something_came_from_its_speaker(results) -> None:
    assert results["warning_wrong"].verdict == "refuted"
    assert results["warning_right"].verdict == "supported"


@pytest.mark.slow
def test_a_move_to_a_place_no_one_speaks_of_is_unsettled(results) -> None:
    assert results["placed_nowhere"].verdict == "not_enough_evidence"


def test_between_other_parties_with_the_before_a_name() -> None:
    from storyscope.verify.names import between_conflict

    assert between_conflict("a bridge between the Osk Republic and Talvoria", "a bridge between Kessia and Talvoria")
    assert not between_conflict("a bridge between Kessia and Talvoria", "a bridge between Talvoria and Kessia")


def test_a_destination_is_a_place_the_passage_must_name() -> None:
    from storyscope.verify.names import place_missing

    assert place_missing("Talvorian troops have been deployed to Osk.", "Talvoria is ready to send troops to Kessia.")
    assert not place_missing("Talvoria has sent troops to Kessia.", "Talvoria is ready to send troops to Kessia.")
