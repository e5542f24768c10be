"""Outlet names (storyscope.clean.outlet)."""

from __future__ import annotations

import pytest

from storyscope.clean.outlet import copyright_outlet, source_outlet, title_suffix_outlet, url_outlet


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Source: Krone", "Krone"),
        ("Source: Velmora Courier.", "Velmora Courier"),
        ("Via: Ostrel Post", "Ostrel Post"),
    ],
)
def test_source_lines(line: str, name: str) -> None:
    assert source_outlet(line) == name


def test_a_long_source_sentence_is_not_an_outlet() -> None:
    line = "Source: a person familiar with the talks who asked not to be named in this piece"
    assert source_outlet(line) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2024 Velmora Courier", "Velmora Courier"),
        ("Copyright © 2019-2024 Ostrel Post. All rights reserved.", "Ostrel Post"),
    ],
)
def test_copyright_lines(line: str, name: str) -> None:
    assert copyright_outlet(line) == name


def test_title_suffix() -> None:
    page_title = "Port strike spreads | Velmora Courier"
    assert title_suffix_outlet(page_title, "Port strike spreads") == "Velmora Courier"
    assert title_suffix_outlet("Port strike spreads", "Port strike spreads") is None


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.example.com/news/1", "example.com"),
        ("news.example.org/a", "news.example.org"),
        (None, None),
    ],
)
def test_url_host(url: str | None, host: str | None) -> None:
    assert url_outlet(url) == host


def test_only_a_web_address_names_an_outlet() -> None:
    assert url_outlet("https://www.velmar-post.example/harbour") == "velmar-post.example"
    assert url_outlet("velmar-post.example/harbour") == "velmar-post.example"
    assert url_outlet("velmar-post.example:8080/harbour") == "velmar-post.example"
    for other in ("javascript:alert('x')", "mailto:desk@velmar-post.example", "file:///etc/hosts", "data:text/html,x"):
        assert url_outlet(other) is None, other
