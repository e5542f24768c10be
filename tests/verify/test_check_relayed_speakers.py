"""What a speaker with a long description said is relayed: it does not confirm the claim as the writer's fact."""

from __future__ import annotations

import pytest

from .conftest import check_verdicts

_ARTICLES = [
    {"id": "p1", "published": "2031-07-02", "title": "Velm weighs Osk's offer",
     "text": "Osk has offered Velm 400 engineers to rebuild the river bridge.\n\n"
             "Teodor Brann, a retired colonel and radio defence commentator from Brenn, said Velm should gratefully "
             "accept the offer of help.\n\n"
             "The ferry to Osk sailed again on Monday after the storm, the harbour master said."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "advice": "Velm should accept Osk's offer of help.",
        "said": "Teodor Brann said Velm should accept the offer of help.",
        "fact": "Osk has offered Velm 400 engineers to rebuild the bridge.",
    }
    return check_verdicts(tmp_path_factory.mktemp("relayed_speakers"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_described_speakers_advice_is_his_not_the_writers(verdicts) -> None:
    assert verdicts["advice"] == "not_enough_evidence"
    assert verdicts["said"] == "supported"
    assert verdicts["fact"] == "supported"
