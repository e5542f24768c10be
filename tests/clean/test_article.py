"""The clean stage entry points: clean_document and extraction_record."""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

from storyscope.clean import clean_document, extraction_record
from storyscope.clean.article import MAX_SYMBOL_RUN
from storyscope.model import Article, RawDocument, Skip

TEXT = "\n\n".join(
    [
        "Harbour workers in Velmora walk out over night-shift pay",
        "26th Jun 24 2:17 pm",
        "Dock workers at the port of Velmora stopped work on Monday, leaving twelve cargo ships offshore.",
        "Union organiser Teodora Vask said the strike would last until the port authority reopened talks.",
        "Source: Velmora Courier",
        "Please enter your comment!",
    ]
)


def raw(text: str = TEXT, kind: str = "text", **fields: str) -> RawDocument:
    return RawDocument(id="a1", source="in/a1.txt", text=text, kind=kind, content_hash="h-1", **fields)


def test_text_document_becomes_an_article() -> None:
    article = clean_document(raw())
    assert isinstance(article, Article)
    assert (article.id, article.source, article.content_hash) == ("a1", "in/a1.txt", "h-1")
    assert article.title == "Harbour workers in Velmora walk out over night-shift pay"
    assert article.published == "2024-06-26"
    assert article.outlet == "Velmora Courier"
    assert article.language == "en"
    assert article.text.startswith("Dock workers")
    assert article.text.endswith("Source: Velmora Courier")
    assert "Please enter your comment!" in article.removed


def test_mojibake_a_scraper_kept_is_mended_in_body_and_title() -> None:
    body = "Dock workers at Velmora stopped work on Monday â€” the union said it wonâ€™t back down, said Ana Kessia."
    mangled = "\n\n".join(["Strike at Velmora: â€œno ships todayâ€", body, "Teodora Vask confirmed the walkout."])
    article = clean_document(raw(mangled))
    assert article.title == "Strike at Velmora: “no ships today”"
    assert "on Monday — the union said it won’t back down" in article.text
    assert "â€" not in article.text


def test_given_title_and_date_take_precedence() -> None:
    article = clean_document(raw(title="Strike at Velmora", published="2024-07-01"))
    assert (article.title, article.published) == ("Strike at Velmora", "2024-07-01")


def test_given_date_in_another_format_is_normalised() -> None:
    assert clean_document(raw(published="July 1, 2024")).published == "2024-07-01"


def test_url_host_is_the_outlet_of_last_resort() -> None:
    text = TEXT.replace("Source: Velmora Courier", "")
    assert clean_document(raw(text, url="https://www.courier.example/a")).outlet == "courier.example"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Share post:\n\nLeave a Reply\n\n[ms-form id=1]", "text"),
        ("   \n\n", "text"),
        ("<html></html>", "html"),
    ],
)
def test_empty_body_is_a_skip_with_e008(text: str, kind: str) -> None:
    skip = clean_document(raw(text, kind))
    assert isinstance(skip, Skip)
    assert (skip.code, skip.stage, skip.id, skip.source) == ("E008", "clean", "a1", "in/a1.txt")
    assert skip.reason.startswith("E008 no article text: in/a1.txt")


def test_extraction_record_keeps_paragraph_breaks() -> None:
    record = extraction_record(clean_document(raw()))
    assert set(record) == {"articleBody", "title", "published", "language"}
    assert "\n\n" in record["articleBody"]
    assert record["published"] == "2024-06-26"


def test_same_input_same_output_and_picklable() -> None:
    first, second = clean_document(raw()), clean_document(raw())
    assert first == second
    assert pickle.loads(pickle.dumps(first)) == first


def test_runs_in_a_process_pool() -> None:
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(clean_document, [raw(), raw(title="Other")]))
    assert [r.title for r in results] == ["Harbour workers in Velmora walk out over night-shift pay", "Other"]


def test_a_records_lede_is_not_taken_for_its_headline() -> None:
    """Structured input gives its title: the text's first line is then body when it is a sentence, not that title."""
    from storyscope.clean.article import clean_document
    from storyscope.model import RawDocument

    body = "The Osk ferry line reopened on Monday after a six-week strike by its crews ended, the company said."

    def cleaned(text: str, title: str | None) -> str:
        raw = RawDocument(id="r", source="r.jsonl", kind="text", text=text, title=title, published=None, url=None,
                          content_hash="h")
        return clean_document(raw).text

    lede = "OSK (Norpress) — The ferry strike is over."
    assert cleaned(lede + "\n\n" + body, "Ferry strike ends").startswith(lede)
    assert cleaned("Ferry strike ends\n\n" + body, "Ferry strike ends") == body  # the given title, printed
    assert cleaned("Ferry strike ends at last.\n\n" + body, "Ferry strike ends") == body  # a variant of it
    assert cleaned(lede + "\n\n" + body, None) == body  # no given title: a headline
    # a question or exclamation may be the outlet's own headline, a byline is no lede
    assert cleaned("Is the ferry strike finally over?\n\n" + body, "Ferry strike ends") == body
    assert cleaned("By Ada Brun.\n\n" + body, "Ferry strike ends") == body


def test_a_bare_html_fragment_of_one_paragraph_is_an_article() -> None:
    fragment = ("<p>Osk, 22 March 2031 — Fares on the Osk ferry will rise to 50 krona from April, the operator "
                "Sundlin said on Saturday, adding that 40 crew would be hired.</p>")
    article = clean_document(raw(fragment, "html"))
    assert not isinstance(article, Skip) and article.text.startswith("Osk, 22 March 2031 — Fares")


def test_a_long_run_of_symbols_is_cut_before_it_reaches_the_parser():
    body = ("The council said the new harbour code was " + "&" * 5000 + " on Monday, officials in Velmar said.\n\n"
            "Ferries will return to the harbour next week after repairs to the quay, the port authority said.")
    article = clean_document(raw("Harbour code published\n\n" + body))
    assert isinstance(article, Article)
    assert "&" * MAX_SYMBOL_RUN in article.text and "&" * (MAX_SYMBOL_RUN + 1) not in article.text
    assert "officials in Velmar said" in article.text and "Ferries will return" in article.text
    # ordinary punctuation and a short rule stay as written
    kept = clean_document(raw("Harbour code published\n\n" + "Ferries return next week — the port said so... "
                               "----- The quay was repaired by engineers from Velmar over the winter."))
    assert "... -----" in kept.text


def test_terminal_escapes_and_control_characters_are_dropped_from_body_and_title() -> None:
    mangled = "\n\n".join(["Velm harbour \x1b]0;GOT-YOU\x07reopens",
                           "The Velm harbour reopened on Tuesday, \x1b[2J\x1b[31mharbour master\x1b[0m Ana Kessia "
                           "said.\x00 Kessia said 40 ships \x1bcwere waiting.",
                           "Teodora Vask confirmed the walkout."])
    article = clean_document(raw(mangled))
    assert article.title == "Velm harbour reopens"
    assert "Tuesday, harbour master Ana Kessia said. Kessia said 40 ships were waiting." in article.text
    assert not any(c in article.text + article.title for c in "\x1b\x00\x07")


def test_a_stray_escape_takes_no_paragraph_with_it() -> None:
    text = "\n\n".join(["Velm harbour reopens", "Press F1 then \x1b] to open the menu, the manual said.",
                        "The Velm harbour reopened on Tuesday, harbour master Ana Kessia said."])
    article = clean_document(raw(text))
    assert "The Velm harbour reopened on Tuesday" in article.text


def test_bidi_controls_and_invisible_spaces_inside_names_are_dropped():
    from storyscope.clean.article import _mended

    text = "Ilse Tor\u200bvang met Il\u200dse in Vel\u200cmar. Bidi \u202eTLEV\u202c news."
    assert _mended(text) == "Ilse Torvang met Ilse in Velmar. Bidi TLEV news."
    # joiners in Persian and in emoji sequences join, and stay
    assert _mended("\u0645\u200c\u0647 \U0001F469\u200d\U0001F680") == "\u0645\u200c\u0647 \U0001F469\u200d\U0001F680"


def test_a_bidi_override_in_a_name_is_shown_as_a_question_mark_on_the_terminal():
    from storyscope.cli import terminal_safe
    from storyscope.ingest import article_id
    from storyscope.verify.typed import plain_typed

    assert terminal_safe("evil\u202etxt.exe") == "evil?txt.exe"
    assert article_id(__import__("pathlib").Path("evil\u202etxt.exe.txt")) == "evil_txt.exe"
    assert plain_typed("\u200b\u200b\u202e") == ""


def test_a_page_of_more_blocks_than_any_news_page_is_skipped_with_a_reason(monkeypatch) -> None:
    import storyscope.clean.article as article

    monkeypatch.setattr(article, "MAX_HTML_BLOCKS", 50)
    many = "<html><body><article><h1>Harbour log</h1>" + "".join(
        f"<p>Entry {i}: the ferry docked at Osk.</p>" for i in range(60)) + "</article></body></html>"
    out = clean_document(raw(many, kind="html"))
    assert isinstance(out, Skip) and out.code == "E016" and "60 block elements" in out.reason
    few = many.replace("".join(f"<p>Entry {i}: the ferry docked at Osk.</p>" for i in range(40, 60)), "")
    assert isinstance(clean_document(raw(few, kind="html")), Article)
