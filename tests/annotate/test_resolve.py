"""Speaker resolution with corrected entity types: missed names, demonyms, pronouns."""

from typing import Any


def _speakers(annotate: Any, text: str) -> list[tuple[str | None, str]]:
    return [(a.speaker, a.content) for a in annotate(text).attributions]


def test_a_titled_name_the_model_missed_is_the_speaker_and_the_antecedent(annotate: Any) -> None:
    text = ("The estimate doubled overnight.\n"
            "Dr Ines Marrow, a flood analyst at the Tessel Institute for Water Studies, said the estimate was "
            "too high.\n"
            "“Nobody has counted the pumps yet,” she said.")
    speakers = _speakers(annotate, text)
    assert [s for s, _ in speakers] == ["Ines Marrow", "Ines Marrow"]


def test_a_demonym_before_a_noun_is_not_the_antecedent_of_she(annotate: Any) -> None:
    text = ("Defence Minister Halvard Rusk said the first units would leave within two days.\n"
            "Velmoran officials say at least 12 people have died.\n"
            "“We will not stand by while our neighbours are under water,” she said.")
    speakers = dict((c[:10], s) for s, c in _speakers(annotate, text))
    assert speakers["We will no"] == "Halvard Rusk"


def test_the_paper_is_the_outlet_spoken_to_in_its_paragraph(annotate: Any) -> None:
    text = ("Minister Ana Brandt told the Valley Herald on Monday that the port would close, the newspaper "
            "reported.\n\n"
            "Farmers fear the road will flood, the paper said.")
    speakers = {c[:12]: s for s, c in _speakers(annotate, text)}
    assert speakers["that the por"] == "Ana Brandt"
    assert "Valley Herald" in speakers.values()
    # another paragraph names no outlet: the description stays as written
    assert speakers["Farmers fear"] == "paper"


def test_she_after_a_quote_is_the_speaker_not_a_subject_inside_what_was_said(annotate: Any) -> None:
    text = ("Dr Mara Quill, an economist at the Tessel Institute, said Velmora would be wise to borrow abroad.\n\n"
            "“Whoever pays for the dam will own the valley,” she said.")
    assert [s for s, _ in _speakers(annotate, text)] == ["Mara Quill", "Mara Quill"]


def test_the_possessor_of_the_subject_is_not_the_speaker(annotate: Any) -> None:
    text = "Holgrad’s governor, Oren Blom, said the town had waited."
    assert [s for s, _ in _speakers(annotate, text)] == ["Oren Blom"]
