"""Claims as people post them (``verify.posts``): what wraps the claim goes, the claim stays."""

import pytest

from storyscope.verify.posts import as_posted

from .conftest import check_verdicts


@pytest.mark.parametrize("posted, plain", [
    ("BREAKING 🚨 Riga and Tallinn signed a ferry pact on June 3 #Baltics #Ferries",
     "Riga and Tallinn signed a ferry pact on June 3"),
    ("Mari Sepp told @NATO that 400 sailors were evacuated 🇪🇪 #Estonia",
     "Mari Sepp told NATO that 400 sailors were evacuated"),
    ("Claim: The Narva bridge collapsed in April.", "The Narva bridge collapsed in April."),
    ("BLUF: EE MFA urged new sanctions on Minsk (002).", "EE MFA urged new sanctions on Minsk."),
    ("THREAD 1/ The port in Riga is closed.", "The port in Riga is closed."),
    ("Reminder for everyone asking: Estonia ALREADY sent pumps to Latvia 💧", "Estonia ALREADY sent pumps to Latvia"),
    ("Sepp basically says the dam will hold #Floods", "Sepp says the dam will hold"),
    ("“The dam is completely out of control” — Mari Sepp, Estonia's foreign minister",
     "Mari Sepp, Estonia's foreign minister, said “The dam is completely out of control”."),
    ("#NorthKorea sent troops", "North Korea sent troops"),
    ("Correction: the Osk ferry sank in May, not June.", "The Osk ferry sank in May, not June."),
    ("Clarification: the figure counts sailors.", "The figure counts sailors."),
    ("To be precise, Mari Sepp spoke in Riga.", "Mari Sepp spoke in Riga."),
    ("For the record: the dam held.", "The dam held."),
])
def test_what_wraps_a_post_goes(posted: str, plain: str) -> None:
    assert as_posted(posted) == plain


@pytest.mark.parametrize("claim", [
    "The temperature fell to 5°C in Riga.", "Latvia sent 2/3 of its pumps.", "Update on the talks came on Monday.",
    "New sanctions were imposed on Minsk.", "Claims that the dam burst are false.",
    "The correction came on Monday.", "To be precise is hard.",
])
def test_a_claim_without_wrapping_is_left_as_it_is(claim: str) -> None:
    assert as_posted(claim) == claim


def test_a_post_in_lower_case_stays_in_lower_case() -> None:
    assert as_posted("tbh latvia sent pumps lol") == "latvia sent pumps"


@pytest.mark.slow
def test_check_reads_a_post_as_its_claim(tmp_path) -> None:
    articles = [{"id": "p1", "published": "2031-08-01", "title": "Pact",
                 "text": "On 3 June Latvia and Estonia signed a ferry pact in Riga.\n\n"
                         "Estonian Foreign Minister Mari Sepp said the Narva dam was “completely out of control”."}]
    verdicts = check_verdicts(tmp_path, articles, {
        "post": "BREAKING 🚨 Latvia and Estonia signed a ferry pact on 3 June 🤝 #Baltics #Ferries",
        "entry": "Claim: Latvia and Estonia signed a ferry pact on 3 June.",
        "quote": "“The Narva dam is completely out of control” — Mari Sepp, Estonian foreign minister",
    })
    assert verdicts == {"post": "supported", "entry": "supported", "quote": "supported"}
