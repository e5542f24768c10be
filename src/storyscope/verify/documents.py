"""A document quoted by its own words ("a defence pact which reads, “...”"): what it says is a fact about it.

The writer who quotes a treaty's text reports what the treaty says, not anyone's claim; a claim about the
document's terms ("The pact obliges each side to provide military assistance without delay") is confirmed when
the quoted text holds its words. Who signed it and when are other rules' matter (dates, places, parties).
"""

from __future__ import annotations

import re

from storyscope.verify.actions import alike
from storyscope.verify.parties import GENERIC, INSTITUTIONS, same_party
from storyscope.verify.stance_rules import content_words, covered_share, place_word, stem

# Nouns that name a document.
DOCUMENT_NOUNS = ("pact", "treaty", "agreement", "accord", "deal", "document", "law", "resolution", "letter",
                  "decree", "charter", "memorandum", "declaration", "communiqué", "communique", "clause")
_DOCUMENT_NOUN = re.compile(r"\b(?:" + "|".join(DOCUMENT_NOUNS) + r")s?\b", re.IGNORECASE)
# "... a defence pact which reads, “In case ...": the quoted text (to its closing mark, or the passage's end).
_QUOTED_TERMS = re.compile(r"\b(?:" + "|".join(DOCUMENT_NOUNS) + r")\s*,?\s*(?:which|that)\s+(?:reads|read|states|"
                           r"stated|says|said|stipulates|provides)\s*[,:]?\s*[“\"](?P<terms>[^”\"]+)", re.IGNORECASE)
# Words of a claim that frame a document's terms rather than state them.
_FRAME_WORDS = frozenset(stem(w) for w in (
    "oblige", "obliges", "obliging", "obligation", "commit", "commits", "committing", "require", "requires",
    "requiring", "bind", "binds", "binding", "must", "under", "sign", "signed", "signing", "conclude", "concluded",
    "mutual", "defence", "defense", "mutual-defence", "mutual-defense", "each", "either", "other", "side", "sides",
    "party", "parties", *DOCUMENT_NOUNS))
# Share of the claim's words (names, frames and dates left out) the quoted terms must hold.
TERMS_COVER = 0.6
# Fewest such words a claim must have to be about the terms at all ("The pact was signed in June" has none).
MIN_TERM_WORDS = 4


def quoted_terms(passage: str) -> str | None:
    """Return the text a passage quotes from a document ("... a pact which reads, “<terms>”"), or None."""
    m = _QUOTED_TERMS.search(passage)
    return m.group("terms") if m else None


def states_terms(claim: str, passage: str) -> bool:
    """True when ``claim`` is about a document's terms and the passage quotes a document whose text holds them."""
    terms = quoted_terms(passage)
    if terms is None or not _DOCUMENT_NOUN.search(claim):
        return False
    lower = " ".join(w for w in claim.split() if not w[:1].isupper())
    words = {stem(w) for w in content_words(lower) if not w[:1].isdigit()} - _FRAME_WORDS
    if len(words) < MIN_TERM_WORDS:
        return False
    return covered_share(words, alike({stem(w) for w in content_words(terms)})) >= TERMS_COVER


# "Russian President Vladimir Putin", "Pyongyang leader Kim Jong-un": a state's name or demonym, a head's title,
# the name.
_HEAD_OF_STATE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){1,3})(?:[Pp]resident|[Ll]eader|[Dd]ictator|[Pp]rime [Mm]inister|"
                            r"[Pp]remier|[Cc]hancellor|[Kk]ing|[Rr]uler)\s+((?:[A-Z][\w’'-]+\s?){1,3})")


def heads_of_state(texts: list[str], people: dict[str, str]) -> dict[str, str]:
    """Return the state each person leads as the pile titles them ("Russian President Vladimir Putin" -> "putin":
    "russian"), keyed by each lower-cased word of ``people`` (alias -> canonical name) and valued by the place key.

    Args:
        texts: the articles' texts.
        people: every alias of a PERSON entity, mapped to its canonical name.
    """
    found: dict[str, str] = {}
    for text in texts:
        for m in _HEAD_OF_STATE.finditer(text):
            name = next((people[k] for k in (m.group(2).strip(), " ".join(m.group(2).split()[:2]),
                                              m.group(2).split()[0]) if k in people), None)
            state = [w.lower().removesuffix("'s").removesuffix("’s") for w in m.group(1).split()]
            state = [w for w in state if w not in GENERIC]
            if name and state:
                found.setdefault(name, place_word(state[-1]))
    return {w.lower(): state for name, state in found.items() for w in name.split() if len(w) >= 3}


def _states(text: str, leaders: dict[str, str]) -> set[str]:
    """The place keys of the states ``text`` names: its capitalised words (capitals and institutions read as their
    state) and the states of the heads of state it names."""
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in re.findall(r"[A-Z][\w’']+", text)}
    out = {place_word(INSTITUTIONS.get(w, w)) for w in words if w not in GENERIC}
    return out | {leaders[w] for w in words if w in leaders}


def names_the_parties(claim: str, passage: str, leaders: dict[str, str], places: frozenset[str]) -> bool:
    """True when every state the claim names (itself, by its capital or by its head of state) is one the passage
    names either way: "the Russia-North Korea pact" against "Putin and Jong Un signed a defence pact".

    Args:
        leaders: ``heads_of_state`` of the pile.
        places: lower-cased names of the pile's places (GPE entities).
    """
    states = {place_word(p) for p in places} | set(leaders.values()) | set(INSTITUTIONS.values())
    wanted = {w for w in _states(claim, leaders) if any(same_party(w, s) for s in states)}
    given = _states(passage, leaders)
    return all(any(same_party(w, g) for g in given) for w in wanted)
