"""``check`` on a speaker's words turned around (praise read as "lazy"; a "shouldn’t" with a curly apostrophe) and on
a claim that calls something the most of its kind, which a passage without that superlative cannot confirm."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) once for the module

ARTICLES = [
    {"id": "q1_harbour_news", "published": "2034-02-10", "title": "Osk harbour hires Brenn dockers",
     "text": "Port chief Ilse Varga described the Brenn dock workers as “highly skilled and motivated”.\n\n"
             "“The harbour shouldn’t be shy in hiring more Brenn dock workers,” Varga said on Monday.\n\n"
             "The harbour in Osk is set to reopen to ferries next month after repairs to its cranes."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    claims = {
        "lazy": "Ilse Varga said the Brenn dock workers were lazy.",
        "skilled": "Ilse Varga said the Brenn dock workers were highly skilled.",
        "shy": "Ilse Varga said the harbour should be shy in hiring more Brenn dock workers.",
        "not_shy": "Ilse Varga said the harbour should not be shy in hiring more Brenn dock workers.",
        "quietest": "March was the quietest month yet for the ferries in the Osk harbour.",
    }
    return check_verdicts(tmp_path_factory.mktemp("words"), ARTICLES, claims)


def test_the_speakers_praise_refutes_a_claim_that_runs_the_workers_down(verdicts):
    assert verdicts["lazy"] == "refuted"
    assert verdicts["skilled"] == "supported"


def test_a_negation_with_a_curly_apostrophe_is_read(verdicts):
    assert verdicts["not_shy"] == "supported"
    assert verdicts["shy"] == "refuted"


def test_a_superlative_the_passage_does_not_state_is_not_confirmed(verdicts):
    assert verdicts["quietest"] == "not_enough_evidence"
