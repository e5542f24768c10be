"""Nested attributions as chains: "Norpress reported that minister Brandt said the border would close".

The attribution step finds both links of such a chain — Norpress relaying
something, and Brandt saying something inside what Norpress relays. This
module names the outer link of each inner one, so the dossier can say the
minister's words reach us via Norpress. Pure: one document's attributions in,
one answer per attribution out.
"""

from __future__ import annotations

from collections.abc import Sequence

from storyscope.model import Attribution


def enclosing_attributions(attributions: Sequence[Attribution]) -> list[int | None]:
    """Return, for each attribution, the index of the attribution that relays it, or None.

    An attribution is relayed by another when its cue, its source words (when
    it has any) and its content all lie inside the other's content, and that
    content is longer than its own. Of several such, the innermost (shortest
    content) is the next link of the chain, so an outlet citing an outlet
    citing a person reads person -> inner outlet -> outer outlet.
    """
    out: list[int | None] = []
    for a in attributions:
        best: int | None = None
        for j, b in enumerate(attributions):
            if b is a or b.end - b.start <= a.end - a.start:
                continue
            inside = b.start <= a.cue_start and a.cue_end <= b.end and b.start <= a.start and a.end <= b.end
            if inside and a.source_start is not None:
                inside = b.start <= a.source_start and a.source_end <= b.end
            if inside and (best is None or b.end - b.start < attributions[best].end - attributions[best].start):
                best = j
        out.append(best)
    return out
