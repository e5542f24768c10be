"""Full-text (BM25) search over stored sentences, with DuckDB's fts extension loaded offline."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from storyscope.errors import StoryscopeError
from storyscope.store.duck import Store


def _fts_extension_path() -> Path:
    import duckdb_extension_fts  # the PyPI wheel that ships the extension binary

    version = "v" + duckdb.__version__
    return Path(duckdb_extension_fts.__file__).parent / "extensions" / version / "fts.duckdb_extension"


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
    con.execute("""
        CREATE OR REPLACE TABLE passages AS
        SELECT row_number() OVER (ORDER BY s.article_id, s.idx) AS pid, s.article_id, s.start, s."end",
               substr(a.text, s.start + 1, s."end" - s.start) AS text
        FROM sentences s JOIN articles a ON a.id = s.article_id""")
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
