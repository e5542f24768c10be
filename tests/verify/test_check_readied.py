"""A speaker who told of people readied for the war did not say they were already fighting in it."""

from __future__ import annotations

import pytest

from storyscope.verify.stance_rules import readied_not_fighting
from .conftest import check_verdicts

_READIED = "Kessia said up to 6,000 Mirenian specialists were being prepared to enter the war on Osk's side."


@pytest.mark.parametrize(("claim", "told_otherwise"), [
    ("6,000 Mirenian troops were already fighting on the front line near Osk.", True),
    ("6,000 Mirenian soldiers are now in combat.", True),
    ("6,000 Mirenian troops are being prepared to enter the war.", False),  # what was said
    ("4,000 Mirenian troops were already fighting on the front line.", False),  # another count: another rule's
    ("6,000 Talvorian troops were already fighting on the front line.", False),  # another party
])
def test_readied_is_not_fighting(claim, told_otherwise) -> None:
    assert readied_not_fighting(claim, _READIED) is told_otherwise
    assert not readied_not_fighting(claim, "Kessia said 6,000 Mirenian soldiers were already fighting at the front.")


_ARTICLES = [
    {"id": "r1", "published": "2031-05-02", "title": "Kessia warns allies",
     "text": "Talvorian President Ana Kessia told allies in Brenn that up to 6,000 Mirenian specialists were being "
             "prepared to enter the war on Velm's side.\n\n"
             "Officials in Brenn report several thousand Mirenian troops are training at bases near Osk.\n\n"
             "The ferry to Osk sailed again on Monday after the storm, the harbour master said."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "fighting": "Kessia said 6,000 Mirenian troops were already fighting on the front line.",
        "readied": "Kessia said up to 6,000 Mirenian soldiers were being prepared to enter the war.",
        "builders": "Officials in Brenn say several thousand Mirenian construction workers are training at bases.",
        "troops": "Officials in Brenn say several thousand Mirenian troops are training at bases near Osk.",
    }
    return check_verdicts(tmp_path_factory.mktemp("readied"), _ARTICLES, claims)


@pytest.mark.slow
def test_a_speakers_readied_people_refute_that_she_said_they_were_fighting(verdicts) -> None:
    assert verdicts["fighting"] == "refuted"
    assert verdicts["readied"] == "supported"


@pytest.mark.slow
def test_sources_who_named_troops_refute_that_they_said_builders(verdicts) -> None:
    assert verdicts["builders"] == "refuted"
    assert verdicts["troops"] == "supported"


@pytest.mark.parametrize(("claim", "other_people"), [
    ("Officials say several thousand Mirenian construction workers are training at bases near Osk.", True),
    ("Officials say several thousand Mirenian soldiers are training at bases near Osk.", False),
    ("Officials say several thousand Mirenian specialists are training at bases near Osk.", False),  # of both kinds
    ("Officials say several thousand Talvorian builders are training at bases near Osk.", False),  # another party
])
def test_a_party_people_of_another_kind(claim, other_people) -> None:
    from storyscope.verify.stance_rules import people_kind_other

    passage = "Officials report several thousand Mirenian troops are training at bases near Osk."
    assert people_kind_other(claim, passage) is other_people
    # (a list names every kind in it)
    listed = "Officials report Mirenian troops and construction workers are training at bases near Osk."
    assert not people_kind_other(claim, listed)
