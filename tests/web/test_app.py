"""The served app over a hand-built store: routes, JSON API, CSP, escaping."""

import pytest
from fastapi.testclient import TestClient

from storyscope.model import (
    AnnotatedArticle, Annotations, Article, CorpusResult, Sentence, Story,
)
from storyscope.store import Store
from storyscope.web.app import create_app

TEXT = "The new harbour ferry of the island company will carry 300 passengers.\n\nIt <script>alert(1)</script> sails in May."


@pytest.fixture
def client(tmp_path):
    path = tmp_path / "s.duckdb"
    article = Article(id="f1", source="/in/f1.txt", title="Ferry <img src=x onerror=alert(1)>",
                      published="2025-04-01", outlet="Quay News", language="en", text=TEXT, content_hash="h")
    ann = Annotations(sentences=(Sentence(0, TEXT.index('\n')), Sentence(TEXT.index('\n') + 2, len(TEXT))))
    with Store(path) as store:
        store.save_batch([(None, AnnotatedArticle(article, ann))])
        store.save_corpus(CorpusResult(stories=(Story("S1", "Ferry", ("f1",), "2025-04-01", "2025-04-01"),),
                                       article_story={"f1": "S1"}))
    with TestClient(create_app(path)) as c:
        yield c


def test_home_is_escaped_and_has_a_csp(client):
    response = client.get("/")
    assert response.status_code == 200
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "<script>alert" not in response.text and "<img src=x" not in response.text
    assert "&lt;script&gt;" in response.text


def test_api_dossier_is_the_dossier_object(client):
    body = client.get("/api/dossier").json()
    assert body["schema"] == "storyscope.dossier/1"
    assert body["articles"][0]["story"] == "S1"


def test_api_check_returns_a_verdict(client):
    body = client.get("/api/check", params={"claim": "the harbour ferry will carry 300 passengers"}).json()
    assert body["verdict"] == "supported"
    assert body["evidence"][0]["article"] == "f1"


def test_api_check_needs_a_claim(client):
    assert client.get("/api/check").status_code == 422


def test_unknown_path_is_404(client):
    assert client.get("/../../etc/passwd").status_code == 404
