"""``check`` reads a user's yes/no question as the claim it asks about (``questions.asked_as_statement``)."""

import pytest

from storyscope.verify.questions import asked_as_statement

from .conftest import check_verdicts


def test_a_yes_no_question_becomes_its_claim() -> None:
    asked = {
        "Did Estonia close the port of Tallinn?": "Estonia closed the port of Tallinn.",
        "Did the two ministers meet in Oslo and sign a pact?": "The two ministers met in Oslo and signed a pact.",
        "Does Estonia supply shells to Latvia?": "Estonia supplies shells to Latvia.",
        "Didn't Sepp resign?": "Sepp resigned.",
        "Did Estonia's foreign minister Mari Sepp urge allies to act?":
            "Estonia's foreign minister Mari Sepp urged allies to act.",
        "Is Mari Sepp Estonia's defence minister?": "Mari Sepp is Estonia's defence minister.",
        "Is Sepp a minister?": "Sepp is a minister.",
        "Was the pact signed on 3 May?": "The pact was signed on 3 May.",
        "Is the port of Tallinn closed?": "The port of Tallinn is closed.",
        "Are Estonian troops already in Latvia?": "Estonian troops are already in Latvia.",
        "Has Estonia already sent ships?": "Estonia has already sent ships.",
        "Would the ships heading to Oslo be back by May?": "The ships heading to Oslo would be back by May.",
        "Was it Sepp who closed the port?": "It was Sepp who closed the port.",
        "Is it true that Sepp closed the port?": "Sepp closed the port.",
        "Is it true the port was closed?": "The port was closed.",
        "Quick question: did Sepp close the port?": "Sepp closed the port.",
        "Can someone confirm whether Sepp closed the port?": "Sepp closed the port.",
        "So is the port of Tallinn closed or not?": "The port of Tallinn is closed.",
        "Who closed the port — was it Mari Sepp?": "Mari Sepp closed the port.",
        "Who closed the port — was it really Sepp?": "Sepp closed the port.",
        # a negative question asks about the positive, however it is spelt
        "Did Estonia not close the port?": "Estonia closed the port.",
        "Wasn't the pact signed?": "The pact was signed.",
        "Was the pact not signed?": "The pact was signed.",
        "Did Estonia fire over 100 shells at Riga?": "Estonia fired over 100 shells at Riga.",
        "Is Mari Sepp head of the port authority?": "Mari Sepp is head of the port authority.",
        "Is NATO chief Ola Dahl in Tallinn?": "NATO chief Ola Dahl is in Tallinn.",
        "Is Pentagon spokesman Ola Dahl retiring?": "Pentagon spokesman Ola Dahl is retiring.",
        "Is Sepp, the minister, in Oslo?": "Sepp, the minister, is in Oslo.",
    }
    for question, claim in asked.items():
        assert asked_as_statement(question) == claim, question


def test_what_asks_nothing_of_yes_or_no_stays() -> None:
    for kept in ("How many ships did Estonia send?", "When did Sepp resign?", "Is that right?",
                 "Estonia closed the port.", "Why?", "Who closed the port?",
                 # two questions, a wh- question or a noun phrase in a frame, an object "who", a denied answer
                 "Did Estonia close the port and did Latvia respond?", "Did Sepp resign or was she fired?",
                 "Does anyone know who signed the pact?", "Is there proof of the attack?",
                 "Can someone check the figures?", "Is it correct to say that Sepp resigned?",
                 "Is it true or false that Sepp resigned?", "Is it right for NATO to send ships?",
                 "Who did Sepp meet — was it Dahl?", "Who closed the port — was it not Sepp?"):
        assert asked_as_statement(kept) == kept, kept
    long = "Is it true that Sepp" + " " * 4000 + "resigned? Surely"
    assert asked_as_statement(long) == long  # (too long to be a question typed: left, and at once)


_ARTICLES = [
    {"id": "q1", "published": "2031-04-02", "title": "Port closed",
     "text": "Estonia closed the port of Tallinn to cargo ships for three days on Monday.\n\n"
             "Estonian Foreign Minister Mari Sepp said at a news conference in Tallinn that the closure was a "
             "precaution.\n\n"
             "Ships bound for Tallinn were sent to Helsinki instead."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "did": "Did Estonia close the port of Tallinn to cargo ships?",
        "did_wrong": "Did Estonia close the port of Tallinn to cargo ships for four days?",
        "is_it_true": "Is it true that ships bound for Tallinn were sent to Helsinki?",
        "role_wrong": "Is Mari Sepp Estonia's defence minister?",
        "who_was_it": "Who said the closure was a precaution — was it Mari Sepp?",
    }
    return check_verdicts(tmp_path_factory.mktemp("questions"), _ARTICLES, claims)


@pytest.mark.slow
def test_questions_are_judged_as_their_claims(verdicts) -> None:
    assert verdicts["did"] == "supported"
    assert verdicts["did_wrong"] == "refuted"
    assert verdicts["is_it_true"] == "supported"
    assert verdicts["role_wrong"] == "refuted"
    assert verdicts["who_was_it"] == "supported"


def test_a_question_with_its_answer_is_the_answer() -> None:
    from storyscope.verify.questions import asked_as_statement

    assert asked_as_statement("Did Brask sign the pact? Yes.") == "Brask signed the pact."
    assert asked_as_statement("Did Brask sign the pact? No.") == "It is false that Brask signed the pact."
    assert asked_as_statement("Is the dam safe? No, not at all.") == "It is false that the dam is safe."
    # an adjective after the subject opens the complement
    assert asked_as_statement("Is Latvia ready to send engineers? Yes.") == "Latvia is ready to send engineers."
    # a wh- question with its answer is the statement the answer makes; an answer with no question stays
    assert asked_as_statement("Where did Brask speak? In Osk.") == "Brask spoke in Osk."
    assert asked_as_statement("No, the talks failed.") == "No, the talks failed."


@pytest.mark.parametrize("asked, stated", [
    ("Which agency does Ida Marr lead? The Osk Port Authority.", "Ida Marr leads the Osk Port Authority."),
    ("Who chairs the water board? Ida Marr.", "Ida Marr chairs the water board."),
    ("Who did Brask meet in Osk? Velm.", "Brask met Velm in Osk."),
    ("Which paper did Velm speak to about the dam? The Osk Herald.", "Velm spoke to the Osk Herald about the dam."),
    ("Which paper did Velm tell that the dam was safe? The Herald.", "Velm told the Herald that the dam was safe."),
    ("When did Kessia close the border? In March.", "Kessia closed the border in March."),
    ("How many engineers were sent to Osk? About 300.", "About 300 engineers were sent to Osk."),
    ("What rank does Dubko hold? He's a reserve colonel.", "Dubko is a reserve colonel."),
    ("What did Velm urge the council to do? Close the port.", "Velm urged the council to close the port."),
    ("What did Velm say about the dam? That it was safe.", "Velm said about the dam that it was safe."),
    ("Which country sent ferries to Osk? Kessia.", "Kessia sent ferries to Osk."),  # the verb is no asked noun
    ("What did Brask call for? A ceasefire.", "Brask called for a ceasefire."),  # the preposition ends it
    ("Where did Brask travel to? Osk.", "Brask traveled to Osk."),
    ("What post did Ida Marr hold? Envoy to Norland.", "Ida Marr was envoy to Norland."),  # held then
    ("When did Velm resign? Yesterday.", "Velm resigned yesterday."),
    ("Who won the vote? Velm did.", "Velm won the vote."),
])
def test_a_wh_question_with_its_answer_is_the_answers_statement(asked: str, stated: str) -> None:
    from storyscope.verify.questions import asked_as_statement

    assert asked_as_statement(asked) == stated


@pytest.mark.parametrize("asked", [
    "Where did Osk rank among the ports? Second.",  # a rank, no place
    "Who signed the accord? Nobody knows.",
    "Why did Osk close the port? Floods.",  # a cause is no slot of the clause
    "How many engineers did Osk send? 300.",  # the count's noun is the object: not read
    "Who signed? Was it Brask? Yes.",  # two questions
    "Where did Kessia send ferries? Osk.",  # to Osk, not in it
    "Which of the ministers resigned? Brask.",
    "Who knew? Brask resigned in Osk.",  # the answer is a clause of its own
    "Who signed the pact? It's unclear.", "Where did Brask speak? Not sure.",
    "Who sent aid to Osk? Kessia. It arrived on Tuesday.",  # more than an answer
    "How many ferries will Kessia send? 30.",  # the count is the object
])
def test_other_questions_with_answers_stay(asked: str) -> None:
    from storyscope.verify.questions import answered_as_statement

    assert answered_as_statement(asked) == asked
