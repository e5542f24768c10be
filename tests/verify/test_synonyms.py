"""Synonyms of a word's usual sense count toward a claim's coverage (verify/synonyms.py, built from WordNet 3.0 by
scripts/build_synonyms.py): "supply" for "provide", "fix" for "repair", never a word's antonym or another sense."""

import importlib.util
import json
from pathlib import Path

import pytest

from storyscope.verify.stance_rules import covered_share, word_stems
from storyscope.verify.synonyms import SYNONYMS_PATH, groups_of, has_synonym, meaning_groups

from .conftest import check_verdicts

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_synonyms.py"


@pytest.mark.parametrize(("word", "other"), [("supplied", "provide"), ("repairs", "fixing"), ("biggest", "largest"),
                                             ("suppli", "provid")])
def test_synonyms_of_the_usual_sense_in_any_form(word, other) -> None:
    assert has_synonym(word, groups_of({other}))


@pytest.mark.parametrize(("word", "other"), [("east", "west"), ("declined", "agreed"), ("bigger", "smaller"),
                                             ("troops", "workers"), ("signed", "refused")])
def test_no_antonym_or_neighbour_is_a_synonym(word, other) -> None:
    assert not has_synonym(word, groups_of({other}))


def test_coverage_counts_synonyms_but_not_for_names() -> None:
    claim, passage = word_stems("Kessia will supply tents to repair shelters"), word_stems(
        "Kessia will provide tents to fix shelters")
    assert covered_share(claim, passage) == 1.0
    # a capitalised word must be there as written
    assert covered_share({"big"}, {"large"}) == 1.0
    assert covered_share({"big"}, {"large"}, names=frozenset({"big"})) == 0.0
    assert meaning_groups("kessia") == frozenset()


def test_the_table_carries_the_wordnet_notice() -> None:
    meta = json.loads(SYNONYMS_PATH.read_text(encoding="utf-8"))
    assert "Princeton University" in meta["notice"] and meta["name"].startswith("wordnet3.0.first")


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
    assert module.synonym_groups(tmp_path, senses=1) == {"v": [["fix", "mend"]]}
    assert module.synonym_groups(tmp_path, senses=2) == {"v": [["fix", "mend"], ["mend", "save"]]}


@pytest.mark.slow  # runs analyze (spaCy) for the store
def test_a_claim_in_other_words_is_confirmed(tmp_path) -> None:
    articles = [{"id": "b1", "published": "2031-05-02", "title": "Bridge works",
                 "text": "Norvakian crews began to repair the Brask bridge on Monday, and the work will last a month.\n\n"
                         "The bridge was closed to lorries in March after a flood."}]
    claims = {"fix": "Norvakian crews started to fix the bridge.",
              "mend": "Norvakian crews started to mend the Brask bridge.",
              "demolish": "Norvakian crews started to demolish the Brask bridge.",
              # (a stage of the act must be told as the claim tells it, however close the wording)
              "finished": "Norvakian crews finished fixing the Brask bridge."}
    verdicts = check_verdicts(tmp_path, articles, claims)
    assert verdicts == {"fix": "supported", "mend": "supported", "demolish": "not_enough_evidence",
                        "finished": "not_enough_evidence"}
