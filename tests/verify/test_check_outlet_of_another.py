"""A claim that the speaker told an outlet the pile gives only someone else's words to is not confirmed by the
speaker's words alone. One invented store."""

import pytest

from .conftest import check_verdicts

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store


def test_an_outlet_that_carries_someone_elses_words(tmp_path) -> None:
    article = {"id": "o1", "published": "2031-05-06", "title": "Dam debate",
               "text": "Retired engineer Lena Varga told the Velm Courier, “The Osk dam will hold through the "
                       "spring floods.”\n\n"
                       "Hydrologist Piet Morel said the council should drain the Osk reservoir before the floods."}
    claims = {"other": "Piet Morel gave his comments about draining the Osk reservoir in an interview with the "
                       "Velm Courier.",
              "own": "Lena Varga told the Velm Courier that the Osk dam will hold through the spring floods.",
              "plain": "Piet Morel said the council should drain the Osk reservoir before the floods."}
    verdicts = check_verdicts(tmp_path, [article], claims)
    assert verdicts["other"] == "not_enough_evidence"
    assert verdicts["own"] == "supported"
    assert verdicts["plain"] == "supported"
