"""Build src/storyscope/verify/synonyms.json: WordNet 3.0 synonym groups of each word's first sense.

``check`` asks whether a passage covers the words of a claim; a user's "supply" is the writer's "provide", a
"repair" their "fix". This script reads the Princeton WordNet 3.0 database (Debian: ``apt-get install
wordnet-base``, which puts it in /usr/share/wordnet) and keeps, per part of speech, each synset that is the
*first* (most frequent) sense of at least two of its single-word members: those members form a group. Taking
only first senses keeps the groups to what the words usually mean ("decline" and "worsen" share a first sense,
"decline" and "refuse" do not).

Run:  python scripts/build_synonyms.py [--wordnet DIR] [--senses K] [--out FILE]

The WordNet licence asks that its notice travel with every copy of the database or part of it: it is written
into the JSON file.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storyscope" / "verify" / "synonyms.json"
POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
NOTICE = (
    "WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS "
    "PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY "
    "OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-ABILITY "
    "OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL "
    "NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University "
    "or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or "
    "database. Title to copyright in this software, database and any associated documentation shall at all times "
    "remain with Princeton University and LICENSEE agrees to preserve same. (Groups derived from the WordNet 3.0 "
    "database by scripts/build_synonyms.py; licence: https://wordnet.princeton.edu/license-and-commercial-use)"
)
# Shortest member kept: two-letter members are mostly symbols and abbreviations ("ag" for silver).
MIN_LETTERS = 3


def first_senses(index_file: Path, senses: int) -> dict[str, list[str]]:
    """Return lemma -> offsets of its first ``senses`` synsets, read from a WordNet ``index.<pos>`` file."""
    out = {}
    for line in index_file.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header
        fields = line.split()
        n_synsets, n_pointers = int(fields[2]), int(fields[3])
        offsets = fields[4 + n_pointers + 2:]
        if len(offsets) != n_synsets:
            raise ValueError(f"{index_file}: unexpected line {line[:60]!r}")
        out[fields[0]] = offsets[:senses]
    return out


def synset_members(data_file: Path) -> dict[str, list[str]]:
    """Return offset -> member words (lower-cased, adjective markers dropped), read from a ``data.<pos>`` file."""
    out = {}
    for line in data_file.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split()
        n_words = int(fields[3], 16)
        out[fields[0]] = [fields[4 + 2 * i].lower().split("(")[0] for i in range(n_words)]
    return out


def synonym_groups(wordnet: Path, senses: int = 1) -> dict[str, list[list[str]]]:
    """Return part of speech (n, v, a, r) -> groups: per synset, the single words it is a first sense of."""
    groups: dict[str, list[list[str]]] = {}
    for pos, name in POS_FILES.items():
        first = first_senses(wordnet / f"index.{name}", senses)
        members = synset_members(wordnet / f"data.{name}")
        seen = set()
        for offsets in first.values():
            for offset in offsets:
                if offset in seen:
                    continue
                seen.add(offset)
                words = sorted({w for w in members[offset] if offset in first.get(w, ())
                                and w.isalpha() and len(w) >= MIN_LETTERS})
                if len(words) >= 2:
                    groups.setdefault(pos, []).append(words)
        if pos in groups:
            groups[pos].sort()
    return groups


def main() -> None:
    """Write the synonym groups JSON (see the module docstring)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"),
                        help="folder of the WordNet 3.0 database (index.noun, data.noun, ...)")
    parser.add_argument("--senses", type=int, default=1, help="how many of each word's first senses count")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    groups = synonym_groups(args.wordnet, args.senses)
    count = sum(len(g) for g in groups.values())
    meta = {"name": f"wordnet3.0.first{args.senses}", "senses": args.senses, "min_letters": MIN_LETTERS,
            "groups_count": count, "notice": NOTICE}
    # one part of speech per line, so that a rebuild's diff says which moved
    body = ",\n".join(f"{json.dumps(pos)}: {json.dumps(g, ensure_ascii=True)}" for pos, g in groups.items())
    args.out.write_text(json.dumps(meta, ensure_ascii=True)[:-1] + ', "groups": {\n' + body + "\n}}\n",
                        encoding="utf-8")
    print(f"{count} groups, {sum(len(w) for g in groups.values() for w in g)} words -> {args.out}")


if __name__ == "__main__":
    main()
