"""A claim that something was the first to do a thing ("Kessia first to recognise the Osk republic") needs a passage
that ranks it: "did so as the third country" refutes it, "one of the earliest" or a passage with no rank does not
confirm it."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store


def test_first_to_against_the_writers_rank(tmp_path) -> None:
    articles = [{"id": "r1", "published": "2031-04-02", "title": "Recognition",
                 "text": "Kessia on Monday recognised the self-declared Osk Free Republic.\n\n"
                         "It did so as the third country after Norvakia and Talvoria, officials in Velm said."},
                {"id": "r2", "published": "2031-04-03", "title": "Brask backs the plan",
                 "text": "Velm became one of the earliest states to back the Brask harbour plan last week.\n\n"
                         "The harbour plan was welcomed by the fishing unions."},
                {"id": "r3", "published": "2031-04-04", "title": "Dam deal",
                 "text": "Talvoria became the first country to sign the Osk dam accord on Friday.\n\n"
                         "Norvakia signed the dam accord a week later."}]
    claims = {"third": "Kessia first to recognise the Osk Free Republic",
              "one_of": "Velm first to back the Brask harbour plan",
              "among": "Velm was among the earliest states to back the Brask harbour plan.",
              "first": "Talvoria first to sign the Osk dam accord",
              "unranked": "Norvakia first to sign the Osk dam accord"}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts == {"third": "refuted", "one_of": "not_enough_evidence", "among": "supported",
                        "first": "supported", "unranked": "not_enough_evidence"}
