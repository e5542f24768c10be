"""Language identification (storyscope.clean.language)."""

from __future__ import annotations

import pytest

from storyscope.clean.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The harbour workers stopped work on Monday and will not return until talks reopen.", "en"),
        ("Die Hafenarbeiter legten am Montag die Arbeit nieder und wollen nicht zurückkehren.", "de"),
        ("Les dockers ont cessé le travail lundi et ne reprendront pas avant les négociations.", "fr"),
    ],
)
def test_language_codes(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_too_short_text_has_no_language() -> None:
    assert detect_language("Velmora") is None
