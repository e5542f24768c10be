"""A fitted binary ``HistGradientBoostingClassifier`` as plain numpy arrays, evaluated without scikit-learn.

The line classifier runs in every worker process; loading it from a scikit-learn pickle cost each worker
~1.4 s of imports (scikit-learn, SciPy, joblib) and tied the file to the scikit-learn version that wrote it.
Its trees are a few arrays (feature, threshold, where missing values go, children, leaf values), so they are
saved with ``numpy.savez`` and walked here, all trees at once, one level per step. ``export_trees`` is the
only part that touches scikit-learn (at training time).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# The arrays of one saved model, each of shape (trees, nodes), and the scalar baseline.
_FIELDS = ("feature", "threshold", "missing_left", "left", "right", "is_leaf", "value")


@dataclass(frozen=True)
class BoostedTrees:
    """Trees padded to one node count: row ``t`` holds tree ``t``'s nodes; a leaf's children point at itself."""

    feature: np.ndarray  # int: the feature a node splits on
    threshold: np.ndarray  # float: a row goes left when its feature is <= this
    missing_left: np.ndarray  # bool: where a missing (NaN) feature goes
    left: np.ndarray  # int: child node indices
    right: np.ndarray
    is_leaf: np.ndarray  # bool
    value: np.ndarray  # float: a leaf's contribution to the raw score
    baseline: float  # the raw score before any tree
    depth: int  # the deepest leaf's depth: steps needed to reach every leaf

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        """Return P(class 1) for each row of ``x`` (rows, features), as ``predict_proba(x)[:, 1]`` would."""
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] <= self.feature.max(initial=0):
            raise ValueError(f"expected rows of at least {self.feature.max(initial=0) + 1} features, got shape {x.shape}")
        trees = np.arange(self.feature.shape[0])
        node = np.zeros((x.shape[0], trees.size), dtype=np.int64)
        rows = np.arange(x.shape[0])[:, None]
        for _ in range(self.depth):
            feature = self.feature[trees, node]
            seen = x[rows, feature]
            go_left = np.where(np.isnan(seen), self.missing_left[trees, node], seen <= self.threshold[trees, node])
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        raw = self.baseline + self.value[trees, node].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-raw))

    def save(self, path: Path) -> None:
        """Write the arrays to ``path`` (``.npz``)."""
        np.savez_compressed(path, baseline=np.array(self.baseline), depth=np.array(self.depth),
                            **{name: getattr(self, name) for name in _FIELDS})

    @classmethod
    def load(cls, path: Path) -> BoostedTrees:
        """Read trees written by ``save``, checking that they can be walked.

        Raises:
            ValueError: a missing, truncated or foreign file, or arrays that do not form trees.
        """
        try:
            with np.load(path, allow_pickle=False) as data:
                trees = cls(**{name: data[name] for name in _FIELDS}, baseline=float(data["baseline"]),
                            depth=int(data["depth"]))
        except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile) as exc:
            raise ValueError(f"{path} is not a saved trees file ({type(exc).__name__})") from exc
        shape = trees.feature.shape
        if len(shape) != 2 or any(getattr(trees, name).shape != shape for name in _FIELDS) \
                or any(getattr(trees, name).dtype.kind not in "iu" for name in ("feature", "left", "right")) \
                or trees.left.min(initial=0) < 0 or trees.left.max(initial=0) >= shape[1] \
                or trees.right.min(initial=0) < 0 or trees.right.max(initial=0) >= shape[1] \
                or trees.feature.min(initial=0) < 0 or not 0 <= trees.depth <= shape[1]:
            raise ValueError(f"{path} holds arrays that do not form trees")
        return trees


def export_trees(model: object) -> BoostedTrees:
    """Return the trees of a fitted binary ``HistGradientBoostingClassifier`` with numeric features only.

    Raises:
        ValueError: a multi-class model or one with categorical features (not needed here, not supported).
    """
    predictors = model._predictors  # one list per boosting iteration, one tree per class (one when binary)
    if any(len(per_class) != 1 for per_class in predictors) or model.is_categorical_ is not None:
        raise ValueError("only binary models over numeric features can be exported")
    nodes = [per_class[0].nodes for per_class in predictors]
    width = max(len(n) for n in nodes)

    def padded(field: str, dtype: type) -> np.ndarray:
        out = np.zeros((len(nodes), width), dtype=dtype)
        for t, n in enumerate(nodes):
            out[t, :len(n)] = n[field]
        return out

    is_leaf = padded("is_leaf", bool)
    left, right = padded("left", np.int64), padded("right", np.int64)
    own = np.broadcast_to(np.arange(width), left.shape)
    left, right = np.where(is_leaf, own, left), np.where(is_leaf, own, right)  # a leaf stays where it is
    return BoostedTrees(feature=padded("feature_idx", np.int64), threshold=padded("num_threshold", np.float64),
                        missing_left=padded("missing_go_to_left", bool), left=left, right=right, is_leaf=is_leaf,
                        value=np.where(is_leaf, padded("value", np.float64), 0.0),
                        baseline=float(np.ravel(model._baseline_prediction)[0]),
                        depth=int(max(n["depth"].max() for n in nodes)))
