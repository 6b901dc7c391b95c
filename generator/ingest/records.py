"""Records files (.jsonl, .json, .csv, .tsv, .xml, .yml): one article per record, as newsroom systems,
spiders, e-paper systems and public datasets export archives.

Fields: title, date, body, and optionally kicker, subtitle, authors, correspondents, paper,
page, order, section, kind (photo, ad), tags, summary, slug, url; the usual other names of each (content, text,
headline, 标题, 正文, 日期, 版次 …) are read too. A bad record is a problem naming the file and
its line; the others are read.
"""
from __future__ import annotations

import csv
import html
import datetime as dt
import io
import json
import re
from collections import Counter
from dataclasses import replace
from typing import Callable, Iterable
from xml.etree import ElementTree

import yaml

from .. import dates
from ..model import UNTITLED, Article, Block, Caption, Paragraph, Problem, SectionHead
from . import rules
from .frontmatter import (StatedError, TextDates, apply_stated, field_name, is_issue_number, page_and_name, record_kind,
                          stated_fields, parse_yaml)
from .markup import error_page, is_markup, paragraphs_of
from .microblog import is_post, is_posts_header, post_fields, threads_joined, why_not_the_papers
from .paths import address_date
from .punctuation import fullwidth_punctuation
from .newsml import is_news_standard, news_records, withdrawn
from .notebook import UNPUBLISHED
from .tei import is_tei, local_tag, tei_records
from .textpage import photo_items, sells_itself

JSON_LINES_SUFFIXES = (".jsonl", ".ndjson", ".jl")  # .jl: Scrapy's name for its JSON Lines feed
JSON_SUFFIXES = (".json",)
CSV_SUFFIXES = (".csv", ".tsv", ".mer")  # .mer: FileMaker's merge export, a CSV under its own name
XML_SUFFIXES = (".xml", ".atom")  # .atom: a blog's export as a feed (Blogger's feed.atom)
YAML_SUFFIXES = (".yml", ".yaml")  # a keeper's own list of clippings (a text's facts beside it are its sidecar)
SHEET_SUFFIXES = (".xls",)  # a search database's export: an HTML table Excel opens, named as its workbook
RECORD_SUFFIXES = JSON_LINES_SUFFIXES + JSON_SUFFIXES + CSV_SUFFIXES + XML_SUFFIXES + YAML_SUFFIXES + SHEET_SUFFIXES

# What a database's export writes for a field with no value: NULL (mysql -B), \N (COPY, mysqldump).
_EMPTY = (None, "", "NULL", "None", "\\N", "不详", "不詳", "未详", "不明", "待定", "未知")  # (不详: said unknown, as empty; None: Python's, as news-please writes it)
# MySQL's zero day, what a date column holds where it was given none.
_ZERO_DAY = re.compile(r"0000-00-00(?:[ T]00:00:00)?")


def record_fields(record: dict) -> dict:
    """A record's values under this generator's field names (the first of several aliases wins,
    a listed name before a guessed one; a nested object's fields, {"meta": {"date": …, "page":
    …}}, after the record's own, at any depth)."""
    fields: dict = {}
    items, level = [], [record]
    while level:  # {"doc": {"meta": {"pubdate": …}}}: each level's fields after those above it
        level = [{key: _head_named(key, _byline_of(_extended(value))) for key, value in inner.items()} for inner in level]
        items += [item for inner in level for item in inner.items()]
        # {"print": {"date": "20210916", "page_no": 3}}: what the print says before what the site says
        items = [item for inner in level for key, value in inner.items() if str(key).lower() in _PRINTED and isinstance(value, dict)
                 for item in value.items()] + items
        level = [value for inner in level for value in inner.values() if isinstance(value, dict)]
    for guess in (False, True):
        for key, value in items:
            name = field_name(key, guess)
            if name == "date" and is_issue_number(value):
                continue  # 刊期：第402期: the issue's number, the day is another field's
            if name == "paper" and isinstance(value, str) and re.match(r"https?://", value.strip()):
                name = "url"  # trafilatura's source: the address it read, no paper's name
            if name and name not in fields and value not in _EMPTY and not isinstance(value, dict):
                fields[name] = value
    if "date" not in fields and (day := _day_in_parts(items)):
        fields["date"] = day
    return fields


# A day kept in three columns (年,月,日), as a catalogue's database keeps it.
_DAY_PARTS = {"年": 0, "年份": 0, "year": 0, "月": 1, "月份": 1, "month": 1, "日": 2, "day": 2}


def _day_in_parts(items: list) -> str | None:
    """1983-03-15 of a record's 年 1983, 月 3, 日 15 (82 a year of the 1900s); 1983-03 or 1983 where
    the day or the month is left empty; None without a year."""
    parts: dict[int, str] = {}
    for key, value in items:
        if (k := _DAY_PARTS.get(str(key).strip().lower())) is not None and k not in parts and str(value).strip().isdigit():
            parts[k] = str(value).strip()
    if 0 not in parts:
        return None
    year = parts[0] if len(parts[0]) == 4 else f"19{parts[0]}" if len(parts[0]) == 2 else None
    if year is None:
        return None
    known = [year] + [f"{int(parts[k]):02d}" for k in (1, 2) if k in parts]
    return "-".join(known[:1 + (1 in parts) + (1 in parts and 2 in parts)])


# A head set as an object of its parts ({"headline": {"kicker": …, "main": …, "sub": …}}): the
# parts by their place in it.
_HEAD_PARTS = {"main": "title", "text": "title", "value": "title", "sub": "subtitle", "pre": "kicker"}
# …and a page as an object of its number and name ({"page": {"num": "04", "name": "国内"}}).
_PAGE_PARTS = {"num": "page", "number": "page", "no": "page", "value": "page", "id": "page",
               "name": "section", "title": "section", "label": "section"}


# What an export calls the print edition's own fields, nested: {"print": {"date": …, "page_no": …}}.
_PRINTED = ("print", "printed", "edition", "paper_edition", "print_edition")


def record_leaves(record: dict) -> list[tuple[object, object]]:
    """Every (key, value) of a record and of the objects nested in it."""
    leaves, level = [], [record]
    while level:
        leaves += [item for inner in level for item in inner.items()]
        level = [value for inner in level for value in inner.values() if isinstance(value, dict)]
    return leaves


def whole_name(family: str, given: str) -> str:
    """蒙, 晓燕 → 蒙晓燕; Liu, Jianguo → Liu Jianguo: a writer's name a reference manager keeps in two
    parts, whole again (a Chinese name closed up)."""
    family, given = family.strip(), given.strip()
    joined = "" if re.fullmatch(r"[\u4e00-\u9fff·]+", family + given) else " "
    return joined.join(filter(None, (family, given)))


def _byline_of(value: object) -> object:
    """[{"name": "沈佳怡", "role": "记者"}, {"name": "许丹", "role": "责任编辑"}]: a byline as the list of
    its people and roles, read as the line it prints (记者 沈佳怡 … 责任编辑 许丹); CSL's
    [{"family": "蒙", "given": "晓燕"}, {"literal": "本报评论员"}] as the names it gives."""
    if isinstance(value, list) and value and all(isinstance(v, dict) and ("family" in v or "literal" in v) for v in value):
        # (parted as the RIS and BibTeX readers part them: a romanised name keeps the space within it)
        return "、".join(str(v.get("literal") or whole_name(str(v.get("family", "")), str(v.get("given", "")))) for v in value)
    if isinstance(value, list) and value and all(isinstance(v, dict) and "name" in v for v in value):
        # (its editors, its source and the house's signature are no writers: 责任编辑, 来源, 署名)
        return "　".join(f"{v.get('role') or ''} {v['name']}".strip() for v in value
                        if not re.search(r"编|校|审|监制|来源|署名", str(v.get("role") or "")))
    return value


def _head_named(key: str, value: object) -> object:
    """A nested head's or page's parts under this generator's names: main is the title, sub its
    subtitle; a page's num its number, its name the section."""
    if isinstance(value, dict) and field_name(key) in ("title", "page"):
        parts = _HEAD_PARTS if field_name(key) == "title" else _PAGE_PARTS
        return {parts.get(str(k).lower(), k): v for k, v in value.items()}
    return value


def _extended(value: object) -> object:
    """A value as MongoDB's export wraps it ({"$date": "2021-06-17T16:00:00Z"}, {"$oid": …}), unwrapped;
    a day as CSL-JSON keeps it ({"date-parts": [["2011", 1, 20]]}) as its date."""
    if isinstance(value, dict) and isinstance(parts := value.get("date-parts"), list) and parts and isinstance(parts[0], list):
        try:
            numbers = [int(p) for p in parts[0][:3]]
        except (TypeError, ValueError):
            return value
        return "-".join(f"{n:02}" if k else str(n) for k, n in enumerate(numbers))
    if isinstance(value, dict) and len(value) == 1 and next(iter(value)) in ("$date", "$oid", "$numberInt", "$numberLong"):
        inner = next(iter(value.values()))
        return _extended(inner)  # {"$date": {"$numberLong": "…"}} nests once more
    if isinstance(value, dict) and len(value) == 1 and re.fullmatch(r"und|[a-z]{2}(?:-[a-z]{2,4})?", str(next(iter(value)))) \
            and isinstance(items := next(iter(value.values())), list) and all(isinstance(i, dict) and "value" in i for i in items):
        # Drupal's field: {"und": [{"value": "<p>…</p>", "format": "full_html"}]}, one value a language, or none ([])
        return "\n".join(str(i["value"]) for i in items if i["value"] not in (None, "")) or None
    if isinstance(value, list) and not value:
        return None  # (Drupal's field left empty: [])
    if isinstance(value, list) and all(isinstance(v, dict) and "@value" in v for v in value):
        # Omeka S's (JSON-LD's) property: [{"type": "literal", "@value": "…"}], each value an object
        return "\n".join(str(v["@value"]) for v in value if v["@value"] not in (None, "")) or None
    return value


# WordPress's shortcodes around a picture, a gallery or a video in a post's content.
_SHORTCODE = re.compile(r"\[/?(?:caption|gallery|embed|video|audio|wp_caption)\b[^\]]*\]")
# What an Omeka S site's API gives besides its items (JSON-LD's @type): its collections, files and pages.
_NO_ITEM_OF_OMEKA = ("o:ItemSet", "o:Media", "o:Site", "o:SitePage")
# What a Drupal site's nodes are besides its stories: its pages, forms, polls, blocks.
_NO_NODE = ("page", "webform", "poll", "forum", "book", "panel", "landing_page")
# What a reference manager's export (Zotero's Item Type) holds besides its items: their files and notes.
_NO_ITEM = ("attachment", "note", "annotation")
# What a WordPress export holds besides its posts: an older version of one, an uploaded file.
_NO_POST = ("revision", "attachment", "nav_menu_item", "auto-draft", "customize_changeset", "page")


def body_blocks(body: object, line: int) -> tuple[Block, ...]:
    """A record's body as paragraphs: one a line (or a list of them, or the <p>s of the HTML a
    spider scraped); a short line that reads as a head between paragraphs is a section head."""
    if isinstance(body, list):
        lines = body
    else:
        body = _SHORTCODE.sub("", str(body))  # [caption id="…"]<img …> 图说[/caption]: the caption stays
        # A body with no line break of its own may have them escaped, as a database exports
        # text (…打八折。\n周边居民…).
        lines = paragraphs_of(body) if is_markup(body) else (
            body if "\n" in body.strip() else unescaped(body)).splitlines()
    texts = [fullwidth_punctuation(str(t).strip()) for t in lines]
    texts = [t for t in texts if t]
    blocks: list[Block] = []
    # ■临川剧团赴沪演出 / 本报讯… / ■市区新设…: briefs under their bullets, the first head opening the text
    marks = rules.ITEM_BULLETS + rules.BULLETS
    bulleted = sum(t[:1] in marks and rules.is_bare_heading(t[1:].strip()) for t in texts) >= 2
    for k, text in enumerate(texts):
        between = 0 < k < len(texts) - 1
        if bulleted and text[:1] in marks and k < len(texts) - 1 and rules.is_bare_heading(text[1:].strip()):
            blocks.append(SectionHead(text[1:].strip(), line))
            continue
        head = between and rules.is_bare_heading(text)
        blocks.append(SectionHead(text, line) if head else Paragraph(text, line))
    return tuple(blocks)


# A kicker or a deck an e-paper's HTML marks by its class, above the text: <p class="yinti">,
# <p class="futi">; the names its systems give them in pinyin or in English.
_MARKED_HEAD = re.compile(r'<p\b[^>]*\bclass="(?P<kind>yinti|yin_ti|kicker|pretitle|futi|fu_ti|subtitle|deck)"[^>]*>'
                          r"(?P<text>.*?)</p>", re.I | re.S)


def _heads_in_markup(fields: dict) -> dict:
    """A record's kicker and deck where its body's HTML marks them by class, taken out of the text."""
    found = {("kicker" if m["kind"].lower() in ("yinti", "yin_ti", "kicker", "pretitle") else "subtitle"):
             re.sub(r"<[^>]+>", "", m["text"]).strip() for m in _MARKED_HEAD.finditer(str(fields["body"]))}
    if not found:
        return fields
    return {**{name: text for name, text in found.items() if text}, **{k: v for k, v in fields.items() if v},
            "body": _MARKED_HEAD.sub("", str(fields["body"]))}


# What a sheet's row of totals says it is, and how it counts the rows above it.
_TOTALS = frozenset({"合计", "总计", "小计", "共计", "合計", "總計", "小計", "共計"})
_COUNTED = re.compile(r"(?:共|合计|总计|合計|總計)?\s*\d{1,6}\s*[条篇则條則项項]")


# An address that names an image file, as a media library's row gives each picture's.
_PICTURE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|tiff?|bmp)(?:\?\S*)?$", re.I)


def record_article(record: object, source: str, line: int) -> tuple[Article | None, list[Problem]]:
    """The article of one record, or the problem that keeps it out."""
    if not isinstance(record, dict):
        return None, [Problem(source, line, "record is not an object of field: value; skipped")]
    if isinstance(record.get("_source"), dict) and ("_index" in record or "_id" in record):
        record = record["_source"]  # a search index's hit (elasticdump's line): the record it holds
    if str(record.get("post_type", "")).lower() in _NO_POST:
        return None, [Problem(source, line, f"a {record['post_type']} of the site's (post_type), no article; skipped")]
    if str(record.get("Item Type", record.get("itemType", ""))).strip() in _NO_ITEM:
        # a reference manager's (Zotero's) stored file or note beside the clippings it files
        return None, [Problem(source, line, f"a reference manager's {record.get('Item Type') or record.get('itemType')} "
                                            "(Item Type), no article; skipped")]
    # status, 稿件状态, Remarks 备注: a field that says how the piece stands
    pulled = [str(v).strip() for k, v in record.items() if any(part.lower() in rules.STATUS_FIELDS for part in str(k).split())]
    if status := next(filter(rules.is_pulled, pulled), ""):
        return None, [Problem(source, line, f"never published (status: {status}); left out")]
    if str(record.get("status", "")).lower() in (UNPUBLISHED if "post_type" in record else ("draft", "auto-draft", "trash")):
        # a site's post not yet out; any system's story its status calls a draft
        return None, [Problem(source, line, f"never published (status: {record['status']}); left out")]
    types = record.get("@type") if isinstance(record.get("@type"), list) else [record.get("@type")]
    if kinds := [str(t) for t in types if str(t) in _NO_ITEM_OF_OMEKA]:  # a collection, a file, a page beside its items
        return None, [Problem(source, line, f"an Omeka S {kinds[0]} (@type), no article; skipped")]
    if "nid" in record and str(record.get("type", "")).lower() in _NO_NODE:
        return None, [Problem(source, line, f"a {record['type']} of the site's (Drupal's node type), no article; skipped")]
    if "nid" in record and str(record.get("status", "")).strip() == "0":  # Drupal's node left unpublished
        return None, [Problem(source, line, "never published (status: 0); left out")]
    cells = [str(v).strip() for v in record.values() if not isinstance(v, (dict, list)) and str(v).strip()]
    if any(c in _TOTALS for c in cells) or len(cells) == 1 and _COUNTED.fullmatch(cells[0]):
        return None, []  # 合计 / 共12条, or 共13条 alone: the sheet's row of totals, under its records
    if is_post(record):  # a microblog's post: the article it carries, unless it passes on another's
        if (why := why_not_the_papers(record)) is not None:
            return None, [Problem(source, line, f"{why}, none of the paper's articles; skipped")]
        record = post_fields(record)
    fields = record_fields(record)
    slots = str(fields.get("title") or "").split("\n")
    if len(slots) == 3 and slots[1].strip() and not fields.get("kicker") and not fields.get("subtitle"):
        # 科技自立自强⏎我国自主研发的深海探测装备完成海试⏎, ⏎把便民服务做到群众心坎上⏎: a crawler's three slots of a
        # head in one field, kicker, title and deck, any of them empty, as the e-paper's page sets them
        fields["kicker"], fields["title"], fields["subtitle"] = (slot.strip() for slot in slots)
        fields["subtitle"] = re.sub(r"^[—―─-]{1,2}\s*", "", fields["subtitle"])
    for name in ("title", "kicker", "subtitle"):
        if isinstance(fields.get(name), str) and re.search(r"&(?:[a-z]{2,8}|#\d{2,6});", fields[name]):
            # 渔港新村的&ldquo;网红&rdquo;民宿: a head as the site's HTML has it (&nbsp; a space as any other)
            fields[name] = html.unescape(fields[name]).replace("\xa0", " ")
        if isinstance(fields.get(name), str) and "\n" in fields[name].strip():
            # 我市春季植树造林启动⏎今年计划新增绿地1200亩: a head as set over two lines of its cell, a space
            # apart; 读懂政府工作报告里的⏎“民生温度”: one head cut where its line ended, run together
            lines = [line.strip() for line in fields[name].splitlines() if line.strip()]
            cut = len(lines) == 2 and rules.one_head_broken(*lines)
            fields[name] = ("" if cut else " ").join(lines)
    broken = re.split(r"\s*<br\s*/?>\s*", str(fields.get("title") or "").strip(), flags=re.I)
    two_lines = len(broken) == 2 and all(broken)
    # (临江首条跨江隧道<br>主体结构全线贯通: a thing named alone over what it did, one head however many heads it has;
    # 县政府与省农科院签订<br>科技合作框架协议: what was done over the thing it was done to)
    one_head = two_lines and (rules.one_head_broken(*broken) or rules.names_a_thing_only(broken[0])
                              or rules.object_under_its_verb(*broken))
    if one_head or two_lines and (fields.get("kicker") or fields.get("subtitle")):
        # 县人民医院成功开展首例<br/>冠脉介入手术: one head broken where its line ended; 守护“舌尖上的安全”<br/>
        # 护航群众健康生活 under its own kicker: the title's two clauses, set apart as printed
        fields["title"] = (broken[0] + broken[1]) if one_head else f"{broken[0]} {broken[1]}"
    elif two_lines:
        # 迎三八　颂巾帼<br>我市表彰十佳女职工: the head's two lines in one field, a kicker over its title
        # (or a title over its ——deck)
        deck = broken[1].startswith(("——", "—"))
        fields["title"], fields["kicker" if not deck else "subtitle"] = (broken[0], broken[1]) if deck else (broken[1], broken[0])
    title = rules.without_site_name(str(fields.get("title") or "").strip())  # 江城晚报数字报-…: a spider's page title
    fields["title"] = title
    if not title and rules.is_mojibake(str(fields.get("body") or "")):
        return None, [Problem(source, line, "record's text is mojibake (锟斤拷…), decoded in the wrong charset "
                                            "before it was saved; skipped")]
    if error := error_page(str(fields.get("body") or "")):  # titled or not, its text is lost
        return None, [Problem(source, line, f"a server's error page ({error}) saved in place of an article; skipped")]
    if rules.says_page_is_missing(str(fields.get("body") or "")):  # 很抱歉，您要访问的页面不存在: a crawler's 404
        return None, [Problem(source, line, "a site's page saying the article is not there, saved in its place; skipped")]
    if rules.is_page_of_heads(str(fields.get("body") or "")):
        return None, [Problem(source, line, "an e-paper's page of headlines (第06版：经济 over its titles), no article; skipped")]
    untitled = []
    if _PICTURE_FILE.search(str(fields.get("url") or "")) and not str(fields.get("body") or "").strip():
        # a media library's row (lantern-takapuna, …/lantern-takapuna.jpg, its caption): the site's picture
        return None, [Problem(source, line, "a picture's record (its address names an image file), no article; skipped")]
    if re.fullmatch(r"#(?:REF|VALUE|N/A|NAME\?|DIV/0)!?", title):
        return None, [Problem(source, line, f"a spreadsheet's broken cell ({title}) where the title was; skipped")]
    if not title and not str(fields.get("body") or "").strip():
        return None, [Problem(source, line, f"record has no title (fields: {', '.join(map(str, record))}); skipped")]
    if not str(fields.get("body") or "").strip() and (is_markup(str(fields.get("summary") or ""))
                                                     or len(re.findall(r"[。！？]", str(fields.get("summary") or ""))) >= 2):
        # an RSS item's description in paragraphs of HTML, a library's dc:description of sentences: its
        # text, as the record carries it
        fields = {**{k: v for k, v in fields.items() if k != "summary"}, "body": fields["summary"]}
    if isinstance(fields.get("body"), list) and all(isinstance(b, str) for b in fields["body"]) \
            and is_markup("\n".join(fields["body"])):
        fields = {**fields, "body": "\n".join(fields["body"])}  # ["<p>　　本报讯…</p>", …]: a list of paragraphs in HTML
    if is_markup(str(fields.get("body", ""))):
        fields = _heads_in_markup(fields)
    # （全文缺）, 全文暂缺: the text field saying the text is missing holds none
    missing = re.fullmatch(r"\s*[（(【\[]?\s*(?:全文|正文|原文)?\s*(?:缺|缺失|暂缺|暫缺|未录入|未錄入)\s*[）)】\]]?\s*", str(fields.get("body") or ""))
    blocks = () if missing else body_blocks(fields.get("body", ""), line)
    if len(blocks) > 1 and isinstance(blocks[0], Paragraph) and len(blocks[0].text) <= 16 \
            and re.match(r"第?\s*[A-Z]?\d{1,3}\s*版", blocks[0].text) and (printed := rules.printed_page((blocks[0].text,))):
        # 第A04版：城事 over the text: the page a crawler's e-paper printed it on, and its name
        blocks = blocks[1:]
        fields.setdefault("page", printed[0])
        if printed[1]:
            fields.setdefault("section", printed[1])
    if not title and len(blocks) > 1 and isinstance(blocks[0], Paragraph) and rules.is_bare_heading(blocks[0].text):
        title, blocks = blocks[0].text, blocks[1:]  # the title field blank, the head the text's first line
        fields["title"] = title
    if (pictured := rules.photo_label_first(title)) is not None:
        title, fields["title"] = pictured, pictured  # 图片新闻：槐花飘香: a photo, filed under its label
        fields.setdefault("kind", "photo")
    elif not fields.get("kicker") and (labelled := rules.labelled_title(title)) is not None:
        # 〔广告〕同春堂药号, （本市简讯）米价续涨, 社论：春耕贷款不可再迟: an index's title with the kind of
        # piece or the column it was filed under
        label, title = labelled
        fields["title"] = title
        if rules.is_advert_label(label):
            fields.setdefault("kind", "advert")
        elif re.fullmatch(r"照片|图片|圖片", label):
            fields.setdefault("kind", "photo")
        elif label and not re.fullmatch(r"诗|詩|散文|小说|小說", label):
            fields["kicker"] = label
    if (paged := rules.title_and_page(title)) is not None:
        title, fields["title"] = paged[0], paged[0]  # 【第3版】汉江边的“守桥人”: the page it was printed on first
        fields.setdefault("page", paged[1])
    if not fields.get("subtitle") and (deck := rules.title_and_deck(title)):
        title, fields["subtitle"] = deck  # 绿水青山间的致富路——青石县发展林下经济见闻: title and deck in one field
        fields["title"] = title
    if not title:  # a brief filed without a head: kept, as the page reader keeps text without one
        title, fields["title"] = UNTITLED, UNTITLED
        untitled = [Problem(source, line, f"record has no title (fields: {', '.join(map(str, record))}); "
                                          "kept as an untitled item")]
    # "note": "本文原载于2020年5月4日《江南晚报》第07版": where the print was, over the day it was posted
    noted = next(filter(None, (rules.parse_source_note(str(v)) for k, v in record_leaves(record)
                               if str(k).lower() in ("note", "notes", "remark", "remarks", "备注", "说明") and isinstance(v, str))), None)
    closing = rules.parse_source_note(blocks[-1].text) if not noted and blocks and isinstance(blocks[-1], Paragraph) else None
    # …（原载《汉滨日报》2023年6月12日第1版）closing the text: a post's note of the print, unless the record is
    # another paper's print of it (南粤都市报's, noting 原载…《羊城晚报》: where it was printed first)
    if closing and closing[1] and (not fields.get("paper") or rules.simplified(str(fields["paper"])) == rules.simplified(closing[0])):
        noted, blocks = closing, blocks[:-1]
        fields.setdefault("paper", closing[0])
    if noted and noted[1]:
        fields["date"] = "%04d-%02d-%02d" % noted[1]
        fields["page"] = noted[2] or fields.get("page")
    if (day := spreadsheet_day(fields.get("date"))) is not None:
        untitled.append(Problem(source, line, f"date {fields['date']} is a spreadsheet's day number; read as {day}"))
        fields["date"] = day
    blocks, heads_repeated = _past_heads_repeated(title, blocks, fields)
    if not fields.get("subtitle") and blocks and re.match(r"^[—―]{1,2}", blocks[0].text) and len(blocks[0].text) <= 40:
        fields["subtitle"], blocks = blocks[0].text, blocks[1:]  # ——建屋局：今年内再推两个项目, as the lead's first line
    if not fields.get("kicker") and len(blocks) > 1 and (rules.is_bracketed_rubric(blocks[0].text) or rules.is_genre_label(blocks[0].text)):
        fields["kicker"], blocks = blocks[0].text.strip("【】［］〖〗·•・ "), blocks[1:]  # 【晚报时评】 over its text: its column
    if not fields.get("authors") and blocks and (rules.parse_byline(blocks[0].text)
                                                 or (rules.is_bulleted(blocks[0].text) or heads_repeated and len(blocks) > 1)
                                                 and rules.name_line(blocks[0].text)):
        fields["authors"], blocks = blocks[0].text, blocks[1:]  # the body opens with its byline line (■ 李文博)
    elif not fields.get("authors") and blocks and (closing := rules.split_trailing_byline(blocks[-1].text)):
        fields["authors"] = " ".join(closing[1].authors)  # …孵化器达到31家。（记者 孙晓）: signed at its end
    elif not fields.get("authors") and len(blocks) > 2 and rules.opens_as_a_letter(blocks[0].text) and len(blocks[-1].text) <= 24 \
            and (signed := rules.parse_byline(blocks[-1].text)) and signed.authors:
        fields["authors"], blocks = " ".join(signed.authors), blocks[:-1]  # 编辑同志：… / 读者 欧阳明珠: a letter, signed under it
    lead = rules.parse_lead(blocks[0].text) if blocks and isinstance(blocks[0], Paragraph) else None
    dateline = lead.dateline if lead is not None and lead.rest else ""
    if dateline:  # 新京报讯（记者 王梦）为应对…: as a page prints it
        blocks = (Paragraph(lead.rest, blocks[0].line), *blocks[1:])
    elif isinstance(fields.get("dateline"), str) and fields["dateline"].strip():
        # "dateline": "本报讯（记者 刘芳）", a corpus's field of its own: the item's dateline, its writers in it
        lead = rules.parse_lead(fields["dateline"].strip())
        dateline = lead.dateline if lead is not None else fields["dateline"].strip()
    fields.pop("dateline", None)
    if lead is not None and dateline:
        if rules.is_site_name(str(fields.get("authors") or "")):
            fields["authors"] = ""  # authors: 青岚日报, a feed's own name for its items, no writer: the dateline's instead
        for name, found in (("authors", lead.byline.authors), ("correspondents", lead.byline.correspondents),
                            ("paper", (lead.paper,) if lead.paper else ())):
            if found and not fields.get(name):
                fields[name] = " ".join(found)
    if not fields.get("page") and (placed := re.match(r"\s*第\s*([A-Z]?\d{1,3})\s*版[\s：:·]*", str(fields.get("section") or ""))):
        # 第03版：城事, a spider's name of the page: its number, then its name
        fields["page"], fields["section"] = placed[1], str(fields["section"])[placed.end():].strip()
    if _ZERO_DAY.fullmatch(str(fields.get("date") or "").strip()) and fields.get("url") and address_date(str(fields["url"])):
        untitled.append(Problem(source, line, f"date {fields.pop('date')} is a database's zero day, no date; "
                                              "the day in its address is taken"))
    if not fields.get("date") and fields.get("url"):
        fields["date"] = address_date(str(fields["url"]))
    stated, problems = stated_fields(fields, source, lambda key: line, "record")
    problems = untitled + problems
    text = "".join(b.text for b in blocks if isinstance(b, Paragraph))
    if len(str(fields.get("body") or "").strip()) in _FIELD_LIMITS and not rules.ends_sentence(text):
        # …在县文化馆展出的作品中有不少: 255 characters and mid-sentence, as a database's text field cuts a body
        problems.append(Problem(source, line, f"its text stops at {len(str(fields['body']).strip())} characters, "
                                              "mid-sentence, as a database's field cuts it; kept as read"))
    if not blocks and any(re.search(r"待录入|待錄入|待补录|待補錄|暂缺|暫缺", str(v)) for v in record.values()):
        # 备注：待录入: a placeholder its typist meant to fill
        problems.append(Problem(source, line, "record has no text yet (a placeholder: 待录入); kept as its title alone"))
    article = Article(source=source, line=line, title=title, body=blocks,
                      kind="article" if blocks else "title-only")
    if fields.get("url"):
        article = article.with_(source_url=str(fields["url"]).strip())
    if (kind := record_kind(fields.get("kind"))) is not None:
        article = article.with_(kind=kind)
    elif rules.is_advert_label(str(fields.get("section") or "")):
        article = article.with_(kind="advert")  # filed under the adverts' page (版名 广告)
    elif (rules.credits_photos_only(credit := _joined(fields.get("authors")))
          or re.match(r"^(?:摄影|攝影|图片|圖片)\s*[:：/／]", credit)) and len(blocks) <= 2:
        article = article.with_(kind="photo")  # 本报记者 方圆 摄, 摄影：刘家成 over a caption: a photo
    elif 1 < len(blocks) <= 2 and isinstance(blocks[-1], Paragraph) and len(blocks[-1].text) <= 24 \
            and rules.closes_with_photo_credit(blocks[-1].text) and (shot := rules.photographers(blocks[-1].text)) \
            and set(shot) >= set(getattr(rules.parse_byline(_joined(fields.get("authors"))), "authors", ())):
        # a caption over 本报记者 周洁 摄, the author field naming her or empty: a photo, by whoever took it
        article = article.with_(kind="photo", authors=shot)
    elif not fields.get("authors") and len(blocks) == 1 and isinstance(blocks[0], Paragraph) \
            and rules.closes_with_photo_credit(blocks[0].text) and rules.photographers(blocks[0].text):
        # …长势良好。　新华社记者　张　楠摄, the record's only text: a photo's caption, by whoever took it
        article = photo_items([article.with_(kind="title-only", body=(), captions=(Caption(blocks[0].text, line),))])[0]
    article = apply_stated(article.with_(dateline=dateline), stated)
    if "kind" not in article.stated and sells_itself(article, article.paragraphs):
        article = article.with_(kind="advert")  # 服务热线：400-…, under a slogan or two: an advert, as on a page
    if not any("mid-sentence" in p.message for p in problems) \
            and (cut := rules.stops_mid_sentence("\n".join(article.paragraphs), least=1)):
        # …六位代表，以亲身经历讲述了 and the cell's end: a clipping torn, or a field cut short
        problems = problems + [Problem(source, line, f"its text stops mid-sentence ({cut[1]}); cut short? read as far as it goes")]
    return article, problems


def _past_heads_repeated(title: str, blocks: tuple[Block, ...], fields: dict) -> tuple[tuple[Block, ...], bool]:
    """A text opening with the heads its record has already (学习贯彻全国两会精神 / 市委理论学习中心组
    举行集体学习 / …), as a spider stores a page's head block with its text: the text after the
    title, the line over it the kicker; and whether it did (the writer's name alone may follow)."""
    at = next((k for k, b in enumerate(blocks[:2]) if b.text.strip() == title), None)
    if at is None or len(blocks) < at + 2 or at and not rules.is_bare_heading(blocks[0].text):
        return blocks, False
    if at and not fields.get("kicker"):
        fields["kicker"] = blocks[0].text.strip()
    return blocks[at + 1:], True


# The lengths a database's text field holds (Access's 255, a VARCHAR's 4000): a body of exactly one is cut.
_FIELD_LIMITS = (255, 256, 1000, 1024, 2000, 4000, 8000)


def _joined(value: object) -> str:
    """A field's text, a list's items (["本报记者 梁伟 摄"]) one after another."""
    return " ".join(map(str, value)) if isinstance(value, list) else str(value or "")


# A spreadsheet shows a date cell that lost its format as the days since 1899-12-30.
_SPREADSHEET_EPOCH = dt.date(1899, 12, 30)


def spreadsheet_day(value: object) -> str | None:
    """The date a spreadsheet's day number stands for (45300 → 2024-01-09), or None for any other
    value: five digits, 1927 to 2064."""
    text = str(value).strip() if value is not None else ""
    if not re.fullmatch(r"\d{5}(?:\.0)?", text) or not 10000 <= float(text) < 60000:
        return None
    return (_SPREADSHEET_EPOCH + dt.timedelta(days=int(float(text)))).isoformat()


def read_json_lines(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    articles: list[Article] = []
    problems: list[Problem] = []
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as error:
            problems.append(Problem(source, number, f"not a JSON record ({error.msg}, column {error.colno}); skipped"))
            continue
        article, found = record_article(record, source, number)
        problems += found
        if article is not None:
            articles.append(article)
    return articles, problems


def names_columns(row: list[str] | None) -> bool:
    """A table's first row that names its columns, a title's among them (标题, headline), or a
    crawler's of a microblog's posts (微博正文, 发布时间)."""
    return bool(row) and ("title" in record_fields({h: "x" for h in row}) or is_posts_header(row))


def first_row(text: str) -> list[str]:
    """A table's first row, its cells (a cell may hold line breaks)."""
    try:
        return next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text)), [])
    except csv.Error:
        return []


def read_csv(text: str, source: str, named: list[str] | None = None) -> tuple[list[Article], list[Problem]]:
    """Every record of a CSV or TSV file under its header row; a file whose first row is already a
    record is read under `named`, the header of a sheet beside it with as many columns."""
    parted = delimiter(text)
    # "菜篮子"工程再上新台阶: a tab-parted sheet typed by hand, its quotes the title's, not the format's
    quoting = csv.QUOTE_NONE if parted == "\t" and re.search(r'(?m)(?:^|\t)"[^"\t\n]+"[^"\t\n]', text) else csv.QUOTE_MINIMAL
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=parted, quoting=quoting)
    articles: list[Article] = []
    problems: list[Problem] = []
    rows: list[tuple[int, list[str]]] = []  # each with the line it starts on
    try:
        header = next(reader, None)
        for _ in range(3):  # the sheet's title over its header, and a line of who compiled it
            if not is_title_row(header):
                break
            header = next(reader, None)
        start = reader.line_num + 1
        if not names_columns(header) and named and header and len(header) == len(named):
            # 云溪晚报_2009年8月_摘录.csv, its header row left off: read as the month beside it names them
            rows.append((1, header))
            header = named
            problems.append(Problem(source, 1, "no header row: its columns read as the sheet beside it names them"))
        elif not names_columns(header):
            return [], [Problem(source, 1, "the first row must name the columns, among them title "
                                           "(or 标题, headline); nothing read")]
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        problems.append(Problem(source, reader.line_num, f"broken CSV ({error}); the rest is not read"))
    rows = pasted_rows_joined(rows, [k for k, name in enumerate(header) if field_name(name) == "body"])
    date_columns = [k for k, name in enumerate(header) if field_name(name) == "date"]
    page_columns = [k for k, name in enumerate(header) if field_name(name) in ("page", "section")]
    read_alike = days_filled_down(years_supplied(slashed_days_read_alike([row for _, row in rows], date_columns),
                                                 date_columns, source), date_columns, page_columns)
    named_first = {}  # (the first column of each name: 日期 before the repost's 源微博日期)
    for k, name in enumerate(header):
        named_first.setdefault(field_name(name), k)
    used = max((named_first.get(field, 0) for field in ("title", "body", "date")), default=0)
    cut_short = bool(rows) and quoting != csv.QUOTE_NONE and text.count('"') % 2 == 1
    widths = Counter(len(row) for _, row in rows)
    for (start, _), row in zip(rows, read_alike):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) < len(header) and len(row) > used and widths[len(row)] > 1 and not (cut_short and start == rows[-1][0]):
            # (a crawler leaves off the columns its records have nothing for, as weibo-crawler a post's of the
            # post it reposts, row after row; one record cut short, or the file's end cut into, stays a problem)
            row = row + [""] * (len(header) - len(row))
        if len(row) != len(header):
            problems.append(Problem(source, start, f"record has {len(row)} fields, the header {len(header)}; skipped"))
            continue
        if reader.dialect.delimiter == "\t":
            row = [unescaped(cell) for cell in row]
        article, found = record_article(dict(zip(header, row)), source, start)
        problems += found
        if article is not None:
            articles.append(article)
    if cut_short and not any(p.line == rows[-1][0] for p in problems):
        # …,"<div>县工商局…召开全县个体工商户代表座谈 and the file's end: a quote never closed (a record
        # already skipped for it says so once)
        problems.append(Problem(source, rows[-1][0], "the file ends inside this record's quoted field (cut short?); "
                                                     "read as far as it goes"))
    return articles, said_once(articles, problems, source)


def slashed_days_read_alike(rows: list[list[str]], columns: list[int]) -> list[list[str]]:
    """A sheet's slashed dates read one way: where one of them can only be day first (16/03/2021),
    05/03/2021 is 5 March too (and month first where one can only be that)."""
    orders = {dates.slashed_order(row[k]) for row in rows for k in columns if k < len(row)} - {None}
    if len(orders) != 1:
        return rows
    order = orders.pop()
    return [[dates.read_slashed(cell, order) if k in columns and dates.SLASHED.match(cell.strip()) else cell
             for k, cell in enumerate(row)] for row in rows]


def pasted_rows_joined(rows: list[tuple[int, list[str]]], columns: list[int]) -> list[tuple[int, list[str]]]:
    """A row holding nothing but body text goes on the record above it: paragraphs pasted into a
    spreadsheet without opening the cell fall one to a row."""
    joined: list[tuple[int, list[str]]] = []
    for start, row in rows:
        filled = {k for k, cell in enumerate(row) if cell.strip()}
        if joined and filled and filled <= set(columns) and len(row) == len(joined[-1][1]):
            above = list(joined[-1][1])
            for k in filled:
                above[k] = f"{above[k].rstrip()}\n{row[k]}"
            joined[-1] = (joined[-1][0], above)
        else:
            joined.append((start, row))
    return joined


_MONTH_AND_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日?")


def years_supplied(rows: list[list[str]], columns: list[int], source: str) -> list[list[str]]:
    """A clerk's 3月5日 in a sheet's date column is of the one year its other dates hold, or else
    of the one year its path names (南岭都市报2018/3月.csv)."""
    if not any(_MONTH_AND_DAY.fullmatch(row[k].strip()) for row in rows for k in columns if k < len(row)):
        return rows
    years = {m[0] for row in rows for k in columns if k < len(row)
             if (m := re.match(r"(?:19|20)\d{2}(?!\d)", row[k].strip()))}
    years = years or set(re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", source))
    if len(years) != 1:
        return rows
    year = years.pop()
    return [[f"{year}-{int(m[1]):02d}-{int(m[2]):02d}" if k in columns and (m := _MONTH_AND_DAY.fullmatch(cell.strip()))
             else cell for k, cell in enumerate(row)] for row in rows]


def days_filled_down(rows: list[list[str]], columns: list[int], pages: list[int]) -> list[list[str]]:
    """A blank date cell is the day of the row above where its page comes after that row's (the same
    issue, further in): a clerk writes a day once over its articles, and merged cells export so."""
    rows = [list(row) for row in rows]
    for k in columns:
        for above, row in zip(rows, rows[1:]):
            if k < len(row) and not row[k].strip() and above[k].strip() and _page_after(above, row, pages):
                row[k] = above[k]
    return rows


def _page_after(above: list[str], row: list[str], pages: list[int]) -> bool:
    """Whether a row's page (A08, 第3版, 头版) comes after the page of the row above it."""
    numbers = []
    for cells in (above, row):
        page = next((page_and_name(cells[k])[0] for k in pages if k < len(cells) and cells[k].strip()), None)
        numbers.append(int(m[0]) if page and (m := re.search(r"\d+", page)) else None)
    return None not in numbers and numbers[0] < numbers[1]


def unescaped(cell: str) -> str:
    """A cell as a database wrote it (mysql -B, COPY): \\n a line break, \\r a return, \\t a tab."""
    return re.sub(r"\\([nrt\\])", lambda m: {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}[m[1]], cell) \
        if "\\" in cell else cell


def delimiter(text: str) -> str:
    """What parts a CSV export's fields, told by its header row: a comma, or a semicolon or a
    tab where a library's or a spreadsheet's locale uses one (Datum;Seite;Titel;Text)."""
    try:
        return csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def read_json_array(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """A JSON file of records: an array of objects (a spider's `-o items.json`), an object
    holding one ({"articles": […]}), or one record; each record's line is the one it opens on."""
    cut: list[Problem] = []
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data" and text.lstrip().startswith("{"):
            return read_json_lines(text, source)  # mongoexport's .json: one object a line, no array
        if record := fields_before_the_break(text):
            data = record  # one record written up to a break (a disk full mid-write): its fields before it
            cut = [Problem(source, error.lineno, f"the JSON breaks here ({error.msg}, column {error.colno}); "
                                                 f"the record's {len(record)} fields before it read")]
        elif not (data := records_before_the_break(text)):
            return [], [Problem(source, error.lineno, f"not JSON ({error.msg}, column {error.colno}); nothing read")]
        else:
            cut = [Problem(source, error.lineno, f"the JSON breaks here ({error.msg}, column {error.colno}); "
                                                 f"the {len(data)} records before it read")]
    if isinstance(data, dict) and (re.search(r'"features"\s*:', text) and re.search(r'"dtype"\s*:', text)
                                   or names_types(data)):
        return [], [Problem(source, 1, "a dataset's card (its fields and their types), no articles; skipped")]
    if (posts := ghost_posts(data)) is not None:
        return articles_of(zip(*_nested_records(posts, {}, text)), source)
    articles, problems = records_held(data, source, text, _item_lines)
    return articles, problems + cut


def ghost_posts(data: object) -> list[dict] | None:
    """A Ghost site's export ({"db": [{"meta": {"version": …}, "data": {"posts": […], "users": …}}]}): its
    posts, each with its writers' names and its tags from the tables joining them; the site's other
    tables (settings, roles, newsletters) no records. None for any other file."""
    db = data.get("db") if isinstance(data, dict) else None
    tables = db[0].get("data") if isinstance(db, list) and db and isinstance(db[0], dict) else None
    if not isinstance(tables, dict) or not isinstance(tables.get("posts"), list):
        return None
    def joined(table: str, key: str, names: str) -> dict[str, list[str]]:
        named = {row.get("id"): row.get("name") for row in tables.get(names) or [] if isinstance(row, dict)}
        rows = sorted((row for row in tables.get(table) or [] if isinstance(row, dict)), key=lambda row: row.get("sort_order") or 0)
        out: dict[str, list[str]] = {}
        for row in rows:
            if named.get(row.get(key)):
                out.setdefault(row.get("post_id"), []).append(named[row[key]])
        return out
    writers, tags = joined("posts_authors", "author_id", "users"), joined("posts_tags", "tag_id", "tags")
    # (its pages, type: page, are the site's own, as WordPress's post_type says)
    return [{**post, "post_type": "page" if post.get("type") == "page" or post.get("page") in (1, True) else "post",
             "authors": writers.get(post.get("id"), []), "tags": tags.get(post.get("id"), [])}
            for post in tables["posts"] if isinstance(post, dict)]


def records_held(data: object, source: str, text: str,
                 item_lines: Callable[[str, int], list[int]]) -> tuple[list[Article], list[Problem]]:
    """The articles of a parsed file of records (an array of objects, an object holding one, or
    one record), each at the line `item_lines(text, count)` gives its item."""
    outer = {}  # the plain fields of an object holding the list (报纸名称: 江城晚报), for every record in it
    while isinstance(data, dict) and not any(isinstance(v, list) for v in data.values()) \
            and not {"title", "body"} & record_fields(data).keys() \
            and len(inner := [v for v in data.values() if isinstance(v, dict)]) == 1:
        data = inner[0]  # {"code": 200, "data": {"items": […]}}: an API's answer, its records one level in
    if isinstance(data, dict):
        # An object holding the list, or one record alone (a dataset's file of one line).
        lists = [value for value in data.values() if isinstance(value, list)]
        held = next((value for value in lists if value and all(isinstance(v, dict) for v in value)), None)
        alone = {"title", "body"} & record_fields(data).keys()
        if held is not None and alone and not any("title" in record_fields(item) for item in held):
            held = None  # {"biaoti": …, "zhengwen": …, "tupian": [{"url": …, "shuoming": …}]}: one record, its pictures listed
        if held is not None:
            outer = {key: value for key, value in data.items() if not isinstance(value, (list, dict))}
        data = held if held is not None else [data] if alone else next(iter(lists), None)
    if not isinstance(data, list):
        return [], [Problem(source, 1, "no list of records in this JSON file; nothing read")]
    data = threads_joined(data)  # (a microblog's posts: each out of its wrapper, a thread's replies joined to it)
    if any(isinstance(item, dict) and "title" not in record_fields(item) and not is_post(item) and _lists_of_records(item)
           for item in data):
        data, lines = _nested_records(data, outer, text)  # issues → pages → articles, as an editing system exports them
    else:
        lines = item_lines(text, len(data))
    return articles_of(zip(data, lines), source)


def articles_of(records: Iterable[tuple[object, int]], source: str) -> tuple[list[Article], list[Problem]]:
    """The article of each record at its line, and the problems of those that are none."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for record, line in records:
        if record is None:
            continue  # (a post's reply continuing it, read with it)
        article, found = record_article(record, source, line)
        problems += found
        if article is not None:
            articles.append(article)
    return articles, said_once(articles, problems, source)


def said_once(articles: list[Article], problems: list[Problem], source: str) -> list[Problem]:
    """A file none of whose records is an article, most for one reason (content_list.json, a downloader's
    list of what it fetched; a media library's list of pictures): that reason once, not once a record."""
    if articles or not problems:
        return problems
    (message, count), = Counter(p.message for p in problems).most_common(1)
    if count < 2:
        return problems
    first = next(p for p in problems if p.message == message)
    return [Problem(source, first.line, f"all {count} of its records: {message}"), *(p for p in problems if p.message != message)]


def read_yaml(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """A YAML file of records (a list of `title:`, `date:`, `body: |` …, as a keeper writes one by
    hand); a file of settings, holding no list of records, is none."""
    try:
        data = parse_yaml(text)
    except StatedError as error:
        return [], [Problem(source, error.line or 1, f"{error}; nothing read")]
    lists = [data] if isinstance(data, list) else [v for v in data.values() if isinstance(v, list)] if isinstance(data, dict) else []
    # (_config.yml, a site's settings, holds no titled list; a mapping of several lists, each
    # under a file's name, is a key to other files)
    if len(lists) != 1 or not any(isinstance(item, dict) and "title" in record_fields(item) for item in lists[0]):
        return [], []
    return records_held(data, source, text, _yaml_item_lines)


def _yaml_item_lines(text: str, count: int) -> list[int]:
    """The line each item of the file's list (its own, or the one list its mapping holds) opens on."""
    node = yaml.compose(text, Loader=TextDates)
    if isinstance(node, yaml.MappingNode):
        node = next((value for _, value in node.value if isinstance(value, yaml.SequenceNode)), node)
    lines = [item.start_mark.line + 1 for item in node.value] if isinstance(node, yaml.SequenceNode) else []
    return lines if len(lines) == count else [1] * count


_BETWEEN_RECORDS = re.compile(r"[\s,]*")


def records_before_the_break(text: str) -> list:
    """The records of a JSON array written up to a break (a scraper stopped mid-write): each object
    closed before it, in order; [] for a text that opens no array of objects."""
    start = text.find("[")
    if start < 0 or text[:start].strip():
        return []
    decoder, records, k = json.JSONDecoder(), [], start + 1
    while True:
        k = _BETWEEN_RECORDS.match(text, k).end()
        try:
            record, k = decoder.raw_decode(text, k)
        except json.JSONDecodeError:
            return records
        if not isinstance(record, dict):
            return records
        records.append(record)


_KEY_AND_VALUE = re.compile(r"\s*:\s*")


def fields_before_the_break(text: str) -> dict:
    """The fields of one JSON object written up to a break, each whole before it, in order; {} for a
    text that opens no object, or breaks before a title or a text is read."""
    k = len(text) - len(text.lstrip().lstrip("\ufeff").lstrip())
    if not text.startswith("{", k):
        return {}
    decoder, fields, k = json.JSONDecoder(), {}, k + 1
    while True:
        try:
            k = _BETWEEN_RECORDS.match(text, k).end()
            key, k = decoder.raw_decode(text, k)
            k = _KEY_AND_VALUE.match(text, k).end()
        except (json.JSONDecodeError, AttributeError):
            break
        try:
            value, k = decoder.raw_decode(text, k)
        except json.JSONDecodeError:
            if isinstance(key, str) and (cut := _string_cut_short(text[k:])):
                fields[key] = cut  # the text the break cuts: as far as it was written
            break
        if not isinstance(key, str):
            break
        fields[key] = value
    # (a record broken before its text is no article: its head, with nothing under it)
    return fields if {"title", "body"} <= record_fields(fields).keys() else {}


def _string_cut_short(rest: str) -> str | None:
    """A JSON string a break cuts ("<p>6月13日，首批创业…), read up to the break (an escape it cuts
    off dropped); None if the break is no string's."""
    if not rest.startswith('"'):
        return None
    rest = rest.rstrip()
    for end in range(len(rest), max(len(rest) - 6, 1), -1):
        try:
            return json.loads(rest[:end] + '"') or None
        except json.JSONDecodeError:
            continue
    return None


_TYPE_NAME = re.compile(r"(?:string|str|text|int(?:eger|32|64)?|long|float(?:32|64)?|double|number|bool(?:ean)?|null|none"
                        r"|list|array|object|dict|date|datetime|timestamp)(?:\s*[|,/]\s*(?:string|str|int|float|null|none"
                        r"|list|object|date))*", re.IGNORECASE)


def names_types(data: object) -> bool:
    """{"title": "string", "page": {"no": "int|string"}}: a schema of the records, its values the
    names of types, holding no record of its own."""
    leaves = [value for _, value in record_leaves(data) if isinstance(value, str)] if isinstance(data, dict) else []
    typed = sum(bool(_TYPE_NAME.fullmatch(value.strip())) for value in leaves)
    return typed >= 5 and typed >= len(leaves) / 2  # (beside its name, version and description)


def _lists_of_records(item: dict) -> list[list]:
    """The lists of objects an object holds, or holds in an object of its own (a WeChat account's
    export: item → content → news_item, its posts)."""
    held = [value for value in item.values() if isinstance(value, list) and value and all(isinstance(v, dict) for v in value)]
    return held or [listed for value in item.values() if isinstance(value, dict) for listed in _lists_of_records(value)]


def _nested_records(items: list, outer: dict, text: str) -> tuple[list[dict], list[int]]:
    """The records nested in lists of lists of objects (an issue's pages, a page's articles), each
    with the plain fields of the objects around it where it has none of its own (出版日期, 版次,
    版名), and the line its title is on."""
    records: list[dict] = []
    for item in items:
        if not isinstance(item, dict):
            records.append(item)
            continue
        plain = {**outer, **{key: value for key, value in item.items() if not isinstance(value, (list, dict))}}
        if "title" not in record_fields(item) and (any(isinstance(value, list) for value in item.values())
                                                   or _lists_of_records(item)):
            # a page's articles (a page of none, 稿件: [], holds no record)
            inner = [record for listed in _lists_of_records(item) for record in listed]
            records += _nested_records(inner, plain, text)[0]
        else:
            records.append({**{k: v for k, v in outer.items() if k not in item}, **item})
    lines, at = [], 0
    for record in records:
        title = str(record_fields(record).get("title", "")) if isinstance(record, dict) else ""
        found = text.find(json.dumps(title, ensure_ascii=False)[1:-1], at) if title else -1
        at = found if found >= 0 else at
        lines.append(text.count("\n", 0, at) + 1)
    return records, lines


def _item_lines(text: str, count: int) -> list[int]:
    """The line each item of the file's list opens on (its top-level array's; else the line of
    the first item of the list nested in it, for all)."""
    decoder, lines = json.JSONDecoder(), []
    at = text.find("[") + 1
    while len(lines) < count and text.lstrip().startswith("["):
        at += len(text[at:]) - len(text[at:].lstrip(" \t\r\n,"))
        lines.append(text.count("\n", 0, at) + 1)
        _, at = decoder.raw_decode(text, at)
    return lines or [text.count("\n", 0, text.find("[")) + 1] * count


def is_table(text: str) -> bool:
    """A text file that is a table with a header row naming a title column, cells parted by
    tabs: what a spreadsheet saves as "Unicode Text" (题名　责任者　出版日期 …)."""
    lines = text.split("\n", 4)
    header = next((line for line in lines if not is_title_row(line.split("\t"))), "")
    return header.count("\t") >= 2 and "title" in record_fields({h: "x" for h in header.split("\t")})


def is_title_row(row: list[str] | None) -> bool:
    """纸媒监测数据导出（2016-03-08 至 2016-03-10）　共13条 and empty cells: a sheet's title, set over
    its header row across the columns."""
    return bool(row) and len(row) >= 3 and bool(row[0].strip()) and not any(cell.strip() for cell in row[1:])


def read_xml(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """An XML export (an e-paper system's, a library's): each element holding a title is a record,
    its children and attributes its fields, and the attributes of the elements around it its
    fields where it has none of its own (<newspaper name="经济日报" date="2020-07-08"> / <page
    no="05" name="产经"> / <article seq="2">): the paper, date, page and section of its articles."""
    # The text is decoded already: its declaration (encoding="gb2312") would make the parser decode it again.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    cut: list[Problem] = []
    unread: list[Problem] = []
    try:
        root = ElementTree.fromstring(text)
        ended = None
    except ElementTree.ParseError as error:
        unread = [Problem(source, error.position[0], f"not XML ({error}); nothing read")]
        root, ended = _read_until_broken(text)
        if root is None or not ended:
            return [], unread
        cut = [Problem(source, error.position[0], f"the XML breaks here ({error}); the records before it read")]
    if is_tei(root, corpus=True) and not any(local_tag(element) == "text" for element in root.iter()):
        return [], [Problem(source, 1, "a TEI header with no text (a corpus's description of itself), no article; skipped")]
    if is_issue_record(root):
        return [], [Problem(source, 1, "a library's record of an issue (Dublin Core: its title, day and pages), no article; "
                                       "it dates the files beside it")]
    if local_tag(root) == "packageItem":
        return [], [Problem(source, 1, "a NewsML-G2 package (packageItem): it refers to items filed apart, no article; skipped")]
    if local_tag(root) == "catalog":
        return [], [Problem(source, 1, "a NewsML-G2 catalogue of the codes items use, no article; skipped")]
    if withdrawn(root):
        return [], [Problem(source, 1, "a notice withdrawing an item filed before (its status canceled), no article; skipped")]
    if is_news_standard(root):  # NITF, NewsML-G2: a newsroom's or an agency's own XML of its articles
        articles, problems = articles_of(((record, 1) for record in news_records(root)), source)
        return articles, cut + problems
    if is_tei(root, corpus=True):  # a library's TEI document of an article (or a corpus of them): its header and its text
        opened = text.count("\n", 0, max(text.find("<text"), 0)) + 1
        documents = [root] if is_tei(root) else [d for d in root if is_tei(d)]
        articles, problems = articles_of(((record, opened) for d in documents for record in tei_records(d)), source)
        return articles, cut + problems
    around: dict[ElementTree.Element, list[ElementTree.Element]] = {root: []}
    for element in root.iter():
        around.update((child, [*around[element], element]) for child in element)
    # (in the file's order, so that of two tags held as often the first wins on every run)
    # (an Atom entry's <source>, the feed it came from with that feed's title, is the entry's, no record)
    titled = [e for e in root.iter() if local_tag(e) != "source" and any(field_name(local_tag(child)) == "title" for child in e)]
    # a feed's or a paper's own title is no record's: records are the titled elements holding none
    holds_title = set(titled)
    held = [e for e in titled if not any(inner in holds_title for inner in e.iter() if inner is not e)]
    if ended is not None:  # (a file cut short: its last record, begun and never closed, none)
        held = [e for e in held if e in ended]
    if not held:
        return [], unread or [Problem(source, 1, "no element holding a title in this XML file; nothing read")]
    posts, skipped = _blog_posts(held) if local_tag(root) == "feed" and "blogger" in text[:2000] else (held, Counter())
    left_out = set(held) - set(posts)
    held = posts
    tag = Counter(local_tag(e) for e in held).most_common(1)[0][0] if held else ""
    opening = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(rf"<(?:\w+:)?{re.escape(tag)}[\s>/]", text)]
    articles: list[Article] = []
    problems: list[Problem] = []
    for k, element in enumerate(e for e in root.iter() if local_tag(e) == tag):
        if ended is not None and element not in ended:
            continue
        if element in left_out:
            continue
        article, found = record_article(_xml_record(element, around[element]), source,
                                        opening[k] if k < len(opening) else 1)
        problems += found
        if article is not None:
            articles.append(article)
    others = ", ".join(f"{what} {count}" for what, count in sorted(skipped.items()))
    return articles, cut + problems + ([Problem(source, None, f"entries of the blog's own that are no posts it put out ({others}); skipped")]
                                       if skipped else [])


# A blog's export as an Atom feed says what each entry is: Blogger's older export by its category
# (…/kind#post, #comment, #settings, #template), its Takeout by <blogger:type> (POST, PAGE, COMMENT)
# and <blogger:status> (LIVE, DRAFT, SPAM).
_BLOG_KIND = re.compile(r"#kind$")


def _blog_posts(entries: list[ElementTree.Element]) -> tuple[list[ElementTree.Element], Counter]:
    """Of a feed's entries, those a blog put out as posts, and how many of what else were left."""
    skipped: Counter = Counter()
    posts = []
    for entry in entries:
        kinds = [c.get("term", "").rpartition("#")[2] for c in entry if local_tag(c) == "category" and _BLOG_KIND.search(c.get("scheme", ""))]
        typed = {local_tag(c): (c.text or "").strip().lower() for c in entry if local_tag(c) in ("type", "status")}
        kind = kinds[0] if kinds else typed.get("type", "post")
        if kind != "post" or typed.get("status", "live") != "live":
            skipped[kind if kind != "post" else f"{typed['status']} post"] += 1
        else:
            posts.append(entry)
    return posts, skipped


# Dublin Core's namespace, whose elements a library's record of an item is made of.
_DUBLIN_CORE = "{http://purl.org/dc/elements/1.1/}"


def is_issue_record(root: ElementTree.Element) -> bool:
    """<metadata> of dc:title 宁川报 第311期, dc:date, dcterms:hasPart 第1版 …: a library's record of
    one issue of a paper, with no article's text in it."""
    title = next((e.text or "" for e in root.iter(f"{_DUBLIN_CORE}title")), None)
    return title is not None and bool(re.search(r"第\s*[\d〇一二三四五六七八九十百]+\s*[期号號]", title)) \
        and not any(field_name(local_tag(e)) == "body" for e in root.iter())


def _read_until_broken(text: str) -> tuple[ElementTree.Element | None, set | None]:
    """The tree of an XML file cut short or broken (an export stopped mid-record), as far as it
    parses, and the elements closed before the break."""
    parser = ElementTree.XMLPullParser(events=("start", "end"))
    root, ended = None, set()
    try:
        parser.feed(text)
        parser.close()
    except ElementTree.ParseError:
        pass
    try:
        for event, element in parser.read_events():
            if event == "start" and root is None:
                root = element
            elif event == "end":
                ended.add(element)
    except ElementTree.ParseError:
        pass  # (the parser hands its error over after the events before it, as one more event)
    return root, ended


def _xml_record(element: ElementTree.Element, above: list[ElementTree.Element]) -> dict:
    """An element's fields: its children (a body that holds elements as markup, <content><p>…;
    any other by its text, <author><name>…), its attributes, then those of the elements around
    it, the nearest first, by their tag (page_no, and a named element's name: <newspaper
    name="…">) and then by their own names (date)."""
    # (a child with no text but an address, Atom's <link rel="alternate" href="…"/>: the address)
    record = {local_tag(child): ElementTree.tostring(child, encoding="unicode") if len(child) and field_name(local_tag(child)) == "body"
              else " ".join(t.strip() for t in child.itertext() if t.strip()) or child.attrib.get("href", "")
              for child in reversed(element)}  # the first of two children of one tag wins…
    for tag in {local_tag(child) for child in element}:
        alike = [" ".join(t.strip() for t in child.itertext() if t.strip()) for child in element if local_tag(child) == tag]
        if len(alike) > 1 and field_name(tag) == "date" and (days := sorted(v for v in alike if re.match(r"\d{4}-\d{2}", v))):
            record[tag] = days[0]  # …but of a library's dates (accessioned, available, issued) the day printed, the earliest
        elif len(alike) > 1 and field_name(tag) in ("body", "summary"):
            record[tag] = max(alike, key=len)  # and of its descriptions (a cataloguer's note, the text) the text
    record = {**dict(reversed(record.items())), **{k: v for k, v in element.attrib.items() if k not in record}}
    if record.get("updated") and not any(field_name(k) == "date" for k in record):
        record["published"] = record["updated"]  # an Atom entry's only time, put up the morning it was printed
    for outer in reversed(above):
        name = local_tag(outer)
        record.update((f"{name}_{k}", v) for k, v in outer.attrib.items() if f"{name}_{k}" not in record)
        if "name" in outer.attrib:
            record.setdefault(name, outer.attrib["name"])
    for outer in reversed(above):
        record.update((k, v) for k, v in outer.attrib.items() if k not in record)
        # a feed's channel titled with the paper's name: <channel><title>澄州晚报 - 数字报</title>
        titled = next((c.text.strip() for c in outer if field_name(local_tag(c)) == "title" and c.text), "")
        if (named := re.fullmatch(rf"({rules.PAPER})(?:\s*[-–—|｜_·]\s*\S.*)?", titled)) and rules.paper_name(named[1]):
            record.setdefault("newspaper", named[1])
    return record


def row_numbers_dropped(articles: list[Article]) -> list[Article]:
    """A table's articles without the order it states where it counts its rows (序号 1, 2, 3…
    through several pages): a place on a page starts again on the next page."""
    orders = [a.order for a in articles]
    counted = len(articles) > 1 and None not in orders and orders == list(range(orders[0], orders[0] + len(orders)))
    if not counted or len({(a.issue_date, a.page) for a in articles}) < 2:
        return articles
    return [replace(a, order=None, stated=a.stated - {"order"}) for a in articles]


def read_html_sheet(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """A sheet saved as an HTML table (读秀's, a search site's export named .xls): its rows from the
    one that names its columns on (a search's summary over it none), read as a CSV's; one cut off
    inside its row a problem. A workbook Excel wrote in its own binary is a problem too."""
    if not re.search(r"<table\b", text[:20000], re.I):
        return [], [Problem(source, None, "an Excel workbook in Excel's own format, not a table this generator "
                                          "reads: save it as CSV (UTF-8)")]
    rows = [[html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>", "\n", cell, flags=re.I))).replace("\xa0", " ").strip()
             for cell in re.findall(r"<t[dh]\b[^>]*>(.*?)</t[dh]>", row, re.S | re.I)]
            for row in re.findall(r"<tr\b[^>]*>(.*?)</tr>", text, re.S | re.I)]
    head = next((k for k, row in enumerate(rows) if names_columns(row)), None)
    if head is None:
        return [], [Problem(source, 1, "a table that names no title among its columns; nothing read")]
    table = io.StringIO()
    csv.writer(table).writerows(rows[head:])
    articles, problems = read_csv(table.getvalue(), source, None)
    opened = len(re.findall(r"<tr\b", text, re.I))
    if opened > len(rows):  # (…<td>第0 and nothing after: a download cut short)
        problems.append(Problem(source, text.count("\n") + 1, "the table stops inside its last row, as a download cut "
                                                               "short leaves it; the rows before it read"))
    return row_numbers_dropped(articles), problems


def is_book_catalog(text: str) -> bool:
    """author_sort,authors,comments,formats,…,uuid: a catalogue Calibre exports of its library's books,
    each book's record as its folder's metadata.opf holds it beside the book."""
    return {"author_sort", "formats", "uuid"} <= set(first_row(text.lstrip("\ufeff")) or ())


def read_records(text: str, source: str, named: list[str] | None = None) -> tuple[list[Article], list[Problem]]:
    """Every article of a records file, and a problem for each record that is not one; `named`, the
    columns a sheet beside it names, for one that lost its header row."""
    name = source.lower()
    if name.endswith(XML_SUFFIXES):
        articles, problems = read_xml(text, source)
    elif name.endswith(YAML_SUFFIXES):
        articles, problems = read_yaml(text, source)
    elif name.endswith(JSON_SUFFIXES):
        articles, problems = read_json_array(text, source)
    elif name.endswith(SHEET_SUFFIXES):
        articles, problems = read_html_sheet(text, source)
    else:
        articles, problems = read_json_lines(text, source) if name.endswith(JSON_LINES_SUFFIXES) else read_csv(text, source, named)
        articles = row_numbers_dropped(articles)  # a table's rows, unlike an export's pages
    return articles, problems  # a record exported twice is dropped with every other copy (overlaps.py)
