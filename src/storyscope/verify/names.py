"""The names a claim gives: whether the pile knows them, and whether a passage names the claim's subject and place."""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from typing import Any

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.annotate.entities import gazetteer, place_name
from storyscope.corpus.entities import ACRONYM_MAX, ACRONYM_SKIP, KNOWN_VARIANTS, initials
from storyscope.store import Store
from storyscope.verify.dates import WEEKDAY_INDEX
from storyscope.verify.parties import GENERIC, INSTITUTIONS, NAME_WORD, same_party
from storyscope.verify.roles import ROLE_NOUNS
from storyscope.verify.stance_rules import CAPITALS, MONTHS, place_word, stem, without_possessive

# Capitalised words that open a claim without naming anything.
UNKNOWN_NAME_SKIP = frozenset({"these", "those", "they", "their", "when", "after", "before", "since", "some",
                               "many", "most", "more", "several", "according", "reports", "officials"})


# A people's adjective ("Chinese", "Belarusian", "Iraqi", "Danish").
_PEOPLES_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")


def _common_opener(claim: str) -> str | None:
    """The claim's first word when it is capitalised only because it opens the sentence ("Imposition of new sanctions
    was urged by ...", "Heavy shelling continued"), not a name nor a people's adjective ("Chinese"); else None."""
    from storyscope.verify.actions import parse_texts

    words = claim.split()
    if not words or not NAME_WORD.match(words[0]):
        return None
    first = parse_texts([claim])[0][0]
    # ("Chinese troops shelled ..." opens with a people's adjective, which the pile must hold)
    if first.pos_ in ("PROPN", "X") or first.text.isupper() or _PEOPLES_ADJECTIVE.fullmatch(first.text):
        return None
    return first.text


# Endings of a place's people's word after the place's name or a stem of it ("Ukrain-ian", "Turk-ish", "Syria-n").
_PEOPLES_ENDING = r"(?:ians?|eans?|ans?|ns?|ish|ese|is|i|ic)?"


def unknown_names(store: Store, claim: str) -> list[str]:
    """Return the names in ``claim`` that no stored article mentions, in order.

    A name counts as mentioned when an article or title holds a word starting
    with it, less up to three letters of ending ("Ukrainian" finds "Ukraine",
    "Zelenskyy" finds "Zelensky"), or its known variant ("Kiev" finds "Kyiv").
    The pile cannot confirm or contradict what a claim says about something it
    never names ("North Korean troops landed on the Moon").
    """
    out = []
    opener = _common_opener(claim)
    for raw in NAME_WORD.findall(claim.replace("’", "'")):
        name = raw.removesuffix("'s").rstrip("'")
        if name == opener or name.lower() in GENERIC or name.lower() in UNKNOWN_NAME_SKIP or name in out \
                or name.lower() in MONTHS or name.lower() in WEEKDAY_INDEX \
                or "-" in name and all(part in ROLE_NOUNS for part in name.lower().split("-")):
            continue  # dates and joined titles ("Secretary-General"), not names ("Major" may be a surname)
        low = name.lower()
        # (a capital names its country too: "Beijing" for a pile that says "China")
        keys = {low, KNOWN_VARIANTS.get(low, low), CAPITALS.get(low, low)} \
            | {old for old, new in KNOWN_VARIANTS.items() if new == low}
        found = False
        for key in keys:
            # the longest run of letters: "o'brien" is searched as "brie", so "O’Brien" with a curly
            # apostrophe is found too; a name of short runs only ("Al-Sa") is not tested
            part = max(re.findall(r"[^\W\d_]+", key), key=len, default="")
            if len(part) < 4:
                found = True
                break
            prefix = part[:max(4, len(part) - 3)]
            pattern = r"(?i)\b" + re.escape(prefix)
            spelling = place_name(name) if key == low else None
            if spelling is not None:
                # a place the gazetteer knows is named by its own name, its GeoNames spelling ("Kiev" is the pile's
                # "Kyiv") or its people's word ("Turkish" for "Turkey", "Ukrainian", "Syrian"), not by any word it
                # begins ("Paris" is not the "pariah" of a pile)
                stems = {part[:k] for k in range(len(prefix), len(part) + 1)} | {spelling.lower()}
                prefix = os.path.commonprefix(sorted(stems))  # (the cheap test must let every form through)
                pattern = r"(?i)\b(?:" + "|".join(re.escape(n) for n in sorted(stems)) + r")" + _PEOPLES_ENDING + r"\b"
            # The plain substring test first (cheap), the word-boundary regex only on its hits; stop at one.
            row = store.con.execute(
                "SELECT 1 FROM articles WHERE (text ILIKE ? OR coalesce(title, '') ILIKE ?) "
                "AND (regexp_matches(text, ?) OR regexp_matches(coalesce(title, ''), ?)) LIMIT 1",
                [f"%{prefix}%", f"%{prefix}%", pattern, pattern]).fetchone()
            if row:
                found = True
                break
        if not found and not _misspelt_in_pile(store, claim, raw):
            out.append(name)
    return out


# Names this long or longer may be spelt in another transliteration and still name the same person ("Sybiha",
# "Sibiha"); a letter added or dropped at the end only from LONG_NAME_LETTERS ("Korotchenkov"; not "Petrova").
SPELLING_MIN_LETTERS = 6
LONG_NAME_LETTERS = 8


# Letters that transliterations of one name swap ("Sybiha" / "Sibiha", "Volkovich" / "Volkovitch" is not one).
_SWAPPED_LETTERS = frozenset({frozenset("iy"), frozenset("vw"), frozenset("jy"), frozenset("sz")})
# Ukrainian "г" is "h" in one transliteration and "g" in another ("Sybiha" / "Sybiga"): swapped only in a name after
# the pile's first name for it or after a title, and no English word ("The German government" is not the pile's
# "Minister Herman Vask").
_GH = frozenset("gh")
# Endings and letter groups that transliterations of one Russian or Ukrainian name write otherwise ("Zelenskiy" /
# "Zelensky", "Ponomaryov" / "Ponomarev").
_ENDINGS = (("iy", "y"), ("ij", "y"), ("yi", "y"), ("ii", "y"))
_GROUPS = (("yo", "e"),)
# Letters with marks that transliterations write as two letters ("Korotčenko" = "Korotchenko").
_DIGRAPHS = str.maketrans({"č": "ch", "š": "sh", "ž": "zh", "Č": "Ch", "Š": "Sh", "Ž": "Zh", "ł": "l", "Ł": "L"})


def latin_letters(name: str) -> str:
    """``name`` in plain Latin letters: marks written as transliterations write them ("Korotčenko" ->
    "Korotchenko") or dropped ("Pérez" -> "Perez")."""
    name = name.translate(_DIGRAPHS)
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _transliterated(a: str, b: str, gh: bool = False) -> bool:
    """True when ``a`` and ``b`` are one name in two transliterations: one letter swapped for one that
    transliterations use alike ("sybiha", "sibiha"; with ``gh`` "sybiga" too); not two names ("hansen", "jansen";
    "petrov", "petrova")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and (frozenset(diff[0]) in _SWAPPED_LETTERS or gh and frozenset(diff[0]) == _GH)


def _respelt(a: str, b: str, gh: bool = False) -> bool:
    """True when a reader's ``a`` is the pile's name ``b`` spelt otherwise: another transliteration, or a letter
    added or dropped at the end of a long name ("korotchenkov", "korotchenko"; not an "a" or "s" ending)."""
    if _transliterated(a, b, gh):
        return True
    for x, y in ((a, b), (b, a)):
        if any(x.endswith(end) and x[:-len(end)] + plain == y for end, plain in _ENDINGS) \
                or any(group in x and x.replace(group, plain, 1) == y for group, plain in _GROUPS):
            return True  # ("zelenskiy", "zelensky"; "ponomaryov", "ponomarev")
    short, long_ = sorted((a, b), key=len)
    # (not a feminine or plural ending: "Markelov" / "Markelova", "Talvorian" / "Talvorians")
    return len(long_) == len(short) + 1 and len(short) >= LONG_NAME_LETTERS and long_.startswith(short) \
        and long_[-1] not in "as"


def one_edit_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one letter replaced, added or dropped ("olga", "okga")."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt_in_pile(store: Store, claim: str, raw: str) -> bool:
    """True when a first name of four letters or more stands before a surname the pile holds, and the pile writes
    that surname after a first name one letter apart ("Olga Makeeva" for the pile's "Okga Makeeva"): a typo in
    the article or the claim, not someone no article names."""
    follow = re.search(re.escape(raw) + r"\s+([A-Z][\w'-]{3,})", claim.replace("’", "'"))
    if len(raw) < 4 or follow is None:
        return False
    surname = follow.group(1)
    rows = store.con.execute("SELECT text FROM articles WHERE text LIKE ? LIMIT 50", [f"%{surname}%"]).fetchall()
    before = re.compile(r"\b([A-Z][\w'-]+)\s+" + re.escape(surname) + r"\b")
    return any(one_edit_apart(raw.lower(), m.group(1).lower()) for (text,) in rows for m in before.finditer(text))


def respelled(store: Store, claim: str) -> str:
    """Return ``claim`` with each name no article holds as written spelt as the pile spells it, when the pile gives
    after a first name exactly one surname that is that name spelt otherwise (``_respelt``: "Sibiha" -> "Sybiha",
    "Korotchenkov" -> "Korotchenko"); a name the pile holds as written stays ("Petrova" beside the pile's
    "Petrov")."""
    out = claim
    for raw in dict.fromkeys(_MARKED_NAME_WORD.findall(claim.replace("’", "'"))):
        name = raw.removesuffix("'s").rstrip("'")
        if len(name) < SPELLING_MIN_LETTERS or not name.isalpha() or holds(store, name):
            continue  # (a name the pile holds as written)
        plain = latin_letters(name)
        if plain != name and holds(store, plain):
            out = re.sub(r"\b" + re.escape(name) + r"\b", plain, out)  # ("Korotčenko": the pile's "Korotchenko")
            continue
        written, name = name, plain
        rows = store.con.execute("SELECT text FROM articles WHERE text ILIKE ? OR text ILIKE ? LIMIT 50",
                                 [f"%{name[:3]}%", f"%{name[-3:]}%"]).fetchall()
        before = re.search(r"([A-Z][a-z]+)\s+" + re.escape(raw), claim.replace("’", "'"))
        first = before.group(1) if before and before.group(1).lower() not in _ROLE_WORDS else None
        # (the same first name where both give one: "Anna Markelova" is not the pile's "Pavel Markelov")
        titled = re.search(r"(\w+)\s+" + re.escape(raw), claim.replace("’", "'"))
        titled = bool(titled) and titled.group(1).lower() in _ROLE_WORDS
        found = {m.group(2) for (text,) in rows for m in _AFTER_FIRST_NAME.finditer(text)
                 if (_respelt(name.lower(), m.group(2).lower())
                     and (first is None or m.group(1).lower() in _ROLE_WORDS or m.group(1) == first)
                     # a g/h swap only for the same first name, or after a title ("Minister Sybiga"); not "The
                     # German government" for the pile's "Minister Herman Vask"
                     or _respelt(name.lower(), m.group(2).lower(), gh=True) and not getAllLemmas(name.lower())
                     and (first is not None and m.group(1) == first or titled
                          and m.group(1).lower() not in _ROLE_WORDS))}
        if len(found) == 1:
            out = re.sub(r"\b" + re.escape(written) + r"\b", found.pop(), out)
    return out


def name_casings(store: Store) -> dict[str, str]:
    """Return each word of the pile's entity names and aliases, lower-cased, mapped to the word as the pile writes it
    ("kremlin" -> "Kremlin", "nato" -> "NATO"); a word that is a whole name wins over one inside a longer name ("un" ->
    "UN", not the "Un" of "Kim Jong Un"), and words that are common English ones ("will", "may") are left out."""
    whole, parts = {}, {}
    for name, aliases in store.con.execute("SELECT name, aliases FROM entities").fetchall():
        for written in {name, *(aliases or [])}:
            words = re.findall(r"[^\W\d_][\w’'-]*", written)
            for word in words:
                low = word.lower()
                if low in STOP_WORDS or not word[:1].isupper() or len(low) < 2:
                    continue
                (whole if len(words) == 1 else parts).setdefault(low, word)
    return {**parts, **whole}


# An acronym as a claim writes it ("DPR", "the LPR's envoy"), not part of a hyphenated or longer word.
_ACRONYM = re.compile(r"(?<![\w'’/-])([A-Z]{2,%d})(?=(?:['’]s)?(?![\w/-]))" % ACRONYM_MAX)
# Acronyms shorter than this are left alone: two letters stand for too much ("EU" is not the pile's "East Ukraine",
# "IS" is a word of a shouted claim).
MIN_ACRONYM_LETTERS = 3
# An alias is written out only where the articles write it at most this many times as often as the name (any case:
# "Nato" four times beside one "North Atlantic Treaty Organization" stays the articles' word).
ALIAS_SHARE = 2


def _times_written(store: Store, words: str, any_case: bool = False) -> int:
    """How many times the articles write ``words`` as a whole word or phrase (case as given, or ``any_case``)."""
    pattern = ("(?i)" if any_case else "") + r"\b" + re.escape(words).replace("'", "['’]") + r"\b"
    return store.con.execute("SELECT coalesce(sum(len(regexp_extract_all(text, ?))), 0) FROM articles",
                             [pattern]).fetchone()[0]


# The UN's agencies and other international bodies that news describes by their work rather than by name.
# Each: how it is written out, and the words (a regular expression) by which an article describes it.
WELL_KNOWN_BODIES = {"IAEA": ("UN nuclear agency", r"nuclear (?:agency|watchdog)"),
                     "UNHCR": ("UN refugee agency", r"refugee agency"),
                     "WFP": ("UN food agency", r"food (?:agency|programme|program)"),
                     "UNICEF": ("UN children's agency", r"children.?s (?:agency|fund)"),
                     "OPCW": ("chemical weapons watchdog", r"chemical weapons (?:watchdog|body|organi[sz]ation)"),
                     "OHCHR": ("UN human rights office", r"human rights (?:office|chief)")}


def pile_acronyms(store: Store, claims: list[str]) -> dict[str, str]:
    """Return acronym -> the place or organisation it stands for in the pile, for the acronyms ``claims`` use, where
    the articles write the name rather than only the acronym: an all-capital alias of one entity ("DPR" of "Donetsk
    People's Republic") the articles write at most ``ALIAS_SHARE`` times as often as the name, or the initials of one
    entity's capitalised name words ("LPR" for "Luhansk People's Republic", ``corpus.entities.initials``) the
    articles never write. Three letters or more; an acronym two entities share is left out. Only the claims'
    acronyms are counted in the articles: each count reads every article."""
    wanted = {a for claim in claims for a in _ACRONYM.findall(claim)}
    owners: dict[str, set[str]] = {}
    if not wanted:
        return {}
    for name, aliases in store.con.execute(
            "SELECT name, aliases FROM entities WHERE type IN ('GPE', 'ORG', 'LOC', 'FAC')").fetchall():
        found = {a for a in aliases or [] if a in wanted and a != name and a.isupper() and a.isalpha()
                 and MIN_ACRONYM_LETTERS <= len(a) <= ACRONYM_MAX
                 and _times_written(store, a, any_case=True) <= ALIAS_SHARE * _times_written(store, name)}
        letters = initials(name)
        if letters in wanted and MIN_ACRONYM_LETTERS <= len(letters) <= ACRONYM_MAX and letters not in found \
                and all(w[:1].isupper() for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in ACRONYM_SKIP) \
                and not holds(store, letters):
            found.add(letters)
        for acronym in found:
            owners.setdefault(acronym, set()).add(name)
    out = {acronym: next(iter(names)) for acronym, names in owners.items() if len(names) == 1}
    # (a body news writers often name by what it does, where the articles describe it so and never write its acronym:
    # "IAEA chief Grossi" is "UN nuclear agency chief Grossi" in a pile that says "head of the UN's nuclear agency")
    out |= {a: WELL_KNOWN_BODIES[a][0] for a in wanted if a in WELL_KNOWN_BODIES and a not in out
            and not holds(store, a) and _describes(store, WELL_KNOWN_BODIES[a][1])}
    return out


def _describes(store: Store, pattern: str) -> bool:
    """True when an article holds words matching ``pattern`` (case aside)."""
    return store.con.execute("SELECT 1 FROM articles WHERE regexp_matches(text, ?) LIMIT 1",
                             ["(?i)" + pattern]).fetchone() is not None


def acronyms_written_out(claim: str, acronyms: dict[str, str]) -> str:
    """Return ``claim`` with each acronym the pile's entities stand behind (``pile_acronyms``) written as the
    entity's name: "North Korea recognised the DPR and LPR" -> "... the Donetsk People's Republic and Luhansk
    People's Republic". Other capitals stay ("NATO", "TV"), and so does a claim written mostly in capitals ("THE
    DPR LIED"), whose words are not acronyms."""
    letters = [c for c in claim if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) > len(letters) / 2:
        return claim
    return _ACRONYM.sub(lambda m: acronyms.get(m.group(1), m.group(1)), claim)


def holds(store: Store, name: str) -> bool:
    """True when an article holds ``name`` as a word."""
    return store.con.execute("SELECT 1 FROM articles WHERE text ILIKE ? AND regexp_matches(text, ?) LIMIT 1",
                             [f"%{name}%", r"\b" + re.escape(name) + r"\b"]).fetchone() is not None


# A capitalised word, letters with marks included ("Korotčenko").
_MARKED_NAME_WORD = re.compile(r"\b[A-Z\u00C0-\u017F][a-zA-Z\u00C0-\u017F’'-]{3,}")
# A capitalised word after another, overlapping ("Minister Andrii Sybiha": "Andrii" and "Sybiha").
_AFTER_FIRST_NAME = re.compile(r"\b([A-Z][a-z]+)\s+(?=([A-Z][a-z]{4,})\b)")
# Capitalised titles before a surname, no first names ("Minister Sybiha", "General Marenko").
_ROLE_WORDS = frozenset({"minister", "president", "general", "colonel", "ambassador", "chief", "spokesman",
                        "spokeswoman", "secretary", "governor", "mayor", "senator", "dr", "mr", "mrs", "ms", "prime",
                        "foreign", "defence", "defense", "deputy", "analyst", "expert", "envoy", "leader"})


# A place the claim puts its event in; not the place that names a war ("since the start of the war in Ukraine").
# ("on a trip to Brussels", "during his visit to Osk": the place one is on a trip to is where what is told happens;
# not "back from a trip to Warsaw" nor "announced a visit to Warsaw")
# The trip words before a destination ("a visit to", "his trip to"), and a trip's opening phrase ("On a brief visit
# to", "during their tour to").
TRIP_TO = r"(?:trip|visit|tour|journey)\s+to"
ON_A_TRIP_TO = r"(?:[Oo]n|[Dd]uring)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?" + TRIP_TO
_PLACE_AFTER = re.compile(r"(?<!\bwar )(?<!\bconflict )(?<!\binvasion )\b(?:in|at|(?:[Oo]n|[Dd]uring)\s+(?:a|an|his|her|"
                          r"their|its)\s+(?:[a-z]+\s+)?" + TRIP_TO + r")\s+((?:[A-Z][\w’'-]++\s?)+)")


# Where people or things are moved to ("deployed to Zaporizhzhia", "sent troops to the Kursk region"): the place of
# the claim's move.
_DESTINATION = re.compile(r"\b(?:deploy(?:ed|s|ing)?|sen[dt](?:s|ing)?|dispatch(?:ed|es|ing)?|mov(?:ed|es|ing)|"
                          r"transferr?(?:ed|s|ing)?|arriv(?:ed|es|ing))\s+(?:[\w,'’-]+\s+){0,4}?to\s+(?:the\s+)?"
                          r"((?:[A-Z][\w’'-]++\s?)+)")
# A holder's word before the place it holds ("in Russian-occupied parts of Ukraine"): no place of its own.
_HELD_BY = re.compile(r"-(?:occupied|held|controlled|annexed|run)$")

# A place's name before the people it has ("Kyiv's allies", "Moscow's envoy").
_PEOPLES_OWNER = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?=(?:[a-z][\w-]*\s+)?(?:allies|ally|partners|leaders?|government|"
                            r"officials?|forces|troops|army|president|minister|envoy|ambassador|spokes\w+|people)\b)")




# What a head of state's possessive names that acts for the state ("Putin's government", "Kim's envoy").
_ACTS_FOR_STATE = frozenset({"government", "regime", "administration", "forces", "troops", "army", "military", "envoy",
                             "envoys", "ministry", "officials", "diplomats", "spokesman", "spokeswoman", "cabinet",
                             "country", "state", "delegation", "negotiators"})


def _led_states(text: str, leaders: dict[str, str]) -> set[str]:
    """The states whose heads ``text`` names ("Putin", "Jong Un"): a capitalised word of a head's name, not followed
    by a name word of someone else ("Vladimir Saldo", another Vladimir) nor owning what follows it ("Putin's
    critics", who are not Putin)."""
    out = set()
    for m in re.finditer(r"(?<![\w'’])[A-Z][\w-]*", text):
        state = leaders.get(m.group(0).lower())
        if state is None or len(m.group(0)) < 3:
            continue
        after = text[m.end():]
        owned = re.match(r"['’]s\s+([a-z]+)(?:\s+([a-z]+))?", after)
        if owned and not {owned.group(1), owned.group(2)} & _ACTS_FOR_STATE:
            continue  # ("Putin's critics"; not "Putin's government", "Putin's own envoy")
        following = re.match(r"\s+([A-Z][\w-]*)", after)
        if following and len(following.group(1)) >= 3 and leaders.get(following.group(1).lower()) != state \
                and following.group(1).lower() not in MONTHS and following.group(1).lower() not in WEEKDAY_INDEX:
            continue  # ("Vladimir Saldo"; not "Zelensky Tuesday signed")
        out.add(state)
    return out


def place_missing(claim: str, passage: str) -> bool:
    """True when the claim puts its event in a named place ("met the envoy in Pyongyang") the passage does not name."""
    # the places as written (a capital is not its country here: "in Pyongyang" is not "in Moscow, North Korean ...")
    def plain(text: str) -> set[str]:
        return {KNOWN_VARIANTS.get(w, w) for w in re.findall(r"[a-z][a-z'-]+", text.lower())}

    # (a possessor of people is not where it happened: "Kyiv's allies should respond" does not place it in Kyiv;
    # "Osk's hospitals were overwhelmed" does)
    words = plain(_PEOPLES_OWNER.sub(" ", passage))
    for m in (*_PLACE_AFTER.finditer(claim), *_DESTINATION.finditer(claim)):
        if re.match(r"['’]s\b", claim[m.end(1) - 1:m.end(1) + 2].strip()) or re.search(r"['’]s\s*$", m.group(1)):
            continue  # "in Putin's war": a possessor, not a place
        place = [w for w in plain(m.group(1)) if w not in GENERIC and w not in MONTHS and len(w) >= 3
                 and not _HELD_BY.search(w)]
        if place and not any(w in words or any(same_party(w, x) for x in words if len(x) >= 4) for w in place):
            return True
    return False


def cities_placed(text: str) -> set[str]:
    """The big cities (the entity gazetteer's, by their GeoNames name) that ``text`` puts something in or at ("in
    Brussels", "at a summit in Kiev" -> "Kyiv"); a country's name is none."""
    countries, cities = gazetteer()
    out = set()
    for m in _PLACE_AFTER.finditer(text):
        # (a region or a station named after the city is not the city: "in Donetsk Oblast", "at Victoria Station";
        # a possessive owns the next word: "in Washington's suburbs")
        name = without_possessive(m.group(1).strip())
        if name in cities and name not in countries and not _RELATIVE_BEFORE.search(text, 0, m.start()):
            out.add(cities[name])
    return out


# A relative or participle clause open before a place phrase ("Brask, who studied in Moscow, said"): the place is
# that clause's, not the event's.
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which|whose|having|after|before|while)\b[^,]*$")


def placed_at(text: str) -> set[str]:
    """The place keys (``stance_rules.place_word``) of the names ``text`` puts something in or at ("with Latvia in
    Warsaw" -> {"warsaw"}), whatever word comes before the preposition but "war", "conflict" and "invasion" ("the
    war in Ukraine" places nothing)."""
    return {place_word(w.lower()) for m in _PLACE_AFTER.finditer(text) for w in m.group(1).split()}


# Where someone is at the time told ("On a trip to Brussels, the president said", "is meeting leaders in Brussels
# today"): a trip's opening, or a city followed by the day.
_WHEREABOUTS = re.compile(r"^\s*(?:On|During)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?" + TRIP_TO + r"\s+"
                          r"(?P<trip>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
                          # (the subject's own doing there: "is raising those concerns with Nato leaders in Brussels
                          # today"; not "said strikes in Kharkiv today killed five", where the strikes were)
                          r"|\b(?:is|are|was|were)\s+(?:\w+\s+)?[a-z]+ing\b[^.;,]{0,60}?\bin\s+"
                          r"(?P<city>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+"
                          r"(?:today|tonight|yesterday|this\s+week|on\s+[A-Z][a-z]+day)\b"
                          # "..., he said at a news conference in the Black Sea city of Odesa"
                          r"|\b(?:said|spoke|added|warned|told\s+\w+)\s+at\s+an?\s+(?:news|press)\s+(?:conference|briefing)\s+in\s+"
                          r"(?:the\s+(?:[\w-]+\s+){0,3}?city\s+of\s+)?(?P<conference>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)")


# A thing between two named parties ("a bridge between China and Russia", "the talks between Kessia and Osk").
# ("between the United States and Russia": "the" is no part of a name)
_BETWEEN = re.compile(r"\b([a-z]+)\s+between\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+(?:and|&)\s+"
                      r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})")


def _between(text: str) -> dict[str, frozenset[str]]:
    """Map the noun before each "between A and B" of ``text`` (its stem) to the two parties' keys."""
    out = {}
    for m in _BETWEEN.finditer(text):
        parties = frozenset(" ".join(place_word(KNOWN_VARIANTS.get(w.lower(), w.lower())) for w in
                                     without_possessive(p.strip()).split()) for p in (m.group(2), m.group(3)))
        if len(parties) == 2:
            out[stem(m.group(1))] = parties
    return out


def between_conflict(claim: str, passage: str) -> bool:
    """True when the claim puts a thing between other parties than the passage puts the same thing between, one of
    them shared ("China acts as a bridge between North Korea and Russia" against "North Korea acts as a bridge
    between China and Russia")."""
    told = _between(passage)
    # (one party shared, the other swapped: not "the talks between Russia and Ukraine" against "the talks between
    # Turkey and Syria", another pair's talks)
    return any(noun in told and told[noun] != parties and told[noun] & parties for noun, parties in _between(claim).items())


def without_places(text: str) -> str:
    """Return ``text`` without its place phrases ("in Brussels", "during a visit to Osk")."""
    return _PLACE_AFTER.sub(" ", text)


def whereabouts(passage: str) -> set[str]:
    """The big cities (GeoNames names) ``passage`` says its subject is in at the time it tells ("On a trip to Brussels,
    the president said ...", "... with Nato leaders in Brussels today" or "..., he said at a news conference in the
    port city of Brussels" -> {"Brussels"}); a country is none."""
    countries, cities = gazetteer()
    return {cities[name] for m in _WHEREABOUTS.finditer(passage)
            if (name := without_possessive(m.group("trip") or m.group("city") or m.group("conference"))) in cities
            and name not in countries}


def city_placed_otherwise(claim: str, passage: str) -> bool:
    """True when the claim puts its event in a big city ("presented the plan in Washington") and the passage puts
    it in another one and names the claim's nowhere ("... in Brussels today"): cities, not countries or regions,
    so that neither can hold the other ("in Ukraine" is not contradicted by "in Kyiv")."""
    wanted = cities_placed(claim)
    if not wanted:
        return False
    _, cities = gazetteer()
    words = [without_possessive(w) for w in re.findall(r"[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?", passage)
             + re.findall(r"[A-Z][\w’'-]+", passage)]
    named = {cities[w] for w in words if w in cities}
    given = cities_placed(passage)
    return bool(given) and not wanted & named and not given & wanted


# Capitalised words that open a claim without naming anyone ("The", "A") besides the generic ones.
OPENERS = frozenset({"the", "a", "an", "it", "its", "in", "on", "at", "up", "last", "since", "after", "before"})


# Words of a time, no name of what the claim is about nor of a place.
_TIME_WORDS = frozenset(MONTHS) | frozenset(WEEKDAY_INDEX)


def claim_name_groups(claim: str, doc: Any | None = None) -> list[set[str]]:
    """Return the claim's names as groups of lower-cased name words ("Kim Jong Un" -> {"kim", "jong"}).

    With the claim's parse ``doc``, a name is a run of proper nouns or capitalised adjectives ("North Korean"),
    so an opening "Around" or "Thousands" is none; without it, a run of capitalised words. Generic words
    ("North", "President") and words under three letters are left out, and a run left empty is dropped.
    """
    if doc is not None:
        tokens = [(t.text, t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.text[:1].isupper() and t.i > 0) for t in doc]
    else:
        tokens = [(w, w[:1].isupper() and w.lower().removesuffix("'s").rstrip("'") not in OPENERS | UNKNOWN_NAME_SKIP)
                  for w in re.findall(r"[\w’'-]+", claim.replace("’", "'"))]
    groups, current = [], set()
    for word, is_name in tokens:
        low = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
        if is_name:
            if low not in GENERIC and low not in _TIME_WORDS and len(low) >= 3:  # ("On July 13, North Korea ...")
                current.add(low)
            continue
        if word in ("'s", "’s"):
            continue
        if current:
            groups.append(current)
        current = set()
    if current:
        groups.append(current)
    return groups


# A passage opening with these refers to its subject without naming it ("They could be of great help").
PRONOUN_OPENERS = frozenset({"he", "she", "they", "it", "this", "these", "those", "we"})


def subject_missing(claim: str, passage: str, speaker: str | None = None, doc: Any | None = None,
                    leaders: dict[str, str] | None = None) -> bool:
    """True when ``passage`` does not name the claim's first name (its subject, as a rule) and does not open
    with a pronoun that may stand for it.

    A name counts as named by any of its words, in any inflection or known variant ("Russia" by "Russian",
    "Kim Jong Un" by "Kim", "Kiev" by "Kyiv", "Russia" by "the Kremlin"), in the passage or its ``speaker``; a
    state also by the name of its head (``leaders``: a name word -> the state the pile titles them with, "putin"
    -> "russian"), as heads of state sign its pacts. "Kiev then severed relations with North Korea" does not
    confirm "Russia severed relations with North Korea".
    """
    groups = claim_name_groups(claim, doc)
    first = passage.split(maxsplit=1)[0].lower().strip("“\"'") if passage.strip() else ""
    if not groups or first in PRONOUN_OPENERS:
        return False
    text = passage + " " + (speaker or "")
    low = text.lower()
    words = {w.lower().removesuffix("'s").rstrip("'") for w in re.findall(r"[\w’'-]+", text.replace("’", "'"))}
    words |= {KNOWN_VARIANTS.get(w, w) for w in words} | {c for inst, c in INSTITUTIONS.items() if inst in low} \
        | (_led_states(text, leaders) if leaders else set())
    keys = groups[0] | {KNOWN_VARIANTS.get(w, w) for w in groups[0]} \
        | {c for w in groups[0] for c in (CAPITALS.get(w), INSTITUTIONS.get(w)) if c}
    return not any(k in words or len(k) >= 4 and any(same_party(k, w) for w in words if len(w) >= 4) for k in keys)


# Prepositions that put an event in a place or send it to one ("a news conference in Odesa", "head to Donetsk").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "into"})
# Words after the preposition looked at for the place's name ("in the Black Sea city of Odesa").
PLACE_WINDOW = 6
# Words before a preposition that place nothing of their own ("was in Osk", "held in Velm").
_NOT_ANCHORS = frozenset({"is", "was", "are", "were", "be", "been", "being", "ha", "has", "have", "had", "held",
                          "do", "did", "done", "get", "got"})
# Lower-case words a place phrase may hold besides names.
_PLACE_WORDS = frozenset({"the", "of", "city", "town", "village", "region", "province", "oblast", "capital", "port",
                          "republic", "area", "district", "border", "state", "county", "island", "southern",
                          "northern", "eastern", "western", "central", "occupied"})


# Verbs after which "for" names where something goes ("to head for Luhansk").
_HEADING = frozenset({"head", "heads", "heading", "headed", "bound", "leave", "leaves", "left", "depart", "departs",
                      "departed", "sail", "sails", "sailed"})
# Adverbs between a verb and where it puts something ("deployed mainly in", "based largely in").
_PLACING_ADVERBS = frozenset({"mainly", "mostly", "largely", "primarily", "chiefly", "partly", "initially",
                              "reportedly", "only", "currently", "already", "still", "also", "now", "possibly"})
# Anchors that put people or things somewhere alike ("deployed in Luhansk", "used in the Donetsk region").
_PLACING = {a: "deploy" for a in ("deploy", "used", "use", "station", "based", "sent", "send", "post", "posted")}
# Anchors that move troops or things to a place alike ("set to head to Donetsk", "to deploy to Luhansk", "sent to"),
# and that tell a person's visit alike ("on a visit to Paris", "on a trip to Brussels"); stemmed as ``placed`` stems
# its anchors ("transferred" -> "transferr").
_PLACING.update({stem(w) + ">": "move>" for w in ("head", "heads", "headed", "heading", "dispatch", "dispatched",
                                                 "deploy", "deployed", "redeploy", "redeployed", "sent", "send",
                                                 "transfer", "transferred", "relocate", "relocated")})
_PLACING.update({stem(w) + ">": "visit>" for w in ("visit", "trip", "journey", "tour", "travel", "travelled",
                                                  "traveled")})


# Words of a meeting, which may stand a few words before the named person met and the place ("met the envoy
# Lena Varga in Osk", "during his meeting with the Ambassador of Norvakia, Ida Brask in Velm").
_MEETING = frozenset({"met", "meet", "meets", "meeting", "meetings", "talks"})
# How far back from a place's preposition a meeting word is looked for, over the names of whom it was with.
MEETING_WINDOW = 12


def _meeting_before(tokens: list[str], i: int) -> int | None:
    """Return the index of the meeting word that a place phrase at ``tokens[i]`` follows over the name of whom
    was met, or None: a sentence stop or a lower-case word other than an article, "of", "with" or a title ("the
    envoy") ends the search."""
    for k in range(i - 1, max(-1, i - 1 - MEETING_WINDOW), -1):
        word = tokens[k]
        if word.lower() in _MEETING:
            return k
        if word in ".;:!?\"“”()" or word.islower() and word not in _MET_WORDS and word not in ROLE_NOUNS \
                and not word.endswith(("'s", "’s")):  # ("met the Donetsk republic's envoy Ida Brask in Velm")
            return None
    return None


# Words and punctuation marks, as the place phrases are read.
_PLACE_TOKEN = re.compile(r"[\w’'-]+|[.,;:!?“”\"()]")


def _place_names(tokens: list[str], start: int, leave_out: frozenset[str] = frozenset()) -> set[str]:
    """Return the keys (``place_word``) of the capitalised words of the place phrase at ``tokens[start]`` ("the
    Black Sea city of Odesa"), except ``leave_out``; a verb, a punctuation mark or a word left out ends the phrase
    ("to fight in Ukraine" places no troops)."""
    names = set()
    for word in tokens[start:start + PLACE_WINDOW]:
        if word[:1].isupper() and word.lower() not in leave_out:
            names.add(place_word(word.lower()))
        elif word not in _PLACE_WORDS:
            break
    return names


# Lower-case words that may stand between a meeting and the names of whom it was with.
_MET_WORDS = frozenset({"the", "of", "with", "a", "an", "and", "between"})
# Capitalised words of a time, never a place ("met in June", "on Monday").
def meetings(text: str) -> list[tuple[frozenset[str], frozenset[str], set[str]]]:
    """Return ``(who met, who was met, place keys)`` for each meeting ``text`` places: "Vell met the envoy of
    Norvakia, Ida Brask, in Velm" -> ({"vell"}, {"norvakia", "ida", "brask"}, {"velm"}); who was met is the
    capitalised words between the meeting word and the place, who met those just before the meeting word, titles
    and generic words left out."""
    tokens = _PLACE_TOKEN.findall(text)
    out = []

    def names_of(words: list[str]) -> frozenset[str]:
        return frozenset(without_possessive(w).lower() for w in words if w[:1].isupper()
                         and w.lower() not in ROLE_NOUNS | GENERIC | _MET_WORDS)

    for i, tok in enumerate(tokens):
        if tok.lower() not in ("in", "at") or i == 0:
            continue
        before = i - 1 if tokens[i - 1] != "," else i - 2  # ("met Ida Brask, in Velm")
        if before > 0 and tokens[before] in ROLE_NOUNS and tokens[before - 1].endswith(("'s", "’s")):
            before -= 1  # ("met the OPR's envoy in Velm": whose envoy)
            if not tokens[before][:1].isupper() and before > 0 and tokens[before - 1][:1].isupper():
                before -= 1  # ("met the Osk republic's envoy in Velm")
        if before < 0 or not tokens[before][:1].isupper():
            continue
        k = _meeting_before(tokens, before + 1)
        if k is None:
            continue
        first = k
        while first > 0 and first > k - 4 and tokens[first - 1][:1].isupper():
            first -= 1  # ("Ida Brask met ...": who met)
        names = _place_names(tokens, i + 1, leave_out=_TIME_WORDS)
        met = names_of(tokens[k + 1:i]) | _initials(tokens[k + 1:i])
        if met and names:
            out.append((names_of(tokens[first:k]), met, names))
    return out


def _initials(words: list[str]) -> frozenset[str]:
    """Return the lower-cased initials a name of three or more capitalised words is abbreviated by ("opr" of "the Osk
    People's Republic"; "dprk", not "dpr", of "the Democratic People's Republic of Korea": an abbreviation takes the
    name to its end, over "of" and "the"), so that a name and its abbreviation ("the OPR's envoy") are one."""
    out, run = set(), []
    for n, word in enumerate([*words, "."]):
        if word[:1].isupper():
            run.append(word[0].lower())
        elif word in ("of", "the") and run and next((w for w in words[n + 1:] if w not in ("of", "the")),
                                                    "")[:1].isupper():
            continue
        else:
            out.update("".join(run[k:]) for k in range(len(run) - 2))
            run = []
    return frozenset(out)


# A place phrase as written ("in Osk", "at Velm"), to see whether a passage names the claim's place at all.
_PLACE_PHRASE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?([A-Z][\w'’-]+)")


def _meeting_conflict(claim: str, passage: str, places: frozenset[str]) -> bool:
    """True when the passage places a meeting with someone the claim says was met (either way round) in another
    place the dossier knows, and names the claim's place nowhere as written ("Osk"; "Pyongyang" is not named by
    "North Korean")."""
    given = meetings(passage)
    low = passage.lower()
    for _, met, names in meetings(claim):
        written = {m.group(1).lower() for m in _PLACE_PHRASE.finditer(claim)}
        if any(re.search(r"\b" + re.escape(w) + r"\b", low) for w in written):
            continue
        same = [n for who, whom, n in given if (who | whom) & met]
        if same and any(n & places for n in same) and not any(_any_same_place(n, names) for n in same):
            return True
    return False


def placed(text: str) -> list[tuple[str, set[str]]]:
    """Return ``(anchor, names)`` for each place phrase of ``text``: the lower-case word before the preposition
    (what is placed, stemmed: "conference", "head"; marked ">" after "to" or "into") and the keys
    (``stance_rules.place_word``) of the capitalised words of the phrase after it."""
    tokens = _PLACE_TOKEN.findall(text)
    out = []
    for i, tok in enumerate(tokens):
        if tok.lower() not in _PLACE_PREPOSITIONS or i == 0 or not tokens[i - 1].islower():
            if not (tok.lower() == "for" and i > 0 and tokens[i - 1].lower() in _HEADING):
                continue  # ("head for Luhansk": where it goes)
        names = _place_names(tokens, i + 1)
        if names:
            # where it is ("in", "at") or where it goes ("to", "into"): "the ambassador to Pyongyang" is not
            # placed by "the ambassador in Seoul"
            goes = tok.lower() in ("to", "into", "for")
            k = i - 1
            while k > 0 and tokens[k].lower() in _PLACING_ADVERBS and tokens[k - 1].islower():
                k -= 1  # "deployed mainly in": the verb, not its adverb
            out.append((stem(tokens[k].lower()) + (">" if goes else ""), names))
    return out


def place_words(text: str) -> set[str]:
    """The place keys (``stance_rules.place_word``) of ``text``'s lower-cased words."""
    return {place_word(w) for w in re.findall(r"[a-z][a-z'’-]+", text.lower())}


def _narrowest(names: set[str]) -> set[str]:
    """The place keys of a phrase without the country that holds the others ("luhansk" of "the Luhansk region of
    eastern Ukraine"), a seat of government as its state ("kremlin's" -> "russia"); all of them when they are
    countries only."""
    # (a government's seat stands for its state: "to the Kremlin's war effort" is sent to Russia)
    names = {INSTITUTIONS.get(without_possessive(n), without_possessive(n)) for n in names}
    narrow = {n for n in names if n not in _country_names()}
    return narrow or names


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The gazetteer's country names, lower-cased ("north korea"), read once."""
    return frozenset(c.lower() for c in gazetteer()[0])


def place_conflict(claim: str, passage: str, places: frozenset[str]) -> bool:
    """True when ``passage`` puts what the claim places ("warned ... at a news conference in Kyiv", "set to head
    to the Kharkiv region") in another place the dossier knows ("a news conference in the Black Sea city of
    Odesa"), and names the claim's place nowhere.

    What is placed is matched by the word before the preposition ("conference", "head"), a meeting by whom it
    was with (``meetings``); ``places`` are the dossier's lower-cased place names (GPE entities).
    """
    passage = _NEWS_CONFERENCE.sub(_news_conference, passage)
    words = place_words(passage)
    places = frozenset(place_word(p) for p in places)
    if _meeting_conflict(claim, passage, places):
        return True  # "met Ida Brask in Osk" against "his meeting with Ida Brask in Velm"
    given = [(_PLACING.get(a, a), _narrowest(n)) for a, n in placed(passage)]
    for anchor, names in placed(_NEWS_CONFERENCE.sub(_news_conference, claim)):
        names = _narrowest(names)  # ("in the Luhansk region of eastern Ukraine": Luhansk)
        # (the claim's possessive names its place too: "into Russia's war machine" is sent to Russia)
        if _any_same_place(names | {without_possessive(n) for n in names}, words):
            continue
        if anchor.rstrip(">") in _NOT_ANCHORS:
            continue
        anchor = _PLACING.get(anchor, anchor)
        for other_anchor, other_names in given:
            if other_anchor == anchor and other_names & places and not _any_same_place(other_names, names):
                return True
    return False


def _any_same_place(names: set[str], others: set[str]) -> bool:
    """True when a name of ``names`` is one of ``others`` as spelled or in a close spelling ("Donbas", "Donbass")."""
    # (a possessive is not the place: "Russia's ambassador to North Korea" names no destination "Russia")
    return any(a == b or min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 2 and (a.startswith(b) or b.startswith(a))
               and not re.search(r"['’]", a + b) for a in names for b in others)


# A news conference named by its place ("a Kyiv press conference"): the conference in that place.
_NEWS_CONFERENCE = re.compile(r"\b(?:at|in)\s+(?:an?\s+|the\s+)?([A-Z][\w’'-]+)\s+(?:press|news)\s+conference\b")


def _news_conference(m: re.Match) -> str:
    return f"at a news conference in {m.group(1)}"


# Compass words that qualify a region ("East Ukraine", "western Ukraine"), each read as its point.
_COMPASS = re.compile(r"\b((?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+([A-Z][\w’'-]+)", re.IGNORECASE)
# How many words before a compass phrase may name what it places ("near the Zaporizhzhia site | in East Ukraine").
COMPASS_LEAD_WORDS = 4

# Names whose point of the compass is part of the name, not a part of the place ("North Korea", "South Africa").
_COMPASS_IN_NAME = frozenset({"korea", "korean", "koreans", "africa", "african", "america", "american", "sudan",
                              "carolina", "dakota", "ossetia", "macedonia", "timor", "yemen", "vietnam", "germany",
                              "pole", "sea", "china", "bank", "wind", "side", "end", "coast", "asia", "asian"})


def _compass_names(text: str) -> list[tuple[str, set[str], set[str], set[str]]]:
    """Return ``(region key, points, stems before, names before)`` for each region ``text`` qualifies by a point of
    the compass ("near the Zaporizhzhia site in East Ukraine" -> ("ukraine", {"east"}, {"near", "zaporizhzhia",
    "site"}, {"zaporizhzhia"}); "north-eastern" is both north and east)."""
    out = []
    for m in _COMPASS.finditer(text):
        if not m.group(2)[:1].isupper() or m.group(2).lower() in _COMPASS_IN_NAME:
            continue
        points = set(re.findall(r"north|south|east|west", m.group(1).lower()))
        sentence = re.split(r"[.!?;]\s", text[:m.start()])[-1]  # what it places is in its own sentence
        words = re.findall(r"[\w’'-]+", sentence)
        before = [(i, w) for i, w in enumerate(words) if w.lower() not in STOP_WORDS][-COMPASS_LEAD_WORDS:]
        out.append((place_word(m.group(2).lower()), points, {stem(w.lower()) for _, w in before},
                    {w.lower() for i, w in before if w[:1].isupper() and i > 0}))  # (not a sentence's first word)
    return out


def compass_conflict(claim: str, passage: str) -> bool:
    """True when the passage puts what the claim places (named in the few words before its compass phrase) in a
    region the claim qualifies by a point of the compass, at another point only ("the site lies in western Ukraine"
    against "near the Zaporizhzhia site in East Ukraine"; not against "Russia has been advancing in eastern
    Ukraine")."""
    claim_words = {stem(w.lower()) for w in re.findall(r"[\w’'-]+", claim) if w.lower() not in STOP_WORDS}
    claim_names = {w.lower() for w in re.findall(r"[\w’'-]+", claim)}
    # (what the passage places there is the claim's: no other name before it, "Drones also hit Kharkiv in ...")
    given = [(name, points) for name, points, before, names in _compass_names(passage)
             if before & claim_words and names <= claim_names]
    for name, points, *_ in _compass_names(claim):
        placed_there = [p for n, p in given if n == name]
        if placed_there and not any(points & p for p in placed_there):
            return True
    return False


def _places_named(text: str, places: frozenset[str]) -> set[str]:
    """The places of ``places`` (lower-case, as written) that ``text`` puts something in ("in Moscow", "at Odesa")."""
    out = set()
    for m in _PLACE_AFTER.finditer(text):
        words = m.group(1).split()
        out |= {w.lower().strip(".,") for w in words if w.lower().strip(".,") in places}
    return out


def occasion_conflict(claim: str, passage: str, places: frozenset[str]) -> bool:
    """True when the claim says where a statement was made ("during a meeting ... in Pyongyang") and the speaker's
    passage puts it in another place of the pile, naming the claim's place nowhere ("... Makeeva in Moscow"). The
    places are compared as written: "Pyongyang's intention" is North Korea's, not a meeting in Pyongyang."""
    wanted = _places_named(claim, places)
    given = _places_named(passage, places)
    words = {re.sub(r"['’]s$", "", w.lower()) for w in re.findall(r"[\w’'-]+", passage)}
    return bool(wanted and given - wanted) and not wanted & words
