"""Verify: judge claims against the store (``check``) and texts against claims (``stance``).

Imports are lazy so that ``storyscope.verify.stance`` does not pull in the store.
"""

from __future__ import annotations

__all__ = ["check_claim", "check_claims", "verdict_to_json"]


def __getattr__(name: str):  # noqa: ANN202 - module-level lazy attribute
    if name in __all__:
        from storyscope.verify import check

        return getattr(check, name)
    raise AttributeError(name)
