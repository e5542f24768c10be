"""storyscope: turn a pile of news articles about one story into an auditable dossier."""

__version__ = "0.1.0"
