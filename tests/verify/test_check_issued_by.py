"""``check`` on a statement claim whose speaker is what a body issues ("Intelligence assessments say ..."): the body
said it when the pile has that body say it ("Kessian intelligence says ...")."""

import pytest

from .conftest import check_verdicts

ARTICLES = [
    {"id": "i1", "published": "2031-03-02", "title": "Velm struggles to hire pilots",
     "text": "Velm has lost many aircraft this winter, and Kessian intelligence says it is becoming increasingly "
             "difficult for Velm to hire pilots.\n\n"
             "The ferry to Brenn runs twice a day."},
]


@pytest.mark.slow
def test_what_a_body_issues_speaks_for_the_body(tmp_path) -> None:
    verdicts = check_verdicts(tmp_path, ARTICLES, {
        "assessments": "Intelligence assessments say it is becoming increasingly difficult for Velm to hire pilots.",
        "reports": "Intelligence reports say it is becoming increasingly difficult for Velm to hire pilots.",
        "other_body": "Army assessments say it is becoming increasingly difficult for Velm to hire pilots.",
    })
    assert verdicts["assessments"] == "supported"
    assert verdicts["reports"] == "supported"
    assert verdicts["other_body"] == "not_enough_evidence"
