"""Inline SVG charts: well-formed, labels escaped, links only where the caller gives them."""

import xml.etree.ElementTree as ET

import pytest

from storyscope.report.svg import graph_svg, numbers_svg, timeline_svg

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def _dossier():
    return {
        "articles": [
            {"id": "a1", "title": "Mill reopens " + HOSTILE, "outlet": "Tern <b>Daily</b>", "published": "2025-02-01"},
            {"id": "a2", "title": "Mill reopening delayed", "outlet": "Gull Weekly", "published": "2025-02-03"},
            {"id": "a3", "title": None, "outlet": None, "published": None},
        ],
        "timeline": [{"date": "2025-02-02", "summary": "Workers return " + HOSTILE, "articles": ["a1"],
                      "claims": ["C1"]}],
        "citations": [{"article": "a2", "cites": "Tern " + HOSTILE, "cue": "according to", "start": 0, "end": 5}],
        "copies": [{"article": "a3", "copy_of": "a1", "similarity": 0.91}],
        "conflicts": [{"id": "X1", "kind": "numeric", "claims": ["C1"], "articles": ["a1", "a2"],
                       "values": [120.0, 1200.0], "summary": "jobs: 120 vs 1,200 " + HOSTILE},
                      {"id": "X2", "kind": "denial", "claims": [], "articles": ["a1"], "values": [],
                       "summary": "denied"}],
        "quantities": [{"article": "a1", "value": 120.0}, {"article": "a2", "value": 1200.0}],
    }


CHARTS = [timeline_svg, graph_svg, numbers_svg]


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_is_well_formed_svg_with_escaped_labels(chart):
    svg = str(chart(_dossier()))
    root = ET.fromstring(svg)  # raises on any unescaped markup
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert not root.findall(".//{http://www.w3.org/2000/svg}script")
    assert "style=" not in svg  # presentation attributes only: renders under a strict CSP


@pytest.mark.parametrize("chart", CHARTS)
def test_chart_links_only_through_the_callback(chart):
    assert "href" not in str(chart(_dossier()))
    linked = str(chart(_dossier(), lambda kind, ident: f"/{kind}s/{ident}"))
    assert 'href="/articles/a' in linked or 'href="/claims/C1"' in linked


def test_numbers_chart_labels_each_value_with_its_reporters():
    svg = str(numbers_svg(_dossier(), lambda kind, ident: f"#{ident}"))
    assert ">1,200<" in svg and ">120<" in svg and 'href="#a2"' in svg
    assert "10× the smallest" in svg


def test_timeline_places_undated_articles_nowhere():
    svg = str(timeline_svg(_dossier()))
    assert svg.count('class="mark"') == 3  # two publications and one event; a3 has no date


@pytest.mark.parametrize("chart", CHARTS)
def test_empty_dossier_gives_a_note(chart):
    empty = {"articles": [], "timeline": [], "citations": [], "copies": [], "conflicts": [], "quantities": []}
    svg = str(chart(empty))
    ET.fromstring(svg)
    assert "No " in svg


def test_timeline_chart_gives_dates_as_precise_as_the_text_and_years_on_the_axis():
    d = _dossier()
    d["timeline"].append({"date": "2024-09-01", "precision": "month", "summary": "Talks in Osk", "articles": ["a2"],
                          "claims": []})
    svg = str(timeline_svg(d))
    assert ">2024-09</tspan>" in svg and "2024-09-01" not in svg  # a month in the text is no day on the chart
    assert ">2025-02-02</tspan>" in svg
    ticks = [t.text for t in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text") if t.get("y") == "82"]
    assert ticks and all(t.endswith(("2024", "2025")) for t in ticks)  # the axis spans two years: each tick says which


def test_a_publication_event_links_to_its_article_not_to_a_claim_first_seen_there():
    d = _dossier()
    d["timeline"] = [{"date": "2025-02-03", "summary": "Mill reopening delayed", "articles": ["a2"],
                      "claims": ["C7"], "precision": "day"},
                     {"date": "2025-02-02", "summary": "Workers return", "articles": ["a2"], "claims": ["C8"],
                      "precision": "day"}]
    svg = str(timeline_svg(d, lambda kind, ident: f"#{kind}-{ident}"))
    assert 'href="#claim-C7"' not in svg
    assert 'href="#claim-C8"' in svg  # a dated event still links to its claim
    assert svg.count('href="#article-a2"') == 2  # the publication square and the publication event's label
