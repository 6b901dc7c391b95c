"""A Markdown article (.md, with YAML front matter or kept as the paper printed it) to an Article."""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from html.parser import HTMLParser
from typing import NamedTuple
from pathlib import PurePosixPath

import markdown

from ..model import UNTITLED, Article, Block, IssueDate, Paragraph, Problem, SectionHead
from . import rules
from .rules import Byline
from .notebook import Line, clippings_quoted
from .frontmatter import (StatedError, apply_stated, as_list, field_name, key_line, load_toml, load_yaml, named_fields,
                          split_front_matter, stated_fields)
from .articlefile import header_block, title_from_name
from .paths import address_facts, page_label


class _Blocks(HTMLParser):
    """Plain text of each paragraph and heading of rendered Markdown, for search and tags."""

    def __init__(self) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self._tag: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"):
            self._flush()
            self._tag = tag

    def handle_endtag(self, tag):
        if tag == self._tag:
            self._flush()

    def handle_data(self, data):
        if self._tag:
            self._text.append(data)

    def _flush(self):
        text = "".join(self._text).strip()
        if text and self._tag:
            kind = SectionHead if self._tag.startswith("h") else Paragraph
            self.blocks.append(kind(text, 0))
        self._text, self._tag = [], None


def markdown_blocks(source: str) -> tuple[Block, ...]:
    parser = _Blocks()
    parser.feed(markdown.markdown(source))
    parser.close()
    parser._flush()
    return tuple(parser.blocks)


# 文/图 本报记者 许安然, ■ 本报记者 王明: a byline line under the heads, its credit for pictures dropped.
_BYLINE_CREDIT = re.compile(r"^(?:[■□●◆]\s*)?(?:文[/／]图|图[/／]文|文|图)?\s*[/／:：]?\s*")


# A kicker an e-paper's markup names, kept in a post: <p class="yinti">…</p>.
_KICKER_MARKUP = re.compile(r"<p[^>]*class=[\"'](?:yinti|kicker|yt)[\"'][^>]*>(.*?)</p>")


def printed_heads(body: str, titled: bool, untitled: bool = False) -> tuple[dict, str]:
    """What a note kept as a newspaper prints it says without front matter: a kicker quoted
    above the title (> 城市更新进行时 / # …), a bold deck under it (**——记返乡创业青年林小满**), a
    byline line under them (文/图 本报记者 许安然), the writer in the dateline opening the text (本报讯（记者 郑可）)
    and a photographer closing it (记者 唐果 摄, under a picture and its caption: a photo) or a
    note of where it was printed (原载《江城日报》2024年5月20日第6版: its page); and
    the body without those lines. `titled`: the front matter gives the title, so the heads
    under it may open the body; `untitled`: nothing else titles it, so a bold line opening it is
    its title (**菊花展上的“老园丁”** under front matter of the paper and day alone)."""
    lines = body.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    fields: dict = {}
    drop: set[int] = set()
    # the e-paper's frame a clipper kept over the heads: its masthead, the day, 上一版 下一版, 第01版：要闻
    frame = next((n for n, k in enumerate(filled) if not _frames_the_page(lines[k].strip())), len(filled))
    framed = frame >= 2 and frame < len(filled) and lines[filled[frame]].startswith("# ")
    title = frame if framed else \
        next((n for n, k in enumerate(filled[:3]) if lines[k].startswith("# ")), -1 if titled else None)
    if title is None:
        return fields, body
    if title == -1 and untitled and filled and (head := _bold(lines[filled[0]])) and not _DECK_DASH.match(head):
        fields["title"], title = head, 0
        drop.add(filled[0])
    running: dict = {}  # the page's running head over the heads (2012年3月5日　星期一　A2　要闻): no repost's note
    if title >= 1 and rules.is_page_head(head := lines[filled[0]].strip()):
        _page_head_read(head, running)
        drop.add(filled[0])
    for k in filled[:frame] if framed else ():
        if rules.is_page_head(lines[k].strip()):
            _page_head_read(lines[k].strip(), running)
        drop.add(k)
    above = (_bold(lines[filled[title - 1]]) or lines[filled[title - 1]].lstrip(">#　 ").strip()) if title >= 1 else ""
    # > 引题, or set as a smaller head or bold (> 录入说明：原文竖排…。 is the typist's note, no kicker)
    # (or set plain right over it, no blank line between: 为期40天 / # 春运今日启幕, as a crawler writes its slots)
    if title >= 1 and filled[title - 1] not in drop and (lines[filled[title - 1]].startswith((">", "##")) or _bold(lines[filled[title - 1]])
                       or filled[title - 1] == filled[title] - 1 and not re.search(r"[：:。！？]", above)) \
            and len(above) <= 30 and not rules.ends_sentence(above):
        fields["kicker"] = above.rstrip("—")
        drop.add(filled[title - 1])
    elif title >= 1 and (marked := _KICKER_MARKUP.fullmatch(lines[filled[title - 1]].strip())):
        fields["kicker"] = marked[1].strip()  # <p class="yinti">为了让山区孩子读上书</p>, as an e-paper marks it
        drop.add(filled[title - 1])
    elif title >= 1 and _LABELLED_HEAD.fullmatch(lines[filled[title - 1]].strip()) \
            and _labelled_head(lines[filled[title - 1]], fields):
        drop.add(filled[title - 1])  # 引题：家门口的幸福“半径” over the title a typist labelled 主题：
    # a post's rule and banner picture between its title and its byline stand for nothing
    under = [k for k in filled[title + 1:] if not _ORNAMENT.match(lines[k].strip())]
    # the account's line, its series' number, where it had the article from; a typist's labelled
    # heads (引题：众志成城 抗击非典) and a deck (——春节前市民免费通行) among them
    while under and (_post_preamble(_unquoted(lines[under[0]]), fields) or _labelled_head(_unquoted(lines[under[0]]), fields)
                     or title >= 0 and "subtitle" not in fields and _DECK_DASH.match(lines[under[0]].strip())
                     and _labelled_head("副题：" + lines[under[0]].strip().lstrip("—― "), fields)):
        drop.add(under.pop(0))
    # 前几天在旧书摊淘到…照录如下。 / > 原载《江城日报》1987年5月8日第二版: a blogger's words over the note of
    # the print he copies, none of the article
    noted_at = next((n for n, k in enumerate(under[:6]) if lines[k].lstrip().startswith(">")
                     and rules.parse_source_note(_unquoted(lines[k]))), None)
    if noted_at is not None and not any(lines[k].lstrip().startswith("#") for k in under[:noted_at]):
        _noted_print(_unquoted(lines[under[noted_at]]), fields)
        drop.update(under[:noted_at + 1])
        under = under[noted_at + 1:]
    reposted = any(key in fields for key in ("page", "issue_date", "printed_day"))
    # ## 一位老船工的六十年, or **“好味”小饭店开张了** over its byline: a head the article was printed under
    # (in a repost, **红旗牌缝纫机** over its slogan too: the advert's name, as printed)
    inner = next((n for n, k in enumerate(under[:2]) if re.match(r"#{2,4}\s", lines[k]) or _bold(lines[k]) and n + 1 < len(under)
                  and (rules.parse_byline(lines[under[n + 1]].strip())
                       or reposted and not _DECK_DASH.match(_bold(lines[k])) and not lines[under[n + 1]].startswith("#"))),
                 None)
    # **珠江人物**, or 科技兴农见实效—— as typed: the kicker over it
    kicked = inner == 1 and (_bold(lines[under[0]]) or lines[under[0]].strip().endswith("——") and lines[under[0]].strip()[:-2])
    # (# 两则短讯 over its pieces' ### heads: the note holds pieces, each head its own piece's)
    pieces = title >= 0 and bool(_PIECES.search(rules.simplified(lines[filled[title]])))
    if reposted and (inner == 0 or kicked) and not pieces:
        # # 六十年，他把一条江走成了一生 / > 本文转自《珠城日报》…第8版 / **珠江人物** / ## 一位老船工的六十年:
        # the heads the article was printed under, below the post's own
        fields["title"] = _bold(lines[under[inner]]) or lines[under[inner]].lstrip("# ").strip()
        if kicked:
            fields["kicker"] = kicked
        drop.update([filled[title]] * (title >= 0) + under[:inner + 1])
        under = under[inner + 1:]
    below = under[:3]
    if below and rules.is_page_head(head := lines[below[0]].strip()):  # 第05版：观点　　2024年03月05日
        _page_head_read(head, fields)
        drop.add(below[0])
        below = under[1:4]
    elif below and (credits := rules.parse_credits(_STAMP.sub("", lines[below[0]].strip()))) is not None \
            and not credits.byline:
        drop.add(below[0])  # 2024年03月04日 06:58　　来源：经济日报: where a web page had it from, over the byline
        below = under[1:4]
    # a bold line under a picture is its slogan or a lead-in, unless set as a deck (**——记…**)
    pictured = bool(below) and any("![" in lines[k] for k in filled[title + 1:] if k < below[0])
    # ### 全县投入劳力八万人… over the byline: a smaller head under the title, its deck
    headed_deck = len(below) > 1 and bool(rules.parse_byline(lines[below[1]].strip()) or rules.name_line(lines[below[1]].strip()))
    if below and (deck := re.fullmatch(r"\*\*(.+)\*\*|#{2,4}\s*(——.+)|(——[^—].+)" + (r"|#{2,4}\s*(.+)" if headed_deck else ""),
                                       lines[below[0]].strip())) \
            and not rules.parse_byline(said := next(filter(None, deck.groups()))) \
            and (not pictured or _DECK_DASH.match(said)):
        fields["subtitle"] = said.lstrip("—- ").strip()  # **——记…**, or ——… as typed
        drop.add(below[0])
        below = below[1:]
    if below and (byline := rules.parse_byline(_BYLINE_CREDIT.sub("", lines[below[0]].strip().strip("*")))
                  or rules.parse_byline(lines[below[0]].strip().strip("*"))  # 文/江笑: a name too short alone
                  or rules.name_line(lines[below[0]].strip())
                  or (credited := rules.parse_credits(lines[below[0]].strip())) and credited.byline or None):
        fields["authors"], fields["correspondents"] = byline.authors, byline.correspondents
        drop.add(below[0])
        below = below[1:]
    if below and (lead := rules.parse_lead(lines[below[0]].strip())) is not None and lead.byline.authors:
        fields.setdefault("authors", lead.byline.authors)  # the dateline stays the text's first words
        fields.setdefault("correspondents", lead.byline.correspondents)
    # the page's foot a clipping keeps under the text: [ 责编：王晓 ], (责编：罗知之、陈羽)
    # and a post's foot: links to older posts, the account's QR code, 分享 收藏 点赞 在看
    while len(filled) > 1 and rules.parse_source_note(lines[filled[-1]].strip()) is None \
            and (rules.is_furniture(lines[filled[-1]].strip().strip("[]()（） ")) or _is_post_foot(lines[filled[-1]].strip())):
        drop.add(filled.pop())
    last = lines[filled[-1]].strip() if filled else ""
    if _noted_print(last, fields):  # *原载《江城日报》2024年5月20日第6版*
        drop.add(filled.pop())
        last = lines[filled[-1]].strip() if filled else ""
    if (closing := rules.split_trailing_byline(last)) and closing[1].authors and not rules.is_credit(last):
        fields.setdefault("authors", closing[1].authors)  # …预约参加。（记者 施琳）: a brief signed at its end
    elif len(filled) > 2 and any(rules.opens_as_a_letter(lines[k]) for k in filled[:4]) and len(last) <= 24 \
            and (signed := rules.parse_byline(last)) and signed.authors:
        fields.setdefault("authors", signed.authors)  # 编辑同志：… / 江城县 周振华: a letter, signed under its text
        drop.add(filled[-1])
    if rules.is_advert_label(last.strip("（）()【】[] ")):  # （广告）: how a post must mark an advert
        fields["kind"] = "advert"
        drop.add(filled.pop())
    texts = sum(k not in drop and not _ORNAMENT.match(lines[k].strip()) for k in filled)  # the pictures aside
    if rules.is_credit(last) and (taken := rules.photographers(last)):
        fields.setdefault("authors", taken)
        drop.add(filled[-1])
        if "![" in body and texts <= 3:  # pictures, a caption and their credit
            fields["kind"] = "photo"
    elif "![" in body and texts <= 2 and (taken := rules.photographers(last)):
        fields.setdefault("authors", taken)  # a picture over its caption closed by its credit: …（欧阳东摄）
        fields["kind"] = "photo"
    return {**running, **fields}, "\n".join(line for k, line in enumerate(lines) if k not in drop)


def _page_head_read(head: str, fields: dict) -> None:
    """The page and the day a page's running head prints (第05版：观点　　2024年03月05日)."""
    if printed := rules.printed_page((head,)):
        fields["page"] = printed[0]
        fields.update({"section": printed[1]} if printed[1] else {})
    if day := rules.printed_date(head):
        fields["issue_date"] = IssueDate(dt.date(*day), "day", "printed", (head,))


def _noted_print(line: str, fields: dict) -> bool:
    """Whether a line notes where its article was printed (原载《江城日报》2024年5月20日第6版); its
    page and day go into `fields`."""
    if (note := rules.parse_source_note(line)) is None:
        return False
    fields["page"] = note[2] and page_label(note[2])
    if note[1]:
        fields["issue_date"] = IssueDate(dt.date(*note[1]), "day", "printed", (line,))
    elif day := re.search(r"(\d{1,2})月(\d{1,2})日", line):  # 来源：江东日报 9月13日 1版: its year the post's
        fields["printed_day"] = (int(day[1]), int(day[2]), line)
    return True


def _post_preamble(line: str, fields: dict) -> bool:
    """Whether a line under a post's title comes before the article it reposts: the account's
    name and when it posted (岭南读报 *2016-08-10 18:02*), the number in its series (【老报纸里的珠城】第12期),
    where it had the article from (来源：《珠城晚报》2017年5月31日第1版, 来源：珠城日报), whose page and day
    go into `fields`."""
    # 编者按：…它原载于《珠城日报》1979年4月3日第二版…: the account's note on what it reposts, saying where
    # (一张老照片，登在《南溪工人报》1979年1月12日第4版。: the blogger's words on it, naming its print)
    noted = (re.match(r"(?:编者按|编者的话|小编按)[：:]", line) or len(line) <= 60) and _EMBEDDED_NOTE.search(line)
    return bool(not line or _POSTED.match(line) or re.fullmatch(r"【[^【】]{2,16}】\s*第\s*\d{1,4}\s*期", line)
                or _noted_print(line, fields) or noted and _noted_print(noted[0], fields)
                or (credits := rules.parse_credits(line)) is not None and not credits.byline.authors and bool(credits.paper))


_LABELLED_HEAD = re.compile(r"[（(]?(?P<label>引题|肩题|眉题|副题|副标题|子题)[：:]\s*(?P<text>[^（）()]+?)[）)]?")


def _labelled_head(line: str, fields: dict) -> bool:
    """Whether a line is a head a typist labelled (引题：众志成城 抗击非典, （副题：…）); it goes into `fields`."""
    if not (m := _LABELLED_HEAD.fullmatch(line.strip())) or not m["text"].strip():
        return False
    fields["kicker" if m["label"] in ("引题", "肩题", "眉题") else "subtitle"] = m["text"].strip()
    return True


def _bold(line: str) -> str:
    """**珠江人物**: the words of a line set bold whole, or ""."""
    return m[1].strip() if (m := re.fullmatch(r"\*\*([^*]+)\*\*", line.strip())) else ""


def _unquoted(line: str) -> str:
    """A line without the quote marks and emphasis a post sets its notes in (> 本文转自…, *本文原载…*)."""
    return re.sub(r"^\s*(?:>\s*)+", "", line).strip().strip("*_").strip()


_EMBEDDED_NOTE = re.compile(r"(?:原载于?|刊于|刊发于|刊登于|载于|转自|登在|登于|刊在|发表在|发表于)《[^》]{2,12}》[^，。；《》]{0,30}?版")


# The account's name and when it posted, over a post: 岭南读报 *2016-08-10 18:02*.
_POSTED = re.compile(r"^(?:原创\s+)?[^\s\[\]*_]{2,16}\s+[*_]?\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?[*_]?$")


_DECK_DASH = re.compile(r"^\s*[—―]{1,2}")
# A rule (---, ***) or a picture alone on its line: ![图片](https://mmbiz.qpic.cn/…)
# A rule, a picture; a reader app's note that it converted the post (> 本文由 简悦 SimpRead 转码…), and the
# account's line over a post (原创 岚报融媒 [岚州日报](javascript:void(0);) _2023-03-06 07:30_ _发表于浙江_).
_ORNAMENT = re.compile(r"^(?:[-*_]{3,}|!\[[^\]]*\]\([^)]*\))$|^>\s*本文由.{0,80}转码"
                       r"|^(?:原创\s+)?[^\s\[]{0,12}\s*\[[^\]]{2,16}\]\(javascript:[^)]*\)")
# What a post sets under its text: 往期推荐 over links to older posts, the account's QR code.
# 长按识别二维码 关注东湖区发布: how to follow the account.
_POST_FOOT = re.compile(r"^\**(?:往期推荐|推荐阅读|往期回顾|往期精彩|精彩推荐|猜你喜欢|相关阅读|更多精彩)\**$|^\[[^\]]+\]\([^)]*\)$"
                        r"|^(?:长按|扫描|扫码)(?:识别)?(?:二维码|下方二维码)?\s*(?:关注|添加).{0,20}$")


def _is_post_foot(line: str) -> bool:
    return bool(_POST_FOOT.match(line) or _ORNAMENT.match(line) or _LINKS_ALONE.match(line) or _RIGHTS.match(line))


# [上一篇](…)  [下一篇](…): a line of links alone; 版权所有 © 江州日报社　未经授权禁止转载: the site's rights.
_LINKS_ALONE = re.compile(r"^(?:\[[^\]]*\]\([^)]*\)[ \t\u3000|｜]*){2,}$")
_RIGHTS = re.compile(r"^(?:版权所有|版權所有|Copyright|©)", re.I)


def _frames_the_page(line: str) -> bool:
    """A line of the e-paper's frame around its article: its name (江州日报数字报), its running head
    (2024年05月14日 星期二, 第01版：要闻) or its links between pages."""
    return rules.is_site_name(line) or rules.is_page_head(line) or bool(_LINKS_ALONE.match(line))


# The moment a web page was put up, before its credits: 2024年03月04日 06:58　　来源：经济日报
_STAMP = re.compile(r"^\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*")


# A line that points to another file of the archive: a note's [[link]], or a file's name at its end
# (104/03/02　聯合報　A3　油價三連漲　udn_20150302_A3.txt).
# (| 1926-09-03_縣立女子中學開學.md | 縣立女子中學昨日開學 |: a table's row naming a file, in its cell)
# (| scan_001.jpg | 抗洪一线的三昼夜 |: a list of the scans, a picture's file in its cell)
# (A01 要闻   A01-yaowen-zhengxie.txt  A01-tupian-chudong.txt: a page's files side by side, in an edition's index)
# (or a Markdown link to it, [剪报库](%E5%89%AA….csv), as Notion links a page to its databases and subpages)
_POINTS_TO_A_FILE = re.compile(r"\[\[|\S\.(?:txt|md|markdown|html?|xml|jsonl?|csv|jpe?g|png|tiff?|pdf)(?=\s*\||$|[ \t\u3000]{2}|\)\s*$)", re.I)
_NAMES_A_FILE = re.compile(r"\S\.(?:txt|md|markdown|html?|xml|jsonl?|csv|jpe?g|png|tiff?|pdf)(?=\s*\||\s*$|[ \t\u3000]{2}|\)\s*$)", re.I | re.M)


_FENCED = re.compile(r"^[ \t]*```.*?^[ \t]*```[ \t]*$", re.M | re.S)


def is_a_list_of_notes(body: str) -> bool:
    """A note or a file that lists other notes or files ([[…]], …udn_20150302_A3.txt), with a line
    or two of its own: an index of the archive, no article; or a post listing older posts
    (1. [珠城地铁2号线东延段年底通车](#)), a paragraph or two around the list."""
    body = _FENCED.sub("", body)  # (a query over the notes, ```dataview …```: the app's, no words of the note)
    # (nor a tag alone on its line, <aside> round a callout, as Notion exports one)
    lines = [line.strip() for line in body.split("\n") if line.strip() and not line.lstrip().startswith("#")
             and not re.fullmatch(r"</?[a-z]+>", line.strip())]
    # (a reading app's list of what it saved, each with its address; a channel's page of headlines and times)
    posts = sum(bool(_LISTED_LINK.match(line) or _ADDRESSED.search(line) or _LISTED_HEADLINE.match(line)
                     or _address_and_a_label(line) or _LISTED_TASK.match(line) or _PLACE_CODED.match(line)) for line in lines)
    prose = sum(len(line) > 20 and rules.ends_sentence(line) for line in lines)
    if posts >= 3 and prose <= 2 and posts > 2 * prose or posts >= 2 and posts == len(lines):
        return True  # (image2.jpg	樱花节 凤凰山 郑凯摄 / image5.jpg	…: a list of two, nothing else)
    if "[[" not in body and not _NAMES_A_FILE.search(body):
        return False  # every text file is asked: most point to none
    linked = sum(bool(_POINTS_TO_A_FILE.search(line)) for line in lines)
    # (its own lines no sentences: a head, 导出时间：…, A06 专题 （空版）)
    unlinked = [line for line in lines if not _POINTS_TO_A_FILE.search(line)]
    return linked >= 3 and (linked >= len(lines) - 2 or linked > len(unlinked)
                            and not any(len(line) > 30 or re.search(r"[。！？!?]$", line) for line in unlinked))


# 1. 多地出台新政 稳就业保民生 | 人民网 | http://finance.people.com.cn/… | 收藏于 2022-05-10: a saved page's address.
_ADDRESSED = re.compile(r"\|\s*https?://\S+")
# http://…/s_01.jpg, images/2022/0411/p3.png: where a picture or a page is kept.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:jpe?g|png|gif|tiff?|webp|pdf)\b", re.IGNORECASE)


def _address_and_a_label(line: str) -> bool:
    """page: 03 thumb: http://…/s_03.jpg: a crawler's list of addresses, a short label beside each."""
    if "](" in line or "<img" in line:
        return False  # a picture set in a post, ![](…), is the post's
    rest = _ADDRESS.sub("", line)
    return rest != line and len(rest.strip()) <= 30 and not rules.ends_sentence(rest.strip())


# · 全国人大常委会召开专题讲座　2022-05-26 17:30: a headline a channel's page lists, with when it was posted.
_LISTED_HEADLINE = re.compile(r"^[·•・●]\s*\S.{3,40}?\s+\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2})?$")
# 01_001 青屿港新增三条国际集装箱航线, A03_2 老旧小区加装电梯…: a downloader's or a crawler's contents, each piece by
# the code its file is named with.
_PLACE_CODED = re.compile(r"^[A-Za-z]?\d{1,3}[_-]\d{1,3}\s+\S")
# - [ ] 1979年的一张，字迹模糊: a to-do list's item, done or not.
_LISTED_TASK = re.compile(r"^[-*+]\s*\[[ xX]\]\s")
# An item of a list that is a link alone: 1. [珠城地铁2号线东延段年底通车](#), - [春耕时节话农机](…).
_LISTED_LINK = re.compile(r"^(?:\d{1,2}[.、]|[-*+])\s*\[[^\]]{2,60}\]\([^)]*\)$")


# Notion's export of a database's page: under its title, a `Name: value` line for each property
# (报纸: 大众日报, 日期: March 7, 2024, Created: March 7, 2024 9:12 AM), then the text; a WeChat
# exporter's, its post's as a quote (> 公众号：台州日报 / > 作者：林晓 / > 原文链接：…).
_PROPERTY = re.compile(r"^(?:>\s*)?([^\s:#>*!\[|][^:]{0,24}?): (.*)$|^>\s*([^\s:：，。]{2,8})：(.*)$")
_PROPERTY_ABOVE = re.compile(r"^([^\s:：，。#>*!\[|]{2,8})：\s*(\S.*)$")


def property_lines(body: str) -> tuple[dict, str]:
    """The properties a page lists under its title, a line each and two or more of them, one a
    field this generator reads; and the body without them. ({}, body) for a page with none."""
    lines = body.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    titled = bool(filled) and lines[filled[0]].startswith("# ")
    # 来源：湘沅日报 / 版次：01版：要闻 / 日期：… over the # title: a crawler's fields on top, each one it names
    above = not titled and re.search(r"^# ", body, re.M) is not None
    run, properties = [], {}
    for k in filled[1 if titled else 0:]:
        m = _PROPERTY.match(lines[k])
        named = above and (m := m or _PROPERTY_ABOVE.match(lines[k])) and field_name(m[1] or m[3])
        if not m or above and not named or run and k != run[-1] + 1:
            break
        run.append(k)
        properties[(m[1] or m[3]).strip()] = (m[2] or m[4] or "").strip()
    if len(run) < 2 or not any(map(field_name, properties)):
        return {}, body
    return properties, "\n".join(line for k, line in enumerate(lines) if k not in run)


def facts_table(body: str) -> tuple[dict, str] | None:
    """| 报纸 | 东岚日报 | / | 日期 | 2021.4.2 | …: the facts a document converted to Markdown sets in a
    table over its text, a field and its value a row (pandoc's empty header over them) or fields
    over one row of values; the facts, and the body without the table. None for any other note."""
    lines = body.split("\n")
    start = next((k for k, line in enumerate(lines) if line.strip()), None)
    if start is None or not lines[start].lstrip().startswith("|"):
        return None
    end = start
    while end < len(lines) and lines[end].lstrip().startswith("|"):
        end += 1
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in lines[start:end]]
    rows = [row for row in rows if any(row) and not all(re.fullmatch(r":?-+:?", cell) for cell in row)]
    if rows and all(len(row) == 2 for row in rows) and sum(bool(field_name(row[0])) for row in rows) >= 2:
        facts = {row[0]: row[1] for row in rows}
    elif len(rows) == 2 and len(rows[0]) == len(rows[1]) and sum(bool(field_name(cell)) for cell in rows[0]) >= 2:
        facts = dict(zip(rows[0], rows[1]))
    else:
        return None
    # (版面 第5版: the page's number, where 版面 names the page's name in a sheet)
    for key in [k for k in facts if field_name(k) == "section" and re.fullmatch(r"第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版?", facts[k])]:
        facts["page"] = facts.pop(key)
    return facts, "\n".join(lines[:start] + lines[end:])


def field_lines(yaml_text: str) -> dict:
    """A front matter YAML or TOML cannot read (标题: 春风十里: 滨江绿道全线贯通, a colon unquoted;
    title = "城区公交线网优化…, a quote never closed), read as one field a line: the key before the
    first colon (or equals sign), the rest its value."""
    fields: dict = {}
    for line in yaml_text.split("\n"):
        if (m := re.match(r"^([^\s:#=\[][^:=]*?)\s*(?::\s+|=\s*)(.*?)\s*$", line)) and m[2]:
            value = m[2].strip("\"'")
            fields.setdefault(m[1], {"true": True, "false": False}.get(value.lower(), value))  # draft: false
    return fields


# A site's own pages, by their names: about.md, 关于.md.
_SITE_PAGES = frozenset({"about", "about-us", "关于", "关于我们", "关于本站", "关于本馆"})


def front_matter(yaml_text: str, toml: bool, path: str) -> tuple[dict, list[Problem]]:
    """A front matter's fields as written; one YAML cannot read, line by line, with a problem."""
    try:
        return ((load_toml if toml else load_yaml)(yaml_text, first_line=2) if yaml_text else {}), []
    except StatedError as error:
        return field_lines(yaml_text), [Problem(path, error.line, f"{error}; its fields read line by line")]


def quoted_clippings(text: str, path: str) -> tuple[list[str], dict, list[Problem]] | None:
    """A keeper's note quoting the clippings it keeps (> lines under front matter of the paper and
    day, the keeper's own words around them): each clipping as the lines of a text file, the
    note of print it gives over them, and what the front matter states of where they were printed
    (its day, page, paper; its title and writer are the note's); None for any other note."""
    try:
        yaml_text, body, _, toml = split_front_matter(text)
    except StatedError:
        return None
    lines = [Line((_unquoted(line) if line.lstrip().startswith(">") else line.lstrip("#").strip()).replace("**", ""),
                  line.lstrip().startswith(">"), bool(_bold(re.sub(r"^\s*(?:>\s*)+", "", line))) or line.startswith("#"))
             for line in body.split("\n")]
    quoted = [line for line in lines if line.quoted and line.text]
    if not any(line.head for line in quoted) or not any(rules.ends_sentence(line.text) for line in quoted):
        return None  # (a kicker quoted over a title, a note of print quoted: no clipping quoted whole)
    data, problems = front_matter(yaml_text, toml, path)
    stated, found = stated_fields(named_fields(data), path, lambda key: key_line(yaml_text, key, 2), "front-matter")
    kept = {k: v for k, v in stated.items() if k in ("issue_date", "page", "section", "paper", "tags")}
    offset = text[:len(text) - len(body)].count("\n")
    parts = ["\n" * offset + "\n".join(clipping) + "\n" for clipping in clippings_quoted(lines)]
    return parts, kept, problems + found


# Readwise's note of a source's highlights, its category under ## Metadata: - Category: #books (#articles are read).
_HIGHLIGHTED = re.compile(r"^- Category: #(books|tweets|podcasts|supplementals)\s*$", re.M)


# What a keeper adds to the name of a clipping's page that no printed title holds: the day and the
# page in short (0505 二版 夜市), a note of its state in brackets (（OCR）, （定稿）, （OCR待校）).
_KEEPERS_LABEL = re.compile(r"^\d{2,8}\s|[（(【\[][^）)】\]]{0,8}(?:OCR|ocr|待校|待核|定稿|初稿|草稿|校对|未校|原文)[^）)】\]]{0,8}[）)】\]]\s*$")


def labelled_clipping(text: str, path: str) -> tuple[list[str], dict, list[Problem]] | None:
    """# 0505 二版 夜市 over a notes app's properties (报纸: 东州日报, 版次: 02, 刊发日期: May 5, 2022) and a
    clipping typed or read as printed: the keeper's name for it none of its heads, the clipping read as
    a text file's lines, the properties what is stated of where it was printed; None for any other note."""
    m = re.match(r"\A\s*# (.+)\n", text)
    if m is None or not _KEEPERS_LABEL.search(m[1].strip()):
        return None
    data, body = property_lines(text[m.end():])
    if not data or re.search(r"^#{1,2} ", body, re.M):
        return None  # (no properties, or a heading of its own below: a Markdown article)
    stated, found = stated_fields(named_fields(data), path, lambda key: None, "front-matter")
    kept = {k: v for k, v in stated.items() if k in ("issue_date", "page", "section", "paper")}
    lines = text[:m.end()].count("\n") + body.count("\n", 0, len(body) - len(body.lstrip("\n")))
    return ["\n" * lines + body.strip("\n") + "\n"], kept, found


def parse_markdown_article(text: str, path: str) -> tuple[Article | None, list[Problem]]:
    """The article of one Markdown file; front-matter problems are reported, not fatal."""
    try:
        yaml_text, body, body_line, toml = split_front_matter(text)
    except StatedError as error:
        return None, [Problem(path, error.line, str(error))]
    data, broken = front_matter(yaml_text, toml, path)
    if not yaml_text:
        data, body = property_lines(body)
    if not yaml_text and not data and (table := facts_table(body)) is not None:
        data, body = table
        heads = {re.sub(r"\s", "", _bold(line) or line.lstrip("#").strip()) for line in body.split("\n")
                 if _bold(line) or line.startswith("#")}
        titles = [k for k in data if field_name(k) == "title"]
        if titles and re.sub(r"\s", "", str(data[titles[0]])) in heads:
            del data[titles[0]]  # the table's title again in the text, as printed: the heads read there
            body = _as_printed(body) or body
    fields, problems = stated_fields(named_fields(data), path, lambda key: key_line(yaml_text, key, 2),
                                     "front-matter")
    problems = broken + problems
    if is_a_list_of_notes(body):
        return None, problems + [Problem(path, None, "a list of links to other notes, no article; skipped")]
    if (kept := _HIGHLIGHTED.search(body)) is not None:  # Readwise's export of what its reader marked in a book, a thread
        return None, problems + [Problem(path, None, f"highlights of {kept[1]} (Readwise's #{kept[1]}), no article; skipped")]
    if not data and not re.sub(r"^#.*$", "", body, flags=re.M).strip():  # # Untitled: a page made and never written
        return None, problems + [Problem(path, None, "a heading and no text under it, no article; skipped")]
    if _TEMPLATE.search(text):  # 标题: {{title}}, <% tp.file.title %>: a template new notes are made from
        return None, problems + [Problem(path, None, "a template of notes ({{title}}), no article; skipped")]
    if not fields.get("title") and (head := re.search(r"^# (.+)$", body, re.M)) and rules.is_a_day_alone(head[1]):
        # # 2024-05-13 星期一 over the day's to-dos: a journal's page for the day (Obsidian's daily note)
        return None, problems + [Problem(path, None, "a journal's page titled by its day alone, no article; skipped")]
    if str(data.get("layout", "")).strip().lower() == "page" or PurePosixPath(path).stem.lower() in _SITE_PAGES:
        # Jekyll's, Hugo's about page (layout: page, or content/about.md): the site's own
        return None, problems + [Problem(path, None, "a page of the site's own (layout: page), no article; skipped")]
    noted = rules.parse_source_note(fields["title"]) if fields.get("title") else None
    if noted and (noted[1] or noted[2]) and re.search(r"^\*\*[^*\n]+\*\*[ \t]*$", body, re.M):
        # 人民日报 2024年3月5日 第4版 titling a note (and as its # heading): where the clipping was printed, its
        # head the bold line under it
        noted_title = fields.pop("title")
        body = re.sub(rf"^#\s+{re.escape(noted_title)}[ \t]*$", "", body, count=1, flags=re.M)
        _noted_print(noted_title, fields)
        if noted[0] and not fields.get("paper"):
            fields["paper"] = noted[0]
        if not re.search(r"^# ", body, re.M):
            body = re.sub(r"^\*\*([^*\n]+)\*\*[ \t]*$", r"# \1", body, count=1, flags=re.M)
    if fields.get("title") and rules.is_site_name(fields["title"]) and re.search(r"^(?:# |\*\*[^*\n]+\*\*[ \t]*$)", body, re.M):
        del fields["title"]  # a clipped page titled by its paper's name (光明日报): the heading is the title
        if not re.search(r"^# ", body, re.M):  # (an e-paper's head set bold, **春茶飘香　采摘正忙**, under its masthead)
            body = re.sub(r"^\*\*([^*\n]+)\*\*[ \t]*$", r"# \1", body, count=1, flags=re.M)
    if fields.get("title"):
        fields["title"] = rules.without_site_name(fields["title"])  # …_光明网: a web page's title
    if fields.get("title") and not fields.get("subtitle") and (deck := rules.title_and_deck(fields["title"])):
        fields["title"], fields["subtitle"] = deck  # 让科技成果更快走出实验室——访…: a title saved with its deck
    if fields.get("title") and (head := re.search(r"^# (.+)$", body, re.M)) and head[1].strip() != fields["title"] \
            and fields["title"].startswith(head[1].strip()):
        del fields["title"]  # 一个村庄的十年变迁（1988.12.18）: the blogger's title, the heading under it as printed
    if fields.get("title") and (head := re.search(r"^# (.+)$", body, re.M)) and head[1].strip() != fields["title"] \
            and any(line.startswith(">") and rules.printed_date(line.lstrip("> ").strip()) for line in body[:head.start()].split("\n")):
        # title: 鹭汀地铁2号线 over > 摘自 鹭汀晚报 2019年9月26日 第A02版 / # 地铁2号线全线“洞通”: the keeper's
        # name for a clipping noted as printed, its heading the title as printed
        del fields["title"]
    filed = [str(c) for key in ("categories", "series", "tags") for c in as_list(data.get(key))]
    if fields.get("title") and (m := re.match(r"^(?P<label>[^｜|]{2,8}?)\s*[｜|]\s*(?P<rest>\S.*)$", fields["title"])) \
            and m["label"].strip() in filed:
        fields["title"] = m["rest"]  # 旧报新读｜春耕时节话农机: the blog's category before the article's title
    # **原标题：《…》** near the top: the post's headline is the site's, the article's is the printed one
    noted = next(((k, t) for k, line in enumerate(body.split("\n")) if (t := rules.printed_title_note(line))), None)
    if noted:  # (or among its closing credits: 来源：… | 2023-04-15 第3版 | 原题《…》, the rest of them kept)
        fields["title"] = noted[1]
        rest = rules.without_printed_title_note(body.split("\n")[noted[0]])
        body = "\n".join(rest if k == noted[0] else line for k, line in enumerate(body.split("\n"))
                         if not line.startswith("# ") and (k != noted[0] or rest))
    named = None if fields.get("title") or re.search(r"^#{1,2} ", body, re.M) else title_from_name(path)
    # a note with no head at all (a post saved untitled) opens with its text, as a titled one may
    headless = not re.search(r"^#{1,6} ", body, re.M)
    printed, body = printed_heads(body, titled=bool(fields.get("title") or named) or headless,
                                  untitled=not (fields.get("title") or named))
    blocks = markdown_blocks(body)
    if printed.get("title"):  # a repost's own heads, under the post's
        fields["title"] = printed.pop("title")
    if printed.get("authors") and (printed.get("issue_date") or printed.get("page")):
        fields.pop("authors", None)  # author: 老张, the blogger; the print's byline names who wrote it
    if "title" not in fields or not fields["title"]:
        heading = next((b.text for b in blocks if isinstance(b, SectionHead)), None)
        if heading is None and named is None and not blocks:
            return None, problems + [Problem(path, 1, "no title: give `title:` in the front matter")]
        # (no Markdown in it at all: no rule, emphasis, quote, list, picture or link)
        plain = not re.search(r"^\s*(?:[-*_]{3,}|>|[-*+]\s|\d+\.\s)|\*\*|__|!\[|\]\(", body, re.M)
        typed = header_block(body.strip("\n").split("\n")) if heading is None and headless and plain else None
        if typed is not None and typed.title and typed.body_start < len(body.strip("\n").split("\n")) \
                and not fields.get("kicker") and not fields.get("subtitle"):
            # 菜篮子工程见成效 / 市区蔬菜日供应量… / 通讯员　潘玉兰: a note typed as a text file is, its heads bare
            rest = body.strip("\n").split("\n")[typed.body_start:]
            lead = next((line.strip() for line in rest if line.strip()), "")
            if (signed := rules.parse_byline(lead)) is not None and signed.authors and not fields.get("authors"):
                fields["authors"], fields["correspondents"] = signed.authors, signed.correspondents
                rest = rest[rest.index(next(line for line in rest if line.strip())) + 1:]
            fields.update({k: v for k, v in (("title", typed.title), ("kicker", typed.kicker), ("subtitle", typed.subtitle)) if v})
            body = "\n".join(rest)
            blocks = markdown_blocks(body)
        elif heading is None:  # a clipping with no title of its own: its file's name, or none
            fields["title"] = named or UNTITLED
            problems.append(Problem(path, 1, "no title in the file; titled by its name" if named
                                    else "no title in the file or its name: give `title:` in the front matter"))
        else:
            fields["title"] = heading
            blocks = tuple(b for b in blocks if b.text != heading or not isinstance(b, SectionHead))
            body = "\n".join(line for line in body.split("\n") if line.lstrip("# ").strip() != heading)
    url = named_fields(data).get("url")
    if url and not (fields.get("issue_date") and fields.get("page")):
        address = address_facts(str(url))  # an e-paper's address: …/2024-03/12/nw…_2-07.htm
        said = {"issue_date": address.issue_date if address.issue_date.known else None,
                "page": address.page, "order": address.order}
        fields.update({k: v for k, v in said.items() if v is not None and not fields.get(k) and not printed.get(k)})
    posted = fields.get("issue_date")
    if (noted_day := printed.pop("printed_day", None)) and posted is not None and posted.known:
        # printed the day it says, in the year it was posted, or the year before (12月31日, posted 1月2日)
        month, day, line = noted_day
        year = posted.value.year - ((month, day) > (posted.value.month, posted.value.day))
        with contextlib.suppress(ValueError):
            printed["issue_date"] = IssueDate(dt.date(year, month, day), "day", "printed", (line,))
    if printed.get("issue_date") and posted is not None and posted.known and printed["issue_date"].value <= posted.value:
        del fields["issue_date"]  # printed before the post that carries it was put up: the print's day
    article = Article(source=path, line=body_line, title=fields["title"], body=blocks,
                      markdown=body).with_(**{k: v for k, v in printed.items() if not fields.get(k)})
    return apply_stated(article, fields), problems


# Pandoc's Markdown of a Word file: a heading's attributes ({#_Toc318795101 .主标题}), each paragraph
# of a named Word style in a fenced div (::: {custom-style="引题"} … :::), other divs' fences.
_HEAD_ATTRIBUTES = re.compile(r"^(#{1,6}[ \t].*?)[ \t]*\{[#.][^{}\n]*\}[ \t]*$", re.M)
_STYLED = re.compile(r'^:{3,}[ \t]*\{[^{}\n]*custom-style="([^"]+)"[^{}\n]*\}[ \t]*\n(.*?)\n:{3,}[ \t]*$', re.M | re.S)
_FENCE = re.compile(r"^:{3,}.*\n?", re.M)
# The Word styles a paper's newsroom names its heads by: kicker, deck, a column's name (over the title).
_KICKER_STYLES = ("引题", "肩题", "眉题", "栏目", "栏目名", "专栏")
_DECK_STYLES = ("副题", "副标题", "子题")


def word_styles_read(text: str) -> str:
    """Pandoc's Markdown of a Word file as a note printed as the paper printed it: a paragraph in a
    kicker's style (引题) quoted over the title, a deck's (副题) dashed, the others' (报眉, 作者) plain
    lines; and, the file being Word's, its front matter Word's document properties (author:
    Administrator, the day it was saved), none of the article's."""
    if not _STYLED.search(text):
        return _HEAD_ATTRIBUTES.sub(r"\1", text)

    def styled(m: re.Match) -> str:
        style, said = m[1].strip(), m[2].strip()
        if style.lower().startswith("toc"):
            return ""  # TOC Heading: the head of Word's table of contents
        if style in _KICKER_STYLES:
            return "> " + said
        if style in _DECK_STYLES:
            return "——" + re.sub(r"^(?:-{2,}|[—―]+)\s*", "", said)  # ------ : pandoc's "smart" dashes spelt out
        return said
    _, body, _, _ = split_front_matter(text)
    body = _WORD_CONTENTS.sub("", body)  # Word's table of contents: links to its own heads
    body = re.sub(r"(!\[[^\]\n]*\]\([^)\n]*\))\{[^{}\n]*\}", r"\1", body)  # ![](…){width="6.0in"}: a picture's size
    return _stories_parted(_FENCE.sub("", _HEAD_ATTRIBUTES.sub(r"\1", _STYLED.sub(styled, body))))


def _stories_parted(body: str) -> str:
    """A newsroom's Word file of a page's stories (0305一版定稿), each under its own head (# or ##, a
    kicker quoted over it; a photo's ### under its picture): the stories parted by rules, each under
    its head as a title and the page's running head, as a transcriber's file of clippings is; a
    numbered head (## 一、…) or a box's is a section of the story above."""
    lines = body.split("\n")
    pictured = {k for k, line in enumerate(lines) if line.startswith("### ")
                and next((n for n in reversed(lines[:k]) if n.strip()), "").startswith("![")}
    heads = [k for k, line in enumerate(lines) if (re.match(r"#{1,2} ", line) or k in pictured)
             and not rules.is_numbered(line.lstrip("# ")) and not rules.is_box_name(line.lstrip("# "))]
    if len(heads) < 2:
        return body
    page_head = next((line.strip() for line in lines[:heads[0]] if rules.is_page_head(line.strip())), None)
    out: list[str] = []
    for k, line in enumerate(lines):
        if k in heads[1:]:
            at = len(out)
            while at and not out[at - 1].strip():
                at -= 1
            at -= bool(at) and out[at - 1].startswith(("> ", "!["))  # its kicker, or its picture, over it
            out[at:at] = ["", "---", "", *([page_head, ""] if page_head else [])]
        out.append("# " + line.lstrip("# ") if k in heads else line)
    return "\n".join(out)


# 目 录 / [市十四届人大一次会议隆重开幕 1](#_Toc318795101) …: Word's table of contents, each entry a link to a head.
_WORD_CONTENTS = re.compile(r"^(?:目[ \t\u3000]*录[ \t]*\n\s*)?(?:\[[^\]\n]+\]\(#[^)\s]+\)[ \t]*\n\s*)+", re.M)


# #剪报 #防汛: a notes app's tags, each # run on into its word (a heading's # has a space after it).
_TAGS_LINE = re.compile(r"^[ \t]*#[^\s#]+(?:[ \t]+#[^\s#]+)*[ \t]*$")


# <a name="wExwH"></a>: the anchor a wiki (语雀, Confluence) sets over each paragraph, nothing printed.
_ANCHOR_LINE = re.compile(r"""^[ \t]*<a\s+(?:name|id)=["'][^"']*["']\s*>\s*</a>[ \t]*$""", re.M)


def without_anchors(text: str) -> str:
    """The note with its lines of empty anchors blanked, each line in its place."""
    return _ANCHOR_LINE.sub("", text) if "<a" in text else text


def keepers_heading_off(text: str) -> str:
    """# 20210618 第5版 麦浪翻金岚北田 over the heads as printed (**麦浪翻金岚北田**), # 荷韵消暑（7.13 三版）: the
    keeper's heading of a clipping, the printed title in it with the day, the page or the column the
    keeper added, blanked; the head it names set as the title, the heads above it its kicker."""
    top = re.search(r"^# (.+)$", text, re.M)
    if top is None:
        return text
    heading = top[1].strip()
    lines = text[top.end():].split("\n")
    below = [(k, _bold(line) or line.strip().lstrip("#").strip()) for k, line in enumerate(lines) if line.strip()][:8]
    for k, head in below:
        added = heading.replace(head, "", 1).strip() if 4 <= len(head) < len(heading) and head in heading else None
        # (what the keeper added: a day or a page, in figures, or a word in brackets, （副刊）; 我市春耕生产 over
        # 全面展开 is a title over a head of its text)
        # (or the site's name a clipper kept from the page's own title: 以绣花功夫…_东州新闻网)
        if added and not rules.ends_sentence(head) and (re.search(r"\d", added) or re.fullmatch(r"[（(【\[].*[）)】\]]", added)
                                                         or rules.without_site_name(heading) == head):
            above = [j for j, _ in below if j < k]
            if all(not rules.ends_sentence(lines[j].strip()) and len(lines[j].strip()) <= 40 for j in above):
                lines[k] = "\n".join([*(lines[j].strip() for j in above), f"# {head}"])  # (set close over it)
                lines[:k] = ["" for _ in lines[:k]]
            else:
                lines[k] = f"# {head}"
            return text[:top.start()] + "\n".join(lines)
    return text


# 主题：首批“15分钟便民生活圈”示范社区揭牌: a title a typist labelled, as a kicker (引题：) and a deck (副题：) around it are.
_TYPED_TITLE = re.compile(r"^[ \t\u3000]*(?:主题|主标题|标题)[：:][ \t\u3000]*(?P<title>\S.*)$", re.M)


def typed_title_marked(text: str) -> str:
    """引题：… / 主题：… / 副题：… in a note with no heading: the labelled title set as its heading, the
    kicker or the deck labelled beside it read as they are (_labelled_head); a front matter's 标题: is
    its field."""
    front = re.match(r"\A\ufeff?---\n.*?\n(?:---|\.\.\.)[ \t]*\n", text, re.S)
    if re.search(r"^#{1,6} ", text, re.M) or not (m := _TYPED_TITLE.search(text, front.end() if front else 0)) \
            or len(m["title"]) > 60:
        return text
    beside = text[:m.start()].rstrip("\n").rpartition("\n")[2], text[m.end():].lstrip("\n").partition("\n")[0]
    if not any(_LABELLED_HEAD.fullmatch(line.strip()) for line in beside):
        return text
    return text[:m.start()] + f"# {m['title'].strip()}" + text[m.end():]


def line_breaks_read(text: str) -> str:
    """**庆祝建党100周年**<br />**收看庆祝大会直播**: a wiki's line break within a paragraph (语雀, Confluence)
    set as the line it ends, so a head's two lines read as two; a table's row keeps its own."""
    return re.sub(r"^(?![ \t]*\|).*<br\s*/?>.*$", lambda m: re.sub(r"[ \t]*<br\s*/?>[ \t]*", "\n", m[0]), text,
                  flags=re.M | re.I) if "<br" in text else text


# `# 守好一方水土␣␣` / `富裕一方百姓`: a head's line break (<br> inside <h1>) as an HTML-to-Markdown
# converter writes it (Turndown, in web clippers): two spaces or a backslash closing the heading line.
_HEAD_BROKEN = re.compile(r"^(#{1,6}[ \t]+\S[^\n]*?)(?: {2,}|[ \t]*\\)\n(?=[ \t]*[^\s#>*\-+|!\[])([^\n]+)$", re.M)


# `# 稳住农业基本盘` / `# 守好“三农”压舱石`: a title typed as two headings of the first level, a line each.
_HEAD_TWICE = re.compile(r"^(# [^\n]*\S)[ \t]*\n# (?!#)([^\n]+)$", re.M)


def heading_breaks_read(text: str) -> str:
    """A heading broken by a hard line break (`# 守好一方水土  ` / `富裕一方百姓`), or typed as two headings
    of the first level one under the other, read as one heading, as the page showed it: run together,
    or a space apart where its halves are a couplet's two clauses (rules.balanced_clauses)."""
    def joined(m: re.Match) -> str:
        upper, lower = m[1].rstrip(), m[2].strip()
        gap = "" if (re.match(r"[\u3000-\u9fff\uff00-\uffef]", lower) or re.search(r"[\u3000-\u9fff\uff00-\uffef]$", upper)) \
            and not rules.balanced_clauses(upper.lstrip("# "), lower) else " "
        return upper + gap + lower
    return _HEAD_TWICE.sub(joined, _HEAD_BROKEN.sub(joined, text))


def without_tag_lines(text: str) -> str:
    """The note with its lines of tags blanked (#剪报 #防汛 under the clipping), each line in its
    place: a line of two tags or more, or the note's last line; Markdown would read a tag as a head."""
    lines = text.split("\n")
    last = max((k for k, line in enumerate(lines) if line.strip()), default=-1)
    return "\n".join("" if _TAGS_LINE.match(line) and (k == last or line.count("#") >= 2) else line
                      for k, line in enumerate(lines))


# A PDF converter's Markdown of a page (MinerU's, marker's): every head it found set as "# ", its
# pictures by the names it gave them, a figure's digits as a formula ($7 2 . 6 \%$), ~ escaped.
_CONVERTED_HEAD = re.compile(r"^# \S", re.M)
_CONVERTED_PICTURE = re.compile(r"^!\[[^\]]*\]\((?:images/[0-9a-f]{16,}|_page_\d+_\w+)\.\w{3,4}\)\s*$", re.M)
_FORMULA = re.compile(r"\$\s*((?:[\d.,%\s]|\\%)+?)\s*\$")


def converted_page(text: str, path: str) -> str | None:
    """The text of a page a PDF converter set as Markdown (# heads of one level, several of them,
    beside its pictures' hashed names or in MinerU's folders), as a page of bare heads; None for a Markdown file of any
    other making."""
    if text.lstrip().startswith(("---", "+++")) or re.search(r"^#{2,6} ", text, re.M) \
            or len(_CONVERTED_HEAD.findall(text)) < 4 or not (_CONVERTED_PICTURE.search(text) or _mineru_output(path)):
        return None
    text = _CONVERTED_PICTURE.sub("", text)
    text = _FORMULA.sub(lambda m: re.sub(r"\s+", "", m[1]).replace("\\%", "%"), text)
    # (its heads unmarked: a kicker and its title are two "# " lines, as likely as two titles; the page
    # reader tells them apart as it does bare heads)
    text = re.sub(r"^# (?=\S)", "", text, flags=re.M)
    return re.sub(r"\\([~*_#])", r"\1", text).replace("  \n", "\n")


def _mineru_output(path: str) -> bool:
    """ljrb2024031302/auto/ljrb2024031302.md (or …/ocr/…, …/txt/…): where MinerU writes a PDF's Markdown."""
    parts = PurePosixPath(path).parts
    return len(parts) >= 3 and parts[-2] in ("auto", "ocr", "txt") and parts[-3] == PurePosixPath(path).stem


def parse_markdown_articles(text: str, path: str) -> tuple[list[Article], list[Problem]]:
    """The articles of one Markdown file: its article, or each clipping a transcriber's file holds."""
    try:
        _, body, _, _ = split_front_matter(text)
    except StatedError:
        body = ""
    if (issue := issue_pieces(body)) is not None:
        return _issue_read(text[:len(text) - len(body)], issue, path)
    if (transcribed := transcribed_clippings(body)) is None:
        article, problems = parse_markdown_article(text, path)
        return [article] if article is not None else [], problems
    clippings, notes = transcribed
    front = text[:len(text) - len(body)]
    noted: dict = {}
    for note in notes:  # > 剪报背面能看到报头：《江城晚报》1986年4月6日: the day it was printed, its page
        if m := _NOTE_IN_WORDS.search(note):
            _noted_print(m[0], noted)
    articles, problems = [], []
    for start, clipping in clippings:
        # (the clipping kept at its own lines of the file, so problems name them)
        article, found = parse_markdown_article(front + "\n" * start + clipping, path)
        problems += found
        if article is not None and articles and (same := _SAME_DAY.search(clipping)) and article.issue_date.source != "printed":
            # （同日 第8版 广告）: printed the day of the clipping above it, on the page it names
            article = article.with_(issue_date=articles[-1].issue_date, page=same["page"] or article.page,
                                    paper=article.paper or articles[-1].paper)
        if article is not None:
            printed = article.issue_date.source == "printed" or article.page
            head = front.count("\n") + start + clipping.split("\n").index(next(
                line for line in clipping.split("\n") if line.startswith("# "))) + 1
            article = article.with_(line=head)
            articles.append(article if printed else article.with_(**{k: v for k, v in noted.items() if v}))
    return articles, problems


class IssuePiece(NamedTuple):
    start: int  # the line of the body its head is on
    text: str  # the piece as an article of its own (# its title, its lines)
    page: str
    section: str | None


def issue_pieces(body: str) -> tuple[tuple[int, int, int] | None, list[IssuePiece]] | None:
    """A day's paper kept in one file (# 澄州日报 2021年03月05日 / ## 第01版：要闻 / ### 标题 / …, as a crawler
    that keeps issues writes them): the day its own head prints and each article under a ### head,
    paged by the page head over it; None for any other file."""
    lines = body.split("\n")
    if sum(line.startswith("### ") for line in lines) < 2:
        return None
    top = next((line[2:] for line in lines if line.startswith("# ")), "")
    day = rules.printed_date(top) or ((int(m[1]), int(m[2]), int(m[3])) if (m := re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", top))
                                      else None)
    pieces, page, start = [], None, None
    for k, line in enumerate([*lines, "## end"]):
        if re.match(r"#{1,3} ", line) and start is not None:
            pieces.append(IssuePiece(start, "\n".join(["# " + lines[start][4:], *lines[start + 1:k]]), *page))
            start = None
        if line.startswith("## ") and (printed := rules.printed_page((line[3:].strip(),))):
            page = printed
        elif line.startswith("### ") and page is not None:
            start = k
    return (day, pieces) if pieces else None


def _issue_read(front: str, issue: tuple, path: str) -> tuple[list[Article], list[Problem]]:
    """The articles of a day's paper kept in one file (issue_pieces), each read as a file of its own."""
    day, pieces = issue
    articles, problems = [], []
    for piece in pieces:
        article, found = parse_markdown_article(front + "\n" * piece.start + piece.text, path)
        problems += found
        if article is not None:
            printed = {"page": page_label(piece.page), "section": piece.section or article.section}
            if day and not article.issue_date.known:
                printed["issue_date"] = IssueDate(dt.date(*day), "day", "printed", (f"{path}: {day}",))
            articles.append(article.with_(line=front.count("\n") + piece.start + 1, **printed))
    return articles, problems


# （同日 第8版 广告）, 《青漪日报》同日 第2版: a clipping's note that it was printed the day of the one above it.
_SAME_DAY = re.compile(r"同日\s*(?:第\s*(?P<page>\d{1,3})\s*版)?")
# 《南湖日报》1985年10月1日 第1版, inside a transcriber's note of what the clipping is.
_NOTE_IN_WORDS = re.compile(r"《[^《》]{2,12}》[^《》。；]{0,24}?版|《[^《》]{2,12}》[^《》。；]{0,16}?日")
# A rule between parts of a note (---, ***), set apart by blank lines.
_RULE = re.compile(r"\n[ \t]*\n[ \t]*(?:[-*_][ \t]*){3,}\n")


def transcribed_clippings(body: str) -> tuple[list[tuple[int, str]], list[str]] | None:
    """# 爷爷的剪报（一） / > 备注：… / --- / **抗洪一线的三昼夜** / … / --- / **…**: a transcriber's file, its
    own heading and notes over a rule, then clippings between rules, each under the head it was
    printed with (a bold line, or a smaller heading, a kicker over it). The clippings (each with
    the line of the body it starts on) and the notes; None for any other note."""
    parts, starts, at = [], [], 0
    for m in _RULE.finditer(body + "\n"):
        parts.append(body[at:m.start()])
        starts.append(at)
        at = m.end()
    parts.append(body[at:])
    starts.append(at)
    top = [line.strip() for line in parts[0].split("\n") if line.strip()]
    if len(parts) >= 2 and all(next((line for line in part.split("\n") if line.strip() and not line.startswith(("> ", "!["))
                                     and not rules.is_page_head(line.strip())), "").startswith("# ") for part in parts):
        # # 青漪大桥今日通车 … / --- / # 春节购物到百货大楼 …: a note of clippings between rules, each its own # title
        return [(body[:start].count("\n"), part) for start, part in zip(starts, parts)], []
    if len(parts) < 2 or not top or not top[0].startswith("# ") or not all(line.startswith(">") for line in top[1:]):
        return None
    clippings = [(body[:start].count("\n"), _as_printed(part)) for start, part in zip(starts[1:], parts[1:])]
    clippings = [(line, part) for line, part in clippings if part is not None]
    return (clippings, [_unquoted(line) for line in top[1:]]) if clippings else None


def _as_printed(part: str) -> str | None:
    """A clipping's Markdown with its printed head as the note's heading (**…** → # …) and a plain
    line over it as its kicker (> …); None for a part with no head of its own (*转录：周明*)."""
    lines = part.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()][:2]
    for n, k in enumerate(filled):
        head = _bold(lines[k]) or (lines[k].strip()[3:].strip() if lines[k].startswith("## ") else "")
        if head and not _DECK_DASH.match(head):
            kicker = lines[filled[0]].strip() if n else ""
            if n and (len(kicker) > 16 or rules.ends_sentence(kicker)):
                return None
            lines[k] = "# " + head
            if kicker:
                lines[filled[0]] = "> " + kicker
            return "\n".join(lines)
    return None


# The placeholders a notes app fills in when it makes a note from a template.
_TEMPLATE = re.compile(r"\{\{\s*(?:title|date|time)\b[^{}]*\}\}|<%\s*tp\.")


# 1987年5月8日第四版两则, 社区新闻三则: a post that says it holds so many pieces.
# (…两则, 剪报两则：1962年的夏收, 读者来信两封（1985）: the count before what the post says of them)
# (二版上的两篇短文: what the pieces are after their count)
_PIECES = re.compile(r"(?P<count>[两二三四五六七八九十]|\d{1,2})(?:则|封|篇)(?=\W|$|短文|文章|小稿|稿子|消息|短讯|报道)")


# 岚城要闻速览, 早读｜…, 新闻早知道: a post gathering the day's pieces, each under its head.
_DIGEST = re.compile(r"(?:要闻|新闻|资讯)(?:速览|速递|一览|早知道|汇总)$|(?:速览|早知道)$")


def is_a_digest(title: str) -> bool:
    """早读｜5月14日，岚城要闻速览: a post titled for the day's pieces it gathers."""
    return _DIGEST.search(rules.simplified(title)) is not None


def pieces_under_heads(article: Article) -> list[Article]:
    """A post titled for the pieces it holds (…两则), each under its own head (## 更正): each piece an
    article of its own, as printed, signed where its text closes with a name; else the post."""
    said = _PIECES.search(rules.simplified(article.title))  # 地方短訊（三則）, in either script
    if (column := briefs_under_heads(article)) is not None:
        article, said = column, None
    heads = [k for k, block in enumerate(article.body) if isinstance(block, SectionHead)]
    # ### 1. 珠城将新建3座人行天桥 / （《珠城日报》2017年5月8日第3版 记者 梁晓东）: a digest's pieces, each
    # under its head and a note of its print
    # (a year's notebook, # 1958年 over ## heads each under *《青溪日报》1958年3月8日 第1版*: the same; a
    # section of the keeper's own, ## 待核对, among them no piece)
    held = [k for k in heads if k + 1 < len(article.body) and isinstance(article.body[k + 1], Paragraph)
            and _piece_note(article.body[k + 1].text)]
    noted = len(held) >= 2 and 3 * len(held) >= 2 * len(heads)
    heads = held if noted else heads
    # **全国冷链物流骨干网建设提速** / 本报讯（记者周　雷）…, **前10个月快递业务量超660亿件** / 据新华社电…:
    # heads each over a dateline are stories' titles, a column's pieces; a section head never opens on one
    filed = {k: lead for k, block in enumerate(article.body[:-1])
             if (isinstance(block, SectionHead) or isinstance(block, Paragraph) and _reads_as_a_head(block.text))
             and isinstance(article.body[k + 1], Paragraph) and (lead := rules.parse_lead(article.body[k + 1].text)) is not None}
    filed = filed if len(filed) >= 2 and set(heads) <= set(filed) and not noted else {}
    heads = sorted(filed) or heads
    # (● **城南农贸市场周日起试营业**　经过…, or 【社区食堂开到家门口】近日，…: a brief run in under its bullet or its brackets)
    # (or with no bullet, its head run in before its dateline: **市急救中心新增5个急救站点**　本报讯（记者 吴倩）…)
    briefs = [k for k, block in enumerate(article.body) if isinstance(block, Paragraph) and (
              block.text[:1] in rules.ITEM_BULLETS + rules.BULLETS + "【" and rules.run_in_title(_bullet_closed_up(block.text))
              or (run := rules.run_in_title(block.text)) is not None and rules.parse_lead(run[1]) is not None)]
    if is_a_digest(article.title) and len(heads) >= 2 and not said and column is None:
        said = {"count": str(len(heads))}  # 早读｜5月14日，岚城要闻速览 over ■ heads: a digest of its pieces
    if not heads and len(briefs) >= 2 and rules.names_a_column_of_briefs(article.title):
        # # 本市简讯 / ● **城南农贸市场周日起试营业**　经过…: a column's briefs, each run in under its bullet
        return [_run_in_brief(article, article.body[k]) for k in briefs]
    if not noted and not filed and column is None and (not said or len(heads) != (int(said["count"]) if said["count"].isdigit() else rules.read_number(
            said["count"].replace("两", "二")))):
        return [article]
    # (the text over the first of them under the file's own title, 工聯辦職業技能講座 / 【本報消息】…, opening on a
    # dateline as they do: its first piece; a column's name, 【产业快讯】, or a note of print, none)
    opening = article.body[:heads[0]] if filed else ()
    pieces = [article.with_(body=opening)] if opening and isinstance(opening[0], Paragraph) \
        and (article.dateline or rules.parse_lead(opening[0].text) is not None) else []
    ends = heads[1:] + [len(article.body)] if filed else \
        [next((k for k in range(start + 1, len(article.body)) if isinstance(article.body[k], SectionHead)), len(article.body))
         for start in heads]
    last_day = None
    for start, end in zip(heads, ends):
        head, body = article.body[start], list(article.body[start + 1:end])
        byline, printed, heads_typed = Byline(), {}, {}
        if noted:
            note, byline = _piece_note(body[0].text)
            day = IssueDate(dt.date(*note[1]), "day", "printed", (body[0].text,)) if note[1] else \
                last_day if _SAME_DAY.search(body[0].text) else None  # *同日 第1版，社论*: the day of the piece above
            printed = {"page": note[2] and page_label(note[2]), "issue_date": day}
            last_day = day or last_day
            body = body[1:]
            # 引题：全县万人上阵　苦战一冬一春 / 副题：——计划明年汛期前蓄水, as typed (one paragraph or two)
            while body and isinstance(body[0], Paragraph) \
                    and all(_labelled_head(line, heads_typed) for line in body[0].text.split("\n") if line.strip()):
                body = body[1:]
            if body and isinstance(body[0], Paragraph) and (signed := rules.parse_byline(body[0].text)) and signed:
                byline, body = signed, body[1:]  # 本报记者　高振华, over the text
        if start in filed:
            byline = filed[start].byline  # (本报讯（记者周　雷）: its writer)
        if body and isinstance(body[-1], Paragraph) and (signed := rules.split_trailing_byline(body[-1].text)):
            byline = signed[1]  # （县文化馆　吴　斌）, closing the piece
            body = body[:-1] + ([Paragraph(signed[0], body[-1].line)] if signed[0] else [])
        title, kind = re.sub(r"^\d{1,2}[.、．]\s*", "", head.text), {}
        if noted and (labelled := _KEEPERS_KIND.fullmatch(title)):
            # 福源布庄夏季大减价（广告）, 水库修到家门口（山歌）: the keeper's word for the piece's kind, no part of its title
            title, kind = labelled["title"], {"kind": "advert"} if rules.is_advert_label(labelled["kind"]) else {}
        pieces.append(article.with_(title=title, line=head.line, body=tuple(body), **kind,
                                    markdown="", kicker=heads_typed.get("kicker", ""),
                                    subtitle=heads_typed.get("subtitle", "").lstrip("—― "), authors=byline.authors,
                                    correspondents=byline.correspondents,
                                    **{k: v for k, v in printed.items() if v is not None}))
    return pieces


def _reads_as_a_head(text: str) -> bool:
    """A paragraph of one short line that ends no sentence: a head set bold, or bare."""
    return "\n" not in text.strip() and len(text.strip()) <= 40 and not rules.ends_sentence(text) \
        and rules.parse_lead(text) is None


# A brief runs to about this many characters at most, under a head of at least so many.
BRIEF_CHARS = 200
BRIEF_HEAD_CHARS = 6


def briefs_under_heads(article: Article) -> Article | None:
    """A post titled by its column of briefs (本报简讯（2016.08.18）, 城事速递) holding two heads or
    more (### …, or **■ …** alone on its line), each over a brief opening on its dateline or closing
    on its writer: the post with each of its briefs' heads a head; None for any other."""
    column = re.sub(r"\s*[（(][^（）()]{1,16}[）)]$", "", rules.simplified(article.title))
    # 6月9日 财经简讯, 2018年3月 简讯: the day or month its briefs are of, before the column's name
    column = re.sub(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*", "", column)
    if not rules.names_a_column_of_briefs(column):
        return None
    body, marks = list(article.body), rules.BULLETS + rules.ITEM_BULLETS
    bulleted_deck = article.subtitle[:1] in marks
    if bulleted_deck:
        body.insert(0, Paragraph(article.subtitle, article.line))  # **■ …** first, read as the post's deck
    body = [SectionHead(block.text.lstrip(marks + " \u3000"), block.line)
            if isinstance(block, Paragraph) and block.text[:1] in marks and rules.is_bare_heading(block.text[1:].strip())
            else block for block in body]
    headed = [(head, under) for head, under in zip(body, body[1:]) if isinstance(head, SectionHead)]
    briefs = [under for _, under in headed]
    # (most signed, datelined, or as short as briefs are under a head that tells news: one may close on
    # no writer, 两名落水儿童被渔民救起 / 6月11日下午，…; 开工 / 工地上一片繁忙。 is a section of one story)
    signed = sum(isinstance(b, Paragraph) and bool(getattr(rules.parse_lead(b.text), "dateline", "")
                                                   or rules.split_trailing_byline(b.text)
                                                   or len(b.text) <= BRIEF_CHARS and len(head.text) >= BRIEF_HEAD_CHARS)
                 for head, b in headed)
    if len(briefs) < 2 or 3 * signed < 2 * len(briefs) or not all(isinstance(b, Paragraph) for b in briefs):
        return None
    return article.with_(body=tuple(body), subtitle="" if bulleted_deck else article.subtitle)


# A keeper's note of a piece's kind after its head: （广告）, （山歌）, （读者来信）, （社论）, （照片）.
_KEEPERS_KIND = re.compile(r"(?P<title>\S.+?)\s*[（(](?P<kind>广告|廣告|山歌|民歌|诗|詩|读者来信|讀者來信|来信|社论|社論|短评|短評|照片|图片|圖片)[）)]")


def _bullet_closed_up(text: str) -> str:
    """● 城南农贸市场…: a bullet as a list item sets it, a space after it, closed up as a page prints it."""
    return text[:1] + text[1:].lstrip(" \u3000")


def _run_in_brief(column: Article, brief: Paragraph) -> Article:
    """A brief of a column's, its title run into its text, signed where its text closes with a name."""
    title, text = rules.run_in_title(_bullet_closed_up(brief.text))
    byline = Byline()
    if signed := rules.split_trailing_byline(text):
        text, byline = signed[0], signed[1]  # …全额退还团费。（通讯员 邹平）
    elif (lead := rules.parse_lead(text)) is not None:
        byline = lead.byline  # 本报讯（记者 吴倩）…: its writer in its dateline
    return column.with_(title=title, line=brief.line, body=(Paragraph(text, brief.line),), markdown="", kicker="",
                        subtitle="", authors=byline.authors, correspondents=byline.correspondents)


def _piece_note(text: str) -> tuple[tuple, Byline] | None:
    """（《珠城日报》2017年5月8日第3版 记者 梁晓东）: where a digest's piece was printed, and who wrote it;
    a notebook's note under its head, unbracketed (《青溪日报》1958年3月8日 第1版), or of the day of the
    piece above (同日 第1版，社论: its date left for the caller)."""
    if (same := re.fullmatch(r"同日\s*第?\s*(?P<page>\d{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:[，,\s].{0,12})?", text.strip())):
        page = same["page"] if same["page"].isdigit() else str(rules.read_number(same["page"]))
        return ("", None, page), Byline()
    m = re.fullmatch(r"[（(]\s*(?P<note>《[^》]{2,12}》[^（()）]*?版)\s*(?P<by>[^（()）]*)[）)]", text.strip()) \
        or re.fullmatch(r"(?P<note>《[^》]{2,12}》[^（()）《》]*?版)(?:\s*[“\"][^”\"]{1,8}[”\"]\s*[^\s]{0,4})?(?P<by>)", text.strip())
    if not m or (note := rules.parse_source_note(m["note"])) is None:
        return _loose_note(text)
    return note, (rules.parse_byline(m["by"]) or Byline()) if m["by"] else Byline()


def _loose_note(text: str) -> tuple[tuple, Byline] | None:
    """青溪日报，1962.4.15，三版, 同上，1962年5月3日，第2版, 《青溪民报》民国三十七年五月四日 第二版: a keeper's
    note of a day and a page, in any order, its parts set apart by commas or spaces."""
    if len(text) > 40 or not (page := re.search(r"第?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*版", text)):
        return None
    parts = re.split(r"[，,\s]+|(?<=》)|(?=《)", text.strip())
    day = next(filter(None, (rules.printed_date(part.strip("《》")) for part in parts)), None)
    if day is None:
        return None
    number = page[1] if page[1].isdigit() else str(rules.read_number(page[1]))
    return ("", day, number), Byline()
