"""Ingest: the archive's source files to articles, pages and the problems found on the way."""
from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from ..config import Config
from ..hanzi import simplified
from ..digest import fingerprinted
from ..folders import files_under
from ..parallel import pmap
from ..model import UNTITLED, Archive, Article, Caption, IssueDate, Page, Paragraph, Problem, SectionHead
from .articlefile import (SEVERAL_LABELLED, fetch_record_end, fetch_record_start, name_of, one_article_reading, parse_article_file,
                          page_header_fields, parse_labelled_articles, title_from_name, title_run_in)
from .corpora import is_sogou_dump, is_tagged_corpus, read_sogou_dump, tagged_articles
from .webarchive import HAR_SUFFIXES, archived_pages, har_responses, is_web_archive
from .wikitext import WIKI_SUFFIXES
from .workbooks import WORKBOOK_SUFFIXES, is_workbook, read_workbook
from .documents import DOCUMENT_SUFFIXES, LEGACY_WORD, document_text, word97_text
from .extracted import extracted_text
from .highlights import marked_pieces
from .microblog import ARCHIVE_PART, posts_of_a_dump
from .databases import (BIBTEX_SUFFIXES, NOTEEXPRESS_SUFFIXES, RIS_SUFFIXES, factiva_page_text, is_database_export, is_noteexpress,
                        read_bibtex, read_database_export,
                        read_ris)
from .decode import Undecodable, cut_mid_character, decode_source, is_chinese_text
from .htmlpage import (HTML_PAGE, HTML_SUFFIXES, WEB_ARCHIVE_SUFFIXES, cut_short, html_as_labelled, web_archive_cut_short,
                       web_archive_html, word_page_text)
from .folderindex import folder_index_of, indexed_day_and_page, indexed_heads, indexed_row, is_issue_register
from .frontmatter import apply_sidecar, apply_stated, stated_fields
from .mail import (MAILBOX_SUFFIXES, forwarded_on_top, is_mailbox, issue_day, mailbox_messages, mailbox_text, message_cut_short,
                   saved_mail)
from .notebook import (NOTEBOOK_SUFFIXES, YOUDAO_SUFFIX, is_notebook, joplin_item, joplin_kind, joplin_note_text, keep_note, notes_of,
                       youdao_note_text)
from .epub import EPUB_SUFFIXES, book_text, dated_by_their_lines, is_unpacked_book, unpacked_book_text
from . import mets
from .ocrlayout import HOCR_SUFFIXES, LAID_OUT_PAGE, alto_blocks, alto_text, annotation_list_text, hocr_text, is_mets
from .markup import error_page
from .markdownpage import (converted_page, heading_breaks_read, is_a_list_of_notes, keepers_heading_off, labelled_clipping, line_breaks_read,
                           parse_markdown_articles, pieces_under_heads, quoted_clippings, typed_title_marked, without_anchors,
                           without_tag_lines, word_styles_read)
from .overlaps import copies_dropped, jumps_joined, jumps_unmet, later_pages_joined, screens_joined
from . import rules
from .paths import (PathFacts, address_date, address_facts, dated_by_their_issue, draft_stage, drafts_folder, kind_suffix,
                    later_stage, path_facts, stage_of)
from .dumps import DBASE_SUFFIXES, SQL_SUFFIXES, SQLITE_SUFFIXES, read_dbase, read_sql_dump, read_sqlite
from .records import CSV_SUFFIXES, RECORD_SUFFIXES, articles_of, first_row, is_book_catalog, is_table, names_columns, read_json_array, read_records
from .punctuation import marks_closed_up
from .bbs import bbs_collection, bbs_post, bbs_posts, forum_thread
from .chats import Message, chat_messages, forwarded_articles
from .outline import ORG_SUFFIXES, read_outline
from .packed import PACK_SUFFIXES, Unpackable, is_pack, unpacked
from .retyped import retyped_post
from .layoutexport import LAYOUT_SUFFIXES, layout_text, stories as layout_stories
from .styletags import STYLE_TAGGED, style_tagged
from .webpage import pasted_pages
from .textpage import parse_text_page
from .webpage import WEB_PAGE, web_page

TEXT_SUFFIXES = (".txt", ".eml")  # a message saved by a mail client is text too
MARKDOWN_SUFFIXES = (".md", ".markdown")
ARCHIVE_SCRIPT = ".js"  # (X's archive keeps its posts in scripts: data/tweets.js)
SOURCE_SUFFIXES = TEXT_SUFFIXES + LAYOUT_SUFFIXES + DOCUMENT_SUFFIXES + (LEGACY_WORD,) + WORKBOOK_SUFFIXES + MARKDOWN_SUFFIXES \
    + RECORD_SUFFIXES + HTML_SUFFIXES + NOTEBOOK_SUFFIXES + WIKI_SUFFIXES + ORG_SUFFIXES + SQL_SUFFIXES + SQLITE_SUFFIXES + DBASE_SUFFIXES + EPUB_SUFFIXES \
    + MAILBOX_SUFFIXES + RIS_SUFFIXES + BIBTEX_SUFFIXES + NOTEEXPRESS_SUFFIXES + PACK_SUFFIXES + HOCR_SUFFIXES + HAR_SUFFIXES + (YOUDAO_SUFFIX, ARCHIVE_SCRIPT)
SIDECAR_SUFFIXES = (".yml", ".yaml", ".json")  # .json: a newsroom system's facts of the file beside it


# A Hugo content folder's list page of a section (content/2021/04/_index.md), and the notes a
# folder keeps about itself (README.md): no article.
LIST_PAGES = ("_index.md", "readme.md", "readme.txt", "readme.markdown")
# 錄入說明.txt, 使用说明.txt, 移交说明.txt, 【必看】资料说明.txt, 导出说明.txt, EXPORT_README.txt: a project's or an export's notes to those who keep its
# files; 目录.txt, 本期目录.txt, 0312串联单.txt, $toc.yml (a wiki's export): the list of what a folder holds (a
# broadcast's rundown).
_NOTES = re.compile(r"^(?:【[^】]{1,6}】)?(?:录入|使用|编辑|整理|项目|著录|导出|下载|数据|资料|转档|移交|交接|本期|本版|版面|期刊)?说明$|^凡例$|^(?i:readme)[-_ ]\S{1,20}$"
                    r"|^\S{1,20}[-_ ](?i:readme)$|^读我$"
                    r"|^[\d_-]*(?:本期|本版|存档|总)?(?:目录|索引|串联单|节目单)$|^\$?(?i:toc)$")


def source_files(root: Path) -> list[Path]:
    """Every source file under root in a stable order; hidden files and folders are skipped, and
    a section's list page."""
    files = files_under(root)
    twins = {p for p in files if p.suffix.lower() in HTML_SUFFIXES and _kept_as_json(p)}
    texts = {p.with_suffix("") for p in files if p.suffix.lower() in TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES
             and p not in twins}
    return [p for p in files if (p.suffix.lower() in SOURCE_SUFFIXES
                                 and (p.suffix.lower() not in MAILBOX_SUFFIXES or _opens_as(p, is_mailbox))
                                 or is_web_archive(p) or unnamed_kind(p) and _opens_as_chinese_text(p))
            and p.name.lower() not in LIST_PAGES and not _NOTES.match(simplified(p.stem))
            and p.name.lower() != "index.csv"  # a folder's index of its files (folderindex), no records of articles
            and not p.name.startswith("~$")  # ~$稿件.docx: Word's note that the document is open, no document
            and not _LIBRARY_METADATA.search(p.name) and not _alto_of_a_text_beside(p)
            and not (p.suffix.lower() in SIDECAR_SUFFIXES and p.with_suffix("") in texts)  # 0003518421.json: 0003518421.txt's sidecar
            and not (p.name.lower() in _FOLDER_FACTS and any(folder_facts_of(t.with_name(t.name + ".txt")) == p  # (any form of it)
                                                             for t in texts if t.parent == p.parent))
            and not _saved_pages_parts(p, texts)
            and p not in twins]


def _pages_tabled(sheet: Path) -> bool:
    """剪报库 24bc….csv (or …_all.csv) beside the folder 剪报库 24bc…/ of Markdown pages, each row named as
    one of them (0505 二版 夜市 for 0505 二版 夜市 b6b952f2….md): the pages' table, as Notion exports a database."""
    folder = sheet.with_name(re.sub(r"_all$", "", sheet.stem))
    if not folder.is_dir():
        return False
    pages = {re.sub(r"\s[0-9a-f]{8,32}$", "", p.stem) for p in folder.iterdir() if p.suffix.lower() in MARKDOWN_SUFFIXES}
    try:
        rows = list(csv.reader(io.StringIO(sheet.read_text("utf-8-sig", errors="replace"))))[1:]
    except (OSError, csv.Error):
        return False
    return bool(rows) and all(row and row[0].strip() in pages for row in rows if any(cell.strip() for cell in row))


def _kept_as_json(page: Path) -> bool:
    """停电公告.html beside 停电公告.json, a Google Keep note's: the note is read from its JSON, the page its twin."""
    twin = page.with_suffix(".json")
    try:
        return twin.is_file() and keep_note(twin.read_text("utf-8-sig", errors="replace")) is not None
    except OSError:
        return False


# What a digital library keeps about an item beside its text, none of the text: the Internet Archive's
# xxx_files.xml, xxx_meta.xml, xxx_scandata.xml, xxx_page_numbers.json; the Library of Congress's batch.xml.
# (wget-log, wget-log.1: the log a crawler wrote beside what it saved, in its own name with no suffix)
_LIBRARY_METADATA = re.compile(r"_(?:files|meta|scandata|reviews)\.xml$|_page_numbers\.json$|^batch(?:_\d+)?\.xml$"
                               r"|^wget-log(?:\.\d+)?$", re.I)


def _alto_of_a_text_beside(path: Path) -> bool:
    """ocr.xml beside ocr.txt: a page's ALTO, its layout, where the page's OCR text is kept beside it
    (a library's batch keeps both): the same page twice, its text read (its ALTO where the text is empty)."""
    text = path.with_suffix(".txt")
    return path.suffix.lower() == ".xml" and text.is_file() and text.stat().st_size > 0 \
        and _opens_as(path, lambda head: "<alto" in head)


def unnamed_kind(path: Path) -> bool:
    """A file whose name says no kind: 10482 (a news server's article), M.857355753.A (a board's
    post), 96.3.12 浦东新区 (a Mac's, named as its keeper typed), read as text where it is Chinese text."""
    return not kind_suffix(path.name)


def kind_of(path: Path) -> str:
    """The kind a file's suffix names, .txt for one whose name names none."""
    if is_unpacked_book(path):
        return ".epub"
    return ".txt" if unnamed_kind(path) or path.suffix.lower() in LAYOUT_SUFFIXES + DOCUMENT_SUFFIXES + (LEGACY_WORD, YOUDAO_SUFFIX) \
        else path.suffix.lower()


def _opens_as(path: Path, kind: Callable[[str], bool]) -> bool:
    """Whether a file's head says it is of a kind: a mailbox (a file with no suffix, or .mbox, is read
    only where it is one, a mail client's folder), an issue's METS file."""
    try:
        with path.open("rb") as file:
            return kind(file.read(3000).decode("utf-8", errors="ignore"))
    except OSError:
        return False


def _opens_as_chinese_text(path: Path) -> bool:
    """Whether a file's head is text with Chinese in it, in any encoding a source may have."""
    try:
        with path.open("rb") as file:
            return is_chinese_text(file.read(3000))
    except OSError:
        return False


def _saved_pages_parts(path: Path, pages: set[Path]) -> bool:
    """第218期终审稿_files/header.htm beside 第218期终审稿.htm: a part of the page a browser or Word saved
    (its frames, pictures, list of files), in the folder named after the page; no source of its own."""
    folder = path.parent
    saved = re.fullmatch(r"(.+?)(?:_files|\.files|_archivos|-Dateien|_fichiers)", folder.name)
    return saved is not None and folder.parent / saved[1] in pages


def read_text(path: Path, name: str, config: Config) -> tuple[str | None, Problem | None]:
    """A source's text, or the problem that stops it being read; or both, where the file was cut
    short inside its last character and is read up to it."""
    size = path.stat().st_size
    if size == 0:
        return None, Problem(name, None, "empty file")
    if size > size_limit(path, config):
        return None, Problem(name, None, f"file is {size / 2**20:.1f} MB, over the "
                                         f"{size_limit(path, config) / 2**20:.0f} MB limit for one source; skipped")
    if is_unpacked_book(path):  # the head of an e-book unpacked into a folder: the book, read as its .epub is
        text = unpacked_book_text(path.parent.parent)
        return (text, None) if text else (None, Problem(name, None, "an unpacked e-book with no chapter of articles in it "
                                                                    "(or its package, content.opf, not there)"))
    data = path.read_bytes()
    if path.suffix.lower() in EPUB_SUFFIXES:  # a zip of the book's chapters
        text = book_text(data)
        return (text, None) if text else (None, Problem(name, None, "an e-book with no chapter of articles in it "
                                                                    "(or no e-book: not a zip with its package)"))
    if path.suffix.lower() in DOCUMENT_SUFFIXES:  # a word processor's document, as its writer saved it
        text = document_text(data, path.suffix.lower())
        return (text, None) if text and text.strip() else (None, Problem(name, None, "a document with no text that can be read "
                                                                                    "(damaged, or not what its name says)"))
    if path.suffix.lower() == LEGACY_WORD:  # Word 97–2003's binary document, as WPS saves it too
        text = word97_text(data)
        return (text, None) if text and text.strip() else (None, Problem(name, None, "a Word 97–2003 document (.doc) with "
                                                                                    "no text that can be read (damaged, "
                                                                                    "or not what its name says)"))
    if path.suffix.lower() in WEB_ARCHIVE_SUFFIXES:  # a page saved with its pictures in one MIME file
        text = web_archive_html(data)
        if not text or not text.strip():
            return None, Problem(name, None, "a web archive with no HTML page in it")
        return text, Problem(name, data.count(b"\n") + 1, "the web archive stops before its last part closes, as a copy "
                                                           "cut short leaves it; read up to there") \
            if web_archive_cut_short(data) else None
    try:
        text = mailbox_text(data, decode_source) if path.suffix.lower() in MAILBOX_SUFFIXES and is_mailbox(data[:200].decode("latin-1")) \
            else decode_source(data)
    except (Undecodable, UnicodeDecodeError) as error:
        return None, Problem(name, None, f"cannot read as text: {error}")
    if not text.strip():
        return None, Problem(name, None, "file holds only white space")
    if path.suffix.lower() == YOUDAO_SUFFIX:  # a 有道云笔记 note: its paragraphs, as its keeper would have saved them
        note = youdao_note_text(text)
        if not note:
            return None, Problem(name, None, "a 有道云笔记 note with no text" if note == "" else "not a 有道云笔记 note (.note)")
        return note, None if "</note>" in text[-200:] else Problem(
            name, text.count("\n") + 1, "the note stops before its </note>, as a copy cut short leaves it; read up to there")
    if cut_mid_character(data):
        return text, Problem(name, text.count("\n") + 1, "the file ends inside a character, as a download or a copy "
                                                          "cut short leaves it; read up to there")
    if path.suffix.lower() in HTML_SUFFIXES and cut_short(text):
        return text, Problem(name, text.count("\n") + 1, "the page stops in its text, without its </html>, as a download "
                                                          "cut short leaves it; read up to there")
    return text, None


def size_limit(path: Path, config: Config) -> int:
    return config.max_records_bytes if path.suffix.lower() in RECORD_SUFFIXES + SQL_SUFFIXES + SQLITE_SUFFIXES + DBASE_SUFFIXES \
        else config.max_source_bytes


# Where a file synced between machines was changed on two, the sync tool keeps the other version
# beside it: Syncthing's 标题.sync-conflict-20240515-213044-K3JQ2ZT.md, Dropbox's 标题 (conflicted copy
# 2024-05-15).md or 标题 (张三's conflicted copy 2024-05-15).md, Nextcloud's 标题 (conflicted copy 2024-05-15 213044).md.
_CONFLICTED = re.compile(r"^(?P<stem>.+?)(?:\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}"
                         r"|\s*\((?:[^()]*'s )?conflicted copy(?: \d{4}-\d{2}-\d{2})?(?: \d{6})?(?: \(\d+\))?\))$", re.I)


def conflicted_copy_of(path: Path) -> Path | None:
    """The file a sync tool's conflicted copy is of, where it stands beside it; else None."""
    m = _CONFLICTED.match(path.stem)
    original = m and path.with_name(m["stem"] + path.suffix)
    return original if original and original.is_file() else None


# Readwise's export of highlights (Highlight,Book Title,Book Author,…), each row a passage a reader marked.
_HIGHLIGHTS_SHEET = re.compile(r"\"?Highlight\"?,\"?(?:Book Title|Title)\"?,", re.I)
# Templates/, 模板/: where a notes app (Obsidian, Logseq) keeps the notes new ones are made from;
# archetypes/, scaffolds/: where Hugo and Hexo keep the posts new ones are made from.
_TEMPLATES_FOLDER = re.compile(r"(?:^|/)(?:_?templates?|模板|模版|archetypes|scaffolds)/", re.I)
NOT_THERE = "a site's page saying the article is not there, saved in its place; skipped"


# …_content_list.json, …_middle.json, …_model.json: what MinerU (magic-pdf) writes beside a page's
# Markdown of the blocks it found there.
_CONVERTERS_RECORD = re.compile(r"^(?P<stem>.+)_(?:content_list|middle|model|spans)\.json$")


def converters_page_of(path: Path) -> Path | None:
    """The Markdown page a PDF converter's record of its blocks (…_content_list.json) sits beside, or None."""
    m = _CONVERTERS_RECORD.match(path.name)
    page = path.with_name(f"{m['stem']}.md") if m else None
    return page if page is not None and page.is_file() else None


def sidecar_of(path: Path) -> Path | None:
    return next((s for s in map(path.with_suffix, SIDECAR_SUFFIXES) if s != path and s.is_file()), None) \
        or folder_facts_of(path)


# meta.json beside the one article a downloader saved in a folder of its own (wechatDownload's
# 标题, 作者, 发布时间, 原文链接, beside the article's .html and .md): the article's facts.
_FOLDER_FACTS = ("meta.json", "metadata.json", "info.json")


def folder_facts_of(path: Path) -> Path | None:
    """The folder's facts file where path is the one article in it (in one form or several)."""
    if path.name.lower() in _FOLDER_FACTS:
        return None
    facts = next((p for p in map(path.parent.joinpath, _FOLDER_FACTS) if p.is_file()), None)
    if facts is None:
        return None
    stems = {p.stem for p in path.parent.iterdir() if p.is_file() and p != facts
             and p.suffix.lower() in TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES}
    return facts if stems == {path.stem} else None


def lists_its_folder(text: str, folder: Path) -> bool:
    """A sheet whose rows each open on the name of a file beside it, without its suffix
    (0003518421	产科“一床难求”…	A01	2016-03-08): a newsroom system's list of what it exported; or on
    a file's path under it (THUCNews/体育/3781.txt	体育	1296: a dataset's list of its files)."""
    rows = [re.split(r"[\t,]", line, maxsplit=1)[0].strip().strip('"') for line in text.split("\n")[1:] if line.strip()]
    if len(rows) < 2:
        return False
    stems = {p.stem for p in folder.iterdir() if p.is_file()}
    def there(row: str) -> bool:
        # (a cell of text, <P>　　入汛以来…, is no path: only a file's name, with its suffix, is asked of the disk)
        return row in stems or bool(re.fullmatch(r"[^\s<>|:*?\"/]{1,100}(?:/[^\s<>|:*?\"/]{1,100}){1,8}\.\w{1,5}", row)) \
            and ".." not in row.split("/") and (folder / row).is_file()
    return sum(map(there, rows)) * 2 >= len(rows)


def indexes_its_folder(text: str, folder: Path) -> bool:
    """A crawler's index of what it saved ({"title": …, "file": "01_我市….txt"} for each article): records
    that name files in the folder or below it, most of them there, two or more."""
    named = set(re.findall(r'"([^"/\\]{1,200}\.(?:txt|md|html?|json|xml))"', text))
    if len(named) < 2:
        return False
    there = {p.name for p in files_under(folder)}
    return len(named & there) * 2 >= len(named)


def describes_its_folder(text: str, folder: Path) -> bool:
    """备份说明.txt naming ghost-export, server-content and the .json files in them: the keeper's note on
    what the folder holds, two or more of its files and folders named by their full names."""
    if len(text) > 5000:
        return False
    named = set(re.findall(r"[\w.()-]{2,80}\.(?:json|jsonl|csv|txt|md|ya?ml|xml|zip|html?|docx?|xlsx?|pdf)\b", text))
    if len(named) < 2:
        return False
    folders = [folder, *(d for d in folder.iterdir() if d.is_dir())]
    return sum(any((d / name).is_file() for d in folders) for name in named) >= 2


def folder_note_of(folder: Path) -> Path | None:
    """The note a folder keeps about itself (README.txt, 说明.txt), if any."""
    named = next((folder / name for name in ("README.txt", "readme.txt", "README.md", "说明.txt", "說明.txt", "metadata.xml")
                  if (folder / name).is_file()), None)
    # 本期说明.txt, 版面说明.txt: an issue's notes (its day, its pages), as its folder keeps them
    return named or next((p for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                          and re.fullmatch(r"(?:本期|本版|版面|期刊)说明", simplified(p.stem))), None)


def folder_index_row(source: "Source") -> tuple[str, tuple[int, dict] | None] | None:
    """The name of the folder's index, if it keeps one, and the line and fields of its row naming
    the file (None where none does): read once for all that the row says."""
    if source.index is None:
        return None
    named = source_name(source.index, source.root)
    text, _ = read_text(source.index, named, source.config)
    return named, indexed_row(text or "", named, source.path.name, source_name(source.path, source.root))


def placed_by_folder_index(facts: PathFacts, source: "Source",
                           indexed: tuple[str, tuple[int, dict] | None] | None) -> tuple[PathFacts, list[Problem]]:
    """The path's facts with the day and page the folder's index gives the file on its row
    (reel012_frame0345.txt,青溪报,1958-03-08,1; `indexed`, from folder_index_row), each where the path
    gives none; and the problem of a row giving a day there is none (1958-02-30)."""
    if indexed is None:
        return facts, []
    named, found = indexed
    day, page, wrong = indexed_day_and_page(found, source.path.name, named)
    dated = facts.issue_date.precision == "day"  # (a day the path gives stands)
    placed = replace(facts, issue_date=facts.issue_date if dated else day or facts.issue_date, page=facts.page or page)
    wrong = None if dated else wrong
    return placed, [Problem(named, wrong[0], wrong[1])] if wrong else []


# What reading a file of a body alone says of its want of a head.
_UNTITLED = ("no title in the file", "byline before any title", "text before the first title")


def _headless(article: Article, found: list[Problem], indexed: str) -> bool:
    """Whether the file printed no head of its own, as its index's title shows: it read none, or
    read as one its file's id (cj210315_0201), a caption (…本报记者 林晓 摄) or its first words, or
    the start of the title its index gives (2021晨江春季家居博览会 of …3月20日开幕)."""
    title = article.title
    return any(p.message.startswith(_UNTITLED) for p in found) or title == UNTITLED \
        or not re.search(r"[\u4e00-\u9fff]", title) or rules.is_caption(title) \
        or not article.paragraphs and len(article.captions) == 1 and article.captions[0].text.lstrip().startswith(title) \
        or indexed.startswith(title) and bool(re.match(r"\s*[^\s（(【\[]", indexed[len(title):]))  # (…（图片）: its kind, no more head)


def folder_index_heads(indexed: tuple[str, tuple[int, dict] | None] | None) -> tuple[dict, list[Problem]]:
    """The heads the folder's index gives a file of one article's body (a newsroom system's
    index.json: title, kicker, deck, kind, place on the page; `indexed`, from folder_index_row) as
    stated fields, and the problems of their values; none where the index gives it no title."""
    heads = indexed_heads(indexed[1]) if indexed else {}
    return stated_fields(heads, indexed[0], lambda key: None, "record") if heads else ({}, [])


# A folder's note stating the day its files were printed: 出版日期：2018年5月10日.
# (or in a library's Dublin Core record of the issue: <dc:date>1992-10-14</dc:date>)
_NOTED_DAY = re.compile(r"^\s*(?:出版日期|出版时间|出版時間|见报日期|刊期|日期)\s*[:：]\s*(?P<day>.+?)\s*$"
                        r"|<dc:date>\s*(?P<dc>[^<]+?)\s*</dc:date>", re.M)


def day_in_folder_note(text: str, listed: str | None = None) -> tuple[int, int, int] | None:
    """The day a folder's note says its issue was printed, or None; or, in its parent's note, the
    day on the row that names the folder (`listed`: 第357期     1998年4月30日     4)."""
    if listed is None:
        return next(filter(None, (rules.printed_date(m["day"] or m["dc"]) for m in _NOTED_DAY.finditer(text))), None)
    row = next((line for line in text.split("\n") if line.strip().startswith(listed)), "")
    return next(filter(None, map(rules.printed_date, re.split(r"[\s\u3000|｜,，]{2,}|\t", row)[1:])), None)


def dated_by_folder_note(facts: PathFacts, source: "Source") -> PathFacts:
    """The path's facts with the day the folder's note states (校报/第356期/README.txt: 出版日期：
    2018年5月10日), where the path gives no day."""
    if source.note is None or facts.issue_date.precision == "day":
        return facts
    named = source_name(source.note, source.root)
    noted, _ = read_text(source.note, named, source.config)
    own = source.note.parent == source.path.parent
    day = day_in_folder_note(noted, None if own else source.path.parent.name) if noted else None
    try:
        return replace(facts, issue_date=IssueDate(dt.date(*day), "day", "path", (f"文件夹说明 {named}",))) if day else facts
    except ValueError:  # 2018年2月30日: no day
        return facts


def dated_by_its_address(facts: PathFacts, text: str) -> PathFacts:
    """The path's facts with the day the address a clipping opens on files it under (原文链接：
    …/html/2013-11/22/content_231876.htm, as a notes app's clipper writes it), where the path gives no day."""
    opening = re.match(r"\s*(?:原文链接|原文地址|来源网址|网址|链接)[:：]\s*(https?://\S+)", text)
    if opening is None or facts.issue_date.precision == "day":
        return facts
    dated = address_facts(opening[1]).issue_date
    return replace(facts, issue_date=dated) if dated.known else facts


def ingest_text_page(sidecar: Path | None, name: str, text: str, config: Config,
                     facts: PathFacts = PathFacts(), named: str | None = None) -> tuple[Page, list[Article], list[Problem]]:
    """The articles of a text file, read as one article or as a page of several, placed by
    what its path says and then by what its sidecar states; `named`, the title its name (or a
    message's subject) gives, where not the file's name."""
    if "\f" in text and parse_labelled_articles(text.replace("\f", "\n").split("\n"), name) is not None:
        text = without_page_breaks(text)  # a clipping service's records, its PDF's pages breaking them anywhere
    elif len([chunk for chunk in text.split("\f") if chunk.strip()]) > 1 \
            and one_article_reading(text.split("\n"), facts, named or name_of(name)) is None:
        return pages_of_a_pdf(sidecar, name, text, config, facts, named)  # (one article run onto the next page stays one)
    lines = text.split("\n")
    if (read := rules.ocr_header_off(lines)) is not None:
        lines, text = read, "\n".join(read)  # 汉王文本王 V6.0 识别结果 / 识别时间：…: the program's, none of the page
    if (shot := rules.screenshot_text(lines)) is not None:
        lines, text = shot, "\n".join(shot)  # the phone's and the app's bars round the article, none of it
    if (marked := marked_pieces(text)) is not None:  # an e-reader's file of highlights: each of a whole piece an article
        pieces, skipped = marked
        said = [Problem(name, line, f"{why}; no article") for line, why in skipped]
        if not pieces:
            return Page(name, reading="an e-reader's highlights, none of a whole piece"), [], said
        page, articles, found = clippings_of_a_file(sidecar, name, _at_their_lines(pieces), config, facts, None,
                                                    how="highlight by highlight (an e-reader's file of what its reader marked)")
        return page, articles, said + found
    if (pasted := pasted_pages(lines)) is not None:
        return clippings_of_a_file(sidecar, name, pasted, config, facts, named,
                                   how="article by article (each closed by the site's links to its neighbours)")
    if (stories := rules.stories_marked(lines) or layout_stories(lines)) is not None:
        return clippings_of_a_file(sidecar, name, stories, config, facts, named,
                                   how="story by story (each opened by the layout system's mark)")
    if (clippings := bbs_posts(lines) or bbs_collection(lines) or rules.clippings_noted(lines)
            or rules.compiled_pieces(lines)) is not None:
        return clippings_of_a_file(sidecar, name, clippings, config, facts, named)
    if (bound := rules.issues_bound(lines)) is not None:
        return issues_of_a_bound_volume(sidecar, name, bound, config, facts, named)
    if (trailer := fetch_record_start(lines)) is not None:
        lines = lines[:trailer]  # 抓取时间：… / URL：… under the text: the crawler's, none of the article
        text = "\n".join(lines)
    if (run_in := title_run_in(lines, named or name_of(name))) is not None:
        lines, text = run_in, "\n".join(run_in)  # the whole article on one line, its title first, as its name gives it
    # a board's post of what a paper printed, or a blog's post of an old article retyped: the article
    if (posted := bbs_post(lines) or forum_thread(lines) or retyped_post(lines)) is not None:
        lines, text = posted, "\n".join(posted)
    # A site's page saved as text, or a layout system's export: the file's lines as the article's
    site = web_page(lines)
    tagged = style_tagged(lines) if site is None else None
    if site or tagged:
        lines = list((site or tagged).lines)
    elif (unremarked := list(map(rules.without_remarks, lines))) != lines:
        lines, text = unremarked, "\n".join(unremarked)  # [日期没记下来，待查]: the keeper's, none of the print
    paged = page_header_fields(lines) if site is None and tagged is None else None
    if paged is not None:
        # 报纸名称：… / 出版日期：… / 版次：… and no title: a database's fields of a page, the text under them the page's
        lines = [""] * paged[0] + lines[paged[0]:]
        text = "\n".join(lines)
    several = parse_labelled_articles(lines, name) if site is None and tagged is None and paged is None else None
    one = (WEB_PAGE, site.header) if site else (STYLE_TAGGED, tagged.header) if tagged else \
        one_article_reading(lines, facts, named or name_of(name)) if several is None and paged is None else None
    if not one and not several and (fetched := fetch_record_end(lines)):
        text = "\n" * fetched + "\n".join(lines[fetched:])  # a crawler's record over a column of briefs: none of it
    parsed = parse_article_file(lines, one[1], name) if one else several or parse_text_page(text, name)
    problems = list(parsed.problems)
    papers = Counter(a.paper for a in parsed.articles if a.paper)
    printed_paper = rules.printed_paper(parsed.furniture)
    page = Page(source=name, paper=printed_paper or (papers.most_common(1)[0][0] if papers else None),
                furniture=parsed.furniture, issue_date=facts.issue_date,
                reading=one[0] if one else SEVERAL_LABELLED if several else Page.reading)
    on_page = facts if one else replace(facts, order=None)  # a page's name gives no one article's place
    articles = [placed_by_path(titled_as_printed(piece), on_page) for a in parsed.articles
                for piece in (pieces_under_heads(a) if one else (a,))]  # a digest's pieces, each under its head
    if printed_paper:
        # The paper its running head names printed every article on the page, whoever one credits (新华社北京…电)
        articles = [a if "paper" in a.stated else a.with_(paper=printed_paper) for a in articles]
    printed = rules.printed_page(parsed.furniture)
    if printed:
        # The page's own head (第04版：要闻) numbers it and names it, over what its file's name says
        # (p1_安徽日报.txt: the first file, not the first page), where nothing stated otherwise.
        articles = [a.with_(page=printed[0] if "page" not in a.stated else a.page, section=a.section or printed[1])
                    for a in articles]
    if sidecar is not None:
        sidecar_name = str(Path(name).with_name(sidecar.name))
        sidecar_text, problem = read_text(sidecar, sidecar_name, config)
        if problem:
            problems.append(problem)
        if sidecar_text is not None:
            page, articles, sidecar_problems = apply_sidecar(page, articles, sidecar_text, sidecar_name)
            problems += sidecar_problems
    if not one and any(a.page for a in articles):
        # A page's articles stand in the order they were printed (a dump of several pages: each
        # page's); one alone of its page (a library's export, a record a page) says nothing of its place.
        held, placed = Counter((a.page, a.issue_date) for a in articles), Counter()
        for k, a in enumerate(articles):
            placed[a.page, a.issue_date] += 1
            if "order" not in a.stated and held[a.page, a.issue_date] > 1:
                articles[k] = a.with_(order=placed[a.page, a.issue_date])
    return page, articles, problems


def without_page_breaks(text: str) -> str:
    """A printout's text with its page breaks taken out: the form feed, and round it the printout's
    foot and head (匯思資訊剪報服務　第 1 頁／共 3 頁, 客戶：…　帳號：…, the same line at every break)."""
    chunks = text.split("\f")
    heads = Counter(next((line for line in chunk.split("\n") if line.strip()), "") for chunk in chunks[1:])
    kept = []
    for k, chunk in enumerate(chunks):
        lines = chunk.split("\n")
        if k:  # the printout's head over this page, where every page has it
            top = next((j for j, line in enumerate(lines) if line.strip()), None)
            if top is not None and heads[lines[top]] == len(chunks) - 1 and len(chunks) > 2 or top is not None \
                    and rules.is_folio(lines[top]):
                del lines[top]
        if k < len(chunks) - 1:  # its foot under this page: a folio, and the blank line over it
            while lines and not lines[-1].strip():
                lines.pop()
            if lines and rules.is_folio(lines[-1]):
                lines.pop()
                while lines and not lines[-1].strip():
                    lines.pop()
        kept.append("\n".join(lines))
    return "\n".join(kept)


def pages_of_a_pdf(sidecar: Path | None, name: str, text: str, config: Config,
                   facts: PathFacts, named: str | None) -> tuple[Page, list[Article], list[Problem]]:
    """A PDF's text (pdftotext's), its pages parted by form feeds: each read as a page of its own,
    under its own running head, its lines numbered as in the file."""
    results = _parts_read(sidecar, name, text.split("\f"), config, facts, named)
    first = results[0][0]
    if not any(a.page for a in results[0][1]) and any(a.page in ("2", "02") for _, found, _ in results[1:2] for a in found):
        # the first page, under the masthead and numbered by none, before page 2: the front page
        results[0] = (first, [a.with_(page="1") for a in results[0][1]], results[0][2])
    page = replace(first, furniture=tuple(line for p, _, _ in results for line in p.furniture),
                   reading=f"{first.reading}, page by page (a PDF's text, its pages parted by form feeds)")
    return page, [a for _, found, _ in results for a in found], [p for _, _, found in results for p in found]


def _parts_read(sidecar: Path | None, name: str, parts: list[str], config: Config, facts: PathFacts,
                named: str | None) -> list[tuple[Page, list[Article], list[Problem]]]:
    """Each part of a file's text read as a file of its own, its lines numbered as in the file."""
    results, offset = [], 0
    for chunk in parts:
        if chunk.strip():
            results.append(ingest_text_page(sidecar, name, "\n" * offset + chunk, config, facts, named))
        offset += chunk.count("\n")
    return results


def _at_their_lines(pieces: list[tuple[int, str]]) -> list[str]:
    """Pieces of a file's text, each with the line it opens on (or follows the one before it), as the
    consecutive parts _parts_read numbers on: each after blank lines up to its line."""
    parts, at = [], 1
    for line, text in pieces:
        gap = max(0, line - at)
        parts.append("\n" * gap + text + "\n")
        at += gap + text.count("\n") + 1
    return parts


def clippings_of_a_file(sidecar: Path | None, name: str, parts: list[str], config: Config, facts: PathFacts,
                        named: str | None, how: str = "clipping by clipping (each under its note of where it was printed)"
                        ) -> tuple[Page, list[Article], list[Problem]]:
    """A keeper's file of clippings, each under its note of where it was printed (rules.clippings_noted),
    or a board's digest of posts (bbs_posts): each read as a file of its own, dated and paged by its note."""
    results = _parts_read(sidecar, name, parts, config, facts, named)
    # (a day its note gives is its own part's: the file's page lends none to a part that gives none)
    page = replace(results[0][0], furniture=tuple(line for p, _, _ in results for line in p.furniture if not rules.printed_date(line)),
                   reading=f"{results[0][0].reading}, {how}")
    articles = []
    for part, (read, found, _) in zip((p for p in parts if p.strip()), results):
        # 【第3版·城事】 over a digest's item: the page it is from, as its note
        noted = rules.printed_page((next(line for line in part.split("\n") if line.strip()).strip(),))
        articles += [a.with_(page=noted[0], section=a.section or noted[1]) if noted and "page" not in a.stated else a
                     for a in _dated_by_its_note(read, found)]
    return page, articles, [p for _, _, found in results for p in found]


def issues_of_a_bound_volume(sidecar: Path | None, name: str, parts: list[tuple[str, tuple[int, int, int] | None, str | None]],
                             config: Config, facts: PathFacts, named: str | None) -> tuple[Page, list[Article], list[Problem]]:
    """A bound volume's text (rules.issues_bound): each page of each issue read as a page of its own,
    its articles dated by their issue's line and paged by their page's."""
    page, articles, problems = clippings_of_a_file(sidecar, name, [text for text, _, _ in parts], config, facts, named,
                                                   how="issue by issue, page by page (a bound volume's)")
    spans, line = [], 1
    for text, day, printed in parts:  # the lines each part spans, with its day and page
        spans.append((line, line + text.count("\n"), day, printed))
        line += text.count("\n")
    placed = []
    for article in articles:
        _, _, day, printed = next((s for s in spans if s[0] <= article.line < s[1]), (0, 0, None, None))
        if day is not None and "issue_date" not in article.stated:
            evidence = next(text for text, d, p in parts if d == day).strip().split("\n")[0]
            article = article.with_(issue_date=IssueDate(dt.date(*day), "day", "printed", (evidence,)),
                                    stated=article.stated | {"issue_date"})
        if printed and "page" not in article.stated:
            article = article.with_(page=printed)
        placed.append(article)
    return page, placed, problems


def messages_of_a_chat(sidecar: Path | None, name: str, messages: list[Message], config: Config,
                       facts: PathFacts) -> tuple[Page | None, list[Article], list[Problem]]:
    """A chat's export: each article its members forwarded read as a file of its own, dated by its
    note of print; the day it was forwarded, and the export's name, date none."""
    forwarded = forwarded_articles(messages)
    if not forwarded:
        return None, [], [Problem(name, None, "a chat's export with no article forwarded in it; nothing read")]
    parts = _at_their_lines([(m.line, "\n".join(m.lines)) for m in forwarded])
    page, articles, problems = clippings_of_a_file(sidecar, name, parts, config, replace(facts, issue_date=PathFacts().issue_date),
                                                   None, how="message by message (each article forwarded read as a file of its own)")
    return page, [fingerprinted(as_a_wire_prints(a)) for a in articles], problems


def notes_of_an_export(sidecar: Path | None, name: str, text: str, config: Config,
                       facts: PathFacts) -> tuple[Page | None, list[Article], list[Problem]]:
    """A notes app's or a blog's export: each note's clippings read as files of their own, titled
    by the note's title where their text leaves it open, dated by their notes of print or the
    e-paper's address the note was clipped from."""
    notes, problems = notes_of(text, name)
    pages, articles = [], []
    facts = replace(facts, issue_date=PathFacts().issue_date)  # (zhewan.WordPress.2023-11-02.xml: the day of the export)
    for note in notes:
        placed = facts
        if (day := address_date(note.address) or (note.posted if not note.noted else None)):
            # the e-paper's address it was clipped from; a site's own post, the day it was posted
            placed = replace(facts, issue_date=IssueDate(dt.date.fromisoformat(day), "day", "path", (note.address or note.posted,)))
        if note.page:
            placed = replace(placed, page=note.page)
        named = path_facts(note.title + ".txt") if note.title else PathFacts()
        if named.issue_date.precision == "day" and (titled := title_from_name(note.title + ".txt")):
            # 20150506-雁川日报-第3版-今年高考体检下周开始: a note titled as its keeper names files, the day and page first
            note = replace(note, title=titled)
            placed = replace(placed, issue_date=placed.issue_date if day else named.issue_date, page=placed.page or named.page)
        clippings = note.clippings
        if note.title and len(clippings) == 1 and rules.is_dashed_deck(next((line.strip() for line in clippings[0] if line.strip()), "")):
            clippings = ((note.title, *clippings[0]),)  # (a post's text opening on its deck, ——…见闻: the post's title over it)
        parts = _at_their_lines([(note.line, "\n".join(clipping)) for clipping in clippings])
        page, found, trouble = clippings_of_a_file(sidecar, name, parts, config, placed, note.title)
        if note.title and len(found) == 1 and found[0].kind == "photo" and found[0].title != note.title \
                and any(found[0].title in c.text for c in found[0].captions):
            found = [found[0].with_(title=note.title)]  # (a post of a photo: its title, not its caption's first words)
        if note.title and len(found) == 1 and (heads := rules.heads_titled_by(
                found[0].kicker, found[0].title, found[0].subtitle, rules.without_site_name(note.title))):
            found = [found[0].with_(kicker=heads[0], title=heads[1], subtitle=heads[2])]  # (the note's title names its head)
        if (note.title or note.posted_as) and len(found) == 1 \
                and (found[0].title == UNTITLED or any(p.message.startswith(_UNTITLED) for p in trouble)):
            # a post's text under no head of its own (本报讯…, □ 江帆 over it): titled by the post
            found = [found[0].with_(title=note.title or note.posted_as)]
            trouble = [p for p in trouble if not p.message.startswith(_UNTITLED)]
        if len(found) == 1 and found[0].title == note.title and not found[0].subtitle and (deck := rules.title_and_deck(note.title)):
            found = [found[0].with_(title=deck[0], subtitle=deck[1])]  # “让群众少跑腿、好办事”——访…: a post titled with its deck
        pages.append(page)
        articles += map(fingerprinted, map(as_a_wire_prints, found))
        problems += trouble
    if not pages:
        return None, [], problems or [Problem(name, None, "an export with no notes in it; nothing read")]
    page = replace(pages[0], furniture=tuple(line for p in pages for line in p.furniture),
                   reading="a notes app's or a blog's export: note by note, each clipping read as a file of its own")
    return page, articles, problems


def _dated_by_its_note(read: Page, found: list[Article]) -> list[Article]:
    """The articles of a part read as a page of its own, dated by the note among its furniture
    (出處：《港灣日報》2003年4月18日 A8版), as a label over one article's file dates it."""
    for line in read.furniture:
        try:
            day = dt.date(*rules.printed_date(line) or (0, 0, 0))
        except ValueError:  # 2003年2月30日, or no day at all
            continue
        dated = IssueDate(day, "day", "printed", (line,))
        return [a.with_(issue_date=dated, stated=a.stated | {"issue_date"}) if "issue_date" not in a.stated else a
                for a in found]
    return found


def titled_as_printed(article: Article) -> Article:
    """A title as a typist noted it, closed by its page (…开工（第1版）, …秋菜【二版】): the title, and the
    page; a digest's brief under its day (【8月2日】…): the title."""
    if (paged := rules.title_and_page(article.title)) is not None:
        article = article.with_(title=paged[0], page=article.page if "page" in article.stated else paged[1])
    if (undated := rules.title_after_its_day(article.title)) is not None:
        article = article.with_(title=undated)
    return article


def titled_as_an_advert(article: Article) -> Article:
    """五洲大藥房人造自來血廣告: an item its title calls an advert is one."""
    if article.kind == "article" and "kind" not in article.stated and re.search(r".{2}(?:广告|廣告)$", article.title):
        return article.with_(kind="advert")
    return article


# 本文原载《江城日报》1991年7月14日第一版, 刊于一九九三年十月五日《江城晚报》, 今天出版的《宁川日报》头版: a post's
# note of where it first ran.
_FIRST_RAN = re.compile(r"(?<![拟将待要])(?:原载|原刊|刊于|载于|刊载于|发表于|刊登于|出版的)[^。，]{0,16}《[^》]{2,16}》")


def printed_heads_of_a_repost(article: Article) -> Article:
    """A post of what a paper printed under the account's own title (村支书直播带货，山里的茶叶一天卖出
    3000多单！): the printed heads among its first lines, a head with its deck (——…) or its byline
    right under it (## 村支书当起“带货主播” / ——高山云雾茶… / 本报记者 谭晓峰), are the article's; the
    post's title and its words over them none."""
    body = article.body
    for k, block in enumerate(body[:6]):
        text = block.text.strip()
        under = body[k + 1].text.strip() if k + 1 < len(body) else ""
        if text == article.title or len(text) > 30 or rules.ends_sentence(text) or text.startswith(("——", "—", "{", "<")) \
                or not re.search(f"[{rules.HAN}]", text) or rules.parse_credits(text) or rules.is_furniture(text):
            continue  # (来源：江州日报 over a deck: the site's credit, no head; { .futi }: a converter's mark)
        # (a head the source marks as one; a short line too where nothing stated the title, or under the
        # post's note of where the piece first ran: 本文原载《江城日报》1991年7月14日第一版)
        noted = any(_FIRST_RAN.search(b.text) for b in body[:k]) or bool(_FIRST_RAN.search(article.subtitle))  # (bold under the title)
        # (under that note, a deck set without its dash over the text's dateline: 聚焦…提交建议提案 / 本报北京3月4日电…)
        led = noted and k + 2 < len(body) and (lead := rules.parse_lead(body[k + 2].text.strip())) is not None \
            and bool(lead.dateline)
        decked = (under.startswith(("——", "—")) or led and not rules.ends_sentence(under)) and len(under) <= 40
        signed = isinstance(body[k + 1], Paragraph) and len(under) <= 30 and rules.parse_byline(under) is not None \
            if under else False
        if not (isinstance(block, SectionHead) or "title" not in article.stated and len(text) <= 24 or noted) \
                or not (decked or signed):
            continue
        if len(lines := text.split("\n")) == 2:  # (抗洪大军日夜奋战⏎青石大堤安然无恙: a head's two lines, bold as one)
            text = rules.head_of_two_lines(*lines)
        above = body[k - 1].text.strip() if k else ""
        # (澜江港新开3条 / 东盟集装箱航线, its <h1> broken by a <br>: the title's two lines, the kicker over them)
        broken = k > 0 and re.sub(r"\s", "", above + text) == re.sub(r"\s", "", article.title)
        text, above = (article.title, body[k - 2].text.strip() if k > 1 else "") if broken else (text, above)
        kicker = above if above and above != article.title and len(above) <= 20 and not rules.ends_sentence(above) else ""
        byline = rules.parse_byline(body[k + 2].text.strip()) if decked and k + 2 < len(body) else None
        signed_by = rules.parse_byline(under) if signed else byline
        rest = body[k + 1 + decked + bool(signed_by):]
        return article.with_(title=text, kicker=kicker, subtitle=under.lstrip("—") if decked else "", body=rest,
                             authors=article.authors or (signed_by.authors if signed_by else ()),
                             correspondents=article.correspondents or (signed_by.correspondents if signed_by else ()))
    return article


def as_a_wire_prints(article: Article) -> Article:
    """A wire story as its paper would print it: the desk before its title (（经济）…) is its
    section (（图片）: a photo), its end mark （完） no text; a repost's title without the blogger's mark,
    a site's without its mark of a picture (…（图）), a photo's without the label a site files it
    under (图片新闻：…), an advertorial's without its mark (【廣告特輯】…)."""
    changes: dict = {}
    article = printed_heads_of_a_repost(article)
    if "title" not in article.stated and (bare := rules.without_repost_mark(article.title)) != article.title:
        article = article.with_(title=bare)  # 转载：…, 【转】…: a blogger's mark, whatever read the file
    if "title" not in article.stated and (bare := rules.without_head_brackets(rules.without_picture_mark(article.title))) \
            != article.title:
        article = article.with_(title=bare)  # …候鸟（图）: the site's mark of a picture with it; 【…】 a brief's head
    if (pictured := rules.photo_label_first(article.title)) and "title" not in article.stated:
        article = article.with_(title=pictured, kind="photo" if article.kind in ("article", "title-only") else article.kind)
    if (paid := rules.advert_mark_first(article.title)) and "title" not in article.stated:
        article = article.with_(title=paid, kind="advert")
    article = titled_as_an_advert(article)
    desk = rules.wire_desk(article.title) if "title" not in article.stated else None
    if desk:
        changes["title"] = desk[1]
        if "section" not in article.stated and not article.section and desk[0]:
            changes["section"] = desk[0]
        if desk[0] == "图片" and article.kind == "article":
            changes["kind"] = "photo"
    body = article.body
    if body and isinstance(body[-1], Paragraph) and (ended := rules.without_end_mark(body[-1].text)) != body[-1].text:
        changes["body"] = (*body[:-1], replace(body[-1], text=ended)) if ended else body[:-1]
    return article.with_(**changes) if changes else article


def placed_by_path(article: Article, facts: PathFacts) -> Article:
    """The article with what its file's path says of it, where nobody stated otherwise and the
    article does not print it (来源：江东日报 9月13日 1版 in a post saved as 20210914_….md)."""
    printed = article.issue_date.source == "printed"
    said = {"issue_date": facts.issue_date if facts.issue_date.known and not printed else None,
            "page": facts.page, "order": facts.order}
    stated = set(article.stated) - ({"issue_date"} if posted_the_evening_before(article.issue_date, facts.issue_date) else set())
    return article.with_(**{k: v for k, v in said.items() if v is not None and k not in stated})


# The hour from which an e-paper puts the next morning's issue online.
EVENING = 18


def posted_the_evening_before(labelled: IssueDate, path: IssueDate) -> bool:
    """A time of posting labelled in the file (发布时间：2018-11-04 22:40:15) on the evening before
    the day its folder names (2018/1105/): an e-paper puts an issue online the night before it is
    dated, so the folder's day is the issue's."""
    if labelled.source != "labelled" or path.precision != "day" or labelled.precision != "day" \
            or path.value - labelled.value != dt.timedelta(days=1):
        return False
    hour = re.search(r"\d(?:\s+|T)(\d{1,2})[:：]\d{2}", " ".join(labelled.evidence))
    return bool(hour) and int(hour[1]) >= EVENING


def ingest_source(source: Source) -> tuple[Page | None, list[Article], list[Problem]]:
    """One source file: its page (for a text page), its articles and its problems."""
    name = source_name(source.path, source.root)
    if is_pack(source.path.name):  # a pack source_jobs did not unpack (it reads the files of the others)
        try:
            unpacked(source.path, name)
        except (Unpackable, OSError) as error:
            return None, [], [Problem(name, None, str(error))]
        return None, [], [Problem(name, None, "a pack inside packs three deep, not unpacked: unpack it into the source folder")]
    if source.path.suffix.lower() in SQLITE_SUFFIXES + DBASE_SUFFIXES or is_workbook(source.path):  # no text: its tables' rows
        suffix = source.path.suffix.lower()
        read = read_sqlite if suffix in SQLITE_SUFFIXES else read_dbase if suffix in DBASE_SUFFIXES else read_workbook
        return None, *_records_placed(*read(source.path, name), path_facts(name, source.config.path_pattern), source.config)
    if is_web_archive(source.path):  # a crawl of a site, its pages in one file
        return _archived_pages(source, name)
    if source.path.suffix.lower() == ".csv" and _pages_tabled(source.path):
        return None, [], []  # a Notion database's table of its pages, each read from its own file beside it
    if (converted := converters_page_of(source.path)) is not None:  # MinerU's …_content_list.json beside its .md
        return None, [], [Problem(name, None, f"a PDF converter's record of the blocks it set as {converted.name} "
                                              "beside it, read there; skipped")]
    if _TEMPLATES_FOLDER.search(name):  # Templates/剪藏批注模板.md, a web clipper's template .json
        return None, [], [Problem(name, None, "in a folder of templates new notes or posts are made from, no article; skipped")]
    if (original := conflicted_copy_of(source.path)) is not None:
        return None, [], [Problem(name, None, f"a sync tool's conflicted copy of {original.name} beside it, "
                                              "another version of that file; skipped")]
    text, problem = read_text(source.path, name, source.config)
    if text is None:
        return None, [], [problem]
    row = folder_index_row(source)
    facts, indexed = placed_by_folder_index(dated_by_its_address(dated_by_folder_note(
        path_facts(name, source.config.path_pattern), source), text), source, row)
    heads, wrong = folder_index_heads(row)
    page, articles, found = _ingest_text(source, name, text, facts, heads.get("title"))
    if kind_of(source.path) in TEXT_SUFFIXES and articles and (cut := rules.stops_mid_sentence(text)):
        # …据了解，今年以来全市累计 and nothing after: a copy or a download cut short, read as far as it goes
        found = found + [Problem(name, cut[0], f"its text stops mid-sentence ({cut[1]}); cut short? read as far as it goes")]
    if articles and (drafted := _why_a_draft(source, name, text)):
        articles = [a.with_(draft=True) for a in articles if source.config.drafts]
        found = found + [Problem(name, None, f"{drafted}; left out as a draft")]
    if heads and len(articles) == 1 and _headless(articles[0], found, heads["title"]):
        # a body alone, its heads in the folder's index: its want of a title no problem (a photo's
        # caption, read as its head for want of one, its caption again)
        alone = articles[0]
        if rules.is_caption(alone.title):
            alone = alone.with_(captions=(Caption(alone.title, alone.line), *alone.captions))
        articles = [apply_stated(alone, heads)]
        found = [p for p in found if not p.message.startswith(_UNTITLED)] + wrong
    return page, articles, [problem] * bool(problem) + indexed + found  # (a file cut short, read as far as it goes)


def _why_a_draft(source: Source, name: str, text: str) -> str | None:
    """Why a source's articles were never printed as they stand, or None for a printed piece's."""
    if stage := draft_stage(name):
        # …老城区最后一家铁匠铺_初稿.txt: the writer's draft beside what was printed, as its name says
        return f"its name calls it a draft ({stage})"
    if (folder := drafts_folder(name)) and not _FIRST_RAN.search(text):
        # _drafts/2016-05-02-城南旧事.md: a post its blog never published, whatever its front matter says
        # (one that says where the paper printed it, 原载《江城晚报》1995年6月18日, is printed work all the same)
        return f"it sits in a folder of drafts ({folder}/)"
    if kind_of(source.path) in TEXT_SUFFIXES and (pulled := rules.pulled_note(text)):
        # 【撤稿】…本稿撤下 on top, whatever the file is named (…_签发稿.txt): pulled before the paper went to press
        return f"an editor's note on top says it was pulled ({pulled[:30]})"
    if (stage := stage_of(name)) and (later := later_stage(name, [p.name for p in source.path.parent.iterdir()])):
        # 稿件0012_一审.txt beside 稿件0012_终审.txt: a stage the story passed on its way to print
        return f"the story at an earlier stage ({stage}) than {later} beside it"
    return None


def _fetched_beside(index: Path, titles: list[str]) -> bool:
    """Whether the files under an index's folder are named by most of its titles (…/03_前4个月全国铁路….txt)."""
    stems = [p.stem for p in itertools.islice(index.parent.rglob("*"), 2000) if p.is_file() and p != index]
    return sum(any(title in stem for stem in stems) for title in titles) * 2 >= len(titles)


def _records_placed(articles: list[Article], found: list[Problem], facts: PathFacts,
                    config: Config) -> tuple[list[Article], list[Problem]]:
    """A records file's articles, placed by what its path says, each brief under its bullet apart."""
    if len({a.issue_date.value for a in articles if a.issue_date.known}) > 1:
        facts = replace(facts, page=None, order=None)  # records of several days: its name numbers no page (…_p001.xml)
    keep = [as_a_wire_prints(placed_by_path(piece, facts)) for a in articles if config.drafts or not a.draft
            for piece in pieces_under_heads(a)]  # 简讯两则, its two briefs under their bullets: each
    return list(map(fingerprinted, keep)), found


def _corpus_articles(source: Source, name: str, text: str, facts: PathFacts) -> tuple[None, list[Article], list[Problem]]:
    """A tagged corpus's articles, each read as a one-article file is, dated and placed by its ID."""
    articles, problems = [], []
    for piece in tagged_articles(text):
        day = IssueDate(dt.date(*piece.day), "day", "record", (f"{name}:{piece.line}",))
        _, found, more = ingest_text_page(source.sidecar, name, piece.text, source.config, facts)
        # (its ID states where it ran, as a record's fields do)
        articles += [fingerprinted(as_a_wire_prints(apply_stated(a, {"issue_date": day, "page": piece.page, "order": piece.order})))
                     for a in found]
        problems += more
    if text and not text.endswith("\n"):
        problems.append(Problem(name, text.count("\n") + 1, "the file ends inside this paragraph (cut short?); "
                                                            "read as far as it goes"))
    return None, articles, problems


def _archived_pages(source: Source, name: str) -> tuple[None, list[Article], list[Problem]]:
    """A web archive's pages, each read as the page saved alone is, dated by its address where its
    site files pages by day; a page of no article's text (the site's front page, a page's list of
    titles) is a crawl's, no problem."""
    pages, cut = archived_pages(source.path)
    facts = path_facts(name, source.config.path_pattern)
    articles, problems = [], []
    for page in pages:
        dated = address_facts(page.address).issue_date
        _, found, more = _ingest_text(source, name, page.html, replace(facts, issue_date=dated) if dated.known else facts,
                                      kind=".html")
        articles += [a.with_(line=page.number, source_url=a.source_url or page.address) for a in found]
        problems += [p for p in more if "no article's text" not in p.message]
    if cut:
        problems.append(Problem(name, None, "the web archive stops inside its last record (a copy cut short?); "
                                            "its pages read up to there"))
    return None, articles, problems


def _ingest_text(source: Source, name: str, text: str, facts: PathFacts,
                 titled: str | None = None, message: bool = False,
                 kind: str | None = None) -> tuple[Page | None, list[Article], list[Problem]]:
    """One source file's text, placed by `facts`: its page (for a text page), its articles and its
    problems; `titled`, the title the folder's index gives it; `message`, one message of a mailbox;
    `kind`, the kind of a part of a file (a web archive's page) where not the file's."""
    path, config = source.path, source.config
    suffix = path.suffix.lower()
    if suffix in MAILBOX_SUFFIXES and not message and (messages := mailbox_messages(text)) is not None:
        # a mail client's folder of messages (Thunderbird's): each read as the message saved alone is
        read = [_ingest_text(source, name, "\n" * (line - 1) + body, facts, titled, message=True) for line, body in messages]
        pages = [page for page, _, _ in read if page is not None]
        if message_cut_short(messages[-1][1]):
            read.append((None, [], [Problem(name, messages[-1][0], "the mailbox stops inside its last message, as a copy "
                                                                   "made while the mail client wrote it leaves it; read up to there")]))
        # (each message's day is its own articles', not the folder's first page's)
        return (pages[0] if pages else None), [a.with_(stated=a.stated | {"issue_date"}) if a.issue_date.known else a
                                               for _, found, _ in read for a in found], [p for _, _, found in read for p in found]
    suffix = kind or (suffix if message else kind_of(path))  # (a mailbox's message: its own kind)
    if unnamed_kind(path) and re.match(r"\s*<(?:!DOCTYPE\s+html|html)\b", text[:500], re.I):
        suffix = ".html"  # ShowArticle.asp?ArticleID=2345: a site's page saved under its address
    if suffix in TEXT_SUFFIXES and (laid := layout_text(text.split("\n"))) is not None:
        text = "\n".join(laid)  # a layout program's tagged text: its paragraphs by their styles
    if suffix in TEXT_SUFFIXES:
        text = rules.post_opened(rules.titles_out_of_datelines(rules.transcribed_page(text)))
    if suffix in MARKDOWN_SUFFIXES and (item := joplin_item(text)) is not None:
        note, fields = item
        if (kind := joplin_kind(fields)) is not None:
            return None, [], [Problem(name, None, f"a Joplin export's record of {kind} (type {fields.get('type_')}), no note; skipped")]
        if fields.get("is_conflict") == "1":  # the text two devices' edits left aside, the note itself kept under its own id
            return None, [], [Problem(name, None, "a Joplin note's conflicting copy (is_conflict: 1), the note itself read; skipped")]
        if fields.get("markup_language") == "2":  # a note Joplin keeps as HTML, a page clipped whole: read as the page
            text, suffix = note.lstrip().partition("\n")[2], ".html"
        else:
            text = joplin_note_text(note)
    if suffix in MARKDOWN_SUFFIXES and (page_text := converted_page(text, name)) is not None:  # a PDF converter's of a page
        page, articles, found = ingest_text_page(source.sidecar, name, page_text, config, facts, titled)
        return page, list(map(fingerprinted, articles)), found
    if suffix in MARKDOWN_SUFFIXES and rules.says_page_is_missing(text):  # a clipper's of a 404: 404 Not Found / nginx
        return None, [], [Problem(name, 1, NOT_THERE)]
    if suffix in MARKDOWN_SUFFIXES:
        typed = typed_title_marked(word_styles_read(text))
        text = keepers_heading_off(heading_breaks_read(line_breaks_read(without_anchors(without_tag_lines(typed)))))
    if suffix in MARKDOWN_SUFFIXES and (quoted := quoted_clippings(text, name) or labelled_clipping(text, name)) is not None:
        parts, stated, found = quoted  # a keeper's note quoting its clippings: each read as a text file is
        page, articles, more = clippings_of_a_file(source.sidecar, name, parts, config, facts, None)
        return page, [fingerprinted(as_a_wire_prints(apply_stated(a, {k: v for k, v in stated.items() if k not in a.stated})))
                      for a in articles], found + more
    if suffix in MARKDOWN_SUFFIXES:
        articles, found = parse_markdown_articles(text, name)
        return None, [fingerprinted(titled_as_an_advert(placed_by_path(printed_heads_of_a_repost(piece), facts)))
                      for article in articles if config.drafts or not article.draft or _FIRST_RAN.search(text)
                      for piece in pieces_under_heads(article)], found  # (a blog's draft of what its paper printed: printed)
    if suffix in EPUB_SUFFIXES:  # an e-book's outline (book_text): its articles each of its own day
        page, articles, found = ingest_text_page(source.sidecar, name, text, config, facts)
        return page, list(map(fingerprinted, dated_by_their_lines(articles, text.split("\n")))), found
    if (chat := chat_messages(text, suffix)) is not None:
        return messages_of_a_chat(source.sidecar, name, chat, config, facts)
    if is_notebook(text, suffix):
        return notes_of_an_export(source.sidecar, name, text, config, facts)
    if suffix in HOCR_SUFFIXES + HTML_SUFFIXES and (hocr := hocr_text(text)) is not None:  # a page's hOCR
        laid, cut = hocr
        if not laid.strip():
            return None, [], [Problem(name, None, "an hOCR page with no line of text")]
        return _laid_out_page(source, name, laid, facts, titled, cut_at=text.count("\n") + 1 if cut else None)
    if suffix == ".xml" and (extracted := extracted_text(text)) is not None:  # an extractor's text of a page
        if not extracted:
            return None, [], [Problem(name, 1, "an extractor's page with no sentence in it (a page's list of its titles?), "
                                               "no article; skipped")]
        return _ingest_text(source, name, extracted, dated_by_its_address(facts, extracted), titled, kind=".txt")
    if suffix == ".xml" and (alto := alto_text(text)) is not None:
        laid, cut = alto
        return _laid_out_page(source, name, laid, facts, titled, cut_at=text.count("\n") + 1 if cut else None)
    if suffix == ".json" and (listed := annotation_list_text(text)) is not None:
        return _laid_out_page(source, name, listed, facts, titled, cut_at=None)
    if suffix == ".xml" and is_mets(text):
        return _mets_issue(source, name, text, facts)
    if suffix in TEXT_SUFFIXES and is_tagged_corpus(text):  # a language researcher's corpus of tagged words
        return _corpus_articles(source, name, text, facts)
    if suffix in TEXT_SUFFIXES and (posts := posts_of_a_dump(text)) is not None:  # a backup tool's text of an account's posts
        return None, *_records_placed(*articles_of(posts, name), facts, config)
    if suffix in TEXT_SUFFIXES and is_sogou_dump(text):
        return None, *_records_placed(*read_sogou_dump(text, name), facts, config)
    if suffix == ".json" and re.search(r'"@context"\s*:\s*"[^"]*iiif\.io', text[:2000]) \
            and not re.search(r"AnnotationList|AnnotationPage", text[:2000]):  # (a page's OCR lines are its text)
        # (a IIIF manifest, an image's info.json: they date, page and picture the pages, no article of their own)
        return None, [], []
    if suffix == ARCHIVE_SCRIPT:  # X's archive: the account's posts as a script sets them; any other script none
        if (part := ARCHIVE_PART.match(text)) is None:
            return None, [], []
        if part["kind"] not in ("tweets", "tweet", "note-tweet"):
            return None, [], [Problem(name, 1, f"an X archive's record of {part['kind']}, none of the account's posts; skipped")]
        return None, *_records_placed(*read_json_array(" " * part.end() + text[part.end():], name), facts, config)
    if suffix in HAR_SUFFIXES:  # a browser's record of a session: the API's answers its responses hold, as records
        if (bodies := har_responses(text)) is None:
            return None, [], [Problem(name, None, "not a HAR file (no log of entries); skipped")]
        read = [read_json_array(body, f"{name}#{number}") for number, body in bodies]  # (#4: its fourth entry's)
        articles = [a.with_(source=name) for found, _ in read for a in found]
        return None, *_records_placed(articles, [p for _, found in read for p in found if "no list of records" not in p.message],
                                      facts, config)
    if suffix in RIS_SUFFIXES + BIBTEX_SUFFIXES:  # a reference manager's library (Zotero's, JabRef's): its records
        return None, *_records_placed(*(read_ris if suffix in RIS_SUFFIXES else read_bibtex)(text, name), facts, config)
    if suffix in HTML_SUFFIXES and (found_page := factiva_page_text(text)) is not None:
        text, suffix = found_page, ".txt"  # the page of what a Factiva search found, as its download's text
    if suffix in NOTEEXPRESS_SUFFIXES and not is_noteexpress(text):
        return None, [], [Problem(name, 1, "not a NoteExpress export (no {Reference Type}: line first); skipped")]
    # Factiva's, LexisNexis' download; NoteExpress's, whatever its name
    exported = suffix in TEXT_SUFFIXES + NOTEEXPRESS_SUFFIXES and is_database_export(text)
    tabled = suffix in TEXT_SUFFIXES and is_table(text)
    if suffix in CSV_SUFFIXES and is_book_catalog(text):
        return None, [], [Problem(name, None, "a catalogue of a Calibre library's books (author_sort, formats, uuid): its "
                                              "books are read from their own folders; skipped")]
    if suffix in CSV_SUFFIXES and is_issue_register(text):
        return None, [], [Problem(name, None, "a register of the paper's issues (期号, 出版日期), no article; "
                                              "it dates the files named by their issue")]
    if (tabled or suffix in CSV_SUFFIXES or suffix in TEXT_SUFFIXES and "\t" in text[:2000]) and lists_its_folder(text, path.parent) \
            or suffix in (".json", ".jsonl") and indexes_its_folder(text, path.parent):
        return None, [], [Problem(name, None, "a list of the folder's files (each row naming one), no article; skipped")]
    if suffix in TEXT_SUFFIXES and (path.parent / "bagit.txt").is_file() \
            and re.fullmatch(r"bag-info|bagit|(?:tag)?manifest-\w+", path.stem.lower()):
        # (Bag-Software-Agent: bagit.py …, Payload-Oxum: …: the bag's own fields, as BagIt packs a delivery)
        return None, [], [Problem(name, None, "a BagIt bag's own record (its fields or its checksums), no article; skipped")]
    if suffix in CSV_SUFFIXES and _HIGHLIGHTS_SHEET.match(text.lstrip("\ufeff")):
        return None, [], [Problem(name, None, "a reading app's sheet of highlights (Highlight, Book Title, …: what its "
                                              "reader marked), no articles; skipped")]
    if text.lstrip().startswith("<") and (error := error_page(text)):
        # (a feed saved daily by a cron job is a server's 502 page on a bad day, whatever its name)
        return None, [], [Problem(name, 1, f"a server's error page ({error}) saved in place of an article; skipped")]
    if exported or suffix in RECORD_SUFFIXES + ORG_SUFFIXES + SQL_SUFFIXES or tabled:
        columns = first_row(read_text(source.columns, name, config)[0] or "") if source.columns else None
        # (an Org outline of clippings: a heading each, read as records are)
        articles, found = read_database_export(text, name) if exported else read_outline(text, name) \
            if suffix in ORG_SUFFIXES else read_sql_dump(text, name) if suffix in SQL_SUFFIXES \
            else read_records(text, name, columns)
        if len(articles) >= 2 and all(a.kind == "title-only" and a.source_url and not (a.page or a.paper) for a in articles):
            # (a database's records of a paper's articles name the paper and the page, a link's title none)
            # URL,Title,Selection,Folder,Timestamp: a read-later app's or a browser's list of what was saved
            return None, [], found + [Problem(name, None, f"a list of {len(articles)} links and their titles (bookmarks, a "
                                                          f"read-later app's export), no article's text; skipped")]
        if len(articles) >= 2 and all(not a.paragraphs and not a.captions and a.source_url for a in articles) \
                and _fetched_beside(source.path, [a.title for a in articles]):
            # 20230512_汇总.csv (版次,版名,序号,标题,链接) over 01版_要闻/01_….txt: what the crawler fetched, filed beside it
            return None, [], found + [Problem(name, None, f"a crawler's list of the {len(articles)} pages it fetched, "
                                                          "saved as the files beside it; no article of its own")]
        return None, *_records_placed(articles, found, facts, config)
    if suffix in TEXT_SUFFIXES and rules.says_page_is_missing(text):  # 抱歉，您访问的页面不存在: a crawler's 404
        return None, [], [Problem(name, 1, NOT_THERE)]
    if suffix in TEXT_SUFFIXES and rules.is_reel_leader(text):
        return None, [], [Problem(name, None, "a microfilm reel's title frame (the paper, its days, the reel's number), "
                                              "no article; skipped")]
    if suffix in TEXT_SUFFIXES and rules.is_pulled(last := text.rstrip().rsplit("\n", 1)[-1].strip()) and len(last) <= 12:
        return None, [], [Problem(name, None, f"never printed ({last}); left out")]  # a caption's file closing 未见报
    if suffix in TEXT_SUFFIXES and rules.is_blank_form(text):
        return None, [], [Problem(name, None, "a blank form (its fields left ____), no article; skipped")]
    if suffix in TEXT_SUFFIXES and rules.is_mojibake(text):
        return None, [], [Problem(name, 1, "its text is mojibake (锟斤拷…), decoded in the wrong charset before it "
                                           "was saved; nothing of it can be read, skipped")]
    if suffix in TEXT_SUFFIXES and rules.ocr_garbled(text):  # 曰口l.l川"｜彳.'十: a photo page's OCR
        return None, [], [Problem(name, None, "a page the OCR could not read (its lines are noise); skipped")]
    if suffix in TEXT_SUFFIXES and is_a_list_of_notes(text):  # 剪報目錄.txt: the clipper's index of the files
        return None, [], [Problem(name, None, "a list of the archive's files, no article; skipped")]
    if suffix in TEXT_SUFFIXES and rules.is_list_of_addresses(text):  # urls.txt: what a crawler was told to fetch
        return None, [], [Problem(name, None, "a list of web addresses (a crawler's to fetch?), no article; skipped")]
    if suffix in TEXT_SUFFIXES and rules.is_list_of_ids(text):  # ids.txt, failed.txt: what a crawler fetched or missed
        return None, [], [Problem(name, None, "a list of ids (a crawler's to fetch, or that failed), no article; skipped")]
    if suffix in TEXT_SUFFIXES and rules.is_list_of_paths(text):  # 文件清单.txt: dir /s /b of the folder handed over
        return None, [], [Problem(name, None, "a list of files and folders (their paths), no article; skipped")]
    if suffix in TEXT_SUFFIXES and describes_its_folder(text, path.parent):
        return None, [], [Problem(name, None, "a note on the folder's own files and folders (a readme), no article; skipped")]
    saved = suffix in HTML_SUFFIXES
    if saved and (typed := word_page_text(text)) is not None:
        text, saved = typed, False  # a document Word saved as a web page: its paragraphs, as a text file's lines
    if saved and (text := html_as_labelled(text)) is None:
        return None, [], [Problem(name, None, "a web page with no article's text (a page of links?); skipped")]
    if saved and not re.search(rf"[{rules.HAN}]", text.partition("正文：")[2]):  # Archive contents: Saved Pages…
        return None, [], [Problem(name, None, "a web page with no Chinese in its text (an archive's own page?); skipped")]
    if saved and rules.says_page_is_missing(text.partition("正文：")[2]):  # 查無此則新聞: the site's missing page
        return None, [], [Problem(name, 1, NOT_THERE)]
    mail = saved_mail(text.lstrip("\n")) if suffix in TEXT_SUFFIXES or message else None
    if mail is None and suffix in TEXT_SUFFIXES and (forward := forwarded_on_top(text.split("\n"))) is not None:
        text = "\n".join(forward)  # ---------- Forwarded message --------- / 发件人：… over a page pasted into a note
    if mail is None and suffix in TEXT_SUFFIXES and rules.is_log(text):
        return None, [], [Problem(name, None, "a program's log (each line opening on a time), no article; skipped")]
    if mail is None and suffix in TEXT_SUFFIXES and not re.search(rf"[{rules.HAN}]", text):
        # NB-20220708-A04-002	timeout after 30s: a crawler's log of what failed
        return None, [], [Problem(name, None, "no Chinese in it (a log, a list of ids?), no article; skipped")]
    if mail is not None and rules.is_senders_notice(mail.body):
        return None, [], [Problem(name, None, "a message of the sender's own (a subscription confirmed, an issue "
                                              "sent as an attachment), no article; skipped")]
    if mail is not None and rules.is_reply(mail.subject, mail.body):
        return None, [], [Problem(name, None, "a reply between the desk's staff (Re:, the words it answers quoted), "
                                              "no article; skipped")]
    if mail is not None and not mail.body.strip():
        return None, [], [Problem(name, None, "a saved message with no text of its own (pictures alone, or its text empty); skipped")]
    if mail is not None:  # a newsletter's message: its text, titled by its subject, dated the day it was sent
        text = mail.body
        parts = text.strip("\n").split("\n\n", 2)
        if len(parts) > 1 and rules.is_desk_note(parts[0]):
            text = "\n\n".join(parts[1:])  # 刘老师好！附上小诗一首，请安排…: the sender's word to the desk, over what it sends
        elif len(parts) > 2 and len(parts[0].strip()) <= 8 and rules.is_desk_note(f"{parts[0]}\n{parts[1]}"):
            text = parts[2]  # (李主任： / 您好！…定稿如下，请按合同安排见报: its greeting a paragraph of its own)
        if facts.issue_date.precision != "day" and (issued := issue_day(text)).known:
            facts = replace(facts, issue_date=issued)  # the issue its first line names, not the day it was sent
        elif facts.issue_date.precision != "day" and mail.sent.known:
            facts = replace(facts, issue_date=mail.sent)
        if (forwarded := rules.forwarded_parts(text.split("\n"))) is not None:
            # the articles it forwards between rules, each under its note of print; none of the sender's words
            page, articles, found = clippings_of_a_file(source.sidecar, name, forwarded, config, facts,
                                                         mail.subject if len(forwarded) == 1 else None)
            return page, list(map(fingerprinted, (as_a_wire_prints(a) for a in articles))), found
    if suffix in TEXT_SUFFIXES:
        text = marks_closed_up(text)
    page, articles, found = ingest_text_page(source.sidecar, name, text, config, facts, mail and mail.subject or titled)
    if mail is not None and mail.paper:
        articles = [a if a.paper else a.with_(paper=mail.paper) for a in articles]
    if saved:  # its lines are the labelled text's, not the page's
        page, found = replace(page, reading=HTML_PAGE), [replace(p, line=None) if p.path == name else p for p in found]
    articles = [as_a_wire_prints(a) for a in articles if config.drafts or not a.draft]  # a piece withdrawn before print
    return (page if articles else None), list(map(fingerprinted, articles)), found


def _mets_issue(source: Source, name: str, text: str, facts: PathFacts) -> tuple[Page | None, list[Article], list[Problem]]:
    """An issue's METS file: each piece its logical map lists, read from its blocks in its pages' ALTO
    files (source.parts) as a one-article file is, paged by the page its first block is on."""
    issue = mets.read_issue(text)
    blocks, problems = {}, []
    files = _alto_beside(source.path, issue) if issue else {}
    for part in (part for part in source.parts if part in files):  # (its pages' plain text, held with them, unread)
        page_text, problem = read_text(part, source_name(part, source.root), source.config)
        problems += [problem] if problem else []
        blocks |= {(files.get(part, ""), block): lines for block, lines in alto_blocks(page_text or "").items()}
    pieces = [p for p in issue.pieces if any(area in blocks for area in p.heads + p.text)] if issue else []
    if issue and not issue.pieces:
        return None, [], problems  # its pages' ALTO files, each read as a page of its own
    if not pieces:
        return None, [], problems + [Problem(name, None, "a METS file whose pieces point at no ALTO block found beside it; "
                                                         "nothing read")]
    if facts.issue_date.precision != "day" and (day := issue.day):
        facts = replace(facts, issue_date=IssueDate(dt.date(*day), "day", "printed", (f"dateIssued {day[0]}-{day[1]:02}-{day[2]:02}",)))
    # (a piece with no head of its own, an advert or a picture, is titled as catalogued, over its text)
    parts = ["\n".join([line for area in p.heads for line in blocks.get(area, [])] or [p.title, ""])
             + "".join(f"\n\u3000\u3000{''.join(blocks.get(area, []))}" for area in p.text if blocks.get(area)) + "\n\n"
             for p in pieces]
    page, articles, found = clippings_of_a_file(source.sidecar, name, parts, source.config, facts, None,
                                                how="piece by piece (a METS file's logical map over its pages' ALTO)")
    placed = [_catalogued(a, p).with_(page=a.page if "page" in a.stated else issue.pages.get((p.heads + p.text)[0][0]) or a.page,
                                     **({"kind": "advert"} if mets.is_advert(p) else {}))
              for a, p in zip(articles, pieces)] if len(articles) == len(pieces) else articles
    return page, placed, problems + [replace(p, line=None) for p in found]


def _catalogued(article: Article, piece: mets.MetsPiece) -> Article:
    """Of an article's heads, the one its catalogue record titles it by is its title: one above it its
    kicker, one below its deck (滬西越界築路警權問題 over 市府與工部局昨續商…); a head read as one that
    ends with the catalogued title (国务院办公厅发出通知进一步加强…) is that title under its kicker."""
    def run_on(head: str) -> bool:
        return len(piece.title) >= 4 and head.endswith(piece.title) and len(head) - len(piece.title) >= 4
    if not article.kicker and run_on(article.title):
        heads = (article.title[:-len(piece.title)], piece.title, article.subtitle)
    elif not article.subtitle and run_on(article.kicker):
        heads = (article.kicker[:-len(piece.title)], piece.title, article.title)
    elif piece.title and piece.title != article.title:
        heads = rules.heads_titled_by(article.kicker, article.title, article.subtitle, piece.title)
    else:
        heads = None
    return article.with_(**dict(zip(("kicker", "title", "subtitle"), heads))) if heads else article


def _laid_out_page(source: Source, name: str, text: str, facts: PathFacts, titled: str | None,
                   cut_at: int | None) -> tuple[Page | None, list[Article], list[Problem]]:
    """A page an OCR system laid out for a library (ALTO, an IIIF list of lines), read as the text
    of its lines is; its problems name no line, the lines being the layout's, not the file's, but
    where the file stops short (`cut_at`, its last line)."""
    page, articles, found = ingest_text_page(source.sidecar, name, text, source.config, facts, titled)
    found = [replace(p, line=None) for p in found] + ([Problem(name, cut_at, "the page's layout stops inside its "
                                                               "markup, as a copy cut short leaves it; read as far as "
                                                               "its lines go")] if cut_at else [])
    return replace(page, reading=LAID_OUT_PAGE), articles, found


def reading(article: Article, page: Page | None) -> str:
    """How the article's source was read."""
    if page is not None:
        return page.reading
    if article.source.lower().endswith(MARKDOWN_SUFFIXES):
        return "Markdown article"
    return "records file: one article per record"  # a .txt too, where it is a table


def source_name(path: Path, root: Path) -> str:
    """A source's name in messages, ids and the cache: its path under the source folder, the
    same however either was given (relative, absolute, through ./ or ..)."""
    absolute, base = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    return absolute.relative_to(base).as_posix() if absolute.is_relative_to(base) else absolute.as_posix()


@dataclass(frozen=True)
class Source:
    """One source to read: the file, its sidecar if it has one, the folder its name is taken
    under, and the settings. Everything reading it reads, so a digest of it keys the result."""

    path: Path
    sidecar: Path | None
    root: Path
    config: Config
    note: Path | None = None  # the folder's README.txt, which may date the issue its files make
    index: Path | None = None  # the folder's index.csv, which may date and page each of its files
    columns: Path | None = None  # a sheet beside it naming the columns its own first row does not
    parts: tuple[Path, ...] = ()  # the pages' ALTO files a METS file points to, which hold its text


def source_jobs(config: Config, only: list[Path] | None = None) -> list[Source] | Problem:
    """One job per source under config.source (or just `only`) for ingest_source, or the
    problem that leaves nothing to read."""
    root = config.source
    if only is None and not root.is_dir():
        return Problem(str(root), None, "source folder does not exist")
    under = packs_opened(sorted(only) if only is not None else source_files(root), root)
    files = list(under)
    # looked for once a folder; an issue's folder with none of its own may be listed in its parent's
    # (a register over its month folders: 2021-07/IMG_….txt)
    folders = {f.parent for f in files}
    looked = folders | {folder.parent for folder in folders if folder != root}
    note_in = {folder: folder_note_of(folder) for folder in looked}
    index_in = {folder: folder_index_of(folder) for folder in looked}
    notes, indexes = ({folder: found[folder] or (found[folder.parent] if folder != root else None) for folder in folders}
                      for found in (note_in, index_in))
    named = columns_named_beside([f for f in files if f.suffix.lower() in CSV_SUFFIXES])
    parts = {f: _mets_parts(f, config) for f in files if f.suffix.lower() == ".xml" and _opens_as(f, is_mets)}
    # (an unpacked e-book's files are its container's to read: META-INF/container.xml, read as the book)
    parts |= {f: tuple(p for p in f.parent.parent.rglob("*") if p.is_file() and p != f) for f in files if is_unpacked_book(f)}
    held = {part for found in parts.values() for part in found}  # (an ALTO page a METS file reads is none of its own)
    return [Source(f, sidecar_of(f), under[f], config, notes[f.parent], indexes[f.parent], named.get(f), parts.get(f, ()))
            for f in files if f not in held]


def packs_opened(files: list[Path], root: Path, depth: int = 0) -> dict[Path, Path]:
    """Each source file with the folder its name is taken under: a pack's files (a pack in a pack
    too, to three deep) under the folder it is unpacked into, named by the pack's path
    (bundle.zip/0305/01版.txt); a pack that cannot be unpacked stays, for ingest_source to say why."""
    found = {}
    for path in files:
        if not is_pack(path.name) or depth == 3:
            found[path] = root
            continue
        name = source_name(path, root)
        try:
            folder = unpacked(path, name)
        except (Unpackable, OSError):
            found[path] = root
            continue
        found |= packs_opened(source_files(folder / name), folder, depth + 1)
    return found


def _mets_parts(path: Path, config: Config) -> tuple[Path, ...]:
    """The ALTO files a METS file points to that are there beside it, and the plain text files of
    the same pages it lists (./txt/00001.txt: the OCR's text once more, no page of its own)."""
    text, _ = read_text(path, path.name, config)
    issue = mets.read_issue(text or "")
    # (a METS file that maps pages but no pieces, as a national library's batch files an issue, leaves
    # its ALTO pages to be read on their own)
    if not (issue and issue.pieces):
        return ()
    return tuple(_alto_beside(path, issue)) + tuple(found for href in issue.page_texts if (found := path.parent / href).is_file())


def _alto_beside(path: Path, issue: mets.Issue) -> dict[Path, str]:
    """The ALTO files an issue's METS file (at path) points to that are there, each with its id."""
    return {found: file for file, href in issue.alto_files.items() if (found := path.parent / href).is_file()}


def columns_named_beside(sheets: list[Path]) -> dict[Path, Path]:
    """For each sheet (CSV, TSV) whose first row is a record, not the columns' names (a month's
    export saved without its header row), the sheet in its folder whose header names as many columns."""
    def head(path: Path) -> list[str]:
        try:
            return first_row(decode_source(path.read_bytes()[:65536]).lstrip("\ufeff"))
        except (Undecodable, UnicodeDecodeError, OSError):
            return []
    folders = Counter(path.parent for path in sheets)
    rows = {path: head(path) for path in sheets if folders[path.parent] > 1}  # (a sheet alone has none beside it)
    sheets = list(rows)
    named = {}
    for path, row in rows.items():
        if row and not names_columns(row):
            beside = [other for other in sheets if other.parent == path.parent and names_columns(rows[other])
                      and len(rows[other]) == len(row)]
            if beside:
                named[path] = beside[0]
    return named


def gathered(results: list[tuple[Page | None, list[Article], list[Problem]]]) -> Archive:
    """The archive the sources' results make, in the sources' order, each article once."""
    articles: list[Article] = []
    pages: list[Page] = []
    problems: list[Problem] = []
    for page, found_articles, found in results:
        problems += found
        articles += found_articles
        if page is not None:
            pages.append(page)
    articles, screens = screens_joined(articles)  # (their want of a title no problem: the screen before has it)
    articles, pages_on = later_pages_joined(articles)
    problems = [p for p in problems if not (p.path in screens | pages_on and p.message.startswith(_UNTITLED))]
    articles, repeated = copies_dropped(jumps_joined(articles))
    repeated += jumps_unmet(articles)
    dated = dated_by_their_issue([(a.source, a.issue_date) for a in articles])
    if dated:  # a file of an issue's folder that prints no day, dated by one that does
        articles = [fingerprinted(a.with_(issue_date=dated[a.source])) if a.source in dated else a for a in articles]
        pages = [replace(p, issue_date=dated[p.source]) if p.source in dated else p for p in pages]
    return Archive(tuple(articles), tuple(pages), tuple(problems + repeated))


def ingest(config: Config, only: list[Path] | None = None) -> Archive:
    """Read every source under config.source (or just `only`) into an Archive."""
    jobs = source_jobs(config, only)
    if isinstance(jobs, Problem):
        return Archive((), (), (jobs,))
    return gathered(pmap(ingest_source, jobs, config.jobs))
