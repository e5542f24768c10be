"""Verify: judge claims against the store."""

from storyscope.verify.check import check_claim, verdict_to_json

__all__ = ["check_claim", "verdict_to_json"]
