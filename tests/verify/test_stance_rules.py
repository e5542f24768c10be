"""The first stance rule: relevance gate, numbers, refuting and hedging cues."""

import pytest

from storyscope.verify.stance_rules import judge

CLAIM = "Norland will send 500 engineers to rebuild the bridge"


@pytest.mark.parametrize("passage, stance", [
    ("Norland will send 500 engineers to rebuild the collapsed bridge next month.", "agree"),
    ("Norland will send 5,000 engineers to rebuild the bridge.", "disagree"),
    ("Norland denied it would send engineers to rebuild the bridge.", "disagree"),
    ("Norland reportedly will send 500 engineers to rebuild the bridge.", "discuss"),
    ("The weather in the capital was mild on Sunday.", None),
])
def test_stance(passage, stance):
    assert judge(CLAIM, passage)[0] == stance
