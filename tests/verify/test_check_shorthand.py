"""Claims in an analyst's shorthand ("RU-BY accord signed 14 Mar", "BY FM made remarks at Gomel presser") and in a
newsletter's casual verbs ("inked", "reckons", "being readied") are checked as the plain claims they stand for."""

import pytest

from storyscope.verify.claim_forms import event_as_action, spoken_as_statement
from storyscope.verify.shorthand import spelled_out

from .conftest import check_verdicts


def test_country_codes_become_the_noun_or_the_adjective() -> None:
    assert spelled_out("RU-BY grain accord signed 14 Mar") == "Russia-Belarus grain accord signed 14 March"
    assert spelled_out("Up to 3k RU engineers sent to BY") == "Up to 3,000 Russian engineers sent to Belarus"
    assert spelled_out("NK was 2nd state to recognise the port authority") == \
        "North Korea was second state to recognise the port authority"
    assert spelled_out("DPRK supplying shells to RU army") == "North Korea supplying shells to Russian army"


def test_abbreviated_words_months_and_signs() -> None:
    assert spelled_out("BY amb. met envoy in mtg w/ aides, w/o notes") == \
        "Belarusian ambassador met envoy in meeting with aides, without notes"
    assert spelled_out("Dubko (res. col., TV analyst) spoke at Gomel presser") == \
        "Dubko (reserve colonel, TV analyst) spoke at Gomel press conference"
    assert spelled_out("Pact gives mil aid; ammo + fuel shipped Jul 3") == \
        "Pact gives military aid; ammunition and fuel shipped July 3"
    assert spelled_out("Accord inked back in mid-March") == "Accord signed back in March"
    assert spelled_out("Intel reckons troops are being readied") == "Intelligence says troops are being prepared"
    assert spelled_out("Units leave w/in 48 hrs") == "Units leave within 48 hours"
    assert spelled_out("The pact was signed 19 Jun. Kim left.") == "The pact was signed 19 June. Kim left."
    assert spelled_out("Pres. Dubko met FM Sepp w/Kask") == "President Dubko met foreign minister Sepp with Kask"
    assert spelled_out("The DPRK denied it; an RU official agreed") == "North Korea denied it; a Russian official agreed"
    assert spelled_out("Kim came back in mid-June; troops jumped into the fighting") == \
        "Kim came back in June; troops entered the fighting"
    assert spelled_out("Duma OKs treaty; 10K troops; Kim gushed that it held") == \
        "Duma approves treaty; 10,000 troops; Kim said that it held"
    assert spelled_out("Dubko wants OK to use the port; 2.5k shells") == "Dubko wants approval to use the port; 2,500 shells"
    # a deal's condition as the articles write it; "depended on" of anything else stays
    assert spelled_out("The deal depended on Osk recognising Velm") == "The deal was conditional on Osk recognising Velm"
    assert spelled_out("The accord hinges on a ceasefire") == "The accord is conditional on a ceasefire"
    assert spelled_out("Osk depended on Kessian fuel") == "Osk depended on Kessian fuel"


def test_a_meeting_told_by_the_two_who_met() -> None:
    assert event_as_action("The meeting between Ales Dubko and Mari Sepp was held in Minsk") == \
        "Ales Dubko met Mari Sepp in Minsk"
    assert event_as_action("Dubko-Sepp talks were held in Minsk") == "Dubko held talks with Sepp in Minsk"
    assert event_as_action("The meeting was held in Minsk") == "The meeting was held in Minsk"
    assert event_as_action("Dubko-Sepp meeting set for Monday") == "Dubko-Sepp meeting set for Monday"
    for kept in ("The Dubko-Sepp meeting was on hold.", "The meeting between Dubko and Sepp was on the agenda.",
                 "The Asia-Pacific meeting was held in Lima.", "The Anti-Corruption Council meeting was held in Kyiv."):
        assert event_as_action(kept) == kept, kept


def test_remarks_are_a_statement_only_when_made() -> None:
    assert spoken_as_statement("Sepp made bridge escalation remarks at a Tallinn press conference") == \
        "Sepp said at a Tallinn press conference"
    for kept in ("Tallinn issued sanctions despite warnings.", "Sepp voiced concern over remarks by Dubko.",
                 "Kask gave no speech at the parade.", "The envoy made changes to the statement.",
                 "Oslo issued travel warnings for Kessia.", "The general gave orders after the speech.",
                 "Kask made no remarks."):
        assert spoken_as_statement(kept) == kept, kept


def test_prose_without_shorthand_is_left_as_it_is() -> None:
    for kept in ("Troops left on the 3rd.", "The 1st Guards Tank Army moved.", "Shelling lasted 30 min. in Tallinn.",
                 "Next gen. drones flew.", "He is in col. 3 of the table.", "The drones' RF links failed.",
                 "SK Hynix shares rose.", "The 2 + 2 talks ended.", "Johnson & Johnson sued.", "Protests mar 2031 vote.",
                 "Water gushed through the dam.", "The tattoo was inked in 2030.", "Ukraine bought 1,5k drones.",
                 "He hosts 98.5 FM.", "Seoul gave an OK rating."):
        assert spelled_out(kept) == kept, kept
    for kept in ("The talks start at 3 PM on the 2nd of June.", "TROOPS SENT BY THE PRESIDENT", "US and UK troops left.",
                 "The mil. figure is unclear.", "Brask met Velm on May 2nd.", "Marching in May.", "The Fed's Q3 outlook.",
                 "A 2nd-hand car.", "It cost 10 mil dollars.", "It is OK to go.", "A 5k run.", "A $10k fine."):
        assert spelled_out(kept) == kept, kept


_ARTICLES = [
    {"id": "s1", "published": "2031-03-16", "title": "Grain accord signed",
     "text": "Russia and Belarus signed a grain accord on 14 March 2031 in Minsk.\n\n"
             "Belarusian Foreign Minister Ales Dubko said at a news conference in Minsk that up to 3,000 Russian "
             "engineers were being prepared to rebuild the river bridge.\n\n"
             "Dubko met the Estonian envoy Mari Sepp in Minsk on Friday. Sepp had arrived from Helsinki.\n\n"
             "The accord also covers fertiliser exports through the port of Klaipeda."},
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory) -> dict[str, str]:
    claims = {
        "date": "RU-BY grain accord signed 14 Mar",
        "date_wrong": "RU-BY grain accord inked 24 Mar",
        "figure": "Dubko reckons up to 3k RU engineers are being readied to rebuild the river bridge.",
        "figure_wrong": "Dubko reckons up to 30k RU engineers are being readied to rebuild the river bridge.",
        "place_wrong": "BY FM Dubko made bridge remarks at Gomel presser",
        "met_wrong": "Dubko-Sepp mtg held in Helsinki",
        "met": "The meeting between Dubko and Sepp was held in Minsk",
    }
    return check_verdicts(tmp_path_factory.mktemp("shorthand"), _ARTICLES, claims)


@pytest.mark.slow
def test_shorthand_claims_are_checked_as_plain_claims(verdicts) -> None:
    assert verdicts["date"] == "supported"
    assert verdicts["date_wrong"] == "refuted"
    assert verdicts["figure"] == "supported"
    assert verdicts["figure_wrong"] == "refuted"
    assert verdicts["place_wrong"] == "refuted"
    assert verdicts["met_wrong"] == "refuted"
    assert verdicts["met"] == "supported"
