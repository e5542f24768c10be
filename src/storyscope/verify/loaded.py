"""Claims in loaded wording, written plainly: a partisan's insults, sneers and sarcasm around a checkable point.

A user angry at one side types "Kremlin TV blowhard Igor Brask begged Moscow to grab the offer with both hands";
the point to check is "Igor Brask urged Moscow to grab the offer". ``neutral_wording`` drops the epithet before a
name ("That clown", "Dictator", "the pro-Kremlin rag"), insulting adjectives ("rogue regime", "sneaky Velm"),
adverbs of manner ("calmly assured", "smugly said"), sarcastic openers ("Good riddance:") and idioms that only colour
a deed ("went cap in hand to"), and writes loaded verbs of saying as plain ones ("sneered that" -> "said that",
"whined to Nato about" -> "told Nato about", "begged Moscow to" -> "urged Moscow to"). Words that bear on what is
true stay: "fake", "bogus", "sham", "illegal", "alleged", "little evidence".
"""

from __future__ import annotations

import re

# Nouns of abuse set before a name as a title ("Fearmonger Velm", "Kremlin errand boy Brask", "the pro-Kremlin rag
# Izvestia").
_EPITHETS = ("clown", "blowhard", "propagandist", "stooge", "puppet", "lapdog", "lackey", "sidekick", "crony",
             "henchman", "mouthpiece", "dictator", "tyrant", "despot", "warmonger", "fearmonger", "scaremonger",
             "dreamer", "liar", "buffoon", "thug", "goon", "errand boy", "bootlicker", "shill", "hack", "madman",
             "butcher", "rag", "stooge", "toady", "windbag", "loudmouth", "fool", "idiot", "crook", "cheerleader",
             "apologist", "yes-man", "poodle", "flunkey", "flunky", "minion")
# Words that may stand between the possessive or article and the epithet ("Kremlin TV blowhard", "his little
# sidekick", "the pro-Kremlin rag").
_EPITHET_MODIFIER = (r"(?:[A-Z][\w'’-]*|pro-[A-Z][\w'’-]*|little|old|tin-?pot|two-bit|pint-sized|crazy|mad|evil|"
                     r"sneaky|lying|pathetic|loyal|favou?rite|own|resident|chief|top)")
_EPITHET_BEFORE_NAME = re.compile(
    r"(?:(?<![\w'’-])(?:[Tt]hat|[Tt]his|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w'’-]*['’]s)\s+)?"
    r"(?<![\w'’-])(?:" + _EPITHET_MODIFIER + r"\s+){0,2}?"
    r"(?i:" + "|".join(e.replace(" ", r"\s+") for e in _EPITHETS) + r")s?\s+(?=[A-Z][a-z])")
# An epithet for the people of a named side ("the Kremlin's liars", "Kim's stooges") or its government ("Pyongyang's
# regime"): the side.
_SIDE_EPITHET = re.compile(r"\b(?P<side>[A-Z][\w'’-]*)['’]s\s+(?:(?i:" + "|".join(e.replace(" ", r"\s+") for e in _EPITHETS)
                           + r")s?|regime|(?:little\s+)?gang|cronies|cabal|clique|junta)\b(?!\s+[A-Z])")
# Adjectives that only insult ("rogue regime", "doomed invaders", "sneaky Velm"), and "so-called".
_LOADED_ADJECTIVE = re.compile(
    r"(?<![\w-])(?i:so-called|rogue|hermit|pariah|sneaky|lying|doomed|brainwashed|battered|meat-?grinder|evil|wicked|"
    r"deranged|crazed|senile|bloodthirsty|murderous|tin-?pot|two-bit|pathetic|laughable|ridiculous|disgraceful|"
    r"shameful|cowardly|spineless|despicable|odious|vile|thuggish|barbaric|criminal(?=\s+regime)|"
    r"puppet(?=\s+(?:republic|regime|state|government|leader|parliament|president)s?\b))\s+(?=\S)")
# Adverbs of manner before a verb ("calmly assured", "smugly said").
_MANNER = re.compile(
    r"(?<![\w-])(?i:calmly|smugly|gleefully|shamelessly|brazenly|desperately|breathlessly|hysterically|proudly|"
    r"arrogantly|cynically|meekly|sheepishly|cheerfully|cheekily|coolly|blithely|glibly|breezily|nervously|angrily|"
    r"furiously|triumphantly|pompously|lamely|feebly|bravely|boldly|hilariously|laughably|predictably)\s+"
    r"(?=[a-z]+(?:ed|s)\b)")
# Sarcastic openers that comment on the point ("Good riddance:", "Surprise, surprise,").
_SARCASTIC_OPENING = re.compile(
    r"^\s*(?i:good\s+riddance|surprise,?\s+surprise|big\s+surprise|shocker|what\s+a\s+joke|you\s+can'?t\s+make\s+"
    r"this\s+up|here\s+we\s+go\s+again|unbelievable|typical|classic|yikes|wow|lmao|lol|ha(?:ha)+)\s*[:,!.—–-]+\s*")
# Verbs of saying that sneer or gush: the words were said.
_SAID = ("sneer", "scoff", "rant", "rave", "gush", "drool", "brag", "boast", "crow", "whine", "whinge", "moan",
         "blather", "babble", "spout", "spew", "shriek", "screech", "squeal", "bleat", "bark", "yap", "parrot",
         "bellow", "hiss", "snarl", "growl", "fume", "rage", "gloat", "trumpet", "sputter", "mutter", "grumble",
         "gripe", "howl", "huff", "wail", "blurt")
_PAST = {"sneer": "sneered", "scoff": "scoffed", "rant": "ranted", "rave": "raved", "gush": "gushed",
         "drool": "drooled", "brag": "bragged", "boast": "boasted", "crow": "crowed", "whine": "whined",
         "whinge": "whinged", "moan": "moaned", "blather": "blathered", "babble": "babbled", "spout": "spouted",
         "spew": "spewed", "shriek": "shrieked", "screech": "screeched", "squeal": "squealed", "bleat": "bleated",
         "bark": "barked", "yap": "yapped", "parrot": "parroted", "bellow": "bellowed", "hiss": "hissed",
         "snarl": "snarled", "growl": "growled", "fume": "fumed", "rage": "raged", "gloat": "gloated",
         "trumpet": "trumpeted", "sputter": "sputtered", "mutter": "muttered", "grumble": "grumbled",
         "gripe": "griped", "howl": "howled", "huff": "huffed", "wail": "wailed", "blurt": "blurted"}
_PRESENT = {verb: verb + ("es" if verb.endswith(("sh", "ss", "ch")) else "s") for verb in _SAID}
# What follows a verb of saying: "that", a quote, a colon, a clause's subject, "about".
_SAYING_NEXT = (r"(?=\s*(?:out\s+)?(?:that\b|[\"“'‘:,]|about\b|(?:he|she|they|it|we|I|[A-Z]\w*)\b)"
                r"|\s+(?:at|in|during|on|before|after|from|outside)\s+[^.;\"“]{1,60}?\bthat\b)")
_LOADED_SAID_TO = re.compile(r"\b(?P<verb>" + "|".join(list(_PAST.values()) + list(_PRESENT.values()))
                             + r")(?:\s+(?:on|away|off))?\s+to\s+(?=(?:the\s+|a\s+)?[\w'’-]+)")
_LOADED_SAID = re.compile(r"\b(?P<verb>" + "|".join(list(_PAST.values()) + list(_PRESENT.values())) + r")"
                          r"(?:\s+(?:on|away|off))?" + _SAYING_NEXT)
# Begging is urging; conceding or admitting something is saying it (not "was admitted to hospital").
_URGED = re.compile(r"\b(?:begged|pleaded\s+with|implored|beseeched)\b(?=\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+to\b)")
_ADMITTED = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )\b(?P<verb>admitted|admits|conceded|concedes|"
                       r"confessed|confesses)(?=\s+(?:that\b|the\b|[A-Z]))")
_ASSURED_ALL = re.compile(r"\b(?P<verb>assured|assures)\s+(?:everyone|everybody|all|the\s+world|us|the\s+public)\s+"
                          r"(?=that\b)")
_CHEERED_ON = re.compile(r"\bcheered(?:\s+on)?\b(?=\s+(?:the\s+|[A-Z]))")
# Idioms that colour a deed without changing it.
_IDIOMS = [(re.compile(p), w) for p, w in (
    (r"\b(went|goes|go|came|comes)\s+(?:cap|hat)\s+in\s+hand\s+to\b", r"\1 to"),
    (r"\s+with\s+both\s+hands\b", ""),
    (r"\binked\b", "signed"),
    (r"\bslapped\s+(?=(?:new\s+|fresh\s+|more\s+)?sanctions\b)", "imposed "),
    (r"\b(?:waved|brushed)\s+(?:away|aside|off)\b", "dismissed"),
)]


def _saying(verb: str, present: str, past: str) -> str:
    return past if verb.endswith("ed") else present


def neutral_wording(claim: str) -> str:
    """Return ``claim`` with its loaded wording written plainly (see the module's docstring): "That clown Ole Velm
    sneered that the port was closed" -> "Ole Velm said that the port was closed". A claim without such words is
    returned unchanged."""
    text = _SARCASTIC_OPENING.sub("", claim)
    text = _EPITHET_BEFORE_NAME.sub("", text)
    text = _LOADED_ADJECTIVE.sub("", text)
    text = _SIDE_EPITHET.sub(r"\g<side>", text)
    text = _MANNER.sub("", text)
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    text = _LOADED_SAID_TO.sub(lambda m: _saying(m.group("verb"), "tells ", "told "), text)
    text = _LOADED_SAID.sub(lambda m: _saying(m.group("verb"), "says", "said"), text)
    text = _URGED.sub("urged", text)
    text = _ADMITTED.sub(lambda m: _saying(m.group("verb"), "says", "said"), text)
    text = _ASSURED_ALL.sub(lambda m: _saying(m.group("verb"), "says ", "said "), text)
    text = _CHEERED_ON.sub("welcomed", text)
    if text == claim:
        return claim
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:1].upper() + text[1:]
