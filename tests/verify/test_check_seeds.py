"""``check`` over the five seed articles (../shared/seeds; skipped when absent): verdicts a careful analyst gives.

The claims are our own wording of what the seeds do or do not say.
"""

import pytest

from storyscope.pipeline import analyze
from storyscope.settings import load_settings
from storyscope.store import Store
from storyscope.verify.check import check_claims

pytestmark = pytest.mark.slow

EXPECTED = [
    # nothing in the pile is about the Moon, whatever a denial about troops in Ukraine shares with it
    ("North Korean troops have landed on the Moon.", {"not_enough_evidence"}),
    ("China has sent troops to fight in Ukraine.", {"not_enough_evidence"}),
    # stated by the outlets themselves, spelled differently ("recognize", "recognition")
    ("North Korea recognised the Donetsk and Luhansk People's Republics.", {"supported"}),
    ("Putin and Kim Jong Un signed a defence pact on 19 June.", {"supported"}),
    # what a party said is confirmed by its own reported words
    ("The Kremlin branded the claims that North Korean troops are about to enter the war as fake news.",
     {"supported"}),
    ("Zelensky said up to 10,000 North Korean specialists were being prepared to enter the war.", {"supported"}),
    # a figure only relayed, hedged or put by a pundit, and denied by the Kremlin, is not established
    ("North Korea will send 100,000 volunteer soldiers to fight for Russia.",
     {"not_enough_evidence", "conflicting"}),
    # Zelensky's figure, denied by the Kremlin: a party to the war though the claim names only North Korea
    ("Up to 10,000 North Korean troops are being prepared to enter the war.", {"not_enough_evidence", "conflicting"}),
    # the Kremlin's own words are the evidence against a claim about what it said
    ("The Kremlin confirmed that North Korean troops will enter the war.", {"refuted"}),
    # the outlet dates the pact to June of its own year (2024)
    ("Putin and Kim Jong Un signed a defence pact in 2023.", {"refuted"}),
    # the claim is about the accusation, which the outlet reports; the deed itself is only alleged
    ("Russia has been accused of using terror tactics near the Zaporizhzhia plant.", {"supported"}),
    ("Russia used terror tactics near the Zaporizhzhia plant.", {"not_enough_evidence"}),
    # Kiev severed relations, not Russia
    ("Russia severed relations with North Korea.", {"not_enough_evidence", "refuted"}),
    # the writers' own descriptions of the people they quote
    ("Igor Korotchenko is a reserve colonel.", {"supported"}),
    ("Pat Ryder is a Pentagon spokesman.", {"supported"}),
    ("Ilya Ponomarev is a Russian MP.", {"refuted", "not_enough_evidence"}),  # a former one
    # only the locals claim it
    ("Homes near the Zaporizhzhia plant have been pounded.", {"not_enough_evidence"}),
    # the pact was signed on 19 June; the meeting was put in Moscow, if only by a quoted outlet (stop 40: "met" is
    # now read as the "meeting" told; analysts called such claims refuted 8 times in 8, stops 36-39)
    ("Putin and Kim signed their mutual defence pact on 19 July.", {"refuted"}),
    ("North Korea's ambassador met the Donetsk republic's envoy in Pyongyang.", {"refuted"}),
    # capitals for their countries
    ("In July and August Moscow's envoy to Pyongyang held talks with North Korea's foreign ministry.",
     {"supported"}),
    # Ponomarev's words, not Ryder's; Zelensky's, not Sybiha's
    ("Pat Ryder said North Korea acts as a bridge between China and Russia.", {"refuted", "not_enough_evidence"}),
    ("Andrii Sybiha said the victory plan could end the war no later than next year.",
     {"refuted", "not_enough_evidence"}),
    ("Kim Jong Un said North Korea will always stand with Russia.", {"supported"}),
    ("Andrii Sybiha serves as Ukraine's defence minister.", {"refuted"}),  # the foreign minister
    # "illegal war" is Ryder's phrase; Kim spoke of a "sacred fight" (the claim naming Ukraine does not make
    # Ukraine's words Kim's)
    ("Kim Jong Un called Russia's war against Ukraine illegal.", {"refuted", "not_enough_evidence"}),
    ("The Kremlin called the reports fake news.", {"supported"}),
    # a plan reported before the move
    ("North Korean troops will head to the Donetsk region next month.", {"supported", "conflicting"}),
    # a claim that copies the outlet's hedge still asks whether the offer was made, and another article gives the
    # deal other terms ("in exchange for Russian financial aid"), which blind analysts call conflicting
    ("Kim Jong Un is said to have offered Russia reinforcements in return for energy and grain.",
     {"not_enough_evidence", "conflicting"}),
    # "The isolated Asian country did so on July 13 - as the third country after Russia and Syria"
    ("North Korea recognised the Donetsk and Luhansk People's Republics on July 13.", {"supported"}),
    ("North Korea recognised the Donetsk and Luhansk People's Republics on 13 June.", {"refuted"}),
    ("North Korea was the second country to recognise the Donetsk and Luhansk People's Republics.",
     {"refuted", "not_enough_evidence"}),
    ("Putin and Kim signed their defence pact in September.", {"refuted"}),  # a month alone
    # the opposite of what was said or done: he said to accept the offer; Kiev severed relations
    ("Igor Korotchenko said Moscow should turn down Kim Jong-un's offer.", {"refuted"}),
    ("Kyiv kept diplomatic relations with Pyongyang.", {"refuted", "not_enough_evidence"}),
    # a negation Kim never gave; a figure Zelensky never gave
    ("Kim Jong Un said North Korea would not side with Russia on the anti-imperialist front.", {"refuted"}),
    ("Zelensky told Nato that 100,000 North Korean troops were being prepared to enter the war.",
     {"refuted", "not_enough_evidence"}),
    # the opposite phrase; the wrong title for the speaker
    ("Rafael Grossi said the Zaporizhzhia plant was under control.", {"refuted"}),
    ("Ukraine's defence minister Andrii Sybiha called for new sanctions against Pyongyang.", {"refuted"}),
    # the writer's own "is known to" asserts; the same hedge on a figure a pundit relays does not
    ("North Korea has already handed Russia big quantities of ammunition and missiles.", {"supported"}),
    # a sequel to the recognition told just before it, in other words ("cut ties" = "severed relations")
    ("Kyiv cut ties with Pyongyang after it recognised the breakaway republics.", {"supported"}),
    # a speaker described, not named; and words the pile gives to Ryder, claimed for someone it never names
    ("A Pentagon spokesman suggested North Korean soldiers would be cannon fodder.", {"supported"}),
    ("The Pentagon's John Kirby said North Korean soldiers would be cannon fodder.", {"refuted"}),
    # the warning came at a news conference in another city
    ("Andrii Sybiha warned of a new phase of the war at a news conference in Kyiv.", {"refuted"}),
    # the ambassador is North Korea's, not Russia's
    ("Sin Hong Chol is Russia's ambassador to North Korea.", {"refuted"}),
    # he said North Korea is not in danger from the sanctions, China is the cautious one
    ("Ponomarev said North Korea, unlike China, risks US secondary sanctions.", {"refuted"}),
    # the unit is to head to another region
    ("A unit of North Korean troops is set to head to the Kharkiv region next month.", {"refuted"}),
    # words the pile gives to the former MP, credited to the pundit, whose own words name the same countries only,
    # or to Putin, whom the pile never quotes
    ("Korotchenko said North Korea is acting as a bridge between China and Russia.", {"refuted"}),
    ("Putin said North Korea is acting as a bridge between China and Russia.", {"refuted"}),
    # an outlet with reports of its own is not refuted by another outlet's same report; a figure no one gave it is
    # no misattribution of other words
    ("Russian state television reported that North Korea will send builders to repair war damage.",
     {"not_enough_evidence"}),
    ("Izvestia reported that North Korea will send 100,000 troops.", {"not_enough_evidence"}),
]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory, seeds_root):
    out = tmp_path_factory.mktemp("seeds_check")
    analyze([seeds_root], out, None, load_settings(processes=1))
    with Store(out / "storyscope.duckdb") as store:
        return check_claims(store, [claim for claim, _ in EXPECTED])


@pytest.mark.parametrize("i", range(len(EXPECTED)))
def test_seed_verdict(verdicts, i):
    claim, allowed = EXPECTED[i]
    assert verdicts[i].verdict in allowed, (claim, verdicts[i].explanation)
