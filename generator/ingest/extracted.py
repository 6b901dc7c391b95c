"""What a web-page extractor keeps of an e-paper's article page: trafilatura's XML (<doc title=
author= date= url=><main><head rend="h1">…</head><p>…</p></main>), read as the text file of the
page it was taken from, its heads flush and its paragraphs indented.

Its attributes are the extractor's guesses from the page's HTML (a title with the site's name, a
date that is the copyright's year where no other was found), so the text decides, as a clipping's
does; the address it was taken from opens the text, where the e-paper files pages by day.
"""
from __future__ import annotations

import re
from xml.etree import ElementTree

from .documents import set_as_printed

# A block of trafilatura's <main>: its paragraphs, heads, list items, quotes and table cells.
_BLOCKS = ("p", "head", "item", "quote", "cell")


def extracted_text(text: str) -> str | None:
    """The text of an extractor's XML of a page, a paragraph a line; "" where it holds nothing but
    a list and short lines (a page's list of its titles); None for any other XML."""
    if not re.match(r"\s*(?:<\?xml[^>]*\?>\s*)?<doc\b[^>]*\burl=", text):
        return None
    try:
        root = ElementTree.fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text))
    except ElementTree.ParseError:
        return None
    main = root.find("main")
    blocks = list(_blocks(main)) if main is not None else []
    if not any(rend != "item" and len(line) > 16 for line, rend in blocks):
        return ""
    return "\n".join([f"原文链接：{root.get('url')}", "", *_heads_labelled(blocks)])


def _heads_labelled(blocks: list[tuple[str, str | None]]) -> list[str]:
    """The page's lines, the heads over its text labelled where the extractor found its title (its
    <head rend="h1">): the head over it its kicker, a —— head under it its subtitle."""
    # (a line holding no sentence set flush as a head is: 《泷江日报》（2021年06月08日 第 01 版）, a byline)
    lines = [set_as_printed(line, rend not in (None, "item") or not re.search(r"[。！？]", line)) for line, rend in blocks]
    h1 = next((k for k, (_, rend) in enumerate(blocks) if rend == "h1"), None)
    if h1 is None:
        return lines
    after = h1 + 1 + (h1 + 1 < len(blocks) and blocks[h1 + 1][0].startswith("——"))
    if after >= len(blocks) or blocks[after][1] not in (None, "item"):
        return lines  # (a group's head over the heads of its briefs: 新闻速览 over each brief's own)
    over = blocks[h1 - 1] if h1 else None  # (a head, or a short line naming no day or page: 泷江农商银行 over its advert's)
    kicker = h1 - 1 if over and (over[1] not in (None, "item") or len(over[0]) <= 20 and not re.search(r"\d|《", over[0])) else None
    labelled = [f"标题：{blocks[h1][0]}", *([f"副题：{blocks[h1 + 1][0]}"] if after > h1 + 1 else []), ""]
    # (what stood over the heads, 《泷江日报》（2021年06月08日 第 01 版）, closes the text, as a clipping's note of print)
    return [*([f"引题：{blocks[kicker][0]}"] if kicker is not None else []), *labelled, *lines[after:], "",
            *lines[:kicker if kicker is not None else h1]]


def _blocks(element: ElementTree.Element):
    """Each block's text and, for a head, its rank (h1, h2, …; "" where the extractor gave none), for
    a list's item "item", for any other None."""
    for child in element:
        if child.tag in _BLOCKS:
            line = re.sub(r"\s+", " ", "".join(child.itertext())).strip()
            if line:
                yield line, (child.get("rend") or "") if child.tag == "head" else "item" if child.tag == "item" else None
        else:
            yield from _blocks(child)
