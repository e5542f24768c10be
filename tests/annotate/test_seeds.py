"""The five real seed articles in shared/seeds (not copied into the repo).

The clean stage is written in parallel, so each seed file's raw text is
annotated as is; the expectations are the speakers, outlets and numbers a
reader finds in them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyscope.annotate import annotate_articles
from storyscope.model import Annotations

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not found at {SEEDS} (shared checkout absent)"),
]


@pytest.fixture(scope="module")
def seeds(nlp: Any, make_article: Any) -> dict[str, Annotations]:
    """Annotations of every seed, keyed by the three-digit prefix ("000")."""
    paths = sorted(SEEDS.glob("*.txt"))
    arts = [make_article(p.read_text(encoding="utf-8"), p.stem) for p in paths]
    return {a.article.id[:3]: a.annotations for a in annotate_articles(nlp, arts)}


def _speakers(ann: Annotations) -> set[str]:
    return {a.speaker for a in ann.attributions if a.speaker}


def _outlets(ann: Annotations) -> set[str]:
    return {c.outlet for c in ann.citations}


@pytest.mark.parametrize(
    ("seed", "speaker"),
    [
        ("000", "Igor Korotchenko"),
        ("000", "Rafael Grossi"),
        ("000", "Regnum"),
        ("001", "Pat Ryder"),
        ("001", "Ilya Ponomarev"),
        ("002", "Volodymyr Zelensky"),
        ("002", "Andrii Sybiha"),
        ("002", "Kremlin"),
        ("003", "Igor Korotchenko"),
    ],
)
def test_speaker(seeds: dict[str, Annotations], seed: str, speaker: str) -> None:
    assert speaker in _speakers(seeds[seed])


def test_matsegora_speaks(seeds: dict[str, Annotations]) -> None:
    names = _speakers(seeds["003"]) | _speakers(seeds["004"])
    assert names & {"Alexander Matsegora", "Alexandre Matsegora"}


@pytest.mark.parametrize(
    ("seed", "outlet"),
    [("000", "Regnum"), ("001", "Express"), ("003", "Defense Security Asia"), ("004", "Bild"),
     ("004", "Krone"), ("004", "Izvestia")],
)
def test_citation(seeds: dict[str, Annotations], seed: str, outlet: str) -> None:
    assert outlet in _outlets(seeds[seed])


def test_people_told_are_not_outlets(seeds: dict[str, Annotations]) -> None:
    assert not _outlets(seeds["002"]) & {"Nato", "NATO"}


def test_ten_thousand_north_koreans(seeds: dict[str, Annotations]) -> None:
    assert any(q.value == 10000 and "North Korean" in q.about for q in seeds["002"].quantities)


def test_hundred_thousand_volunteers(seeds: dict[str, Annotations]) -> None:
    qs = seeds["003"].quantities + seeds["004"].quantities
    assert any(q.value == 100000 and "volunteer" in q.about.lower() for q in qs)


def test_pronoun_quotes_resolve(seeds: dict[str, Annotations]) -> None:
    direct = [a for a in seeds["000"].attributions if a.direct]
    assert direct and all(a.speaker == "Igor Korotchenko" for a in direct)
    assert any(a.source_text and a.source_text.lower() == "he" for a in direct)


def test_kremlin_denial(seeds: dict[str, Annotations]) -> None:
    denials = [c for c in seeds["002"].claims if c.stance == "denies"]
    assert any(c.attributed_to == "Kremlin" for c in denials)


def test_agentless_hedge(seeds: dict[str, Annotations]) -> None:
    assert any(a.hedged and a.speaker is None and a.cue == "is said" for a in seeds["000"].attributions)


def test_offsets_are_exact(seeds: dict[str, Annotations]) -> None:
    for key, ann in seeds.items():
        text = next(SEEDS.glob(f"{key}_*.txt")).read_text(encoding="utf-8")
        for a in ann.attributions:
            assert text[a.start:a.end] == a.content
        for q in ann.quantities:
            assert text[q.start:q.end] == q.text
        for c in ann.claims:
            assert text[c.start:c.end] == c.text


def test_a_documents_quoted_words_are_the_documents(seeds: dict[str, Annotations]) -> None:
    # 001 quotes the pact its signers signed ("... a defence pact which reads, “...”"): the pact speaks, not a signer
    quoting = [a for a in seeds["001"].attributions if a.cue.lower() in ("reads", "signed")]
    assert quoting and all(a.cue.lower() == "reads" and a.speaker and "pact" in a.speaker for a in quoting)


def test_according_to_this_is_the_report_before(seeds: dict[str, Annotations]) -> None:
    # 004: "According to a report by Bild, ... According to this, ...": both are Bild's
    according = [a for a in seeds["004"].attributions if a.cue.lower().startswith("according")]
    assert len(according) >= 2 and all(a.speaker == "Bild" for a in according)
