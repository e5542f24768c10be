"""Loaded wording written plainly: a partisan's epithets, insults, sneers and idioms go, the checkable point and the
words that bear on truth stay."""

import pytest

from storyscope.verify.loaded import neutral_wording


@pytest.mark.parametrize("claim, plain", [
    # an epithet before a name, with what qualifies it
    ("That clown Ole Velm was the ministry spokesman.", "Ole Velm was the ministry spokesman."),
    ("Kessian TV blowhard Ilya Brask, a reserve colonel, begged Osk to grab the offer with both hands.",
     "Ilya Brask, a reserve colonel, urged Osk to grab the offer."),
    ("Dictator Velm once drooled that Kessia was waging a holy fight.", "Velm once said that Kessia was waging a holy fight."),
    ("Norvakia and its little sidekick Kessia inked the pact on 3 May.", "Norvakia and Kessia signed the pact on 3 May."),
    # loaded verbs of saying, to someone, at somewhere
    ("Envoy Dina Roos gushed to the pro-Norvakian rag Osk Courier that the welders were skilled.",
     "Envoy Dina Roos told Osk Courier that the welders were skilled."),
    ("Velm whined to the council about the flood during a trip to Riga.",
     "Velm told the council about the flood during a trip to Riga."),
    ("Brask ranted at a Tallinn news conference that the world must sanction Kessia.",
     "Brask said at a Tallinn news conference that the world must sanction Kessia."),
    ("The agency chief calmly assured everyone that the dam was under control.",
     "The agency chief said that the dam was under control."),
    ("Even the ministry admits that Kessia and Norvakia have drifted apart.",
     "Even the ministry says that Kessia and Norvakia have drifted apart."),
    # insults for a side and its government; sarcastic openers; idioms
    ("Good riddance: the Norvakian regime's stooges cut ties with Kessia.",
     "The Norvakian regime's stooges cut ties with Kessia."),
    ("Predictably, Osk's liars waved away the reports as fake news.", "Predictably, Osk dismissed the reports as fake news."),
    ("Velm went cap in hand to Riga and slapped fresh sanctions on Kessia.",
     "Velm went to Riga and imposed fresh sanctions on Kessia."),
    ("After Kessia recognised the puppet republics, Osk's rogue regime cut ties.",
     "After Kessia recognised the republics, Osk's government cut ties."),
])
def test_loaded_wording_is_written_plainly(claim: str, plain: str) -> None:
    assert neutral_wording(claim) == plain


@pytest.mark.parametrize("claim", [
    "The war raged on in the east.",  # no saying
    "Ole Velm was admitted to hospital on Monday.",
    "There is little evidence that Velm resigned.",  # "little" is no insult here
    "Ole Velm boasted a record harvest.",
    "The ministry called the reports fake and the referendum a sham.",  # words that bear on truth
    "Norvakia's defence minister Ilya Brask said the pact was illegal.",
    # (a review's): words of other senses, epithets said of someone, quoted words, words before "and"
    "A storm battered the coast of Osk.",
    "The ministry accused Brask of lying about the deal.",
    "Velm was senile and should resign, the paper wrote.",
    "It was a cowardly and barbaric act.",
    "The talks were doomed from the start.",
    'Brask said "the rogue regime will fall" on Monday.',
    "Fighting raged on Tuesday in the east.",
    "Fires raged, killing 12 people.",
    "Osk boasts Europe's largest dry dock.",
    "Nato admitted Kessia in 2023.",
    "Velm conceded the election to Brask.",
    "Crowds cheered on Monday in Osk.",
    "Velm is Osk's puppet.",
    "The ministry called Brask the Kremlin's mouthpiece.",
    "Velm's Butcher Street office was shelled.",
    "The ministry blamed Velm for the hack Monday.",
    "Classic-car exports rose in May.",
])
def test_plain_wording_is_left_as_it_is(claim: str) -> None:
    assert neutral_wording(claim) == claim
