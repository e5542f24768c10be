"""``check`` judges a negated claim as the opposite of the claim it negates (``negated_claims``), reads a claim typed
casually in a forum (``casual``), and counts a name as the pile's only where the pile's word is a form of it."""

import pytest

from storyscope.verify.casual import typed_casually
from storyscope.verify.claim_forms import framed_claim
from storyscope.verify.negated_claims import positive_of

from .conftest import check_verdicts


def test_a_negated_main_verb_gives_the_positive_claim() -> None:
    told = {
        "Estonia never closed the port of Tallinn.": "Estonia closed the port of Tallinn.",
        "Estonia did not close the port of Tallinn.": "Estonia closed the port of Tallinn.",
        "Latvia doesn't send ships to Oslo.": "Latvia sends ships to Oslo.",
        "Estonia has not yet sent any ships to Riga.": "Estonia has sent ships to Riga.",
        "Latvia was not the first country to sign the accord.": "Latvia was the first country to sign the accord.",
        "Latvia has not been paid anything for the grain.": "Latvia has been paid something for the grain.",
    }
    for claim, positive in told.items():
        assert positive_of(claim) == positive, claim
    assert framed_claim("Estonia never closed the port of Tallinn.") == ("Estonia closed the port of Tallinn.", True)
    assert framed_claim("It is false that Estonia did not close the port.") == ("Estonia closed the port.", False)
    for kept in ("Estonia closed the port.", "Estonia will not close the port.", "Sepp is not a minister but a judge.",
                 "Estonia neither closed the port nor sent ships.", "Sepp, the minister, did not close the port.",
                 "Sepp has never backed the accord and has stayed neutral.", "Sepp has not said how many ships left.",
                 "Sepp said the port would not close.", "Not a single ship has left.", "Estonia did not only close it.",
                 # "no" before a noun, idioms that assert, litotes, needs and plans, an inversion, quoted "not"
                 "Sepp held no talks with Dahl.", "No ships have arrived in Riga.", "It is no secret that Sepp left.",
                 "No other country has sent ships.", "Estonia did not hesitate to close the port.",
                 "Estonia did not have to close the port.", "Estonia was never going to close the port.",
                 "Estonia need not close the port.", "It is not known how many ships left.",
                 "Never has Estonia closed so many ports.", "Estonia has 'not' closed the port.",
                 "Latvia did not close its port either."):
        assert positive_of(kept) is None, kept


def test_a_casual_claim_loses_its_hearsay_and_gets_the_piles_capitals() -> None:
    casings = {"sepp": "Sepp", "tallinn": "Tallinn", "estonia": "Estonia", "nato": "NATO", "kremlin": "Kremlin"}
    assert typed_casually("apparently estonia closed the port of tallinn", casings) == \
        "Estonia closed the port of Tallinn"
    assert typed_casually("word is the kremlin called it fake news lol", casings) == "The Kremlin called it fake news"
    assert typed_casually("i heard that sepp's deal w nato is done tbh", casings) == "Sepp's deal with NATO is done"
    assert typed_casually("estonias port is closed", casings) == "Estonia's port is closed"  # (a place's possessive)
    # chat abbreviations only in a claim typed in lower case; common words stay lower case; "Kim Jong Un"
    for kept in ("The U.N. General Assembly voted.", "So far, Estonia has sent ships.", "George W Bush visited.",
                 "Rumour is spreading that Sepp resigned.", "The RN sent a frigate."):
        assert typed_casually(kept, casings) == kept, kept
    assert typed_casually("the port may close in march", casings) == "The port may close in March"
    assert typed_casually("the navy will march on", casings) == "the navy will march on"
    assert typed_casually("kim jong un met sepp", casings | {"un": "UN", "kim": "Kim", "jong": "Jong"}) == \
        "Kim Jong Un met Sepp"
    assert typed_casually("sepp would like 5,000 more workers", casings) == "Sepp would like 5,000 more workers"
    assert typed_casually("the state department spokesman sepp said so", casings) == \
        "The State Department spokesman Sepp said so"
    assert typed_casually("tbh nk is sending like 20k workers bc they need cash", casings) == \
        "NK is sending 20k workers because they need cash"
    assert typed_casually("sepp met dahl in riga in june", casings) == "Sepp met dahl in Riga in June"
    # a claim with capitals keeps its own; a word the pile holds in lower case only stays
    assert typed_casually("Estonia closed the port of tallinn.", casings) == "Estonia closed the port of tallinn."
    assert typed_casually("the port closed", casings) == "the port closed"


_ARTICLES = [
    {"id": "n1", "published": "2031-04-02", "title": "Port closed",
     "text": "Estonia closed the port of Tallinn to cargo ships on Monday.\n\n"
             "Latvia has sent grain to Finland since March.\n\n"
             "The Estonian government dismissed reports of Estonian ships in Riga as lies.\n\n"
             "The pariah vessel was stopped at sea.\n\n"
             "The Latvian embassy in Tallinn did not respond to a request for comment.\n\n"
             "Finland refused to sign the fishing accord in Helsinki on Friday."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "never_false": "Estonia never closed the port of Tallinn.",
        "not_true": "Latvia has not sent any grain to Finland.",
        "no_denial": "The Estonian government never denied that Latvia sent grain to Finland.",
        "casual": "apparently estonia closed the port of tallinn to cargo ships",
        "casual_wrong": "word is latvia closed the port of tallinn to cargo ships",
        "unknown_place": "Estonia closed the port of Tallinn while its president was in Paris.",
        "stated": "The Latvian embassy in Tallinn did not respond to a request for comment.",
        "dated": "Estonia did not close the port of Tallinn on Friday.",
        "none_of": "Latvia has sent no grain to Finland.",
        "refused": "Finland did not sign the fishing accord.",
    }
    return check_verdicts(tmp_path_factory.mktemp("negated"), _ARTICLES, claims)


@pytest.mark.slow
def test_negated_and_casual_claims_are_checked(verdicts) -> None:
    assert verdicts["never_false"] == "refuted"
    assert verdicts["not_true"] == "refuted"
    # the writer's account of the grain is no one's denial of it: the positive is not supported, nor its negation
    assert verdicts["no_denial"] == "not_enough_evidence"
    assert verdicts["casual"] == "supported"
    assert verdicts["casual_wrong"] != "supported"
    # "pariah" is no form of "Paris": the pile never names it
    assert verdicts["unknown_place"] != "supported"
    # a negation an article states word for word is judged as written; one refuted on its date only is not shown
    assert verdicts["stated"] == "supported"
    assert verdicts["dated"] == "not_enough_evidence"
    # "sent no grain" against the writer's "has sent grain"
    assert verdicts["none_of"] == "refuted"
    # a negation its positive does not settle is judged as written ("refused to sign" is no signing)
    assert verdicts["refused"] != "refuted"


def test_a_writers_hedge_leaves_the_fact_it_hedges() -> None:
    from storyscope.verify.hedged import unhedged

    told = {
        "Estonia is said to have closed the port.": "Estonia closed the port.",
        "The accord is thought to have been signed on 3 May.": "The accord was signed on 3 May.",
        "Estonia is believed to have already sent ships.": "Estonia has already sent ships.",
        "Estonian sailors are believed to have vast experience.": "Estonian sailors have vast experience.",
        "Estonia is believed to have advanced radars.": "Estonia has advanced radars.",
        "Estonia is said to have sent Latvia two ships.": "Estonia sent Latvia two ships.",
        "Sepp, said to be a retired general, urged calm.": "Sepp, a retired general, urged calm.",
        "Estonia reportedly closed the port.": "Estonia closed the port.",
        "Estonian troops are said to be training near Tartu.": "Estonian troops are training near Tartu.",
    }
    for claim, fact in told.items():
        assert unhedged(claim) == fact, claim
    for kept in ("Estonia may close the port.", "Estonia is expected to close the port.",
                 "The ministry reported that Sepp is thought to be ill.", "Sepp was thought to have died.",
                 "Sepp is alleged to have bribed officials.",
                 "Sepp said the port is said to have closed “reportedly”.", "Estonia closed the port."):
        assert unhedged(kept) == kept, kept


def test_a_closing_told_names_whom_it_was_told() -> None:
    from storyscope.verify.statements import said_content

    assert said_content("Estonia closed the port, Foreign Minister Mari Sepp told reporters.") == \
        "Estonia closed the port"
    assert said_content("The port will close, Sepp told the Tallinn Courier on Monday.") == "The port will close"
    # what follows "told X that" is still what was said
    assert said_content("Sepp told reporters that the port closed.").strip() == "reporters that the port closed."


@pytest.mark.slow
def test_the_explanation_of_a_negated_claim_ends_with_its_own_verdict(tmp_path) -> None:
    from .conftest import check_results

    result = check_results(tmp_path, _ARTICLES, {"never": "Estonia never closed the port of Tallinn."})["never"]
    assert result.verdict == "refuted"
    # the positive claim's explanation says "supported"; the reader is told what that makes of the claim as written
    assert result.explanation.endswith("So the claim as written is refuted.")
