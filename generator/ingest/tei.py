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
    return _tag(root) == "TEI" or corpus and _tag(root) == "teiCorpus"


def tei_records(root: ElementTree.Element) -> list[dict]:
    """The article's record (or, for a div of items each under its head, each item's), with
    the paper, day and page its header gives."""
    header = _find(root, "teiHeader")
    printed = _find(header, "sourceDesc") if header is not None else None
    shared: dict = {}
    if printed is not None:
        for element in printed.iter():
            if _tag(element) == "title" and element.get("level") in ("j", "m"):
                shared.setdefault("paper", _text(element))
            elif _tag(element) == "date" and (element.get("when") or _text(element)):
                shared.setdefault("date", element.get("when") or _text(element))
            elif _tag(element) == "biblScope" and element.get("unit") == "page":
                shared.setdefault("page", _text(element))
    stated = _find(header, "titleStmt") if header is not None else None
    body = _find(root, "body")
    items = [div for div in body.iter() if _tag(div) == "div" and div.get("type") == "item"] if body is not None else []
    if items:
        return [{**shared, **_piece(item)} for item in items]
    record = {**shared, **(_piece(body) if body is not None else {})}
    if stated is not None:
        for title in (e for e in stated if _tag(e) == "title"):
            name = "subtitle" if title.get("type") == "sub" else "title"
            record.setdefault(name, _text(title))
        authors = [_text(e) for e in stated if _tag(e) == "author" and _text(e)]
        if authors and "authors" not in record:
            record["authors"] = " ".join(authors)
    return [record]


def _piece(element: ElementTree.Element) -> dict:
    """The heads, byline and paragraphs of an article's element."""
    record: dict = {}
    paragraphs = []
    for inner in element.iter():
        tag, text = _tag(inner), _text(inner)
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


def _find(element: ElementTree.Element | None, tag: str) -> ElementTree.Element | None:
    return next((e for e in element.iter() if _tag(e) == tag), None) if element is not None else None


def _text(element: ElementTree.Element) -> str:
    return "".join(element.itertext()).strip()


def _tag(element: ElementTree.Element) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
