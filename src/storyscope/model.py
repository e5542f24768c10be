"""The records that pass between stages: one module, frozen dataclasses only.

A spaCy ``Doc`` or an lxml tree never leaves the function that built it; offsets
live on these records. ``start``/``end`` are Python string offsets (code points,
end exclusive) into ``Article.text`` unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DOSSIER_SCHEMA = "storyscope.dossier/1"

# Stances a claim mention can take (CONTRACT.md, dossier.json `claims[].mentions[].stance`).
MENTION_STANCES = ("asserts", "reports", "questions", "denies")
CONFLICT_KINDS = ("numeric", "denial", "contradiction")
VERDICTS = ("supported", "refuted", "conflicting", "not_enough_evidence")
EVIDENCE_STANCES = ("agree", "disagree", "discuss")
# Cues of citations that say the article carries another outlet's report: a wire dateline ("OSK (AP) — ") and a
# republication notice ("This article originally appeared in The Osk Herald.").
DATELINE_CUE = "dateline"
REPUBLISHED_CUE = "republished from"
CARRIED_REPORT_CUES = frozenset({DATELINE_CUE, REPUBLISHED_CUE})


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input article as read from disk, already decoded to text.

    ``kind`` is ``"html"`` or ``"text"``. ``title``/``published``/``url`` are
    only set when the input carried them (JSONL fields). ``file`` is the file it
    was read from, resolved (``source`` is the path as given).
    """

    id: str
    source: str
    text: str
    kind: str
    content_hash: str
    encoding: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    file: str | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    """An input that produced no article, with the stage and reason why."""

    source: str
    reason: str
    stage: str
    code: str = ""
    id: str | None = None


# --------------------------------------------------------------------------- clean


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: the body text every later offset indexes.

    ``removed`` holds the furniture lines the cleaner dropped, for audit.
    ``published`` is ``YYYY-MM-DD`` or None.
    """

    id: str
    source: str
    title: str | None
    published: str | None
    outlet: str | None
    language: str | None
    text: str
    content_hash: str
    url: str | None = None
    removed: tuple[str, ...] = ()


# --------------------------------------------------------------------------- annotate


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span of ``Article.text``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named-entity mention; ``label`` is spaCy's (PERSON, ORG, GPE, NORP, ...)."""

    text: str
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said what: source, cue and content spans in ``Article.text``.

    ``speaker`` is the resolved name (a pronoun or title resolved to the named
    entity it refers to), None for agentless hedges ("is said to").
    ``start``/``end`` are the content span. ``source_start``/``source_end``
    are the span of the source words as written (may be a pronoun), or None.
    ``kind`` is ``"speech"`` for speech, belief and sourcing ("said", "believes",
    "according to", quotes) and ``"other"`` for the broader attributions of an
    act to a source that the learned cue gate accepts ("signed", "hired").
    ``gap_start``/``gap_end`` mark a parenthetical cue inside the content span
    ("The risk[, he said,] is a clash"); ``content`` is still the whole span as written.
    """

    speaker: str | None
    cue: str
    cue_start: int
    cue_end: int
    content: str
    start: int
    end: int
    direct: bool
    hedged: bool
    source_text: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    speaker_label: str | None = None
    kind: str = "speech"
    gap_start: int | None = None
    gap_end: int | None = None

    def content_spans(self) -> list[list[int]]:
        """The content as ``[start, end]`` pairs: one, or two around a parenthetical cue."""
        if self.gap_start is None or self.gap_end is None:
            return [[self.start, self.end]]
        return [[self.start, self.gap_start], [self.gap_end, self.end]]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number and what it counts ("10,000" about "North Korean specialists")."""

    value: float
    text: str
    about: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Citation:
    """An outlet the article cites or copies ("according to a report by Bild").

    ``start``/``end`` span the cue phrase including the outlet name.
    """

    outlet: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ClaimSentence:
    """A sentence that asserts something checkable, with how it is voiced.

    ``stance``: asserts (the article's own voice), reports (relays someone's
    claim), questions, denies. ``attributed_to`` is the resolved speaker name.
    """

    text: str
    start: int
    end: int
    stance: str
    attributed_to: str | None
    hedged: bool
    checkworthiness: float


@dataclass(frozen=True, slots=True)
class Annotations:
    """Everything the annotate stage found in one article."""

    sentences: tuple[Sentence, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    citations: tuple[Citation, ...] = ()
    claims: tuple[ClaimSentence, ...] = ()


@dataclass(frozen=True, slots=True)
class AnnotatedArticle:
    """An article with its annotations: the output of the per-article stages."""

    article: Article
    annotations: Annotations


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True, slots=True)
class Story:
    """A group of articles about one event or development."""

    id: str
    title: str
    articles: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity merged across spellings and articles."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    articles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClaimMention:
    """One article's wording of a claim."""

    article: str
    text: str
    start: int
    end: int
    stance: str
    attributed_to: str | None


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim grouped across articles, with independent origins counted once."""

    id: str
    text: str
    checkworthiness: float
    independent_sources: int
    mentions: tuple[ClaimMention, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """Sources that disagree: numeric, denial or contradiction."""

    id: str
    kind: str
    claims: tuple[str, ...]
    articles: tuple[str, ...]
    values: tuple[float, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class CitationEdge:
    """Article ``article`` cites outlet ``cites`` with the cue span in its text."""

    article: str
    cites: str
    cue: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class CopyEdge:
    """Article ``article`` is a (near) copy of the earlier ``copy_of``.

    ``kind`` is ``"copy"`` for a verbatim or lightly edited copy (shared 5-word shingles) and
    ``"paraphrase"`` for a rewrite that keeps the other's sentences in order (sentence alignment).
    """

    article: str
    copy_of: str
    similarity: float
    kind: str = "copy"


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """A dated event in the story's development.

    ``date`` is always ``YYYY-MM-DD``; ``precision`` says how much of it the text gave: ``"day"``,
    ``"month"`` ("last September": the month's first day) or ``"year"`` ("last year": 1 January).
    ``expected`` is True for an event dated after every article that tells it was published: a plan or a forecast
    when it was written ("a unit is set to head to the front next month"), not something that happened.
    """

    date: str
    summary: str
    articles: tuple[str, ...]
    claims: tuple[str, ...] = ()
    precision: str = "day"
    expected: bool = False


@dataclass(frozen=True, slots=True)
class CorpusResult:
    """Everything the corpus stages derive from all stored articles.

    ``article_story`` maps article id to story id.
    """

    stories: tuple[Story, ...] = ()
    entities: tuple[Entity, ...] = ()
    claims: tuple[Claim, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    citations: tuple[CitationEdge, ...] = ()
    copies: tuple[CopyEdge, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    article_story: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- verify


@dataclass(frozen=True, slots=True)
class Evidence:
    """A passage retrieved for a claim, with its stance toward the claim."""

    article: str
    text: str
    start: int
    end: int
    stance: str
    score: float
    attributed_to: str | None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement of one claim against the store."""

    claim: str
    verdict: str
    confidence: float
    evidence: tuple[Evidence, ...]
    explanation: str
