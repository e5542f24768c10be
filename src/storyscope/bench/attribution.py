"""`storyscope bench attribution`: who-said-what on PolNeAR vs a quotes-only rule baseline, same run.

The folder is PolNeAR's layout: ``text/<doc_id>.txt`` and BRAT standoff
``attributions/<doc_id>_<annotator>.ann`` (relations ``E`` over ``Source``,
``Cue`` and ``Content`` text-bound spans). A document with several annotators'
files is scored against the lexicographically first one.

Split: by document, deterministic: a document is ``dev`` when the SHA-1 of its
id, read as an integer, is divisible by ``DEV_MODULO`` (about 20%), else
``train``. Rules and the cue classifier are tuned on ``train`` only.

Scoring, on the dev documents:

- token level, per role (source, cue, content): the text's ``\\w+`` tokens that
  overlap a span of that role; micro precision/recall/F1 over all tokens of all
  documents (punctuation and quotation marks do not count);
- relation level: a predicted attribution matches a gold one when their content
  tokens have Jaccard >= ``RELATION_JACCARD`` and their source tokens overlap
  (or neither has a source); the matching is one to one, greedy by Jaccard.

For reference the table also scores PolNeAR's annotators against each other
(``annotator_agreement``: documents with several annotators, any split), the same
measures that the targets are set in.

storyscope runs exactly as ``storyscope attributions`` does (``Article.text`` =
the file's text, no cleaning). Cost: the spaCy parse alone vs the attribution
rules (with the cue gate and the cue-boundary tagger) on the same parsed Docs,
timed separately in the same run.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from storyscope.bench.results import record
from storyscope.errors import StoryscopeError

# The targets (issue 4), token F1 per role and relation F1 on the dev split.
TARGETS = {"content": 0.75, "source": 0.70, "cue": 0.70, "relation": 0.55}
# Cost target: the attribution rules add at most this fraction to the spaCy parse time.
TARGET_COST_RATIO = 0.20
# Split: dev iff int(sha1(doc_id)) % DEV_MODULO == 0 (about 1 in 5 documents).
DEV_MODULO = 5
# A predicted and a gold attribution match when their content tokens overlap at least this much.
RELATION_JACCARD = 0.5
# Role names in the contract's attribution objects and in BRAT's relation arguments.
ROLES = ("source", "cue", "content")
_BRAT_ROLES = {"Source": "source", "Cue": "cue", "Content": "content"}
_WORD = re.compile(r"\w+")

# Quotes-only baseline: a double-quoted passage, and a speech verb near it.
_QUOTE = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")
_SAID = re.compile(r"\b(said|says|say|told|tells|added|asked|wrote|stated|explained|declared|insisted|"
                   r"argued|noted|tweeted|replied|responded|recalled|warned|claimed|continued)\b")
# "said Smith" / "Smith said": a capitalised run or a pronoun is a trivial subject.
_NAME_AFTER = re.compile(r"\s+((?:[A-Z][\w.'’-]*\s?){1,4}|he|she|they|we|I)\b")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w.'’-]*\s){1,4}|\b(?:he|she|they|we|He|She|They|We|I)\s)$")
_NAME_TRIM = " .,'’"
# How far (characters, same line) a speech verb may be from the quote it introduces.
BASELINE_CUE_WINDOW = 40

Spans = list[list[int]]
Attr = dict[str, Spans]


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One PolNeAR document: its text and its gold attributions (contract-shaped dicts)."""

    id: str
    text: str
    attributions: tuple[dict[str, Spans], ...]
    annotator: str


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 with the counts behind them."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0.0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float]:
        """Rounded precision/recall/F1 for the figures."""
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4)}


# --------------------------------------------------------------------------- reading


def split_of(doc_id: str) -> str:
    """Return ``"dev"`` or ``"train"`` for ``doc_id`` (SHA-1 of the id modulo ``DEV_MODULO``)."""
    digest = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16)
    return "dev" if digest % DEV_MODULO == 0 else "train"


def parse_ann(content: str) -> list[dict[str, Spans]]:
    """Parse BRAT standoff into contract-shaped attributions, one per ``E`` relation.

    A line that does not start with ``T``, ``E``, ``#``, ``R``, ``A`` or ``N``
    continues the previous record's surface text (a span crossing a blank line)
    and is skipped. Roles missing from a relation get an empty span list.
    """
    spans: dict[str, Spans] = {}
    relations: list[dict[str, str]] = []
    for line in content.split("\n"):
        if not line or line[0] not in "TE":
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if line[0] == "T":
            offsets = fields[1].partition(" ")[2]
            frags = []
            for frag in offsets.split(";"):
                parts = frag.split()
                if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
                    frags.append([int(parts[0]), int(parts[1])])
            spans[fields[0]] = frags
        else:
            args = {}
            for arg in fields[1].split():
                role, _, ref = arg.partition(":")
                args[role] = ref
            relations.append(args)
    out = []
    for args in relations:
        att: dict[str, Spans] = {role: [] for role in ROLES}
        for brat, role in _BRAT_ROLES.items():
            if brat in args:
                att[role] = [list(f) for f in spans.get(args[brat], [])]
        out.append(att)
    return out


def load_polnear(data: Path, split: str | None = None) -> list[GoldDoc]:
    """Read PolNeAR documents (all, or those of ``split``) in sorted id order.

    Args:
        data: folder with ``text/`` and ``attributions/``.
        split: ``"train"``, ``"dev"`` or None for every document.

    Returns:
        One ``GoldDoc`` per text file that has at least one ``.ann`` file.

    Raises:
        StoryscopeError: E014 when the folder lacks ``text/`` or ``attributions/``.
    """
    text_dir, ann_dir = data / "text", data / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise StoryscopeError("E014", path=data)
    anns: dict[str, list[Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        doc_id = path.stem.rpartition("_")[0]
        anns.setdefault(doc_id, []).append(path)
    docs = []
    for path in sorted(text_dir.glob("*.txt")):
        doc_id = path.stem
        if doc_id not in anns or (split is not None and split_of(doc_id) != split):
            continue
        ann = anns[doc_id][0]
        text = path.read_text(encoding="utf-8")
        atts = parse_ann(ann.read_text(encoding="utf-8"))
        docs.append(GoldDoc(doc_id, text, tuple(atts), ann.stem.rpartition("_")[2]))
    return docs


# --------------------------------------------------------------------------- scoring


def word_tokens(text: str) -> list[tuple[int, int]]:
    """The ``\\w+`` tokens of ``text`` as character spans."""
    return [m.span() for m in _WORD.finditer(text)]


def tokens_in(tokens: Sequence[tuple[int, int]], spans: Iterable[Sequence[int]]) -> frozenset[int]:
    """Indices of ``tokens`` that overlap any of ``spans``."""
    import bisect

    starts = [t[0] for t in tokens]
    out: set[int] = set()
    for s, e in spans:
        i = max(0, bisect.bisect_right(starts, s) - 1)
        while i < len(tokens) and tokens[i][0] < e:
            if tokens[i][1] > s:
                out.add(i)
            i += 1
    return frozenset(out)


def score_tokens(text: str, gold: Sequence[Attr], pred: Sequence[Attr]) -> dict[str, PRF]:
    """Token-level counts per role for one document."""
    toks = word_tokens(text)
    out = {}
    for role in ROLES:
        g = tokens_in(toks, [s for a in gold for s in a.get(role, [])])
        p = tokens_in(toks, [s for a in pred for s in a.get(role, [])])
        out[role] = PRF(len(g & p), len(p - g), len(g - p))
    return out


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def match_relations(text: str, gold: Sequence[Attr], pred: Sequence[Attr]) -> list[tuple[int, int]]:
    """One-to-one matches ``(gold index, pred index)``, greedy by content Jaccard.

    A pair can match when content Jaccard >= ``RELATION_JACCARD`` and the
    source tokens overlap, or neither side has a source.
    """
    toks = word_tokens(text)
    g_sets = [(tokens_in(toks, a.get("content", [])), tokens_in(toks, a.get("source", []))) for a in gold]
    p_sets = [(tokens_in(toks, a.get("content", [])), tokens_in(toks, a.get("source", []))) for a in pred]
    pairs = []
    for gi, (gc, gs) in enumerate(g_sets):
        for pi, (pc, ps) in enumerate(p_sets):
            if not (gc & pc) and (gc or pc):
                continue
            jac = _jaccard(gc, pc)
            if jac < RELATION_JACCARD:
                continue
            if (gs or ps) and not (gs & ps):
                continue
            pairs.append((-jac, gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def score_relations(text: str, gold: Sequence[Attr], pred: Sequence[Attr]) -> PRF:
    """Relation-level counts for one document."""
    tp = len(match_relations(text, gold, pred))
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def score_corpus(docs: Sequence[GoldDoc], preds: dict[str, Sequence[Attr]]) -> dict[str, PRF]:
    """Micro counts over ``docs`` for each role and for relations (a missing doc predicts nothing)."""
    total = {role: PRF(0, 0, 0) for role in (*ROLES, "relation")}
    for doc in docs:
        pred = preds.get(doc.id, [])
        for role, prf in score_tokens(doc.text, doc.attributions, pred).items():
            total[role] = total[role] + prf
        total["relation"] = total["relation"] + score_relations(doc.text, doc.attributions, pred)
    return total


def cue_misses(docs: Sequence[GoldDoc], preds: dict[str, Sequence[Attr]]) -> dict[str, int]:
    """Where the gold cue tokens a system misses lie: ``boundary`` in gold attributions it matched
    (``match_relations``), its cue drawn too short; ``unmatched`` in gold attributions it did not match at all
    (missed, or found with another content or source). Tells whether better cue boundaries or more attributions
    would lift cue recall."""
    out = {"boundary": 0, "unmatched": 0}
    for doc in docs:
        pred = preds.get(doc.id, [])
        toks = word_tokens(doc.text)
        found = tokens_in(toks, [s for a in pred for s in a.get("cue", [])])
        matched = {g for g, _ in match_relations(doc.text, doc.attributions, pred)}
        # (per token, as score_tokens counts them: a cue two attributions share, "X and Y said", is one token)
        missed = tokens_in(toks, [s for a in doc.attributions for s in a.get("cue", [])]) - found
        boundary = tokens_in(toks, [s for n, a in enumerate(doc.attributions) if n in matched
                                    for s in a.get("cue", [])]) & missed
        out["boundary"] += len(boundary)
        out["unmatched"] += len(missed - boundary)
    return out


def annotator_agreement(data: Path) -> tuple[dict[str, PRF], int, int]:
    """How well PolNeAR's annotators agree with each other, scored as the systems are.

    On every document with several ``.ann`` files (under ``attributions/`` and, when
    present, ``annotator-training/attributions/`` with its own ``text/``), each later
    annotator is scored as a prediction against the lexicographically first one (the
    bench's gold), micro over all such pairs. No split: it is a property of the
    annotation, the ceiling the targets should be read against.

    Returns:
        (counts per role and ``relation``, documents, annotator pairs).
    """
    total = {role: PRF(0, 0, 0) for role in (*ROLES, "relation")}
    documents = pairs = 0
    for root in (data, data / "annotator-training"):
        anns: dict[str, list[Path]] = {}
        for path in sorted((root / "attributions").glob("*.ann")):
            anns.setdefault(path.stem.rpartition("_")[0], []).append(path)
        for doc_id, paths in sorted(anns.items()):
            text_path = root / "text" / f"{doc_id}.txt"
            if len(paths) < 2 or not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8")
            gold = GoldDoc(doc_id, text, tuple(parse_ann(paths[0].read_text(encoding="utf-8"))), "")
            documents += 1
            for other in paths[1:]:
                pred = parse_ann(other.read_text(encoding="utf-8"))
                for role, prf in score_corpus([gold], {doc_id: pred}).items():
                    total[role] = total[role] + prf
                pairs += 1
    return total, documents, pairs


# --------------------------------------------------------------------------- systems


def quotes_baseline(text: str) -> list[Attr]:
    """Quotes-only rules: content = a double-quoted passage; cue/source from an adjacent speech verb.

    The cue is the nearest "said"-like word within ``BASELINE_CUE_WINDOW``
    characters after (else before) the quote on the same line; the source is a
    capitalised run or pronoun right after or right before that word, else none.
    """
    out: list[Attr] = []
    for m in _QUOTE.finditer(text):
        content = [[m.start(1), m.end(1)]]
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line_start = text.rfind("\n", 0, m.start()) + 1
        after = _SAID.search(text, m.end(), min(line_end, m.end() + BASELINE_CUE_WINDOW))
        before = None
        for b in _SAID.finditer(text, max(line_start, m.start() - BASELINE_CUE_WINDOW), m.start()):
            before = b
        cue_m = after or before
        cue: Spans = []
        source: Spans = []
        if cue_m is not None:
            cue = [[cue_m.start(), cue_m.end()]]
            nxt = _NAME_AFTER.match(text, cue_m.end())
            prev = _NAME_BEFORE.search(text, line_start, cue_m.start())
            if prev is not None and prev.group(1).strip():
                s = prev.start(1)
                source = [[s, s + len(prev.group(1).rstrip(_NAME_TRIM))]]
            elif nxt is not None:
                source = [[nxt.start(1), nxt.start(1) + len(nxt.group(1).rstrip(_NAME_TRIM))]]
        out.append({"source": source, "cue": cue, "content": content})
    return out


def attribution_dicts(attributions: Iterable[Any]) -> list[Attr]:
    """``model.Attribution`` records as the ``attributions`` command writes them."""
    rows = []
    for a in attributions:
        source = [[a.source_start, a.source_end]] if a.source_start is not None else []
        rows.append({"source": source, "cue": [[a.cue_start, a.cue_end]], "content": a.content_spans()})
    return rows


def storyscope_predictions(nlp: Any, docs: Sequence[GoldDoc]) -> dict[str, list[Attr]]:
    """Run the annotate stage on each document's raw text, as ``storyscope attributions`` does."""
    from storyscope.annotate import annotate_articles
    from storyscope.model import Article

    articles = [Article(id=d.id, source=f"{d.id}.txt", title=None, published=None, outlet=None, language=None,
                        text=d.text, content_hash="") for d in docs]
    return {done.article.id: attribution_dicts(done.annotations.attributions)
            for done in annotate_articles(nlp, articles)}


def time_cost(nlp: Any, texts: Sequence[str]) -> dict[str, float]:
    """Seconds for the spaCy parse alone and for the attribution rules on the same Docs.

    The rules are everything ``annotate_doc`` runs for attributions: sentence
    segments, quotes, citations (the outlets list), the resolver and the rules.
    """
    from storyscope.annotate.attribution import extract_attributions
    from storyscope.annotate.citations import extract_citations
    from storyscope.annotate.nlp import ensure_paragraph_breaks
    from storyscope.annotate.resolve import Resolver
    from storyscope.annotate.spans import QuoteIndex, find_quotes, segments

    ensure_paragraph_breaks(nlp)
    start = time.perf_counter()
    docs = list(nlp.pipe(texts))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    for doc in docs:
        segs = segments(doc)
        quotes = QuoteIndex(find_quotes(doc.text))
        outlets = frozenset(c.outlet for c in extract_citations(doc.text))
        extract_attributions(doc, segs, quotes, Resolver(doc, quotes, outlets))
    rules = time.perf_counter() - start
    return {"parse_s": parse, "rules_s": rules}


# --------------------------------------------------------------------------- harness

SYSTEMS = {"storyscope": "storyscope", "quotes_baseline": "quotes-only (peer)"}


def run_attribution_bench(data: Path, results_dir: Path, console: Console, split: str = "dev") -> dict:
    """Score storyscope and the quotes-only baseline on ``split`` of PolNeAR; time rules vs parse.

    Args:
        data: PolNeAR folder (``text/``, ``attributions/``).
        results_dir: where ``attribution.md``/``.jsonl`` get the run appended.
        console: where the table is printed.
        split: ``"dev"`` (held out) or ``"train"``.

    Returns:
        The figures dict (also recorded).

    Raises:
        StoryscopeError: E014 when ``data`` is not in the PolNeAR layout or ``split`` has no documents.
    """
    from storyscope.annotate import IMPL, load_nlp
    from storyscope.annotate.cues import CUE_MODEL_NAME, CUE_TAGGER_NAME
    from storyscope.settings import load_settings

    docs = load_polnear(data, split)
    if not docs:
        raise StoryscopeError("E014", path=data / "text")
    nlp = load_nlp(load_settings().spacy_model)
    predicted = storyscope_predictions(nlp, docs)
    scores = {
        "storyscope": score_corpus(docs, predicted),
        "quotes_baseline": score_corpus(docs, {d.id: quotes_baseline(d.text) for d in docs}),
    }
    agreement, agree_docs, agree_pairs = annotator_agreement(data)
    cost = time_cost(nlp, [d.text for d in docs])
    ratio = cost["rules_s"] / cost["parse_s"] if cost["parse_s"] else 0.0
    figures = {
        "impl": IMPL, "cue_model": CUE_MODEL_NAME, "cue_tagger": CUE_TAGGER_NAME, "split": split,
        "split_rule": f"dev iff int(sha1(doc_id)) % {DEV_MODULO} == 0",
        "documents": len(docs), "gold_attributions": sum(len(d.attributions) for d in docs),
        "systems": {name: {k: v.as_dict() for k, v in s.items()} for name, s in scores.items()},
        "parse_s": round(cost["parse_s"], 2), "rules_s": round(cost["rules_s"], 2),
        "cost_ratio": round(ratio, 3), "targets": {**TARGETS, "cost_ratio": TARGET_COST_RATIO},
        "cue_misses": cue_misses(docs, predicted),
        "annotator_agreement": {"documents": agree_docs, "pairs": agree_pairs,
                                **{k: v.as_dict() for k, v in agreement.items()}},
    }
    cols = ("system", "source F1 (P/R)", "cue F1 (P/R)", "content F1 (P/R)", "relation F1 (P/R)")
    table = Table(title=f"attribution on PolNeAR {split} ({len(docs)} docs, {figures['gold_attributions']} gold)")
    for col in cols:
        table.add_column(col)
    md = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n"
    for name, label in SYSTEMS.items():
        cells = [f"{s.f1:.3f} ({s.precision:.2f}/{s.recall:.2f})"
                 for s in (scores[name][k] for k in ("source", "cue", "content", "relation"))]
        table.add_row(label, *cells)
        md += f"| {label} | " + " | ".join(cells) + " |\n"
    if agree_pairs:
        label = f"annotators vs first ({agree_pairs} pairs, {agree_docs} docs, all splits)"
        cells = [f"{s.f1:.3f} ({s.precision:.2f}/{s.recall:.2f})"
                 for s in (agreement[k] for k in ("source", "cue", "content", "relation"))]
        table.add_row(label, *cells)
        md += f"| {label} | " + " | ".join(cells) + " |\n"
    target_cells = [f"F1 >= {TARGETS[k]}" for k in ("source", "cue", "content", "relation")]
    table.add_row("target", *target_cells)
    md += "| target | " + " | ".join(target_cells) + " |\n"
    console.print(table)
    cost_line = (f"cost: parse {cost['parse_s']:.1f}s, attribution rules {cost['rules_s']:.2f}s "
                 f"= {ratio:.1%} of parse (target <= {TARGET_COST_RATIO:.0%})")
    console.print(cost_line)
    misses = figures["cue_misses"]
    misses_line = (f"storyscope's missed gold cue tokens: {misses['boundary']} in attributions it matched (cue "
                   f"boundaries), {misses['unmatched']} in attributions it did not match")
    console.print(misses_line)
    md += (f"\n{cost_line}.\n\n{misses_line}.\n\n{IMPL} + {CUE_MODEL_NAME} + {CUE_TAGGER_NAME}; split: {figures['split_rule']} "
           f"({len(docs)} {split} docs); "
           "tokens = \\w+ matches overlapping a span, micro over tokens; relation match = content Jaccard "
           f">= {RELATION_JACCARD} and overlapping sources (or both none), one to one.")
    record(results_dir, "attribution", figures, md)
    return figures
