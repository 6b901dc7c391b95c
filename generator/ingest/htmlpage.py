"""An article's page saved as HTML from a news site or an e-paper (a browser's "Save as", a crawler's
download), as the labelled one-article text ingest reads.

Around the article such a page holds the site's own: menus, the list of the page's other
articles, a footer. The text is where most of the page's sentences stand together; the heads are
the headings (<h1>, and those set right above and below it) over it; the date, the page (第A01版：
要闻) and the paper are what the page prints outside its links. tests/test_htmlpage.py shows each
rule on the markup it exists for.
"""
from __future__ import annotations

import email
import email.policy
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from html import unescape
from html.parser import HTMLParser

from . import rules
from .markup import BREAKS, UNPRINTED

HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml")
# A page a browser saved as one file with its pictures (Internet Explorer's "Web Archive", Chrome's
# MHTML): a MIME message whose HTML part is the page.
WEB_ARCHIVE_SUFFIXES = (".mht", ".mhtml")
HTML_PAGE = "one article per file: a site's or an e-paper's page saved as HTML (its heads by their tags, its text where most sentences stand)"

# What sets its text apart on a page: a paragraph's tags, and a layout's boxes and cells.
_BOXES = BREAKS | frozenset("td th dd dt ul ol header footer nav aside main figure figcaption".split())
_VOID = frozenset("br img hr meta link input area base col embed source wbr param".split())
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# What sites call the boxes of the heads and the writer by their class or id: <h3 class="yinti">,
# <div class="subtitle">, <p class="author">.
# A county CMS's pinyin initials too: yt (引题), bt (标题), fbt (副标题); a Founder e-paper's zt (主题), ft (副题).
_KICKER_CLASS = re.compile(r"yinti|yin_ti|kicker|pretitle|introtitle|eyebrow|(?<![a-z])yt(?![a-z])", re.I)
_SUBTITLE_CLASS = re.compile(r"futi|fu_ti|subtitle|sub_title|deck|(?<![a-z])(?:fbt|ft)(?![a-z])", re.I)
_TITLE_CLASS = re.compile(r"(?<![a-z])(?:title|biaoti|headline|bt|zt|zhuti)(?![a-z])", re.I)
# A site's boxes around the article by their class or id: readers' comments, related news, a sidebar.
_ASIDE = re.compile(r"comment|cmt|reply|related|recommend|sidebar|widget|footer|(?<![a-z])nav(?![a-z])", re.I)
# Of the page's sentences, the share its text holds: a post that sets its paragraphs in two
# boxes of sections holds them in the box around both.
MOST = 0.8
# What a page hides until a reader clicks (a QR code to share it): never printed.
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WRITER_CLASS = re.compile(r"author|byline|zuozhe|writer|reporter", re.I)
_SENTENCE = re.compile(r"[。！？]")
# 锦城晚报数字报-标题, 标题_新民晚报: the site's name beside the article's in the page's own title.
_TITLE_PARTS = re.compile(r"\s*(?:[-_|｜—]|--)\s*")
# 第A01版：要闻 beside the date over an e-paper's article: its page and the page's name.
# (A01版：头版, a lettered page without its 第)
_PAGE = re.compile(r"(?:第\s*|(?<![\dA-Za-z])(?=[A-Z]\d))(?P<page>[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"
                   r"(?:\s*[:：]\s*(?P<section>[^\s:：]{1,10}))?")
_CREDITS_START = re.compile(r"(?:来源|稿源|作者|记者|发布时间|发布日期|文)\s*[:：｜|]")
_EDITION = re.compile(r"(?:数字报|电子报|数字版|电子版|数字报刊|数字报纸|电子版报纸|官网|网站)$")


@dataclass(frozen=True)
class Block:
    """A run of text the page sets apart (a paragraph, a heading, a cell), with the element that
    holds it: its tag, class and id, the element it stands in, and how much of it is linked."""

    tag: str
    marks: str  # the element's class and id
    text: str
    linked: int  # characters inside <a>
    # The element it stands in (a paragraph's parent; a <div>'s text, the div) and those around
    # that, the nearest first.
    within: tuple[int, ...]
    aside: bool = False  # in a box of the site's own (comments, related news, a sidebar)
    plain: str = ""  # what of it stands outside links (第05版：社会 beside 上一版 下一版)


class _Blocks(HTMLParser):
    def __init__(self, hidden_styles: re.Pattern = _HIDDEN) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden_styles = hidden_styles
        self.blocks: list[Block] = []
        self.open: list[tuple[str, str, int, bool]] = [("", "", 0, False)]  # (tag, marks, element number, hides)
        self.text, self.plain, self.linked, self.hidden, self.links, self.elements = "", "", 0, 0, 0, 0
        self.title = ""
        self.after_span = False  # the last tag closed a <span>, with no word since

    def handle_starttag(self, tag: str, attrs: list) -> None:
        hides = tag in UNPRINTED or any(k == "hidden" or k == "style" and self.hidden_styles.search(v or "") for k, v in attrs)
        if hides and tag not in _VOID:
            self.hidden += 1
        if tag == "a":
            self.links += 1
        if tag in _BOXES or tag in _VOID:
            self._flush()
        if tag == "span" and self.after_span and not self.hidden and not any(t == "p" for t, *_ in self.open):
            # <span>作者：…</span><span>发布：…</span>, <span>梅江县报</span><span>2018年2月9日</span>: fields
            # side by side, set apart (inside a paragraph, spans split its words as an editor styled them)
            self.text += "\u3000"
            self.plain += "\u3000"
        if tag not in _VOID:
            self.elements += 1
            marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
            self.open.append((tag, marks, self.elements, hides))

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        self.after_span = tag == "span"
        if tag in _BOXES:
            self._flush()
        if not any(t == tag for t, *_ in self.open[1:]):
            return  # a closing tag nothing opened
        while True:
            closed, *_, hid = self.open.pop()
            self.hidden -= hid
            if closed == tag:
                break
        if tag == "a":
            self.links = max(0, self.links - 1)

    def handle_data(self, data: str) -> None:
        if self.open[-1][0] == "title":
            self.title += data
        elif not self.hidden and not data.strip():
            self.text += " " if self.text else ""  # between two elements' words (</span> <a>): a gap
            self.plain += " "
        elif not self.hidden:
            self.after_span = False
            self.text += data
            self.linked += len(data.strip()) if self.links else 0
            self.plain += " " if self.links else data

    def _flush(self) -> None:
        text = re.sub(r"[ \t\u00a0]+", " ", re.sub(r"\s*[\r\n]+\s*", "", self.text)).strip()
        if text:
            blocks = [(k, e) for k, e in enumerate(self.open) if e[0] in _BOXES or e[0] == "body"]
            k, (tag, marks, *_) = blocks[-1] if blocks else (0, self.open[0])
            inline = tag not in ("p", "li") and tag not in _HEADINGS
            at = k if inline else max(k - 1, 0)
            within = tuple(e[2] for e in reversed(self.open[:at + 1]))
            aside = any(_ASIDE.search(e[1]) for e in self.open if e[0] not in ("html", "body"))  # <body class="has-sidebar">
            # 【字号： 】: what a button's brackets keep once its links (大 中 小) are taken out
            plain = re.sub(r"\s+", " ", re.sub(r"【[^【】]{0,8}[:：]\s*】", "", self.plain)).strip()
            self.blocks.append(Block(tag, marks, text, self.linked, within, aside, plain))
        self.text, self.plain, self.linked = "", "", 0


def blocks_of(html: str) -> tuple[list[Block], str]:
    """The page's runs of text in their order, and its own title (<title>)."""
    blocks, title = _read_blocks(html, _HIDDEN)
    if not any(_SENTENCE.search(b.text) for b in blocks) and _LAID_OUT_LATER.search(html):
        blocks, title = _read_blocks(html, _NEVER_SHOWN)
    return _heads_rejoined(blocks), title


def _heads_rejoined(blocks: list[Block]) -> list[Block]:
    """A heading broken by a <br> (<h1>既要“面子”光鲜<br>更要“里子”扎实</h1>, or a paragraph a word
    processor styles as its title, <p class="TX_Title">“让民营企业<br />在公平竞争中成长”</p>) as the
    one head it is."""
    out: list[Block] = []
    for block in blocks:
        titled = block.tag in _HEADINGS or bool(_TITLE_CLASS.search(block.marks))
        if out and titled and out[-1].tag == block.tag and out[-1].marks == block.marks \
                and block.within[:1] == out[-1].within[:1] and block.within:
            out[-1] = replace(out[-1], text=out[-1].text + block.text, plain=out[-1].plain + block.plain,
                              linked=out[-1].linked + block.linked)
        else:
            out.append(block)
    return out


# A page that sets its article `visibility: hidden` until its script has laid it out (a WeChat
# article's <div id="js_content">, saved as it came): where nothing else on it is a sentence, that
# is the article; a box shown on a click is `display: none`.
_LAID_OUT_LATER = re.compile(r"visibility\s*:\s*hidden", re.I)
_NEVER_SHOWN = re.compile(r"display\s*:\s*none", re.I)


def _read_blocks(html: str, hidden_styles: re.Pattern) -> tuple[list[Block], str]:
    parser = _Blocks(hidden_styles)
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.blocks, parser.title.strip()


def text_blocks(blocks: list[Block]) -> list[int]:
    """The article's text: the paragraphs inside the innermost element that holds MOST of the
    page's sentences (a news site's <div class="content">, an e-paper's <div id="ozoom">,
    a post's sections), readers' comments and the site's boxes aside; in a page of no sentences
    (an advert's), those of the element under its <h1>."""
    held: Counter = Counter()
    total = 0
    for b in blocks:
        if b.linked * 2 < len(b.text) and not b.aside and _SENTENCE.search(b.text):
            total += len(b.text)
            held.update(dict.fromkeys(b.within, len(b.text)))
    if held:
        depth = {element: -n for b in blocks for n, element in enumerate(reversed(b.within))}
        holder = min((e for e, n in held.items() if n >= MOST * total), key=lambda e: (held[e], depth[e]))
    else:
        top = next((k for k, b in enumerate(blocks) if b.tag == "h1"), None)
        under = top is not None and next((b for b in blocks[top + 1:] if not b.linked and not is_head(b)
                                          and not _WRITER_CLASS.search(b.marks)), None)
        if not under:
            return []
        holder = under.within[0]
    return [k for k, b in enumerate(blocks) if holder in b.within and b.linked * 2 < len(b.text) and not b.aside
            and not (is_head(b) and not _SENTENCE.search(b.text))]


def is_head(block: Block) -> bool:
    """A heading (<h1>…<h6>) or a box its class names a head's (yinti, subtitle, bt), unlinked; the
    head of a box of the page's titles (本版标题导航) none."""
    marked = _KICKER_CLASS.search(block.marks) or _SUBTITLE_CLASS.search(block.marks) or _TITLE_CLASS.search(block.marks)
    return (block.tag in _HEADINGS or bool(marked)) and not block.linked and len(block.text) <= 80 \
        and not rules.is_contents_head(block.text)


def title_block(blocks: list[Block], before: int, page_title: str) -> int | None:
    """The title among the heads above the text: the one the page's own title names, else its
    last <h1> (a logo may be the first), else its last head marked as a title."""
    heads = [k for k in range(before) if is_head(blocks[k])]
    for choose in (lambda b: b.text in page_title and not _KICKER_CLASS.search(b.marks) and not _SUBTITLE_CLASS.search(b.marks),
                   lambda b: b.tag == "h1", lambda b: bool(_TITLE_CLASS.search(b.marks))):
        found = [k for k in heads if choose(blocks[k])]
        if found:
            return found[-1]
    # <td class="font02">宁江大桥主桥合龙</td> under 泸川晚报数字报-宁江大桥主桥合龙: a cell the page's own
    # title names whole, whatever its class
    named = set(_TITLE_PARTS.split(page_title)) - {""}
    found = [k for k in range(before) if blocks[k].text in named and not blocks[k].linked and not blocks[k].aside]
    return found[-1] if found else None


def line_over_text(blocks: list[Block], start: int) -> int | None:
    """On a page of no heading tags (a table's cells, <td class="font01">夏茶飘香</td>), the title is
    the short line right over the text, or over its byline (本报特派记者　周建平　发自北京), that is
    neither the page's number nor its date nor a credit."""
    bylines = 0
    for k in range(start - 1, -1, -1):
        b = blocks[k]
        if b.linked or b.aside:
            continue
        if not bylines and len(b.text) <= 40 and (rules.parse_byline(b.text) or rules.parse_credits(b.text)):
            bylines += 1
            continue
        if len(b.text) > 40 or _PAGE.search(b.text) or rules.printed_date(b.text) or rules.parse_credits(b.text) \
                or rules.parse_byline(b.text):
            return None
        return k
    return None


def paper_of(page_title: str, title: str) -> str | None:
    """The paper the page's own title names beside the article's (锦城晚报数字报-…)."""
    for part in _TITLE_PARTS.split(page_title):
        name = _EDITION.sub("", part.strip())
        if name and name != title and re.fullmatch(rules.PAPER, name) and rules.paper_name(name):
            return name
    return None


def cut_short(html: str) -> bool:
    """A page that opens its document but stops in its text, without </html> (…日均客流): a download
    cut short; a page that leaves </html> out, as HTML lets it, still closes on a tag."""
    return bool(re.search(r"<(?:html|body)\b", html[:4096], re.I)) and not re.search(r"</html\s*>", html, re.I) \
        and not html.rstrip().endswith(">")


def web_archive_html(data: bytes) -> str | None:
    """The HTML page a web archive (.mht, .mhtml) holds, decoded by the charset its part names (GB2312
    read as GB18030, which holds it and the characters pages put in it beyond it); None for none. Of
    several (an e-paper's frameset, its menus the outer page and the article a frame's), the one with
    the most Chinese text outside its tags."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    pages = [html for part in message.walk() if part.get_content_type() == "text/html" and (html := _part_html(part))]
    return max(pages, key=lambda html: len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"<[^>]*>", "", html))), default=None)


def _part_html(part: email.message.Message) -> str | None:
    payload = part.get_payload(decode=True)
    if not payload:
        return None
    charset = (part.get_content_charset() or "utf-8").lower()
    charset = "gb18030" if charset in ("gb2312", "gbk", "x-gbk", "gb_2312-80") else charset
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")


def web_archive_cut_short(data: bytes) -> bool:
    """A web archive whose parts never close (no --boundary-- after the last): a copy cut short."""
    boundary = email.message_from_bytes(data[:4096], policy=email.policy.compat32).get_param("boundary")
    return bool(boundary) and f"--{boundary}--".encode() not in data


# Microsoft Word's own HTML ("Web Page, Filtered"): its <title> the document's file name, its heads
# paragraphs set centred over the text, its paragraphs set in by a text-indent.
_WORD_MADE = re.compile(r"""<meta\s+name=["']?Generator["']?\s+content=["']?Microsoft (?:Word|OneNote)""", re.I)
# The stamp OneNote sets under a page's own title: the day and the time the page was made.
_NOTE_STAMP = re.compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*星期[一二三四五六日天])?")


def word_page_text(html: str) -> str | None:
    """A document Word (or a OneNote page) saved as a web page: its paragraphs one a line, one set in (text-indent)
    indented as typed, an empty one a blank line; None for a page Word did not make. Of the heads
    over the text, the one in the biggest type is the title: one above it reads as its kicker
    (closed by ——) and one below as its deck (opened by ——), as a typist marks them."""
    if not _WORD_MADE.search(html[:4000]):
        return None
    body = re.split(r"<body\b", html, maxsplit=1, flags=re.I)[-1]
    lines, sizes = [], []
    for tag, attrs, inner in re.findall(r"<(p|h[1-6])\b([^>]*)>(.*?)</\1>", body, re.S | re.I):
        # (Word breaks its source lines anywhere, inside a word too: no break is a space)
        text = unescape(re.sub(r"\s*[\r\n]+\s*", "", re.sub(r"<[^>]+>", "", inner))).replace("\xa0", " ").strip()
        set_in = bool(text) and bool(re.search(r"text-indent", attrs, re.I))
        # a head in Word's heading style (标题 1, 标题 2: the document's outline) keeps its level, as Markdown marks it
        lines.append(("\u3000\u3000" if set_in else "# " if tag[0] in "hH" and text else "") + text)
        sizes.append(None if set_in or not text else max(map(float, re.findall(r"font-size:\s*([\d.]+)pt", inner)), default=None))
    filled = [k for k, line in enumerate(lines) if line][:3]
    if len(filled) == 3 and _NOTE_STAMP.fullmatch(lines[filled[1]]) and re.fullmatch(r"\d{1,2}:\d{2}", lines[filled[2]]):
        # a OneNote page: its own title (the keeper's name for it) and when it was made, over the clipping
        lines, sizes = lines[filled[2] + 1:], sizes[filled[2] + 1:]
    top = next((k for k, line in enumerate(lines) if line.startswith("\u3000")), len(lines))
    heads = [k for k in range(top) if sizes[k] is not None and not rules.parse_byline(lines[k])]
    biggest = max((sizes[k] for k in heads), default=None)
    if biggest is not None and sum(sizes[k] == biggest for k in heads) == 1 and len(heads) > 1:
        title = next(k for k in heads if sizes[k] == biggest)
        for k in heads:
            if k < title and not lines[k].endswith("——"):
                lines[k] += "——"
            elif k > title and not lines[k].startswith("——"):
                lines[k] = "——" + lines[k]
    return "\n".join(lines)


def html_as_labelled(html: str) -> str | None:
    """The labelled text (标题：…, 正文：) of an article's page saved as HTML; None where the page
    holds no text of sentences."""
    blocks, page_title = blocks_of(html)
    body = text_blocks(blocks)
    if not body:
        return None
    start = body[0]
    credits = []  # 文｜张雨萌　图｜李卫东, 来源｜海州日报 opening a post's text: its credits, no text
    # (a poem's lines, no sentence marks in any, are its text whole)
    versed = not any(_SENTENCE.search(blocks[k].text) for k in body)
    while not versed and len(body) > 1 and not _SENTENCE.search(blocks[body[0]].text) \
            and not rules.parse_byline(blocks[body[0]].text):
        if rules.parse_credits(blocks[body[0]].text):
            credits.append(blocks[body[0]].text)
        body.pop(0)  # 点击蓝字 关注我们: a post's call to follow it, over the text
    while not versed and len(body) > 1 and not _SENTENCE.search(blocks[body[-1]].text) \
            and not _closes_the_text(blocks[body[-1]].text):
        body.pop()  # - END -, 往期推荐, 长按识别二维码: the post's furniture after its last sentence
    title = title_block(blocks, start, page_title)
    if title is None and body[0] > start and (opened := title_block(blocks, body[0], page_title)) is not None:
        # a document's page holding all its lines in one box (Google Docs' download as a web page): its
        # <h1> under the line of where it was printed, over the text
        title, start = opened, body[0]
    fields, above = _heads(blocks, line_over_text(blocks, start) if title is None else title, start)
    # 原标题：公交站台能否加个顶棚: a repost's note of the title its article was printed under, over
    # the post's own (the account's headline); the note no text
    printed = next(((k, t) for k in range(max(0, start - 8), min(len(blocks), start + 3))
                    if (t := rules.printed_title_note(blocks[k].text))), None)
    if printed is not None:
        fields = {"标题": printed[1], **{k: v for k, v in fields.items() if k == "作者"}}
        body = [k for k in body if k != printed[0]]
    if stored := enp_properties(html):
        # <!--enpproperty <title>…<introtitle>…--> of a Founder e-paper's page: its heads as its system keeps
        # them, whatever the page sets over them (a photo's caption over the title)
        fields.update({label: stored[key] for key, label in (("title", "标题"), ("introtitle", "引题"), ("subtitle", "副标题"))
                       if stored.get(key)})
        if stored.get("author") and "作者" not in fields and not above:
            fields["作者"] = stored["author"]
    for key, value in schema_org_facts(html).items():  # what the page states of its print in JSON-LD, over what it shows
        if key != "作者" or "作者" not in fields:
            fields[key] = value
    if "标题" not in fields and page_title:
        # 泸川晚报数字报-宁江大桥主桥合龙: the part that is not the site's name
        parts = [p for p in _TITLE_PARTS.split(page_title) if p.strip()] or [page_title]
        fields["标题"] = next((p for p in parts if not _EDITION.search(p) and not rules.is_site_name(p)), parts[0])
    if fields.get("标题"):
        fields["标题"] = rules.without_site_name(fields["标题"])  # 桐川地铁1号线全线洞通_桐川商报数字报: the page's title
        kicker = _kicker_copied_over_text(blocks[start:body[0]], fields["标题"])  # (lines the text was stripped of)
        if kicker and not fields.get("引题"):
            fields["引题"] = kicker
    around = [b.plain for k, b in enumerate(blocks) if k not in body and b.plain]
    # 2018年09月12日 星期三 第A01版：要闻 上一版 下一版: the date among the page's other words, the one
    # beside the page's number first; 今天是 中華民國112年8月1日: the site's clock, the day it was saved
    dated = sorted((t for t in around if not re.match(r"\s*(?:今天是|今日是|今天|Today is)", t, re.I)),
                   key=lambda t: not _PAGE.search(t))
    # (出刊日期：105/04/13　第1版: each part, its label off)
    parts = (re.sub(r"^[^：:]{2,6}[：:]", "", p) for t in dated for p in (t, *re.split(r"[\s｜|]+", t)))
    if day := next(filter(None, map(rules.printed_date, parts)), None):
        fields["日期"] = "%04d-%02d-%02d" % day
    if printed := next(filter(None, map(_PAGE.search, around)), None):
        page = printed["page"]
        fields["版次"] = f"第{page if page[-1].isdigit() else rules.read_number(page)}版"  # 第十二版
        fields.update({"版名": printed["section"]} if printed["section"] else {})
    if (filed := re.fullmatch(r"([^｜|\s]{2,4})\s*[｜|]\s*(\S.{1,})", fields.get("标题", ""))) and not rules.ends_sentence(filed[2]):
        fields["标题"] = filed[2]  # 诗歌｜初雪: an account's column before the headline, as posts are titled
    if paper := paper_of(page_title, fields.get("标题", "")):
        fields["报纸"] = paper
    fields.update(_credited(credits + around, fields))
    text = [f"\u3000\u3000{line.strip()}" for line in above + [blocks[k].text for k in body]]
    return "\n".join([*(f"{label}：{value}" for label, value in fields.items()), "正文：", *text]) + "\n"


def _kicker_copied_over_text(over: list[Block], title: str) -> str:
    """A reading view's copy of a page (Pocket's, Instapaper's) carries the article's heads over its
    text (`over`): the paper's line of print (桐川商报 2010年6月18日 第A04版：城事), the kicker, the title
    again. The kicker: the line right over the title's copy that gives no print, if any."""
    at = next((i for i, b in enumerate(over) if b.plain.strip() == title.strip()), None)
    line = over[at - 1].plain.strip() if at else ""
    return line if line and not rules.printed_date(line) and not _PAGE.search(line) and not rules.ends_sentence(line) \
        and len(line) <= 40 else ""


_JSON_LD = re.compile(r"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(?P<data>.*?)</script>", re.S | re.I)
_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
                  "BackgroundNewsArticle", "ReviewNewsArticle"}


def schema_org_facts(html: str) -> dict[str, str]:
    """What a page states of its article in schema.org's JSON-LD (a NewsArticle's printPage,
    printSection, printEdition when it is a day, its writers), as labelled fields; a day it was
    put online (datePublished) is none of the print's."""
    for m in _JSON_LD.finditer(html):
        try:
            data = json.loads(m["data"].strip())
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            kinds = item.get("@type") if isinstance(item, dict) else None
            if not (set(kinds) if isinstance(kinds, list) else {kinds}) & _ARTICLE_TYPES:
                continue
            fields: dict[str, str] = {}
            if page := str(item.get("printPage") or "").strip():
                fields["版次"] = f"第{page}版"
            if section := str(item.get("printSection") or "").strip():
                fields["版名"] = section
            if day := rules.printed_date(str(item.get("printEdition") or "")):
                fields["日期"] = "%04d-%02d-%02d" % day
            people = item.get("author") if isinstance(item.get("author"), list) else [item.get("author")]
            names = [str(p.get("name", "")).strip() for p in people if isinstance(p, dict) and p.get("@type") == "Person"]
            if names := [n for n in names if n]:
                fields["作者"] = " ".join(names)
            return fields
    return {}


_ENP = re.compile(r"<!--\s*enpproperty\s(?P<fields>.*?)/?enpproperty\s*-->", re.S | re.I)


def enp_properties(html: str) -> dict[str, str]:
    """The fields a Founder (方正) e-paper keeps of its article in a comment (<!--enpproperty
    <title>…</title><introtitle>…</introtitle><author>…</author>…/enpproperty-->), by name."""
    m = _ENP.search(html)
    return {k.lower(): unescape(v).strip() for k, v in re.findall(r"<(\w+)>([^<]*)</\1>", m["fields"])} if m else {}


def _heads(blocks: list[Block], title: int | None, start: int) -> tuple[dict[str, str], list[str]]:
    """The heads and writer over the text (start) as labelled fields: the title, the head right
    above it (its kicker) and right below (its subtitle), a box marked as the writer's; and the
    lines between them and the text that sign it (本报记者　马　骁　赵　娜), not the site's buttons."""
    if title is None:
        return {}, []
    fields, above = {"标题": blocks[title].text}, []
    headed = lambda b: is_head(b) or _set_as_head(b, blocks[title])  # noqa: E731
    if title and headed(blocks[title - 1]) and not _SUBTITLE_CLASS.search(blocks[title - 1].marks):
        fields["引题"] = blocks[title - 1].text
    k = title + 1
    if k < start and headed(blocks[k]) and not _KICKER_CLASS.search(blocks[k].marks) \
            and not _WRITER_CLASS.search(blocks[k].marks):
        fields["副标题"] = blocks[k].text
        k += 1
    for b in blocks[k:start]:
        if _WRITER_CLASS.search(b.marks) and "作者" not in fields:
            # (epaper.ljrb.cn · 本报记者 李明: a read-later app's byline, the site it saved from first)
            if writers := re.sub(r"^\s*(?:[\w-]+\.)+[a-z]{2,6}\b\s*[·•|｜/-]?\s*", "", b.text):
                fields["作者"] = writers
        elif not b.linked and (rules.parse_byline(b.text) or rules.name_line(b.text)):
            above.append(b.text)
    return fields, above


def _set_as_head(block: Block, title: Block) -> bool:
    """<td class="font01">历时三年零七个月</td> over <td class="font02">宁江大桥主桥合龙</td>: a short line
    beside the title in a box of its kind, no sentence, no credit, no date: a head of the title's."""
    return (block.tag == title.tag and not block.linked and not block.aside and len(block.text) <= 40
            and not rules.ends_sentence(block.text) and not _PAGE.search(block.text) and not rules.printed_date(block.text)
            and rules.parse_byline(block.text) is None and rules.parse_credits(block.text) is None
            and not _WRITER_CLASS.search(block.marks))


def _credited(around: list[str], fields: dict[str, str]) -> dict[str, str]:
    """What the page's line of credits says that nothing else did (发布时间：2023-03-17 08:45　来源：岚溪报
    作者：…　浏览次数：517): the paper it came from, the writers, the day it was posted."""
    # 2023-03-15 08:12:33　来源：人民日报　字号：大 中 小: the credits after the time of posting
    said: dict[str, str] = {}
    for credits in filter(None, (rules.parse_credits(t[m.start():]) for t in around if (m := _CREDITS_START.search(t)))):
        for label, value in (("报纸", credits.paper if credits.paper and re.fullmatch(rules.PAPER, credits.paper) else None),
                             ("作者", "、".join(credits.byline.authors)), ("通讯员", "、".join(credits.byline.correspondents)),
                             ("日期", "%04d-%02d-%02d" % credits.date if credits.date else None)):
            if value and label not in fields:
                said.setdefault(label, value)
    return said


def _closes_the_text(text: str) -> bool:
    """（记者　孙晓）, 王五　摄, 《 人民日报 》（ 2023年03月15日　第 13 版）: what closes an article's
    text and is read with it (its writers, where it was printed), unlike the site's own words."""
    return rules.parse_byline(text.strip("（）()")) is not None or text.rstrip().endswith(("摄", "攝")) \
        or rules.parse_source_note(text) is not None
