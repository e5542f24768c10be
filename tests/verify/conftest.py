"""Shared by the verify tests: the stance tests' example claim and bodies (about a fictional Norland), and the
one-topic stores of the check tests."""

CLAIM = "Norland will send 500 engineers to rebuild the Varo river bridge"
AGREE = ("Norland will send 500 engineers to rebuild the Varo river bridge, the transport ministry "
         "confirmed on Monday. The engineers arrive next week and work on the bridge starts at once. "
         "Officials said the bridge over the Varo river should reopen by the spring.")
DENIAL = ("Norland has denied reports that it will send engineers to rebuild the Varo river bridge. "
          "The claim that 500 engineers are going is false, a ministry spokesman said, calling the story "
          "a hoax. No engineers will be sent to the bridge, he said, and the reports were fake.")


def check_verdicts(folder, articles: list[dict], claims: dict[str, str]) -> dict[str, str]:
    """Analyze ``articles`` (JSONL records) into a store under ``folder`` (spaCy, one process) and return each
    claim's verdict by its key: the one-topic stores of the ``check`` tests."""
    return {key: v.verdict for key, v in check_results(folder, articles, claims).items()}


def check_results(folder, articles: list[dict], claims: dict[str, str]) -> dict:
    """As ``check_verdicts``, but each claim's whole ``Verdict`` (explanation, evidence) by its key."""
    import json

    from storyscope.pipeline import analyze
    from storyscope.settings import Settings
    from storyscope.store import Store
    from storyscope.verify.check import check_claims

    (folder / "in").mkdir()
    (folder / "in" / "a.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    analyze([folder / "in"], folder / "out", None, Settings(processes=1))
    with Store(folder / "out" / "storyscope.duckdb") as store:
        return dict(zip(claims, check_claims(store, list(claims.values()))))
