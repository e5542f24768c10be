"""Judge claims against the store: hybrid retrieval, a stance per passage, a verdict that respects the dossier.

Per passage, the stance combines the trained stance model (``verify/stance``) with
the rules of ``stance_rules``: the rules catch explicit refutations and hedges,
the model judges agreement. On 600 Emergent claim/headline pairs (issue 6) the
model alone gave macro-F1 0.50 (disagree F1 0.17), the rules alone 0.46, the
combination used here 0.62 (disagree 0.51). The dossier then says who speaks
(attributions, claim mentions), which articles are copies (one origin), and
when each article appeared; ``aggregate`` turns that into the verdict.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from storyscope.corpus.copies import origins_from_edges
from storyscope.corpus.entities import KNOWN_VARIANTS
from storyscope.corpus.timeline import resolve_dates
from storyscope.model import Evidence, Verdict
from storyscope.store import Store
from storyscope.verify.aggregate import JudgedPassage, aggregate, explain
from storyscope.verify.retrieve import Candidate, retrieve
from storyscope.verify.roles import (
    ROLE_NOUNS,
    contradicts_complement,
    contradicts_portfolio,
    describes_role,
    role_claim,
)
from storyscope.verify.stance_rules import (
    AGREE_MIN_RELEVANCE,
    CAPITALS,
    RuleJudgement,
    content_words,
    covered_share,
    judge_detail,
    same_word,
)
from storyscope.verify.stance_rules import stem as _stem

# Evidence passages kept in the verdict.
MAX_EVIDENCE = 8
# Cosine (MiniLM) at which a passage counts as related although it shares few words with the claim, and
# at which it is close enough to confirm it. Set by hand on the example corpus and the seeds (issue 6).
COS_RELATED = 0.6
COS_AGREE = 0.8
# Share of the claim's non-name content words (what it says happens, not who) a passage must cover to
# agree or disagree, unless its cosine reaches COS_AGREE ("North Korean troops landed on the Moon" is not
# contradicted by a denial about North Korean troops in Ukraine).
MIN_PREDICATE_COVER = 0.5
# Cosine below which a passage is too far from the claim to agree or disagree with it, whatever the
# words it shares (seeds: a denial about troops in Ukraine vs a claim about troops on the Moon, 0.42).
COS_ON_TOPIC = 0.45
# Without the cosine, lexical evidence puts a passage on point when it covers this share of the claim's
# predicate words (and AGREE_MIN_RELEVANCE of all its words): the int8 MiniLM scores some exact
# restatements at only 0.42 (example corpus: the foreign ministry's dismissal).
LEXICAL_PREDICATE_COVER = 0.6
# A paraphrase with no shared predicate word is on point when the model is this sure it agrees and the
# cosine reaches COS_PARAPHRASE ("the dam gave way" for "the dam collapsed": P(agree) 0.90, cosine 0.58).
# 0.8 with the stance model v1; 0.9 since v2, whose class weights (power 1.0) push the rare classes'
# probabilities up (example corpus: "Selmara has so far accepted about 300 engineers" read as agreeing 0.86
# with "Norvakia will send 2,000 engineers", and so as a contradicting figure).
MODEL_AGREE_STRONG = 0.9
COS_PARAPHRASE = 0.55
# Share of a passage covered by attributed content for it to count as relaying someone's claim.
RELAYED_COVER = 0.5
# The model's P(disagree) at or above which a related passage counts as disagreeing. 0.3 with the stance
# model v1; 0.55 since v2 (example corpus: a Norvakian spokeswoman's "did not come from any Norvakian
# ministry" at 0.50 had become an independent refutation of "Norvakia will send 20,000 volunteers").
MODEL_DISAGREE_MIN = 0.55
# Share of a claim's stemmed words a timeline entry must cover to date the event the claim describes.
TIMELINE_MATCH = 0.75
# Share of a claim's words (less its date) a passage that dates the claim's action must hold to tell the same
# event ("Putin and Kim signed their mutual defence pact on 19 July" against "On 19 June Putin and Jong Un signed a
# defence pact": 4 of 6 words).
DATE_ACTION_MATCH = 0.6
# Share of the words a statement claim says were said that another named person's reported words must hold for
# the claim to count as misattributed ("Ryder said North Korea acts as a bridge between China and Russia", when
# those are Ponomarev's words and no passage among the evidence holds words of Ryder's), and its strength.
MISATTRIBUTED_COVER = 0.8
MISATTRIBUTED_STRENGTH = 0.6
# Strength of a passage in which the writer describes the person as the claim does ("Brask, the minister, said").
ROLE_STRENGTH = 0.7
# Strength of a passage that dates the claim's event, the same way or otherwise.
DATE_CONFLICT_STRENGTH = 0.7
# Rule findings that keep a passage dating the claim's event the same way from confirming it.
# (a figure the passage lacks counts only when it is not the date: "in 2024" against "on 19 June").
_NOT_CONFIRMING = frozenset({"refuting_cue", "hedged"})
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
_GENERIC = frozenset({"north", "south", "east", "west", "new", "united", "republic", "president", "minister",
                      "government", "ministry", "foreign", "state", "states", "the", "this", "that", "there",
                      "premier", "prime", "defence", "defense", "army", "military", "media", "news"})
_NAME = re.compile(r"\b[A-Z][a-zA-Z’'-]{3,}")
# Capitalised words that open a claim without naming anything.
_UNKNOWN_NAME_SKIP = frozenset({"these", "those", "they", "their", "when", "after", "before", "since", "some",
                                "many", "most", "more", "several", "according", "reports", "officials"})
_WEEKDAY_INDEX = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                              "sunday"])}
# A weekday the claim dates its event to ("collapsed on Monday"; not "the Good Friday agreement").
_WEEKDAY = re.compile(r"\b[Oo]n\s+(" + "|".join(d.capitalize() for d in _WEEKDAY_INDEX) + r")\b")
_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)
_DATE_MDY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),?\s+(\d{4})\b", re.IGNORECASE)
_DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_MY = re.compile(r"\b(?:in\s+)?(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.IGNORECASE)


@dataclass
class _Context:
    """What the store knows about every article, loaded once per batch of checks."""

    origin: dict[str, str]
    published: dict[str, str | None]
    attributions: dict[str, list[tuple[int, int, str | None]]] = field(default_factory=dict)
    timeline: list[tuple[str, str]] = field(default_factory=list)
    store: Store | None = None
    # article id -> content spans of its hedged attributions ("X claims ...", "... is said to ...")
    hedged: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # lower-cased names and aliases of the dossier's places (GPE entities): "talvoria", "kyiv"
    places: frozenset[str] = frozenset()
    # speaker -> its entity label (PERSON, ORG, ...)
    labels: dict[str, str] = field(default_factory=dict)
    # article id -> (content start, content end, the source as written: "Norvakia's foreign ministry")
    sources: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # article id -> its cleaned text, read on demand (only articles holding a denial are read)
    texts: dict[str, str] = field(default_factory=dict)

    def text(self, article: str) -> str:
        """Return the cleaned text of ``article`` ("" when the store does not hold it)."""
        if article not in self.texts:
            row = self.store.con.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone() \
                if self.store is not None else None
            self.texts[article] = row[0] if row and row[0] else ""
        return self.texts[article]


def _load_context(store: Store) -> _Context:
    parent = dict(store.con.execute("SELECT article, copy_of FROM copies").fetchall())
    published = dict(store.con.execute("SELECT id, published FROM articles").fetchall())
    attributions: dict[str, list] = defaultdict(list)
    hedged: dict[str, list] = defaultdict(list)
    labels: dict[str, str] = {}
    sources: dict[str, list] = defaultdict(list)
    for article, start, end, speaker, is_hedged, label, source in store.con.execute(
            'SELECT article_id, start, "end", speaker, hedged, speaker_label, source_text FROM attributions '
            'ORDER BY article_id, start').fetchall():
        attributions[article].append((start, end, speaker))
        if source:
            sources[article].append((start, end, source))
        if speaker and label:
            labels.setdefault(speaker, label)
        if is_hedged:
            hedged[article].append((start, end))
    timeline = [(d, s) for d, s in store.con.execute("SELECT date, summary FROM timeline").fetchall() if d]
    places = frozenset(w.lower() for name, aliases in store.con.execute(
        "SELECT name, aliases FROM entities WHERE type = 'GPE'").fetchall() for w in [name, *(aliases or [])] if w)
    return _Context(origin=origins_from_edges(parent, published), published=published, attributions=attributions,
                    timeline=timeline, store=store, hedged=hedged, labels=labels, sources=sources, places=places)


def _attribution_at(ctx: _Context, article: str, start: int, end: int) -> tuple[float, str | None]:
    """Return the share of the span covered by attributed content, and the nearest named speaker."""
    hits = [(s, e, sp) for s, e, sp in ctx.attributions.get(article, ()) if s < end and e > start]
    if not hits:
        return 0.0, None
    covered = sum(min(e, end) - max(s, start) for s, e, _ in hits)
    hits.sort(key=lambda h: (h[2] is None, abs(h[0] - start)))
    return min(1.0, covered / max(1, end - start)), hits[0][2]


def _names_another_doer(passage: str) -> bool:
    """True when the passage opens with a name as its doer ("Kessia rejected ..."), not a description or a
    pronoun ("The ministry dismissed ...", "It denied ...")."""
    first = passage.split(maxsplit=1)[0] if passage.strip() else ""
    return first[:1].isupper() and first.lower().strip("“\"'") not in _OPENERS | _PRONOUN_OPENERS | _GENERIC


def _claimed_within(ctx: _Context, cand: Candidate) -> list[str]:
    """Return the parts of ``cand``'s passage that hedged attributions' content covers ("locals claim ...")."""
    spans = ctx.hedged.get(cand.article, ())
    if not spans:
        return []
    text = ctx.text(cand.article)
    return [text[max(s, cand.start):min(e, cand.end)] for s, e in spans if s < cand.end and e > cand.start]


def _claims_speaker(ctx: _Context, cand: Candidate, speaker_part: str, speaker: str | None) -> bool:
    """True when the statement claim's speaker (``speaker_part``: "The foreign ministry", "Kim Jong Un") is the
    passage's: it names the canonical ``speaker``, or all its words are in how an attribution of the passage
    writes its source ("Norvakia's foreign ministry")."""
    if _names_speaker(speaker_part, speaker):
        return True
    words = content_words(speaker_part)
    return bool(words) and any(words <= content_words(src) for s, e, src in ctx.sources.get(cand.article, ())
                               if s < cand.end and e > cand.start)


def _names_speaker(claim: str, speaker: str | None) -> bool:
    """True when the claim names the speaker (any name word of 4+ letters: "Zelensky")."""
    if not speaker:
        return False
    words = {w.lower().strip(".,;:\"“”()").removesuffix("'s") for w in claim.replace("’", "'").split()}
    if INSTITUTIONS.get(speaker.lower()) in words:  # "the Kremlin" speaks for Russia
        return True
    return any(len(part) >= 4 and part.lower() in words for part in speaker.split())


def _party_names(text: str) -> set[str]:
    """Return lower-cased party names in ``text``: capitalised words and government metonyms."""
    low = text.lower()
    names = {w.lower().rstrip("'’s").rstrip("'’") for w in _NAME.findall(text)} - _GENERIC
    names |= {country for inst, country in INSTITUTIONS.items() if inst in low}
    return names


def _common_prefix(a: str, b: str) -> int:
    """Length of the prefix ``a`` and ``b`` share."""
    return len(os.path.commonprefix([a, b]))


def _same_party(a: str, b: str) -> bool:
    """True for one name and its demonym or inflection (Norvakia / Norvakian, Ukraine / Ukrainian)."""
    return _common_prefix(a, b) >= max(4, min(len(a), len(b)) - 2)


def interested_party(claim: str, speaker_text: str) -> str | None:
    """Return the party the claim is about that ``speaker_text`` (a speaker, or the words before a denial) names, or None."""
    claim_names = sorted(_party_names(claim))
    for a in sorted(_party_names(speaker_text)):
        for b in claim_names:
            if _same_party(a, b):
                return b.capitalize()
    return None


def _state_parties(speaker_text: str, places: frozenset[str] = frozenset()) -> set[str]:
    """Return the states ``speaker_text`` speaks for: a government metonym's country ("the Kremlin"), a country
    it names ("Ukrainian Foreign Minister ..."), or a place the dossier knows (``places``, lower-cased GPE names)
    beside a government word ("Talvoria's defence ministry"; not "Brask's ministry").
    """
    low = speaker_text.lower()
    states = {country for inst, country in INSTITUTIONS.items() if inst in low}
    names = {w.lower().rstrip("'’s").rstrip("'’") for w in _NAME.findall(speaker_text)} - _GENERIC
    keys = _country_keys()
    states |= {n for n in names if any(_same_party(n, k) for k in keys)}
    if _GOVERNMENT_WORDS.search(speaker_text):
        # a state's name beside the government word, not a person's ("Talvoria's", "of Talvoria", "Talvorian")
        named = {w.lower() for groups in _STATE_NAME.findall(speaker_text) for w in groups if w} - _GENERIC
        states |= {n for n in named if any(_same_party(n, p) for p in places)}
    return states


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Lower-cased key words of the world's countries ("korea", "russia"), from the entity gazetteer."""
    from storyscope.annotate.entities import gazetteer

    keys = set()
    for name in gazetteer()[0].values():
        words = [w for w in re.findall(r"[a-z]+", name.lower()) if len(w) >= 4 and w not in _GENERIC
                 and w not in _NOT_COUNTRY_KEYS]
        if words:
            keys.add(max(words, key=len))
    return frozenset(keys)


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
    words = [w.lower().rstrip("'’s").rstrip("'’") for w in _NAME.findall(article_text)]
    for state in sorted(states):
        count = sum(1 for w in words if _same_party(w, state))
        count += sum(low.count(inst) for inst, country in INSTITUTIONS.items()
                     if country == state and not _same_party(inst, state))
        if count >= STORY_PARTY_MENTIONS:
            return state.capitalize()
    return None


def unknown_names(store: Store, claim: str) -> list[str]:
    """Return the names in ``claim`` that no stored article mentions, in order.

    A name counts as mentioned when an article or title holds a word starting
    with it, less up to three letters of ending ("Ukrainian" finds "Ukraine",
    "Zelenskyy" finds "Zelensky"), or its known variant ("Kiev" finds "Kyiv").
    The pile cannot confirm or contradict what a claim says about something it
    never names ("North Korean troops landed on the Moon").
    """
    out = []
    for raw in _NAME.findall(claim.replace("’", "'")):
        name = raw.removesuffix("'s").rstrip("'")
        if name.lower() in _GENERIC or name.lower() in _UNKNOWN_NAME_SKIP or name in out \
                or name.lower() in _MONTHS or name.lower() in _WEEKDAY_INDEX:  # dates, not names
            continue
        low = name.lower()
        keys = {low, KNOWN_VARIANTS.get(low, low)} | {old for old, new in KNOWN_VARIANTS.items() if new == low}
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
            # The plain substring test first (cheap), the word-boundary regex only on its hits; stop at one.
            row = store.con.execute(
                "SELECT 1 FROM articles WHERE (text ILIKE ? OR coalesce(title, '') ILIKE ?) "
                "AND (regexp_matches(text, ?) OR regexp_matches(coalesce(title, ''), ?)) LIMIT 1",
                [f"%{prefix}%", f"%{prefix}%", pattern, pattern]).fetchone()
            if row:
                found = True
                break
        if not found:
            out.append(name)
    return out


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
                day = dt.date(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
            elif order == "mdy":
                day = dt.date(int(g[2]), _MONTHS[g[0].lower()], int(g[1]))
            else:
                day = dt.date(int(g[1]), _MONTHS[g[0].lower()], 1)
        except ValueError:
            continue
        return day.isoformat()
    stems = {_stem(w) for w in content_words(claim) if not w[:1].isdigit()}
    if len(stems) < 3:
        return None
    dates = [d for d, summary in timeline
             if len(stems & {_stem(w) for w in content_words(summary)}) / len(stems) >= TIMELINE_MATCH]
    return min(dates) if dates else None


_MONTH_NAMES = "|".join(m.capitalize() for m in _MONTHS)
# A year alone ("signed in 2023"; not "by 2030", a deadline, nor "from 2000 to 2500", a range of figures); a day
# and a capitalised month without a year ("on 19 June", "on July 13"; not "12 may be sent").
_YEAR_ONLY = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+((?:19|20)\d{2})\b(?![,.]\d)(?!\s+(?:to|and|-|–)\s*\d)")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(" + _MONTH_NAMES + r")\b"
                        r"|\b(" + _MONTH_NAMES + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})")
# A month alone ("signed their pact in September").
_MONTH_ONLY = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(" + _MONTH_NAMES + r")\b(?!\s+\d)")
# Words of a date, left out when matching a claim's event to a passage.
_DATE_WORDS = re.compile(r"\b(?:" + _MONTH_NAMES + r"|on|in|of)\b|\b\d{1,4}(?:st|nd|rd|th)?\b", re.IGNORECASE)
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
    out = [_ymd(found) for found in resolve_dates(claim, None)]
    for m in _DAY_MONTH.finditer(claim):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= 31:
            out.append((None, _MONTHS[month.lower()], int(day)))
    out += [(int(m.group(1)), None, None) for m in _YEAR_ONLY.finditer(claim)]
    out += [(None, _MONTHS[m.group(1).lower()], None) for m in _MONTH_ONLY.finditer(claim)]
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


def _action_dates(doc: Any, action: str, published: str | None) -> list[_Date] | None:
    """Return the dates the parsed passage ``doc`` may give the claim's ``action``, resolved against
    ``published``: every date it states but those in a phrase hanging on a verb of saying ("..., the government
    announced on Monday"). None when no word of the passage states the action."""
    if not any(_is_action(t, action) for t in doc):
        return None
    said_on: set[int] = set()
    for verb in doc:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _SAYING_LEMMAS and not _is_action(verb, action):
            for child in verb.children:
                if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl"):
                    said_on.update(range(child.left_edge.i, child.right_edge.i + 1))
    text = "".join(t.text_with_ws if t.i not in said_on else " " * len(t.text_with_ws) for t in doc)
    # resolved against the article's date where it has one; a day and month without a year otherwise
    return _most_specific([_ymd(found) for found in resolve_dates(text, published)] + claim_dates(text))




def date_relation(claim: str, passage: str, published: str | None, action: str | None = None) -> str | None:
    """Return "same" or "other" when ``passage`` tells the event ``claim`` describes and dates it, else None.

    The passage must state the claim's ``action`` (``claim_action``), hold ``DATE_ACTION_MATCH`` of the claim's
    words other than its date, and state a date that is not a statement's ("announced on Monday"). "other": none
    of those dates fits the claim's
    ("Putin and Kim signed a defence pact in 2023" against "On 19 June Putin and Jong Un signed a defence pact",
    written in June 2024); "same": one does ("... in June 2024"). A claim with several dates gets no "other".
    """
    wanted = claim_dates(claim)
    weekday = _WEEKDAY.search(claim) if not wanted else None
    if (not wanted and weekday is None) or action is None:
        return None
    words = {_stem(w) for w in content_words(_DATE_WORDS.sub(" ", claim))}
    if len(words) < 3 or covered_share(words, {_stem(w) for w in content_words(passage)}) < DATE_ACTION_MATCH \
            or _predicate_cover(_DATE_WORDS.sub(" ", claim), passage) < MIN_PREDICATE_COVER:
        return None  # (what happens, not only who: "signed the grain deal" is not "signed the water treaty")
    dates = _action_dates(_lemmas([passage])[0], action, published)
    if not dates:
        return None
    if weekday is not None:
        # "collapsed on Monday": the weekday of each day the passage names ("on 9 June" was a Monday)
        days = [d for d in dates if None not in d]
        if not days:
            return None
        same = {dt.date(*d).weekday() == _WEEKDAY_INDEX[weekday.group(1).lower()] for d in days}
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


# How far back the sentence before may start.
ANTECEDENT_CHARS = 400


# A "did so" sentence whose doer is a description or a pronoun, not a name ("The isolated Asian country did so",
# not "Talvoria did so", which tells another actor's act).
_RESTATING = re.compile(r"^\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]t|[Tt]hey|[Hh]e|[Ss]he)\b[^.;]{0,60}?\b(?:did|do|does|done) so\b")


def _with_antecedent(ctx: _Context, cand: Candidate) -> tuple[str, str]:
    """Return the passage as told, and the sentence that tells the action with its actor.

    A passage whose doer restates the sentence before ("The isolated Asian country did so on July 13") is told
    with that sentence, which holds the actor ("... conditional on North Korea's recognition of the republics");
    a passage followed by such a sentence is told with it. Otherwise both are the passage.
    """
    text = ctx.text(cand.article)
    told, actor = cand.text, cand.text
    if _RESTATING.search(cand.text):
        before = text[max(0, cand.start - ANTECEDENT_CHARS):cand.start].rstrip()
        cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
        previous = before[cut + 1:].strip() if cut >= 0 else ""
        if previous:
            told, actor = f"{previous} {told}", previous
    after = text[cand.end:cand.end + ANTECEDENT_CHARS].lstrip()
    stop = min([i for i in (after.find(". "), after.find("\n")) if i >= 0], default=len(after))
    following = after[:stop + 1].strip()
    if following and _RESTATING.search(following):
        told = f"{told} {following}"
    return told, actor


_ORDINALS = {w: n for n, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                         "eighth", "ninth", "tenth"], 1)}
_ORDINAL = re.compile(r"\b(" + "|".join(_ORDINALS) + r")\s+(\w+)", re.IGNORECASE)


def _ranks(text: str, times: bool = True) -> set[tuple[str, int]]:
    """Return the ranks ``text`` states: ("country", 3) for "the third country"; ("time", 1) for "for the first
    time" unless ``times`` is False."""
    return {(m.group(2).lower(), _ORDINALS[m.group(1).lower()]) for m in _ORDINAL.finditer(text)
            if times or m.group(2).lower() != "time"}


def ordinal_conflict(claim: str, passage: str, action: str | None) -> bool:
    """True when ``passage`` tells the claim's event (its ``action`` and ``DATE_ACTION_MATCH`` of its words) and
    ranks it otherwise: "the second country to recognise" against "as the third country after Russia and Syria"."""
    wanted = _ranks(claim)
    if not wanted:
        return False
    if action is None:  # "X was the second country to recognise ...": the ranked action is the infinitive
        action = next((t.lemma_.lower() for t in _lemmas([claim])[0]
                       if t.pos_ == "VERB" and t.dep_ in ("relcl", "acl") and t.head.lower_ in {n for n, _ in wanted}),
                      None)
        if action is None:
            return False
    given = _ranks(passage)
    # per ranked noun: the passage ranks it, and never as the claim does ("second time" against "first time",
    # whatever "third quarter" both say)
    clash = any(any(n == noun for n, _ in given) and (noun, rank) not in given for noun, rank in wanted)
    if not clash:
        return False
    words = {_stem(w) for w in content_words(claim) if w not in _ORDINALS}
    return covered_share(words, {_stem(w) for w in content_words(passage)}) >= DATE_ACTION_MATCH \
        and _predicate_cover(claim, passage) >= MIN_PREDICATE_COVER and states_action(action, _lemmas([passage])[0])


_PLACE_AFTER = re.compile(r"\b(?:in|at)\s+((?:[A-Z][\w’'-]+\s?)+)")


def place_missing(claim: str, passage: str) -> bool:
    """True when the claim puts its event in a named place ("met the envoy in Pyongyang") the passage does not name."""
    # the places as written (a capital is not its country here: "in Pyongyang" is not "in Moscow, North Korean ...")
    def plain(text: str) -> set[str]:
        return {KNOWN_VARIANTS.get(w, w) for w in re.findall(r"[a-z][a-z'-]+", text.lower())}

    words = plain(passage)
    for m in _PLACE_AFTER.finditer(claim):
        if re.match(r"['’]s\b", claim[m.end(1) - 1:m.end(1) + 2].strip()) or re.search(r"['’]s\s*$", m.group(1)):
            continue  # "in Putin's war": a possessor, not a place
        place = [w for w in plain(m.group(1)) if w not in _GENERIC and w not in _MONTHS and len(w) >= 3]
        if place and not any(w in words or any(_same_party(w, x) for x in words if len(x) >= 4) for w in place):
            return True
    return False


# Capitalised words that open a claim without naming anyone ("The", "A") besides the generic ones.
_OPENERS = frozenset({"the", "a", "an", "it", "its", "in", "on", "at", "up", "last", "since", "after", "before"})


def claim_name_groups(claim: str, doc: Any | None = None) -> list[set[str]]:
    """Return the claim's names as groups of lower-cased name words ("Kim Jong Un" -> {"kim", "jong"}).

    With the claim's parse ``doc``, a name is a run of proper nouns or capitalised adjectives ("North Korean"),
    so an opening "Around" or "Thousands" is none; without it, a run of capitalised words. Generic words
    ("North", "President") and words under three letters are left out, and a run left empty is dropped.
    """
    if doc is not None:
        tokens = [(t.text, t.pos_ == "PROPN" or t.pos_ == "ADJ" and t.text[:1].isupper() and t.i > 0) for t in doc]
    else:
        tokens = [(w, w[:1].isupper() and w.lower().removesuffix("'s").rstrip("'") not in _OPENERS | _UNKNOWN_NAME_SKIP)
                  for w in re.findall(r"[\w’'-]+", claim.replace("’", "'"))]
    groups, current = [], set()
    for word, is_name in tokens:
        low = word.lower().replace("’", "'").removesuffix("'s").rstrip("'")
        if is_name:
            if low not in _GENERIC and len(low) >= 3:
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
_PRONOUN_OPENERS = frozenset({"he", "she", "they", "it", "this", "these", "those", "we"})


def subject_missing(claim: str, passage: str, speaker: str | None = None, doc: Any | None = None) -> bool:
    """True when ``passage`` does not name the claim's first name (its subject, as a rule) and does not open
    with a pronoun that may stand for it.

    A name counts as named by any of its words, in any inflection or known variant ("Russia" by "Russian",
    "Kim Jong Un" by "Kim", "Kiev" by "Kyiv", "Russia" by "the Kremlin"), in the passage or its ``speaker``.
    "Kiev then severed relations with North Korea" does not confirm "Russia severed relations with North Korea".
    """
    groups = claim_name_groups(claim, doc)
    first = passage.split(maxsplit=1)[0].lower().strip("“\"'") if passage.strip() else ""
    if not groups or first in _PRONOUN_OPENERS:
        return False
    text = passage + " " + (speaker or "")
    low = text.lower()
    words = {w.lower().removesuffix("'s").rstrip("'") for w in re.findall(r"[\w’'-]+", text.replace("’", "'"))}
    words |= {KNOWN_VARIANTS.get(w, w) for w in words} | {c for inst, c in INSTITUTIONS.items() if inst in low}
    keys = groups[0] | {KNOWN_VARIANTS.get(w, w) for w in groups[0]} \
        | {c for w in groups[0] for c in (CAPITALS.get(w), INSTITUTIONS.get(w)) if c}
    return not any(k in words or len(k) >= 4 and any(_same_party(k, w) for w in words if len(w) >= 4) for k in keys)


# Verbs that carry no action of their own, and frames around the action ("is said to have offered"):
# the claim's action is looked for below them.
_FRAME_LEMMAS = frozenset({"be", "have", "do", "say", "report", "believe", "accuse", "allege", "know", "think",
                           "claim", "seem", "appear", "expect", "set", "go", "continue", "begin", "start", "try"})


# Parsed claims and passages, kept for the process: one passage is judged against many claims.
_PARSED: dict[str, Any] = {}
_PARSED_MAX = 4096


def _lemmas(texts: list[str]) -> list[Any]:
    """Return spaCy docs of ``texts`` (tagger, parser and lemmatizer; no entities), parsing each text once."""
    from storyscope.annotate.nlp import load_nlp

    todo = [t for t in dict.fromkeys(texts) if t not in _PARSED]
    fresh: dict[str, Any] = {}
    if todo:
        nlp = load_nlp()
        with nlp.select_pipes(disable=[p for p in ("ner",) if p in nlp.pipe_names]):
            fresh = dict(zip(todo, nlp.pipe(todo)))
    out = [fresh[t] if t in fresh else _PARSED[t] for t in texts]
    if fresh:
        if len(_PARSED) + len(fresh) > _PARSED_MAX:
            _PARSED.clear()
        _PARSED.update(fresh)
    return out


def claim_action(doc: Any) -> str | None:
    """Return the lemma of what the claim says happens (its main verb below any frame), or None.

    "North Korea has sent troops" -> "send"; "Kim is said to have offered troops" -> "offer"; "The plant is
    out of control" -> None (a copula: nothing to match).
    """
    roots = [t for t in doc if t.dep_ == "ROOT"]
    verb = roots[0] if roots else None
    while verb is not None and verb.lemma_.lower() in _FRAME_LEMMAS:
        verb = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.pos_ != "VERB" or verb.text[:1].isupper():  # "Andrii Sybiha is ...": a name, not a verb
        return None
    lemma = verb.lemma_.lower()
    return next((_PHRASAL_ACTIONS[(lemma, c.lower_)] for c in verb.children if (lemma, c.lower_) in _PHRASAL_ACTIONS),
                lemma)


# Actions and their opposites: a passage stating the opposite of the claim's action (and not the action)
# contradicts it ("Korotchenko said Moscow should turn down the offer" against "... should gratefully accept").
_OPPOSITES = [(frozenset(a), frozenset(b)) for a, b in (
    ({"accept", "welcome", "approve"}, {"reject", "refuse", "decline", "dismiss"}),
    ({"keep", "maintain", "preserve", "retain"}, {"sever", "cut", "break", "suspend"}),
    ({"confirm", "admit"}, {"deny"}), ({"win"}, {"lose"}),
    # positions and states that change: both may be true at different times
    ({"support", "back", "endorse"}, {"oppose", "condemn"}),
    ({"allow", "permit", "authorise", "authorize"}, {"ban", "forbid", "prohibit", "block"}),
    ({"open", "reopen"}, {"close", "shut"}), ({"increase", "raise"}, {"reduce", "lower", "decrease"}),
    ({"join"}, {"leave", "quit"}), ({"arrive"}, {"depart"}), ({"advance"}, {"retreat", "withdraw"}),
)]
# Where the changes of state begin in _OPPOSITES.
_STATE_CHANGES = 4


_NEGATION = re.compile(r"\b(?:not|never|no|none|nothing|nobody|neither|nor)\b|n’t\b|n't\b", re.IGNORECASE)


def _negated(text: str) -> bool:
    """True when ``text`` holds a negation ("would not side", "will never stand")."""
    return _NEGATION.search(text) is not None


# Phrases that say the opposite of each other ("under control" / "out of control").
_OPPOSITE_PHRASES = [(re.compile(a, re.IGNORECASE), re.compile(b, re.IGNORECASE)) for a, b in (
    (r"\bunder control\b", r"\bout of control\b"), (r"\blegal\b", r"\billegal\b"),
    (r"\bsafe\b", r"\bunsafe\b"), (r"\bstable\b", r"\bunstable\b"), (r"\btrue\b", r"\bfalse\b"),
)]


def _opposite_phrase(said: str, passage: str) -> bool:
    """True when ``said`` holds one of a pair of opposite phrases and ``passage`` only the other."""
    for a, b in _OPPOSITE_PHRASES:
        for x, y in ((a, b), (b, a)):
            if x.search(said) and y.search(passage) and not x.search(passage):
                return True
    return False


def speaker_title(speaker_part: str) -> tuple[str, str] | None:
    """Return ``(title, name)`` when the claim gives its speaker a role before the name: ("Ukraine's defence
    minister", "Andrii Sybiha"), ("Foreign Minister", "Andrii Sybiha"); None otherwise."""
    words = speaker_part.replace("’", "'").split()
    last_role = max((i for i, w in enumerate(words) if w.lower().strip(",") in ROLE_NOUNS), default=None)
    if last_role is None:
        return None
    name = words[last_role + 1:]
    if len(name) < 2 or not all(w[:1].isupper() for w in name):
        return None
    title = [w for w in words[:last_role + 1] if w.lower() != "the" or words.index(w) > 0]
    return " ".join(title), " ".join(name)


def _misdescribes(title: tuple[str, str], passage: str) -> bool:
    """True when the writer's own description of the speaker contradicts the title the claim gives them."""
    role, name = title
    return any(f(name, role, passage) is not None for f in (contradicts_portfolio, contradicts_complement)) \
        or "former" not in role.lower().split() and describes_role(name, "former " + role, passage) is not None


_NEGATED_WORDS = re.compile(r"\b(?:no|not|never)\s+(?:\w+\s+)?(\w+)", re.IGNORECASE)


def _negates_words(passage: str, words: set[str]) -> bool:
    """True when ``passage`` negates one of ``words`` (stems) right after "no", "not" or "never" ("no volunteer
    units"; not "shouldn't be shy in accepting", whose negation is of "shy")."""
    for m in _NEGATED_WORDS.finditer(passage):
        following = [w.lower() for w in m.group(0).split()[1:]]
        if any(_stem(f) in words or any(same_word(_stem(f), w) for w in words) for f in following if len(f) > 3):
            return True
    return False


def denial_claim_words(claim: str) -> bool:
    """True when the claim's cue is a verb of denial ("X denied that ...")."""
    return any(w.strip(".,;:").lower() in _DENIAL_VERBS for w in claim.split())


def _main_clause_without_action(doc: Any) -> str:
    """Return the claim's words outside its adverbial clauses and without its action verb."""
    skip: set[int] = set()
    for tok in doc:
        if tok.dep_ in ("advcl", "prep") and tok.head.dep_ == "ROOT" and tok.lower_ in ("after", "before", "when",
                                                                                      "because", "since", "while") \
                or tok.dep_ == "advcl":
            skip.update(range(tok.left_edge.i, tok.right_edge.i + 1))
    action_i = {t.i for t in doc if t.pos_ == "VERB" and t.lemma_.lower() == claim_action(doc)}
    return " ".join(t.text for t in doc if t.i not in skip and t.i not in action_i)


# Auxiliaries that make a verb a possibility, not a fact ("could sever", "would reject").
_MODALS = frozenset({"could", "might", "may", "would", "should", "can", "must"})


def opposite_action(action: str, doc: Any, about: set[str] = frozenset(), changes: bool = False,
                    modal: bool = False) -> bool:
    """True when the parsed passage ``doc`` states, as a fact, the opposite of ``action`` done to what the claim is
    about, and not the action itself: "should turn down the offer" against "accept the offer", "severed relations"
    against "kept relations".

    The opposite verb is unnegated, not a possibility ("could sever") unless ``modal`` (what someone said should
    happen: "should turn down"), not the complement of another verb ("threatened to sever", "refused to sever"),
    and its phrase holds one of ``about`` (stems of the claim's words besides the action: "relations", "offer").
    Changes of state ("open" against "close"), which a later change makes both true, count only when ``changes``.
    """
    pairs = _OPPOSITES if changes else _OPPOSITES[:_STATE_CHANGES]
    opposites = set().union(*(b for a, b in pairs if action in a), *(a for a, b in pairs if action in b))
    if not opposites or states_action(action, doc):
        return False
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("xcomp", "advcl", "relcl", "acl", "pcomp") \
                or any(c.dep_ == "neg" or not modal and c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        lemma = next((_PHRASAL_ACTIONS[(lemma, c.lower_)] for c in tok.children
                      if (lemma, c.lower_) in _PHRASAL_ACTIONS), lemma)
        if lemma not in opposites:
            continue
        phrase = {_stem(t.lower_) for t in tok.subtree if t.i != tok.i}
        if not about or any(any(same_word(w, p) for p in phrase) for w in about):
            return True
    return False


# Verbs news writers use for one action ("cut ties" = "severed relations"); a passage stating any of a group
# states the others.
_SAME_ACTION = [frozenset(g) for g in (
    {"send", "deploy", "dispatch", "supply", "provide", "deliver", "ship", "transfer"},
    {"cut", "sever", "break", "suspend"}, {"sign", "conclude", "ink"}, {"lead", "head"},
    {"deny", "reject", "dismiss", "refute"}, {"kill", "slay"}, {"wound", "injure"},
    {"attack", "strike", "shell", "bomb", "hit", "pound"}, {"offer", "propose", "pledge", "promise"},
    {"recognise", "recognize", "acknowledge"}, {"train", "prepare", "drill"}, {"ask", "request", "seek", "urge"},
    {"deepen", "intensify", "strengthen"}, {"invade", "occupy"}, {"collapse", "burst", "breach"},
)]
# Phrasal verbs for an action: "the dam gave way" for "collapse".
_PHRASAL_ACTIONS = {("give", "way"): "collapse", ("turn", "down"): "reject", ("call", "off"): "cancel",
                    ("pull", "out"): "withdraw", ("back", "down"): "retreat"}


def _is_action(tok: Any, action: str) -> bool:
    """True when ``tok`` states ``action``: a verb of its ``_SAME_ACTION`` group in any form; a noun derived from
    the action ("recognition" for "recognise"); or the action as an event noun with its participant ("the collapse
    of the dam", "Russia's attack"; not "no sign of troops", nor "a ship" for "send")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        forms = {action} | set().union(*(g for g in _SAME_ACTION if action in g))
        if any(_PHRASAL_ACTIONS.get((lemma, c.lower_)) in forms for c in tok.children):
            return True
        return any(form in forms or any(same_word(form, f) for f in forms) for form in (lemma, tok.lower_))
    if tok.pos_ != "NOUN" or not same_word(lemma, action):
        return False
    if lemma != action:
        return True
    kids = list(tok.children)
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in kids) \
        and not any(c.lower_ in ("no", "any") for c in kids)


def states_action(action: str, doc: Any) -> bool:
    """True when the parsed passage ``doc`` states ``action`` (``_is_action``: "severed" for "cut",
    "recognition" for "recognise")."""
    return any(_is_action(t, action) for t in doc)


def _predicate_cover(claim: str, passage: str) -> float:
    """Share of the claim's non-name content words (stemmed) that the passage has."""
    lower = " ".join(w for w in claim.split() if not w[:1].isupper())
    words = {_stem(w) for w in content_words(lower)}
    if not words:
        return 1.0
    return covered_share(words, {_stem(w) for w in content_words(passage)})


def decide_stance(rule: RuleJudgement, model_label: str, model_score: float, cosine: float,
                  predicate_cover: float, figure_stated: bool = False, relayed: bool = False,
                  reaffirmed: bool = False) -> tuple[str | None, float]:
    """Combine the rules, the model and the similarity into ``(stance, strength)``; stance None = unrelated.

    Args:
        rule: ``judge_detail`` of the pair.
        model_label, model_score: the stance model's label and probability.
        cosine: MiniLM similarity of claim and passage.
        predicate_cover: ``_predicate_cover`` of the pair.
        figure_stated: the claim states a figure and the passage states the same one.
        relayed: the dossier's attributions cover the passage (reported speech).
        reaffirmed: the passage restates the claim's figure after an affirming word ("insisting ... 2,000").
    """
    if rule.stance is None and cosine < COS_RELATED:
        return None, 0.0
    if model_label == "unrelated" and rule.stance is None and cosine < COS_AGREE:
        return None, 0.0
    on_point = (cosine >= COS_ON_TOPIC and predicate_cover >= MIN_PREDICATE_COVER
                or rule.relevance >= AGREE_MIN_RELEVANCE and predicate_cover >= LEXICAL_PREDICATE_COVER
                or model_label == "agree" and model_score >= MODEL_AGREE_STRONG and cosine >= COS_PARAPHRASE
                or cosine >= COS_AGREE)
    model_p = model_score if model_label != "unrelated" else 0.5
    reason = rule.reason
    # "Norvakia dismissed the 20,000 report, insisting on 2,000": the denial targets another figure.
    if reason == "refuting_cue" and figure_stated and reaffirmed:
        reason = "match" if rule.relevance >= AGREE_MIN_RELEVANCE else "partial"
    # Hedged only by speech verbs: judged on its content; whether it is relayed (and so only discussion)
    # is the aggregation's rule, fed by the dossier's attributions.
    if reason == "reported":
        reason = "match" if rule.relevance >= AGREE_MIN_RELEVANCE else "partial"
    # Hedged ("is known to", "reportedly"): judged on its content too; the aggregation counts a hedged
    # agreement as discussion and says so.
    if reason == "hedged":
        reason = "match" if rule.relevance >= AGREE_MIN_RELEVANCE else "partial"
    if on_point and (reason in ("other_figure", "refuting_cue")
                     or model_label == "disagree" and model_score >= MODEL_DISAGREE_MIN and not reaffirmed):
        return "disagree", round(max(0.6, model_p if model_label == "disagree" else 0.6), 4)
    if reason in ("no_figure", "other_figure", "refuting_cue"):
        return "discuss", round(model_p, 4)
    covers = rule.relevance >= AGREE_MIN_RELEVANCE or cosine >= COS_AGREE
    if on_point and covers and (model_label == "agree" or reason == "match" and cosine >= COS_RELATED):
        return "agree", round(0.5 * max(cosine, 0.5) + 0.5 * (model_score if model_label == "agree" else 0.5), 4)
    return "discuss", round(model_p, 4)


def _judge_all(claims: list[str], candidates: list[list[Candidate]]) -> list[list[tuple[str, float]]]:
    """Run the stance model on every (claim, candidate) pair in one batch."""
    from threadpoolctl import threadpool_limits

    from storyscope.verify.stance import load_stance_model, predict_stances

    pairs = [(claim, c.text) for claim, cands in zip(claims, candidates) for c in cands]
    # One OpenMP thread: on a few hundred pairs the boosting's thread start-up costs more than it saves
    # (issue 6, 30 pairs on a shared 2-core machine: 2.8 s with all threads, 0.2 s with one).
    with threadpool_limits(limits=1, user_api="openmp"):
        # The feature stages alone: the cross-encoder was trained on (headline, body passage) pairs and
        # these are single evidence sentences; on the seeds and examples it changed no verdict and cost
        # about 5% of analyze's throughput (issue 6, 400 FNC-1 bodies: 0.561 / 0.549 of the parse rate
        # with it, 0.586 without).
        preds = predict_stances(load_stance_model(), pairs, cross=False) if pairs else []
    out, i = [], 0
    for cands in candidates:
        out.append(preds[i:i + len(cands)])
        i += len(cands)
    return out


# Day-and-month and year expressions: dates, not figures ("signed on 19 June", "in February 2022").
_DATE_NUMBERS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + "|".join(_MONTHS) + r")\b(?:,?\s+\d{4})?"
    r"|\b(?:" + "|".join(_MONTHS) + r")\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?"
    r"|\b(?:19|20)\d{2}\b(?![,.]\d)", re.IGNORECASE)
# A claim about what someone said ("Grossi said the plant was out of control", "..., according to X").
_STATEMENT_CUE = re.compile(
    r"\b(?:said|says|told|tells|claimed|claims|stated|announced|announces|warned|warns|confirmed|"
    r"confirms|denied|denies|branded|brands|insisted|"
    r"insists|described|describes|urged|urges|demanded|demands)\b|\b(?:called|calls)\b(?!\s+(?:off|up|in|back|out)\b)"
    # a rejection is a statement when what is rejected is a report or a claim ("dismissed the reports"), not an
    # offer ("rejected the grain offer")
    r"|\b(?:dismissed|dismisses|rejected|rejects|refuted|refutes)(?=\s+(?:that\b|(?:the\s+|these\s+|such\s+)?"
    r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?|assertions?|stor(?:y|ies))\b))"
    r"|\baccording to\b",
    re.IGNORECASE)


# The cue words of a statement claim, whatever follows them (to leave the speaker once the content is cut).
_CUE_WORDS = re.compile(r"\b(?:said|says|told|tells|claimed|claims|stated|announced|announces|warned|warns|"
                        r"confirmed|confirms|denied|denies|branded|brands|insisted|insists|described|describes|urged|"
                        r"urges|demanded|demands|called|calls|dismissed|dismisses|rejected|rejects|refuted|refutes)\b"
                        r"|\baccording to\b", re.IGNORECASE)
# Words after which a denial's passage restates what it stands by ("dismissed the reports, insisting that its
# mission would be limited to 2,000 engineers").
_REAFFIRM = re.compile(r"\b(?:insist\w*|limited to|only|instead|rather|but)\b", re.IGNORECASE)


def reaffirms_figure(claim_figures: set[str], passage: str) -> bool:
    """True when one of ``claim_figures`` appears in ``passage`` after an affirming word ("insisting", "only")."""
    m = _REAFFIRM.search(passage)
    return bool(m and claim_figures and claim_figures & _figures(passage[m.end():]))


def _figures(text: str) -> set[str]:
    """Return the numbers ``text`` states, leaving out dates and years."""
    return {w for w in content_words(_DATE_NUMBERS.sub(" ", text)) if w[:1].isdigit()}


# An accusation as the claim's own frame ("Russia has been accused of ..."): the claim is about the accusation.
# Not the hedges ("is said to", "reportedly"): a claim that copies an outlet's hedge still asks whether it is so.
_REPORT_FRAME = re.compile(r"\b(?:accused|alleged(?:ly)?)\b", re.IGNORECASE)


def report_frame(text: str) -> set[str]:
    """Return the accusation frames ``text`` uses, lower-cased ("accused", "allegedly" -> "alleged")."""
    return {m.group(0).lower().removesuffix("ly") for m in _REPORT_FRAME.finditer(text)}


# A claim about what is to happen (a plan or a forecast), not what has happened.
_FUTURE = re.compile(r"\b(?:will|shall|is to|are to|is set to|are set to|is going to|are going to|plans? to|"
                     r"planning to|intends? to|is expected to|are expected to)\b", re.IGNORECASE)


def said_content(claim: str) -> str:
    """Return what a statement claim says was said: "X said <Y>", "<Y>, X said", "<Y>, according to X",
    "According to X, <Y>"."""
    m = _STATEMENT_CUE.search(claim)
    if m is None:
        return claim
    before, after = claim[:m.start()], claim[m.end():]
    if m.group(0).lower().startswith("according"):
        if content_words(before):
            return before
        return after.split(",", 1)[1] if "," in after else after
    if content_words(after):
        return after
    return before[:before.rfind(",")] if "," in before else before


def statement_claim(claim: str) -> bool:
    """True when ``claim`` is about what someone said rather than about the world ("X said Y")."""
    return _STATEMENT_CUE.search(claim) is not None


# Verbs of denial whose subject is the denier ("the ministry dismissed the reports").
_DENIAL_VERBS = frozenset({"deny", "denies", "denied", "dismissed", "dismisses", "rejected", "rejects", "refuted",
                           "refutes", "debunked"})
# Words that open the clause holding the denial verb ("a figure that the ministry later dismissed").
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "and", "but", "while"})
# Words at the start of a sentence read as its subject when no denial verb names one.
SUBJECT_WORDS = 5


def _denier_text(passage: str) -> str:
    """Return the words naming who denies in ``passage``: the subject of its first denial verb, else its opening words."""
    words = passage.split()
    for i, w in enumerate(words):
        if w.strip(".,;:“”\"'").lower() in _DENIAL_VERBS:
            clause = words[:i]
            cut = max((j + 1 for j, x in enumerate(clause)
                       if x.lower() in _CLAUSE_OPENERS or x.endswith(",")), default=0)
            return " ".join(clause[cut:])
    return " ".join(words[:SUBJECT_WORDS])


def _verdict(claim: str, cands: list[Candidate], preds: list[tuple[str, float]], ctx: _Context,
             unknown: list[str] = ()) -> Verdict:
    when = event_date(claim, ctx.timeline)
    judged: list[JudgedPassage] = []
    evidence: list[Evidence] = []
    figures = _figures(claim)
    statement = statement_claim(claim)
    said = _STATEMENT_CUE.sub(" ", claim)  # what the speaker is said to have said, without the cue
    heard, others = False, []
    # "troops will head to Donetsk next month": a plan, which a report written before the move can confirm
    future = _FUTURE.search(claim) is not None
    denial_claim = statement and denial_claim_words(claim)
    # what a statement claim says was said, and who it says spoke (the other side of its cue: "Kim Jong Un" in
    # "Kim Jong Un called ...")
    said_part = said_content(claim) if statement else ""
    said_doc = _lemmas([said_part])[0] if statement else None
    said_words = {_stem(w) for w in content_words(said_part)}
    speaker_part = _CUE_WORDS.sub(" ", claim.replace(said_part, " ")) if statement else ""
    title = speaker_title(speaker_part) if statement else None
    ranks = _ranks(claim, times=False)  # an agreeing passage need not say "for the first time" to agree
    dated = not statement and bool(claim_dates(claim) or _WEEKDAY.search(claim))
    role = role_claim(claim)  # a role claim is decided by descriptions, not by an action
    # "Russia has been accused of X" is about the accusation: a passage reporting it in the same frame states it.
    frames = report_frame(claim)
    claim_doc = _lemmas([claim])[0]
    # what a statement claim says the speaker said should happen ("turn down" in "X said Moscow should turn down")
    said_action = claim_action(said_doc) if statement else None
    said_figures = _figures(said_part)
    # the claim says the speaker denied something would happen ("said North Korea would not side with Russia")
    said_negated = statement and not denial_claim and _negated(said_part)
    action = None if statement or role else claim_action(claim_doc)
    # the claim's main clause without its action verb ("Kyiv kept | diplomatic relations with Pyongyang"), for
    # matching a passage that states the opposite action on the same things
    main_clause = _main_clause_without_action(claim_doc) if action else ""
    claim_about = {_stem(w) for w in content_words(" ".join(w for w in main_clause.split() if not w[:1].isupper()))}
    said_about = {_stem(w) for w in content_words(_main_clause_without_action(said_doc))} if said_action else set()
    for cand, (label, p) in zip(cands, preds):
        cover, speaker = _attribution_at(ctx, cand.article, cand.start, cand.end)
        speaker = speaker or cand.mention_speaker
        relayed = (cover >= RELAYED_COVER or not cover and cand.mention_stance in ("reports", "questions")) \
            and not _names_speaker(claim, speaker) and not frames & report_frame(cand.text)
        if not relayed and action and cover and not _names_speaker(claim, speaker) \
                and not frames & report_frame(cand.text):
            # "Locals living near the plant claim homes have been pounded": the claim's action is in what the
            # locals claim, though their long description leaves the content under half the sentence
            relayed = any(states_action(action, d) for d in _lemmas(_claimed_within(ctx, cand)))
        rule = judge_detail(claim, cand.text)
        stance, strength = decide_stance(rule, label, p, cand.cosine, _predicate_cover(claim, cand.text),
                                         figure_stated=bool(figures) and figures <= _figures(cand.text),
                                         relayed=relayed, reaffirmed=reaffirms_figure(figures, cand.text))
        own = statement and _claims_speaker(ctx, cand, speaker_part, speaker)
        # the claim's speaker has words of their own on the matter among the passages ("the bridge will be open
        # again within days" for "Kessel said the bridge would reopen next week"): then no misattribution
        heard = heard or own and (cand.cosine >= COS_RELATED or said_words and covered_share(
            said_words, {_stem(w) for w in content_words(cand.text)}) >= MIN_PREDICATE_COVER)
        if statement and not denial_claim and speaker and not own and cover > 0 \
                and ctx.labels.get(speaker) == "PERSON" and said_words \
                and covered_share(said_words, {_stem(w) for w in content_words(cand.text)}) >= MISATTRIBUTED_COVER:
            said_cover = _predicate_cover(said_part, cand.text)
            if said_cover >= MIN_PREDICATE_COVER:
                others.append((said_cover, cand, speaker))
        if statement:
            # "X said Y" is confirmed by X's own words as reported and is not contradicted by someone
            # else disputing Y.
            if own and cover > 0 and stance in (None, "discuss") \
                    and _predicate_cover(said, cand.text) >= MIN_PREDICATE_COVER and rule.reason != "refuting_cue":
                stance, strength = "agree", max(strength, 0.6)
            elif own and stance == "disagree" and denial_claim:
                stance = "agree"  # "X denied Y" and X's denial of Y
            if own and said_action and stance in (None, "agree", "discuss") \
                    and opposite_action(said_action, _lemmas([cand.text])[0], said_about, modal=True):
                stance, strength = "disagree", max(strength, 0.6)  # X said the opposite of what the claim says
            elif own and stance == "agree" and said_figures and _figures(cand.text) \
                    and not said_figures & _figures(cand.text):
                stance = "disagree"  # misquoted: "told Nato 100,000" when the figure X gave was 10,000
            elif own and stance == "agree" and said_negated and not _negated(cand.text):
                stance = "disagree"  # "said North Korea would not side with Russia" against "will always stand with"
            elif own and stance == "agree" and not said_negated and _negates_words(cand.text, said_words):
                stance = "disagree"  # "said volunteer units were being formed" against "no volunteer units were ..."
            elif own and stance == "agree" and _opposite_phrase(said_part, cand.text):
                stance = "disagree"  # "said the plant was under control" against "completely out of control"
            if own and title is not None and stance != "disagree" and _misdescribes(title, cand.text):
                stance, strength = "disagree", max(strength, ROLE_STRENGTH)  # "defence minister Sybiha": foreign
            elif own and stance == "agree" and said_action and cand.cosine < COS_AGREE \
                    and not states_action(said_action, _lemmas([cand.text])[0]):
                stance = "discuss"  # "said the harbour would reopen" is not her "would be closed"
            elif not own and stance == "disagree":
                stance = "discuss"
            elif not own and speaker and stance == "agree":
                stance = "discuss"  # someone else's words do not show what the claim's speaker said
        described = False
        if role is not None:
            # the writer's own description of the person ("Brask, Norvakia's foreign minister, said"), though
            # the sentence goes on to relay what the person said; "a former MP" contradicts "is an MP", and
            # "Foreign Minister X" contradicts "X is the defence minister"
            span = describes_role(role[0], role[1], cand.text)
            former = None if span or "former" in role[1].lower().split() \
                else describes_role(role[0], "former " + role[1], cand.text) \
                or contradicts_portfolio(role[0], role[1], cand.text) \
                or contradicts_complement(role[0], role[1], cand.text)
            hit = span or former
            if hit is not None and _attribution_at(ctx, cand.article, cand.start + hit[0],
                                                   cand.start + hit[1])[0] < RELAYED_COVER:
                stance, strength, relayed = "agree" if span else "disagree", max(strength, ROLE_STRENGTH), False
                described = True
            elif stance in ("agree", "disagree"):
                stance = "discuss"  # only a description of the person decides what the person is
        published = ctx.published.get(cand.article)
        # "The country did so on July 13" with the sentence it refers back to, which names the actor
        told, actor = _with_antecedent(ctx, cand)
        dating = None if statement else date_relation(claim, told, published, action)
        if dating is None and not statement and ordinal_conflict(claim, told, action):
            dating = "other"  # "the second country to recognise" against "did so ... as the third country"
        dated_otherwise = dating == "other"
        if dated_otherwise:
            # the writer dates the event otherwise: a contradiction of the claim's date, whoever it relays
            stance, strength, relayed = "disagree", DATE_CONFLICT_STRENGTH, False
        elif dating == "same" and stance in (None, "discuss") and not relayed and rule.reason not in _NOT_CONFIRMING \
                and not (figures and rule.reason in ("other_figure", "no_figure")):
            stance, strength = "agree", max(strength, DATE_CONFLICT_STRENGTH)  # the same event on the same date
        opposed = False
        if not statement and action and stance in ("agree", "discuss", "disagree") and not relayed \
                and not subject_missing(claim, actor, speaker, claim_doc) \
                and content_words(" ".join(w for w in main_clause.split() if not w[:1].isupper())) \
                and _predicate_cover(main_clause, cand.text) >= MIN_PREDICATE_COVER \
                and opposite_action(action, _lemmas([cand.text])[0], claim_about):
            stance, strength = "disagree", max(strength, 0.6)  # "kept relations" against "severed relations"
            opposed = True
        if stance == "agree" and dated and dating != "same" and not own:
            stance = "discuss"  # "collapsed on Monday" is not confirmed by a passage that does not say when
        if stance == "agree" and ranks and not ranks <= _ranks(told):
            stance = "discuss"  # "one of the earliest countries" does not say "the second country"
        if stance == "agree" and not own and (subject_missing(claim, actor, speaker, claim_doc)
                                              or place_missing(claim, cand.text)):
            stance = "discuss"  # "Kiev severed relations with North Korea" does not confirm it of Russia
        # (the stance model's confident "agree" is no exemption: it reads "a unit of troops is set to head to
        # Donetsk" as agreeing at 0.9+ with "North Korea has sent troops to Russia")
        if stance == "agree" and not own and action and cand.cosine < COS_AGREE and dating != "same" \
                and not states_action(action, _lemmas([cand.text])[0]):
            stance = "discuss"  # "a unit of troops is set to head to Donetsk" does not say North Korea sent troops
        if stance == "disagree" and rule.reason == "refuting_cue" and not own and not dated_otherwise \
                and not described and not opposed and _names_another_doer(actor) \
                and subject_missing(claim, actor, speaker, claim_doc):
            stance = "discuss"  # "Kessia rejected the grain offer" says nothing of Talvoria's answer
        if stance is None:
            continue
        if unknown and stance in ("agree", "disagree") and cand.cosine < COS_AGREE:
            stance = "discuss"  # it cannot be about what the claim says of a thing no article names
        party = None
        if stance == "disagree" and not dated_otherwise and not described and not opposed:
            denier = " ".join(x for x in (speaker, _denier_text(cand.text)) if x)
            # X's own denial of Y is the best evidence against "X confirmed Y": not an interested party's.
            party = None if own else (interested_party(claim, denier)
                                      or story_party(denier, ctx.text(cand.article), ctx.places))
        elif stance == "agree" and relayed and speaker:
            party = interested_party(claim, speaker)
        interested = party is not None
        speaker = party if stance == "disagree" and party else speaker
        predates = bool(when and published and published < when and not future)
        judged.append(JudgedPassage(stance=stance, strength=strength, origin=ctx.origin.get(cand.article, cand.article),
                                    speaker=speaker, relayed=relayed, interested=interested, predates=predates,
                                    hedged=rule.reason == "hedged"))
        shown = "discuss" if stance == "agree" and (relayed and not interested or predates
                                                    or rule.reason == "hedged") else stance
        evidence.append(Evidence(article=cand.article, text=cand.text, start=cand.start, end=cand.end, stance=shown,
                                 score=round(cand.score * strength, 4), attributed_to=speaker))
    claimed = next((sp for sp, lab in sorted(ctx.labels.items())
                    if lab == "PERSON" and _names_speaker(speaker_part, sp)),
                   None) if others and not heard else None
    misattributed = ""
    if claimed is not None:
        # "Pat Ryder said North Korea acts as a bridge": the pile gives these words to someone else, and nothing
        # Ryder is reported to say matches them.
        _, cand, other = max(others, key=lambda o: (o[0], o[1].score))  # whose words match the claim's best
        judged.append(JudgedPassage(stance="disagree", strength=MISATTRIBUTED_STRENGTH,
                                    origin=ctx.origin.get(cand.article, cand.article), speaker=other))
        evidence = [e for e in evidence if (e.article, e.start) != (cand.article, cand.start)]
        evidence.append(Evidence(article=cand.article, text=cand.text, start=cand.start, end=cand.end,
                                 stance="disagree", score=round(cand.score * MISATTRIBUTED_STRENGTH, 4),
                                 attributed_to=other))
        misattributed = f"The pile gives these words to {other}, not to {claimed}. "
    # A figure someone is said to have given is confirmed by their statement, not by a second count.
    result = aggregate(judged, states_figure=bool(figures) and not statement)
    # Evidence that decides the verdict first, then by score.
    rank = {"agree": 0, "disagree": 0, "discuss": 1}
    evidence.sort(key=lambda e: (rank[e.stance], -e.score, e.article, e.start))
    explanation = misattributed + explain(result, len(evidence))
    if unknown:
        explanation = (f"No stored article names {', '.join(unknown)}, so no passage can confirm or contradict "
                       f"what the claim says about {'it' if len(unknown) == 1 else 'them'}. " + explanation)
    return Verdict(claim=claim, verdict=result.verdict, confidence=result.confidence,
                   evidence=tuple(evidence[:MAX_EVIDENCE]), explanation=explanation)


def check_claims(store: Store, claims: list[str]) -> list[Verdict]:
    """Return one verdict per claim (in order), judged against the articles in ``store``.

    Loads the dossier context and runs the stance model once for the whole batch.

    Raises:
        StoryscopeError: E013 when the store holds no articles.
        StanceModelError, EmbedderError: when a model cannot be loaded.
    """
    if not claims:
        return []
    ctx = _load_context(store)
    candidates = [retrieve(store, claim) for claim in claims]
    preds = _judge_all(claims, candidates)
    return [_verdict(claim, cands, p, ctx, unknown_names(store, claim))
            for claim, cands, p in zip(claims, candidates, preds)]


def check_claim(store: Store, claim: str) -> Verdict:
    """Return the verdict on ``claim`` from the articles in ``store`` (see ``check_claims``)."""
    return check_claims(store, [claim])[0]


def verdict_to_json(verdict: Verdict) -> dict:
    """Return the CONTRACT ``check --json`` object for a verdict."""
    return {
        "claim": verdict.claim, "verdict": verdict.verdict, "confidence": verdict.confidence,
        "evidence": [{"article": e.article, "text": e.text, "start": e.start, "end": e.end,
                      "stance": e.stance, "score": e.score, "attributed_to": e.attributed_to}
                     for e in verdict.evidence],
        "explanation": verdict.explanation,
    }
