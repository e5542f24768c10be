"""The per-article clean stage: boilerplate removal, title, date, outlet, language."""

from storyscope.clean.article import clean_document, extraction_record

__all__ = ["clean_document", "extraction_record"]
