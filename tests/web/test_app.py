"""The served app over the hand-built store: every route, the JSON API, CSP, escaping, 404s."""

import re

import pytest
from fastapi.testclient import TestClient

from storyscope.web.app import create_app

PAGES = ["/", "/articles/herald_bridge", "/articles/hostile_detour", "/stories/S1", "/entities/E2",
         "/entities/E5", "/claims/C1", "/claims/C3", "/check", "/check?claim=the+bridge+will+close"]
API = ["/api/dossier", "/api/check?claim=bridge", "/api/articles/herald_bridge", "/api/stories/S1",
       "/api/entities/E2", "/api/claims/C3", "/api/claimreview"]
UNKNOWN = ["/articles/nope", "/stories/S9", "/entities/E99", "/claims/C99", "/api/articles/nope",
           "/api/stories/S9", "/api/entities/E99", "/api/claims/C99", "/static/nope.js",
           "/static/..%2F..%2Fpyproject.toml", "/articles/..%2F..%2Fetc%2Fpasswd", "/../../etc/passwd",
           "/articles/%2Fetc%2Fpasswd"]
# Markup the hostile article carries; none of it may reach a page unescaped.
RAW = re.compile(r"<script>|<img|<b>Outlet|onerror=\"|onerror='|onerror=document", re.IGNORECASE)


@pytest.fixture(scope="module")
def client(web_store):
    with TestClient(create_app(web_store)) as c:
        yield c


@pytest.mark.parametrize("path", PAGES)
def test_page_is_html_with_a_strict_csp(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", PAGES)
def test_page_never_carries_raw_article_markup(client, path):
    page = client.get(path).text
    assert not RAW.search(page), RAW.search(page)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing external
    assert "<script src=\"/static/app.js\" defer></script>" in page  # our only script


@pytest.mark.parametrize("path", API)
def test_api_route_is_json_with_a_csp(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "json" in response.headers["content-type"]
    assert "default-src 'none'" in response.headers["content-security-policy"]
    response.json()


@pytest.mark.parametrize("path", UNKNOWN)
def test_unknown_ids_and_paths_are_404_with_a_csp(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "root:" not in response.text and "[project]" not in response.text


def test_hostile_article_is_shown_as_text(client):
    page = client.get("/articles/hostile_detour").text
    assert "Detour &lt;script&gt;document.title=" in page
    assert "&lt;img src=x onerror=" in page


def test_article_text_is_highlighted_from_offsets(client):
    page = client.get("/articles/herald_bridge").text
    assert '<a href="/entities/E2" class="hl hl-entity' in page and ">Mila Voss</a>" in page
    assert 'class="hl hl-quantity' in page
    assert 'hl-claim' in page and 'href="/claims/C1"' in page
    assert 'hl-attribution' in page and 'hl-cue' in page


def test_home_lists_conflicts_before_claims_and_claims_with_verdicts(client):
    page = client.get("/").text
    assert page.index("Where the sources disagree") < page.index("Top claims, checked")
    claims = re.findall(r'<a href="/claims/(C\d+)">', page[page.index("Top claims"):page.index('id="visuals"')])
    assert claims[:3] == ["C3", "C2", "C4"]  # in a conflict first, then by check-worthiness
    assert page.count('class="verdict v-') >= 4


def test_home_has_three_inline_svg_charts(client):
    page = client.get("/").text
    assert page.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart"') == 3
    assert "<img" not in page


def test_claim_page_shows_mentions_origins_and_evidence(client):
    page = client.get("/claims/C3").text
    assert "Independent origins" in page and "Evidence" in page
    assert "carried by courier_workers, riverpost_copy" in page  # the copy folds into its origin


def test_api_dossier_is_the_dossier_object(client):
    body = client.get("/api/dossier").json()
    assert body["schema"] == "storyscope.dossier/1"
    assert body["articles"][0]["story"] == "S1"
    assert {"articles", "claims", "conflicts", "citations", "copies", "timeline"} <= set(body)


def test_api_check_returns_the_check_json_object(client):
    body = client.get("/api/check", params={"claim": "Repairs to the Orrin Bridge will need 400 workers"}).json()
    assert set(body) == {"claim", "verdict", "confidence", "evidence", "explanation"}
    assert body["verdict"] in {"supported", "refuted", "conflicting", "not_enough_evidence"}
    assert body["evidence"][0]["article"] in {"courier_workers", "riverpost_copy", "herald_bridge"}


def test_api_check_needs_a_claim(client):
    for params in ({}, {"claim": ""}, {"claim": " \x00 "}, {"claim": "x" * 1001}):
        response = client.get("/api/check", params=params)
        assert response.status_code == 400 and response.json()["code"] == "E024", params


def test_head_is_answered_like_get_without_a_body_and_a_405_names_what_is_allowed(client):
    for path in ("/", "/api/dossier", "/static/app.js"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200 and head.content == b"", path
        assert head.headers["content-type"] == got.headers["content-type"], path
    assert client.post("/api/dossier").headers.get("allow", "") == "GET, HEAD"


def test_api_errors_share_one_shape_with_a_code(client):
    for path, status, code in (("/api/claimreview?limit=abc", 422, "bad_parameter"),
                               ("/api/claimreview?limit=0", 422, "bad_parameter"),
                               ("/api/articles/no-such-id", 404, "not_found"),
                               ("/api/nothing-here", 404, "not_found")):
        response = client.get(path)
        assert response.status_code == status and set(response.json()) == {"error", "code"}, path
        assert response.json()["code"] == code, path
    assert "limit" in client.get("/api/claimreview?limit=abc").json()["error"]
    assert client.post("/api/dossier").json()["code"] == "method_not_allowed"


def test_a_nul_in_a_claim_is_dropped_before_it_is_judged_or_shown(client):
    response = client.get("/check", params={"claim": "Orrin\x00 Bridge repairs"})
    assert response.status_code == 200 and "\x00" not in response.text
    body = client.get("/api/check", params={"claim": "Orrin\x00 Bridge repairs"}).json()
    assert body["claim"] == "Orrin Bridge repairs"
    assert client.get("/api/check", params={"claim": "\x00\x01"}).status_code == 400


def test_check_form_rejects_an_overlong_claim(client):
    response = client.get("/check", params={"claim": "x" * 1001})
    assert response.status_code == 400 and "the limit is 1000" in response.text


def test_api_article_has_spans_and_relations(client):
    body = client.get("/api/articles/riverpost_copy").json()
    assert body["origin"] == "courier_workers"
    assert body["copies"] == [{"article": "riverpost_copy", "copy_of": "courier_workers", "similarity": 0.93,
                              "kind": "copy"}]
    text = body["text"]
    for m in body["entity_mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_api_claim_has_origins_and_a_verdict(client):
    body = client.get("/api/claims/C3").json()
    assert body["origins"] == [{"origin": "courier_workers", "articles": ["courier_workers", "riverpost_copy"]}]
    assert body["conflicts"] == ["X1"] and body["verdict"]["claim"] == body["text"]


def test_api_claimreview_is_schema_org_json_ld(client):
    response = client.get("/api/claimreview", params={"limit": 2})
    assert response.headers["content-type"].startswith("application/ld+json")
    reviews = response.json()
    assert len(reviews) == 2
    assert all(r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview" for r in reviews)
    assert reviews[0]["itemReviewed"]["@type"] == "Claim"


def test_static_files_come_from_the_package(client):
    js = client.get("/static/app.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    css = client.get("/static/style.css")
    assert css.status_code == 200 and ".hl-entity" in css.text


def test_api_check_on_an_empty_store_is_a_400(tmp_path):
    from storyscope.store import Store

    Store(tmp_path / "empty.duckdb").close()
    with TestClient(create_app(tmp_path / "empty.duckdb")) as c:
        response = c.get("/api/check", params={"claim": "anything"})
        assert response.status_code == 400 and response.json()["code"] == "E013"
        assert c.get("/").status_code == 200


def test_check_top_claims_gives_claimreview_verdicts(make_store, tmp_path):
    from storyscope.report import build_dossier
    from storyscope.report.claimreview import check_top_claims, claim_reviews
    from storyscope.store import Store

    with Store(make_store(tmp_path / "own.duckdb")) as store:
        dossier = build_dossier(store.load_annotated(), store.load_corpus(), store.skipped())
        verdicts = check_top_claims(store, dossier, n=2)
    assert list(verdicts) == ["C3", "C2"]
    assert [r["identifier"] for r in claim_reviews(dossier, verdicts)] == ["C2", "C3"]


def test_serve_leaves_the_store_free_and_shows_what_analyze_wrote_meanwhile(make_store, tmp_path):
    import subprocess
    import sys

    path = make_store(tmp_path / "live.duckdb")
    with TestClient(create_app(path)) as c:
        titles = {a["id"]: a["title"] for a in c.get("/api/dossier").json()["articles"]}
        assert "Renamed while serving" not in titles.values()
        # another process (as analyze would be) opens the file for writing while the app runs
        script = ("import duckdb, sys; con = duckdb.connect(sys.argv[1]); "
                  "con.execute(\"UPDATE articles SET title = 'Renamed while serving' WHERE id = 'herald_bridge'\"); "
                  "con.close()")
        subprocess.run([sys.executable, "-c", script, str(path)], check=True, timeout=60)
        after = {a["id"]: a["title"] for a in c.get("/api/dossier").json()["articles"]}
        assert after["herald_bridge"] == "Renamed while serving"
        assert "Renamed while serving" in c.get("/").text


@pytest.mark.slow
def test_an_article_whose_id_holds_slashes_has_its_pages(tmp_path):
    from storyscope.pipeline import analyze
    from storyscope.settings import load_settings

    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "2031/04/osk-ferry", "title": "Osk ferry resumes", "text": "The ferry to Osk sailed '
                    'again on Monday after the storm, the harbour master said."}\n', encoding="utf-8")
    summary = analyze([feed], tmp_path / "out", None, load_settings(processes=1))
    with TestClient(create_app(summary.outputs["db"])) as c:
        home = c.get("/").text
        link = re.search(r'href="(/articles/2031[^"]*)"', home).group(1)
        assert c.get(link).status_code == 200  # the home page's own link: "/" quoted as %2F
        assert c.get("/articles/2031/04/osk-ferry").status_code == 200
        assert c.get("/api/articles/2031%2F04%2Fosk-ferry").json()["id"] == "2031/04/osk-ferry"
        assert c.get("/articles/2031/04/nope").status_code == 404


def test_a_store_held_by_analyze_is_a_503_with_a_retry(web_store, monkeypatch):
    from storyscope.errors import StoryscopeError

    app = create_app(web_store)

    def busy():
        raise StoryscopeError("E010", path=web_store, why="Could not set lock on file")

    monkeypatch.setattr(app.state.service, "dossier", busy)
    with TestClient(app, raise_server_exceptions=False) as c:
        page, api = c.get("/"), c.get("/api/dossier")
    assert page.status_code == 503 and "being updated by analyze" in page.text
    assert page.headers["Retry-After"] == "5" and "Content-Security-Policy" in page.headers
    assert api.status_code == 503 and "E010" in api.json()["error"] and api.json()["code"] == "E010"
