"""A wiki's transcription of an article (Wikisource's way: MediaWiki's wikitext under a {{header}}
template), and a MediaWiki export of such pages (Special:Export's XML): each page's text as the
lines a transcriber would have typed, its header's title and note of print beside them."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from xml.etree import ElementTree

WIKI_SUFFIXES = (".wiki", ".wikitext", ".mediawiki")
# The export's namespace, whatever its version: <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/">.
_EXPORT = re.compile(r"<mediawiki\b[^>]*xmlns=\"http://www\.mediawiki\.org/xml/export-")


@dataclass(frozen=True)
class WikiPage:
    """A page of the wiki: the line it opens on in its file, its header's title, its lines."""
    line: int
    title: str
    lines: tuple[str, ...]


def is_wiki_export(text: str) -> bool:
    return bool(_EXPORT.search(text[:2000]))


def exported_pages(text: str) -> tuple[list[WikiPage], list[str]]:
    """The articles of a MediaWiki export: its pages in the main namespace (<ns>0</ns>) that are no
    redirects, each as its last revision has it; and what else it held, said (talk pages, templates)."""
    read_pages, others = [], []
    for m in re.finditer(r"<page>.*?</page>", text, re.S):
        try:
            page = ElementTree.fromstring(re.sub(r"\sxmlns=\"[^\"]*\"", "", m[0]))
        except ElementTree.ParseError:
            others.append("a page that is not XML")
            continue
        revisions = page.findall("revision")
        read_pages.append((m.start(), page.findtext("title") or "", (page.findtext("ns") or "0").strip(),
                           page.find("redirect") is not None, html.unescape(revisions[-1].findtext("text") or "") if revisions else ""))
    scans = {title: wikitext for _, title, _, _, wikitext in read_pages if _SCAN_PAGE.match(title)}
    pages = []
    for at, title, space, redirect, wikitext in read_pages:
        if space != "0" or redirect:
            others.append(title)
            continue
        read = page_of(_PAGES_TAG.sub(lambda tag: _transcluded(tag, scans), wikitext), title.rpartition("/")[2],
                       text.count("\n", 0, at) + 1)
        if read is not None:
            pages.append(read)
    return pages, others


# Wikisource's transcription of a scan a page at a time (Page:江聲日報1936.05.13.djvu/12), an article
# taking its text from there: <pages index="江聲日報1936.05.13.djvu" from=12 to=12 onlysection=s1 />.
_SCAN_PAGE = re.compile(r"^(?:Page|頁面|页面):")
_PAGES_TAG = re.compile(r"<pages\s+(?P<attrs>[^>]*?)/?>", re.I)


def _transcluded(tag: re.Match, scans: dict[str, str]) -> str:
    """The text a <pages … /> tag takes from the scan's pages the export holds (the section it names)."""
    attrs = dict(re.findall(r"(\w+)\s*=\s*\"?([^\"\s/>]+)\"?", tag["attrs"]))
    first, last = int(attrs.get("from", 1)), int(attrs.get("to", attrs.get("from", 1)))
    texts = []
    for number in range(first, min(last, first + 50) + 1):
        scan = next((w for t, w in scans.items() if t.partition(":")[2] == f"{attrs.get('index', '')}/{number}"), "")
        scan = re.sub(r"<noinclude>.*?</noinclude>", "", scan, flags=re.S)
        if (section := attrs.get("onlysection")) is not None:
            part = re.search(rf"<section\s+begin=\"?{re.escape(section)}\"?\s*/>(.*?)<section\s+end=\"?{re.escape(section)}\"?\s*/>", scan, re.S)
            scan = part[1] if part else ""
        texts.append(re.sub(r"<section\s+(?:begin|end)=[^>]*/>", "", scan))
    return "\n".join(texts)


_REDIRECT = re.compile(r"\s*#(?:REDIRECT|重定向)\b", re.I)
_TALK = re.compile(r"^(?:討論|讨论|Talk|使用者討論|User talk)[:：-]", re.I)
_HEADER = re.compile(r"\{\{\s*header\s*(?P<fields>\|.*?)\}\}", re.S | re.I)
_FIELD = re.compile(r"\|\s*(?P<key>\w+)\s*=\s*(?P<value>[^|]*)")
# Templates that only set their text apart (centred, larger, right), kept as their text; any other
# template ({{PD-old}}, {{done}}) is the wiki's, none of the article's.
_SETTING = re.compile(r"\{\{\s*(?:center|centre|larger|x-larger|smaller|right|left|big|small|c|r|block center)\s*\|(?P<text>(?:[^{}]|\{\{[^{}]*\}\})*)\}\}", re.I)


def page_of(wikitext: str, title: str, line: int) -> WikiPage | None:
    """A page's wikitext as the lines a transcriber would have typed: its heads set apart a line each
    (a <br /> inside one ends a line), its paragraphs, its == headings == as section heads; its notes
    (<ref>), its categories and the wiki's templates none; its header's note of print last."""
    wikitext = html.unescape(wikitext.lstrip("\ufeff"))
    if _REDIRECT.match(wikitext) or _TALK.match(title):
        return None  # (a redirect to another page, a page of talk about one: the wiki's, no article)
    header = _HEADER.search(wikitext)
    fields = {f["key"].lower(): f["value"].strip() for f in _FIELD.finditer(header["fields"])} if header else {}
    body = wikitext[header.end():] if header else wikitext
    body = re.sub(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>|<references\s*/>|\[\[(?:分類|分类|Category):[^\]]*\]\]", "", body, flags=re.S | re.I)
    while _SETTING.search(body):
        body = _SETTING.sub(lambda m: m["text"], body)
    body = re.sub(r"\{\{[^{}]*\}\}", "", body)  # (the wiki's own: {{PD-old}})
    body = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", body)  # a link as the words it shows
    body = re.sub(r"'{2,}", "", body)
    body = re.sub(r"<br\s*/?>", "\n", body, flags=re.I)
    body = re.sub(r"^\s*=+\s*(.*?)\s*=+\s*$", r"\1", body, flags=re.M)
    body = re.sub(r"<[^>]+>", "", body)
    lines = [line.strip() for line in body.split("\n")]
    if not any(lines):
        return None
    noted = fields.get("notes", "")
    printed = re.search(r"原[載载]《[^》]+》[^。；]*", noted)
    lines += ["", f"（{printed[0]}）"] if printed else []
    return WikiPage(line, fields.get("title") or title, tuple(lines))
