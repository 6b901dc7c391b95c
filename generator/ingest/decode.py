"""Bytes of a source file to text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK."""
from __future__ import annotations

import codecs
import re


class Undecodable(ValueError):
    """The bytes are not text in any encoding an archive uses."""


# Control characters but the whitespace ones (tab to carriage return): no text file holds them.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1f]")


def _looks_binary(data: bytes | str) -> bool:
    """NUL, or more than one character in fifty a control one: no text file holds them."""
    head = data[:4096]
    if (0 if isinstance(head, bytes) else "\0") in head:
        return True
    controls = (_CONTROL_BYTES if isinstance(head, bytes) else _CONTROLS).findall(head)
    return len(controls) > len(head) // 50


def decode_source(data: bytes) -> str:
    """Decode a source file and normalise line endings to LF."""
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8):].decode("utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16")
    elif _looks_binary(data):
        raise Undecodable("binary file (contains NUL or control bytes), not text")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as utf8_error:
            # GB18030 is a superset of GBK and GB2312, the encodings of older Chinese archives.
            try:
                text = data.decode("gb18030")
            except UnicodeDecodeError:
                raise Undecodable(
                    f"neither UTF-8 nor GB18030 (invalid byte at offset {utf8_error.start})"
                ) from None
    if _looks_binary(text):  # UTF-16 junk decodes to NULs and controls without an error
        raise Undecodable("binary data (NUL or control characters once decoded), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")
