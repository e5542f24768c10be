"""all-MiniLM-L6-v2 sentence embeddings from an int8 ONNX graph, without torch.

The graph and its tokenizer live in ``model/`` beside this file, written by
``scripts/export_minilm_onnx.py`` (which also records in ``model/meta.json``
how close the int8 vectors are to the torch fp32 ones). At run time only
``onnxruntime`` and ``tokenizers`` are needed. Mean pooling and L2
normalisation are inside the graph, so every vector has unit length and the
dot product of two vectors is their cosine.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from storyscope.errors import StoryscopeError

# The versioned name of this implementation, recorded by its users (bench output, meta.json).
EMBEDDER_NAME = "embed.minilm_l6_onnx_int8.v1"
MODEL_DIR = Path(__file__).resolve().parent / "model"
ONNX_FILE = "minilm-l6-int8.onnx"
TOKENIZER_FILE = "tokenizer.json"
META_FILE = "meta.json"
# Word pieces per text, [CLS] and [SEP] included; longer texts are cut. all-MiniLM-L6-v2 was trained
# with 128 (its sentence-transformers max_seq_length); must match scripts/export_minilm_onnx.py.
MAX_TOKENS = 128
DIM = 384
# onnxruntime intra-op threads. Embedding runs in the main process only (analyze after the parse
# workers have finished, check, serve), where both cores of this machine are free: on a quiet machine
# 2 threads embed 451 sentences/s against 265 with 1 (600 FNC-1 sentences, batch 32), and analyze's
# check-worthiness and claim checks on 400 articles take 5.3 s instead of 6.6 s.
THREADS = 2
BATCH_SIZE = 32


class EmbedderError(StoryscopeError):
    """The embedding model is missing or unreadable, or its runtime packages are not installed."""

    def __init__(self, message: str) -> None:  # noqa: D107 - documented on the class
        super().__init__("E019", name="embedding", why=message)


@dataclass
class Embedder:
    """An onnxruntime session and its tokenizer; ``embed`` turns texts into unit vectors."""

    session: object
    tokenizer: object
    meta: dict = field(default_factory=dict)

    def embed(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Return one L2-normalised float32 vector per text, shape ``(len(texts), 384)``, in input order.

        Texts are batched by length (less padding); each is cut at ``MAX_TOKENS`` word pieces. The
        same list always gives the same vectors, but dynamic int8 quantises activations with one scale
        per batch, so a text's vector moves a little with its batch neighbours (cosine about 0.98-0.99).

        Args:
            texts: the texts; empty strings get the vector of an empty sentence.
            batch_size: texts per onnxruntime call.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start:start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] or "" for i in idx])
            ids = np.asarray([e.ids for e in enc], dtype=np.int64)
            mask = np.asarray([e.attention_mask for e in enc], dtype=np.int64)
            (vecs,) = self.session.run(["sentence_embedding"], {"input_ids": ids, "attention_mask": mask})
            out[idx] = vecs
        return out


def open_onnx(onnx_path: Path, tokenizer_path: Path, max_tokens: int, threads: int,
              truncation: str = "longest_first", allow_spinning: bool = True) -> tuple[object, object]:
    """Open an ONNX graph on the CPU and its word-piece tokenizer; return ``(session, tokenizer)``.

    The tokenizer cuts at ``max_tokens`` (``truncation`` is the tokenizers strategy) and pads each
    batch to its longest text. ``threads`` is onnxruntime's intra-op thread count; with
    ``allow_spinning`` False the threads sleep instead of spinning while they wait.

    Raises:
        ImportError: when onnxruntime or tokenizers is not installed.
        Exception: whatever onnxruntime or tokenizers raises on a missing, corrupt or truncated file.
    """
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    tokenizer.enable_truncation(max_length=max_tokens, strategy=truncation)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    if not allow_spinning:
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(str(onnx_path), sess_options=opts, providers=["CPUExecutionProvider"])
    return session, tokenizer


def read_embedder(folder: Path = MODEL_DIR, threads: int = THREADS) -> Embedder:
    """Load the ONNX graph and tokenizer from ``folder`` (uncached; see ``load_embedder``).

    Args:
        folder: holds ``minilm-l6-int8.onnx``, ``tokenizer.json`` and ``meta.json``.
        threads: onnxruntime intra-op threads.

    Raises:
        EmbedderError: when a file is missing or unreadable, or onnxruntime/tokenizers is not installed.
    """
    folder = Path(folder)
    missing = [n for n in (ONNX_FILE, TOKENIZER_FILE) if not (folder / n).exists()]
    if missing:
        raise EmbedderError(f"{', '.join(missing)} not found in {folder}. Reinstall storyscope, or rebuild the "
                            "files with `python scripts/export_minilm_onnx.py` (in a separate venv with torch).")
    try:
        session, tokenizer = open_onnx(folder / ONNX_FILE, folder / TOKENIZER_FILE, MAX_TOKENS, threads)
    except ImportError as exc:
        raise EmbedderError(f"{exc.name} is not installed ({exc}). "
                            "Install storyscope's dependencies: `pip install onnxruntime tokenizers`.") from exc
    except Exception as exc:  # a corrupt or truncated file: say which and how to fix it
        raise EmbedderError(f"the files in {folder} could not be read ({exc}). "
                            "Rebuild them with `python scripts/export_minilm_onnx.py`.") from exc
    meta_path = folder / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return Embedder(session=session, tokenizer=tokenizer, meta=meta)


@functools.cache
def load_embedder() -> Embedder:
    """Return the committed embedder, loaded on first call and cached for the process.

    Raises:
        EmbedderError: see ``read_embedder``.
    """
    return read_embedder(MODEL_DIR)


def embed(texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
    """Embed ``texts`` with the committed model: unit float32 vectors, shape ``(len(texts), 384)``.

    Raises:
        EmbedderError: when the model cannot be loaded.
    """
    return load_embedder().embed(list(texts), batch_size=batch_size)
