"""An e-book of a paper's articles (.epub: a zip of XHTML chapters in the order its package's spine
gives): read as one outline, each article under its head as Markdown marks it, the book's own
matter (title page, preface, contents, afterword) and its chapters' heads left out.

A collection sets its articles' titles in one heading level (<h2> under a chapter's <h1>, or <h1>,
one chapter each): the level most of its heads take. tests/test_epub.py shows it on a small book.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import posixpath
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

from ..model import Article, IssueDate
from . import rules
from .tei import local_tag

# .fb2: FictionBook, one XML file; .htmlz: a zip of one index.html (both as Calibre converts the paper it downloads)
EPUB_SUFFIXES = (".epub", ".fb2", ".htmlz")

_CONTAINER = "META-INF/container.xml"
_HEADINGS = {f"h{n}": n for n in range(1, 7)}



def _text(element: ElementTree.Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def spine(read: Callable[[str], bytes]) -> list[str]:
    """The names of the book's chapters in reading order (the spine's, not the files'), those the
    spine marks as outside it (linear="no": a cover) left out; `read` gives a file of the book."""
    container = ElementTree.fromstring(read(_CONTAINER))
    package = next(e.get("full-path") for e in container.iter() if local_tag(e) == "rootfile")
    opf = ElementTree.fromstring(read(package))
    base = posixpath.dirname(package)
    items = {e.get("id"): posixpath.normpath(posixpath.join(base, e.get("href", ""))) for e in opf.iter() if local_tag(e) == "item"}
    return [items[e.get("idref")] for e in opf.iter() if local_tag(e) == "itemref"
            and e.get("linear", "yes") != "no" and e.get("idref") in items]


def _blocks(xhtml: bytes) -> list[tuple[int, str]]:
    """A chapter's heads (their level) and paragraphs (level 0), in order."""
    # (HTML's named characters, &mdash;, which XML does not know: as the characters)
    xhtml = re.sub(rb"&([A-Za-z][A-Za-z0-9]{1,10});", lambda m: m[0] if m[1] in (b"amp", b"lt", b"gt", b"quot", b"apos")
                   else html.unescape(m[0].decode()).encode(), xhtml)
    root = ElementTree.fromstring(xhtml)
    body = next((e for e in root.iter() if local_tag(e) == "body"), root)
    # (an empty heading, <h2></h2> where an article has no deck, is none)
    return [(_HEADINGS.get(local_tag(e), 0), _text(e)) for e in body.iter()
            if (local_tag(e) in _HEADINGS or local_tag(e) == "p") and _text(e) and not _CALIBRES.match(_text(e))]


def book_text(data: bytes) -> str | None:
    """The book as one outline of its articles: `# title` over each, its kicker (the short line
    right above the head) kept over it, a head below the articles' level a section's (`## `);
    None where the file is no e-book."""
    try:
        if data.lstrip().startswith(b"<"):
            chapters = [_fictionbook_blocks(data)]
        else:
            with zipfile.ZipFile(io.BytesIO(data)) as book:
                chapters = _chapters(book.read, set(book.namelist()))
    except (zipfile.BadZipFile, KeyError, StopIteration, ElementTree.ParseError):
        return None
    return _outline(chapters)


def is_unpacked_book(path: Path) -> bool:
    """META-INF/container.xml: the head of an e-book unpacked into a folder (OEBPS/content.opf, its chapters)."""
    return path.name == "container.xml" and path.parent.name == "META-INF"


def unpacked_book_text(folder: Path) -> str | None:
    """An e-book unpacked into `folder` read as the book is (book_text), or None where its package
    cannot be read."""
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    try:
        return _outline(_chapters(lambda name: (folder / name).read_bytes(), names))
    except (KeyError, StopIteration, ElementTree.ParseError, OSError):
        return None


def _chapters(read: Callable[[str], bytes], names: set[str]) -> list[list[tuple[int, str]]]:
    """Each chapter's blocks, in the spine's order (an .htmlz's one index.html)."""
    order = ["index.html"] if "index.html" in names and _CONTAINER not in names else spine(read)
    return [_blocks(read(name)) for name in order if name in names]


def _outline(chapters: list[list[tuple[int, str]]]) -> str | None:
    """The chapters as one outline of their articles (book_text)."""
    # (a deck set as a smaller head, <h2>——…</h2>, is no article's head: it counts for no level)
    levels = Counter(level for chapter in chapters for level, text in chapter if level and not text.startswith("——"))
    if not levels:
        return None
    article = max(levels, key=lambda level: (levels[level], level))
    lines: list[str] = []
    for chapter in chapters:
        heads = [k for k, (level, _) in enumerate(chapter) if level == article]
        if not heads:
            continue  # the book's own matter: its title page, preface, contents, afterword
        kicker = heads[0] - 1 if heads[0] and not chapter[heads[0] - 1][0] and _over_a_head(chapter[heads[0] - 1][1]) else heads[0]
        for level, text in chapter[kicker:]:
            if level and level < article:
                continue  # a chapter's head (第三辑　1977—1989) over its articles
            if level == article:
                kicked = bool(lines) and not lines[-1].startswith("#") and _over_a_head(lines[-1])
                lines[len(lines) - kicked:len(lines) - kicked] = [""]  # (its kicker goes with it)
                lines.append(f"# {text}")
            elif level and rules.is_page_head(text):
                continue  # (a page's name over its articles, 第04版：要闻, as a news download heads them: each one's foot pages it)
            else:
                lines.append(f"## {text}" if level else text)
    return "\n".join(lines).strip() + "\n"


# What Calibre sets under each article it downloads: This article was downloaded by calibre from <address>,
# | Next | Section menu | Main menu |.
_CALIBRES = re.compile(r"^This article was downloaded by calibre from|^\|(?:\s*(?:Next|Previous|Section menu|Main menu"
                       r"|Next section|Previous section)\s*\|)+$", re.I)


def _fictionbook_blocks(data: bytes) -> list[tuple[int, str]]:
    """A FictionBook's sections as heads and paragraphs: a section's <title> a head of its depth (a
    section of the paper's pages over its articles), its <p>s paragraphs; its notes (<body name="notes">),
    pictures (<binary>) and what Calibre adds none. A file cut short is read up to its last section."""
    text = re.sub(rb"<binary\b.*?(?:</binary>|\Z)", b"", data, flags=re.S)
    if b"</FictionBook>" not in text:  # (cut short: its sections before the cut, closed)
        text = text[:text.rfind(b"</section>") + len(b"</section>")] + b"</body></FictionBook>"
    root = ElementTree.fromstring(text)
    blocks: list[tuple[int, str]] = []
    def walk(section: ElementTree.Element, depth: int) -> None:
        # (a section with no title of its own is a menu Calibre made: the paper's pages, its links)
        titled = any(local_tag(child) == "title" for child in section)
        for child in section:
            tag = local_tag(child)
            if tag == "title":
                blocks.append((depth, _text(child)))
            elif tag == "section":
                walk(child, depth + 1)
            elif titled and tag in ("p", "subtitle", "v") and _text(child) and not _CALIBRES.match(_text(child)):
                blocks.append((0, _text(child)))
    for body in root:
        if local_tag(body) == "body" and body.get("name") != "notes":
            walk(body, 0)
    return blocks


def _over_a_head(text: str) -> bool:
    """热烈庆祝岚江解放: a short line with no sentence in it, as a kicker is set over its title; no
    signature (本报记者　刘洋) nor note in brackets, nor furniture (the prize the article above won)."""
    return len(text) <= 30 and not re.search(r"[。！？：]", text) and not text.startswith(("（", "(")) \
        and rules.parse_byline(text) is None and not rules.is_furniture(text)


# 原载《岚江日报》1977年12月11日第一版, （原载1992年10月1日第1版）: where a collection notes an article ran.
_RAN_IN = re.compile(r"^[（(]?(?:原载|原刊|载于|刊于|刊载于)?\s*(?:《[^》]{1,20}》)?\s*(?P<when>.+?)[）)]?$")


def printed_on(line: str) -> tuple[tuple[int, int, int], str | None] | None:
    """The day and page a collection's line under a title (1958年5月1日　第二版) or under its text
    (（原载1992年10月1日第1版）) gives, or None."""
    m = _RAN_IN.match(line.strip())
    when = re.sub(r"日(?=第)", "日 ", m["when"]) if m else ""  # (1977年12月11日第一版: the day and the page run together)
    day = rules.printed_date(when) if m else None
    if day is None or len(when) > 24:
        return None
    paged = rules.printed_page((when,))
    return day, paged[0] if paged else None


def dated_by_their_lines(articles: list[Article], lines: list[str]) -> list[Article]:
    """Each article of a collection dated and paged by its own line of where it ran (under its title
    or closing its text), as the book prints it: a collection's articles are of many days."""
    starts = [a.line for a in articles] + [len(lines) + 1]
    out = []
    for article, end in zip(articles, starts[1:]):
        ran = next((found for line in lines[article.line - 1:end - 1] if (found := printed_on(line))), None)
        if ran is None:
            out.append(article)
            continue
        (y, m, d), page = ran
        try:
            day = dt.date(y, m, d)
        except ValueError:
            out.append(article)
            continue
        out.append(article.with_(issue_date=IssueDate(day, "day", "printed", (f"{y}年{m}月{d}日",)),
                                 stated=article.stated | {"issue_date"} | ({"page"} if page else set()),
                                 **({"page": page} if page else {})))
    return out
