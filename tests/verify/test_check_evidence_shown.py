"""The quoted evidence of a refutation holds the words that refute: the refusal told the sentence before a request."""

from __future__ import annotations

import pytest

from .conftest import check_results

_ARTICLES = [
    {"id": "e1", "published": "2031-05-02", "title": "Flood plan",
     "text": "The flood plan contains requests that Latvia's neighbours have so far declined to grant. As well as a "
             "call for more pumps, the mayor of Riga wants approval from Latvia's neighbours to open the northern "
             "sluices of the dam.\n\nThe ferry to Osk sailed again on Monday after the storm, the harbour master said."},
]


@pytest.mark.slow
def test_a_declined_request_is_shown_with_the_refusal(tmp_path) -> None:
    [result] = check_results(tmp_path, _ARTICLES, {
        "granted": "Latvia's neighbours have approved opening the northern sluices of the dam."}).values()
    assert result.verdict == "refuted"
    refuting = [e.text for e in result.evidence if e.stance == "disagree"]
    assert refuting and all("declined to grant" in text for text in refuting), refuting
