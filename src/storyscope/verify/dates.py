"""When a claim says its event happened, and whether a passage dates (or ranks) that event the same way.

Pure string and parse rules for ``check``: the dates a claim states (``claim_dates``), the date of the event it
describes (``event_date``), whether a passage that tells the event dates it the same way or otherwise
(``date_relation``), whether a speaker's own words put what the claim says they said at another time
(``other_time``: "in June" for "in July", "next year" for "this year"), and ranks ("the third country to
recognise") that contradict the claim's (``rank_relation``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.corpus.timeline import resolve_dates
from storyscope.verify.actions import alike, is_action, parse_texts, states_action
from storyscope.verify.documents import other_states
from storyscope.verify.stance_rules import (
    MIN_PREDICATE_COVER,
    MONTHS,
    content_words,
    covered_share,
    place_word,
    predicate_cover,
    predicate_words,
    stem,
    without_possessive,
    word_stems,
)

WEEKDAY_INDEX = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                             "sunday"])}

# A weekday the claim dates its event to ("collapsed on Monday"; not "the Good Friday agreement").
WEEKDAY = re.compile(r"\b[Oo]n\s+(" + "|".join(d.capitalize() for d in WEEKDAY_INDEX) + r")\b")


_DATE_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)

_DATE_MDY = re.compile(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})\b", re.IGNORECASE)

_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")

_DATE_MY = re.compile(r"\b(?:in\s+)?(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)

# Share of a claim's stemmed words a timeline entry must cover to date the event the claim describes.
TIMELINE_MATCH = 0.75

# Share of a claim's words (less its date) a passage that dates the claim's action must hold to tell the same
# event ("Putin and Kim signed their mutual defence pact on 19 July" against "On 19 June Putin and Jong Un signed a
# defence pact": 4 of 6 words).
DATE_ACTION_MATCH = 0.6


def event_date(claim: str, timeline: list[tuple[str, str]]) -> str | None:
    """Return the date (``YYYY-MM-DD``) of the event ``claim`` describes: a date it states, else a matching timeline entry.

    A stated month without a day dates the event to that month's first day.
    """
    for rx, order in ((_DATE_ISO, "ymd"), (_DATE_DMY, "dmy"), (_DATE_MDY, "mdy"), (_DATE_MY, "my")):
        m = rx.search(claim)
        if not m:
            continue
        g = m.groups()
        try:
            if order == "ymd":
                day = dt.date(int(g[0]), int(g[1]), int(g[2]))
            elif order == "dmy":
                day = dt.date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))
            elif order == "mdy":
                day = dt.date(int(g[2]), MONTHS[g[0].lower()], int(g[1]))
            else:
                day = dt.date(int(g[1]), MONTHS[g[0].lower()], 1)
        except ValueError:
            continue
        return day.isoformat()
    stems = {stem(w) for w in content_words(claim) if not w[:1].isdigit()}
    if len(stems) < 3:
        return None
    dates = [d for d, summary in timeline
             if len(stems & word_stems(summary)) / len(stems) >= TIMELINE_MATCH]
    return min(dates) if dates else None


MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)

# A year alone ("signed in 2023"; not "by 2030", a deadline, nor "from 2000 to 2500", a range of figures); a day
# and a capitalised month without a year ("on 19 June", "on July 13"; not "12 may be sent").
_YEAR_ONLY = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d{2})\b(?![,.]\d)(?!\s+(?:to|and|-|–)\s*\d)")

_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + MONTH_NAMES + r")\b"
                        r"|\b(" + MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?!\s+[a-z])")

# A day written out, as in speech ("on the nineteenth of July", "July the first"): read as its digits (not "in
# July the first troops came").
_TEENS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
DAY_NUMBERS = {w: n for n, w in enumerate(_TEENS, 1)} | {"twentieth": 20, "thirtieth": 30, "thirty first": 31} \
    | {f"twenty {w}": 21 + n for n, w in enumerate(_TEENS[:9])}
DAY_WORDS = "|".join(w.replace(" ", r"[-\s]") for w in sorted(DAY_NUMBERS, key=len, reverse=True))
_SPOKEN_DAY = re.compile(r"(?<![\w-])(?<!twenty )(?<!thirty )(?:[Tt]he\s+)?((?i:" + DAY_WORDS + r"))"
                         r"(\s+of\s+(?:" + MONTH_NAMES + r"))\b"
                         r"|\b(" + MONTH_NAMES + r")\s+(?:the\s+)?((?i:" + DAY_WORDS + r"))\b(?!\s+[a-z])")


# The last day of the months that have fewer than 31 ("the thirtieth of February" is no date).
_LAST_DAY = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}


def _spoken_days(text: str) -> str:
    """Return ``text`` with days written out in words as digits ("the nineteenth of July" -> "19 of July",
    "July the first" -> "July 1")."""
    def day(word: str) -> str:
        return str(DAY_NUMBERS[re.sub(r"[-\s]+", " ", word.lower())])
    return _SPOKEN_DAY.sub(lambda m: day(m.group(1)) + m.group(2) if m.group(1) else f"{m.group(3)} {day(m.group(4))}",
                           text)


# A month alone ("signed their pact in September", "in mid-June", "in early August", "last September": a claim has
# no date to count "last" from, so the month alone).
_MONTH_ONLY = re.compile(r"\b(?:(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late)\s+|mid-?\s*)?(" + MONTH_NAMES + r")\b(?!\s+\d)"
                         r"|[Ll]ast\s+(" + MONTH_NAMES + r")\b(?!\s+(?:\d|[A-Z])))")

# Words of a date, left out when matching a claim's event to a passage.
_DATE_WORDS = re.compile(r"\b(?:" + MONTH_NAMES + r"|on|in|of)\b|\b\d{1,4}(?:st|nd|rd|th)?\b", re.IGNORECASE)

_Date = tuple[int | None, int | None, int | None]


def _ymd(found: str) -> _Date:
    parts: list[int | None] = [int(x) for x in found.split("-")]
    parts += [None] * (3 - len(parts))
    return parts[0], parts[1], parts[2]


def claim_dates(claim: str) -> list[_Date]:
    """Return the ``(year, month, day)`` dates a claim puts its event on, any part None when unstated.

    "Signed a pact in 2023" -> [(2023, None, None)]; "on 19 June" -> [(None, 6, 19)]; "in July 2022" ->
    [(2022, 7, None)]; "met in 2019 and again in 2023" -> both years.
    """
    claim = _spoken_days(claim)  # (first: "the first of July 2031" is one date)
    out = [_ymd(found) for found in resolve_dates(claim, None)]
    for m in _DAY_MONTH.finditer(claim):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= _LAST_DAY.get(MONTHS[month.lower()], 31):
            out.append((None, MONTHS[month.lower()], int(day)))
    out += [(int(m.group(1)), None, None) for m in _YEAR_ONLY.finditer(claim)]
    out += [(None, MONTHS[(m.group(1) or m.group(2)).lower()], None) for m in _MONTH_ONLY.finditer(claim)]
    return _most_specific(out)  # "on 3 March 2021" is one date, not also "3 March"


def _same_date(a: _Date, b: _Date) -> bool:
    """True when the dates agree on every part both state (2024 and 2024-06-19 agree)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b))


def _comparable(a: _Date, b: _Date) -> bool:
    """True when the dates state a part in common (a year alone and a day and month without one do not)."""
    return any(x is not None and y is not None for x, y in zip(a, b))


def _most_specific(dates: list[_Date]) -> list[_Date]:
    """Drop a date another one states more of ("19 June" beside "19 June 2024")."""
    dates = list(dict.fromkeys(dates))
    return [d for d in dates if not any(e != d and _same_date(d, e) and sum(x is not None for x in e)
                                        > sum(x is not None for x in d) for e in dates)]


# Verbs of saying whose own date is not the event's ("will send ..., the government announced on Monday").
_SAYING_LEMMAS = frozenset({"say", "announce", "tell", "report", "confirm", "state", "claim", "add", "write",
                            "reveal", "declare", "insist", "warn", "deny", "tweet", "post"})


def _without_saying_dates(doc: Any, action: str | None = None) -> str:
    """Return the parsed text with the phrases hanging on its verbs of saying blanked ("..., the government
    announced on Monday"; "In a statement on 3 June, she said ..."): their dates are the statement's."""
    said_on: set[int] = set()
    for verb in doc:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _SAYING_LEMMAS \
                and not (action and is_action(verb, action)):
            for child in verb.children:
                if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl"):
                    said_on.update(range(child.left_edge.i, child.right_edge.i + 1))
    if action and said_on:
        # (but not the date of the action's own event noun inside such a phrase: "..., including by isolating
        # Pyongyang, whose ties with Russia have grown since Moscow's invasion of Ukraine in February 2022")
        said_on -= {t.i for noun in doc if noun.pos_ == "NOUN" and noun.i in said_on and is_action(noun, action)
                    for t in noun.subtree}
    return "".join(t.text_with_ws if t.i not in said_on else " " * len(t.text_with_ws) for t in doc)


def _action_dates(doc: Any, action: str, published: str | None) -> list[_Date] | None:
    """Return the dates the parsed passage ``doc`` may give the claim's ``action``, resolved against
    ``published``: every date it states but those in a phrase hanging on a verb of saying ("..., the government
    announced on Monday"). None when no word of the passage states the action."""
    if not states_action(action, doc):
        return None
    text = _without_saying_dates(doc, action)
    # (an event noun's own date, which the timeline leaves to the state "since" begins: "ties have grown closer
    # since Moscow's invasion of Ukraine in February 2022" dates the invasion)
    own = [d for noun in doc if noun.pos_ == "NOUN" and is_action(noun, action) for d in claim_dates(_dated_noun(noun))]
    # resolved against the article's date where it has one; a day and month without a year otherwise
    return _most_specific([_ymd(found) for found in resolve_dates(text, published)] + claim_dates(text) + own)


def _dated_noun(noun: Any) -> str:
    """The event noun's phrase ("Moscow's invasion of Ukraine in February 2022"), with an "in"/"on" phrase right
    after it that the parser hung elsewhere."""
    doc, end = noun.doc, noun.right_edge.i + 1
    after = doc[end:end + 5].text
    return doc[noun.left_edge.i:end].text + (" " + after if re.match(r"(?:in|on)\s+\S", after) else "")


def date_relation(claim: str, passage: str, published: str | None, action: str | None = None,
                  leaders: dict[str, str] | None = None) -> str | None:
    """Return "same" or "other" when ``passage`` tells the event ``claim`` describes and dates it, else None.

    The passage must state the claim's ``action`` (``claim_action``), hold ``DATE_ACTION_MATCH`` of the claim's
    words other than its date (a thing by its news synonym, "treaty" for "pact", and a state by its head of state
    in ``leaders``, lower-cased name -> state word: "Putin" for "Russia"), and state a date that is not a
    statement's ("announced on Monday"). "other": none
    of those dates fits the claim's
    ("Putin and Kim signed a defence pact in 2023" against "On 19 June Putin and Jong Un signed a defence pact",
    written in June 2024); "same": one does ("... in June 2024"). A claim with several dates gets no "other".
    """
    wanted = claim_dates(claim)
    weekday = WEEKDAY.search(claim) if not wanted else None
    if (not wanted and weekday is None) or action is None:
        return None
    words = word_stems(_DATE_WORDS.sub(" ", claim))
    if leaders is not None and other_states(claim, passage, leaders):
        return None  # another pact: "Russia and Iran signed a defence accord" for one of Russia and North Korea
    told = alike(word_stems(passage)) | {stem(leaders[w.lower()]) for w in re.findall(r"[A-Z][\w'’-]+", passage)
                                         if leaders and w.lower() in leaders}
    if len(words) < 3 or covered_share(words, told) < DATE_ACTION_MATCH \
            or predicate_cover(_DATE_WORDS.sub(" ", claim), passage) < MIN_PREDICATE_COVER:
        return None  # (what happens, not only who: "signed the grain deal" is not "signed the water treaty")
    dates = _action_dates(parse_texts([passage])[0], action, published)
    if not dates:
        return None
    if weekday is not None:
        if re.search(rf"\b{weekday.group(1)}\b", passage, re.IGNORECASE):
            return "same"  # (the passage names the weekday itself, whatever day a dateline or the article gives)
        # "collapsed on Monday": the weekday of each day the passage names ("on 9 June" was a Monday)
        days = [d for d in dates if None not in d]
        if not days:
            return None
        same = {dt.date(*d).weekday() == WEEKDAY_INDEX[weekday.group(1).lower()] for d in days}
        return "same" if same == {True} else "other" if same == {False} else None
    pairs = [(w, d) for w in wanted for d in dates if _comparable(w, d)]
    if not pairs:
        return None
    compared = {d for _, d in pairs}
    matched = {d for w, d in pairs if _same_date(w, d)}
    if matched == compared:
        return "same"
    # a passage date both ways ("signed on 3 June, a month after talks began in May"): no verdict from dates
    return "other" if not matched and len(wanted) == 1 and len(compared) == len(dates) else None


ORDINALS = {w: n for n, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                         "eighth", "ninth", "tenth"], 1)}

_ORDINAL = re.compile(r"\b(" + "|".join(ORDINALS) + r")\s+(?!(?:of|the|a|an|to|and|or|in|on|at|is|was)\b)(\w+)",
                      re.IGNORECASE)


# Ranked nouns that name one kind ("the second state" is "the second country").
_ORDINAL_WORD = re.compile(r"\b(?:" + "|".join(ORDINALS) + r")\b", re.IGNORECASE)
_RANKED_SAME = {"state": "country", "nation": "country", "states": "countries", "nations": "countries"}


# First by saying no other came before: "before any other country", "ahead of all other states".
_BEFORE_ANY_OTHER = re.compile(r"\b(?:before|ahead\s+of)\s+(?:any|all|every)\s+other\s+(\w+)", re.IGNORECASE)


def ranks(text: str, times: bool = True) -> set[tuple[str, int]]:
    """Return the ranks ``text`` states: ("country", 3) for "the third country", ("country", 1) for "before any
    other country"; ("time", 1) for "for the first time" unless ``times`` is False."""
    return {(_RANKED_SAME.get(m.group(2).lower(), m.group(2).lower()), ORDINALS[m.group(1).lower()])
            for m in _ORDINAL.finditer(text) if times or m.group(2).lower() != "time"} \
        | {(_singular(m.group(1).lower()), 1) for m in _BEFORE_ANY_OTHER.finditer(text)}


def _singular(noun: str) -> str:
    """One word for a ranked noun and its plural ("countries", "states" -> "country")."""
    noun = _RANKED_SAME.get(noun, noun)
    return "country" if noun in ("countries", "country") else noun.removesuffix("s")


# Superlatives a claim ranks something by ("Europe's second-largest nuclear plant", "the third most visited city").
_SUPERLATIVE_WORDS = frozenset({
    "largest", "biggest", "smallest", "oldest", "youngest", "highest", "lowest", "longest", "shortest", "deadliest",
    "bloodiest", "worst", "best", "greatest", "heaviest", "tallest", "deepest", "richest", "poorest", "strongest",
    "weakest", "busiest", "fastest", "slowest", "wealthiest", "costliest", "hottest", "coldest", "wettest", "driest",
    "earliest", "newest", "most", "least"})
_SUPERLATIVE = re.compile(r"(?:\b([\w'’]+)\s+)?\b(?:(" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))[-\s]+)?"
                          r"(" + "|".join(sorted(_SUPERLATIVE_WORDS)) + r")\b((?:\s+[a-z][\w-]*){1,4})"
                          r"((?:\s+(?:in|of|on|since|ever|yet|so)\b[^,.;:]*)?)", re.IGNORECASE)
_SCOPE_STARTS = frozenset({"in", "of", "on", "since", "ever", "yet", "so"})
# A day after the nouns, no list: "on Sunday", "on 3 May" ("the hottest day in June" ranks the days of June).
_DAY_AFTER = re.compile(r"\s*on\s+(?:[A-Z][a-z]+day\b|\d|(?:" + MONTH_NAMES + r")\b)")


def _superlatives(text: str) -> list[tuple[str, str, int, frozenset[str], str]]:
    """``(scope, superlative, rank, nouns, after)`` for each superlative in ``text``: ("europe's", "largest", 2,
    {"nuclear", "plant"}, "") for "Europe's second-largest nuclear plant"; ``after`` is the list it ranks in when
    written after the nouns ("in the north of kessia", "since 2010", "on record")."""
    out = []
    for m in _SUPERLATIVE.finditer(text):
        word = m.group(3).lower()
        words = m.group(4).split()
        if word in ("most", "least"):  # "the most visited city": the adjective is part of the superlative
            if not words:
                continue
            word, words = f"{word} {words[0].lower()}", words[1:]
        nouns, after = [], [w.lower() for w in m.group(5).split()]
        if _DAY_AFTER.match(m.group(5)):
            after = []  # "Europe's largest dam on Sunday": when, not the list it ranks in
        for n, w in enumerate(words):
            if w.lower() in _SCOPE_STARTS:
                after = [] if _DAY_AFTER.match(" ".join(words[n:])) else [x.lower() for x in words[n:]] + after
                break
            nouns.append(w.lower())
        rank_word = (m.group(2) or "").lower()
        rank = ORDINALS.get(rank_word) or (int(re.match(r"\d+", rank_word).group(0)) if rank_word[:1].isdigit()
                                            else 1)
        scope = (m.group(1) or "").lower().replace("’", "'")
        out.append((scope if scope.endswith("'s") else "", word, rank, frozenset(nouns) - STOP_WORDS,
                    " ".join(after)))
    return out


# Continents, which hold no part of each other (not Oceania, whose Australia is also a country): "Asia's largest" is not "Europe's largest".
CONTINENT_SCOPES = frozenset({"europe's", "asia's", "africa's", "antarctica's"})


# Superlatives that rank from the other end ("the bloodiest month" is not "the least deadly month").
_OPPOSITE_SUPERLATIVES = frozenset(frozenset((a, b)) for highs, lows in (
    ({"largest", "biggest", "greatest"}, {"smallest"}),
    ({"bloodiest", "deadliest", "most deadly", "most bloody"}, {"least deadly", "least bloody"}), ({"worst"}, {"best"}),
    ({"highest"}, {"lowest"}), ({"oldest"}, {"youngest", "newest"}), ({"richest", "wealthiest"}, {"poorest"}),
    ({"strongest"}, {"weakest"}), ({"fastest"}, {"slowest"}), ({"hottest"}, {"coldest"}), ({"wettest"}, {"driest"}),
    ({"longest"}, {"shortest"}), ({"heaviest"}, {"lightest"}), ({"busiest"}, {"quietest"}),
) for a in highs for b in lows)


_TIME_LIST = re.compile(r"^(?:yet|so far|ever|on record|of the(?: war| year| conflict)?$|of the (?:war|year|conflict)|since|this year)\b")


def _same_time_list(after: str, other: str) -> bool:
    """True when two superlatives' lists are the same or both a span of time up to now ("yet", "of the war so far")."""
    return after == other or bool(_TIME_LIST.match(after)) and bool(_TIME_LIST.match(other))


def superlative_conflict(claim: str, passage: str) -> bool:
    """True when ``passage`` ranks the claim's superlative otherwise: "Europe's second-largest nuclear plant" against
    "Europe's largest nuclear plant" (the same superlative of the same nouns in the same list: the same possessive
    and the same "in ..."/"since ..." after them), and nowhere ranks it as the claim does; or gives the same
    superlative in another continent ("Asia's largest nuclear plant" against "Europe's largest nuclear plant"), or the
    opposite superlative of the same list ("the least deadly month" against "the bloodiest month")."""
    given = _superlatives(passage)
    for scope, word, rank, nouns, after in _superlatives(claim):
        same_list = [g for g in given if g[1] == word and g[3] & nouns and g[0] == scope and g[4] == after]
        if same_list and all(g[2] != rank for g in same_list) \
                and not any(g[1] == word and g[2] == rank and g[3] & nouns for g in given):
            return True
        if any(g[3] & nouns and g[0] == scope and _same_time_list(g[4], after) and g[2] == rank == 1
               and frozenset((g[1], word)) in _OPPOSITE_SUPERLATIVES for g in given) \
                and not any(g[1] == word and g[2] == rank and g[3] & nouns for g in given):
            return True  # "the least deadly month" against "the bloodiest month"
        elsewhere = [g for g in given if g[1] == word and g[3] & nouns and g[0] != scope
                     and {g[0], scope} <= CONTINENT_SCOPES]
        if elsewhere and not any(g[1] == word and g[3] & nouns and g[0] == scope for g in given):
            return True
    return False


def rank_relation(claim: str, passage: str, action: str | None) -> str | None:
    """"other" when ``passage`` tells the claim's event (its ``action`` and ``DATE_ACTION_MATCH`` of its words) and
    ranks it otherwise ("the second country to recognise" against "as the third country after Russia and Syria"),
    "same" when it tells it and ranks it as the claim does, None when it does not rank it or tells another event."""
    wanted = ranks(claim)
    if not wanted:
        return None
    if action is None:  # "X was the second country to recognise ...": the ranked action is the infinitive
        # (or, when commas set it apart, "the second country, after Russia, to recognise", the first infinitive
        # after the ranked noun)
        doc = parse_texts([claim])[0]
        ranked = {n for n, _ in wanted}
        nouns = [t.i for t in doc if _RANKED_SAME.get(t.lower_, t.lower_) in ranked]
        action = next((t.lemma_.lower() for t in doc
                       if t.pos_ == "VERB" and (t.dep_ in ("relcl", "acl") and t.head.i in nouns
                                                or nouns and t.i > nouns[0] and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                                    for c in t.children))), None)
        if action is None:
            return None
    given = ranks(passage)
    # per ranked noun: the passage ranks it, and never as the claim does ("second time" against "first time",
    # whatever "third quarter" both say); or it ranks every ranked noun of the claim as the claim does
    clash = any(any(n == noun for n, _ in given) and (noun, rank) not in given for noun, rank in wanted)
    relation = "other" if clash else "same" if set(wanted) <= set(given) else None
    if relation is None:
        return None
    subject = _subject_key(claim)
    if subject and subject not in {without_possessive(w) for w in content_words(passage)}:
        return None  # the passage ranks another party ("Velkia became the first country ...; Kessia followed")
    plain_claim, plain_passage = _ranked_words(claim), _ranked_words(passage)
    words = word_stems(plain_claim)
    told = covered_share(words, word_stems(plain_passage)) >= DATE_ACTION_MATCH \
        and predicate_cover(plain_claim, plain_passage) >= MIN_PREDICATE_COVER \
        and states_action(action, parse_texts([passage])[0])
    return relation if told else None


# Words for one ranked thing ("state", "nation": "country") and for the unrecognised ("breakaway", "self-declared":
# "separatist"), so a rank's wording does not decide whether a passage tells the same event.
_RANK_WORDING = [(re.compile(r"\b(?:state|nation)(s?)\b", re.IGNORECASE), r"country\1"),
                 (re.compile(r"\b(?:breakaway|self-declared|self-proclaimed|rebel)\b", re.IGNORECASE), "separatist")]


def _ranked_words(text: str) -> str:
    """``text`` without its ordinals and with one word for each ``_RANK_WORDING`` group."""
    text = _ORDINAL_WORD.sub(" ", text)
    for pattern, word in _RANK_WORDING:
        text = pattern.sub(word, text)
    return text


# A year, month or week named relative to the writing ("this year", "next month").
_RELATIVE = re.compile(r"\b(this|next|last|coming|current)\s+(year|month|week)\b", re.IGNORECASE)
_RELATIVE_OFFSET = {"this": 0, "current": 0, "next": 1, "coming": 1, "last": -1}


# A span ahead ("within five years", "in two months", "only after a year"): the unit and how many of it.
_SPAN_AHEAD = re.compile(r"\b(?:within|in|after|over)\s+(?:the\s+next\s+)?(a|an|one|two|three|four|five|six|seven|"
                         r"eight|nine|ten|\d{1,2})\s+(year|month|week)s?(?:['’]\s+time)?\b", re.IGNORECASE)
_SPAN_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}


def _relative_times(text: str) -> set[tuple[str, int]]:
    """The times ``text`` tells from now: ("year", 1) for "next year" and for "within a year", ("year", 5) for
    "within five years"."""
    return {(m.group(2).lower(), _RELATIVE_OFFSET[m.group(1).lower()]) for m in _RELATIVE.finditer(text)} \
        | {(m.group(2).lower(), _SPAN_COUNT.get(m.group(1).lower()) or int(m.group(1)))
           for m in _SPAN_AHEAD.finditer(text)}


# A month that is the subject of what is said of it ("September was the bloodiest month yet").
_MONTH_SUBJECT = re.compile(r"\b(" + MONTH_NAMES + r")\s+(?:was|is|has been|had been|became|proved)\b")


# Share of the words a claim says of the month it names as its subject that a passage naming another month must
# hold ("the bloodiest month yet for the troops"; "a quiet month" is another thing said).
SUBJECT_MONTH_COVER = 0.8
_MONTH_WORD = re.compile(r"\b(?:" + MONTH_NAMES + r")\b")
# A record ("the bloodiest", "the worst", "the most"), not a noun in -est ("the harvest", "the request").
_RECORD = re.compile(r"\bthe\s+(most|least|worst|best|(?!(?:harvest|request|interest|protest|contest|arrest|"
                     r"forest|west|rest|test|quest|nest|chest|guest|conquest|manifest)\b)[a-z]{2,}est)\b", re.IGNORECASE)


def _subject_months(text: str) -> list[_Date]:
    """Return the months ``text`` makes the subject of what it says ("September was the bloodiest month")."""
    return [(None, MONTHS[m.group(1).lower()], None) for m in _MONTH_SUBJECT.finditer(text)]


def subject_month_conflict(claim: str, passage: str) -> bool:
    """True when the claim and the passage say the same record of a month they name as its subject, and name
    different months, the passage never the claim's: "August was the bloodiest month yet" against "September was
    the bloodiest month yet"."""
    wanted = {d[1] for d in _subject_months(claim)}
    given = {d[1] for d in _subject_months(passage)}
    if not wanted or not given or wanted & given or any(MONTHS[m.group(0).lower()] in wanted
                                                        for m in _MONTH_WORD.finditer(passage)):
        return False  # (not "September was the bloodiest yet, surpassing August": the record moved on)
    said = claim[_MONTH_SUBJECT.search(claim).end():]
    if not {m.group(1).lower() for m in _RECORD.finditer(said)} & {m.group(1).lower() for m in _RECORD.finditer(passage)}:
        return False  # only a record is one month's alone ("the bloodiest month yet"; not "the month talks began")
    said_of = word_stems(said)
    # (or the month's own record of the same kind of period for the same people, whatever else each says of it:
    # "August was the bloodiest month of the war for Russian troops" against "September was the bloodiest month yet
    # for Putin's troops"; not "... for Ukrainian civilians")
    return bool(said_of) and covered_share(said_of, word_stems(passage)) >= SUBJECT_MONTH_COVER \
        or any(record == other and (not whom or not other_whom or whom == other_whom)
               for record, whom in _period_records(claim) for other, other_whom in _period_records(passage))


# A month's record of a kind of period, right after the month ("September was the bloodiest month"), and whom it
# was for ("... yet for Putin's troops").
_PERIOD_RECORD = re.compile(r"\b(?:" + MONTH_NAMES + r")\s+(?:was|is|has\s+been|had\s+been|became|proved)\s+"
                            r"(the\s+(?:(?:most|least)\s+\w+|worst|best|[a-z]{2,}est)\s+(?:day|week|month|year))\b"
                            r"(?:[^.;:]*?\bfor\s+(?:[\w'’-]+\s+){0,3}?(?P<whom>[\w-]+)(?=\s+(?:in|on|at|since|so|yet|of|"
                            r"and|but)\b|\s*[,.;:!?]|\s*$))?")


def _period_records(text: str) -> set[tuple[str, str]]:
    """The months' records ``text`` tells, lower-cased, with the last word of whom they were for ("September was the
    bloodiest month yet for Putin's troops in Ukraine" -> ("the bloodiest month", "troops")); "" when it names none."""
    return {(m.group(1).lower(), (m.group("whom") or "").lower()) for m in _PERIOD_RECORD.finditer(text)
            if _RECORD.match(m.group(1))}


def other_time(said: str, passage: str) -> bool:
    """True when ``passage`` puts what ``said`` (a claim's reported words) dates at another time: every date it
    states that is comparable with one of ``said``'s differs from it ("would resume in July" against "would resume
    in June"; "before the end of this year" against "no later than next year")."""
    wanted = claim_dates(said) + _subject_months(said)
    given_text = _without_saying_dates(parse_texts([passage])[0])
    given = claim_dates(given_text) + _subject_months(given_text)
    pairs = [(w, g) for w in wanted for g in given if _comparable(w, g)]
    if pairs and not any(_same_date(w, g) for w, g in pairs):
        return True
    rel_wanted, rel_given = _relative_times(said), _relative_times(passage)
    units = {u for u, _ in rel_wanted} & {u for u, _ in rel_given}
    return bool(units) and not rel_wanted & rel_given


# The month a statement was made in ("said last December", "Last September Kim told reporters").
_STATEMENT_MONTH = re.compile(r"\b(?:[Ll]ast|[Ii]n|[Tt]his)\s+(?:(?:early|late)\s+|mid-?\s*)?(" + MONTH_NAMES + r")\b")


def other_month_said(claim: str, passage: str) -> bool:
    """True when the claim and the passage each name the month of a statement ("said last December") and the
    passage's is another and the claim's appears nowhere in it ("Last September Kim told reporters")."""
    wanted = {m.group(1).lower() for m in _STATEMENT_MONTH.finditer(claim)}
    given = {m.group(1).lower() for m in _STATEMENT_MONTH.finditer(passage)}
    return bool(wanted and given) and not wanted & given \
        and not any(re.search(r"\b" + w + r"\b", passage, re.IGNORECASE) for w in wanted)


# A date attached to the word before it ("the invasion of Ukraine in February 2022" dates "Ukraine"; "ties have
# grown closer since 2022" dates "closer").
_ANCHORED_DATE = re.compile(r"\b([A-Za-z][\w’'-]*)\s+(?:in|on|since)\s+((?:(?:early|late)\s+|mid-?\s*)?"
                            r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:" + MONTH_NAMES + r")(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
                            r"(?:,?\s+(?:19|20)\d{2})?|(?:19|20)\d{2})\b")


def _anchored_dates(text: str) -> list[tuple[str, _Date]]:
    """Return ``(anchor stem, date)`` for each date ``text`` attaches to the word before it; a name is an anchor
    only after "of" ("the invasion of Ukraine in 2022"), since "arrived in Russia in October" dates the arrival."""
    out = []
    for m in _ANCHORED_DATE.finditer(text):
        anchor = m.group(1)
        if anchor.lower() in STOP_WORDS or anchor[:1].isupper() and not re.search(r"\bof\s+$", text[:m.start(1)]):
            continue
        out += [(stem(anchor.lower()), d) for d in claim_dates("in " + m.group(2))]
    return out


def anchored_date_conflict(claim: str, passage: str) -> bool:
    """True when the passage dates a word the claim dates, otherwise and never as the claim does ("the invasion of
    Ukraine in March 2022" against "Moscow's invasion of Ukraine in February 2022"); never when the passage states
    the claim's date anywhere."""
    given = _anchored_dates(passage)
    anywhere = claim_dates(passage)
    for anchor, wanted in _anchored_dates(claim):
        if any(_comparable(wanted, d) and _same_date(wanted, d) for d in anywhere):
            continue
        dates = [d for a, d in given if a == anchor and _comparable(wanted, d)]
        if dates and not any(_same_date(wanted, d) for d in dates):
            return True
    return False


# "... as the third country after Russia and Syria": the states that did it before the passage's doer.
_AFTER_LIST = re.compile(r"\b(?:as\s+)?the\s+(?:" + "|".join(ORDINALS) + r")\s+(?:country|countries|state|states|nation)"
                         r"(?:\s+to\s+do\s+so)?\s+after\s+(?P<names>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
                         r"(?:\s*(?:,|and|,\s*and)\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*)")
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")
_NOT_NAMES = frozenset({"the", "a", "an", "only", "before", "after", "when", "it", "this", "that", "on", "in", "by"})


def _name_key(run: str) -> str:
    """The place key of a name run's last word ("North Korea" -> "korea", "Pyongyang" -> "korea")."""
    return place_word(without_possessive(run.split()[-1].lower()))


def _subject_key(part: str) -> str | None:
    """The place key of the first name in ``part`` ("Syria recognised ..." -> "syria"), or None."""
    for m in _NAME_RUN.finditer(part):
        words = [w for w in m.group(0).split() if w.lower() not in _NOT_NAMES]
        if words:
            return _name_key(" ".join(words))
    return None


def rank_order(first: str, second: str, passage: str) -> str | None:
    """Whether ``passage`` ranks the event of ``first`` before that of ``second`` ("same"), after it ("other"), or
    says nothing of their order (None): "... did so on July 13 – as the third country after Russia and Syria" puts
    Syria's recognition before North Korea's, when the passage names North Korea and tells the event."""
    m = _AFTER_LIST.search(passage)
    a, b = _subject_key(first), _subject_key(second)
    if m is None or not a or not b or a == b:
        return None
    earlier = {_name_key(n) for n in re.split(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+", m.group("names")) if n.strip()}
    before = {without_possessive(w) for w in content_words(passage[:m.start()])}
    def predicate(part: str) -> set[str]:
        # (without the words that restate the other event: "... before North Korea did", "only after it had done so")
        return predicate_words(part) - {"done", "did", "only"}

    pa, pb = predicate(first), predicate(second)
    if pa and pb and covered_share(pa, pb) < MIN_PREDICATE_COVER and covered_share(pb, pa) < MIN_PREDICATE_COVER:
        return None  # two events ("cut ties ... after it recognised the border"): a ranking orders one of them
    if covered_share(pa | pb, word_stems(passage)) < MIN_PREDICATE_COVER:
        return None  # not the event the passage ranks
    if a in earlier and b not in earlier and b in before:
        return "same"
    if b in earlier and a not in earlier and a in before:
        return "other"
    return None
