"""A claim about a person described in an appositive that holds a verb of saying ("Ola Dahl, the analyst who urged a
deal, is in his fifties") is about the person, not about what they said; a cleft ("Dahl was the one who said ...") and
"P, as confirmed by X" are about what was said."""

import pytest

from storyscope.verify.actions import parse_texts
from storyscope.verify.check import _subordinate_cue


@pytest.mark.parametrize(("claim", "subordinate"), [
    ("Ola Dahl, the radio commentator who urged Velm to accept the harbour deal, is in his fifties.", True),
    ("Ola Dahl, who urged Velm to accept the harbour deal, inspected the harbour in May.", True),
    ("Ola Dahl, who urged Velm to accept the harbour deal, is in his fifties.", True),
    # an appositive of the copula's complement, not its subject
    ("The deal's loudest critic is Ola Dahl, the analyst who said it would ruin Velm.", False),
    ("Ola Dahl was the one who urged Velm to accept the harbour deal.", False),
    ("Kessian troops are already in Osk, as confirmed by Velm's intelligence service.", False),
    ("Ola Dahl urged Velm to accept the harbour deal.", False),
])
def test_a_verb_of_saying_in_a_description_of_the_subject(claim, subordinate) -> None:
    assert _subordinate_cue(parse_texts([claim])[0]) is subordinate
