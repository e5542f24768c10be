"""Ray Data adapter: the same ``process_batch`` behind ``Dataset.map_batches``.

Ray is not a dependency of the default install. With Ray installed::

    import ray
    ds = ray.data.from_items([raw_document_to_row(d) for d in docs])
    out = ds.map_batches(RayStage, fn_constructor_args=(settings,), batch_size=16,
                         concurrency=4, batch_format="pandas")

Each row of ``out`` carries the article id, ``ok`` and either the pickled
``AnnotatedArticle`` or the skip reason; the driver stores them as the local
runner's results are stored.
"""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

from storyscope.engine.stages import process_batch
from storyscope.model import AnnotatedArticle, RawDocument
from storyscope.settings import Settings


def raw_document_to_row(doc: RawDocument) -> dict[str, Any]:
    """Return a flat dict row for a raw document (Ray Data rows are dicts)."""
    return dataclasses.asdict(doc)


def rows_to_documents(columns: dict[str, list]) -> list[RawDocument]:
    """Return the raw documents of a column batch named after ``RawDocument`` fields."""
    names = [f.name for f in dataclasses.fields(RawDocument)]
    return [RawDocument(**{n: columns[n][i] for n in names}) for i in range(len(columns["id"]))]


def _to_columns(results: list, docs: list[RawDocument]) -> dict[str, list]:
    out: dict[str, list] = {"id": [], "ok": [], "payload": [], "reason": []}
    for doc, result in zip(docs, results):
        ok = isinstance(result, AnnotatedArticle)
        out["id"].append(doc.id)
        out["ok"].append(ok)
        out["payload"].append(pickle.dumps(result) if ok else b"")
        out["reason"].append("" if ok else result.reason)
    return out


class RayStage:
    """A callable class for ``map_batches``: settings fixed per actor, model loaded once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __call__(self, batch: Any) -> dict[str, list]:
        """Process one batch (a dict of columns or a pandas DataFrame)."""
        columns = batch if isinstance(batch, dict) else {c: list(batch[c]) for c in batch.columns}
        docs = rows_to_documents(columns)
        return _to_columns(process_batch(docs, self.settings), docs)
