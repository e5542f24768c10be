"""Fixtures for the annotate tests: one spaCy pipeline per session."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from storyscope.model import Annotations, Article


def _article(text: str, article_id: str = "t1") -> Article:
    """A minimal Article around ``text`` (what the clean stage would hand over)."""
    return Article(id=article_id, source=f"{article_id}.txt", title=None, published=None, outlet=None,
                   language="en", text=text, content_hash="")


@pytest.fixture(scope="session")
def make_article() -> Callable[..., Article]:
    """Build a minimal Article: ``make_article(text, article_id="t1")``."""
    return _article


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The full English pipeline, loaded once."""
    from storyscope.annotate import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def annotate(nlp: Any) -> Callable[[str], Annotations]:
    """Annotate a text with the session pipeline."""
    from storyscope.annotate import annotate_articles

    def run(text: str) -> Annotations:
        return annotate_articles(nlp, [_article(text)])[0].annotations

    return run
