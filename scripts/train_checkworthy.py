"""Train the committed check-worthiness model on CheckThat! 2024 English (train; dev for the threshold).

Usage: ``python scripts/train_checkworthy.py [--data DIR]`` (default ``../shared/data/checkworthy/ct24_english``).
Writes ``src/storyscope/verify/checkworthy_model/`` (``checkworthy.joblib`` + ``meta.json``). Deterministic:
fixed seeds, and the embedder runs on one onnxruntime thread.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyscope.bench.checkworthy import SPLITS, read_ct24  # noqa: E402
from storyscope.verify.checkworthy import MODEL_DIR, save_checkworthy_model, train_checkworthy_model  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "checkworthy" / "ct24_english"


def main() -> int:
    """Train, save, print the dev figure; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    train = read_ct24(args.data / SPLITS["train"])
    dev = read_ct24(args.data / SPLITS["dev"])
    start = time.perf_counter()
    model = train_checkworthy_model([t for _, t, _ in train], [lab for _, _, lab in train],
                                    [t for _, t, _ in dev], [lab for _, _, lab in dev])
    path = save_checkworthy_model(model, MODEL_DIR)
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s; "
          f"threshold {model.threshold:.2f}, dev F1 Yes {model.meta['dev_f1_yes']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
