"""Claims typed casually, as in a forum or a comment thread, in the form ``check`` reads.

"apparently the kremlin called all the talk about nk troops fake news" is "The Kremlin called all the talk about NK
troops fake news": the hearsay that opens it ("apparently", "word is", "i heard that", "tbh", "lol so") goes, as the
claim passed on is what is judged; chat abbreviations are written out ("w/" "bc" "ppl" "govt" "tho" "thats"); and in
a claim typed all in lower case, the words of names the pile holds get their capitals back ("kremlin" -> "Kremlin",
"north korea" -> "North Korea", "russias" -> "Russia's"), with country codes in capitals ("nk" -> "NK"). Pure string
functions; the pile's names come in as a map (``names.name_casings``).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.annotate.entities import place_name
from storyscope.verify.shorthand import COUNTRY_CODES
from storyscope.verify.stance_rules import MONTHS

# Hearsay and chat that open a claim passed on ("apparently", "word is", "i heard that", "my cousin says"); not "So
# far", "Rumour is spreading", "Heard Island".
_HEARSAY = re.compile(r"^(?:(?:lol|lmao|ngl|tbh|fwiw|imo|imho|fyi|btw|apparently|supposedly|allegedly|reportedly|"
                      r"word\s+is|rumou?r\s+(?:is\s+that|has\s+it)|i\s+heard|heard\s+that|i\s+read|read\s+that|"
                      r"someone\s+(?:on\s+(?:the\s+)?(?:news|tv|twitter|here)\s+)?said|my\s+\w+\s+(?:says|said|"
                      r"told\s+me))(?:\s+(?:somewhere|online))?(?:\s+that)?\s*[,:]?\s+)+", re.IGNORECASE)
# Chat that closes one ("... tho", "... lol", "... fr"), with the comma before it.
_CHAT_END = re.compile(r"(?:,?\s+(?:tho|lol|lmao|fr|smh|ngl|tbh|imo|apparently|supposedly|allegedly|"
                       r"reportedly))+\s*([.!?]?)\s*$", re.IGNORECASE)
# Chat abbreviations, written out only in a claim typed all in lower case ("U.N.", "RN", "BC", "George W Bush" stay).
_ABBREVIATIONS = [(re.compile(p), w) for p, w in (
    (r"\bw/\s*|\bw\s+(?=[a-z])", "with "), (r"\bbc\b|\bcuz\b", "because"),
    (r"\bppl\b", "people"), (r"\bgovt\b", "government"), (r"\bapprox\.?(?=\s)", "approximately"),
    (r"\bthats\b", "that's"), (r"\btheyd\b", "they'd"), (r"\btheyre\b", "they're"), (r"\bdont\b", "don't"),
    (r"\bdidnt\b", "didn't"), (r"\bisnt\b", "isn't"), (r"\bwasnt\b", "wasn't"), (r"\bhasnt\b", "hasn't"),
    (r"\bshouldnt\b", "shouldn't"), (r"\bwouldnt\b", "wouldn't"), (r"\bcouldnt\b", "couldn't"),
    (r"\bdoesnt\b", "doesn't"), (r"\barent\b", "aren't"), (r"\bwerent\b", "weren't"), (r"\bhavent\b", "haven't"),
    (r"\bhadnt\b", "hadn't"), (r"\bcant\b", "can't"), (r"\bwont\b", "won't"),
    (r"\bnuke(?=\s+(?:plant|program|programme|weapons?|power|station|site|deal|test)s?\b)", "nuclear"),
    (r"\bnukes\b", "nuclear weapons"), (r"\bammo\b", "ammunition"),
    (r"\bgonna\b", "going to"), (r"\bwanna\b", "want to"), (r"\brn$", "right now"),
    # a filler "like" before what it hedges ("is like the third biggest", "sent like 20k"; not "would like 5,000")
    (r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bare ))like\s+(?=(?:the|a|an)\b)|(?<!\blooks )(?<!\blook )(?<!\bseems )"
     r"(?<!\bfeels )(?<!\bsounds )(?<!\bwould )(?<!\bd )(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\byou )\blike\s+(?=\d)", ""),
)]
# Light phrases that add nothing to the verb after them ("told Moscow to go ahead and accept": to accept).
_LIGHT_PHRASE = re.compile(r"\b(?:go|goes|going|gone|went)\s+ahead\s+and\s+(?=[a-z])", re.IGNORECASE)
# Bodies whose names are common words typed in lower case ("the state department spokesman").
_BODY_NAMES = {"state department": "State Department", "white house": "White House", "pentagon": "Pentagon",
               "kremlin": "Kremlin", "foreign ministry": "Foreign Ministry", "defence ministry": "Defence Ministry",
               "defense department": "Defense Department", "security council": "Security Council"}
_BODIES = re.compile(r"\b(?:" + "|".join(n.replace(" ", r"\s+") for n in _BODY_NAMES) + r")\b")
# Words before "may" or "march" that make it the month.
_BEFORE_A_MONTH = frozenset({"in", "on", "since", "by", "until", "till", "last", "next", "early", "late", "mid", "of",
                             "from", "during", "this", "before", "after"})
# Acronyms of bodies and states this field writes in capitals, typed in lower case.
_ACRONYMS = {"eu": "EU", "nato": "NATO", "un": "UN", "dpr": "DPR", "lpr": "LPR", "iaea": "IAEA", "cia": "CIA",
             "fsb": "FSB", "gru": "GRU", "sbu": "SBU", "uk": "UK", "usa": "USA"}
# Country codes typed in lower case that are no English word ("nk", "dprk"; not "by", "us").
_CODES = {code.lower(): code for code in COUNTRY_CODES if code.lower() not in STOP_WORDS and len(code) > 2
          or code in ("NK", "UA", "RU")}
_WORD = re.compile(r"[a-z][a-z'’-]*")


def typed_casually(claim: str, casings: dict[str, str]) -> str:
    """Return ``claim`` without its opening hearsay and closing chat, with chat abbreviations written out, and, when
    it is typed all in lower case, with the capitals of the pile's names (``casings``: a lower-cased word -> the
    word as the pile writes it) and of country codes."""
    text = _LIGHT_PHRASE.sub("", _CHAT_END.sub(lambda m: m.group(1), _HEARSAY.sub("", claim.strip(), count=1)))
    lower_case = not any(c.isupper() for c in re.sub(r"\bI\b", "", claim))
    if lower_case:
        for pattern, word in _ABBREVIATIONS:
            text = pattern.sub(word, text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    if not text:
        return claim
    if lower_case:
        text = _BODIES.sub(lambda m: _BODY_NAMES[" ".join(m.group(0).split())], text)
        words = list(_WORD.finditer(text))
        text = "".join(text[words[k - 1].end() if k else 0:w.start()] + _cased(w.group(0), casings,
                                                                              words[k - 1].group(0) if k else "")
                       for k, w in enumerate(words)) + (text[words[-1].end():] if words else "")
    if text == claim.strip():
        return claim
    return text[:1].upper() + text[1:]


def _common_word(word: str) -> bool:
    """True for a word English uses in lower case ("reading", "nice", "new", "march"), whatever name shares it."""
    return word in STOP_WORDS or bool(getAllLemmas(word))


def _cased(word: str, casings: dict[str, str], before: str = "") -> str:
    """The word with the capitals of a name the pile holds, a known place, a month, a country code or an acronym;
    a possessive keeps its ending, written or left out ("zelensky's", "russias"). A word English uses in lower case
    gets capitals only as a name the pile holds ("may", "march", "reading" stay)."""
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > 3:
            return _cased(word[:-2], casings, before) + ending
    if word in _CODES:
        return _CODES[word]
    if word == "un" and before == "jong":
        return "Un"  # ("kim jong un", not "UN")
    if word in _ACRONYMS:
        return _ACRONYMS[word]
    if word in casings:
        return casings[word]
    if word in MONTHS and (word not in ("may", "march") or before in _BEFORE_A_MONTH) \
            or len(word) >= 4 and not _common_word(word) and place_name(word.capitalize()):
        return word.capitalize()  # ("in march" is the month; "will march on" is not)
    stem = word[:-1]
    if len(word) > 4 and word.endswith("s") and stem in casings and place_name(casings[stem]):
        return casings[stem] + "'s"  # (an apostrophe left out of a place's possessive: "russias"; not "forces")
    return word
