"""A reader's frame around a claim ("It is false that P", "Reports that P are accurate"): ``check`` judges P and
turns the verdict when the frame calls P false. Also who a party's words are about: a claimant the claim only
names is no party announcing its own act, and a dismissal is nobody's assertion of what it dismisses."""

import pytest

from storyscope.verify.claim_forms import framed_claim

from .conftest import check_results


def test_framed_claim_reads_the_frame() -> None:
    assert framed_claim("It is false that Talvoria sent shells to Norland.") == ("Talvoria sent shells to Norland.", True)
    assert framed_claim("It is true that Talvoria sent shells.") == ("Talvoria sent shells.", False)
    assert framed_claim("It's false that Talvoria sent shells.") == ("Talvoria sent shells.", True)
    assert framed_claim("Claims that Brask resigned in May are fake news.") == ("Brask resigned in May.", True)
    assert framed_claim("Reports that Brask resigned in May are accurate.") == ("Brask resigned in May.", False)
    assert framed_claim("It is false that claims that Brask resigned in May are fake.") == ("Brask resigned in May.",
                                                                                          False)
    # not a reader's frame: a moral judgement, a speaker's, a relative clause
    assert framed_claim("It is wrong that Kessia cut ties with Osk.")[1] is False
    assert framed_claim("It is a lie that Kessia cut ties with Osk, Brask said.") == \
        ("It is a lie that Kessia cut ties with Osk, Brask said.", False)
    assert framed_claim("The claims that Velm made are false.") == ("The claims that Velm made are false.", False)
    assert framed_claim("Contrary to reports, Kessia kept its embassy open.") == ("Kessia kept its embassy open.", False)
    assert framed_claim("It is clear that Kessia won.") == ("It is clear that Kessia won.", False)
    assert framed_claim("The claims that he lied were answered.") == ("The claims that he lied were answered.", False)
    # a briefing's frames: established as fact, or the pile's own reporting
    assert framed_claim("It is established as a matter of fact that Talvoria sent shells to Norland.") == \
        ("Talvoria sent shells to Norland.", False)
    assert framed_claim("It has been established that Talvoria sent shells to Norland.") == \
        ("Talvoria sent shells to Norland.", False)
    assert framed_claim("According to the reporting, Talvoria sent shells to Norland.") == \
        ("Talvoria sent shells to Norland.", False)
    for kept in ("It has been reported that Talvoria sent shells to Norland.", "It is established practice that envoys "
                 "travel by sea.", "According to reports from Osk, Talvoria sent shells."):
        assert framed_claim(kept) == (kept, False), kept


_ARTICLES = [
    {"id": "n1", "published": "2031-03-02", "title": "Talvoria ships shells to Norland",
     "text": "Talvoria has sent large quantities of shells to Norland.\n\n"
             "The shipments left the port of Osk in February."},
    {"id": "n2", "published": "2031-03-04", "title": "Kessia says Talvorian engineers serve in Norland's army",
     "text": "Kessia is urging its allies to sanction Talvoria, and claims Talvoria has sent engineers to serve in the "
             "Norland army against Kessia.\n\n"
             "The Talvorian government rejected the claims that Talvorian engineers serve in Norland's army.\n\n"
             "The Kremlin dismissed as lies the claims that Talvorian engineers would soon join the fighting.\n\n"
             "Talvoria and Norland signed a trade accord in 2029."},
    {"id": "n3", "published": "2031-03-05", "title": "Kessia: drones came from Talvoria",
     "text": "Kessia is asking its allies for air defences, and claims Talvoria has delivered drones to the Norland army for use against "
             "Kessia.\n\nKessian officials gave no evidence for the claim."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict:
    claims = {
        "false_frame": "It is false that Talvoria has sent shells to Norland.",
        "true_frame": "Reports that Talvoria has sent shells to Norland are accurate.",
        "untouched": "Claims that Talvoria has sent shells to Brenn are fake.",
        "established": "It has been established that Talvoria has sent large quantities of shells to Norland.",
        "by_the_reporting": "According to the reporting, the shipments left the port of Osk in February.",
        "named_party": "Talvoria has sent engineers to serve in the Norland army against Kessia.",
        "named_only": "Talvoria has delivered drones to the Norland army for use against Kessia.",
        "dismissed_words": "The Brenn Courier confirmed Talvorian engineers would soon join the fighting.",
    }
    return check_results(tmp_path_factory.mktemp("framed"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_claim_framed_false_gets_the_opposite_verdict(verdicts) -> None:
    assert verdicts["false_frame"].verdict == "refuted"
    assert verdicts["true_frame"].verdict == "supported"
    assert verdicts["untouched"].verdict == "not_enough_evidence"
    assert verdicts["established"].verdict == "supported"
    assert verdicts["by_the_reporting"].verdict == "supported"


@pytest.mark.slow
def test_a_claimant_the_claim_only_names_does_not_announce_its_own_act(verdicts) -> None:
    # Kessia's claim about Talvoria's act is Kessia's claim, not its announcement of its own act: against
    # Talvoria's dismissal it is one side's word against the other's (conflicting), and alone it confirms nothing
    assert verdicts["named_party"].verdict == "conflicting"
    assert "and denied by" in verdicts["named_party"].explanation
    assert verdicts["named_only"].verdict == "not_enough_evidence"


@pytest.mark.slow
def test_what_a_party_dismissed_is_not_its_words(verdicts) -> None:
    assert verdicts["dismissed_words"].verdict != "refuted"


@pytest.mark.slow
def test_another_speakers_place_and_a_passives_doer(tmp_path) -> None:
    articles = [
        {"id": "p1", "published": "2031-06-03", "title": "Brask urges allies",
         "text": "Kessian foreign minister Ida Brask said allies should answer the border raid firmly.\n\n"
                 "Her deputy Tomas Velm disagreed. “We need talks, not threats,” he said at a news conference in "
                 "Kell on Tuesday."},
        {"id": "p2", "published": "2031-06-02", "title": "Brask in Osk",
         "text": "Ida Brask told a news conference in Osk on Monday that allies should answer the border raid "
                 "firmly.\n\nThe raid damaged two farms near the river."},
        {"id": "p3", "published": "2031-06-04", "title": "Kessia expels envoy",
         "text": "Kessia expelled the ambassador of Osk on Monday over spying charges, the Kessian foreign ministry "
                 "said in a statement.\n\nThe ambassador left the capital by train."},
    ]
    claims = {"place": "Brask said at a news conference in Osk that allies should answer the border raid firmly.",
              "active": "Kessia expelled the ambassador of Osk.",
              "passive": "The ambassador of Osk was expelled by Kessia."}
    verdicts = check_results(tmp_path, articles, claims)
    assert verdicts["place"].verdict == "supported"  # Velm's "he said at ... in Kell" is not Brask's place
    assert verdicts["passive"].verdict == verdicts["active"].verdict == "supported"
