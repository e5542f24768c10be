"""analyze over ../shared/seeds with the process pool: the basics a careful reader checks."""

import json

import pytest

from storyscope.pipeline import analyze
from storyscope.settings import load_settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dossier(tmp_path_factory, seeds_root):
    out = tmp_path_factory.mktemp("seeds")
    analyze([seeds_root], out, None, load_settings(processes=2))
    return json.loads((out / "dossier.json").read_text())


def _article(dossier, prefix):
    return next(a for a in dossier["articles"] if a["id"].startswith(prefix))


def test_all_five_seeds_are_articles(dossier):
    assert len(dossier["articles"]) == 5 and dossier["skipped"] == []


def test_dateline_parsed(dossier):
    assert _article(dossier, "001_")["published"] == "2024-06-26"


@pytest.mark.parametrize("prefix, title", [
    ("000_", "North Korea offers troops to help Russian invasion of Ukraine"),
    ("001_", "Ukraine war set to escalate as North Korean troops will be sent to fight"),
    ("002_", "Volodymyr Zelensky tells Nato 10,000 North Korean troops being trained to enter Ukraine war"),
])
def test_titles_are_the_headlines(dossier, prefix, title):
    assert _article(dossier, prefix)["title"] == title


def test_furniture_is_gone(dossier):
    for article in dossier["articles"]:
        assert "Please enter your comment" not in article["text"]
        assert "Related articles" not in article["text"]
    assert "Jeremy Vine" not in _article(dossier, "000_")["text"]
    assert "Pat Ryder" in _article(dossier, "001_")["text"]


def test_speakers(dossier):
    speakers = {(a["article"][:4], a["speaker"]) for a in dossier["attributions"]}
    assert any(p == "000_" and s and "Korotchenko" in s for p, s in speakers)


def test_004_cites_bild(dossier):
    assert any(c["article"].startswith("004_") and "Bild" in c["cites"] for c in dossier["citations"])


def test_one_story(dossier):
    assert len({a["story"] for a in dossier["articles"]}) == 1


def test_seed_beside_bad_files_is_kept_and_bad_ones_reported(tmp_path, seeds_root):
    import shutil

    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(seeds_root / "004_383e3b8ceed1dc3e.txt", folder)
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.html").write_bytes(b"")
    (folder / "western.txt").write_bytes(
        "Grève au port\n\nLe syndicat a déclaré jeudi que la grève des dockers était terminée, "
        "selon un communiqué publié à Marseille.".encode("latin-1"))
    (folder / "broken.html").write_text("<html><body><h1>Storm closes pier</h1><p>The council said the pier "
                                        "would stay shut until the engineers had inspected it.<div><p>")
    summary = analyze([folder], tmp_path / "out", None, load_settings(processes=1))
    dossier = json.loads((tmp_path / "out" / "dossier.json").read_text())
    ids = {a["id"] for a in dossier["articles"]}
    assert {"004_383e3b8ceed1dc3e", "western", "broken"} <= ids
    assert {s["source"].rsplit("/", 1)[-1] for s in dossier["skipped"]} == {"noise.txt", "empty.html"}
    assert len(summary.skipped) == 2


def test_acronym_and_spellings_merge(dossier):
    aliases = {e["name"]: set(e["aliases"]) for e in dossier["entities"]}
    assert {"DPR", "Donetsk People's Republic"} <= aliases["Donetsk People's Republic"]
    assert {"Kim Jong-un", "Kim Jong Un", "Jong Un"} <= aliases["Kim Jong Un"]
    assert {"Kiev", "Kyiv"} <= aliases["Kyiv"]
