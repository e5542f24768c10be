"""HTML pages (storyscope.clean.html), on a page written for these tests."""

from __future__ import annotations

import pytest

from storyscope.clean.html import clean_html

PARAGRAPHS = (
    "Dock workers at the port of Velmora stopped work on Monday, leaving twelve cargo ships waiting offshore "
    "as the dispute over night-shift pay entered its third week.",
    "Union organiser Teodora Vask said the strike would last until the port authority reopened talks on pay, "
    "and that members had voted by a large majority to stay out.",
    "The port authority said in a statement that it regretted the action and remained open to a meeting, but "
    "that the union's demands would add millions to the cost of running the harbour.",
    "Shipping agents told the Velmora Courier that perishable cargo was already being diverted to Ostrel, "
    "where the harbour master has agreed to open extra berths for the week.",
)
RELATED = "Ferry timetable cut as fuel costs rise"
COMMENT = "I think the union is right and the port authority should pay up at once, frankly."

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Velmora harbour strike enters third week | Velmora Courier</title>
<meta property="og:site_name" content="Velmora Courier">
<meta property="article:published_time" content="2024-03-11T08:30:00Z">
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience.
<button>Accept all cookies</button></p></div>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/business">Business</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Velmora harbour strike enters third week</h1>
<p class="byline">By Mira Holt</p>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<aside class="related"><h3>Related articles</h3><ul>
<li><a href="/a">{RELATED}</a></li>
<li><a href="/b">Mayor of Ostrel opens new fish market</a></li></ul></aside>
<section id="comments" class="comments"><h3>3 comments</h3>
<div class="comment"><p>{COMMENT}</p></div>
<form><p>Leave a Reply</p><textarea></textarea></form></section>
</main>
<footer><p>© 2024 Velmora Courier. All rights reserved.</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def found():
    return clean_html(PAGE, "https://www.velmora-courier.example/business/strike")


def test_article_paragraphs_are_kept_one_per_block(found) -> None:
    assert found.paragraphs == PARAGRAPHS


@pytest.mark.parametrize(
    "furniture", ["cookies", "Sport", RELATED, COMMENT, "Leave a Reply", "All rights reserved"]
)
def test_page_furniture_is_dropped(found, furniture: str) -> None:
    assert not any(furniture in p for p in found.paragraphs)


def test_metadata(found) -> None:
    assert found.title == "Velmora harbour strike enters third week"
    assert found.published == "2024-03-11"
    assert found.outlet == "Velmora Courier"


def test_outlet_falls_back_to_the_url_host() -> None:
    bare = PAGE.replace('<meta property="og:site_name" content="Velmora Courier">', "").replace(
        " | Velmora Courier", ""
    )
    assert clean_html(bare, "https://www.velmora-courier.example/x").outlet in {
        "velmora-courier.example",
        "Velmora-Courier",
    }


def test_title_tag_is_the_fallback_title() -> None:
    page = "<html><head><title>Ferry timetable cut</title></head><body><p>Short.</p></body></html>"
    assert clean_html(page).title == "Ferry timetable cut"


@pytest.mark.parametrize(("said", "published"), [
    ("The ferry company was founded in 1998 and now runs six boats.", None),
    ("Published 12 March 2025. The ferry sailed on time.", "2025-03-12"),  # (not after today: max_date)
])
def test_a_year_said_in_passing_is_no_publication_date(said, published):
    page = ("<html><head><title>Ferry plan</title></head><body><article><p>The Velm council approved a new ferry "
            f"route to Osk on Tuesday after a long debate among its members.</p><p>{said}</p></article></body></html>")
    assert clean_html(page).published == published


def test_a_headings_script_text_stays_out_of_the_title() -> None:
    body = "<p>" + "The harbour chief of Velmar resigned on Thursday after months of delays at the quay. " * 4 + "</p>"
    page = ("<html><head><title>Velmar Post</title></head><body><h1>Harbour chief "
            "<script>alert('x1')</script> resigns</h1>" + body + "</body></html>")
    assert clean_html(page).title == "Harbour chief resigns"


def test_paragraphs_below_never_closed_font_tags_are_all_kept() -> None:
    # (each unclosed <font> nests the rest of the page one level deeper: past libxml2's default limit of 256)
    paragraphs = [f"Report {i} from the Velm harbour office says berth {i} reopened after repairs." for i in range(140)]
    page = "<html><head><title>Velm harbour</title></head><body>" + "".join(
        f'<p><font face="Arial">{p}' for p in paragraphs) + "</body></html>"
    text = "\n".join(clean_html(page).paragraphs)
    assert paragraphs[0] in text and paragraphs[139] in text
    # (trafilatura's own parser, the extraction bench's peer, is left as the library sets it)
    import trafilatura.utils

    from storyscope.clean.html import _DEEP_HTML_PARSER

    assert trafilatura.utils.HTML_PARSER is not _DEEP_HTML_PARSER


@pytest.mark.parametrize("page", [
    "<svg><script>alert('x')</script><text>The Brenn mayor said the tram would return on Monday.</text></svg>",
    "<math><script>alert('x')</script><mi>The Brenn mayor said the tram would return on Monday.</mi></math>",
])
def test_a_page_whose_root_is_svg_or_mathml_with_a_script_is_read_without_a_date(page):
    # (htmldate's cleaning fails an assertion on it; the page is read, only its date is lost)
    extracted = clean_html(page)
    assert any("tram would return" in p for p in extracted.paragraphs) and extracted.published is None


def test_text_a_reader_never_sees_is_no_article_text():
    page = ("<html><head><title>Quay reopens</title></head><body><article>"
            "<p>The Osk harbour master said on Monday that the north quay would reopen in May after repairs.</p>"
            "<p hidden>PLANTED The council secretly agreed to sell the harbour for one crown.</p>"
            "<template><p>PLANTED The harbour will close for good, the mayor said.</p></template>"
            "<p>Fishing boats will moor at the south quay until then, the harbour office said on Tuesday.</p>"
            "</article></body></html>")
    extracted = clean_html(page)
    assert extracted.paragraphs and not any("PLANTED" in p for p in extracted.paragraphs)


def test_a_lede_that_the_page_title_repeats_stays_in_the_body():
    lede = "The Osk council said on Monday that the harbour would reopen after the storm, councillor Mira Lund said."
    second = "Lund said 30 workers had cleared the quays and the first ferry would sail on Friday."
    one = f"<html><head><title>{lede}</title></head><body><p>{lede}</p></body></html>"
    two = f"<html><head><title>{lede}</title></head><body><article><p>{lede}</p><p>{second}</p></article></body></html>"
    assert clean_html(one).paragraphs == (lede,)
    assert clean_html(two).paragraphs[:2] == (lede, second)
    # a headline the page repeats as its first line is still the title only
    headline = "Harbour to reopen after storm"
    page = f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1><p>{lede}</p></article></body></html>"
    assert clean_html(page).paragraphs[0] == lede
