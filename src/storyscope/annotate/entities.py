"""Named-entity mentions from spaCy's NER, trimmed to the name itself."""

from __future__ import annotations

import re
from typing import Any

from storyscope.model import EntityMention

# Leading words spaCy sometimes includes in an entity span ("the Kremlin").
LEADING_TRIM = re.compile(r"^(?:the|The|THE)\s+")
# Trailing possessive ("Kim’s", "Russia's") and stray punctuation/quotes.
TRAILING_TRIM = re.compile(r"(?:\s*[’']s|[’']|[\s\"“”‘,.;:()-])+$")
LEADING_PUNCT = re.compile(r"^[\s\"“”‘’'(-]+")

# Labels that name something; numeric labels (CARDINAL, DATE ...) are kept in
# ``entities`` too but the rules treat only these as names.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})


def trim_entity(text: str, start: int, end: int) -> tuple[int, int]:
    """Return [start, end) of ``text[start:end]`` without "the", possessive "’s" and stray marks."""
    piece = text[start:end]
    m = LEADING_PUNCT.match(piece)
    if m:
        start += m.end()
        piece = text[start:end]
    m = LEADING_TRIM.match(piece)
    if m and len(piece) > m.end():
        start += m.end()
        piece = text[start:end]
    m = TRAILING_TRIM.search(piece)
    if m and m.start() > 0:
        end = start + m.start()
    return start, end


def extract_entities(doc: Any) -> list[EntityMention]:
    """Every spaCy entity, trimmed; entities that run across a line break are dropped."""
    text = doc.text
    out: list[EntityMention] = []
    for ent in doc.ents:
        start, end = trim_entity(text, ent.start_char, ent.end_char)
        if start >= end or "\n" in text[start:end]:
            continue
        out.append(EntityMention(text[start:end], ent.label_, start, end))
    return out
