"""Named-entity mentions from spaCy's NER, trimmed to the name itself and re-typed.

The small English model often types places and news agencies as people
("Kiev said", "news agency Regnum claimed", "in the Donbass"). Each mention's
label is corrected from its context in the parse and from a GeoNames gazetteer
(``gazetteer.json``, built by ``scripts/build_gazetteer.py``) before the corpus
stage votes on an entity's type.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from storyscope.annotate.spans import doc_text
from storyscope.model import EntityMention

# Leading words spaCy sometimes includes in an entity span ("the Kremlin").
LEADING_TRIM = re.compile(r"^(?:the|The|THE)\s+")
# Trailing possessive ("Kim’s", "Russia's") and stray punctuation/quotes.
TRAILING_TRIM = re.compile(r"(?:\s*[’']s|[’']|[\s\"“”‘,.;:()-])+$")
LEADING_PUNCT = re.compile(r"^[\s\"“”‘’'(-]+")
# A spaced dash inside a span joins a section label to a name ("World News - Norvakia").
SPACED_DASH = re.compile(r"\s[-–—]\s")
# A lower-case "pro-X"/"anti-X" is an adjective, not a name ("a pro-government daily").
STANCE_ADJECTIVE = re.compile(r"^(?:pro|anti)-", re.I)

# Labels that name something; numeric labels (CARDINAL, DATE ...) are kept in
# ``entities`` too but the rules treat only these as names.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
# A common noun right before a name that makes it an organisation ("news agency X").
ORG_NOUNS = frozenset({
    "agency", "newspaper", "daily", "weekly", "tabloid", "broadcaster", "channel", "network", "magazine",
    "outlet", "website", "portal", "radio", "tv", "television", "paper", "publication", "company", "firm",
    "group", "party", "ministry", "bank", "watchdog",
})  # fmt: skip
# Names ending like this are states or regions ("Luhansk People's Republic").
STATE_SUFFIX = re.compile(r"\b(?:Republics?|Federation|Kingdom|Oblast|Province|Emirates?)$")
# Roles whose "for/of/at X" names an organisation the person speaks for ("a spokesman for the Pentagon").
ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "ambassador",
                        "official", "envoy", "head", "chief", "director", "analyst", "expert", "adviser",
                        "advisor", "researcher", "professor", "representative"})
# Words that end organisation names, never a person's ("Reserve Bank", "Strategic Studies").
ORG_NAME_WORDS = frozenset({"bank", "institute", "studies", "council", "corporation", "inc", "ltd", "times", "post",
                            "news", "office", "department", "service", "services", "command", "forces", "army",
                            "university", "college", "foundation", "fund", "association", "union", "court"})
# Abbreviated titles that open a person's name, whatever label the model gave it ("Dr Ines Calloway").
PERSON_TITLE_ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "prof", "sir", "dame"})
# Endings of a nationality adjective modifying a common noun ("Selmaran officials").
DEMONYM_ENDINGS = ("an", "ian", "ese", "ish")
# Titles that make a following name a person even when it is also a city's name.
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "general", "senator", "judge"})
PLACE_PREPOSITIONS = frozenset({"in", "into", "near", "across", "throughout", "inside"})
# Verbs of motion whose "to X" is a destination, and verbs whose object is a place ("reached X").
MOTION_VERBS = frozenset({"travel", "send", "go", "head", "fly", "return", "move", "arrive", "deploy", "flee",
                          "drive", "sail", "march", "come", "bring", "transfer", "relocate", "evacuate"})
PLACE_OBJECT_VERBS = frozenset({"reach", "enter", "visit", "leave", "shell", "bomb", "capture", "occupy",
                                "invade", "flood"})
# "the city of X": X is a place.
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district", "port",
                              "state", "country", "republic", "county", "oblast"})
# A last word that makes a name a place or a structure ("Brennik Dam", "Ulvan Valley").
PLACE_HEADS = {
    "river": "LOC", "valley": "LOC", "lake": "LOC", "sea": "LOC", "bay": "LOC", "gulf": "LOC", "strait": "LOC",
    "mountains": "LOC", "mountain": "LOC", "island": "LOC", "islands": "LOC", "coast": "LOC", "region": "LOC",
    "peninsula": "LOC", "desert": "LOC", "dam": "FAC", "bridge": "FAC", "airport": "FAC", "port": "FAC",
    "harbour": "FAC", "harbor": "FAC", "canal": "FAC", "plant": "FAC", "base": "FAC", "square": "FAC",
}  # fmt: skip


@lru_cache(maxsize=1)
def _gazetteer_data() -> dict:
    return json.loads(resources.files("storyscope.annotate").joinpath("gazetteer.json").read_text("utf-8"))


def gazetteer() -> tuple[dict[str, str], dict[str, str]]:
    """Return ``(countries, cities)``: spelling -> GeoNames name, loaded once per process."""
    data = _gazetteer_data()
    return data["countries"], data["cities"]


def capital_country(name: str) -> str | None:
    """Return the country whose capital ``name`` is, in any spelling the gazetteer knows ("Kiev" -> "Ukraine",
    "Pyongyang" -> "North Korea"), or None."""
    place = place_name(name)
    return _gazetteer_data().get("capitals", {}).get(place) if place else None


def capitals() -> dict[str, str]:
    """Return the gazetteer's capitals: capital -> country ("Paris" -> "France")."""
    return _gazetteer_data().get("capitals", {})


def continent(country: str) -> str | None:
    """Return the GeoNames continent code of a country by its gazetteer name ("North Korea" -> "AS"), or None."""
    return _gazetteer_data().get("continents", {}).get(country)


def place_name(name: str) -> str | None:
    """Return the GeoNames spelling of a country or big city named ``name`` ("Kiev" -> "Kyiv"), or None."""
    countries, cities = gazetteer()
    return countries.get(name) or cities.get(name)


def trim_entity(text: str, start: int, end: int) -> tuple[int, int]:
    """Return [start, end) of ``text[start:end]`` without "the", possessive "’s" and stray marks."""
    piece = text[start:end]
    dashes = list(SPACED_DASH.finditer(piece))
    if dashes:
        start += dashes[-1].end()
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


def _destination(token: Any) -> bool:
    """True when ``token`` is where something moves: "sent to X", "travelling towards X", "reached X"."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in ("to", "towards", "toward") and head.head.lemma_ in MOTION_VERBS:
        return True
    return token.dep_ == "dobj" and head.lemma_ in PLACE_OBJECT_VERBS


@dataclass(frozen=True, slots=True)
class DocNames:
    """What the whole document says about names: tokens of multi-word PERSON names, capitalised words."""

    person_tokens: frozenset[str]
    capitalised: frozenset[str]


def doc_names(doc: Any) -> DocNames:
    """Collect ``DocNames`` of ``doc`` once, for ``corrected_label``."""
    persons = frozenset(t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e)
    return DocNames(persons, frozenset(t.text for t in doc if t.text[:1].isupper()))


def demonyms(name: str) -> tuple[str, ...]:
    """Adjectives of nationality a place name may take (Norvakia -> Norvakian, Ukraine -> Ukrainian)."""
    stem = name[:-1]
    return (name + "n", name + "an", name + "ian", stem + "ian", stem + "an", name + "i", name + "ese", stem + "ese")


def corrected_label(ent: Any, name: str, names: DocNames) -> str:
    """Return the label of spaCy entity ``ent`` (trimmed text ``name``) corrected from context.

    Rules, in order: a name after an organisation noun is an ORG; a state-like
    name ("... Republic") is a GPE; a country is a GPE; a big city read as a
    lone PERSON/ORG/FAC is a GPE unless a title or a longer person name claims
    it; a PERSON conjoined with a place or an organisation takes its type; "the
    X" as the object of a preposition is a place, not a person.
    """
    label = ent.label_
    if label not in NAME_LABELS:
        return label
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ in PLACE_HEADS and ent.root.dep_ == "compound" \
            and ent.root.head.i == after.i:  # "the Ulvan valley", "the Kestrel bridge"
        return PLACE_HEADS[after.lower_]
    if label == "NORP":
        return label
    words = name.split()
    if len(words) > 1 and words[0].lower().rstrip(".") in PERSON_TITLE_ABBREVIATIONS:  # "Dr Ines Calloway"
        return "PERSON"
    root = ent.root
    if (label == "PERSON" and len(words) == 1 and name.lower().endswith(DEMONYM_ENDINGS)
            and root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" and root.head.text.islower()):
        return "NORP"  # "Selmaran officials", "Norvakian engineers"
    if len(words) > 1 and label in ("PERSON", "ORG", "GPE", "WORK_OF_ART") and words[-1].lower() in PLACE_HEADS:
        return PLACE_HEADS[words[-1].lower()]
    prev = doc[ent.start - 1] if ent.start > 0 else None
    if prev is not None and prev.lower_ in ORG_NOUNS:
        return "ORG"
    if STATE_SUFFIX.search(name):
        return "GPE"
    countries, cities = gazetteer()
    if name in countries:
        return "GPE"
    if label in ("PERSON", "ORG", "FAC") and name in cities:
        titled = prev is not None and prev.lower_.rstrip(".") in PERSON_TITLES
        if not titled and name not in names.person_tokens:
            return "GPE"
    if label == "PERSON" and len(words) == 1 and any(d in names.capitalised for d in demonyms(name)):
        return "GPE"  # the article also says "Selmaran": Selmara is a country
    if label == "PERSON":
        kinds = {t.ent_type_ for t in root.conjuncts if t.ent_type_ and not (ent.start <= t.i < ent.end)}
        if kinds and "PERSON" not in kinds:
            for kind in ("GPE", "LOC", "ORG"):
                if kind in kinds:
                    return kind
        starts_with_the = doc[ent.start].lower_ == "the" or (prev is not None and prev.lower_ == "the")
        in_place = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS
        if in_place and starts_with_the:
            return "LOC"
        of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
        if of is not None and of.head.lower_ in SETTLEMENT_NOUNS:  # "the city of Jelgorod"
            return "GPE"
        if len(words) == 1 and (in_place or _destination(root)):  # "troops arrived in / travelled to Selmara"
            return "GPE"
    return label


def glued_person(ent: Any) -> Any | None:
    """The person's name the NER glued to an organisation after a role ("a spokesman for the Pentagon
    Pat Ryder" -> "Pat Ryder"), as a span, or None."""
    if ent.label_ != "ORG" or len(ent) < 3:
        return None
    tail = ent[-2:]
    root = ent.root
    role = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("for", "of", "at") else None
    if role is None or role.lemma_.lower() not in ROLE_NOUNS:
        return None
    head = [t for t in ent[:-2] if t.dep_ != "det"]
    if (len(head) == 1 and head[0].pos_ == "PROPN"
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper
                    and t.lower_ not in ORG_NOUNS and t.lower_ not in ORG_NAME_WORDS for t in tail)):
        return tail
    return None


def corrected_labels(doc: Any) -> dict[int, str]:
    """Return the corrected label (``corrected_label``) of every spaCy entity of ``doc``, keyed by its first token."""
    text = doc_text(doc)
    names = doc_names(doc)
    return {ent.start: corrected_label(ent, text[slice(*trim_entity(text, ent.start_char, ent.end_char))], names)
            for ent in doc.ents}


def extract_entities(doc: Any, labels: dict[int, str] | None = None) -> list[EntityMention]:
    """Every spaCy entity, trimmed and re-typed (see ``corrected_label``).

    ``labels`` are ``corrected_labels(doc)`` when the caller has them already.
    Entities that run across a line break and lower-case "pro-X"/"anti-X"
    adjectives are dropped.
    """
    text = doc_text(doc)
    labels = corrected_labels(doc) if labels is None else labels
    out: list[EntityMention] = []
    for ent in doc.ents:
        person = glued_person(ent)
        if person is not None:  # "a spokesman for the Pentagon Pat Ryder": the organisation, then the person
            s, e = trim_entity(text, ent.start_char, person.start_char)
            if s < e:
                out.append(EntityMention(text[s:e], "ORG", s, e))
            out.append(EntityMention(person.text, "PERSON", person.start_char, person.end_char))
            continue
        start, end = trim_entity(text, ent.start_char, ent.end_char)
        name = text[start:end]
        if start >= end or "\n" in name or (name[:1].islower() and STANCE_ADJECTIVE.match(name)):
            continue
        out.append(EntityMention(name, labels[ent.start], start, end))
    out.extend(untagged_places(doc))
    out.sort(key=lambda m: m.start)
    return out


def untagged_places(doc: Any) -> list[EntityMention]:
    """Places the small tagger left out: each run of proper nouns outside ``doc.ents`` that is, whole, a
    country or big city of the gazetteer ("the Zaporizhzhia site" -> Zaporizhzhia, GPE).

    Only a run the tagger reads as proper nouns counts, so a city named like a common word ("Nice work")
    is not one; a run part of which is a place ("Donetsk People's Republic") is not either, nor a name the words
    around it do not read as a place (``_place_context``: in "Regina said ..." Regina is a person).
    """
    countries, cities = gazetteer()
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    out: list[EntityMention] = []
    run: list[Any] = []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.i not in tagged and tok.text[:1].isupper():
            run.append(tok)
            continue
        if run:
            name = doc[run[0].i:run[-1].i + 1].text
            if (name in countries or name in cities) and _place_context(doc, run[0].i, run[-1].i):
                out.append(EntityMention(name, "GPE", run[0].idx, run[-1].idx + len(run[-1].text)))
            run = []
    return out


# Words before a name that make it a place ("near Osk", "in the Brenn region").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "from", "to", "at", "around", "outside", "across", "into", "of",
                                 "towards", "toward", "through", "over", "inside", "within", "beyond"})


def _place_context(doc: Any, first: int, last: int) -> bool:
    """True when the words around ``doc[first:last + 1]`` read it as a place: after a preposition of place (with
    "the" between or not: "near the Zaporizhzhia dam"), before the common noun it names ("the Zaporizhzhia site"),
    or before a possessive ("Regina's harbour"); not a name alone, which may be a person's ("Regina said ...")."""
    before = [t.lower_ for t in doc[max(0, first - 2):first]]
    after = doc[last + 1] if last + 1 < len(doc) else None
    return bool(before and before[-1] in _PLACE_PREPOSITIONS
                or len(before) == 2 and before[-1] == "the" and before[0] in _PLACE_PREPOSITIONS
                or after is not None and (after.pos_ == "NOUN" and doc[last].dep_ == "compound"
                                          or after.lower_ in ("'s", "’s")))
