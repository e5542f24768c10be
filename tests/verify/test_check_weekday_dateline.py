"""``check`` on a claim dated by a weekday that an undated article states word for word, after a dateline that names
another day: the passage's own weekday is the event's, not the dateline's."""

import pytest

from .conftest import check_verdicts

SENTENCE = "The Velm harbour council voted on Tuesday to open a ferry route to the island of Brenn"
ARTICLES = [
    {"id": "dated", "published": "2031-03-12", "title": "Ferry route approved",
     "text": f"Velm, 12 March 2031 — {SENTENCE}, council chair Ana Kessia said.\n\nThe first boat will sail in "
             "May, the council said."},
    {"id": "undated",
     "text": f"Ferry route to Brenn\n\nVelm, 12 March 2031 — {SENTENCE}, council chair Ana Kessia said.\n\n"
             "“We expect the first boat to sail in May,” Kessia told reporters. The route will cost 4.2 million krona, "
             "according to the council's budget office.\n\nOpposition member Ola Brask said the plan was rushed."},
]


@pytest.mark.slow
def test_a_claim_an_undated_article_states_word_for_word_is_not_refuted(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {"verbatim": SENTENCE})
    assert verdicts["verbatim"] != "refuted"  # (the chair's words, relayed: no more than discussion)
