"""Outputs: dossier.json, dossier.md and a self-contained dossier.html."""

from storyscope.report.dossier import build_dossier
from storyscope.report.render import render_html, render_markdown, write_outputs

__all__ = ["build_dossier", "render_html", "render_markdown", "write_outputs"]
