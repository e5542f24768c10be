"""A search-box fragment with a date and no verb ("Velm Kessia water pact 3 May") is dated by the passage's act on
the thing it names."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store


def test_a_dated_fragment(tmp_path) -> None:
    article = {"id": "w1", "published": "2031-05-09", "title": "Water pact",
               "text": "On 3 May Velm and Kessia signed a water pact that shares the Osk river between them.\n\n"
                       "Farmers on both banks welcomed the deal."}
    claims = {"same": "Velm Kessia water pact 3 May",
              "other": "Velm Kessia water pact 5 June"}
    assert check_verdicts(tmp_path, [article], claims) == {"same": "supported", "other": "refuted"}
