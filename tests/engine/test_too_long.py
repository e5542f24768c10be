"""A text longer than the parser takes is skipped with E020 (a clear reason), its batch neighbours annotated."""

import pytest

from storyscope.annotate import load_nlp
from storyscope.engine.stages import process_batch
from storyscope.model import AnnotatedArticle, RawDocument, Skip
from storyscope.settings import load_settings


@pytest.mark.slow
def test_too_long_text_is_skipped_with_its_reason_and_the_batch_goes_on() -> None:
    settings = load_settings()
    nlp = load_nlp(settings.spacy_model)
    short = "The ferry to Osk sails at dawn, the harbour master said on Monday."
    batch = [RawDocument(id="short", source="short.txt", text=short, kind="text", content_hash="s"),
             RawDocument(id="long", source="long.txt", text=(short + "\n\n") * 40, kind="text", content_hash="l")]
    limit = nlp.max_length
    nlp.max_length = 1_000  # (the real limit is a million characters: the same check, at a size a test can afford)
    try:
        results = process_batch(batch, settings)
    finally:
        nlp.max_length = limit
    assert isinstance(results[0], AnnotatedArticle)
    assert isinstance(results[1], Skip) and results[1].code == "E020"
    assert "too long to parse" in results[1].reason and "E012" not in results[1].reason


@pytest.mark.slow
def test_a_too_long_text_alone_in_its_batch_is_skipped_with_its_own_reason() -> None:
    settings = load_settings()
    nlp = load_nlp(settings.spacy_model)
    text = "The ferry to Osk sails at dawn, the harbour master said on Monday.\n\n" * 40
    limit = nlp.max_length
    nlp.max_length = 1_000
    try:
        [result] = process_batch([RawDocument(id="long", source="long.txt", text=text, kind="text",
                                              content_hash="l")], settings)
    finally:
        nlp.max_length = limit
    assert isinstance(result, Skip) and result.code == "E020" and "E012" not in result.reason
