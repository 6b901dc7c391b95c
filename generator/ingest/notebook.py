"""A notes app's or a blog's export (Evernote's .enex, WordPress's WXR .xml): a file of notes or
posts, each holding clippings of its own, read as the text files a keeper would have saved.

A clipped e-paper page is its note's whole text; a post quoting a clipping (<blockquote>) holds
it among the blogger's own words, which are none of it. Neither export's times (a note's
<created>, a post's <pubDate>) are the day of print: a clipping's own note of print says that.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from xml.etree import ElementTree

from ..model import Problem
from . import rules
from .frontmatter import page_and_name
from .markup import BREAKS, UNPRINTED
from .wikitext import WIKI_SUFFIXES, exported_pages, is_wiki_export, page_of

NOTEBOOK_SUFFIXES = (".enex",)
# The namespace a WordPress export declares; a feed of another site's has none of it.
_WORDPRESS = "wordpress.org/export/"
# What a WordPress export holds besides the posts: the site's own pages (关于本站), menus, uploads.
_NOT_POSTS = ("page", "attachment", "nav_menu_item", "revision", "wp_block", "wp_template",
              "wp_navigation", "custom_css", "customize_changeset", "oembed_cache")
# …and how a post stands that never went out (WordPress's, Ghost's scheduled one): no article.
UNPUBLISHED = ("draft", "auto-draft", "trash", "pending", "private", "future", "scheduled")


@dataclass(frozen=True)
class Note:
    """One note or post: where it opens in the file, its title, its clippings (each as the lines
    of a text file, a clipping's note of print over it where the post gives one apart), the
    address it was clipped from, the day it was posted, and whether it notes where it was printed."""
    line: int
    title: str
    clippings: tuple[tuple[str, ...], ...]
    address: str = ""
    posted: str = ""
    noted: bool = True
    page: str | None = None  # the page its category files it under (第04版 副刊)
    posted_as: str = ""  # the post's own title, whatever titles its clippings


def is_notebook(text: str, suffix: str) -> bool:
    """An Evernote export, or a WordPress one (an .xml declaring WordPress's namespace)."""
    return suffix in NOTEBOOK_SUFFIXES + WIKI_SUFFIXES or suffix == ".xml" and (_WORDPRESS in text[:3000] or is_wiki_export(text)) \
        or suffix == ".json" and keep_note(text) is not None


def notes_of(text: str, name: str) -> tuple[list[Note], list[Problem]]:
    """The notes of an export, and a problem for each that holds no clipping; an export cut short
    (a splitter's part, a broken download) gives the notes before the cut."""
    if (kept := keep_note(text)) is not None:
        return _keep_note(kept, name)
    if name.lower().endswith(WIKI_SUFFIXES):  # a wiki's page saved as its wikitext, titled by its header
        page = page_of(text, name.rpartition("/")[2].rsplit(".", 1)[0], 1)
        return ([Note(page.line, page.title, (page.lines,))], []) if page else \
            ([], [Problem(name, None, "a wiki's page of its own (a redirect, a talk page) or with no text, no article; skipped")])
    if is_wiki_export(text):
        pages, others = exported_pages(text)
        return [Note(p.line, p.title, (p.lines,)) for p in pages], [Problem(
            name, None, f"{len(others)} pages of the wiki's own (talk pages, templates, redirects: {others[0]!r}…), "
                        "no articles; skipped")] if others else []
    element = "note" if "<en-export" in text[:2000] else "item"
    opening = re.search(r"<(?:rss|en-export)\b[^>]*>", text)
    root = opening[0] if opening else "<root>"
    closing = "</" + re.match(r"<([\w:-]+)", root)[1] + ">"
    notes: list[Note] = []
    problems: list[Problem] = []
    at = 0
    for m in re.finditer(rf"<{element}>(?P<inner>.*?)</{element}>", text, re.S):
        at = m.end()
        line = text.count("\n", 0, m.start()) + 1
        try:
            entry = ElementTree.fromstring(f"{root}<{element}>{m['inner']}</{element}>{closing}")[0]
        except ElementTree.ParseError as error:
            problems.append(Problem(name, line, f"a note that is not XML ({error}); skipped"))
            continue
        note, problem = (_evernote_note if element == "note" else _wordpress_post)(entry, line)
        if problem:
            problems.append(Problem(name, line, problem))
        if note is not None:
            notes.append(note)
    if cut := re.search(rf"<{element}>", text[at:]):
        problems.append(Problem(name, text.count("\n", 0, at + cut.start()) + 1,
                                "the export stops in the middle of this note (a part cut short); the notes before it read"))
    if any(note.noted for note in notes) and not any(_reports(note) for note in notes if not note.noted):
        # a keeper's blog of clippings: a post noting no print is the keeper's own words (我们村的老井),
        # unless filed under the page it was printed on (a paper's own site); a site whose posts
        # open on its own datelines (本网讯（通讯员 赵丽华）…) is a paper's or a newsroom's own
        problems += [Problem(name, note.line, f"post {note.title!r} notes no paper it was clipped from, among posts "
                                              "that do: the blogger's own words, no article; skipped")
                     for note in notes if not note.noted and not note.page]
        notes = [note for note in notes if note.noted or note.page]
    return notes, problems


def _reports(note: Note) -> bool:
    """A post that opens on a dateline (本网讯, 本报讯, 新华社…电): a news report, no keeper's words."""
    opening = next((line for clipping in note.clippings for line in clipping if line.strip()), "")
    return rules.parse_lead(opening.strip()) is not None


def keep_note(text: str) -> dict | None:
    """A Google Keep note as Takeout saves it (Keep/人大开幕稿（定稿）.json beside its .html: title,
    textContent or listContent, isTrashed, userEditedTimestampUsec), or None."""
    if '"userEditedTimestampUsec"' not in text or '"isTrashed"' not in text:
        return None
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) and ("textContent" in data or "listContent" in data) else None


def _keep_note(data: dict, name: str) -> tuple[list[Note], list[Problem]]:
    # (its title is what its keeper called it, 人大开幕稿（定稿）: the text's own heads title it where it has them)
    title = str(data.get("title") or "").strip()
    if data.get("isTrashed") is True:
        return [], [Problem(name, None, f"note {title!r} is in Keep's trash; left out")]
    text = str(data.get("textContent") or "")
    if not text.strip():
        kind = "a list of boxes to tick" if data.get("listContent") else "no text"
        return [], [Problem(name, None, f"note {title!r} holds {kind}, no article; skipped")]
    return [Note(1, title, (tuple(text.split("\n")),))], []


def _evernote_note(note: ElementTree.Element, line: int) -> tuple[Note | None, str]:
    title = (note.findtext("title") or "").strip()
    content = note.findtext("content") or ""
    if "<en-crypt" in content:
        return None, f"note {title!r} is encrypted (only its title can be read); skipped"
    if "<en-todo" in content:
        return None, f"note {title!r} is a to-do list (its lines are boxes to tick), no article; skipped"
    lines = note_lines(content)
    if not lines and title and "<en-media" in content:
        # a clipped photo alone, named by its note: a photo item, as a catalogue marks one (…（图片）)
        return Note(line, "", ((f"{title}（图片）",),), (note.findtext("note-attributes/source-url") or "").strip()), ""
    if not lines:
        return None, f"note {title!r} holds no text; skipped"
    # (a note setting several heads bold holds several pieces: its title, a page's, names none of them)
    titled = rules.without_site_name(title) if sum(line.head for line in lines) <= 1 else ""
    cut = "" if re.search(r"</en-note>\s*$", content) else f"note {title!r} stops before its end (no </en-note>), as a " \
        "clip cut short leaves it; read up to there"
    return Note(line, titled, (as_text(lines),), (note.findtext("note-attributes/source-url") or "").strip()), cut


def _wordpress_post(item: ElementTree.Element, line: int) -> tuple[Note | None, str]:
    # (content:encoded, the post's text, by its namespace: excerpt:encoded has the same name)
    fields = {"content" if "/content/" in child.tag else child.tag.rpartition("}")[2]: (child.text or "") for child in item}
    title, kind, status = fields.get("title", "").strip(), fields.get("post_type", "post"), fields.get("status", "publish")
    if kind in _NOT_POSTS:
        return None, f"a {kind} of the site's own (post_type), no article; skipped"
    if status in UNPUBLISHED:
        return None, f"never published (status: {status}); left out"
    content = fields.get("content", "")
    if re.search(r"<(?:p|div|blockquote|h\d)\b", content):
        lines = note_lines(content)
    else:  # the classic editor's text: a line break is one, a blank line a paragraph's end, as WordPress shows it
        lines = [next(iter(note_lines(raw)), Line("")) for raw in content.strip().split("\n")]
    if not any(line.text for line in lines):
        return None, f"post {title!r} holds no text; skipped"
    noted = any(told_print(line.text) or rules.parse_source_note(line.text) or rules.printed_date(_unlabelled(line.text))
                for line in lines)
    posted = fields.get("post_date", "")[:10]
    page = next(filter(None, (filed_page(c.text or "") for c in item if c.tag == "category" and c.get("domain") == "category")), None)
    # (【旧报新读】一中新教学楼（1990）: a post of a clipping is titled by the blogger; one filed under
    # its page, by the paper's own site)
    titled = "" if noted and not page else title
    if any(line.quoted for line in lines):
        return Note(line, titled, clippings_quoted(lines), posted=posted, noted=noted, page=page, posted_as=title), ""
    return Note(line, titled, (as_text(clipping_in_post(lines)),), fields.get("link", "").strip(), posted, noted, page, title), ""


# A category naming a page (头版, 02版, 第3版, 第04版 副刊): a paper's own site files its posts so.
_PAGE_CATEGORY = re.compile(r"(?:头版|頭版|第?\s*[A-Za-z]?[\d〇一二三四五六七八九十]{1,3}\s*版)(?:\s*[:：|｜·]?\s*[^\s\d]{1,8})?")


def filed_page(category: str) -> str | None:
    """The page a post's category names (第04版 副刊 → 4, 头版 → 1), or None."""
    if not _PAGE_CATEGORY.fullmatch(category := category.strip()):
        return None
    return page_and_name(category)[0]


# 翻到《柘湾县报》1984年9月3日第二版上的…: a paper, a day and a page, told in a sentence of the blogger's.
_TOLD_PAPER = re.compile(r"《(?P<paper>[^《》]{2,12})》")
_TOLD_DAY = re.compile(r"(?P<day>\d{4}年\d{1,2}月\d{1,2}日)")
_TOLD_PAGE = re.compile(r"(?P<page>第?[一二三四五六七八九十\d]{1,3}版)")


def told_print(text: str) -> str | None:
    """The note of print a sentence tells (翻到《柘湾县报》1984年9月3日第二版上的一张图片新闻 → 《柘湾县报》
    1984年9月3日第二版), or None."""
    paper, day, page = _TOLD_PAPER.search(text), _TOLD_DAY.search(text), _TOLD_PAGE.search(text)
    if not paper or not day:
        return None
    return f"《{paper['paper']}》{day['day']}{page['page'] if page else ''}"


def _unlabelled(text: str) -> str:
    """【日期】1983年6月2日, 日期：…: a field's value without its label."""
    return re.sub(r"^\s*(?:【[^】]{1,6}】|[^：:]{1,6}[：:])\s*", "", text)


def clippings_quoted(lines: list[Line]) -> tuple[tuple[str, ...], ...]:
    """A post's quotations, each a clipping, under the note of where they were printed the blogger
    gives around them (《柘湾县报》1983年5月20日第一版, 剪自…); the rest of the blogger's words none of them."""
    noted = [note for l in lines if not l.quoted for note in [told_print(l.text) or (
        l.text if len(l.text) <= 40 and (rules.parse_source_note(l.text) or rules.printed_date(l.text)) else None)] if note]
    clippings: list[list[Line]] = []
    for k, line in enumerate(lines):
        if line.quoted and (not k or not lines[k - 1].quoted):
            clippings.append([])
        if line.quoted:
            clippings[-1].append(line)
    return tuple((*noted[:1], "", *as_text(clipping)) for clipping in clippings)


def clipping_in_post(lines: list[Line]) -> list[Line]:
    """A post's clipping without the blogger's sentences over its first head (set bold, <h3>): a
    note of print they tell stays, as the clipping's note."""
    first = next((k for k, line in enumerate(lines) if line.head), None)
    if first is None:
        return lines
    over = lines[:first]
    told = [Line(note) for line in over if rules.ends_sentence(line.text) or line.text.rstrip().endswith(("：", ":"))
            if (note := told_print(line.text))]
    kept = [line for line in over if not rules.ends_sentence(line.text) and not line.text.rstrip().endswith(("：", ":"))]
    return told[:1] + kept + lines[first:]


def as_text(lines: list[Line]) -> tuple[str, ...]:
    """A note's lines as a typist's text file sets them: where the note sets its heads apart (bold,
    <h3>), the heads flush and its sentences indented, so a head reads as one."""
    if not any(line.head for line in lines):
        return tuple(line.text for line in lines)
    return tuple(line.text.strip() if line.head or not rules.ends_sentence(line.text)
                 else "\u3000\u3000" + line.text.lstrip(" \u3000") for line in lines)


_EMPHASIS = frozenset("b strong h1 h2 h3 h4 h5 h6".split())


@dataclass(frozen=True)
class Line:
    """A line a note prints: its text, whether it stands in a quotation, whether all of it is set
    bold or as a heading (how a note sets a head apart)."""
    text: str
    quoted: bool = False
    head: bool = False


class _NoteLines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[list] = [["", False, 0]]  # text, quoted, characters set bold
        self.hidden = self.quoting = self.bold = 0

    def _break(self) -> None:
        self.lines.append(["", self.quoting > 0, 0])

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in UNPRINTED
        self.quoting += tag == "blockquote"
        self.bold += tag in _EMPHASIS
        if tag in BREAKS or tag in ("hr", "figcaption"):
            self._break()

    def handle_endtag(self, tag: str) -> None:
        self.hidden = max(0, self.hidden - (tag in UNPRINTED))
        self.quoting = max(0, self.quoting - (tag == "blockquote"))
        self.bold = max(0, self.bold - (tag in _EMPHASIS))
        if tag in BREAKS or tag in ("hr", "figcaption"):
            self._break()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.lines[-1][0] += data
            self.lines[-1][2] += len(re.sub(r"\s", "", data)) if self.bold else 0


def note_lines(html: str) -> list[Line]:
    """The lines an HTML note prints (its indents kept, a run of spaces one)."""
    html = re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", html)
    parser = _NoteLines()
    parser.feed(html)
    parser.close()
    lines = []
    for text, quoted, bold in parser.lines:
        text = re.sub(r"[ \t\u00a0]+", " ", re.sub(r"\s*[\r\n]+\s*", "", text)).rstrip()
        if text.strip():
            lines.append(Line(text, quoted, bold >= len(re.sub(r"\s", "", text)) and len(text.strip()) <= 40))
    return lines


# Joplin's RAW export: each item a file, its fields closing it a line each (id: <32 hex>, …, type_: 1), a
# note's title its first line. Its other items are the app's own records: a notebook (2), a resource's
# (4), a tag (5), a tag on a note (6).
_JOPLIN_FIELDS = re.compile(r"(?:\A|\n\n)(id: [0-9a-f]{32}\n(?:[a-z_]+: .*\n?)*?type_: (\d+))\s*$")  # (a tag's on a note: its fields alone)
_JOPLIN_KINDS = {"2": "a notebook", "4": "a picture's or a file's", "5": "a tag", "6": "a tag's on a note"}


# (an item cut short in its fields, before its type_: a resource's record by its mime:, a note's by its own fields)
_JOPLIN_CUT = re.compile(r"(?:\A|\n\n)(id: [0-9a-f]{32}\n(?:[a-z_]+: .*\n)+[a-z_]*:?[^\n]*)\Z")


def joplin_item(text: str) -> tuple[str, dict[str, str]] | None:
    """A Joplin RAW export's item: its text above its fields and its fields (type_: 1 a note), or None
    for any other file."""
    m = _JOPLIN_FIELDS.search(text) or _JOPLIN_CUT.search(text.rstrip("\n"))
    if m is None:
        return None
    fields = dict(line.split(": ", 1) if ": " in line else (line.rstrip(":"), "") for line in m[1].split("\n"))
    if "type_" not in fields:
        fields["type_"] = "4" if "mime" in fields else "1" if "is_todo" in fields or "markup_language" in fields else "?"
    return text[:m.start()], fields


# Heads a note's text opens with of its own: a Markdown heading, a page's HTML heading, or heads
# labelled as a typist sets them (主题：…).
_OWN_HEAD = re.compile(r"^(?:#{1,3} \S|\s*<h[1-3]\b|(?:引题|主题|标题|副题)[：:]\s*\S)", re.I)
# How far into a note's text its own heads are looked for: past a clipped page's links and its line of
# the day and page, not into the text (the first long paragraph ends the looking).
_OPENING_LINES = 12


def joplin_note_text(note: str) -> str:
    """A Joplin note as Markdown: its title (the app's first line) as its heading, unless the text
    under it opens with heads of its own (a clipped page's # heading, 主题：…), whose title the
    keeper's label over them (江州日报数字报-守住耕地红线…, 0318二版 便民生活圈) is not."""
    title, _, rest = note.lstrip().partition("\n")
    opening = [line for line in rest.split("\n") if line.strip()][:_OPENING_LINES]
    for line, below in zip(opening, opening[1:] + [""]):
        # (or a bare head right over its text's dateline: 我市颁发首批数据资产登记证书 / 本报讯（记者 孔令洲）…)
        over_lead = not re.match(r"\s*[*#>【\[]", line) and rules.is_bare_heading(line.strip()) \
            and (lead := rules.parse_lead(below.strip())) is not None and bool(lead.dateline)
        if (_OWN_HEAD.match(line) or over_lead) and not title.startswith("#"):
            return rest
        if len(line.strip()) >= 60 and not re.match(r"\s*[\[<]", line):
            break  # the text, under no head of its own
    return re.sub(r"\A\s*(?!#)(\S)", r"# \1", note, count=1) if note.strip() else note


def joplin_kind(fields: dict[str, str]) -> str | None:
    """What an item of Joplin's that is no note records (a notebook, a tag), or None for a note."""
    return None if fields.get("type_") == "1" else _JOPLIN_KINDS.get(fields.get("type_", ""), "the app's own")


# 有道云笔记's own note file: <note xmlns="http://note.youdao.com"><head><title>…</title><source-url>…
# </head><body><para><text>…</text></para>…; a clipped page's HTML escaped in a <text> where its
# clipper kept the markup.
YOUDAO_SUFFIX = ".note"
_YOUDAO_TEXT = re.compile(r"<text>(.*?)(?:</text>|\Z)", re.S)


def youdao_note_text(text: str) -> str | None:
    """A 有道云笔记 note as the text file its keeper would have saved (the address it was clipped
    from over its paragraphs, a paragraph a line), or None where the file is no such note."""
    if "note.youdao.com" not in text[:500]:
        return None
    body = text[text.find("<body"):] if "<body" in text else ""
    lines = [line.text for m in _YOUDAO_TEXT.finditer(body)
             for line in note_lines(f"<p>{unescape(m[1])}</p>" if "&lt;" in m[1] else f"<p>{m[1]}</p>")]
    address = re.search(r"<source-url>\s*([^<\s]+)\s*</source-url>", text)
    return "\n".join([*([f"原文链接：{unescape(address[1])}", ""] if address and lines else []), *lines])
