"""Shared fixtures: where the shared data lives, and a skip when it is absent."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
DATA = SHARED / "data"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.fixture
def seeds_dir() -> Path:
    """The five seed articles; skips the test on a clone without ../shared/seeds."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (only present beside the developers' checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The project's own example corpus."""
    return EXAMPLES


@pytest.fixture(scope="session")
def seeds_root() -> Path:
    """Session-scoped seeds folder; skips when absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed articles not found at {SEEDS} (only present beside the developers' checkout)")
    return SEEDS
