"""Bytes to text: binary sniffing and encoding detection for article files."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer
import ftfy
import ftfy.bad_codecs  # noqa: F401 (registers sloppy-windows-1252)

from storyscope.errors import StoryscopeError

# How much of a file the binary sniffers look at.
SNIFF_BYTES = 8192
# Share of control bytes (other than tab/newline/CR/FF) above which a file is binary.
# Text in any 8-bit encoding has almost none; random data has ~12%.
MAX_CONTROL_SHARE = 0.05
# A Western (Latin-1/cp1252) text has mostly ASCII letters with a few accented ones;
# Cyrillic or Greek text misread as cp1252 is almost all non-ASCII letters.
MAX_WESTERN_NON_ASCII_LETTER_SHARE = 0.35

MAGIC_NUMBERS = {
    b"\x89PNG": "PNG image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip data in a file not named .gz",
    b"\x7fELF": "ELF executable",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"SQLite format 3": "SQLite database",
}
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
# ISO-2022-JP (Japanese mail and old web pages) is 7-bit: it reads as ASCII noise unless its escapes to a
# double-byte set (ESC $ B, ESC $ @, ESC $ ( D) are seen.
_ISO_2022_ESCAPE = re.compile(rb"\x1b\$[@AB(]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.I)


# UTF-16 without a byte-order mark: the high byte of each character (odd positions in LE, even in BE) takes few
# values, NUL for ASCII and one or two more for a script's block (0x04 for Cyrillic), and the low byte is almost
# never NUL; binary data spreads over all values.
MIN_UTF16_HIGH_BYTE_SHARE = 0.9
MAX_UTF16_OTHER_NUL_SHARE = 0.02
# ... and NUL among the high bytes at least this often: the spaces, digits and punctuation of any script's text.
MIN_UTF16_NUL_SHARE = 0.05


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``data`` reads as UTF-16 text with no byte-order mark, else None.

    An alphabet's text shows in its high bytes (few values, NUL among them); a text in Chinese, Japanese or Korean
    spreads its high bytes over its script's blocks, so there the decoded sniff must read as text throughout
    (``_reads_as_text``)."""
    head = data[:SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 2:
        return None
    even, odd = head[0::2], head[1::2]
    for enc, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        common = sorted((high.count(bytes([b])) for b in set(high)), reverse=True)[:2]
        if high.count(0) / len(high) >= MIN_UTF16_NUL_SHARE and sum(common) / len(high) >= MIN_UTF16_HIGH_BYTE_SHARE \
                and low.count(0) / len(low) <= MAX_UTF16_OTHER_NUL_SHARE:
            try:
                text = data[:len(data) - len(data) % 2].decode(enc)
            except UnicodeDecodeError:
                return None
            return enc if binary_reason(text.encode("utf-8")) is None else None
    readings = []
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            sniffed = head.decode(enc)
        except UnicodeDecodeError:
            continue  # (a surrogate cut at the sniff's end is rare; such a file is read as what else it may be)
        if _reads_as_text(sniffed):
            readings.append((len({ord(c) >> 8 for c in sniffed}), enc))
    if not readings:
        return None
    # (both may read as letters: kana read the wrong way round are ideographs; the right way spans fewer blocks)
    enc = min(readings)[1]
    try:
        data[:len(data) - len(data) % 2].decode(enc)
    except UnicodeDecodeError:
        return None
    return enc


# Share of a decoded sniff that must be letters, digits, punctuation, symbols or spacing for it to be text: random
# bytes read as UTF-16 fall on surrogates, private-use, unassigned and control code points many times in 8 KB.
MIN_TEXT_CHAR_SHARE = 0.98


def _reads_as_text(text: str) -> bool:
    """True when ``text`` is text in some script: nearly all letters, digits, punctuation, symbols or spaces."""
    if not text:
        return False
    ok = sum(1 for c in text if c in "\n\r\t" or unicodedata.category(c)[0] in "LNPSZ")
    return ok / len(text) >= MIN_TEXT_CHAR_SHARE


def binary_reason(data: bytes) -> str | None:
    """Return why ``data`` looks binary (a short phrase), or None when it looks like text."""
    return _sniff(data)[0]


def _sniff(data: bytes) -> tuple[str | None, str | None]:
    """``(why data looks binary or None, the UTF-16 byte order it reads in without a byte-order mark or None)``:
    one sniff serves both questions, so a wide file is decoded on trial once."""
    head = data[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8, codecs.BOM_UTF32_BE)):
        return None, None
    for magic, what in MAGIC_NUMBERS.items():
        if head.startswith(magic):
            return what, None
    if not _looks_wide(head):
        return None, None
    # (NUL bytes, or UTF-16 in a script of many blocks with no ASCII to give them: its low bytes look like controls)
    if enc := utf16_without_bom(data):
        return None, enc
    return ("contains NUL bytes" if b"\x00" in head else f"{_control_share(head):.0%} control bytes"), None


def _control_share(head: bytes) -> float:
    return sum(head.count(bytes([b])) for b in _CONTROL) / len(head) if head else 0.0


def _looks_wide(head: bytes) -> bool:
    """True when ``head`` has NUL bytes or many control bytes: binary data, or UTF-16 text with no byte-order mark
    (no 8-bit or UTF-8 text has either)."""
    return b"\x00" in head or _control_share(head) > MAX_CONTROL_SHARE


# The encoding reported for a file of UTF-8 text with some Western (cp1252) bytes among it: a file pasted
# together from two sources, or edited by a Latin-1 tool after it was saved as UTF-8.
MIXED_ENCODING = "utf-8+cp1252"
# Of the non-ASCII bytes of a file that is not valid UTF-8, a file with at least this share in well-formed UTF-8
# sequences is UTF-8 with a few stray bytes (a truncated or patched file): legacy text forms a UTF-8 sequence only
# by chance ("é”—" is the bytes of "锗"), never nine times in ten.
MIN_MOSTLY_UTF8_SHARE = 0.9
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII_RUN = re.compile(rb"[\x80-\xff]+")


def _cp1252_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as cp1252 (Latin-1 where cp1252 leaves a byte undefined)."""
    bad = exc.object[exc.start:exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


codecs.register_error("storyscope_cp1252", _cp1252_bytes)


def _utf8_with_western_bytes(data: bytes) -> str | None:
    """Text of ``data`` (not valid UTF-8) read as UTF-8 where it holds UTF-8 text and as cp1252 elsewhere, when
    its bytes outside the UTF-8 sequences read as Western text (a mixed file: "港口" or "café" in UTF-8 beside
    "naïve" in Latin-1); else None.

    A Western file forms a UTF-8 sequence now and then by chance ("CAFÉ”" holds the bytes of "ɔ"); ftfy's
    mojibake detector tells those from real UTF-8 segments, which read as cp1252 look like "Ã©" or "â€”"."""
    sequences = _UTF8_MULTIBYTE.findall(data)
    if not sequences:
        return None
    strays = sum(len(run) for run in _NON_ASCII_RUN.findall(_UTF8_MULTIBYTE.sub(b"", data)))
    if len(sequences) / (len(sequences) + strays) >= MIN_MOSTLY_UTF8_SHARE:
        return data.decode("utf-8", errors="storyscope_cp1252")
    if not _looks_western(_UTF8_MULTIBYTE.sub(b" ", data).decode("cp1252", errors="replace")):
        return None  # (a Cyrillic or Greek legacy file, whose letters form UTF-8 sequences more often)
    as_western = data.decode("sloppy-windows-1252")
    fixed = ftfy.fix_encoding(as_western)
    return fixed if fixed != as_western else None


def _looks_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = sum(1 for c in letters if ord(c) > 127)
    return non_ascii / len(letters) <= MAX_WESTERN_NON_ASCII_LETTER_SHARE


# A UTF-16 or UTF-32 file with a byte-order mark whose only fault lies in its last this many bytes (a cut-off last
# character) is read, that character as U+FFFD; a fault further in is E004.
MAX_CUT_BYTES = 4


def decode_bytes(data: bytes, path: str, is_html: bool = False) -> tuple[str, str]:
    """Decode article bytes to text.

    Args:
        data: the file's bytes (already decompressed).
        path: shown in error messages.
        is_html: also honour a ``<meta charset>`` declaration.

    Returns:
        ``(text, encoding)``.

    Raises:
        StoryscopeError: E003 for binary data, E004 when no encoding fits.
    """
    why, wide = _sniff(data)
    if why:
        raise StoryscopeError("E003", path=path, why=why)
    # (UTF-32's little-endian mark begins with UTF-16's: it is tried first)
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                if enc == "utf-8-sig":
                    # (one bad byte after a UTF-8 mark: read part by part as a file without the mark is)
                    data = data[len(bom):]
                    break
                if exc.start < len(data) - MAX_CUT_BYTES:
                    raise StoryscopeError("E004", path=path, why=f"{enc} BOM but {exc.reason}") from exc
                text = data.decode(enc, errors="replace")  # (a cut-off last character becomes U+FFFD)
            if "\x00" in text:  # (a mark before binary data, or the wrong width)
                raise StoryscopeError("E003", path=path, why=f"NUL characters after its {enc} byte-order mark")
            return text, enc
    if wide:
        return data[:len(data) - len(data) % 2].decode(wide), wide
    if _ISO_2022_ESCAPE.search(data[:SNIFF_BYTES]):
        try:
            return data.decode("iso2022_jp_2"), "iso2022_jp_2"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if is_html:
        declared = _META_CHARSET.search(data[:SNIFF_BYTES])
        if declared:
            enc = declared.group(1).decode("ascii", "ignore").lower()
            try:
                return data.decode(enc), enc
            except (LookupError, UnicodeDecodeError):
                pass
    mixed = _utf8_with_western_bytes(data)
    if mixed is not None:
        return mixed, MIXED_ENCODING
    # charset-normalizer alone reads short Latin-1 text as cp1257 (Baltic), so
    # try cp1252 (a superset of Latin-1's printable range) first when it reads as Western text.
    try:
        text = data.decode("cp1252")
        if _looks_western(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise StoryscopeError("E004", path=path, why="not valid in UTF-8, Western or any other encoding tried")
    return str(best), best.encoding
