"""YAML front matter and sidecar files: what a person states about an article or a page."""
from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from dataclasses import replace

import yaml

from ..dates import parse_stated_date
from ..hanzi import simplified
from ..model import UNTITLED, Article, IssueDate, Page, Problem
from .paths import page_label
from .rules import (Byline, credits_photos_only, heads_titled_by, is_genre_label, is_person_name, is_rubric, is_site_name,
                    name_line, names_institutions, names_no_person, parse_byline, parse_lead, parse_source_note, photographers, printed_date, read_number)

_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,99}$")
# Article fields a person may state, and how each is read.
_TEXT_FIELDS = ("title", "kicker", "subtitle", "paper", "summary", "section")
_LIST_FIELDS = ("authors", "correspondents", "tags")
# A subtitle's leading dash is typography (——回访黑龙江…): the templates print their own.
_SUBTITLE_DASH = re.compile(r"^[—―─–-]+\s*")


class StatedError(ValueError):
    """A stated value that cannot be used; `line` points into the file when known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


# libyaml's parser where PyYAML was built with it (its wheels are), far faster than its own.
class TextDates(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML without implicit timestamps: a date stays text so a bad one (2022-13-45) is ours to report."""


TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in TextDates.yaml_implicit_resolvers.items()}


def parse_yaml(text: str, first_line: int = 1) -> object:
    """Parse YAML, dates kept as text; errors carry the line in the file."""
    try:
        return yaml.load(text, Loader=TextDates)
    except yaml.YAMLError as error:
        # An unclosed bracket is found only at the end; where it opened is the useful line.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        raise StatedError(f"broken YAML: {reason}", line) from None


def load_yaml(text: str, first_line: int = 1) -> dict:
    """Parse a YAML mapping; errors carry the line in the file."""
    data = parse_yaml(text, first_line)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise StatedError("YAML is not a mapping of field: value", first_line)
    return data


def as_list(value: object) -> tuple[str, ...]:
    """A field given as a list or as text parted by commas, as its items."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in re.split(r"[,，、;；]", value) if v.strip())
    if isinstance(value, (list, tuple)):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return (str(value),)


# An author as RSS names one: an address, then the name in brackets.
_MAILED = re.compile(r"^\S+@\S+\s*[（(](?P<name>[^（()）]+)[）)]$")


# （晓文）: a writer's field holding a name in brackets alone.
_PEN_NAME = re.compile(r"\s*[（(]\s*([\u4e00-\u9fff]{2,4})\s*[）)]\s*")


def _as_signed(name: str) -> str:
    """A writer's name as signed: 黄　强, padded to three characters' width, as 黄强; By Tom Harris,
    as an English desk credits, as Tom Harris."""
    return re.sub(r"(?<=\S)[ \u3000]+(?=\S)", "", name) if len(name) <= 5 else re.sub(r"^by\s+", "", name, flags=re.I)


def key_line(yaml_text: str, key: str, first_line: int) -> int | None:
    """The file line where `key:` (or TOML's `key =`) is written in a front matter starting at `first_line`."""
    m = re.search(rf"^\s*{re.escape(key)}\s*[:=]", yaml_text, re.M)
    return first_line + yaml_text[:m.start()].count("\n") if m else None


# Other names a field goes by in exports and front matter, lower-cased.
ALIASES = {
    "title": ("headline", "headlines", "titel", "titre", "标题", "题目", "主题", "主标题", "大标题", "题名", "篇名", "正题", "biaoti",
              "post_title", "zhuti", "zhubiaoti", "timu", "pianming",  # (a database's columns named in pinyin)
              "sys_topic"),  # (Founder's newsroom system's: sys_topic, a_leadtitle, a_pagenum, a_paperdate)
    "kicker": ("引题", "肩题", "眉题", "eyebrow", "overline", "yin_title", "pre_title", "pretitle", "yinti", "introtitle",
               "preheadline", "prehead", "leadtitle"),
    "subtitle": ("subheadline", "subhead", "deck", "dek", "副题", "副标题", "副题名", "副篇名", "fu_title", "sub_title", "futi",
                 "fubiaoti"),
    "body": ("content", "text", "article", "paragraphs", "正文", "内文", "内容", "段落", "全文", "zhengwen", "neirong", "quanwen", "post_content", "html",
             "fulltext", "maintext"),  # (news-please's)
    "date": ("issue_date", "edition_date", "print_date", "print", "pub_date", "published", "publish_date", "datum", "日期", "出版日期", "刊期", "见报日期",
             "刊发日期", "公历", "riqi", "baoqi", "publish_time", "见报日", "见报", "刊出日期", "paperdate",
             "fabushijian", "faburiqi", "chubanriqi", "jianbaoriqi",  # (发布时间, 出版日期, 见报日期 in pinyin, as a county CMS names them)
             "issued",  # (CSL-JSON's, as Zotero exports it: {"date-parts": [[2011, 1, 20]]})
             "date_publish"),  # (news-please's, beside its date_download)
    "authors": ("author", "byline", "autor", "auteur", "作者", "记者", "署名", "责任者", "著者", "zuozhe", "creator", "writer"),
    "correspondents": ("通讯员",),
    "paper": ("newspaper", "container-title", "source", "报纸", "报名", "报章", "媒体", "媒体名称", "报纸名称", "来源", "出处", "laiyuan", "原报", "刊载", "报刊名",
              "报刊", "報刊"),
    "page": ("page_number", "page_no", "page_num", "pageno", "pagenum", "print_page", "seite", "版次", "版号", "版面号", "版位", "版", "banci", "banmian", "bc",
             "edition"),
    "order": ("position", "序号", "排序", "位置", "版序", "篇次", "paixu", "order_in_page", "seq"),
    "section": ("page_name", "pagename", "section_name", "版名", "版面", "栏目", "column", "banming", "bm", "lanmu", "categories",
                "category", "分类"),
    "kind": ("type", "类型", "稿件类型", "体裁", "类别"),
    "tags": ("keywords", "标签", "关键词"),
    "summary": ("description", "desc", "abstract", "excerpt", "standfirst", "摘要", "导语", "post_excerpt"),
    "url": ("link", "source_url", "src_url", "article_url", "page_url", "链接", "网址", "原文链接"),
    "photographers": ("photographer", "摄影", "摄影记者", "sheying"),
    "dateline": ("电头", "电讯头", "消息头"),  # (a dateline is no date: 新华社马赛7月4日电)
}
_FIELD_OF = {name: name for name in ALIASES} | {alias: name for name, others in ALIASES.items() for alias in others}




# What exports and CMSs call an item that is not a news article: a photo with its caption, an advert.
_KINDS = {"photo": "photo", "photograph": "photo", "picture": "photo", "image": "photo", "图片": "photo", "摄影": "photo", "图片新闻": "photo",
          "图片稿": "photo", "pic": "photo", "广告稿": "advert",
          "ad": "advert", "advert": "advert", "advertisement": "advert", "广告": "advert"}


# What a page calls its lead article.
_LEAD = ("头条", "頭條", "头版头条", "lead")


def record_kind(value: object) -> str | None:
    """The kind a type field names (photo, ad, 广告, 类型: 图片), or None for an article or no type."""
    return _KINDS.get(str(value).strip().lower()) if value is not None else None


def _names_a_rubric(written: str, date_source: str) -> bool:
    """社论, 时评, 公司速递, 广告科: a genre, a column or a desk typed as the writer. A record's writer
    of two or three characters that names no desk (海岑, 晓文) is a pen name however like a short
    label it looks; a blog post's author (老张) is the blogger, no writer of what the post quotes."""
    pen_name = date_source == "record" and re.fullmatch(r"[\u4e00-\u9fff]{2,3}", written) \
        and not re.search(r"[科处部室组股局委办社站队所院校厂店会团]$", written)
    return is_genre_label(written) or is_rubric(written) and not pen_name


def field_name(key: object, guess: bool = True) -> str | None:
    """This generator's name of a field an export or a front matter names its own way (标题,
    headline, BiaoTi), or None for one it does not read; without `guess`, only a name listed
    in ALIASES (a guessed name yields to a listed one: post_date to a plugin's 报期)."""
    if key is None:
        return None
    # _yinti, _banci: a plugin's own fields, kept apart from WordPress's by their underscore
    key = str(key).strip().lstrip("\ufeff").lstrip("_").lower()
    key = key.removeprefix("field_") if key.startswith("field_") and len(key) > 6 else key  # Drupal's field_page, field_byline
    key = re.sub(r"(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])", "", key)  # 正　题, spaced to line up with 作　者
    if key in _FIELD_OF or not guess:
        return _FIELD_OF.get(key)
    if (joined := key.replace("_", "")) in _FIELD_OF:
        return _FIELD_OF[joined]  # sub_headline, as subheadline
    if ":" in key and (named := field_name(key.rsplit(":", 1)[1], guess)):
        return named  # Dublin Core:Title, Item Type Metadata:版次, dcterms:title: a field named in its vocabulary
    if (bare := _QUALIFIED.sub("", key)) != key and bare in _FIELD_OF:
        return _FIELD_OF[bare]  # headline_zh, body_html, print_page: a field in one language or form
    parts = [part for part in (_BILINGUAL_DASHED if re.search(r"[a-z]-[\u4e00-\u9fff]", key) else _BILINGUAL).split(key)
             if part]
    if len(parts) > 1 and not _NOT_PRINTED.search(key) and (names := [name for name in map(field_name, parts) if name]):
        return names[0]  # Headline 标题, 日期/Date, Page 版面: a sheet's head in two languages, the first
    return "date" if is_publication_time(key) else "title" if _A_TITLE.match(key) else None


# What parts the two languages of a column's head: a space, a slash, a bracket, a line break.
_BILINGUAL = re.compile(r"[\s/／|()（）\[\]]+")
# …or a dash between them, as CNKI names its fields: Title-题名, PubTime-发表时间, Page-版号.
_BILINGUAL_DASHED = re.compile(r"[\s/／|()（）\[\]-]+")


# What a CMS adds to a field's name: its language (the Chinese edition's), its form, its print; what
# an app's API adds (articleTitle, authorName, newsTitle); Founder's system (sys_authors, a_subtitle).
_QUALIFIED = re.compile(r"^(?:print(?:ed)?_|article_?|news_?|item_?|sys_|a_)|_(?:zh|cn|chs|zh_cn|zh_hans|html|text|raw)$|_?name$")


# 稿件标题, 文章标题, 新闻标题: a system's name for the title (副标题, 引标题 are the decks').
_A_TITLE = re.compile(r"^(?![副引小肩眉])[\u4e00-\u9fff]{1,4}标题$")


# When a record was stored, changed or fetched, not when it was printed: never its date; nor
# a time in UTC (post_date_gmt), whose day may be the day before the paper's.
_NOT_PRINTED = re.compile(r"修改|更新|采集|入库|抓取|爬取|创建|录入|update|modif|crawl|fetch|creat|scrap|insert|edit|gmt|utc")


def is_publication_time(key: str) -> bool:
    """A field named for when the article came out, in words no list holds: 发布日期, 发表时间,
    出版时间, publication_date, PubDate, pub_time, a news dataset's time (not 采集时间 or
    update_time: when it was fetched or changed)."""
    return bool(re.search(r"(?:日期|时间)$|date|pub_?time|publish|^time$", key)) and not _NOT_PRINTED.search(key)


def is_issue_number(value: object) -> bool:
    """第402期, 0312: an issue's number, in a field a list names for the date (刊期); a year alone
    (1992) is a date, if a loose one."""
    value = str(value).strip()
    return bool(re.fullmatch(r"第?\s*[\d一二三四五六七八九十百千]+\s*期", value)
                or re.fullmatch(r"\d{1,4}", value) and not re.fullmatch(r"1[89]\d\d|20\d\d", value))


# What a site's own fields call the day its article was printed.
_PRINTED_KEYS = ("printed", "print_date", "printed_date", "见报日期", "刊发日期", "原载日期")


def named_fields(data: dict) -> dict:
    """A front matter's fields under this generator's names, the others as they are (draft,
    slug); a field's own name wins over its aliases, and a listed alias over a guessed one
    (见报日期 over 拍摄日期, wherever each stands)."""
    extra = next((v for k in ("params", "extra") if isinstance(v := data.get(k), dict)), None)
    if extra is not None:
        # Hugo's params: {paper, printed, page}, a site's own fields for the print a post reposts: the
        # print's day over the post's date:, and author: the one who posted it, none of the print's writers
        printed = next((extra[k] for k in _PRINTED_KEYS if extra.get(k)), None)
        data = {**{k: v for k, v in data.items() if k not in ("params", "extra")
                   and not (printed and k in ("date", "author", "authors"))},
                **{k: v for k, v in extra.items() if k not in data or printed and k in ("date", "author", "authors")}}
        if printed:
            data["date"] = printed
    # issue: 1979-01-05 beside date: 2020-05-10 09:30:12 (a blog reposting an old article): the print's
    # day over the post's
    printed_here = next((v for k in (*_PRINTED_KEYS, "issue", "issue_day") if k in data
                         and re.match(r"\d{4}[-./年]\d{1,2}", str(v := data[k]))), None)
    if printed_here is not None and "date" in data:
        data = {**data, "date": printed_here}
    named = dict(data)
    for guess in (False, True):
        for key, value in data.items():
            name = field_name(key, guess)
            if name == "paper" and re.match(r"https?://", str(value)):
                name = "url"  # source: https://… is where the page was, not its paper
            if name == "date" and is_issue_number(value):
                continue  # 刊期：第402期: the issue's number, the day is another field's
            if name and name != key and name not in data:
                named.setdefault(name, value)
    return named


def _unlinked(value: object) -> object:
    """A value with a wiki's links ([[曹阳]], [[曹阳|曹 阳]]) as their text."""
    unlink = lambda text: re.sub(r"\[\[([^\]|]+)(?:\|([^\]]*))?\]\]", lambda m: m[2] or m[1], str(text))
    return [unlink(v) for v in value] if isinstance(value, list) else unlink(value) if isinstance(value, str) else value


def stated_fields(data: dict, path: str, line_of, date_source: str) -> tuple[dict, list[Problem]]:
    """Article fields from a mapping a person wrote, with a problem for each bad value.

    `line_of(key)` tells the file line of a key, for the messages.
    """
    fields: dict = {}
    problems: list[Problem] = []
    if isinstance(data.get("date"), str) and (printed := _DAY_AND_PAGE.fullmatch(data["date"].strip())):
        # print: 2023年05月31日 第A01版：要闻, as an e-paper heads its article: the day, then its page and name
        data = {**data, "date": printed["day"]}
        if data.get("page") is None:
            data["page"], named = page_and_name(printed["page"])
            if named and not data.get("section"):
                data["section"] = named
    if "authors" not in data and data.get("author") is not None:
        data = {**data, "authors": data["author"]}  # author: 本报记者 何静, as blogs and notes write it
    if data.get("authors"):  # [[曹阳]]: a vault's link to the writer's note; [[人民网]]: to a site's, no writer
        linked = _unlinked(data["authors"])
        data = {**data, "authors": [a for a in linked if not is_site_name(a)] if isinstance(linked, list)
                else "" if is_site_name(str(linked)) else linked}  # 作者：台州晚报: the account's own name
    if isinstance(data.get("authors"), str) and (mailed := _MAILED.match(data["authors"].strip())):
        data = {**data, "authors": mailed["name"]}  # czwb@czwb.com.cn (记者 黄思远): a feed's author, as RSS writes one
    if not data.get("authors") and data.get("photographers"):
        data = {**data, "authors": data["photographers"]}  # 摄影: 记者 卢振宇 alone signs a photo
    if isinstance(data.get("section"), list) and data.get("kind") is None:
        # categories: [社会, 图片新闻]: a site's category that files a post by its kind gives the kind
        kinds = [k for k in map(record_kind, data["section"]) if k]
        data = {**data, "section": [c for c in data["section"] if not record_kind(c)]} | (
            {"kind": kinds[0]} if kinds else {})
    for name in _TEXT_FIELDS:
        if isinstance(data.get(name), list):  # categories: [要闻]: a site files a post under its first
            data = {**data, name: data[name][0] if data[name] else None}
        if data.get(name) is not None:
            fields[name] = str(data[name]).strip()
    if "subtitle" in fields:
        fields["subtitle"] = _SUBTITLE_DASH.sub("", fields["subtitle"])
    for name in _LIST_FIELDS:
        if name in data and (data[name] or name == "tags"):  # 作者: "" leaves the writers to the text
            fields[name] = as_list(data[name])
            if name != "tags":
                fields[name] = tuple(map(_as_signed, fields[name]))
    written = data.get("authors")
    if isinstance(written, list) and (len(written) == 1 or parse_byline(" ".join(map(str, written)))):
        written = " ".join(map(str, written))  # [记者 许文涛, 通讯员 韩雪]: a byline set one role a line; [本报记者 周楠 摄]
    # 本報攝影記者　沈　鈞攝: a credit read in either script
    taken = photographers(written) if isinstance(written, str) and credits_photos_only(written) else ()
    parsed = parse_byline(written) if isinstance(written, str) and not taken else None
    if parsed is not None and not parsed:
        fields["authors"] = ()  # 本报评论员, 本报编辑部: a role that names no one
    # 本报讯（记者 何平）: the lead's dateline typed as its writer, the writer in its brackets
    led = parse_lead(written.strip()) if isinstance(written, str) and not taken and parsed is None else None
    # (新华社北京3月7日电　记者　杨守诚、罗晓岚: the dateline typed before the writers)
    byline = (Byline(taken) if taken else parsed or name_line(written) or (led.byline if led and led.byline.authors else None)
              or (parse_byline(led.rest) if led and led.dateline and led.rest else None)) if isinstance(written, str) else None
    if byline is None and isinstance(written, str) and (pen := _PEN_NAME.fullmatch(written)) \
            and not is_genre_label(pen[1]) and not names_institutions(pen[1]) and not _DATELINE.fullmatch(simplified(written.strip())):
        byline = Byline((pen[1],))  # （晓文）: a pen name, signed in brackets as a paper sets one under a brief
    if byline is None and isinstance(written, str) and written.strip() and not is_person_name(re.sub(r"\s", "", written)) \
            and (_names_a_rubric(simplified(written.strip()), date_source) or _DATELINE.fullmatch(simplified(written.strip()))
                 or names_institutions(written) or names_no_person(written)):
        # 社论, 编辑部: the piece's genre or desk; （本报特讯）, 路透社十二日日内瓦电: its source; 临江市交通运输局: who gives notice
        fields["authors"] = ()
    if byline:  # 本报记者 张三 通讯员 李四: the roles are not names; 周婷 孙磊, 王　伟: names as set; 本报记者 方圆 摄
        fields["authors"] = byline.authors
        if byline.correspondents:  # 作者：林晓 names no correspondent: the printed byline may
            fields.setdefault("correspondents", byline.correspondents)
    numbered = data.get("page") is not None and re.search(r"\d|[０-９]|[〇一二三四五六七八九十]\s*版|^\s*[A-Za-z]", str(data["page"]))
    if data.get("page") is not None and str(data["page"]).strip() and not numbered:
        fields.setdefault("section", str(data["page"]).strip())  # 版面：副刊　街角隨筆: a page named, not numbered
    elif data.get("page") is not None and str(data["page"]).strip():
        fields["page"], named = page_and_name(str(data["page"]))
        if named and not fields.get("section"):
            fields["section"] = named
    elif fields.get("section") and (_PAGE_AND_NAME.match(fields["section"]) and re.search(r"\d|版", fields["section"])
                                    or fields["section"][:2] in ("头版", "頭版")):
        fields["page"], fields["section"] = page_and_name(fields["section"])  # 版面: 第1版：要闻, the page and its name
    noted = parse_source_note(fields["paper"]) if "《" in fields.get("paper", "") else None
    if noted:  # source: 《皖南日报》1985年3月4日第2版: the paper, and the day and page it printed it on
        fields["paper"] = noted[0]
        if noted[2] and "page" not in fields:
            fields["page"] = noted[2]
    if fields.get("paper") and (described := re.fullmatch(r"(?P<paper>[^（()）]{2,12}报)\s*[（(][^（()）]{2,20}[）)]", fields["paper"])):
        fields["paper"] = described["paper"]  # 红旗报（中共青山县委机关报）: the paper, and whose it is
    if fields.get("paper") and (printed := _PRINTED_ON.match(fields["paper"])):
        fields["paper"] = printed["paper"]  # source: 临江日报 第7版: the paper, and the page it printed it on
        # (来源：东岭日报 2019-05-06 第02版 over 发布时间：2019-05-05 23:40: the print's day, not the upload's)
        if printed["day"]:
            try:
                fields["issue_date"] = parse_stated_date(re.sub(r"[年月./]", "-", printed["day"]).rstrip("日"), date_source)
            except ValueError as error:  # 光明日报 1998.13.03 第2版
                problems.append(Problem(path, line_of("paper"), f"paper: {error}; the date is inferred instead"))
        if "page" not in fields:
            fields["page"], named = page_and_name(printed["page"])
            if named:
                fields.setdefault("section", named)
    if data.get("order") is not None:
        if (order := place_on_page(str(data["order"]))) is not None:
            fields["order"] = order
        else:
            problems.append(Problem(path, line_of("order"), f"order: {data['order']!r} is not a whole number"))
    if noted and noted[1]:
        # …and the day it was printed, where a post's date: is the day it was posted (a blog of old articles retyped)
        fields["issue_date"] = IssueDate(dt.date(*noted[1]), "day", date_source)
    elif data.get("date") is not None and "issue_date" not in fields:
        try:
            fields["issue_date"] = parse_stated_date(data["date"], date_source)
            if date_source == "labelled":  # 发布时间：2018-11-04 22:40:15: the label's words, its hour with them
                fields["issue_date"] = replace(fields["issue_date"], evidence=(str(data["date"]).strip(),))
        except ValueError as error:
            if (day := _spelt_day(str(data["date"]))) is not None:  # 中華民國二十一年二月十二日
                fields["issue_date"] = IssueDate(day, "day", date_source)
            else:
                problems.append(Problem(path, line_of("date"), f"date: {error}; the date is inferred instead"))
    if data.get("slug") is not None:
        slug = str(data["slug"]).strip()
        if _SLUG.match(slug):
            fields["slug"] = slug
        else:
            problems.append(Problem(path, line_of("slug"), f"slug {slug!r} is not lowercase letters, digits "
                                                f"and hyphens (no '/' or '..'); a slug is made instead"))
    if "draft" in data:
        fields["draft"] = bool(data["draft"])
    if (kind := record_kind(data.get("kind"))) is not None:
        fields["kind"] = kind
    elif fields.get("tags") and (kinds := {record_kind(tag) for tag in fields["tags"]} - {None}) and len(kinds) == 1:
        # 标签: 图片新闻, 标签: 广告: a clipper's tag that files the item by its kind, no topic
        fields["kind"], fields["tags"] = kinds.pop(), tuple(t for t in fields["tags"] if record_kind(t) is None)
    elif (kind := record_kind(fields.get("section"))) is not None:
        fields["kind"] = kind  # categories: [图片新闻]: a site's category that files it by its kind
        del fields["section"]
    return fields, problems


def _spelt_day(text: str) -> dt.date | None:
    """The day a date spelt as a paper prints it names (中華民國二十一年二月十二日, 一九五六年四月十二日),
    or None where it names none that is (0000-00-00)."""
    try:
        return dt.date(*printed) if (printed := printed_date(text)) else None
    except ValueError:
        return None


# Where a story came from, set in the byline's place: （本报特讯）, 路透社十二日日内瓦电, 新华社北京3月5日电.
_DATELINE = re.compile(r"[（(]?[^（()）\s]{0,20}(?:讯|电)[）)]?")


# 第01版：要闻, A04 | 港聞, 第十版: a page, with its name after it, or numbered in words.
_PAGE_AND_NAME = re.compile(r"^(第?\s*[A-Za-z]?[\d〇一二三四五六七八九十百]+\s*版?)\s*[:：|｜]?\s*([^\W\d_]\S*)?$")


# A paper named with the page it printed the article on: 临江日报 第7版, 临江日报 A07版：要闻.
# The day may stand between them: 光明日报　1998.07.03　第2版, 大众日报 2022年1月18日 第4版; a
# library's catalogue parts them by commas: 江漢商報, 1948-03-12, 第4版.
_PRINTED_ON = re.compile(r"^(?P<paper>[^\s,，]+?)[\s,，]*(?:(?P<day>\d{4}(?:[.\-/]\d{1,2}[.\-/]\d{1,2}|年\d{1,2}月\d{1,2}日))[\s,，]*)?"
                         r"(?P<page>第\s*[\d〇一二三四五六七八九十百]+\s*版.*|[A-Za-z]?\d{1,3}\s*版.*)$")


_DAY_AND_PAGE = re.compile(r"(?P<day>\d{4}(?:[.\-/]\d{1,2}[.\-/]\d{1,2}|年\d{1,2}月\d{1,2}日))\s*(?:星期[一二三四五六日天]\s*)?"
                           r"(?P<page>第\s*[A-Za-z]?[\d〇一二三四五六七八九十百]+\s*版.*|[A-Za-z]?\d{1,3}\s*版.*)")


def page_and_name(text: str) -> tuple[str, str | None]:
    """The page a stated value gives, and its name where one follows the number (头版, the front page: 1)."""
    if (front := re.fullmatch(r"[头頭]版(?:[\s:：|｜·]*(.+))?", text.strip())):
        return "1", front[1] or None
    m = _PAGE_AND_NAME.match(text.strip())
    if not m:
        # 待定, 不详: a page not yet decided (a story list's) or not known, no page at all
        return (None if re.fullmatch(r"[待未]定|不详|未详|不明|[-—？?]+", text.strip()) else page_label(text)), None
    number = m[1]
    if re.search(r"[〇一二三四五六七八九十百]", number):
        number = str(read_number(re.sub(r"[第版\s]", "", number)))
    return page_label(number), m[2] or None


def place_on_page(text: str) -> int | None:
    """The place a stated value gives: 3, 头条 (the lead: 1), 本版第三篇; None for any other."""
    text = text.strip()
    if text in _LEAD:
        return 1
    if (m := re.fullmatch(r"(?:本版)?第([\d〇一二三四五六七八九十]+)篇", text)):
        return read_number(m[1])
    return int(text) if text.isdigit() else None


def apply_stated(article: Article, fields: dict) -> Article:
    """What a person states beats what was inferred; remember which fields they stated. A writer
    stated among the authors is no correspondent the text names too (作者：陈思敏;黄　强 over 通讯员/黄强)."""
    if fields.get("authors") and "correspondents" not in fields:
        article = article.with_(correspondents=tuple(c for c in article.correspondents if c not in fields["authors"]))
    return article.with_(**fields, stated=article.stated | frozenset(fields))


def apply_sidecar(page: Page, articles: list[Article], text: str,
                  path: str) -> tuple[Page, list[Article], list[Problem]]:
    """Apply `<page>.yml` (or a newsroom system's `<page>.json`, its fields named its own way):
    paper, issue date, the page (版) and its name for every article on it, and per-title overrides."""
    problems: list[Problem] = []
    if path.lower().endswith(".json"):
        try:  # (JSON is YAML, but a cut JSON file is told as JSON)
            json.loads(text.lstrip("\ufeff"))
        except json.JSONDecodeError as error:
            return page, articles, [Problem(path, error.lineno, f"not JSON ({error.msg}); its facts not read")]
    try:
        data = load_yaml(text)
    except StatedError as error:
        return page, articles, [Problem(path, error.line, str(error))]
    named: dict = {}
    for key, value in data.items():  # paperName, periodDate, pageNo: a newsroom system's names of the fields
        field = key if key == "articles" else field_name(key) or key
        if value not in (None, "") and field not in named:
            named[field] = value
    data = named
    if data.get("paper"):
        page = replace(page, paper=str(data["paper"]))
    for key in ("issue_date", "date"):
        if data.get(key) is not None:
            try:
                page = replace(page, issue_date=parse_stated_date(data[key], "sidecar"))
            except ValueError as error:
                problems.append(Problem(path, key_line(text, key, 1), f"{key}: {error}"))
    placed, _ = stated_fields({k: data[k] for k in ("page", "section") if k in data}, path,
                              lambda key: key_line(text, key, 1), "sidecar")
    if placed:
        articles = [apply_stated(a, placed) for a in articles]
    if len(articles) == 1 and isinstance(data.get("title"), str):
        articles = [titled_as_its_record_says(articles[0], data["title"].strip())]
    overrides = data.get("articles") or {}
    if not isinstance(overrides, dict):
        return page, articles, problems + [Problem(path, None, "articles: must map titles to fields")]
    by_title = {a.title: k for k, a in enumerate(articles)}
    result = list(articles)
    for title, fields in overrides.items():
        if str(title) not in by_title:
            problems.append(Problem(path, key_line(text, str(title), 1),
                                    f"articles: no article titled {title!r} on this page"))
            continue
        if not isinstance(fields, dict):
            problems.append(Problem(path, key_line(text, str(title), 1),
                                    f"articles: {title!r} must map to fields"))
            continue
        stated, field_problems = stated_fields(
            fields, path, lambda key, t=str(title): key_line(text, t, 1), "sidecar")
        problems += field_problems
        k = by_title[str(title)]
        result[k] = apply_stated(result[k], stated)
    return page, result, problems


def titled_as_its_record_says(article: Article, title: str) -> Article:
    """Of an article's two heads, the one its system's record names as the title is it (2月份全省设区市
    空气质量排名出炉 / 东陵PM2.5浓度同比下降12.6% under a record titled by the lower: the upper its
    kicker); a record's title that is no head of the article (a column's name) changes nothing."""
    heads = heads_titled_by(article.kicker, article.title, article.subtitle, title)
    if not heads and title and (article.title == UNTITLED or article.kind == "photo" and not article.kicker
                                and any(c.text.startswith(article.title) for c in article.captions)):
        return article.with_(title=title)  # a photo titled by its caption's first words, or none: the record's
    return article.with_(**dict(zip(("kicker", "title", "subtitle"), heads))) if heads else article


def split_front_matter(text: str) -> tuple[str, str, int, bool]:
    """(front matter, body, line where the body starts, whether it is TOML) of a Markdown file:
    YAML between ---, or TOML between +++ as Hugo writes it, or JSON (Hugo's object on top, Hexo's
    "key": value lines over ;;;), read as the YAML it also is; no front matter gives ''."""
    fence = text[:4]
    if fence not in ("---\n", "+++\n") and (opened := _fields_over_a_fence(text)) is not None:
        return opened  # title: …⏎date: …⏎---: Hexo's front matter, its opening --- left out
    if fence not in ("---\n", "+++\n"):
        json_end = re.search(r"^;;;\s*$", text, re.M) if re.match(r'\A\s*"[^"\n]+"\s*:', text) \
            else re.search(r"^\}\s*$", text, re.M) if text.startswith("{\n") else None
        if json_end is None:
            return "", text, 1, False
        front = text[:json_end.end()] if text.startswith("{") else "{" + text[:json_end.start()] + "}"
        body = text[json_end.end():].lstrip("\n")
        return front, body, text[:len(text) - len(body)].count("\n") + 1, False
    end = re.search(r"^(?:---|\.\.\.)\s*$" if fence == "---\n" else r"^\+\+\+\s*$", text[4:], re.M)
    if not end:
        raise StatedError(f"front matter opened with {fence.strip()} is never closed", 1)
    front = text[4:4 + end.start()]
    body = text[4 + end.end():].lstrip("\n")
    body_line = text[:len(text) - len(body)].count("\n") + 1
    return front, body, body_line, fence == "+++\n"


def _fields_over_a_fence(text: str) -> tuple[str, str, int, bool] | None:
    """Front matter with no --- over it (Hexo reads it so): YAML fields from the first line, a
    field's list items and indented lines under it, down to a --- line."""
    end = re.search(r"^---\s*$", text[:3000], re.M)
    if end is None or not re.match(r"[A-Za-z_][\w-]*:(?:\s|$)", text):
        return None
    front = text[:end.start()]
    if not all(re.match(r"[A-Za-z_][\w-]*:(?:\s|$)|\s+\S|-\s|$", line) for line in front.split("\n")):
        return None
    body = text[end.end():].lstrip("\n")
    return front, body, text[:len(text) - len(body)].count("\n") + 1, False


def load_toml(text: str, first_line: int = 1) -> dict:
    """Parse Hugo's TOML front matter; errors carry the line in the file."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = re.search(r"line (\d+)", str(error))
        raise StatedError(f"broken TOML: {str(error).split(' (')[0]}", int(line[1]) + first_line - 1 if line else None) from None
    # date = 2021-07-03T19:40:00+08:00 unquoted: as text, as the YAML reader keeps dates
    return {key: value.isoformat() if isinstance(value, (dt.date, dt.time)) else value for key, value in data.items()}

