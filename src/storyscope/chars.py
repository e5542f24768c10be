"""Invisible characters that text from outside (articles, file names, typed claims) must not carry through.

Each module drops, replaces or shows them in its own way (article text drops them, ids turn them to "_", the
terminal shows "?"); this module only names them once, as pieces of regular-expression character classes.
"""

# Bidirectional embeddings, overrides and isolates: "evil\u202etxt.exe" shows as "evilexe.txt".
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
# Invisible spaces that split a word without showing: "Tor\u200bvang" reads as "Torvang".
INVISIBLE_SPACES = "\u200b\u2060"
# Zero-width (non-)joiners between Latin letters ("Il\u200dse"), a pattern of its own: in Persian, Indic scripts
# and emoji the same characters join, and stay.
LATIN_JOINERS = "(?<=[A-Za-z\u00c0-\u024f])[\u200c\u200d](?=[A-Za-z\u00c0-\u024f])"
