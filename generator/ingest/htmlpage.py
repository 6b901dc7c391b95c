"""An article's page saved as HTML from a news site or an e-paper (a browser's "Save as", a crawler's
download), as the labelled one-article text ingest reads.

Around the article such a page holds the site's own: menus, the list of the page's other
articles, a footer. The text is where most of the page's sentences stand together; the heads are
the headings (<h1>, and those set right above and below it) over it; the date, the page (第A01版：
要闻) and the paper are what the page prints outside its links. tests/test_htmlpage.py shows each
rule on the markup it exists for.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

from . import rules
from .markup import BREAKS, UNPRINTED

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
HTML_PAGE = "one article per file: a site's or an e-paper's page saved as HTML (its heads by their tags, its text where most sentences stand)"

_VOID = frozenset("br img hr meta link input area base col embed source wbr param".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# What sites call the boxes of the heads and the writer by their class or id: <h3 class="yinti">,
# <div class="subtitle">, <p class="author">.
_KICKER_CLASS = re.compile(r"yinti|yin_ti|kicker|pretitle|introtitle|eyebrow", re.I)
_SUBTITLE_CLASS = re.compile(r"futi|fu_ti|subtitle|sub_title|deck", re.I)
_TITLE_CLASS = re.compile(r"(?<![a-z])(?:title|biaoti|headline)(?![a-z])", re.I)
_WRITER_CLASS = re.compile(r"author|byline|zuozhe|writer|reporter", re.I)
_SENTENCE = re.compile(r"[。！？]")
# 锦城晚报数字报-标题, 标题_新民晚报: the site's name beside the article's in the page's own title.
_TITLE_PARTS = re.compile(r"\s*(?:[-_|｜—]|--)\s*")
# 第A01版：要闻 beside the date over an e-paper's article: its page and the page's name.
_PAGE = re.compile(r"第\s*(?P<page>[A-Za-z]?\d{1,3})\s*版(?:\s*[:：]\s*(?P<section>[^\s:：]{1,10}))?")
_EDITION = re.compile(r"(?:数字报|电子报|数字版|电子版|数字报刊|数字报纸|电子版报纸|官网|网站)$")


@dataclass(frozen=True)
class Block:
    """A run of text the page sets apart (a paragraph, a heading, a cell), with the element that
    holds it: its tag, class and id, the element it stands in, and how much of it is linked."""

    tag: str
    marks: str  # the element's class and id
    text: str
    holder: int  # the element a paragraph stands in (a paragraph's parent; a <div>'s text, the div)
    linked: int  # characters inside <a>


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.open: list[tuple[str, str, int]] = [("", "", 0)]  # (tag, marks, element number)
        self.text, self.linked, self.hidden, self.links, self.elements = "", 0, 0, 0, 0
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in UNPRINTED:
            self.hidden += 1
        if tag == "a":
            self.links += 1
        if tag in BREAKS or tag in _VOID:
            self._flush()
        if tag not in _VOID:
            self.elements += 1
            marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
            self.open.append((tag, marks, self.elements))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in BREAKS:
            self._flush()
        if not any(t == tag for t, _, _ in self.open[1:]):
            return  # a closing tag nothing opened
        while self.open[-1][0] != tag:
            self.open.pop()
        self.open.pop()
        if tag in UNPRINTED:
            self.hidden = max(0, self.hidden - 1)
        if tag == "a":
            self.links = max(0, self.links - 1)

    def handle_data(self, data: str) -> None:
        if self.open[-1][0] == "title":
            self.title += data
        elif not self.hidden and not data.strip():
            self.text += " " if self.text else ""  # between two elements' words (</span> <a>): a gap
        elif not self.hidden:
            self.text += data
            self.linked += len(data.strip()) if self.links else 0

    def _flush(self) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", re.sub(r"\s*[\r\n]+\s*", "", self.text)).strip()
        if text:
            blocks = [(k, e) for k, e in enumerate(self.open) if e[0] in BREAKS or e[0] == "body"]
            k, (tag, marks, _) = blocks[-1] if blocks else (0, self.open[0])
            inline = tag not in ("p", "li") and tag not in _HEADINGS
            holder = self.open[k if inline else max(k - 1, 0)][2]
            self.blocks.append(Block(tag, marks, text, holder, self.linked))
        self.text, self.linked = "", 0


def blocks_of(html: str) -> tuple[list[Block], str]:
    """The page's runs of text in their order, and its own title (<title>)."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.blocks, parser.title.strip()


def text_blocks(blocks: list[Block]) -> list[int]:
    """The article's text: the paragraphs of the element that holds the most of the page's
    sentences (a news site's <div class="content">, an e-paper's <div id="ozoom">); in a page of
    no sentences (an advert's), those of the element under its <h1>."""
    held: Counter = Counter()
    for b in blocks:
        if b.linked * 2 < len(b.text) and _SENTENCE.search(b.text):
            held[b.holder] += len(b.text)
    if held:
        holder = held.most_common(1)[0][0]
    else:
        top = next((k for k, b in enumerate(blocks) if b.tag == "h1"), None)
        under = top is not None and next((b for b in blocks[top + 1:] if not b.linked and not is_head(b)
                                          and not _WRITER_CLASS.search(b.marks)), None)
        if not under:
            return []
        holder = under.holder
    return [k for k, b in enumerate(blocks) if b.holder == holder and b.linked * 2 < len(b.text)]


def is_head(block: Block) -> bool:
    return (block.tag in _HEADINGS or bool(re.search(f"{_KICKER_CLASS.pattern}|{_SUBTITLE_CLASS.pattern}|{_TITLE_CLASS.pattern}",
                                                     block.marks, re.I))) \
        and not block.linked and len(block.text) <= 80


def title_block(blocks: list[Block], before: int, page_title: str) -> int | None:
    """The title among the heads above the text: the one the page's own title names, else its
    first <h1>, else its first head marked as a title."""
    heads = [k for k in range(before) if is_head(blocks[k])]
    for choose in (lambda b: b.text in page_title and not _KICKER_CLASS.search(b.marks) and not _SUBTITLE_CLASS.search(b.marks),
                   lambda b: b.tag == "h1", lambda b: bool(_TITLE_CLASS.search(b.marks))):
        found = [k for k in heads if choose(blocks[k])]
        if found:
            return found[-1]
    return None


def paper_of(page_title: str, title: str) -> str | None:
    """The paper the page's own title names beside the article's (锦城晚报数字报-…)."""
    for part in _TITLE_PARTS.split(page_title):
        name = _EDITION.sub("", part.strip())
        if name and name != title and re.fullmatch(rules.PAPER, name) and rules.paper_name(name):
            return name
    return None


def html_as_labelled(html: str) -> str | None:
    """The labelled text (标题：…, 正文：) of an article's page saved as HTML; None where the page
    holds no text of sentences."""
    blocks, page_title = blocks_of(html)
    body = text_blocks(blocks)
    if not body:
        return None
    start = body[0]
    title = title_block(blocks, start, page_title)
    fields: dict[str, str] = {}
    above = []  # what stands between the heads and the text: the writer, the date of posting
    if title is not None:
        fields["标题"] = blocks[title].text
        if title and is_head(blocks[title - 1]) and not _SUBTITLE_CLASS.search(blocks[title - 1].marks):
            fields["引题"] = blocks[title - 1].text
        k = title + 1
        if k < start and is_head(blocks[k]) and not _KICKER_CLASS.search(blocks[k].marks) \
                and not _WRITER_CLASS.search(blocks[k].marks):
            fields["副标题"] = blocks[k].text
            k += 1
        for b in blocks[k:start]:
            if _WRITER_CLASS.search(b.marks) and "作者" not in fields:
                fields["作者"] = b.text
            elif not b.linked:
                above.append(b.text)
    elif page_title:
        fields["标题"] = _TITLE_PARTS.split(page_title)[0]
    around = [b.text for k, b in enumerate(blocks) if k not in body and b.linked * 2 < len(b.text)]
    # 2018年09月12日 星期三 第A01版：要闻 上一版 下一版: the date among the page's other words
    if day := next(filter(None, map(rules.printed_date, (p for t in around for p in (t, *t.split(" "))))), None):
        fields["日期"] = "%04d-%02d-%02d" % day
    if printed := next(filter(None, map(_PAGE.search, around)), None):
        fields["版次"] = f"第{printed['page']}版"
        fields.update({"版名": printed["section"]} if printed["section"] else {})
    if paper := paper_of(page_title, fields.get("标题", "")):
        fields["报纸"] = paper
    text = [f"\u3000\u3000{line.strip()}" for line in above + [blocks[k].text for k in body]]
    return "\n".join([*(f"{label}：{value}" for label, value in fields.items()), "正文：", *text]) + "\n"
