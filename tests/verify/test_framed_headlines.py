"""The debunk-framed headlines that train the stance cross-encoder (scripts/train_stance_cross_encoder.py
``framed_pairs``): a frame that calls the story false turns the body's stance, and headlines that already deny,
doubt or ask are left alone."""

import importlib.util
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_stance_cross_encoder.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("train_stance_cross_encoder", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # imports no torch at module level
    return module


def _pairs():
    return [("Kessia sent 300 tents to the Osk valley", "Kessia's ministry shipped 300 tents on Monday.", "agree"),
            ("The Velm bridge collapsed in the storm", "The Velm bridge is standing; the collapse story is false.",
             "disagree"),
            ("Osk harbour will reopen in May", "Officials are discussing when the harbour could reopen.", "discuss")]


def test_a_frame_turns_agree_and_disagree_and_keeps_discuss(script) -> None:
    framed = script.framed_pairs(_pairs())
    by_passage = {passage: (headline, label) for headline, passage, label in framed}
    assert by_passage["Kessia's ministry shipped 300 tents on Monday."][1] == "disagree"
    assert by_passage["The Velm bridge is standing; the collapse story is false."][1] == "agree"
    assert by_passage["Officials are discussing when the harbour could reopen."][1] == "discuss"
    for headline, _ in by_passage.values():
        # every framed headline holds a frame's debunking words and the story it frames
        assert script.DEBUNKING.search(headline)


def test_the_headline_sits_inside_the_frame(script, monkeypatch) -> None:
    # "The" is lower-cased inside a sentence frame and kept after a label; a name keeps its capital
    monkeypatch.setattr(script, "FRAMES", ("Claims that {h} are a hoax",))
    framed = {p: h for h, p, _ in script.framed_pairs(_pairs())}
    assert framed["The Velm bridge is standing; the collapse story is false."] == \
        "Claims that the Velm bridge collapsed in the storm are a hoax"
    assert framed["Kessia's ministry shipped 300 tents on Monday."] == \
        "Claims that Kessia sent 300 tents to the Osk valley are a hoax"
    monkeypatch.setattr(script, "FRAMES", ("Hoax: {H}",))
    framed = {p: h for h, p, _ in script.framed_pairs(_pairs())}
    assert framed["The Velm bridge is standing; the collapse story is false."] == \
        "Hoax: The Velm bridge collapsed in the storm"


def test_headlines_that_already_deny_doubt_or_ask_are_left_out(script) -> None:
    pairs = [("No, Kessia did not send tents", "Kessia shipped 300 tents.", "disagree"),
             ("Did the Velm bridge collapse?", "The bridge collapsed.", "agree"),
             ("Osk mayor denies harbour closure", "The harbour is closed.", "disagree"),
             ("Brask claims of a hoax spread online", "The Brask story spread.", "discuss")]
    assert script.framed_pairs(pairs) == []


def test_caps_and_seed_bound_the_output(script) -> None:
    many = [(f"Talvoria opens crossing number {i}", f"The crossing {i} opened.", "agree") for i in range(900)]
    framed = script.framed_pairs(many)
    assert len(framed) == script.FRAME_CAPS["agree"]
    assert framed == script.framed_pairs(many)  # seeded
    assert {label for _, _, label in framed} == {"disagree"}
