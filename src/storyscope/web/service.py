"""What the pages read: the dossier built once from the store, look-up indexes, cached verdicts.

The app holds the DuckDB file open for its whole life (no other process can
write it meanwhile), so the dossier is built on first use and kept. Verdicts
are computed on demand and kept in a bounded cache keyed by the claim text.
Every id from a URL is looked up in these in-memory maps only: nothing from a
URL reaches the file system or a SQL string.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from urllib.parse import quote

from storyscope.corpus.copies import origins_from_edges
from storyscope.model import AnnotatedArticle
from storyscope.report import build_dossier
from storyscope.report.claimreview import top_claims  # noqa: F401 - re-exported for the app
from storyscope.store import Store
from storyscope.verify import check_claim, verdict_to_json
from storyscope.web.highlight import Span

# Claims shown (with verdicts) on the home page; each costs one check on first view (~50 ms).
HOME_CLAIMS = 12
# Verdicts kept for /check and /api/check queries (claim pages and the home page reuse them).
VERDICT_CACHE = 512


def url_for(kind: str, ident: str | None) -> str | None:
    """Return the app's URL of an ``article``, ``story``, ``entity`` or ``claim`` page (None when unknown)."""
    prefix = {"article": "/articles/", "story": "/stories/", "entity": "/entities/", "claim": "/claims/"}.get(kind)
    return prefix + quote(ident, safe="") if prefix and ident else None


@dataclass
class Index:
    """Id -> record maps and the relations the pages show."""

    articles: dict[str, dict]
    stories: dict[str, dict]
    entities: dict[str, dict]
    claims: dict[str, dict]
    annotated: dict[str, AnnotatedArticle]
    origin: dict[str, str]
    entity_by_name: dict[str, str]
    claims_of_article: dict[str, list[dict]] = field(default_factory=dict)
    conflicts_of_claim: dict[str, list[dict]] = field(default_factory=dict)
    conflicts_of_article: dict[str, list[dict]] = field(default_factory=dict)


def _origins(dossier: dict) -> dict[str, str]:
    parent = {c["article"]: c["copy_of"] for c in dossier["copies"]}
    return origins_from_edges(parent, (a["id"] for a in dossier["articles"]))


class DossierService:
    """The dossier and its indexes over one open store, with cached verdicts.

    Args:
        store: the open store; used under ``lock`` only.
        names: implementation names recorded in the dossier.
    """

    def __init__(self, store: Store, names: dict[str, str]) -> None:
        self.store = store
        self.names = names
        self.lock = threading.RLock()
        self._dossier: dict | None = None
        self._json: bytes | None = None
        self._index: Index | None = None
        self._verdicts: OrderedDict[str, dict] = OrderedDict()
        self.pages: dict[str, str] = {}  # rendered pages that depend on nothing but the store

    # ----------------------------------------------------------------- dossier

    def dossier(self) -> dict:
        """Return the dossier.json object (built on first call)."""
        if self._dossier is None:
            with self.lock:
                if self._dossier is None:
                    annotated = self.store.load_annotated()
                    d = build_dossier(annotated, self.store.load_corpus(), self.store.skipped(), self.names)
                    self._index = self._build_index(d, annotated)
                    self._dossier = d
        return self._dossier

    def dossier_json(self) -> bytes:
        """Return the dossier serialised once, as the bytes /api/dossier sends."""
        if self._json is None:
            self._json = json.dumps(self.dossier(), ensure_ascii=False).encode("utf-8")
        return self._json

    def index(self) -> Index:
        """Return the look-up indexes (built with the dossier)."""
        self.dossier()
        assert self._index is not None
        return self._index

    @staticmethod
    def _build_index(d: dict, annotated: list[AnnotatedArticle]) -> Index:
        entity_by_name: dict[str, str] = {}
        for e in d["entities"]:
            for name in (e["name"], *e["aliases"]):
                entity_by_name.setdefault(name.lower(), e["id"])
        idx = Index(articles={a["id"]: a for a in d["articles"]}, stories={s["id"]: s for s in d["stories"]},
                    entities={e["id"]: e for e in d["entities"]}, claims={c["id"]: c for c in d["claims"]},
                    annotated={a.article.id: a for a in annotated}, origin=_origins(d),
                    entity_by_name=entity_by_name)
        by_article: dict[str, list[dict]] = defaultdict(list)
        for c in d["claims"]:
            for aid in dict.fromkeys(m["article"] for m in c["mentions"]):
                by_article[aid].append(c)
        idx.claims_of_article = dict(by_article)
        of_claim: dict[str, list[dict]] = defaultdict(list)
        of_article: dict[str, list[dict]] = defaultdict(list)
        for x in d["conflicts"]:
            for cid in x["claims"]:
                of_claim[cid].append(x)
            for aid in x["articles"]:
                of_article[aid].append(x)
        idx.conflicts_of_claim, idx.conflicts_of_article = dict(of_claim), dict(of_article)
        return idx

    # ----------------------------------------------------------------- verdicts

    def verdict(self, claim: str) -> dict:
        """Return the ``check --json`` object for ``claim`` (cached by exact text).

        Raises:
            StoryscopeError: from :func:`check_claim` (E013 on an empty store).
        """
        with self.lock:
            hit = self._verdicts.get(claim)
            if hit is not None:
                self._verdicts.move_to_end(claim)
                return hit
            result = verdict_to_json(check_claim(self.store, claim))
            self._verdicts[claim] = result
            while len(self._verdicts) > VERDICT_CACHE:
                self._verdicts.popitem(last=False)
            return result

    def claim_verdicts(self, claims: list[dict]) -> dict[str, dict]:
        """Return claim id -> verdict for ``claims`` (each checked on its representative text)."""
        return {c["id"]: self.verdict(c["text"]) for c in claims}

    # ----------------------------------------------------------------- one article

    def spans(self, article_id: str) -> list[Span]:
        """Return the highlight spans of one article: entities, claims, quantities, attributions."""
        idx = self.index()
        item = idx.annotated[article_id]
        d = self.dossier()
        spans: list[Span] = []
        for m in item.annotations.entities:
            eid = idx.entity_by_name.get(m.text.lower())
            name = idx.entities[eid]["name"] if eid else m.text
            spans.append(Span(m.start, m.end, "entity", f"{m.label}: {name}", eid, url_for("entity", eid)))
        for c in idx.claims_of_article.get(article_id, []):
            for m in c["mentions"]:
                if m["article"] == article_id:
                    spans.append(Span(m["start"], m["end"], "claim", f"claim {c['id']} · {m['stance']}",
                                      c["id"], url_for("claim", c["id"])))
        for q in d["quantities"]:
            if q["article"] == article_id:
                spans.append(Span(q["start"], q["end"], "quantity", f"number {q['value']:g} · {q['about']}"))
        for a in d["attributions"]:
            if a["article"] == article_id:
                who = a["speaker"] or "unattributed"
                spans.append(Span(a["start"], a["end"], "attribution", f"said by {who}", a["speaker_entity"]))
                if a.get("cue_start") is not None:
                    spans.append(Span(a["cue_start"], a["cue_end"], "cue", f"cue “{a['cue']}” ({who})"))
        return spans

    def article_api(self, article_id: str) -> dict:
        """Return one article with everything the dossier knows about it (for /api/articles/{id})."""
        idx = self.index()
        d = self.dossier()
        item = idx.annotated[article_id]
        return {
            **idx.articles[article_id],
            "origin": idx.origin.get(article_id, article_id),
            "entity_mentions": [{"text": m.text, "label": m.label, "start": m.start, "end": m.end,
                                 "entity": idx.entity_by_name.get(m.text.lower())}
                                for m in item.annotations.entities],
            "attributions": [a for a in d["attributions"] if a["article"] == article_id],
            "quantities": [q for q in d["quantities"] if q["article"] == article_id],
            "claims": [{"id": c["id"], "mentions": [m for m in c["mentions"] if m["article"] == article_id]}
                       for c in idx.claims_of_article.get(article_id, [])],
            "citations": [c for c in d["citations"] if c["article"] == article_id],
            "copies": [c for c in d["copies"] if article_id in (c["article"], c["copy_of"])],
            "conflicts": [x["id"] for x in idx.conflicts_of_article.get(article_id, [])],
        }

    def claim_origins(self, claim: dict) -> list[tuple[str, list[str]]]:
        """Return the claim's independent origins: ``(origin article, [articles that carry it])``."""
        idx = self.index()
        groups: dict[str, list[str]] = {}
        for m in claim["mentions"]:
            groups.setdefault(idx.origin.get(m["article"], m["article"]), [])
            if m["article"] not in groups[idx.origin.get(m["article"], m["article"])]:
                groups[idx.origin.get(m["article"], m["article"])].append(m["article"])
        return list(groups.items())
