"""Retrieval for check: passage vectors that depend on their text alone."""


def test_a_passages_vector_does_not_depend_on_the_passages_embedded_beside_it() -> None:
    import numpy as np

    from storyscope.verify.retrieve import _embed

    alone = _embed(["The Osk harbour reopened on Monday."])[0]
    beside = _embed(["The Osk harbour reopened on Monday.", "Velm engineers repaired the long north wall of the old "
                     "harbour through the winter storms, the council said on Friday."])[0]
    assert np.array_equal(alone, beside)  # (a verdict never depends on which claims were checked with it)
