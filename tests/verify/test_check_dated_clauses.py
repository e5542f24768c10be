"""A dated claim with a relative clause on its noun: the event's date is compared without that clause, and the
clause itself still has to be stated. One invented store."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store

PARAGRAPHS = [
    "On 3 May Kessia and Norland signed a water treaty which reads, “Each party shall leave the other half of "
    "the Vel river's flow in every season without delay.”",
    "Farmers on both banks of the Vel welcomed the treaty at a market in Brandt.",
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    article = {"id": "d1", "published": "2031-05-10", "title": "Water treaty signed", "text": "\n\n".join(PARAGRAPHS)}
    claims = {
        "same": "Kessia and Norland signed a water treaty in May that leaves each party half of the river's flow.",
        "other": "Kessia and Norland signed a water treaty in April that leaves each party half of the river's flow.",
        "added": "Kessia and Norland signed a water treaty in May that hands Norland the Osk dam and its turbines.",
    }
    return check_verdicts(tmp_path_factory.mktemp("dated"), [article], claims)


def test_the_event_date_is_read_without_the_relative_clause(verdicts: dict[str, str]) -> None:
    assert verdicts["same"] == "supported"
    assert verdicts["other"] == "refuted"


def test_the_relative_clause_is_not_confirmed_by_the_date(verdicts: dict[str, str]) -> None:
    assert verdicts["added"] != "supported"
