"""The DuckDB schema, declared (never inferred), with its version.

Bump ``SCHEMA_VERSION`` and add a step to ``MIGRATIONS`` when a table changes.
"""

from __future__ import annotations

SCHEMA_VERSION = 8

# Per-article tables: rows are replaced as a unit when an article changes.
ARTICLE_TABLES = (
    "articles", "sentences", "entity_mentions", "attributions",
    "quantities", "citations", "claim_sentences",
)
# Corpus tables: rebuilt together after the per-article stages.
CORPUS_TABLES = (
    "stories", "entities", "claims", "claim_mentions", "conflicts",
    "citation_edges", "copies", "timeline", "article_story",
)

DDL = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, source VARCHAR, content_hash VARCHAR, kind VARCHAR,
    encoding VARCHAR, stored_at TIMESTAMP DEFAULT current_timestamp, file VARCHAR);
CREATE TABLE IF NOT EXISTS skipped (
    source VARCHAR PRIMARY KEY, id VARCHAR, stage VARCHAR, code VARCHAR, reason VARCHAR, content_hash VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, published VARCHAR, outlet VARCHAR,
    language VARCHAR, text VARCHAR, content_hash VARCHAR, url VARCHAR, removed VARCHAR[]);
CREATE TABLE IF NOT EXISTS sentences (article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS entity_mentions (
    article_id VARCHAR, idx INTEGER, text VARCHAR, label VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS attributions (
    article_id VARCHAR, idx INTEGER, speaker VARCHAR, cue VARCHAR, cue_start INTEGER, cue_end INTEGER,
    content VARCHAR, start INTEGER, "end" INTEGER, direct BOOLEAN, hedged BOOLEAN,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER, speaker_label VARCHAR,
    kind VARCHAR DEFAULT 'speech', gap_start INTEGER, gap_end INTEGER);
CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR, idx INTEGER, value DOUBLE, text VARCHAR, about VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS citations (
    article_id VARCHAR, idx INTEGER, outlet VARCHAR, cue VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS claim_sentences (
    article_id VARCHAR, idx INTEGER, text VARCHAR, start INTEGER, "end" INTEGER, stance VARCHAR,
    attributed_to VARCHAR, hedged BOOLEAN, checkworthiness DOUBLE);
CREATE TABLE IF NOT EXISTS stories (
    id VARCHAR, title VARCHAR, articles VARCHAR[], first_seen VARCHAR, last_seen VARCHAR);
CREATE TABLE IF NOT EXISTS entities (
    id VARCHAR, name VARCHAR, type VARCHAR, aliases VARCHAR[], articles VARCHAR[]);
CREATE TABLE IF NOT EXISTS claims (
    id VARCHAR, text VARCHAR, checkworthiness DOUBLE, independent_sources INTEGER);
CREATE TABLE IF NOT EXISTS claim_mentions (
    claim_id VARCHAR, idx INTEGER, article VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER,
    stance VARCHAR, attributed_to VARCHAR);
CREATE TABLE IF NOT EXISTS conflicts (
    id VARCHAR, kind VARCHAR, claims VARCHAR[], articles VARCHAR[], "values" DOUBLE[], summary VARCHAR);
CREATE TABLE IF NOT EXISTS citation_edges (
    article VARCHAR, cites VARCHAR, cue VARCHAR, start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS copies (article VARCHAR, copy_of VARCHAR, similarity DOUBLE, kind VARCHAR DEFAULT 'copy');
CREATE TABLE IF NOT EXISTS timeline (date VARCHAR, summary VARCHAR, articles VARCHAR[], claims VARCHAR[],
    precision VARCHAR DEFAULT 'day', expected BOOLEAN DEFAULT false);
CREATE TABLE IF NOT EXISTS article_story (article VARCHAR, story VARCHAR);
"""

# version -> SQL that upgrades a store from version-1 to version.
MIGRATIONS: dict[int, str] = {
    # 2: attributions say whether they are speech or a broader act ("signed", "hired").
    2: "ALTER TABLE attributions ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'speech'",
    # 3: timeline events say whether their date is a day, a month or a year.
    3: "ALTER TABLE timeline ADD COLUMN IF NOT EXISTS precision VARCHAR DEFAULT 'day'",
    # 4: copy edges say whether they are a copy or a paraphrase.
    4: "ALTER TABLE copies ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'copy'",
    # 5: attributions mark a parenthetical cue inside their content ("The risk, he said, is ...").
    5: "ALTER TABLE attributions ADD COLUMN IF NOT EXISTS gap_start INTEGER; "
       "ALTER TABLE attributions ADD COLUMN IF NOT EXISTS gap_end INTEGER",
    # 6: a file skipped after it was read keeps its text's hash, so an unchanged file is not read again.
    6: "ALTER TABLE skipped ADD COLUMN IF NOT EXISTS content_hash VARCHAR",
    # 7: timeline events say whether they were dated after the articles telling them (a plan, a forecast).
    7: "ALTER TABLE timeline ADD COLUMN IF NOT EXISTS expected BOOLEAN DEFAULT false",
    # 8: a document keeps the file it was read from, resolved, so a run from another folder knows it (its source is
    # the path as given, which only the folder the run started in resolves).
    8: "ALTER TABLE documents ADD COLUMN IF NOT EXISTS file VARCHAR",
}
