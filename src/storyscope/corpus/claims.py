"""Group claim sentences across articles into claims.

Two mentions are one claim when what they claim overlaps (TF-IDF cosine over
stemmed content words of the sentence *core*: the sentence without the
speaker's description, the speech cue and outlet credits, so "Dr X, an
analyst at Y, said A" and "Dr X, an analyst at Y, said B" do not meet on
their shared preamble), their key entities agree (no disjoint PERSON/ORG
sets) and their numbers agree (the figures of one are all found in the
other: "10,000 troops" and "100,000 troops" stay separate claims, which
``conflicts.py`` then links; "at least 38 dead and 14,000 evacuated" and "at
least 41 dead and 14,000 evacuated" too). A denial ("X dismissed the claims
that N troops were sent as fake news") joins the claim it denies only on
what it denies, never on the rest of its sentence. Candidates come from
MinHash banding over the content words (``_lsh.py``) plus an inverted index
of rare words, numbers and entities, never from all pairs.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from storyscope.corpus._lsh import band_pairs, minhash_signatures, unique_pairs
from storyscope.corpus._text import UnionFind, content_words, format_number, numbers_in, stem, words
from storyscope.corpus.entities import EntityIndex, EntityLinks
from storyscope.model import AnnotatedArticle, Attribution, Claim, ClaimMention, ClaimSentence

# Same claim at this TF-IDF cosine of stemmed core words. Paraphrased relays
# of one quote in the seeds (Korotchenko's "green light", "international
# duty") score 0.5-0.86, Matsegora's "highly qualified" quote 0.42; distinct
# claims of one story mostly < 0.3 (hand-annotated seeds, 5 articles; the
# example corpus). Re-check the seeds and examples/ dossiers when changing it.
CLAIM_COSINE = 0.4
# Short cores inflate the cosine ("convoy would cross the border" vs "expected
# to cross the border"; "built the dam ... reservoir" vs "reservoir ... new dam
# is built"): on wording alone a pair must also share this many content words
# (example corpus: wrong pairs share 2-3, right ones 4-15).
CLAIM_MIN_SHARED_WORDS = 4
# ... or at this lower cosine when both mentions carry the same figure of at
# least CLAIM_SHARED_NUMBER_MIN: a specific number is strong evidence of one
# claim (seeds: "ready to send 100,000 volunteer troops" vs "will send
# 100,000 'volunteer soldiers'" score ~0.3).
CLAIM_COSINE_SHARED_NUMBER = 0.25
CLAIM_SHARED_NUMBER_MIN = 100
# Two numbers are "the same" within this relative difference (rounding:
# "10,000" vs "10,050"); anything wider makes separate claims.
CLAIM_NUMBER_TOLERANCE = 0.01
# A cluster keeps the distinct figure sets of its mentions to check a merge
# against every one of them; past this many it checks against their union.
CLAIM_MAX_NUMBER_SETS = 16
# Candidate generation: MinHash banding over content-word sets. 16 bands of
# 2 rows make a pair with Jaccard 0.3 a candidate with p=0.78 and one with
# 0.5 with p=0.99 (it only proposes; the cosine decides) ...
CLAIM_LSH_PERM = 32
CLAIM_LSH_BANDS = 16
# ... a band bucket larger than this (a phrase every article repeats) pairs
# each member only with its CLAIM_LSH_WINDOW next members, keeping pairs linear
# (the chain still joins them). 6/2 instead of 40/3: 30% fewer pairs on
# `synthetic_articles(3000)` for 1% fewer clustered mentions.
CLAIM_LSH_MAX_BUCKET = 6
CLAIM_LSH_WINDOW = 2
# ... plus every pair sharing a word, number or entity that at most this many
# mentions contain (rare keys are informative and keep blocking near-linear;
# on a small pile this proposes nearly every pair that shares a word).
CLAIM_BLOCK_MAX_DF = 8
# Named things must agree: when both mentions name something (any named-entity
# type: spaCy's small model often calls a country ORG or a valley PERSON), one
# name must be on both sides, a short name meeting its long form and a
# nationality its country ("Kadar" / "Sun Il Kadar", "Korean" / "North Korea",
# "Selmara" / "Republic of Selmara": every word of the shorter name meets a word
# of the longer sharing all but its last PLACE_SUFFIX_LETTERS letters, and at
# least 4). People veto: two mentions naming different people only ("Ivan
# Petrov" / "Oleg Petrov") stay apart even if they share a place. Keeps
# "Norvakia will send 2,000 engineers to Selmara" apart from "Dravia will
# send 2,000 engineers to Ostria".
NAMED_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
PERSON_TYPES = frozenset({"PERSON"})
PLACE_SUFFIX_LETTERS = 3
# ... or at this cosine when both mentions count the same kind of thing with
# the same figure ("100,000 volunteer troops" / "100,000 'volunteer' soldiers"
# / "100,000 volunteers" in the seeds; the heads' classes are COUNT_CLASSES).
CLAIM_COSINE_SHARED_COUNT = 0.1
# Head nouns that count the same thing. "People sent" is the seeds' case: one
# outlet's specialists are another's volunteers or troops.
COUNT_CLASSES: dict[str, frozenset[str]] = {
    "people sent": frozenset(
        {
            "troop", "soldier", "volunteer", "specialist", "personnel", "fighter", "worker", "builder",
            "engineer", "mercenary", "force", "serviceman", "servicemen", "recruit", "labourer", "laborer",
            "conscript", "men", "combatant", "officer", "reinforcement",
        }
    ),
    # (with the fates ``annotate.quantities`` appends to a count: "people died", "protesters arrested")
    "casualties": frozenset({"casualty", "dead", "death", "killed", "died", "executed", "fatality", "victim", "body"}),
    "injured": frozenset({"injured", "wounded", "injury", "hurt"}),
    "refugees": frozenset({"refugee", "displaced", "evacuated", "rescued", "evacuee", "migrant", "asylum"}),
    "detained": frozenset({"arrested", "detained", "captured", "abducted", "kidnapped", "detainee", "prisoner"}),
    "missiles": frozenset({"missile", "rocket", "drone", "shell", "projectile"}),
}
_HEAD_TO_CLASS = {h: c for c, heads in COUNT_CLASSES.items() for h in heads}
# Counted nouns that say no more than "people": their count's class is what befell them, or its predicate's.
GENERIC_HEADS = frozenset({"people", "person", "persons", "resident", "civilian", "individual", "inhabitant"})
# The fates ``annotate.quantities`` appends to a counted noun ("soldiers killed"), by their class.
_FATE_CLASSES = frozenset({"casualties", "injured", "refugees", "detained"})
# A denial whose object has fewer content words than this ("dismissed the
# reports as fabrications") refers back to something said elsewhere.
DENIAL_MIN_TOPIC_WORDS = 2

# Stemmed words of a denial that say "this is a denial", not what is denied.
DENIAL_WORDS = frozenset(
    {
        "deny", "denied", "denie", "denial", "dismis", "dismiss", "dismisse", "dismissed", "reject", "rejected",
        "refute", "refuted", "rebuff", "rebuffed", "debunk", "debunked", "brand", "branded", "fake", "false",
        "falsehood", "lie", "claim", "claimed", "report", "reported", "allegation", "alleged", "nonsense",
        "hoax", "untrue", "baseless", "groundless", "propaganda", "rubbish", "call", "called", "described",
        "label", "labelled", "labeled", "dubbed", "fabrication", "fabricated", "disinformation",
        "misinformation", "rumour", "rumor", "suggestion", "accusation", "story", "figure", "number",
        "calling", "branding", "labelling", "describing", "dismissing", "denying", "rejecting",
    }
)
# The cue of an attribution that denies ("denied", "dismissed", "rejected") ...
DENIAL_CUE_RE = re.compile(
    r"\b(den(?:y|ies|ied|ying|ial)|dismiss\w*|reject\w*|refut\w*|rebuff\w*|debunk\w*)\b", re.IGNORECASE
)
# ... or that labels its content false ("branded ... fake news").
LABEL_CUE_RE = re.compile(r"\b(brand\w*|call\w*|label\w*|describ\w*|dub\w*|term\w*)\b", re.IGNORECASE)
FALSEHOOD_RE = re.compile(
    r"\b(fake|false(?:hood)?|lies|lie|lying|nonsense|hoax|untrue|baseless|groundless|fabricat\w*|"
    r"propaganda|rubbish|disinformation|misinformation)\b",
    re.IGNORECASE,
)
_REPORT_WORDS_RE = re.compile(r"\b(claims?|reports?|allegations?|accusations?|suggestions?|rumou?rs?)\b", re.IGNORECASE)
# Where the object of a denial cue ends: the sentence end, or a clause the
# denier adds ("..., insisting that", "... and said they").
_CLAUSE_END_RE = re.compile(
    r"[;.!?](?:\s|$)|,\s+(?:insisting|adding|saying|arguing|stressing|while|but|although|though|and)\b|"
    r"\s+and\s+(?:said|added|insisted|called|accused|warned|urged)\b",
    re.IGNORECASE,
)
# A denial cue inside a relative clause ("..., a figure that the ministry
# dismissed") denies what comes before the relative pronoun.
_RELATIVE_TAIL_RE = re.compile(r"\b(?:that|which)\s*$", re.IGNORECASE)


def count_class(about: str) -> str | None:
    """Return the class of what a quantity counts ("volunteer troops" -> "people sent"), or its stemmed head."""
    toks = words(about)
    if not toks:
        return None
    head = stem(toks[-1])
    cls = _HEAD_TO_CLASS.get(head, _HEAD_TO_CLASS.get(toks[-1], head))
    if cls in _FATE_CLASSES and len(toks) >= 2 and toks[-2] not in GENERIC_HEADS and stem(toks[-2]) not in GENERIC_HEADS:
        # what befell whom: "soldiers killed" and "civilians died" are two counts, "troops killed" and "soldiers
        # killed" one ("people died" and "people were killed" too, by the fate alone)
        return f"{cls}:{count_class(' '.join(toks[:-1]))}"
    return cls


def is_denial_cue(cue: str, content: str) -> bool:
    """Return True when an attribution's cue denies or brands its content false.

    "rejected" counts only when what is rejected is a report ("rejected the
    claims"), not a plan or a bill.
    """
    match = DENIAL_CUE_RE.search(cue)
    if match and match.group(1).lower().startswith("reject"):
        return bool(_REPORT_WORDS_RE.search(content) or FALSEHOOD_RE.search(content))
    return bool(match or (LABEL_CUE_RE.search(cue) and FALSEHOOD_RE.search(content)))


def _voicing(item: AnnotatedArticle, start: int, end: int):
    """Attributions whose cue lies in ``[start, end)``, and citations starting there."""
    atts = [a for a in item.annotations.attributions if start <= a.cue_start < end]
    cits = [c for c in item.annotations.citations if start <= c.start < end]
    return atts, cits


def mention_core(item: AnnotatedArticle, start: int, end: int, voicing: tuple[list, list] | None = None) -> str:
    """Return the text of ``item`` in ``[start, end)`` with speakers, speech cues and outlet credits blanked.

    "Dr Ines Calloway, an analyst at the Harwick Institute, said the claim
    should be treated with caution." -> "... the claim should be treated with
    caution." Offsets are kept (blanked characters become spaces).
    ``voicing``: ``_voicing(item, start, end)`` when already known.
    """
    text = item.article.text
    atts, cits = _voicing(item, start, end) if voicing is None else voicing
    spans = [(a.cue_start, a.cue_end) for a in atts]
    spans += [(a.source_start, a.source_end) for a in atts if a.source_start is not None and a.source_end]
    spans += [(c.start, c.end) for c in cits]
    if not spans:
        return text[start:end]
    pieces = []
    pos = start
    for s, e in sorted(spans):
        s, e = max(s, pos), min(e, end)
        if s >= e:
            continue
        pieces += [text[pos:s], " " * (e - s)]
        pos = e
    pieces.append(text[pos:end])
    return "".join(pieces)


# (article id, start, end) of a claim sentence -> (its ``mention_core``, the
# stemmed content words of that core), for every sentence that is not a denial.
MentionCores = dict[tuple[str, int, int], tuple[str, tuple[str, ...]]]


def mention_cores(articles: Sequence[AnnotatedArticle]) -> MentionCores:
    """``mention_core`` and its content words of every non-denial claim sentence of ``articles``.

    Computed once per corpus and shared by ``group_claims`` and
    ``find_conflicts`` (both read the same cores). Attributions and citations
    are looked up by bisection on their sorted starts instead of a scan per
    sentence.
    """
    cache: dict[str, str | None] = {}
    out: MentionCores = {}
    for item in articles:
        aid = item.article.id
        claims = [cs for cs in item.annotations.claims if cs.stance != "denies"]
        if not claims:
            continue
        text = item.article.text
        atts = sorted(item.annotations.attributions, key=lambda a: a.cue_start)
        cits = sorted(item.annotations.citations, key=lambda c: c.start)
        att_starts = [a.cue_start for a in atts]
        cit_starts = [c.start for c in cits]
        for cs in claims:
            key = (aid, cs.start, cs.end)
            if key in out:
                continue
            if atts or cits:
                voicing = (atts[bisect_left(att_starts, cs.start) : bisect_left(att_starts, cs.end)],
                           cits[bisect_left(cit_starts, cs.start) : bisect_left(cit_starts, cs.end)])
                core = mention_core(item, cs.start, cs.end, voicing)
            else:
                core = text[cs.start : cs.end]
            out[key] = (core, tuple(cached_content_words(core, cache)))
    return out


def denied_object(item: AnnotatedArticle, start: int, end: int) -> tuple[str, Attribution | None]:
    """What a denial sentence in ``[start, end)`` of ``item`` denies.

    Returns:
        ``(text, attribution)``: the object of the first denying attribution
        ("denied claims that 20,000 volunteers were ready" -> "claims that
        20,000 volunteers were ready"; in a relative clause, "X claimed N,
        a figure that the ministry dismissed" -> "X claimed N, a figure")
        and that attribution; or the sentence core and None when no
        attribution in the sentence denies.
    """
    text = item.article.text
    atts, _ = _voicing(item, start, end)
    for a in sorted(atts, key=lambda x: x.cue_start):
        if not is_denial_cue(a.cue, a.content):
            continue
        head = a.source_start if a.source_start is not None and a.source_start < a.cue_start else a.cue_start
        head = max(head, start)
        before = text[start:head]
        if _RELATIVE_TAIL_RE.search(before):
            return _RELATIVE_TAIL_RE.sub("", before), a
        rest = text[a.cue_end:end]
        stop = _CLAUSE_END_RE.search(rest)
        return (rest[: stop.start()] if stop else rest), a
    return mention_core(item, start, end), None


def denial_topic(text: str, exclude: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Content words of a denied object, without the words that only mark the denial (nor ``exclude``)."""
    return [w for w in content_words(text) if w not in DENIAL_WORDS and w not in exclude]


@dataclass(frozen=True, slots=True)
class _Mention:
    article: str
    sentence: ClaimSentence
    words: tuple[str, ...]
    numbers: tuple[float, ...]
    entities: frozenset
    exact: tuple
    counts: frozenset


def _counts(item: AnnotatedArticle, start: int, end: int, starts: list[int]) -> frozenset:
    qs = item.annotations.quantities
    lo, hi = bisect_left(starts, start), bisect_right(starts, end)
    out = set()
    for q in qs[lo:hi]:
        cls = count_class(q.about) if q.end <= end and q.value >= CLAIM_SHARED_NUMBER_MIN else None
        if cls:
            out.add((float(q.value), cls))
    return frozenset(out)


def _quantity_values(item: AnnotatedArticle, start: int, end: int, starts: list[int]) -> set[float]:
    qs = item.annotations.quantities
    lo, hi = bisect_left(starts, start), bisect_right(starts, end)
    return {float(q.value) for q in qs[lo:hi] if q.end <= end and q.value >= 1}


def _name_info(links: EntityLinks) -> dict[str, tuple[tuple[str, ...], bool]]:
    """Entity id -> (folded words of its canonical name, is a person), for ``_entities_agree``."""
    return {e.id: (tuple(words(e.name)), e.type in PERSON_TYPES) for e in links.entities}


def cached_content_words(text: str, cache: dict[str, str | None]) -> list[str]:
    """``content_words(text)``, memoising the per-word stemming in ``cache`` (one dict per call of the stage)."""
    out = []
    for w in words(text):
        kept = cache.get(w, "")
        if kept == "":
            found = content_words(w)
            kept = cache[w] = found[0] if found else None
        if kept:
            out.append(kept)
    return out


def _mentions(ordered: Sequence[AnnotatedArticle], links: EntityLinks, cores: MentionCores) -> list[_Mention]:
    types = {e.id: e.type for e in links.entities}
    cache: dict[str, str | None] = {}
    out = []
    for item in ordered:
        aid = item.article.id
        spans = links.spans.get(aid, ())
        span_starts = [s for s, _, _ in spans]
        q_starts = [q.start for q in item.annotations.quantities]
        voiced = bool(item.annotations.attributions or item.annotations.citations)
        for cs in sorted(item.annotations.claims, key=lambda c: (c.start, c.end, c.text)):
            if cs.stance == "denies":
                obj, _ = denied_object(item, cs.start, cs.end)
                topic = [w for w in cached_content_words(obj, cache) if w not in DENIAL_WORDS]
                big = {n for n in numbers_in(obj) if n >= CLAIM_SHARED_NUMBER_MIN}
                core_words = tuple(topic) if len(set(topic)) + len(big) >= DENIAL_MIN_TOPIC_WORDS else ()
                nums = set(numbers_in(obj)) if core_words else set()
                ents: frozenset = frozenset()
                counts = frozenset((v, c) for v, c in _counts(item, cs.start, cs.end, q_starts) if v in nums)
            else:
                if voiced:
                    core, core_words = cores[(aid, cs.start, cs.end)]
                else:
                    core = cs.text
                    core_words = tuple(cached_content_words(core, cache))
                nums = set(numbers_in(core)) | _quantity_values(item, cs.start, cs.end, q_starts)
                counts = _counts(item, cs.start, cs.end, q_starts)
                lo, hi = bisect_left(span_starts, cs.start), bisect_left(span_starts, cs.end)
                ents = frozenset(
                    eid
                    for s, e, eid in spans[lo:hi]
                    if e <= cs.end and core[s - cs.start] != " " and types.get(eid) in NAMED_ENTITY_TYPES
                )
            full = " ".join(cs.text.split()).casefold()
            exact = (full, cs.stance == "denies") if core_words or nums else (aid, cs.start)
            out.append(_Mention(aid, cs, core_words, tuple(sorted(nums)), ents, exact, counts))
    return out


def _candidate_pairs(mentions: list[_Mention], reps: list[int], matrix) -> np.ndarray:
    """Candidate pairs (``(k, 2)`` array, sorted) among the representative mentions ``reps``."""
    chunks: list[np.ndarray] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for i in reps:
        m = mentions[i]
        if not m.words:
            continue
        keys = {f"w:{w}" for w in m.words} | {f"n:{format_number(n)}" for n in m.numbers if n >= 100}
        keys |= {f"e:{e}" for e in m.entities}
        for k in keys:
            postings[k].append(i)
    flat: list[int] = []
    for rows in postings.values():
        if 1 < len(rows) <= CLAIM_BLOCK_MAX_DF:
            for x in range(len(rows)):
                for y in rows[x + 1 :]:
                    flat += (rows[x], y)
    chunks.append(np.asarray(flat, dtype=np.int64).reshape(-1, 2))
    if matrix is not None:
        rows = np.array([i for i in reps if matrix.indptr[i + 1] > matrix.indptr[i]], dtype=np.int64)
        sig = minhash_signatures(matrix.indptr, matrix.indices, CLAIM_LSH_PERM)
        chunks.append(band_pairs(sig, rows, CLAIM_LSH_BANDS, CLAIM_LSH_MAX_BUCKET, CLAIM_LSH_WINDOW))
    return unique_pairs(chunks)


def _identity(tokens):
    return tokens


def numbers_compatible(a: Sequence[float], b: Sequence[float], tolerance: float = CLAIM_NUMBER_TOLERANCE) -> bool:
    """Return True when every figure of one side is found (within ``tolerance``) among the other's.

    ``{2000}`` and ``{2000, 48}`` agree (one adds a detail); ``{38, 14000}``
    and ``{41, 14000}`` do not (each has a figure the other contradicts or
    lacks); an empty side agrees with anything.
    """

    if not a or not b or a == b:
        return True

    def within(xs: Sequence[float], ys: Sequence[float]) -> bool:
        return all(any(abs(x - y) <= tolerance * max(abs(x), abs(y), 1e-9) for y in ys) for x in xs)

    return within(a, b) or within(b, a)


def _sets_compatible(a: list[tuple[float, ...]], b: list[tuple[float, ...]]) -> bool:
    if len(a) > CLAIM_MAX_NUMBER_SETS or len(b) > CLAIM_MAX_NUMBER_SETS:
        flat_a = sorted({x for s in a for x in s})
        flat_b = sorted({x for s in b for x in s})
        return numbers_compatible(flat_a, flat_b)
    return all(numbers_compatible(x, y) for x in a for y in b)


def _ids(values: list) -> tuple[np.ndarray, list]:
    """Small integer id per distinct value (equal values, equal ids), and the distinct values."""
    seen: dict = {}
    ids = np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)
    return ids, list(seen)


def _pairwise(ids_a: np.ndarray, ids_b: np.ndarray, values: list, test) -> np.ndarray:
    """``test(values[ids_a[k]], values[ids_b[k]])`` for every k, evaluated once per distinct id pair."""
    if not len(ids_a):
        return np.zeros(0, dtype=bool)
    base = len(values) + 1
    codes, inverse = np.unique(ids_a * base + ids_b, return_inverse=True)
    results = np.array([bool(test(values[int(u) // base], values[int(u) % base])) for u in codes])
    return results[inverse.ravel()]


def _accepted_pairs(mentions: list[_Mention], pairs: np.ndarray, cos: np.ndarray, matrix,
                    names: dict[str, tuple[tuple[str, ...], bool]]) -> list[tuple[float, int, int]]:
    """The candidate pairs that are one claim, as ``(cosine, a, b)``.

    Vectorised over all pairs: entity, figure and count agreement depend only
    on each side's entity set, figures and counts, so each distinct
    combination is tested once.
    """
    if not len(pairs):
        return []
    a, b = pairs[:, 0], pairs[:, 1]
    has_count = np.array([bool(m.counts) for m in mentions])
    has_big = np.array([any(n >= CLAIM_SHARED_NUMBER_MIN for n in m.numbers) for m in mentions])
    ok = (cos >= CLAIM_COSINE) | ((cos >= CLAIM_COSINE_SHARED_NUMBER) & has_big[a] & has_big[b])
    ok |= (cos >= CLAIM_COSINE_SHARED_COUNT) & has_count[a] & has_count[b]
    keep = np.flatnonzero(ok)
    if not len(keep):
        return []
    a, b, c = a[keep], b[keep], cos[keep]
    binary = matrix.copy()
    binary.data[:] = 1.0
    shared = np.asarray(binary[a].multiply(binary[b]).sum(axis=1)).ravel()
    ent_id, ent_values = _ids([m.entities for m in mentions])
    num_id, num_values = _ids([m.numbers for m in mentions])
    count_id, count_values = _ids([m.counts for m in mentions])
    entity_pairs: dict[tuple[str, str], bool] = {}
    keys = _name_keys(names)
    set_keys = [frozenset(k for e in v for k in keys.get(e, ())) for v in ent_values]

    def entities_agree(i: int, j: int) -> bool:
        x, y = ent_values[i], ent_values[j]
        if x and y and set_keys[i].isdisjoint(set_keys[j]) and x.isdisjoint(y):
            return False  # no name of one side can meet a name of the other
        return _entities_agree(x, y, names, entity_pairs, keys)

    agree = _pairwise(ent_id[a], ent_id[b], list(range(len(ent_values))), entities_agree)
    agree &= _pairwise(num_id[a], num_id[b], num_values, numbers_compatible)
    by_words = (c >= CLAIM_COSINE) & (shared >= CLAIM_MIN_SHARED_WORDS)
    by_number = (c >= CLAIM_COSINE_SHARED_NUMBER) & _pairwise(num_id[a], num_id[b], num_values, _share_number)
    by_count = (c >= CLAIM_COSINE_SHARED_COUNT) & _pairwise(
        count_id[a], count_id[b], count_values, lambda x, y: bool(x & y)
    )
    take = np.flatnonzero(agree & (by_words | by_number | by_count))
    return list(zip(np.round(c[take], 9).tolist(), a[take].tolist(), b[take].tolist()))


def group_claims(
    articles: Sequence[AnnotatedArticle], links: EntityLinks, origin: dict[str, str],
    cores: MentionCores | None = None,
) -> tuple[Claim, ...]:
    """Cluster every claim sentence of ``articles`` into ``Claim`` records.

    Args:
        articles: annotated articles, any order.
        links: canonical entities (``link_entities``), for key entities and
            canonical ``attributed_to`` names.
        origin: article id -> origin article id (``find_copies``), so copies
            count once in ``independent_sources``.
        cores: ``mention_cores(articles)`` when the caller already has it
            (computed here otherwise).

    Returns:
        Claims (single-mention ones included) ordered by independent sources,
        then checkworthiness (both descending), then first mention, and
        numbered ``C1``... in that order. ``text`` is the mention nearest the
        cluster's TF-IDF centroid (an asserting or reporting one before a
        denial); ``mentions`` are sorted by article, start.
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    mentions = _mentions(ordered, links, mention_cores(ordered) if cores is None else cores)
    if not mentions:
        return ()
    docs = [list(m.words) for m in mentions]
    matrix = None
    if any(docs):
        vec = TfidfVectorizer(analyzer=_identity, sublinear_tf=True)
        matrix = vec.fit_transform(docs).tocsr()

    # Identical wording (same content words and numbers) is one claim outright;
    # only one representative per wording goes through candidate generation.
    uf = UnionFind(range(len(mentions)))
    first: dict[tuple, int] = {}
    for i, m in enumerate(mentions):
        if m.exact in first:
            uf.union(first[m.exact], i)
        else:
            first[m.exact] = i
    reps = sorted(first.values())
    names = _name_info(links)
    pairs = _candidate_pairs(mentions, reps, matrix)
    if matrix is not None and len(pairs):
        cos = np.asarray(matrix[pairs[:, 0]].multiply(matrix[pairs[:, 1]]).sum(axis=1)).ravel()
    else:
        cos = np.zeros(len(pairs))
    accepted = _accepted_pairs(mentions, pairs, cos, matrix, names)
    accepted.sort(key=lambda t: (-t[0], t[1], t[2]))

    number_sets: dict[int, list[tuple[float, ...]]] = {}
    for i, m in enumerate(mentions):
        sets = number_sets.setdefault(uf.find(i), [])
        if m.numbers and m.numbers not in sets:
            sets.append(m.numbers)
    for _, a, b in accepted:
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or not _sets_compatible(number_sets[ra], number_sets[rb]):
            continue
        root = uf.union(ra, rb)
        merged = number_sets[ra] + [s for s in number_sets[rb] if s not in number_sets[ra]]
        number_sets[root] = merged

    index = links.index or EntityIndex(links.entities)
    canonical_cache: dict[str, str | None] = {}
    groups = uf.groups()
    closeness = _centroid_scores(matrix, groups, len(mentions))
    drafts = []
    for rows in groups:
        members = [mentions[r] for r in rows]
        best = min(
            range(len(rows)),
            key=lambda i: (
                members[i].sentence.stance == "denies",
                -round(float(closeness[rows[i]]), 9),
                -members[i].sentence.checkworthiness,
                members[i].article,
                members[i].sentence.start,
            ),
        )
        claim_mentions = tuple(
            sorted(
                (
                    ClaimMention(
                        article=m.article,
                        text=m.sentence.text,
                        start=m.sentence.start,
                        end=m.sentence.end,
                        stance=m.sentence.stance,
                        attributed_to=_canonical(index, m.sentence.attributed_to, canonical_cache),
                    )
                    for m in members
                ),
                key=lambda cm: (cm.article, cm.start, cm.end),
            )
        )
        drafts.append(
            (
                len(_origins(members, origin, index, canonical_cache)),
                max(m.sentence.checkworthiness for m in members),
                members[best].sentence.text,
                claim_mentions,
            )
        )
    drafts.sort(key=lambda d: (-d[0], -d[1], d[3][0].article, d[3][0].start, d[2]))
    return tuple(
        Claim(id=f"C{n}", text=text, checkworthiness=float(cw), independent_sources=srcs, mentions=ms)
        for n, (srcs, cw, text, ms) in enumerate(drafts, start=1)
    )


def _centroid_scores(matrix, groups: list[list[int]], n: int) -> np.ndarray:
    """Each mention's dot product with its group's mean TF-IDF vector (0 for single mentions)."""
    if matrix is None:
        return np.zeros(n)
    group_of = np.zeros(n, dtype=np.int64)
    sizes = np.zeros(len(groups))
    for g, rows in enumerate(groups):
        group_of[rows] = g
        sizes[g] = len(rows)
    member = csr_matrix((np.ones(n), (group_of, np.arange(n))), shape=(len(groups), n))
    centroids = csr_matrix(member @ matrix).multiply(1.0 / sizes[:, None]).tocsr()
    scores = np.asarray(matrix.multiply(centroids[group_of]).sum(axis=1)).ravel()
    scores[sizes[group_of] < 2] = 0.0
    return scores


def _share_number(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return bool({n for n in a if n >= CLAIM_SHARED_NUMBER_MIN} & set(b))


def _same_name_word(x: str, y: str) -> bool:
    if x == y:
        return True
    common = 0
    for cx, cy in zip(x, y):
        if cx != cy:
            break
        common += 1
    return common >= max(4, min(len(x), len(y)) - PLACE_SUFFIX_LETTERS)


def _name_key(word: str) -> str:
    """What two words that ``_same_name_word`` matches always share: the word if shorter than 4, else its first 4 letters."""
    return word if len(word) < 4 else word[:4]


def _name_keys(names: dict[str, tuple[tuple[str, ...], bool]]) -> dict[str, frozenset[str]]:
    """Entity id -> ``_name_key`` of each word of its name: two entities whose keys are disjoint never meet."""
    return {eid: frozenset(_name_key(w) for w in ws) for eid, (ws, _) in names.items()}


def _same_entity(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return bool(short) and all(any(_same_name_word(p, q) for q in long_) for p in short)


def _entities_agree(a: frozenset, b: frozenset, names: dict[str, tuple[tuple[str, ...], bool]],
                    cache: dict[tuple[str, str], bool] | None = None,
                    keys: dict[str, frozenset[str]] | None = None) -> bool:
    """Return True when either side names nothing, or a name is on both sides and no two people clash.

    "Kadar" meets "Sun Il Kadar", "Korean" meets "North Korea"; "Ivan Petrov"
    and "Oleg Petrov" do not meet. ``cache`` memoises entity-pair matches;
    ``keys`` (``_name_keys(names)``) skips pairs that cannot meet.
    """
    if not a or not b:
        return True
    none: tuple[tuple[str, ...], bool] = ((), False)
    people_a = any(names.get(x, none)[1] for x in a)
    people_b = any(names.get(y, none)[1] for y in b)
    shared = a & b
    if shared and (not (people_a and people_b) or any(names.get(x, none)[1] for x in shared)):
        return True
    cache = {} if cache is None else cache
    matched = bool(shared)
    empty: frozenset[str] = frozenset()
    for x in a:
        wx, px = names.get(x, none)
        kx = keys.get(x, empty) if keys is not None else None
        for y in b:
            if x == y or (kx is not None and kx.isdisjoint(keys.get(y, empty))):
                continue
            key = (x, y)
            same = cache.get(key)
            if same is None:
                same = cache[key] = _same_entity(wx, names.get(y, none)[0])
            if same:
                if px or names.get(y, none)[1] or not (people_a and people_b):
                    return True
                matched = True
    return matched and not (people_a and people_b)


def _origins(members: Sequence[_Mention], origin: dict[str, str], index: EntityIndex,
             cache: dict[str, str | None]) -> set[tuple[str, str]]:
    """The independent origins behind a claim's mentions.

    An article (its copies and carried reports folded into its ``origin``) is an origin of its own, unless every
    mention it has of the claim relays one and the same named speaker: then it stands for that speaker, so two
    outlets quoting the same person are one origin ("Korotchenko said ..." in the Express and in the Star). A
    speaker counts only when the entity index knows the name ("officials" in two outlets may be anyone), and a
    claim never has more origins than articles.
    """
    speakers: dict[str, set[str | None]] = defaultdict(set)
    headings: set[str] = set()  # origins one of whose unvoiced mentions is a heading
    relaying: set[str] = set()  # origins with a mention that relays a named speaker's claim
    for m in members:
        entity = index.resolve(m.sentence.attributed_to) if m.sentence.attributed_to else None
        name = _canonical(index, entity.name, cache) if entity is not None else None
        key = origin.get(m.article, m.article)
        if name is None and _HEADING.fullmatch(m.sentence.text.strip()):
            headings.add(key)  # (a heading sums up its article: it stands for what the body relays, if it relays)
            continue
        speakers[key].add(name)
        if name is not None and m.sentence.stance == "reports":
            relaying.add(key)
    for key in headings - relaying:
        speakers[key].add(None)  # (over a denial or a question, or over nothing, it is the outlet's own claim)
    return {("speaker", next(iter(names))) if len(names) == 1 and None not in names else ("article", key)
            for key, names in speakers.items()}


# A heading inside an article: a short line with no full stop at its end ("Kim offered 100,000 “volunteer” soldiers").
_HEADING = re.compile(r"[^\n]{1,100}(?<![.!?:;,…\"”’')»])")


def _canonical(index: EntityIndex, name: str | None, cache: dict[str, str | None]) -> str | None:
    if not name:
        return name
    if name not in cache:
        entity = index.resolve(name)
        cache[name] = entity.name if entity else name
    return cache[name]
