"""The torch-free sentence embedder: shape, unit length, meaning, order, missing files."""

from pathlib import Path

import numpy as np
import pytest

from storyscope.embed import DIM, EmbedderError, embed, load_embedder, read_embedder
from storyscope.errors import StoryscopeError

pytestmark = pytest.mark.slow

SENTENCES = [
    "The harbour bridge will close for repairs next week.",
    "Repairs will shut the bridge over the harbour for several days next week.",
    "My grandmother bakes the best apple pie in the village.",
]


def test_shape_and_dtype() -> None:
    vecs = embed(SENTENCES)
    assert vecs.shape == (3, DIM)
    assert vecs.dtype == np.float32


def test_vectors_have_unit_length() -> None:
    norms = np.linalg.norm(embed(SENTENCES + ["", "Ok."]), axis=1)
    assert np.allclose(norms, 1.0, atol=1e-3)


def test_paraphrase_closer_than_unrelated() -> None:
    a, b, c = embed(SENTENCES)
    assert float(a @ b) > float(a @ c) + 0.2


def test_same_input_gives_same_vectors() -> None:
    assert np.array_equal(embed(SENTENCES), embed(SENTENCES))


@pytest.mark.parametrize("batch_size", [1, 2, 32])
def test_order_and_batch_size_barely_change_vectors(batch_size: int) -> None:
    # Dynamic int8 quantises activations with one scale per batch, so a text's vector depends a little
    # on its batch neighbours (cosine about 0.98-0.99), but each vector stays in input order.
    texts = SENTENCES + ["A much longer sentence about the town council's budget for the coming year, "
                         "which was debated late into the night by all twelve members."]
    ref = embed(texts)
    got = load_embedder().embed(texts[::-1], batch_size=batch_size)[::-1]
    assert (ref * got).sum(axis=1).min() > 0.95


def test_long_text_is_truncated_not_rejected() -> None:
    vecs = embed(["word " * 2000])
    assert vecs.shape == (1, DIM)


def test_empty_list() -> None:
    assert embed([]).shape == (0, DIM)


def test_missing_files_raise_e019(tmp_path: Path) -> None:
    with pytest.raises(EmbedderError) as info:
        read_embedder(tmp_path)
    assert isinstance(info.value, StoryscopeError)
    assert info.value.code == "E019"
    assert "export_minilm_onnx.py" in str(info.value)


def test_bad_batch_size() -> None:
    with pytest.raises(ValueError, match="batch_size"):
        load_embedder().embed(SENTENCES, batch_size=0)
