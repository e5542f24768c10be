"""Words typed in haste are read as the pile spells them (``verify.typos``)."""

import pytest

from storyscope.verify.typos import respelt_typos

_PILE = frozenset({"Sepp", "Liepaja", "ammunition", "missiles", "signed", "offer", "control", "Kalnins", "harbour",
                   "flooded", "Tallinn", "tank", "there", "whose", "eighty", "tents"})


@pytest.mark.parametrize("typed, plain", [
    ("Estonia and Latvia sigend the pact", "Estonia and Latvia signed the pact"),  # swapped letters
    ("Latvia sent amunition and missles to Liepja", "Latvia sent ammunition and missiles to Liepaja"),  # left out
    ("Sep turned down the ofer", "Sep turned down the offer"),  # "Sep" is too short to read as "Sepp"
    ("Kalnnins said the harbor was under controll", "Kalnins said the harbor was under control"),  # doubled
    ("Kalnnis said so", "Kalnins said so"),
])
def test_a_slip_is_read_as_the_piles_word(typed: str, plain: str) -> None:
    assert respelt_typos(typed, _PILE) == plain


@pytest.mark.parametrize("claim", [
    "Latvia sealed the pact",  # an English word, however near "signed"
    "He holds the rank of colonel",  # "rank" is English, and no mistyped letter in short words ("tank")
    "theyre flooded",  # a contraction without its apostrophe, not "there"
    "Sepp is named in only three of the articles",  # a number word, not the pile's "there"
    "Tallinn sent forty tanks, some of which flooded",  # no "forty" slip; stop words stay
    "The eighth brigade left; tens of thousands fled",  # ordinals and "tens" (not the pile's "eighty", "tents")
])
def test_english_words_stay(claim: str) -> None:
    assert respelt_typos(claim, _PILE) == claim


def test_a_name_a_letter_longer_or_shorter_at_its_end_stays() -> None:
    # "Markelova" is another person than the pile's "Markelov", and "cyberattacks" another number; a doubled letter
    # left out at the end is a slip ("Tallin"), and a name's letter mistyped is another name ("Petrov", "Petros")
    assert respelt_typos("Anna Kalninsa said so", _PILE) == "Anna Kalninsa said so"
    assert respelt_typos("Tallin closed the port", _PILE) == "Tallinn closed the port"
    assert respelt_typos("two cyberattacks", frozenset({"cyberattack"})) == "two cyberattacks"
    assert respelt_typos("Petrov said so", frozenset({"Petros"})) == "Petrov said so"
    assert respelt_typos("anna markelova said so", frozenset({"Markelov"})) == "anna markelova said so"
    assert respelt_typos("Karenko said so", frozenset({"Marenko"})) == "Karenko said so"  # another first letter


def test_the_piles_lower_case_spelling_wins() -> None:
    assert respelt_typos("Latvia sent amunition", frozenset({"Ammunition", "ammunition"})) == "Latvia sent ammunition"


def test_a_word_near_two_of_the_piles_stays() -> None:
    assert respelt_typos("the Kalnis report", frozenset({"Kalnins", "Kalnits"})) == "the Kalnis report"
