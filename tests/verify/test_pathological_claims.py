"""Claims and passages built to make a regular expression backtrack: a run of capitals after a speaker's words took
time exponential in its length in the contrast patterns (a 117-character claim held ``serve`` for minutes). These
finish at once now; on the old patterns the first assertion does not return."""

from storyscope.verify.statements import contrasted_subject


def test_a_run_of_capitals_does_not_make_the_contrast_patterns_backtrack():
    said = "Kaspar Linde said the harbour of Velmar reopened on Monday, " + "A" * 60
    assert not contrasted_subject(said, "The harbour reopened, but Velmar is not " + "B" * 60)
    assert not contrasted_subject("A" * 60 + " " + "B" * 60 + " is wary", "Velmar is wary, but " + "C" * 60)
    # the patterns still read a contrast of two names
    assert contrasted_subject("North Korea has to be careful about secondary sanctions",
                              "China is cautious not to get under secondary sanctions, but North Korea is not in danger")
