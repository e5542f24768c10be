"""Descriptions of states and leaders read as the pile's names (``descriptions``), and ``check`` on such claims."""

import pytest

from storyscope.verify.descriptions import PileDescriptions, named_plainly, pile_descriptions

from .conftest import check_verdicts

_TEXTS = [
    "Kessia's invasion of Talvoria began in March. Kessian troops shelled Osk.",
    "Since the Kessian invasion of Talvoria, Mongolia has sent fuel to Kessia. Mongolia denies it.",
    "Kessian President Ona Brenn thanked Mongolia. Mongolia's envoy met Brenn. Japan said nothing.",
]
_PEOPLE = {"Ona Brenn": "Ona Brenn", "Brenn": "Ona Brenn"}
_STATES = {"Kessia", "Talvoria", "Osk", "Mongolia", "Japan"}


def _known() -> PileDescriptions:
    return pile_descriptions(_TEXTS, _PEOPLE, _STATES)


def test_the_pile_tells_who_invaded_whom_and_its_leaders() -> None:
    known = _known()
    assert (known.invader, known.invaded, known.invader_people) == ("Kessia", "Talvoria", "Kessian")
    assert known.mentions["Mongolia"] == 4 and known.mentions["Japan"] == 1
    assert known.leaders == {"kessian": "Ona Brenn"}


@pytest.mark.parametrize("claim, plain", [
    ("The invaded country's east was shelled.", "Talvoria's east was shelled."),
    ("The invading power shelled Osk.", "Kessia shelled Osk."),
    ("The invader shelled Osk.", "Kessia shelled Osk."),
    ("The invading army shelled Osk.", "The Kessian army shelled Osk."),
    ("The Asian nation sent fuel to the aggressor.", "Mongolia sent fuel to Kessia."),
    ("The landlocked state in Asia sent fuel.", "Mongolia sent fuel."),
    ("The Kessian leader thanked the Asian nation.", "Ona Brenn thanked Mongolia."),
    # a capital by its country's people's word, regular or not
    ("Brenn flew to the Mongolian capital.", "Brenn flew to Ulan Bator."),
    ("Brenn flew to the French capital.", "Brenn flew to Paris."),
    ("Brenn flew to the Kessian capital.", "Brenn flew to the Kessian capital."),
    # (a description with its name beside it; a label someone gives; a rank or a complement)
    ("Brenn flew to the Mongolian capital Ulan Bator.", "Brenn flew to the Mongolian capital Ulan Bator."),
    ("The Kessian leader, Ona Brenn, flew home.", "The Kessian leader, Ona Brenn, flew home."),
    ("Kessia called Talvoria the aggressor.", "Kessia called Talvoria the aggressor."),
    ("Japan became the first Asian country to send fuel.", "Japan became the first Asian country to send fuel."),
    ("The Asian nation, Japan, sent fuel.", "The Asian nation, Japan, sent fuel."),
    # (a people's word the pile does not write: "the Talvorian president")
    ("The South Kessian leader fled.", "The South Kessian leader fled."),
    # (an indefinite description need not be the story's state; a region the pile names no state of; a leader the
    # pile titles no one)
    ("An Asian nation sent fuel.", "An Asian nation sent fuel."),
    ("The African nation sent fuel.", "The African nation sent fuel."),
    ("The Talvorian president fled.", "The Talvorian president fled."),
])
def test_named_plainly(claim, plain) -> None:
    assert named_plainly(claim, _known()) == plain


def test_no_invasion_or_a_contested_one_names_no_invader() -> None:
    contested = pile_descriptions(["Kessia's invasion of Talvoria.", "Talvoria's invasion of Kessia."], {}, {
        "Kessia", "Talvoria"})
    assert contested.invader is None
    assert named_plainly("The invader shelled Osk.", contested) == "The invader shelled Osk."
    # a region whose states the pile names about as often: none named
    even = pile_descriptions(["Mongolia and Japan met. Mongolia and Japan agreed. Mongolia, Japan."], {}, set())
    assert named_plainly("The Asian nation agreed.", even) == "The Asian nation agreed."
    # a name counted once wherever it stands, not once more for each longer run that holds it; a paper named after a
    # state is no mention of it
    counted = pile_descriptions(["Mongolia said so. Mongolia Today said so. Mongolia Post agreed. In Mongolia, rain."],
                                {}, set())
    assert counted.mentions["Mongolia"] == 2
    # "When Kessia invaded Talvoria": the name after the word opening the sentence
    opened = pile_descriptions(["When Kessia invaded Talvoria, Osk fell."], {}, {"Kessia", "Talvoria"})
    assert (opened.invader, opened.invaded) == ("Kessia", "Talvoria")


@pytest.mark.slow
def test_claims_told_by_descriptions_are_checked_against_the_named(tmp_path) -> None:
    articles = [{"id": "d1", "published": "2031-05-02", "title": "Fuel for Kessia",
                 "text": "Kessia's invasion of Talvoria began in March.\n\n"
                         "Since Kessia's invasion of Talvoria, Mongolia has sent fuel to Kessia.\n\n"
                         "Mongolia's envoy met Kessian President Ona Brenn in Osk, and Mongolia promised more fuel.\n\n"
                         "Brenn said Talvoria had started the war."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "region_and_invader": "The Asian nation has sent fuel to the invading country.",
        "leader": "The Kessian leader said the invaded country had started the war.",
        # (a region the pile names no state of stays a description no article holds)
        "other_region": "The African nation has sent fuel to the invading country.",
    })
    assert verdicts["region_and_invader"] == "supported" and verdicts["leader"] == "supported"
    assert verdicts["other_region"] == "not_enough_evidence"
