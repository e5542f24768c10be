"""Build src/storyscope/verify/synonyms.json: WordNet 3.0 synonym groups of each word's usual sense.

``check`` asks whether a passage covers the words of a claim; a user's "supply" is the writer's "provide", a
"repair" their "mend". This script reads the Princeton WordNet 3.0 database (Debian: ``apt-get install
wordnet-base``, which puts it in /usr/share/wordnet) and keeps, for nouns, verbs and adjectives, each synset that
is the *first* sense of at least two of its single-word members: those members form a group. A member counts only
where that first sense is its usual one in WordNet's tagged corpus (``usual_sense``), where the word is used mostly
in that part of speech (``usual_part_of_speech``) and where its news sense does not differ (``NEWS_SENSES_DIFFER``):
"supply" and "provide" stay together, "sanction" and "approve" do not.

Run:  python scripts/build_synonyms.py [--wordnet DIR] [--senses K] [--out FILE]

The WordNet licence asks that its notice travel with every copy of the database or part of it: the licence text of
the database files is copied into the JSON file's ``notice``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storyscope" / "verify" / "synonyms.json"
# Nouns, verbs and adjectives: adverb groups pair words of other uses ("close" and "near").
POS_FILES = {"n": "noun", "v": "verb", "a": "adj"}
# WordNet's sense-tagging counts (cntlist.rev) per part of speech in a sense key.
SENSE_KEY_POS = {"1": "n", "2": "v", "3": "a", "5": "a"}
# A first sense counts only where it is a word's usual sense in WordNet's tagged corpus: tagged at least
# MIN_TAGGED times and DOMINANCE times as often as the second ("hold": 79 against 65, out; "large": 139, in).
MIN_TAGGED = 3
DOMINANCE = 2.0
# Words whose first WordNet sense is not their news sense: "sanction" is "approve" there, a penalty in news.
NEWS_SENSES_DIFFER = frozenset({"sanction", "fire", "charge", "strike", "bomb", "shell", "hit", "press", "cut", "back",
                                "table", "run", "stand", "order", "party", "state", "power", "force", "forces",
                                "take", "hold", "handle", "record", "release", "claim", "report", "action",
                                # (a title in news, not "main"; vague counts; "given that")
                                "chief", "dozens", "lots", "done", "through", "given", "granted", "conquer",
                                "inhibit", "suppress"})
# Shortest member kept: two-letter members are mostly symbols and abbreviations ("ag" for silver).
MIN_LETTERS = 3
# Where the notice comes from and what was done to the database, added after WordNet's own licence text.
DERIVED = ("Synonym groups derived from the WordNet 3.0 database by storyscope's scripts/build_synonyms.py; "
           "WordNet: https://wordnet.princeton.edu")


def licence_text(data_file: Path) -> str:
    """Return WordNet's licence as its database files carry it: the numbered header lines of ``data_file``, verbatim
    but for the line numbers and line breaks (paragraphs kept)."""
    lines = []
    for line in data_file.read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            break
        lines.append(re.sub(r"^\s+\d+\s?", "", line).rstrip())
    return "\n".join(" ".join(p.split("\n")) for p in "\n".join(lines).split("\n\n")).strip()


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


def sense_counts(wordnet: Path) -> dict[tuple[str, str], dict[int, int]]:
    """Return (lemma, part of speech) -> sense number -> times tagged, read from ``cntlist.rev``; empty when the
    file is missing."""
    out: dict[tuple[str, str], dict[int, int]] = {}
    path = wordnet / "cntlist.rev"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sense, count = line.split()
        lemma, _, rest = key.partition("%")
        pos = SENSE_KEY_POS.get(rest[:1])
        if pos:
            out.setdefault((lemma, pos), {})[int(sense)] = int(count)
    return out


def usual_part_of_speech(counts: dict[tuple[str, str], dict[int, int]], word: str, pos: str) -> bool:
    """True when ``word`` is tagged at least as often as ``pos`` as in any other part of speech: coverage reads
    words without their part of speech, so "last" ("last week") must not stand for the noun "close"."""
    tagged = {p: sum(counts.get((word, p), {}).values()) for p in ("n", "v", "a")}
    return tagged[pos] >= max(tagged.values())


def usual_sense(counts: dict[int, int] | None) -> bool:
    """True when a word's first sense is its usual one (see ``MIN_TAGGED`` and ``DOMINANCE``)."""
    if not counts:
        return False
    first = counts.get(1, 0)
    return first >= MIN_TAGGED and first >= DOMINANCE * counts.get(2, 0)


def synonym_groups(wordnet: Path, senses: int = 1, dominant: bool = True) -> dict[str, list[list[str]]]:
    """Return part of speech (n, v, a) -> groups: per synset, the single words it is the first sense of (with
    ``dominant``, only words whose first sense is their usual one, used mostly as that part of speech, none of
    ``NEWS_SENSES_DIFFER``)."""
    groups: dict[str, list[list[str]]] = {}
    counts = sense_counts(wordnet) if dominant else {}
    for pos, name in POS_FILES.items():
        first = first_senses(wordnet / f"index.{name}", senses)
        if dominant:
            first = {w: offs for w, offs in first.items()
                     if w not in NEWS_SENSES_DIFFER and usual_sense(counts.get((w, pos)))
                     and usual_part_of_speech(counts, w, pos)}
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
            "groups_count": count, "notice": licence_text(args.wordnet / "data.noun") + "\n\n" + DERIVED}
    # one part of speech per line, so that a rebuild's diff says which moved
    body = ",\n".join(f"{json.dumps(pos)}: {json.dumps(g, ensure_ascii=True)}" for pos, g in groups.items())
    args.out.write_text(json.dumps(meta, ensure_ascii=True)[:-1] + ', "groups": {\n' + body + "\n}}\n",
                        encoding="utf-8")
    print(f"{count} groups, {sum(len(w) for g in groups.values() for w in g)} words -> {args.out}")


if __name__ == "__main__":
    main()
