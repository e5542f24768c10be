"""A MiniLM cross-encoder that reads claim and text together: agree / disagree / discuss for related pairs.

The feature model (``model.py``) decides well whether a body is related to a claim, but which way a
related body leans is carried by wording it cannot see in bag-of-words features on claims it has never
met. This head reads the claim and the body's passage about it in one transformer pass (all-MiniLM-L6-v2
fine-tuned on FNC-1's related pairs by ``scripts/train_stance_cross_encoder.py``), exported to an int8
ONNX graph, so at run time only ``onnxruntime`` and ``tokenizers`` are needed.

A body is longer than the 128 word pieces the head reads, so ``select_passage`` keeps the sentences that
share the most words with the claim, and sentences that deny or debunk, in their own order. The same
function builds the training inputs, so training and run time see the same passages.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storyscope.embed.onnx import open_onnx
from storyscope.verify.stance.features import REFUTING, content_stems, split_sentences, tokenize

# The versioned name of this head, recorded in bench output and meta.json.
CROSS_MODEL_NAME = "stance.minilm_cross_int8.v3"
MODEL_DIR = Path(__file__).resolve().parent / "model"
ONNX_FILE = "cross-int8.onnx"
META_FILE = "cross_meta.json"
# The tokenizer is the embedder's (same vocabulary: the head is fine-tuned from the same MiniLM).
TOKENIZER_FILE = Path(__file__).resolve().parents[2] / "embed" / "model" / "tokenizer.json"
# Output order of the graph's logits.
CROSS_LABELS = ("agree", "disagree", "discuss")
# Word pieces per pair, [CLS] claim [SEP] passage [SEP]; the passage is cut to fit. Chosen for CPU cost
# (issue 6): 11.5 training pairs/s at 128 on this machine's two cores, 9.5 at 192.
MAX_TOKENS = 128
# Words of body text ``select_passage`` keeps: about 100 word pieces, what is left after a claim.
PASSAGE_WORDS = 80
# A sentence holding a refuting word ranks as if it shared this many more words with the claim: a
# denial is what the disagree class turns on, and it often shares few words with the claim it denies.
REFUTING_BONUS = 1.0
THREADS = 2
BATCH_SIZE = 32
# How a pair longer than MAX_TOKENS is cut: the longer side first, so a long passage loses its tail and a
# claim of 100 words or more is cut too ("only_second" raises on such a claim in tokenizers 0.23).
TRUNCATION = "longest_first"


def headline_digest(headline: str) -> str:
    """Return a short digest of ``headline`` (lower-cased, spaces collapsed): how ``cross_meta.json`` lists
    the training headlines without holding their text, so a bench can check its dev part against them."""
    return hashlib.sha1(" ".join(headline.lower().split()).encode("utf-8")).hexdigest()[:16]


class CrossEncoderError(Exception):
    """Raised (wrapped by the stance model's error) when the cross-encoder files cannot be used."""


@functools.lru_cache(maxsize=256)
def _sentences(text: str) -> tuple[tuple[str, frozenset[str], bool, int], ...]:
    """Per sentence of ``text``: the sentence, its content stems, whether it holds a refuting word, its words.

    Cached: a body is shared by the many claims paired with it.
    """
    out = []
    for sentence in split_sentences(text):
        tokens = tokenize(sentence)
        out.append((sentence, frozenset(content_stems(tokens)), any(t in REFUTING for t in tokens),
                    len(sentence.split())))
    return tuple(out)


def select_passage(claim: str, text: str, words: int = PASSAGE_WORDS) -> str:
    """Return the part of ``text`` a reader of ``claim`` needs: best sentences first, in text order.

    Each sentence scores the number of distinct claim stems it shares, plus ``REFUTING_BONUS`` when it
    holds a refuting word; the first sentence wins ties. Sentences are taken best first until ``words``
    words are kept (at least one sentence; a single long sentence is cut at ``words`` words), then put
    back in the order of the text.

    Args:
        claim: the claim (a headline).
        text: the body.
        words: how many words of ``text`` to keep.
    """
    sentences = _sentences(text)
    claim_stems = set(content_stems(tokenize(claim)))
    scored = sorted((-(len(claim_stems & stems) + (REFUTING_BONUS if refuting else 0.0)), i, n)
                    for i, (_, stems, refuting, n) in enumerate(sentences))
    kept, used = [], 0
    for _, i, n in scored:
        if kept and used + n > words:
            continue
        kept.append(i)
        used += n
        if used >= words:
            break
    passage = " ".join(sentences[i][0] for i in sorted(kept))
    parts = passage.split()
    return " ".join(parts[:words]) if len(parts) > words else passage


@dataclass
class CrossEncoder:
    """An onnxruntime session over the fine-tuned head and its tokenizer."""

    session: object
    tokenizer: object
    meta: dict = field(default_factory=dict)

    def probabilities(self, pairs: list[tuple[str, str]], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Return P(agree, disagree, discuss) per ``(claim, text)`` pair, shape ``(len(pairs), 3)``.

        The text is first cut to its passage about the claim (``select_passage``); pairs are batched by
        length. Dynamic int8 quantises activations per batch, so a pair's probabilities move slightly
        with its batch neighbours.
        """
        out = np.zeros((len(pairs), len(CROSS_LABELS)), dtype=np.float32)
        inputs = [(claim or "", select_passage(claim or "", text or "")) for claim, text in pairs]
        order = sorted(range(len(inputs)), key=lambda i: len(inputs[i][0]) + len(inputs[i][1]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            enc = self.tokenizer.encode_batch([inputs[i] for i in idx])
            ids = np.asarray([e.ids for e in enc], dtype=np.int64)
            mask = np.asarray([e.attention_mask for e in enc], dtype=np.int64)
            types = np.asarray([e.type_ids for e in enc], dtype=np.int64)
            (logits,) = self.session.run(["logits"], {"input_ids": ids, "attention_mask": mask,
                                                       "token_type_ids": types})
            logits = logits - logits.max(axis=1, keepdims=True)
            prob = np.exp(logits)
            out[idx] = prob / prob.sum(axis=1, keepdims=True)
        return out


def read_cross_encoder(folder: Path = MODEL_DIR, threads: int = THREADS) -> CrossEncoder:
    """Load the head's ONNX graph from ``folder`` and the embedder's tokenizer (uncached).

    Raises:
        CrossEncoderError: when a file is missing or unreadable, or onnxruntime/tokenizers is missing.
    """
    folder = Path(folder)
    if not (folder / ONNX_FILE).exists() or not TOKENIZER_FILE.exists():
        raise CrossEncoderError(f"{ONNX_FILE} (in {folder}) or {TOKENIZER_FILE} not found. Reinstall storyscope, "
                                "or rebuild the head with scripts/train_stance_cross_encoder.py.")
    try:
        # Threads that spin while waiting burn the CPU that parse workers and other jobs need.
        session, tokenizer = open_onnx(folder / ONNX_FILE, TOKENIZER_FILE, MAX_TOKENS, threads,
                                       truncation=TRUNCATION, allow_spinning=False)
    except ImportError as exc:
        raise CrossEncoderError(f"{exc.name} is not installed; `pip install onnxruntime tokenizers`.") from exc
    except Exception as exc:  # a corrupt or truncated file: say which and how to fix it
        raise CrossEncoderError(f"{folder / ONNX_FILE} could not be read ({exc}). "
                                "Rebuild it with scripts/train_stance_cross_encoder.py.") from exc
    meta_path = folder / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return CrossEncoder(session=session, tokenizer=tokenizer, meta=meta)


@functools.cache
def load_cross_encoder() -> CrossEncoder:
    """Return the committed head, loaded on first call and cached for the process."""
    return read_cross_encoder(MODEL_DIR)
