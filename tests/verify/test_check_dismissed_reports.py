"""A party's dismissal of the reports an article relays is that party's denial of each of them, however the claim
words them: ``check`` records the denial and, with nothing independent either way, says conflicting, naming
both sides. One invented store per test, and the parse-level reading."""

import re

import pytest

from storyscope.verify.actions import dismissed_matter, is_action, parse_texts

from .conftest import check_results, check_verdicts


def _one_side_against_the_other(result) -> bool:
    """True when ``check`` found the claim made by one side and denied by a party it concerns, nothing independent
    either way: conflicting (``AggregationPolicy.claims_against_denials``), and the explanation names both sides."""
    return result.verdict == "conflicting" and "and denied by" in result.explanation


def _denial_recorded(result) -> bool:
    """True when ``check`` counted a party's denial (recorded, not independent refutation)."""
    return "is recorded but is not independent refutation" in result.explanation


def _matter(text: str) -> str | None:
    return dismissed_matter(parse_texts([text])[0])


def test_dismissed_matter_reads_the_reports_without_their_label() -> None:
    matter = _matter("The Velm cabinet branded the claims that Talvorian soldiers had crossed into Kessia as "
                     "“fake news”.")
    assert matter is not None and "Talvorian soldiers" in matter and "fake" not in matter
    assert "soldiers in Osk" in _matter("Velm dismissed reports of soldiers in Osk as propaganda.")
    assert "crossed" in _matter("The ministry denied that any troops had crossed the border.")


def test_dismissed_matter_needs_a_dismissal_of_reports_stated_as_done() -> None:
    assert _matter("The ministry has not denied the reports of troops near Osk.") is None  # negated
    assert _matter("Did Velm dismiss the reports of troops near Osk?") is None  # asked
    assert _matter("Velm refused to dismiss the reports of troops near Osk.") is None
    assert _matter("Velm has yet to dismiss the reports of troops near Osk.") is None
    assert _matter("Analysts expect that Velm would dismiss the reports of troops near Osk.") is None
    assert _matter("Velm called for an inquiry into false claims about the border.") is None  # no label given
    assert _matter("The ministry rejected the grain offer from Kessia.") is None  # an offer, no report
    assert _matter("Troops crossed the border near Osk on Monday.") is None


def test_a_passive_participle_tagged_as_adjective_states_the_action() -> None:
    doc = parse_texts(["She said up to 3,000 Talvorian engineers were being prepared to enter the conflict."])[0]
    assert any(is_action(t, "prepare") for t in doc)


_ARTICLE = {
    "id": "k1", "published": "2031-05-06", "title": "Kessia says Talvorian engineers are in the north",
    "text": "President Ana Velm told Kessian lawmakers she had information that up to 3,000 Talvorian engineers "
            "were being prepared to enter the conflict.\n\n"
            "Velm also said some Talvorian engineers were already working in the occupied parts of Kessia's "
            "north.\n\n"
            "The farmers' union said Kessian farmers had harvested a record crop of wheat this summer.\n\n"
            "The Talvorian government rejected the claims that Talvorian soldiers would soon join the conflict.\n\n"
            "Talvoria has long supplied shells to its allies, and Talvorian officials visit them often."}
_OTHER = {"id": "k2", "published": "2031-05-07", "title": "Ore prices rise",
          "text": "Ore prices rose for a third week in Brenn, traders said.\n\nMines in the south reopened."}


@pytest.mark.slow
def test_claims_an_article_relays_and_its_party_dismisses_are_one_side_against_the_other(tmp_path) -> None:
    claims = {"already": "Some Talvorian engineers are already working in occupied parts of Kessia's north.",
              "prepared": "Up to 3,000 Talvorian engineers are being prepared to join the conflict.",
              "crop": "Kessian farmers harvested a record crop of wheat this summer.",
              "said": "Ana Velm said some Talvorian engineers were already working in the occupied north."}
    results = check_results(tmp_path, [_ARTICLE, _OTHER], claims)
    for key in ("already", "prepared"):
        assert _one_side_against_the_other(results[key])
        assert re.search(r"made by [^:]*Velm[^:]* and denied by", results[key].explanation)
        # (the dismissal is shown once, as the denial, though it is read as the reports it dismisses too)
        spans = [(e.article, e.start, e.end) for e in results[key].evidence]
        assert len(spans) == len(set(spans))
    # the dismissal is of Talvorian soldiers, not of the crop
    assert not _one_side_against_the_other(results["crop"])
    assert results["said"].verdict == "supported"  # that she said it, the dismissal does not touch


@pytest.mark.slow
def test_a_dismissal_by_no_party_of_the_claim_or_undismissed_reports_stay_unsettled(tmp_path) -> None:
    article = dict(_ARTICLE, text=_ARTICLE["text"].replace(
        "The Talvorian government rejected", "A Norland blogger rejected"))
    kept = dict(_ARTICLE, id="k3", text=_ARTICLE["text"].replace("rejected the claims", "has not denied the claims")
                .replace("Talvorian engineers", "Velmish engineers")
                .replace("Velm also", "Brask also").replace("Ana Velm", "Ilja Brask"))
    claims = {"blogger": "Some Talvorian engineers are already working in occupied parts of Kessia's north.",
              "not_denied": "Some Velmish engineers are already working in occupied parts of Kessia's north."}
    results = check_results(tmp_path, [article, kept, _OTHER], claims)
    for key in ("blogger", "not_denied"):
        assert results[key].verdict != "conflicting"
        assert not _one_side_against_the_other(results[key])


def test_a_holders_word_is_no_place_of_the_event() -> None:
    from storyscope.verify.names import place_missing

    passage = "She said the engineers were already working in parts of Kessia's occupied north."
    assert not place_missing("Talvorian engineers are working in Talvorian-occupied parts of Kessia.", passage)
    assert place_missing("Talvorian engineers are working in Brenn.", passage)


_RELAYED = ("OSK, May 6 - Kessian President Ana Velm said on Monday that Talvorian troops had arrived in the Brenn "
            "valley. \"Talvorian soldiers are already in Brenn,\" Velm told reporters. ")


@pytest.mark.slow
def test_a_dismissal_of_other_reports_on_the_subject_denies_nothing(tmp_path) -> None:
    claim = "Talvorian troops have arrived in the Brenn valley."
    sentences = {"same": "Talvoria dismissed the reports of Talvorian troops in Brenn as fake news.",
                 "arms": "Separately, Talvoria dismissed the reports of Talvorian arms shipments to Norland as fake news.",
                 "other_state": "Separately, Talvoria rejected West Talvorian claims that its satellite launch had "
                                "failed.",
                 "refused": "Talvoria refused to dismiss the reports of Talvorian troops in Brenn."}
    articles = [{"id": key, "published": "2031-05-06", "title": "Velm says Talvorian troops in Brenn",
                 "text": _RELAYED + sentence} for key, sentence in
                sentences.items()]
    results = {}
    for article in articles:
        folder = tmp_path / article["id"]
        folder.mkdir()
        results[article["id"]] = check_results(folder, [article, _OTHER], {"c": claim})["c"]
    assert _one_side_against_the_other(results["same"])
    for key in ("arms", "other_state", "refused"):
        assert results[key].verdict != "conflicting"
        assert not _one_side_against_the_other(results[key])


@pytest.mark.slow
def test_reports_a_party_dismisses_are_claims_of_someone(tmp_path) -> None:
    article = {"id": "d1", "published": "2031-05-08", "title": "Talvoria rejects reports",
               "text": "Kessian officials said Talvorian soldiers were ready to join the conflict in Kessia.\n\n"
                       "The Talvorian government rejected the claims that Talvorian soldiers would soon join the "
                       "conflict in Kessia.\n\nThe Kessian harvest began early this year."}
    claims = {"stated": "Talvorian soldiers are about to enter the conflict in Kessia.",
              "other": "Talvorian soldiers have crossed the border near Osk."}
    results = check_results(tmp_path, [article, _OTHER], claims)
    assert _one_side_against_the_other(results["stated"])  # someone claims it, the party concerned denies it
    assert not _one_side_against_the_other(results["other"])
    alone = dict(article, id="d2", text=article["text"].split("\n\n", 1)[1])  # the reports are not in the pile
    folder = tmp_path / "alone"
    folder.mkdir()
    alone_result = check_results(folder, [alone, _OTHER], {"stated": claims["stated"]})["stated"]
    assert alone_result.verdict == "not_enough_evidence" and not _one_side_against_the_other(alone_result)


def test_what_is_about_to_happen_is_the_claims_action() -> None:
    from storyscope.verify.actions import claim_action

    assert claim_action(parse_texts(["Talvorian soldiers are about to join the conflict."])[0]) == "join"
    assert claim_action(parse_texts(["The minister is due to sign the accord."])[0]) == "sign"


def test_serving_as_is_acting_as() -> None:
    from storyscope.verify.actions import states_action

    assert states_action("serve", parse_texts(["Kessia is acting as a bridge between Osk and Velm."])[0])


@pytest.mark.slow
def test_an_articles_dismissals_are_found_without_retrieval(tmp_path) -> None:
    from storyscope.store import Store
    from storyscope.verify.check import _article_dismissals, _load_context

    check_verdicts(tmp_path, [_ARTICLE, _OTHER], {})
    with Store(tmp_path / "out" / "storyscope.duckdb") as store:
        found = _article_dismissals(_load_context(store), "k1")
    assert [c.text for c in found] == ["The Talvorian government rejected the claims that Talvorian soldiers would "
                                       "soon join the conflict."]


@pytest.mark.slow
def test_a_dismissal_is_no_claim_when_no_one_else_tells_those_reports(tmp_path) -> None:
    dismissal = ("The Talvorian government rejected the claims that Talvorian soldiers would soon join the conflict in "
                 "Kessia.")
    others = {"election": "Kessian officials said Talvorian voters would elect a new parliament in June.",
              "own_side": "“Talvorian soldiers are at home with their families,” ministry spokesman Orin Daske told "
                          "reporters in Velm.",
              "own_general": "Talvorian General Mirek Sann said Talvorian units were training near the capital."}
    claim = "Talvorian soldiers are about to enter the conflict in Kessia."
    for key, sentence in others.items():
        folder = tmp_path / key
        folder.mkdir()
        article = {"id": key, "published": "2031-05-08", "title": "Talvoria rejects reports",
                   "text": f"{sentence}\n\n{dismissal}\n\nThe Kessian harvest began early this year."}
        result = check_results(folder, [article, _OTHER], {"c": claim})["c"]
        assert result.verdict == "not_enough_evidence" and not _one_side_against_the_other(result), key


@pytest.mark.slow
def test_a_dismissal_of_another_act_denies_no_relayed_claim(tmp_path) -> None:
    article = {"id": "l1", "published": "2031-05-06", "title": "Velm accuses Talvoria",
               "text": "Kessian President Ana Velm said Talvoria was sending soldiers to Kessia.\n\n"
                       "The farmers' union said the wheat harvest would start late.\n\n"
                       "Officials in Talvoria dismissed reports of Talvorian mercenaries looting grain stores in Osk "
                       "as lies."}
    result = check_results(tmp_path, [article, _OTHER], {"c": "Talvoria is sending soldiers to Kessia."})["c"]
    assert result.verdict == "not_enough_evidence" and not _one_side_against_the_other(result)


_WRITERS_ACCOUNT = {"id": "w1", "published": "2031-05-09", "title": "Talvorian battalion to head to the front",
                    "text": "A battalion of Talvorian soldiers is set to head to the Brenn front next month.\n\n"
                            "Talvoria has shipped grain to Norland since March.\n\n"
                            "Talvoria is to become an active participant in the war in Kessia.\n\n"
                            "Talvoria has sent shells and rifles to Norland troops.\n\n"
                            "Talvoria will not send troops to the Osk front this year.\n\n"
                            "Talvoria recognised the breakaway Osk region, held by Norland troops, in April."}
_DISMISSAL_ELSEWHERE = {"id": "w2", "published": "2031-05-10", "title": "Talvoria: reports of troops are lies",
                        "text": "The Talvorian government branded the claims that Talvorian troops are about to enter "
                                "the war as lies.\n\nThe talks in Osk will resume in June."}


@pytest.mark.slow
def test_a_partys_dismissal_in_another_article_meets_a_writers_account(tmp_path) -> None:
    claims = {"battalion": "A battalion of Talvorian soldiers will head to the Brenn front next month.",
              "grain": "Talvoria has shipped grain to Norland.",
              "recognised": "Talvoria recognised the breakaway Osk region, held by Norland troops.",
              "participant": "Talvoria is to become an active participant in the war in Kessia.",
              "shells": "Talvoria has sent shells and rifles to Norland troops.",
              "not_sent": "Talvoria will not send troops to the Osk front this year."}
    results = check_results(tmp_path, [_WRITERS_ACCOUNT, _DISMISSAL_ELSEWHERE, _OTHER], claims)
    # the writer tells it, the party concerned calls such claims lies: the denial is recorded, but it is no
    # independent refutation, so the writer's account stands (AggregationPolicy.origins_against_denials: conflicting)
    for key in ("battalion", "participant"):  # ("participant": taking part, said with a noun)
        assert results[key].verdict == "supported" and _denial_recorded(results[key]), results[key].explanation
        assert results[key].confidence <= 0.6
    # another act than taking part in the war; troops named, but the act is a recognition or a shipment; a claim
    # that agrees with the dismissal
    for key in ("grain", "recognised", "shells", "not_sent"):
        assert results[key].verdict == "supported" and not _denial_recorded(results[key]), key
    alone = tmp_path / "alone"
    alone.mkdir()
    result = check_results(alone, [_WRITERS_ACCOUNT, _OTHER], {"b": claims["battalion"]})["b"]
    assert result.verdict == "supported" and not _denial_recorded(result)
    old = tmp_path / "old"
    old.mkdir()  # a dismissal from another time is of another war
    earlier = dict(_DISMISSAL_ELSEWHERE, published="2029-02-01")
    result = check_results(old, [_WRITERS_ACCOUNT, earlier, _OTHER], {"b": claims["battalion"]})["b"]
    assert result.verdict == "supported" and not _denial_recorded(result)
    confirmed = tmp_path / "confirmed"
    confirmed.mkdir()  # the party's own spokesman confirms it
    spokesman = {"id": "w3", "published": "2031-05-12", "title": "Talvoria confirms battalion",
                 "text": "Talvorian government spokesman Ivo Marr said a battalion of Talvorian soldiers would head to "
                         "the Brenn front next month.\n\nThe talks in Osk ended."}
    result = check_results(confirmed, [_WRITERS_ACCOUNT, _DISMISSAL_ELSEWHERE, spokesman, _OTHER],
                           {"b": claims["battalion"]})["b"]
    assert result.verdict == "supported" and not _denial_recorded(result), result.explanation


@pytest.mark.parametrize(("claim", "joins"), [
    ("A unit of Talvorian troops is set to head to the Brenn region next month.", True),
    ("Talvoria will dispatch troops to the Brenn front.", True),
    ("Talvoria will send a company of soldiers to the front.", True),
    ("Talvorian troops will be sent to the front.", True),
    ("Talvorian troops will take part in the war.", True),
    ("Talvoria is to become an active participant in the war.", True),
    # other acts that name troops, a delegation or a mission
    ("Ana Velm will head the Talvorian delegation to the talks.", False),
    ("Talvorian officers will join the Brenn monitoring mission.", False),
    ("Talvoria will fight the Kessian tariffs in court.", False),
    ("Talvorian engineers will arrive in Osk to rebuild the ferry pier.", False),
    ("Talvoria has sent shells and rifles to Norland troops.", False),
    ("Talvoria's participation in the Osk peace talks was welcomed.", False),
    ("Talvorian troops are fighting in Brenn.", True),
    ("Talvoria will join the Osk Trade Union.", False),
    ("Talvoria will deploy a monitoring mission to Osk.", False),
    ("Talvoria will send engineers to help rebuild the Brenn dam.", False),
    ("Talvorian lawyers are fighting in the Osk courts.", False),
    ("Talvorian marines will join Kessian forces in Osk.", True),
    ("Talvoria will send troops to defend the Brenn dam.", True),
])
def test_what_joins_a_war(claim: str, joins: bool) -> None:
    from storyscope.verify.actions import joins_war

    assert joins_war(parse_texts([claim])[0]) is joins


@pytest.mark.parametrize(("passage", "dismissed"), [
    ("The Talvorian government branded the claims that Talvorian troops will head to the front as Kessian "
     "propaganda.", True),
    ("Talvoria branded the claims that its troops will come as blatant lies.", True),
    ("Talvoria branded the claims that its troops will come as nothing but lies.", True),
    ("Talvoria branded the claims that its troops will come as a pack of lies.", True),
    ("The ministry described the claims that Talvorian soldiers were posing as fake aid workers.", False),
])
def test_a_label_closing_the_dismissed_claims(passage: str, dismissed: bool) -> None:
    assert (dismissed_matter(parse_texts([passage])[0]) is not None) is dismissed
