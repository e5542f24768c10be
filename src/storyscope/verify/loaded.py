"""Claims in loaded wording, written plainly: a partisan's insults, sneers and sarcasm around a checkable point.

A user angry at one side types "Kessian TV blowhard Igor Brask begged Osk to grab the offer with both hands"; the
point to check is "Igor Brask urged Osk to grab the offer". ``neutral_wording`` drops the epithet before a person's
name ("That clown", "Dictator", "the pro-Kremlin rag"), insulting adjectives before a noun ("rogue regime", "sneaky
Velm"), adverbs of manner ("calmly assured"), sarcastic openers ("Good riddance:") and idioms that only colour a deed
("went cap in hand to"), and writes loaded verbs of saying as plain ones where what follows is what was said
("sneered that" -> "said that", "whined to Nato about" -> "told Nato about", "begged Osk to" -> "urged Osk to").
Words inside quotation marks are left as they are, and so are words that bear on what is true ("fake", "bogus",
"sham", "illegal", "alleged", "little evidence") and an epithet said of someone ("Velm is Osk's puppet").
"""

from __future__ import annotations

import re

# Nouns of abuse set before a person's name as a title ("fearmonger Velm", "Kessian errand boy Brask", "the
# pro-Kremlin rag Izvestia").
_EPITHETS = ("clown", "blowhard", "propagandist", "stooge", "puppet", "lapdog", "lackey", "sidekick", "crony",
             "henchman", "mouthpiece", "dictator", "tyrant", "despot", "warmonger", "fearmonger", "scaremonger",
             "dreamer", "liar", "buffoon", "thug", "goon", "errand boy", "bootlicker", "shill", "madman", "rag",
             "toady", "windbag", "loudmouth", "idiot", "crook", "apologist", "yes-man", "poodle", "flunkey",
             "flunky", "minion")
_EPITHET_WORDS = "|".join(e.replace(" ", r"\s+") for e in _EPITHETS)
# Words that may stand between the possessive or article and the epithet ("Kremlin TV blowhard", "his little
# sidekick", "the pro-Kremlin rag").
_EPITHET_MODIFIER = (r"(?:[A-Z][\w'’-]*|pro-[A-Z][\w'’-]*|little|old|tin-?pot|two-bit|pint-sized|crazy|mad|evil|"
                     r"sneaky|pathetic|loyal|favou?rite|own|resident|chief|top)")
# Days and months: a capitalised word after an epithet that is no one's name ("the hack Monday").
_NO_NAME = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|" \
           r"July|August|September|October|November|December)\b)"
# (in lower case anywhere, or capitalised as the claim's first word: "Dictator Velm", not "Butcher Street")
_EPITHET_BEFORE_NAME = re.compile(
    r"(?:(?<![\w'’-])(?:[Tt]hat|[Tt]his|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w'’-]*['’]s)\s+)?"
    r"(?<![\w'’-])(?:" + _EPITHET_MODIFIER + r"\s+){0,2}?(?:" + _EPITHET_WORDS + r")s?\s+" + _NO_NAME
    + r"(?=[A-Z][a-z])")
_EPITHET_OPENING = re.compile(r"^\s*(?i:" + _EPITHET_WORDS + r")s?\s+" + _NO_NAME + r"(?=[A-Z][a-z])")
# An epithet for the people of a named side ("the Kremlin's liars", "Kim's stooges"): the side; its government in
# loaded words ("Pyongyang's regime", "the junta") is its government. Not one said of someone ("Velm is Osk's
# puppet", "called Brask the Kremlin's mouthpiece").
_SIDE_EPITHET = re.compile(r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bcalled )(?<!\bbranded )(?<!\bas )"
                           r"(?<!\bthe )(?<!\ba )\b(?P<side>[A-Z][\w'’-]*)['’]s\s+(?:(?P<people>(?:" + _EPITHET_WORDS
                           + r")s?|(?:little\s+)?gang|cronies)|(?P<rule>regime|cabal|clique))\b(?!\s+[A-Z])")
# Adjectives that only insult, directly before the noun or name they insult ("rogue regime", "sneaky Velm") after an
# article, a possessive or the claim's start; and "so-called".
_LOADED_ADJECTIVE = re.compile(
    r"(?:(?<=^)|(?<=\bthe )|(?<=\bThe )|(?<=\ba )|(?<=\bA )|(?<=\ban )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\bits )|"
    r"(?<='s )|(?<=’s ))"
    r"(?i:so-called|rogue|hermit|pariah|sneaky|brainwashed|meat-?grinder|evil|wicked|deranged|crazed|senile|"
    r"bloodthirsty|murderous|tin-?pot|two-bit|pathetic|laughable|disgraceful|shameful|cowardly|spineless|"
    r"despicable|odious|vile|thuggish|barbaric|criminal(?=\s+regime)|"
    r"puppet(?=\s+(?:republic|regime|state|government|leader|parliament|president)s?\b))\s+"
    r"(?!(?:and|or|but|as|to|of)\b)(?=[\w'‘“\"])")
_SO_CALLED = re.compile(r"(?<![\w-])(?i:so-called)\s+(?=\S)")
# Adverbs of manner before a verb ("calmly assured", "smugly said").
_MANNER = re.compile(
    r"(?<![\w-])(?i:calmly|smugly|gleefully|shamelessly|brazenly|desperately|breathlessly|hysterically|proudly|"
    r"arrogantly|cynically|meekly|sheepishly|cheerfully|cheekily|coolly|blithely|glibly|breezily|nervously|angrily|"
    r"furiously|triumphantly|pompously|lamely|feebly|hilariously|laughably)\s+"
    r"(?=[a-z]+(?:ed|s)\b)")
# Sarcastic openers that comment on the point ("Good riddance:", "Surprise, surprise,").
_SARCASTIC_OPENING = re.compile(
    r"^\s*(?i:good\s+riddance|surprise,?\s+surprise|big\s+surprise|shocker|what\s+a\s+joke|you\s+can'?t\s+make\s+"
    r"this\s+up|here\s+we\s+go\s+again|unbelievable|typical|classic|yikes|wow|lmao|lol|ha(?:ha)+)"
    r"\s*(?:[:,!.]+|\s[—–-])\s*")
# Verbs of saying that sneer or gush, past and present: the words were said.
_PAST = {"sneer": "sneered", "scoff": "scoffed", "rant": "ranted", "rave": "raved", "gush": "gushed",
         "drool": "drooled", "brag": "bragged", "boast": "boasted", "crow": "crowed", "whine": "whined",
         "whinge": "whinged", "moan": "moaned", "blather": "blathered", "babble": "babbled", "spout": "spouted",
         "spew": "spewed", "shriek": "shrieked", "screech": "screeched", "squeal": "squealed", "bleat": "bleated",
         "bark": "barked", "yap": "yapped", "parrot": "parroted", "bellow": "bellowed", "hiss": "hissed",
         "snarl": "snarled", "growl": "growled", "fume": "fumed", "rage": "raged", "gloat": "gloated",
         "trumpet": "trumpeted", "sputter": "sputtered", "mutter": "muttered", "grumble": "grumbled",
         "gripe": "griped", "howl": "howled", "huff": "huffed", "wail": "wailed", "blurt": "blurted"}
_LOADED_VERBS = "|".join([*_PAST.values(), *(v + ("es" if v.endswith(("sh", "ss", "ch")) else "s") for v in _PAST)])
# What follows a verb of saying when it says something: "that", a quotation, a colon; or a place or occasion and
# then "that" ("ranted at a news conference that").
_SAYING_NEXT = (r"(?=\s*(?:out\s+)?(?:that\b|[\"“:])"
                r"|\s+(?:at|in|during|on|before|after|from|outside)\s+[^.;\"“]{1,60}?\bthat\b)")
_LOADED_SAID_TO = re.compile(r"\b(?P<verb>" + _LOADED_VERBS + r")\s+to\s+(?=[^.;\"“]{1,60}?(?:\bthat\b|\babout\b|[\"“:]))")
_LOADED_SAID = re.compile(r"\b(?P<verb>" + _LOADED_VERBS + r")" + _SAYING_NEXT)
# Begging is urging; conceding or admitting that something is so is saying it (not "admitted Kessia in 2023").
_URGED = re.compile(r"\b(?:begged|pleaded\s+with|implored|beseeched)\b(?=\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+to\b)")
_ADMITTED = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?P<verb>admitted|admits|conceded|concedes|"
                       r"confessed|confesses)(?=\s+(?:that\b|[\"“:]))")
_ASSURED_ALL = re.compile(r"\b(?P<verb>assured|assures)\s+(?:everyone|everybody|all|the\s+world|us|the\s+public)\s+"
                          r"(?=that\b)")
_CHEERED_ON = re.compile(r"\bcheered(?:\s+on)?\b(?=\s+(?:the|a|an|his|her|their|its|[A-Z][\w'’-]*['’]s)\b)")
# Idioms that colour a deed without changing it.
_IDIOMS = [(re.compile(p), w) for p, w in (
    (r"\b(went|goes|go|came|comes)\s+(?:cap|hat)\s+in\s+hand\s+to\b", r"\1 to"),
    (r"\s+with\s+both\s+hands\b", ""),
    (r"\binked\b", "signed"),
    (r"\bslapped\s+(?=(?:new\s+|fresh\s+|more\s+)?sanctions\b)", "imposed "),
    (r"\b(?:waved|brushed)\s+(?:away|aside|off)\b", "dismissed"),
)]
# A stretch in quotation marks: its words are left as they are.
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]|‘[^‘’]*’")


def _saying(verb: str, present: str, past: str) -> str:
    return past if verb.endswith("ed") else present


def _side(m: re.Match) -> str:
    return m.group("side") if m.group("people") else f"{m.group('side')}'s government"


def _plain(text: str, at_start: bool) -> str:
    """``text`` (a stretch of the claim outside quotation marks) with its loaded wording written plainly."""
    if at_start:
        text = _SARCASTIC_OPENING.sub("", text)
        text = _EPITHET_OPENING.sub("", text)
    text = _EPITHET_BEFORE_NAME.sub("", text)
    text = _SO_CALLED.sub("", _LOADED_ADJECTIVE.sub("", text))
    text = _SIDE_EPITHET.sub(_side, text)
    text = _MANNER.sub("", text)
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    text = _LOADED_SAID_TO.sub(lambda m: _saying(m.group("verb"), "tells ", "told "), text)
    text = _LOADED_SAID.sub(lambda m: _saying(m.group("verb"), "says", "said"), text)
    text = _URGED.sub("urged", text)
    text = _ADMITTED.sub(lambda m: _saying(m.group("verb"), "says", "said"), text)
    text = _ASSURED_ALL.sub(lambda m: _saying(m.group("verb"), "says ", "said "), text)
    return _CHEERED_ON.sub("welcomed", text)


def neutral_wording(claim: str) -> str:
    """Return ``claim`` with its loaded wording written plainly (see the module's docstring): "That clown Ole Velm
    sneered that the port was closed" -> "Ole Velm said that the port was closed". A claim without such words is
    returned unchanged."""
    out, last = [], 0
    for m in _QUOTED.finditer(claim):
        out += [_plain(claim[last:m.start()], last == 0), m.group(0)]
        last = m.end()
    out.append(_plain(claim[last:], last == 0))
    text = "".join(out)
    if text == claim:
        return claim
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:1].upper() + text[1:]
