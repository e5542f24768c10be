"""Small learned parts of the attribution rules: the cue gate and the cue-boundary tagger.

The gate (attribution.cues.v2: v1 plus lexical context features and agentless-passive
frames) decides on cue verbs outside the rule lexicon.

PolNeAR counts far more than speech verbs as cues ("support", "criticized",
"proposed", "want", "seem" ...). The rules in ``attribution.py`` handle the
speech-verb lexicon; every other verb that has a subject and a content-like
complement becomes a *candidate frame*, and this logistic model over a handful
of dependency features decides whether it is a cue.

The model is a JSON file of feature weights (``cue_model.json`` beside this
module), written by ``scripts/train_attribution.py`` from PolNeAR's train split
and read lazily on first use, never at import. Scoring needs no scikit-learn.

The boundary tagger (attribution.cue_tokens.v1, ``cue_tagger.json``) is the same
kind of logistic model over one token: given the attributions the rules found, it
scores each token at the edge of a cue (inside it, or just left or right of it)
as part of PolNeAR's cue span or not. PolNeAR's cues take in what stands between
the verb and its content ("called for", "said in a statement that", "is expected
to"), which no fixed list of dependency labels captures.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from storyscope.annotate.spans import doc_text, trim_span
from storyscope.model import Attribution

# Versioned name of the gate (recorded by the bench through the annotate IMPL).
CUE_MODEL_NAME = "attribution.cues.v2"
MODEL_PATH = Path(__file__).with_name("cue_model.json")
# Versioned name and file of the cue-boundary tagger.
CUE_TAGGER_NAME = "attribution.cue_tokens.v1"
TAGGER_PATH = Path(__file__).with_name("cue_tagger.json")
# A candidate frame is a cue when the model's probability reaches this. Set on
# PolNeAR's train split (scripts/train_attribution.py prints the F1 per threshold);
# re-run `storyscope bench attribution` after changing it.
DEFAULT_THRESHOLD = 0.35
# An edge token joins the cue when the boundary tagger's probability reaches this. Set on a
# validation fifth of PolNeAR's train split (scripts/train_attribution.py prints the cue F1 per
# threshold); re-run `storyscope bench attribution` after changing it.
DEFAULT_TAGGER_THRESHOLD = 0.3
# Subject pronouns kept as themselves in the features (other pronouns -> "pron").
_PRONOUN_FEATURES = frozenset({"i", "we", "you", "he", "she", "they", "it", "who", "that", "which", "this"})

# Filled on first call of ``load_cue_model``.
_CACHE: dict[Path, CueModel | None] = {}


class CueModel:
    """Logistic scoring over sparse binary features: ``sigmoid(bias + sum of weights)``."""

    def __init__(self, weights: dict[str, float], bias: float, threshold: float = DEFAULT_THRESHOLD,
                 meta: dict | None = None, name: str = CUE_MODEL_NAME) -> None:
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.meta = meta or {}
        self.name = name

    def probability(self, features: list[str]) -> float:
        """The model's probability that the candidate with ``features`` is a cue."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def is_cue(self, features: list[str]) -> bool:
        """True when ``probability(features)`` reaches the model's threshold."""
        return self.probability(features) >= self.threshold

    def to_json(self) -> str:
        """Serialise (weights sorted for stable diffs)."""
        return json.dumps({"name": self.name, "bias": self.bias, "threshold": self.threshold,
                           "meta": self.meta, "weights": dict(sorted(self.weights.items()))}, indent=0)


def load_cue_model(path: Path = MODEL_PATH) -> CueModel | None:
    """The cue model at ``path``, read once per process; None when the file is absent."""
    if path not in _CACHE:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            _CACHE[path] = CueModel(data["weights"], data["bias"], data.get("threshold", DEFAULT_THRESHOLD),
                                    data.get("meta"), data.get("name", CUE_MODEL_NAME))
        else:
            _CACHE[path] = None
    return _CACHE[path]


def _subject_kind(subj: Any) -> str:
    low = subj.lower_
    if subj.pos_ == "PRON" or low in _PRONOUN_FEATURES:
        return low if low in _PRONOUN_FEATURES else "pron"
    if subj.ent_type_:
        return subj.ent_type_
    return subj.pos_


def frame_features(verb: Any, subj: Any, content_kind: str, content_head: Any | None) -> list[str]:
    """Binary features of one candidate frame: cue ``verb``, its subject, how its content attaches.

    Args:
        verb: the candidate cue token (the noun or adjective of a nominal frame).
        subj: its subject token (None for an agentless passive).
        content_kind: ``ccomp``, ``xcomp``, ``quote``, ``object``, ``noun``, ``adj`` or ``passive``.
        content_head: the complement's head token (None for a quote).

    Returns:
        Feature strings (the model's vocabulary).
    """
    lemma = verb.lemma_.lower()
    nxt = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else "<end>"
    kids = list(verb.children)
    deps = sorted({c.dep_ for c in kids})
    feats = [
        f"lemma={lemma}", f"kind={content_kind}", f"lemma|kind={lemma}|{content_kind}",
        f"subj={_subject_kind(subj) if subj is not None else 'none'}", f"tag={verb.tag_}", f"dep={verb.dep_}", f"next={nxt}",
        f"lemma|next={lemma}|{nxt}",
    ]
    feats.extend(f"child={d}" for d in deps)
    for c in kids:
        if c.dep_ == "prt":
            feats.append(f"lemma|prt={lemma}|{c.lower_}")
        if c.dep_ == "neg":
            feats.append("neg")
    # v2: lexical context of subject, head and complement ("poll|show", "expect|be")
    subj_kind = _subject_kind(subj) if subj is not None else "none"
    feats += [f"lemma|subj={lemma}|{subj_kind}", f"hlemma={verb.head.lemma_.lower()}",
              f"dep|hpos={verb.dep_}|{verb.head.pos_}", f"lemma|dep={lemma}|{verb.dep_}",
              f"first_sent={verb.sent.start == 0}"]
    if subj is not None:
        feats.append(f"slemma={subj.lemma_.lower()}")
    feats.extend(f"aux={c.lower_}" for c in kids if c.dep_ == "aux")
    if content_head is not None:
        feats.append(f"chead={content_head.pos_}")
        mark = next((c.lower_ for c in content_head.children if c.dep_ in ("mark", "aux")), "")
        if mark:
            feats.append(f"mark={mark}")
            feats.append(f"lemma|mark={lemma}|{mark}")
        chl = content_head.lemma_.lower()
        feats += [f"chl={chl}", f"lemma|chl={lemma}|{chl}",
                  f"clen={min((content_head.right_edge.i - content_head.left_edge.i + 1) // 3, 6)}",
                  f"cverb={any(t.pos_ in ('VERB', 'AUX') for t in content_head.subtree)}"]
    return feats


# How far the cue-boundary tagger looks right and left of a rule cue, in tokens; it stops
# earlier at punctuation, a line break, the attribution's own source or content, or
# another cue. Set on the PolNeAR train split (scripts/train_attribution.py).
TAGGER_MAX_RIGHT = 6
TAGGER_MAX_LEFT = 3
# A subject left of the cue is source or content in PolNeAR, never cue ("It is believed").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# ... and how many tokens of its own content it may take from the content's start
# ("called | for a recount" -> "called for | a recount").
TAGGER_MAX_INTO_CONTENT = 3
# Cue phrases of the regex rules that the boundary tagger may widen but never trim (too rare
# in PolNeAR for it to have learned them: "Quoted from" would lose "from").
FIXED_CUE = re.compile(r"(?i)quoted from|citing|as reported by|reported by|as quoted by|according to")
# Roles a token can have in the rules' attributions, as the tagger sees them.
ROLE_NONE, ROLE_CUE, ROLE_CONTENT, ROLE_SOURCE = 0, 1, 2, 3
_ROLE_NAMES = ("o", "cue", "cont", "src")
# Dependents whose presence, joined with the token's lemma, the tagger sees ("call|prep").
_TAGGER_CHILD_DEPS = frozenset({"ccomp", "xcomp", "dobj", "prep", "nsubj", "nsubjpass", "agent", "prt", "acl",
                                "poss", "pobj", "mark"})


def token_features(doc: Any, i: int, roles: list[int], side: str, distance: int, cue_lemma: str,
                   direct: bool) -> list[str]:
    """Binary features of token ``i`` at the edge of a cue, for the boundary tagger.

    Args:
        doc: the parsed article.
        i: the token's index.
        roles: per token, its role in the rules' attributions (``ROLE_*``).
        side: ``"in"`` (inside the rules' cue), ``"left"`` or ``"right"`` of it.
        distance: how many tokens away from the rules' cue (0 inside it).
        cue_lemma: lemma of the cue's main word (the token the rules anchored it on).
        direct: whether the attribution's content is a quotation.

    Returns:
        Feature strings (the tagger's vocabulary).
    """
    tok = doc[i]
    head = tok.head
    lemma, low, hlemma = tok.lemma_.lower(), tok.lower_, head.lemma_.lower()
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    role = _ROLE_NAMES[roles[i]]
    role_prev = _ROLE_NAMES[roles[i - 1]] if prev is not None else "bos"
    role_next = _ROLE_NAMES[roles[i + 1]] if nxt is not None else "eos"
    dist = str(min(distance, 4))
    on_cue = "self" if head.i == i else ("cue" if roles[head.i] == ROLE_CUE else _ROLE_NAMES[roles[head.i]])
    feats = [
        f"w={low}", f"l={lemma}", f"p={tok.pos_}", f"tg={tok.tag_}", f"d={tok.dep_}", f"l|d={lemma}|{tok.dep_}",
        f"hl={hlemma}", f"hp={head.pos_}", f"d|hp={tok.dep_}|{head.pos_}", f"w|hl={low}|{hlemma}",
        f"side={side}", f"side|dist={side}|{dist}", f"side|p={side}|{tok.pos_}", f"side|w={side}|{low}",
        f"side|d={side}|{tok.dep_}", f"side|head={side}|{on_cue}", f"side|head|d={side}|{on_cue}|{tok.dep_}",
        f"r={role}", f"rp|r|rn={role_prev}|{role}|{role_next}", f"side|rn={side}|{role_next}",
        f"side|rp={side}|{role_prev}",
        f"cue={cue_lemma}", f"cue|side|w={cue_lemma}|{side}|{low}", f"direct={direct}",
        f"pw={prev.lower_ if prev is not None else '<s>'}", f"nw={nxt.lower_ if nxt is not None else '</s>'}",
        f"np={nxt.pos_ if nxt is not None else '</s>'}", f"w|nw={low}|{nxt.lower_ if nxt is not None else '</s>'}",
        f"ent={tok.ent_type_}",
    ]
    deps = {c.dep_ for c in tok.children}
    feats.extend(f"k={d}" for d in sorted(deps))
    feats.extend(f"l|k={lemma}|{d}" for d in sorted(deps & _TAGGER_CHILD_DEPS))
    return feats


@dataclass(frozen=True, slots=True)
class CueEdge:
    """A token at the edge of attribution ``att``'s cue that the boundary tagger judges."""

    att: int
    token: int
    side: str
    distance: int
    features: list[str]


def _token_roles(doc: Any, atts: list[Attribution]) -> tuple[list[int], list[int]]:
    """Token start offsets and each token's role in ``atts`` (a cue wins over content and source)."""
    starts = [t.idx for t in doc]
    roles = [ROLE_NONE] * len(doc)

    def mark(start: int | None, end: int | None, role: int) -> None:
        if start is None or end is None:
            return
        i = max(0, bisect.bisect_right(starts, start) - 1)
        while i < len(doc) and starts[i] < end:
            if starts[i] + len(doc[i].text) > start and (roles[i] == ROLE_NONE or role == ROLE_CUE):
                roles[i] = role
            i += 1

    for a in atts:
        mark(a.start, a.end, ROLE_CONTENT)
        mark(a.source_start, a.source_end, ROLE_SOURCE)
        mark(a.cue_start, a.cue_end, ROLE_CUE)
    return starts, roles


def _token_range(doc: Any, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """First and last index of the tokens overlapping ``[start, end)``."""
    first = max(0, bisect.bisect_right(starts, start) - 1)
    if starts[first] + len(doc[first].text) <= start:
        first += 1
    last = max(first, bisect.bisect_left(starts, end) - 1)
    return first, last


def cue_edges(doc: Any, atts: list[Attribution]) -> Iterator[CueEdge]:
    """Every token the boundary tagger judges for ``atts``: the cue's own tokens and its right and left runs.

    A run stops at punctuation, a line break, the attribution's own source or
    content (the right run may take the content's first tokens), another cue, a
    subject on the left, or ``TAGGER_MAX_RIGHT``/``TAGGER_MAX_LEFT`` tokens.
    """
    if not len(doc):
        return
    starts, roles = _token_roles(doc, atts)

    def outside(a: Attribution, k: int, content_first: int) -> bool:
        tok = doc[k]
        s, e = tok.idx, tok.idx + len(tok.text)
        in_content = a.start < e and s < a.end and not content_first <= k < content_first + TAGGER_MAX_INTO_CONTENT
        in_source = a.source_start is not None and a.source_end is not None and a.source_start < e \
            and s < a.source_end
        return in_content or in_source or tok.is_punct or "\n" in tok.text or (roles[k] == ROLE_CUE and
                                                                               not a.cue_start <= s < a.cue_end)

    for n, a in enumerate(atts):
        first, last = _token_range(doc, starts, a.cue_start, a.cue_end)
        if first >= len(doc):
            continue
        span = range(first, last + 1)
        anchor = next((doc[k] for k in span if doc[k].head.i not in span or doc[k].head.i == k), doc[first])
        lemma = anchor.lemma_.lower()
        # the content may give up its first tokens only when it starts right after the cue
        content_first = _token_range(doc, starts, a.start, a.end)[0] if a.start >= a.cue_end else -10
        for k in span:
            if not doc[k].is_punct and not doc[k].is_space:
                yield CueEdge(n, k, "in", 0, token_features(doc, k, roles, "in", 0, lemma, a.direct))
        for side, step, limit in (("right", 1, TAGGER_MAX_RIGHT), ("left", -1, TAGGER_MAX_LEFT)):
            k = last + 1 if step > 0 else first - 1
            for dist in range(1, limit + 1):
                if not 0 <= k < len(doc) or outside(a, k, content_first if step > 0 else -10) \
                        or (step < 0 and doc[k].dep_ in SUBJECT_DEPS):
                    break
                if not doc[k].is_space:
                    yield CueEdge(n, k, side, dist, token_features(doc, k, roles, side, dist, lemma, a.direct))
                k += step


def refine_cues(doc: Any, atts: list[Attribution], tagger: CueModel) -> list[Attribution]:
    """``atts`` with each cue widened over the edge tokens ``tagger`` takes in and trimmed of those it rejects.

    A run widens token by token while the tagger's probability reaches its
    threshold; the cue's edge tokens are dropped while it is below, keeping at
    least one token (a ``FIXED_CUE`` phrase keeps all). When the cue takes the
    content's first tokens the content starts after it; otherwise only the cue
    changes, and the order of ``atts`` is kept.
    """
    text = doc_text(doc)
    by_att: dict[int, dict[str, list[tuple[int, float]]]] = {}
    for edge in cue_edges(doc, atts):
        sides = by_att.setdefault(edge.att, {"in": [], "right": [], "left": []})
        sides[edge.side].append((edge.token, tagger.probability(edge.features)))
    out = []
    for n, a in enumerate(atts):
        sides = by_att.get(n)
        if not sides or not sides["in"]:
            out.append(a)
            continue
        inside = sides["in"]
        lo, hi = 0, len(inside) - 1
        fixed = FIXED_CUE.fullmatch(a.cue) is not None
        # the cue's own verb stays whatever the tagger says ("later dismissed" keeps "dismissed")
        verb = next((k for k, (i, _) in enumerate(inside) if doc[i].pos_ == "VERB"), None)
        lo_max = hi_min = verb
        if verb is None:
            lo_max, hi_min = len(inside) - 1, 0
        while not fixed and lo < hi and lo < lo_max and inside[lo][1] < tagger.threshold:
            lo += 1
        while not fixed and hi > lo and hi > hi_min and inside[hi][1] < tagger.threshold:
            hi -= 1
        first, last = inside[lo][0], inside[hi][0]
        if lo == 0:
            for k, prob in sides["left"]:
                if prob < tagger.threshold:
                    break
                first = k
        if hi == len(inside) - 1:
            for k, prob in sides["right"]:
                if prob < tagger.threshold:
                    break
                last = k
        s, e = doc[first].idx, doc[last].idx + len(doc[last].text)
        if (s, e) != (a.cue_start, a.cue_end):
            start, end = (a.start, a.end) if e <= a.start or a.start < a.cue_end else trim_span(text, e, a.end)
            if start < end:
                a = replace(a, cue=text[s:e], cue_start=s, cue_end=e, start=start, content=text[start:end])
        out.append(a)
    return out
