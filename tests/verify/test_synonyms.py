"""Synonyms of a word's usual sense count toward a claim's coverage (verify/synonyms.py, built from WordNet 3.0 by
scripts/build_synonyms.py): "supply" for "provide", "mend" for "repair", never a word's antonym, another sense or
another part of speech."""

import importlib.util
import json
from pathlib import Path

import pytest

from storyscope.verify.stance_rules import AGREE_MIN_RELEVANCE, covered_share, judge_detail, predicate_cover, word_stems
from storyscope.verify.synonyms import SYNONYMS_PATH, groups_of, has_synonym, meaning_groups

from .conftest import check_verdicts

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_synonyms.py"


@pytest.mark.parametrize(("word", "other"), [("supplied", "provide"), ("repairs", "mending"), ("biggest", "largest"),
                                             ("suppli", "provid"),
                                             # news groups WordNet's usual senses keep apart (NEWS_GROUPS)
                                             ("deadliest", "bloodiest"), ("depended", "conditional")])
def test_synonyms_of_the_usual_sense_in_any_form(word, other) -> None:
    assert has_synonym(word, groups_of({other}))


@pytest.mark.parametrize(("word", "other"), [("east", "west"), ("declined", "agreed"), ("bigger", "smaller"),
                                             ("troops", "workers"), ("signed", "refused"),
                                             # a first sense that is not the news sense, or another part of speech
                                             # ("last week" is no "close"), or a stem another word shares
                                             ("sanctioned", "approved"), ("took", "proceeds"), ("closed", "near"),
                                             ("last", "close"), ("plans", "level"), ("forces", "pressure"),
                                             ("wounded", "wind"), ("held", "maintained"), ("launched", "established")])
def test_no_antonym_or_neighbour_is_a_synonym(word, other) -> None:
    assert not has_synonym(word, groups_of({other}))


def test_coverage_counts_synonyms_but_not_for_names() -> None:
    claim, passage = word_stems("Kessia will supply tents to repair shelters"), word_stems(
        "Kessia will provide tents to mend shelters")
    assert covered_share(claim, passage) == 1.0
    # a capitalised word must be there as written
    assert covered_share({"big"}, {"large"}) == 1.0
    assert covered_share({"big"}, {"large"}, names=frozenset({"big"})) == 0.0
    # a claim word the table does not hold is not covered by chance
    assert meaning_groups("kessia") == frozenset() and covered_share({"kessia"}, {"provide", "large"}) == 0.0


def test_the_table_carries_the_wordnet_notice() -> None:
    meta = json.loads(SYNONYMS_PATH.read_text(encoding="utf-8"))
    assert "Permission to use, copy, modify and distribute" in meta["notice"]
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in meta["notice"]
    assert meta["name"].startswith("wordnet3.0.first")


def _write_wordnet(folder: Path) -> None:
    """A two-synset WordNet in the database's layout: "mend" has "repair" as its first sense and "rescue" second;
    "fix" has "repair" first; "save" has "rescue" first."""
    for name in ("noun", "adj", "adv"):
        (folder / f"index.{name}").write_text("  1 licence header\n", encoding="utf-8")
        (folder / f"data.{name}").write_text("  1 licence header\n", encoding="utf-8")
    (folder / "index.verb").write_text(
        "  1 licence header\n"
        "fix v 1 0 1 0 00000001  \n"
        "mend v 2 0 2 0 00000001 00000002  \n"
        "save v 1 0 1 0 00000002  \n", encoding="utf-8")
    (folder / "data.verb").write_text(
        "  1 licence header\n"
        "00000001 30 v 02 fix 0 mend 0 000 | restore\n"
        "00000002 30 v 02 mend 0 save 0 000 | rescue\n", encoding="utf-8")


def test_the_build_keeps_first_senses_only(tmp_path) -> None:
    spec = importlib.util.spec_from_file_location("build_synonyms", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    _write_wordnet(tmp_path)
    # "mend" and "save" share a synset, but it is not mend's first sense
    assert module.synonym_groups(tmp_path, senses=1, dominant=False) == {"v": [["fix", "mend"]]}
    assert module.synonym_groups(tmp_path, senses=2, dominant=False) == {"v": [["fix", "mend"], ["mend", "save"]]}
    # a first sense counts where WordNet's tagged corpus says it is the usual one: "fix" is tagged 9 times in its
    # first sense and 7 in its second, so it is out, and "mend" is left alone
    (tmp_path / "cntlist.rev").write_text("fix%2:30:01:: 1 9\nfix%2:35:00:: 2 7\nmend%2:30:01:: 1 12\n"
                                          "mend%2:41:00:: 2 2\nsave%2:41:00:: 1 20\n", encoding="utf-8")
    assert module.synonym_groups(tmp_path, senses=1) == {}
    (tmp_path / "cntlist.rev").write_text("fix%2:30:01:: 1 9\nfix%2:35:00:: 2 3\nmend%2:30:01:: 1 12\n",
                                          encoding="utf-8")
    assert module.synonym_groups(tmp_path, senses=1) == {"v": [["fix", "mend"]]}
    assert module.licence_text(tmp_path / "data.verb") == "licence header"


def test_a_passage_in_other_words_covers_the_claim() -> None:
    passage = "After the storm, Velm provided large tents to repair shelters in the Osk valley on Monday."
    claim = "Velm supplied big tents to mend shelters in the Osk valley."
    assert judge_detail(claim, passage).relevance >= AGREE_MIN_RELEVANCE
    assert predicate_cover(claim, passage) == 1.0


@pytest.mark.slow  # runs analyze (spaCy) for the store
def test_a_stage_of_the_act_must_be_told(tmp_path) -> None:
    articles = [{"id": "b1", "published": "2031-05-02", "title": "Bridge works",
                 "text": "Norvakian crews began to repair the Brask bridge on Monday, and the work will last a month.\n\n"
                         "The bridge was closed to lorries in March after a flood."}]
    claims = {"began": "Norvakian crews began to repair the Brask bridge on Monday.",
              # (however close the wording, a passage that tells the start does not tell the end)
              "finished": "Norvakian crews finished repairing the Brask bridge."}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts == {"began": "supported", "finished": "not_enough_evidence"}
