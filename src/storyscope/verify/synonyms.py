"""Words of one meaning: a user's "supply" for the writer's "provide", "mend" for "repair", "biggest" for "largest".

``check`` weighs a passage by the share of a claim's words it holds (``stance_rules.covered_share``); a claim in the
user's own words loses that share wherever the writer chose a synonym. ``synonyms.json`` beside this module holds
WordNet 3.0's synonym groups of each word's first sense, built by ``scripts/build_synonyms.py`` and kept only where
that sense is the word's usual one (tagged twice as often as the second in WordNet's corpus), in its usual part of
speech, and not a word whose news sense differs ("sanction"): 375 groups, "supply" = "provide", "repair" = "mend",
"big" = "large". Two words are synonyms here when they share such a group. The words of a group are matched in
every inflection (lemminflect) and, where unambiguous, in the stem ``stance_rules.stem`` gives them, since coverage
compares stems. Coverage only: whether a passage states the claim's action is left to ``actions``' own lists.

The table is read on first use, never at import.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from lemminflect import getAllInflections

from storyscope.errors import StoryscopeError

SYNONYMS_PATH = Path(__file__).with_name("synonyms.json")
# lemminflect's part of speech per WordNet one.
_UPOS = {"n": "NOUN", "v": "VERB", "a": "ADJ", "r": "ADV"}
_NONE: frozenset[int] = frozenset()
# Shortest stem kept as a form (see ``_groups_of_forms``).
MIN_STEM = 4
# Words of one meaning in news that WordNet's usual senses keep apart, each group as ``((part of speech, word),
# ...)``: a war's "bloodiest" month is its "deadliest"; a deal that "depended on" a recognition was "conditional"
# on it.
NEWS_GROUPS = ((("a", "deadly"), ("a", "bloody")),
               (("a", "conditional"), ("a", "contingent"), ("v", "depend"), ("v", "hinge")))


def _inflections(word: str, pos: str) -> set[str]:
    """Return ``word`` and its inflections as that part of speech."""
    forms = {word}
    for inflected in getAllInflections(word, upos=_UPOS[pos]).values():
        forms.update(inflected)
    return forms


@functools.cache
def _groups_of_forms() -> dict[str, frozenset[int]]:
    """Return form -> the ids of the synonym groups it belongs to, read from ``synonyms.json`` once.

    A form is a member's inflection, or the stem ``stance_rules.stem`` gives it where that stem is at least
    ``MIN_STEM`` letters, comes from one member only and is no other member's inflection ("suppli" for "supplied",
    "larg" for "large").
    """
    from storyscope.verify.stance_rules import stem  # (stance_rules reads this module: imported late)

    try:
        data = json.loads(SYNONYMS_PATH.read_text(encoding="utf-8"))
        groups = data["groups"]
    except (OSError, ValueError, KeyError) as exc:
        raise StoryscopeError("E019", name="synonym table", why=f"{SYNONYMS_PATH} could not be read ({exc}); "
                              "reinstall storyscope or rebuild it with scripts/build_synonyms.py") from exc
    surface: dict[str, set[int]] = {}
    stems: dict[str, set[tuple[str, str]]] = {}
    stem_groups: dict[str, set[int]] = {}
    members = [[(pos, word) for word in words] for pos, pos_groups in groups.items() for words in pos_groups]
    for group_id, group in enumerate([*members, *NEWS_GROUPS]):
        for pos, word in group:
            for form in _inflections(word, pos):
                surface.setdefault(form, set()).add(group_id)
                form_stem = stem(form)
                stems.setdefault(form_stem, set()).add((word, pos))
                stem_groups.setdefault(form_stem, set()).add(group_id)
    out = {form: frozenset(ids) for form, ids in surface.items()}
    for form, owners in stems.items():
        if len(form) >= MIN_STEM and len(owners) == 1 and form not in surface:
            out[form] = frozenset(stem_groups[form])
    return out


def meaning_groups(word: str) -> frozenset[int]:
    """Return the ids of the synonym groups the lower-cased ``word`` (any inflection, or its stem) belongs to;
    empty for a word with no synonym."""
    return _groups_of_forms().get(word, _NONE)


def groups_of(words: set[str] | frozenset[str]) -> frozenset[int]:
    """Return the union of ``meaning_groups`` over ``words``: what a passage's words can mean."""
    table = _groups_of_forms()
    out: set[int] = set()
    for word in words:
        out |= table.get(word, _NONE)
    return frozenset(out)


def has_synonym(word: str, passage_groups: frozenset[int]) -> bool:
    """True when ``word`` shares a synonym group with the passage whose ``groups_of`` is ``passage_groups``."""
    return not meaning_groups(word).isdisjoint(passage_groups)
