"""A claim as a user typed it, made fit to judge: one place for what ``check``, the check form and the API accept."""

from __future__ import annotations

import re

from storyscope.chars import BIDI_CONTROLS, INVISIBLE_SPACES, LATIN_JOINERS
from storyscope.errors import StoryscopeError

# Longest claim ``check``, the check form and /api/check accept (a sentence or a short paragraph).
MAX_CLAIM_CHARS = 1000
# Control characters a typed claim cannot mean (a NUL from a URL's %00), invisible spaces and bidi controls; tabs and
# line breaks become spaces.
_CONTROL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff{INVISIBLE_SPACES}{BIDI_CONTROLS}]"
                      # (joiners only between Latin letters, as in article text: in Persian and emoji they join)
                      f"|{LATIN_JOINERS}|^[\u200c\u200d]+$")


def plain_typed(claim: str | None) -> str:
    """Return ``claim`` without control characters and with its spaces collapsed ("" for None)."""
    return " ".join(_CONTROL.sub("", claim or "").split())


def claim_as_typed(claim: str) -> str:
    """Return ``claim`` as ``plain_typed`` gives it, checked.

    Raises:
        StoryscopeError: E024 when nothing is left or it is over ``MAX_CLAIM_CHARS`` characters long.
    """
    text = plain_typed(claim)
    if not text:
        raise StoryscopeError("E024", why="the claim is empty", limit=MAX_CLAIM_CHARS)
    if len(text) > MAX_CLAIM_CHARS:
        raise StoryscopeError("E024", why=f"the claim is {len(text)} characters long", limit=MAX_CLAIM_CHARS)
    return text
