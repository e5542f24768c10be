"""The corpus stages give the same result whatever Python's hash seed (set and dict order)."""

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow  # two processes build a 3,000-article synthetic corpus

SCRIPT = """
import hashlib
from storyscope.bench.scale import synthetic_articles
from storyscope.corpus import build_corpus
corpus = build_corpus(synthetic_articles(3000, 0))
print(hashlib.sha1(repr(corpus).encode()).hexdigest())
"""


def test_corpus_does_not_depend_on_the_hash_seed():
    digests = set()
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True,
                             env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"}, timeout=300)
        digests.add(out.stdout.strip())
    assert len(digests) == 1
