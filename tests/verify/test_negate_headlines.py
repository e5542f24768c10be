"""The headline negation that builds the stance cross-encoder's augmented training pairs
(scripts/negate_headlines.py): it negates the main verb and skips what it cannot negate safely."""

import importlib.util
from pathlib import Path

import pytest

from storyscope.verify.actions import parse_texts

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "negate_headlines.py"


@pytest.fixture(scope="module")
def negate():
    spec = importlib.util.spec_from_file_location("negate_headlines", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return lambda headline: module.negate(parse_texts([headline])[0])


def test_the_main_verb_is_negated(negate) -> None:
    assert negate("Osk harbour will reopen in May") == "Osk harbour will not reopen in May"
    assert negate("The Velm bridge was closed by the floods") == "The Velm bridge was not closed by the floods"
    assert negate("Kessia sent 300 tents to the Osk valley") == "Kessia did not send 300 tents to the Osk valley"
    assert negate("The mayor of Velm is a former engineer") == "The mayor of Velm is not a former engineer"


def test_what_cannot_be_negated_safely_is_skipped(negate) -> None:
    assert negate("Will Osk harbour reopen in May?") is None  # a question
    assert negate("The Velm bridge did not close") is None  # already negated
    assert negate("Osk harbour to reopen, officials say") is None  # a reporting verb
    assert negate("Floods in the Osk valley") is None  # no verb
