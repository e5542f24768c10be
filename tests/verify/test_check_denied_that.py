"""``check`` where a sentence is followed by someone's "denied that": the denial tells what was denied; it does not
make the denier the speaker of the sentence before."""

import pytest

from .conftest import check_verdicts

ARTICLES = [
    {"id": "d1", "published": "2031-05-04", "title": "Harbour deal disputed",
     "text": "Marta Lindqvist said on Monday that the Velm harbour deal with Brask Shipping was signed. Osk Holdings "
             "denied that.\n\nThe ferry to Brenn runs twice a day."},
]


@pytest.mark.slow
def test_a_denier_is_not_the_speaker_of_what_it_denied(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "speaker": "Marta Lindqvist said the Velm harbour deal with Brask Shipping was signed.",
        "denier": "Osk Holdings said the Velm harbour deal with Brask Shipping was signed.",
    })
    assert verdicts["speaker"] == "supported"
    assert verdicts["denier"] != "supported"
