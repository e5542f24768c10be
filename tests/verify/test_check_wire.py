"""``check`` counts outlets that run one agency's wire report (same dateline agency) as one origin."""

import json

import pytest

pytestmark = pytest.mark.slow  # runs analyze (spaCy) on an invented store

_FACT = "Kessia and Norland agreed on Tuesday to share the water of the Vel river for ten years."


def _articles() -> list[dict]:
    tails = ["Farmers on both banks welcomed the news at a market in Brandt.",
             "The deal is the first between the two neighbours since the border war of 2019.",
             "Fishermen in the delta said they had waited a decade for such a deal."]
    datelines = ["OSK (Norpress) — ", "OSK, Kessia (Norpress) — ", "BRANDT — "]
    return [{"id": f"w{i}", "published": "2031-05-06", "title": f"River deal {i}",
             "text": f"{dateline}{_FACT}\n\n{tail}"} for i, (dateline, tail) in enumerate(zip(datelines, tails))]


def test_one_wire_report_is_one_origin(tmp_path) -> None:
    from storyscope.pipeline import analyze
    from storyscope.settings import Settings
    from storyscope.store import Store
    from storyscope.verify.check import check_claims

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text("".join(json.dumps(a) + "\n" for a in _articles()), encoding="utf-8")
    analyze([tmp_path / "in"], tmp_path / "out", None, Settings(processes=1))
    with Store(tmp_path / "out" / "storyscope.duckdb") as store:
        (verdict,) = check_claims(store, ["Kessia and Norland agreed to share the Vel river."])
        shared = store.con.execute(
            "SELECT independent_sources FROM claims WHERE text LIKE 'Kessia and Norland agreed%'").fetchall()
    assert verdict.verdict == "supported"
    assert "2 independent origin(s) state the claim" in verdict.explanation
    assert {e.article for e in verdict.evidence} >= {"w0", "w1", "w2"}
    assert shared == [(2,)]
