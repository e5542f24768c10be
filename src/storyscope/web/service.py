"""What the pages read: the dossier built from the store, look-up indexes, cached verdicts.

The app opens the DuckDB file only for the moment it reads it (building the
dossier, checking a claim), so ``analyze`` can update the store while ``serve``
runs. The dossier is rebuilt when the file changes; while another process
holds the file, the last dossier is served. Verdicts are computed on demand and
kept in a bounded cache keyed by the claim text. Every id from a URL is looked
up in these in-memory maps only: nothing from a URL reaches the file system or
a SQL string.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from storyscope.corpus.copies import origins_from_edges
from storyscope.errors import StoryscopeError
from storyscope.model import AnnotatedArticle
from storyscope.report import build_dossier
from storyscope.report.claimreview import top_claims  # noqa: F401 - re-exported for the app
from storyscope.report.render import relay_chain
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
    relay: dict[str, str] = field(default_factory=dict)  # attribution id -> "via X" (``relay_chain``)


def _origins(dossier: dict) -> dict[str, str]:
    parent = {c["article"]: c["copy_of"] for c in dossier["copies"]}
    return origins_from_edges(parent, (a["id"] for a in dossier["articles"]))


class DossierService:
    """The dossier and its indexes over one store file, with cached verdicts.

    Args:
        db_path: the store file; opened under ``lock`` for each read, never held.
        names: implementation names recorded in the dossier.
    """

    def __init__(self, db_path: Path, names: dict[str, str]) -> None:
        self.path = Path(db_path)
        self.names = names
        self.lock = threading.RLock()
        self._dossier: dict | None = None
        self._json: bytes | None = None
        self._index: Index | None = None
        self._signature: tuple | None = None
        self._verdicts: OrderedDict[str, dict] = OrderedDict()
        self.pages: dict[str, str] = {}  # rendered pages that depend on nothing but the store

    # ----------------------------------------------------------------- the store file

    def _file_signature(self) -> tuple:
        """(mtime, size) of the store file and its write-ahead log: changes whenever anyone writes."""
        out = []
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = p.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    @contextmanager
    def _open(self) -> Iterator[Store]:
        """Open the store for one read and close it again (E010 while another process holds it)."""
        store = Store(self.path)
        try:
            yield store
        finally:
            store.close()

    # ----------------------------------------------------------------- dossier

    def dossier(self) -> dict:
        """Return the dossier.json object, rebuilt when the store file has changed since the last build.

        Raises:
            StoryscopeError: E010 when the store cannot be opened and no dossier was built before.
        """
        if self._dossier is not None and self._file_signature() == self._signature:
            return self._dossier
        with self.lock:
            if self._dossier is not None and self._file_signature() == self._signature:
                return self._dossier
            try:
                with self._open() as store:
                    annotated = store.load_annotated()
                    corpus, skipped = store.load_corpus(), store.skipped()
            except StoryscopeError:
                if self._dossier is not None:
                    return self._dossier  # another process (analyze) is writing: keep serving the last build
                raise
            d = build_dossier(annotated, corpus, skipped, self.names)
            self._index = self._build_index(d, annotated)
            self._json = None
            self._verdicts.clear()
            self.pages.clear()
            self._dossier = d
            self._signature = self._file_signature()
            return d

    def dossier_json(self) -> bytes:
        """Return the dossier serialised once per build, as the bytes /api/dossier sends."""
        d = self.dossier()
        with self.lock:
            if self._json is None:
                self._json = json.dumps(d, ensure_ascii=False).encode("utf-8")
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
        idx.relay = relay_chain(d)
        return idx

    # ----------------------------------------------------------------- verdicts

    def verdict(self, claim: str) -> dict:
        """Return the ``check --json`` object for ``claim`` (cached by exact text).

        Raises:
            StoryscopeError: from :func:`check_claim` (E013 on an empty store).
        """
        self.dossier()  # a changed store empties the verdict cache
        with self.lock:
            hit = self._verdicts.get(claim)
            if hit is not None:
                self._verdicts.move_to_end(claim)
                return hit
            current = self._file_signature() == self._signature
            with self._open() as store:
                result = verdict_to_json(check_claim(store, claim))
            if current:  # check caches passage vectors in the store: our own write leaves the dossier current
                self._signature = self._file_signature()
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
        relay = idx.relay
        for a in d["attributions"]:
            if a["article"] == article_id:
                who = (a["speaker"] or "unattributed") + (f", {relay[a['id']]}" if a["id"] in relay else "")
                spans.append(Span(a["start"], a["end"], "attribution", f"said by {who}", a["speaker_entity"]))
                if a.get("cue_start") is not None:
                    spans.append(Span(a["cue_start"], a["cue_end"], "cue", f"cue “{a['cue']}” ({who})"))
        return spans

    def article_api(self, article_id: str) -> dict:
        """Return one article with everything the dossier knows about it (for /api/articles/{id})."""
        idx = self.index()
        d = self.dossier()
        item = idx.annotated[article_id]
        relay = idx.relay
        return {
            **idx.articles[article_id],
            "origin": idx.origin.get(article_id, article_id),
            "entity_mentions": [{"text": m.text, "label": m.label, "start": m.start, "end": m.end,
                                 "entity": idx.entity_by_name.get(m.text.lower())}
                                for m in item.annotations.entities],
            "attributions": [{**a, "via": relay.get(a["id"])} for a in d["attributions"]
                             if a["article"] == article_id],
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
