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
        # Traditional Chinese, whose probability the model splits between Mandarin and Cantonese
        ("維爾馬港口工人週一停工，十二艘貨船滯留海上。工會組織者表示，罷工將持續到港務局重新開始談判為止。", "zh"),
        ("维尔马港口工人周一停工，十二艘货船滞留海上。工会组织者表示，罢工将持续到港务局重新开始谈判为止。", "zh"),
    ],
)
def test_language_codes(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_too_short_text_has_no_language() -> None:
    assert detect_language("Velmora") is None
