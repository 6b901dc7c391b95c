"""A TEI document of an article (<TEI>, as libraries and digital-humanities projects encode
what they digitise): its header says what was printed where (titleStmt, sourceDesc's bibl), its
<text> holds the article as printed: its heads (<head type="kicker">, <head>, <head type="sub">),
byline and paragraphs; a <div> of items each under its own head (本市简讯) holds each item.

Each piece is a record for records.record_article, so a TEI file reads as a records file does.
"""
from __future__ import annotations

from xml.etree import ElementTree


def is_tei(root: ElementTree.Element, corpus: bool = False) -> bool:
    """A TEI document (<TEI>), or, with `corpus`, a corpus of them (<teiCorpus>) too."""
    return local_tag(root) == "TEI" or corpus and local_tag(root) == "teiCorpus"


def tei_records(root: ElementTree.Element) -> list[dict]:
    """The article's record (or, for a div of items each under its head, each item's), with
    the paper, day and page its header gives."""
    header = first_of(root, "teiHeader")
    printed = first_of(header, "sourceDesc") if header is not None else None
    shared: dict = {}
    if printed is not None:
        for element in printed.iter():
            if local_tag(element) == "title" and element.get("level") in ("j", "m"):
                shared.setdefault("paper", text_of(element))
            elif local_tag(element) == "date" and (element.get("when") or text_of(element)):
                shared.setdefault("date", element.get("when") or text_of(element))
            elif local_tag(element) == "biblScope" and element.get("unit") == "page":
                shared.setdefault("page", text_of(element))
    stated = first_of(header, "titleStmt") if header is not None else None
    body = first_of(root, "body")
    items = [div for div in body.iter() if local_tag(div) == "div" and div.get("type") == "item"] if body is not None else []
    if items:
        return [{**shared, **_piece(item)} for item in items]
    record = {**shared, **(_piece(body) if body is not None else {})}
    if stated is not None:
        for title in (e for e in stated if local_tag(e) == "title"):
            name = "subtitle" if title.get("type") == "sub" else "title"
            record.setdefault(name, text_of(title))
        authors = [text_of(e) for e in stated if local_tag(e) == "author" and text_of(e)]
        if authors and "authors" not in record:
            record["authors"] = " ".join(authors)
    return [record]


def _piece(element: ElementTree.Element) -> dict:
    """The heads, byline and paragraphs of an article's element."""
    record: dict = {}
    paragraphs = []
    for inner in element.iter():
        tag, text = local_tag(inner), text_of(inner)
        if not text:
            continue
        if tag == "head":
            kind = inner.get("type", "")
            name = "kicker" if kind in ("kicker", "over", "pre") else "subtitle" if kind in ("sub", "subtitle", "deck") else "title"
            record.setdefault(name, text)
        elif tag == "byline":
            record.setdefault("authors", text)
        elif tag == "p":
            paragraphs.append(text)
    if paragraphs:
        record["body"] = "\n".join(paragraphs)
    return record


def first_of(element: ElementTree.Element | None, tag: str) -> ElementTree.Element | None:
    """The first element of `tag` in `element` (itself included), whatever its namespace."""
    return next((e for e in element.iter() if local_tag(e) == tag), None) if element is not None else None


def text_of(element: ElementTree.Element) -> str:
    """All the text in an element, its children's too."""
    return "".join(element.itertext()).strip()


def local_tag(element: ElementTree.Element) -> str:
    """An element's tag without its namespace ({http://iptc.org/…}newsItem → newsItem); a comment's none."""
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
