"""Language identification with py3langid (ISO 639-1 codes such as ``"en"``)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

# Below this many characters py3langid guesses from a handful of n-grams and is
# often wrong (a byline or a name); report no language rather than a guess.
MIN_LANGID_CHARS = 20
# Normalised probability under which the top language is a coin toss between
# related languages; report None so downstream does not trust it.
MIN_LANGID_CONFIDENCE = 0.5
# Enough text to decide: on the extraction dev pages scoring 5,000 characters cost
# more than the whole text cleaning; the first 1,000 give the same answers on the seeds.
MAX_LANGID_CHARS = 1000
# Varieties the model tells apart under one ISO 639-1 code: Chinese (Mandarin, Cantonese, Wu) is "zh", Arabic's
# Moroccan and Egyptian "ar". A Traditional Chinese text splits its probability between zh and yue, and neither
# alone is confident.
_MACROLANGUAGE = {"yue": "zh", "wuu": "zh", "ary": "ar", "arz": "ar"}


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """Load the py3langid model once per process, on first use (never at import)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """Guess the language of ``text``.

    Args:
        text: article body.

    Returns:
        An ISO 639-1 code such as ``"en"`` (Chinese varieties are ``"zh"``), or None when the text is too
        short or the guess is not confident.
    """
    sample = text.strip()[:MAX_LANGID_CHARS]
    if len(sample) < MIN_LANGID_CHARS:
        return None
    scores: dict[str, float] = {}
    for lang, prob in _identifier().rank(sample):
        code = _MACROLANGUAGE.get(lang, lang)
        scores[code] = scores.get(code, 0.0) + prob
    lang, prob = max(scores.items(), key=lambda item: item[1])
    return str(lang) if prob >= MIN_LANGID_CONFIDENCE else None
