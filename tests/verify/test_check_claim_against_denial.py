"""One side's claim against the other side's denial, nothing independent either way: ``check`` says conflicting.
One invented store."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store


def test_a_claim_against_a_denial_is_conflicting(tmp_path) -> None:
    articles = [
        {"id": "k1", "published": "2031-05-06", "title": "Border incident",
         "text": "Kessian officials claimed that Talvorian troops had crossed the border near Osk.\n\n"
                 "Farmers near Osk said they heard vehicles in the dark."},
        {"id": "k2", "published": "2031-05-07", "title": "Talvoria denies incursion",
         "text": "Talvoria denied that its troops had crossed the border near Osk, calling the reports fake news.\n\n"
                 "The Talvorian defence ministry said its units stayed in their barracks."},
    ]
    claims = {"contested": "Talvorian troops crossed the border near Osk.",
              "untouched": "Talvorian troops crossed the border near Brenn."}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts["contested"] == "conflicting"
    assert verdicts["untouched"] != "conflicting"
