"""Where sources disagree: numeric conflicts, denials and contradictions.

* numeric: quantities counting the same thing (same story, same head-noun
  class, compatible nationality/entity modifiers) whose values differ by more
  than ``NUMERIC_TOLERANCE`` across articles.
* denial: a claim mention with stance "denies", an attribution whose cue
  denies ("denied", "dismissed", "rejected") or brands something false
  ("branded ... fake news"), or a claim sentence worded that way; linked to
  the claims of the same story it is about (content-word overlap).
* contradiction: one claim whose mentions differ in polarity (negated in some
  articles, affirmed in others).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyscope.corpus._text import content_words, fold, format_number, stem, words
from storyscope.corpus.entities import EntityIndex, EntityLinks, surface_key
from storyscope.model import AnnotatedArticle, Claim, Conflict

# Values within this relative difference are the same figure (rounding,
# "about 10,000" vs "10,500"); more apart is a numeric conflict. Seeds:
# 10,000 vs 100,000 North Korean troops.
NUMERIC_TOLERANCE = 0.10
# Head nouns that count the same thing. "People sent" is the seeds' case: one
# outlet's specialists are another's volunteers or troops.
SYNONYM_CLASSES: dict[str, frozenset[str]] = {
    "people sent": frozenset(
        {
            "troop",
            "soldier",
            "volunteer",
            "specialist",
            "personnel",
            "fighter",
            "worker",
            "builder",
            "engineer",
            "mercenary",
            "force",
            "serviceman",
            "servicemen",
            "recruit",
            "labourer",
            "laborer",
            "conscript",
            "men",
            "combatant",
            "officer",
        }
    ),
    "casualties": frozenset({"casualty", "dead", "death", "killed", "fatality", "victim", "body"}),
    "injured": frozenset({"injured", "wounded", "injury", "hurt"}),
    "refugees": frozenset({"refugee", "displaced", "evacuee", "migrant", "asylum"}),
    "missiles": frozenset({"missile", "rocket", "drone", "shell", "projectile"}),
}
# Heads that are units of time, money or ratio: a different value is usually
# a different fact, not a disagreement.
UNIT_HEADS = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "percent",
        "per",
        "cent",
        "%",
        "time",
        "dollar",
        "euro",
        "pound",
        "ruble",
        "rouble",
        "won",
        "yuan",
        "usd",
        "eur",
        "gbp",
        "km",
        "kilometre",
        "kilometer",
        "mile",
        "metre",
        "meter",
        "kg",
        "tonne",
        "ton",
        "mw",
        "gw",
        "am",
        "pm",
        "page",
        "point",
    }
)
_HEAD_TO_CLASS = {h: c for c, heads in SYNONYM_CLASSES.items() for h in heads}
# Words of a denial that say "this is a denial", not what is denied.
_DENIAL_WORDS = frozenset(
    {
        "deny",
        "denied",
        "denie",
        "denial",
        "dismiss",
        "dismissed",
        "reject",
        "rejected",
        "refute",
        "refuted",
        "brand",
        "branded",
        "fake",
        "false",
        "lie",
        "news",
        "claim",
        "report",
        "allegation",
        "nonsense",
        "hoax",
        "untrue",
        "baseless",
        "groundless",
        "propaganda",
        "rubbish",
        "call",
        "called",
        "described",
        "label",
        "labelled",
        "labeled",
        "kremlin",
        "spokesman",
        "spokesperson",
    }
)
DENIAL_CUE_RE = re.compile(
    r"\b(den(?:y|ies|ied|ying|ial)|dismiss\w*|reject\w*|refut\w*|rebuff\w*|debunk\w*)\b", re.I
)
_LABEL_CUE_RE = re.compile(r"\b(brand\w*|call\w*|label\w*|describ\w*|dub\w*|term\w*)\b", re.I)
FALSEHOOD_RE = re.compile(
    r"\b(fake|false(?:hood)?|lies|lie|lying|nonsense|hoax|untrue|baseless|groundless|fabricat\w*|"
    r"propaganda|rubbish|disinformation|misinformation)\b",
    re.I,
)
_DENIAL_SENTENCE_RE = re.compile(
    r"\b(den(?:y|ies|ied)|dismissed|rejected|refuted)\b.*\b(claims?|reports?|allegations?|suggestions?)\b|"
    r"\b(branded|called|labell?ed|described|dismissed)\b.*\b(fake|false|lies|nonsense|hoax|untrue|baseless|propaganda)\b",
    re.I,
)
# A claim is what a denial is about when it covers at least this IDF-weighted
# share of the denial sentence's topic words and at least DENIAL_MIN_SHARED of
# them (seeds: the Kremlin's "fake news" line shares troop/enter/war/North
# Korean with the 10,000- and 100,000-troop claims; words every claim of the
# story uses weigh little).
DENIAL_OVERLAP = 0.55
DENIAL_MIN_SHARED = 2
DENIAL_MAX_TARGETS = 4
_NEGATION_RE = re.compile(r"\b(not|no|never|none|neither|nor|nothing|cannot)\b|n[’']t\b", re.I)
# Summaries list at most this many article ids per side.
SUMMARY_MAX_ARTICLES = 5
# Heads that say nothing about what happened to whom ("38 people" died, "14,000
# people" were displaced): their class comes from the words that follow.
GENERIC_HEADS = frozenset({"people", "person", "persons", "resident", "civilian", "individual", "inhabitant"})
# How many words after a generic quantity are read for its predicate (example corpus, 01/06/07).
PREDICATE_WINDOW_WORDS = 6
_PREDICATE_CLASSES = (
    ("casualties", re.compile(r"\b(died|dead|killed|perished|drowned|death|lost their lives)\b", re.I)),
    ("injured", re.compile(r"\b(injured|wounded|hurt|hospitali[sz]ed)\b", re.I)),
    ("refugees", re.compile(r"\b(displaced|evacuated|fled|homeless|shelters?|rescued|refugees?)\b", re.I)),
    ("people sent", re.compile(r"\b(sent|deployed|dispatched|arrived|volunteered|recruited)\b", re.I)),
)


def generic_predicate_class(text: str, end: int) -> str | None:
    """Return the class of what happened to a generic count ("people ... died" -> casualties), or None."""
    window = " ".join(text[end:].split()[:PREDICATE_WINDOW_WORDS])
    for cls, pattern in _PREDICATE_CLASSES:
        if pattern.search(window):
            return cls
    return None


@dataclass(frozen=True, slots=True)
class _Quantity:
    article: str
    value: float
    about: str
    start: int
    end: int


def _claim_spans(claims: Sequence[Claim]) -> dict[str, list[tuple[int, int, str]]]:
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for c in claims:
        for m in c.mentions:
            spans[m.article].append((m.start, m.end, c.id))
    return spans


def _claims_covering(spans, article: str, start: int, end: int) -> set[str]:
    return {cid for s, e, cid in spans.get(article, ()) if s <= start and end <= e}


def _claims_overlapping(spans, article: str, start: int, end: int) -> set[str]:
    return {cid for s, e, cid in spans.get(article, ()) if s < end and start < e}


def _id_num(xid: str) -> int:
    return int(xid[1:]) if xid[1:].isdigit() else 1 << 30


def _articles_text(ids: Sequence[str]) -> str:
    ids = sorted(ids)
    extra = len(ids) - SUMMARY_MAX_ARTICLES
    shown = ", ".join(ids[:SUMMARY_MAX_ARTICLES])
    return f"{shown}, +{extra} more" if extra > 0 else shown


def quantity_key(about: str, links: EntityLinks) -> tuple[str, frozenset] | None:
    """Return what a quantity counts: (head class, entity ids among its modifiers), or None for units.

    ``"North Korean specialists"`` and ``"North Korean troops"`` share the key
    ``("people sent", {id of North Korean})``.
    """
    toks = words(about)
    if not toks:
        return None
    head = stem(toks[-1])
    if head in UNIT_HEADS or toks[-1] in UNIT_HEADS or not head.isalpha() or len(head) < 2:
        return None
    cls = _HEAD_TO_CLASS.get(head, _HEAD_TO_CLASS.get(toks[-1], head))
    mods = toks[:-1]
    ents = set()
    for n in (3, 2, 1):
        for i in range(len(mods) - n + 1):
            eid = links.by_key.get(surface_key(" ".join(mods[i : i + n])))
            if eid:
                ents.add(eid)
    return cls, frozenset(ents)


def numeric_conflicts(
    articles: Sequence[AnnotatedArticle],
    claims: Sequence[Claim],
    links: EntityLinks,
    article_story: dict[str, str],
) -> list[Conflict]:
    """Numeric disagreements (ids left empty; ``find_conflicts`` numbers them)."""
    groups: dict[tuple, list[_Quantity]] = defaultdict(list)
    for item in articles:
        aid = item.article.id
        for q in item.annotations.quantities:
            if q.value <= 0:
                continue
            key = quantity_key(q.about, links)
            if key is None:
                continue
            if words(q.about) and stem(words(q.about)[-1]) in GENERIC_HEADS | {stem(h) for h in GENERIC_HEADS}:
                predicate = generic_predicate_class(item.article.text, q.end)
                if predicate is None:
                    continue
                key = (predicate, key[1])
            story = article_story.get(aid, "")
            groups[(story, key[0], key[1])].append(_Quantity(aid, float(q.value), q.about, q.start, q.end))
    # Quantities with no modifier join the single modified group of their class
    # ("volunteer troops" -> "North Korean troops") when that is unambiguous.
    by_class: dict[tuple, list[tuple]] = defaultdict(list)
    for story, cls, mods in groups:
        by_class[(story, cls)].append((story, cls, mods))
    for (story, cls), keys in by_class.items():
        modified = [k for k in keys if k[2]]
        bare = (story, cls, frozenset())
        if len(modified) == 1 and bare in groups:
            groups[modified[0]].extend(groups.pop(bare))

    spans = _claim_spans(claims)
    names = {e.id: e.name for e in links.entities}
    out: list[Conflict] = []
    for (_story, _cls, mods), qs in sorted(
        groups.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2]))
    ):
        bins = _bins(sorted({q.value for q in qs}))
        if len(bins) < 2:
            continue
        bin_articles = [sorted({q.article for q in qs if lo <= q.value <= hi}) for lo, hi in bins]
        if len({a for arts in bin_articles for a in arts}) < 2 or all(
            set(arts) == set(bin_articles[0]) for arts in bin_articles
        ):
            continue
        label = _label(qs, mods, names)
        sides = []
        for (lo, hi), arts in zip(bins, bin_articles, strict=True):
            shown = format_number(lo) if lo == hi else f"{format_number(lo)}-{format_number(hi)}"
            sides.append(f"{shown} ({_articles_text(arts)})")
        claim_ids: set[str] = set()
        for q in qs:
            claim_ids |= _claims_covering(spans, q.article, q.start, q.end)
        out.append(
            Conflict(
                id="",
                kind="numeric",
                claims=tuple(sorted(claim_ids, key=_id_num)),
                articles=tuple(sorted({q.article for q in qs})),
                values=tuple(sorted({q.value for q in qs})),
                summary=f"{label}: " + " vs ".join(sides),
            )
        )
    return out


def _bins(values: list[float]) -> list[tuple[float, float]]:
    bins: list[list[float]] = []
    for v in values:
        if bins and v <= bins[-1][0] * (1 + NUMERIC_TOLERANCE):
            bins[-1][1] = v
        else:
            bins.append([v, v])
    return [(lo, hi) for lo, hi in bins]


def _label(qs: Sequence[_Quantity], mods: frozenset, names: dict[str, str]) -> str:
    counts = Counter(" ".join(q.about.split()).strip(" '\"‘’“”") for q in qs)
    modified = {t for t in counts if any(fold(names[m]) in fold(t) for m in mods)}
    best = max(counts, key=lambda t: (t in modified, counts[t], len(t), t))
    if mods and not any(fold(names[m]) in fold(best) for m in mods):
        best = " ".join(sorted(names[m] for m in mods)) + " " + best
    return best


@dataclass(frozen=True, slots=True)
class _Denial:
    article: str
    start: int
    end: int
    text: str
    who: str


def _sentence_at(item: AnnotatedArticle, pos: int, fallback: tuple[int, int]) -> tuple[int, int]:
    for s in item.annotations.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return fallback


def _who(index: EntityIndex, name: str | None, item: AnnotatedArticle) -> str:
    if name:
        entity = index.resolve(name)
        return entity.name if entity else name
    return item.article.outlet or f"article {item.article.id}"


def _denials(articles: Sequence[AnnotatedArticle], index: EntityIndex) -> list[_Denial]:
    found: dict[tuple[str, int], _Denial] = {}
    for item in articles:
        aid, text = item.article.id, item.article.text
        for att in item.annotations.attributions:
            denies = DENIAL_CUE_RE.search(att.cue) or (
                _LABEL_CUE_RE.search(att.cue) and FALSEHOOD_RE.search(att.content)
            )
            if not denies:
                continue
            s, e = _sentence_at(
                item, att.cue_start, (min(att.cue_start, att.start), max(att.cue_end, att.end))
            )
            found.setdefault((aid, s), _Denial(aid, s, e, text[s:e].strip(), _who(index, att.speaker, item)))
        for cs in item.annotations.claims:
            if cs.stance == "denies" or _DENIAL_SENTENCE_RE.search(cs.text):
                found.setdefault(
                    (aid, cs.start),
                    _Denial(aid, cs.start, cs.end, cs.text, _who(index, cs.attributed_to, item)),
                )
    return [found[k] for k in sorted(found)]


def denial_conflicts(
    articles: Sequence[AnnotatedArticle],
    claims: Sequence[Claim],
    links: EntityLinks,
    article_story: dict[str, str],
) -> list[Conflict]:
    """Denials linked to the claims they deny (ids left empty)."""
    index = EntityIndex(links.entities)
    denials = _denials(articles, index)
    if not denials:
        return []
    spans = _claim_spans(claims)
    claim_stories: dict[str, set[str]] = {}
    postings: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        ws = set(content_words(c.text))
        for m in c.mentions:
            ws |= set(content_words(m.text))
        claim_stories[c.id] = {article_story.get(m.article, "") for m in c.mentions}
        for w in sorted(ws):
            postings[w].append(c.id)
    claim_articles = {c.id: {m.article for m in c.mentions} for c in claims}

    merged: dict[object, tuple[_Denial, set[str], set[str], set[str]]] = {}
    for d in denials:
        own = _claims_overlapping(spans, d.article, d.start, d.end)
        # The denier's own name says who denies, not what is denied.
        topic = set(content_words(d.text)) - _DENIAL_WORDS - set(content_words(d.who))
        story = article_story.get(d.article, "")
        weight = {w: math.log((len(claims) + 1) / (len(postings.get(w, ())) + 1)) + 1.0 for w in topic}
        total = sum(weight.values()) or 1.0
        shared: Counter = Counter()
        hits: Counter = Counter()
        for w in sorted(topic):
            for cid in postings.get(w, ()):
                shared[cid] += weight[w]
                hits[cid] += 1
        targets = []
        for cid, score in shared.items():
            if cid in own or story not in claim_stories[cid]:
                continue
            if hits[cid] >= DENIAL_MIN_SHARED and score / total >= DENIAL_OVERLAP:
                targets.append((-round(score / total, 9), _id_num(cid), cid))
        chosen = {cid for _, _, cid in sorted(targets)[:DENIAL_MAX_TARGETS]}
        key = min(own, key=_id_num) if own else (d.article, d.start)
        if key in merged:
            prev = merged[key]
            prev[1].add(d.article)
            prev[2].update(chosen)
        else:
            merged[key] = (d, {d.article}, set(chosen), set(own))
    out = []
    for d, arts, chosen, own in merged.values():
        # A denial grouped into the claim it denies (same wording, stance
        # "denies") links that claim's other articles too.
        all_articles = set(arts)
        for cid in chosen | own:
            all_articles |= claim_articles[cid]
        text = d.text if len(d.text) <= 240 else d.text[:237] + "..."
        out.append(
            Conflict(
                id="",
                kind="denial",
                claims=tuple(sorted(own | chosen, key=_id_num)),
                articles=tuple(sorted(all_articles)),
                values=(),
                summary=f"{d.who} denies: {text}",
            )
        )
    return out


def contradiction_conflicts(claims: Sequence[Claim]) -> list[Conflict]:
    """Claims whose mentions are negated in some articles and affirmed in others (ids left empty)."""
    out = []
    for c in claims:
        if len(c.mentions) < 2:
            continue
        neg = sorted({m.article for m in c.mentions if _NEGATION_RE.search(m.text)})
        pos = sorted({m.article for m in c.mentions if not _NEGATION_RE.search(m.text)})
        if not neg or not pos or set(neg) == set(pos):
            continue
        text = c.text if len(c.text) <= 160 else c.text[:157] + "..."
        out.append(
            Conflict(
                id="",
                kind="contradiction",
                claims=(c.id,),
                articles=tuple(sorted(set(neg) | set(pos))),
                values=(),
                summary=f"{text} — affirmed in {_articles_text(pos)} vs negated in {_articles_text(neg)}",
            )
        )
    return out


def find_conflicts(
    articles: Sequence[AnnotatedArticle],
    claims: Sequence[Claim],
    links: EntityLinks,
    article_story: dict[str, str],
) -> tuple[Conflict, ...]:
    """All conflicts among ``articles``, numbered ``X1``... (numeric, then denial, then contradiction).

    Args:
        articles: annotated articles, any order.
        claims: the grouped claims (``group_claims``).
        links: canonical entities (``link_entities``).
        article_story: article id -> story id (``group_stories``); numeric and
            denial conflicts only pair things within one story.

    Returns:
        Conflicts with ``values`` (numeric only: the distinct values in
        dispute, ascending), ``articles`` and ``claims`` sorted, and a
        one-line ``summary`` naming the figures or who denies what.
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    found: list[Conflict] = []
    kinds = (
        numeric_conflicts(ordered, claims, links, article_story),
        denial_conflicts(ordered, claims, links, article_story),
        contradiction_conflicts(claims),
    )
    for group in kinds:
        found.extend(sorted(group, key=lambda c: (c.articles, c.summary)))
    return tuple(
        Conflict(
            id=f"X{n}", kind=c.kind, claims=c.claims, articles=c.articles, values=c.values, summary=c.summary
        )
        for n, c in enumerate(found, start=1)
    )
