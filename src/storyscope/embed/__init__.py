"""Sentence embeddings (all-MiniLM-L6-v2, int8 ONNX) with no torch at run time.

Nothing is loaded at import: ``load_embedder()`` reads the committed model on
first call and caches it for the process.
"""

from storyscope.embed.onnx import (
    DIM,
    EMBEDDER_NAME,
    Embedder,
    EmbedderError,
    embed,
    load_embedder,
    read_embedder,
)

__all__ = ["DIM", "EMBEDDER_NAME", "Embedder", "EmbedderError", "embed", "load_embedder", "read_embedder"]
