"""Hand-built annotated articles for the corpus tests (no spaCy).

A fictional story, written for these tests: Norvania offers troops to
Dravenia; outlets disagree on how many (2,000 vs 20,000), one article is a
syndicated copy of another, names come in several spellings, a ministry
denies the reports. A second, unrelated story about a tidal power plant has
two different people called Petrov.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from storyscope.model import (
    AnnotatedArticle,
    Annotations,
    Article,
    Attribution,
    Citation,
    ClaimSentence,
    EntityMention,
    Quantity,
    Sentence,
)

_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]?")


def sentences_of(text: str) -> list[Sentence]:
    """Sentence spans: split after . ! ? and at line breaks (enough for the hand-written texts)."""
    out = []
    for m in _SENTENCE_RE.finditer(text):
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        if m.group().strip():
            out.append(Sentence(start, m.end()))
    return out


def make_article(
    aid: str,
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    entities: Sequence[tuple[str, str]] = (),
    quantities: Sequence[tuple[str, float, str]] = (),
    attributions: Sequence[dict] = (),
    citations: Sequence[tuple[str, str]] = (),
    stances: dict[int, str] | None = None,
    attributed: dict[int, str] | None = None,
    checkworthiness: float = 0.5,
) -> AnnotatedArticle:
    """Build an ``AnnotatedArticle``, finding every span by searching ``text``.

    ``entities``: (surface, label), every occurrence tagged, longest first.
    ``quantities``: (number text, value, about); the span covers "number about".
    ``attributions``: dicts with speaker, cue, content, optional source (spans found in text).
    ``citations``: (outlet, cue phrase).
    Every sentence becomes a claim sentence; ``stances``/``attributed`` map
    the sentence index to a stance / speaker.
    """
    sents = sentences_of(text)
    ents: list[EntityMention] = []
    for surface, label in sorted(entities, key=lambda e: -len(e[0])):
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(e.start < m.end() and m.start() < e.end for e in ents):
                continue
            ents.append(EntityMention(surface, label, m.start(), m.end()))
    qs = []
    for num, value, about in quantities:
        phrase = f"{num} {about}"
        start = text.index(phrase)
        qs.append(Quantity(value, num, about, start, start + len(phrase)))
    atts = []
    for a in attributions:
        cs, ct = text.index(a["cue"]), text.index(a["content"])
        atts.append(
            Attribution(
                speaker=a["speaker"],
                cue=a["cue"],
                cue_start=cs,
                cue_end=cs + len(a["cue"]),
                content=a["content"],
                start=ct,
                end=ct + len(a["content"]),
                direct=a.get("direct", False),
                hedged=False,
                speaker_label=a.get("label"),
                source_start=text.index(a["source"]) if "source" in a else None,
                source_end=text.index(a["source"]) + len(a["source"]) if "source" in a else None,
            )
        )
    cits = []
    for outlet_name, cue in citations:
        start = text.index(cue)
        cits.append(Citation(outlet_name, cue, start, start + len(cue)))
    stances = stances or {}
    attributed = attributed or {}
    claims = tuple(
        ClaimSentence(
            text=text[s.start : s.end],
            start=s.start,
            end=s.end,
            stance=stances.get(i, "asserts"),
            attributed_to=attributed.get(i),
            hedged=False,
            checkworthiness=checkworthiness,
        )
        for i, s in enumerate(sents)
    )
    article = Article(
        id=aid,
        source=f"{aid}.txt",
        title=title,
        published=published,
        outlet=outlet,
        language="en",
        text=text,
        content_hash=aid,
    )
    return AnnotatedArticle(
        article,
        Annotations(
            sentences=tuple(sents),
            entities=tuple(sorted(ents, key=lambda e: e.start)),
            attributions=tuple(atts),
            quantities=tuple(sorted(qs, key=lambda q: q.start)),
            citations=tuple(cits),
            claims=claims,
        ),
    )


_LEDGER_BODY = (
    "Norvanian leader Pak Sung-ho is said to have offered 2,000 Norvanian soldiers to Dravenia in exchange "
    "for grain and fuel. Defence analyst Pavel Grushenko said the government should accept the offer without "
    "delay. \u201cIf Norvania wants to join the fight, we should give its volunteers the green light,\u201d "
    "Grushenko said. Officials in Kiev condemned the plan as a dangerous escalation of the border war."
)

_STORY_ENTITIES = [
    ("Pak Sung-ho", "PERSON"),
    ("Pak Sung Ho", "PERSON"),
    ("Sung Ho", "PERSON"),
    ("Pak", "PERSON"),
    ("Pavel Grushenko", "PERSON"),
    ("Grushenko", "PERSON"),
    ("Alexandre Volkhonsky", "PERSON"),
    ("Alexander Volkhonsky", "PERSON"),
    ("Volkhonsky", "PERSON"),
    ("Oleksiy Marchensky", "PERSON"),
    ("Marchensky", "PERSON"),
    ("Marchenskyy", "PERSON"),
    ("Norvania", "GPE"),
    ("Norvanian", "NORP"),
    ("Dravenia", "GPE"),
    ("Dravenian", "NORP"),
    ("Kiev", "GPE"),
    ("Kyiv", "GPE"),
]


def build_ledger() -> AnnotatedArticle:
    """Build the first report: 2,000 soldiers offered (a1)."""
    return make_article(
        "a1",
        _LEDGER_BODY,
        title="Norvania offers fighters to Dravenia",
        published="2031-03-02",
        outlet="Northern Ledger",
        entities=_STORY_ENTITIES,
        quantities=[("2,000", 2000.0, "Norvanian soldiers")],
        attributed={1: "Pavel Grushenko", 2: "Grushenko"},
        stances={0: "reports", 1: "reports", 2: "reports"},
    )


def build_syndicated() -> AnnotatedArticle:
    """Build a syndicated copy of ``ledger`` with a credit line (a2)."""
    text = _LEDGER_BODY + "\n\nSource: Northern Ledger"
    return make_article(
        "a2",
        text,
        title="Pak offers soldiers for grain",
        published="2031-03-03",
        outlet="Coastline Daily",
        entities=_STORY_ENTITIES,
        quantities=[("2,000", 2000.0, "Norvanian soldiers")],
        citations=[("Northern Ledger", "Source: Northern Ledger")],
        attributed={1: "Pavel Grushenko", 2: "Grushenko"},
        stances={0: "reports", 1: "reports", 2: "reports"},
    )


def build_courier() -> AnnotatedArticle:
    """Build an independent report: 20,000 volunteer troops (a3)."""
    text = (
        "Norvania will send 20,000 volunteer troops to Dravenia, ambassador Alexander Volkhonsky said on "
        "Tuesday. Pak Sung Ho and the Dravenian cabinet signed a defence pact on 4 March in the capital. "
        "Sung Ho promised that the soldiers would help rebuild bridges along the border. "
        "Pak wants hard currency for the deal. "
        "President Oleksiy Marchensky told parliament that Norvania had offered its soldiers "
        "for the border war. "
        "Analyst Grushenko argued that Norvania wants to join the fight and should be given the green light "
        "for its volunteers."
    )
    return make_article(
        "a3",
        text,
        title="Norvania to send 20,000 troops, envoy says",
        published="2031-03-05",
        outlet="Evening Courier",
        entities=_STORY_ENTITIES,
        quantities=[("20,000", 20000.0, "volunteer troops")],
        attributed={0: "Alexander Volkhonsky", 4: "Marchensky", 5: "Grushenko"},
        stances={0: "reports", 4: "reports", 5: "reports"},
    )


def build_globe() -> AnnotatedArticle:
    """Build a later report with the denial and more spellings (a4)."""
    text = (
        "The Dravenian foreign ministry dismissed the reports that Norvania will send volunteer troops "
        "to Dravenia as fake news. Ambassador Alexandre Volkhonsky praised the Norvanian workers "
        "as disciplined and skilled. Marchenskyy told reporters in Kyiv that the border war "
        "had entered a new phase. "
        "According to a report by the Evening Courier, Volkhonsky met Norvanian officials twice in February."
    )
    return make_article(
        "a4",
        text,
        title="Dravenia dismisses troop reports",
        published="2031-03-06",
        outlet="Globe Wire",
        entities=_STORY_ENTITIES,
        attributions=[
            {
                "speaker": "Dravenian foreign ministry",
                "cue": "dismissed",
                "content": "as fake news",
                "label": "ORG",
            },
        ],
        citations=[("Evening Courier", "According to a report by the Evening Courier")],
        stances={0: "denies", 2: "reports"},
        attributed={0: "foreign ministry", 2: "Marchenskyy"},
    )


def build_tidal() -> list[AnnotatedArticle]:
    """Build an unrelated story: a harbour tidal plant, two different Petrovs (b1, b2)."""
    ents = [
        ("Ivan Petrov", "PERSON"),
        ("Oleg Petrov", "PERSON"),
        ("Petrov", "PERSON"),
        ("Lake Meridia", "LOC"),
        ("Harbour Authority", "ORG"),
    ]
    b1 = make_article(
        "b1",
        "The Harbour Authority opened a tidal power plant on Lake Meridia with twelve turbines. "
        "Chief engineer Ivan Petrov said the turbines would power every lighthouse on the coast. "
        "Petrov added that the plant cost less than planned.",
        title="Tidal plant opens on Lake Meridia",
        published="2031-03-04",
        outlet="Harbour Times",
        entities=ents,
    )
    b2 = make_article(
        "b2",
        "Turbines at the new tidal power plant on Lake Meridia ran at full power for the first week. "
        "Mayor Oleg Petrov thanked the Harbour Authority and the turbine crews "
        "for the lighthouse power on the coast.",
        title="Tidal turbines reach full power",
        published="2031-03-09",
        outlet="Coast Weekly",
        entities=ents,
    )
    return [b1, b2]


def build_all() -> list[AnnotatedArticle]:
    """All six fixture articles, in a scrambled order."""
    b1, b2 = build_tidal()
    return [build_globe(), b2, build_ledger(), build_courier(), b1, build_syndicated()]


@pytest.fixture
def ledger() -> AnnotatedArticle:
    """a1: the first report, 2,000 soldiers."""
    return build_ledger()


@pytest.fixture
def syndicated() -> AnnotatedArticle:
    """a2: syndicated copy of a1."""
    return build_syndicated()


@pytest.fixture
def courier() -> AnnotatedArticle:
    """a3: independent report, 20,000 troops."""
    return build_courier()


@pytest.fixture
def globe() -> AnnotatedArticle:
    """a4: the denial."""
    return build_globe()


@pytest.fixture
def tidal() -> list[AnnotatedArticle]:
    """b1, b2: the unrelated story."""
    return build_tidal()


@pytest.fixture
def corpus_articles() -> list[AnnotatedArticle]:
    """All six fixture articles, scrambled."""
    return build_all()


@pytest.fixture(scope="module")
def corpus():
    """``build_corpus`` over all six fixture articles (built once per module)."""
    from storyscope.corpus import build_corpus

    return build_corpus(build_all())


@pytest.fixture
def make():
    """Return the ``make_article`` builder, for tests that need their own small articles."""
    return make_article
