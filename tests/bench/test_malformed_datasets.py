"""A malformed dataset file makes a benchmark fail with E016 naming the file, never with a traceback."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyscope.bench.checkworthy import read_ct24
from storyscope.bench.datasets import fnc1_bodies, fnc1_pairs
from storyscope.bench.emergent import FOLD_GLOB, emergent_folds
from storyscope.bench.extraction import load_pages
from storyscope.bench.stories import load_ecbplus
from storyscope.bench.veracity import META_FILE, load_claims
from storyscope.cli import app
from storyscope.errors import StoryscopeError


def _fails_naming(path: Path, read, *args) -> str:
    with pytest.raises(StoryscopeError) as err:
        read(*args)
    assert err.value.code == "E016" and str(path) in str(err.value)
    return str(err.value)


def test_fnc1_bodies_without_the_id_column_or_with_a_word_for_an_id(tmp_path):
    (tmp_path / "train_bodies.csv").write_text("Body,articleBody\n1,The dam at Velm held.\n", encoding="utf-8")
    assert "'Body ID'" in _fails_naming(tmp_path / "train_bodies.csv", fnc1_bodies, tmp_path)
    (tmp_path / "train_bodies.csv").write_text("Body ID,articleBody\nabc,The dam at Velm held.\n", encoding="utf-8")
    _fails_naming(tmp_path / "train_bodies.csv", fnc1_bodies, tmp_path)


def test_fnc1_stances_in_latin1(tmp_path):
    (tmp_path / "train_stances.csv").write_bytes("Headline,Body ID,Stance\nCafé closed,1,agree\n".encode("latin-1"))
    assert "not UTF-8" in _fails_naming(tmp_path / "train_stances.csv", fnc1_pairs, tmp_path)


def test_emergent_fold_with_an_unknown_stance_or_a_fold_name_without_a_number(tmp_path):
    (tmp_path / "folds").mkdir()
    fold = tmp_path / "folds" / FOLD_GLOB.replace("*", "1")
    fold.write_text("claimHeadline,articleHeadline,articleHeadlineStance\nOsk fell,Osk fell,bogus\n", encoding="utf-8")
    assert "'bogus'" in _fails_naming(fold, emergent_folds, tmp_path)
    fold.rename(tmp_path / "folds" / FOLD_GLOB.replace("*", "x"))
    _fails_naming(tmp_path / "folds", emergent_folds, tmp_path)


def test_veracity_metadata_without_claim_ids(tmp_path):
    (tmp_path / "folds").mkdir()
    (tmp_path / "folds" / FOLD_GLOB.replace("*", "1")).write_text("claimId\n1\n", encoding="utf-8")
    (tmp_path / META_FILE).write_text("claim,claimHeadline\n1,Osk fell\n", encoding="utf-8")
    _fails_naming(tmp_path / META_FILE, load_claims, tmp_path)


def test_checkworthy_labels_other_than_yes_and_no(tmp_path):
    path = tmp_path / "train.tsv"
    path.write_text("Sentence_id\tText\tclass_label\n1\tThe dam held.\tMaybe\n", encoding="utf-8")
    assert "'Maybe'" in _fails_naming(path, read_ct24, path)


def test_extraction_truth_that_is_not_json_or_not_an_object(tmp_path):
    (tmp_path / "ground-truth.json").write_text("{not json", encoding="utf-8")
    _fails_naming(tmp_path / "ground-truth.json", load_pages, tmp_path)
    (tmp_path / "ground-truth.json").write_text("[1, 2]", encoding="utf-8")
    _fails_naming(tmp_path / "ground-truth.json", load_pages, tmp_path)


def test_extraction_page_that_is_not_gzip(tmp_path):
    (tmp_path / "html").mkdir()
    (tmp_path / "text").mkdir()
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": "x"}}), encoding="utf-8")
    (tmp_path / "html" / "p1.html.gz").write_bytes(b"<html>plain</html>")
    (tmp_path / "text" / "p1.txt").write_text("plain", encoding="utf-8")
    _fails_naming(tmp_path / "html" / "p1.html.gz", load_pages, tmp_path)
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(b"<html>plain</html>"))
    assert load_pages(tmp_path)[0].html == "<html>plain</html>"


def test_stories_docs_without_an_id(tmp_path):
    (tmp_path / "docs.jsonl").write_text(json.dumps({"text": "x", "topic": 1, "cluster_id": "c"}) + "\n",
                                         encoding="utf-8")
    assert "'anon_id'" in _fails_naming(tmp_path / "docs.jsonl", load_ecbplus, tmp_path)


@pytest.mark.parametrize("sizes", ["-5", "0", "abc", ","])
def test_bench_scale_takes_only_positive_sizes(tmp_path, sizes):
    result = CliRunner().invoke(app, ["bench", "scale", "--sizes", sizes, "--results", str(tmp_path)])
    assert result.exit_code == 2 and "--sizes" in result.output
    assert not list(tmp_path.iterdir())  # nothing recorded
