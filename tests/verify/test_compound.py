"""Compound claims: split into parts that stand alone, judged part by part (one false part refutes the whole, every
part confirmed supports it); and the rank a superlative gives ("second-largest" is not "largest")."""

import pytest

from storyscope.model import Evidence, Verdict
from storyscope.verify.compound import (
    claim_parts,
    combine_parts,
    identifying_parts,
    later_sentence_parts,
    sentence_parts,
)
from storyscope.verify.dates import superlative_conflict

from .conftest import check_verdicts


def _verdict(claim: str, verdict: str, confidence: float = 0.7, article: str = "a") -> Verdict:
    evidence = (Evidence(article=article, text=claim, start=0, end=len(claim), stance="agree", score=0.5,
                         attributed_to=None),)
    return Verdict(claim=claim, verdict=verdict, confidence=confidence, evidence=evidence, explanation="Why.")


WHOLE = "Roos said A, and Berg claimed B."
SAID_A, CLAIMED_B = "Roos said A.", "Berg claimed B."


def test_one_refuted_part_refutes_a_supported_whole() -> None:
    out = combine_parts(_verdict(WHOLE, "supported"), [_verdict(SAID_A, "supported"),
                                                        _verdict(CLAIMED_B, "refuted", 0.8, "b")], 5)
    assert out.verdict == "refuted" and out.claim == WHOLE and out.confidence == 0.8
    assert out.evidence[0].article == "b" and "Berg claimed B" in out.explanation


def test_a_part_that_points_back_cannot_refute() -> None:
    whole = _verdict(WHOLE, "not_enough_evidence")
    out = combine_parts(whole, [_verdict(SAID_A, "supported"), _verdict("Berg said they had spread it.", "refuted")], 5)
    assert out.verdict == "not_enough_evidence"
    assert "the pile supports “Roos said A”" in out.explanation


def test_every_part_supported_supports_the_whole() -> None:
    out = combine_parts(_verdict(WHOLE, "not_enough_evidence"),
                        [_verdict(SAID_A, "supported", 0.9, "a"), _verdict(CLAIMED_B, "supported", 0.6, "b")], 5)
    assert out.verdict == "supported" and out.confidence == 0.6
    assert [e.article for e in out.evidence] == ["a", "b"]


def test_one_unconfirmed_part_leaves_the_whole_unconfirmed() -> None:
    out = combine_parts(_verdict(WHOLE, "not_enough_evidence"),
                        [_verdict(SAID_A, "supported"), _verdict(CLAIMED_B, "not_enough_evidence")], 5)
    assert out.verdict == "not_enough_evidence"


def test_a_supported_whole_with_an_unconfirmed_part_is_not_established() -> None:
    parts = [_verdict(SAID_A, "supported"), _verdict(CLAIMED_B, "not_enough_evidence")]
    out = combine_parts(_verdict(WHOLE, "supported"), parts, 5)
    assert out.verdict == "not_enough_evidence" and "but not “Berg claimed B”" in out.explanation
    # and so is one whose unconfirmed part points back into the sentence ("his agency sent inspectors")
    parts = [_verdict(SAID_A, "supported"), _verdict("His agency sent inspectors.", "not_enough_evidence")]
    assert combine_parts(_verdict(WHOLE, "supported"), parts, 5).verdict == "not_enough_evidence"


def test_a_conflicting_part_and_a_refuted_whole() -> None:
    parts = [_verdict(SAID_A, "conflicting"), _verdict(CLAIMED_B, "not_enough_evidence")]
    assert combine_parts(_verdict(WHOLE, "not_enough_evidence"), parts, 5).verdict == "conflicting"
    parts = [_verdict(SAID_A, "supported"), _verdict(CLAIMED_B, "not_enough_evidence")]
    assert combine_parts(_verdict(WHOLE, "refuted"), parts, 5).verdict == "refuted"
    assert combine_parts(_verdict(WHOLE, "supported"), [], 5).verdict == "supported"


def test_every_part_supported_outweighs_the_whole_misread() -> None:
    # ("X told Nato A, but the Kremlin dismissed B": the whole reads as X's denial)
    parts = [_verdict(SAID_A, "supported"), _verdict(CLAIMED_B, "supported")]
    assert combine_parts(_verdict(WHOLE, "refuted"), parts, 5).verdict == "supported"


@pytest.mark.parametrize(("claim", "passage", "conflict"), [
    ("The Velm barrage is Kessia's second-largest dam.", "floods near Kessia’s largest dam.", True),
    ("The Velm barrage is Kessia's largest dam.", "the second biggest dam in Kessia", False),  # another superlative
    ("The Velm barrage is the world's largest dam.", "Kessia's second-largest dam", False),  # another list
    ("The Velm barrage is Kessia's second-largest dam.", "Kessia's second-largest dam", False),
    ("It was the third most visited city.", "the most visited city", True),
    ("It was the third most visited city.", "the most visited city in the region", False),  # another list
    ("An inquest opened in Velm.", "A second inquest opened in Osk.", False),  # "-est", no superlative
    ("Osk is Kessia's fifth-largest city.", "Osk, Kessia's 5th largest city", False),
    ("The Velm dam is Kessia's second-largest dam.", ("Osk's dam, Kessia's largest dam, burst, while the Velm dam, "
                                                      "Kessia's second-largest dam, held."), False),  # ranked so too
    ("Farmers protest the latest test results.", "the second test of the pumps", False),  # no superlatives
])
def test_superlative_conflict(claim: str, passage: str, conflict: bool) -> None:
    assert superlative_conflict(claim, passage) is conflict


@pytest.mark.slow
@pytest.mark.parametrize(("claim", "parts"), [
    ("Anna Roos said the dam was holding, and Norpress claimed the republic would send welders.",
     ["Anna Roos said the dam was holding.", "Norpress claimed the republic would send welders."]),
    ("Vell told lawmakers the engineers would work on the farms but denied that any crews were going to the navy.",
     ["Vell told lawmakers the engineers would work on the farms.",
      "Vell denied that any crews were going to the navy."]),
    ("Tomas Berg, described as a reserve general, said Kessia should accept the offer.",
     ["Tomas Berg said Kessia should accept the offer.", "Tomas Berg is described as a reserve general."]),
    # a member of a legislature is a role; a member of a club is not split off
    ("Tomas Berg, a sitting member of Kessia's parliament, told the Post that the talks failed.",
     ["Tomas Berg told the Post that the talks failed.", "Tomas Berg was a sitting member of Kessia's parliament."]),
    ("Tomas Berg, a member of the rowing club, told the Post that the talks failed.", []),
    # any participle aside on the subject: what was done to the subject, in the past
    ("Tomas Berg, quoted on the harbour deal, is a sitting member of Kessia's parliament.",
     ["Tomas Berg is a sitting member of Kessia's parliament.", "Tomas Berg was quoted on the harbour deal."]),
    ("Floods hit the farms near Velm, which is Kessia's largest port.",
     ["Floods hit the farms near Velm.", "Velm is Kessia's largest port."]),
    ("The minister said the dam was holding, while locals claimed their cellars had flooded.",
     ["The minister said the dam was holding.", "Locals claimed their cellars had flooded."]),
    ("Ida Brask told the Velm Post that the quay was shut, adding that the ferries were late.",
     ["Ida Brask told the Velm Post that the quay was shut.", "Ida Brask added that the ferries were late."]),
    ("Ida Brask urged allies to send pumps, calling the flood a grave threat.",
     ["Ida Brask urged allies to send pumps.", "Ida Brask called the flood a grave threat."]),
    ("Floods have killed 12 people, and the rivers are still rising.",
     ["Floods have killed 12 people.", "The rivers are still rising."]),
    # what every part keeps: a leading attribution or time, the speaker of backshifted words, a pronoun's name
    ("According to Talvorian media, Eda Rusk resigned, and Tomas Vell took over the ministry.",
     ["According to Talvorian media, Eda Rusk resigned.",
      "According to Talvorian media, Tomas Vell took over the ministry."]),
    ("In 2019, Brask won the election, and Orlen became prime minister.",
     ["In 2019, Brask won the election.", "In 2019, Orlen became prime minister."]),
    ("Marn told soldiers that Kessia would hold the line, and Talvoria would sue for peace.",
     ["Marn told soldiers that Kessia would hold the line.", "Marn told soldiers that Talvoria would sue for peace."]),
    ("The head of the Osk police criticised the ruling, adding that the court had exceeded its powers.",
     ["The head of the Osk police criticised the ruling.",
      "The head of the Osk police added that the court had exceeded its powers."]),
    ("Speaking in Osk, Velm praised the army, and the crowd cheered for ten minutes.",
     ["Speaking in Osk, Velm praised the army.", "The crowd cheered for ten minutes."]),  # the opener is Velm's
    ("Velm told the Osk Herald that he would run again, and that his wife would manage the campaign.",
     ["Velm told the Osk Herald that he would run again.",
      "Velm told the Osk Herald that his wife would manage the campaign."]),
    # "he" opening a joined clause is the main clause's one named person, as in a later sentence (``sentence_parts``)
    ("Jon Hale said the grain talks had failed, and he blamed Talvoria for the collapse.",
     ["Jon Hale said the grain talks had failed.", "Jon Hale blamed Talvoria for the collapse."]),
    ("Ida Brask urged Osk to sign the accord, and she also called it fair.",
     ["Ida Brask urged Osk to sign the accord.", "Ida Brask also called it fair."]),
    # a deed told by its means ("by announcing") is no closing speaker
    ("Ida Brask told reporters that the port was closed, and Osk responded by announcing a blockade.",
     ["Ida Brask told reporters that the port was closed.", "Osk responded by announcing a blockade."]),
    # (not when the main clause names someone else: "she" may be Ana Velm)
    ("Ilya Brask met Ana Velm in Osk, and she said the talks went well.",
     ["Ilya Brask met Ana Velm in Osk.", "She said the talks went well."]),
    ("Ilya Brask met Marr, and he said the talks went well.", ["Ilya Brask met Marr.", "He said the talks went well."]),
    ("Ilya Brask met the defence minister, and he said the talks went well.",
     ["Ilya Brask met the defence minister.", "He said the talks went well."]),
    # a person's title told in a clause after the name the claim ends on
    ("The ferry warning came from Ida Brask, who's the mayor of Osk.",
     ["The ferry warning came from Ida Brask.", "Ida Brask is the mayor of Osk."]),
    ("The ferry warning came from Ida Brask, who's been the mayor of Osk since May.",
     ["The ferry warning came from Ida Brask.", "Ida Brask has been the mayor of Osk since May."]),
])
def test_claim_parts(claim: str, parts: list[str]) -> None:
    assert claim_parts(claim) == parts


@pytest.mark.slow
@pytest.mark.parametrize("claim", [
    "Anna Roos said the dam was holding.",
    "Vell and Brask met in Velm on Monday.",  # nouns joined, one statement
    "Roos said the dam was holding and the farms were dry.",  # one speaker's words, joined inside them
    "The dam held because the crews worked all night.",
    "Roos said the port was wary of tariffs while the farms were not at risk.",  # "while" inside her words
    "Floods have killed 12 people and injured 140 since the dam broke.",
    "At least 300 were killed and 500 wounded in the storm.",  # one verb shared by both
    # a negation, modal, hedge or "neither" on the first verb scopes over the second
    "Orlen neither confirmed nor denied the reports.",
    "Brask did not confirm or deny the report.",
    "Brask may resign and announce an election.",
    "Brask allegedly ordered the strike and told generals to hide it.",
    "Brask will resign, or Orlen will sack him.",  # one of two
    "Not only did Kessia close the border, but it also expelled Talvorian diplomats.",
    "If Talvoria attacks Osk, Kessia will mobilise, and Brask will declare war.",  # the condition covers both
    "Talvoria's army never crossed the river, and Kessia started the war, Orlen told a rally.",  # closing speaker
    "Brask never visited Velm, but his deputy did.",  # an ellipsis
    "Brask met the wife of Orlen, who is a doctor.",  # whose wife?
    "Kessia expelled Mira Dane, which angered Orlen.",  # "which": the expulsion
    "Brask met the envoy from Talvoria, who said the fighting would go on.",  # the envoy, not Talvoria
    "Brask met the envoy from Talvoria, who is a general.",  # the envoy, not Talvoria
    "Brask met the envoy from North Korea, who is a general.",
    "Brask said Kessia would send troops, while Orlen insisted Talvoria would stay neutral.",  # a tangled parse
    'Orlen told a rally: "Our army never crossed the river, and Kessia started this war."',  # inside quoted words
    # (a second review's)
    "Talvoria will hold elections in June, the president said on Monday, and campaigning begins next week.",
    "Kessia's population fell by 2 percent, and Talvoria's rose by 1 percent, according to the UN.",
    "Velm said the dam was safe; engineers disagreed and said it could fail within a year.",
    'Velm described the vote as rigged, adding "we will never accept this result."',
    "The capital of Kessia, which is home to 3 million people, was hit by floods in May.",  # the capital
    "Velm won the race in 2018, and he was re-elected in 2022.",  # a hyphen the parser splits
])
def test_claims_of_one_part_are_not_split(claim: str) -> None:
    assert claim_parts(claim) == []


ARTICLE = {
    "id": "d1_valley_post", "published": "2025-06-10", "title": "Engineers reach the Velm valley",
    "text": "Engineer Tomas Berg, a reserve colonel and TV analyst, said Kessia should gratefully accept the offer of "
            "help.\n\n"
            "Norpress, a Kessian news agency, claimed the isolated republic would also provide welders to help repair "
            "flood damage.\n\n"
            "Floodwater reached the Velm barrage, Kessia's largest dam, on Monday.\n\n"
            "Minister Ole Vell told lawmakers: “These are engineers for the valley farms. And crews for the Kessian "
            "navy.”\n\n"
            "Envoy Lena Varga described the Kessian welders as skilled and careful.\n\n"
            "In June, Lena Varga praised the “skilled and careful” Kessian welders. They could be “of great use” on the "
            "dam, she told the daily Velm Courier.\n\n"
            "Kessian news agency Telpress claimed the old sluice at Osk had cracked overnight.\n\n"
            "Talvoria has branded the reports that its army engineers were heading to the Velm valley as “fake news”."}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    claims = {
        "false_title": "Tomas Berg, described as a reserve general and TV analyst, said Kessia should accept the "
                       "offer of help.",
        "true_title": "Tomas Berg, described as a reserve colonel and TV analyst, said Kessia should accept the "
                      "offer of help.",
        "second_largest": "Floodwater reached the Velm barrage, which is Kessia's second-largest dam.",
        "denied_own_words": "Ole Vell told lawmakers Kessia was getting engineers for the valley farms but denied "
                            "that any crews were going to the Kessian navy.",
        "other_outlet": "Lena Varga told the newspaper Osk Herald about the Kessian welders.",
        "same_outlet": "Lena Varga told the daily Velm Courier about the Kessian welders.",
        "agency_not_in_pile": "The Kessian news agency Ferrynet claimed Mirenland would also send welders to help "
                              "repair flood damage.",
        "state_not_its_agency": "Kessia claimed the old sluice at Osk had cracked overnight.",
        "agency_itself": "Telpress claimed the old sluice at Osk had cracked overnight.",
        "welcomed": "Talvoria has welcomed reports that its army engineers were heading to the Velm valley.",
        "second_sentence_false": "Tomas Berg said Kessia should gratefully accept the offer of help. He is a reserve "
                                 "general.",
        "second_sentence_true": "Tomas Berg said Kessia should gratefully accept the offer of help. He is a reserve "
                                "colonel and TV analyst.",
        "false_office": "Tomas Berg spoke about the offer of help as a reserve general.",
        "loaded": "That clown Tomas Berg sneered that Kessia should gratefully accept the offer of help.",
    }
    return check_verdicts(tmp_path_factory.mktemp("compound"), [ARTICLE], claims)


@pytest.mark.slow
def test_a_false_description_refutes_the_statement(verdicts) -> None:
    assert verdicts["false_title"] == "refuted"
    assert verdicts["true_title"] == "supported"


@pytest.mark.slow
def test_a_rank_given_otherwise_refutes(verdicts) -> None:
    assert verdicts["second_largest"] == "refuted"


@pytest.mark.slow
def test_a_denial_against_the_speakers_own_words(verdicts) -> None:
    assert verdicts["denied_own_words"] == "refuted"


@pytest.mark.slow
def test_words_told_to_another_outlet(verdicts) -> None:
    # her words went to the Velm Courier; a passage naming no outlet does not confirm the Osk Herald
    assert verdicts["other_outlet"] == "refuted"
    assert verdicts["same_outlet"] == "supported"


@pytest.mark.slow
def test_words_given_to_an_agency_the_pile_never_names(verdicts) -> None:
    # Norpress's words ("would also provide welders"), one verb apart, given to an agency no article names
    assert verdicts["agency_not_in_pile"] == "refuted"


@pytest.mark.slow
def test_a_state_does_not_speak_by_its_peoples_news_agency(verdicts) -> None:
    # "Kessian news agency Telpress claimed ...": Telpress's words, not Kessia's
    assert verdicts["state_not_its_agency"] != "supported"
    assert verdicts["agency_itself"] == "supported"


@pytest.mark.slow
def test_a_claim_of_two_sentences_is_judged_sentence_by_sentence(verdicts) -> None:
    # the second sentence, its "He" read as Tomas Berg, is refuted: he is a reserve colonel
    assert verdicts["second_sentence_false"] == "refuted"
    assert verdicts["second_sentence_true"] == "supported"


@pytest.mark.slow
def test_the_office_a_person_spoke_in(verdicts) -> None:
    assert verdicts["false_office"] == "refuted"  # a reserve colonel


@pytest.mark.slow
def test_a_claim_in_loaded_wording_is_judged_on_its_point(verdicts) -> None:
    assert verdicts["loaded"] == "supported"


@pytest.mark.slow
def test_a_partys_own_answer_settles_how_it_answered(verdicts) -> None:
    # its dismissal is no interested party's denial of a claim about how it answered
    assert verdicts["welcomed"] == "refuted"


def test_a_persons_description_between_commas_is_a_part_that_only_identifies() -> None:
    from storyscope.verify.compound import identifying_parts

    claim = "On 4 May, Ilya Brask, the foreign minister of Kessia, and Ana Velm, a former envoy, signed the accord."
    # (told of a past act, the description held then: "was")
    assert claim_parts(claim) == ["On 4 May, Ilya Brask and Ana Velm signed the accord.",
                                  "Ilya Brask was the foreign minister of Kessia.", "Ana Velm was a former envoy."]
    assert identifying_parts(claim) == {"Ilya Brask was the foreign minister of Kessia.",
                                        "Ana Velm was a former envoy."}
    assert identifying_parts("Ilya Brask, the foreign minister of Kessia, says the accord holds.") \
        == {"Ilya Brask is the foreign minister of Kessia."}
    # a title opening the claim, the name after it between commas: the name is the subject, the title identifies
    assert claim_parts("Kessia's envoy, Ana Velm, signed the accord.") == ["Ana Velm signed the accord.",
                                                                          "Ana Velm was Kessia's envoy."]
    assert identifying_parts("Kessia's envoy, Ana Velm, signed the accord.") == {"Ana Velm was Kessia's envoy."}
    # the aside ends the claim: nothing to split
    assert claim_parts("The accord was signed by Ilya Brask, the foreign minister.") == []


def test_an_identifying_part_refutes_but_does_not_hold_back() -> None:
    whole, main, role = "Brask, the minister, signed it.", "Brask signed it.", "Brask is the minister."
    parts = [_verdict(main, "supported"), _verdict(role, "not_enough_evidence")]
    assert combine_parts(_verdict(whole, "not_enough_evidence"), parts, 5,
                         frozenset({role})).verdict == "supported"
    assert combine_parts(_verdict(whole, "not_enough_evidence"), parts, 5).verdict == "not_enough_evidence"
    parts = [_verdict(main, "supported"), _verdict(role, "refuted")]
    assert combine_parts(_verdict(whole, "supported"), parts, 5, frozenset({role})).verdict == "refuted"


@pytest.mark.slow
def test_claims_with_descriptions_between_commas_are_judged_by_their_main_clause(tmp_path) -> None:
    articles = [{"id": "t1", "published": "2031-05-05", "title": "Kessia and Talvoria sign trade accord",
                 "text": "Kessia's foreign minister Ilya Brask and Talvorian envoy Ana Velm signed a trade accord in "
                         "Osk on 4 May.\n\nThe accord cuts tariffs on grain and ore, Brask told reporters.\n\n"
                         "Brask, who has been foreign minister since 2029, called it a fair deal."}]
    claims = {"date": "On 9 May, Ilya Brask, the foreign minister of Kessia, and Ana Velm signed a trade accord.",
              "portfolio": "Ilya Brask, the defence minister of Kessia, signed a trade accord in Osk.",
              "hobby": "Ilya Brask, a keen chess player, signed a trade accord in Osk."}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts["date"] == "refuted"
    assert verdicts["portfolio"] == "refuted"
    assert verdicts["hobby"] == "supported"


def test_no_description_part_for_places_lists_or_a_third_person() -> None:
    assert claim_parts("Osk, the capital of Kessia, hosted the summit.") == []
    assert claim_parts("Brask, the minister and Velm, the governor, met in Osk.") == []
    assert claim_parts("Ana Velm, the president, and the prime minister met in Osk.") == []


def test_a_claim_of_several_sentences_is_split_by_sentence() -> None:
    claim = "Kessia closed the border, and Talvoria recalled its envoy. Orlen resigned on Monday."
    assert claim_parts(claim) == ["Kessia closed the border.", "Talvoria recalled its envoy.",
                                  "Orlen resigned on Monday."]
    assert later_sentence_parts(claim) == frozenset()  # (a named person's deed is a claim of its own)
    assert later_sentence_parts("Kessia closed the border on Monday. The border is the longest in the region.") \
        == {"The border is the longest in the region."}
    # (what a later sentence has the speaker say is a statement of its own, held to what the pile confirms)
    assert later_sentence_parts("Ana Velm signed the accord in Osk. She said it would cut tariffs on grain.") \
        == frozenset()
    # a later sentence's "She" is the subject before; "it" may be the object before, so it is left as it is
    assert sentence_parts("Former envoy Ana Velm signed the accord in Osk. She called it a fair deal.") == [
        "Former envoy Ana Velm signed the accord in Osk.", "Former envoy Ana Velm called it a fair deal."]
    assert sentence_parts("Floods reached the Velm dam on Monday. It is the largest dam in Kessia.") == [
        "Floods reached the Velm dam on Monday.", "It is the largest dam in Kessia."]
    # "She" after a sentence that names two people, "He" after a body's words: left as they are; "They" is the pair
    assert sentence_parts("Ilya Brask met Ana Velm in Osk. She is Norvakia's trade minister.")[1] \
        == "She is Norvakia's trade minister."
    assert sentence_parts("Velm's office said Brask would travel. He will meet the envoy in Riga.")[1] \
        == "He will meet the envoy in Riga."
    assert sentence_parts("Ilya Brask and Ana Velm signed the pact. They called it historic.")[1] \
        == "Ilya Brask and Ana Velm called it historic."


def test_no_sentence_parts_for_one_sentence_a_question_or_a_quote_across_sentences() -> None:
    assert sentence_parts("Velm signed the accord in Osk on Monday.") == []
    assert sentence_parts("Who signed the accord in Osk? Ana Velm did.") == []
    assert sentence_parts('Velm told reporters: "We signed the accord. We are glad of it."') == []


def test_an_unconfirmed_later_sentence_does_not_hold_back_a_supported_whole() -> None:
    whole, first, later = "Brask signed the accord. Tariffs on grain fall by half.", "Brask signed the accord.", \
        "Tariffs on grain fall by half."
    parts = [_verdict(first, "supported"), _verdict(later, "not_enough_evidence")]
    assert combine_parts(_verdict(whole, "supported"), parts, 5, later=frozenset({later})).verdict == "supported"
    assert combine_parts(_verdict(whole, "supported"), parts, 5).verdict == "not_enough_evidence"
    # (nor does it confirm an unconfirmed whole; refuted, it refutes)
    assert combine_parts(_verdict(whole, "not_enough_evidence"), parts, 5,
                         later=frozenset({later})).verdict == "not_enough_evidence"
    parts = [_verdict(first, "supported"), _verdict(later, "refuted")]
    assert combine_parts(_verdict(whole, "supported"), parts, 5, later=frozenset({later})).verdict == "refuted"


def test_the_office_a_person_acted_in_is_a_part_that_identifies() -> None:
    claim = "Ilya Brask spoke in Osk as Kessia's defence minister."
    assert claim_parts(claim) == ["Ilya Brask spoke in Osk.", "Ilya Brask was Kessia's defence minister."]
    assert identifying_parts(claim) == {"Ilya Brask was Kessia's defence minister."}
    assert claim_parts("Ilya Brask served as a model for the statue in Osk.") == []  # no office
    # an office denied or still to come is none held
    assert identifying_parts("Ilya Brask spoke in Osk not as minister but as a private citizen.") == frozenset()
    assert identifying_parts("Ilya Brask will travel to Osk as foreign minister.") == frozenset()
