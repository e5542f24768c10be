"""Canonical entities: entity mentions merged across spellings and articles.

Three merges, each cheap (no all-pairs over the corpus):

1. *Spelling variants*: every surface gets a per-token consonant key after
   transliteration folding (``kh``->``h``, ``ks``->``x``, ``j``->``y``, vowels
   dropped after the first letter) plus a small table of known place-name
   pairs (Kiev/Kyiv). Surfaces sharing a key are merged when their folded
   strings are also similar (difflib ratio), so "Alexandre Matsegora" meets
   "Alexander Matsegora" and "Zelensky" meets "Zelenskyy", while "Putin" and
   "Patton" (same key) stay apart.
2. *Partial names*: a surface whose key is a contiguous part of exactly one
   multi-token PERSON name ("Kim", "Jong Un", "Matsegora") joins it; when two
   different full names contain it ("Petrov" in "Ivan Petrov" and "Oleg
   Petrov") it stays on its own.
3. Attribution speakers ("Kremlin") count as mentions too.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from storyscope.annotate.entities import demonyms, place_name
from storyscope.corpus._text import UnionFind, fold
from storyscope.model import AnnotatedArticle, Entity

# spaCy labels that name things worth canonicalising; numeric and date labels
# (CARDINAL, DATE, MONEY, ...) are handled by quantities and the timeline.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# Two surfaces with the same consonant key merge at this difflib ratio of
# their folded forms. 0.7 admits Kiev/Kyiv (0.75), Matsegora variants (0.89),
# Zelensky/Zelenskyy (0.94) and rejects Putin/Patton (0.55); set on the
# seeds' spellings and the fixtures in tests/corpus/test_entities.py.
NAME_SIMILARITY = 0.7
# All-caps surfaces up to this length are acronyms (UN, US, NATO), never a
# partial person name.
ACRONYM_MAX = 5
# Words an acronym leaves out ("Donetsk People's Republic" is DPR, "United States of America" USA).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "s", "de", "du", "la", "le"})
# Known transliteration / renaming pairs the generic key cannot bridge.
KNOWN_VARIANTS = {
    "kiev": "kyiv",
    "kharkov": "kharkiv",
    "odessa": "odesa",
    "lugansk": "luhansk",
    "nikolaev": "mykolaiv",
    "zaporozhye": "zaporizhzhia",
    "zaporozhzhia": "zaporizhzhia",
    "artemovsk": "bakhmut",
    "dnepr": "dnipro",
    "lvov": "lviv",
    "rovno": "rivne",
    "byelorussia": "belarus",
    "burma": "myanmar",
}
# Title words stripped from the front of person names and speakers
# ("President Volodymyr Zelensky" -> "Volodymyr Zelensky").
TITLE_WORDS = frozenset(
    {
        "president",
        "mr",
        "mrs",
        "ms",
        "dr",
        "ambassador",
        "minister",
        "foreign",
        "defence",
        "defense",
        "prime",
        "general",
        "gen",
        "colonel",
        "col",
        "leader",
        "dictator",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chancellor",
        "senator",
        "sen",
        "governor",
        "mayor",
        "sir",
        "chairman",
        "premier",
        "deputy",
        "former",
        "lieutenant",
        "lt",
        "sergeant",
        "sgt",
        "major",
        "admiral",
        "commander",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "analyst",
        "expert",
    }
)
# Never entities on their own (pronoun speakers that escaped resolution).
_PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "this", "that"}
)
# Ordered transliteration folds applied to each folded token before keying.
_TRANSLIT = (("sch", "sh"), ("zh", "j"), ("kh", "h"), ("ks", "x"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("j", "y"))
_VOWELS = frozenset("aeiouy")
# Label preference when votes tie.
_LABEL_ORDER = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART")
_POSSESSIVE_RE = re.compile(r"[’']s?$")
_EDGE_PUNCT = "\"'“”‘’«»()[]{},.;:!?"


@dataclass(frozen=True, slots=True)
class EntityLinks:
    """Canonical entities plus how each article's mentions map onto them.

    ``by_key`` maps a normalised surface (``surface_key``) to an entity id;
    ``spans`` holds, per article, ``(start, end, entity_id)`` of every named
    mention; ``article_entities`` the sorted entity ids each article mentions;
    ``index`` an ``EntityIndex`` over ``entities``, built once for every later
    sub-stage that resolves names (None only when built by hand); ``tagged`` the
    articles each entity was tagged in (``Entity.articles`` adds those that only
    write its name), which the story blocking reads.
    """

    entities: tuple[Entity, ...]
    by_key: dict[str, str]
    spans: dict[str, tuple[tuple[int, int, str], ...]]
    article_entities: dict[str, tuple[str, ...]]
    index: EntityIndex | None = field(default=None, compare=False, repr=False)
    tagged: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)


def clean_surface(text: str, *, strip_titles: bool = True) -> str:
    """Tidy a surface form: edge punctuation, possessive, leading "the", title words."""
    text = " ".join(text.split()).strip(_EDGE_PUNCT)
    text = _POSSESSIVE_RE.sub("", text).strip(_EDGE_PUNCT)
    toks = text.split(" ")
    if toks and toks[0].lower() == "the" and len(toks) > 1:
        toks = toks[1:]
    if strip_titles:
        while len(toks) > 1 and toks[0].lower().strip(".") in TITLE_WORDS:
            toks = toks[1:]
    return " ".join(toks)


def surface_key(text: str) -> str:
    """Lookup key of a cleaned surface: folded tokens, hyphens split, known variants mapped."""
    toks = re.findall(r"[a-z0-9]+", fold(text))
    return " ".join(KNOWN_VARIANTS.get(t, t) for t in toks)


def _token_key(token: str) -> str:
    for src, dst in _TRANSLIT:
        token = token.replace(src, dst)
    # First letter kept; later vowels dropped; a doubled letter counts once
    # ("Donbass" = "Donbas") but "-nian" keeps its second n ("Dravenian" is
    # not "Dravenia").
    out = [token[0]] if token else []
    for prev, ch in pairwise(token):
        if ch in _VOWELS or ch == prev:
            continue
        out.append(ch)
    return "".join(out)


def consonant_key(key: str) -> tuple[str, ...]:
    """Per-token transliteration-folded consonant skeleton of a ``surface_key``."""
    return tuple(_token_key(t) for t in key.split())


def _similar(a: str, b: str) -> bool:
    return a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= NAME_SIMILARITY


@dataclass
class _Surface:
    text: str
    key: str
    labels: Counter
    count: int
    articles: set


def _collect(
    articles: Sequence[AnnotatedArticle],
) -> tuple[dict[str, _Surface], list[tuple[str, int, int, str]]]:
    """Gather surfaces (by exact cleaned text) and every mention's span."""
    surfaces: dict[str, _Surface] = {}
    spans: list[tuple[str, int, int, str]] = []
    # A name recurs across thousands of articles: tidy and key each raw form
    # once (None: not a name, e.g. a pronoun speaker).
    memo: dict[tuple[str, bool], _Surface | None] = {}

    def surface_of(raw: str, strip: bool) -> _Surface | None:
        text = clean_surface(raw, strip_titles=strip)
        key = surface_key(text)
        if not key or key in _PRONOUNS or len(key) < 2 or key.isdigit():
            return None
        if not any(c.isupper() for c in text):  # "officials", "the agency": a description, not a name
            return None
        s = surfaces.get(text)
        if s is None:
            s = surfaces[text] = _Surface(text, key, Counter(), 0, set())
        return s

    def add(aid: str, raw: str, label: str, start: int, end: int) -> None:
        strip = label in ("PERSON", "")
        s = memo.get((raw, strip), False)
        if s is False:
            s = memo[(raw, strip)] = surface_of(raw, strip)
        if s is None:
            return
        if label:
            s.labels[label] += 1
        s.count += 1
        s.articles.add(aid)
        if start >= 0:
            spans.append((aid, start, end, s.text))

    for item in articles:
        aid = item.article.id
        for m in item.annotations.entities:
            if m.label in NAME_LABELS:
                add(aid, m.text, m.label, m.start, m.end)
        for att in item.annotations.attributions:
            if att.speaker:
                label = att.speaker_label if att.speaker_label in NAME_LABELS else ""
                start = att.source_start if att.source_start is not None else -1
                end = att.source_end if att.source_end is not None else -1
                if not label and _capital_by_position(item.article.text, start, att.speaker):
                    continue  # (a description, unless the article capitalises it mid-sentence too)
                add(aid, att.speaker, label or "", start, end)
    return surfaces, spans


def _capital_by_position(text: str, start: int, speaker: str) -> bool:
    """True when an unlabelled speaker is a plural description capitalised only because it opens a sentence
    ("Security sources report ...", "Locals claim ..."), not a name: its source span starts a sentence, holds no
    other capital and ends in a plural ("sources", not "Regnum")."""
    words = speaker.split()
    if start < 0 or not words or any(c.isupper() for w in words[1:] for c in w) \
            or any(c.isupper() for c in words[0][1:]) or not re.search(r"[a-z][^su]s$", words[-1]):
        return False
    before = text[:start].rstrip(" \t\"“”‘’'(")
    if text[start:start + len(words[0])] != words[0] or before and before[-1] not in "\n.!?:-–—":
        return False
    # a name the article also capitalises inside a sentence ("... the Houthis said") is a name
    return not re.search(r"[a-z,;][ \t]+(?:the[ \t]+)?" + re.escape(speaker) + r"\b", text)


def _majority(labels: Counter) -> str:
    if not labels:
        return ""
    best = max(labels.values())
    tied = [lab for lab, n in labels.items() if n == best]
    return min(tied, key=lambda lab: (_LABEL_ORDER.index(lab) if lab in _LABEL_ORDER else 99, lab))


def _guess_type(labels: Counter, name: str) -> str:
    label = _majority(labels)
    if label:
        return label
    # Unlabelled speaker only: two or three capitalised words read as a person.
    toks = name.split()
    return "PERSON" if 2 <= len(toks) <= 3 and all(t[:1].isupper() for t in toks) else "ORG"


def _country_and_demonym_types(drafts: list[tuple]) -> list[tuple]:
    """Type a one-word name GPE and its demonym NORP when the corpus has both (Selmara / Selmaran(s)).

    The small model often reads an unfamiliar country as a person or an organisation and its demonym
    as a person; the pair of forms settles both.
    """
    singles = {d[0] for d in drafts if " " not in d[0] and d[0][:1].isupper()}
    countries: set[str] = set()
    adjectives: set[str] = set()
    for name in singles:
        for dem in demonyms(name):
            found = {f for f in (dem, dem + "s") if f in singles and f != name}
            if found:
                countries.add(name)
                adjectives |= found
    out = []
    for name, etype, aliases, arts in drafts:
        if name in adjectives:
            etype = "NORP"
        elif name in countries and etype not in ("GPE", "LOC"):
            etype = "GPE"
        out.append((name, etype, aliases, arts))
    return out


def _compatible(a: _Surface, b: _Surface) -> bool:
    """Keep a nationality (NORP) from merging with a non-NORP name ("Dravenian" vs "Dravenia")."""
    la, lb = _majority(a.labels), _majority(b.labels)
    return not la or not lb or (la == "NORP") == (lb == "NORP")


def _merge_variants(surfaces: dict[str, _Surface]) -> UnionFind:
    """Step 1: same consonant key and similar folded string -> same entity; a plural joins its singular."""
    uf = UnionFind(surfaces)
    by_ckey: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for text in sorted(surfaces):
        by_ckey[consonant_key(surfaces[text].key)].append(text)
    for members in by_ckey.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if _compatible(surfaces[a], surfaces[b]) and _similar(surfaces[a].key, surfaces[b].key):
                    uf.union(a, b)
    _merge_plurals(surfaces, uf)
    return uf


def _merge_plurals(surfaces: dict[str, _Surface], uf: UnionFind) -> None:
    """A name whose last word is an English plural joins the name that is exactly its singular.

    "Russians" = "Russian", "Luhansk People's Republics" = "Luhansk People's Republic". Only
    consonant + s plurals of words of 5+ letters ("Hamas", "Congress", "Press" stay), and never
    when either side is mostly a person ("Williams" is not "William").
    """
    by_key: dict[str, list[str]] = defaultdict(list)
    for text in sorted(surfaces):
        by_key[surfaces[text].key].append(text)
    for text in sorted(surfaces):
        surface = surfaces[text]
        last = surface.key.rsplit(" ", 1)[-1]
        if len(last) < 5 or not last.endswith("s") or last[-2] in "aiousy" \
                or _majority(surface.labels) == "PERSON":
            continue
        for other in by_key.get(surface.key[:-1], ()):
            if _majority(surfaces[other].labels) != "PERSON" and _compatible(surface, surfaces[other]):
                uf.union(text, other)


def _merge_partials(surfaces: dict[str, _Surface], uf: UnionFind) -> None:
    """Step 2: a partial name joins the one full PERSON name that contains it."""
    groups = uf.groups()
    info = []  # (root, key tokens of the most complete member, labels)
    for g in groups:
        rep = max(g, key=lambda t: (len(surfaces[t].key.split()), surfaces[t].count, t))
        labels: Counter = Counter()
        for t in g:
            labels.update(surfaces[t].labels)
        info.append((g[0], surfaces[rep].key.split(), labels))
    index: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for root, toks, labels in info:
        if len(toks) < 2 or _majority(labels) != "PERSON":
            continue
        ck = consonant_key(" ".join(toks))
        for n in range(1, len(toks)):
            for i in range(len(toks) - n + 1):
                index[ck[i : i + n]].append((root, i))
    tokens_of = {root: toks for root, toks, _ in info}
    articles_of = {g[0]: set().union(*(surfaces[t].articles for t in g)) for g in groups}
    acronyms = {g[0] for g in groups if any(t.isupper() and len(t) <= ACRONYM_MAX for t in g)}
    # Longest names first, so "Jong Un" has joined "Kim Jong Un" before "Jong" looks.
    for root, toks, labels in sorted(info, key=lambda r: (-len(r[1]), r[0])):
        if not index.get(consonant_key(" ".join(toks))):
            continue
        # Only a person-like partial joins a person: labelled PERSON at least
        # once, or an unlabelled speaker; never an acronym ("UN" in "Jong Un").
        # A surname the model read as an organisation ("Kadar said") joins too,
        # but only a full name ending in it that its articles all mention.
        person_like = not labels or "PERSON" in labels
        surname_as_org = len(toks) == 1 and set(labels) == {"ORG"}
        if not (person_like or surname_as_org) or root in acronyms:
            continue
        targets = set()
        for full, i in index[consonant_key(" ".join(toks))]:
            if len(tokens_of[full]) <= len(toks) or uf.find(full) == uf.find(root):
                continue
            if surname_as_org and (i != len(tokens_of[full]) - 1 or not articles_of[root] <= articles_of[full]):
                continue
            part = " ".join(tokens_of[full][i : i + len(toks)])
            if _similar(part, " ".join(toks)):
                targets.add(uf.find(full))
        if len(targets) == 1:
            uf.union(root, targets.pop())


def _is_acronym(text: str) -> bool:
    return text.isupper() and text.isalpha() and 2 <= len(text) <= ACRONYM_MAX


def initials(text: str) -> str:
    """Return the upper-case initials of a multi-word name's content words ("Donetsk People's Republic" -> "DPR")."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in ACRONYM_SKIP]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def _merge_acronyms(surfaces: dict[str, _Surface], uf: UnionFind) -> None:
    """Step 3: an acronym joins the one name spelled out by its initials in an article that uses both.

    "DPR" and "Donetsk People's Republic" in one article are one entity; an
    acronym whose initials fit several names, or a name never seen beside it,
    stays apart, as do persons and nationalities (no one is called "JFK" here).
    """
    spelled: dict[str, set[str]] = defaultdict(set)
    for text, s in surfaces.items():
        label = _majority(s.labels)
        if label in ("PERSON", "NORP") or text.isupper():
            continue
        letters = initials(text)
        if 2 <= len(letters) <= ACRONYM_MAX:
            spelled[letters].add(text)
    for text, s in surfaces.items():
        if not _is_acronym(text):
            continue
        if _majority(s.labels) in ("PERSON", "NORP"):
            continue
        roots = {uf.find(name) for name in spelled.get(text, ()) if surfaces[name].articles & s.articles}
        if len(roots) == 1:
            uf.union(text, roots.pop())


def link_entities(articles: Sequence[AnnotatedArticle]) -> EntityLinks:
    """Merge entity mentions (and attribution speakers) of ``articles`` into canonical entities.

    Args:
        articles: annotated articles, any order.

    Returns:
        ``EntityLinks`` whose ``entities`` are sorted by name and numbered
        ``E1``, ``E2``, ...; ``name`` is the most complete spelling (most
        tokens, then most frequent, then alphabetical), ``type`` the majority
        spaCy label, ``aliases`` every spelling seen.
    """
    ordered = sorted(articles, key=lambda a: a.article.id)
    surfaces, spans = _collect(ordered)
    uf = _merge_variants(surfaces)
    _merge_partials(surfaces, uf)
    _merge_acronyms(surfaces, uf)

    drafts = []
    for group in uf.groups():
        members = [surfaces[t] for t in group]
        labels: Counter = Counter()
        arts: set = set()
        # The spelled-out name types the entity better than its acronym ("DPR" reads as ORG to spaCy).
        spelled = [s for s in members if not _is_acronym(s.text) and s.labels]
        for s in members:
            if not spelled or s in spelled:
                labels.update(s.labels)
            arts |= s.articles
        etype = _guess_type(labels, members[0].text)
        # A place is named as GeoNames names it today ("Kyiv", not "Kiev") when one spelling is that name.
        current = {place_name(s.text) for s in members} if etype in ("GPE", "LOC") else set()
        # Otherwise the fullest, most frequent form; on a tie the alphabetically first spelling ("Alexander"
        # before "Alexandre", "Donbas" before "Donbass"), which is deterministic and tends to the plainer one.
        rep = min(members, key=lambda s: (s.text not in current, -len(s.key.split()), -s.count,
                                          -sum(c.isupper() for c in s.text), s.text))
        drafts.append((rep.text, _guess_type(labels, rep.text), tuple(sorted(group)), tuple(sorted(arts))))
    drafts = _country_and_demonym_types(drafts)
    drafts.sort(key=lambda d: (d[0].casefold(), d[0], d[1], d[2]))

    entities: list[Entity] = []
    by_text: dict[str, str] = {}
    by_key: dict[str, str] = {}
    named = _named_elsewhere(drafts, ordered)
    tagged: list[Entity] = []  # (the articles the tagger found each in: what stories are grouped by)
    for n, (name, etype, aliases, arts) in enumerate(drafts, start=1):
        eid = f"E{n}"
        tagged.append(Entity(id=eid, name=name, type=etype, aliases=aliases, articles=arts))
        arts = tuple(sorted(set(arts) | named.get(n - 1, set())))
        entities.append(Entity(id=eid, name=name, type=etype, aliases=aliases, articles=arts))
        for alias in aliases:
            by_text[alias] = eid
            by_key.setdefault(surfaces[alias].key, eid)

    per_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for aid, start, end, text in spans:
        per_article[aid].append((start, end, by_text[text]))
    article_entities = _article_entities(tagged, ordered)
    return EntityLinks(
        entities=tuple(entities),
        by_key=by_key,
        spans={aid: tuple(sorted(v)) for aid, v in per_article.items()},
        article_entities=article_entities,
        index=EntityIndex(entities),
        tagged={e.id: e.articles for e in tagged},
    )


# Entity types whose one-word names are found in other articles by their spelling alone: places (a one-word
# person's or body's name, "Kim", "Defence", may be someone else's or a word of another name).
_ONE_WORD_TYPES = frozenset({"GPE", "LOC", "FAC"})
# Words that open a sentence before a name ("In Donetsk, ...", "The Brenn Post"); not "New" of "New Mexico".
_LEADING_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "in", "on", "at", "for", "from", "to", "by", "with", "as", "after", "before", "since", "and",
    "but", "of", "during", "under", "over", "between", "when", "while", "if", "near", "outside", "inside", "across"})
# A capitalised run of words ("the Donetsk region" -> "Donetsk"; "Nato and European leaders" -> "Nato", "European").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*)*")


def _named_elsewhere(drafts: list[tuple], ordered: Sequence[AnnotatedArticle]) -> dict[int, set[str]]:
    """For each draft entity (by position), the articles that write one of its names where the tagger found none.

    The small tagger misses names in some sentences ("... head to the Donetsk region next month") that it finds in
    others; an entity's ``articles`` should list every article naming it. A name of two words or more, or of one
    word for a place, counts when it is a whole capitalised run of the text (less leading function words and
    titles, "In Donetsk", "Premier Kadar", and a possessive, "Russia's"): "Washington" is not named by "The Washington Post", nor "Donetsk" by
    "Donetsk People's Republic". Linear in the text. Only ``articles`` grows: mention spans, ``article_entities``
    and the story blocking (``EntityLinks.tagged``) stay as the tagger found them.
    """
    names: dict[str, int] = {}
    for n, (_, etype, aliases, _) in enumerate(drafts):
        for alias in aliases:
            words = alias.split()
            if len(alias) >= 4 and alias[:1].isupper() and (len(words) >= 2 or etype in _ONE_WORD_TYPES):
                names.setdefault(alias, n)
    found: dict[int, set[str]] = defaultdict(set)
    tagged = [frozenset(d[3]) for d in drafts]
    for item in ordered:
        aid = item.article.id
        for run in _CAPITALISED_RUN.finditer(item.article.text):
            words = run.group(0).split()
            while words and (words[0].lower() in _LEADING_FUNCTION_WORDS
                             or words[0].lower().rstrip(".") in TITLE_WORDS):
                words = words[1:]  # ("In Donetsk", "Premier Sun-il Kadar")
            name = re.sub(r"['’]s$", "", " ".join(words)).rstrip(".")
            n = names.get(name)
            if n is not None and aid not in tagged[n]:
                found[n].add(aid)
    return found


def _id_order(eid: str) -> int:
    return int(eid[1:])


def _article_entities(
    entities: Iterable[Entity], ordered: Sequence[AnnotatedArticle]
) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {item.article.id: [] for item in ordered}
    for e in entities:
        for aid in e.articles:
            out.setdefault(aid, []).append(e.id)
    return {aid: tuple(sorted(v, key=_id_order)) for aid, v in out.items()}


class EntityIndex:
    """Resolve surface names to canonical entities (build once, query many times)."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        """Index ``entities`` by every alias key, consonant key and partial-name key."""
        self._exact: dict[str, Entity] = {}
        self._ckey: dict[tuple[str, ...], list[Entity]] = defaultdict(list)
        self._part: dict[tuple[str, ...], list[Entity]] = defaultdict(list)
        self._alias_keys: dict[int, tuple[str, ...]] = {}  # by id(): entities built by hand may share ids
        for e in sorted(entities, key=lambda x: (_id_sort(x.id), x.name)):
            self._alias_keys[id(e)] = tuple(surface_key(a) for a in e.aliases)
            for alias in (e.name, *e.aliases):
                key = surface_key(clean_surface(alias))
                if not key:
                    continue
                self._exact.setdefault(key, e)
                ck = consonant_key(key)
                # Entities are added one at a time, so an entity already in a
                # list is its last element (identity test: no field-by-field ==).
                _append_once(self._ckey[ck], e)
                if e.type == "PERSON" and len(ck) > 1:
                    for n in range(1, len(ck)):
                        for i in range(len(ck) - n + 1):
                            _append_once(self._part[ck[i : i + n]], e)

    def resolve(self, name: str) -> Entity | None:
        """Canonical entity for ``name``, or None when unknown or ambiguous."""
        key = surface_key(clean_surface(name))
        if not key or key in _PRONOUNS:
            return None
        if key in self._exact:
            return self._exact[key]
        ck = consonant_key(key)
        close = [e for e in self._ckey.get(ck, ()) if any(_similar(key, a) for a in self._alias_keys[id(e)])]
        if len(close) == 1:
            return close[0]
        parts = self._part.get(ck, ())
        if len(parts) == 1:
            return parts[0]
        return None


def _append_once(members: list[Entity], entity: Entity) -> None:
    if not members or members[-1] is not entity:
        members.append(entity)


def _id_sort(eid: str) -> tuple[int, str]:
    digits = eid[1:]
    return (int(digits), eid) if digits.isdigit() else (1 << 30, eid)


@lru_cache(maxsize=8)
def _cached_index(entities: tuple[Entity, ...]) -> EntityIndex:
    return EntityIndex(entities)


def resolve_name(name: str, entities: Sequence[Entity]) -> Entity | None:
    """Return the canonical entity for the surface name ``name``.

    Tries, in order: the exact alias (after tidying titles, possessives and
    case), a transliteration variant of one alias, then a partial name
    ("Zelensky", "Jong Un") contained in exactly one PERSON entity.

    Args:
        name: a surface name as written or as resolved by annotate.
        entities: the canonical entities (``CorpusResult.entities``).

    Returns:
        The matching ``Entity``, or None when nothing matches or the name is
        ambiguous. For many look-ups over the same entities, build an
        ``EntityIndex`` once (this function memoises the last few indexes).
    """
    return _cached_index(tuple(entities)).resolve(name)
