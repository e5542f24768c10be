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


def test_the_teller_spelt_another_way_in_another_article(tmp_path) -> None:
    # one person, spelt two ways across two articles, is one speaker: her words in the first article and her
    # telling of them to the Courier in the second confirm that she told the Courier
    articles = [{"id": "s1", "published": "2031-05-06", "title": "Bridge works",
                 "text": "Osk mayor Katrine Vold described the bridge crews as “fast, careful and tireless”.\n\n"
                         "The Osk bridge has been shut since the winter storms."},
                {"id": "s2", "published": "2031-05-07", "title": "Bridge to reopen",
                 "text": "In early May, Mayor Katrin Vold praised “fast, careful and tireless bridge crews who work "
                         "through the night”. They could be “of real use” on the harbour road too, she told the "
                         "Velm Courier.\n\nThe bridge is due to reopen in June."}]
    claims = {"told": "Osk mayor Katrin Vold told the Velm Courier the bridge crews were fast, careful and tireless."}
    assert check_verdicts(tmp_path, articles, claims)["told"] == "supported"
