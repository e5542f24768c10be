"""The store: one DuckDB file with a declared, versioned schema."""

from storyscope.store.duck import Store

__all__ = ["Store"]
