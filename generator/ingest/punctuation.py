"""Full-width punctuation inside Chinese text, ASCII left alone elsewhere."""
from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
# Chinese text around a mark: Han characters and the full-width marks that sit among them.
CHINESE = HAN + r"\u3000-\u303f\uff01-\uff5e\u2018-\u201d\u2026\u2014"
_CHINESE = re.compile(f"[{CHINESE}]")

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s" + CHINESE + r"]+|www\.[^\s" + CHINESE + r"]+")
_PAREN = re.compile(r"\(([^()]*)\)")
_MARK = re.compile(r"[,;:?!]")
_ANY_MARK = re.compile(r"[,;:?!()─―]")


def is_chinese(char: str) -> bool:
    return bool(char) and bool(_CHINESE.match(char))


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest non-space character from `index` going `step` (±1), or ''."""
    i = index + step
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def fullwidth_punctuation(text: str) -> str:
    """ASCII , ; : ? ! ( ) touching Chinese text become ，；：？！（）, and a dash of two box-drawing
    lines before it ——; URLs, numbers, Latin stay."""
    if text.lstrip()[:2] in ("－－", "--"):
        text = _HYPHENS_DASH.sub(r"\1——", text)  # －－记贵阳铁路分局…: a deck's dash an OCR read as two hyphens
    if not _ANY_MARK.search(text):
        return text  # (most lines: no ASCII mark to widen, no box-drawn dash)
    protected = [m.span() for m in _URL.finditer(text)]

    def inside_url(i: int) -> bool:
        return any(a <= i < b for a, b in protected)

    chars = list(text)
    for m in _PAREN.finditer(text):
        start, end = m.start(), m.end() - 1
        if inside_url(start):
            continue
        if _CHINESE.search(m.group(1)):
            chars[start], chars[end] = "（", "）"
    for m in _MARK.finditer(text):
        i = m.start()
        if inside_url(i):
            continue
        if is_chinese(_neighbour(text, i, -1)) or is_chinese(_neighbour(text, i, +1)):
            chars[i] = _FULL[text[i]]
    text = "".join(chars)
    return _BOX_DASH.sub("——", text) if "──" in text or "――" in text else text


# A dash as Big5 text sets it, two box-drawing lines (──中油宣布…), or two horizontal bars: ——.
_BOX_DASH = re.compile(r"[─―]{2}(?=[" + CHINESE + r"])")


_HYPHENS_DASH = re.compile(r"^(\s*)(?:－－|--)(?=[" + HAN + r"“《])")
# The full-width marks an OCR may set apart with spaces, as it sets apart a Latin word.
_WIDE_MARKS = "，。、；：？！“”‘’（）《》【】…—"
_SPACED_MARK = re.compile(f" *([{_WIDE_MARKS}]+) *")


def marks_closed_up(text: str) -> str:
    """A text whose OCR set a space either side of its marks (距离 “ 双 11 ” 网购节还有两天 ， …, as
    Windows' OCR does under PowerToys' Text Extractor), the spaces around them dropped; a text that
    spaces a mark only here and there (a table's rows, a pen name after its dash) left as it is.
    (Its figures keep their spaces, 抽检 4 批次: as it printed them.)"""
    marks = list(re.finditer(f"[{_WIDE_MARKS}]+", text))
    spaced = sum(1 for m in marks if text[m.start() - 1:m.start()] == " " or text[m.end():m.end() + 1] == " ")
    if len(marks) < 10 or spaced * 3 < len(marks) * 2:
        return text
    return _SPACED_MARK.sub(r"\1", text)
