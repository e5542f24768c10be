"""``check`` on an event a writer dates by its noun in an aside after someone's reported words ("..., whose ties with
Norland have grown closer since Kessia's invasion of Talvoria in March 2029"), and on claims that tell that event
as launched or begun ("Kessia launched its full-scale invasion of Talvoria in March 2029")."""

import pytest

from storyscope.verify.claim_forms import event_as_action
from storyscope.verify.stance_rules import same_word

from .conftest import check_verdicts

ARTICLES = [
    {"id": "e1", "published": "2031-04-02", "title": "Sanctions on Norland urged",
     "text": "Talvorian Foreign Minister Ansa Velk said allies should respond firmly, including by isolating "
             "Norland, whose relations with Kessia have grown closer since Kessia’s invasion of Talvoria in March "
             "2029.\n\nVelk spoke to reporters in Osk on Tuesday."},
]


def test_event_nouns_read_as_acts() -> None:
    assert same_word("invasion", "invade") and same_word("invad", "invasion") and same_word("decision", "decid")
    assert not same_word("invasion", "invader") and not same_word("vision", "vide")
    assert event_as_action("Kessia launched its full-scale invasion of Talvoria in March 2029.") \
        == "Kessia invaded Talvoria in March 2029."
    assert event_as_action("Kessia's full-scale invasion of Talvoria began in March 2029.") \
        == "Kessia invaded Talvoria in March 2029."


@pytest.mark.slow
def test_an_aside_dates_the_event_its_noun_tells(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "began": "Kessia's full-scale invasion of Talvoria began in March 2029.",
        "launched": "Kessia launched its full-scale invasion of Talvoria in March 2029.",
        "invaded": "Kessia invaded Talvoria in March 2029.",
        "other_month": "Kessia invaded Talvoria in June 2029.",
    })
    assert verdicts["began"] == "supported"
    assert verdicts["launched"] == "supported"
    assert verdicts["invaded"] == "supported"
    assert verdicts["other_month"] == "refuted"


def test_last_month_in_a_claim_is_that_month() -> None:
    from storyscope.verify.dates import claim_dates

    # (a claim has no date to count "last" from: the month alone, which a passage's "On 19 June" contradicts)
    assert claim_dates("Brask and Velm signed their accord last September.") == [(None, 9, None)]
    assert claim_dates("Brask and Velm signed their accord in late August.") == [(None, 8, None)]
    assert claim_dates("The vote was held last September 2029.") == [(2029, 9, None)]
    assert claim_dates("The troops marched past June Velk.") == []  # (a name, no month)
    assert claim_dates("Brask spoke at last May Day's parade.") == []
