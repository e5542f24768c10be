"""build_corpus as a whole: determinism, errors, empty input, scale."""

import json
import os
import random
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from storyscope.corpus import build_corpus
from storyscope.errors import StoryscopeError


def _dump(result) -> str:
    return json.dumps(asdict(result), sort_keys=True)


def test_same_input_in_any_order_gives_same_result(corpus_articles):
    shuffled = list(corpus_articles)
    random.Random(3).shuffle(shuffled)
    assert _dump(build_corpus(corpus_articles)) == _dump(build_corpus(list(reversed(shuffled))))


def test_result_does_not_depend_on_hash_seed():
    # String hashing is randomised per process: any set iteration leaking into
    # the output would show up as a difference between these two runs.
    script = (
        "import importlib.util, json, sys; from dataclasses import asdict;"
        "spec = importlib.util.spec_from_file_location('fx', sys.argv[1]);"
        "fx = importlib.util.module_from_spec(spec); spec.loader.exec_module(fx);"
        "from storyscope.corpus import build_corpus;"
        "print(json.dumps(asdict(build_corpus(fx.build_all())), sort_keys=True))"
    )
    conftest = str(Path(__file__).with_name("conftest.py"))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, conftest],
            env=dict(os.environ, PYTHONHASHSEED=seed),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in ("1", "2")
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outs]
    assert outs[0][0] == outs[1][0]


def test_every_article_gets_a_story(corpus, corpus_articles):
    assert set(corpus.article_story) == {a.article.id for a in corpus_articles}


def test_duplicate_ids_raise_e018(ledger):
    with pytest.raises(StoryscopeError) as err:
        build_corpus([ledger, ledger])
    assert err.value.code == "E018"


def test_empty_input_gives_empty_result():
    result = build_corpus([])
    assert result.stories == () and result.claims == () and result.article_story == {}


def test_article_without_annotations(make):
    bare = make("x1", "")
    result = build_corpus([bare])
    assert result.article_story == {"x1": "S1"} and result.claims == ()


def test_scales_to_two_thousand_small_articles(make):
    # A smoke test, not a benchmark: it must finish (blocking, not all pairs).
    rng = random.Random(11)
    vocab = [f"term{i}" for i in range(2000)]
    articles = []
    for i in range(2000):
        topic = i % 200
        person = f"Person{topic} Family{topic}"
        words = " ".join(rng.sample(vocab[topic * 10 : topic * 10 + 60], 10))
        count = rng.randint(2, 90) * 100
        text = f"{person} said {words} today. Officials counted {count:,} workers near site{topic}."
        articles.append(
            make(
                f"g{i:05d}",
                text,
                title=f"Story {topic}",
                published=f"2031-{1 + i % 12:02d}-{1 + i % 28:02d}",
                entities=[(person, "PERSON")],
                quantities=[(f"{count:,}", float(count), "workers")],
            )
        )
    result = build_corpus(articles)
    assert len(result.article_story) == 2000
    assert len(result.stories) < 2000
