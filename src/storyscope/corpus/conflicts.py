"""Where sources disagree: numeric conflicts, denials and contradictions.

* numeric: quantities counting the same thing (same story, same head-noun
  class, compatible nationality/entity modifiers) whose figures cannot both
  be true. A figure is read with its hedge: "up to 2,000" is an upper bound,
  "at least 38" and "more than 100" lower bounds, and a partial count ("the
  first 300 engineers arrived", "has so far accepted 300") is a lower bound
  on any total; so "up to 2,000" vs "300 arrived" is no conflict while "up
  to 10,000" vs "100,000" is.
* denial: an attribution whose cue denies ("denied", "dismissed",
  "rejected") or brands something false ("branded ... fake news"), or a
  claim mention with stance "denies"; linked to every claim of the same
  story that says what is denied (its topic words, numbers and the kind of
  thing it is about), across outlets. A denial that only refers back ("dismissed
  the reports as fabrications") takes its topic from the article's headline
  or another denial in the article. Denials of the same claims make one
  conflict.
* contradiction: one claim whose main clause is negated in some articles and
  affirmed in others, with the same wording otherwise.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from storyscope.corpus._text import (
    UnionFind,
    content_words,
    excerpt,
    fold,
    format_number,
    numbers_in,
    stem,
    words,
)
from storyscope.corpus.claims import (
    COUNT_CLASSES,
    GENERIC_HEADS,
    DENIAL_CUE_RE,
    DENIAL_MIN_TOPIC_WORDS,
    FALSEHOOD_RE,
    MentionCores,
    cached_content_words,
    count_class,
    denial_topic,
    denied_object,
    is_denial_cue,
    mention_core,
)
from storyscope.corpus.entities import EntityIndex, EntityLinks, surface_key
from storyscope.model import AnnotatedArticle, Attribution, Claim, Conflict

# Values within this relative difference are the same figure (rounding,
# "about 10,000" vs "10,500"); more apart is a numeric conflict. Seeds:
# 10,000 vs 100,000 North Korean troops.
NUMERIC_TOLERANCE = 0.10
# A numeric conflict names at most this many distinct figures (the ones the
# most articles give): a summary an editor can read.
NUMERIC_MAX_FIGURES = 12
# Hedges read from a quantity's text (annotate/quantities.py keeps them there).
_UPPER_RE = re.compile(
    r"^(?:up to|at most|as few as|less than|fewer than|under|just under|no more than|not more than|"
    r"a maximum of|maximum of)\b",
    re.IGNORECASE,
)
_LOWER_RE = re.compile(
    r"^(?:at least|more than|over|just over|upwards of|no fewer than|no less than|a minimum of|"
    r"in excess of)\b",
    re.IGNORECASE,
)
# Words near a figure that make it a partial count of a larger whole (example
# corpus: "Around 300 engineers crossed the border", "has so far accepted about
# 300 engineers"; these are not totals to compare with "up to 2,000").
_PARTIAL_RE = re.compile(
    r"\b(first|initial|advance|so far|already|arrived|arrive|arriving|arrives|reached|reach|crossed|"
    r"landed|another|additional|further|extra|remaining|batch|wave|vanguard|contingent)\b",
    re.IGNORECASE,
)
# How many words either side of a figure (within its clause) are read for those.
PARTIAL_WINDOW_WORDS = 6
_CLAUSE_BREAK_RE = re.compile(r"[,;:.!?()\u201c\u201d\"]")
# Heads that are units of time, money or ratio: a different value is usually
# a different fact, not a disagreement.
UNIT_HEADS = frozenset(
    {
        "year", "month", "week", "day", "hour", "minute", "second", "percent", "per", "cent", "%", "time",
        "dollar", "euro", "pound", "ruble", "rouble", "won", "yuan", "usd", "eur", "gbp", "km", "kilometre",
        "kilometer", "mile", "metre", "meter", "kg", "tonne", "ton", "mw", "gw", "am", "pm", "page", "point",
    }
)
# Kept under its old name for readers of the conflict stage.
SYNONYM_CLASSES = COUNT_CLASSES
# Summaries list at most this many article ids per side.
SUMMARY_MAX_ARTICLES = 5
# GENERIC_HEADS (claims) say nothing about what happened to whom ("38 people" died, "14,000 people" were
# displaced): their class comes from the words that follow.
# How many words after a generic quantity are read for its predicate (example corpus, 01/06/07).
PREDICATE_WINDOW_WORDS = 6
_PREDICATE_CLASSES = (
    ("casualties", re.compile(r"\b(died|dead|killed|perished|drowned|death|lost their lives)\b", re.IGNORECASE)),
    ("injured", re.compile(r"\b(injured|wounded|hurt|hospitali[sz]ed)\b", re.IGNORECASE)),
    ("refugees", re.compile(r"\b(displaced|evacuated|fled|homeless|shelters?|rescued|refugees?)\b", re.IGNORECASE)),
    ("people sent", re.compile(r"\b(sent|deployed|dispatched|arrived|volunteered|recruited)\b", re.IGNORECASE)),
)

# ---- denials
# A claim is what a denial denies when it covers at least this IDF-weighted
# share of the denial's topic keys, at least DENIAL_MIN_SHARED of them, and
# every "required" key of the topic (its figures and the kind of thing and
# act it is about: "@people", "@deploy"). Seeds: the Kremlin's "fake news"
# line (North Korean troops about to enter the war) covers Zelensky's 10,000,
# Korotchenko's 100,000 and the 001/004 troop claims; the example corpus's
# "20,000 volunteers" denials cover only the 20,000 claim.
DENIAL_OVERLAP = 0.5
DENIAL_MIN_SHARED = 2
# At most this many claims per denial (best per article first, then by score).
DENIAL_MAX_TARGETS = 8
# A denial is scored against at most this many claims holding its rarest topic
# key (the most widely carried first): keeps a 100k-article pile near-linear.
DENIAL_MAX_CANDIDATES = 500
# Topic keys: words cut to this many letters ("Korean"/"Korea", "volunteers"/
# "volunteering" meet), numbers as "#value", and two concept classes.
TOPIC_KEY_LETTERS = 5
_DEPLOY_PREFIXES = (
    "send", "sent", "deplo", "dispa", "enter", "join", "fight", "parti", "arriv", "trave", "cross", "mobil",
    "offer", "provi", "suppl", "recru", "statio", "invad", "march",
)
_WAR_WORDS = frozenset({"war", "conflict", "front", "frontline", "combat", "battle", "invasion", "fighting"})
_PEOPLE_WORDS = COUNT_CLASSES["people sent"]
# Figures at least this large are topic keys (smaller ones are days, ranks...).
DENIAL_NUMBER_MIN = 100
# Who denies: an attribution's source text is kept over its resolved speaker
# when it names an office ("Norvakia's foreign ministry" rather than "Norvakia").
_OFFICE_RE = re.compile(
    r"\b(ministry|ministers?|government|office|embassy|spokes(?:man|woman|person)|army|military|agency|"
    r"council|department|kremlin|cabinet|presidency|command|headquarters)\b",
    re.IGNORECASE,
)
_PRONOUN_SOURCES = frozenset({"he", "she", "they", "it", "we", "i", "this", "that", "which", "who"})
SUMMARY_DENIAL_CHARS = 240
SUMMARY_CLAIM_CHARS = 160

# ---- contradictions
_NEGATION_RE = re.compile(r"\b(not|no|never|none|neither|nor|nothing|cannot|no longer)\b|n[’']t\b", re.IGNORECASE)
# The main clause ends where a concessive or subordinate clause starts: "Kadar
# thanked the volunteers, although the agency did not say ..." is affirmative.
_SUBORDINATE_RE = re.compile(
    r"(?:,|;|\s)\s*(?:although|though|but|while|whereas|because|unless|if|whether|even as|as long as)\b|;",
    re.IGNORECASE,
)
# Negated and affirmed mentions must share this Jaccard of main-clause content
# words: "has sent combat engineers" vs "has not sent combat engineers".
CONTRADICTION_MIN_JACCARD = 0.6
CONTRADICTION_MIN_WORDS = 3
# Distinct negated / affirmed wordings compared per claim (copies share one).
CONTRADICTION_MAX_READINGS = 64


def generic_predicate_class(text: str, end: int) -> str | None:
    """Return the class of what happened to a generic count ("people ... died" -> casualties), or None."""
    window = " ".join(text[end:].split()[:PREDICATE_WINDOW_WORDS])
    for cls, pattern in _PREDICATE_CLASSES:
        if pattern.search(window):
            return cls
    return None


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


# --------------------------------------------------------------------------- numeric


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
    cls = count_class(about) or head
    mods = toks[:-1]
    ents = set()
    for n in (3, 2, 1):
        for i in range(len(mods) - n + 1):
            eid = links.by_key.get(surface_key(" ".join(mods[i : i + n])))
            if eid:
                ents.add(eid)
    return cls, frozenset(ents)


@dataclass(frozen=True, slots=True)
class _Quantity:
    article: str
    value: float
    about: str
    start: int
    end: int
    bound: str  # "point", "upper" or "lower"
    partial: bool


def _bound(qtext: str) -> str:
    head = qtext.strip().lower()
    if _UPPER_RE.match(head):
        return "upper"
    if _LOWER_RE.match(head):
        return "lower"
    return "point"


def _is_partial(text: str, start: int, end: int) -> bool:
    """Return True when the words around a figure, within its clause, make it a partial count."""
    before = text[max(0, start - 120) : start]
    cut = max((m.end() for m in _CLAUSE_BREAK_RE.finditer(before)), default=0)
    before = " ".join(before[cut:].split()[-PARTIAL_WINDOW_WORDS:])
    after = text[end : end + 120]
    stop = _CLAUSE_BREAK_RE.search(after)
    after = " ".join((after[: stop.start()] if stop else after).split()[:PARTIAL_WINDOW_WORDS])
    return bool(_PARTIAL_RE.search(before) or _PARTIAL_RE.search(after))


def _interval(q: _Quantity, as_lower: bool) -> tuple[float, float]:
    lo, hi = q.value / (1 + NUMERIC_TOLERANCE), q.value * (1 + NUMERIC_TOLERANCE)
    if q.bound == "upper":
        return 0.0, hi
    if q.bound == "lower" or as_lower:
        return lo, math.inf
    return lo, hi


def figures_conflict(a: _Quantity, b: _Quantity) -> bool:
    """Return True when two readings of one count cannot both hold.

    A partial count set against a total is only a lower bound on it; two
    partial counts (or two totals) compare as they are written.
    """
    mixed = a.partial != b.partial
    lo_a, hi_a = _interval(a, mixed and a.partial and a.bound != "upper")
    lo_b, hi_b = _interval(b, mixed and b.partial and b.bound != "upper")
    return hi_a < lo_b or hi_b < lo_a


def _numeric_groups(articles: Sequence[AnnotatedArticle], links: EntityLinks, article_story: dict[str, str]):
    groups: dict[tuple, list[_Quantity]] = defaultdict(list)
    generic = GENERIC_HEADS | {stem(h) for h in GENERIC_HEADS}
    for item in articles:
        aid = item.article.id
        text = item.article.text
        for q in item.annotations.quantities:
            if q.value <= 0:
                continue
            key = quantity_key(q.about, links)
            if key is None:
                continue
            toks = words(q.about)
            if toks and stem(toks[-1]) in generic:
                predicate = generic_predicate_class(text, q.end)
                if predicate is None:
                    continue
                key = (predicate, key[1])
            story = article_story.get(aid, "")
            bound = _bound(q.text)
            partial = _is_partial(text, q.start, q.end)
            groups[(story, key[0], key[1])].append(
                _Quantity(aid, float(q.value), q.about, q.start, q.end, bound, partial)
            )
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
    return groups


def numeric_conflicts(
    articles: Sequence[AnnotatedArticle],
    claims: Sequence[Claim],
    links: EntityLinks,
    article_story: dict[str, str],
) -> list[Conflict]:
    """Numeric disagreements (ids left empty; ``find_conflicts`` numbers them)."""
    groups = _numeric_groups(articles, links, article_story)
    spans = _claim_spans(claims)
    names = {e.id: e.name for e in links.entities}
    out: list[Conflict] = []
    for (_story, _cls, mods), qs in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1], sorted(kv[0][2]))):
        if len({q.article for q in qs}) < 2:
            continue
        # One representative per distinct reading; the most widely given first.
        readings: dict[tuple, list[_Quantity]] = defaultdict(list)
        for q in qs:
            readings[(q.value, q.bound, q.partial)].append(q)
        ranked = sorted(readings, key=lambda k: (-len({q.article for q in readings[k]}), k[0], k[1], k[2]))
        ranked = ranked[:NUMERIC_MAX_FIGURES]
        involved: set[tuple] = set()
        for i, ka in enumerate(ranked):
            arts_a = {q.article for q in readings[ka]}
            for kb in ranked[i + 1 :]:
                arts_b = {q.article for q in readings[kb]}
                if len(arts_a | arts_b) < 2:
                    continue
                if figures_conflict(readings[ka][0], readings[kb][0]):
                    involved.update((ka, kb))
        if not involved:
            continue
        # a set's order depends on the hash seed: sort, so tie-breaks (the label's head noun) are stable
        involved = sorted(involved, key=lambda k: tuple(map(str, k)))
        members = [q for k in involved for q in readings[k]]
        sides = []
        heads: list[str] = []
        for lo, hi in _bins(sorted({k[0] for k in involved})):
            keys = [k for k in involved if lo <= k[0] <= hi]
            side = [q for k in keys for q in readings[k]]
            head = Counter(words(q.about)[-1] for q in side if words(q.about)).most_common(1)
            if head and head[0][0] not in heads:
                heads.append(head[0][0])
            arts = sorted({q.article for q in side})
            shown = format_number(lo) if lo == hi else f"{format_number(lo)}-{format_number(hi)}"
            hedges = {k[1] for k in keys}
            if hedges == {"upper"}:
                shown = f"up to {shown}"
            elif hedges == {"lower"}:
                shown = f"at least {shown}"
            if all(k[2] for k in keys):
                shown += " so far"
            sides.append(f"{shown} ({_articles_text(arts)})")
        label = _label(members, mods, names)
        if len(heads) > 1 and words(label) and words(label)[-1] in heads:
            label += "/" + "/".join(h for h in heads if h != words(label)[-1])
        claim_ids: set[str] = set()
        for q in members:
            claim_ids |= _claims_covering(spans, q.article, q.start, q.end)
        out.append(
            Conflict(
                id="",
                kind="numeric",
                claims=tuple(sorted(claim_ids, key=_id_num)),
                articles=tuple(sorted({q.article for q in members})),
                values=tuple(sorted({q.value for q in members})),
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


# --------------------------------------------------------------------------- denials


def topic_key(word: str) -> str:
    """Key of a stemmed content word for denial matching (concept class or first letters)."""
    if word in _PEOPLE_WORDS:
        return "@people"
    if word in _WAR_WORDS:
        return "@war"
    if word.startswith(_DEPLOY_PREFIXES):
        return "@deploy"
    return word[:TOPIC_KEY_LETTERS]


_REQUIRED_PREFIXES = ("#", "@people", "@deploy")
# Among the people a denial is about, armed ones and civilian ones: a denial that troops are being sent does not
# answer a claim that only workers are ("would send construction workers to help with reconstruction").
_MILITARY_WORDS = frozenset({"soldier", "troop", "force", "fighter", "combatant", "mercenary", "serviceman",
                             "servicemen", "conscript", "reinforcement", "military", "army", "battalion", "brigade",
                             "regiment", "sapper", "paratrooper", "infantry", "marine"})
_CIVIL_WORDS = frozenset({"worker", "builder", "laborer", "labourer", "construction", "reconstruction"})
# Marker keys of a claim's people (kept out of the denial's keys, so they never weigh in the overlap score).
# Arms and supplies sent without people ("supplied ammunition and missiles"): no troops a denial of troops answers.
_MATERIEL_WORDS = frozenset({"ammunition", "missile", "shell", "weapon", "rocket", "artillery", "drone", "munition",
                             "equipment", "arm"})
_MILITARY_KEY, _CIVIL_KEY, _MATERIEL_KEY = "~military", "~civil", "~materiel"
# A mention that only supposes ("If North Korean volunteers were sent, ...", "if I were their commander") claims
# nothing a denial could answer.
_SUPPOSED = frozenset({"~supposed"})
_HYPOTHETICAL = re.compile(r"(?i)^\W*(?:(?:if|unless)\b(?!\s+(?:confirmed|true|so|correct|accurate)\b)|suppose\b)"
                           r"|(?:^|[,;:“\"]\s*|\b(?:and|but|that)\s+)(?<!\bas\s)if\s+(?:i|we|you|he|she|they)\s+were\b")


def _keys(words_: Sequence[str], text: str) -> set[str]:
    keys = {topic_key(w) for w in words_}
    keys |= {f"#{format_number(n)}" for n in numbers_in(text) if n >= DENIAL_NUMBER_MIN}
    return keys


@dataclass(frozen=True, slots=True)
class _Denial:
    article: str
    start: int
    end: int
    text: str
    who: str
    keys: frozenset
    military: bool = False  # it denies that armed people are sent (troops, soldiers), not just people


def _sentence_at(item: AnnotatedArticle, pos: int, fallback: tuple[int, int]) -> tuple[int, int]:
    for s in item.annotations.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return fallback


def _who(index: EntityIndex, att: Attribution | None, name: str | None, item: AnnotatedArticle) -> str:
    source = (att.source_text or "").strip() if att is not None else ""
    if source and source.lower() not in _PRONOUN_SOURCES and _OFFICE_RE.search(source) and len(source.split()) <= 6:
        source = re.sub(r"^(?:the|a|an)\s+", "", source, flags=re.IGNORECASE)
        return re.sub(r"\s+own\b", "", source)
    name = att.speaker if att is not None and att.speaker else name
    if name:
        entity = index.resolve(name)
        return entity.name if entity else name
    return item.article.outlet or f"article {item.article.id}"


def _title_topic(item: AnnotatedArticle, exclude: set[str]) -> tuple[list[str], str]:
    title = item.article.title or ""
    if title and (DENIAL_CUE_RE.search(title) or FALSEHOOD_RE.search(title)):
        return denial_topic(title, exclude), title
    return [], ""


def _denials(articles: Sequence[AnnotatedArticle], index: EntityIndex) -> list[_Denial]:
    found: dict[tuple[str, int], _Denial] = {}
    for item in articles:
        aid, text = item.article.id, item.article.text
        spots: list[tuple[int, int, str | None]] = []
        for att in item.annotations.attributions:
            if is_denial_cue(att.cue, att.content):
                s, e = _sentence_at(item, att.cue_start, (min(att.cue_start, att.start), max(att.cue_end, att.end)))
                spots.append((s, e, None))
        for cs in item.annotations.claims:
            if cs.stance == "denies":
                spots.append((cs.start, cs.end, cs.attributed_to))
        if not spots:
            continue
        pending: list[tuple[int, int, str, str]] = []
        resolved: list[frozenset] = []
        for s, e, named in sorted(spots, key=lambda t: (t[0], t[1], t[2] or "")):
            if (aid, s) in found or any(p[0] == s for p in pending):
                continue
            obj, att = denied_object(item, s, e)
            if att is None and not (DENIAL_CUE_RE.search(text[s:e]) or FALSEHOOD_RE.search(text[s:e])):
                continue
            who = _who(index, att, named, item)
            exclude = set(content_words(who))
            topic = denial_topic(obj, exclude)
            keys = frozenset(_keys(topic, obj))
            if len(keys) >= DENIAL_MIN_TOPIC_WORDS:
                found[(aid, s)] = _Denial(aid, s, e, text[s:e].strip(), who, keys,
                                          bool(_MILITARY_WORDS.intersection(topic)))
                resolved.append(keys)
            else:
                pending.append((s, e, who, " ".join(exclude)))
        # A denial that only refers back ("dismissed the reports") denies what
        # the headline names, or what another denial in the article names.
        for s, e, who, exclude_text in pending:
            topic, source = _title_topic(item, set(exclude_text.split()))
            keys = frozenset(_keys(topic, source))
            if len(keys) < DENIAL_MIN_TOPIC_WORDS:
                keys = resolved[0] if resolved else frozenset()
            found[(aid, s)] = _Denial(aid, s, e, text[s:e].strip(), who, keys)
    return [found[k] for k in sorted(found)]


def _claim_keys(claim: Claim, items: dict[str, AnnotatedArticle], core_cache: dict[str, frozenset],
                word_cache: dict[str, str | None], cores: MentionCores | None = None) -> set[str]:
    """Topic keys of what a claim's mentions say (denying mentions left out), memoised per core text.

    ``cores``: ``mention_cores`` of the articles, when known (else each core is computed here).
    """
    keys: set[str] = set()
    for m in claim.mentions:
        item = items.get(m.article)
        if item is None or m.stance == "denies":
            # A claim only denied, never made, is not what a denial targets.
            continue
        known = cores.get((m.article, m.start, m.end)) if cores is not None else None
        core = known[0] if known else mention_core(item, m.start, m.end)
        found = core_cache.get(core)
        if found is None:
            content = list(known[1]) if known else cached_content_words(core, word_cache)
            found = _SUPPOSED if _HYPOTHETICAL.search(core) else frozenset(
                _keys(content, core) | {_MILITARY_KEY for w in content if w in _MILITARY_WORDS}
                | {_CIVIL_KEY for w in content if w in _CIVIL_WORDS}
                | {_MATERIEL_KEY for w in content if w in _MATERIEL_WORDS})
            core_cache[core] = found
        if found is _SUPPOSED:
            continue
        keys |= found
        keys |= {f"#{format_number(q.value)}" for q in item.annotations.quantities
                 if m.start <= q.start and q.end <= m.end and q.value >= DENIAL_NUMBER_MIN}
    return keys


class _StoryClaims:
    """Topic keys of one story's claims with an inverted index, for denial look-ups."""

    def __init__(self) -> None:
        self.keys: dict[str, set[str]] = {}
        self.postings: dict[str, list[str]] = defaultdict(list)

    def add(self, cid: str, keys: set[str]) -> None:
        self.keys[cid] = keys
        for k in keys:
            self.postings[k].append(cid)

    def candidates(self, topic: frozenset) -> list[str]:
        """Claims holding every required key of ``topic`` (or, without one, any of its keys).

        At most DENIAL_MAX_CANDIDATES per posting list are read (claim ids run
        from the most widely carried claim down).
        """
        required = [k for k in topic if k.startswith(_REQUIRED_PREFIXES)]
        if required:
            if any(k not in self.postings for k in required):
                return []
            rarest = min(required, key=lambda k: (len(self.postings[k]), k))
            need = set(required)
            return [c for c in self.postings[rarest][:DENIAL_MAX_CANDIDATES] if need <= self.keys[c]]
        out: set[str] = set()
        for k in topic:
            out.update(self.postings.get(k, ())[:DENIAL_MAX_CANDIDATES])
        return sorted(out, key=_id_num)


def _targets(d: _Denial, index: _StoryClaims, claim_articles: dict[str, set[str]],
             reported_in: dict[str, set[str]]) -> list[str]:
    """The claims ``d`` denies: best per article first, at most DENIAL_MAX_TARGETS. At equal score a claim the
    denial's own article reports (``reported_in``: articles of a claim's mentions other than denials) comes first."""
    if not d.keys:
        return []
    n_claims = len(index.keys)
    weight = {k: math.log((n_claims + 1) / (len(index.postings.get(k, ())) + 1)) + 1.0 for k in d.keys}
    total = sum(weight.values())
    scored = []
    for cid in index.candidates(d.keys):
        keys = index.keys[cid]
        # (troops denied: a claim of workers, or of shells and missiles sent with no people, "@people" of
        # ``topic_key``, is another matter; "missile specialists" are people sent)
        if d.military and (_CIVIL_KEY in keys or _MATERIEL_KEY in keys and "@people" not in keys) \
                and _MILITARY_KEY not in keys:
            continue
        shared = d.keys & index.keys[cid]
        if len(shared) < DENIAL_MIN_SHARED:
            continue
        score = sum(weight[k] for k in shared) / total
        if score >= DENIAL_OVERLAP:
            # (at equal score, a claim of the denial's own article first: that is what it most likely answers,
            # as the Kremlin's "fake news" line answers the claims its article reports just before)
            scored.append((-round(score, 9), d.article not in reported_in[cid], _id_num(cid), cid))
    scored.sort()
    chosen: list[str] = []
    covered: set[str] = set()
    for *_, cid in scored:
        if len(chosen) < DENIAL_MAX_TARGETS and not claim_articles[cid] <= covered:
            chosen.append(cid)
            covered |= claim_articles[cid]
    for *_, cid in scored:
        if len(chosen) >= DENIAL_MAX_TARGETS:
            break
        if cid not in chosen:
            chosen.append(cid)
    return chosen


def denial_conflicts(
    articles: Sequence[AnnotatedArticle],
    claims: Sequence[Claim],
    links: EntityLinks,
    article_story: dict[str, str],
    cores: MentionCores | None = None,
) -> list[Conflict]:
    """Denials linked to the claims they deny, one conflict per denied claim set (ids left empty).

    ``cores``: ``mention_cores(articles)`` when the caller already has it.
    """
    index = links.index or EntityIndex(links.entities)
    denials = _denials(articles, index)
    if not denials:
        return []
    items = {item.article.id: item for item in articles}
    spans = _claim_spans(claims)
    claim_articles = {c.id: {m.article for m in c.mentions} for c in claims}
    reported_in = {c.id: {m.article for m in c.mentions if m.stance != "denies"} for c in claims}
    # Only claims of stories that have a denial are read for topic keys.
    denial_stories = {article_story.get(d.article, "") for d in denials}
    by_story: dict[str, _StoryClaims] = defaultdict(_StoryClaims)
    core_cache: dict[str, frozenset] = {}
    word_cache: dict[str, str | None] = {}
    for c in claims:
        stories = {article_story.get(m.article, "") for m in c.mentions} & denial_stories
        if not stories:
            continue
        keys = _claim_keys(c, items, core_cache, word_cache, cores)
        for story in sorted(stories):
            by_story[story].add(c.id, keys)

    found = []
    for d in denials:
        story = article_story.get(d.article, "")
        own = _claims_overlapping(spans, d.article, d.start, d.end)
        found.append((d, own, _targets(d, by_story[story], claim_articles, reported_in)))

    # Denials of the same claims (or grouped into the same claim) are one conflict.
    uf = UnionFind(range(len(found)))
    first_by_claim: dict[tuple[str, str], int] = {}
    for i, (d, own, targets) in enumerate(found):
        story = article_story.get(d.article, "")
        for cid in [*own, *targets]:
            if (story, cid) in first_by_claim:
                uf.union(first_by_claim[(story, cid)], i)
            else:
                first_by_claim[(story, cid)] = i
    published = {item.article.id: item.article.published or "9999-12-31" for item in articles}
    out = []
    for rows in uf.groups():
        group = [found[r] for r in rows]
        if not any(targets for _, _, targets in group):
            continue
        lead, _, _ = min(group, key=lambda g: (published.get(g[0].article, ""), g[0].article, g[0].start))
        claim_ids: set[str] = set()
        arts: set[str] = set()
        ranked_targets: list[str] = []
        for d, own, targets in group:
            claim_ids |= own | set(targets)
            arts.add(d.article)
            ranked_targets += [t for t in targets if t not in ranked_targets]
        for cid in claim_ids:
            arts |= claim_articles[cid]
        denied = next(c for c in claims if c.id == ranked_targets[0]) if ranked_targets else None
        summary = f"{lead.who} denies: {excerpt(lead.text, SUMMARY_DENIAL_CHARS)}"
        if denied is not None and fold(denied.text) not in fold(lead.text):
            summary += f" — the claim denied: “{excerpt(denied.text, SUMMARY_CLAIM_CHARS)}”"
        others = sorted({d.article for d, _, _ in group} - {lead.article})
        if others:
            summary += f" (denial also reported in {_articles_text(others)})"
        out.append(
            Conflict(
                id="",
                kind="denial",
                claims=tuple(sorted(claim_ids, key=_id_num)),
                articles=tuple(sorted(arts)),
                values=(),
                summary=summary,
            )
        )
    return out


# --------------------------------------------------------------------------- contradictions


def _main_clause(text: str) -> str:
    cut = _SUBORDINATE_RE.search(text)
    return text[: cut.start()] if cut else text


def contradiction_conflicts(claims: Sequence[Claim], articles: Sequence[AnnotatedArticle] = (),
                            cores: MentionCores | None = None) -> list[Conflict]:
    """Claims whose mentions say the same thing, negated in some articles and affirmed in others (ids left empty).

    Questions and denials are not counted (denials are ``denial`` conflicts);
    the negation must sit in the main clause of what is claimed (the speaker
    and cue left out), and the two wordings must otherwise agree. ``cores``:
    ``mention_cores(articles)`` when the caller already has it.
    """
    items = {item.article.id: item for item in articles}
    out = []
    for c in claims:
        voiced = [m for m in c.mentions if m.stance not in ("questions", "denies")]
        if len({m.article for m in voiced}) < 2 or not any(_NEGATION_RE.search(m.text) for m in voiced):
            continue
        # Distinct readings: (negated?, main-clause words) -> articles.
        readings: dict[tuple[bool, frozenset], set[str]] = defaultdict(set)
        for m in voiced:
            item = items.get(m.article)
            known = cores.get((m.article, m.start, m.end)) if cores is not None else None
            if known:
                core = known[0]
            else:
                core = mention_core(item, m.start, m.end) if item is not None else m.text
            main = _main_clause(core)
            found = frozenset(content_words(main))
            if len(found) >= CONTRADICTION_MIN_WORDS:
                readings[(bool(_NEGATION_RE.search(main)), found)].add(m.article)
        negated = [(w, arts) for (neg, w), arts in readings.items() if neg][:CONTRADICTION_MAX_READINGS]
        affirmed = [(w, arts) for (neg, w), arts in readings.items() if not neg][:CONTRADICTION_MAX_READINGS]
        neg_articles: set[str] = set()
        pos_articles: set[str] = set()
        for words_n, arts_n in negated:
            for words_p, arts_p in affirmed:
                if arts_n | arts_p == arts_n & arts_p:  # one article saying both is no dispute between sources
                    continue
                if len(words_n & words_p) / len(words_n | words_p) >= CONTRADICTION_MIN_JACCARD:
                    neg_articles |= arts_n
                    pos_articles |= arts_p
        if not neg_articles or not pos_articles:
            continue
        out.append(
            Conflict(
                id="",
                kind="contradiction",
                claims=(c.id,),
                articles=tuple(sorted(neg_articles | pos_articles)),
                values=(),
                summary=f"{excerpt(c.text, SUMMARY_CLAIM_CHARS)} — affirmed in {_articles_text(sorted(pos_articles))}"
                f" vs negated in {_articles_text(sorted(neg_articles))}",
            )
        )
    return out


def find_conflicts(
    articles: Sequence[AnnotatedArticle],
    claims: Sequence[Claim],
    links: EntityLinks,
    article_story: dict[str, str],
    cores: MentionCores | None = None,
) -> tuple[Conflict, ...]:
    """All conflicts among ``articles``, numbered ``X1``... (numeric, then denial, then contradiction).

    Args:
        articles: annotated articles, any order.
        claims: the grouped claims (``group_claims``).
        links: canonical entities (``link_entities``).
        article_story: article id -> story id (``group_stories``); numeric and
            denial conflicts only pair things within one story.
        cores: ``mention_cores(articles)`` (``claims.py``) when the caller
            already has it, as ``build_corpus`` does; computed where needed otherwise.

    Returns:
        Conflicts with ``values`` (numeric only: the distinct values in
        dispute, ascending), ``articles`` and ``claims`` sorted, and a
        one-line ``summary`` naming the figures (with their hedges: "up to",
        "at least", "so far") or who denies what.
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    found: list[Conflict] = []
    kinds = (
        numeric_conflicts(ordered, claims, links, article_story),
        denial_conflicts(ordered, claims, links, article_story, cores),
        contradiction_conflicts(claims, ordered, cores),
    )
    for group in kinds:
        found.extend(sorted(group, key=lambda c: (c.articles, c.summary)))
    return tuple(
        Conflict(
            id=f"X{n}", kind=c.kind, claims=c.claims, articles=c.articles, values=c.values, summary=c.summary
        )
        for n, c in enumerate(found, start=1)
    )
