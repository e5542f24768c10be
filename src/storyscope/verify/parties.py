"""Who speaks for whom: speakers named in a claim, interested parties, and who a denial comes from.

A denial by a government of a state the claim (or the story) is about is not independent refutation
(``interested_party``, ``story_party``).
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

# Government metonyms: a speaker named so speaks for the country (for the interested-party rule).
INSTITUTIONS = {
    "kremlin": "russia", "moscow": "russia", "pyongyang": "korea", "kyiv": "ukraine", "kiev": "ukraine",
    "beijing": "china", "white house": "america", "pentagon": "america", "washington": "america",
    "downing street": "britain", "whitehall": "britain", "elysee": "france", "tehran": "iran",
}

# A state named this often in an article is one the article is about (for the interested-party rule).
STORY_PARTY_MENTIONS = 3

# Words that make a speaker a government's voice ("Talvoria's defence ministry", "a spokesman for the government").
_GOVERNMENT_WORDS = re.compile(r"\b(?:ministry|ministries|government|embassy|ambassador|minister|president|"
                               r"premier|spokes(?:man|woman|person) for the (?:government|ministry|presidency)|"
                               r"border guard|armed forces|army|military command)\b", re.IGNORECASE)

# A name in a government's title that is a state's: possessive, after of/for, or a demonym.
_STATE_NAME = re.compile(r"\b([A-Z][\w-]{3,})(?:'s|’s)|\b(?:of|for) (?:the )?([A-Z][\w-]{3,})"
                         r"|\b([A-Z][a-z]{2,}(?:ian|ese|ish|ean))\b")

# Long words of country names that name no country on their own ("United Arab Emirates", "Solomon Islands").
_NOT_COUNTRY_KEYS = frozenset({"kingdom", "islands", "island", "emirates", "federated", "democratic", "people",
                               "saint", "sint", "outlying", "minor", "territory", "territories", "and"})

# Capitalised words that do not identify a party.
GENERIC = frozenset({"north", "south", "east", "west", "new", "united", "republic", "president", "minister",
                     "government", "ministry", "foreign", "state", "states", "the", "this", "that", "there",
                     "premier", "prime", "defence", "defense", "army", "military", "media", "news"})

NAME_WORD = re.compile(r"\b[A-Z][a-zA-Z’'-]{3,}")


# A state's short name and the adjective a speaker's name takes for it ("UK intelligence": "British intelligence").
_NATION_ADJECTIVES = {"uk": "british", "u.k": "british", "britain": "british", "us": "american", "u.s": "american",
                      "usa": "american", "america": "american"}


def names_speaker(claim: str, speaker: str | None) -> bool:
    """True when the claim names the speaker: any name word of 4+ letters ("Zelensky"), or a shorter one the claim
    capitalises ("Kim" of "Kim Jong Un")."""
    if not speaker:
        return False
    raw = [w.strip(".,;:\"“”()").removesuffix("'s") for w in claim.replace("’", "'").split()]
    words = {w.lower() for w in raw}
    words |= {INSTITUTIONS[w] for w in words if w in INSTITUTIONS}  # "Moscow dismissed ..." speaks as the Kremlin
    # ("UK intelligence" is British; as written: the pronoun "us" is no state)
    words |= {_NATION_ADJECTIVES[w.lower()] for w in raw if w.lower() in _NATION_ADJECTIVES and w[:1].isupper()}
    if INSTITUTIONS.get(speaker.lower()) in words:  # "the Kremlin" speaks for Russia
        return True
    # (only the speaker's name words: "sources" of "Security sources" does not name it in "Official sources")
    return any(part[:1].isupper() and (len(part) >= 4 and part.lower() in words or len(part) == 3 and part in raw)
               for part in speaker.split())


def _bare_name(word: str) -> str:
    """Return a capitalised word lower-cased without its possessive ("Talvoria's" -> "talvoria"; "Reuters" keeps
    its final s)."""
    low = word.lower().replace("’", "'")
    return low.removesuffix("'s").rstrip("'")


def _party_names(text: str) -> set[str]:
    """Return lower-cased party names in ``text``: capitalised words and government metonyms."""
    low = text.lower()
    names = {_bare_name(w) for w in NAME_WORD.findall(text)} - GENERIC
    names |= {country for inst, country in INSTITUTIONS.items() if inst in low}
    return names


def _common_prefix(a: str, b: str) -> int:
    """Length of the prefix ``a`` and ``b`` share."""
    return len(os.path.commonprefix([a, b]))


# People's words whose country no common prefix finds ("French" of France), by the gazetteer's country name.
IRREGULAR_PEOPLES = {"german": "Germany", "french": "France", "dutch": "The Netherlands", "greek": "Greece",
                     "swiss": "Switzerland", "thai": "Thailand", "czech": "Czechia", "welsh": "United Kingdom",
                     "scots": "United Kingdom", "scottish": "United Kingdom", "british": "United Kingdom",
                     "english": "United Kingdom", "irish": "Ireland", "spanish": "Spain", "turkish": "Turkey",
                     "polish": "Poland", "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland",
                     "iraqi": "Iraq", "israeli": "Israel", "pakistani": "Pakistan", "saudi": "Saudi Arabia",
                     "kuwaiti": "Kuwait", "emirati": "United Arab Emirates", "filipino": "Philippines",
                     "icelandic": "Iceland", "yemeni": "Yemen", "qatari": "Qatar", "omani": "Oman",
                     "bangladeshi": "Bangladesh", "afghan": "Afghanistan", "american": "United States"}


def same_party(a: str, b: str) -> bool:
    """True for one name and its demonym or inflection (Norvakia / Norvakian, Ukraine / Ukrainian)."""
    return _common_prefix(a, b) >= max(4, min(len(a), len(b)) - 2)


def interested_party(claim: str, speaker_text: str) -> str | None:
    """Return the party the claim is about that ``speaker_text`` (a speaker, or the words before a denial) names, or None."""
    claim_names = sorted(_party_names(claim))
    for a in sorted(_party_names(speaker_text)):
        for b in claim_names:
            if same_party(a, b):
                return b.capitalize()
    return None


def _state_parties(speaker_text: str, places: frozenset[str] = frozenset()) -> set[str]:
    """Return the states ``speaker_text`` speaks for: a government metonym's country ("the Kremlin"), a country
    it names ("Ukrainian Foreign Minister ..."), or a place the dossier knows (``places``, lower-cased GPE names)
    beside a government word ("Talvoria's defence ministry"; not "Brask's ministry").
    """
    low = speaker_text.lower()
    states = {country for inst, country in INSTITUTIONS.items() if inst in low}
    names = {_bare_name(w) for w in NAME_WORD.findall(speaker_text)} - GENERIC
    states |= {n for n in names if country_word(n)}
    if _GOVERNMENT_WORDS.search(speaker_text):
        # a state's name beside the government word, not a person's ("Talvoria's", "of Talvoria", "Talvorian")
        named = {w.lower() for groups in _STATE_NAME.findall(speaker_text) for w in groups if w} - GENERIC
        states |= {n for n in named if any(same_party(n, p) for p in places)}
    return states


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Lower-cased key words of the world's countries ("korea", "russia"), from the entity gazetteer."""
    from storyscope.annotate.entities import gazetteer

    keys = set()
    for name in gazetteer()[0].values():
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 4 and w not in GENERIC
                 and w not in _NOT_COUNTRY_KEYS]
        if words:
            keys.add(max(words, key=len))
    return frozenset(keys)


def country_word(word: str) -> bool:
    """True when the lower-cased ``word`` names a country or its people ("russia", "ukrainian", "korean")."""
    return len(word) >= 4 and word not in GENERIC and any(same_party(word, k) for k in _country_keys())


def story_party(speaker_text: str, article_text: str, places: frozenset[str] = frozenset()) -> str | None:
    """Return the state ``speaker_text`` speaks for when ``article_text`` is about it, or None.

    A government denying what a story says about its own war or its ally ("the Kremlin branded the claims that
    North Korean troops are about to enter the war as fake news") is a party to it even when the claim names only
    the ally; a state counts as one the article is about when the article names it (or its people, or its
    government's metonym) at least ``STORY_PARTY_MENTIONS`` times.
    """
    states = _state_parties(speaker_text, places)
    if not states or not article_text:
        return None
    low = article_text.lower()
    words = [_bare_name(w) for w in NAME_WORD.findall(article_text)]
    for state in sorted(states):
        count = sum(1 for w in words if same_party(w, state))
        count += sum(low.count(inst) for inst, country in INSTITUTIONS.items()
                     if country == state and not same_party(inst, state))
        if count >= STORY_PARTY_MENTIONS:
            return state.capitalize()
    return None


# Verbs of denial whose subject is the denier ("the ministry dismissed the reports").
DENIAL_VERBS = frozenset({"deny", "denies", "denied", "dismissed", "dismisses", "rejected", "rejects", "refuted",
                          "refutes", "debunked"})

# Words that open the clause holding the denial verb ("a figure that the ministry later dismissed").
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "and", "but", "while"})

# Words at the start of a sentence read as its subject when no denial verb names one.
SUBJECT_WORDS = 5
# Verbs by which a speaker opens an account of their own.
_SAYING = frozenset({"said", "says", "say", "report", "reports", "reported", "told", "tell", "tells", "claim", "claims",
                     "claimed", "stated", "states", "insisted", "insists", "estimate", "estimates", "estimated"})


def denier_text(passage: str) -> str:
    """Return the words naming who denies in ``passage``: the subject of its first denial verb, else its opening words."""
    words = passage.split()
    for i, w in enumerate(words):
        if w.strip(".,;:“”\"'").lower() in DENIAL_VERBS:
            clause = words[:i]
            cut = max((j + 1 for j, x in enumerate(clause)
                       if x.lower() in _CLAUSE_OPENERS or x.endswith(",")), default=0)
            return " ".join(clause[cut:])
    # a speaker who gives another account opens it ("Officials report several thousand ..."): the words before the
    # verb of saying, not what they report
    said = next((i for i, w in enumerate(words[:SUBJECT_WORDS + 1]) if w.strip(".,;:“”\"'").lower() in _SAYING), None)
    return " ".join(words[:said if said else SUBJECT_WORDS])
