"""Reproduce the committed stance models: the FNC-1 model, the Emergent headline head and short-text gate.

Usage: .venv/bin/python scripts/train_stance.py [--data ../shared/data/fnc1]
       [--emergent ../shared/data/emergent] [--out DIR] [--only fnc1|headline]

Deterministic: the FNC-1 model's seed is ``storyscope.verify.stance.model.SEED``;
the headline head (liblinear over n-grams and the committed MiniLM embeddings, each
text embedded alone, and small MLPs with fixed seeds) is reproducible; the short-text related gate
draws its mismatched pairs with ``storyscope.verify.stance.gate.SEED``. Pickles are valid only under
the scikit-learn version recorded in ``meta.json`` / ``headline_meta.json``;
after upgrading scikit-learn, re-run this script and commit the result.
Dev-split figures come from ``storyscope bench fnc1`` and ``storyscope bench
emergent``, which train their own models on the training parts only.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from storyscope.bench.datasets import fnc1_bodies, fnc1_pairs
from storyscope.bench.emergent import emergent_folds
from storyscope.verify.stance.gate import save_related_gate, train_related_gate
from storyscope.verify.stance.headline import save_headline_model, train_headline_model
from storyscope.verify.stance.model import MODEL_DIR, SEED, save_stance_model, train_stance_model

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def train_fnc1(data: Path, out: Path) -> None:
    """Train the FNC-1 model on every FNC-1 training pair and write its files to ``out``."""
    bodies = dict(fnc1_bodies(data))
    rows = fnc1_pairs(data)
    pairs = [(headline, bodies[body]) for headline, body, _ in rows]
    labels = [stance for _, _, stance in rows]
    start = time.perf_counter()
    model = train_stance_model(pairs, labels, seed=SEED)
    model.meta["data"] = "FNC-1 train (all 49,972 pairs)"
    path = save_stance_model(model, out)
    print(f"FNC-1 model: trained on {len(pairs)} pairs in {time.perf_counter() - start:.0f} s; "
          f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB), scikit-learn {model.meta['sklearn']}")


def train_headline(data: Path, out: Path) -> None:
    """Train the headline head and the short-text gate on all of Emergent train and write them to ``out``."""
    rows = [row for fold in emergent_folds(data) for row in fold]
    start = time.perf_counter()
    model = train_headline_model([(c, h) for c, h, _ in rows], [s for _, _, s in rows])
    model.meta["data"] = f"Emergent train, all 10 official folds ({len(rows)} headlines)"
    path = save_headline_model(model, out)
    print(f"headline head: trained on {len(rows)} pairs in {time.perf_counter() - start:.1f} s; "
          f"wrote {path} ({path.stat().st_size / 1e3:.0f} kB), scikit-learn {model.meta['sklearn']}")
    start = time.perf_counter()
    gate = train_related_gate([(c, h) for c, h, _ in rows])
    gate.meta["data"] = (f"Emergent train, all 10 official folds ({len(rows)} headlines with their claim; "
                         f"{gate.meta['negatives']} with another claim)")
    path = save_related_gate(gate, out)
    print(f"short-text gate: trained in {time.perf_counter() - start:.1f} s, threshold {gate.threshold:.4f}; "
          f"wrote {path} ({path.stat().st_size / 1e3:.0f} kB)")


def main() -> None:
    """Train the models named by ``--only`` (default both) and write their files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "fnc1")
    parser.add_argument("--emergent", type=Path, default=DATA / "emergent")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--only", choices=("fnc1", "headline"), default=None)
    args = parser.parse_args()
    if args.only in (None, "fnc1"):
        train_fnc1(args.data, args.out)
    if args.only in (None, "headline"):
        train_headline(args.emergent, args.out)


if __name__ == "__main__":
    main()
