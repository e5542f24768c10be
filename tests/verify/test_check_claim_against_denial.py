"""One side's claim against the other side's denial, nothing independent either way: ``check`` says
conflicting (``AggregationPolicy.claims_against_denials``) and names both sides; an independent account of the same event stands against the denial
(supported, the denial named, the confidence held down). One invented store."""

import pytest

from .conftest import check_results

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store

_CLAIMED = {"id": "k1", "published": "2031-05-06", "title": "Border incident",
            "text": "Kessian officials claimed that Talvorian troops had crossed the border near Osk.\n\n"
                    "Farmers near Osk said they heard vehicles in the dark."}
_DENIED = {"id": "k2", "published": "2031-05-07", "title": "Talvoria denies incursion",
           "text": "Talvoria denied that its troops had crossed the border near Osk, calling the reports fake news.\n\n"
                   "The Talvorian defence ministry said its units stayed in their barracks."}


def test_a_claim_against_a_denial_is_conflicting(tmp_path) -> None:
    articles = [_CLAIMED, _DENIED]
    claims = {"contested": "Talvorian troops crossed the border near Osk.",
              "untouched": "Talvorian troops crossed the border near Brenn."}
    results = check_results(tmp_path, articles, claims)
    assert results["contested"].verdict == "conflicting"
    assert "made by Kessian officials and denied by Talvoria" in results["contested"].explanation
    assert "nothing independent settles it" in results["contested"].explanation
    assert results["untouched"].verdict == "not_enough_evidence"
    assert "and denied by" not in results["untouched"].explanation


def test_an_independent_account_stands_against_the_denial(tmp_path) -> None:
    articles = [
        _CLAIMED, _DENIED,
        {"id": "k3", "published": "2031-05-08", "title": "Satellite images of the Osk border",
         "text": "Talvorian troops crossed the border near Osk on Tuesday night, satellite images show.\n\n"
                 "The images show armoured vehicles on the Kessian side of the border fence."},
    ]
    claim = {"contested": "Talvorian troops crossed the border near Osk."}
    result = check_results(tmp_path, articles, claim)["contested"]
    # the party's denial is no independent refutation (AggregationPolicy.origins_against_denials calls it conflicting)
    assert result.verdict == "supported", result.explanation
    assert "is recorded but is not independent refutation" in result.explanation and result.confidence <= 0.6


_RELAYED = {"id": "k4", "published": "2031-03-02", "title": "Vell warns allies",
            "text": "Kessian President Mira Vell told allies in Brenn that up to 3,000 Talvorian specialists were being "
                    "readied to join the fighting in the north.\n\nShe asked the allies for more air defence systems."}
_BRANDED = {"id": "k5", "published": "2031-03-03", "title": "Talvoria answers Vell",
            "text": "The Talvorian government has branded the claims that its soldiers are about to join the fighting "
                    "as lies.\n\nA spokesman said the army was holding exercises at home."}


def test_a_denial_of_what_another_party_relays_is_conflicting(tmp_path) -> None:
    # Vell's words only discuss the claim (specialists being readied, not soldiers preparing), but the party the claim
    # concerns denies "the claims": one side's word against the other's, nothing independent either way
    claims = {"contested": "Talvorian soldiers are preparing to join the fighting in the north.",
              "untouched": "Talvorian soldiers built a bridge at Osk."}
    results = check_results(tmp_path, [_RELAYED, _BRANDED], claims)
    assert results["contested"].verdict == "conflicting", results["contested"].explanation
    assert "denied by Talvorian government while Mira Vell" in results["contested"].explanation
    # the evidence names the denial's speaker as the article does, not only the party it speaks for
    assert any(e.stance == "disagree" and e.attributed_to == "Talvorian government"
               for e in results["contested"].evidence)
    assert results["untouched"].verdict == "not_enough_evidence"
    # the denial alone settles nothing
    (tmp_path / "alone").mkdir()
    alone = check_results(tmp_path / "alone", [_BRANDED], {"contested": claims["contested"]})["contested"]
    assert alone.verdict == "not_enough_evidence", alone.explanation
