"""A layout system's export (方正, InDesign): each paragraph after the name of its style in
brackets, [引题]…, [主题]…, [正文]…, the way a page's text leaves the system that set it.

The styles say what each line is, so the file is read as one article with its heads given,
each paragraph set as a one-article file sets it: text indented, a section head flush.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .articlefile import Header, header_of

STYLE_TAGGED = "one article per file: its paragraphs tagged by their style ([主题]…, [正文]…)"

# [正文]清明刚过…, 【主题】…, <主题>…: the style's name, then the paragraph set in it.
_TAG = re.compile(r"^\ufeff?\s*[\[【<](?P<style>[^\]】>\s]{1,6})[\]】>]\s*(?P<text>.*)$")
# What each style sets: the heads, the byline, the text, its section heads, a photo's caption.
_STYLES = {"引题": "kicker", "肩题": "kicker", "眉题": "kicker", "主题": "title", "标题": "title", "正题": "title",
           "大标题": "title", "副题": "subtitle", "副标题": "subtitle", "作者": "byline", "署名": "byline",
           "正文": "text", "内文": "text", "小标题": "section", "图说": "caption", "图片说明": "caption", "图注": "caption",
           "眉栏": "furniture", "页眉": "furniture"}


@dataclass(frozen=True)
class StyleTagged:
    lines: tuple[str, ...]  # the file's lines, each set as its style sets it
    header: Header


def style_tagged(lines: list[str]) -> StyleTagged | None:
    """The article of a file whose lines all open with a known style's tag and a title among
    them, or None."""
    tagged = [(_TAG.match(line), line) for line in lines]
    filled = [(m, line) for m, line in tagged if line.strip()]
    if not filled or not all(m and m["style"] in _STYLES for m, _ in filled) \
            or not any(_STYLES[m["style"]] == "title" and m["text"].strip() for m, _ in filled):
        return None
    heads: dict[str, list[str]] = {"kicker": [], "title": [], "subtitle": []}
    out, body_start, furniture = [], None, []
    for k, (m, line) in enumerate(tagged):
        role = _STYLES[m["style"]] if m else None
        text = m["text"].strip() if m else ""
        if role == "furniture":  # the page's head (报名, 日期, 版次, 责任编辑), set above the story
            furniture.append(text)
            out.append("")
            continue
        if role in heads and body_start is None:
            heads[role].append(text)  # 主题 over two lines: one title
            out.append(text)
            continue
        if body_start is None and line.strip():
            body_start = k
        out.append("\u3000\u3000" + text if role in ("text", "caption") and text else text)
    header = header_of(*("".join(heads[part]) for part in ("kicker", "title", "subtitle")),
                       body_start=len(lines) if body_start is None else body_start)
    return StyleTagged(tuple(out), replace(header, settled=True, furniture=tuple(furniture)))
