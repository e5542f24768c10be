"""Claims written as headlines ("Brask, Velm sign trade pact on 3 May", "Osk harbour to reopen", "Port chief: quay
'completely flooded'"), the place a statement was made ("called for sanctions in Osk" against "he said at a news
conference in Velm"), a call made as a noun ("made his call for ...") and fear denied ("unafraid of" against "cautious not
to fall under")."""

import pytest

from storyscope.verify.claim_forms import headline_as_statement, spoken_as_statement
from storyscope.verify.headlines import headline_as_sentence
from storyscope.verify.statements import opposite_phrase

from .conftest import check_verdicts


@pytest.mark.slow
def test_a_headline_gets_the_verb_a_sentence_would_have() -> None:
    assert headline_as_sentence("Brask, Velm sign trade pact on 3 May") == "Brask and Velm signed trade pact on 3 May"
    assert headline_as_sentence("Osk harbour to reopen next week") == "Osk harbour will reopen next week"
    assert headline_as_sentence("Two Kessian ferries damaged in storm") == "Two Kessian ferries were damaged in storm"
    assert headline_as_sentence("Kessian envoys already in Velm") == "Kessian envoys are already in Velm"
    assert headline_as_sentence("Talvoria sending engineers to Norland") == "Talvoria is sending engineers to Norland"
    assert headline_as_sentence("Norland ready to lift grain quotas") == "Norland is ready to lift grain quotas"
    # the words after a headline's speaker, an opening quotation mark kept after the verb
    assert headline_as_sentence('Port chief: Osk quay "completely flooded"') == 'Port chief: Osk quay is "completely flooded"'
    assert headline_as_sentence("Velm: Talvorian crews to rebuild bridges") == "Velm: Talvorian crews will rebuild bridges"
    assert headline_as_sentence("Brask, Velm to meet in Osk") == "Brask and Velm will meet in Osk"
    assert headline_as_sentence("Brask, Velm, Kask sign pact") == "Brask, Velm and Kask signed pact"
    assert headline_as_sentence("Brask, Velm sign pact tomorrow") == "Brask and Velm will sign pact tomorrow"
    assert headline_as_sentence("Pact yet to be signed") == "Pact is yet to be signed"
    assert headline_as_sentence("Velm due to speak in Osk") == "Velm is due to speak in Osk"


@pytest.mark.slow
def test_a_sentence_is_no_headline() -> None:
    for sentence in ("Brask signed the trade pact on 3 May.", "Talvoria sends engineers to Norland.",
                     "The accord, signed in May, obliges each side to open its ports.",
                     "Accord obliges each side to open its ports within a month",
                     "The Kessian unit bound for Osk numbers more than 900 soldiers.",
                     "In Osk, Brask signed the pact.", "The signing of the pact by Brask on 3 May",
                     # an infinitive after a noun, a ranked subject, quoted words, a question, labels, one person
                     "Plan to rebuild bridge", "Bid to oust Brask", "Brask first woman to lead Norland",
                     'Osk harbour "to reopen"', "Brask sign the pact?", "Update, Velm to resign",
                     "Velm, Osk mayor to resign", "Norland police arrest two", "Osk fire damages homes",
                     "Troops stationed in Osk number 900", "Osk port reopening to take months"):
        assert headline_as_sentence(sentence) == sentence


def test_a_possessive_speaker_opens_a_headline() -> None:
    assert headline_as_statement("Norland's Brask: the quay reopens Monday") == \
        "Norland's Brask said the quay reopens Monday"


def test_a_call_made_as_a_noun_is_a_call() -> None:
    assert spoken_as_statement("Velm made his call for new sanctions in Osk.") == "Velm called for new sanctions in Osk."
    assert spoken_as_statement("Velm issued a fresh appeal for calm in Osk.") == "Velm called for calm in Osk."
    assert spoken_as_statement("Velm made his remarks in Osk.") == "Velm said in Osk."


def test_fear_denied_is_the_opposite_of_fear() -> None:
    assert opposite_phrase("Norland is unafraid of Kessian tariffs", "Norland is cautious not to fall under them")
    assert opposite_phrase("Norland is not afraid of the tariffs", "Norland is afraid of the tariffs")
    assert opposite_phrase("Norland is afraid of the tariffs", "Norland is undeterred by the tariffs")
    assert not opposite_phrase("Norland is afraid of the tariffs", "Norland is wary of the tariffs")
    # caution is no fear: "cautious" against "not afraid" stays; a fearless negotiator says nothing of Norland
    assert not opposite_phrase("Norland is not afraid of the tariffs", "Norland remains cautious about the tariffs")
    assert not opposite_phrase("Norland is wary of the tariffs", "Rell, a fearless negotiator, said Norland would watch")


_ARTICLES = [
    {"id": "h1", "published": "2031-05-05", "title": "Brask and Velm sign trade pact",
     "text": "Norvakian President Halina Brask and Kessian President Arvo Velm signed a trade pact on 3 May in the "
             "harbour city of Tallinn.\n\n"
             "Norvakian Foreign Minister Ida Marenko said Norvakia's partners should answer Kessian tariffs firmly, "
             "including by imposing new duties on Kessian steel.\n\n"
             "“This is a grave threat to our ports. We are entering a new phase,” she said at a news conference in "
             "the Nordic city of Helsinki.\n\n"
             "A Kessian trade envoy, Tomas Rell, said Kessia was cautious not to fall under Norvakian duties on its "
             "steel."},
    {"id": "h2", "published": "2031-05-09", "title": "Norvakia to open consulate",
     "text": "On a trip to Oslo, Ida Marenko said Norvakia would open a consulate for its seasonal workers.\n\n"
             "The consulate is to open in the autumn."},
    {"id": "h3", "published": "2031-05-12", "title": "Calls for calm",
     "text": "Lena Varsk urged an end to the fighting on the border.\n\n"
             "“There must be a ceasefire in Tallinn now,” she said at a news conference in Helsinki.\n\n"
             "Piret Kallas called for a windfall tax on ferry operators in Tallinn on Monday, but the Kessian envoy "
             "Tomas Rell was unmoved, and he said at a briefing in Oslo that the tax was unlawful.\n\n"
             "Arvo Velm said the Osk harbour would reopen within a month.\n\n"
             "“The quays are repaired,” he said at a news conference in Helsinki, Finland."},
    {"id": "h5", "published": "2031-05-14", "title": "Ferry line",
     "text": "Kessian envoy Tomas Rell met shipping firms on Friday.\n\n"
             "The ferry line to Osk will resume within a week, he said at a news conference in Oslo.\n\n"
             "Lena Varsk spoke on the same day.\n\n"
             "“Kessia needs new elections now,” she said at a news conference in Helsinki."},
    {"id": "h6", "published": "2031-05-15", "title": "Ferry timetable",
     "text": "Mara Sepp announced a new ferry timetable for the summer.\n\n"
             "“The ferries will run every hour,” Sepp said at a news conference in Helsinki."},
    {"id": "h4", "published": "2031-05-13", "title": "Border checks",
     "text": "Mara Sepp called for new checks on Kessian trucks at the border.\n\n"
             "“These checks will only slow trade,” the Kessian trade envoy replied. “We will not accept them,” he "
             "said at a news conference in Oslo."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "headline_right_day": "Brask, Velm sign trade pact on 3 May",
        "headline_wrong_day": "Brask, Velm sign trade pact on 13 May",
        "call_elsewhere": "Foreign Minister Ida Marenko made her call for new duties in Tallinn, the city of the pact.",
        "call_said_there": "Ida Marenko called for new duties on Kessian steel in Helsinki.",
        "said_elsewhere_that": "Ida Marenko said in Tallinn that partners should answer Kessian tariffs firmly.",
        "opening_elsewhere": "In Tallinn, Ida Marenko said partners should answer Kessian tariffs firmly.",
        "warned_elsewhere": "Marenko warned of a new phase in Tallinn.",
        "trip_elsewhere": "Ida Marenko said in Tallinn that Norvakia would open a consulate for seasonal workers.",
        "trip_there": "Ida Marenko said in Oslo that Norvakia would open a consulate for seasonal workers.",
        "place_called_for": "Lena Varsk called for a ceasefire in Tallinn.",
        "unquoted_elsewhere": "In Tallinn, Tomas Rell said the ferry line to Osk would resume within a week.",
        "opening_not_content": "Speaking in Tallinn, Lena Varsk called for new elections in Kessia.",
        "named_tag_elsewhere": "In Tallinn, Mara Sepp said the ferries would run every hour.",
        "another_said": "Piret Kallas called for a windfall tax on ferry operators in Tallinn.",
        "city_and_country": "Arvo Velm said in Finland that the Osk harbour would reopen within a month.",
        "other_speaker_next": "Mara Sepp called for new checks on Kessian trucks in Tallinn.",
        "unafraid": "Kessian envoy Rell: Kessia unafraid of Norvakian steel duties",
        "wary": "Kessian envoy Rell: Kessia wary of Norvakian steel duties",
        "not_afraid_said": "Tomas Rell said Kessia was not afraid of Norvakian steel duties.",
    }
    return check_verdicts(tmp_path_factory.mktemp("headlines"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_headline_is_checked_as_the_sentence_it_stands_for(verdicts) -> None:
    assert verdicts["headline_right_day"] == "supported"
    assert verdicts["headline_wrong_day"] == "refuted"


@pytest.mark.slow
def test_a_statement_placed_elsewhere_than_the_pile_says_is_refuted(verdicts) -> None:
    assert verdicts["call_elsewhere"] == "refuted"
    assert verdicts["said_elsewhere_that"] == "refuted"
    assert verdicts["opening_elsewhere"] == "refuted"
    assert verdicts["warned_elsewhere"] == "refuted"
    assert verdicts["call_said_there"] == "supported"
    assert verdicts["trip_elsewhere"] == "refuted"  # "On a trip to Oslo, Ida Marenko said ..."
    assert verdicts["unquoted_elsewhere"] == "refuted"  # "..., he said at a news conference in Oslo"
    assert verdicts["opening_not_content"] == "refuted"  # said in Tallinn; Kessia is where the elections are
    assert verdicts["named_tag_elsewhere"] == "refuted"  # "“...,” Sepp said at a news conference in Helsinki"
    assert verdicts["trip_there"] == "supported"


@pytest.mark.slow
def test_a_place_of_what_was_said_or_of_someone_else_does_not_refute(verdicts) -> None:
    # the place is in the speaker's words; another person's "he said"; the claim's country beside the city; an
    # unnamed other speaker before "he said"
    for key in ("place_called_for", "another_said", "city_and_country", "other_speaker_next"):
        assert verdicts[key] != "refuted", key


@pytest.mark.slow
def test_fear_denied_against_a_speakers_wariness_is_refuted(verdicts) -> None:
    assert verdicts["unafraid"] == "refuted"
    assert verdicts["wary"] == "supported"
    assert verdicts["not_afraid_said"] == "refuted"
