"""The news industry's own XML of an article, as newsroom systems and agencies export it: IPTC's
NITF (<nitf>: the day of issue and the page in its <docdata> and <pubdata>, the heads in
<hedline>, a photo's caption in <media>) and NewsML-G2 (<newsItem>, or a <newsMessage> of them:
the heads in <contentMeta>, the text in <inlineXML>). A NewsML-G2 package (<packageItem>) only
refers to items filed elsewhere: no article of its own.

Each article is a record for records.record_article, so such a file reads as a records file does.
"""
from __future__ import annotations

import re
from xml.etree import ElementTree

from .tei import first_of, local_tag, text_of

# (the role of a head a newsroom names in its own vocabulary: nlwb:kicker, ex:subheadline)
_KICKER_ROLE = re.compile(r"(?:^|:)(?:kicker|overline|pre(?:head|title)?|eyebrow|yinti)$", re.I)
_DECK_ROLE = re.compile(r"(?:^|:)(?:sub(?:head(?:line)?|title)?|deck|dek|futi)$", re.I)


def is_news_standard(root: ElementTree.Element) -> bool:
    """An NITF document or a NewsML-G2 item, message or package."""
    return local_tag(root) in ("nitf", "newsItem", "newsMessage", "packageItem")


def news_records(root: ElementTree.Element) -> list[dict]:
    """The record of each article the document holds (a message's each item; a package none)."""
    if local_tag(root) == "nitf":
        return [_nitf_record(root)]
    items = [root] if local_tag(root) == "newsItem" else [e for e in root.iter() if local_tag(e) == "newsItem"]
    return [_item_record(item) for item in items]


def _nitf_record(root: ElementTree.Element) -> dict:
    record: dict = {}
    head = first_of(root, "head")
    issued = first_of(head, "date.issue")
    printed = first_of(head, "pubdata")
    if issued is not None and issued.get("norm"):
        record["date"] = issued.get("norm")[:8]  # 20170612, or 20170612T000000+0800
    elif printed is not None and printed.get("date.publication"):
        record["date"] = printed.get("date.publication")[:8]
    if printed is not None:
        record.update({k: v for k, v in (("page", printed.get("position.sequence")), ("section", printed.get("position.section")),
                                          ("paper", printed.get("name"))) if v})
    series = first_of(head, "series")
    for hl in (e for e in root.iter() if local_tag(e) in ("hl1", "hl2")):
        text = text_of(hl)
        if not text:
            continue
        if local_tag(hl) == "hl1":
            record.setdefault("title", text)
        elif _KICKER_ROLE.search(hl.get("class", "") or hl.get("role", "")):
            record.setdefault("kicker", text)
        else:
            record.setdefault("subtitle", text)
    if "title" not in record and (title := first_of(head, "title")) is not None:
        record["title"] = text_of(title)
    if series is not None and series.get("series.name") and "kicker" not in record:
        record["kicker"] = series.get("series.name")  # 砥砺奋进的五年·鹭洲答卷: the series the piece runs in
    for tag, name in (("byline", "authors"), ("dateline", "dateline")):
        if (element := first_of(root, tag)) is not None and text_of(element):
            record[name] = text_of(element)
    content = first_of(root, "body.content")
    if content is not None:
        record["body"] = _paragraphs(content)
        if first_of(content, "media") is not None and first_of(content, "p") is None:
            record["type"] = "photo"  # a picture and its caption, and no text
    return record


def _item_record(item: ElementTree.Element) -> dict:
    record: dict = {}
    if (kind := first_of(item, "itemClass")) is not None and kind.get("qcode", "").endswith(":picture"):
        record["type"] = "photo"
    meta = first_of(item, "contentMeta")
    if meta is not None:
        for element in meta:
            tag, text, role = local_tag(element), text_of(element), element.get("role", "")
            if not text:
                continue
            if tag == "headline":
                name = "kicker" if _KICKER_ROLE.search(role) else "subtitle" if _DECK_ROLE.search(role) else "title"
                record.setdefault(name, text)
            elif tag == "subheadline":
                record.setdefault("subtitle", text)
            elif tag == "by":
                record.setdefault("authors", text)
            elif tag == "dateline":
                record.setdefault("dateline", text)
            elif tag == "description" and "caption" in role:
                record.setdefault("caption", text)
        # (contentCreated, versionCreated: when the newsroom wrote and filed it, the evening before it
        # was printed, no day of issue)
    content = first_of(item, "inlineXML")
    body = first_of(content, "body") if content is not None else None
    if body is not None and (text := _paragraphs(body)):
        record["body"] = text
    elif "caption" in record:
        record["body"] = record["caption"]  # a picture's item: its caption, credited
        if record.get("authors"):
            record["body"] += " " + record.pop("authors")
    record.pop("caption", None)
    return record


def _paragraphs(element: ElementTree.Element) -> str:
    """The text of an article's element, a paragraph a line: its <p>s, a photo's caption and credit."""
    lines = []
    for inner in element.iter():
        tag = local_tag(inner)
        if tag == "p" and (text := text_of(inner)):
            lines.append(text)
        elif tag == "media":
            caption = " ".join(text_of(e) for e in inner if local_tag(e) in ("media-caption", "media-producer") and text_of(e))
            if caption:
                lines.append(caption)
    return "\n".join(lines)
