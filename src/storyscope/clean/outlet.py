"""Outlet names from provenance lines ("Source: Krone", "© 2024 Daily Bugle") and URLs."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# An outlet name is a short proper name ("Krone", "The Daily Bugle Online");
# a longer "Source: ..." tail is a sentence about a source, not a byline.
MAX_OUTLET_WORDS = 6

_SOURCE = re.compile(r"^(?:source|sources|via|quelle|fuente)\s*:\s*(?P<name>[^.!?:]+?)\.?$", re.I)
_COPYRIGHT = re.compile(
    r"^(?:copyright\s*)?(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?"
    r"(?P<name>[^.!?]+?)[.,]?\s*(?:all rights reserved\.?)?$",
    re.I,
)
_TITLE_SUFFIX = re.compile(r"^\s*(?:[-|–—:·»]\s*)+(?P<name>.+?)\s*$")


def _short_name(name: str) -> str | None:
    name = " ".join(name.split()).strip(" -–|,")
    if not name or len(name.split()) > MAX_OUTLET_WORDS:
        return None
    return name


def source_outlet(line: str) -> str | None:
    """Return the outlet named by a provenance line such as ``"Source: Krone"``, else None."""
    match = _SOURCE.match(line.strip())
    return _short_name(match["name"]) if match else None


def copyright_outlet(line: str) -> str | None:
    """Return the holder named by a copyright line such as ``"© 2024 Daily Bugle"``, else None."""
    match = _COPYRIGHT.match(line.strip())
    return _short_name(match["name"]) if match else None


def title_suffix_outlet(page_title: str, headline: str) -> str | None:
    """Return ``"Outlet"`` when ``page_title`` is ``headline`` plus ``" - Outlet"``, else None."""
    if not page_title.startswith(headline) or page_title == headline:
        return None
    match = _TITLE_SUFFIX.match(page_title[len(headline) :])
    return _short_name(match["name"]) if match else None


def url_outlet(url: str | None) -> str | None:
    """Return the host of ``url`` without ``www.`` (``"example.com"``), or None; a URL with another scheme than
    http(s) names no outlet (``javascript:...``, ``mailto:...``, ``file:///...``)."""
    if not url:
        return None
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d)", url)
    if scheme and scheme.group(1).lower() not in ("http", "https"):
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = host.removeprefix("www.")
    return host or None
