"""``check`` on a claim that closes with a use or purpose the writer tells in the passage's next sentence ("praised
the builders as tireless for rebuilding bridges": "... They could be of real use in rebuilding bridges, he told ..."),
and on a facility described by its rank and named only in the next sentence ("near Europe's largest salt mine. ...
the Brask mine")."""

import pytest

from storyscope.verify.claim_forms import purpose_apart

from .conftest import check_verdicts

ARTICLES = [
    {"id": "p1", "published": "2031-05-02", "title": "Talvorian builders for Kessia",
     "text": "Talvoria will send several hundred builders to Kessia, officials in Osk said.\n\n"
             "In June, envoy Tarn Velk greeted “skilled and tireless” Talvorian builders. They could be of real use "
             "in rebuilding bridges in Lask, he told the daily Osk Herald.\n\n"
             "Kessian police were accused of beating protesters near Europe’s largest salt mine on Sunday.\n\n"
             "Families living near the Brask mine say their homes were searched."},
]


def test_purpose_apart_splits_a_closing_purpose() -> None:
    core, purpose = purpose_apart("Envoy Tarn Velk praised the builders as skilled and tireless for rebuilding "
                                  "bridges in Lask.")
    assert core == "Envoy Tarn Velk praised the builders as skilled and tireless."
    assert purpose == "rebuilding bridges in Lask"
    assert purpose_apart("Velk praised the builders as tireless and able to help rebuild bridges.")[1] \
        == "rebuild bridges"
    # (no purpose: words in -ing that are no gerund, and a core too short to judge alone)
    assert purpose_apart("Talvoria sent the builders to Kessia during the spring.") is None
    assert purpose_apart("Velk was praised for rebuilding bridges.") is None
    # (an "in"/"for" gerund that is no purpose: the cause or setting of the act)
    assert purpose_apart("Three Kessian soldiers were killed in training exercises.") is None
    assert purpose_apart("The Talvorian envoy was jailed for spying on the port.") is None


def test_only_superlatives_rank_a_facility() -> None:
    from storyscope.verify.check import _RANKED_FACILITY, _rank_words

    assert _rank_words("near Europe's largest salt mine") == {"largest", "europe"}
    assert _rank_words("near the protest site in the west", True) == set()
    assert _RANKED_FACILITY.search("near the nuclear test site") is None


@pytest.mark.slow
def test_purposes_told_next_and_facilities_named_next(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "purpose": "Envoy Tarn Velk praised Talvorian builders as skilled and tireless for rebuilding bridges in "
                   "Lask.",
        "able_to": "Envoy Tarn Velk praised Talvorian builders as skilled and tireless and able to help rebuild "
                   "bridges in Lask.",
        "other_purpose": "Envoy Tarn Velk praised Talvorian builders as skilled and tireless for guarding prisons in Lask.",
        "largest": "The Brask salt mine is the largest in Europe.",
        "oldest": "The Brask salt mine is the oldest in Europe.",
        "world": "The Brask mine is the largest salt mine in the world.",
        "second": "The Brask mine is Europe's second-largest salt mine.",
    })
    assert verdicts["purpose"] == "supported"
    assert verdicts["able_to"] == "supported"
    assert verdicts["other_purpose"] == "not_enough_evidence"
    assert verdicts["largest"] == "supported"
    assert verdicts["oldest"] == "not_enough_evidence"
    assert verdicts["world"] == "not_enough_evidence"
    assert verdicts["second"] != "supported"


TITLED = [
    {"id": "t1", "published": "2031-08-02", "title": "Norland's envoy and the builders",
     "text": "In July, Norland's Ambassador to Talvoria, Tarn Velk, held talks with Talvorian officials in Osk.\n\n"
             "In mid-July, Ambassador Velk greeted “skilled and tireless Talvorian builders who are ready to work in "
             "the harshest winter”.\n\n"
             "Ambassador Velk also said Kessia's envoy had ordered the closure of the Brenn ferry.\n\n"
             "The ferry to Brenn runs twice a day."},
]


@pytest.mark.slow
def test_a_doer_named_by_the_title_the_article_gives_the_speaker(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, TITLED, {
        "titled": "Norland's ambassador to Talvoria praised Talvorian builders as skilled and tireless.",
        "other_state": "Kessia's ambassador to Talvoria praised Talvorian builders as skilled and tireless.",
        "other_words": "Norland's ambassador to Talvoria criticised Talvorian builders as lazy.",
        "told_of_another": "Norland's ambassador to Talvoria ordered the closure of the Brenn ferry.",
    })
    assert verdicts["titled"] == "supported"  # (his words are the matter, as if the claim named him)
    assert verdicts["other_state"] == "not_enough_evidence"
    assert verdicts["other_words"] != "supported"
    assert verdicts["told_of_another"] != "supported"  # (his words tell someone else's deed, not his own)
