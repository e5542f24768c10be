"""Reproduce the committed stance model: train on all of FNC-1 train, save to the package.

Usage: .venv/bin/python scripts/train_stance.py [--data ../shared/data/fnc1] [--out DIR]

Deterministic: the seed is ``storyscope.verify.stance.model.SEED``. The pickle
is valid only under the scikit-learn version recorded in ``meta.json``; after
upgrading scikit-learn, re-run this script and commit the result. Dev-split
figures come from ``storyscope bench fnc1`` (which trains its own model on
the train part only).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from storyscope.bench.datasets import fnc1_bodies
from storyscope.bench.fnc1 import fnc1_pairs
from storyscope.verify.stance.model import MODEL_DIR, SEED, save_stance_model, train_stance_model

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    """Train on every FNC-1 training pair and write the model files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "fnc1")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    bodies = dict(fnc1_bodies(args.data))
    rows = fnc1_pairs(args.data)
    pairs = [(headline, bodies[body]) for headline, body, _ in rows]
    labels = [stance for _, _, stance in rows]
    start = time.perf_counter()
    model = train_stance_model(pairs, labels, seed=SEED)
    model.meta["data"] = "FNC-1 train (all 49,972 pairs)"
    path = save_stance_model(model, args.out)
    print(f"trained on {len(pairs)} pairs in {time.perf_counter() - start:.0f} s; "
          f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB), scikit-learn {model.meta['sklearn']}")


if __name__ == "__main__":
    main()
