"""Report: contract keys, hostile article text escaped everywhere, no external URLs."""

import json
import re

from storyscope.model import (
    AnnotatedArticle, Annotations, Article, Attribution, CorpusResult, Entity, Quantity, Skip, Story,
)
from storyscope.report import build_dossier, render_html, render_markdown, write_outputs

CONTRACT_KEYS = {"schema", "articles", "skipped", "stories", "entities", "attributions", "quantities",
                 "claims", "conflicts", "citations", "copies", "timeline"}
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _dossier():
    article = Article(id="evil", source="/in/evil.txt", title="Title " + HOSTILE, published="2025-01-01",
                      outlet="Outlet <b>", language="en", text="Body one " + HOSTILE + "\n\nBody two.",
                      content_hash="h")
    ann = Annotations(
        attributions=(Attribution("Ana Pell", "said", 0, 4, HOSTILE, 9, 20, True, False),),
        quantities=(Quantity(12.0, "12", "boats " + HOSTILE, 0, 2),),
    )
    corpus = CorpusResult(
        stories=(Story("S1", "Story " + HOSTILE, ("evil",), "2025-01-01", "2025-01-01"),),
        entities=(Entity("E1", "Ana Pell", "PERSON", ("Ana Pell", "Pell"), ("evil",)),),
        article_story={"evil": "S1"},
    )
    return build_dossier([AnnotatedArticle(article, ann)], corpus, [Skip("/in/<bad>.txt", "E002 " + HOSTILE, "ingest", "E002")])


def test_dossier_has_every_contract_key():
    d = _dossier()
    assert CONTRACT_KEYS <= set(d)
    assert d["schema"] == "storyscope.dossier/1"
    assert set(d["articles"][0]) >= {"id", "source", "title", "published", "language", "outlet", "text", "story"}
    assert d["articles"][0]["story"] == "S1"
    assert set(d["attributions"][0]) >= {"id", "article", "speaker", "speaker_entity", "cue", "content",
                                         "direct", "hedged", "start", "end"}


def test_speaker_is_resolved_to_the_canonical_entity():
    [att] = _dossier()["attributions"]
    assert att["speaker"] == "Ana Pell" and att["speaker_entity"] == "E1"


def test_html_escapes_article_text_and_loads_nothing_external():
    page = render_html(_dossier())
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page


def test_markdown_escapes_html():
    md = render_markdown(_dossier())
    assert "<script>" not in md and "&lt;script&gt;" in md


def test_numbers_are_shown_as_a_reader_writes_them():
    from storyscope.report.render import shown_number

    assert [shown_number(v) for v in (12.0, 10000.0, 1_000_000.0, 2.5, None)] == ["12", "10,000", "1,000,000", "2.5", ""]
    assert "<td>12</td>" in render_html(_dossier()) and "| 12 |" in render_markdown(_dossier())


def test_write_outputs_writes_three_files(tmp_path):
    paths = write_outputs(_dossier(), tmp_path)
    assert json.loads(paths["json"].read_text())["schema"] == "storyscope.dossier/1"
    assert paths["md"].read_text().startswith("# storyscope dossier")
    assert paths["html"].read_text().startswith("<!DOCTYPE html>")


def test_html_has_the_three_charts_inline():
    page = render_html(_dossier())
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 3
    assert "<script" not in page.lower()


def test_html_shows_verdicts_when_given():
    d = _dossier()
    d["claims"].append({"id": "C1", "text": "Boats " + HOSTILE, "checkworthiness": 0.5, "independent_sources": 1,
                        "mentions": [{"article": "evil", "text": "x", "start": 0, "end": 1, "stance": "asserts",
                                      "attributed_to": None}]})
    assert 'class="verdict' not in render_html(d)
    page = render_html(d, verdicts={"C1": {"verdict": "not_enough_evidence"}})
    assert '<span class="verdict v-not_enough_evidence">not enough evidence</span>' in page
    assert "<script>" not in page


def test_write_outputs_writes_claimreview_when_given_verdicts(tmp_path):
    paths = write_outputs(_dossier(), tmp_path, verdicts={})
    assert json.loads(paths["claimreview"].read_text()) == []
    assert "claimreview" not in write_outputs(_dossier(), tmp_path / "plain")


def test_who_said_what_lists_speech_not_acts():
    d = _dossier()
    act = dict(d["attributions"][0], id="evil#a1", cue="signed", content="the ferry lease", kind="other")
    d["attributions"].append(act)
    assert d["attributions"][0]["kind"] == "speech"
    for page in (render_markdown(d), render_html(d)):
        assert "the ferry lease" not in page


def test_timeline_shows_dates_as_precise_as_the_text():
    d = _dossier()
    d["timeline"] = [{"date": "2023-09-01", "precision": "month", "summary": "Talks resumed", "articles": ["evil"],
                      "claims": []}]
    assert "- 2023-09: Talks resumed" in render_markdown(d)
    assert "<strong>2023-09</strong>" in render_html(d)


def test_an_expected_event_is_marked_in_every_timeline():
    d = _dossier()
    d["timeline"] = [{"date": "2033-06-01", "precision": "month", "summary": "Convoy set to reach Osk",
                      "articles": ["evil"], "claims": [], "expected": True},
                     {"date": "2033-05-03", "precision": "day", "summary": "Bridge reopened", "articles": ["evil"],
                      "claims": []}]
    md, page = render_markdown(d), render_html(d)
    assert "- 2033-06: (expected when reported) Convoy set to reach Osk" in md
    assert "- 2033-05-03: Bridge reopened" in md
    assert page.count("(expected when reported)") >= 2  # (the list and the chart's mark)
    assert "expected then" in page


def test_who_said_what_shows_the_relay_chain_escaped():
    d = _dossier()
    assert d["attributions"][0]["within"] is None
    outer = dict(d["attributions"][0], id="evil#a1", speaker="Norpress " + HOSTILE, cue="reported")
    d["attributions"][0]["within"] = "evil#a1"
    d["attributions"].append(outer)
    md, page = render_markdown(d), render_html(d)
    assert "Ana Pell (via Norpress &lt;script&gt;" in md
    assert "(via Norpress &lt;script&gt;" in page and HOSTILE not in page


def test_html_element_ids_are_unique():
    ids = re.findall(r'\sid="([^"]+)"', render_html(_dossier()))
    assert ids and len(ids) == len(set(ids))


def test_markdown_escapes_ids_and_markdown_syntax_in_input_text():
    d = _dossier()
    d["articles"][0]["id"] = "<img src=x onerror=alert(1)>|a\nb"
    d["attributions"][0]["content"] = "![pix](http://tracker.example/p.png) [go](javascript:alert(2)) **loud**"
    d["articles"][0]["text"] = "- not a list\n\n1. not a list either\n\n2) nor this\n\nNo heading\n==="
    md = render_markdown(d)
    assert "<img" not in md and "&lt;img src=x onerror=alert(1)&gt;\\|a b" in md  # one table-safe line
    assert "](http" not in md.replace("\\](http", "") and "\\!\\[pix\\]" not in md  # (no live image or link)
    assert "!\\[pix\\](http://tracker.example/p.png)" in md and "\\[go\\](javascript:" in md
    assert "\\*\\*loud\\*\\*" in md
    assert "\\- not a list" in md and "1\\. not a list either" in md and "2\\) nor this" in md and "\n\\===" in md


def test_claimreview_json_ld_cannot_close_a_script_block(tmp_path):
    from storyscope.report.claimreview import jsonld_text

    text = jsonld_text([{"headline": "Ferry news </script><script>alert(1)</script> & more"}])
    assert "</script>" not in text and "<" not in text and "&" not in text
    assert json.loads(text)[0]["headline"].startswith("Ferry news </script>")


def test_markdown_has_entities_and_verdicts_and_says_when_claims_are_cut():
    from storyscope.report.render import SHOWN_CLAIMS

    d = _dossier()
    md = render_markdown(d, {})
    assert "## Entities" in md and "| Ana Pell | PERSON | Pell | 1 |" in md
    claim = {"id": "C1", "text": "Ana Pell said the ferry runs.", "checkworthiness": 0.5, "independent_sources": 1,
             "mentions": [{"article": "evil", "start": 0, "end": 4, "stance": "asserts", "attributed_to": None,
                           "text": "Body"}]}
    d["claims"] = [dict(claim, id=f"C{n}") for n in range(1, SHOWN_CLAIMS + 6)]
    md = render_markdown(d, {"C1": {"verdict": "not_enough_evidence"}})
    assert "| C1: Ana Pell said the ferry runs. | not enough evidence | 1 |" in md
    cut = f"The first {SHOWN_CLAIMS} of {SHOWN_CLAIMS + 5} claims are shown, and those a conflict names; " \
          "dossier.json holds all."
    assert cut in md and cut in render_html(d)
    assert f"C{SHOWN_CLAIMS + 1}:" not in md
    # (a claim a conflict names is shown wherever it stands)
    d["conflicts"] = [{"id": "X1", "kind": "denial", "claims": ["C1", f"C{SHOWN_CLAIMS + 4}"], "articles": ["evil"],
                       "values": [], "summary": "denied"}]
    assert f"C{SHOWN_CLAIMS + 4}:" in render_markdown(d, {}) and f"C{SHOWN_CLAIMS + 4}:" in render_html(d)
    assert f"C{SHOWN_CLAIMS + 1}:" not in render_markdown(d, {})


def test_a_story_with_undated_articles_says_how_many_are_dated():
    d = _dossier()
    d["articles"].append(dict(d["articles"][0], id="undated", published=None))
    d["stories"][0]["articles"] = ["evil", "undated"]
    assert "(2025-01-01 to 2025-01-01, 1 of 2 articles dated)" in render_markdown(d)
    assert "2 articles, 1 of 2 articles dated" in render_html(d)


def test_an_earlier_dossier_among_the_inputs_is_not_read_as_an_article(tmp_path):
    from storyscope.ingest.readers import read_inputs
    from storyscope.model import RawDocument, Skip

    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "dossier.html").write_text(render_html(_dossier()), encoding="utf-8")
    (tmp_path / "brenn.txt").write_text("Ferries return to Brenn\n\nThe ferries to Brenn will sail again on Monday "
                                        "after the quay was repaired, the port authority said.", encoding="utf-8")
    records = list(read_inputs([tmp_path], max_file_bytes=1_000_000))
    assert [r.id for r in records if isinstance(r, RawDocument)] == ["brenn"]
    [skip] = [r for r in records if isinstance(r, Skip)]
    assert skip.code == "E016" and "dossier storyscope wrote" in skip.reason
