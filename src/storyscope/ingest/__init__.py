"""Ingest: files, folders and JSONL into ``RawDocument`` records or ``Skip`` reasons."""

from storyscope.ingest.readers import StoredIds, article_id, discover, read_inputs, source_file

__all__ = ["StoredIds", "article_id", "discover", "read_inputs", "source_file"]
