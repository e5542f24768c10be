"""A document quoted by its own words ("a defence pact which reads, “...”"): what it says is a fact about it.

The writer who quotes a treaty's text reports what the treaty says, not anyone's claim; a claim about the
document's terms ("The pact obliges each side to provide military assistance without delay") is confirmed when
the quoted text holds its words. Who signed it and when are other rules' matter (dates, places, parties).
"""

from __future__ import annotations

import re
from functools import lru_cache

from storyscope.annotate.entities import gazetteer
from storyscope.verify.actions import alike
from storyscope.verify.parties import GENERIC, INSTITUTIONS, same_party
from storyscope.verify.stance_rules import (
    covered_share,
    place_word,
    predicate_words,
    stem,
    without_possessive,
    word_stems,
)

# Nouns that name a document.
DOCUMENT_NOUNS = ("pact", "treaty", "agreement", "accord", "deal", "document", "law", "resolution", "letter",
                  "decree", "charter", "memorandum", "declaration", "communiqué", "communique", "clause")
_DOCUMENT_NOUN = re.compile(r"\b(?:" + "|".join(DOCUMENT_NOUNS) + r")s?\b", re.IGNORECASE)
# "... a defence pact which reads, “In case ...": the quoted text (to its closing mark, or the passage's end).
_QUOTED_TERMS = re.compile(r"\b(?:" + "|".join(DOCUMENT_NOUNS) + r")\s*,?\s*(?:which|that)\s+(?:reads|read|states|"
                           r"stated|says|said|stipulates|provides)\s*[,:]?\s*(?:in part\s*[,:]?\s*)?[“\"](?P<terms>[^”\"]+)",
                           re.IGNORECASE)
# Words of a claim that frame a document's terms rather than state them.
_FRAME_WORDS = frozenset(stem(w) for w in (
    "oblige", "obliges", "obliging", "obligation", "commit", "commits", "committing", "require", "requires",
    "requiring", "bind", "binds", "binding", "must", "under", "sign", "signed", "signing", "conclude", "concluded",
    "mutual", "defence", "defense", "mutual-defence", "mutual-defense", "each", "either", "other", "side", "sides",
    "party", "parties", *DOCUMENT_NOUNS))
_NEGATION = re.compile(r"\b(?:not|never|no|nor|neither|forbids?|prohibits?|bans?)\b|n[’']t\b", re.IGNORECASE)
# Words of time a claim's terms may give otherwise than the document ("spring", "monthly", "Monday").
_DETAIL_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter", "daily", "weekly", "monthly", "yearly",
                           "annually", "annual", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
                           "september", "october", "november", "december", "day", "week", "month", "year", "hour",
                           "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                           "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "ninety", "hundred",
                           "days", "weeks", "months", "years", "hours"})
# Words and figures as written (number words are stop words to spaCy, so not content words).
_TOKEN = re.compile(r"[a-z]+|\d[\d,.]*")
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
    words = {w for w in predicate_words(claim) if not w[:1].isdigit()} - _FRAME_WORDS
    if len(words) < MIN_TERM_WORDS:
        return False
    # "does not require", "may never" against the clause of the terms that says it shall (or the other way round)
    clauses = [c for c in re.split(r"[,;]|\band\b", terms) if c.strip()]
    closest = max(clauses, key=lambda c: covered_share(words, alike(word_stems(c))))
    if bool(_NEGATION.search(claim)) != bool(_NEGATION.search(closest)):
        return False
    given = alike(word_stems(terms))
    # a time or a figure the claim gives must be the passage's ("every winter" against "every spring"; "on 19 June"
    # the signing's date, outside the quoted terms)
    details = {w for w in _TOKEN.findall(claim.lower()) if w[:1].isdigit() or w in _DETAIL_WORDS}
    return covered_share(words, given) >= TERMS_COVER and details <= set(_TOKEN.findall(passage.lower()))


# "Russian President Vladimir Putin", "Pyongyang leader Kim Jong-un": a state's name or demonym, a head's title,
# the name.
_HEAD_OF_STATE = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){1,3})(?:[Pp]resident|[Ll]eader|[Dd]ictator|[Pp]rime [Mm]inister|"
                            r"[Pp]remier|[Cc]hancellor|[Kk]ing|[Rr]uler)\s+((?:[A-Z][\w’'-]+\s?){1,3})")


# Words before a leader's title that name no state ("Opposition leader", "Vice President", "Former President").
_NOT_A_STATE = frozenset({"opposition", "vice", "deputy", "former", "acting", "interim", "party", "rebel", "the"})


def heads_of_state(texts: list[str], people: dict[str, str]) -> dict[str, str]:
    """Return the state each person leads as the pile titles them ("Russian President Vladimir Putin" -> "putin":
    "russian"), keyed by each lower-cased word of ``people`` (alias -> canonical name) and valued by the place key.

    Args:
        texts: the articles' texts.
        people: every alias of a PERSON entity, mapped to its canonical name.
    """
    return {w.lower(): state for name, state in _titled_leaders(texts, people).items() for w in name.split()
            if len(w) >= 3}


def _titled_leaders(texts: list[str], people: dict[str, str]) -> dict[str, str]:
    """Each person the pile titles a head of state, by canonical name, and the place key of the state."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _HEAD_OF_STATE.finditer(text):
            name = next((people[k] for k in (m.group(2).strip(), " ".join(m.group(2).split()[:2]),
                                              m.group(2).split()[0]) if k in people), None)
            state = [without_possessive(w.lower()) for w in m.group(1).split()]
            state = [w for w in state if w not in GENERIC and w not in _NOT_A_STATE]
            if name and state:
                found.setdefault(name, place_word(state[-1]))
    return found


def state_leaders(texts: list[str], people: dict[str, str]) -> dict[str, str]:
    """Return the one person the pile titles head of each state, by the state's place key ("russian": "Vladimir
    Putin"); a state the pile gives two such people is left out."""
    by_state: dict[str, set[str]] = {}
    for name, state in _titled_leaders(texts, people).items():
        by_state.setdefault(state, set()).add(name)
    return {state: next(iter(names)) for state, names in by_state.items() if len(names) == 1}


def _states(text: str, leaders: dict[str, str]) -> set[str]:
    """The place keys of the states ``text`` names: its capitalised words (capitals and institutions read as their
    state) and the states of the heads of state it names."""
    words = {without_possessive(w.lower()) for w in re.findall(r"[A-Z][\w’']+", text)}
    out = {place_word(INSTITUTIONS.get(w, w)) for w in words if w not in GENERIC}
    return out | {leaders[w] for w in words if w in leaders}


@lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """The lower-cased words of the entity gazetteer's country names ("north", "korea", "united", "kingdom")."""
    return frozenset(w for country in gazetteer()[0] for w in country.lower().split())


@lru_cache(maxsize=1)
def _state_keys() -> frozenset[str]:
    """The place keys (``stance_rules.place_word``) of the country names' words, less the generic ones."""
    return frozenset(place_word(w) for w in country_words() if w not in GENERIC)


def other_states(claim: str, passage: str, leaders: dict[str, str]) -> set[str]:
    """The states (countries of the entity gazetteer, or of the pile's heads of state) ``passage`` names that the
    claim does not, either way, where the passage also leaves out a state the claim names ("Iran" in "Russia and
    Iran signed a pact" against a claim of Russia and North Korea); empty otherwise (a passage that names the claim's
    states may name others too: "the third country after Russia and Syria")."""
    states = _state_keys() | set(leaders.values())
    wanted = {w for w in _states(claim, leaders) if w in states}
    given = {g for g in _states(passage, leaders) if g in states}

    def among(x: str, xs: set[str]) -> bool:
        return any(x == y or same_party(x, y) for y in xs)

    if all(among(w, given) for w in wanted):
        return set()
    return {g for g in given if not among(g, wanted)}


# Capitalised words that open a claim or a phrase without naming anyone ("The", "Under").
_OPENING_WORDS = frozenset({"the", "a", "an", "under", "on", "in", "at", "after", "before", "during", "since", "it",
                            "this", "that", "these", "those", "there", "as", "by", "for", "with", "its", "their"})


def names_the_parties(claim: str, passage: str, leaders: dict[str, str]) -> bool:
    """True when every name the claim gives (a state itself, by its capital or by its head of state, or any other
    name) is one the passage gives either way: "the Russia-North Korea pact" against "Putin and Jong Un signed a
    defence pact"; not "the Kessia-Velkia charter" when the passage names no Velkia.

    Args:
        leaders: ``heads_of_state`` of the pile.
    """
    given = _states(passage, leaders)
    words = [without_possessive(w.lower()) for w in re.findall(r"[A-Z][\w’']+", claim)]
    wanted = {place_word(INSTITUTIONS.get(w, w)) for w in words if w not in GENERIC and w not in _OPENING_WORDS}
    wanted |= {leaders[w] for w in words if w in leaders}
    return all(any(same_party(w, g) for g in given) or leaders.get(w) in given for w in wanted)


# Terms that hold for any party or either side ("any one of the two sides", "an individual state or several
# states"), and a claim that narrows them to one ("only if attacked by the United States", "obliges only Kessia").
_GENERAL_TERMS = re.compile(r"\b(?:any\s+one\s+of\s+the\s+(?:two\s+)?(?:sides|parties)|either\s+(?:side|party)|"
                            r"each\s+(?:side|party)|the\s+other\s+(?:side|party)|any\s+(?:state|country|party)|"
                            r"(?:an?\s+)?individual\s+state\s+or\s+several\s+states|several\s+states)\b", re.IGNORECASE)
# Verbs by which a claim tells what a document's terms do (not "was signed only by X").
_TERMS_VERBS = r"(?:oblig|requir|bind|commit|appl|cover|guarantee|trigger)\w*"
_TERMS_VERB = re.compile(r"\b" + _TERMS_VERBS, re.IGNORECASE)
_NAMED = r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\b(?!\s+and\s+[A-Z])"
# "obliges only X", "only obliges X" (not "X and Y", nor "not only X"), "only (obliges ...) if attacked by X".
_ONLY_NAMED = re.compile(_TERMS_VERBS + r"\s+only\s+" + _NAMED + r"|(?<!not\s)\bonly\s+" + _TERMS_VERBS + r"\s+" + _NAMED
                         + r"|(?<!not\s)\bonly\b(?:\s+[\w’'-]+){0,6}?\s+if\b[^.,;]*?\bby\s+" + _NAMED)


def narrows_terms(claim: str, passage: str) -> bool:
    """True when ``claim`` narrows a document's terms to one named party with "only" ("The pact only obliges
    assistance if one side is attacked by the United States", "obliges only Kessia to help") and the passage quotes
    terms that hold for any state or either side ("In case any one of the two sides is put in a state of war by ...
    an individual state or several states, the other side shall ...")."""
    terms = quoted_terms(passage)
    return terms is not None and bool(_DOCUMENT_NOUN.search(claim)) and bool(_TERMS_VERB.search(claim)) \
        and bool(_GENERAL_TERMS.search(terms)) and _ONLY_NAMED.search(claim) is not None
