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

from . import rules
from .tei import first_of, local_tag, text_of

# (the role of a head a newsroom names in its own vocabulary: nlwb:kicker, ex:subheadline)
_KICKER_ROLE = re.compile(r"(?:^|:)(?:kicker|overline|pre(?:head|title)?|eyebrow|yinti)$", re.I)
_DECK_ROLE = re.compile(r"(?:^|:)(?:sub(?:head(?:line)?|title)?|deck|dek|futi)$", re.I)


def is_news_standard(root: ElementTree.Element) -> bool:
    """An NITF document or a NewsML-G2 item, message, package or catalogue."""
    return local_tag(root) in ("nitf", "newsItem", "newsMessage", "packageItem", "catalog")


def withdrawn(root: ElementTree.Element) -> bool:
    """A notice that kills an item filed before (NewsML-G2's pubStatus stat:canceled, NITF's
    management-status canceled or withheld): an order to its users, no article."""
    status = first_of(root, "pubStatus")
    docdata = first_of(root, "docdata")
    return status is not None and status.get("qcode", "").rpartition(":")[2] in ("canceled", "withheld") \
        or docdata is not None and docdata.get("management-status", "") in ("canceled", "withheld")


# A section that is a page's own name: A01, 03, 第3版 (and the sequence then the piece's place on it).
_NAMES_A_PAGE = re.compile(r"^(?:[A-Z]{1,2}\d{1,3}|\d{1,3}|第[A-Z]?\d{1,3}版)$")


def _head_of_its_lines(hl: ElementTree.Element) -> str:
    """A head set over lines by <br/>s, one head: its clauses apart where the paper set two balanced
    ones (守牢安全底线 / 护航春耕生产), closed up where a line broke one sentence."""
    lines, line = [], [hl.text or ""]
    for inner in hl:
        if local_tag(inner) == "br":
            lines.append("".join(line).strip())
            line = []
        else:
            line.append("".join(inner.itertext()))
        line.append(inner.tail or "")
    lines = [text for text in [*lines, "".join(line).strip()] if text]
    if len(lines) == 2:
        return rules.head_of_two_lines(*lines)
    return "".join(lines)


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
        section, sequence = printed.get("position.section"), printed.get("position.sequence")
        if section and _NAMES_A_PAGE.match(section) and sequence and sequence.isdigit():
            section, sequence, record["order"] = None, section, sequence  # section A01, sequence 2: page A01, its second piece
        record.update({k: v for k, v in (("page", sequence), ("section", section), ("paper", printed.get("name"))) if v})
    series = first_of(head, "series")
    for hl in (e for e in root.iter() if local_tag(e) in ("hl1", "hl2")):
        text = text_of(hl)
        if not text:
            continue
        if local_tag(hl) == "hl1":
            record.setdefault("title", _head_of_its_lines(hl))
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
