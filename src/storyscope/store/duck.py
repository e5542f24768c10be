"""The DuckDB-backed store: per-article rows committed as they come, corpus tables rebuilt."""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa

from storyscope.errors import StoryscopeError
from storyscope.model import (
    AnnotatedArticle, Annotations, Article, Attribution, Citation, CitationEdge, Claim,
    ClaimMention, ClaimSentence, Conflict, CopyEdge, CorpusResult, Entity, EntityMention,
    Quantity, RawDocument, Sentence, Skip, Story, TimelineEvent,
)
from storyscope.store.schema import ARTICLE_TABLES, CORPUS_TABLES, DDL, MIGRATIONS, SCHEMA_VERSION

# Annotation table -> (Annotations field, record class); columns are (article_id, idx, *fields).
ANNOTATION_TABLES = {
    "sentences": ("sentences", Sentence),
    "entity_mentions": ("entities", EntityMention),
    "attributions": ("attributions", Attribution),
    "quantities": ("quantities", Quantity),
    "citations": ("citations", Citation),
    "claim_sentences": ("claims", ClaimSentence),
}
CORPUS_RECORDS = {
    "stories": Story, "entities": Entity, "conflicts": Conflict,
    "citation_edges": CitationEdge, "copies": CopyEdge, "timeline": TimelineEvent,
}

# Skips that the text alone decides (no article text after cleaning, too long to parse): an unchanged file would be
# skipped again, so its hash is kept and it is not read again. A failure (E012) may pass on a later run.
TEXT_SKIPS = frozenset({"E008", "E020"})


def _values(record: object, skip: tuple[str, ...] = ()) -> list:
    out = []
    for f in dataclasses.fields(record):
        if f.name in skip:
            continue
        value = getattr(record, f.name)
        out.append(list(value) if isinstance(value, tuple) else value)
    return out


def _build(cls: type, row: Sequence) -> object:
    names = [f.name for f in dataclasses.fields(cls)]
    values = [tuple(v) if isinstance(v, list) else v for v in row]
    return cls(**dict(zip(names, values)))


# Where a DuckDB database file carries its magic word.
_DUCKDB_MAGIC_AT = 8
_DUCKDB_MAGIC = b"DUCK"


def _writable(path: Path) -> bool:
    """True when the store file and its folder (where DuckDB writes its journal) may be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK) \
        and not os.statvfs(path.parent).f_flag & os.ST_RDONLY


def _is_duckdb_file(path: Path) -> bool:
    """True when ``path`` is missing or a DuckDB database file (its magic word at byte 8), so a store may be opened
    or created there; False for any other existing file (a CSV, a dossier.json). An empty file is left to DuckDB,
    whose own error names it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_DUCKDB_MAGIC_AT + len(_DUCKDB_MAGIC))
    except FileNotFoundError:
        return True
    except OSError:
        return True  # (unreadable or a folder: DuckDB's own error says so)
    return not head or head[_DUCKDB_MAGIC_AT:] == _DUCKDB_MAGIC


class Store:
    """One DuckDB file holding articles, their annotations and the corpus results.

    Args:
        path: the database file; created with the current schema when missing.

    Raises:
        StoryscopeError: E010 when the file cannot be opened, E011 when its
        schema is newer than this code.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not _is_duckdb_file(self.path):
            # (DuckDB opens a .csv or .json as a read-only view: the schema would live in memory and be lost)
            raise StoryscopeError("E010", path=self.path, why="the file exists and is not a DuckDB database "
                                                               "(point --db at a new file or at a storyscope store)")
        # a store on read-only media or in a folder one may not write to is opened to read ("check", "serve")
        self.read_only = self.path.exists() and not _writable(self.path)
        try:
            self.con = duckdb.connect(str(self.path), read_only=self.read_only)
        except duckdb.Error as exc:
            raise StoryscopeError("E010", path=self.path, why=exc) from exc
        if self.read_only:
            self._check_version()
        else:
            self._migrate()

    # ----------------------------------------------------------------- lifecycle

    def _check_version(self) -> None:
        """Refuse a read-only store whose schema this code would have to change (E011 when newer, E010 when older or
        when the file is no storyscope store)."""
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoryscopeError("E010", path=self.path, why="the store is read-only and holds no storyscope "
                                                               "store") from exc
        found = int(row[0]) if row else None
        if found is not None and found > SCHEMA_VERSION:
            raise StoryscopeError("E011", found=found, path=self.path, expected=SCHEMA_VERSION)
        if found != SCHEMA_VERSION:
            raise StoryscopeError("E010", path=self.path, why="the store is read-only and was written by an older "
                                                               "storyscope; open it once where it can be written")

    def _migrate(self) -> None:
        self.con.execute(DDL)
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        found = int(row[0]) if row else None
        if found is None:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            return
        if found > SCHEMA_VERSION:
            raise StoryscopeError("E011", found=found, path=self.path, expected=SCHEMA_VERSION)
        for version in range(found + 1, SCHEMA_VERSION + 1):
            self.con.execute(MIGRATIONS[version])
        self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])

    def close(self) -> None:
        """Close the connection (checkpointing the file)."""
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _insert(self, table: str, rows: list[list]) -> None:
        """Insert rows through an Arrow table: parameter binding in DuckDB is ~100x slower."""
        if not rows:
            return
        columns = list(zip(*rows))
        batch = pa.table({f"c{i}": pa.array(col) for i, col in enumerate(columns)})
        self.con.register("_incoming_rows", batch)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _incoming_rows")
        finally:
            self.con.unregister("_incoming_rows")

    # ----------------------------------------------------------------- per-article

    def known_hashes(self) -> dict[str, str]:
        """Return ``{article id: content hash}`` of every stored article."""
        return dict(self.con.execute("SELECT id, content_hash FROM documents").fetchall())

    def known_sources(self) -> dict[str, str]:
        """Return ``{article id: source path}`` of every stored article."""
        return dict(self.con.execute("SELECT id, source FROM documents").fetchall())

    def known_files(self) -> dict[str, str]:
        """Return ``{article id: the file it was read from, resolved}`` of every stored article that records one
        (stores written before schema version 8 do not)."""
        return dict(self.con.execute("SELECT id, file FROM documents WHERE file IS NOT NULL").fetchall())

    def save_batch(self, done: Iterable[tuple[RawDocument | None, AnnotatedArticle | Skip]]) -> None:
        """Store a batch of per-article results in one transaction.

        Each item is ``(raw document or None, annotated article or skip)``. An
        article replaces any earlier rows of the same id; a skip replaces the
        earlier skip of the same source and removes a stale article of its id.
        """
        rows: dict[str, list[list]] = defaultdict(list)
        stale_ids: list[str] = []
        cleared_sources: list[str] = []
        for raw, result in done:
            if isinstance(result, Skip):
                cleared_sources.append(result.source)
                rows["skipped"].append([result.source, result.id, result.stage, result.code, result.reason,
                                        raw.content_hash if raw and result.code in TEXT_SKIPS else None])
                if result.id:
                    stale_ids.append(result.id)
                continue
            article = result.article
            stale_ids.append(article.id)
            cleared_sources.append(article.source)
            rows["articles"].append(_values(article))
            for table, (attr, _cls) in ANNOTATION_TABLES.items():
                records = getattr(result.annotations, attr)
                rows[table].extend([article.id, i, *_values(r)] for i, r in enumerate(records))
            rows["documents"].append([article.id, article.source, article.content_hash,
                                      raw.kind if raw else None, raw.encoding if raw else None,
                                      raw.file if raw else None])
        with self._transaction():
            self._delete_articles(stale_ids)
            if cleared_sources:
                self.con.execute("DELETE FROM skipped WHERE source IN (SELECT unnest(?))", [cleared_sources])
            for table in ("skipped", *ARTICLE_TABLES):
                self._insert(table, rows[table])
            if rows["documents"]:
                self.con.execute("INSERT INTO documents (id, source, content_hash, kind, encoding, file) "
                                 "SELECT * FROM (SELECT unnest(?), unnest(?), unnest(?), unnest(?), unnest(?), "
                                 "unnest(?))",
                                 [list(col) for col in zip(*rows["documents"])])

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Run the enclosed statements in one transaction: committed when the block ends, rolled back when it
        raises."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except Exception as exc:
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")  # (a COMMIT that failed, on a folder one may not write to, ended it)
            if isinstance(exc, duckdb.Error):
                raise StoryscopeError("E010", path=self.path, why=exc) from exc
            raise

    def _delete_articles(self, ids: list[str]) -> None:
        """Delete the stored articles of ``ids`` (those stored) and every row of theirs, within the caller's
        transaction."""
        if ids:  # deleting is the costly part of a save: only for ids already stored
            ids = [row[0] for row in self.con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()]
        if ids:
            self.con.execute("DELETE FROM documents WHERE id IN (SELECT unnest(?))", [ids])
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [ids])
            for table in ARTICLE_TABLES[1:]:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [ids])

    def forget_articles(self, ids: list[str]) -> None:
        """Delete the stored articles of ``ids`` and all their rows in one transaction (a renamed file's old
        article)."""
        with self._transaction():
            self._delete_articles(list(ids))

    def skipped_hashes(self) -> dict[str, str]:
        """Return ``{source: content hash}`` of the inputs skipped after they were read (no article text, too
        long): an input whose text is unchanged would be skipped again."""
        return dict(self.con.execute("SELECT source, content_hash FROM skipped WHERE content_hash IS NOT NULL")
                    .fetchall())

    def record_files(self, files: dict[str, str]) -> None:
        """Record the resolved file of stored documents that have none yet (``{article id: file}``)."""
        if files:
            with self._transaction():
                self.con.execute("UPDATE documents SET file = f.file FROM (SELECT unnest(?) AS id, unnest(?) AS file) f "
                                 "WHERE documents.id = f.id AND documents.file IS NULL",
                                 [list(files), list(files.values())])

    def forget_skips(self, sources: Sequence[str]) -> None:
        """Remove the recorded skips of ``sources`` (inputs that are gone)."""
        if sources:
            with self._transaction():
                self.con.execute("DELETE FROM skipped WHERE source IN (SELECT unnest(?))", [list(sources)])

    def skipped(self) -> list[Skip]:
        """Return every input currently recorded as skipped, by source."""
        rows = self.con.execute("SELECT source, reason, stage, code, id FROM skipped ORDER BY source").fetchall()
        return [Skip(*row) for row in rows]

    def article_count(self) -> int:
        """Return how many articles the store holds."""
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def load_articles(self) -> list[Article]:
        """Return every stored article, by id."""
        rows = self.con.execute("SELECT * FROM articles ORDER BY id").fetchall()
        return [_build(Article, row) for row in rows]

    def load_annotated(self) -> list[AnnotatedArticle]:
        """Return every stored article with its annotations, by id."""
        per_table: dict[str, dict[str, list]] = {}
        for table, (_attr, cls) in ANNOTATION_TABLES.items():
            grouped: dict[str, list] = defaultdict(list)
            for row in self.con.execute(f"SELECT * FROM {table} ORDER BY article_id, idx").fetchall():
                grouped[row[0]].append(_build(cls, row[2:]))
            per_table[table] = grouped
        out = []
        for article in self.load_articles():
            parts = {attr: tuple(per_table[table].get(article.id, ())) for table, (attr, _) in ANNOTATION_TABLES.items()}
            out.append(AnnotatedArticle(article=article, annotations=Annotations(**parts)))
        return out

    # ----------------------------------------------------------------- corpus

    def save_corpus(self, corpus: CorpusResult) -> None:
        """Replace every corpus table with ``corpus``, in one transaction."""
        with self._transaction():
            for table in CORPUS_TABLES:
                self.con.execute(f"DELETE FROM {table}")
            for table, cls in CORPUS_RECORDS.items():
                attr = {"citation_edges": "citations"}.get(table, table)
                self._insert(table, [_values(r) for r in getattr(corpus, attr)])
            self._insert("claims", [_values(c, skip=("mentions",)) for c in corpus.claims])
            self._insert("claim_mentions", [
                [c.id, i, *_values(m)] for c in corpus.claims for i, m in enumerate(c.mentions)
            ])
            self._insert("article_story", [[a, s] for a, s in sorted(corpus.article_story.items())])

    def load_corpus(self) -> CorpusResult:
        """Return the stored corpus results (empty when never built)."""
        parts: dict[str, object] = {}
        for table, cls in CORPUS_RECORDS.items():
            attr = {"citation_edges": "citations"}.get(table, table)
            rows = self.con.execute(f"SELECT * FROM {table}").fetchall()
            parts[attr] = tuple(_build(cls, row) for row in rows)
        mentions: dict[str, list[ClaimMention]] = defaultdict(list)
        for row in self.con.execute("SELECT * FROM claim_mentions ORDER BY claim_id, idx").fetchall():
            mentions[row[0]].append(_build(ClaimMention, row[2:]))
        parts["claims"] = tuple(
            Claim(id=cid, text=text, checkworthiness=cw, independent_sources=n, mentions=tuple(mentions[cid]))
            for cid, text, cw, n in self.con.execute("SELECT * FROM claims").fetchall()
        )
        parts["article_story"] = dict(self.con.execute("SELECT article, story FROM article_story").fetchall())
        return CorpusResult(**parts)
