"""A hand-built store for the web tests: a fictional bridge closure in a fictional town.

Every article below was written for these tests. One article is hostile: its
title, outlet and body carry ``<script>`` and ``onerror=`` payloads that must
never execute or reach a page unescaped.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyscope.model import (
    AnnotatedArticle,
    Annotations,
    Article,
    Attribution,
    Citation,
    CitationEdge,
    Claim,
    ClaimMention,
    ClaimSentence,
    Conflict,
    CopyEdge,
    CorpusResult,
    Entity,
    EntityMention,
    Quantity,
    Sentence,
    Story,
    TimelineEvent,
)
from storyscope.store import Store

HERALD = ("The Orrin Bridge in Kessing will close for repairs on 12 May, the regional transport office "
          "said on Thursday.\n\nTransport director Mila Voss said 40 workers would replace the cracked "
          "bearings. \"The bridge is safe today, but it will not be safe next winter,\" Voss said.\n\n"
          "The closure is expected to last six weeks, according to the Kessing Courier.")
COURIER = ("Repairs to the Orrin Bridge will need 400 workers and last six weeks, the Kessing Courier has "
           "learned.\n\nMayor Tomas Brandt denied that the bridge was unsafe. \"Nobody is in danger,\" Brandt "
           "told reporters.\n\nFerries will carry commuters across the Sel river while the bridge is closed.")
RIVERPOST = COURIER.replace("has learned", "reported").replace("Ferries will", "Two ferries will")
SCRIPT = '<script>document.title="pwned";window.pwned=1</script>'
ONERROR = '<img src=x onerror="document.title=\'pwned\';window.pwned=1">'
HOSTILE_TITLE = f"Detour {SCRIPT} {ONERROR} chaos"
HOSTILE = (f"Residents said {SCRIPT} the detour adds 20 minutes to every trip. {ONERROR}\n\n"
           "The Orrin Bridge will close for repairs, shop owners were told.")

ARTICLES = {
    # id: (title, outlet, published, text)
    "herald_bridge": ("Orrin Bridge to close for six weeks of repairs", "Valley Herald", "2025-05-02", HERALD),
    "courier_workers": ("Bridge repairs will need 400 workers", "Kessing Courier", "2025-05-03", COURIER),
    "riverpost_copy": ("Bridge repairs need 400 workers", "River Post", "2025-05-04", RIVERPOST),
    "hostile_detour": (HOSTILE_TITLE, "Evil <b>Outlet</b>", "2025-05-05", HOSTILE),
}


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Return the ``(start, end)`` of the ``nth`` occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _sentences(text: str) -> tuple[Sentence, ...]:
    out = []
    for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|$)", text):
        s, e = m.span()
        while s < e and text[s] == " ":
            s += 1
        if e > s:
            out.append(Sentence(s, e))
    return tuple(out)


def _ents(text: str, names: list[tuple[str, str]]) -> tuple[EntityMention, ...]:
    out = []
    for name, label in names:
        for m in re.finditer(re.escape(name), text):
            out.append(EntityMention(name, label, m.start(), m.end()))
    return tuple(sorted(out, key=lambda m: m.start))


def _qty(text: str, phrase: str, value: float, about: str) -> Quantity:
    return Quantity(value, phrase, about, *at(text, phrase))


def _claim(text: str, phrase: str, stance: str, who: str | None, cw: float) -> ClaimSentence:
    return ClaimSentence(phrase, *at(text, phrase), stance, who, False, cw)


def annotated() -> list[AnnotatedArticle]:
    """Return the four hand-built articles with their annotations."""
    names = [("Orrin Bridge", "FAC"), ("Kessing Courier", "ORG"), ("Mila Voss", "PERSON"),
             ("Tomas Brandt", "PERSON"), ("Sel", "LOC")]
    voss_quote = "The bridge is safe today, but it will not be safe next winter,"
    brandt_quote = "Nobody is in danger,"
    ann = {
        "herald_bridge": Annotations(
            sentences=_sentences(HERALD), entities=_ents(HERALD, names),
            attributions=(Attribution("Mila Voss", "said", *at(HERALD, "said", 1), "40 workers would replace the "
                                      "cracked bearings", *at(HERALD, "40 workers would replace the cracked bearings"),
                                      False, False, "Mila Voss", *at(HERALD, "Mila Voss")),
                          Attribution("Mila Voss", "said", *at(HERALD, "said", 2), voss_quote,
                                      *at(HERALD, voss_quote), True, False, "Voss", *at(HERALD, "Voss", 1))),
            quantities=(_qty(HERALD, "40", 40, "workers"), _qty(HERALD, "six weeks", 6, "weeks")),
            citations=(Citation("Kessing Courier", "according to", *at(HERALD, "according to the Kessing Courier")),),
            claims=(_claim(HERALD, "The Orrin Bridge in Kessing will close for repairs on 12 May", "asserts", None, 0.9),
                    _claim(HERALD, "40 workers would replace the cracked bearings", "reports", "Mila Voss", 0.8))),
        "courier_workers": Annotations(
            sentences=_sentences(COURIER), entities=_ents(COURIER, names),
            attributions=(Attribution("Tomas Brandt", "told", *at(COURIER, "told"), brandt_quote,
                                      *at(COURIER, brandt_quote), True, False, "Brandt", *at(COURIER, "Brandt", 1)),),
            quantities=(_qty(COURIER, "400", 400, "workers"), _qty(COURIER, "six weeks", 6, "weeks")),
            claims=(_claim(COURIER, "Repairs to the Orrin Bridge will need 400 workers", "asserts", None, 0.85),
                    _claim(COURIER, "Mayor Tomas Brandt denied that the bridge was unsafe", "denies",
                           "Tomas Brandt", 0.7))),
        "riverpost_copy": Annotations(
            sentences=_sentences(RIVERPOST), entities=_ents(RIVERPOST, names),
            quantities=(_qty(RIVERPOST, "400", 400, "workers"),),
            claims=(_claim(RIVERPOST, "Repairs to the Orrin Bridge will need 400 workers", "asserts", None, 0.85),)),
        "hostile_detour": Annotations(
            sentences=_sentences(HOSTILE), entities=_ents(HOSTILE, names),
            attributions=(Attribution("Residents", "said", *at(HOSTILE, "said"), SCRIPT + " the detour adds 20 "
                                      "minutes to every trip", *at(HOSTILE, SCRIPT + " the detour adds 20 minutes"
                                                                             " to every trip"), False, False),),
            quantities=(_qty(HOSTILE, "20 minutes", 20, "minutes " + ONERROR),),
            claims=(_claim(HOSTILE, "The Orrin Bridge will close for repairs", "asserts", None, 0.6),)),
    }
    out = []
    for aid, (title, outlet, published, text) in ARTICLES.items():
        article = Article(id=aid, source=f"/in/{aid}.txt", title=title, published=published, outlet=outlet,
                          language="en", text=text, content_hash=f"h-{aid}")
        out.append(AnnotatedArticle(article, ann[aid]))
    return out


def _mention(aid: str, phrase: str, stance: str, who: str | None) -> ClaimMention:
    text = ARTICLES[aid][3]
    return ClaimMention(aid, phrase, *at(text, phrase), stance, who)


def corpus() -> CorpusResult:
    """Return the corpus results over :func:`annotated`, built by hand."""
    ids = tuple(ARTICLES)
    workers400 = "Repairs to the Orrin Bridge will need 400 workers"
    return CorpusResult(
        stories=(Story("S1", "Orrin Bridge closes for repairs", ids, "2025-05-02", "2025-05-05"),),
        entities=(Entity("E1", "Orrin Bridge", "FAC", ("Orrin Bridge",), ids),
                  Entity("E2", "Mila Voss", "PERSON", ("Mila Voss", "Voss"), ("herald_bridge",)),
                  Entity("E3", "Tomas Brandt", "PERSON", ("Tomas Brandt", "Brandt"),
                         ("courier_workers", "riverpost_copy")),
                  Entity("E4", "Kessing Courier", "ORG", ("Kessing Courier",), ids[:3]),
                  Entity("E5", "Evil <script>alert(5)</script>", "ORG", ("Evil",), ("hostile_detour",))),
        claims=(
            Claim("C1", "The Orrin Bridge in Kessing will close for repairs on 12 May", 0.9, 2, (
                _mention("herald_bridge", "The Orrin Bridge in Kessing will close for repairs on 12 May",
                         "asserts", None),
                _mention("hostile_detour", "The Orrin Bridge will close for repairs", "asserts", None))),
            Claim("C2", "40 workers would replace the cracked bearings", 0.8, 1, (
                _mention("herald_bridge", "40 workers would replace the cracked bearings", "reports",
                         "Mila Voss"),)),
            Claim("C3", workers400, 0.85, 1, (
                _mention("courier_workers", workers400, "asserts", None),
                _mention("riverpost_copy", workers400, "asserts", None))),
            Claim("C4", "Mayor Tomas Brandt denied that the bridge was unsafe", 0.7, 1, (
                _mention("courier_workers", "Mayor Tomas Brandt denied that the bridge was unsafe", "denies",
                         "Tomas Brandt"),)),
        ),
        conflicts=(
            Conflict("X1", "numeric", ("C2", "C3"), ("herald_bridge", "courier_workers", "riverpost_copy"),
                     (40.0, 400.0), "workers: 40 (herald_bridge) vs 400 (courier_workers, riverpost_copy)"),
            Conflict("X2", "denial", ("C4",), ("herald_bridge", "courier_workers"), (),
                     "Tomas Brandt denies that the bridge is unsafe <script>alert(6)</script>"),
        ),
        citations=(CitationEdge("herald_bridge", "Kessing Courier", "according to",
                                *at(HERALD, "according to the Kessing Courier")),),
        copies=(CopyEdge("riverpost_copy", "courier_workers", 0.93),),
        timeline=(TimelineEvent("2025-05-01", "The transport office announces the closure " + SCRIPT,
                                ("herald_bridge",), ("C1",)),
                  TimelineEvent("2025-05-12", "The Orrin Bridge closes for repairs", ("herald_bridge",
                                                                                       "hostile_detour"), ("C1",))),
        article_story={aid: "S1" for aid in ids},
    )


def build_store(path: Path) -> Path:
    """Write the hand-built articles and corpus into a new store at ``path``; return it."""
    with Store(path) as store:
        store.save_batch([(None, a) for a in annotated()])
        store.save_corpus(corpus())
    return path


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the hand-built bridge story (shared by the web tests; served read-only)."""
    return build_store(tmp_path_factory.mktemp("web") / "bridge.duckdb")


@pytest.fixture(scope="session")
def make_store():
    """The store builder, for tests that need a store file of their own (e.g. one per server)."""
    return build_store
