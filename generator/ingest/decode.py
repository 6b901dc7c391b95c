"""Bytes of a source file to text: UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK, Big5/HKSCS or HZ."""
from __future__ import annotations

import codecs
import functools
import importlib.util
import re
import unicodedata
from collections import Counter
from pathlib import Path

from ..hanzi import simplified


class Undecodable(ValueError):
    """The bytes are not text in any encoding an archive uses."""


# Control characters but the whitespace ones (tab to carriage return): no text file holds them.
# (ESC opens a terminal's colour, ESC[1;32m, as a bulletin board's posts keep them: text)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1a\x1c-\x1f]")

# A file uuencoded for mail: begin 644 name, then lines of its encoded bytes.
_UUENCODED = re.compile(r"^begin [0-7]{3} \S+[ \t]*\n(?:M\S{20,62}\n){2}", re.M)

# The encodings of text that is not UTF-8, in the order that wins a tie: mainland archives
# (GB18030, a superset of GBK and GB2312) are the common case, and cp950 is Windows' Big5.
_CHINESE_ENCODINGS = ("gb18030", "cp950", "big5hkscs")
# Big5 bytes read as GB18030 without an error, and GB18030 bytes often as Big5: a Big5 reading
# must score this much more than the GB18030 one (a short line can read well both ways:
# 欢度龙年春节 is 辣僅韓爛景誹 in Big5). The margins measured are in BENCHMARKS.md.
_GB18030_LEAD = 0.15
# Neither Chinese nor out of place in it: ASCII and Latin-1, punctuation, ℃ Ⅰ ① ● ★, CJK and
# full-width punctuation. Every other character is a Chinese one or an odd symbol (kana,
# bopomofo, Greek, box drawing, small forms, private use) that only a wrong reading makes.
_NEUTRAL = re.compile("[\\s\x00-\xff\u2010-\u206f\u2100-\u218f\u2460-\u24ff\u25a0-\u26ff"
                      "\u3000-\u303f\uff00-\uffef]")


def _looks_binary(data: bytes | str) -> bool:
    """NUL, or more than one character in fifty a control one: no text file holds them."""
    head = data[:4096]
    if (0 if isinstance(head, bytes) else "\0") in head:
        return True
    controls = (_CONTROL_BYTES if isinstance(head, bytes) else _CONTROLS).findall(head)
    return len(controls) > len(head) // 50


def is_chinese_text(data: bytes) -> bool:
    """Bytes of text with Chinese in it (twenty characters or more), none of a program's."""
    if _looks_binary(data):
        return False
    try:  # (to its last whole line: HZ's ~{ shifts close on theirs)
        text = decode_source(_whole_characters(data[:data.rfind(b"\n") + 1] or data))
    except Undecodable:
        return False
    return len(re.findall(r"[\u4e00-\u9fff]", text)) >= 20


def cut_mid_character(data: bytes) -> bool:
    """Whether the bytes end inside a character (a download or a copy cut short), which
    decode_source leaves off."""
    return _whole_characters(data) != data


def _whole_characters(data: bytes) -> bytes:
    """The bytes without a character cut short at their end, where that is what stops them
    being UTF-8 or a Chinese encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _looks_binary(data):
        return data
    # (a BOM's UTF-8 is UTF-8 alone: cut short, its last character whole or gone)
    for encoding in ("utf-8",) if data.startswith(codecs.BOM_UTF8) else ("utf-8", *_CHINESE_ENCODINGS):
        try:
            data.decode(encoding)
            return data
        except UnicodeDecodeError as error:
            if error.start >= len(data) - 3 and ("end of data" in error.reason or "incomplete" in error.reason):
                try:
                    data[:error.start].decode(encoding)
                    return data[:error.start]
                except UnicodeDecodeError:
                    pass
    return data


def decode_source(data: bytes) -> str:
    """Decode a source file and normalise line endings to LF."""
    data = _whole_characters(data)
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
            text = _chinese_reading(data, utf8_error.start)
    text = wire_envelopes_opened(text) if "\x02" in text else text
    text = _mojibake_mended(text)
    if _looks_binary(text):  # UTF-16 junk decodes to NULs and controls without an error
        raise Undecodable("binary data (NUL or control characters once decoded), not text")
    if text.count("~{") >= 2 and text.isascii() and (hz := _decoded(data, "hz")) is not None:
        text = hz  # ~{;*ODNDU*~}: HZ, GB2312 in seven bits, as mail and Usenet carried Chinese
    if _UUENCODED.search(text):
        raise Undecodable("a uuencoded mail (begin 644 …), not text")
    text = re.sub(r"\x1b\[[\d;]*[A-Za-z]", "", text) if "\x1b" in text else text
    # 艾海提・吐尔逊, 巴特尔･那顺, 艾克拜尔•吐尼亚孜: a name's dot in another script's code (a Japanese font's, a
    # half-width one, a bullet's), between two characters where no bullet stands
    text = re.sub(r"(?<=[\u4e00-\u9fff])[・･‧•](?=[\u4e00-\u9fff])", "·", text) if re.search("[・･‧•]", text) else text
    # (\r\r\n: Notepad's soft line break, or a CRLF file's endings converted twice: one break, no blank line)
    return pictures_apart(radicals_as_characters(symbol_bullets(
        text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n"))))


def _mojibake_mended(text: str) -> str:
    """A text a program read as Latin-1 (or Windows' cp1252) and saved again as UTF-8 (Ç°4¸öÔÂÈ«¹ú,
    once 前4个月全国 in GBK): its bytes read again as the Chinese they were; any other text as it is."""
    if re.search(r"[\u3400-\u9fff]", text) or len(re.findall(r"[\u00a0-\u00ff]", text)) < 20:
        return text
    for wrong in ("latin-1", "cp1252"):
        for right in ("utf-8", "gb18030"):
            try:
                mended = text.encode(wrong).decode(right)
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            if chinese_share(mended) >= 0.8:
                return mended
    return text


# U+FFFC, what a copy of rich text (an app's "copy full text", a phone's) leaves where a picture stood,
# at times at the end of the paragraph before it: the picture a line of its own, as the page set it.
_PICTURE_IN_LINE = re.compile("(?m)^(?:(?P<before>.*?\\S)[ \t\u3000]*)?\ufffc+(?:[ \t\u3000]*(?P<after>\\S.*))?$")


def pictures_apart(text: str) -> str:
    """A text's pictures copied as U+FFFC each a line of its own."""
    return _PICTURE_IN_LINE.sub(lambda m: "\n".join(filter(None, (m["before"], "\ufffc", m["after"]))), text) \
        if "\ufffc" in text else text


# 5⽉16⽇, ⾦融时报: a PDF's text copied out with the Kangxi radicals (U+2F00–U+2FD5, and those of the
# radicals supplement) its font drew the characters with, each the character it prints.
_RADICALS = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5]")


# …the supplement's simplified forms, which Unicode maps to no character: ⻓ 长, ⻔ 门, ⻅ 见.
_SUPPLEMENT = dict(zip("⻄⻅⻆⻉⻋⻓⻔⻘⻚⻛⻜⻝⻢⻤⻥⻨⻩⻬⻮⻰⻳", "西见角贝车长门青页风飞食马鬼鱼麦黄齐齿龙龟"))


def radicals_as_characters(text: str) -> str:
    """A text's radicals drawn for characters (⽉, ⾦, ⻓) as the characters (月, 金, 长)."""
    return _RADICALS.sub(lambda m: _SUPPLEMENT.get(m[0]) or unicodedata.normalize("NFKC", m[0]), text) \
        if _RADICALS.search(text) else text


# A wire story as an agency sends it (IPTC 7901, ANPA 1312): SOH, the service's line (serial,
# priority, category, word count) and the slug, STX, the story, its filing time (hya 151025 NOV 99),
# ETX. The envelope is the wire's, not the story's.
_WIRE_HEADER = re.compile(r"\x01[^\x02]*\x02")
_WIRE_TRAILER = re.compile(r"(?m)^[ \t]*[A-Za-z]{2,8}[ \t]+\d{6}[ \t]+[A-Z]{3}[ \t]+\d{2}\s*\x03|\x03|\x04")


def wire_envelopes_opened(text: str) -> str:
    """A wire file's stories without their envelopes: a story each, apart."""
    return _WIRE_TRAILER.sub("\n", _WIRE_HEADER.sub("\n\n\n", text))


# A bullet set in a symbol font (Wingdings, Symbol) that a conversion kept as its font's code: in
# the private use area (U+F06E, its 'n', the square), or, its font lost, as the letter itself
# opening a line of Chinese (n切尔西再报价杰拉德).
_PRIVATE_BULLET = re.compile(r"(?m)^([ \t\u3000]*)[\ue000-\uf8ff](?=[ \t\u3000]*[\u3400-\u9fff“《\d])")
_SYMBOL_BULLETS = {"\uf06e": "■", "\uf06c": "●", "\uf075": "◆", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0b7": "•", "\uf076": "❖"}
_LETTER_BULLET = re.compile(r"(?m)^([ \t\u3000]*)n(?=[\u4e00-\u9fff])")


def symbol_bullets(text: str) -> str:
    """A text's bullets set in a symbol font as the bullets they print."""
    if re.search("[\uf06c-\uf0d8]", text):
        text = re.sub("[\uf06c\uf06e\uf075\uf076\uf0a7\uf0b7\uf0d8]", lambda m: _SYMBOL_BULLETS[m[0]], text)
    if re.search("[\ue000-\uf8ff]", text):
        # \ue00b我市启动夏季防汛防台应急演练: a PDF font's own glyph, no character of Unicode's, opening a
        # head as a bullet does
        text = _PRIVATE_BULLET.sub(r"\1■", text)
    return _LETTER_BULLET.sub(r"\1■", text)


def _chinese_reading(data: bytes, utf8_offset: int) -> str:
    """The bytes read as GB18030 or Big5, whichever reads as Chinese (GB18030 when close)."""
    readings = {e: text for e in _CHINESE_ENCODINGS if (text := _decoded(data, e)) is not None}
    if not readings and (mac := _mac_chinese(data)) is not None:
        return mac
    if not readings:
        raise Undecodable("not UTF-8, GB18030, CP950 or Big5-HKSCS "
                          f"(invalid UTF-8 byte at offset {utf8_offset})")
    if len(readings) == 1:  # nothing to choose: no need to load the dictionary
        return next(iter(readings.values()))
    scores = {e: chinese_share(text) + (_GB18030_LEAD if e == "gb18030" else 0)
              for e, text in readings.items()}
    return readings[max(scores, key=scores.get)]  # the first of equals: GB18030, then cp950


# A classic Mac's Chinese (GB2312 with its own single bytes): ü, a no-break space, ©, ™, ….
_MAC_SINGLES = {0x80: "\u00fc", 0xa0: "\u00a0", 0xfd: "\u00a9", 0xfe: "\u2122", 0xff: "\u2026"}


def _mac_chinese(data: bytes) -> str | None:
    """The bytes as a classic Mac wrote Chinese (its GB2312, with single bytes of its own between
    the characters, a few among many), or None where they are not Chinese text in it."""
    parts, start, singles = [], 0, 0
    while True:
        try:
            parts.append(data[start:].decode("gb2312"))
            text = "".join(parts)
            return text if len(re.findall(r"[\u4e00-\u9fff]", text)) >= max(20, 10 * singles) else None
        except UnicodeDecodeError as error:
            at = start + error.start
            if data[at] not in _MAC_SINGLES:
                return None
            parts += [data[start:at].decode("gb2312"), _MAC_SINGLES[data[at]]]
            start, singles = at + 1, singles + 1


def _decoded(data: bytes, encoding: str) -> str | None:
    """The bytes in that encoding, or None where they are not text in it."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    # cp950 alone reads A2 41 as the division slash ∕, where Big5 text means the full-width ／.
    return text.replace("\u2215", "\uff0f") if encoding == "cp950" else text


def chinese_share(text: str) -> float:
    """The share of the text's Chinese characters and odd symbols that are common Chinese
    characters (in simplified form, of the frequent words of jieba's dictionary)."""
    common = _common_characters()
    weighed = hits = 0
    for char, count in Counter(text).items():  # each distinct character once: a few thousand
        if not _NEUTRAL.match(char):
            weighed += count
            hits += count if simplified(char) in common else 0
    return hits / weighed if weighed else 0.0


@functools.cache
def _common_characters() -> frozenset[str]:
    """The characters of the words jieba's dictionary counts 100 times or more."""
    # Read as a file: a decode should not wait for jieba to import.
    dictionary = Path(importlib.util.find_spec("jieba").origin).with_name("dict.txt")
    words = re.findall(r"^(\S+) \d{3,} ", dictionary.read_text("utf-8"), re.MULTILINE)
    return frozenset("".join(words))
