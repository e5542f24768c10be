"""Canonical entities: spelling variants, partial names, ambiguity, look-up."""

import pytest

from storyscope.corpus import resolve_name
from storyscope.corpus.entities import link_entities


@pytest.fixture
def entities(corpus_articles):
    return link_entities(corpus_articles).entities


def _entity_with(entities, alias):
    found = [e for e in entities if alias in e.aliases]
    assert len(found) == 1, f"{alias!r} is in {len(found)} entities"
    return found[0]


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Pak Sung Ho", "Pak Sung-ho"),  # hyphen vs space
        ("Sung Ho", "Pak Sung-ho"),  # partial: given names only
        ("Pak", "Pak Sung-ho"),  # partial: single token
        ("Alexandre Volkhonsky", "Alexander Volkhonsky"),  # transliteration e/a ending
        ("Volkhonsky", "Alexander Volkhonsky"),
        ("Marchenskyy", "Oleksiy Marchensky"),  # y/yy ending
        ("Grushenko", "Pavel Grushenko"),
        ("Kiev", "Kyiv"),  # known place-name pair: GeoNames' current name wins over the more frequent Kiev
    ],
)
def test_variant_spellings_merge_into_one_entity(entities, alias, name):
    assert _entity_with(entities, alias).name == name


def test_nationality_does_not_merge_with_its_country(entities):
    assert _entity_with(entities, "Dravenian") is not _entity_with(entities, "Dravenia")


def test_shared_surname_stays_apart_when_ambiguous(entities):
    ivan, oleg, bare = (_entity_with(entities, n) for n in ("Ivan Petrov", "Oleg Petrov", "Petrov"))
    assert len({ivan.id, oleg.id, bare.id}) == 3


def test_attribution_speaker_counts_as_a_mention(entities):
    ministry = _entity_with(entities, "Dravenian foreign ministry")
    assert ministry.type == "ORG"
    assert ministry.articles == ("a4",)


def test_entity_records_every_article_that_names_it(entities):
    assert _entity_with(entities, "Pak Sung-ho").articles == ("a1", "a2", "a3")


def test_ids_follow_sorted_names(entities):
    assert [e.id for e in entities] == [f"E{i}" for i in range(1, len(entities) + 1)]
    names = [e.name.casefold() for e in entities]
    assert names == sorted(names)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Marchenskyy", "Oleksiy Marchensky"),
        ("President Oleksiy Marchensky", "Oleksiy Marchensky"),
        ("Alexander Volkhonsky's", "Alexander Volkhonsky"),
        ("Sung-ho", "Pak Sung-ho"),
        ("Kyiv", "Kyiv"),
        ("Petrov", "Petrov"),
        ("Nobody Inparticular", None),
        ("he", None),
    ],
)
def test_resolve_name(entities, name, expected):
    found = resolve_name(name, entities)
    assert (found.name if found else None) == expected


def test_resolve_name_unknown_partial_of_two_people_is_none(make):
    arts = [
        make(
            "p1",
            "Ivan Petrov spoke. Oleg Petrov replied.",
            entities=[("Ivan Petrov", "PERSON"), ("Oleg Petrov", "PERSON")],
        )
    ]
    entities = link_entities(arts).entities
    assert resolve_name("Petrov", entities) is None


@pytest.mark.parametrize(
    ("full", "partial", "label"),
    [
        ("Tae Jong Un", "UN", "ORG"),  # acronym inside a name
        ("Marta Kalinovka", "Kalinovka", "GPE"),  # a place that shares a person's surname
    ],
)
def test_non_person_partial_does_not_join_a_person(make, full, partial, label):
    text = f"{full} arrived. Officials of {partial} met them."
    arts = [make("u1", text, entities=[(full, "PERSON"), (partial, label)])]
    entities = link_entities(arts).entities
    assert _entity_with(entities, partial) is not _entity_with(entities, full)


def test_links_carry_one_index_that_resolves_like_resolve_name(corpus_articles):
    links = link_entities(corpus_articles)
    assert links.index is not None
    for name in ("Grushenko", "Kyiv", "Petrov", "nobody at all"):
        assert links.index.resolve(name) == resolve_name(name, links.entities)


def _ann(aid, text, ents):
    from storyscope.model import AnnotatedArticle, Annotations, Article, EntityMention

    mentions = []
    for surface, label in ents:
        start = text.index(surface)
        mentions.append(EntityMention(surface, label, start, start + len(surface)))
    article = Article(id=aid, source=f"{aid}.txt", title=None, published=None, outlet=None, language="en",
                      text=text, content_hash=aid)
    return AnnotatedArticle(article, Annotations(entities=tuple(mentions)))


def test_a_country_and_its_demonym_type_each_other():
    arts = [_ann("d1", "Velmora said the Velmoran engineers left.", [("Velmora", "PERSON"), ("Velmoran", "PERSON")]),
            _ann("d2", "Velmorans cheered as Velmora agreed.", [("Velmorans", "PERSON"), ("Velmora", "ORG")])]
    types = {e.name: e.type for e in link_entities(arts).entities}
    assert types == {"Velmora": "GPE", "Velmoran": "NORP", "Velmorans": "NORP"}


def test_zh_and_j_transliterations_merge():
    arts = [_ann("z1", "Floods hit Zhelnovsk.", [("Zhelnovsk", "GPE")]),
            _ann("z2", "Floods hit Jelnovsk.", [("Jelnovsk", "GPE")])]
    [entity] = link_entities(arts).entities
    assert set(entity.aliases) == {"Zhelnovsk", "Jelnovsk"}


def test_lower_case_descriptions_are_not_entities():
    arts = [_ann("l1", "The officials met Mara Quill.", [("officials", "ORG"), ("Mara Quill", "PERSON")])]
    assert [e.name for e in link_entities(arts).entities] == ["Mara Quill"]


def test_a_surname_read_as_an_organisation_joins_the_full_name_in_the_same_article():
    arts = [_ann("s1", "Premier Ivo Tarnak spoke. Tarnak said the dam held.", [("Ivo Tarnak", "PERSON"), ("Tarnak", "ORG")]),
            _ann("s2", "Tarnak Holdings bought the port.", [("Tarnak Holdings", "ORG")])]
    names = {a: e.name for e in link_entities(arts).entities for a in e.aliases}
    assert names["Tarnak"] == "Ivo Tarnak"
    assert names["Tarnak Holdings"] == "Tarnak Holdings"


def test_an_acronym_joins_the_name_it_abbreviates_in_an_article_using_both():
    arts = [_ann("a1", "The Free Harbour Authority met. The FHA said the quay is closed.",
                 [("Free Harbour Authority", "ORG"), ("FHA", "ORG")]),
            _ann("a2", "Later the FHA reopened it.", [("FHA", "ORG")])]
    [entity] = link_entities(arts).entities
    assert (entity.name, entity.type) == ("Free Harbour Authority", "ORG")
    assert set(entity.aliases) == {"Free Harbour Authority", "FHA"}
    assert entity.articles == ("a1", "a2")


def test_an_acronym_stays_apart_when_never_beside_its_name_or_when_ambiguous():
    arts = [_ann("b1", "The Free Harbour Authority met.", [("Free Harbour Authority", "ORG")]),
            _ann("b2", "The FHA said the quay is closed.", [("FHA", "ORG")]),
            _ann("b3", "The FHA, the Forest Heritage Agency and the Free Harbour Authority met.",
                 [("FHA", "ORG"), ("Forest Heritage Agency", "ORG"), ("Free Harbour Authority", "ORG")])]
    names = {e.name for e in link_entities(arts).entities}
    assert names == {"FHA", "Forest Heritage Agency", "Free Harbour Authority"}


def test_a_plural_name_joins_its_singular_but_a_surname_keeps_its_s():
    arts = [_ann("p1", "Selvan troops and the Tarn People's Republic.", [("Selvan", "NORP"), ("Tarn People's Republic", "GPE")]),
            _ann("p2", "Selvans said the Dorn and Tarn People’s Republics voted.",
                 [("Selvans", "NORP"), ("Tarn People’s Republics", "GPE")]),
            _ann("p3", "Ana Roberts met Ana Robert.", [("Ana Roberts", "PERSON"), ("Ana Robert", "PERSON")])]
    names = {a: e.name for e in link_entities(arts).entities for a in e.aliases}
    assert names["Selvans"] == names["Selvan"] == "Selvan"
    assert names["Tarn People’s Republics"] == "Tarn People's Republic"
    assert names["Ana Roberts"] != names["Ana Robert"]


def test_a_plural_fold_needs_an_exact_singular_and_no_person_on_either_side():
    arts = [_ann("q1", "The Greens met Tom Green and Hamas.", [("Greens", "ORG"), ("Tom Green", "PERSON"), ("Hamas", "ORG")]),
            _ann("q2", "Green spoke; Ham Dal and the Congress too.", [("Green", "PERSON"), ("Ham Dal", "PERSON"),
                                                                       ("Congress", "ORG")]),
            _ann("q3", "The Conger group replied.", [("Conger", "ORG")])]
    names = {a: e.name for e in link_entities(arts).entities for a in e.aliases}
    assert names["Greens"] != names["Green"]
    assert names["Congress"] != names["Conger"]


def test_a_plural_description_opening_a_sentence_is_no_entity(make):
    text = ("Security sources report that convoys left Osk. Mara Quill said the convoys were late.\n\n"
            "Locals claim the bridge was hit. Regnum claimed the bridge stood.")
    art = make("q1", text, entities=[("Mara Quill", "PERSON")], attributions=[
        {"speaker": "Security sources", "source": "Security sources", "cue": "report", "content": "convoys left Osk"},
        {"speaker": "Mara Quill", "source": "Mara Quill", "cue": "said", "content": "the convoys were late"},
        {"speaker": "Locals", "source": "Locals", "cue": "claim", "content": "the bridge was hit"},
        {"speaker": "Regnum", "source": "Regnum", "cue": "claimed", "content": "the bridge stood"}])
    assert sorted(e.name for e in link_entities([art]).entities) == ["Mara Quill", "Regnum"]


def test_a_plural_name_the_article_capitalises_mid_sentence_stays_and_a_description_after_a_quote_goes(make):
    text = ("Velmites claimed the port was shut. Talks stalled, and the Velmites left.\n\n"
            "The mayor said: “The bridge fell.” Residents say the ferry still runs.\n\n"
            "Ferry still running despite storm\nResidents say the storm passed.")
    art = make("q2", text, attributions=[
        {"speaker": "Velmites", "source": "Velmites", "cue": "claimed", "content": "the port was shut"},
        {"speaker": "Residents", "source": "Residents", "cue": "say", "content": "the ferry still runs"}])
    assert [e.name for e in link_entities([art]).entities] == ["Velmites"]


def test_an_entity_lists_the_articles_that_write_its_name_where_the_tagger_missed_it(make):
    tagged = make("t1", "Talvoria sent builders to Brenn, envoy Mara Velt said.",
                  entities=[("Talvoria", "GPE"), ("Brenn", "GPE"), ("Mara Velt", "PERSON")])
    missed = make("t2", "The builders will mainly work in the Brenn region, Mara Velt told reporters. Velt left.",
                  entities=[])
    longer = make("t3", "The Brenn Post reviewed a cookbook. The Brenn People's Council met. In Brenn, it rained.",
                  entities=[])
    inside = make("t4", "The Brenn Post reviewed a cookbook. The Brenn People's Council met. New Brenn grew.",
                  entities=[])
    links = link_entities([tagged, missed, longer, inside])
    by_name = {e.name: e for e in links.entities}
    assert by_name["Brenn"].articles == ("t1", "t2", "t3")  # a place, by its one-word name ("In Brenn" in t3)
    assert by_name["Mara Velt"].articles == ("t1", "t2")  # a person, by a name of two words
    assert by_name["Talvoria"].articles == ("t1",)
    # (a name inside a longer one names something else: "The Brenn Post", "The Brenn People's Council", "New Brenn")
    assert "t4" not in by_name["Brenn"].articles
    # (mentions, and the articles stories are blocked on, stay as tagged)
    assert links.article_entities.get("t2", ()) == ()
    assert links.tagged[by_name["Brenn"].id] == ("t1",)
