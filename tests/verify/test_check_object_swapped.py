"""``check`` on a statement claim that keeps the speaker's verb but swaps its object: "The Osk Herald claimed the
state would provide tanks" when the Herald claimed it would provide builders misreports the Herald."""

import pytest

from storyscope.verify.actions import alike, parse_texts
from storyscope.verify.statements import object_swapped

from .conftest import check_verdicts

ARTICLES = [
    {"id": "s1", "published": "2031-10-20", "title": "Talvoria to help Kessia rebuild",
     "text": "Talvoria's president Ilse Marr met Kessian envoys in Brenn on Monday.\n\n"
             "The Osk Herald claimed the small state would provide builders to help repair storm damage.\n\n"
             "The ferry to Brenn runs twice a day."},
]


@pytest.mark.slow
def test_the_speakers_verb_with_another_object_refutes(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "as_said": "The Osk Herald claimed Talvoria would provide builders to help repair storm damage.",
        "swapped": "The Osk Herald claimed Talvoria would provide tanks to help repair storm damage.",
    })
    assert verdicts["as_said"] == "supported"
    assert verdicts["swapped"] == "refuted"


@pytest.mark.parametrize(("said", "passage", "swapped"), [
    ("the state would provide tanks to repair storm damage", "the state would also provide builders to help repair "
     "storm damage", True),
    ("the state would provide builders", "the state would also provide builders and engineers", False),
    # the rest said otherwise too: a paraphrase, not a swap
    ("Velm should accept Osk's offer", "We should not be shy in accepting the hand Osk has held out to us", False),
    ("the state would provide soldiers", "the state would provide troops", False),  # words used alike
    ("the state would provide tanks", "the state would provide them, and tanks too", False),  # named elsewhere
    ("the state would provide tanks", "the state would send builders", False),  # another verb: no judgement
    ("workers could help rebuild the Donbas", "they could help in rebuilding infrastructure in the Donbass", False),
])
def test_object_swapped(said: str, passage: str, swapped: bool) -> None:
    said_doc, passage_doc = parse_texts([said, passage])
    assert (object_swapped(said_doc, passage_doc, alike) is not None) is swapped


@pytest.mark.slow
def test_the_same_thing_in_other_words_is_no_swap(tmp_path) -> None:
    articles = [{"id": "h1", "published": "2031-11-02", "title": "Brenn to house families",
                 "text": "Ilse Marr said the city of Brenn would provide homes for 300 refugee families from Kessia "
                         "this winter.\n\nThe ferry to Osk runs twice a day."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "housing": "Ilse Marr said Brenn would provide housing for 300 refugee families from Kessia this winter.",
        "tanks": "Ilse Marr said Brenn would provide tanks for 300 refugee families from Kessia this winter.",
    })
    assert verdicts["housing"] == "supported"  # ("housing" and "homes": one thing in other words)
    assert verdicts["tanks"] == "refuted"
