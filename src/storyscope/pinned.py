"""Save and load the project's small scikit-learn models, pinned to the version that wrote them.

A scikit-learn pickle is only valid for the version that wrote it, so every
model folder holds ``<model>.joblib`` plus ``meta.json`` recording that version;
loading under another version fails with a message naming the fix.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path


def runtime_versions() -> dict[str, str]:
    """Return the scikit-learn, numpy and Python versions to record in a model's meta (``read_pinned`` checks sklearn)."""
    import sys

    import numpy as np
    import sklearn

    return {"sklearn": sklearn.__version__, "numpy": np.__version__,
            "python": ".".join(map(str, sys.version_info[:2]))}


def save_pinned(payload: object, meta: dict, folder: Path, model_file: str, meta_file: str = "meta.json") -> Path:
    """Write ``payload`` (joblib) and ``meta`` (JSON) into ``folder``; return the joblib path."""
    import joblib

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / model_file
    joblib.dump(payload, path, compress=3)
    (folder / meta_file).write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return path


def read_pinned(folder: Path, model_file: str, what: str, retrain: str,
                error: Callable[[str], Exception], meta_file: str = "meta.json") -> tuple[object, dict]:
    """Load ``(payload, meta)`` saved by ``save_pinned``.

    Args:
        folder: the model folder.
        model_file: the joblib file name in it.
        what: how messages name the model ("stance model").
        retrain: the command that rebuilds it.
        error: builds the exception to raise from a message.

    Raises:
        whatever ``error`` builds: files missing, another scikit-learn version, or an unreadable file.
    """
    import joblib
    import sklearn

    path, meta_path = folder / model_file, folder / meta_file
    if not path.exists() or not meta_path.exists():
        raise error(f"{what} not found in {folder} (need {model_file} and {meta_file}). "
                    f"Rebuild it with `{retrain}`.")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if meta.get("sklearn") != sklearn.__version__:
        raise error(
            f"{what} in {folder} was saved with scikit-learn {meta.get('sklearn')} but {sklearn.__version__} "
            f"is installed; its pickle is only valid for the version that wrote it. "
            f"Install scikit-learn=={meta.get('sklearn')} or retrain with `{retrain}`.")
    try:
        payload = joblib.load(path)
    except Exception as exc:  # a corrupt or truncated file: say which and how to fix it
        raise error(f"{what} {path} could not be read ({exc}). Retrain with `{retrain}`.") from exc
    return payload, meta
