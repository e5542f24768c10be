"""Browser tests: Playwright driving Debian's Chromium against a real uvicorn server on loopback.

Skipped (with the reason) where ``/usr/bin/chromium`` or the ``playwright``
package is missing. Never run ``playwright install``: the system Chromium is used.
Screenshots go to the test's temporary folder, and also to the folder named by
``STORYSCOPE_SCREENSHOTS`` (e.g. ``docs/screenshots``) when it is set.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from storyscope.report import build_dossier, render_html

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None,
                       reason="the playwright package is not installed (pip install playwright; "
                              "never `playwright install`)"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1200, "height": 860}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory, make_store):
    """Start uvicorn on 127.0.0.1 and a free port in a thread; stop it after the module."""
    import uvicorn

    from storyscope.web.app import create_app

    db = make_store(tmp_path_factory.mktemp("browser") / "bridge.duckdb")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    """Headless system Chromium, no network side channels."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors, page errors and dialogs (none may happen)."""
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=True)
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda msg: msg.type == "error" and pg.problems.append(f"console: {msg.text}"))
    pg.on("pageerror", lambda exc: pg.problems.append(f"pageerror: {exc}"))
    pg.on("dialog", lambda dialog: (pg.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    yield pg
    context.close()


@pytest.fixture
def shots(tmp_path):
    """Save a screenshot under the test's tmp folder and, when asked, under STORYSCOPE_SCREENSHOTS."""
    target = os.environ.get("STORYSCOPE_SCREENSHOTS")

    def save(pg, name: str, **kwargs) -> Path:
        path = tmp_path / f"{name}.png"
        (kwargs.pop("element", None) or pg).screenshot(path=str(path), **kwargs)
        if target:
            Path(target).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, Path(target) / path.name)
        return path

    return save


def _not_pwned(pg) -> None:
    assert pg.evaluate("typeof window.pwned") == "undefined"
    assert pg.title() != "pwned"  # the payloads set it to exactly this


def test_click_through_home_article_claim_check(page, base_url, shots):
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text() == "Orrin Bridge closes for repairs"
    assert page.locator("#numbers + svg.chart").count() == 1
    shots(page, "home")
    page.goto(base_url + "/#visuals")
    shots(page, "visuals")
    page.goto(base_url + "/")

    page.get_by_role("link", name="Orrin Bridge to close for six weeks of repairs").first.click()
    page.wait_for_url("**/articles/herald_bridge")
    entity = page.locator("a.hl-entity[data-refs~=E2]").first
    entity.hover()
    assert page.locator(".hl.lit").count() >= 2  # app.js lit every mention of Mila Voss
    shots(page, "article")

    page.locator("a.hl-claim[href='/claims/C1']").first.click()
    page.wait_for_url("**/claims/C1")
    assert page.locator(".verdict").first.inner_text() in {"supported", "refuted", "conflicting",
                                                           "not enough evidence"}
    assert page.get_by_role("heading", name="Independent origins").count() == 1
    shots(page, "claim")

    page.goto(base_url + "/check")
    page.fill("textarea#claim", "Repairs to the Orrin Bridge will need 400 workers")
    page.get_by_role("button", name="Check against the stored articles").click()
    page.wait_for_url("**/check?claim=*")
    assert page.locator("#result").count() == 1
    assert page.locator("blockquote").count() >= 1
    shots(page, "check")
    _not_pwned(page)
    assert page.problems == []


def test_hostile_article_never_executes(page, base_url, shots):
    page.goto(base_url + "/articles/hostile_detour")
    page.wait_for_load_state("load")
    _not_pwned(page)
    assert "<script>" in page.locator("h1").inner_text()  # shown as text, not run
    assert "onerror=" in page.locator("#text").inner_text()
    assert page.locator("#text img, #text script, h1 img, h1 script").count() == 0
    for path in ("/", "/stories/S1", "/entities/E5", "/claims/C1"):
        page.goto(base_url + path)
        _not_pwned(page)
    assert page.problems == []


def test_every_response_has_a_strict_csp(page, base_url):
    response = page.goto(base_url + "/articles/hostile_detour")
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_pages_read_without_javascript(browser, base_url):
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=False)
    pg = context.new_page()
    pg.goto(base_url + "/")
    assert pg.locator("svg.chart").count() == 3
    pg.goto(base_url + "/check?claim=the+bridge+will+close")
    assert pg.locator("#result").count() == 1
    context.close()


def test_dossier_html_is_self_contained_and_inert(page, make_store, tmp_path, shots):
    from storyscope.store import Store

    with Store(make_store(tmp_path / "d.duckdb")) as store:
        dossier = build_dossier(store.load_annotated(), store.load_corpus(), store.skipped())
    path = tmp_path / "dossier.html"
    path.write_text(render_html(dossier), encoding="utf-8")
    requests = []
    page.on("request", lambda req: requests.append(req.url))
    page.goto(path.as_uri())
    _not_pwned(page)
    assert page.locator("svg.chart").count() == 3
    assert all(url.startswith("file:") for url in requests)
    shots(page, "dossier-html")
    assert page.problems == []
