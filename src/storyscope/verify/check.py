"""Judge claims against the store: hybrid retrieval, a stance per passage, a verdict that respects the dossier.

Per passage, the stance combines the trained stance model (``verify/stance``) with
the rules of ``stance_rules``: the rules catch explicit refutations and hedges,
the model judges agreement. On 600 Emergent claim/headline pairs (issue 6) the
model alone gave macro-F1 0.50 (disagree F1 0.17), the rules alone 0.46, the
combination used here 0.62 (disagree 0.51). The dossier then says who speaks
(attributions, claim mentions), which articles are copies (one origin), and
when each article appeared; ``aggregate`` turns that into the verdict.

``_verdict`` reads the claim once (``_ClaimReading``), then revises each passage's stance by the rules of the
claim's kind, in order: statements (``statements``), roles (``roles``), dates and ranks (``dates``), then who,
what and where (``actions``, ``names``); a denial's speaker may be an interested party (``parties``).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import numpy as np

from spacy.lang.en.stop_words import STOP_WORDS

from storyscope.annotate.attribution import refers_back
from storyscope.annotate.entities import place_name
from storyscope.corpus._text import excerpt
from storyscope.corpus.copies import origins_from_edges, with_carried_origins
from storyscope.errors import StoryscopeError
from storyscope.model import CARRIED_REPORT_CUES, Evidence, Verdict
from storyscope.store import Store
from storyscope.verify.actions import (
    alike,
    accuser_accused,
    agent_left_out,
    another_act_on_it,
    canonical_text,
    claim_action,
    claim_object,
    dismissed_matter,
    doer_left_out,
    is_action,
    joins_war,
    met_person,
    main_clause_without_action,
    negated,
    opposite_action,
    parse_texts,
    polarity_conflict,
    reversed_parties,
    shares_thing,
    states_action,
    states_action_as_done,
    states_object,
    synonyms,
    takes_part,
    tells_joining_war,
    without_adverbial_clauses,
)
from storyscope.verify.aggregate import DEFAULT_POLICY, JudgedPassage, aggregate, explain
from storyscope.verify.casual import typed_casually
from storyscope.verify.claim_forms import (
    EVENT_VERBS,
    OWNED_EVENT_NOUNS,
    denies_saying,
    expanded_contractions,
    framed_claim,
    outlet_unframed,
    plain_claim,
    purpose_apart,
    speaks_of_topic,
    statement_occasion,
    wire_lead,
    without_emphasis,
    written_plainly,
)
from storyscope.verify.compound import (
    claim_parts,
    combine_parts,
    identifying_parts,
    later_sentence_parts,
    named_antecedent,
)
from storyscope.verify.dates import (
    CONTINENT_SCOPES,
    MONTH_NAMES,
    ORDINALS,
    WEEKDAY,
    WEEKDAY_INDEX,
    anchored_date_conflict,
    claim_dates,
    date_relation,
    event_date,
    other_month_said,
    other_time,
    rank_order,
    rank_relation,
    ranks,
    subject_month_conflict,
    superlative_conflict,
)
from storyscope.verify.coverage import check_coverage, countable, coverage_claim, names_items
from storyscope.verify.descriptions import PileDescriptions, named_plainly, pile_descriptions
from storyscope.verify.documents import (
    DOCUMENT_NOUNS,
    country_words,
    heads_of_state,
    names_the_parties,
    narrows_terms,
    quoted_terms,
    states_terms,
)
from storyscope.verify.exchanges import Exchange, disputed_terms, exchanges, other_terms
from storyscope.verify.headlines import headline_as_sentence
from storyscope.verify.loaded import neutral_wording
from storyscope.verify.names import (
    ON_A_TRIP_TO,
    OPENERS,
    UNKNOWN_NAME_SKIP,
    PRONOUN_OPENERS,
    acronyms_written_out,
    between_conflict,
    claim_name_groups,
    cities_placed,
    city_placed_otherwise,
    compass_conflict,
    holds,
    name_casings,
    occasion_conflict,
    place_conflict,
    place_missing,
    place_words,
    pile_acronyms,
    placed,
    placed_at,
    respelled,
    subject_missing,
    unknown_names,
    whereabouts,
    without_places,
)
from storyscope.verify.negated_claims import negates_a_detail, positive_of
from storyscope.verify.parties import (
    GENERIC,
    INSTITUTIONS,
    IRREGULAR_PEOPLES,
    country_word,
    denier_text,
    interested_party,
    names_speaker,
    same_party,
    story_party,
)
from storyscope.verify.posts import as_posted
from storyscope.verify.purposes import disputed_kind, disputed_purpose
from storyscope.verify.retrieve import Candidate, retrieve, searched
from storyscope.verify.roles import (
    BODY_NOUNS,
    DEMONYM,
    ROLE_NOUNS,
    contradicting_description,
    described_as_role,
    described_clause,
    describes_role,
    held_then,
    is_former,
    ministry_conflict,
    plain_role,
    role_claim,
)
from storyscope.verify.stance_rules import (
    AGREE_MIN_RELEVANCE,
    MIN_PREDICATE_COVER,
    MONTHS,
    REFUTING_CUES,
    RuleJudgement,
    amount_fit,
    content_words,
    covered_share,
    figure_counts_other,
    floors_met,
    judge_detail,
    people_count_other,
    people_kind_other,
    place_word,
    readied_not_fighting,
    predicate_cover,
    predicate_words,
    same_word,
    stem,
    tells_magnitude,
    without_possessive,
    word_stems,
)
from storyscope.verify.statements import (
    AFFIRMING_CUE,
    CUE_WORDS,
    FUTURE,
    OUTLET_NOUNS,
    PAST_PLAN,
    SPEECH_WORDS,
    STATEMENT_CUE,
    acts_on_other_things,
    addressed_otherwise,
    addressee_words,
    addressees,
    alike_words,
    contrasted_subject,
    denial_claim_words,
    figures,
    label_conflict,
    labels,
    misdescribes,
    misquoted,
    negates_words,
    object_swapped,
    opposite_phrase,
    outlet_claim,
    reaffirms_figure,
    report_frame,
    said_against,
    said_clause,
    said_content,
    speaker_title,
    statement_claim,
)
from storyscope.verify.typos import pile_vocabulary, respelt_typos

# Evidence passages kept in the verdict.
MAX_EVIDENCE = 8

# Cosine (MiniLM) at which a passage counts as related although it shares few words with the claim, and
# at which it is close enough to confirm it. Set by hand on the example corpus and the seeds (issue 6).
COS_RELATED = 0.6

COS_AGREE = 0.8
# A passage this close to the claim states it word for word.
COS_VERBATIM = 0.95

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

# Share of the words a statement claim says were said that another named person's reported words must hold for
# the claim to count as misattributed ("Ryder said North Korea acts as a bridge between China and Russia", when
# those are Ponomarev's words and no passage among the evidence holds words of Ryder's), and its strength.
MISATTRIBUTED_COVER = 0.8
MISATTRIBUTED_STRENGTH = 0.6
# ... or, of a claim with at least MISATTRIBUTED_MIN_WORDS non-name words, this share of those, whatever names the
# passage gives the places and parties.
MISATTRIBUTED_PREDICATE_COVER = 0.9
# ... or this share, when the passage states the claim's act in a word news writers use alike ("would also send
# builders" for "would also provide builders")
MISATTRIBUTED_SAME_ACT_COVER = 0.8
MISATTRIBUTED_MIN_WORDS = 4
# A word stem in this share of the pile's passages (and in at least COMMON_STEM_MIN of them) is the story's own word:
# words that share no other with the claim are not the claim's words (seeds: "north", "korea", "troop", "send").
COMMON_STEM_SHARE = 0.05
COMMON_STEM_MIN = 3

# Strength of a passage in which the writer describes the person as the claim does ("Brask, the minister, said").
ROLE_STRENGTH = 0.7

# Strength of a passage that dates the claim's event, the same way or otherwise.
DATE_CONFLICT_STRENGTH = 0.7

# Strength of a party's dismissal of the reports an article relays, as a denial of the claim it relays.
DISMISSAL_STRENGTH = 0.6

# Rule findings that keep a passage dating the claim's event the same way from confirming it.
# (a figure the passage lacks counts only when it is not the date: "in 2024" against "on 19 June").
_NOT_CONFIRMING = frozenset({"refuting_cue", "hedged"})


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
    # the same with LOC entities, for where words were spoken (a city the tagger calls a location: "Riga"); not for
    # where an event is placed, where a region ("the Baltic") is no other place than a city in it
    locations: frozenset[str] = frozenset()
    # lower-cased names and aliases of the dossier's places, bodies and people (not peoples: NORP)
    named: frozenset[str] = frozenset()
    # speaker -> its entity label (PERSON, ORG, ...)
    labels: dict[str, str] = field(default_factory=dict)
    # article id -> (content start, content end, the source as written: "Norvakia's foreign ministry")
    sources: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # speaker -> the content words of each way the pile writes them as a source ("ukrainian", "leader")
    written: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    # article id -> its cleaned text, read on demand (for a passage's neighbours, a denial's article, the writer's
    # descriptions of a speaker) and kept for the batch
    texts: dict[str, str] = field(default_factory=dict)
    # (speaker, description, article) -> whether the article's writer describes the speaker so
    descriptions: dict[tuple[str, str, str], bool] = field(default_factory=dict)
    # a regular expression -> whether some stored article matches it (``pile_writes``)
    written_patterns: dict[str, bool] = field(default_factory=dict)
    # article id -> spans of the writer's own "is known to" (``_writers_knowledge``)
    known: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (an outlet's name words, a speaker whose cue sits in a citation of it): who told which outlet ("express",
    # "Ilya Ponomarev" for "Ilya Ponomarev told the Express")
    # (outlet words, speaker, article, sentence start, sentence end) of each statement the pile says went to an outlet
    tellers: tuple[tuple[frozenset[str], str, str, int, int], ...] = ()
    # each spelling of a person the pile has -> the person's entity name (``_person_names``); speakers are read so
    person: dict[str, str] = field(default_factory=dict)
    # a head of state's name word -> the state the pile titles them with ("putin" -> "russian"), read on demand
    _leaders: dict[str, str] | None = None
    # article id -> its sentences that dismiss reports or claims (``dismissed_matter``), read on demand
    dismissals: dict[str, list[Candidate]] = field(default_factory=dict)
    # the dossier's numeric conflicts: (the figures the sources give, as ``figures`` writes them; the articles; the
    # conflict's summary)
    figure_conflicts: tuple[tuple[frozenset[str], frozenset[str], str], ...] = ()
    # the outlets the articles cite ("According to a report by Bild"), lower-cased
    cited_outlets: frozenset[str] = frozenset()
    # the passages that tell a deal's terms ("in exchange for ..."), read on demand
    _exchanges: list[Exchange] | None = None
    # the passages that tell where someone was ("On a trip to ...", "... in Brussels today"), read on demand
    _whereabouts: list[tuple[str, set[str]]] | None = None
    _person_words: frozenset[str] | None = None
    _common: frozenset[str] | None = None
    _been: dict[str, set[str]] = field(default_factory=dict)  # name word -> ``places_been``

    def places_been(self, name_word: str) -> set[str]:
        """The big cities the pile puts someone in at some time (``names.whereabouts``), in articles naming the word
        ``name_word`` of their name; the passages are read once per batch."""
        if self._whereabouts is None:
            rows = self.store.con.execute(
                'SELECT article_id, text FROM passages WHERE regexp_matches(text, '
                "'(?i)(trip|visit|tour|journey) to|today|tonight|yesterday|this week|day\\b|conference|briefing')"
            ).fetchall() if self.store else []
            self._whereabouts = [(article, there) for article, text in rows if (there := whereabouts(text))]
        if name_word not in self._been:
            named = re.compile(r"\b" + re.escape(name_word) + r"\b", re.IGNORECASE)
            self._been[name_word] = {city for article, there in self._whereabouts if named.search(self.text(article))
                                     for city in there}
        return self._been[name_word]

    def common_stems(self) -> frozenset[str]:
        """The word stems the pile's passages use often (in ``COMMON_STEM_SHARE`` of them, and at least
        ``COMMON_STEM_MIN`` passages): the story's own words, which tell no one's words apart. Read once per batch."""
        if self._common is None:
            texts = [t for (t,) in self.store.con.execute("SELECT text FROM passages").fetchall()] if self.store else []
            counts = Counter(s for t in texts for s in word_stems(t))
            floor = max(COMMON_STEM_MIN, COMMON_STEM_SHARE * len(texts))
            self._common = frozenset(s for s, n in counts.items() if n >= floor)
        return self._common

    def person_words(self) -> frozenset[str]:
        """The lower-cased words of the names of the pile's PERSON entities, read once per batch."""
        if self._person_words is None:
            self._person_words = frozenset(w.lower() for name, label in self.labels.items() if label == "PERSON"
                                           for w in name.split())
        return self._person_words

    def exchanges(self) -> list[Exchange]:
        """The store's passages that tell a deal's terms (``exchanges.exchanges``), read once."""
        if self._exchanges is None:
            rows = self.store.con.execute(
                'SELECT article_id, start, "end", text FROM passages WHERE regexp_matches(text, '
                "'(?i)in (exchange|return) for') ORDER BY article_id, start").fetchall() if self.store else []
            self._exchanges = [e for row in rows if (e := exchanges(*row)) is not None]
        return self._exchanges

    def leaders(self) -> dict[str, str]:
        """Return ``documents.heads_of_state`` of the pile, read once per batch."""
        if self._leaders is None:
            texts = _pile_texts(self.store) if self.store is not None else []
            people = _pile_people(self.store) if self.store is not None else {}
            self._leaders = heads_of_state(texts, people)
        return self._leaders

    def describes(self, name: str, description: str, article: str) -> bool:
        """True when ``article``'s writer describes ``name`` as ``description`` (``roles.describes_role``), cached
        for the batch: every passage of a statement claim asks it of its article."""
        key = (name, description, article)
        if key not in self.descriptions:
            self.descriptions[key] = describes_role(name, description, self.text(article)) is not None
        return self.descriptions[key]

    def pile_writes(self, pattern: str) -> bool:
        """True when some stored article's text matches the regular expression ``pattern`` (searched in the store,
        not in Python, so a large pile is not read into memory; cached for the batch)."""
        if pattern not in self.written_patterns:
            if self.store is not None:
                row = self.store.con.execute("SELECT 1 FROM articles WHERE regexp_matches(text, ?) LIMIT 1",
                                             [pattern]).fetchone()
                self.written_patterns[pattern] = row is not None
            else:
                self.written_patterns[pattern] = any(re.search(pattern, self.text(a)) for a in self.origin)
        return self.written_patterns[pattern]

    def text(self, article: str) -> str:
        """Return the cleaned text of ``article`` ("" when the store does not hold it)."""
        if article not in self.texts:
            row = self.store.con.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone() \
                if self.store is not None else None
            self.texts[article] = row[0] if row and row[0] else ""
        return self.texts[article]


def _pile_texts(store: Store) -> list[str]:
    """The texts of the store's articles (none empty)."""
    return [t for (t,) in store.con.execute("SELECT text FROM articles").fetchall() if t]


def _pile_people(store: Store) -> dict[str, str]:
    """Every alias of a PERSON entity of the store, mapped to the entity's name (the last entity's, where two share
    one)."""
    return {alias: name for name, aliases in store.con.execute(
        "SELECT name, aliases FROM entities WHERE type = 'PERSON'").fetchall() for alias in [name, *(aliases or [])]}


def _person_names(store: Store) -> dict[str, str]:
    """Return each way the pile spells a person (an alias of one PERSON entity only) -> the entity's name, so that
    one speaker spelt two ways across articles ("Alexandre" and "Alexander Matsegora") is one speaker."""
    owners: dict[str, set[str]] = defaultdict(set)
    for name, aliases in store.con.execute("SELECT name, aliases FROM entities WHERE type = 'PERSON'").fetchall():
        for alias in {name, *(aliases or [])}:
            owners[alias].add(name)
    return {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}


def _load_context(store: Store) -> _Context:
    parent = dict(store.con.execute("SELECT article, copy_of FROM copies").fetchall())
    published = dict(store.con.execute("SELECT id, published FROM articles").fetchall())
    attributions: dict[str, list] = defaultdict(list)
    hedged: dict[str, list] = defaultdict(list)
    labels: dict[str, str] = {}
    sources: dict[str, list] = defaultdict(list)
    person = _person_names(store)
    texts: dict[str, str] = {}

    def told_before(article: str, start: int, end: int, cue_start: int, direct: bool) -> bool:
        # ("A. Osk denied that": the denial tells what Osk denied; A stays whoever's it was)
        if direct or end > cue_start:
            return False
        if article not in texts:
            texts[article] = (store.con.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()
                              or [""])[0] or ""
        return refers_back(texts[article], start, end, cue_start, direct)

    rows = [(article, start, end, person.get(speaker, speaker), *rest)
            for article, start, end, speaker, cue_start, direct, *rest
            in store.con.execute('SELECT article_id, start, "end", speaker, cue_start, direct, hedged, speaker_label, '
                                 'source_text, cue, content FROM attributions ORDER BY article_id, start').fetchall()
            if not told_before(article, start, end, cue_start, direct)]
    sourced: dict[str, list[str]] = defaultdict(list)
    for article, *_, source, _cue, content in rows:
        if source:
            sourced[article].append(content or "")
    known: dict[str, list] = defaultdict(list)
    written: dict[str, list] = defaultdict(list)
    for article, start, end, speaker, is_hedged, label, source, cue, content in rows:
        if _writers_knowledge(source, cue, content, sourced[article]):
            known[article].append((start, end))
            continue
        if speaker and label:
            labels.setdefault(speaker, label)
        if not _speech_cue(cue) and _DOCUMENT_TEXT.match(content or ""):
            continue  # "signed a defence pact which reads, “...”": the writer quotes the document, no one's words
        attributions[article].append((start, end, speaker, cue))
        if source:
            sources[article].append((start, end, source))
            if speaker and _is_description(source):
                written[speaker].append(frozenset(content_words(source)))
        if is_hedged:
            hedged[article].append((start, end))
    timeline = [(d, s) for d, s in store.con.execute("SELECT date, summary FROM timeline").fetchall() if d]
    places = frozenset(w.lower() for name, aliases in store.con.execute(
        "SELECT name, aliases FROM entities WHERE type = 'GPE'").fetchall() for w in [name, *(aliases or [])] if w)
    locations = places | frozenset(w.lower() for name, aliases in store.con.execute(
        "SELECT name, aliases FROM entities WHERE type = 'LOC'").fetchall() for w in [name, *(aliases or [])] if w)
    named = frozenset(w.lower() for name, aliases in store.con.execute(
        "SELECT name, aliases FROM entities WHERE type IN ('GPE', 'LOC', 'ORG', 'PERSON', 'FAC')").fetchall()
        for w in [name, *(aliases or [])] if w)
    carried: dict[str, str] = {}
    cited = set()
    for article, cue, outlet in store.con.execute(
            "SELECT article_id, cue, outlet FROM citations ORDER BY article_id, start").fetchall():
        if cue in CARRIED_REPORT_CUES:
            carried.setdefault(article, outlet)
        cited.add(outlet.lower())
    origin = with_carried_origins(origins_from_edges(parent, published), carried)
    # (the sentence that tells whom the words went to: "..., he told pro-Kremlin daily Izvestia")
    tellers = tuple((frozenset(w.lower() for w in outlet.split()), person.get(speaker, speaker), article, start, end)
                    for outlet, speaker, article, start, end in store.con.execute(
        'SELECT DISTINCT c.outlet, a.speaker, c.article_id, s.start, s."end" FROM citations c '
        'JOIN attributions a ON a.article_id = c.article_id AND a.cue_start >= c.start AND a.cue_start < c."end" '
        'JOIN sentences s ON s.article_id = c.article_id AND s.start <= c.start AND c.start < s."end"').fetchall()
                    if speaker)
    figure_conflicts = tuple(
        (frozenset(str(int(v)) if v.is_integer() else str(v) for v in values if math.isfinite(v)),
         frozenset(articles), summary)
        for values, articles, summary in store.con.execute(
            "SELECT \"values\", articles, summary FROM conflicts WHERE kind = 'numeric'").fetchall() if values)
    return _Context(origin=origin, published=published, attributions=attributions, tellers=tellers, person=person,
                    timeline=timeline, store=store, hedged=hedged, labels=labels, sources=sources, places=places,
                    locations=locations, named=named, known=known, written=written, figure_conflicts=figure_conflicts,
                    cited_outlets=frozenset(cited), texts=texts)  # (the texts read above, not read again)


# A document quoted by its own words ("a defence pact which reads, “...”"): what it says is the document's text.
_DOCUMENT_TEXT = re.compile(r"^\s*(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){0,3}(?:pact|treaty|agreement|accord|"
                            r"deal|document|law|resolution|letter|decree|charter|memorandum|declaration|communiqu[eé])"
                            r"\s*,?\s*(?:which|that)\s+(?:reads|read|states|stated|says|said)\b", re.IGNORECASE)

# The cue of an agentless "X is known to ...", "it is well known that ...".
_KNOWN_CUE = re.compile(r"\bknown\b", re.IGNORECASE)
# Share of an "is known to" content's words that a sourced attribution in the same article must hold for the
# writer's knowledge to rest on that source.
KNOWN_FROM_SOURCE = 0.6


def _writers_knowledge(source: str | None, cue: str | None, content: str | None, sourced: list[str]) -> bool:
    """True when an attribution is the writer stating what is established ("North Korea is already known to have
    supplied shells"): an agentless "is known to" whose content (a figure it states, or most of its words) no
    sourced attribution of the same article carries. "North Korea is known to be ready to send 100,000 troops"
    beside an analyst's "there are reports that 100,000 volunteers are ready" rests on the analyst."""
    # (whether it is hedged is not asked: annotate marked "is known to" hedged until stop 41, and not since)
    if source or not cue or not _KNOWN_CUE.search(cue) or not content:
        return False
    stated = figures(content)
    words = word_stems(content)
    for other in sourced:
        if stated & figures(other) or words and covered_share(
                words, word_stems(other)) >= KNOWN_FROM_SOURCE:
            return False
    return True


def _attribution_at(ctx: _Context, article: str, start: int, end: int) -> tuple[float, str | None, str | None]:
    """Return the share of the span covered by attributed content, the nearest named speaker and its cue."""
    hits = [h for h in ctx.attributions.get(article, ()) if h[0] < end and h[1] > start]
    if not hits:
        return 0.0, None, None
    covered = sum(min(e, end) - max(s, start) for s, e, *_ in hits)
    hits.sort(key=lambda h: (h[2] is None, abs(h[0] - start)))
    return min(1.0, covered / max(1, end - start)), hits[0][2], hits[0][3]


def _speech_cue(cue: str | None) -> bool:
    """True when an attribution's cue is a verb of saying or a statement's frame ("said", "told", "according to",
    "has branded"), not a wish, an act or a plan ("wants", "held talks with", "greeted")."""
    return cue is None or any(w in SPEECH_WORDS for w in re.findall(r"[a-z]+", cue.lower()))


def _names_another_doer(passage: str) -> bool:
    """True when the passage opens with a name as its doer ("Kessia rejected ..."), not a description or a
    pronoun ("The ministry dismissed ...", "It denied ...")."""
    first = passage.split(maxsplit=1)[0] if passage.strip() else ""
    return first[:1].isupper() and first.lower().strip("“\"'") not in OPENERS | PRONOUN_OPENERS | GENERIC


def _claimed_within(ctx: _Context, cand: Candidate) -> list[str]:
    """Return the parts of ``cand``'s passage that hedged attributions' content covers ("locals claim ...")."""
    return _parts_within(ctx, cand, ctx.hedged.get(cand.article, ()))


def _parts_within(ctx: _Context, cand: Candidate, spans: Iterable[tuple[int, int]]) -> list[str]:
    """Return the parts of ``cand``'s passage that ``spans`` (article offsets) cover."""
    spans = [(s, e) for s, e in spans if s < cand.end and e > cand.start]
    if not spans:
        return []
    text = ctx.text(cand.article)
    return [text[max(s, cand.start):min(e, cand.end)] for s, e in spans]


def _said_within(ctx: _Context, cand: Candidate) -> list[str]:
    """Return the parts of ``cand``'s passage that attributions with a named speaker cover."""
    spoken = ((s, e) for s, e, speaker, _ in ctx.attributions.get(cand.article, ()) if speaker)
    return _parts_within(ctx, cand, spoken)


# A claim's speaker that is any report or outlet, no one in particular ("one report", "media reports", "an outlet").
_GENERIC_REPORT = re.compile(r"(?i)^(?:according to\s+)?(?:the|one|a|an|some|several|other|many|media|news|press)?\s*"
                             r"(?:media\s+|news\s+|press\s+)?(?:reports?|reporting|coverage|outlets?|newspapers?|articles?|"
                             r"media)$")


# A source the writer does not name ("security sources", "Western officials", "diplomats").
_UNNAMED_SOURCE = re.compile(r"(?i)^(?:(?:security|western|senior|unnamed|anonymous|intelligence|military|diplomatic|"
                             r"government|some|several|other)\s+){0,2}(?:sources?|officials?|diplomats?|insiders?|"
                             r"observers?)$")


# A name that owns the role after it ("Ukraine's foreign minister"): the speaker is the role's holder, not the name.
_OWNER_OF_ROLE = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?=(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(sorted(ROLE_NOUNS)) + r")\b)")


# The peoples' words of the states news writers call "Western" ("British intelligence" is Western intelligence).
_WESTERN_PEOPLES = frozenset({"british", "american", "us", "u.s.", "french", "german", "canadian", "dutch", "italian",
                              "nato", "uk", "european"})


def _with_western(words: set[str]) -> set[str]:
    """``words`` of a source, with "western" where they hold a Western state's people's word ("british")."""
    return words | {"western"} if {w.lower() for w in words} & _WESTERN_PEOPLES else words


def _claims_speaker(ctx: _Context, cand: Candidate, speaker_part: str, speaker: str | None) -> bool:
    """True when the statement claim's speaker (``speaker_part``: "The foreign ministry", "Kim Jong Un", "the UN
    nuclear watchdog chief") is the passage's: it names the canonical ``speaker``, all its words are in how an
    attribution of the passage writes its source ("Norvakia's foreign ministry"), or the writer of the passage's
    article describes ``speaker`` so ("Rafael Grossi, head of the UN's nuclear agency")."""
    if names_speaker(_OWNER_OF_ROLE.sub("", speaker_part), speaker):
        return True
    if (speaker is None or _UNNAMED_SOURCE.match(speaker)) and _GENERIC_REPORT.match(speaker_part.strip(" ,.")):
        # "according to one report": an article's own words are a report, and so is what it has unnamed sources
        # report ("Security sources report ..." for "... are reported to be training")
        return True
    words = _speaker_words(speaker_part)
    if not words:
        return False
    if _source_writes(ctx, cand.article, cand.start, cand.end, words):
        return True
    description = speaker_part.strip(" ,")
    if speaker and not _is_description(description) and _names_a_body(description):
        # a body speaks by its head ("the UN nuclear watchdog says": "Rafael Grossi, head of the UN's nuclear agency")
        return ctx.describes(speaker, "head of " + re.sub(r"(?i)^the\s+", "the ", description), cand.article)
    if not speaker or not _is_description(description):
        return False
    # the pile writes the speaker so as a source elsewhere ("On a trip to Brussels, the Ukrainian leader said")
    return any(_written_as(words, source) and not _other_state(ctx, speaker, source)
               for source in ctx.written.get(speaker, ())) or ctx.describes(speaker, description, cand.article) \
        or _described_with_nationality_elsewhere(ctx, speaker, description, cand.article)


def _names_a_body(text: str) -> bool:
    """True when ``text`` ends in a body's noun ("the UN nuclear watchdog", "Kessia's foreign ministry")."""
    words = re.findall(r"[a-z]+", plain_role(text).lower())
    return bool(words) and (words[-1] in BODY_NOUNS or words[-1] == "watchdog")


def _described_with_nationality_elsewhere(ctx: _Context, speaker: str, description: str, article: str) -> bool:
    """True when the passage's article describes ``speaker`` as ``description`` less its people's word, and the pile
    writes the speaker with that word as a source elsewhere ("a Russian TV defence pundit": "Korotchenko, a reserve
    colonel and TV defence analyst" here, "Russian defense expert Korotchenko" in another article)."""
    states = {place_word(p) for p in ctx.places}
    people = {w for w in re.findall(r"[\w'’-]+", description) if w[:1].isupper()
              and any(_demonym_of(w.lower(), s) for s in states)}
    if not people:
        return False
    rest = re.sub(r"\b(?:" + "|".join(map(re.escape, people)) + r")\b\s*", "", description).strip()
    if not _is_description(rest) or not ctx.describes(speaker, rest, article):
        return False
    surname = re.escape(speaker.split()[-1])
    return all(ctx.pile_writes(rf"\b{word}\s+(?:[\w'’-]+,?\s+){{0,4}}{surname}\b"
                               rf"|\b{surname},\s+(?:an?\s+|the\s+)?{word}\b") for word in map(re.escape, people))


# A report with no one named behind it ("X is said to have offered ...", "reportedly").
_AGENTLESS_HEDGE = re.compile(r"(?i)\b(?:(?:is|are|was|were)\s+(?:said|reported|believed|thought|understood)\s+to|"
                              r"reportedly|allegedly)\b")
# The next sentence: up to its end (or the line's).
_NEXT_SENTENCE = re.compile(r"\s*(.+?(?:[.!?](?=\s|$)|$))", re.MULTILINE)


def _also_claimed_after(ctx: _Context, cand: Candidate, speaker_part: str) -> bool:
    """True when ``cand`` reports something with no one named behind it and the very next sentence has the claim's
    speaker claim more of it ("Kim is said to have offered reinforcements ... . Russian news agency Regnum claimed
    the pariah state would also provide builders ..."): the writer gives the first report to that speaker too."""
    text = ctx.text(cand.article)
    words = _speaker_words(speaker_part)
    if not words or not _AGENTLESS_HEDGE.search(text[cand.start:cand.end]):
        return False
    after = _NEXT_SENTENCE.match(text, cand.end)
    if after is None or text[cand.end:after.start(1)].count("\n") > 2 or not re.search(r"\balso\b", after.group(1)):
        return False
    return _source_writes(ctx, cand.article, *after.span(1), words)


# Words for what a body issues rather than for the body: "intelligence assessments say" is British intelligence
# saying it, however its source is written.
_ISSUED_NOUNS = frozenset({"assessment", "assessments", "estimate", "estimates", "report", "reports", "finding",
                           "findings", "briefing", "briefings", "analysis", "analyses", "data", "figures"})


def _speaker_words(speaker_part: str) -> set[str]:
    """A claim's speaker as words to find in a source as written ("a former member of Russia's parliament": a
    former Russian MP; "Ukraine's president": the Ukrainian president; "intelligence assessments": intelligence)."""
    words = {place_word(without_possessive(w)) for w in content_words(plain_role(speaker_part))}
    return words - _ISSUED_NOUNS or words


def _source_writes(ctx: _Context, article: str, start: int, end: int, words: set[str]) -> bool:
    """True when an attribution of ``article`` whose content overlaps ``start``-``end`` writes its source with all
    ``words``; a state speaks by its seat or its government, not by every source its people's word describes ("the
    Kremlin" is not "Russian news agency Regnum")."""
    state = words <= {place_word(p) for p in ctx.places}
    return any(s < end and e > start and _written_as(words, _with_western(content_words(src)))
               and not (state and _headed_by_another_name(words, src)) for s, e, src in ctx.sources.get(article, ()))


# Nouns of the press: a source written with one is an outlet, whatever state its people's word names.
_MEDIA_NOUNS = OUTLET_NOUNS | {"tv", "television", "radio", "site", "network"}


def _headed_by_another_name(words: set[str], source: str) -> bool:
    """True when the source as written is an outlet ending in a name the claim's speaker words do not hold ("Russian
    news agency Regnum" ends in Regnum, which "the Kremlin", read as "russia", does not); a state's ministry,
    embassy or president is the state's."""
    tokens = re.findall(r"[\w'’-]+", source)
    if not tokens or not tokens[-1][:1].isupper() or not _MEDIA_NOUNS & {t.lower() for t in tokens}:
        return False
    return not {place_word(without_possessive(w)) for w in content_words(plain_role(tokens[-1]))} & words


def _other_state(ctx: _Context, speaker: str, words: frozenset[str]) -> bool:
    """True when a description's words name a state other than the one the pile titles ``speaker`` head of ("the
    Velkian leader", resolved to Kessian President Brask, is someone else)."""
    leaders = ctx.leaders()
    state = next((leaders[w] for w in speaker.lower().split() if w in leaders), None)
    if state is None:
        return False
    states = set(leaders.values()) | {place_word(p) for p in ctx.places}
    return any(same_party(w, s) and not same_party(w, state) for w in words for s in states)


# Titles of a head of state or government that a writer may give as "leader" ("the Ukrainian leader said").
_LEADER_TITLES = frozenset({"president", "premier", "chancellor", "dictator", "king", "leader"})


def _written_as(words: set[str], source_words: set[str]) -> bool:
    """True when a source written with ``source_words`` holds every word of ``words``, "leader" standing for a
    head of state's title ("the Ukrainian president" for "the Ukrainian leader")."""
    missing = {w for w in words - source_words if not any(_demonym_of(w, s) for s in source_words)}
    return not missing or "leader" in source_words and missing <= _LEADER_TITLES


# Endings that make a state's name its people's word ("Ukraine" -> "Ukrainian", "Korea" -> "Korean").
_DEMONYM_ENDINGS = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i"})


def _demonym_of(a: str, b: str) -> bool:
    """True when one word is a state's name and the other its people's word ("ukraine", "ukrainian"); not two words
    that merely begin alike ("council", "councillor"; "austria", "australian")."""
    for name, people in ((a, b), (b, a)):
        base = name[:-1] if name.endswith(("a", "e", "y")) else name
        if len(base) >= 4 and people.startswith(base) and people[len(base):] in _DEMONYM_ENDINGS:
            return True
    return False


def _is_description(text: str) -> bool:
    """True when ``text`` holds a role noun ("A Pentagon spokesman", "the UN nuclear watchdog chief")."""
    return any(w.lower().strip(",") in ROLE_NOUNS for w in text.split())


# How far back the sentence before may start.
ANTECEDENT_CHARS = 400

# A "did so" sentence whose doer is a description or a pronoun, not a name ("The isolated Asian country did so",
# not "Talvoria did so", which tells another actor's act).
_RESTATING = re.compile(r"^\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]t|[Tt]hey|[Hh]e|[Ss]he)\b[^.;]{0,60}?\b(?:did|do|does|done) so\b")


# A sentence that adds one more to what the sentence before lists ("As well as a renewed call ..., he wants ...").
_CONTINUING = re.compile(r"^\s*(?:As well as|In addition to|Besides|Apart from|Alongside)\b[^,]{3,120},\s*"
                         r"(?:he|she|they|it|we)\b")


# How far past a passage its next sentences may tell a claim's closing purpose (``_purpose_told_beside``).
PURPOSE_AFTER_CHARS = 300


def _purpose_told_beside(ctx: _Context, cand: Candidate, purpose: str) -> bool:
    """True when every content word of a claim's closing purpose ("for rebuilding the Donbas") is in the passage or
    in what follows it in its paragraph, up to ``PURPOSE_AFTER_CHARS`` ("They could be of great help in rebuilding
    infrastructure in the Donbass, he told ...")."""
    words = word_stems(purpose)
    if not words:
        return False
    after = ctx.text(cand.article)[cand.end:cand.end + PURPOSE_AFTER_CHARS].split("\n", 1)[0]
    return covered_share(words, word_stems(cand.text + " " + after)) >= 1.0


def _sentence_before(text: str, start: int) -> str:
    """Return the sentence of ``text`` that ends just before ``start`` (within ``ANTECEDENT_CHARS``), or ""."""
    before = text[max(0, start - ANTECEDENT_CHARS):start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
    if cut < 0 and start <= ANTECEDENT_CHARS:
        return before.strip()  # the article's first sentence
    return before[cut + 1:].strip() if cut >= 0 else ""


# A sentence that goes on with the same speaker's words and says where they were spoken ("“This is a huge threat,” he
# said at a news conference in Odesa").
# The verb of saying and the place phrase after it ("... said at a news conference in Odesa").
_SAID_AT = r"\s+(?:said|told|added|stressed|warned|declared)\b[^.]{0,40}?\b(?:in|at)\b"
_SAID_THERE_NEXT = re.compile(r"\b(?:he|she|they)" + _SAID_AT)


def _paragraph_after(ctx: _Context, cand: Candidate) -> str:
    """Return what follows the passage in its article up to the next line break (the rest of its paragraph, or the
    next paragraph when it ends one; within ``ANTECEDENT_CHARS``): a quotation of several sentences, then "he said
    at ...", stays whole."""
    after = ctx.text(cand.article)[cand.end:cand.end + ANTECEDENT_CHARS].lstrip()
    stop = after.find("\n")
    return (after[:stop] if stop >= 0 else after).strip()


def _place_said_next(r: _ClaimReading, ctx: _Context, cand: Candidate, speaker: str | None) -> bool:
    """True when the sentence after the speaker's words goes on with them and puts them in another place than the
    claim does ("Sybiha said allies should respond firmly ..." then "..., he said at a news conference in Odesa", or
    "“...,” Sybiha said in Odesa")."""
    following = _paragraph_after(ctx, cand)
    said = _SAID_THERE_NEXT.search(following) or _named_tag_there(following, speaker)
    # (the speaker's quoted words go on, with no one else named before "he said": not "Her deputy Velm disagreed.
    # “...,” he said at ...")
    return bool(said) and following[:1] in "“\"" and not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+",
                                                                    following[:said.start()]) \
        and (place_conflict(r.claim, following, ctx.places)
             or not _SPEAKER_TAG.search(following[:said.start()])  # (not "..., the envoy replied. “...,” he said")
             and _said_elsewhere(r, following, following[said.start():], ctx.locations))


# Quoted words given to a speaker ("“...,” the trade envoy replied", "“...,” Velm said"): whoever "he said" after
# them refers to, it may be that speaker and not the claim's.
_SPEAKER_TAG = re.compile(r"[”\"],?\s+[^.”\"]{0,60}?\b(?:replied|responded|countered|retorted|added|said|says|told|"
                          r"warned|insisted|argued|noted|explained|stressed|answered)\b")


# A passage opening with where its speaker was ("On a trip to Osk, the minister said ...", "Speaking in Osk, ...").
_SPOKEN_AT_OPENING = re.compile(r"^\s*(?:On\s+(?:a|an|his|her|their)\s+(?:(?:[\w-]+\s+)?trip|visit|tour)\s+to|"
                                r"Speaking\s+(?:in|at)|During\s+(?:a|an|his|her|their)\s+visit\s+to)\s+"
                                r"(?P<place>[^,]{2,60}),")
# The speaker's words closed, then where they were spoken ("... new realities of war,” he said at a news conference
# in Odesa", "The harbour will reopen, she said in Osk"): not another person's ", and he said" later in the sentence.
_WORDS_CLOSED = r"(?:[”\"],?|,)\s+"
_QUOTE_THEN_SAID = re.compile(_WORDS_CLOSED + r"(?:he|she|they)" + _SAID_AT)


def _place_said_here(r: _ClaimReading, ctx: _Context, cand: Candidate, speaker: str | None) -> bool:
    """True when the passage tells where its speaker's words were spoken ("“...,” he said at a news conference in
    Odesa", "“...,” Sepp said in Vilnius", "On a trip to Brussels, the president said ...") and the claim has them said
    in another place."""
    said = _QUOTE_THEN_SAID.search(cand.text) or _named_tag_there(cand.text, speaker)
    opening = _SPOKEN_AT_OPENING.match(cand.text)
    return bool(said) and _said_elsewhere(r, cand.text, cand.text[said.start():], ctx.locations) \
        or bool(opening) and _said_elsewhere(r, cand.text, f"said in {opening.group('place')}", ctx.locations)


# Acts of speaking a fact claim may put somewhere ("Sybiha spoke at a news conference in Odesa").
_SPEAKING = frozenset({"speak", "talk", "say", "address", "tell"})
_WHERE_CLAIMED = re.compile(r"\b(?:at|in)\s+(.+)$")


def _spoke_there(r: _ClaimReading, cand: Candidate, speaker: str | None) -> bool:
    """True when a fact claim says its doer spoke somewhere ("Sybiha spoke at a news conference in Odesa") and the
    passage closes the doer's words there ("“...,” he said at a news conference in the Black Sea city of Odesa")."""
    if r.action not in _SPEAKING or not names_speaker(_actor_text(r), speaker):
        return False
    said = _QUOTE_THEN_SAID.search(cand.text) or _named_tag_there(cand.text, speaker)
    where = _WHERE_CLAIMED.search(r.claim.rstrip(" ."))
    if said is None or where is None:
        return False
    wanted = word_stems(where.group(1))
    return bool(wanted) and covered_share(wanted, word_stems(cand.text[said.start():])) >= 1.0


def _named_tag_there(text: str, speaker: str | None) -> re.Match | None:
    """The speaker's words closed by the speaker's surname and where they were spoken ("“...,” Sepp said at a news
    conference in Vilnius"); None otherwise."""
    surname = (speaker or "").split()[-1:]
    if not surname or not surname[0][:1].isupper():
        return None
    return re.search(_WORDS_CLOSED + re.escape(surname[0]) + _SAID_AT, text)


def _saying_place_missing(r: _ClaimReading, passage: str) -> bool:
    """True when the claim says where the words were spoken (``_saying_places``) and the passage names none of it."""
    return bool(r.saying_places) and not r.saying_places & place_words(passage)


def _said_elsewhere(r: _ClaimReading, passage: str, saying: str, places: frozenset[str]) -> bool:
    """True when a statement claim puts the saying in a place (``_saying_places``), ``saying`` ("he said at a news
    conference in Odesa") names another place the dossier knows (``places``, GPE and LOC), and ``passage`` (which
    holds ``saying``) names none of the claim's places: not "“A ceasefire in Osk now,” she said in Riga" for "called
    for a ceasefire in Osk", nor "in Riga, Latvia" for "said in Latvia"."""
    if not r.saying_places or r.saying_places & place_words(passage):
        return False
    there = {name for anchor, names in placed(saying) if not anchor.endswith(">") for name in names}
    return bool(there & {place_word(p) for p in places})


# A statement claim opening with where it was said ("In Brussels, X said ...", "Speaking at a rally in Osk, ...").
_SAID_AT_OPENING = re.compile(r"^\s*(?:(?:Speaking|Talking|Addressing\s+[\w\s]{1,30}?)\s+)?(?:[Ii]n|[Aa]t|" + ON_A_TRIP_TO
                              + r")\s+[^,]{2,60},")
# Verbs whose object names whom the words were told before "that" ("told reporters in Brussels that ...").
_TOLD_BEFORE_THAT = re.compile(r"\b(?:told|tells|telling|briefed|briefs|informed|informs|assured|assures)\s*$")


def _saying_places(claim: str, said_part: str, said_doc: Any) -> frozenset[str]:
    """Place keys of where a statement claim says the words were spoken: a place phrase opening it before its
    speaker ("In Brussels, Sybiha said ..."; not "In Osk, troops fired, Velm said", whose opening is what was said),
    one between the verb and "that" ("said in Brussels that ...", "told reporters in Brussels that ..."; not "said
    the bridge in Tartu that was shelled ...") or one closing words that hold no verb ("called for new sanctions in
    Brussels": he called there; a description after a comma is left out: "in Brussels, the city Zelensky visited")."""
    if said_doc is None:
        return frozenset()
    opening = _SAID_AT_OPENING.match(claim)
    lead, that, _ = said_part.partition(" that ")
    before = claim[:claim.find(said_part)] if said_part and said_part in claim else ""
    words = []
    for tok in said_doc:  # up to a comma that opens a description ("in Brussels, the city ..."), not a list
        if tok.text == "," and tok.i + 1 < len(said_doc) and not said_doc[tok.i + 1].text[:1].isupper():
            break
        words.append(tok)
    # the first that says it: an opening ("Speaking in Tallinn, X called for elections in Kessia": Tallinn only)
    if opening and opening.group(0).strip(" ,") not in said_part:
        part = opening.group(0)
    elif that and (re.match(r"\s*(?:(?:on|last|this)\s+\w+\s+)?(?:in|at)\s", lead) or _TOLD_BEFORE_THAT.search(before)):
        part = lead
    elif not any(t.pos_ in ("VERB", "AUX") and not _names_the_occasion(t) for t in words):
        part = "".join(t.text_with_ws for t in words)
    else:
        return frozenset()
    return frozenset(place_word(w) for m in _IN_PLACE.finditer(part) for w in re.split(r"[\s,]+", m.group(1).lower())
                     if w and w != "and" and w not in MONTHS and w not in WEEKDAY_INDEX)


# Occasions whose place a participle may give ("a news conference held in Kyiv", "a briefing given in Oslo").
_OCCASIONS = frozenset({"conference", "briefing", "summit", "meeting", "interview", "speech", "address", "rally",
                        "forum", "session", "event", "ceremony", "visit", "talk", "talks", "presser"})


def _names_the_occasion(tok: Any) -> bool:
    """True when ``tok`` is a participle that only places the occasion the words were said at ("held" in "at a news
    conference held in Kyiv"): no verb of what was said."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.lemma_.lower() in _OCCASIONS \
        and tok.head.dep_ == "pobj" and tok.head.head.lower_ in ("at", "during")  # (not "called the talks held in X")


# "in Brussels", "at a news conference in the Black Sea city of Odesa": the capitalised words of a place phrase.
_IN_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|" + ON_A_TRIP_TO
                       + r")\s+(?:[a-z][\w-]*\s+){0,4}?((?:[A-Z][\w'’-]*)(?:(?:\s+|,\s+|\s+and\s+)[A-Z][\w'’-]*)*)")


def _word_for_word(claim: str, passage: str) -> bool:
    """True when ``claim`` is ``passage`` word for word (case, quotation marks and punctuation aside)."""
    return _WORD_TOKENS.findall(claim.lower()) == _WORD_TOKENS.findall(passage.lower())


_WORD_TOKENS = re.compile(r"[^\W_]+")


def _with_sentence_before(ctx: _Context, cand: Candidate, speaker: str | None) -> str:
    """Return the passage, after the sentence before it when it opens with a pronoun ("He told lawmakers: ..."
    goes on from "... remarks the president made to his parliament, claiming North Korea's supply of personnel"),
    unless that sentence gives someone else's words ("Velkian officials accused Kessia of ...")."""
    first = cand.text.split(maxsplit=1)[0].lower().strip("“\"") if cand.text.strip() else ""
    if first not in PRONOUN_OPENERS:
        return cand.text
    text = ctx.text(cand.article)
    previous = _sentence_before(text, cand.start)
    start = text.rfind(previous, 0, cand.start) if previous else -1
    whose = {who for s, e, who, _ in ctx.attributions.get(cand.article, ()) if s < cand.start and e > start and who}
    if not previous or whose and speaker not in whose:  # (one's own words may cite others: "her spies confirmed")
        return cand.text
    return f"{previous} {cand.text}"


# An act the sentence before tells by its noun, for a "did so" after it ("conditional on Osk's recognition of the
# republic. Osk did so on 3 May").
_ACT_BY_NOUN = re.compile(r"(?:['’]s|\bthe)\s+(?P<noun>" + "|".join(OWNED_EVENT_NOUNS) + r")\s+of\s+(?P<obj>[^.;:]+?)"
                          r"\s*(?:[.;:]|$)")


def _did_so_as_act(previous: str, passage: str) -> str:
    """``passage`` with its "did so" told as the act the sentence before names by its noun ("The country did so on 3
    May" -> "The country recognised the republic on 3 May"); as it is when there is none."""
    m = _ACT_BY_NOUN.search(previous)
    if m is None:
        return passage
    return re.sub(r"\b(?:did|does|do|done)\s+so\b", f"{EVENT_VERBS[m.group('noun')]} {m.group('obj')}", passage,
                  count=1)


def _with_antecedent(ctx: _Context, cand: Candidate) -> tuple[str, str, int]:
    """Return the passage as told, the sentence that tells the action with its actor, and where what is told ends
    in the article (past ``cand.end`` when a following sentence is told with it).

    A passage whose doer restates the sentence before ("The isolated Asian country did so on July 13") is told
    with that sentence, which holds the actor ("... conditional on North Korea's recognition of the republics");
    a passage that adds one more to what the sentence before lists ("As well as a renewed call ..., he wants ...")
    is told, and acted, with it; a passage followed by a restating or an adding sentence is told with it.
    Otherwise both are the passage.
    """
    text = ctx.text(cand.article)
    told, actor, told_end = cand.text, cand.text, cand.end
    if _CONTINUING.match(cand.text):
        # "As well as a renewed call to join Nato, he wants approval ...": one more of the requests told before
        previous = _sentence_before(text, cand.start)
        if previous:
            told = actor = f"{previous} {told}"
    elif _RESTATING.search(cand.text):
        previous = _sentence_before(text, cand.start)
        if previous:
            told, actor = f"{previous} {_did_so_as_act(previous, told)}", previous
    after = text[cand.end:cand.end + ANTECEDENT_CHARS].lstrip()
    stop = min([i for i in (after.find(". "), after.find("\n")) if i >= 0], default=len(after))
    following = after[:stop + 1].strip()
    if following and (_RESTATING.search(following) or _CONTINUING.match(following)):
        told = f"{told} {following}"
        told_end = text.index(following, cand.end) + len(following)
    return told, actor, told_end


def _first_name(claim: str, name: str) -> bool:
    """True when ``name`` stands before another capitalised word in ``claim``: a first name ("Alexander Marenko")."""
    return re.search(r"\b" + re.escape(name) + r"\s+[A-Z][\w'’-]+", claim) is not None


def _placed_at(claim: str, name: str) -> bool:
    """True when ``name`` follows a preposition of place in ``claim`` ("stationed near Vladivostok", "in Brenn")."""
    return re.search(r"\b(?i:in|at|near|outside|around|towards?)\s+(?:the\s+)?" + re.escape(name) + r"\b",
                     claim) is not None


# Numbers written with a scale word, which ``figures`` may not read ("three hundred engineers"): no other-figure
# reading then.
_NUMBER_WORDS = re.compile(r"\b(?:hundred|thousand|million|billion|dozen)\b", re.IGNORECASE)


def decide_stance(rule: RuleJudgement, model_label: str, model_score: float, cosine: float,
                  predicate_cover: float, figure_stated: bool = False, relayed: bool = False,
                  reaffirmed: bool = False, figure_other: bool = False,
                  amount: str | None = None) -> tuple[str | None, float]:
    """Combine the rules, the model and the similarity into ``(stance, strength)``; stance None = unrelated.

    Args:
        rule: ``judge_detail`` of the pair.
        model_label, model_score: the stance model's label and probability.
        cosine: MiniLM similarity of claim and passage.
        predicate_cover: ``predicate_cover`` of the pair.
        figure_stated: the claim states a figure and the passage states the same one.
        relayed: the dossier's attributions cover the passage (reported speech).
        reaffirmed: the passage restates the claim's figure after an affirming word ("insisting ... 2,000").
        figure_other: the claim states figures and the passage states figures, none of them the claim's.
        amount: ``amount_fit`` of the pair: the passage's count of what the claim bounds fits the bound ("fits")
            or not ("violates"); either way the two speak of one count.
    """
    if rule.stance is None and cosine < COS_RELATED:
        return None, 0.0
    if model_label == "unrelated" and rule.stance is None and cosine < COS_AGREE:
        return None, 0.0
    on_point = (cosine >= COS_ON_TOPIC and predicate_cover >= MIN_PREDICATE_COVER
                or rule.relevance >= AGREE_MIN_RELEVANCE and predicate_cover >= LEXICAL_PREDICATE_COVER
                or model_label == "agree" and model_score >= MODEL_AGREE_STRONG and cosine >= COS_PARAPHRASE
                or cosine >= COS_AGREE
                or amount is not None and cosine >= COS_ON_TOPIC)
    model_p = model_score if model_label != "unrelated" else 0.5
    reason = rule.reason
    # "Norvakia dismissed the 20,000 report, insisting on 2,000": the denial targets another figure.
    if reason == "refuting_cue" and figure_stated and reaffirmed:
        reason = "match" if rule.relevance >= AGREE_MIN_RELEVANCE else "partial"
    # Hedged only by speech verbs: judged on its content; whether it is relayed (and so only discussion)
    # is the aggregation's rule, fed by the dossier's attributions.
    if reason == "reported":
        reason = "match" if rule.relevance >= AGREE_MIN_RELEVANCE else "partial"
    # Hedged ("is believed to", "reportedly"): judged on its content too; the aggregation counts a hedged
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
        if figure_other and amount == "fits":
            # "more than 100,000 killed" against "at least 115,000 killed": the other figure is within the bound
            if reason != "match" and cosine < COS_AGREE:
                return "discuss", round(model_p, 4)
        elif figure_other and reason != "match":
            # close in wording but with other figures, where the words did not settle what they count ("about
            # 50,000 Russian soldiers killed" against "at least 115,000 Russians have been killed")
            return ("disagree", 0.6) if cosine >= COS_AGREE else ("discuss", round(model_p, 4))
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


@dataclass(frozen=True)
class _ClaimReading:
    """What ``check`` reads off a claim once, before judging its passages."""

    claim: str
    doc: Any  # the claim's parse
    canonical: str  # the claim in one word for each group of synonyms (``canonical_text``)
    alike: frozenset[str]  # stems of the words news writers use alike for the claim's (``synonyms``)
    when: str | None  # the date of the event it describes (``event_date``)
    figures: frozenset[str]
    # "troops will head to Donetsk next month": a plan, which a report written before the move can confirm
    future: bool
    statement: bool  # about what someone said ("X said Y")
    said: str  # the claim without its cue words
    denial: bool  # its cue is a denial ("X denied Y")
    affirms: bool  # its cue affirms ("X confirmed Y", "X admitted Y")
    said_part: str  # what it says was said
    said_clause: str  # ... without whom it was told ("told Russian TV that")
    said_doc: Any
    said_words: frozenset[str]
    said_action: str | None  # what it says the speaker said should happen ("turn down" in "X said Moscow should ...")
    said_about: frozenset[str]
    said_figures: frozenset[str]
    occasion: frozenset[str]  # the non-name words of where a statement told as a noun was made ("a live panel")
    said_negated: bool  # it says the speaker denied something would happen ("said North Korea would not ...")
    speaker_part: str  # who it says spoke (the other side of its cue: "Kim Jong Un" in "Kim Jong Un called ...")
    title: tuple[str, str] | None  # the title it gives its speaker ("Ukraine's defence minister", "Andrii Sybiha")
    ranks: frozenset[tuple[str, int]]  # "the second country" (an agreeing passage need not say "first time")
    dated: bool  # a fact claim that dates its event
    role: tuple[str, str] | None  # a role claim, decided by descriptions, not by an action
    described: bool  # the role claim says how the pile describes the person ("X is described as a Y")
    unchecked: bool  # it says more than its role that no rule checks ("described as the minister who resigned")
    # "Russia has been accused of X" is about the accusation: a passage reporting it in the same frame states it
    frames: frozenset[str]
    action: str | None  # the fact claim's action
    thing: str | None  # the common noun its action is done to ("troop" in "sent troops to Russia")
    # "Kyiv cut relations with Pyongyang after it recognised the republics": the reading of the main clause, and
    # the event it says came first
    sequel: _ClaimReading | None
    prior: str
    # "According to Velm Radio, Brask confirmed ...": the reading of the statement the claim's source relays
    relayed_statement: _ClaimReading | None
    places: frozenset[str]  # the place keys it places its event with ("ukraine" for "a news conference in Kyiv")
    # its main clause without the action verb ("Kyiv kept | diplomatic relations with Pyongyang"), and that
    # clause's non-name words, for matching a passage that states the opposite action on the same things
    main_clause: str
    about: frozenset[str]
    # "A before B": the two events whose order it asserts ("Russian state TV reported ...", "Regnum reported ...")
    ordered: tuple[str, str] | None = None
    # the reading of the event "A before B" puts first (A): a passage telling A as the sequel of B refutes the order
    earlier: _ClaimReading | None = None
    # and of the event it puts second (B): a passage telling B as the sequel of A confirms the order
    later: _ClaimReading | None = None
    # "A after B": the reading of B; a passage telling B as the sequel of A refutes the order
    prior_reading: _ClaimReading | None = None
    # "X spoke of Y": Y is a topic, which X's words may confirm but not contradict by their wording
    topic: bool = False
    # "X praised the workers as hard-working for rebuilding the Donbas": the reading without the closing purpose,
    # and that purpose, which a passage's next sentence may tell ("They could be of great help in rebuilding ...")
    purposed: _ClaimReading | None = None
    purpose: str = ""
    # "X did not say Y": X's own words saying Y refute it
    unsaid: bool = False
    # a dated claim without the relative clauses on its nouns ("signed a pact in June | that obliges ..."): the
    # event a passage's date is compared with; "" when it has none
    dated_event: str = ""
    # where a statement claim says the words were spoken (``_saying_places``): "brussels" for "said in Brussels that"
    saying_places: frozenset[str] = frozenset()
    # the speaker was a pronoun ("..., he says") read as the person the claim names: it may confirm their words,
    # never make others' words a misattribution (the person named is often who the words are about)
    pronoun_speaker: bool = False


# "Would" outside a condition: a future as someone reports or imagines it ("in exchange, Kim would send workers").
_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|otherwise|in case)\b", re.IGNORECASE)
# Words by which a passage tells its event as following the one told before it ("Kiev then severed relations").
_SEQUENCE = re.compile(r"\b(?:then|later|subsequently|afterwards|in response|in turn|thereupon)\b", re.IGNORECASE)
# How far back in its article a passage's earlier event may be told.
SEQUEL_CHARS = 600


def _after_clause(doc: Any) -> tuple[str | None, str]:
    """Return the claim without its "after ..." clause, and that clause ("Kyiv cut relations with Pyongyang",
    "it recognised the republics"); ``(None, "")`` when the claim has none."""
    for tok in doc:
        if tok.dep_ == "advcl" and tok.head.dep_ == "ROOT" \
                and any(c.dep_ == "mark" and c.lower_ in ("after", "once") for c in tok.children):
            span = range(tok.left_edge.i, tok.right_edge.i + 1)
            main = "".join(t.text_with_ws for t in doc if t.i not in span).strip(" ,")
            prior = "".join(t.text_with_ws for t in doc if t.i in span and t.dep_ != "mark").strip(" ,.")
            if main and not main[-1].isalnum():
                main = main[:-1].rstrip(" ,") + main[-1]
            return main, prior
    return None, ""


def _pronoun_as_subject(doc: Any, clause: str) -> str:
    """``clause`` with an opening "he" or "she" replaced by the main clause's one named person
    (``compound.named_antecedent``: "Ida Brask" for "she told the council" of "Ida Brask warned A before she told
    the council"; not after "Ida Brask met Putin"); else as it is."""
    m = re.match(r"(?i)(?:he|she)\b", clause)
    subject = _main_subject(doc)
    if m is None or subject is None:
        return clause
    before = next((t for t in doc if t.lower_ == "before" and t.dep_ == "mark"), None)
    person = named_antecedent(doc[:before.i] if before is not None else doc, subject)
    return person + clause[m.end():] if person else clause


def _before_clause(doc: Any) -> tuple[str, str] | None:
    """Return the two events a claim puts in order with "before" ("Russian state TV reported the figure", "Regnum
    reported the offer"), or None when it does not."""
    for tok in doc:
        if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "mark" and c.lower_ == "before" for c in tok.children):
            span = range(tok.left_edge.i, tok.right_edge.i + 1)
            first = "".join(t.text_with_ws for t in doc if t.i not in span).strip(" ,.")
            second = "".join(t.text_with_ws for t in doc if t.i in span and t.dep_ != "mark").strip(" ,.")
            return (first, second) if first and second else None
    return None


def _tells_both(ordered: tuple[str, str], passage: str, acts: bool = False) -> bool:
    """True when the passage holds most of the words of both events ("A before B" can be read off it only then);
    with ``acts``, most of the words of what each event does, names aside ("severed relations" of "Ukraine severed
    relations with North Korea", which "... republics in eastern Ukraine" does not tell)."""
    words = word_stems(passage)
    # (a part with no words of its own act, "after Russia did", is told by any passage that tells the other)
    return all(covered_share(predicate_words(part) if acts and predicate_words(part) else word_stems(part), words)
               >= MIN_PREDICATE_COVER for part in ordered)


def _told_before(ctx: _Context, cand: Candidate, prior: str) -> bool:
    """True when ``cand`` tells its event as a sequel ("Kiev then severed relations") to an event its article
    tells just before and that holds most of ``prior``'s words ("... conditional on North Korea's recognition of
    the ... republics")."""
    if not _SEQUENCE.search(cand.text):
        return False
    words = word_stems(prior)
    before = ctx.text(cand.article)[max(0, cand.start - SEQUEL_CHARS):cand.start]
    return bool(words) and covered_share(words, word_stems(before)) >= AGREE_MIN_RELEVANCE


# A setting before the speaker ("While visiting Brussels, the president ...", "Speaking in Odesa, Sybiha ..."):
# where or when they spoke, not who they are.
_SETTING = re.compile(r"^\s*(?:while|when|after|before|during|speaking|visiting|addressing)\b[^,]*,\s*",
                      re.IGNORECASE)


def _another_act(action: str, thing: str | None, passage: str) -> bool:
    """True when the passage tells another act the verb lists know on ``thing``, what the claim's action is done to
    (``actions.claim_object``): "provide builders" against "withdraw builders" (``actions.another_act_on_it``)."""
    return thing is not None and another_act_on_it(action, _doc(passage), {stem(thing)})


def _subordinate_cue(doc: Any) -> bool:
    """True when every verb of saying in the parsed claim hangs in a subordinate clause of a main verb that is not
    one ("Grossi inspected the plant in the week he described it as out of control")."""
    cues = [t for t in doc if t.lower_ in SPEECH_WORDS and t.pos_ in ("VERB", "AUX")]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if not cues or root is None or root in cues or root.lower_ in SPEECH_WORDS or root.pos_ not in ("VERB", "AUX"):
        return False
    if root.pos_ == "AUX":
        # a copula's only where the cue describes its subject, in an appositive or a relative clause ("X, the analyst
        # who urged a deal, is in his sixties" says how old X is); "X was the one who said it" and "P, as confirmed
        # by Y" are statements
        subjects = {c.i for c in root.children if c.dep_ in ("nsubj", "nsubjpass")}
        return all(t.dep_ in ("relcl", "acl") and (t.head.i in subjects or t.head.dep_ == "appos"
                                                   and t.head.head.i in subjects) for t in cues)
    return all(t.dep_ in ("advcl", "relcl", "acl", "pcomp") for t in cues)


# What someone was urged to do ("urged allies to hit Pyongyang with sanctions": allies should hit it), read with a
# verb so that its action is found.
_TO_SHOULD = re.compile(r"^(\s*(?:[\w'’-]+\s+){1,4}?)to\s+(?=[a-z])")
_URGING = re.compile(r"\b(?:urg|ask|call|press|encourag|implor|advis|appeal)\w*\b", re.IGNORECASE)


def _told_to(doc: Any) -> bool:
    """True when the claim has someone told to do something ("told Moscow to accept the offer": Moscow should
    accept it), not told that something is so ("told reporters Osk plans to refuse")."""
    return any(t.lemma_ == "tell" and any(c.dep_ == "xcomp" for c in t.children) for t in doc)


def _past_plan(claim: str, doc: Any) -> bool:
    """True when ``claim`` tells a plan as it stood then ("the unit was due to leave in July", "were expected to
    head"): a verb follows "to" (not "was due to pilot error", "was to blame"), and no "if" supposes it ("if they
    were to attack")."""
    for m in PAST_PLAN.finditer(claim):
        after = next((t for t in doc if t.idx >= m.end()), None)
        if after is not None and after.pos_ in ("VERB", "AUX") and after.lemma_.lower() != "blame" \
                and not re.search(r"\bif\b(?:\s+\S+){0,3}\s*$", claim[:m.start()], re.IGNORECASE):
            return True
    return False


def _names_whole(text: str, speaker_part: str) -> bool:
    """True when ``text`` writes the claim's source by its whole name, as the claim capitalises it ("Velm Courier" of
    "According to the Velm Courier"); a word of it alone ("security" of "Defense Security Asia") is not the source."""
    name = re.sub(r"^(?:the|The)\s+", "", speaker_part.strip(" ,"))
    return bool(name) and name[:1].isupper() and re.search(r"\b" + re.escape(name) + r"\b", text) is not None


def _relays_statement(said_part: str) -> bool:
    """True when what a statement claim says was said is itself someone's statement with a name before its cue
    ("Brask confirmed the plan" of "According to Velm Radio, Brask confirmed the plan"), outside quotation marks."""
    said = said_part.strip(" ,")
    if not said or re.search(r"[\"“”]", said) or not statement_claim(said):
        return False
    return re.search(r"\b[A-Z][\w'’-]+", said.replace(said_content(said), " ")) is not None


def _person_said_of(said_part: str, ctx: _Context) -> str | None:
    """Return the one person of the pile that what a claim says was said names ("Brask's plan will work" of "...,
    he says"): the speaker a pronoun stands for; None when it names no person or more than one."""
    named = [name for name in sorted(set(ctx.person.values())) if names_speaker(said_part, name)]
    return named[0] if len(named) == 1 else None


def _read_claim(claim: str, ctx: _Context) -> _ClaimReading:
    """Return the reading of ``claim`` that every passage is judged against."""
    topic, unsaid, occasion = speaks_of_topic(claim), denies_saying(claim), statement_occasion(claim)
    described, unchecked = described_as_role(claim) != claim, described_clause(claim)
    claim = plain_claim(claim)  # "X: Y", "Y was urged by X", "The claim that P came from X": what X said
    role = role_claim(claim) or outlet_claim(claim)
    doc = parse_texts([claim])[0]
    # ("X, who called for sanctions, is ...": a role claim; a verb of saying in a subordinate clause is no statement)
    statement = role is None and statement_claim(claim) and not _subordinate_cue(doc)
    denial = statement and denial_claim_words(claim)
    said_part = said_content(claim) if statement else ""
    urged = statement and (_URGING.search(claim) is not None or _told_to(doc))
    clause = said_clause(claim) if statement else ""  # (without whom it was told: "told Russian TV that")
    said_doc = parse_texts([_TO_SHOULD.sub(r"\1 should ", clause, count=1) if urged else clause])[0] \
        if statement else None
    said_action = claim_action(said_doc) if statement else None
    action = None if statement or role else claim_action(doc)
    main_clause = main_clause_without_action(doc) if action else ""
    speaker_part = _SETTING.sub("", CUE_WORDS.sub(" ", claim.replace(said_part, " ") if said_part else claim)) \
        if statement else ""
    pronoun_speaker = statement and speaker_part.strip(" ,;:").lower() in ("he", "she")
    if pronoun_speaker:
        speaker_part = _person_said_of(said_part, ctx) or speaker_part  # ("Brask's plan will work, he says")
    main, prior = _after_clause(doc) if not statement and not role else (None, "")
    ordered = _before_clause(doc)
    if ordered:  # ("X warned A before she told B": she is X)
        ordered = (ordered[0], _pronoun_as_subject(doc, ordered[1]))
    # (a statement's own order, "X told A before he raised B", not an order inside what was said)
    said_first = any(t.dep_ == "advcl" and t.head.dep_ == "ROOT" and any(
        c.dep_ == "mark" and c.lower_ == "before" for c in t.children) for t in doc)
    dates = claim_dates(claim)
    apart = purpose_apart(claim) if role is None else None
    return _ClaimReading(
        claim=claim, doc=doc, canonical=canonical_text(doc), alike=frozenset(stem(w) for w in synonyms(doc)),
        when=event_date(claim, ctx.timeline), figures=frozenset(figures(claim)),
        future=FUTURE.search(claim) is not None or _past_plan(claim, doc), statement=statement,
        said=STATEMENT_CUE.sub(" ", claim),
        denial=denial, affirms=statement and AFFIRMING_CUE.search(claim) is not None, said_part=said_part,
        said_clause=clause, said_doc=said_doc,
        said_words=frozenset(stem(w) for w in content_words(said_part)), said_action=said_action,
        said_about=frozenset(stem(w) for w in content_words(main_clause_without_action(said_doc)))
        if said_action else frozenset(),
        said_figures=frozenset(figures(said_part)), occasion=frozenset(predicate_words(occasion)),
        # (the said clause's own negation, not one of its "since" or "while" clauses)
        said_negated=statement and not denial
        and (negated(without_adverbial_clauses(said_doc)) or said_against(said_part)),
        speaker_part=speaker_part, title=speaker_title(speaker_part) if statement else None,
        ranks=frozenset(ranks(claim, times=False)),
        dated=not statement and bool(dates or WEEKDAY.search(claim)), role=role, described=described,
        unchecked=unchecked,
        frames=frozenset(report_frame(claim)), action=action, thing=claim_object(doc) if action else None,
        places=frozenset().union(*(names for _, names in placed(claim))),
        sequel=_read_claim(main, ctx) if main else None, prior=prior, ordered=ordered, topic=topic,
        relayed_statement=_read_claim(said_part.strip(" ,"), ctx)
        if statement and not denial and _relays_statement(said_part) else None,
        earlier=_read_claim(ordered[0], ctx) if ordered and not role and (not statement or said_first) else None,
        later=_read_claim(ordered[1], ctx) if ordered and not role and (not statement or said_first) else None,
        prior_reading=_read_claim(prior, ctx) if main and prior else None,
        purposed=_read_claim(apart[0], ctx) if apart else None, purpose=apart[1] if apart else "",
        unsaid=unsaid,
        main_clause=main_clause,
        about=frozenset(predicate_words(main_clause)),
        dated_event=_without_relative_clauses(doc) if action and not statement and dates else "",
        saying_places=_saying_places(claim, said_part, said_doc) if statement else frozenset(),
        pronoun_speaker=pronoun_speaker)


def _without_relative_clauses(doc: Any) -> str:
    """The parsed claim without the relative clauses that describe its nouns ("Putin and Kim signed a pact in June
    that obliges each side ..." -> "Putin and Kim signed a pact in June."), or "" when it has none."""
    skip = {t.i for tok in doc if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN")
            for t in tok.subtree}
    if not skip:
        return ""
    kept = "".join(t.text_with_ws for t in doc if t.i not in skip).strip(" ,")
    return kept if kept[-1:] in ".!?" else kept + "."


@dataclass
class _Judgement:
    """A passage's stance toward the claim as the rules revise it, and what they found on the way."""

    stance: str | None
    strength: float
    relayed: bool  # it relays someone's claim
    speaker: str | None
    cover: float  # share of the passage that attributed content covers
    own: bool = False  # the statement claim's speaker speaks in it
    described: bool = False  # the writer describes the person of a role claim in it
    dated_otherwise: bool = False  # it dates the claim's event otherwise
    opposed: bool = False  # it states the opposite of the claim's action
    placed_otherwise: bool = False  # it puts the claim's event in another place
    misdescribed: bool = False  # the writer gives the claim's speaker another title in it
    addressed_otherwise: bool = False  # it tells the claim's speaker's words to another audience or outlet
    rules: list[str] = field(default_factory=list)  # the rules that changed its stance, for the explanation
    hedged: bool = False  # the rules find it hedged ("reportedly", "is believed to"; a writer's own "is known to" is not)
    shown_until: int | None = None  # where its evidence ends when a following sentence it is told with dates it
    shown_from: int | None = None  # where its evidence starts when the sentence before decides it


# How close (MiniLM cosine of the two words) two objects of one verb must be to be one thing in other words
# ("housing" / "homes" 0.71, "wages" / "salaries" 0.74), and how far apart to be plainly other things ("tanks" /
# "builders" 0.25, "grain" / "cash" 0.28); between the two ("soldiers" / "builders" 0.35, "buses" / "coaches"
# 0.38) the speaker's words neither confirm nor refute the claim. Set by hand on such pairs (review of stop 39).
SAME_THING_COSINE = 0.6
OTHER_THING_COSINE = 0.3


def _swap_kinship(r: _ClaimReading, cand: Candidate) -> float | None:
    """How close the objects are when the passage gives the said part's verb another object (``object_swapped``): the
    highest MiniLM cosine between one of the claim's and one of the passage's; None when there is no swap."""
    swap = object_swapped(r.said_doc, _doc(cand.text), alike) if r.said_doc is not None else None
    return None if swap is None else max(_word_cosine(a, b) for a in swap[0] for b in swap[1])


@functools.lru_cache(maxsize=4096)
def _word_cosine(a: str, b: str) -> float:
    from storyscope.embed import embed

    va, vb = embed([a, b], batch_size=1)  # (each word's vector its own, whatever it is compared with)
    return float(va @ vb / max(1e-9, float(np.linalg.norm(va) * np.linalg.norm(vb))))


def _doc(text: str) -> Any:
    return parse_texts([text])[0]


def _holds_alike(r: _ClaimReading, text: str) -> bool:
    """True when ``text`` holds a word news writers use alike for one of the claim's (``synonyms``): only then can
    the canonical reading cover more of the claim, and the passage is worth parsing."""
    if not r.alike:
        return False
    words = {stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    return any(w.startswith(a) or a.startswith(w) for a in r.alike for w in words if len(w) >= 3)


def _is_relayed(r: _ClaimReading, ctx: _Context, cand: Candidate, cover: float, speaker: str | None) -> bool:
    """True when the passage relays someone else's claim: attributed content covers it (or the dossier's claim
    mention reports it), and neither the claim names its speaker nor do both share an accusation frame."""
    if _names_speaker_or_frame(r, cand, speaker) or _titles_the_doer(r, ctx, cand, speaker):
        return False
    terms = quoted_terms(cand.text) if speaker and speaker.split()[-1].lower() in DOCUMENT_NOUNS else None
    if terms and not (r.action and states_action(r.action, _doc(terms))):
        return False  # a document's quoted terms: the writer tells who signed it ("X and Y signed a pact which reads")
    if cover >= RELAYED_COVER or not cover and cand.mention_stance in ("reports", "questions") \
            and not _writer_knows(ctx, cand):
        return True
    # "Locals living near the plant claim homes have been pounded": the claim's action is in what the locals
    # claim, though their long description leaves the content under half the sentence; and advice is its giver's
    # ("Igor Korotchenko, a reserve colonel and TV defence analyst, said Moscow should gratefully accept the offer")
    return bool(r.action and cover) and any(states_action(r.action, d) for d in parse_texts(_claimed_within(ctx, cand))) \
        or bool(cover) and _ADVICE.search(r.claim) is not None \
        and any(predicate_cover(r.claim, said) >= MIN_PREDICATE_COVER for said in _said_within(ctx, cand))


# What someone holds ought to be done: an opinion, whoever states it.
_ADVICE = re.compile(r"\b(?:should|ought\s+to|must|needs?\s+to)\b", re.IGNORECASE)


def _titles_the_doer(r: _ClaimReading, ctx: _Context, cand: Candidate, speaker: str | None) -> bool:
    """True when a fact claim's doer is a title the passage's article gives its speaker ("Russia's ambassador
    praised ..." where the speaker is "Russian Ambassador to North Korea Alexander Matsegora"): the speaker's words
    are then the matter, as when the claim names them."""
    subject = _subject_text(r.doc) if speaker and r.action in _SPEAKING_ACTS and not r.statement else ""
    return bool(subject) and _is_description(subject) and ctx.describes(speaker, subject, cand.article)


# Acts done in words, which a speaker's words are ("praised", "greeted"); not "ordered the shelling", which the
# speaker may tell of someone else.
_SPEAKING_ACTS = frozenset({"praise", "greet", "welcome", "hail", "criticise", "criticize", "thank", "describe",
                            "call", "warn", "urge", "promise", "pledge", "condemn", "accuse", "laud", "commend"})


def _writer_knows(ctx: _Context, cand: Candidate) -> bool:
    """True when the passage holds the writer's own "is known to" (``_writers_knowledge``)."""
    return any(s < cand.end and e > cand.start for s, e in ctx.known.get(cand.article, ()))


def _names_speaker_or_frame(r: _ClaimReading, cand: Candidate, speaker: str | None) -> bool:
    """True when the claim names the passage's speaker as who speaks or acts in it (a statement's speaker, a fact's
    subject: the speaker's words are then the matter, or the party's own announcement), or both share a report
    frame; not a party the claim only names ("... to serve in the Russian army against Ukraine" for Ukraine's
    claim)."""
    named = r.claim if r.statement else _actor_text(r)
    return names_speaker(named, speaker) or bool(r.frames & report_frame(cand.text))


# A party a claim names only as the one acted against ("... to help Norland in its war against Kessia").
_AGAINST_PARTY = re.compile(r"\bagainst\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def _actor_text(r: _ClaimReading) -> str:
    """The words of who acts in a fact claim (``_doer_text``); for a passive without its agent, or a claim without a
    subject, the claim without the parties it names only as acted against ("Thousands of Talvorian troops have been
    sent to help Norland in its war against Kessia": not Kessia; "The report was credited to security sources":
    the sources)."""
    return _doer_text(r.doc) or _AGAINST_PARTY.sub(" ", r.claim)


def _described_title(r: _ClaimReading, j: _Judgement) -> tuple[str, str] | None:
    """Return ``(description, speaker)`` when the statement claim describes its speaker without naming them ("The
    Talvorian defence minister said ...") and the passage has a named speaker; None otherwise."""
    description = r.speaker_part.strip(" ,")
    if not j.speaker or names_speaker(description, j.speaker) or not _is_description(description):
        return None
    return description, j.speaker


def _said_covered(said: str, passage: str) -> bool:
    """True when the passage holds ``MIN_PREDICATE_COVER`` of the non-name words of ``said`` and, of two or more,
    at least two: "new sanctions" is not in "We are approaching a new phase"."""
    words = predicate_words(said)
    share = predicate_cover(said, passage)
    return share >= MIN_PREDICATE_COVER and (len(words) < 2 or share * len(words) >= 2 - 1e-9)


# Share of the words of the occasion a statement told as a noun was made at ("Kim's remark ... was made at the
# signing of the pact") that the speaker's passage must hold.
OCCASION_COVER = 0.3
# Words quoted as what was said, right after the cue ("said “no retreat”", "made his “no retreat” remark" read as
# "said “no retreat”"), which the speaker's words must hold; a quoted name elsewhere ("his “victory plan”") need not.
_SAID_QUOTE = re.compile(r"\b(?:said|says|called|warned|told\s+\w+|pledged|promised|expressed|vowed|voiced)\s+"
                         r"(?:[“\"]([^”\"]{2,200})[”\"]|(?<![\w'’])[‘']([^’']{2,200})[’'](?!\w))", re.IGNORECASE)


def _words_as_claimed(r: _ClaimReading, passage: str) -> bool:
    """True unless the claim quotes what was said and the passage lacks a word of the quote, or says what someone
    was called and the passage holds no word of the name ("called the rebels heroes" against his words on the
    rebels that call them nothing)."""
    words = word_stems(passage)
    quoted = {stem(w) for m in _SAID_QUOTE.finditer(r.claim) for w in content_words(m.group(1) or m.group(2))}
    if quoted and covered_share(quoted, words) < 1.0:
        return False
    return all(alike_words(label, words) for _, label in labels(r.claim))


# Words by which a speaker dismisses what they quote ("nonsense", "a lie", "pure propaganda").
_DISMISSING = REFUTING_CUES | {"lie", "lying", "lied", "nonsense", "propaganda", "invention", "invented", "rubbish",
                               "absurd", "ridiculous", "fiction", "fantasy", "slander", "smear", "misinformation",
                               "disinformation", "rumour", "rumor", "rumours", "rumors", "speculation"}
_OWN_WORDS_STATE_IT = "the speaker's own words state it"


def _dismisses(text: str) -> bool:
    """True when ``text`` holds a word that dismisses what it speaks of ("fake", "lies", "propaganda")."""
    return bool(_DISMISSING & set(re.findall(r"[a-z]+", text.lower())))


def _own_quoted_words(ctx: _Context, cand: Candidate) -> bool:
    """True when the passage is a stretch of someone's quoted words, no question: "And personnel for the Russian
    army." inside a quotation that opened before it, or a sentence wholly in quotation marks."""
    text = cand.text.strip()
    if not text or "?" in text:
        return False
    if text[:1] in "“\"" and text.rstrip(".")[-1:] in "”\"":
        return True
    # the paragraph before it opened a quotation it has not closed
    before = ctx.text(cand.article)[:cand.start]
    before = before[before.rfind("\n") + 1:]
    return before.count("“") > before.count("”") or "“" not in before and before.count('"') % 2 == 1


# Words by which a passage tells of a denial, in whoever's voice ("denied", "the Kremlin's denial", "dismissed it").
_TELLS_DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying|ial|ials)|dismiss\w*|reject\w*|refut\w*|rebuff\w*|"
                           r"brand(?:ed|s)?|fake|lies|hoax|false)\b", re.IGNORECASE)


# A claim that someone did not confirm or accept a thing (which their denial of it bears out), not that they did not
# speak of it ("did not say", "has not announced": their denial is something else they said).
_UNCONFIRMED = re.compile(r"\b(?:has|have|had|did|does|do)\s*(?:not|n['’]t|never)\s+(?:yet\s+)?(?:confirm(?:ed)?|"
                          r"accept(?:ed)?|endorse[sd]?|back(?:ed)?|acknowledge[sd]?)\b|\bnever\s+(?:confirmed|"
                          r"accepted|endorsed|acknowledged)\b", re.IGNORECASE)


# Share of the words of the claim's said subject that the passage, or the sentence before it, must hold for the
# speaker's words to be of that subject ("the Zaporizhzhia plant": "the badly-hit site" after "the Zaporizhzhia site").
SAID_SUBJECT_COVER = 0.5


# Any negation word, a litotes's too ("should not be shy" negates "shy" as "shouldn't be shy" does).
_ANY_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _said_predicate_missing(r: _ClaimReading, passage: str) -> bool:
    """True when the claim's said part calls its subject something ("the workers were lazy", "the site was unsafe")
    and ``passage`` has neither that word nor a synonym of it."""
    if r.said_doc is None:
        return False
    root = next((t for t in r.said_doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_ != "be":
        return False
    # (a quality, not a state with what it leads to: "ready to send", "about to join", "able to fight")
    called = {stem(c.lower_) for c in root.children if c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" and c.is_alpha
              and not c.is_stop and not any(g.dep_ in ("xcomp", "ccomp", "prep") for g in c.children)}
    return bool(called) and covered_share(called, word_stems(passage)) < 1.0


# How close a relayed discussion must word the claim to stand against a party's denial (``JudgedPassage.close``):
# this MiniLM similarity and half its words (the rules' relevance), or this higher similarity alone. Seeds, stop 40:
# the relayed accounts analysts set against the Kremlin's denial scored 0.58-0.82 (relevance 0.5-0.67 below 0.65);
# an aside an official relays about a closed crossing, 0.38.
RELAYED_CLOSE_COSINE = 0.55
RELAYED_NEAR_COSINE = 0.65


def _words_it_closely(r: _ClaimReading, cand: Candidate) -> bool:
    """True when the passage words nearly what the claim says (see ``RELAYED_CLOSE_COSINE``), in the place it names
    (troops "training at bases in Eastern Russia" do not speak to troops "deployed to Zaporizhzhia")."""
    return (cand.cosine >= RELAYED_NEAR_COSINE or cand.cosine >= RELAYED_CLOSE_COSINE
            and judge_detail(r.claim, cand.text).relevance >= MIN_PREDICATE_COVER) \
        and not place_missing(r.claim, cand.text)


def _superlative_missing(doc: Any, told: str) -> bool:
    """True when the claim calls something the most of a kind ("the bloodiest month", "Europe's largest plant") and
    ``told`` has neither that superlative nor a synonym of it ("biggest" for "largest")."""
    words = {stem(t.lower_) for t in doc if t.is_alpha and t.lower_ not in ("most", "least", "best")
             and (t.tag_ in ("JJS", "RBS") or t.pos_ == "ADJ" and _superlative_form(t.lower_))}
    if words and covered_share(words, word_stems(told)) < 1.0:
        return True
    # ("Russia's most important partner" against "one of key Russian partners": "most" with its adjective; not "at
    # least three", "most troops", "will most likely send")
    return any(t.lower_ in ("most", "least") and t.dep_ == "advmod" and t.head.pos_ == "ADJ" and t.head.i == t.i + 1
               and not (t.i and doc[t.i - 1].lower_ == "at") and t.head.lower_ != "likely"
               and not re.search(rf"\b{t.lower_}\s+{re.escape(t.head.lower_)}\b", told, re.IGNORECASE) for t in doc)


def _superlative_form(word: str) -> bool:
    """True for an adjective's "-est" form ("bloodiest", which the tagger may call a plain adjective), not a word
    of its own ("honest", "modest")."""
    from lemminflect import getAllLemmas

    return word.endswith("est") and any(lemma != word for lemma in getAllLemmas(word).get("ADJ", ()))


def _said_subject_cover(r: _ClaimReading, ctx: _Context, cand: Candidate) -> float | None:
    """Share of the words of the claim's said subject ("the situation with the troops" in "said the situation with
    the troops was out of control") that the passage or the sentence before it holds; None when the said part has
    no subject named in words."""
    subject = _main_subject(r.said_doc) if r.said_doc is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    # (the speaker's own name as the owner is "his" or "her" in the passage: "Brask's plan", "his plan")
    kept = [t for t in subject.subtree if not (t.dep_ == "poss" and names_speaker(t.text, r.speaker_part)
                                               or t.dep_ == "case" and t.head.dep_ == "poss"
                                               and names_speaker(t.head.text, r.speaker_part))]
    words = {place_word(w) for w in predicate_words(" ".join(t.text for t in kept))
             | {t.text.lower() for t in kept if t.text[:1].isupper()}}
    if not words:
        return None
    told = cand.text + " " + (_sentence_before(ctx.text(cand.article), cand.start) or "")
    return covered_share(words, {place_word(w) for w in word_stems(told)} | word_stems(told))


def _said_of_something_else(r: _ClaimReading, ctx: _Context, cand: Candidate) -> bool:
    """True when the passage and the sentence before it hold under ``SAID_SUBJECT_COVER`` of the claim's said
    subject, a common noun, while the speaker's words in the passage have a subject of their own, no pronoun ("the
    badly-hit site was ..."): the words were said of something else."""
    cover = _said_subject_cover(r, ctx, cand)
    if cover is None or cover >= SAID_SUBJECT_COVER or _main_subject(r.said_doc).pos_ == "PROPN":
        return False  # (a name's writers call it otherwise often: "Mirenland", "the isolated republic")
    passage = _doc(cand.text)
    said_subjects = [c for t in passage if t.dep_ == "ccomp" and t.head.lemma_.lower() in _SAYING_LEMMAS
                     for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(said_subjects) and not any(c.pos_ == "PRON" for c in said_subjects)


# Verbs that take what was said as a clause ("said the site was ...").
_SAYING_LEMMAS = frozenset({"say", "tell", "warn", "claim", "add", "insist", "state", "declare", "announce", "stress",
                            "note", "argue", "admit", "confirm", "believe", "think", "suggest"})


# Characters around an attribution's content that may hold whom it was told ("He told lawmakers: “...”").
AUDIENCE_WINDOW = 200
# Share of what the claim says was said that the speaker's words to the claim's audience must hold to be, maybe, the
# words it means.
AUDIENCE_WORDS_COVER = 0.4


def _told_claimed_audience(r: _ClaimReading, ctx: _Context, speaker: str | None) -> bool:
    """True when the pile has the speaker address the audience the claim names ("told the Ukrainian parliament"
    beside "He told lawmakers: “...”"), so that their words to another audience do not refute the claim."""
    wanted = addressees(r.claim)
    if not wanted or not speaker:
        return False
    said = set(r.said_words) - addressee_words(r.claim)
    for article, spans in ctx.attributions.items():
        text = ctx.text(article)
        # (words to that audience that may be the claim's: not "told lawmakers the workers replace the dead" for
        # "told lawmakers that 10,000 troops were being trained", words Nato heard)
        if any(who == speaker and addressees(text[max(0, start - AUDIENCE_WINDOW):start]) & wanted
               and r.said_figures <= figures(text[start:end])
               and covered_share(said, alike(word_stems(text[start:end]))) >= AUDIENCE_WORDS_COVER
               for start, end, who, _ in spans):
            return True
    return False


def _saying_dated(r: _ClaimReading, ctx: _Context, cand: Candidate) -> str | None:
    """How the passage, read after the sentence before it, dates the saying a statement claim dates ("told reporters
    in September 2024 that ..."): "same", "other" ("Last September Kim told reporters that ..." in an article of June
    2024) or, when the claim gives the saying a year, "undated"; None when the claim dates no saying, or dates what
    was said too."""
    dates = _dated_saying(r.claim, r.said_part)
    if not dates:
        return None
    # (the passage alone first, then after the sentence before when it does not name the speaker itself: "Last
    # September Kim told reporters ... The dictator added, “...”")
    text = ctx.text(cand.article)
    before = None if names_speaker(cand.text, r.speaker_part) else _sentence_before(text, cand.start)
    readings = [cand.text]
    if before:
        readings.append(f"{before} {cand.text}")
        if _GOES_ON.search(before) and (at := text.rfind(before, 0, cand.start)) > 0 \
                and (earlier := _sentence_before(text, at)):
            # ("Last September Kim told reporters ... The dictator added, “...” “I take this opportunity ...”": the
            # sentence before goes on with words whose date is told one sentence further back)
            readings.append(f"{earlier} {before} {cand.text}")
    # (the saying is the dated act, whatever verb of saying the passage tells it with: "said" for "told")
    cue = next((t.lemma_.lower() for t in r.doc if t.dep_ == "ROOT"), None)
    for told in readings:
        for act in dict.fromkeys((cue, *_SAYING_VERBS)):
            if relation := date_relation(r.claim, told, ctx.published.get(cand.article), act, ctx.leaders()):
                return relation
    return "undated" if any(year is not None for year, _, _ in dates) else None


_SAYING_VERBS = ("say", "tell", "add", "announce", "declare", "state", "report")
# A sentence that goes on with words said before it ("The dictator added, ...", "He also said ...").
_GOES_ON = re.compile(r"\b(?:added|adds|also\s+said|also\s+told|went\s+on|continued)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _dated_saying(claim: str, said_part: str = "") -> tuple | None:
    """The dates a statement claim gives the saying ("told reporters in September 2024 that ...", "In September 2024,
    Kim told reporters he ..."), read once per claim; None when it gives none before its "that" (or, without one,
    before ``said_part``, what it says was said), or dates what was said too."""
    saying, that, _ = claim.partition(" that ")
    if not that and said_part and (at := claim.find(said_part)) > 0:
        saying, that = claim[:at], said_part
    dates = claim_dates(saying)
    return tuple(dates) if that and dates and dates == claim_dates(claim) else None


# Words that suppose what is not so ("if I were their commander", "were we to send them"), and the modal words of a
# claim that tells a supposition or a prospect rather than a fact.
# (not an indirect question: "Asked if they were ready, ...")
_SUPPOSING = re.compile(r"(?<![Aa]sk )(?<![Aa]sked )(?<![Aa]sks )(?<![Ww]ondered )(?<![Ww]onder )"
                        r"\b[Ii]f\s+(?:I|we|you|he|she|they|it)\s+were\b|\b[Ww]ere\s+(?:I|we|they)\s+to\b")
# (lower-case "may": the month May is no modal)
_MODAL = re.compile(r"\b(?:[Ww]ould|[Cc]ould|[Mm]ight|may|[Ss]hould|[Ii]f|[Uu]nless|[Rr]isk(?:s|ed|ing)?|"
                    r"[Ll]ikely|[Pp]ossibl[ey]|[Pp]otential(?:ly)?)\b")
# Cues of a claim that reads a meaning into someone's words ("suggested", "implied") or names what they warned of:
# a supposition may bear it ("warned about troops becoming cannon fodder": "if I were them, I would question being
# used as cannon fodder").
_IMPLYING = re.compile(r"\b(?:suggest(?:s|ed|ing)?|impl(?:y|ies|ied|ying)|hint(?:s|ed|ing)?|insinuat(?:e|es|ed|ing)|"
                       r"intimat(?:es|ed|ing)|warn(?:s|ed|ing)?\s+(?:about|of|against))\b", re.IGNORECASE)


# Speech told as a noun ("It follows remarks Brask made to the parliament"): someone's words all the same.
_SPEECH_NOUN = re.compile(r"\b(?:remarks?|comments?|speech(?:es)?|statements?|address|interview|words|testimony|"
                          r"pledge|promise|vow|announcement|warning|appeal)\b", re.IGNORECASE)


# Where a supposition's reach ends in its sentence: its "if" clause and the clause after it (what would then be)
# are the supposing part; a clause after a comma, a dash or a "because" past them is said plainly.
# (not the comma of "10,000")
_CLAUSE_BREAK = re.compile(r"\s*(?:(?<!\d),(?!\d)|[;:\u2013\u2014])\s*|\s+(?:because|since|but|although|while)\s+")
# What would then be, told before its "if" ("I would send my forces to Osk if I were their commander").
_CONSEQUENT = re.compile(r"\b(?:would|could|might)\b|['’]d\b", re.IGNORECASE)


def _unsupposed_part(passage: str) -> str:
    """Return the clauses of ``passage`` that no supposition holds: all but the "if I were ..." clause and the one
    after it ("If I were Osk's commander, I would worry, since Osk has sent engineers" -> "Osk has sent engineers")."""
    match = _SUPPOSING.search(passage)
    if match is None:
        return passage
    head = passage[:match.start()]
    if _CONSEQUENT.search(head):  # (the clause before the "if" is the supposition's own)
        cut = [m for m in _CLAUSE_BREAK.finditer(head)]
        head = head[:cut[-1].start()] if cut else ""
    breaks = [m for m in _CLAUSE_BREAK.finditer(passage, match.end())]
    # (past the "if" clause and the clause of what would then be, however many asides stand before it: "If I were
    # in Moscow, with 10,000 men, I would send ...")
    rest = 1
    while rest < len(breaks) and _CONSEQUENT.search(
            passage[breaks[rest].end():breaks[rest + 1].start() if rest + 1 < len(breaks) else len(passage)]):
        rest += 1
    if rest < len(breaks) and not _CONSEQUENT.search(passage[breaks[0].end():breaks[rest].start()]):
        rest = len(breaks)  # (no clause of what would then be: the supposition runs on to the end)
    return head + " " + (passage[breaks[rest].end():] if rest < len(breaks) else "")


def _supposes_what_is_stated(r: _ClaimReading, passage: str) -> bool:
    """True when the passage's words suppose ("if I were ...") what the statement claim says was plainly stated:
    no modal in what was said ("has sent forces", not "would be cannon fodder"), no cue that reads a meaning
    into the words ("suggested"), and no clause outside the supposition that states it."""
    return bool(_SUPPOSING.search(passage)) and not _MODAL.search(r.said_part) and not _IMPLYING.search(r.claim) \
        and predicate_cover(r.said_part, _unsupposed_part(passage)) < MIN_PREDICATE_COVER


def _statement_rules(r: _ClaimReading, ctx: _Context, cand: Candidate, j: _Judgement, rule: RuleJudgement) -> None:
    """Revise ``j`` for a statement claim: "X said Y" is confirmed by X's own words as reported, contradicted by X
    saying otherwise (the opposite action, another figure, a negation, an opposite phrase, another title), and
    not contradicted by someone else disputing Y."""
    own = j.own
    saying_dated = None  # (how the passage dates a dated saying: read only where the rules below need it)
    if own and j.cover > 0 and j.stance in (None, "discuss") \
            and (_said_covered(r.said, cand.text) or cand.cosine >= COS_ON_TOPIC
                 and predicate_cover(r.said_part, cand.text) >= MIN_PREDICATE_COVER) \
            and rule.reason != "refuting_cue" \
            and not (r.said_figures and not r.said_figures & figures(cand.text)) \
            and not (tells_magnitude(r.said_part) and not figures(cand.text) and not tells_magnitude(cand.text)):
        # ("said some" is not "said 2,000", nor "would provide builders" "would send several thousand builders")
        j.stance, j.strength = "agree", max(j.strength, 0.6)
    elif own and j.stance == "disagree" and r.denial:
        j.stance = "agree"  # "X denied Y" and X's denial of Y
    worded = own and not r.topic  # (a topic's wording is not the speaker's: "spoke of troops for Tarn")
    if worded and r.said_action and j.stance in (None, "agree", "discuss") \
            and opposite_action(r.said_action, _doc(cand.text), r.said_about, modal=True,
                                # (what was urged or said should be: "urged allies to lift" reads "should lift")
                                changes=bool(_MODAL.search(r.said_doc.text if r.said_doc is not None else r.said_part))):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # X said the opposite of what the claim says
        j.rules.append("the speaker said the opposite")
    elif worded and (j.stance == "agree" or j.stance == "discuss" and (cand.cosine >= COS_AGREE or cand.cosine >= COS_RELATED
                  and predicate_cover(r.said_part, cand.text) >= MIN_PREDICATE_COVER)) \
            and r.said_figures and figures(cand.text) and not r.said_figures & figures(cand.text) \
            and not floors_met(r.said_part, cand.text):  # ("one report says more than 100,000": its "at least 115,000")
        j.stance = "disagree"  # misquoted: "told Nato 100,000 troops" when the figure X gave was 10,000 specialists
        j.rules.append("the speaker gave another figure")
    elif worded and j.stance in ("agree", "discuss") and cand.cosine >= COS_ON_TOPIC and r.said_figures \
            and people_count_other(r.said_part, cand.text) and not floors_met(r.said_part, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "told Nato 100,000 North Korean soldiers were being
        j.rules.append("the speaker gave another figure")  # trained" when he spoke of up to 10,000 specialists
    elif worded and j.stance in ("agree", "discuss") and r.said_figures and readied_not_fighting(r.said_part, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "said 10,000 were already fighting": being prepared
        j.rules.append("the speaker told them readied, not yet fighting")  # to enter the war
    elif worded and (j.stance == "agree" or j.stance == "discuss" and cand.cosine >= COS_ON_TOPIC) \
            and people_kind_other(r.said_part, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "said construction workers were training": troops
        j.rules.append("the speaker named other people")
    elif worded and j.stance in ("agree", "discuss") and r.said_figures and figure_counts_other(r.said_part, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "said 500,000 were killed": 500,000 were wounded
        j.rules.append("the speaker's figure counts something else")
    elif worded and j.stance in ("agree", "discuss") and other_terms(r.said_part, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "reported troops offered for cash": for grain
        j.rules.append("the speaker gave other terms")
    elif worded and j.stance in ("agree", "discuss") and (kinship := _swap_kinship(r, cand)) is not None \
            and (kinship < OTHER_THING_COSINE or j.stance == "agree" and kinship < SAME_THING_COSINE):
        if kinship < OTHER_THING_COSINE:
            j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "said Osk would provide tanks": "builders"
            j.rules.append("the speaker named another thing")
        else:
            j.stance = "discuss"  # ("buses" / "coaches", "soldiers" / "builders": not the thing, maybe not another)
            j.rules.append("the speaker's words name the thing otherwise")
    elif worded and r.affirms and rule.reason == "refuting_cue" and j.stance == "discuss" and cand.cosine >= COS_RELATED:
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "X confirmed Y" against X calling Y fake news
        j.rules.append("the speaker denied it")
    elif worded and r.denial and j.stance == "agree" and rule.reason != "refuting_cue" \
            and AFFIRMING_CUE.search(cand.text) and not negated(cand.text) and not denial_claim_words(cand.text):
        # (not "acknowledged the reports but denied that ...": the passage's own denial is what the claim says)
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "X denied Y" against "X confirmed Y"
        j.rules.append("the speaker confirmed it")
    elif worded and r.denial and j.stance == "agree" and rule.reason != "refuting_cue" \
            and not negated(cand.text) and not denial_claim_words(cand.text) \
            and not _dismisses(cand.text):
        # the speaker's own words stating it are no denial: "denied that personnel went to the army" against his "And
        # personnel for the Russian army.", "denied that any specialists were there" against "said some specialists
        # were already there" (unless his own denial is found too: ``_denied_too``)
        j.stance, j.strength = "disagree", max(j.strength, 0.6)
        j.rules.append(_OWN_WORDS_STATE_IT)
    elif worded and j.stance == "agree" and (other_time(r.said_part, cand.text) or other_month_said(r.claim, cand.text)
                                             or (saying_dated := _saying_dated(r, ctx, cand)) == "other"):
        j.stance = "disagree"  # "said the crossings would resume in July" when she said June
        j.rules.append("the speaker gave another time")
    elif worded and j.stance == "agree" and r.said_negated and not negated(cand.text) \
            and rule.reason != "refuting_cue" and not _dismisses(cand.text):
        # (a passage that dismisses is itself the speaker's "no": "admitted nothing" against "branded it fake news")
        j.stance = "disagree"  # "said North Korea would not side with Russia" against "will always stand with"
        j.rules.append("the speaker's words negate it")
    elif worded and j.stance == "agree" and not _ANY_NEGATION.search(r.said_part) \
            and negates_words(cand.text, alike(set(r.said_words))):
        j.stance = "disagree"  # "said volunteer units were being formed" against "no volunteer units were ..."
        j.rules.append("the speaker's words negate it")
    elif worded and j.stance in ("agree", "discuss") and misquoted(r.claim, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "to replace Ukrainians killed": "Russians killed"
        j.rules.append("the speaker's words quoted otherwise")
    elif worded and j.stance in ("agree", "discuss") and contrasted_subject(r.said_part, cand.text):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "China is cautious ..., but North Korea is not"
        j.rules.append("the speaker denies it of the claim's subject")
    elif worded and (j.stance == "agree" or j.stance == "discuss" and cand.cosine >= COS_RELATED
                     or j.stance in (None, "discuss")
                     and (_said_subject_cover(r, ctx, cand) or 0.0) >= SAID_SUBJECT_COVER) \
            and opposite_phrase(r.said_part, cand.text):
        j.stance = "disagree"  # "said the plant was under control" against "completely out of control"
        j.rules.append("the speaker's words say the opposite")
    if worded and j.stance == "agree" and _said_predicate_missing(r, cand.text):
        j.stance = "discuss"  # "said the workers were lazy": "shouldn't be shy in hiring more" tells no such thing
        j.rules.append("the speaker's words do not say what the claim calls it")
    if worded and j.stance == "agree" and _said_of_something_else(r, ctx, cand):
        j.stance = "discuss"  # "said the situation with the troops was out of control": the words were of the site
        j.rules.append("the speaker's words are of something else")
    if own and j.stance == "agree" and r.occasion and covered_share(set(r.occasion), word_stems(
            _with_sentence_before(ctx, cand, j.speaker))) < OCCASION_COVER:
        j.stance = "discuss"  # "Kim's remarks were made during a visit to Russia": he told reporters, nowhere said
        j.rules.append("the occasion not told")
    if own and j.stance == "agree" and (not _words_as_claimed(r, cand.text) or label_conflict(r.claim, cand.text)):
        j.stance = "discuss"  # "said “no retreat”" against his "no surrender"; "called them heroes": "bandits"
        j.rules.append("the speaker's words not as the claim has them")
    title = r.title or _described_title(r, j)
    said = set(r.said_words) - addressee_words(r.claim)  # what was said, not whom it was told
    if own and j.stance != "disagree" and addressed_otherwise(r.claim, cand.text) and said \
            and not _told_claimed_audience(r, ctx, j.speaker) \
            and covered_share(said, word_stems(_with_sentence_before(ctx, cand, j.speaker) if _opens_with_thing(cand)
                                               else cand.text)) >= MIN_PREDICATE_COVER:
        # the words went to another audience or outlet; it holds whatever name the pile lacks ("Kommersant"); what
        # "They could be of great help, he told Izvestia" says is in the sentence before
        j.stance, j.strength, j.addressed_otherwise = "disagree", max(j.strength, 0.6), True
        j.rules.append("said to someone else")
    elif own and j.stance != "disagree" and (place_conflict(r.claim, cand.text, ctx.places)
                                             or compass_conflict(r.said_part, cand.text)
                                             or j.stance == "agree" and occasion_conflict(r.claim, cand.text, ctx.places)
                                             or j.stance == "agree" and (place_missing(r.claim, cand.text)
                                                                         or _saying_place_missing(r, cand.text))
                                             and _place_said_next(r, ctx, cand, j.speaker)
                                             or j.stance in ("agree", "discuss")
                                             and _place_said_here(r, ctx, cand, j.speaker)):
        j.stance, j.strength, j.placed_otherwise = "disagree", max(j.strength, 0.6), True  # Odesa, not Kyiv
        j.rules.append("another place for the event")
    elif own and title is not None and j.stance != "disagree" and title[1].lower() in cand.text.lower() \
            and misdescribes(title, cand.text):
        # (named in full: a passage naming the speaker by surname alone may be about another person of that name)
        j.stance, j.strength, j.misdescribed = "disagree", max(j.strength, ROLE_STRENGTH), True  # foreign minister
        j.rules.append("the writer describes the speaker otherwise")
    elif own and j.stance == "agree" and r.said_action \
            and (cand.cosine < COS_AGREE and not states_action(r.said_action, _doc(_with_sentence_before(
                ctx, cand, j.speaker))) and not _offer_told(r.said_action, r.claim, r.figures, cand.text)
                 # ("a second state joining the war" in her words "the participation of a second state in the war")
                 and not (tells_joining_war(r.said_doc) and takes_part(_doc(cand.text)))
                 or _another_act(r.said_action, claim_object(r.said_doc), cand.text)):
        # ("would withdraw builders" is not her "would provide builders", however close the wording)
        j.stance = "discuss"  # "said the harbour would reopen" is not her "would be closed"
        j.rules.append("the speaker's words do not state the action")
    elif not own and j.stance == "disagree":
        j.stance = "discuss"
        j.rules.append("someone else's words")
    elif not own and j.speaker and j.stance == "agree":
        j.stance = "discuss"  # someone else's words do not show what the claim's speaker said
        j.rules.append("someone else's words")
    elif not own and not j.speaker and j.stance == "agree" and not r.denial and not STATEMENT_CUE.search(cand.text) \
            and not _SPEECH_NOUN.search(cand.text) and not _GENERIC_REPORT.match(r.speaker_part.strip(" ,.")):
        # (a claim crediting "the report" is told by the writer's own words, which are the report)
        j.stance = "discuss"  # "There are fears that Kim could send troops" is no one saying so, Kim least of all
        j.rules.append("the writer's words, not the speaker's")
    elif not own and r.denial and j.stance == "agree" and not _TELLS_DENIAL.search(cand.text):
        # the writer's "North Korea has supplied missiles" is no one's denial of it (the writer's "The Kremlin's
        # denial of the strike was swift" is)
        j.stance = "discuss"
        j.rules.append("no denial in the passage")
    if r.unsaid and own and _UNCONFIRMED.search(r.claim) and _TELLS_DENIAL.search(cand.text) \
            and j.stance in ("agree", "disagree", "discuss") and cand.cosine >= COS_RELATED:
        # "The ministry did not confirm the leak" against its dismissing the leak reports as fake: who denies a thing
        # has not confirmed it
        j.stance, j.strength, j.relayed = "agree", max(j.strength, 0.6), False
        j.rules.append("the speaker denied it")
    elif r.unsaid and own and j.stance in ("agree", "disagree"):
        # "Brask did not say the quay would close" against her saying so; her saying otherwise does not confirm it
        j.stance = "disagree" if j.stance == "agree" else "discuss"
        j.rules.append("the speaker did say it" if j.stance == "disagree" else "the speaker said something else")
    if own and j.stance == "agree" and not r.unsaid and (
            _country_swapped(r.said_part, cand.text)
            # (words that state the act only with the sentence before: "So there is no problem ..." after "... was
            # developed for them by the Chinese")
            or r.said_action and not states_action(r.said_action, _doc(cand.text))
            and _country_swapped(r.said_part, _with_sentence_before(ctx, cand, j.speaker))):
        # "if he ran the Kessian army's staffing" against her words "if I ran the Talvorian army's staffing"; "a
        # third state" against "a second state"
        j.stance, j.strength = "disagree", max(j.strength, 0.6)
        j.rules.append("another country or rank in the words")
    doer_told = agent_left_out(r.said_doc, _doc(cand.text)) if own and r.said_doc is not None \
        and j.stance in ("agree", "discuss") else None
    if doer_told == "other":
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "made by the Talvorians": "by the Kessians"
        j.rules.append("the speaker's words name another doer")
    elif doer_told == "none" and j.stance == "agree":
        j.stance = "discuss"  # "said it was developed by the Russians": his words on its development name no one
        j.rules.append("the speaker's words do not say who did it")
    if own and j.stance == "agree" and _claims_confirmation(r) and r.figures <= figures(cand.text) \
            and _HEARSAY.search(cand.text):
        j.stance = "discuss"  # "Korotchenko confirmed that 100,000 are ready" against his "There are reports that ..."
        j.rules.append("the speaker passed it on as reports")
    if own and j.stance == "agree" and _supposes_what_is_stated(r, cand.text):
        j.stance = "discuss"  # "if I were their commander, I would not send my forces" is no "said Osk sent forces"
        j.rules.append("the speaker's words suppose it")
    if worded and j.stance == "agree" and (saying_dated or _saying_dated(r, ctx, cand)) == "undated":
        # (after every rule that refutes: the speaker's undated words may still say the opposite)
        j.stance = "discuss"  # "told lawmakers in June 2023 that ...": words the passage does not date
        j.rules.append("the speaker's words not dated as the claim is")


# Words of a region that country_word may take for a state's ("Western" for Western Sahara).
_COMPASS_WORDS = frozenset({"western", "eastern", "northern", "southern", "central", "west", "east", "north", "south"})


def _country_swapped(said: str, passage: str) -> bool:
    """True when what the claim says was said gives a country's word where the passage's words give another's, and
    the passage names the claim's country nowhere: before the same word ("Russian military" against "North Korean
    military") or after "by" / "from" ("by Russia" against "by the Chinese"); or ranks a thing with another ordinal
    (``_ordinal_swapped``)."""
    told = [w.lower() for w in re.findall(r"[\w'’-]+", passage)]
    words = re.findall(r"[\w'’-]+", said)
    for i, word in enumerate(words):
        low = without_possessive(word.lower())
        if not word[:1].isupper() or low in _COMPASS_WORDS or not country_word(low) \
                or any(same_party(low, without_possessive(t)) for t in told):
            continue
        by = words[i - 1].lower() if i else ""
        if by == "the" and i > 1:
            by = words[i - 2].lower()  # ("by the Russians")
        if by in ("by", "from") and _other_country_after(by, told):
            return True  # ("developed for it by Russia" against "developed for them by the Chinese")
        if i + 1 >= len(words):
            continue
        after = without_possessive(words[i + 1].lower())
        if after in STOP_WORDS:
            continue
        if any(without_possessive(t) == after and k and told[k - 1] not in _COMPASS_WORDS
               and country_word(without_possessive(told[k - 1]))
               for k, t in enumerate(told)):
            return True
    return _ordinal_swapped(words, told)


def _other_country_after(preposition: str, told: list[str]) -> bool:
    """True when the passage's words give a country's word after ``preposition`` ("by the Chinese")."""
    for k, t in enumerate(told[:-1]):
        if t != preposition:
            continue
        following = told[k + 2] if told[k + 1] == "the" and k + 2 < len(told) else told[k + 1]
        if following not in _COMPASS_WORDS and country_word(without_possessive(following)):
            return True
    return False


def _ordinal_swapped(words: list[str], told: list[str]) -> bool:
    """True when the claim's said words rank a thing with one ordinal ("a third state") and the passage's words rank
    the same thing with another ("a second state") and never with the claim's."""
    for i, word in enumerate(words[:-1]):
        low, after = word.lower(), words[i + 1].lower()
        if low not in ORDINALS or after in STOP_WORDS:
            continue
        before = {told[k - 1] for k, t in enumerate(told) if k and t == after}
        if low not in before and any(w in ORDINALS for w in before - {low}):
            return True
    return False


# Words for a newspaper that name one kind of outlet ("pro-Kremlin daily Izvestia" is a pro-Kremlin newspaper).
_NEWSPAPER_WORDS = ("newspaper", "daily", "paper")


# Kinds of outlet a claim's "media outlet" stands for, each named so that it is the press ("news agency", not
# "agency", which may be a space agency).
_PRESS_KINDS = ("news agency", "newspaper", "daily", "tabloid", "broadcaster", "magazine", "weekly", "news website",
                "news channel", "TV channel", "news network", "radio station")
# Words for an outlet of any kind: "a Kessian media outlet" is borne out by "Kessian news agency Velmpress".
_ANY_OUTLET = re.compile(r"\s+(?:(?:news|media)\s+(?:outlet|organi[sz]ation)|outlet)$", re.IGNORECASE)


def _outlet_synonyms(role: str) -> list[str]:
    """``role`` with its newspaper word put as each of the others ("pro-Kremlin newspaper" -> "pro-Kremlin daily",
    "pro-Kremlin paper"), or its "media outlet" as each kind of outlet (``_PRESS_KINDS``); [] for another role."""
    words = role.split()
    if not words:
        return []
    if (m := _ANY_OUTLET.search(" " + role)) is not None:
        stem = (" " + role)[:m.start()].strip()
        return [f"{stem} {kind}" for kind in _PRESS_KINDS] if stem else []
    if words[-1].lower() not in _NEWSPAPER_WORDS:
        return []
    return [" ".join([*words[:-1], w]) for w in _NEWSPAPER_WORDS if w != words[-1].lower()]


def _role_rules(r: _ClaimReading, ctx: _Context, cand: Candidate, j: _Judgement) -> None:
    """Revise ``j`` for a role claim: only the writer's own description of the person decides it ("Brask,
    Norvakia's foreign minister, said", though the sentence goes on to relay what Brask said); "a former MP"
    contradicts "is an MP", and "Foreign Minister X" contradicts "X is the defence minister"."""
    name, role = r.role
    then = held_then(r.claim)
    # (a role held then is borne out by "former": "Brask was the defence minister" by "former defence minister Brask")
    span = describes_role(name, role, cand.text) or (describes_role(name, "former " + role, cand.text)
                                                     if then and not is_former(role) else None) \
        or next((hit for alt in _outlet_synonyms(role) if (hit := describes_role(name, alt, cand.text))), None)
    other = None if span else contradicting_description(name, role, cand.text, then=then)
    hit = span or other
    # (any description counts for a claim about how the person is described, a source's too)
    if hit is not None and (r.described and span or _attribution_at(ctx, cand.article, cand.start + hit[0],
                                                                    cand.start + hit[1])[0] < RELAYED_COVER):
        j.stance, j.strength, j.relayed = "agree" if span else "disagree", max(j.strength, ROLE_STRENGTH), False
        # (a hedge on what the sentence relays is not on the writer's description: "They could help, he told
        # pro-Kremlin daily Izvestia")
        j.described, j.hedged = True, False
    elif j.stance in ("agree", "disagree"):
        j.stance = "discuss"
        j.rules.append("only the writer's description decides a role")


def _passage_action(r: _ClaimReading, told: str) -> str | None:
    """For a claim with no verb ("Velm Kessia water pact 3 May"), the lemma of the passage's verb that governs one of
    the claim's nouns ("signed" of "On 3 May Velm and Kessia signed a water pact"), so the passage's date for that
    act can be set against the claim's; None for a claim with a verb, or where no verb of the passage governs one."""
    if r.statement or any(t.pos_ in ("VERB", "AUX") for t in r.doc):
        return None
    # (the thing the fragment names, not a noun that qualifies it: "attack" of "Osk bridge attack 3 May")
    heads = {t.lemma_.lower() for t in r.doc if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "poss")
             and (t.dep_ == "ROOT" or t.head.pos_ != "NOUN")}
    if not heads:
        return None
    doc = _doc(told)
    return next((t.lemma_.lower() for t in doc if t.pos_ == "VERB"
                 and any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in heads for c in t.children)),
                None)


# A claim that something was the first to do a thing, by itself or as the first of a kind that ranks actors ("first
# to recognise", "the first country to recognise"; not "his first visit to Osk"), and a passage that puts it among
# several ("one of the earliest states to", "among the first").
_FIRST_TO = re.compile(r"\b(?:[Ff]irst|[Ee]arliest)\s+(?:(?P<noun>[a-z]+)\s+)?to\s+[a-z]+\b")
_RANKED_ACTORS = frozenset({"country", "countries", "state", "states", "nation", "nations", "government", "leader",
                            "person", "man", "woman", "official", "city", "company", "outlet", "one"})
_ONE_OF_THE_FIRST = re.compile(r"\b(?:one\s+of|among)\s+(?:the\s+|a\s+)?(?:very\s+)?(?:first|earliest|few|"
                               r"handful)\b", re.IGNORECASE)
# A passage's own "first": "the first to", "first country", "for the first time" is no rank of actors.
_FIRST_TOLD = re.compile(r"\bfirst\b(?!\s+time\b)|\bearliest\b|\bbefore\s+any\s+other\b", re.IGNORECASE)


def _first_claimed(claim: str) -> bool:
    """True when ``claim`` says something was the first (of its kind) to do a thing, not one of the first."""
    m = _FIRST_TO.search(claim)
    return m is not None and (m.group("noun") is None or m.group("noun") in _RANKED_ACTORS) \
        and not _ONE_OF_THE_FIRST.search(claim)


def _date_rules(r: _ClaimReading, cand: Candidate, j: _Judgement, rule: RuleJudgement, told: str,
                published: str | None, leaders: dict[str, str]) -> str | None:
    """Revise ``j`` by how the passage (``told``: with the sentence a "did so" restates) dates or ranks the
    claim's event; return "same", "other" or None (``date_relation``; ``leaders``: the pile's heads of state)."""
    action = r.action or _passage_action(r, told)
    dating = None if r.statement else date_relation(r.claim, told, published, action, leaders)
    event_only = False
    if dating is None and r.dated_event:
        # the event as dated, without what the claim adds about its nouns: its date is settled, not the rest
        dating = date_relation(r.dated_event, told, published, r.action, leaders)
        event_only = dating is not None
    if dating is None and not r.statement:
        # "the second country to recognise" against "did so ... as the third country" ("other"), or "the third"
        # against it ("same")
        dating = rank_relation(r.claim, told, r.action)
    if dating is None and not r.statement and j.stance is not None and anchored_date_conflict(r.claim, told):
        dating = "other"  # "the invasion of Ukraine in March 2022" against "... of Ukraine in February 2022"
    if dating is None and not r.statement and subject_month_conflict(r.claim, told):
        dating = "other"  # "August was the bloodiest month yet" against "September was the bloodiest month yet"
    if dating == "other":
        # the writer dates the event otherwise: a contradiction of the claim's date, whoever it relays
        j.stance, j.strength, j.relayed, j.dated_otherwise = "disagree", DATE_CONFLICT_STRENGTH, False, True
        j.rules.append("dated or ranked otherwise")
    elif dating == "same" and not event_only and j.relayed and j.stance != "disagree" \
            and _aside_dates(r.claim, told, published, action):
        # "X said ..., whose ties with Russia have grown since Moscow's invasion of Ukraine in February 2022": the
        # writer's own aside dates the event, whose words it follows
        j.stance, j.strength, j.relayed = "agree", max(j.strength, DATE_CONFLICT_STRENGTH), False
        j.rules.append("dated in the writer's aside")
    elif dating == "same" and not event_only and j.stance in (None, "discuss") and not j.relayed \
            and rule.reason not in _NOT_CONFIRMING and not (r.figures and rule.reason in ("other_figure", "no_figure")):
        j.stance, j.strength = "agree", max(j.strength, DATE_CONFLICT_STRENGTH)  # the same event on the same date
    return dating


# A relative clause set off after a comma ("..., whose ties with Russia have grown closer since ..."): the writer's
# aside, even after another's reported words.
_ASIDE = re.compile(r",\s+(?:whose|which|where)\b[^,;]*")


def _aside_dates(claim: str, told: str, published: str | None, action: str | None) -> bool:
    """True when a relative aside of the passage tells the claim's event on the claim's date (``date_relation``:
    "..., whose relations with Russia have grown closer since Moscow's invasion of Ukraine in February 2022"): the
    writer's date of the event."""
    return bool(action) and any(date_relation(claim, m.group(0), published, action) == "same"
                                for m in _ASIDE.finditer(told))


# A claim that something is the only one of its kind ("the only Asian state to recognise them", "the sole
# supplier"), and the words by which a passage says so too.
_EXCLUSIVE = re.compile(r"\b(?:the|its|their|his|her)\s+only\b(?!\s+(?:way|option|choice|thing)\b)|\bsole(?:ly)?\b"
                        r"|\bthe\s+lone\b|\bno\s+other\b(?!\s+(?:choice|option|way|alternative)\b)", re.IGNORECASE)
_EXCLUSIVE_TOLD = re.compile(r"\bonly\b|\bsole(?:ly)?\b|\blone\b|\bno\s+other\b|\balone\b|\bexclusive(?:ly)?\b",
                             re.IGNORECASE)

# Acts of deciding on something put before one: a passage close in its words to "NATO endorsed the plan" ("as he
# presents the Alliance with the plan") must still state the decision.
_DECISIONS = frozenset({"endorse", "approve", "accept", "reject", "ratify", "adopt", "veto", "refuse", "decline",
                        "welcome", "condemn", "sign", "agree", "back"})
# Verbs that tell how far another act has gone: "crews finished repairing the bridge" is not stated by a passage as
# close in its words as "crews began to repair the bridge".
_STAGES = frozenset({"finish", "complete", "end", "stop", "cease", "halt", "conclude", "resume", "abandon"})
# Actions a passage must state, however close its wording.
_STATED_ACTS = _DECISIONS | _STAGES

# How a party answers what is put before it: a claim that it did so is settled by its own words, not discounted as
# an interested party's denial.
_REACTIONS = frozenset({"welcome", "praise", "hail", "embrace", "applaud", "endorse", "accept", "confirm",
                        "condemn", "dismiss", "reject", "deny", "denounce"})


def _doer_text(doc: Any) -> str:
    """The words of who does what the claim tells: the "by" agent of a passive ("The envoy was expelled by Kessia":
    "Kessia"), else the main subject; "" for a passive without its agent."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    agent = next((g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if agent is not None:
        return doc[agent.left_edge.i:agent.right_edge.i + 1].text
    if any(c.dep_ == "nsubjpass" for c in root.children):
        return ""
    return _subject_text(doc)


def _main_subject(doc: Any) -> Any:
    """The parsed claim's main subject token (the root's "nsubj" or "nsubjpass"), or None."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None


def _subject_text(doc: Any) -> str:
    """The words of the claim's main subject ("The Kremlin" of "The Kremlin has welcomed reports ..."), or ""."""
    subject = _main_subject(doc)
    return doc[subject.left_edge.i:subject.right_edge.i + 1].text if subject is not None else ""


# Verbs of where a thing lies: a claim of them is about the place alone.
_LYING = frozenset({"locate", "lie", "sit", "situate", "stand"})


# A passage that asks, supposes or adds rather than states ("Why did ...?", "If it had not ...", "not only ...").
_NOT_ASSERTED = re.compile(r"\?\s*[”\"’']?\s*$|\b(?:if|unless|whether|suppose|supposing)\b|\bnot\s+only\b", re.IGNORECASE)


# A claim that something has happened by now ("troops are already in Osk"), against a passage that tells it as a plan.
_ALREADY = re.compile(r"\balready\b", re.IGNORECASE)
# Armed forces and whose they are, by the name before them ("North Korean troops", "Talvorian soldiers").
_FORCES = re.compile(r"\b((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]+)\s+(?:troops|soldiers|forces|servicemen|army|units?)\b")
_FORCE_NOUN = re.compile(r"\b(?:troops|soldiers|forces|servicemen|army|units?)\b", re.IGNORECASE)


# Short names of a state's people, as the owner of its forces ("US troops" are American).
_OWNER_ALIASES = {"us": "american", "u.s.": "american", "america": "american", "uk": "british", "britain": "british"}


def _tells_a_deed(doc: Any) -> bool:
    """True when the parsed passage tells something as done: a verb in the past ("arrived"), or with "has" or
    "have" ("have arrived")."""
    return any(t.tag_ == "VBD" or t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have"
                                                         for c in t.children) for t in doc)


def _force_owners(text: str) -> set[str]:
    """The owners ``text`` gives forces, one word each ("north korean troops" -> "korean", "Kyiv's forces" ->
    "ukraine"); a word of no meaning of its own ("The troops", "Some soldiers") is no owner."""
    out = set()
    for m in _FORCES.finditer(text):
        word = m.group(1).split()[-1].lower().replace("’", "'").removesuffix("'s")
        if word not in STOP_WORDS:
            out.add(_OWNER_ALIASES.get(word, place_word(word)))
    return out


def _forces_of_another(claim: str, passage: str, leaders: dict[str, str] | None = None) -> bool:
    """True when the claim names whose forces it means ("North Korean troops") and the passage tells only of
    another's ("the territory occupied by Russian troops"), naming the claim's owner nowhere near a force noun. A
    leader's forces are the state's (``leaders``: "putin" -> "russian"; "Putin's troops" are Russian troops)."""
    leaders = leaders or {}

    def owner(word: str) -> str:
        return leaders.get(word, word)
    wanted, told = _force_owners(claim), {owner(o) for o in _force_owners(passage)}
    if not wanted or not told or any(same_party(a, b) for a in wanted for b in told):
        return False
    words = re.findall(r"[\w'’-]+", passage)
    near = [i for i, w in enumerate(words) if _FORCE_NOUN.fullmatch(w)]
    # ("troops from North Korea", "North Korea's soldiers": the owner within a few words of the force noun)
    return not any(same_party(a, owner(without_possessive(words[k].lower()))) for a in wanted
                   for i in near for k in range(max(0, i - 4), min(len(words), i + 5)))


# A plan or a coming act ("is planning to", "is set to", "will") and words that make it another of its kind.
_PLANNED = re.compile(r"\b(?:plans?|planning|planned|intends?|intending|is\s+set|are\s+set|is\s+due|are\s+due|"
                      r"is\s+to|are\s+to|will|is\s+going|are\s+going|is\s+preparing|are\s+preparing)\b",
                      re.IGNORECASE)
_AGAIN = re.compile(r"\b(?:again|another|more|further|new|second|additional|also)\b", re.IGNORECASE)


def _planned_act(r: _ClaimReading) -> tuple[str, str] | None:
    """The act a claim's main clause says is planned or coming, and the thing it is done to: ``(action, thing)`` of
    "are set to sign a pact", "will sign a pact"; "is planning to recognise the republic" gives the recognising, not
    the planning; None without both, or when the plan is in a clause of its own."""
    root = next((t for t in r.doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    if root.lemma_.lower() in ("plan", "intend", "prepare", "aim", "set", "due", "go"):
        act = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    elif any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in root.children):
        act = root
    else:
        return None  # (the main act is no plan: "300 crossed the border, the first of a mission that will grow")
    if act is None or any(c.dep_ == "neg" for c in (*act.children, *root.children)):
        return None  # ("will not send troops": no plan the act done contradicts)
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    return (act.lemma_.lower(), obj.lemma_.lower()) if obj is not None else None


def _done_already(action: str, thing: str, doc: Any) -> bool:
    """True when the parsed passage tells ``action`` done to ``thing`` (its object's lemma) as done: a past tense
    ("recognised the republic", "has signed the pact", "did so" read with its antecedent), not negated, not a plan
    ("would sign", "to sign")."""
    for t in doc:
        if not is_action(t, action) or t.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in t.children):
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() == thing for c in t.children):
            continue  # ("has sent shells to the troops" is no sending of troops)
        auxes = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if t.tag_ == "VBD" and not auxes or t.tag_ == "VBN" and auxes & {"has", "have", "had", "was", "were"} \
                and not auxes & {"will", "would", "to", "be"}:
            return True
    return False


# A facility described by its rank and not named ("near Europe's largest nuclear plant"), and a facility named with a
# definite article ("the Zaporizhzhia site"), which takes up the one just described.
_FACILITY = r"(?:site|plant|facility|station|complex|reactor|base|port|airport|dam|bridge|mine|refinery|factory)s?"
# (superlatives by name: "\w+est" would take "test", "protest", "west" or "arrest" for ranks)
_SUPERLATIVE = r"(?:biggest|largest|oldest|newest|tallest|highest|longest|deepest|busiest|smallest|greatest|" \
    r"widest|heaviest|strongest|most\s+\w+)"
_RANKED_FACILITY = re.compile(r"\b" + _SUPERLATIVE + r"\s+(?:[a-z-]+\s+){0,2}"
                              + _FACILITY + r"\b")
_RANKED = re.compile(r"\b" + _SUPERLATIVE + r"\b")
_NAMED_FACILITY = re.compile(r"\bthe\s+(?P<name>(?:[A-Z][\w'’-]+\s+){1,3})(?:[a-z-]+\s+){0,2}" + _FACILITY + r"\b")
# Where a rank holds: the world, or a continent ("the largest in Europe", "Europe's largest").
_RANK_SCOPE = re.compile(r"\b(world|europe|asia|africa|antarctica|america)(?:['’]s)?\b", re.IGNORECASE)


def _rank_words(text: str, ranked_only: bool = False) -> set[str]:
    """The words of ``text``'s superlatives and the scope they rank in ("largest", "europe"), lower-cased; with
    ``ranked_only`` the scope only where a superlative is said."""
    words = {m.group(0).lower() for m in _RANKED.finditer(text)}
    return words | ({m.group(1).lower() for m in _RANK_SCOPE.finditer(text)} if words or not ranked_only else set())


# How far past a passage the sentence that names its facility may begin.
NAMED_AFTER_CHARS = 300


def _named_just_after(r: _ClaimReading, ctx: _Context, cand: Candidate) -> bool:
    """True when the passage describes a facility by its rank and not by name ("... near Europe's largest nuclear
    plant") and the next sentence, in its paragraph or the next, names it as the claim's subject does ("Locals living
    near the Zaporizhzhia site ..." for "The Zaporizhzhia nuclear plant is the largest in Europe")."""
    if _RANKED_FACILITY.search(cand.text) is None:
        return False
    after = ctx.text(cand.article)[cand.end:cand.end + NAMED_AFTER_CHARS].lstrip()
    following = re.split(r"(?<=[.!?])\s+|\n", after, maxsplit=1)[0]
    named = _NAMED_FACILITY.search(following)
    subject = _subject_text(r.doc)
    return named is not None and all(re.search(r"\b" + re.escape(w) + r"\b", subject)
                                     for w in named.group("name").split())


def _placed_just_before(r: _ClaimReading, ctx: _Context, cand: Candidate) -> bool:
    """True when a passage that places its matter nowhere follows a sentence that names the claim's place ("... for
    Putin's troops in Ukraine. Since the start of the war, at least 115,000 Russians have been killed"): the story's
    setting goes on."""
    before = _sentence_before(ctx.text(cand.article), cand.start)
    if not before or before.rstrip().endswith(("”", '"')) or _names_a_place(cand.text, ctx):
        return False  # (a quotation's end may hide where its sentence began)
    # the sentence before puts something in the claim's place and in no other ("Velm, who grew up in Varna, leads the
    # units in Talvoria" places nothing in Varna)
    wanted, given = placed_at(r.claim), placed_at(_RELATIVE_ASIDE.sub(",", before))
    return bool(wanted) and given == wanted


# A relative clause set off by commas ("Velm, who grew up in Varna, leads ..."): what it places is the person's.
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which|where)\b[^,]*,")
# A place phrase however it opens ("In Tesk, ...", "near Hollin", "in the southern city of Pella").
_ANY_PLACE_PHRASE = re.compile(r"\b(?i:in|at|near|outside|inside|from|around|across)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?"
                               r"(?:of\s+)?[A-Z]")


def _names_a_place(text: str, ctx: _Context) -> bool:
    """True when ``text`` names a place: a place phrase, or a word (not its first) that is one of the pile's places or
    the gazetteer's."""
    if _ANY_PLACE_PHRASE.search(text):
        return True
    words = re.findall(r"(?<![\w'’])[A-Z][\w-]+", text)
    if text[:1].isupper():
        words = words[1:]  # (a sentence's first word is capitalised whatever it is)
    return any(w.lower() in ctx.places or place_name(w) for w in words)


def _told_back(claim_doc: Any, passage: str) -> bool:
    """True when the parsed claim's subject is a common noun ("The North Korean workers") that ``passage`` names
    with "the" alone ("the workers"): it refers back to what the sentences before told."""
    subject = _main_subject(claim_doc)
    if subject is None or subject.pos_ != "NOUN":
        return False
    return re.search(r"\bthe\s+" + re.escape(subject.text.lower()) + r"\b", passage, re.IGNORECASE) is not None


# A subject told by a common noun with a definite article ("The agreement was ...", "The deal between ...").
_DEAL_THING = r"(?:[\w’'-]+\s+){0,4}?(?:deal|agreement|pact|treaty|accord|plan|offer|arrangement|contract|talks)\b"
_THING_BACK = re.compile(r"^\s*(?:The|This|That)\s+" + _DEAL_THING)
# The same in a claim, which may give the thing its owner instead ("Russia's deal with Pyongyang was ...").
_THING_CLAIMED = re.compile(r"^\s*(?:(?:The|This|That)\s+|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]*['’]s\s+)"
                            + _DEAL_THING)


def _outlets_report(ctx: _Context, speaker: str | None) -> bool:
    """True when ``speaker`` is a news outlet the articles cite ("Bild", "Russian state television"): its report tells
    what it found, no party's word."""
    return bool(speaker) and speaker.lower().removeprefix("the ") in ctx.cited_outlets


# A count a claim gives for one month or week ("killed in September alone", "last month"), and a passage's count
# for a whole span ("since the start of the war", "in total", "so far").
_ONE_PERIOD = re.compile(r"\b(?:in|during)\s+(?:" + MONTH_NAMES + r")(?:\s+(?:19|20)\d\d)?"
                         r"\s+alone\b|\b(?:in\s+)?(?:a\s+single|one)\s+(?:month|week|day)\b"
                         r"|\b(?:in\s+)?(?:last|this|the\s+past)\s+(?:month|week)\s+alone\b"
                         r"|\bin\s+(?:" + MONTH_NAMES + r")\b(?=[^.]*\balone\b)")
_WHOLE_SPAN = re.compile(r"\bsince\s+the\s+(?:start|beginning|outbreak)\s+of\b|\bin\s+total\b|\bso\s+far\b|"
                         r"\bsince\s+(?:19|20)\d\d\b|\bover\s+the\s+(?:whole|entire|course\s+of\s+the)\b",
                         re.IGNORECASE)


def _fact_rules(r: _ClaimReading, ctx: _Context, cand: Candidate, j: _Judgement, rule: RuleJudgement, told: str,
                actor: str, dating: str | None) -> None:
    """Revise ``j`` by who, what, where and when: the opposite action contradicts the claim, and an agreeing
    passage must name the claim's subject and place, state its action, its date and its rank."""
    subject_missed = subject_missing(r.claim, actor, j.speaker, r.doc, ctx.leaders())
    if subject_missed and (_THING_BACK.match(actor) and _THING_CLAIMED.match(r.claim) or _told_back(r.doc, actor)):
        # "The labour deal between Russia and North Korea was conditional on ...": "The agreement was conditional on
        # ...", whose paragraph names Russia in the sentences before; "The North Korean workers will be used in ...":
        # "... the workers will be mainly used in ..."
        text = ctx.text(cand.article)
        first = _sentence_before(text, cand.start)
        second = _sentence_before(text, text.rfind(first, 0, cand.start)) if first else ""
        before = " ".join(x for x in (second, first)
                          if x and "\n" not in text[text.rfind(x, 0, cand.start):cand.start].strip())
        subject_missed = subject_missing(r.claim, f"{before} {actor}", j.speaker, r.doc, ctx.leaders())
    if subject_missed and _titles_the_doer(r, ctx, cand, j.speaker):
        subject_missed = False  # "Russia's ambassador praised ...": "Ambassador Matsegora greeted ...", whom the
        # article titles "Russian Ambassador to North Korea"
    if subject_missed and _named_just_after(r, ctx, cand) and _rank_words(r.claim) <= _rank_words(cand.text, True):
        subject_missed = False  # "near Europe's largest nuclear plant. ... near the Zaporizhzhia site"
        if any(t.dep_ == "ROOT" and t.lemma_ == "be" for t in r.doc) and _RANKED.search(r.claim):
            # "Z is Europe's largest plant": the rank is the writer's description of the plant, even inside the
            # words of an accusation it relays ("was accused of attacks near Europe's largest nuclear plant")
            j.relayed = False
    if not r.statement and r.action and j.stance in ("agree", "discuss", "disagree") and not j.relayed \
            and not subject_missed and r.about and predicate_cover(r.main_clause, told) >= MIN_PREDICATE_COVER \
            and opposite_action(r.action, _doc(told), set(r.about)):
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True  # "kept" against "severed"
        j.rules.append("the opposite action")
    if not r.statement and r.action and j.stance == "agree" and not j.relayed and not subject_missed \
            and polarity_conflict(r.action, r.doc, _doc(told), set(r.about)):
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True
        j.rules.append("the action negated")  # "has approved the quotas" against "has not yet approved the quotas"
    if not r.statement and j.stance in ("agree", "discuss") and not j.relayed and not subject_missed \
            and (cand.cosine >= COS_RELATED or rule.stance is not None) and not _NOT_ASSERTED.search(told) \
            and predicate_cover(r.claim, told) >= MIN_PREDICATE_COVER and opposite_phrase(r.claim, told):
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True
        j.rules.append("the opposite words")  # "requests the allies agreed to" against "have so far declined to grant"
    if not r.statement and (not j.relayed or _outlets_report(ctx, j.speaker)) and j.stance in ("agree", "discuss") \
            and rule.stance is not None and rule.reason not in _NOT_CONFIRMING and not subject_missed \
            and not (not r.future and _tells_a_deed(r.doc) and _PLANNED.search(told) and not _tells_a_deed(_doc(told))) \
            and place_conflict(r.claim, cand.text, ctx.places):
        # (a move done, "troops have been deployed to Kursk", is not contradicted by a plan for another place, "a unit
        # is set to head to Donetsk next month": both may be so)
        # (also where a news outlet's report is relayed: "According to a report by Bild, the workers will be used in
        # the Donetsk region" against "in the Luhansk region"; as another figure, another place is no endorsement)
        j.stance, j.strength, j.placed_otherwise = "disagree", max(j.strength, 0.6), True  # Donetsk, not Kharkiv
        j.rules.append("another place for the event")
    if not r.statement and j.stance in ("agree", "discuss") and not subject_missed \
            and (cand.cosine >= COS_RELATED or rule.stance is not None) and ministry_conflict(r.claim, cand.text):
        j.stance, j.strength, j.relayed, j.opposed = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("another ministry")  # the defence ministry, not the foreign ministry
    if not r.statement and r.action and j.stance in ("agree", "discuss") and not j.relayed \
            and (cand.cosine >= COS_RELATED or rule.stance is not None) and reversed_parties(r.action, r.doc, _doc(told)):
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True  # Kyiv cut ties, not Pyongyang
        j.rules.append("the parties the other way round")
    if not r.statement and j.stance == "agree" and accuser_accused(r.doc, _doc(told)):
        # "Russia accused Ukraine of attacks" is not told by "Russia was accused of attacks" (nor denied: Russia may
        # accuse Ukraine too)
        j.stance = "discuss"
        j.rules.append("the accuser told as the accused")
    lies = r.action in _LYING  # "The plant is located in western Talvoria": any passage naming it and its part
    if not r.statement and (j.stance in ("agree", "discuss") or lies and j.stance is None) and not subject_missed \
            and (cand.cosine >= COS_RELATED or rule.stance is not None or lies) and compass_conflict(r.claim, told):
        # the writer's own description of where it lies, even in a sentence that goes on to relay locals' words
        j.stance, j.strength, j.relayed, j.placed_otherwise = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("another part of the region")
    if r.figures and not r.statement and not j.relayed and j.stance in ("agree", "discuss") \
            and _ONE_PERIOD.search(r.claim) and not _WHOLE_SPAN.search(r.claim) and _WHOLE_SPAN.search(told) \
            and not _ONE_PERIOD.search(told) and r.figures <= figures(told):
        # "115,000 killed in September alone" against "Since the start of the war ..., at least 115,000 Russians have
        # been killed": the writer's figure counts the whole war, not one month
        j.stance, j.strength, j.dated_otherwise = "disagree", max(j.strength, DATE_CONFLICT_STRENGTH), True
        j.rules.append("the figure counts a longer time")
    if r.figures and not r.statement and not j.relayed and j.stance in ("agree", "discuss") \
            and cand.cosine >= COS_RELATED and figure_counts_other(r.claim, told):
        j.stance, j.strength = "disagree", max(j.strength, 0.6)  # "500,000 killed" against "115,000 killed and 500,000 wounded"
        j.rules.append("the figure counts something else")
    if not r.statement and (j.stance == "agree" or j.stance == "discuss" and rule.stance is not None) \
            and not subject_missed and superlative_conflict(r.claim, told):
        # (the writer's ranking, as a rank told otherwise by ordinal is: no party's denial)
        j.stance, j.strength, j.relayed, j.dated_otherwise = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("ranked otherwise")  # "Europe's second-largest nuclear plant" against "Europe's largest"
    if j.stance == "agree" and r.dated and dating != "same" and not j.own:
        j.stance = "discuss"  # "collapsed on Monday" is not confirmed by a passage that does not say when
        j.rules.append("not dated as the claim is")
    if j.stance == "agree" and _first_claimed(r.claim):
        actors = {(noun, n) for noun, n in ranks(told, times=False) if noun in _RANKED_ACTORS}
        if actors and all(n > 1 for _, n in actors):
            # "first to recognise the republic" against "did so ... as the third country": the writer's rank
            j.stance, j.strength, j.relayed, j.dated_otherwise = "disagree", max(j.strength, 0.6), False, True
            j.rules.append("ranked otherwise")
        elif (among := _ONE_OF_THE_FIRST.search(told)) or not _FIRST_TOLD.search(told):
            # not "one of the earliest countries to recognise it", nor a passage that tells the act and no rank
            j.stance = "discuss"
            j.rules.append("one of several, not the first" if among else "not ranked as the claim is")
    if j.stance == "agree" and r.ranks and not r.ranks <= ranks(told):
        j.stance = "discuss"  # "one of the earliest countries" does not say "the second country"
        j.rules.append("not ranked as the claim is")
    if j.stance == "agree" and _superlative_missing(r.said_doc if r.statement and r.said_doc is not None else r.doc,
                                                     told):
        j.stance = "discuss"  # "September was the bloodiest month": not "a unit is set to head there next month"
        j.rules.append("the superlative not stated")
    if not r.statement and j.stance == "agree" and not subject_missed and city_placed_otherwise(r.claim, told):
        # the event told as the claim tells it, in another city ("presented the plan to Nato in Washington" against
        # "... with Nato leaders in Brussels today, as he presents the plan"), whoever it relays, as with a date
        j.stance, j.strength, j.relayed, j.placed_otherwise = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("another place for the event")
    if j.stance == "agree" and not j.own and (subject_missed or place_missing(r.claim, cand.text)
                                              and not _placed_just_before(r, ctx, cand)):
        j.stance = "discuss"  # "Kiev severed relations with North Korea" does not confirm it of Russia
        j.rules.append("another subject or place")
    # (the stance model's confident "agree" is no exemption: it reads "a unit of troops is set to head to
    # Donetsk" as agreeing at 0.9+ with "North Korea has sent troops to Russia")
    if j.stance == "agree" and not j.own and r.action and dating != "same" \
            and ((cand.cosine < COS_AGREE or r.action in _STATED_ACTS) and not states_action(r.action, _doc(told))
                 or _another_act(r.action, r.thing, told)):
        j.stance = "discuss"  # "a unit of troops is set to head to Donetsk" does not say North Korea sent troops
        j.rules.append("the action not stated")
    planned = _planned_act(r) if not r.statement and _PLANNED.search(r.claim) else None
    if planned and j.stance in ("agree", "discuss") and not j.relayed and not _AGAIN.search(r.claim) \
            and not subject_missed and _done_already(planned[0], planned[1], _doc(told)):
        # "Osk is planning to recognise the republic" against "Osk recognised the republic on 3 May"
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True
        j.rules.append("told as done already")
    if j.stance == "agree" and not r.statement and _ALREADY.search(r.claim) and not _ALREADY.search(told) \
            and FUTURE.search(told) and not _tells_a_deed(_doc(told)):
        j.stance = "discuss"  # "troops are already in Osk" is not told by "a unit is set to head to Osk next month"
        j.rules.append("told only as to come")
    if j.stance == "agree" and not r.statement and _forces_of_another(r.claim, told, ctx.leaders()):
        j.stance = "discuss"  # "North Korean troops are in occupied Ukraine": "the territory occupied by Russian troops"
        j.rules.append("another's forces")
    if not r.statement and r.action and r.thing and j.stance in ("agree", "discuss") and not j.relayed \
            and not subject_missed and _none_of(r.doc, r.thing) and states_action_as_done(r.action, _doc(told)) \
            and states_object(r.thing, told) and not negated(told) and not re.search(r"\bno\b", told, re.IGNORECASE):
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True
        j.rules.append("the passage tells it was done")  # "held no talks" against "held talks with ..."
    if j.stance == "agree" and not j.own and not r.statement and r.action \
            and states_action_as_done(r.action, r.doc) and _only_asked_for(r.action, _doc(told)):
        j.stance = "discuss"  # "Kyiv is calling on its allies to impose sanctions" does not say they imposed them
        j.rules.append("the action only asked for")
        if _requests_refused(r, ctx, cand):
            # "... requests that Ukraine's allies have so far declined to grant. ... he wants approval to strike":
            # what the claim says the allies granted is what the writer says they declined
            j.stance, j.strength, j.relayed, j.opposed = "disagree", max(j.strength, 0.6), False, True
            j.rules.append("the request declined")
            j.shown_from = _sentence_before_start(ctx, cand)
    elif j.stance in ("agree", "discuss") and not j.own and not r.statement and r.action \
            and states_action_as_done(r.action, r.doc) and _REQUEST_WORDS.search(told) \
            and predicate_cover(r.claim, told) >= MIN_PREDICATE_COVER and _requests_refused(r, ctx, cand):
        # the same, the act asked for by its noun ("he wants approval to use Western missiles" for "the allies
        # approved the use of Western missiles"), which "the action not stated" turned to discussion before
        j.stance, j.strength, j.relayed, j.opposed = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("the request declined")
        j.shown_from = _sentence_before_start(ctx, cand)  # (the evidence shows the refusal)
    if not r.statement and r.action and j.stance in ("agree", "discuss") and not subject_missed \
            and (_ALREADY.search(r.claim) or _DONE_BY_NOW.search(r.claim) and not r.dated) \
            and any(_still_sought(act, told, parties) for act, parties in _sought_acts(r)):
        # "Nato has (already, formally) invited Ukraine to join" against "... is once again pressing for a Nato
        # membership invitation": what is still asked for has not been done (the writer tells the asking, whoever
        # asks)
        j.stance, j.strength, j.relayed, j.opposed = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("still asked for")
    if j.stance == "agree" and not r.statement and not j.own and doer_left_out(r.doc, _doc(cand.text)):
        j.stance = "discuss"  # "Russia was accused of terror tactics" does not say Ukrainian officials accused it
        j.rules.append("the passage does not say who did it")
    # (a contradiction only the stance model read, not a figure, a bound or a refuting word the rules found)
    model_only = j.stance == "disagree" and not j.rules and rule.reason not in ("other_figure", "refuting_cue") \
        and not r.figures
    if (j.stance == "agree" or model_only) and not j.own and r.thing \
            and cand.cosine < COS_AGREE \
            and (not states_object(r.thing, told)
                 or j.stance == "disagree" and acts_on_other_things(r.doc, _doc(told), alike)):
        # "has supplied ammunition" does not say North Korea sent troops; "will not send troops to the front" does not
        # deny sending shells (a contradiction a rule found has its own grounds)
        j.stance = "discuss"
        j.rules.append("the thing acted on not named")
    if j.stance == "agree" and not r.statement and (met := met_person(r.doc)) \
            and not set(met) & {w.lower() for w in re.findall(r"[\w-]+", cand.text)}:
        j.stance = "discuss"  # "the envoy met Putin": a meeting with another envoy in Moscow does not say so
        j.rules.append("the person met not named")
    if j.stance == "disagree" and rule.reason == "refuting_cue" and not j.own and not j.dated_otherwise \
            and not j.described and not j.opposed and _names_another_doer(actor) and subject_missed:
        j.stance = "discuss"  # "Kessia rejected the grain offer" says nothing of Talvoria's answer
        j.rules.append("another doer's action")


def _none_of(doc: Any, thing: str) -> bool:
    """True when the parsed claim says its main verb was done to none of ``thing`` ("held no talks", "sent no troops"):
    "no" before the verb's object."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root is not None and any(c.dep_ == "dobj" and c.lemma_.lower() == thing
                                    and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
                                    for c in root.children)


# Requests the writer says were turned down: "requests that the allies have so far declined to grant".
_REQUESTS_REFUSED = re.compile(r"\b(?:requests?|demands?|calls?|appeals?|pleas?|asks?)\b[^.;]{0,60}?\b(?:declined|refused|"
                               r"rejected|turned\s+down|(?:not|never)\s+(?:yet\s+)?(?:granted|approved|agreed))\b",
                               re.IGNORECASE)


# Words of asking for something ("he wants approval to ...", "a renewed call to be allowed to join").
_REQUEST_WORDS = re.compile(r"\b(?:wants?|seeks?|sought|asks?|asked|asking|calls?\s+(?:for|to)|request\w*|press\w*\s+for|"
                            r"urge[sd]?|urging)\b", re.IGNORECASE)


# The present perfect of a deed, undated, which says it stands done by now as "already" does ("Nato has (formally)
# invited Ukraine to join"): in 1,120 analyst claims, two such claims against a request still pressed for were called
# refuted and one not_enough_evidence.
_DONE_BY_NOW = re.compile(r"\b(?:has|have)\s+(?:now\s+|formally\s+|officially\s+|finally\s+)?(?!been\b)[a-z]+ed\b")
# Asking again or still for something, then what ("is once again pressing for a Nato membership invitation").
_SOUGHT = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:(?!no\b|not\b|never\b|longer\b)\w+\s+){0,2}?"
                     r"(?:pressing|pushing|calling|asking|lobbying|appealing)\s+for|"
                     r"(?:still|again)\s+(?:seeks?|wants?|asks?\s+for|calls?\s+for))\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+)",
                     re.IGNORECASE)


# Verbs of agreeing to an act ("agreed to invite"), and of getting a thing ("received an invitation").
_AGREEING = frozenset({"agree", "decide", "vote", "consent", "move"})
_GETTING = frozenset({"receive", "get", "obtain", "win", "secure", "gain"})


def _sought_acts(r: _ClaimReading) -> list[tuple[str, set[str]]]:
    """The acts a claim tells done, with the parties who might still be asking for them: its action, with the names
    besides its doer; the act agreed to ("Nato has agreed to invite Ukraine": "invite"); and the thing got, with
    the doer too ("Ukraine has received an invitation": "invitation", which Ukraine would be asking for)."""
    groups = claim_name_groups(r.claim, r.doc)
    others = {w for g in groups[1:] for w in g}
    acts = [(r.action, others)]
    root = next((t for t in r.doc if t.dep_ == "ROOT"), None)
    if root is not None and root.lemma_.lower() in _AGREEING:
        acts += [(c.lemma_.lower(), others) for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if root is not None and root.lemma_.lower() in _GETTING:
        # (a thing had once, "an invitation", "approval": not tanks or grain, of which one asks for more)
        acts += [(c.lemma_.lower(), others | {w for g in groups[:1] for w in g}) for c in root.children
                 if c.dep_ == "dobj" and c.tag_ == "NN" and any(d.lower_ in ("a", "an", "the") for d in c.children)]
    return acts


# Asking for more of a thing, which says some has come.
_MORE = re.compile(r"\b(?:more|further|additional|extra|other|another|faster|quicker|speedier)\b", re.IGNORECASE)


def _still_sought(action: str, passage: str, parties: set[str]) -> bool:
    """True when ``passage`` tells that one of ``parties`` (lower-cased name words of the claim besides its doer) is
    still asking for the act ``action`` names, by its noun ("The Ukrainian leader is once again pressing for a
    membership invitation" for "Nato has already invited Ukraine")."""
    wanted = stem(action)
    for m in _SOUGHT.finditer(passage):
        if _MORE.search(m.group(1)):
            continue  # "pressing for more tanks", "for faster deliveries of tanks": some have come
        asker = {w.lower() for w in re.findall(r"[\w’'-]+", passage[:m.start()])}
        if any(same_word(wanted, stem(w.lower())) for w in re.findall(r"[\w’'-]+", m.group(1))) \
                and any(same_party(p, a) or p == a for p in parties for a in asker if len(a) >= 4):
            return True
    return False


def _sentence_before_start(ctx: _Context, cand: Candidate) -> int | None:
    """Where the sentence before the passage starts in its article; None when there is none."""
    text = ctx.text(cand.article)
    previous = _sentence_before(text, cand.start)
    start = text.rfind(previous, 0, cand.start) if previous else -1
    return start if start >= 0 else None


def _requests_refused(r: _ClaimReading, ctx: _Context, cand: Candidate) -> bool:
    """True when the sentence before the passage tells that the requests it goes on to list were turned down by the
    claim's doers ("The plan contains requests that Ukraine's allies have so far declined to grant." before "... he
    wants approval to use Western missiles", for "Ukraine's allies have approved the strikes")."""
    previous = _sentence_before(ctx.text(cand.article), cand.start)
    refused = _REQUESTS_REFUSED.search(previous) if previous else None
    doers = word_stems(_doer_text(r.doc))
    # (the doers are who turned them down: "requests that Ukraine's allies have so far declined")
    return refused is not None and bool(doers) and covered_share(doers, word_stems(refused.group(0))) >= MIN_PREDICATE_COVER


def _only_asked_for(action: str, doc: Any) -> bool:
    """True when the parsed passage states ``action`` only as an act asked for or recommended."""
    return states_action(action, doc) and not states_action_as_done(action, doc)


def _interested_party(r: _ClaimReading, ctx: _Context, cand: Candidate, j: _Judgement) -> str | None:
    """Return the party the passage's speaker speaks for when it denies (or relays agreement with) what the claim
    says of that party, or None; a contradiction by date, description or the opposite act is the writer's."""
    if j.stance == "disagree" and not j.dated_otherwise and not j.described and not j.opposed \
            and not j.placed_otherwise:
        if j.own:
            return None  # X's own denial of Y is the best evidence against "X confirmed Y"
        denier = " ".join(x for x in (j.speaker, denier_text(cand.text)) if x)
        party = interested_party(r.claim, denier) or story_party(denier, ctx.text(cand.article), ctx.places)
        subject = _subject_text(r.doc) if party and r.action in _REACTIONS and j.speaker else ""
        if subject and names_speaker(subject, party) and j.speaker.lower().removeprefix("the ") in subject.lower():
            return None  # "the Kremlin welcomed the reports": the Kremlin's own dismissal of them settles it
        return party
    if j.stance == "agree" and j.relayed and j.speaker:
        # (its own announcement when it is the claim's subject, not a party the claim names otherwise: Kyiv's claim
        # that Pyongyang sent troops "against Ukraine")
        return interested_party(_actor_text(r), j.speaker)
    return None


# A passage that tells the event it names as the earlier of two: "It follows remarks the president made to
# parliament" (the event told before it came after those remarks).
_FOLLOWS = re.compile(r"^\s*(?:It|This|That)\s+(?:follows|followed|comes\s+after|came\s+after)\b")


def _follows(ctx: _Context, cand: Candidate, later: str) -> bool:
    """True when ``cand`` opens by telling its event as what the event just before it follows ("It follows remarks
    ...") and the text just before holds most of ``later``'s words: the passage's event came first."""
    if not _FOLLOWS.match(cand.text):
        return False
    words = word_stems(later)
    before = ctx.text(cand.article)[max(0, cand.start - SEQUEL_CHARS):cand.start]
    return bool(words) and covered_share(words, word_stems(before)) >= AGREE_MIN_RELEVANCE


def _judged_in_order(r: _ClaimReading, ctx: _Context, cand: Candidate, label: str, p: float, unknown: list[str],
                     j: _Judgement) -> _Judgement:
    """``j``, or, while it takes no side, the passage's judgement of one of the claim's two ordered events ("A before
    B", "A after B") where the passage tells that event and the other in an order: after the other ("... Kyiv then cut
    ties", ``_told_before``) or before it ("It follows remarks he made to parliament", ``_follows``). Told in the
    claim's order it confirms the claim (``_in_this_order``), in the other it contradicts it (``_in_other_order``)."""
    ordered = r.ordered or ("", "")
    after = r.sequel.claim if r.sequel is not None else ""
    # (event read on the passage, the other event's words, how the passage tells the order, whether that is the
    # claim's order)
    for event, other, told_so, as_claimed in (
            (r.prior_reading, after, _told_before, False),  # "A after B" against "A ... B then"
            (r.later, ordered[0], _told_before, True),  # "A before B": "A ... B then"
            (r.earlier, ordered[1], _told_before, False),  # "A before B" against "B ... A then"
            (r.earlier, ordered[1], _follows, True),  # "A before B": "B. It follows A"
            (r.later, ordered[0], _follows, False),  # "A before B" against "A. It follows B"
            (r.prior_reading, after, _follows, True),  # "A after B": "A. It follows B"
            (r.sequel, r.prior, _follows, False)):  # "A after B" against "B. It follows A"
        if j.stance in (None, "discuss") and event is not None and other and told_so(ctx, cand, other):
            j = (_in_this_order if as_claimed else _in_other_order)(event, ctx, cand, label, p, unknown) or j
    return j


def _in_this_order(event: _ClaimReading, ctx: _Context, cand: Candidate, label: str, p: float,
                   unknown: list[str]) -> _Judgement | None:
    """The passage's judgement of one of a claim's two ordered events when it confirms it (the caller checks that the
    passage tells it in the claim's order: ``_told_before`` or ``_follows``); None otherwise."""
    told = _judge_passage(event, ctx, cand, label, p, unknown)
    if told.stance != "agree":
        return None
    told.rules.append("told in this order")
    return told


def _in_other_order(first: _ClaimReading, ctx: _Context, cand: Candidate, label: str, p: float,
                    unknown: list[str]) -> _Judgement | None:
    """The passage's judgement as a contradiction when it tells one of a claim's two ordered events in the other
    order (the caller checks the order: ``_told_before`` or ``_follows``); None when it does not tell that event."""
    earlier = _judge_passage(first, ctx, cand, label, p, unknown)
    if earlier.stance != "agree":
        return None
    earlier.stance, earlier.strength = "disagree", max(earlier.strength, DATE_CONFLICT_STRENGTH)
    earlier.dated_otherwise = True  # (the writer's order of events, no party's denial)
    earlier.rules.append("told in the other order")
    return earlier


def _elsewhere_then(r: _ClaimReading, ctx: _Context, cand: Candidate, speaker: str | None) -> bool:
    """True when the claim puts a person's words or deed in a big city ("told Nato in Washington that ...", "revealed
    the figures during a visit to Washington") and the passage, about that person (by name or as its speaker), says
    they were in another city at the time ("On a trip to Brussels, the Ukrainian leader said ...", "... is raising
    those concerns with Nato leaders in Brussels today") and names none of the claim's places."""
    if r.statement:
        wanted, person = set(r.saying_places), r.speaker_part
    else:
        wanted, person = {place_word(c.lower()) for c in cities_placed(r.claim)}, _doer_text(r.doc) or ""
    if not wanted or not person:
        return False
    there = {place_word(c.lower()) for c in whereabouts(cand.text)}
    if not there or there & wanted or wanted & place_words(cand.text):
        return False
    # (a person's whereabouts, by the words of their name: not "North Korean troops ... in Kursk", nor a title's
    # "Foreign Minister", which another minister shares)
    named = {w.lower() for w in re.findall(r"[A-Z][\w-]+", person)} & ctx.person_words()
    if not named:
        return False
    if any(wanted & {place_word(c.lower()) for c in ctx.places_been(name)} for name in named):
        return False  # (the pile puts them in the claim's city too, at some time: the claim may mean that occasion)
    if not named & {w.lower() for w in re.findall(r"[\w-]+", cand.text)}:
        previous = _sentence_before(ctx.text(cand.article), cand.start)
        # (by the passage's speaker: not a "he said" after another's quoted words, "“...,” the envoy replied")
        if not names_speaker(person, speaker) or _SPEAKER_TAG.search(previous) and not names_speaker(previous, speaker):
            return False
    # (at the time of the claim's matter: an article that tells it; not a trip to Oslo days after the call made in
    # Helsinki that another article tells)
    return covered_share(word_stems(without_places(r.claim)), word_stems(ctx.text(cand.article))) >= MIN_PREDICATE_COVER


def _judge_passage(r: _ClaimReading, ctx: _Context, cand: Candidate, label: str, p: float,
                   unknown: list[str]) -> _Judgement:
    """Return the stance of one evidence passage toward the claim, after every rule of the dossier."""
    cover, speaker, cue = _attribution_at(ctx, cand.article, cand.start, cand.end)
    speaker = speaker or ctx.person.get(cand.mention_speaker or "", cand.mention_speaker)
    # (a claim naming its speaker with a title, "Ukraine's defence minister Andrii Sybiha", means the person; what
    # the writer says the speaker wants or did is not what the speaker said: "The Kremlin wants to keep costs down")
    own = r.statement and (_claims_speaker(ctx, cand, r.title[1] if r.title else r.speaker_part, speaker)
                           and _speech_cue(cue) or speaker is None and _also_claimed_after(ctx, cand, r.speaker_part)
                           # (the passage word for word, its speaker named as it names them: "He told lawmakers: ...")
                           or _word_for_word(r.claim, cand.text))
    relayed = not own and _is_relayed(r, ctx, cand, cover, speaker)  # the claim's speaker's words are the matter
    text = _KNOWN_CUE.sub(" ", cand.text) if _writer_knows(ctx, cand) else cand.text  # the writer asserts it
    if _RESTATING.search(text):  # "The country did so on July 13": the act the sentence before names
        text = _did_so_as_act(_sentence_before(ctx.text(cand.article), cand.start) or "", text)
    rule, cover_share = judge_detail(r.claim, text), predicate_cover(r.claim, text)
    if rule.relevance < AGREE_MIN_RELEVANCE and cand.cosine >= COS_ON_TOPIC and _holds_alike(r, text):
        # in the words news writers use alike ("severed relations" for "cut ties")
        alt = canonical_text(_doc(text))
        alt_rule = judge_detail(r.canonical, alt)
        if alt_rule.relevance > rule.relevance:
            rule, cover_share = alt_rule, max(cover_share, predicate_cover(r.canonical, alt))
    would = _WOULD.search(text)
    if not r.statement and rule.reason in ("match", "partial") and would and not _WOULD.search(r.claim) \
            and not _CONDITION.search(text) and not CUE_WORDS.search(text, 0, would.start()):
        # "the dictator would send thousands of workers": a reported or conditional future, not the writer's fact
        # (after a verb of saying, "announced that Norvakia would send", it is the announcement's own future)
        rule = RuleJudgement(rule.stance, rule.relevance, "hedged")
    stance, strength = decide_stance(rule, label, p, cand.cosine, cover_share,
                                     figure_stated=bool(r.figures) and r.figures <= figures(cand.text),
                                     figure_other=bool(r.figures) and bool(figures(cand.text))
                                     and not r.figures & figures(cand.text) and not _NUMBER_WORDS.search(cand.text),
                                     relayed=relayed, reaffirmed=reaffirms_figure(set(r.figures), cand.text),
                                     amount=amount_fit(r.claim, text))
    j = _Judgement(stance=stance, strength=strength, relayed=relayed, speaker=speaker, cover=cover, own=own,
                   hedged=rule.reason == "hedged",
                   # another figure in the writer's own voice is the writer's count, no party's denial
                   opposed=stance == "disagree" and speaker is None and not relayed
                   and (rule.reason == "other_figure" or bool(r.figures) and not r.figures & figures(cand.text)))
    if not r.statement and r.role is None and j.stance != "disagree" and states_terms(r.claim, cand.text) \
            and names_the_parties(r.claim, cand.text, ctx.leaders()):
        # the writer quotes the document: its text is what the document says (own: the claim's subject speaks)
        j.stance, j.strength, j.relayed, j.own = "agree", max(j.strength, 0.6), False, True
        j.rules.append("the document's quoted terms")
    if not r.statement and j.stance != "disagree" and narrows_terms(r.claim, cand.text):
        # "The pact only obliges assistance if one side is attacked by the United States" against the quoted "In case
        # any one of the two sides is put in a state of war by ... an individual state or several states"
        j.stance, j.strength, j.relayed, j.opposed = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("the document's terms hold more widely")
    if r.statement:
        _statement_rules(r, ctx, cand, j, rule)
    if r.role is not None:
        _role_rules(r, ctx, cand, j)
    # "The country did so on July 13" with the sentence naming the actor
    told, actor, told_end = _with_antecedent(ctx, cand)
    dating = _date_rules(r, cand, j, rule, told, ctx.published.get(cand.article), ctx.leaders())
    if dating is not None and told_end > cand.end:
        j.shown_until = told_end  # (the evidence shows the sentence that holds the date)
    _fact_rules(r, ctx, cand, j, rule, told, actor, dating)
    if not r.statement and j.stance in (None, "discuss") and _spoke_there(r, cand, j.speaker):
        j.stance, j.strength, j.relayed = "agree", max(j.strength, 0.6), False  # "Sybiha spoke at a news conference
        j.rules.append("the doer's words closed where the claim puts them")  # in Odesa": "..., he said at ... Odesa"
    if j.stance != "disagree" and _elsewhere_then(r, ctx, cand, j.speaker):
        # "Zelensky revealed the figures during a visit to Washington": "On a trip to Brussels, the Ukrainian leader
        # said ..." (the writer's own account of where he was)
        j.stance, j.strength, j.relayed, j.placed_otherwise = "disagree", max(j.strength, 0.6), False, True
        j.rules.append("its doer told to be elsewhere")
    if j.stance in ("agree", "discuss") and (j.own if r.statement else not j.relayed) \
            and between_conflict(r.claim, cand.text):
        # "China acts as a bridge between North Korea and Russia" against his "a bridge between China and Russia"
        j.stance, j.strength, j.opposed = "disagree", max(j.strength, 0.6), True
        j.rules.append("between other parties")
    # (in what was said, for a statement: "X, the only woman in the cabinet, said ..." is an aside)
    if j.stance == "agree" and _EXCLUSIVE.search(r.said_part if r.statement else r.claim) \
            and not _EXCLUSIVE_TOLD.search(told):
        j.stance = "discuss"  # "the only Asian country to recognise them": the passage does not say only
        j.rules.append("not told as the only one")
    if r.ordered and j.stance == "agree" and not _tells_both(r.ordered, told):
        j.stance = "discuss"  # "A before B": a passage that tells one of them says nothing of their order
        j.rules.append("the order of the events not told")
    elif r.sequel is not None and r.prior and j.stance == "agree" and not j.own \
            and not _tells_both((r.sequel.claim, r.prior), told, acts=True):
        # "A after B" the same way: "North Korea recognised the republics after Kyiv cut ties" is not told by "North
        # Korea became one of the earliest countries to recognise them" (the order is judged by ``_judged_in_order``)
        j.stance = "discuss"
        j.rules.append("the order of the events not told")
    order = r.ordered or ((r.prior, r.sequel.claim) if r.sequel is not None and r.prior else None)
    # (a claim that ranks the event itself, "the second country, after Russia, to ...", is judged by its rank)
    ranked = rank_order(*order, told) if order and not j.relayed and not r.ranks and not j.dated_otherwise else None
    if ranked is not None:
        # "as the third country after Russia and Syria": Syria did it before the passage's doer
        j.stance, j.strength = ("agree" if ranked == "same" else "disagree"), max(j.strength, DATE_CONFLICT_STRENGTH)
        j.dated_otherwise = ranked == "other"
        j.rules.append("ordered by the passage's ranking")
    # (a passage worded nearly as the claim is held back only by a place no article names: "stationed near
    # Vladivostok"; a first name or title spelt otherwise, "Alexander" for "Oleksandr", is not)
    if unknown and j.stance in ("agree", "disagree") \
            and (cand.cosine < COS_AGREE or any(_placed_at(r.claim, u) or not _first_name(r.claim, u) for u in unknown)) \
            and not (j.placed_otherwise and {place_word(u.lower()) for u in unknown} <= r.places | placed_at(r.claim)) \
            and not j.described \
            and not j.addressed_otherwise \
            and not ("ranked otherwise" in j.rules and all(f"{u.lower()}'s" in CONTINENT_SCOPES for u in unknown)) \
            and "between other parties" not in j.rules \
            and not (j.own and r.title and all(u in r.title[0].split() for u in unknown)) \
            and not (j.own and not names_speaker(r.speaker_part, j.speaker)
                     and all(u in r.speaker_part.split() for u in unknown)):
        # (nor when the name is only in the title of a speaker the pile names: "IAEA chief Rafael Grossi said", or
        # in the description that names the passage's speaker: "A US Defense Department spokesman said")
        # (unless the writer puts the event elsewhere, or describes the person otherwise: "a spokesman for the
        # Pentagon" contradicts "a spokesman for the State Department", which no article names)
        j.stance = "discuss"  # it cannot be about what the claim says of a thing no article names
        j.rules.append("a name no article holds")
    if not r.statement and j.stance == "disagree" and rule.reason == "refuting_cue" and _UNCONFIRMED.search(r.claim) \
            and cand.cosine >= COS_RELATED and names_speaker(_subject_text(r.doc), j.speaker):
        # "The ministry did not confirm the leak" and the ministry branding the leak reports fake: who dismisses a
        # thing has not confirmed it
        j.stance, j.strength, j.relayed, j.opposed = "agree", max(j.strength, 0.6), False, False
        j.rules.append("the speaker denied it")
    return j


# Readiness to give something ("was ready to send", "could supply"), which an offer of it tells.
_GIVING = frozenset({"send", "supply", "provide", "deploy", "give", "contribute"})
_READY_TO_GIVE = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:ready|willing|prepared)\s+to|could|would)\s+"
                            r"(?:" + "|".join(sorted(_GIVING)) + r")\b", re.IGNORECASE)
_OFFERED = re.compile(r"\boffer(?:s|ed|ing)?\b", re.IGNORECASE)


def _offer_told(action: str, claim: str, claim_figures: frozenset[str], passage: str) -> bool:
    """True when what the statement claim says was said is a readiness to give a counted thing ("reported that North
    Korea was ready to send 100,000 volunteers", "could supply") and the passage tells the offer of it with its
    figures ("... 100,000 volunteers that Kim has offered"); not when the claim says it was confirmed, which a report
    of an offer does not, nor when it supposes ("would send troops if attacked")."""
    return action in _GIVING and bool(_READY_TO_GIVE.search(claim)) and bool(_OFFERED.search(passage)) \
        and bool(claim_figures) and claim_figures <= figures(passage) \
        and not re.search(r"\bconfirm|\b(?:if|unless)\b", claim, re.IGNORECASE)


def _speaks_on_it(r: _ClaimReading, cand: Candidate, j: _Judgement) -> bool:
    """True when the claim's speaker has words of their own on the matter in the passage ("the bridge will be open
    again within days" for "Kessel said the bridge would reopen next week"): then no misattribution. Names alone
    are not the matter: words of the speaker's on North Korea and Russia say nothing of "North Korea is a bridge
    between China and Russia"."""
    return j.own and (cand.cosine >= COS_RELATED or _holds_said_words(r, cand.text))


def _holds_said_words(r: _ClaimReading, text: str) -> bool:
    """True when ``text`` holds ``MIN_PREDICATE_COVER`` of what the statement claim says was said, of its words and
    of its non-name words alike."""
    return bool(r.said_words) and covered_share(set(r.said_words), word_stems(text)) >= MIN_PREDICATE_COVER \
        and predicate_cover(r.said_clause, text) >= MIN_PREDICATE_COVER


def _others_words(r: _ClaimReading, ctx: _Context, cand: Candidate, j: _Judgement,
                  unknown_speaker: bool = False) -> float | None:
    """Return how much of what the claim says was said another named person's reported words in the passage
    hold, when they hold nearly all of it (``MISATTRIBUTED_COVER``); None otherwise. When the claim's speaker is
    a name no article holds (``unknown_speaker``: "TASS claimed ..."), a named organisation's words count too."""
    sources = ("PERSON", "ORG") if unknown_speaker else ("PERSON",)
    if not r.statement or r.denial or not j.speaker or j.own or j.cover <= 0 \
            or ctx.labels.get(j.speaker) not in sources or not r.said_words:
        return None
    if not r.said_figures <= figures(cand.text):
        return None  # (words without the claim's 100,000 are not the words it credits)
    if not (set(r.said_words) & word_stems(cand.text)) - ctx.common_stems():
        # (words that share with the claim only what half the pile says, "North Korea", "send", "troops", "Ukraine",
        # are not its words: "cannon fodder", "a bridge between China and Russia" are)
        return None
    if dismissed_matter(_doc(cand.text)) is not None:
        return None  # ("The Kremlin branded the claims that ... as fake news": what it dismissed, not what it said)
    clause = r.said_clause  # what was said, not whom it was told ("told reporters that ...")
    said = {stem(w) for w in content_words(clause)}
    # (in words news writers use alike: "forces" for "troops")
    if covered_share(said, alike(word_stems(cand.text))) < MISATTRIBUTED_COVER \
            and not (len(predicate_words(clause)) >= MISATTRIBUTED_MIN_WORDS
                     and predicate_cover(clause, cand.text) >= (
                         MISATTRIBUTED_SAME_ACT_COVER if r.said_action and states_action(r.said_action, _doc(cand.text))
                         else MISATTRIBUTED_PREDICATE_COVER)
                     and not _names_in(cand.text, ctx) - _names_in(r.claim, ctx) - _names_in(j.speaker, ctx)
                     - {place_word(w.lower()) for w in re.findall(r"[A-Z][\w'’-]+", r.claim)}):
        # (the words may name the place otherwise: "the pariah state would also provide builders to repair war
        # damage" is "Pyongyang would also provide builders to repair war damage in Ukraine"; but words naming
        # places, bodies or people the claim does not name are about something else)
        return None
    said_cover = predicate_cover(clause, cand.text)
    return said_cover if said_cover >= MIN_PREDICATE_COVER else None


def _names_in(text: str, ctx: _Context) -> set[str]:
    """Return the keys (``place_word`` of each word) of the dossier's named places, bodies and people (not peoples:
    "the Communist state") that ``text`` names."""
    low = text.lower()
    return {place_word(w) for n in ctx.named if re.search(r"\b" + re.escape(n) + r"\b", low) for w in n.split()} \
        - GENERIC


# The title of someone who speaks for a body, after the body's name ("Kremlin spokesman", "Pentagon press
# secretary").
_FOR_THE_BODY = r"\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|press\s+secretary|official|representative|editor|" \
    r"director|chief)\b"


def _rules_note(applied: dict[str, int]) -> str:
    """Return a sentence naming the rules that changed passages' stances, with how many each ("" when none)."""
    if not applied:
        return ""
    return " Rules that changed a passage's stance: " + "; ".join(f"{rule} ({n})" for rule, n in applied.items()) + "."


def _silent_person_named(r: _ClaimReading, ctx: _Context) -> str | None:
    """Return the person the pile names but never quotes whom the statement claim credits ("Vladimir Putin said
    ..." where no article gives Putin words of his own), or None."""
    # (by the surname: "Vladimir Solovyov" is not Vladimir Putin)
    return next((name for name in sorted(set(ctx.person.values())) if name not in ctx.labels
                 and re.search(r"\b" + re.escape(name.split()[-1]) + r"\b", r.speaker_part)), None)


def _told_outlet_named(r: _ClaimReading, ctx: _Context) -> str | None:
    """Return the outlet that the statement claim credits ("Izvestia reported ...", "The report came from the daily
    Izvestia") as the claim writes it, when the pile cites the outlet only as where someone's words went ("..., he
    told pro-Kremlin daily Izvestia"), or None. (An outlet with reports of its own may have carried the claim's
    words in a passage the pile does not tie to it.)"""
    if not r.statement:
        return None
    # (the outlet's name as a name, capitalised: "an independent analyst" is not the Independent)
    words = [w for w in re.findall(r"[\w'’-]+", r.speaker_part) if w[:1].isupper()]
    low = {w.lower() for w in words}
    speakers = {frozenset(s.lower().split()) for s in ctx.labels}  # (an outlet that reports in its own name)
    for outlet, *_ in ctx.tellers:
        if outlet and outlet <= low and outlet not in speakers:
            return " ".join(w for w in words if w.lower() in outlet)
    return None


def _told_the_outlet(ctx: _Context, speaker: str, outlet: str) -> bool:
    """True when the pile says ``speaker`` told the outlet named ``outlet`` something ("..., he told pro-Kremlin
    daily Izvestia"): what they said is what the outlet carried."""
    words = {w.lower() for w in outlet.split()}
    return any(told and told <= words and teller == speaker for told, teller, *_ in ctx.tellers)


def _unknown_speaker(speaker_part: str, unknown: list[str]) -> str | None:
    """Return the name no article mentions in ``speaker_part``: the run of two or more capitalised words holding
    it ("John Kirby" in "The Pentagon's John Kirby"), or the name itself ("TASS" in "Russian agency TASS");
    None when there is none."""
    # (a people's word describes, it names no one: "a German tabloid", "a British paper")
    unknown = [u for u in unknown if not _peoples_word(u.lower())]
    for m in re.finditer(r"\b[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+\b(?![’'])", speaker_part):
        if any(u in m.group(0).split() for u in unknown):
            return m.group(0)
    # (not a capitalised opener the pile lacks: "While visiting Osk, ...")
    return next((u for u in unknown if u.lower() not in STOP_WORDS and re.search(r"\b" + re.escape(u) + r"\b",
                                                                                  speaker_part)), None)


# Content words below which a claim without a verb asserts nothing ("North Korea", "to the Donetsk region"); a
# verbless headline with more ("North Korean troops in Donetsk region") is still judged.
MIN_VERBLESS_WORDS = 4


def _asserts_nothing(r: _ClaimReading) -> str | None:
    """Return why the claim says nothing a passage could confirm or contradict, or None: it has no verb and fewer
    than ``MIN_VERBLESS_WORDS`` content words, or it says that someone said only "this" or "it" ("This was confirmed
    directly by Brask": what was confirmed is told in another sentence)."""
    if r.statement and not any(not w.endswith("ly") for w in r.said_words):
        return ("The claim does not say what was said (only \"this\" or \"it\"), so no passage can confirm or "
                "contradict it. Verdict: not enough evidence (confidence 1.00).")
    if not any(t.pos_ in ("VERB", "AUX") for t in r.doc) and len(content_words(r.claim)) < MIN_VERBLESS_WORDS \
            and r.role is None:  # ("Brask reserve colonel": a name and its title)
        words = ", ".join(f'"{t.text}"' for t in r.doc if t.is_alpha and not t.is_stop) or "none"
        return (f"The claim states no verb and too few content words ({words}) to say anything of what it names, "
                "so no passage can confirm or contradict it. Verdict: not enough evidence (confidence 1.00).")
    return None


# Words up to which a line without a closing stop reads as a headline ("Kim offered 100,000 “volunteer” soldiers").
HEADLINE_WORDS = 14


def _headlines_relayed(readings: list[tuple[Candidate, _Judgement]]) -> None:
    """Turn an agreeing headline to discussion when its own article tells the claim only as relayed or hedged: the
    headline sums up the report its body relays ("Kim offered 100,000 “volunteer” soldiers" over "... Russian state
    television reported")."""
    relaying = {cand.article for cand, j in readings if j.stance in ("agree", "discuss") and (j.relayed or j.hedged)}
    for cand, j in readings:
        text = cand.text.strip()
        if j.stance == "agree" and not j.relayed and cand.article in relaying \
                and len(text.split()) <= HEADLINE_WORDS and text[-1:] not in ".!?\"”":
            j.stance = "discuss"
            j.rules.append("a headline its article only relays")


def _addressed_as_claimed(r: _ClaimReading, readings: list[tuple[Candidate, _Judgement]]) -> None:
    """When the speaker's own words, told to the audience the claim names, agree with it, the words told to another
    audience contradict nothing ("told lawmakers: ..." beside "has told Nato members ..."): turn those to discussion."""
    if not any(j.stance == "agree" and j.own and not addressed_otherwise(r.claim, cand.text)
               and addressees(cand.text) & addressees(r.claim) for cand, j in readings):
        return
    for _, j in readings:
        if j.stance == "disagree" and j.addressed_otherwise:
            j.stance, j.addressed_otherwise = "discuss", False
            j.rules.append("said to the claim's audience in another passage")


def _opens_with_thing(cand: Candidate) -> bool:
    """True when the passage opens with a pronoun for what was spoken of ("They could be of great help, he told
    Izvestia"), not for the speaker ("She also told the Courier that ...")."""
    words = cand.text.split(maxsplit=1)
    return bool(words) and words[0].lower().strip("“\"") in ("they", "it", "this", "these", "those")


def _denied_too(readings: list[tuple[Candidate, _Judgement]]) -> None:
    """When the speaker's own denial is found ("In June, Vell denied that ..."), their quoted words stating it at
    another time do not refute "X denied Y": turn those to discussion."""
    if not any(j.own and j.stance == "agree" for _, j in readings):
        return
    for _, j in readings:
        if j.stance == "disagree" and _OWN_WORDS_STATE_IT in j.rules:
            j.stance = "discuss"
            j.rules.append("the speaker's denial found too")


def _addressed_elsewhere(r: _ClaimReading, ctx: _Context, readings: list[tuple[Candidate, _Judgement]],
                         unknown: list[str]) -> None:
    """When a passage tells the speaker's words to another audience or outlet and the claim names its outlet (one
    the pile names as a body, or none names), the speaker's agreeing passages that name no audience the claim names
    do not confirm whom they were told to ("told Kommersant about the workers" against "he told Izvestia" and an
    interview-less "described the workers as skilled"): turn them to discussion. (A described audience may be one
    the pile names otherwise: "state television" for "KTV, the state broadcaster".)"""
    if not any(j.stance == "disagree" and j.addressed_otherwise for _, j in readings):
        return
    wanted = addressees(r.claim)
    named = {name.lower() for name, label in ctx.labels.items() if label in ("ORG", "PERSON")}
    if not ({u.lower() for u in unknown} | named) & wanted:
        return
    for cand, j in readings:
        if j.stance == "agree" and j.own and not addressees(cand.text) & wanted:
            j.stance = "discuss"
            j.rules.append("said to someone else in another passage")


def _outlet_of_another(r: _ClaimReading, ctx: _Context, readings: list[tuple[Candidate, _Judgement]]) -> None:
    """When the claim says the speaker told an outlet ("told the Velm Courier", "in an interview with the Velm
    Courier") that the pile gives only other speakers' words to, the speaker's agreeing passages that name no
    audience do not confirm it: turn them to discussion ("Vell gave his comments in an interview with the Courier"
    when the pile's Courier interview is Brask's)."""
    wanted = addressees(r.claim)
    own = [(cand, j) for cand, j in readings if j.own and j.stance == "agree"]
    if not r.statement or not wanted or not own or any(addressees(cand.text) & wanted for cand, _ in own):
        return
    # (the outlet's whole name: "Russian Channel" is not the claim's "Russian TV")
    tellers = {speaker for outlet, speaker, *_ in ctx.tellers if outlet <= wanted}
    if not tellers or tellers & {j.speaker for _, j in own}:
        return
    for _, j in own:
        j.stance = "discuss"
        j.rules.append("that outlet carries someone else's words")


def _told_another_outlet(r: _ClaimReading, ctx: _Context,
                         readings: list[tuple[Candidate, _Judgement]]) -> tuple[str, str, int, int, str] | None:
    """Return ``(article, sentence, start, end, speaker)`` of the pile's telling of a person's words to an outlet
    when the claim says that person gave their words on the matter to another outlet ("praised the workers in an
    interview with Kommersant", "told Kommersant") and the pile gives that person's words to no outlet the claim
    names ("..., he told pro-Kremlin daily Izvestia"); else None. The person has words on the matter among the
    passages found; whom the claim names is no person of the pile ("told Brask" is no outlet)."""
    wanted = addressees(r.claim)
    # (an outlet's name: no person, body or place of the pile, and no people's word: "the Russian newspaper X",
    # "told Russian media", "told Congress")
    people = {name.lower() for name, label in ctx.labels.items() if label == "PERSON" for name in name.split()}
    names = {w for w in wanted if not _peoples_word(w)}
    if not names or wanted & people or names & (BODY_NOUNS | {k.lower() for k in INSTITUTIONS} | ctx.places):
        return None
    # the person who speaks or acts in the claim ("Matsegora's praise ... was given to X": its owner)
    named = r.speaker_part if r.statement else _doer_text(r.doc) or r.claim
    # (the person's words among the passages found, or, in the teller's article, a passage found that names them:
    # "Ambassador Matsegora greeted “highly qualified ...” workers" before "..., he told pro-Kremlin daily Izvestia")
    told = [t for t in ctx.tellers if ctx.labels.get(t[1]) == "PERSON" and names_speaker(named, t[1])
            and any(j.stance is not None and (j.speaker == t[1] or cand.article == t[2] and re.search(
                r"\b" + re.escape(t[1].split()[-1]) + r"\b", cand.text)) for cand, j in readings)]
    if not told or any(outlet & wanted for outlet, *_ in told):
        return None
    # (nor where an article with the person's words on it names the claim's outlet: "gave a long interview to the
    # Osk Herald")
    if any(names & {w.lower() for w in re.findall(r"[\w'’-]+", ctx.text(cand.article))} for cand, j in readings
           if j.speaker == told[0][1]):
        return None
    _, speaker, article, start, end = told[0]
    return article, ctx.text(article)[start:end], start, end, speaker


def _peoples_word(word: str) -> bool:
    """True for a lower-cased people's word of a country the gazetteer knows ("russian", "korean", "british", "german";
    not "guardian")."""
    if word in IRREGULAR_PEOPLES or word == "arab":
        return True
    if not DEMONYM.fullmatch(word.capitalize()):
        return False
    return any(part.startswith(word[:-3]) for part in country_words())


# A run of capitalised words, a name as written ("North Korean", "Kim Jong Un").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _name_runs(text: str) -> list[list[str]]:
    """The lower-cased words of each capitalised run of ``text``, without the words that only open a sentence
    ("The", "Some", "Several")."""
    runs = ([w for w in (without_possessive(x).lower() for x in m.group().split())
             if w not in OPENERS and w not in UNKNOWN_NAME_SKIP] for m in _NAME_RUN.finditer(text))
    return [run for run in runs if run]


def _same_subject(r: _ClaimReading, ctx: _Context, matter: str) -> bool:
    """True when ``matter`` (what a passage dismisses) names the claim's subject in full: its name, its people's word
    ("North Korean troops" for "North Korea"; not "South Korean"), or the state of a head of state it names ("Kim"
    for North Korea's)."""
    named = _name_runs(matter)
    leaders = ctx.leaders()
    for run in _name_runs(_subject_text(r.doc)):
        states = {leaders[w] for w in run if w in leaders}
        if any(all(any(same_party(a, b) for b in other) for a in run) or any(
                same_party(s, b) for s in states for b in other) for other in named):
            return True
    return False


# What a dismissal dismisses when it is reports or claims someone made ("the claims that ...", "reports of ..."), not
# a proposition denied ("that its soldiers had crossed").
_REPORTS = r"^(?:(?:the|these|those|such|some|recent|earlier|media|press)\s+)*(?:claims?|reports?|allegations?|" \
    r"accusations?|suggestions?|rumou?rs?)"
_REPORTS_OF = re.compile(_REPORTS + r"\b", re.IGNORECASE)


def _claimed_nearby(ctx: _Context, cand: Candidate, matter: str, party: str) -> bool:
    """True when the passage's article gives someone not of the dismissing ``party`` words that tell what it dismisses
    (half the dismissed reports' words, in the forms news writers use alike): the reports are then in the pile, not
    only known from the dismissal."""
    text, wanted = ctx.text(cand.article), canonical_text(_doc(matter))
    return any(speaker and not (start < cand.end and end > cand.start)
               and not any(same_party(party.lower(), w.lower()) for w in speaker.split())
               and predicate_cover(wanted, canonical_text(_doc(text[start:end]))) >= MIN_PREDICATE_COVER
               for start, end, speaker, _ in ctx.attributions.get(cand.article, ()))


# The report nouns before what they report ("the claims that ..."), to read the reported act alone.
_REPORTS_THAT = re.compile(_REPORTS + r"\s+(?:that|of)\s+", re.IGNORECASE)
# Verbs of taking part in a war: reports of them are of the war the article tells, whatever else they name ("the
# claims that troops are about to enter the war"); reports of another act ("looting grain stores") are not.
_TAKING_PART = frozenset({"enter", "join", "fight", "participate", "deploy", "arrive", "send", "serve", "be", "go",
                          "head", "take"})


def _of_the_matter(doc: Any, claim: str, relayed: str) -> bool:
    """True when the dismissed reports (parsed ``doc``) tell no act of their own besides taking part in a war and
    the acts the claim or its relaying passage tells."""
    told = parse_texts([claim, relayed])
    return all(t.lemma_.lower() in _TAKING_PART or any(states_action(t.lemma_.lower(), d) for d in told)
               for t in doc if t.pos_ == "VERB")


# Words a dismissal holds, to pick the sentences worth parsing.
_DISMISSAL_WORDS = re.compile(r"\b(?:dismiss|deni|deny|reject|refut|brand|label|call|dub|describ|wav|brush)\w*\b"
                              r"[^.]*\b(?:claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?)\b",
                              re.IGNORECASE)


def _article_dismissals(ctx: _Context, article: str) -> list[Candidate]:
    """Return the sentences of ``article`` that dismiss reports or claims, as candidates (read once per batch)."""
    if article not in ctx.dismissals:
        text, found = ctx.text(article), []
        rows = ctx.store.con.execute('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY start',
                                     [article]).fetchall() if ctx.store is not None else []
        for start, end in rows:
            sentence = text[start:end]
            if _DISMISSAL_WORDS.search(sentence) and dismissed_matter(_doc(sentence)):
                found.append(Candidate(article=article, start=start, end=end, text=sentence, bm25=0.0, cosine=0.0,
                                       score=0.0))
        ctx.dismissals[article] = found
    return ctx.dismissals[article]


def _dismissed_with_its_reports(r: _ClaimReading, ctx: _Context, readings: list[tuple[Candidate, _Judgement]],
                                unknown: list[str]) -> None:
    """When an article relays the claim from someone and a party the claim is about dismisses, in that article, the
    reports or claims of its subject ("The Kremlin has branded the claims that North Korean troops are about to enter
    the war as fake news" beside Zelensky's "some North Korean specialists are already on the ground"), the dismissal
    is that party's denial of the claim: the dismissed reports are the ones the article tells, worded as the writer
    sums them up, not as the claim words them. A dismissal of reports that state the claim itself (in the words news
    writers use alike: "about to join the fighting" for "about to enter the war") also tells that someone claims it:
    an unnamed claimant against the party's denial."""
    if r.statement:
        return
    claimed_in = {cand.article: (j.speaker, cand.text) for cand, j in readings if j.stance == "agree" and j.relayed}
    # (a writer's own account is dismissed by a party's dismissal in another article of the story too)
    asserted_in = {cand.article: cand.text for cand, j in readings
                   if j.stance == "agree" and not j.relayed and not j.own and j.speaker is None}
    # (the dismissal may share too few words with the claim to be retrieved: "North Korea supplied personnel")
    seen = {(cand.article, cand.start) for cand, _ in readings}
    for article in claimed_in:
        for cand in _article_dismissals(ctx, article):
            if (article, cand.start) not in seen:
                cover, speaker, _ = _attribution_at(ctx, article, cand.start, cand.end)
                readings.append((cand, _Judgement(stance=None, strength=0.0, relayed=cover > 0, speaker=speaker,
                                                  cover=cover)))
    for cand, j in list(readings):
        if j.own or j.stance == "disagree" and cand.article in claimed_in:
            continue
        matter = dismissed_matter(_doc(cand.text))
        if not matter or not _same_subject(r, ctx, matter):
            continue
        claimed = claimed_in.get(cand.article)
        denier = " ".join(x for x in (j.speaker, denier_text(cand.text)) if x)
        party = interested_party(r.claim, denier) or story_party(denier, ctx.text(cand.article), ctx.places)
        if party is None:
            continue
        if claimed is None and _dismissed_elsewhere(r, ctx, cand, matter, party, asserted_in, readings):
            if j.stance != "disagree":  # the party dismisses the claims another article's writer tells as fact
                j.stance, j.strength, j.relayed = "disagree", max(j.strength, DISMISSAL_STRENGTH), False
                j.rules.append("a party's dismissal of the claims another article tells")
            continue
        # (reports that state the claim: its action, most of its words, nothing of what no article names, and told
        # in the article by someone not of the party)
        # (or, when the claim tells a plan of the party's to join the war and the reports its joining, in whatever
        # words: "the claims that North Korean troops are about to enter the war" for "North Korea will send troops to
        # fight for Russia"; not a deed told done, "arrived in Donetsk in July")
        stated = claimed is None and not unknown and bool(_REPORTS_OF.match(matter)) and bool(r.action) \
            and (states_action(r.action, _doc(matter))
                 and predicate_cover(r.canonical, canonical_text(_doc(matter))) >= MIN_PREDICATE_COVER
                 or r.future and joins_war(r.doc) and joins_war(_doc(_REPORTS_THAT.sub("", matter)))
                 and not negated(r.claim)) \
            and _claimed_nearby(ctx, cand, matter, party)
        # (otherwise the dismissed reports are of the claim's subject, of a thing the claim names and of no other act)
        if not stated and not (claimed and shares_thing(_doc(matter), r.claim)
                               and _of_the_matter(_doc(matter), r.claim, claimed[1])):
            continue
        claimant = claimed[0] if claimed else None
        if claimant and any(same_party(party.lower(), w.lower()) for w in claimant.split()):
            continue
        if j.stance != "disagree":
            j.stance, j.strength, j.relayed = "disagree", max(j.strength, DISMISSAL_STRENGTH), False
            j.rules.append("a party's dismissal of the reports its article relays")
        if stated:
            readings.append((cand, _Judgement(stance="agree", strength=DISMISSAL_STRENGTH, relayed=True, speaker=None,
                                              cover=j.cover, rules=["the claims a party dismissed"])))


# A dismissal meets another article's account only when the two were published within this many days.
DISMISSAL_ELSEWHERE_DAYS = 180


def _dismissed_elsewhere(r: _ClaimReading, ctx: _Context, cand: Candidate, matter: str, party: str,
                         asserted_in: dict[str, str], readings: list[tuple[Candidate, _Judgement]]) -> bool:
    """True when a party's dismissal of "the claims that ..." (``matter``, in ``cand``) meets a writer's own account
    of the claim in another article of the pile: the claim says the party joins the war (not that it does not), the
    dismissed reports are of that and nothing else, the two articles are of one time, and no one of the party
    confirms the claim."""
    elsewhere = [article for article in asserted_in if article != cand.article
                 and _near_in_time(ctx.published.get(article), ctx.published.get(cand.article))]
    if not elsewhere or not _REPORTS_OF.match(matter) or negated(r.claim) or denial_claim_words(r.claim) \
            or not joins_war(r.doc):
        return False
    if not (takes_part(r.doc) or shares_thing(_doc(matter), r.claim)):
        return False
    if any(j.stance == "agree" and j.speaker and _speaks_for(party, j.speaker, c.text, ctx.labels.get(j.speaker), r.claim)
           for c, j in readings):
        return False  # the party's own word for it ("Talvorian government spokesman Ivo Marr said ...")
    return _of_the_matter(_doc(matter), r.claim, asserted_in[elsewhere[0]])


# The description right before a speaker's name: a party's word and up to three more words ("Talvorian government
# spokesman | Ivo Marr", "Talvorian Foreign Minister | Ivo Marr"), not across a comma ("Citing Talvorian sources, |
# Kessian officials").
_DESCRIBED_BEFORE = re.compile(r"(?:^|[^\w-])([A-Z][\w'’]+)(?:\s+[A-Za-z]+){0,3}\s+$")


def _speaks_for(party: str, speaker: str, passage: str, label: str | None, claim: str) -> bool:
    """True when ``speaker`` is of ``party``: a body named for it ("the Talvorian government"), or a person the passage
    describes as of it right before their name ("Talvorian government spokesman Ivo Marr"); not a person whose own
    name resembles it ("Ivo Talvorsen"), nor someone of another state of that name ("South Korean officials" when
    the claim is about North Korea)."""
    def of_party(words: list[str]) -> bool:
        quarter = words[0] if len(words) > 1 and words[0] in _QUARTERS else None
        return (quarter is None or f"{quarter} {words[1][:4]}" in claim) \
            and any(same_party(party.lower(), w.lower()) for w in words if w[:1].isupper() and w not in _QUARTERS)

    if label != "PERSON" and of_party(speaker.split()):
        return True
    at = passage.find(speaker)
    m = _DESCRIBED_BEFORE.search(passage[:at]) if at > 0 else None
    return bool(m) and of_party(passage[:m.end(1)].split()[-2:])


# The quarter words of states' names ("North Korea", "South Sudan").
_QUARTERS = frozenset({"North", "South", "West", "East"})


def _near_in_time(a: str | None, b: str | None) -> bool:
    """True when two publication dates are within ``DISMISSAL_ELSEWHERE_DAYS`` of each other, or one is unknown."""
    try:
        return not a or not b or abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= DISMISSAL_ELSEWHERE_DAYS
    except ValueError:
        return True  # (not ISO: the store keeps ISO dates, so only a hand-made store gets here)


def _place_told_otherwise(r: _ClaimReading, readings: list[tuple[Candidate, _Judgement]]) -> None:
    """When a passage puts the claim's event or statement in another place, turn the agreeing passages that do
    not name the claim's place to discussion: "Sybiha called it a huge threat at a news conference in Kyiv" is not
    confirmed by his words alone when the pile says he spoke in Odesa."""
    if not any(j.placed_otherwise for _, j in readings):
        return
    for cand, j in readings:
        if j.stance == "agree" and place_missing(r.claim, cand.text):
            j.stance = "discuss"
            j.rules.append("the place told otherwise in another passage")


def _described_somewhere(r: _ClaimReading, readings: list[tuple[Candidate, _Judgement]]) -> None:
    """For a claim about how the pile describes someone ("Brask is described as the defence minister"), a passage
    describing them so confirms it; other articles' other descriptions turn to discussion."""
    if not r.described or not any(j.described and j.stance == "agree" for _, j in readings):
        return
    for _, j in readings:
        if j.described and j.stance == "disagree":
            j.stance = "discuss"
            j.rules.append("another passage describes them so")


def _title_told_otherwise(r: _ClaimReading, readings: list[tuple[Candidate, _Judgement]]) -> None:
    """When the writer gives the claim's speaker another title, turn the speaker's agreeing words
    that do not describe them as the claim does to discussion: "Sybiha, Ukraine's defence minister, warned of a
    threat" is not confirmed by his warning when the pile calls him the foreign minister; the claim is wrong in who
    he is, not conflicting."""
    if r.title is None or not any(j.misdescribed for _, j in readings):
        return
    for cand, j in readings:
        if j.stance == "agree" and j.own and describes_role(r.title[1], r.title[0], cand.text) is None:
            j.stance = "discuss"
            j.rules.append("the speaker's title told otherwise in another passage")


# Offices one person holds at a time, when the claim says whose they are ("Kessia's foreign minister", "Norvakia's
# ambassador to Latvia", "head of the harbour authority"); not "spokesman", "adviser", "envoy" or "director", which
# many hold, nor "a minister in the government". A minister needs a portfolio, an ambassador the country sent to.
_SOLE_OFFICES = frozenset({"minister", "president", "premier", "chancellor", "ambassador", "head", "chief",
                           "secretary-general", "governor", "mayor", "king", "queen", "commander-in-chief",
                           "chairman", "chairwoman"})
_OWNED = re.compile(r"['’]s\b|\b(?:of|to)\s+(?:the\s+)?\w")
_PORTFOLIO = re.compile(r"\b(?:prime|foreign|defen[cs]e|interior|finance|justice|health|trade|economy|energy|"
                        r"agriculture|education|transport|culture)\s+minister\b|\bminister\s+(?:of|for)\s+\w")


def _sole_office(role: str) -> bool:
    """True when ``role`` is an office one person holds at a time and says whose it is (``_SOLE_OFFICES``)."""
    words = re.findall(r"[a-z][\w-]*", role.lower())
    if is_former(role) or not words or words[0] in ("a", "an", "one") or not _OWNED.search(role) \
            or any(w in ("deputy", "vice", "acting", "assistant", "former", "junior") for w in words):
        return False
    if "minister" in words and not _PORTFOLIO.search(role.lower()) \
            or "ambassador" in words and not re.search(r"\bambassador\s+(?:to|in)\s", role.lower()):
        return False
    return any(w in _SOLE_OFFICES for w in words)


def _office_held_by_another(r: _ClaimReading, ctx: _Context, readings: list, unknown: list[str]) \
        -> tuple[Candidate, str] | None:
    """For a role claim about a person no article names ("Kuleba is Kessia's foreign minister"), the passage in which
    the writer gives that office to someone else, and that person's name ("Kessian Foreign Minister Ilya Brask"); None
    otherwise."""
    # (not an office held once, or then: "Brask was the foreign minister in 2020" is not refuted by who holds it now)
    if r.role is None or not unknown or not _sole_office(r.role[1]) or held_then(r.claim) or r.when \
            or not any(u in r.role[0].split() for u in unknown):
        return None
    people = [sp for sp, lab in ctx.labels.items() if lab == "PERSON" and len(sp.split()) >= 2]
    for cand, _ in readings:
        for person in people:
            # (the same surname is the same person, a first name spelt otherwise: "Dmitri" for "Dmytro")
            if person.split()[-1] not in cand.text or person.split()[-1] in r.role[0].split():
                continue
            hit = describes_role(person, r.role[1], cand.text)
            if hit is not None and _attribution_at(ctx, cand.article, cand.start + hit[0],
                                                   cand.start + hit[1])[0] < RELAYED_COVER:
                return cand, person
    return None


def _verdict(claim: str, cands: list[Candidate], preds: list[tuple[str, float]], ctx: _Context,
             unknown: list[str] = ()) -> Verdict:
    r = _read_claim(claim, ctx)
    empty = _asserts_nothing(r)
    if empty:
        return Verdict(claim=claim, verdict="not_enough_evidence", confidence=1.0, evidence=(), explanation=empty)
    judged: list[JudgedPassage] = []
    evidence: list[Evidence] = []
    heard, others = False, []
    applied: dict[str, int] = {}  # rule -> passages whose stance it changed
    # (a claim crediting an outlet the pile cites, "Izvestia reported ...", may be given a named body's words too)
    told_outlet = _told_outlet_named(r, ctx)
    unknown_speaker = _unknown_speaker(r.speaker_part, unknown) is not None or told_outlet is not None
    readings = []
    for cand, (label, p) in zip(cands, preds):
        j = _judge_passage(r, ctx, cand, label, p, unknown)
        if j.stance in (None, "discuss") and r.sequel is not None and _told_before(ctx, cand, r.prior):
            sequel = _judge_passage(r.sequel, ctx, cand, label, p, unknown)
            j = sequel if sequel.stance == "agree" else j  # the main clause, after the event told before
        if j.stance in (None, "discuss") and r.relayed_statement is not None \
                and _names_whole(cand.text, r.speaker_part):
            relayed = _judge_passage(r.relayed_statement, ctx, cand, label, p, unknown)
            if relayed.stance in ("agree", "disagree"):  # ("Quoted from Velm Radio, Brask confirmed ...")
                relayed.rules.append("the claim's source relays these words")
                j = relayed
        if j.stance in (None, "discuss") and r.purposed is not None and _purpose_told_beside(ctx, cand, r.purpose):
            core = _judge_passage(r.purposed, ctx, cand, label, p, unknown)
            if core.stance == "agree":  # "praised the workers as hard-working" and, next, "... help in rebuilding"
                core.rules.append("its purpose told beside it")
                j = core
        readings.append((cand, _judged_in_order(r, ctx, cand, label, p, unknown, j)))
    _place_told_otherwise(r, readings)
    _title_told_otherwise(r, readings)
    _described_somewhere(r, readings)
    _addressed_as_claimed(r, readings)
    _addressed_elsewhere(r, ctx, readings, unknown)
    _outlet_of_another(r, ctx, readings)
    _dismissed_with_its_reports(r, ctx, readings, unknown)
    _denied_too(readings)
    _headlines_relayed(readings)
    for cand, j in readings:
        heard = heard or _speaks_on_it(r, cand, j)
        said_cover = _others_words(r, ctx, cand, j, unknown_speaker)
        if said_cover is not None:
            others.append((said_cover, cand, j.speaker))
        if j.stance is None:
            continue
        for rule in dict.fromkeys(j.rules):
            applied[rule] = applied.get(rule, 0) + 1
        party = _interested_party(r, ctx, cand, j)
        speaker = party if j.stance == "disagree" and party else j.speaker
        published = ctx.published.get(cand.article)
        # (a role is no event: "X is the defence minister" has no date a passage could precede)
        predates = bool(r.when and published and published < r.when and not r.future and r.role is None)
        judged.append(JudgedPassage(stance=j.stance, strength=j.strength,
                                    origin=ctx.origin.get(cand.article, cand.article), speaker=speaker,
                                    relayed=j.relayed, interested=party is not None, predates=predates,
                                    hedged=j.hedged, shown_as=j.speaker if speaker == party else None,
                                    # (only a relayed discussion's closeness counts: judged for those alone)
                                    close=j.stance == "discuss" and j.relayed and _words_it_closely(r, cand),
                                    dismissal=bool(_TELLS_DENIAL.search(cand.text))))
        shown = "discuss" if j.stance == "agree" and (j.relayed and party is None or predates or j.hedged) \
            else j.stance
        # (the evidence names the speaker as the dossier's attributions do, "Kremlin"; the verdict counts its party)
        start = cand.start if j.shown_from is None else j.shown_from  # (0: the article's first sentence)
        end = cand.end if j.shown_until is None else j.shown_until
        text = cand.text if (start, end) == (cand.start, cand.end) else ctx.text(cand.article)[start:end]
        evidence.append(Evidence(article=cand.article, text=text, start=start, end=end, stance=shown,
                                 score=round(cand.score * j.strength, 4), attributed_to=j.speaker or speaker))
    misattributed = ""
    claimed = None
    if others and not heard and not r.pronoun_speaker:
        # the person the claim names, or one no article names ("The Pentagon's John Kirby said ..." when the pile
        # gives the words to Ryder)
        claimed = next((sp for sp, lab in sorted(ctx.labels.items())
                        if lab == "PERSON" and names_speaker(r.speaker_part, sp)), None) \
            or told_outlet or _silent_person_named(r, ctx) or _unknown_speaker(r.speaker_part, unknown)
        # (the claim's own speaker's words are no misattribution, nor the words of the body the claim's speaker
        # speaks for: "Kremlin spokesman Dmitry Peskov" may have given the Kremlin's words)
        others = [o for o in others if o[2] != claimed
                  and not (ctx.labels.get(o[2]) == "ORG" and re.search(r"\b" + re.escape(o[2]) + _FOR_THE_BODY,
                                                                      r.speaker_part, re.IGNORECASE))
                  # (a person the pile never quotes, there when the words were said, may have said them too:
                  # "Brask confirmed the plan in his meeting with Vell" for "Vell confirmed the plan")
                  and not (claimed not in ctx.labels and claimed in ctx.person.values()
                           and names_speaker(o[1].text, claimed))
                  # (nor are the words someone told the claimed outlet another's: the outlet carried them)
                  and not (claimed is not None and _told_the_outlet(ctx, o[2], claimed))]
        if claimed is not None and any(j.speaker and _told_the_outlet(ctx, j.speaker, claimed)
                                       and _holds_said_words(r, cand.text) for cand, j in readings):
            others = []  # (what the outlet's source told it covers the claim: the outlet carried it)
    if claimed is not None and others:
        # "Pat Ryder said North Korea acts as a bridge": the pile gives these words to someone else, and nothing
        # Ryder is reported to say matches them.
        _, cand, other = max(others, key=lambda o: (o[0], o[1].score))  # whose words match the claim's best
        judged.append(JudgedPassage(stance="disagree", strength=MISATTRIBUTED_STRENGTH,
                                    origin=ctx.origin.get(cand.article, cand.article), speaker=other))
        evidence = _with_contradiction(evidence, cand.article, cand.text, cand.start, cand.end,
                                       round(cand.score * MISATTRIBUTED_STRENGTH, 4), other)
        misattributed = f"The pile gives these words to {other}, not to {claimed}. "
    held = _office_held_by_another(r, ctx, readings, unknown) if not misattributed else None
    if held is not None:
        # "Kuleba is Kessia's foreign minister" where the writer names Ilya Brask Kessia's foreign minister
        cand, holder = held
        judged.append(JudgedPassage(stance="disagree", strength=ROLE_STRENGTH,
                                    origin=ctx.origin.get(cand.article, cand.article), speaker=None))
        evidence = _with_contradiction(evidence, cand.article, cand.text, cand.start, cand.end,
                                       round(cand.score * ROLE_STRENGTH, 4), None)
        misattributed = f"The pile gives that office to {holder}, not to {r.role[0]}. "
    elsewhere = _told_another_outlet(r, ctx, readings) if not misattributed else None
    if elsewhere is not None and not any(j.addressed_otherwise for _, j in readings):
        # "Matsegora praised the workers in an interview with Kommersant" where the pile has him tell Izvestia
        article, text, start, end, speaker = elsewhere
        judged.append(JudgedPassage(stance="disagree", strength=MISATTRIBUTED_STRENGTH,
                                    origin=ctx.origin.get(article, article), speaker=None))
        evidence = _with_contradiction(evidence, article, text, start, end, MISATTRIBUTED_STRENGTH, speaker)
        misattributed = f"The pile has {speaker} give these words to another outlet: “{excerpt(text, 160)}”. "
        applied["said to another outlet"] = applied.get("said to another outlet", 0) + 1
    # A figure someone is said to have given is confirmed by their statement, not by a second count.
    result = aggregate(judged, states_figure=bool(r.figures) and not r.statement)
    hearsay = _confirmed_hearsay(r, readings) if result.verdict == "not_enough_evidence" else None
    if hearsay:
        # "Korotchenko confirmed that North Korea will send 100,000 troops" where his words are "There are reports
        # that 100,000 North Korean volunteers are ready to come": he spoke of it, but as hearsay, not as a
        # confirmation
        result = replace(result, verdict="conflicting", confidence=CONF_DISPUTED_FIGURE,
                         reasons=(*result.reasons, f"{hearsay[1]} spoke of it only as reports "
                                  f"(“{excerpt(hearsay[0], 140)}”), "
                                  "which the claim calls a confirmation"))
    disputed = _disputed_figure(r, ctx, readings) \
        if result.verdict == "not_enough_evidence" and DEFAULT_POLICY.figures_in_dispute else None
    if disputed:
        # "North Korea is ready to send 100,000 troops" where the dossier found the sources giving up to 10,000 and
        # 100,000 for it: nothing settles which, and the claim takes a side
        result = replace(result, verdict="conflicting", confidence=CONF_DISPUTED_FIGURE,
                         reasons=(*result.reasons, f"the sources disagree on this figure ({disputed})"))
    terms = disputed_terms(r.claim, ctx.exchanges(), ctx.origin) \
        if result.verdict in ("not_enough_evidence", "supported") and not r.statement else None
    if terms:
        # "Kim offered troops in exchange for energy and grain" where another article has the deal "in exchange for
        # Russian financial aid": the sources tell the terms otherwise, and the claim takes one side
        side, other = terms
        result = replace(result, verdict="conflicting", confidence=CONF_DISPUTED_FIGURE,
                         reasons=(*result.reasons, "the sources give the deal other terms: "
                                  f"“{excerpt(side.text, 120)}” against “{excerpt(other.text, 120)}”"))
        told = {(e.article, e.start) for e in evidence}
        evidence += [Evidence(article=x.article, text=x.text, start=x.start, end=x.end, stance=stance,
                              score=CONF_DISPUTED_FIGURE, attributed_to=None)
                     for x, stance in ((side, "agree"), (other, "disagree")) if (x.article, x.start) not in told]
    told_both = [(found, what) for dispute, what in ((disputed_purpose, "what the people are sent for"),
                                                    (disputed_kind, "who the people sent are"))
                 if (found := dispute(r.claim, [(c.article, c.text) for c, _ in readings], ctx.origin))] \
        if result.verdict in ("not_enough_evidence", "supported") and not r.statement and not terms else []
    if told_both:
        # "the North Koreans are going to fight, not to rebuild" where one article sends them to the war and another
        # to rebuild the region, or "they are construction workers rather than soldiers" where one article sends
        # workers and another soldiers and officers: the sources tell it both ways, and the claim takes a side
        (side, other), what = told_both[0]
        result = replace(result, verdict="conflicting", confidence=CONF_DISPUTED_FIGURE,
                         reasons=(*result.reasons, f"the sources tell {what} both ways: "
                                  f"“{excerpt(side[1], 120)}” against “{excerpt(other[1], 120)}”"))
        stances = {side: "agree", other: "disagree"}  # (the passages as evidence, whatever they were judged)
        evidence = [replace(e, stance=stances[(e.article, e.text)]) if (e.article, e.text) in stances else e
                    for e in evidence]
        told = {(e.article, e.text) for e in evidence}
        evidence += [Evidence(article=c.article, text=c.text, start=c.start, end=c.end, stance=stance,
                              score=CONF_DISPUTED_FIGURE, attributed_to=None)
                     for passage, stance in stances.items()
                     for c in [next(c for c, _ in readings if (c.article, c.text) == passage)]
                     if passage not in told]
    # Evidence that decides the verdict first, then by score.
    rank = {"agree": 0, "disagree": 0, "discuss": 1}
    evidence.sort(key=lambda e: (rank[e.stance], -e.score, e.article, e.start))
    # (one passage read two ways, as a party's dismissal and as the reports it dismisses, is shown once: as the
    # stance that counts most)
    shown: set[tuple[str, int, int]] = set()
    evidence = [e for e in evidence if (e.article, e.start, e.end) not in shown
                and not shown.add((e.article, e.start, e.end))]
    unchecked = r.unchecked and result.verdict == "supported"
    if unchecked:
        # ("described as the interior minister who resigned": the role holds; that she resigned, nothing here checks)
        result = replace(result, verdict="not_enough_evidence")
    explanation = misattributed + explain(result, len(evidence)) + _rules_note(applied)
    if unchecked:
        explanation = ("The passages confirm the person's role, but the claim says more of them than that, which "
                       "they do not confirm. " + explanation)
    if unknown and not misattributed:
        # (a passage may still contradict it by what it says of someone the pile does name: "World Health
        # Organization chief Rafael Grossi" against "head of the UN's nuclear agency")
        explanation = (f"No stored article names {', '.join(unknown)}, so no passage can confirm "
                       + ("" if result.verdict == "refuted" else "or contradict ")
                       + f"what the claim says about {'it' if len(unknown) == 1 else 'them'}. " + explanation)
    return Verdict(claim=claim, verdict=result.verdict, confidence=result.confidence,
                   evidence=tuple(evidence[:MAX_EVIDENCE]), explanation=explanation)


def _with_contradiction(evidence: list[Evidence], article: str, text: str, start: int, end: int, score: float,
                        speaker: str | None) -> list[Evidence]:
    """Return ``evidence`` with the passage at ``article``/``start`` shown as contradicting the claim (in place of
    any earlier reading of it)."""
    return [e for e in evidence if (e.article, e.start) != (article, start)] + [
        Evidence(article=article, text=text, start=start, end=end, stance="disagree", score=score,
                 attributed_to=speaker)]


# Confidence of a claim that takes one side of figures the sources dispute.
CONF_DISPUTED_FIGURE = 0.6
# A claim about a report or a statement of a figure ("state TV's report of 100,000 volunteers came in August",
# "presented the figure of 10,000"): about who gave the figure and when, which the dispute does not touch.
_ABOUT_A_REPORT = re.compile(r"\b(?:reports?|reported|claims?|claimed|figure|number|aired|cited|presented|said|says|"
                             r"told|tells|announced|according|put)\b", re.IGNORECASE)


# A claim that someone confirmed what they said, and words that pass a thing on as hearsay or ask whether it holds.
_CONFIRMED = re.compile(r"\b(?:confirm(?:s|ed|ing)?|verif(?:y|ies|ied))\b", re.IGNORECASE)
_HEARSAY = re.compile(r"\b(?:there\s+(?:are|were)\s+reports|reports?\s+(?:say|said|suggest|suggested|indicate)|"
                      r"reportedly|(?:it\s+is|it\s+was)\s+(?:said|reported|rumou?red)|according\s+to\s+(?:some\s+)?"
                      r"reports|rumou?rs?\s+(?:say|have\s+it)|the\s+question\s+is\s+whether|it\s+is\s+unclear\s+whether)\b",
                      re.IGNORECASE)


def _claims_confirmation(r: _ClaimReading) -> bool:
    """True when the statement claim says its speaker confirmed a figure ("Korotchenko confirmed that 100,000 ...")."""
    return r.statement and bool(r.figures) and _CONFIRMED.search(r.claim.replace(r.said_part, " ")) is not None


def _confirmed_hearsay(r: _ClaimReading, readings: list[tuple[Candidate, _Judgement]]) -> tuple[str, str] | None:
    """Return ``(the passage, its speaker)`` when the claim says its speaker confirmed something ("Korotchenko
    confirmed that North Korea will send 100,000 troops") and the speaker's own words on it, with the claim's figures,
    pass it on as hearsay or ask whether it holds ("There are reports that 100,000 North Korean volunteers are ready
    to come"); else None."""
    if not _claims_confirmation(r):
        return None
    for cand, j in readings:
        if j.own and j.speaker and r.figures <= figures(cand.text) and _HEARSAY.search(cand.text):
            return cand.text, j.speaker
    return None


def _disputed_figure(r: _ClaimReading, ctx: _Context, readings: list[tuple[Candidate, _Judgement]]) -> str | None:
    """The summary of the dossier's numeric conflict the claim takes a side in, or None: the claim states one of the
    conflict's figures as a fact (not what someone said), and a passage it was judged against gives one of them in
    an article of the conflict."""
    if r.statement or not r.figures or _ABOUT_A_REPORT.search(r.claim):
        return None
    claim_words = {w for w in content_words(r.claim) if not w[:1].isdigit()}
    for values, articles, summary in ctx.figure_conflicts:
        # (what the figures count, in any word of the dossier's name for it: "North Korean specialists/volunteers"; a
        # claim counting something else of the same people with the same figure would be taken in too)
        counted = {w for w in content_words(summary.split(":")[0]) if not w[:1].isdigit()}
        # (and tells what the claim says was done with the figure: not "Putin accepted the offer of 100,000" where
        # the pile tells only the offer)
        if r.figures & values and any(w == c or same_word(w, c) for w in claim_words for c in counted) \
                and any(j.stance is not None and cand.article in articles and figures(cand.text) & values
                        and (r.action is None or states_action_as_done(r.action, _doc(cand.text)))
                        for cand, j in readings):
            return summary
    return None


def _with_whereabouts(store: Store, ctx: _Context, claim: str, found: list[Candidate]) -> list[Candidate]:
    """Return ``found`` with the passages that tell where a person the claim places in a big city was at the time
    ("On a trip to Brussels, the Ukrainian leader said ..." for "Zelensky revealed the figures during a visit to
    Washington", whose own words do not find it): ``_elsewhere_then`` judges them."""
    if not cities_placed(claim):
        return found
    people = [w for w in re.findall(r"[A-Z][\w-]{2,}", claim) if w.lower() in ctx.person_words()]
    if not people:
        return found
    seen = {(c.article, c.start) for c in found}
    query = " ".join(people) + " trip visit today news conference"
    extra = [c for c in searched(store, claim, query, lambda t: bool(whereabouts(t))) if (c.article, c.start) not in seen]
    return found + extra


def check_claims(store: Store, claims: list[str], count_pile: bool = True, flip_negations: bool = True) -> list[Verdict]:
    """Return one verdict per claim (in order), judged against the articles in ``store``.

    Loads the dossier context and runs the stance model once for the whole batch; a claim that says several things
    is judged as a whole and part by part, and the verdicts combined (``compound``). With ``count_pile`` a claim
    about the pile itself ("Only one of the five articles mentions X") is answered by counting (``coverage``); the
    dossier's own claims, sentences of its articles, are checked without it. A negated claim is judged as the claim
    it negates, the verdict turned (``negated_claims``), unless an article states it word for word, or that verdict
    is not_enough_evidence or a refutation that may rest on a detail of the claim; then, and without
    ``flip_negations``, it is judged as written.

    Raises:
        StoryscopeError: E013 when the store holds no articles.
        StanceModelError, EmbedderError: when a model cannot be loaded.
    """
    if not claims:
        return []
    casings = name_casings(store)
    vocabulary = pile_vocabulary(store)  # ("Zelenksy", "amunition": the pile's "Zelensky", "ammunition")

    def as_typed(claim: str) -> str:  # the claim in the pile's spelling and the articles' forms
        return expanded_contractions(written_plainly(without_emphasis(wire_lead(typed_casually(
            respelt_typos(neutral_wording(as_posted(claim)), vocabulary), casings)), functools.partial(holds, store))))

    # "Only one of the five articles mentions X": counted in the store, not judged passage by passage (a user's
    # question about the pile; an article's own sentence about outlets is about the world's, ``count_pile=False``)
    counted = {i: coverage for i, claim in enumerate(claims) if count_pile and names_items(claim)
               and (coverage := coverage_claim(respelled(store, as_typed(claim)))) is not None
               and countable(coverage)}
    if counted:
        if store.con.execute("SELECT count(*) FROM articles").fetchone()[0] == 0:
            raise StoryscopeError("E013", path=store.path)
        rest = [claim for i, claim in enumerate(claims) if i not in counted]
        judged = iter(check_claims(store, rest, count_pile=False))
        return [check_coverage(store, claim, counted[i]) if i in counted else next(judged)
                for i, claim in enumerate(claims)]
    # "Kyiv's asked" is "Kyiv has asked"; "Brask, Velm sign pact" is "Brask and Velm signed pact"; "Sibiha" is the
    # pile's "Sybiha"; "It is false that P": P is judged
    # "on 19 JULY" is "on 19 July"; "PYONGYANG" the pile's "Pyongyang"
    # (a dateline goes before capitals are read plainly: "MOSCOW (AP) —" is one, "Moscow —" may be the topic)
    # ("apparently the kremlin called it fake news": the hearsay goes, the pile's names get their capitals)
    typed = [headline_as_sentence(as_typed(claim)) for claim in claims]
    acronyms = pile_acronyms(store, typed)  # ("the DPR and LPR": the pile's "Donetsk and Luhansk People's Republics")
    # ("the invaded country", "the Asian nation", "the Kessian leader": the pile's names)
    described = _pile_descriptions(store)
    plain = [respelled(store, named_plainly(acronyms_written_out(claim, acronyms), described)) for claim in typed]
    outlets = _pile_outlets(store)
    framed = [_framed_unless_stated(store, claim, outlets, flip_negations) for claim in plain]
    asked, claims = claims, [inner for inner, _ in framed]
    ctx = _load_context(store)
    found = {claim: _with_whereabouts(store, ctx, claim, retrieve(store, claim)) for claim in claims}
    # A compound claim is judged whole and part by part ("X said A, and Y claimed B"), in one batch; not one an
    # article states word for word (a dossier's own sentence), whose parts would lose what binds them.
    parts = [[] if _stated_verbatim(claim, found[claim]) else claim_parts(claim) for claim in claims]
    judged = list(dict.fromkeys([*claims, *(p for ps in parts for p in ps)]))
    for part in judged:
        if part not in found:
            found[part] = _with_whereabouts(store, ctx, part, retrieve(store, part))
    candidates = [found[claim] for claim in judged]
    preds = _judge_all(judged, candidates)
    verdicts = {claim: _verdict(claim, cands, p, ctx, unknown_names(store, claim))
                for claim, cands, p in zip(judged, candidates, preds)}
    combined = [combine_parts(verdicts[claim], [verdicts[p] for p in ps], MAX_EVIDENCE,
                              identifying_parts(claim) if ps else frozenset(),
                              later_sentence_parts(claim) if ps else frozenset())
                for claim, ps in zip(claims, parts)]
    out = [_as_framed(claim, verdict, called_false) if inner != read else replace(verdict, claim=claim)
           for claim, read, verdict, (inner, called_false) in zip(asked, plain, combined, framed)]
    # a negation its positive does not settle ("did not sign" where the pile says "refused to sign" and the positive
    # finds no signing; "did not approve it on Tuesday" against "rejected it on Tuesday") is judged as written
    unsettled = [i for i, (read, verdict, (inner, _)) in enumerate(zip(plain, combined, framed))
                 if inner != read and positive_of(read) == inner
                 and (verdict.verdict == "not_enough_evidence" or verdict.verdict == "refuted" and negates_a_detail(read))]
    # "According to one report, X", "X, a report says": the pile's own reporting is a report, so where the report's
    # words settle nothing, X is read as any claim is ("did so on July 13" with the act the sentence before names)
    reported = {i: content for i, (read, verdict) in enumerate(zip(plain, out))
                if verdict.verdict == "not_enough_evidence" and (content := _pile_report_content(read))}
    if reported:
        for i, verdict in zip(reported, check_claims(store, list(reported.values()), count_pile=False)):
            if verdict.verdict != "not_enough_evidence":
                out[i] = replace(verdict, claim=asked[i], explanation=f"Read as what the pile's own reporting says: "
                                                                      f"{verdict.explanation}")
    if unsettled:
        for i, verdict in zip(unsettled, check_claims(store, [asked[i] for i in unsettled], count_pile=False,
                                                      flip_negations=False)):
            # (its positive refuted on a detail and itself refuted as written: the two readings disagree; "did not
            # close the port on Friday" against "closed the port on Monday" shows neither)
            out[i] = verdict if not (verdict.verdict == "refuted" and combined[i].verdict == "refuted") else replace(
                verdict, verdict="not_enough_evidence",
                evidence=tuple(replace(e, stance="discuss") for e in verdict.evidence),
                explanation=verdict.explanation + " Judged as the claim it negates, it is refuted on a detail too: "
                                                  "the two readings disagree, so not enough evidence.")
    return out


def _pile_report_content(claim: str) -> str | None:
    """Return what a statement claim crediting an unnamed report says was said ("According to one report, <X>", "<X>,
    a report says"), or None for any other claim."""
    if not statement_claim(claim):
        return None
    said = said_content(claim)
    speaker_part = _SETTING.sub("", CUE_WORDS.sub(" ", claim.replace(said, " ")))
    return said.strip(" ,") if _GENERIC_REPORT.match(speaker_part.strip(" ,;:.")) and content_words(said) else None


# ``_pile_descriptions`` of the stores read lately, by path, article count and text size (one pass over a pile's
# texts each).
_DESCRIBED: dict[tuple[str, int, int], PileDescriptions] = {}


def _pile_descriptions(store: Store) -> PileDescriptions:
    """``descriptions.pile_descriptions`` of the store's articles, people and states, read once per store state."""
    count, size = store.con.execute("SELECT count(*), coalesce(sum(length(text)), 0) FROM articles").fetchone()
    key = (str(store.path), count, size)
    if key not in _DESCRIBED:
        if len(_DESCRIBED) >= 4:
            _DESCRIBED.pop(next(iter(_DESCRIBED)))
        _DESCRIBED[key] = _read_descriptions(store)
    return _DESCRIBED[key]


def _read_descriptions(store: Store) -> PileDescriptions:
    states = {name for (name,) in store.con.execute("SELECT name FROM entities WHERE type = 'GPE'").fetchall()}
    return pile_descriptions(_pile_texts(store), _pile_people(store), states)


def _stated_verbatim(claim: str, cands: list[Candidate]) -> bool:
    """True when a passage states the claim word for word: as close in meaning as ``COS_VERBATIM`` and holding every
    word of it ("Kessia's Defence Minister Sepp said P" is not stated by "Kessian Foreign Minister Mari Sepp said P",
    however close)."""
    words = set(re.findall(r"\w+", claim.lower()))
    return any(c.cosine >= COS_VERBATIM and words <= set(re.findall(r"\w+", c.text.lower())) for c in cands)


def _pile_outlets(store: Store) -> frozenset[str]:
    """The outlets the store holds articles of, lower-cased."""
    return frozenset(o.lower() for (o,) in store.con.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL").fetchall())


def _framed_unless_stated(store: Store, claim: str, outlets: frozenset[str],
                          flip_negations: bool = True) -> tuple[str, bool]:
    """``framed_claim`` of the claim with an outlet of the pile (``outlets``) unframed, but a negated claim is judged
    as written without ``flip_negations`` or when an article states it word for word (a passage's "did not respond"
    is not always read as the opposite of "responded")."""
    inner, called_false = framed_claim(outlet_unframed(claim, outlets))
    if called_false and positive_of(claim) == inner \
            and (not flip_negations or any(c.cosine >= COS_VERBATIM for c in retrieve(store, claim))):
        return claim, False
    return inner, called_false


# The verdict and the evidence stance on a claim the reader's frame calls false ("It is false that P").
_OPPOSITE = {"supported": "refuted", "refuted": "supported", "agree": "disagree", "disagree": "agree"}


def _as_framed(claim: str, verdict: Verdict, called_false: bool) -> Verdict:
    """Return the verdict on ``claim`` from the verdict on the claim its frame holds: the same when the frame calls it
    true, the opposite (supported / refuted; evidence stances too) when it calls it false."""
    if not called_false:
        return replace(verdict, claim=claim, explanation=f"The claim is that “{verdict.claim}” holds. "
                                                         + verdict.explanation)
    evidence = tuple(replace(e, stance=_OPPOSITE.get(e.stance, e.stance)) for e in verdict.evidence)
    flipped = _OPPOSITE.get(verdict.verdict, verdict.verdict)
    # (the inner claim's explanation ends with its own verdict: the last words say what that makes of this claim)
    return replace(verdict, claim=claim, verdict=flipped, evidence=evidence,
                   explanation=f"The claim is that “{verdict.claim}” is false; on that claim: "
                   + verdict.explanation + f" So the claim as written is {flipped.replace('_', ' ')}.")


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
