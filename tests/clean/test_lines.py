"""The line classifier for flattened text (storyscope.clean.lines), on pages written for these tests."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from storyscope.clean import lines as ln
from storyscope.clean.text import _lines, clean_text, read_rules

TITLE = "Velmora council approves new tram line to the harbour district"
PARAGRAPHS = [
    "The city council of Velmora voted on Tuesday to build a tram line from the old town to the harbour.",
    "Councillor Mirela Osk said the line would carry about twelve thousand passengers a day once it opened.",
    "Construction is due to start next spring, and the first trams should run before the end of the decade.",
    "Opponents on the council argued that the money would be better spent on repairing the bus fleet.",
    "The harbour traders' association welcomed the vote and said its members had waited twenty years for it.",
    "A public consultation on the exact route through the market square will open in the coming weeks.",
]
MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Contact us"]
RELATED = [
    "More stories",
    "Ferry timetable cut as fuel costs rise on the coast",
    "Ostrel fish market reopens after the winter storms",
    "Local school wins regional chess championship again",
]
FOOTER = ["About us", "Privacy policy", "Terms of use", "© 2031 Velmora Courier. All rights reserved."]


def page() -> str:
    """A page shaped like a scraped one: menu, headline, date, body, related list, comments, footer."""
    blocks = [
        "Velmora Courier",
        *MENU,
        TITLE,
        "March 3, 2031",
        *PARAGRAPHS,
        *RELATED,
        "Leave a comment",
        "I hope they finish it before my grandchildren retire, frankly speaking.",
        *FOOTER,
    ]
    return "\n\n".join(blocks)


def test_feature_matrix_has_one_row_per_line_and_the_named_columns() -> None:
    lines = _lines(page())
    x = ln.line_features(lines, read_rules(lines))
    assert x.shape == (len(lines), len(ln.FEATURE_NAMES))
    assert np.isfinite(x).all()


def test_feature_names_are_unique_and_rule_features_are_among_them() -> None:
    assert len(set(ln.FEATURE_NAMES)) == len(ln.FEATURE_NAMES)
    assert ln.RULE_FEATURES <= set(ln.FEATURE_NAMES)


def test_rule_body_feature_marks_the_rules_lines() -> None:
    lines = _lines(page())
    rules = read_rules(lines)
    x = ln.line_features(lines, rules)
    col = ln.FEATURE_NAMES.index("rule_body")
    assert set(np.flatnonzero(x[:, col])) == set(rules.body)


@pytest.mark.slow  # loads the model
def test_classifier_keeps_the_article_and_drops_menu_related_comments_and_footer() -> None:
    found = clean_text(page())
    assert found.paragraphs == tuple(PARAGRAPHS)
    assert found.title == TITLE
    assert found.published == "2031-03-03"
    for line in MENU + RELATED + FOOTER:
        assert line not in found.paragraphs


@pytest.mark.slow
def test_classifier_and_rules_agree_on_a_clean_page() -> None:
    assert clean_text(page()).paragraphs == clean_text(page(), rules_only=True).paragraphs


def test_decode_keeps_confident_lines_and_fills_one_line_gaps() -> None:
    lines = [f"line {i}" for i in range(25)]
    rules = read_rules(lines)
    proba = np.zeros(25)
    proba[[5, 7, 8]] = 0.9
    proba[6] = 0.3  # between two kept lines, above the gap threshold
    assert ln.decode(proba, lines, rules, overrides=False) == [5, 6, 7, 8]


def test_decode_drops_the_title_and_everything_after_the_comment_prompt() -> None:
    lines = _lines(page())
    rules = read_rules(lines)
    proba = np.ones(len(lines))
    body = ln.decode(proba, lines, rules)
    kept = [lines[i] for i in body]
    assert TITLE not in kept
    assert "March 3, 2031" not in kept
    assert not any(i >= rules.cut for i in body)
    assert "More stories" not in kept  # a related-links header the lexicon knows


def test_decode_keeps_the_rules_lines_inside_the_confident_span() -> None:
    lines = _lines(page())
    rules = read_rules(lines)
    proba = np.zeros(len(lines))
    first, last = rules.body[0], rules.body[-1]
    proba[[first, last]] = 0.9  # the classifier is sure only of the first and last paragraph
    assert ln.decode(proba, lines, rules) == list(rules.body)


def test_short_pages_keep_the_rules_body() -> None:
    lines = [TITLE, *PARAGRAPHS[:2]]
    rules = read_rules(lines)
    assert ln.decode(np.zeros(len(lines)), lines, rules) == list(rules.body)


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ln.LineModelError, match="not found.*train_line_classifier"):
        ln.read_line_model(tmp_path)


def test_a_truncated_model_file_is_a_clear_error(tmp_path: Path) -> None:
    for name in (ln.MODEL_FILE, ln.META_FILE):
        shutil.copy(ln.MODEL_DIR / name, tmp_path / name)
    data = (tmp_path / ln.MODEL_FILE).read_bytes()
    (tmp_path / ln.MODEL_FILE).write_bytes(data[:len(data) // 2])
    with pytest.raises(ln.LineModelError, match="could not be read.*train_line_classifier"):
        ln.read_line_model(tmp_path)


def test_arrays_that_are_no_trees_are_a_clear_error(tmp_path: Path) -> None:
    for name in (ln.MODEL_FILE, ln.META_FILE):
        shutil.copy(ln.MODEL_DIR / name, tmp_path / name)
    with np.load(tmp_path / ln.MODEL_FILE) as data:
        arrays = dict(data)
    arrays["left"] = arrays["left"] + 10_000  # children outside the tree
    np.savez(tmp_path / ln.MODEL_FILE, **arrays)
    with pytest.raises(ln.LineModelError, match="do not form trees"):
        ln.read_line_model(tmp_path)
    np.save(tmp_path / "plain.npy", np.zeros(3))
    (tmp_path / "plain.npy").replace(tmp_path / ln.MODEL_FILE)  # one array, not a saved model
    with pytest.raises(ln.LineModelError, match="not a saved trees file"):
        ln.read_line_model(tmp_path)


def test_saved_trees_predict_as_the_fitted_model_does(tmp_path: Path) -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(3)
    x = rng.normal(size=(600, len(ln.FEATURE_NAMES)))
    y = (x[:, 0] + 0.5 * x[:, 3] - x[:, 7] > 0).astype(int)
    x[rng.random(x.shape) < 0.05] = np.nan  # missing values take the side the fit learnt for them
    fitted = HistGradientBoostingClassifier(max_iter=30, max_leaf_nodes=7, random_state=0).fit(x, y)
    ln.save_line_model(ln.LineModel(fitted, {"name": ln.MODEL_NAME, "features": list(ln.FEATURE_NAMES)}), tmp_path)
    loaded = ln.read_line_model(tmp_path)
    fresh = rng.normal(size=(200, len(ln.FEATURE_NAMES)))
    fresh[rng.random(fresh.shape) < 0.05] = np.nan
    np.testing.assert_allclose(loaded.classifier.predict_proba(fresh), fitted.predict_proba(fresh)[:, 1],
                               rtol=0, atol=1e-12)


def test_committed_model_records_this_codes_features() -> None:
    meta = json.loads((ln.MODEL_DIR / ln.META_FILE).read_text())
    assert tuple(meta["features"]) == ln.FEATURE_NAMES
    assert meta["name"] == ln.MODEL_NAME


def test_model_is_not_loaded_at_import() -> None:
    code = (
        "import sys; import storyscope.clean, storyscope.clean.text; "
        "from storyscope.clean import lines; "
        "assert lines.load_line_model.cache_info().currsize == 0; assert 'joblib' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.slow
def test_cleaning_a_page_with_the_model_needs_no_scikit_learn() -> None:
    code = (
        "import sys; from storyscope.clean.text import _lines, read_rules; from storyscope.clean import lines; "
        f"ls = _lines({page()!r}); assert len(ls) >= lines.MIN_MODEL_LINES; "
        "lines.select_body(ls, read_rules(ls)); "
        "assert lines.load_line_model.cache_info().currsize == 1; "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('sklearn', 'scipy', 'joblib')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
