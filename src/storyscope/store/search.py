"""Full-text (BM25) search over stored sentences, with DuckDB's fts extension loaded offline."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from storyscope.errors import StoryscopeError
from storyscope.store.duck import Store


def _fts_extension_path() -> Path:
    import duckdb_extension_fts  # the PyPI wheel that ships the extension binary

    version = "v" + duckdb.__version__
    return Path(duckdb_extension_fts.__file__).parent / "extensions" / version / "fts.duckdb_extension"


# An article whose length times its sentence count (the characters a join copies) is at most this gets its passages
# cut by one SQL join; a costlier one (a long text of many short sentences) one by one in Python.
JOINED_COST_MAX = 20_000_000


def _ensure_passages(store: Store) -> None:
    """(Re)build the ``passages`` table and its BM25 index when the articles changed."""
    con = store.con
    state = con.execute("SELECT count(*), coalesce(string_agg(content_hash, ',' ORDER BY id), '') FROM articles").fetchone()
    stamp = f"{state[0]}:{hashlib.sha256(state[1].encode()).hexdigest()[:16]}"
    row = con.execute("SELECT value FROM meta WHERE key = 'passages_stamp'").fetchone()
    con.execute(f"LOAD '{_fts_extension_path()}'")
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'passages'").fetchone()[0]
    if row and row[0] == stamp and exists:
        return
    con.execute("BEGIN TRANSACTION")
    # (a join hands every sentence row its article's whole text before cutting it: fine for news articles, but a
    # 1 MB text of 10,000 sentences would take gigabytes, so a text whose length times its sentences passes
    # JOINED_COST_MAX is cut here, one at a time)
    costly = [row[0] for row in con.execute("""
        SELECT a.id FROM articles a JOIN (SELECT article_id, count(*) AS n FROM sentences GROUP BY article_id) s
        ON s.article_id = a.id WHERE length(a.text) * s.n > ? ORDER BY a.id""", [JOINED_COST_MAX]).fetchall()]
    con.execute("""
        CREATE OR REPLACE TABLE passages AS
        SELECT row_number() OVER (ORDER BY s.article_id, s.idx) AS pid, s.article_id, s.start, s."end",
               substr(a.text, s.start + 1, s."end" - s.start) AS text
        FROM sentences s JOIN articles a ON a.id = s.article_id
        WHERE a.id NOT IN (SELECT unnest(?::VARCHAR[]))""", [costly])
    pid = con.execute("SELECT coalesce(max(pid), 0) FROM passages").fetchone()[0]
    for article in costly:
        text = con.execute("SELECT text FROM articles WHERE id = ?", [article]).fetchone()[0]
        spans = con.execute('SELECT start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', [article]).fetchall()
        if spans:
            con.execute("INSERT INTO passages SELECT unnest(?::BIGINT[]), ?, unnest(?::INTEGER[]), unnest(?::INTEGER[]), "
                        "unnest(?::VARCHAR[])",
                        [list(range(pid + 1, pid + len(spans) + 1)), article, [s for s, _ in spans],
                         [e for _, e in spans], [text[s:e] for s, e in spans]])
            pid += len(spans)
    con.execute("DELETE FROM meta WHERE key = 'passages_stamp'")
    con.execute("INSERT INTO meta VALUES ('passages_stamp', ?)", [stamp])
    con.execute("COMMIT")
    con.execute("PRAGMA create_fts_index('passages', 'pid', 'text', stemmer = 'porter', overwrite = 1)")


def search_passages(store: Store, query: str, k: int = 20) -> list[tuple[str, int, int, str, float]]:
    """Return the top ``k`` sentences for ``query`` by BM25.

    Returns:
        ``(article_id, start, end, text, score)`` tuples, best first.

    Raises:
        StoryscopeError: E013 when the store holds no articles.
    """
    if store.article_count() == 0:
        raise StoryscopeError("E013", path=store.path)
    _ensure_passages(store)
    rows = store.con.execute("""
        SELECT article_id, start, "end", text, score FROM (
            SELECT *, fts_main_passages.match_bm25(pid, ?) AS score FROM passages)
        WHERE score IS NOT NULL ORDER BY score DESC, article_id, start LIMIT ?""", [query, k]).fetchall()
    return [(r[0], r[1], r[2], r[3], float(r[4])) for r in rows]


# Vectors cached per text: the key is a hash of the text, so a sentence shared by copies is embedded once
# and a rebuilt store keeps the vectors of unchanged sentences. Created here, like ``passages``, because
# it is a derived cache of the search layer, not part of the declared record schema.
_VECTOR_DDL = "CREATE TABLE IF NOT EXISTS passage_vectors (key VARCHAR PRIMARY KEY, vec FLOAT[])"


def _text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def cached_vectors(store: Store, texts: list[str], embed) -> np.ndarray:
    """Return one unit vector per text, embedding (and caching in the store) only the texts not seen before.

    Args:
        store: the open store; the cache lives in its ``passage_vectors`` table.
        texts: the texts, in order.
        embed: ``list[str] -> np.ndarray`` (n, dim) of unit vectors (``storyscope.embed.embed``).

    Returns:
        a float32 array of shape ``(len(texts), dim)``.
    """
    con = store.con
    read_only = getattr(store, "read_only", False)
    cache = not read_only or bool(con.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_name = 'passage_vectors'").fetchone())
    if not read_only:
        con.execute(_VECTOR_DDL)
    keys = [_text_key(t) for t in texts]
    wanted = sorted(set(keys))
    found: dict[str, np.ndarray] = {}
    if wanted and cache:
        # (a join with the keys as a registered table: "key IN (SELECT unnest(?))" took ~7x as long)
        con.register("_wanted_keys", pa.table({"key": wanted}))
        try:
            table = con.execute("SELECT v.key, v.vec FROM passage_vectors v JOIN _wanted_keys w ON v.key = w.key"
                                ).to_arrow_table()
        finally:
            con.unregister("_wanted_keys")
        if table.num_rows:
            # (through Arrow, not one Python list per vector: a few hundred vectors a claim add up)
            vecs = table.column("vec").combine_chunks()
            flat = vecs.flatten().to_numpy(zero_copy_only=False).astype(np.float32, copy=False)
            if len(set(pc.list_value_length(vecs).to_pylist())) > 1:
                raise ValueError("passage_vectors holds vectors of different lengths; delete the table to rebuild it")
            found = dict(zip(table.column("key").to_pylist(), flat.reshape(table.num_rows, -1)))
    missing = {k: t for k, t in zip(keys, texts) if k not in found}
    if missing:
        new_keys = list(missing)
        vecs = np.asarray(embed([missing[k] for k in new_keys]), dtype=np.float32)
        if not read_only:  # (a read-only store embeds anew each time)
            con.register("_new_vectors", pa.table({"key": new_keys, "vec": [v.tolist() for v in vecs]}))
            try:
                con.execute("INSERT OR IGNORE INTO passage_vectors SELECT key, vec FROM _new_vectors")
            finally:
                con.unregister("_new_vectors")
        found.update(zip(new_keys, vecs))
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.stack([found[k] for k in keys])


def claim_mention_passages(store: Store) -> list[tuple[str, str, float, str, int, int, str, str, str | None]]:
    """Return the dossier's claim mentions with their claim.

    Returns:
        ``(claim_id, claim_text, checkworthiness, article, start, end, text, stance, attributed_to)``
        tuples, most check-worthy claims first.
    """
    rows = store.con.execute("""
        SELECT c.id, c.text, c.checkworthiness, m.article, m.start, m."end", m.text, m.stance, m.attributed_to
        FROM claims c JOIN claim_mentions m ON m.claim_id = c.id
        ORDER BY c.independent_sources DESC, c.checkworthiness DESC, c.id, m.idx""").fetchall()
    return [tuple(r) for r in rows]
