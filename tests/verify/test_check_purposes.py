"""check: a claim that sets fighting against rebuilding, or workers against soldiers, where the pile tells the people
sent both ways, takes one side of sources that disagree (own fictional articles)."""

import pytest

from storyscope.verify.purposes import KIND_WORDS, claimed_purpose, disputed_kind, disputed_purpose, purposes

from .conftest import check_results

pytestmark = pytest.mark.slow  # runs analyze (spaCy) for the store

_FIGHT = {"id": "f1", "published": "2031-06-01", "title": "Talvorian battalion for Brenn",
          "text": "Talvoria is to become an active participant in the war in Kessia, and a battalion of Talvorian "
                  "soldiers will head to the Brenn front to fight next month.\n\nThe harvest in Osk was late."}
_BUILD = {"id": "f2", "published": "2031-06-02", "title": "Talvorian builders for Brenn",
          "text": "According to the Velm Courier, the Talvorian workers will be used in the Brenn region to rebuild "
                  "the bridges and roads.\n\nThe ferry to Osk runs twice a day."}


def test_claims_that_take_a_side_are_conflicting(tmp_path) -> None:
    claims = {"fight": "The Talvorians bound for Brenn are being sent to fight, not to rebuild.",
              "build": "The Talvorians going to Brenn will rebuild roads rather than fight.",
              "one_purpose": "Talvorian soldiers will head to the Brenn front next month."}
    results = check_results(tmp_path, [_FIGHT, _BUILD], claims)
    for key in ("fight", "build"):
        assert results[key].verdict == "conflicting", results[key].explanation
        assert "sent for both ways" in results[key].explanation
    # the passage telling the claim's side agrees with it, the other's disagrees
    for key, own in (("fight", "f1"), ("build", "f2")):
        stances = {e.article: e.stance for e in results[key].evidence if e.stance != "discuss"}
        assert stances.get(own) == "agree" and "disagree" in stances.values(), (key, stances)
    assert results["one_purpose"].verdict == "supported"  # no purpose set against another


def test_one_purpose_told_is_no_dispute(tmp_path) -> None:
    claim = {"c": "The Talvorians bound for Brenn are being sent to fight, not to rebuild."}
    result = check_results(tmp_path, [_FIGHT], claim)["c"]
    assert "sent for both ways" not in result.explanation


@pytest.mark.parametrize(("claim", "side"), [
    ("They are being sent to fight, not to rebuild.", "combat"),
    ("Engineers for rebuilding rather than combat troops.", "rebuild"),
    ("They are being sent more to fight than to rebuild.", "combat"),
    ("They will fight and rebuild.", None),  # no contrast
    ("They will rebuild the bridges.", None),  # one purpose
])
def test_claimed_purpose(claim, side):
    assert claimed_purpose(claim) == side


def test_disputed_purpose_needs_two_origins_and_a_shared_name():
    fight = ("a", "Talvorian soldiers will head to Brenn to fight.")
    build = ("b", "Talvorian workers will rebuild Brenn.")
    claim = "The Talvorians in Brenn will fight, not rebuild."
    assert disputed_purpose(claim, [fight, build], {}) == (fight, build)
    assert disputed_purpose(claim, [fight, build], {"a": "o", "b": "o"}) is None  # copies of one origin
    assert disputed_purpose(claim, [fight, ("b", "Norland workers will rebuild Velm.")], {}) is None
    assert purposes("Talvorian workers will rebuild Brenn.") == {"rebuild"}


_SOLDIERS = {"id": "k1", "published": "2031-06-03", "title": "Who goes to Brenn",
             "text": "According to the Velm Courier, they should all be soldiers and officers of the Talvorian army, "
                     "sent to Brenn with supply troops.\n\nThe ferry to Osk was cancelled."}


def test_a_claim_that_takes_a_side_on_who_is_sent_is_conflicting(tmp_path) -> None:
    claims = {"workers": "The Talvorians going to Brenn are construction workers rather than soldiers.",
              "both": "Talvoria is paying more than 5 million for its soldiers and workers in Brenn."}
    results = check_results(tmp_path, [_BUILD, _SOLDIERS], claims)
    assert results["workers"].verdict == "conflicting", results["workers"].explanation
    assert "who the people sent are both ways" in results["workers"].explanation
    assert "both ways" not in results["both"].explanation  # (no contrast between the two kinds)


@pytest.mark.parametrize(("claim", "side"), [
    ("The Talvorians sent are construction workers rather than soldiers.", "civilian"),
    ("They are soldiers, not builders.", "military"),
    ("Talvoria pays more than 5 million for its soldiers and workers.", None),  # "than" is no contrast of the two
    ("The workers will rebuild the bridges.", None),  # one kind
    ("Talvoria sent not only workers but also soldiers.", None),  # both told
    ("The Workers' Party did not send troops to Brenn.", None),  # a party's name, no workers
])
def test_claimed_kind(claim, side):
    assert claimed_purpose(claim, KIND_WORDS) == side


def test_disputed_kind_needs_two_origins():
    workers = ("a", "Talvorian workers will rebuild Brenn.")
    soldiers = ("b", "They should all be soldiers and officers of the Talvorian army.")
    claim = "The Talvorian people sent are workers rather than soldiers."
    assert disputed_kind(claim, [workers, soldiers], {}) == (workers, soldiers)
    assert disputed_kind(claim, [workers, soldiers], {"a": "o", "b": "o"}) is None
