"""One article per file (.txt): a header of kicker, title and subtitle lines, then the body.

Crawlers of papers' digital editions and newsroom systems write each article to a file of
its own. A widely used People's Daily crawler writes the kicker (引题, often empty), the
title, the subtitle (副题, often empty) on lines 1–3, then one paragraph a line, each indented
with two U+3000. Whether a file is read this way is decided by its shape (`one_article_reading`);
tests/test_articlefile.py shows each rule on the files it exists for.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from ..hanzi import simplified
from ..model import UNTITLED, Caption, Paragraph, Problem, SectionHead
from . import rules
from .frontmatter import apply_stated, field_name, stated_fields
from .paths import PathFacts, address_date, kind_suffix, page_label
from .punctuation import fullwidth_punctuation
from .textpage import (VERSE_CHARS, VERSE_LINES, Draft, Line, PageText, RawLine, add_paragraph, classify_lines, freeze,
                       hard_wraps_joined, parse_text_page, photo_items, sells_itself)

_INDENT = ("\u3000", " ", "\t", "\u00a0")
# A head is set in a line of its own and is short: the longest People's Daily titles are
# about 40 characters, kickers a little longer.
HEAD_MAX = 50
_DASH = re.compile(r"^\s*[—―─–-]{1,2}\s*")


@dataclass(frozen=True)
class Header:
    kicker: str
    title: str
    subtitle: str
    body_start: int  # index of the first body line
    credits: tuple[str, ...] = ()  # 来源：江城日报  作者：刘晓燕  2023-03-15, under the heads
    furniture: tuple[str, ...] = ()  # the page's among them (原创 临江日报 2023-07-12 08:30 发表于浙江)
    labelled: tuple[tuple[str, str], ...] = ()  # (field, value) of 【作者】…, 【版次】…, 【日期】… lines
    settled: bool = False  # the source names each line's part ([主题]…, [正文]…): no line of the body is a deck
    body_end: int | None = None  # where the site's own lines under the article begin (相关推荐, 跟贴 105)


# An e-paper's dump or a newsroom system labels each field on a line of its own, the text
# last: 【标题】…, 标题：…, 日期:2023-11-23, BiaoTi: … (an export script's pinyin), title: …
# A CMS's export writes key = value (biaoti = …).
# NoteExpress's and RefWorks' text export, as CNKI gives it, braces its fields: {Title}: …, {Secondary Title}: ….
_LABEL = re.compile(r"^\ufeff?(?:【(?P<bracketed>[^【】]{2,5})】|(?P<keyed>[^\s:：=【】{}]{2,12}|[A-Za-z_]{2,14}/[^\s:：=【】]{2,6}"
                    r"|\{[A-Za-z][A-Za-z ]{1,22}\})\s*(?:[:：]|\s=\s?))\s*(?P<value>.*)$")
# Beyond the names exports and front matter give a field (frontmatter.ALIASES), a newsroom
# system's own (稿件状态, 责任编辑, 字数); and 版面：第01版：要闻 gives the page with its name.
# A library's catalogue names the newspaper by its title (Title: Xinmin Wanbao 新民晚报) where its
# header gives the article's as the headline.
_LABELS = {**{name: "status" for name in rules.STATUS_FIELDS}, "责任编辑": "editor", "责编": "editor", "编辑": "editor", "bianji": "editor", "字数": "length",
           "版面": "page", "headline": "headline", "电头": "dateline", "電頭": "dateline",
           "稿件": "title",  # (稿件：更正, a newsroom's name for the piece; in a JSON export, the list of pieces)
           "{secondary title}": "paper", "{pages}": "page"}  # (a reference manager's: the paper the article is in)
# Fields of the article itself: a few of them on top of a file make it a labelled one, a title or not.
_ARTICLE_LABELS = 3
# Among them, fields of a newsroom system's own this generator does not read (稿件ID：…, 字数：213).
_OTHER_LABEL = re.compile(r"^\ufeff?(?:[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z _]{1,7}\s*[:：](?![^。]*。)"
                          r"|[A-Za-z]{2,14}-[\u4e00-\u9fff]{1,4}\s*[:：](?![^。]*。)"  # CNKI's Organ-单位：, SrcDatabase-来源库：
                          r"|[A-Za-z][A-Za-z0-9 _/.-]{1,24}(?::|\s=\s?)(?![^。]*。)"  # OCR Confidence: 94.1%, Reel/Frame: 0147/0211, id = 7
                          r"|\{[A-Za-z][A-Za-z ]{1,22}\}\s*:"  # {Year}: 2008, {Database Provider}: CNKI
                          r"|【[^【】]{2,6}】(?![^。]*。)"  # 【分类号】F323.8: a library's, not the article's
                          r"|【[^【】]{2,12}】$)")  # 【民國報紙錄入稿】: the form's own name over its fields
# The place of a record in a clipping service's export: 文件 2 / 5, Document 3 of 12, [1].
_COUNTER = re.compile(r"^(?:(?:文件|文檔|文档|Document|Article|No\.?)\s*\d+\s*(?:/|of)\s*\d+|\[\d{1,3}\])$", re.I)
# A wire's or a desk system's record of the item over its fields, parts set apart by bars:
# XHW|2021-09-14 09:41|国内|经济|普通|000312.
_RECORD_LINE = re.compile(r"^\ufeff?[^|｜。，]{1,24}(?:[|｜][^|｜。，]{0,24}){2,}$")
# A rule of = or - under the fields, over the text.
_RULE = re.compile(r"^\s*(?:[=＝\-－—_*~─━]{5,}|#{4,})\s*$")


def _label(line: str) -> tuple[str, str, bool] | None:
    """(field, value, bracketed) of a labelled line (标题：…, 【版次】第A01版; 题　　名：…, title / 标题: …
    as a catalogue card and a crawler set them), or None."""
    line = _SPACED_KEY.sub(lambda m: re.sub(r"[ \u3000]+", "", m[1]) + m[2], line.strip(), count=1)
    m = _LABEL.match(line)
    label = m and (m["bracketed"] or m["keyed"])
    field = label and (_LABELS.get(simplified(label).lower()) or field_name(simplified(label).strip("{}")))
    if label and simplified(label) in ("撤稿", "撤销", "已撤稿") and re.match(r"(?:是|yes|y\b|√|✓)", m["value"].strip(), re.I):
        return "status", "撤稿", bool(m["bracketed"])  # 【撤稿】是（…）: killed, as a day's budget marks an item
    value = re.sub(r"^<正>\s*", "", m["value"].strip()) if field else ""  # (<正>: CNKI's mark of where its excerpt opens)
    return (field, value, bool(m["bracketed"])) if field else None


# A label's name spaced to line up (题　　名：, 报 刊 名：), or in two languages (title / 标题:).
_SPACED_KEY = re.compile(r"^\ufeff?((?:[\u4e00-\u9fff][ \u3000]+){1,5}[\u4e00-\u9fff]|[A-Za-z_]{2,14} / [\u4e00-\u9fff]{2,6})(\s*[:：])")


def labelled_header(lines: list[str]) -> Header | None:
    """The header of a file whose fields are labelled (【标题】…, 标题：…, up to the text's label,
    the first line unlabelled, or a blank line after 标题： lines), or None if its first line is
    no such label, or it labels neither a title nor enough of an article's other fields.
    A title labelled empty or not at all is left empty, for the file's name to give."""
    fields: dict[str, str] = {}
    k, keyed, stacked, last = 0, False, 0, ""
    while k < len(lines) and (not lines[k].strip() or _COUNTER.match(lines[k].strip())):
        k += 1  # 文件 2 / 5: the record's place in an export, over its fields
    if k + 1 < len(lines) and _RECORD_LINE.match(lines[k].strip()) and _label(lines[k + 1].strip()) is not None:
        k += 1  # XHW|2021-09-14 09:41|国内|经济|普通|000312, over 引题：
    if k + 1 < len(lines) and re.fullmatch(r"【[^【】]{2,16}】", lines[k].strip()) and (page := rules.printed_page((lines[k].strip(),))) \
            and _label(lines[k + 1].strip()) is not None:
        fields["page"], k = page[0], k + 1  # 【第A4版】 over 標題：…: the page it was printed on
    # A newsroom system's form: lines of fields side by side (稿件编号：2011-0456     版次：03), under
    # the system's name, over a rule and the title on a line of its own.
    form = sum(len(_form_fields(line)) > 1 for line in lines[k:k + 12]) >= 2
    if form and k + 1 < len(lines) and _label(lines[k].strip()) is None:
        k += 1  # 滨江日报社采编系统 稿件导出
    over_fields = ""
    if not form and k + 1 < len(lines) and _label(lines[k].strip()) is None and _fields_under(lines, k + 1):
        k += 1  # 临江广播电视台新闻稿件 over 栏目：… / 播出日期：… / 标题：…: the form's name
    elif not form and k + 1 < len(lines) and _label(lines[k].strip()) is None and is_head_line(lines[k]) \
            and not re.search(r"[:：]", lines[k]) and _fields_under(lines, k + 1, titled=False):
        over_fields, k = lines[k].strip(), k + 1  # 千年古渠焕新颜 over 引题：… / 作者：… / 日期：…: the title over its fields
    while k < len(lines):
        line = lines[k].strip()
        if form and len(side_by_side := _form_fields(line)) > 1:
            for field, value, _ in side_by_side:
                fields.setdefault(field, value)
            k, keyed = k + 1, True
            continue
        label = _label(line) if line else None
        if label is None and line and lines[k][:1] in (" ", "\u3000") and fields and keyed and k + 1 < len(lines) \
                and _label(lines[k + 1].strip()) is not None:
            # 題　名：市府昨開會議決定 / 　　　　擴充閘北平民住宅: a value run on under itself, between labels
            fields[last] += line
            k += 1
            continue
        if label is None and line and last in ("title", "kicker", "subtitle") and fields.get(last) and k + 1 < len(lines) \
                and _label(lines[k + 1].strip()) is not None and rules.is_bare_heading(line) and not re.search(r"[:：]", line):
            # 【标题】春风拂沃野 / 农机闹春耕 / 【副题】…: a head over two lines, its second between the labels
            upper = fields[last]
            fields[last] = upper + ("" if rules.one_head_broken(upper, line) else " ") + line
            k += 1
            continue
        if _RULE.match(line) and (after := next((x for x in lines[k + 1:] if x.strip()), None)) \
                and (_label(after.strip()) is not None or _OTHER_LABEL.match(after.strip())):
            k += 1  # ──── between the issue's fields and the article's (引題：, 正題：)
            continue
        if not line and fields and keyed or line and label is None and not _OTHER_LABEL.match(line) \
                or line and label is None and fields and (led := rules.parse_lead(line)) is not None and led.byline.authors:
            break  # a blank line under 标题： lines, or the first line unlabelled (【記者林志明／台中報導】 is the text's)
        stacked += 1
        if label is not None:
            field, value, bracketed = label
            keyed = not bracketed
            if field == "body" and re.fullmatch(r"\d{1,3}", value):
                field = "order"  # Article: 2, as a vendor numbers the articles of a page
            if field == "body":
                k += 0 if value else 1  # 【正文】 over the text, or 【正文】 and its first paragraph
                break
            fields.setdefault(field, value)
            last = field
        k += 1  # a blank line between 【】 labels, or a field of the system's own (稿件ID：…)
    if (top := _first_filled(lines, k)) is not None and (text_label := _label(lines[top].strip())) is not None \
            and text_label[:2] == ("body", ""):
        k = top + 1  # 內文： alone under a blank line, over the text whose first line is its title
    # 稿件编号：… / 发稿时间：… / 栏目：… / 字数：634 over the title on a line of its own: a wire's or a
    # desk's fields, most of them its own
    titled_under = "title" not in fields and stacked >= _ARTICLE_LABELS and bool(fields.keys() - {"length"}) \
        and (top := _first_filled(lines, k)) is not None \
        and is_head_line(lines[top]) and top + 1 < len(lines) and (not lines[top + 1].strip() or is_indented(lines[top + 1])
                                                                   or _deck_over_text(lines, top + 1))
    # 報章：… / 日期：… / 版面：… / 字數：… over a kicker, a title and a deck of their own, then the text
    headed = None
    # (a head over the fields is the title where what stands under them is its deck or its text, set in)
    titled_under = titled_under and not (over_fields and (is_indented(lines[top]) or _deck_line(lines[top])))
    if "title" not in fields and not titled_under and not over_fields and stacked >= _ARTICLE_LABELS \
            and (top := _first_filled(lines, k)) is not None \
            and (headed := header_block(lines[top:])) is not None and headed.title and not headed.title.startswith("【") \
            and not has_other_headers(lines[top:], headed):
        fields.update({"title": headed.title} | ({"kicker": headed.kicker} if headed.kicker else {})
                      | ({"subtitle": headed.subtitle} if headed.subtitle else {}))
        k = top + headed.body_start
    if "title" not in fields and over_fields and not titled_under:
        fields["title"] = over_fields
        if "subtitle" not in fields and (top := _first_filled(lines, k)) is not None and _deck_line(lines[top]):
            fields["subtitle"], k = lines[top].strip().lstrip("—").strip(), top + 1  # ——…见闻 under them, its deck
    if "title" not in fields and len(fields.keys() - {"editor", "url", "length"}) < _ARTICLE_LABELS and not titled_under:
        return None
    if k < len(lines) and _RULE.match(lines[k]) and headed is None:
        k += 1  # ======== between the fields and the text
    if fields.get("title") and headed is None and (printed := _printed_heads(lines, k, fields["title"])) is not None:
        heads, k = printed
        fields.update(heads)
    if titled_under or form and "title" not in fields and (top := _first_filled(lines, k)) \
            is not None and is_head_line(lines[top]) and top + 1 < len(lines) and not lines[top + 1].strip():
        fields["title"], k = lines[top].strip(), top + 1  # the form's fields, then the title on a line of its own
        if titled_under and _deck_over_text(lines, k):
            fields["subtitle"], k = lines[k].strip(), k + 1  # …and its deck under it (要求各公社抓紧时机兴修水利)
    # (a newsroom system's fields time its drafts too, 创建时间, but place them on a page: 版次)
    noted = any(_NOTE_TIME.match(line.strip()) for line in lines[:k]) and "page" not in fields
    if noted:
        fields.pop("authors", None)  # 作者: in a note-taking app's fields, the note's keeper, no writer of the article
    if re.match(r"https?://", fields.get("paper", "")):
        fields.setdefault("url", fields.pop("paper"))  # 来源: https://…, where it was copied from
    return _copied_under(lines, _labelled(fields, body_start=k), noted)


# A head printed over as many lines as a kicker, a title broken over two or three, and a deck take.
_HEAD_LINES = 5
# A line of verse is about as long, at most; a deck's are longer.
VERSE_LINE_CHARS = 12


def _pieces_parted_by_stars(lines: list[str]) -> bool:
    """A line of stars (＊＊＊, * * *) with text above it and a head over text below it: a file of two
    pieces one under the other, as a typist parts clippings."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    for n, k in enumerate(filled[1:-2], 1):
        if re.fullmatch(r"[＊*※☆★\s]{3,}", lines[k].strip()) and is_head_line(lines[filled[n + 1]]) \
                and not is_head_line(lines[filled[n + 2]]):
            return True
    return False


def _deck_line(line: str) -> bool:
    """——南屏市推进基层网格化治理见闻: a deck set on its own line, no sentence."""
    return bool(re.match(r"^——[^—]", line.strip())) and len(line.strip()) <= 40 and not rules.ends_sentence(line.strip())


def _first_filled(lines: list[str], k: int) -> int | None:
    """The first line from k with words on it (a rule between the fields and the text is none)."""
    return next((j for j in range(k, len(lines)) if lines[j].strip() and not _RULE.match(lines[j])), None)


def _printed_heads(lines: list[str], k: int, title: str) -> tuple[dict[str, str], int] | None:
    """The heads printed over the text under a record's fields, and where the text starts, where
    they hold its labelled title (篇名：公車專用道試辦路段定案 over 改善市區交通壅塞 / 公車專用道 /
    試辦路段定案 / 信義路、仁愛路下月起實施): the lines above the title's its kicker, those below its
    deck. A cataloguer's title that only describes the piece (廣告（金福大酒樓）, 北辰日報遷址啟事)
    gives way to the one head printed over the text, if they share a name (金福大酒樓中秋月餅隆重登場)."""
    top = next((j for j in range(k, len(lines)) if lines[j].strip()), None)
    end = top
    while end is not None and end < len(lines) and end - top < _HEAD_LINES and lines[end].strip() \
            and not is_indented(lines[end]) and is_head_line(lines[end]) and not _signs_a_piece(lines[end].strip()) \
            and rules.parse_lead(lines[end].strip()) is None and not re.search(r"[。：:]$", lines[end].strip()):
        end += 1
        if _RULE.match(lines[end - 1]):
            top = end  # 载　　体：… / ──── over the heads: fields of the card the loop above did not know
    under = next((line.strip() for line in lines[end:] if line.strip()), "")
    if top is None or end == top or not under or _credits_an_article(under) or rules.printed_date(under):
        return None  # (…两周年：居民区… / 2021年07月01日05:32|来源：人民网: a site's page copied, _copied_under's)
    heads = [_DASH.sub("", lines[j].strip()) for j in range(top, end)]
    wanted = {_squeezed(t) for t in (title, re.sub(r"[（(][^）)]{1,6}[）)]$", "", title), re.sub(r"^[^：:]{2,8}[：:]", "", title))}
    for i in range(len(heads)):
        for j in range(i + 1, len(heads) + 1):
            if _squeezed("".join(heads[i:j])) in wanted:
                column = re.match(r"^([^：:]{2,8})[：:]", title)  # 港人港事：…, the column's name over the title
                kicker = "".join(heads[:i]) if not column or column[1] != "".join(heads[:i]) else ""
                if len(heads) - j >= 2 and all(len(h) <= VERSE_LINE_CHARS for h in heads[j:]):
                    # 故乡的田埂 / 是父亲弯了一辈子的腰 / 一头系着晨曦: a poem's title over its first stanza, no deck
                    return {"kicker": kicker, "title": "".join(heads[i:j])}, top + j
                return {"kicker": kicker, "title": "".join(heads[i:j]), "subtitle": "".join(heads[j:])}, end
    shared = len(heads) == 1 and re.search(r"[\u4e00-\u9fff]{3,}", title) and any(
        title[n:n + 3] in heads[0] for n in range(len(title) - 2) if re.fullmatch(r"[\u4e00-\u9fff]{3}", title[n:n + 3]))
    return ({"title": heads[0]}, end) if shared else None


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)


# When a note-taking app's note was made: 创建时间: 2021/6/7 9:20.
_NOTE_TIME = re.compile(r"^\ufeff?(?:创建时间|創建時間|更新时间|修改时间|created|updated)\s*[:：]", re.I)


def _copied_under(lines: list[str], header: Header, noted: bool) -> Header:
    """Under the fields, the article as copied from its site: its title again (no subtitle), then
    the site's line of credits (2021-06-07 08:59 来源：中国新闻网), whose day is the article's. Under
    a note's fields (`noted`), the line over the credits is the article's title, whatever the note
    was named (上海垃圾分类两周年, a keeper's label)."""
    k = next((j for j in range(header.body_start, len(lines)) if lines[j].strip()), None)
    if k is None or not header.title:
        return header
    again = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    if again is not None and _clean(lines[k]) != header.title and _clean(lines[again]) == header.title \
            and not header.kicker and is_head_line(lines[k]):
        # 对话新能源“链主” over the title again: the text as printed, its kicker over its title
        header, k = replace(header, kicker=_clean(lines[k]).rstrip("—:： ")), again
    credited = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
    credits = rules.parse_credits(lines[credited].strip()) if credited is not None else None
    if noted and credits is not None and is_head_line(lines[k]):
        header = replace(header, title=_clean(lines[k]))
    if _clean(lines[k]) != header.title:
        return header
    if credits is None:
        return replace(header, body_start=k + 1)
    day = () if credits.date is None or "date" in dict(header.labelled) else (("date", _iso(credits.date)),)
    return replace(header, body_start=credited + 1, credits=header.credits + (lines[credited].strip(),),
                   labelled=header.labelled + day)


# A page a browser saved as text opens with the page's own title: the headline, maybe the site's
# keywords or section, and the site's name (…改造完成七成_网易新闻, …跌破冰点|寒潮|降温|气象台_新浪新闻,
# …業者嘆法規卡關 - 地方 - 自由時報電子報).
_PAGE_TITLE = re.compile(r"^\ufeff?(?P<head>[^_|｜]{4,60}?)(?:\s*(?:[|｜]|\s-\s)\s*[^_|｜]{1,12})*\s*(?:[_|｜]|\s-\s)\s*"
                         r"[^_|｜]{2,16}$")
# What a site sets under the article: other headlines, readers' comments, its app's and its
# account's promotions (點我下載APP, 歡迎加入【自由時報】LINE好友), no sentence of the article.
_SITE_TAIL = re.compile(r"^(?:相关推荐|相关阅读|相关新闻|推荐阅读|热点新闻|热门推荐|猜你喜欢|延伸阅读|更多精彩|往期推荐"
                        r"|跟贴\s*\d+|网友评论|热门评论|我要评论|文明上网理性发言"
                        r"|[^。]*(?:[点點]我下[载載]|下[载載]\s*APP|LINE好友|扫码下载|掃碼下載)[^。]*$)", re.I)


# A site's address alone on a line: news.mingpao.com.
_SITE_ADDRESS = re.compile(r"^\ufeff?(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}/?$", re.I)


def reader_view_header(lines: list[str]) -> Header | None:
    """The header of a page a browser's reader view saved: the site's address, the title under
    it (the time it takes to read and the rest under that)."""
    top = [k for k, line in enumerate(lines) if line.strip()][:2]
    if len(top) < 2 or not _SITE_ADDRESS.match(lines[top[0]].strip()) or not is_head_line(lines[top[1]]):
        return None
    return replace(header_of("", lines[top[1]], "", top[1] + 1), furniture=(lines[top[0]].strip(),))


def saved_page_header(lines: list[str], named: str | None = None) -> Header | None:
    """The header of a page saved from a site as text: the headline its title names (its first
    line, or the file's name, as a browser names what it saves), where it stands again on a line
    of its own under the site's menus; the text under it up to the site's lines under the
    article (相关推荐, 跟贴 105 参与 1965)."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is None:
        return None
    m = _PAGE_TITLE.match(lines[top].strip()) or named and _PAGE_TITLE.match(named)
    # a browser's name for the page it saved, its site's name after " - " (港聞｜市建局擬收購深水埗兩街區 - 港島日報):
    # the headline among its parts wherever the site sets it, after its column (社評：…), or cut short
    site = named and re.fullmatch(r"(?P<parts>.+?)\s-\s(?P<site>[^-]{2,12})", named)
    saved = site and (rules.is_site_name(site["site"]) or re.search(r"[报報网網]$", site["site"]))
    if not m and not saved:
        return None
    heads = [re.sub(r"\s", "", m["head"])] if m else []
    heads += [re.sub(r"\s", "", part) for part in re.split(r"[|｜：]", site["parts"]) if len(part.strip()) >= 4] if saved else []
    again = next((j for j in range(top + 1, min(len(lines), top + 80)) if (squeezed := re.sub(r"\s", "", lines[j])) in heads
                  or saved and is_head_line(lines[j]) and any(len(h) >= 8 and squeezed.startswith(h) for h in heads[bool(m):])),
                 None)
    if again is None:
        return None
    end = next((j for j in range(again + 1, len(lines)) if _SITE_TAIL.match(lines[j].strip())), None)
    if (block := header_block(lines[top:])) is not None and block.title == header_of("", lines[again], "", again).title:
        return replace(block, body_start=block.body_start + top, body_end=end)  # its heads round the headline as set
    header = replace(header_of("", lines[again], "", again), furniture=(lines[top].strip(),), body_end=end)
    return _copied_under(lines, header, noted=False)


def _deck_over_text(lines: list[str], k: int) -> bool:
    """Whether line k is a head line right over the text set in (a title's deck)."""
    return k + 1 < len(lines) and is_head_line(lines[k]) and not is_indented(lines[k]) and is_indented(lines[k + 1])


def _fields_under(lines: list[str], k: int, titled: bool = True) -> bool:
    """Whether labelled lines stand from line k on (a blank line first allowed), a title's among
    them (or, not `titled`, none of them a title's, each a line of its own from the first)."""
    block = [line.strip() for line in lines[k:k + 10] if line.strip()][:8]
    found = [_label(line) for line in block]
    if not titled:
        # (fewer where they name a head's parts, 引题：… / 【来源】…, or run down to the text's label, 【正文】)
        heads = list(itertools.takewhile(lambda f: f is not None and f[:2] != ("body", ""), found))
        enough = len(heads) >= _ARTICLE_LABELS or heads and len(found) > len(heads) and found[len(heads)] is not None \
            or len(heads) >= 2 and any(f[0] in ("kicker", "subtitle") for f in heads)
        return bool(enough) and not any(f[0] in ("title", "body") for f in heads)
    return sum(f is not None for f in found) >= _ARTICLE_LABELS and any(f and f[0] == "title" for f in found)


def _form_fields(line: str) -> list[tuple[str, str, bool]]:
    """The fields of a form's line that sets several side by side, spaced apart (栏目：经济
    稿件类型：文字    字数：1180); none where a part is no label."""
    if line.count("：") + line.count(":") < 2:
        return []
    parts = re.split(r"(?:\s{2,}|\u3000{2,})(?=\S{1,8}[:：])", line.strip())
    if len(parts) < 2:
        return []
    found = [_label(part) for part in parts]
    return [f for f in found if f is not None] if all(f is not None or _OTHER_LABEL.match(part)
                                                      for f, part in zip(found, parts)) else []


def _labelled(fields: dict[str, str], body_start: int) -> Header:
    """The header the labelled fields make; 版面：第01版：要闻 gives the page and its name."""
    if "headline" in fields:  # Title: Xinmin Wanbao 新民晚报 over Headline: …: the paper's name in Chinese
        named = re.search(r"[\u4e00-\u9fff][\u4e00-\u9fff·]*$", fields.get("title", ""))
        fields = {**fields, "title": fields["headline"]} | ({"paper": named[0]} if named and "paper" not in fields else {})
    if not fields.get("date") and fields.get("url"):
        fields = {**fields, "date": address_date(fields["url"]) or ""}  # 日期：empty, 原文链接：…/2021-03/18/…
    if (paged := re.search(r"\s*第\s*([A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*$", fields.get("date", ""))) \
            and not fields.get("page"):  # 见报：2024年3月26日　第2版: the day and the page in one field
        fields = {**fields, "date": fields["date"][:paged.start()].strip(), "page": paged[0].strip()}
    if (dateline := fields.pop("dateline", None)) is not None and not fields.get("authors") \
            and (lead := rules.parse_lead(dateline + "\u3000")) is not None and lead.byline.authors:
        fields["authors"] = "、".join(lead.byline.authors)  # 电头：…4月2日电（记者 方静怡）: who filed it
    labelled = tuple((f, v) for f, v in fields.items()
                     if f not in ("title", "headline", "kicker", "subtitle", "editor", "url", "length") and v)
    if re.fullmatch(r"〔[^〔〕]*〕", fields.get("title", "").strip()):
        fields = {**fields, "title": ""}  # 正題：〔原件殘損、標題無法辨認〕: a transcriber's note where the title was lost
    title, subtitle = _clean(fields.get("title", "")), _DASH.sub("", _clean(fields.get("subtitle", "")))
    if (paper := fields.get("paper")) and (sited := re.match(rf"(?P<title>.+?)\s+[-|｜_]\s+{re.escape(paper)}", title)):
        title = sited["title"]  # …校舍落成 - 联合日报 United Daily News | 菲律宾华文报: the page's title, the site's name after
    if not subtitle and (deck := rules.title_and_deck(title)):
        title, subtitle = deck  # 守住耕地红线——来自豫东平原的调查: the title and its deck in one field
    # 副标题： left empty names the deck's slot: no line of the body is a deck
    header = Header(kicker=_clean(fields.get("kicker", "")).rstrip("—:： "), title=title, subtitle=subtitle,
                    body_start=body_start, settled="subtitle" in fields)
    return replace(header, labelled=labelled)


# A newsroom system's first line: the issue's date, the page and its name, each in brackets
# (【2023-11-24】【第A07版】【城事】), over the kicker, title and subtitle slots.
_FACTS_LINE = re.compile(r"^\ufeff?【(?P<date>[\d年月日./-]{6,11})】【(?P<page>第?[A-Za-z]?\d{1,3}版?)】(?:【(?P<section>[^【】]{1,8})】)?$")


def facts_line_header(lines: list[str]) -> Header | None:
    """The header of a file opening with a line of bracketed facts, or None: the three lines
    under it are the slots of kicker, title and subtitle where a blank line or the text
    follows them, else the head lines up to the text."""
    m = _FACTS_LINE.match(lines[0].strip()) if lines else None
    if m is None:
        return None
    facts = tuple((f, v) for f, v in (("date", m["date"]), ("page", m["page"]), ("section", m["section"])) if v)
    if len(lines) > 4 and (not lines[4].strip() or is_indented(lines[4])) \
            and all(is_head_line(slot) for slot in lines[1:4] if slot.strip()):
        header = header_of(*(slot.strip() for slot in lines[1:4]), body_start=4)
    else:
        header = header_block([""] + lines[1:])
    return replace(header, labelled=facts) if header is not None else None


def barred_facts_header(lines: list[str]) -> Header | None:
    """The header of a clipping service's export: its first line the article's facts set apart by
    bars (明報 | 2019-06-03 | 報章 | A04 | 港聞 | By 記者 陳嘉欣 | 字數：612 |), the paper, the day,
    the page, the section and the writers; the heads under it as a one-article file's. None unless
    the line gives a day."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is None or not _RECORD_LINE.match(lines[top].strip()):
        return None
    parts = [part.strip() for part in re.split(r"[|｜]", lines[top]) if part.strip()]
    day = next(filter(None, map(rules.printed_date, parts)), None)
    under = next((line.strip() for line in lines[top + 1:] if line.strip()), "")
    if day is None or rules.is_page_head(under) or re.search(r"星期[一二三四五六日天]|週[一二三四五六日]", lines[top]) \
            or any(re.fullmatch(r"第\s*[A-Za-z]?\d{1,3}\s*版[\s：:·]+\S.{0,24}", part) for part in parts):
        # (澜州商报 | 2019年03月21日 | 星期四 over A14版：公告, 东州都市报 | 2014年9月26日 星期五 | B06: an e-paper
        # page's running head, its weekday as a page prints it, a clipping service's line never; so is
        # 安徽日报 | 2023年03月07日 | 第08版 全国两会特刊, the page's number and name as its head sets them)
        return None
    said: list[tuple[str, str]] = [("date", _iso(day))]
    for part in parts:
        if rules.printed_date(part) or re.match(r"^(?:字数|字數|words)", part, re.I):
            continue
        signed = re.match(r"^by\s+", part, flags=re.I)  # By 何嘉敏: a name alone, the service says whose
        byline = rules.parse_byline(part[signed.end():] if signed else part) or (
            rules.name_line(part[signed.end():]) if signed else None)
        if rules.paper_name(part) and not any(f == "paper" for f, _ in said):
            said.append(("paper", part))
        elif re.fullmatch(r"第?[A-Za-z]{0,2}\d{1,3}版?", part):
            said.append(("page", part))
        elif byline is not None and byline.authors:
            said.append(("authors", "、".join(byline.authors)))
    rest = header_block(lines[top + 1:]) or first_line_header(lines[top + 1:])
    return replace(rest, body_start=rest.body_start + top + 1, labelled=rest.labelled + tuple(said))


def is_indented(line: str) -> bool:
    return line[:1] in _INDENT and bool(line.strip())


def is_head_line(line: str) -> bool:
    """A line that can be a kicker, title or subtitle: short and not a sentence of prose."""
    text = line.strip()
    # The page's own head (人民日报　2024年3月6日, 第04版：要闻) heads no article: the file is a page.
    return (0 < len(text) <= HEAD_MAX and not text.endswith(("。", "；", "，", "、"))
            and not rules.is_caption(text) and rules.parse_lead(text) is None and not rules.is_page_head(text)
            and rules.parse_byline(text) is None and not _marks_a_writer(text)  # 本报记者 孙婷婷: its byline, no head
            and not rules.is_salutation(text)  # 编辑同志：, a letter's first line
            and not rules.is_picture_mark(text))  # 〔图片〕: where the photo stood


def _marks_a_writer(text: str) -> bool:
    """◎陳若蘭, ■王　伟, 刘　亭: a writer's name set after a bullet or set wide, as a supplement
    signs its essays."""
    return (rules.is_bulleted(text) or bool(re.fullmatch(r"\S[ \u3000]{1,2}\S{1,2}", text))) \
        and rules.name_line(text) is not None


# □ 禾木 under a commentary's head: a bullet and two or three characters sign it, a pen name
# the dictionary need not know.
_PEN_NAME = re.compile(rf"[{rules.BULLETS}]\s*(?P<name>[\u4e00-\u9fff]{{2,3}})")


def signature(text: str) -> rules.Byline | None:
    """The writer a short line between the heads and the text names (刘　亭, ■王　伟, □ 禾木), or None."""
    if (named := rules.name_line(text)) is not None and (len(text) <= 4 or _marks_a_writer(text)):
        return named
    pen = _PEN_NAME.fullmatch(text.strip())
    return rules.Byline((pen["name"],)) if pen and not rules.is_box_name(text) else None


def is_body_line(line: str) -> bool:
    """A line that only a body holds: indented, long, a byline or a photo's credit, a letter's
    编辑同志：, or one that ends a sentence."""
    text = line.strip()
    return is_indented(line) or len(text) > HEAD_MAX or rules.parse_byline(text) is not None or _marks_a_writer(text) \
        or rules.is_salutation(text) \
        or rules.is_credit(text) or (
        len(text) > 12 and rules.ends_sentence(text) and not text.endswith(("！", "？", "!", "?"))
        and not rules.is_column_titled(text))  # 改革要敢于碰硬（评论员文章）: a title closed by its column's name


# （肩题）国庆前夕访老劳模: a head typed over with the name of its slot, as a writer copies a clipping.
_SLOT_LABEL = re.compile(r"^[（(【\[](?P<slot>肩题|引题|眉题|主题|正题|标题|主标题|副题|副标题)[）)】\]]\s*(?P<head>\S.*)$")
_SLOTS = {"肩题": "kicker", "引题": "kicker", "眉题": "kicker", "主题": "title", "正题": "title", "标题": "title",
          "主标题": "title", "副题": "subtitle", "副标题": "subtitle"}


def slot_labelled_header(lines: list[str]) -> Header | None:
    """The heads on top of a file where a typist named their slots ((肩题) / the title / (副题)), or None."""
    heads: dict[str, str] = {}
    k, labelled = 0, False
    while k < len(lines) and len(heads) < 3:
        text = lines[k].strip()
        if not text:
            k += 1
            continue
        if m := _SLOT_LABEL.match(text):
            heads.setdefault(_SLOTS[m["slot"]], m["head"].strip())
            labelled = True
        elif is_head_line(lines[k]) and "title" not in heads and labelled:
            heads["title"] = text  # the title left unnamed between its named kicker and deck
        else:
            break
        k += 1
    return replace(header_of(heads.get("kicker", ""), heads.get("title", ""), heads.get("subtitle", ""), body_start=k),
                   settled=True) if labelled and heads.get("title") else None


def header_block(lines: list[str]) -> Header | None:
    """The head lines on top of the body, or None if the top of the file is no header.

    Three unindented lines above an indented one (or above a byline over it) are the crawler's fixed slots: kicker,
    title, subtitle, an empty one staying empty (but an empty title between two heads is a
    blank line setting them apart); so are an empty first line and two heads over a byline.
    Otherwise up to three head lines, blank lines between them allowed, stand above the first
    body line, with any line of credits among them.
    """
    if (slotted := slot_labelled_header(lines)) is not None:
        return slotted
    noted = next((k for k, line in enumerate(lines[:4]) if line.strip()), None)
    if noted is not None and (rules.is_wire_label(lines[noted]) or rules.is_keepers_mark(lines[noted])):
        # （国内·时评） / 新华时评 / 食品安全监管须多管齐下: the heads under a wire's label or its note to the desk
        # (见报 6.5 第2版 / 汛期将至…: under the writer's note of where it ran)
        below = next((k for k in range(noted + 1, len(lines)) if lines[k].strip()), len(lines))
        if (under := header_block(lines[below:])) is not None:
            return replace(under, body_start=under.body_start + below, furniture=(lines[noted].strip(), *under.furniture))
    slots = [line.strip() for line in lines[:3]]
    # the slots, then the writer's line if there is one (本报记者　孙丽萍), then the text
    signed = len(lines) > 4 and not is_indented(lines[3]) and rules.parse_byline(lines[3].strip()) is not None
    if len(lines) > 3 and is_indented(lines[4 if signed else 3]) and not any(map(is_indented, lines[:3])) \
            and any(slots) and (slots[1] or not (slots[0] and slots[2])) \
            and all(is_head_line(slot) and not rules.parse_credits(slot) for slot in slots if slot):
        kicker, title, subtitle = slots
        if kicker and title and not subtitle and (_DASH.match(title) or rules.is_document_number(title)):
            kicker, title, subtitle = "", kicker, title if _DASH.match(title) else ""  # 让群众看得起病 / ——访…
        elif rules.is_document_number(subtitle):
            subtitle = ""  # 滨政告〔1998〕3号 under a notice's title: its number, no deck
        elif kicker and title and len(subtitle) <= 4 and rules.name_line(subtitle) is not None:
            return header_of(kicker, title, "", body_start=2)  # 【晚报短评】 / 让文明成为习惯 / 司马言: its writer
        elif kicker and title and not subtitle and len(title) <= 4 and rules.name_line(title) is not None:
            return header_of("", kicker, "", body_start=1)  # 黄河滩又见稻花香 / 周维明: the title, its writer under it
        # 我县首家股份合作制乡镇企 / 业挂牌成立, cut mid-word, a short rest under it; an issuer over its notice
        if kicker and title and (not subtitle and rules.leaves_a_short_rest(kicker, title)
                                 and rules.broken_mid_word(kicker, title) or rules.is_notice_title(kicker, title)):
            kicker, title = "", kicker + title
        return header_of(kicker, title, subtitle, body_start=3)
    start = next((i for i, line in enumerate(lines) if is_body_line(line)), len(lines))
    credited = next((i for i, line in enumerate(lines[:6]) if _credits_an_article(line)), None)
    if credited is not None and credited <= start:
        # whatever stands under a crawler's lines of credits (blank lines between them allowed) is the body
        start = credited + 1
        while (more := next((i for i in range(start, len(lines)) if lines[i].strip()), None)) is not None \
                and (rules.parse_credits(lines[more].strip()) or rules.is_furniture(lines[more].strip())):
            start = more + 1  # 点击蓝字　关注我们 between a post's credits: the page's, not the text
    # (the slots stand right over the text: two heads over a byline set flush and a blank line under
    # it are a kicker and its title as printed, a story read at its place in a layout system's export)
    if start == 3 and not lines[0].strip() and all(is_head_line(line) and not rules.parse_credits(line)
                                                   for line in lines[1:3]) \
            and not (start + 1 < len(lines) and not is_indented(lines[start]) and rules.parse_byline(lines[start].strip())
                     and not lines[start + 1].strip()):
        return header_of("", lines[1].strip(), lines[2].strip(), body_start=3)  # the kicker's slot left empty
    top = [line.strip() for line in lines[:start] if line.strip()]
    credits = tuple(line for line in top if rules.parse_credits(line))
    # Under a line of credits, or under a site's links kept by its crawler (上一版　下一版), the
    # page's furniture stands apart from the heads; over bare heads it may be a page's own.
    apart = credits or any(map(rules.is_site_links, top))
    # Under the title, the day's date (2023年4月15日 星期六) or where it was printed (（《金陵晚报》2005年
    # 4月22日第18版）) is no head either.
    furniture = tuple(line for line in top if line not in credits and apart and rules.is_furniture(line)
                      or line in top[1:] and (rules.is_page_head(line) and rules.printed_date(line)
                                              or rules.parse_source_note(line))
                      or line == top[0] and len(top) >= 2 and rules.is_keepers_note(line)  # 爸爸写的，登在…上
                      or line in top[1:] and rules.is_document_number(line))  # 滨政告〔1998〕3号 under a notice's title
    heads = [line for line in top if line not in credits and line not in furniture]
    # (the blank lines under the credits are no empty slot of a crawler's kicker)
    below = next((k for k in range(credited + 1, len(lines)) if lines[k].strip()), len(lines)) if credited is not None else 0
    if not heads and credited is not None and (under := header_block(lines[below:])) is not None:
        # 【字号 大 中 小】　【打印本页】 / 来源：闽江日报　发布时间：… over the heads: a site's page, its tools
        # and credits on top
        return replace(under, body_start=under.body_start + below, credits=credits + under.credits,
                       furniture=furniture + under.furniture)
    bulleted = next((k for k, head in enumerate(heads[1:], 1) if head[:1] in rules.ITEM_BULLETS + rules.BULLETS), None)
    at = min(i for i in range(start) if lines[i].strip() == heads[bulleted]) if bulleted is not None else None
    if at is not None and is_body_line(next((line for line in lines[at + 1:] if line.strip()), "")):
        # 早读｜5月14日，岚城要闻速览 / ■ 中心城区… / 　　记者从…: the first brief's head under its bullet, over
        # its text: the body's, no deck (an advert's ● lines one under another are its own)
        start, heads = at, heads[:bulleted]
    if len(heads) >= 2 and signature(heads[-1]):
        # 春天的菜场 / 周涵之 over the text: an essay and its writer, whose name the body's first line takes
        start, heads = max(i for i in range(start) if lines[i].strip() == heads[-1]), heads[:-1]
    if len(heads) >= 2 and _opens_the_body(heads[-1], lines, start):
        heads, start = heads[:-1], start - 1
    elif len(heads) >= 2 and _runs_into_the_body(heads[-1], lines, start) and not any(map(rules.is_jump_line, heads)):
        start, heads = max(i for i in range(start) if lines[i].strip() == heads[-1]), heads[:-1]
    if not 1 <= len(heads) <= 3 or not all(map(is_head_line, heads)):
        return None
    kicker, title, subtitle = assign_heads(heads)
    return replace(header_of(kicker, title, subtitle, body_start=start), credits=credits, furniture=furniture)


def _runs_into_the_body(head: str, lines: list[str], start: int) -> bool:
    """A last head line that is the body's first line, the body cut at a width with no blank line
    or indent to set it apart (公共汽車公司為便利滬西一帶居民往 / 來…): as wide as the body's lines,
    pausing mid-sentence (、，) and ending none."""
    texts = [line.strip() for line in lines[start:] if line.strip()]
    width = wrap_width(texts) or ragged_width(texts)
    return width is not None and len(head) >= width - 1 and bool(re.search(r"[、，]", head)) \
        and not rules.ends_sentence(head)


def _opens_the_body(head: str, lines: list[str], start: int) -> bool:
    """A last head line that is the body's first line cut at its width (本店原址中山路一百二十号因城市
    建设需要拆除，现已迁至解放大街 / 四十六号新址，…): set apart from the heads by a blank line, it
    runs on into the body with none between, as wide as the body's widest lines."""
    widest = max((len(line.strip()) for line in lines[start:]), default=0)
    return (start >= 2 and lines[start - 1].strip() == head and not lines[start - 2].strip() and not _DASH.match(head)
            and abs(len(head) - widest) <= 1)


def assign_heads(heads: list[str]) -> tuple[str, str, str]:
    """(kicker, title, subtitle) of head lines set apart: a line opening with —— is the
    subtitle; of two others, the upper is the kicker by rules.upper_is_kicker (or when a ——
    subtitle is below), else the lower is the title's subtitle, as on a page."""
    subtitle = next((h for h in heads[1:] if _DASH.match(h)), "")
    rest = [h for h in heads if h != subtitle]
    if len(rest) == 3:
        return rest[0], rest[1], rest[2]
    if len(rest) == 1:
        return "", rest[0], subtitle
    upper, lower = rest
    if not subtitle and (rules.opens_what_the_next_closes(upper, lower) or rules.ends_wanting_its_object(upper)
                         or rules.closes_its_purpose_below(upper, lower)
                         or rules.cut_before_its_rest(upper, lower) or rules.broken_mid_word(upper, lower)
                         or rules.is_notice_title(upper, lower)):
        # 我县首批三个乡镇通过“四好农村 / 路”市级示范验收, 省政府召开常务会议研究部署 / 安全生产和防汛抗旱工作,
        # 我县首家股份合作制乡镇企 / 业挂牌成立, 滨江县人民政府 / 关于加强…的公告: one title cut at the column
        return "", upper + lower, ""
    # 香港回归图片展 / 吸引众多市民: one title broken after its subject, as on a page
    if not subtitle and rules.broken_after_its_subject(upper, lower):
        return "", upper + lower, ""
    if rules.upper_is_kicker(upper, lower) or subtitle:
        return upper, lower, subtitle
    return "", upper, lower


def _credits_an_article(line: str) -> bool:
    """A line of credits that names a writer, a source or a date (an editor's alone heads a page)."""
    credits = rules.parse_credits(line.strip())
    return credits is not None and bool(credits.paper or credits.byline.authors or credits.date)


def header_of(kicker: str, title: str, subtitle: str, body_start: int) -> Header:
    """The header of heads as a file sets them: cleaned, a subtitle's dash and a kicker's colon off."""
    # 【】: the kicker's slot of a layout system's export, its brackets left empty
    kicker = "" if re.fullmatch(r"\s*[【〔［\[]\s*[】〕］\]]\s*", kicker) else kicker
    if not title:  # an empty title slot: the kicker or subtitle is all the head there is
        title, kicker, subtitle = kicker or subtitle, "", subtitle if kicker else ""
    # 【地方短波】 over a brief: the column's name, its brackets the paper's type
    return Header(kicker=re.sub(r"^【([^【】]+)】$", r"\1", _clean(kicker).rstrip("—:： ")),
                  title=rules.without_repost_mark(_clean(title)).lstrip(rules.BULLETS + rules.ITEM_BULLETS).strip(),
                  subtitle=_DASH.sub("", _clean(subtitle)), body_start=body_start)


def _clean(text: str) -> str:
    return fullwidth_punctuation(re.sub(r"[ \t]+", " ", text).strip())


def posted_day(lines: list[str], header: Header) -> tuple[int, int, int] | None:
    """The day a site posted the article, by the time of posting under its heads (发布 / 2019年5月7日
    5:30 AM) before its text, or None."""
    under = [line.strip() for line in lines[header.body_start:header.body_start + 6] if line.strip()][:3]
    return next((rules.printed_date(line) for line in [*header.furniture, *under] if rules.is_posting_time(line)), None)


def dated_as_posted(lines: list[str], header: Header, day: tuple[int, int, int] | None = None) -> Header:
    """The header with the day the site posted the article (posted_day, unless given) as its date:
    the article's own, where a folder's may be the day a reader saved it."""
    day = day or posted_day(lines, header)
    return replace(header, labelled=header.labelled + (("date", _iso(day)),)) if day else header


def _iso(day: tuple[int, int, int]) -> str:
    return "%04d-%02d-%02d" % day


def _iso_day(value: str) -> str:
    """The day a labelled date gives (2019-04-02 09:15, 2019年4月2日) as 2019-04-02, or ""."""
    return _iso(day) if (day := rules.printed_date(value)) else ""


def has_other_headers(lines: list[str], header: Header) -> bool:
    """A second header block further down (two head lines in a row above an indented
    paragraph, or a head and its writer, or one above a paragraph opening with a dateline, as
    no section of an article does): the file is a page of several articles, not one."""
    return other_headers(lines, header) > 0


# Heads of articles under the first that make a file a page, whatever its name says.
SEVERAL = 3


def heads_set_in_text_flush(lines: list[str]) -> bool:
    """A page that sets its heads in and its text flush (　　　河北大街昨夜火警 over 昨（十三）晚十一時許，…
    at the margin, as papers of the 1920s did): three short heads set in or more, and its long lines
    all at the margin, so what is set in is no paragraph's first line."""
    filled = [line for line in lines if line.strip()]
    long = [line for line in filled if len(line.strip()) >= 15]
    heads = [line for line in filled if is_indented(line) and len(line.strip()) < 15 and is_head_line(line)
             and not rules.ends_sentence(line.strip())]
    return len(heads) >= 3 and len(long) >= 6 and sum(not is_indented(line) for line in long) >= 0.9 * len(long)


def _indent(line: str) -> int:
    """How far a line is set in, in half-widths (an ideographic space two, a space one)."""
    lead = line[:len(line) - len(line.lstrip(" \u3000"))]
    return lead.count("\u3000") * 2 + lead.count(" ")


def _centred_head(line: str, paragraph_indent: int) -> bool:
    """　　　　　东岚队三比一胜滨港队: a head centred by spaces, set in further than the file's paragraphs
    are (by more than a character)."""
    return _indent(line) > max(paragraph_indent + 2, 4) and is_head_line(line) and not rules.ends_sentence(line.strip())


def other_headers(lines: list[str], header: Header) -> int:
    """How many header blocks (see has_other_headers) stand under the file's first."""
    run, found, signed, pieces = 0, 0, False, 0
    # (a paragraph's indent: the one most of the file's long lines that are set in share)
    indents = Counter(_indent(line) for line in lines if len(line.strip()) >= 15 and is_indented(line))
    paragraph_indent = indents.most_common(1)[0][0] if indents else 4
    for line in lines[header.body_start:]:
        if not line.strip():
            continue
        if not is_indented(line) and (run_in := rules.run_in_title(line.strip())) is not None \
                and (opening := rules.parse_lead(run_in[1])) is not None and opening.dateline:
            found, run = found + 1, 0  # 外汇调剂中心开业百日…　本报讯（记者张晓帆）…: a head run into the next one's dateline
        elif is_indented(line) and not _centred_head(line, paragraph_indent) \
                or run and (lead := rules.parse_lead(line.strip())) is not None and lead.dateline:
            lead = rules.parse_lead(line.strip())  # (a head over 本报讯 …, set in or not)
            found += run >= 2 or bool(run and lead is not None and lead.dateline)
            run, signed = 0, False
        elif is_head_line(line) or run and _signs_a_piece(line.strip()):
            # 胡同里的鸽哨 / □ 周永年: a piece's head and its writer, whatever stands under them (text at
            # the margin where the OCR lost its indent, a poem's short lines); pieces signed so, two or
            # more (a post's 点击蓝字 / 关注我们 over its reporter's line is one such), where no paragraph
            # is set in (where they are, a header is known by the paragraph under it)
            if run and not signed and _signs_a_piece(line.strip()) and not is_head_line(line):
                pieces, signed = pieces + 1, True
            run += 1  # 摆渡人（上） / ◇许家明: a piece's head and its writer
        elif not (run and len(line.strip()) <= 12 and not rules.ends_sentence(line)):
            run, signed = 0, False  # a short credit under them (插图 周 澄) keeps them a header
    return found + (pieces if pieces >= 2 and not indents else 0)


def fetch_record_end(lines: list[str]) -> int | None:
    """Where a crawler's record of the page on top of the file (URL: …, 抓取时间: …, fields alone,
    one of them its address, over a blank line or a rule) ends, or None. The page's own title
    may stand over it (“我们不裁员”--宁江晨报数字版): the site's, not the article's heads."""
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is not None and top + 1 < len(lines) and not _is_field(lines[top]) \
            and (_label(lines[top + 1]) or ("",))[0] == "url":
        top += 1
    end = top
    while end is not None and end < len(lines) and lines[end].strip() and _is_field(lines[end]):
        end += 1
    if top is None or not 0 < end - top <= 4 or end >= len(lines) or lines[end].strip() and not _RULE.match(lines[end]):
        return None
    return end + bool(_RULE.match(lines[end])) if any(
        (_label(line) or ("",))[0] == "url" for line in lines[top:end]) else None


def fetch_record_start(lines: list[str]) -> int | None:
    """Where a crawler's record of the page closing the file (抓取时间：… / URL：…, fields alone
    under a blank line, one of them its address) starts, or None."""
    end = max((k + 1 for k, line in enumerate(lines) if line.strip()), default=0)
    start = end
    while start > 0 and lines[start - 1].strip() and _is_field(lines[start - 1]):
        start -= 1
    if not 0 < end - start <= 4 or start == 0 or lines[start - 1].strip():
        return None
    return start if any((_label(line) or ("",))[0] == "url" for line in lines[start:end]) else None


def _is_field(line: str) -> bool:
    """A labelled line of a record (标题：…, 抓取时间: …)."""
    return _label(line) is not None or bool(_OTHER_LABEL.match(line.strip()))


def _fetch_record(lines: list[str]) -> tuple[tuple[str, str], ...]:
    """The address a crawler's record gives, and the day in it (…/html/2015-03/08/…)."""
    url = next(label[1] for line in lines if (label := _label(line)) is not None and label[0] == "url")
    return (("url", url),) + ((("date", day),) if (day := address_date(url)) else ())


def _text_line(line: str) -> bool:
    """A line of text under a head: a long one, or one of a narrow column's with a clause in it."""
    return len(line) >= 16 or len(line) >= 12 and bool(re.search(r"[，、；]", line))


def _heads_further_down(lines: list[str]) -> bool:
    """Two short bare heads or more below the first few lines, each over text: a page's several
    articles, not one."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    # (under a head, its deck and its byline before the text: ——记红星机械厂钳工卢德茂 / 本报记者  吴振华)
    text = [k for k in filled if not _DASH.match(lines[k].strip()) and rules.parse_byline(lines[k].strip()) is None]
    heads = [k for n, k in enumerate(text[4:-1], 4) if rules.is_bare_heading(lines[k].strip())
             and len(lines[k].strip()) <= 20 and _text_line(lines[text[n + 1]].strip())]
    return len(heads) >= 2


# A full-text database's header over each article it gives as text (CNKI's, saved by CAJViewer): the
# database's name, the paper's path to the page (人民日报/2023年/11月/20日/第010版) and the page's name.
_DATABASE_NAME = re.compile(rf"[{rules.HAN}]{{2,16}}(?:数据库|數據庫|资料库|資料庫)")
_PAGE_PATH = re.compile(r"(?P<paper>[^/\s]{2,20})/(?P<year>\d{4})年/(?P<month>\d{1,2})月/(?P<day>\d{1,2})日/"
                        r"第?(?P<page>[A-Z]?\d{1,3})版")


def database_header(lines: list[str]) -> tuple[int, tuple[tuple[str, str], ...]] | None:
    """Where a full-text database's header on top of the file ends (中国重要报纸全文数据库 / 北京日报/2022年/
    6月/14日/第005版 / 北京新闻), and the paper, day, page and page's name it gives; or None."""
    filled = [k for k, line in enumerate(lines[:6]) if line.strip()]
    named = bool(filled) and bool(_DATABASE_NAME.fullmatch(lines[filled[0]].strip()))
    if len(filled) <= named or not (path := _PAGE_PATH.fullmatch(lines[filled[named]].strip())):
        return None
    end = filled[named] + 1
    said = (("paper", path["paper"]), ("date", _iso((int(path["year"]), int(path["month"]), int(path["day"])))),
            ("page", page_label(path["page"])))
    section = lines[end].strip() if end + 1 < len(lines) else ""
    # the page's name under the path, set apart from the heads by a blank line (a title so short has its text under it)
    if section and not lines[end + 1].strip() and len(section) <= 10 and not re.search(r"[，。！？：、]", section):
        return end + 1, said + (("section", section),)
    return end, said


def _banner_end(lines: list[str]) -> int | None:
    """Where a banner between two rules on top of the file ends (a system's name, no day, no
    sentence), or None."""
    filled = [k for k, line in enumerate(lines[:8]) if line.strip()]
    if len(filled) < 3 or not _RULE.match(lines[filled[0]]) or _boxed_masthead(lines) is not None:
        return None  # (a masthead between rules gives the issue's day: its own reading)
    closing = next((n for n, k in enumerate(filled[1:4], 1) if _RULE.match(lines[k])), None)
    if closing is None or closing == 1 or any(rules.ends_sentence(lines[k]) for k in filled[1:closing]):
        return None
    return filled[closing] + 1


def _boxed_masthead(lines: list[str]) -> tuple[int, str] | None:
    """Where a masthead set between two rules on top of the file, or on a line or three over a
    rule, ends, and the day it gives (一九九五年四月二十一日出版; 华夏文摘 第216期 1995年5月5日), or None."""
    rules_at = [k for k, line in enumerate(lines[:8]) if _RULE.match(line)]
    if not rules_at:
        return None
    above = [line for line in lines[:rules_at[0]] if line.strip()]
    if not above and len(rules_at) > 1 and rules_at[1] - rules_at[0] <= 5:
        head, end = lines[rules_at[0] + 1:rules_at[1]], rules_at[1] + 1
    elif 0 < len(above) <= 3:
        head, end = above, rules_at[0] + 1
    else:
        return None
    parts = [part for line in head for part in (line.strip(), *rules.head_parts(line))]
    day = next(filter(None, (rules.printed_date(re.sub(r"(?:出版|发行|發行)$", "", part)) for part in parts)), None)
    return (end, _iso(day)) if day else None


def _masthead_end(lines: list[str]) -> int | None:
    """Where the lines of a front page's masthead (the paper's name, the day, the number of pages:
    the page's furniture, two or more of them on top) end, or None."""
    k, held = 0, 0
    while k < len(lines) and (not lines[k].strip() or rules.is_furniture(lines[k].strip())):
        held += bool(lines[k].strip())
        k += 1
    first = next((line.strip() for line in lines if line.strip()), "")
    return k if held >= 2 and re.fullmatch(rules.PAPER, rules.simplified(first)) and k < len(lines) else None


def _signs_a_piece(text: str) -> bool:
    """A writer's line: a byline, or a name set alone (◇许家明)."""
    return rules.parse_byline(text) is not None or rules.name_line(text) is not None


def page_header_fields(lines: list[str]) -> tuple[int, dict[str, str]] | None:
    """Where a database's fields of a page end (报纸名称：秦川日报 / 出版日期：… / 版次：07 / 作者：赵建平;刘文斌…,
    or 【版次】011, or each label over its value, as CNKI's full-text view gives them), and the fields:
    the paper, the day and the page, no title, so the text under them is the whole page's."""
    fields: dict[str, str] = {}
    k, waiting = 0, None
    while k < len(lines):
        line = lines[k].strip()
        label = _label(line) if line else None
        if label is not None and label[0] == "title" and re.fullmatch(rules.PAPER, rules.simplified(label[1].strip())):
            label = ("paper", *label[1:])  # Title: 民生報 over Date: / Page:: a transcription platform's page, its paper
        if not line:
            pass
        elif k == 0 and label is None and len(line) <= 40 and not re.search(r"[。！？，]", line) \
                and (below := next((_label(x.strip()) for x in lines[1:3] if x.strip()), None)) and below[0] in ("paper", "date", "page"):
            pass  # 大學圖書館 香港舊報刊眾包轉錄平台 over its fields: the platform's name
        elif label is not None and label[0] == "body" and not label[1].strip() and fields and "authors" not in fields:
            # 【正文】 under the page's fields (【版名】 left empty above it or not), no writer's among them (作者：…,
            # one article's): the page's text under it
            k += 1
            break
        elif label is not None and label[0] in ("paper", "date", "page", "section", "authors") and not waiting:
            if label[0] not in fields:  # (匯出時間：… under 出版日期：…: the day it was exported, no day of print)
                fields[label[0]] = label[1]
                waiting = None if label[1] else label[0]
        elif waiting and label is None:
            fields[waiting], waiting = line, None  # 版次: / 14: the value on the line under its label
        elif re.fullmatch(r"(?:DOI|doi|分类号|关键词|来源)\s*[:：].*", line) or waiting is None and fields and \
                re.fullmatch(r"10\.\d{4,}/\S+", line):
            waiting = None if re.search(r"[:：]\s*\S", line) else "doi"  # DOI: / 10.28387/…: the database's own
        elif fields and not waiting and re.search(r"[:：]\s*\S", line) and lines[k - 1].strip() and (
                label is not None and label[0] not in ("title", "kicker", "subtitle", "body", "order")
                or label is None and _OTHER_LABEL.match(line)):
            pass  # Image: …jpg, 轉錄者：…, Status: Reviewed: the platform's own fields among the page's (a blank
            # line closes them: 昆明：让老旧小区“微改造”有实效 under it is a title)
        else:
            break
        k += 1
    fields.pop("doi", None)
    # (…建檔日期：… / ==== / 【一】 / 標題：…: a clipping's own fields under the page's, a rule or a number between)
    under = [line.strip() for line in lines[k:] if line.strip() and not _RULE.match(line)][:2]
    if any(_label(line) is not None for line in under[:1]) or any((_label(line) or ("",))[0] == "title" for line in under) \
            or not ({"paper", "date"} <= fields.keys() or {"date", "page"} <= fields.keys()):
        return None  # (【版次】 / 【日期】 / 【引题】 / 【标题】…: one article's fields, the page's first)
    return k, {field: value for field, value in fields.items() if value}  # (【版名】 left empty: none)


def one_article_reading(lines: list[str], facts: PathFacts, named: str | None = None) -> tuple[str, Header] | None:
    """Whether a text file holds one article, and by which rule: its fields are labelled, its
    name gives its place on a page (20200201-06-04.txt) or ends with the title its first line
    prints (`named`, the name without its suffix or a copy's mark), a note of where it was
    printed, a line of credits (来源：…  作者：…), the day's date or a site's time of posting
    stands under its heads, or a header block stands on top of indented paragraphs and nowhere
    else; the day's date over any of these dates it. A column of briefs is none."""
    if (labelled := labelled_header(lines)) is not None:
        return "one article per file: its fields labelled (【标题】…, 标题：…)", labelled
    if (database := database_header(lines)) is not None and (found := one_article_reading(lines[database[0]:], facts, named)):
        reading, header = found
        return f"{reading}, under the full-text database's header", replace(
            header, body_start=header.body_start + database[0],
            body_end=header.body_end + database[0] if header.body_end is not None else None,
            furniture=tuple(line.strip() for line in lines[:database[0]] if line.strip()) + header.furniture,
            labelled=database[1] + header.labelled)
    if (banner := _banner_end(lines)) is not None and (found := one_article_reading(lines[banner:], facts, named)):
        # ==== / 臺灣地方報紙典藏系統　全文影像暨文字匯出 / ====: the exporting system's banner, none of the article
        reading, header = found
        return f"{reading}, under the exporting system's banner", replace(
            header, body_start=header.body_start + banner,
            body_end=header.body_end + banner if header.body_end is not None else None,
            furniture=tuple(line.strip() for line in lines[:banner] if line.strip() and not _RULE.match(line))
            + header.furniture)
    if (faceted := facts_line_header(lines)) is not None:
        return "one article per file: a line of its date and page (【2023-11-24】【第A07版】) over its heads", faceted
    if (viewed := reader_view_header(lines)) is not None:
        return "one article per file: a page saved from a browser's reader view, the site's address over its title", viewed
    if (saved := saved_page_header(lines, named)) is not None:
        return "one article per file: a page saved from a site, its headline again under the site's menus", saved
    if (barred := barred_facts_header(lines)) is not None:
        return "one article per file: a clipping service's line of facts set apart by bars over its heads", barred
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if top is not None and (note := rules.parse_source_note(lines[top].strip())) is not None \
            and (found := one_article_reading(lines[top + 1:], facts, named)):
        # 发表于《江城日报》2003年5月6日第7版 over the heads: the writer's note of where it was printed
        reading, header = found
        return f"{reading}, under a note of where it was printed", replace(
            header, body_start=header.body_start + top + 1, labelled=header.labelled + noted_facts(note),
            furniture=(lines[top].strip(),) + header.furniture)
    if top is not None and rules.is_keepers_note(lines[top]) and re.search(r"[，。！]", lines[top]) \
            and not any(map(_RULE.match, lines[top + 1:])) and (found := one_article_reading(lines[top + 1:], facts, named)):
        # 爸爸的剪报，贴在第一本账本的第一页… over it: the keeper's word on the clipping, none of it (a rule
        # under it parts two clippings: a page of several)
        reading, header = found
        return f"{reading}, under its keeper's note", replace(
            header, body_start=header.body_start + top + 1, furniture=(lines[top].strip(),) + header.furniture)
    if (fetched := fetch_record_end(lines)) is not None and (found := one_article_reading(lines[fetched:], facts, named)):
        # URL: …/2015-03/08/content_45821.htm / 抓取时间: … over the heads: where the crawler fetched it
        reading, header = found
        return f"{reading}, under the crawler's record of its address", replace(
            header, body_start=header.body_start + fetched, labelled=header.labelled + _fetch_record(lines[:fetched]))
    if holds_briefs(lines[fetched or 0:]):
        return None  # 简讯 over several items, each its head over its paragraph: a page's column, whatever its name
    top = next((k for k, line in enumerate(lines) if line.strip()), None)
    if (boxed := _boxed_masthead(lines)) and ((found := one_article_reading(lines[boxed[0]:], facts, named))
                                              and (found[1].labelled or not _heads_further_down(lines[boxed[0]:]))
                                              or not found and not _heads_further_down(lines[boxed[0]:])):
        # ==== / 华夏文摘　第二一四期 / 一九九五年四月二十一日出版 / ====: an issue's masthead between rules, over
        # its one article (a page's, over heads further down, is over its several: a page of them)
        rest = lines[boxed[0]:]
        reading, header = found or ("one article per file", header_block(rest) or first_line_header(rest))
        return f"{reading}, under the issue's masthead between rules", replace(
            header, body_start=header.body_start + boxed[0], labelled=header.labelled + (("date", boxed[1]),))
    if (masthead := _masthead_end(lines)) and (found := one_article_reading(lines[masthead:], facts, named)):
        # 赣江日报 / GANJIANG DAILY / 2016年8月22日　星期一 / 农历… / 今日8版 over the front page's first article
        reading, header = found
        return f"{reading}, under the paper's masthead", replace(
            header, body_start=header.body_start + masthead,
            furniture=tuple(line.strip() for line in lines[:masthead] if line.strip()) + header.furniture)
    if top is not None and not rules.is_running_head(lines[top]) and (said := running_head_facts(lines[top])):
        # 2017年3月10日　星期五 over the heads: the file read without it, dated by it (a running
        # head that numbers the page or names the paper tops a page of several)
        found = one_article_reading(lines[top + 1:], facts, named)
        if found is not None:
            reading, header = found
            return f"{reading}, under the day's date", replace(
                header, body_start=header.body_start + top + 1, labelled=header.labelled + said)
    header = header_block(lines)
    if facts.order is not None:
        # its name says it is one article: at the least, its first line is its title; a running head
        # over its heads (【人民日报】2016-03-08 第07版 经济) the page's, its date, page and section the article's
        under_head = _under_running_head(lines, 0, len(lines)) if header is None else None
        if other_headers(lines, under_head or header or first_line_header(lines)) >= SEVERAL:
            return None  # a whole page, however its name reads (p72_3_社会.txt: the set's third file)
        if under_head is not None:
            return "one article per file: its name gives its place on the page, under the page's running head", under_head
        return "one article per file: its name gives its place on the page", header or first_line_header(lines)
    first = next((_clean(line) for line in lines if line.strip()), "")
    if _pieces_parted_by_stars(lines):
        return None  # 新学年新气象 … ＊＊＊ / 县一中扩建校舍竣工 …: two clippings of one page, a page's reading
    # (96.7.15 读者来信 over 读者来信 / 小区门口的垃圾谁来管: the kind of piece named twice, no title)
    # (【图说西岭】.txt over 【图说西岭】 / 银杏黄了: a note named by its first line, a column's rubric)
    # (钱江晚报20110622_A8 over the page: a scanning app's title of the document, its file's name whole, no head)
    if named and len(first) >= 4 and (named.endswith(first) or title_from_name(named) == first) \
            and not (first == named and re.search(r"\d{6,}|_", first)) \
            and not _over_a_masthead(lines) and not rules.is_running_head(first) and not rules.is_genre_label(first) \
            and not rules.is_photo_label(first) and not rules.is_bracketed_rubric(first):  # 天津日报_1985-07-12_第3版_纺织厂女工技术比武.txt
        # (移民搬迁工程惠及山区 / 老区三千群众喜迁新居 / ——我市今年完成…: three heads, the last a ——deck, are
        # a kicker over the title over it however the file was named: a word processor names a file by its first line)
        decked = header is not None and header.kicker == first and header.subtitle \
            and any(_clean(line) == header.title for line in lines[:4]) \
            and any(line.strip().startswith(("——", "—")) for line in lines[:header.body_start])
        named_header = header if header is not None and (header.title == first or decked) else first_line_header(lines)
        if other_headers(lines, named_header) >= SEVERAL:
            return None  # 红河日报2.11县市新闻.txt over 县市新闻 / 03 / heads down the page: a page named by its section
        return "one article per file: its name ends with the title on its first line", named_header
    if named and names_its_start(named, first):
        return "one article per file: its name is the start of the title on its first line", first_line_header(lines)
    if (noted := over_its_source_note(lines)) is not None:
        return "one article per file: its title over where it was printed", noted
    if named and title_from_name(named) and (credited := _credits_on_top(lines)) is not None:
        # 南江发布 2022-11-03 07:30 发表于四川 first: a post saved without its title, which its name keeps
        return "one article per file: its credits first, its title in its name", credited
    if named and title_from_name(named) and (signed := rules.parse_byline(first)) is not None and signed.authors:
        # 本报记者　方静怡　实习生　孙　畅 first in 20180415见报-老字号的直播间（定稿）.txt: a writer's own copy,
        # its title in its name
        start = next(k for k, line in enumerate(lines) if line.strip())
        return "one article per file: its byline first, its title in its name", header_of("", "", "", start)
    if named and title_from_name(named) and (lead := rules.parse_lead(first)) is not None and lead.dateline:
        # 新华社兰州二十四日电　我国西北地区… on the first line of 19580325_第4版_兰州毛纺织厂一期工程建成.txt:
        # a brief printed without a head, its title in its name
        start = next(k for k, line in enumerate(lines) if line.strip())
        return "one article per file: its text from the first line, its title in its name", header_of("", "", "", start)
    if named and title_from_name(named) and rules.is_salutation(first):
        # 编辑同志：您好！… on the first line of a reader's letter sent by mail: its title in the message's subject
        start = next(k for k, line in enumerate(lines) if line.strip())
        return "one article per file: a letter from its salutation, its title in its name", header_of("", "", "", start)
    if named and (two_lines := named_over_two_lines(lines, named)) is not None:
        return "one article per file: its name ends with its title, printed over two lines", two_lines
    if named and (under_kicker := named_under_kicker(lines, named)) is not None:
        return "one article per file: its name ends with the title under its kicker", under_kicker
    if header is None:
        return None
    if any(map(_credits_an_article, header.credits)) and not has_other_headers(lines, header):
        return "one article per file: a line of credits under its heads", header
    if any(map(rules.printed_date, header.furniture)) and not any(map(is_head_line, lines[header.body_start:])):
        return "one article per file: the day's date under its title", header
    if (posted := posted_day(lines, header)) and not has_other_headers(lines, header):
        # a site sets its headline first and the line under it as its sub-heading: print's kicker
        # over the title is not the web's
        if header.kicker and not header.subtitle and not header.kicker.endswith(("——", "：", ":")):
            header = replace(header, kicker="", title=header.kicker, subtitle=header.title)
        return "one article per file: a site's time of posting under its heads", dated_as_posted(lines, header, posted)
    # Paragraphs once hard-wrapped lines are joined back: most open indented (a byline or a
    # photo's credit under them, set flush, is none; nor are labelled lines, 【作者】　王　磊, 来源：…).
    paragraphs = [p for p in body_lines(lines, header.body_start)
                  if not (_signs_a_piece(p[2]) or rules.is_credit(p[2]) or _label(p[2]) is not None
                          or rules.is_salutation(p[2]))]  # 编辑同志：, set flush over a letter
    indented = sum(1 for number, _, _ in paragraphs if is_indented(lines[number - 1]))
    if paragraphs and indented >= 0.6 * len(paragraphs) and not has_other_headers(lines, header) \
            and not heads_set_in_text_flush(lines[header.body_start:]):
        return "one article per file: a header block above indented paragraphs", header
    return None


def holds_briefs(lines: list[str]) -> bool:
    """A file under a column of briefs' name (简　讯, 本地简讯) holding two items or more, each a
    head line over an indented paragraph or run into it: the column, not one article."""
    filled = [line for line in lines if line.strip()]
    while filled and (rules.is_page_head(filled[0].strip()) or rules.is_furniture(filled[0].strip()) or _RULE.match(filled[0])
                      or re.fullmatch(r"[（(]第\d+号[）)].*", filled[0].strip())):
        filled = filled[1:]  # 2022年1月8日 第4版, （第8015号）　今日四版, ──── over the column
    # ■简讯: the column's mark before its name
    if not filled or not rules.names_a_column_of_briefs(rules.closed_up(rules.simplified(filled[0].strip().lstrip(rules.ITEM_BULLETS + rules.BULLETS)))):
        return False
    items = sum(1 for head, under in zip(filled[1:], filled[2:])
                if not is_indented(head) and is_head_line(head) and is_indented(under))
    # 路局简讯 / 　　淮州客运段开展暑运服务技能培训　6月12日至14日，…: each brief's head run into its text
    run_in = sum(1 for line in filled[1:] if is_indented(line) and rules.run_in_title(line.strip()))
    return items >= 2 or run_in >= 2


def _credits_on_top(lines: list[str]) -> Header | None:
    """A header of no heads over the credits a file opens on (a post's time and account, 点击蓝字
    关注我们, 文 | 陈雪  图 | 王建波), the text under them; None unless its first line is credits."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if not filled or not _credits_an_article(lines[filled[0]]):
        return None
    k = 0
    while k < len(filled) and (rules.parse_credits(lines[filled[k]].strip()) or rules.is_furniture(lines[filled[k]].strip())):
        k += 1
    credits = tuple(lines[j].strip() for j in filled[:k] if rules.parse_credits(lines[j].strip()))
    return replace(header_of("", "", "", body_start=filled[k] if k < len(filled) else len(lines)), credits=credits)


def noted_facts(note: tuple[str, tuple[int, int, int] | None, str | None]) -> tuple[tuple[str, str], ...]:
    """The paper, date and page a note of where an article was printed gives (rules.parse_source_note),
    as labels."""
    paper, day, page = note
    return tuple((field, value) for field, value in (("paper", paper), ("date", day and _iso(day)), ("page", page))
                 if value)


def over_its_source_note(lines: list[str]) -> Header | None:
    """A clipping typed in: its title, then where it was printed (（《金陵晚报》2005年4月22日第18版）),
    then its text; the note gives the paper, the date and the page. None for any other file."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) < 3 or not is_head_line(lines[filled[0]]) \
            or not (note := rules.parse_source_note(lines[filled[1]].strip())):
        return None
    said = noted_facts(note)
    # 作者：谭志刚 under the note: the writer's credit, over the text
    credited = filled[2] if len(filled) > 3 and _credits_an_article(lines[filled[2]]) else None
    return replace(header_of("", lines[filled[0]].strip(), "", body_start=(credited or filled[1]) + 1),
                   furniture=(lines[filled[1]].strip(),), labelled=said,
                   credits=(lines[credited].strip(),) if credited else ())


# How long a title runs at most: a longer first line is the text's.
LONGEST_TITLE = 60


def names_its_start(named: str, first: str) -> bool:
    """A name that is the first words of a first line of a title's length: an app or a crawler
    that cuts a long title short to name its file (株洲一老旧小区完成加装电梯改造.txt over
    株洲一老旧小区完成加装电梯改造，居民出行不再难)."""
    start = re.split(r"[_\s]+", named)[-1]
    return len(re.findall(r"[\u4e00-\u9fff]", start)) >= 6 and first.startswith(start) and len(first) <= LONGEST_TITLE


def named_over_two_lines(lines: list[str], named: str) -> Header | None:
    """Where a file's name ends with two head lines run together (01_稳住外贸基本盘跑出开放加速度.txt over
    各地多措并举助企抢订单拓市场 / 稳住外贸基本盘 / 跑出开放加速度), the two are its title printed over two
    lines (its balanced clauses a space apart), a line right above them its kicker, a —— line under them its deck."""
    heads = [k for k, line in enumerate(lines[:12]) if line.strip() and not rules.is_page_head(line.strip())
             and not rules.is_furniture(line.strip())][:3]
    for i in range(min(2, len(heads) - 1)):
        upper, lower = heads[i], heads[i + 1]
        above, below = _clean(lines[upper]), _clean(lines[lower])
        if lower != upper + 1 or len(above) < 2 or len(below) < 2 or not named.endswith(above + below) \
                or not (is_head_line(lines[upper]) and is_head_line(lines[lower])):
            continue
        kicker = lines[heads[0]].strip() if i == 1 and heads[0] + 1 == upper else ""
        deck = lower + 1 if lower + 1 < len(lines) and _DASH.match(lines[lower + 1]) else None
        title = rules.head_of_two_lines(above, below)
        header = header_of(kicker, title, lines[deck].strip() if deck else "", body_start=(deck or lower) + 1)
        return replace(header, furniture=tuple(line.strip() for line in lines[:heads[0]] if line.strip()))
    return None


def named_under_kicker(lines: list[str], named: str) -> Header | None:
    """Where a file's name ends with its second head line (光明日报1998-06-18第4版-山村教师杨德明.txt
    over 坚守讲台三十载 / 山村教师杨德明 / ——记…), that line is the title, the one above it its
    kicker, a —— line under it its subtitle; the page's head or a note of the print on top is none."""
    if not any(len(line.strip()) >= 4 and named.endswith(_clean(line)) for line in lines[:12]):
        return None  # most names end with no line of the file's head
    heads = [k for k, line in enumerate(lines[:12]) if line.strip() and not rules.is_page_head(line.strip())
             and not rules.is_furniture(line.strip())][:3]
    if len(heads) < 2 or heads[1] != heads[0] + 1 or not all(is_head_line(lines[k]) for k in heads[:2]):
        return None
    title = _clean(lines[heads[1]])
    if len(title) < 4 or not named.endswith(title):
        return None
    below = heads[2] if len(heads) > 2 and heads[2] == heads[1] + 1 and _DASH.match(lines[heads[2]]) else None
    header = header_of(lines[heads[0]].strip(), title, lines[below].strip() if below else "", body_start=(below or heads[1]) + 1)
    return replace(header, furniture=tuple(line.strip() for line in lines[:heads[0]] if line.strip()))


def first_line_header(lines: list[str]) -> Header:
    """The first line with text as the title, everything under it the body; none where that
    line is already the body's (set in, or a sentence too long for a head)."""
    # the page's running head a clipping caught (滨　江　日　报　　一九八七年六月十八日…) is none
    first = next((i for i, line in enumerate(lines) if line.strip() and not rules.is_page_head(line.strip())), 0)
    if first < len(lines) and is_body_line(lines[first]):
        return header_of("", "", "", body_start=first)
    return header_of("", lines[first].strip() if lines else "", "", body_start=first + 1)


def body_lines(lines: list[str], start: int) -> list[tuple[int, int, str]]:
    """(line number, blank lines before, text) of each body paragraph: an indented line opens
    one; an unindented line under it continues it (a hard wrap)."""
    out: list[tuple[int, int, str]] = []
    gap = 0
    # (a writer's name set in over flush lines, 　　周德昌 over a poem, makes no file of indented paragraphs)
    indented = any(is_indented(line) and not signature(line.strip()) for line in lines[start:])
    for number, raw in enumerate(lines[start:], start + 1):
        text = raw.strip()
        if not text:
            gap += 1
            continue
        # In an indented file an unindented line goes on with the paragraph above it, unless
        # it is a head standing after a finished sentence (a section head).
        wraps = (indented and out and not gap and not is_indented(raw)
                 and (not rules.ends_sentence(out[-1][2]) or not rules.is_bare_heading(text))
                 and not _DASH.match(out[-1][2]) and rules.parse_byline(text) is None and not _marks_a_writer(text)
                 # 【打印本页】　【关闭窗口】 / 信息来源：湘西日报　发布时间：…: the page's lines, each its own
                 and not rules.is_furniture(out[-1][2]) and rules.parse_credits(text) is None
                 and rules.parse_source_note(text) is None  # 《人民日报》（2020年02月01日 01 版） under the text: where it ran
                 and not rules.is_jump_line(out[-1][2]))  # （上接第一版）: a line of its own, no text of the one under it
        if wraps:
            out[-1] = (out[-1][0], out[-1][1], out[-1][2] + text)
        else:
            out.append((number, min(gap, 1) if out else 0, text))
        gap = 0
    return out


# A body cut at a fixed width: most of its lines (all but the last of each paragraph) as wide.
WRAPPED_SHARE = 0.6


def wrap_width(texts: list[str]) -> int | None:
    """The width one article's lines are cut at, if they are (a library's scans cut every line at
    twenty characters): the most common width of its longer lines, held by most of them."""
    widths = Counter(len(text) for text in texts if len(text) >= 10)
    if not widths:
        return None
    width, held = max(((w, widths[w - 1] + widths[w] + widths[w + 1]) for w in widths), key=lambda x: (x[1], x[0]))
    # two lines as wide, neither ending a sentence, over a shorter one: a caption cut at its column
    cut = held >= 3 or held == 2 and not any(rules.ends_sentence(text) for text in texts if abs(len(text) - width) <= 1)
    return width if cut and held >= WRAPPED_SHARE * sum(widths.values()) and width <= 40 else None


# A line this many characters short of the narrowest of a ragged body's lines ends its paragraph.
RAGGED_BAND = 6


def ragged_lines_joined(raw: list[RawLine]) -> list[RawLine]:
    """A body cut unevenly (ragged_width) with its lines joined back: a line that ends no
    sentence, as wide as the others, goes on into the one under it (no byline, no credit)."""
    low = ragged_width([r.text for r in raw])
    if low is None:
        return raw
    out: list[RawLine] = []
    for r in raw:
        above = out[-1] if out else None
        if above is not None and not r.gap and len(above.text) >= low - 1 and not rules.ends_sentence(above.text) \
                and not any(rules.parse_byline(t) or rules.is_credit(t) for t in (above.text, r.text)):
            out[-1] = above._replace(text=above.text + r.text)
        else:
            out.append(r)
    return out


def ragged_width(texts: list[str]) -> int | None:
    """The width a body is cut at unevenly (a vertical page OCR'd column by column: lines of 15 to
    20 characters, most of them ending mid-sentence, 經收 / 音機正式證實以後): the narrowest of its
    lines' usual widths, where most lines fall within a few characters and run on."""
    lines = [text for text in texts if len(text) >= 10]
    if len(lines) < 5:
        return None
    widths = sorted(len(text) for text in lines)
    low, high = widths[len(widths) // 10], widths[-1 - len(widths) // 10]
    running_on = sum(not rules.ends_sentence(text) for text in lines)
    return low if high - low < RAGGED_BAND and high <= 40 and running_on >= WRAPPED_SHARE * len(lines) else None


def _without_body_label(lines: list[str], header: Header) -> list[str]:
    """The file's lines with its 【正文】 label, where the first paragraph follows it on its line,
    set as that paragraph's indent."""
    k = header.body_start
    if k < len(lines) and (label := _label(lines[k])) is not None and label[0] == "body":
        return lines[:k] + ["\u3000\u3000" + label[1]] + lines[k + 1:]
    return lines


# What a crawler or a hand adds to a file's name: its place on the page (A01_02_, 要聞-A02-01-,
# 副刊-D04-) before the title, a second copy's mark after it; names that are no title at all.
_NAME_PLACE = re.compile(r"^(?:[^\W\d_]{1,4}[-_])?第?[A-Za-z]?\d{1,3}(?:版?[-_]|版\s+)(?:\d{1,3}[-_])?(?=\D)")
# A second copy's mark (…(1), … - 副本), or a draft's stage a writer keeps apart (…（定稿）, …_终稿)
_NAME_COPY = re.compile(r"(?:\s*[（(]\d+[)）]|\s*-\s*(?:副本|複製|复制|Copy)(?:\s*[（(]\d+[)）])?|_copy"
                        r"|\s*[（(【](?:定稿|终稿|終稿|初稿|修改稿|改稿|送审稿|送審稿|见报稿|見報稿)[)）】]|[_-](?:定稿|终稿|終稿|初稿))$", re.I)
# 2023-05-16_无标题.md, 20180415见报-老字号的直播间: the day a post or page was saved or printed, before its title
# 96.3.12 浦东新区…, 1.8 外环线开工: a keeper's day (its year short, or the folder's) and a space before the title
_NAME_DATE = re.compile(r"^\d{4}[-_.]?\d{2}[-_.]?\d{2}(?:[-_ ]+|(?:见报|見報|刊发|刊發|刊登|发表|發表)[-_ ]*)(?=\D|\d{1,3}[-_])"
                        r"|^(?:\d{2}\.)?\d{1,2}\.\d{1,2}\s+(?=[\u4e00-\u9fff])")
# The kind of piece a keeper notes after its title in a file's name (写在岁末（诗）, …（评论）), no part of it.
_NAME_KIND = re.compile(r"\s*[（(](?:诗|詩|诗歌|詩歌|散文|评论|評論|时评|時評|杂文|雜文|通讯|通訊|消息|特写|特寫|小说|小說|随笔|隨筆|"
                        r"言论|言論|短评|短評|社论|社論|报告文学|報告文學|图片|圖片|组图|組圖)[)）]$")
_NO_TITLE = ("无标题", "無標題", "未命名", "新建文本文档", "新建文本文件", "untitled", "剪报", "剪報")
_PAGE_AND_SECTION = re.compile(r"第?\s*[A-Za-z]?\d{1,3}\s*版(?:[\s_-]*[\u4e00-\u9fff]{2,4})?(?:[\s_-]*\d{1,2})?")


def name_of(source: str) -> str:
    """A file's name without its folders, its suffix, a second copy's mark or the kind of piece noted."""
    return _clean(_NAME_KIND.sub("", _NAME_COPY.sub("", stem_of(source))))


def stem_of(source: str) -> str:
    """A file's name without its suffix; a post's title given as a name (…达41.6万人) keeps its figures."""
    name = PurePosixPath(source).name
    return name[:len(name) - len(kind_suffix(name))]


# A message saved under its subject (转发：转发：读者来信：…, Fw_ 【已刊】…, 转发_ 来论｜…): a mail client's marks of
# a forward or a reply, the desk's tag of what it is (【来稿】, 【已刊】), and the kind of piece (读者来信：, 来论｜).
_MAIL_MARKS = re.compile(r"^(?:(?:转发|轉寄|回复|答复|Fwd?|Re)\s*[:：_]\s*)+(?:【[^】]{1,6}】\s*)?"
                         r"(?:(?:读者来信|读者来函|来论|来稿|投稿|新闻稿)\s*[:：｜|]\s*)?", re.I)


# What an archivist names a page's file by: its day (2023-03-09, 19870312, 2024年11月22日) and its page
# (第3版, 04版, p04, A12, 第12頁), set apart by dashes, underscores, dots or spaces.
_PAGE_NAME_PARTS = re.compile(r"(?:19|20)\d{2}[-_.年]?\d{1,2}[-_.月]?\d{1,2}日?|第?[A-Za-z]?\d{1,3}[版页頁]|(?<![A-Za-z])[pP]\d{1,3}"
                              r"|(?<![A-Za-z0-9])[A-Z]\d{1,2}(?![0-9])|[-_.\s]+")


def names_a_page(stem: str) -> bool:
    """岚川县报-2023-03-09-第3版, xxrb_19870312_p04, 今日鹤阳_2024年11月22日_04版: a name of the paper (or its
    letters), the day and the page, as an archivist names a page's file: no article's title."""
    rest = _PAGE_NAME_PARTS.sub(" ", stem).split()
    dated = re.search(r"(?:19|20)\d{2}", stem) is not None
    paged = re.search(r"第?[A-Za-z]?\d{1,3}[版页頁]|(?<![A-Za-z])[pP]\d{1,3}|(?<![A-Za-z0-9])[A-Z]\d{1,2}(?![0-9])", stem) is not None
    # (a paper's name as printed, 岚川县报; with a page, one of four characters or fewer, 今日鹤阳, or its
    # letters, xxrb: 20201015 秋山行 is a day and a title)
    return dated and len(rest) <= 1 and (not rest or bool(re.fullmatch(rules.PAPER, rest[0]))
                                          or paged and (len(rest[0]) <= 4 or bool(re.fullmatch(r"[A-Za-z]{2,8}", rest[0]))))


def title_from_name(source: str) -> str | None:
    """The title a file's name gives (A01_02_大選倒數百日 各黨提名大致底定.txt), or None where it
    gives none (无标题.txt, 20200201-06-04.txt)."""
    dateless = _NAME_DATE.sub("", _MAIL_MARKS.sub("", stem_of(source)))
    stem = _NAME_KIND.sub("", _NAME_COPY.sub("", _NAME_PLACE.sub("", dateless)).strip())
    stem = _without_trailing_facts(stem)
    if _is_name_fact(stem):
        return None  # 香江日報_19980705_06.txt: the paper, its day and page, no title
    # _周婷.txt: a name of {篇名}_{作者} with no 篇名
    # (96.6.1 图片新闻, 读者来信: the kind of piece the keeper named the file by, no title)
    if stem.lower().startswith(_NO_TITLE + ("_",)) or not re.search(r"[\u4e00-\u9fff]", stem) or rules.is_bare_label(stem) \
            or rules.is_genre_label(stem) or rules.is_photo_label(stem):
        return None
    # 1993-04-17 第3版.md, 1994-02-14 第4版 副刊 1.md: a page and its section's name, no title
    if _PAGE_AND_SECTION.fullmatch(dateless.strip()) or names_a_page(stem_of(source)):
        return None
    return _clean(stem)


def _over_a_masthead(lines: list[str]) -> bool:
    """The first line over a page's masthead or running head, two lines of furniture or more among
    the four under it (6.4头版 / 新华每日电讯 / XINHUA DAILY TELEGRAPH): a notes app's title of the page
    it holds, no article's (an article's day under its title is one line)."""
    under = [line.strip() for line in lines if line.strip()][1:5]
    # (原创 江城晚报 2023-06-18 09:15 / 编辑 | 刘畅: a post's line of its posting and its staff, no masthead)
    return sum((rules.is_furniture(line) or rules.printed_page((line,)) is not None)
               and not re.search(r"\d{1,2}:\d{2}|编辑|責編|责编|[|｜]", line) for line in under) >= 2


def title_run_in(lines: list[str], named: str) -> list[str] | None:
    """A file of one line (a scraper's text with its line breaks lost) that opens with the title its
    name gives and a space: the title on a line of its own over the rest; None for any other file."""
    filled = [line.strip() for line in lines if line.strip()]
    title = title_from_name(named) if named else None
    if len(filled) != 1 or not title or len(title) < 4:
        return None
    rest = filled[0][len(title):]
    if not filled[0].startswith(title) or not rest[:1].isspace() or len(rest.strip()) < 2 * len(title):
        return None
    return [title, "", rest.strip()]


def _without_trailing_facts(stem: str) -> str:
    """A name's title without the facts a database's download names it by after it, each after an
    underscore: the paper, the day, the page, the writer (社区食堂开到家门口_光明日报_2023-10-19,
    完整社区建设要从居民最急最盼处着手_李沁萍)."""
    parts = stem.split("_")
    while len(parts) > 1 and _is_name_fact(parts[0]):
        parts.pop(0)  # (天津日报_1985-07-12_第3版_纺织厂女工技术比武: the facts before it)
    while len(parts) > 1 and (_is_name_fact(parts[-1]) or len(parts[0]) > 4 and len(parts) == 2 and (
            rules.name_line(parts[-1]) is not None or rules.parse_byline(parts[-1]) is not None)):
        parts.pop()
    return "_".join(parts)


def _is_name_fact(part: str) -> bool:
    """The paper (人民日报海外版), a day (2023-10-19, 20231019, 2023年10月19日), a page (第5版, A05) or an
    id (100232) in a name."""
    part = rules.simplified(part.strip())
    return bool(re.fullmatch(rf"(?:{rules.PAPER})(?:海外版|[\u4e00-\u9fff]{{0,3}}版)?", part) and rules.paper_name(part)
                or re.fullmatch(r"\d+|\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|第?[A-Z]?\d{1,3}版?", part))


def _titled(header: Header, lines: list[str], source: str) -> tuple[Header, list[Problem]]:
    """A header whose title is empty (标题： left blank, or the text starting on the first line)
    takes its file's name for one; where the name is none, the article is untitled. A name
    that is the upper of two heads says that one is the title, the lower its subtitle; one that
    is the lower, that the upper is its kicker."""
    named = title_from_name(source)
    if not header.settled and (heads := rules.heads_titled_by(header.kicker, header.title, header.subtitle, named or "")):
        return replace(header, **dict(zip(("kicker", "title", "subtitle"), heads))), []
    if header.title:
        return header, []
    where = next((i + 1 for i, line in enumerate(lines) if line.strip()), 1)
    if named:
        return replace(header, title=named), [Problem(source, where, "no title in the file; titled by its name")]
    first = next((k for k in range(header.body_start, len(lines)) if lines[k].strip()), None)
    if first is not None and not is_indented(lines[first]) and is_head_line(lines[first]) \
            and any(is_indented(line) for line in lines[first + 1:first + 3]):
        # 标题：(blank) / 正文： / 桐浦市人民政府关于…的通告 / 　　为保障…: the head its system left out of the
        # title's field, set flush over the text set in
        return replace(header, title=lines[first].strip(), body_start=first + 1), []
    return replace(header, title=UNTITLED), [Problem(source, where, "no title in the file or its name")]


def _items_within(lines: list[str], header: Header) -> list[tuple[int, str]]:
    """The items a file of fields holds under no title of its own, each opening on its line
    with its title: numbered as a script numbers them (【口播一】…), or under a column of briefs'
    name (标题：要闻简报) each its bulleted head over its text (■全市初三、高三学生下周一复课)."""
    numbered = [(k, m["title"]) for k in range(header.body_start, len(lines))
                if (m := _NUMBERED_ITEM.match(lines[k].strip()))]
    if not header.title:
        return numbered
    if not rules.names_a_column_of_briefs(rules.simplified(header.title)):
        return []
    filled = [k for k in range(header.body_start, len(lines)) if lines[k].strip()]
    return [(k, lines[k].strip()[1:].strip()) for k, below in zip(filled, filled[1:])
            if lines[k].strip()[:1] in rules.BULLETS + rules.ITEM_BULLETS and is_head_line(lines[k].strip()[1:])
            and not is_head_line(lines[below])]


# An item a script or a digest numbers, its title on the line: 【口播一】全市春季义务植树活动启动, 【简讯2】….
_NUMBERED_ITEM = re.compile(r"^【[\u4e00-\u9fff]{1,4}?(?:[一二三四五六七八九十]{1,3}|\d{1,2})】(?P<title>[^\s【】].{3,40})$")


def _labels_a_writer(text: str) -> bool:
    """作者：林秋白, 【作者】江帆: a line labelled with who wrote the piece."""
    return (_label(text) or ("",))[0] == "authors"


def signed_above(lines: list) -> bool:
    """A byline among the lines above: a paper sets its heads over its byline, so a head-shaped
    line under one (故乡的槐花 / □宋晚晴 / 五月的风一吹) is the text's, never a deck."""
    return any(line.kind == "byline" for line in lines)


def parse_article_file(lines: list[str], header: Header, source: str) -> PageText:
    """The one article of a file read by `one_article_reading` (or the items a broadcast's script
    numbers under its fields: 【口播一】…, 【口播二】…)."""
    lines = _without_body_label(lines[:header.body_end], header)
    items = _items_within(lines, header)
    if len(items) >= 2:
        parts = [parse_article_file(lines[:b], replace(header, title=title, kicker="", subtitle="",
                                                       body_start=a + 1, body_end=None), source)
                 for (a, title), b in zip(items, [*(k for k, _ in items[1:]), len(lines)])]
        return PageText(tuple(a for p in parts for a in p.articles), tuple(f for p in parts for f in p.furniture),
                        tuple(x for p in parts for x in p.problems))
    header, untitled = _titled(header, lines, source)
    if header.title == UNTITLED and not any(line.strip() for line in lines[header.body_start:]):
        # 标题： / 作者： / 来源：鹭洲日报 and nothing else: a crawler's record of a page it failed to fetch
        where = next((i + 1 for i, line in enumerate(lines) if line.strip()), 1)
        return PageText((), (), (Problem(source, where, "no title and no text (its fields are empty); no article"),))
    if paged := rules.title_and_page(header.title):  # …[05版]: the site's title names its page
        header = replace(header, title=paged[0], labelled=header.labelled + (("page", paged[1]),))
    if column := rules.column_first(header.title):  # 自由廣場》…: the column the site files it under
        header = replace(header, title=column[1], labelled=header.labelled + (("section", column[0]),))
    draft = Draft(title=header.title, line=_title_line(lines, header), kicker=header.kicker,
                  subtitle=header.subtitle)
    captions: list[Caption] = []
    furniture: list[str] = [*header.credits, *header.furniture]
    credited = [rules.parse_credits(line) for line in header.credits]
    for credits in credited:
        draft.byline = draft.byline + credits.byline
        draft.paper_from_lead = draft.paper_from_lead or credits.paper
    raw = [RawLine(number, gap, text) for number, gap, text in body_lines(lines, header.body_start)
           if not rules.is_picture_mark(text)]  # 〔图片〕: where the photo stood, which the OCR could not read
    signed_first = False
    if raw and (signed := signature(raw[0].text)):
        draft.byline, raw, signed_first = draft.byline + signed, raw[1:], True  # 刘　亭, 宋文博, □ 禾木 over the text: its writer
    elif raw and (lead := rules.parse_lead(raw[0].text)) is not None and not lead.rest and lead.byline.authors:
        # 【記者林志明／台中報導】 on its own line over the text
        draft.byline, raw, signed_first = draft.byline + lead.byline, raw[1:], True
    signed_photo = bool(raw) and rules.is_credit(raw[0].text) and len(raw) <= 3
    if signed_photo:  # 记者 何　亮 摄 over a caption, in the byline's slot: a photo and who took it
        draft.byline, raw = draft.byline + rules.Byline(rules.photographers(raw[0].text)), raw[1:]
    verse = is_verse([r.text for r in raw])
    if not verse and not any(map(is_indented, lines[header.body_start:])):  # where paragraphs are set in, body_lines joined them
        raw = ragged_lines_joined(raw)
    if verse:  # a poem's lines, each its own, none a head
        classified = [Line("paragraph", r.text, r.number, r.gap, indented=r.indented, verse=True) for r in raw]
    else:
        classified = classify_lines(hard_wraps_joined(raw, wrap_width([r.text for r in raw])))
    heads = [line.text for line in classified if line.kind == "heading"]
    # ■ 中心城区…: a head under its bullet opens an item of a digest, never a deck
    bulleted = {r.number for r in raw if r.text[:1] in rules.ITEM_BULLETS + rules.BULLETS}
    deck = None
    # 新华社照片，北京，2011年3月5日 first: a wire's photo, its caption under it
    wired_photo = bool(classified) and rules.is_photo_dateline(classified[0].text)
    if wired_photo:
        furniture.append(classified[0].text)
        classified = classified[1:]
    for k, line in enumerate(classified):
        # 【路灯坏了半个月没人修】 over the text: the first of its section heads, never a deck
        sectioned = bool(re.fullmatch(r"【[^【】]+】", line.text))
        if line.kind == "heading" and not draft.subtitle and not draft.body and not sectioned and line.line not in bulleted \
                and not header.settled and rules.is_deck(line.text, heads[1:]) and not rules.is_salutation(line.text) \
                and not _labels_a_writer(line.text) and not signed_first and not signed_above(classified[:k]):
            draft.subtitle, deck = line.text, line
            if not draft.kicker and rules.is_couplet(draft.title) and not rules.is_couplet(line.text) \
                    and rules.upper_is_kicker(draft.title, line.text) \
                    and k + 1 < len(classified) and classified[k + 1].lead is not None:
                # 深化企业改革 增强企业活力 / 全市四十家国营企业试行厂长负责制 / 本报讯…: a slogan set as a
                # couplet over the news
                draft.kicker, draft.title, draft.subtitle = draft.title, line.text, ""
        elif line.kind == "furniture":
            furniture.append(line.text)
        elif line.kind == "paragraph" and not rules.ends_sentence(line.text) and _credits_an_article(line.text):
            # 信息来源：湘西日报　发布时间：2019-07-16　浏览次数：1523 under the text: the site's credits;
            # 本文来源：钱江晚报 作者：记者 沈 励: the writer, where nobody signed above
            furniture.append(line.text)
            credits = rules.parse_credits(line.text)
            draft.paper_from_lead = draft.paper_from_lead or credits.paper
            draft.byline = draft.byline or credits.byline
        elif (draft.body or line.kind == "heading") and (signed := _label(line.text)) and signed[0] == "authors" \
                and (named := rules.parse_byline(where_off := re.sub(r"[（(][^（）()]{1,12}[）)]$", "", signed[1]))
                     or rules.name_line(where_off)):
            # 【作者】　江　帆 under the text: who wrote it, labelled as an e-magazine signs (作者：要把… is text);
            # 王　磊（德州）: and where they write from
            draft.byline = draft.byline + named
        elif line.kind == "caption":
            captions.append(Caption(line.text, line.line))
        elif line.kind == "byline" and draft.byline.authors and rules.is_credit(line.text):
            furniture.append(line.text)  # 报道：陈慧琳 / 摄影：王国强: who took the pictures, under who wrote it
        elif line.kind == "byline":
            draft.byline = draft.byline + line.byline
        elif line.kind == "subtitle" and not draft.subtitle and not draft.body and not sectioned and not header.settled:
            draft.subtitle = line.text
        elif line.kind in ("heading", "subtitle"):
            draft.body.append(SectionHead(line.text, line.line))
        else:
            if draft.body and line.lead is not None and line.lead.byline.authors and line.lead.rest:
                # 〔記者李小華／花蓮報導〕…: one report in parts, each by its own reporter (the lead stays text)
                draft.byline = draft.byline + line.lead.byline
            add_paragraph(draft, line)
    if not draft.body and (summary := dict(header.labelled).get("summary")):
        draft.body.append(Paragraph(summary, draft.line))  # Summary-摘要: all the text a database gives of it
    if rules.is_advert_label(draft.title) or re.search(r"(?:^|[/_\-\s：:])(?:广告|廣告)(?:$|[/_\-\s.])", source) \
            or rules.is_advert_label(dict(header.labelled).get("section", "")):
        draft.kind = "advert"  # its name files it under the adverts' page (…_第8版_广告_01.txt)
        if deck and lines[deck.line - 2].strip() and rules.is_advert_label(draft.title) and rules.is_bare_label(draft.title):
            # 广　告 right over the line that names what it sells (a line set apart under it is its text)
            draft.title, draft.line, draft.subtitle = deck.text, deck.line, ""
        elif deck:  # an advert has no deck: its lines are its text
            draft.subtitle, draft.body = "", [SectionHead(deck.text, deck.line), *draft.body]
    elif (signed_photo or any(c.photographed for c in credited)) and len(draft.body) <= 2:
        draft.kind = "photo"  # 【作者】本报记者 李俊 摄 over a caption
    if deck and not draft.body and captions and not draft.byline.authors and not rules.ends_sentence(deck.text):
        # 侨乡新貌 / 青溪县石坑乡旅港同胞捐资兴建的石坑中心小学 / 新校舍，日前交付使用。本报记者 叶建新摄: no
        # deck, the caption's first line
        draft.subtitle, draft.body = "", [Paragraph(deck.text, deck.line)]
    if len(draft.body) == 1 and captions and not draft.byline.authors and isinstance(draft.body[0], Paragraph) \
            and not rules.ends_sentence(draft.body[0].text):
        # a caption cut where its line ended (…图为浙江省嘉 / 兴县农民在田间管理油菜。新华社记者 冯刚 摄): one caption
        captions[0] = Caption(draft.body.pop().text + captions[0].text, captions[0].line)
    elif not draft.byline.authors and (opened := captions_opened_by_paragraphs(draft.body, captions)) is not None:
        draft.body, captions = [], opened
    elif wired_photo and 0 < len(draft.body) <= 3:
        # its caption, then who took it (新华社记者 张  铎 摄) on a line of its own: one caption, credited
        texts = [b.text for b in draft.body]
        if len(texts) > 1 and rules.is_credit(texts[-1]):
            texts[-2:] = [f"{texts[-2]}　{texts[-1]}"]
        draft.body, captions = [], [Caption(t, draft.body[0].line) for t in texts] + captions
    (article,) = photo_items([freeze(draft, source).with_(captions=tuple(captions))])
    if sells_itself(article, furniture) or _slogan_and_its_sponsors(article):
        # …　营销中心：…　品鉴热线：027-8888 6666; 每瓶大洋一元 / 總發行所…: its lines are its text, as set
        body = ([Paragraph(deck.text, deck.line)] if deck else []) + [Paragraph(b.text, b.line) for b in article.body]
        article = article.with_(kind="advert", body=tuple(body), subtitle="" if deck else article.subtitle)
    if article.body and rules.is_photo_label(article.body[0].text):
        article = article.with_(body=article.body[1:], kind="photo")  # （圖片新聞） over the caption
    problems: list = untitled
    if rules.is_pulled(status := dict(header.labelled).get("status", "")):
        # 稿件状态：已撤稿: pulled before the paper went to press, as a draft is
        article = article.with_(draft=True)
        problems.append(Problem(source, None, f"never printed ({status}); left out as a draft"))
    elif rules.is_draft_note(first := next((line for line in lines if line.strip()), "")):
        # 【初稿　5月7日晚写　待改，别发！】 on top: the writer's draft, never printed
        article = article.with_(draft=True)
        problems.append(Problem(source, None, f"the writer's note calls it a draft ({first.strip()[:30]}); left out as a draft"))
    elif rules.mostly_unread(" ".join(article.paragraphs)):
        # 全路春■工作■结座■会…: the OCR read almost none of it (a card's 文本：OCR 失败)
        article = article.with_(draft=True)
        problems.append(Problem(source, None, "the text is mostly what the OCR could not read (■); left out as a draft"))
    elif len(article.body) == 1 and rules.says_fetch_failed(article.body[0].text):
        # 【正文抓取失败：页面已失效或需要登录】: its fields were clipped, its text never was
        article = article.with_(draft=True)
        problems.append(Problem(source, article.body[0].line, "no text: the crawler says it failed to fetch it "
                                                              f"({article.body[0].text[:40]}); left out as a draft"))
    if article.body and (read := rules.without_damage_note((notice := article.body[-1]).text)) is not None:
        # …为二（原件此处破损，以下文字无法识别）: what could be read is kept, and the loss told
        article = article.with_(body=article.body[:-1] + ((replace(notice, text=read),) if read else ()))
        problems.append(Problem(source, notice.line, f"the original is damaged ({notice.text[len(read):][:30]}); "
                                                     "its text stops short"))
    elif article.body and rules.is_feed_summary_notice((notice := article.body[-1]).text):
        # [Inoreader] 此訂閱源只提供摘要…: the feed sent its opening only; the rest was never saved
        article = article.with_(body=article.body[:-1])
        problems.append(Problem(source, notice.line, f"only the feed's summary was saved ({notice.text[:40]}); "
                                                     "the full text is at its link"))
    if noted := next(filter(None, map(rules.parse_source_note, furniture)), None):
        # （本文原载2021年5月6日《江城日报》第3版）: where and when it was printed, as a label says it; a day
        # after the one labelled is the print's of a story filed or posted before (发稿时间：2019-04-02 …
        # 【采用情况】滨城商报 2019-04-03 A2版), one before it where a reprint was first printed
        facts, labelled = dict(noted_facts(noted)), dict(header.labelled)
        later = bool(facts.get("date")) and _iso_day(labelled.get("date", "")) < facts["date"]
        header = replace(header, labelled=tuple((f, v) for f, v in header.labelled if not (later and f in ("date", "page")))
                         + tuple((f, v) for f, v in facts.items() if f not in labelled or later and f in ("date", "page")))
    if header.labelled:  # what the labels say wins over the path, as a sidecar does
        stated, wrong = stated_fields(dict(header.labelled), source, lambda key: None, "labelled")
        article, problems = apply_stated(article, stated), problems + wrong
        labels = dict(header.labelled)
        shot = rules.closes_with_photo_credit(labels.get("authors", "")) \
            or bool(labels.get("photographers", "").strip()) and not labels.get("authors", "").strip()
        if shot and len(article.paragraphs) <= 2:
            # 作者：新华社记者　陈　刚摄, or 摄影：陈默 with no writer, over a caption
            article = article.with_(kind="photo")
    return PageText((article,), tuple(furniture), tuple(problems))


def is_verse(texts: list[str]) -> bool:
    """六月的海是蓝色的信笺 / 浪花一遍遍誊写 / …: a text of four short lines or more, none a sentence
    ended, is a poem's, its marks at the ends of its lines; text wrapped at a narrow width breaks
    anywhere (局員工日夜搶修，已), and an advert's lines give figures (a price, a number to call).
    Where its lines are of many lengths, never most of them one width as a wrap's are, a poem's
    line may pause on a comma inside (一串一串，挂满村口), and its lines may each close a clause, a
    stanza on a full stop (…吹过菜市场早起的吆喝。), a note of where it was printed under it."""
    if texts and re.fullmatch(r"[（(][^（）()]*[）)]", texts[-1]):
        texts = texts[:-1]  # （载副刊《澄江》）
    if len(texts) < VERSE_LINES or any(len(text) > VERSE_CHARS for text in texts) or any(map(rules.is_contact_line, texts)):
        return False
    stopped = any(text.endswith("。") for text in texts[:-1])
    if not stopped and not any(re.search(r"[\W\d０-９]", text[:-1]) for text in texts):
        return True
    if max(Counter(map(len, texts)).values()) * 2 >= len(texts) \
            or any(re.search(r"[^\w，？！—]|[\d０-９]", text[:-1]) for text in texts):
        return False
    return not stopped or all(re.search(r"[，。！？；：—]$", text) for text in texts)


def captions_opened_by_paragraphs(body: list, captions: list[Caption]) -> list[Caption] | None:
    """The captions of a photo item (图片新闻) whose paragraphs, fewer than its photos, each stand
    right above a caption: a photo's place and time, then what the season shows, then the
    credit. None for an article that has text of its own."""
    body = [b for b in body if not isinstance(b, Paragraph) or rules.without_end_mark(b.text)]  # （完）
    # 圖／記者林志成攝 set apart under the paragraph: a bare credit, whose caption that paragraph is
    bare = bool(captions) and all(rules.is_credit(c.text) for c in captions)
    if not body or len(body) >= len(captions) and not (bare and len(body) == len(captions)) \
            or not all(isinstance(b, Paragraph) for b in body):
        return None
    in_order = sorted([*body, *captions], key=lambda item: item.line)
    opening: dict[int, str] = {}
    for item, after in zip(in_order, in_order[1:] + [None]):
        if isinstance(item, Paragraph):
            if not isinstance(after, Caption):
                return None
            opening[after.line] = item.text
    return [Caption(opening[c.line] + c.text, c.line) if c.line in opening else c for c in captions]


# What parts the articles of a file that holds several, as a crawler writes a page's to one
# file: a rule of = or - (=====), or the number of the piece (【第3篇】).
_PARTING = re.compile(r"^\s*(?:[=＝\-－—_*~]{5,}|【第\s*(?P<order>[\d一二三四五六七八九十]+)\s*篇】"
                      r"|[=＝]{3,}\s*(?:第\s*(?P<numbered>[\d一二三四五六七八九十]+)\s*篇|全文完)\s*[=＝]{3,})\s*$")
SEVERAL_LABELLED = "several articles per file: each its fields labelled, parted by rules (=====, 【第3篇】)"


# [06.03.21 08:15] 老报摘抄: a channel's message as a chat app exports it, its time and its sender.
_MESSAGE = re.compile(r"^\[\d{2}\.\d{2}\.\d{2,4} \d{1,2}:\d{2}(?::\d{2})?\]\s*[^\s:：]{1,30}[:：]\s*$")
# What a channel sets under a message: its tags and how often it was seen (#农业 #春耕, 👁 1.2K).
_MESSAGE_FOOT = re.compile(r"^(?:#\S+(?:\s+#\S+)*|👁\s*[\d.,]+[KkMm万]?)$")


def _marked_title(line: str) -> bool:
    return bool(re.fullmatch(r"【[^【】]{2,40}】|\*\*[^*]{2,40}\*\*", line.strip()))


def channel_messages(lines: list[str], source: str) -> PageText | None:
    """The pieces a channel's export holds, one a message (its title in 【】 or bold on its first
    line, where it was printed in its 来源 or 原载 note), or a file of pieces so titled parted by
    rules (---); None unless it holds two."""
    starts = [k for k, line in enumerate(lines) if _MESSAGE.match(line.strip())]
    if len(starts) < 2:
        ruled = [-1] + [k for k, line in enumerate(lines) if re.fullmatch(r"-{3,}|—{3,}|\*{3,}", line.strip())]
        firsts = [next((line for line in lines[k + 1:] if line.strip()), "") for k in ruled]
        starts = ruled if len(ruled) >= 2 and all(map(_marked_title, firsts)) else []
    if len(starts) < 2:
        return None
    articles, problems = [], []
    for a, b in zip(starts, [*starts[1:], len(lines)]):
        piece = [("" if _MESSAGE_FOOT.match(line.strip()) else line) for line in lines[a + 1:b]]
        top = next((k for k, line in enumerate(piece) if line.strip()), None)
        if top is None:
            continue
        piece[top] = re.sub(r"^【(.+)】$|^\*\*(.+)\*\*$", lambda m: m[1] or m[2], piece[top].strip())
        header = header_block(piece) or first_line_header(piece)
        shown = [""] * (a + 1) + piece + [""] * (len(lines) - b)
        page = parse_article_file(shown, replace(header, body_start=header.body_start + a + 1), source)
        articles += page.articles
        problems += page.problems
    return PageText(tuple(articles), (), tuple(problems))


def parse_labelled_articles(lines: list[str], source: str) -> PageText | None:
    """The articles of a file holding several, each a block of labelled fields (标题：…, 正文：)
    between rules, in their order on the page; what stands above the first is the page's head,
    a block that holds no article (a fetch's error) a problem. None unless two blocks are articles."""
    if (messages := channel_messages(lines, source)) is not None:
        return messages
    parts, start, order = [], 0, None
    for k, line in enumerate([*lines, "====="]):
        if (m := _PARTING.match(line)) is not None:
            parts.append((start, k, order))
            start, order = k + 1, m["order"] or m["numbered"]
    blocks = _fields_over_their_text(lines, [(a, b, order, labelled_header(lines[a:b])) for a, b, order in parts
                                             if any(x.strip() for x in lines[a:b])])
    if sum(header is not None for *_, header in blocks) < 2 and (parts := _parts_by_title_label(lines)):
        blocks = [(a, b, None, labelled_header(lines[a:b])) for a, b, _ in parts]
    if sum(header is not None for *_, header in blocks) < 2 and len(sourced := _parts_by_source_line(lines)) >= 3:
        blocks = [(a, b, None, _head_over_its_source(lines[a:b]) if k else None) for k, (a, b) in enumerate(sourced)]
    if sum(header is not None for *_, header in blocks) < 2:
        headed = [a for a, b, _, _ in blocks if rules.is_running_head(next((x for x in lines[a:b] if x.strip()), ""))]
        if sum(order is not None for *_, order, _ in blocks) < 2 and len(headed) < 2:
            return None
        # =====第3篇===== over each: a database's dump, each article under its page's running head,
        # numbered through the dump (no place on a page); or two pieces a reader copied, each under
        # its page's head (文汇报 1999年6月1日 第2版), parted by a rule
        blocks = [(a, b, None, _under_running_head(lines, a, b)) for a, b, _, _ in blocks]
        lines = [("" if rules.is_running_head(line) and rules.printed_date(line) else line) for line in lines]
    articles, furniture, problems = [], [], []
    # The day the export's head gives (见报日：2024年3月19日 over a story list), each piece's where it gives none
    day = next(((f, v) for a, b, _, header in blocks[:1] if header is None for line in lines[a:b]
                if (found := _label(line.strip())) and (f := found[0]) == "date" and (v := found[1])), None)
    for a, b, order, header in blocks:
        if header is not None and day and "date" not in dict(header.labelled):
            header = replace(header, labelled=header.labelled + (day,))
        if header is None:
            text = [x.strip() for x in lines[a:b] if x.strip()]
            if articles:
                problems.append(Problem(source, a + 1, f"no article between the rules ({text[-1][:40]}); skipped"))
            else:
                furniture += text  # 华夏日报 2021年04月06日 第06版：经济 / 本版共5篇: the page's head
            continue
        if not header.title:  # the file's name is its page's, no title of this one
            header = replace(header, title=UNTITLED)
            problems.append(Problem(source, a + 1, "no title in the article's fields"))
        shown = [""] * a + lines[a:b] + [""] * (len(lines) - b)  # the block where it stands, for its lines
        if rules.names_a_column_of_briefs(header.title) and not header.kicker and not header.subtitle:
            # 公司速递 / 来源：… over its briefs, each its head over its text: the briefs, each an item
            briefs = parse_text_page("\n".join([""] * (a + header.body_start) + lines[a + header.body_start:b]), source)
            facts = {f: v for f, v in header.labelled if f in ("page", "paper")}
            articles += [brief.with_(**facts) for brief in briefs.articles]
            problems += briefs.problems
            continue
        page = parse_article_file(shown, replace(header, body_start=header.body_start + a), source)
        article = page.articles[0]
        if order is not None:
            article = apply_stated(article, {"order": rules.read_number(order)})
        if rules.is_pulled(status := dict(header.labelled).get("status", "")):
            # 【撤稿】是: an item of a day's budget killed before the paper went to press, as a draft is
            article = article.with_(draft=True)
            problems.append(Problem(source, a + 1, f"never printed ({status}); left out as a draft"))
        articles.append(article)
        problems += page.problems
    return PageText(tuple(articles), tuple(furniture), tuple(problems))


def _fields_over_their_text(lines: list[str], blocks: list[tuple]) -> list[tuple]:
    """Blocks of fields with no text, each over a block of text alone (Title: … / Link: … / ------ /
    the text, as a feed reader exports its items): one article each, the rule under its fields."""
    out: list[tuple] = []
    for a, b, order, header in blocks:
        if header is None and out and (last := out[-1])[3] is not None \
                and not any(x.strip() for x in lines[last[0] + last[3].body_start:last[1]]):
            out[-1] = (last[0], b, last[2], labelled_header(lines[last[0]:b]) or last[3])
        elif header is None and out and out[-1][3] is None and _fields_alone(lines[out[-1][0]:out[-1][1]]) \
                and (merged := labelled_header(lines[out[-1][0]:b])) is not None:
            # 稿号：… / 发稿时间：… / 分类：… / ----- / its title / its text: a wire receiver's log, the
            # story's fields over it, its title untold among them
            out[-1] = (out[-1][0], b, out[-1][2], merged)
        else:
            out.append((a, b, order, header))
    return out


def _fields_alone(block: list[str]) -> bool:
    """稿号：XHN-110718-0007 / 发稿时间：2011-07-18 06:30 / 分类：国际: lines of labelled fields only,
    some of them fields known."""
    filled = [line.strip() for line in block if line.strip()]
    return len(filled) >= 2 and all(re.match(r"[\u4e00-\u9fffA-Za-z ]{1,8}[:：]\s*\S", line) for line in filled) \
        and any(_label(line) for line in filled)


# A news terminal's line of where each item was printed, right under its head: 来源：证券时报 2015-06-12 A3版.
_SOURCE_LINE = re.compile(r"\s*(?:来源|來源|稿源|出处)\s*[:：]\s*\S")


# …or the day first: 2014-12-09  中国证券报  A10版.
_DAY_PAPER_PAGE = re.compile(rf"(?P<y>(?:19|20)\d{{2}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})\s+(?P<paper>[{rules.HAN}]{{2,12}})\s+"
                             r"(?P<page>[A-Z]?\d{1,3})版?")


def _source_of(text: str) -> tuple[str, tuple[int, int, int] | None, str | None] | None:
    """The paper, day and page a terminal's line of source gives (证券时报 2015-06-12 A3版, 2014-12-09  中国证券报
    A10版), or None."""
    if m := _DAY_PAPER_PAGE.fullmatch(text.strip()):
        return m["paper"], (int(m["y"]), int(m["m"]), int(m["d"])), page_label(m["page"])
    return rules.parse_source_note(text)


def _is_source_line(line: str) -> bool:
    """来源：证券时报 2015-06-12 A3版, or 2014-12-09  中国证券报  A10版: a terminal's line of the paper, day and
    page an item was printed on (来源：钱江晚报 alone, 来源: https://…, a note's credit, is none)."""
    if _DAY_PAPER_PAGE.fullmatch(line.strip()):
        return True
    return bool(_SOURCE_LINE.match(line)) and "date" in dict(_source_facts(line))


def _source_facts(line: str) -> tuple[tuple[str, str], ...]:
    """The paper, day and page of a terminal's line of source, as labels: one note (来源：证券时报 2015-06-12
    A3版) or fields side by side (来源：证券时报　　发布日期：2013-07-23　　版面：B4)."""
    if (noted := _source_of(line)) is not None:
        return noted_facts(noted)
    fields = [found[:2] for part in re.split(r"[\s\u3000]{2,}", line.strip()) if (found := _label(part))]
    return tuple((f, _iso_day(v) if f == "date" else v) for f, v in fields if f in ("paper", "date", "page") and v)


def _parts_by_source_line(lines: list[str]) -> list[tuple[int, int]]:
    """A news terminal's items copied one under another (Wind's, Choice's): each its head over its
    line of source (来源：证券时报 2015-06-12 A3版), its labelled kicker, deck and byline, then its text;
    the lines in parts, the first what stands above the first head. Two items at the least, or none."""
    starts = [k for k in range(len(lines) - 1) if lines[k].strip() and _is_source_line(lines[k + 1])
              and _label(lines[k].strip()) is None and is_head_line(lines[k])]
    for n, k in enumerate(starts):  # (证监会：…六个月内 / 不得减持 / 来源：…: a head over two lines)
        while k > 0 and lines[k - 1].strip() and is_head_line(lines[k - 1]) and _label(lines[k - 1].strip()) is None \
                and not rules.ends_sentence(lines[k - 1]) and (n == 0 or k - 1 > starts[n - 1]):
            k -= 1
        starts[n] = k
    return list(zip([0, *starts], [*starts, len(lines)])) if len(starts) >= 2 else []


def _head_over_its_source(lines: list[str]) -> Header:
    """An item of a news terminal's: its head, the paper, day and page its source line gives, its
    labelled kicker and deck (引题：…, 副题：…) under them."""
    at = next(k for k, line in enumerate(lines) if _is_source_line(line))
    field = (_label(lines[at].strip()) or ("paper",))[0]
    heads, facts = [line.strip() for line in lines[:at] if line.strip()], _source_facts(lines[at])
    kicker, title, subtitle = _heads_stacked(heads)
    under = labelled_header(lines[at:])
    if under is None or under.title or not (under.kicker or under.subtitle):
        return replace(header_of(kicker, title, subtitle, body_start=at + 1), labelled=facts)
    return replace(under, title=title, body_start=under.body_start + at,
                   labelled=facts + tuple((f, v) for f, v in under.labelled if f != field))


def _heads_stacked(heads: list[str]) -> tuple[str, str, str]:
    """Kicker, title and deck of head lines stacked over an item's source: a ——deck last, and over
    the title a kicker unless the two are one head broken (证监会：…六个月内 / 不得减持)."""
    subtitle = heads.pop()[len(m[0]):] if len(heads) > 1 and (m := _DASH.match(heads[-1])) else ""
    if len(heads) == 2 and not rules.one_head_broken(*heads) and not rules.leaves_a_short_rest(*heads):
        return heads[0], heads[1], subtitle
    return "", "".join(heads), subtitle


def _parts_by_title_label(lines: list[str]) -> list[tuple[int, int, None]]:
    """A library's export of records one after another with no rule between (【标题】… 【正文】…
    【标题】…): each opens at its title's label, or at the labels over it that every record has
    (【日期】 over 【标题】); what stands above the first is the export's head. Empty unless two
    titles are labelled."""
    labels = {k: found[0] for k, line in enumerate(lines) if line.strip() and (found := _label(line))}
    counts = Counter(labels.values())
    starts = [k for k, field in labels.items() if field == "title"]
    if len(starts) < 2 and labels:
        # 稿件编号：… / 发稿时间：… / 栏目：… over each wire item's title: each opens where the
        # fields open, after a blank line
        first = labels[min(labels)]
        starts = [k for k, field in labels.items() if field == first
                  and ((top := _fields_top(lines, k)) == 0 or not lines[top - 1].strip())]
    if len(starts) < 2:
        return []
    for n, k in enumerate(starts):
        # (【撤稿】是 over one record's fields: its status, though no other record has one)
        while k - 1 in labels and (counts[labels[k - 1]] == len(starts) or labels[k - 1] == "status"):
            k -= 1
        starts[n] = _fields_top(lines, k)
    if sum(rules.ends_sentence(line.strip()) for line in lines[:starts[0]]) >= 5:
        return []  # a page's articles over a box of fields (主题：… 时间：… 地点：…): no export's head, that
    return [(0, starts[0], None), *((a, b, None) for a, b in zip(starts, [*starts[1:], len(lines)]))]


def _fields_top(lines: list[str], k: int) -> int:
    """Where the run of labelled lines that line k is in begins (a system's own, 稿件编号：…, too)."""
    while k > 0 and lines[k - 1].strip() and _OTHER_LABEL.match(lines[k - 1].strip()):
        k -= 1
    return k


def _under_running_head(lines: list[str], start: int, end: int) -> Header | None:
    """The header of an article under its page's running head (东海晨报  2020-11-02  星期一  第01版
    要闻): its heads as a one-article file's, the paper, date, page and section the running head gives."""
    top = next((k for k in range(start, end) if lines[k].strip()), None)
    if top is None or not rules.is_running_head(lines[top]) or not (said := running_head_facts(lines[top])):
        return None
    header = header_block(lines[top + 1:end])
    if header is None:
        return None
    return replace(header, body_start=header.body_start + top + 1 - start, labelled=header.labelled + said)


def running_head_facts(line: str) -> tuple[tuple[str, str], ...]:
    """The date, page, section and paper a running head (东海晨报  2020-11-02  星期一  第01版  要闻)
    or a line of the day's date alone (2017年3月10日　星期五) gives; none for any other line."""
    if not (rules.is_running_head(line) or rules.is_page_head(line)) or not (day := rules.printed_date(line)):
        return ()
    printed = rules.printed_page((line,))
    said = (("date", _iso(day)),) + ((("page", printed[0]),) + ((("section", printed[1]),) if printed[1] else ())
                                                   if printed else ())
    if (named := re.match(rf"{rules.PAPER}(?=\s)", line.strip())) and rules.paper_name(named[0]):
        said += (("paper", named[0]),)  # the running head's first word, the paper's name
    return said


def _slogan_and_its_sponsors(article) -> bool:
    """粒粒皆辛苦　节约从我做起 / 中央文明办　人民日报社 under its title: a public-service advert,
    a line or two of slogan and who placed it, no sentence of news."""
    lines = [block.text for block in article.body]  # set as heads or as text
    return article.kind == "article" and 1 <= len(lines) <= 3 and not article.captions \
        and all(len(line) <= 30 and not rules.ends_sentence(line) and "，" not in line for line in lines) \
        and any(re.search(r"[\u3000 ]", line) for line in lines)


def _title_line(lines: list[str], header: Header) -> int:
    """The line the title stands on: its own, or its label's (Headline: over Title:, the paper's)."""
    top = list(enumerate(lines[:header.body_start], 1))
    fields = {k: (_label(line) or ("",))[0] for k, line in top if line.strip()}
    bullets = rules.BULLETS + rules.ITEM_BULLETS  # ■全市初三、高三学生下周一复课: a brief's, in a column of them
    return next((k for k, line in top if line.strip() and _clean(line).lstrip(bullets).strip() == header.title), None) \
        or next((k for k, field in fields.items() if field == "headline"), None) \
        or next((k for k, field in fields.items() if field == "title"), 1)
