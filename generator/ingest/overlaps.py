"""Articles read from more than one file: a copy of another's, or the rest of one continued on
another page. Ingest reads each file alone; these look across the archive once all are read."""
from __future__ import annotations

import re

from ..digest import fingerprinted
from ..model import UNTITLED, Article, Paragraph, Problem
from . import rules
from .records import RECORD_SUFFIXES
from .workbooks import WORKBOOK_SUFFIXES


def jumps_joined(articles: list[Article]) -> list[Article]:
    """An article that breaks off to another page (…认为，（下转第四版）) takes the text of its
    continuation there, filed apart under the same title and day (…（上接第一版）必须采取…), which
    is no article of its own."""
    def day(a: Article) -> tuple:
        return (a.title, a.issue_date and a.issue_date.value)
    broken = {day(a): (a, text) for a in articles
              if a.body and isinstance(a.body[-1], Paragraph) and (text := rules.jumped_out(a.body[-1].text)) is not None}
    joined: dict[int, Article] = {}
    for article in articles:
        head, text = broken.get(day(article), (None, ""))
        if head is None or head is article or not article.body or id(head) in joined:
            continue
        last, first = head.body[-1], article.body[0]
        if isinstance(first, Paragraph) and not rules.ends_sentence(text):  # the sentence goes on over the page
            body = head.body[:-1] + (Paragraph(text + first.text, last.line),) + article.body[1:]
        else:
            body = head.body[:-1] + (Paragraph(text, last.line),) + article.body
        joined[id(head)], joined[id(article)] = fingerprinted(head.with_(body=body)), None  # its text changed
    return [joined.get(id(a), a) for a in articles if joined.get(id(a), a) is not None]


# Screenshot_20230514-083012_今日头条.jpg.txt, IMG_2143.PNG.txt: the text read off a phone's screenshot, named
# as the phone named the picture, in the order it was taken (and after the app it shows).
_SCREENSHOT = re.compile(r"^(?:Screenshot|Screen ?Shot|IMG|截屏|屏幕截图)[_ -]?(?P<taken>[\d_ -]+)(?P<app>[^.]*)\.", re.I)


def screens_joined(articles: list[Article]) -> tuple[list[Article], set[str]]:
    """A screenshot's text that opens on no head of its own is the rest of the article on the
    screenshot taken before it, of the same app, in the same folder: a long article read a
    screen at a time. The articles, and the sources joined to the one before."""
    last: dict[str, Article] = {}  # the last article read off each folder's screenshots of each app
    rests: list[tuple[Article, Article]] = []
    for article in sorted(articles, key=lambda a: (a.source, a.line)):
        folder, _, name = article.source.rpartition("/")
        shot = _SCREENSHOT.match(name)
        if shot is None:
            continue
        key = f"{folder}/{shot['app']}"
        if article.title == UNTITLED and key in last and article.body:
            rests.append((last[key], article))
        else:
            last[key] = article
    return rests_joined(articles, rests)


# 1210_2.html beside 1210.html: a site's later page of one long article, as DedeCMS and PHPCMS page it.
_LATER_PAGE = re.compile(r"^(?P<first>.+?)_(?P<page>[2-9]|[1-9]\d)(?P<suffix>\.s?html?)$", re.I)


def later_pages_joined(articles: list[Article]) -> tuple[list[Article], set[str]]:
    """A site's article on several pages (1210.html, 1210_2.html, …, each under the article's heads,
    or under none): the later pages' text is the rest of the first's, in their numbers' order. The
    articles, and the sources joined to the first page."""
    first_pages = {a.source: a for a in articles}
    later = [(m, a) for a in articles if (m := _LATER_PAGE.match(a.source))]
    rests = [(first, article) for m, article in sorted(later, key=lambda pair: (pair[0]["first"], int(pair[0]["page"])))
             if (first := first_pages.get(f"{m['first']}{m['suffix']}")) is not None
             and article.title in (first.title, UNTITLED) and article.body]
    return rests_joined(articles, rests)


def rests_joined(articles: list[Article], rests: list[tuple[Article, Article]]) -> tuple[list[Article], set[str]]:
    """The articles with each rest's text run on after the article it goes on from (in the order
    given), the rest itself gone; and the sources of the rests."""
    joined: dict[int, Article | None] = {}
    for first, rest in rests:
        whole = joined.get(id(first)) or first
        joined[id(first)], joined[id(rest)] = fingerprinted(whole.with_(body=whole.body + rest.body)), None
    return [joined.get(id(a), a) for a in articles if joined.get(id(a), a) is not None], {rest.source for _, rest in rests}


def jumps_unmet(articles: list[Article]) -> list[Problem]:
    """An article still breaking off to another page once jumps are joined (…工程于（下转第二版）,
    maybe with a collector's note under it) stops short: its continuation is in no source read,
    or under a head of its own."""
    return [Problem(a.source, p.line, f"the text breaks off to another page ({mark.strip('（()）')}) and its "
                                      "continuation was not found under its title and day; it stops there")
            for a in articles for p in a.body if isinstance(p, Paragraph)
            and (text := rules.jumped_out(p.text)) is not None and (mark := p.text.strip()[len(text):].strip())]


# A sync service's copy of a file two machines changed at once: 标题 (周子航 的冲突副本 2019-03-14).txt,
# 标题 (Jane's conflicted copy 2019-03-14).txt, as Dropbox names it beside the original.
_CONFLICTED = re.compile(r"\s*[（(][^（()）]{1,40}?(?:的冲突副本|的衝突副本|'s conflicted copy)\s*\d{4}-\d{2}-\d{2}(?:\s*\(\d+\))?[)）](?=\.[^.]+$)", re.I)


def conflicted_copy_of(source: str) -> str | None:
    """The file a sync service's conflicted copy is of (its name without the mark), or None."""
    original = _CONFLICTED.sub("", source)
    return original if original != source else None


def held_in(copy: tuple[str, ...], original: tuple[str, ...]) -> bool:
    """Every paragraph of the copy is the original's; its last may be cut short (…减少农户到店聚集。”店主), as
    a download stopped midway (….baiduyun.p.downloading, ….crdownload) leaves it."""
    return set(copy[:-1]) <= set(original) and (not copy or any(p.startswith(copy[-1]) for p in original))


def copies_dropped(articles: list[Article]) -> tuple[list[Article], list[Problem]]:
    """An article held twice (the same title and date, and all the text of one in the other, as
    a download saved twice or a crawl repeating a piece leaves) is read once, the fuller, else
    under the shorter name (标题.txt, not 标题(1).txt or 标题 - 副本.txt), and a sync service's conflicted
    copy beside its original, whatever its text, not at all; the copy is a problem naming it."""
    def day(a: Article) -> tuple | None:
        return a.issue_date and a.issue_date.known and (a.issue_date.value, a.issue_date.precision) or None
    titled: dict[str, list[Article]] = {}
    for article in articles:  # untitled items too: their text tells a copy (标题 - 副本.txt) from another
        # (a catalogue lists a commentary without its column's name: 改革要敢于碰硬, not …（评论员文章）)
        # (柘江大曲　香飘万家 and 柘江大曲 香飘万家: one title, its space set wide or typed narrow)
        titled.setdefault(re.sub(r"\s", "", rules.without_column_tag(article.title)), []).append(article)
    dropped: dict[int, Problem | None] = {}
    def listed(a: Article) -> bool:
        # a record with a title alone (a database's list of what its pages hold, as Notion exports
        # one beside them) is a copy of the page with its text or its photo's caption, on its day
        # or where it gives none
        return not a.paragraphs and a.source.lower().endswith(RECORD_SUFFIXES + WORKBOOK_SUFFIXES)
    def captions(a: Article) -> set[str]:
        return {c.text for c in a.captions}
    for same in titled.values():
        kept: list[Article] = []
        # (of two as full, the one filed alone is the original, a sheet's record of it the copy;
        # a draft kept by --drafts is the copy of what was printed)
        for article in sorted(same, key=lambda a: (conflicted_copy_of(a.source) is not None, a.draft, listed(a), -len(a.paragraphs),
                                                   a.source.lower().endswith(RECORD_SUFFIXES + WORKBOOK_SUFFIXES),
                                                   len(a.source), a.source, a.line)):
            original = next((k for k in kept if (day(k) == day(article) or listed(article) and day(article) is None)
                             and (held_in(article.paragraphs, k.paragraphs) and captions(article) <= captions(k)
                                  or conflicted_copy_of(article.source) == k.source)
                             and (article.paragraphs or article.captions  # (a photo's caption copied: IMG_… - 副本.txt)
                                  or listed(article) and (k.paragraphs or k.captions))), None)
            if original is None:
                kept.append(article)
            elif listed(article):
                dropped[id(article)] = None  # a catalogue's row of an article filed with its text: no copy, its entry
            else:
                where = f"line {original.line}" if original.source == article.source else original.source
                dropped[id(article)] = Problem(article.source, article.line, f"a copy of {where}; skipped")
    return [a for a in articles if id(a) not in dropped], [p for p in dropped.values() if p is not None]
