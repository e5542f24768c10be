"""``check`` reads past a commentator's framing, the pile's own reports and a fact-check entry's attribution to the
claim they carry, and reads "<outlet> reports P" as P where the pile holds that outlet's article."""

import pytest

from storyscope.verify.claim_forms import framed_claim, outlet_unframed, written_plainly

from .conftest import check_verdicts


@pytest.mark.parametrize("framed, plain", [
    ("Tellingly, Latvia closed the port on Monday.", "Latvia closed the port on Monday."),
    ("As many predicted, Riga cut ties with Minsk.", "Riga cut ties with Minsk."),
    ("In a worrying sign, the dam gave way.", "The dam gave way."),
    ("The West should note that Estonia has already sent pumps.", "Estonia has already sent pumps."),
    ("Even the Latvian premier admits the dam failed.", "The Latvian premier admits the dam failed."),
])
def test_a_commentators_framing_goes(framed: str, plain: str) -> None:
    assert written_plainly(framed) == plain


@pytest.mark.parametrize("claim", [
    "Reportedly, Latvia closed the port.",  # a hedge, which ``hedged`` reads
    "Italy, France and Spain signed the pact.", "Even so, the talks failed.", "Notes were passed in Riga.",
])
def test_words_that_look_like_framing_stay(claim: str) -> None:
    assert written_plainly(claim) == claim


@pytest.mark.parametrize("claim, inner", [
    ("One report says Latvia closed the port.", "Latvia closed the port."),
    ("A report dated May 2031 says Latvia closed the port.", "Latvia closed the port."),
    ("Press reports on the flood say the dam gave way.", "The dam gave way."),
    ("Social media users claim the port was closed on Monday.", "The port was closed on Monday."),
    ("A viral post says Riga was the first city to close its port.", "Riga was the first city to close its port."),
    ("Latvia closed the port, the coverage shows.", "Latvia closed the port."),
])
def test_the_piles_reports_and_a_fact_check_entrys_attribution_frame_the_claim(claim: str, inner: str) -> None:
    assert framed_claim(claim) == (inner, False)


def test_an_outlet_of_the_pile_says_what_its_article_says() -> None:
    outlets = frozenset({"baltic courier"})
    assert outlet_unframed("Baltic Courier reports that Latvia closed the port.", outlets) == "Latvia closed the port."
    assert outlet_unframed("According to Baltic Courier, Latvia closed the port.", outlets) == "Latvia closed the port."
    # an outlet the pile has no article of, and what an outlet relays from another, stay claims about them
    assert outlet_unframed("Nordic Post reports that Latvia closed the port.", outlets) == \
        "Nordic Post reports that Latvia closed the port."
    assert outlet_unframed("Baltic Courier, citing Nordic Post, says Latvia closed the port.", outlets) == \
        "Baltic Courier, citing Nordic Post, says Latvia closed the port."


@pytest.mark.slow
def test_check_judges_the_claim_inside_the_frame(tmp_path) -> None:
    articles = [{"id": "k1", "published": "2031-05-04", "title": "Port shut",
                 "text": "Latvia closed the port of Liepaja on Monday after the flood, the third country to do so "
                         "after Estonia and Finland.\n\nThe dam above the valley gave way on Sunday.\n\n"
                         "Source: Baltic Courier"}]
    verdicts = check_verdicts(tmp_path, articles, {
        "commentary": "Tellingly, Latvia closed the port of Liepaja on Monday.",
        "outlet": "Baltic Courier reports that Latvia closed the port of Liepaja on Monday.",
        "outlet_wrong": "According to Baltic Courier, Latvia closed the port of Liepaja on Friday.",
        "viral": "A viral post says the dam above the valley gave way on Sunday.",
    })
    assert verdicts == {"commentary": "supported", "outlet": "supported", "outlet_wrong": "refuted",
                        "viral": "supported"}
