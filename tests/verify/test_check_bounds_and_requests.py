"""``check`` compares counts given as bounds or orders of magnitude, and does not read an act asked for as done."""

import pytest

from storyscope.verify.actions import parse_texts, states_action, states_action_as_done
from storyscope.verify.parties import denier_text
from storyscope.verify.stance_rules import judge_detail

from .conftest import check_verdicts


def test_a_bound_the_other_way_disagrees() -> None:
    passage = "Sepp said up to 4,000 Estonian engineers were being prepared to rebuild the bridge."
    assert judge_detail("Sepp said more than 4,000 Estonian engineers were being prepared to rebuild the bridge.",
                        passage).stance == "disagree"
    assert judge_detail("Sepp said more than 4k Estonian engineers were being prepared.", passage).stance == "disagree"
    floor = "At least 1,200 sailors were evacuated from the port."
    assert judge_detail("Fewer than 1,200 sailors were evacuated from the port.", floor).stance == "disagree"
    # bounds that meet are no conflict
    assert judge_detail("More than 1,200 sailors were evacuated from the port.", floor).stance == "agree"
    assert judge_detail("Up to 4,000 Estonian engineers were being prepared to rebuild the bridge.",
                        passage).stance != "disagree"


def test_orders_of_magnitude_that_do_not_meet_disagree() -> None:
    passage = "Officials report several thousand Estonian troops are training at bases near Tartu."
    assert judge_detail("Officials report tens of thousands of Estonian troops are training at bases near Tartu.",
                        passage).stance == "disagree"
    assert judge_detail("Officials report a few hundred Estonian troops are training at bases near Tartu.",
                        passage).stance == "disagree"
    # "thousands" allows several thousand, and one vague count against two is not compared
    assert judge_detail("Officials report thousands of Estonian troops are training at bases near Tartu.",
                        passage).stance == "agree"
    assert judge_detail("Officials report tens of thousands of Estonian troops are training at bases near Tartu.",
                        passage + " Hundreds of tanks arrived.").stance != "disagree"


def test_an_act_asked_for_is_not_an_act_done() -> None:
    def done(text: str) -> bool:
        return states_action_as_done("impose", parse_texts([text])[0])

    for asked in ("Latvia is calling on its allies to impose fresh sanctions on Minsk.",
                  "Sepp said the allies should respond firmly, including by imposing new sanctions on Minsk.",
                  "Sepp urged the allies to impose sanctions and isolate Minsk."):
        assert states_action("impose", parse_texts([asked])[0]) and not done(asked), asked
    for told in ("The allies imposed new sanctions on Minsk.",
                 "The allies imposed sanctions after Latvia urged them to act.",
                 "Latvia urged its allies to impose sanctions, and they imposed them on Monday."):
        assert done(told), told


def test_who_gives_another_account_is_who_opens_it() -> None:
    assert denier_text("Officials report several thousand Latvian troops are training near Riga.") == "Officials"
    assert denier_text("Riga's defence ministry said the figure was lower.") == "Riga's defence ministry"
    assert denier_text("The ministry in Riga dismissed the reports as false.") == "The ministry in Riga"


_ARTICLES = [
    {"id": "b1", "published": "2031-04-02", "title": "Engineers readied",
     "text": "Estonian Foreign Minister Mari Sepp said at a news conference in Tallinn that up to 4,000 Estonian "
             "engineers were being prepared to rebuild the river bridge.\n\n"
             "Officials report several thousand Latvian troops are training at bases near Riga.\n\n"
             "Estonia is calling on its allies to impose fresh sanctions on Belarus."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "bound": "Mari Sepp said up to 4,000 Estonian engineers were being prepared to rebuild the river bridge.",
        "bound_wrong": "Mari Sepp said more than 4,000 Estonian engineers were being prepared to rebuild the river "
                       "bridge.",
        "magnitude_wrong": "Tens of thousands of Latvian troops are training at bases near Riga.",
        "asked": "Estonia's allies have imposed fresh sanctions on Belarus.",
        "asking": "Estonia is calling on its allies to impose fresh sanctions on Belarus.",
    }
    return check_verdicts(tmp_path_factory.mktemp("bounds"), _ARTICLES, claims)


@pytest.mark.slow
def test_bounds_magnitudes_and_requests_are_checked(verdicts) -> None:
    assert verdicts["bound"] == "supported"
    assert verdicts["bound_wrong"] == "refuted"
    assert verdicts["magnitude_wrong"] == "refuted"
    assert verdicts["asked"] == "not_enough_evidence"
    assert verdicts["asking"] == "supported"


def test_a_span_ahead_is_a_time_the_speaker_gave() -> None:
    from storyscope.verify.dates import other_time

    passage = "Sepp said the talks could end the dispute “no later than next year”."
    assert other_time("the talks could end the dispute within five years", passage)
    assert other_time("the talks could end the dispute only after five years", passage)
    assert not other_time("the talks could end the dispute within a year", passage)
    assert not other_time("the talks could end the dispute next year", passage)
