"""Ingest: files, folders and JSONL into ``RawDocument`` records or ``Skip`` reasons."""

from storyscope.ingest.readers import article_id, discover, read_inputs

__all__ = ["article_id", "discover", "read_inputs"]
