"""Flattened-text boilerplate removal (storyscope.clean.text), on pages written for these tests."""

from __future__ import annotations

import pytest

from storyscope.clean.text import clean_text

TITLE = "Harbour workers in Velmora walk out over night-shift pay"
P1 = "Dock workers at the port of Velmora stopped work on Monday, leaving twelve cargo ships offshore."
P2 = "Union organiser Teodora Vask said the strike would last until the port authority reopened talks on pay."
P3 = "The port authority said in a statement that it regretted the action and remained open to a meeting."
P4 = "Shipping agents told the Velmora Courier that perishable cargo was already being diverted to Ostrel."


def page(*lines: str) -> str:
    """Join blocks the way scraped text arrives: one block per line, blank lines between."""
    return "\n\n".join(lines)


def test_body_is_paragraphs_joined_by_blank_lines() -> None:
    found = clean_text(page(TITLE, P1, P2, P3))
    assert found.paragraphs == (P1, P2, P3)
    assert found.title == TITLE


@pytest.mark.parametrize(
    "furniture",
    [
        "Share post:",
        "Please enter your comment!",
        "Please enter your name here",
        "Sign up to our daily news alerts",
        "[ms-form id=1]",
        "Uncategorized",
        "Previous Post Next Post",
        "Advertisement",
        "We use cookies to give you the best experience on our website.",
    ],
)
def test_widget_lines_are_dropped_and_recorded(furniture: str) -> None:
    found = clean_text(page(TITLE, P1, furniture, P2, P3))
    assert furniture not in found.paragraphs
    assert furniture in found.removed
    assert (P1, P2, P3) == found.paragraphs


@pytest.mark.parametrize(
    "prompt",
    ["Leave a Comment", "Leave a Reply", "Post a Comment", "Please enter your comment!", "[ 14 comments ]"],
)
def test_comment_prompt_ends_the_article(prompt: str) -> None:
    reader = "I think the union is right and the port authority should pay up at once."
    found = clean_text(page(TITLE, P1, P2, P3, prompt, reader, "Your email address will not be published."))
    assert found.paragraphs == (P1, P2, P3)
    assert reader in found.removed


def test_inline_related_block_ends_when_prose_resumes() -> None:
    found = clean_text(
        page(
            TITLE,
            P1,
            P2,
            "Read more related news:",
            "Ferry timetable cut as fuel costs rise",
            "Mayor of Ostrel opens new fish market",
            P3,
            P4,
        )
    )
    assert found.paragraphs == (P1, P2, P3, P4)
    assert "Ferry timetable cut as fuel costs rise" in found.removed


def test_glued_headlines_under_latest_developments_are_dropped() -> None:
    glued = "Ferry timetable cut as fuel costs riseMayor opens new fish marketSchool roof repaired"
    found = clean_text(page(TITLE, P1, P2, "LATEST DEVELOPMENTS:\n" + glued, P3))
    assert found.paragraphs == (P1, P2, P3)


@pytest.mark.parametrize("header", ["Related articles", "More like this", "You may also like"])
def test_trailing_related_block_drops_headlines_and_teasers(header: str) -> None:
    found = clean_text(
        page(
            TITLE,
            P1,
            P2,
            P3,
            header,
            "Ferry timetable cut as fuel costs rise",
            "Passengers on the morning crossing will have to wait an extra hour from next...",
            "Mayor of Ostrel opens new fish market",
            "The market replaces the old hall that burned down in the winter storms last year.",
        )
    )
    assert found.paragraphs == (P1, P2, P3)


def test_breadcrumb_ending_with_the_headline_gives_the_title() -> None:
    found = clean_text(page(f"Home Business News {TITLE}", TITLE, P1, P2))
    assert found.title == TITLE
    assert found.paragraphs == (P1, P2)
    assert f"Home Business News {TITLE}" in found.removed


def test_repeated_headline_and_deck_stay_out_of_the_body() -> None:
    question = "Will the Velmora harbour strike spread to every port on the coast this winter?"
    found = clean_text(page(question, question + "\nVelmora Strike Could Spread Along The Coast", P1, P2))
    assert found.title == question
    assert found.paragraphs == (P1, P2)


def test_subheading_between_paragraphs_stays() -> None:
    found = clean_text(page(TITLE, P1, "Talks stalled since spring", P2, P3))
    assert found.paragraphs == (P1, "Talks stalled since spring", P2, P3)


def test_lone_category_label_goes_but_a_label_prefix_stays() -> None:
    prefixed = "Regional Economy - " + P1
    found = clean_text(page("Uncategorized", TITLE, prefixed, P2))
    assert found.title == TITLE
    assert found.paragraphs == (prefixed, P2)


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("26th Jun 24 2:17 pm", "2024-06-26"),
        ("June 26, 2024", "2024-06-26"),
        ("Published: 3 March 2023", "2023-03-03"),
        ("2022-11-05", "2022-11-05"),
    ],
)
def test_dateline_gives_the_date_and_leaves_the_body(stamp: str, iso: str) -> None:
    found = clean_text(page(TITLE, stamp, P1, P2))
    assert found.published == iso
    assert stamp not in found.paragraphs
    assert found.paragraphs == (P1, P2)


def test_publication_stamp_beats_update_stamp() -> None:
    found = clean_text(page(TITLE, "Updated 4 July 2024", "Published 2 July 2024", P1, P2))
    assert found.published == "2024-07-02"


def test_date_inside_a_paragraph_is_not_the_publication_date() -> None:
    dated = "On 19 June 2021 the port authority and the union signed the agreement that has now broken down."
    found = clean_text(page(TITLE, P1, dated, P2))
    assert found.published is None
    assert dated in found.paragraphs


def test_source_line_names_the_outlet_and_stays_last() -> None:
    found = clean_text(page(TITLE, P1, P2, "Source: Velmora Courier", "Please enter your comment!"))
    assert found.outlet == "Velmora Courier"
    assert found.paragraphs[-1] == "Source: Velmora Courier"


def test_copyright_line_names_the_outlet_and_goes() -> None:
    found = clean_text(page(TITLE, P1, P2, "© 2024 Velmora Courier. All rights reserved."))
    assert found.outlet == "Velmora Courier"
    assert found.paragraphs == (P1, P2)


def test_page_title_with_outlet_suffix_names_the_outlet() -> None:
    found = clean_text(page(f"{TITLE} - Velmora Courier", "News", "Sport", TITLE, P1, P2))
    assert found.title == TITLE
    assert found.outlet == "Velmora Courier"


def test_short_closing_sentence_after_the_last_paragraph_stays() -> None:
    found = clean_text(page(TITLE, P1, P2, "Talks resume on Friday.", "Share post:"))
    assert found.paragraphs == (P1, P2, "Talks resume on Friday.")


def test_only_furniture_leaves_no_paragraphs() -> None:
    found = clean_text(page("Share post:", "Leave a Reply", "[ms-form id=1]"))
    assert found.paragraphs == ()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Fares rise\nWinter timetable starts\nFewer crossings", None),
        ("Velmora ferry fares rise again\nWinter timetable starts", "Velmora ferry fares rise again"),
    ],
)
def test_text_without_prose_keeps_its_lines(text: str, title: str | None) -> None:
    lines = tuple(text.splitlines())
    found = clean_text(text)
    assert found.title == title
    assert found.paragraphs == (lines if title is None else lines[1:])


@pytest.mark.parametrize("menu", ["News › International", "Home » World » Europe", "Sport | Local"])
def test_menu_path_above_the_headline_is_not_the_title(menu):
    page = (f"{menu}\n\nHarbour pilots vote to end the winter strike\n\n"
            "The harbour pilots' union said on Friday that its members had voted to return to work on Monday.\n\n"
            "Talks with the port authority had lasted nine days, the union's secretary told reporters at the quay.\n")
    result = clean_text(page)
    assert result.title == "Harbour pilots vote to end the winter strike"
    assert menu not in result.paragraphs


def test_a_first_paragraph_ending_in_a_quote_is_body_not_title() -> None:
    lede = ("On 3 May the two harbour boards signed a charter which reads, “Each board shall keep the channel "
            "open in every season.”")
    out = clean_text(lede + "\n\nFishermen welcomed the charter at the market in Velm on Friday morning.")
    assert out.paragraphs[0] == lede
    assert out.title != lede
    # a headline asking a question is still the title
    asked = clean_text("Is the harbour strike over?\n\n" + lede)
    assert asked.title == "Is the harbour strike over?"
    assert asked.paragraphs == (lede,)


def test_prose_in_a_script_without_spaces_is_the_body() -> None:
    text = ("ホーム | ニュース | 天気\n"
            "東京都は月曜日、新しい港湾計画を発表した。計画によると、二千人の労働者が雇用される。\n"
            "港湾局の担当者は、工事は来年の春に始まると述べた。費用は約三十億円と見込まれている。\n")
    body = clean_text(text).paragraphs
    assert len(body) == 2 and body[0].startswith("東京都は月曜日") and all("ホーム" not in p for p in body)


@pytest.mark.parametrize("extra", ["我要评论 已有128人参与讨论 点击查看全部评论",
                                   "By Li Wei, Staff Reporter. Updated on March 5, 2031 at the city desk of the paper",
                                   "版权所有 © 2031 东京日报 保留所有权利"])
def test_an_english_or_furniture_line_does_not_hide_prose_without_spaces(extra: str) -> None:
    prose = ("东京都政府周一宣布了新的港口计划。根据该计划，将雇用两千名工人。\n"
             "港务局官员表示，工程将于明年春天开始，费用约为三十亿日元。\n")
    body = clean_text(prose + extra + "\n").paragraphs
    assert [p[:6] for p in body] == ["东京都政府周", "港务局官员表"]


def test_a_heading_in_a_script_without_spaces_is_the_title() -> None:
    text = ("渡轮航线获批\n"
            "新华社韦尔莫拉3月18日电 港口委员会周二投票批准开通前往岛屿的渡轮航线，第一艘船将于五月起航。\n"
            "门宁说，该航线将耗资四百万克朗。反对派议员称该计划过于仓促。\n")
    found = clean_text(text)
    assert found.title == "渡轮航线获批" and len(found.paragraphs) == 2


def test_thai_prose_is_a_body_too() -> None:
    text = ("ข่าวท่าเรือ\n"
            "รัฐบาลประกาศแผนท่าเรือใหม่ในวันจันทร์ และจะจ้างคนงานสองพันคนในปีหน้า และค่าใช้จ่ายสูงมาก\n"
            "เจ้าหน้าที่กล่าวว่างานก่อสร้างจะเริ่มในฤดูใบไม้ผลิปีหน้าและมีค่าใช้จ่ายสูง ตามแผนงานของรัฐ\n")
    assert len(clean_text(text).paragraphs) == 2


@pytest.mark.parametrize(("first", "title"), [("Harbour reopens", "Harbour reopens"), ("Bridge closed", "Bridge closed"),
                                              ("World News", None), ("Uncategorized", None), ("Breaking news", None),
                                              ("Skip navigation", None), ("By admin", None), ("Live updates", None)])
def test_a_two_word_headline_is_the_title_and_a_section_label_is_not(first, title):
    text = (f"{first}\n\nThe Osk council said on Monday that the harbour would reopen after the storm. "
            "Councillor Mira Lund said 30 workers had cleared the quays.\n")
    extracted = clean_text(text)
    assert extracted.title == title and extracted.paragraphs[0].startswith("The Osk council")


def test_a_paragraph_in_another_script_between_body_paragraphs_stays() -> None:
    from storyscope.clean.text import clean_text

    text = ("Osk Herald\n\n"
            "The harbour of Osk reopened on Tuesday after the storm, the port authority said in a statement.\n\n"
            "Портовая администрация заявила во вторник, что гавань Оска снова открыта после шторма.\n\n"
            "\u5965\u65af\u514b\u6e2f\u5468\u4e8c\u5728\u98ce\u66b4\u8fc7\u540e\u91cd\u65b0\u5f00\u653e\uff0c"
            "\u6e2f\u52a1\u5c40\u5728\u58f0\u660e\u4e2d\u8868\u793a\u3002\n\n"
            "\u0913\u0938\u094d\u0915 \u092c\u0902\u0926\u0930\u0917\u093e\u0939 \u092e\u0902\u0917\u0932\u0935\u093e\u0930 "
            "\u0915\u094b \u092b\u093f\u0930 \u0938\u0947 \u0916\u0941\u0932 \u0917\u092f\u093e\u0964\n\n"
            "Ferries to Velm will sail again from Wednesday morning, harbour master Ola Brenn told reporters.\n\n"
            "Please enter your comment!")
    found = clean_text(text)
    body = "\n".join(found.paragraphs)
    assert "Портовая администрация" in body and "\u0913\u0938\u094d\u0915" in body and "\u5965\u65af\u514b" in body
    assert "Ferries to Velm" in body and "Please enter your comment" not in body
