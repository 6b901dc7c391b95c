"""An outline of clippings kept in Org mode (.org): each top heading an article, the :PROPERTIES:
drawer under it its fields (DATE, PAPER, PAGE, AUTHOR, named as a records file names them), the
text under it its body; read as records are (records.record_article).

The keeper's own words are none of it: a sub-heading of theirs (** 附记) with all under it, and,
where the outline notes where its clippings were printed, a heading noting none (* 年终随想).
"""
from __future__ import annotations

import re

from ..model import Article, Problem
from . import rules
from .records import articles_of

ORG_SUFFIXES = (".org",)

_HEADING = re.compile(r"^(?P<stars>\*+)\s+(?P<text>.*?)\s*$")
# What Org sets on a heading besides its words: a to-do keyword, a priority, tags.
_PRIORITY = re.compile(r"^\[#[A-Z]\]\s*")
_TAGS = re.compile(r"\s+(?::[^\s:]+)+:$")
_PROPERTY = re.compile(r"^\s*:(?P<name>[^:\s]+):\s*(?P<value>.*?)\s*$")
# The properties Org keeps of the note itself, not of the print: when it was filed, its id.
_OF_THE_NOTE = {"CREATED", "ID", "CUSTOM_ID", "CATEGORY", "VISIBILITY", "ARCHIVE_TIME", "LAST_MODIFIED"}
# A sub-heading over the keeper's own words: ** 附记, ** 感想, ** 笔记.
_KEEPERS_HEAD = re.compile(r"^(?:附记|附記|按语|按|笔记|筆記|感想|心得|随想|隨想|批注|备注|備註|我的想法|读后|讀後)$")
# Org's lines of its own in a body: #+BEGIN_QUOTE, a link alone ([[file:img/1.jpg]]).
_ORG_LINE = re.compile(r"^\s*(?:#\+\w+.*|\[\[[^\]]+\](?:\[[^\]]*\])?\]|:(?:PROPERTIES|END|LOGBOOK):)\s*$", re.I)


def read_outline(text: str, source: str) -> tuple[list[Article], list[Problem]]:
    """Every article of an Org outline, and a problem for each heading of the keeper's own."""
    lines = text.split("\n")
    keywords = _todo_keywords(lines)
    entries = _entries(lines, keywords)
    noted = [bool(entry[2].keys() & {"paper", "page"}) or _notes_its_print(entry[3]) for entry in entries]
    own = [Problem(source, line, f"heading {title!r} notes no paper it was clipped from, among headings "
                                 "that do: the keeper's own, no article; skipped")
           for (line, title, _, _), printed in zip(entries, noted) if any(noted) and not printed]
    articles, problems = articles_of((({"title": title, **fields, "body": "\n".join(body)}, line)
                                      for (line, title, fields, body), printed in zip(entries, noted)
                                      if printed or not any(noted)), source)
    return articles, own + problems


def _todo_keywords(lines: list[str]) -> set[str]:
    """The to-do keywords the outline declares (#+TODO: TODO 重读 | DONE), and Org's own."""
    words = {"TODO", "DONE"}
    for line in lines:
        if m := re.match(r"^#\+(?:TODO|SEQ_TODO|TYP_TODO):\s*(.*)$", line.strip(), re.I):
            words |= {w for w in m[1].replace("|", " ").split() if w}
    return words


def _entries(lines: list[str], keywords: set[str]) -> list[tuple[int, str, dict, list[str]]]:
    """Each top heading's line, its words, its drawer's fields and its body's lines (the keeper's
    sub-headings and all under them left out; an article's own sub-headings kept as its lines)."""
    entries: list[tuple[int, str, dict, list[str]]] = []
    keepers = 0  # the depth of a keeper's sub-heading being skipped, 0 for none
    drawer = False
    for number, raw in enumerate(lines, 1):
        heading = _HEADING.match(raw)
        if heading and len(heading["stars"]) == 1:
            words = heading["text"].split(maxsplit=1)
            title = words[1] if len(words) == 2 and words[0] in keywords else heading["text"]
            entries.append((number, _TAGS.sub("", _PRIORITY.sub("", title)).strip(), {}, []))
            keepers, drawer = 0, False
            continue
        if not entries:
            continue  # the outline's settings and its keeper's preface, over the first heading
        _, _, fields, body = entries[-1]
        if heading and keepers and len(heading["stars"]) > keepers:
            continue
        if heading:
            keepers = len(heading["stars"]) if _KEEPERS_HEAD.match(_TAGS.sub("", heading["text"]).strip()) else 0
            if not keepers:
                body.append(_TAGS.sub("", heading["text"]).strip())
            continue
        if keepers:
            continue
        if raw.strip().upper() == ":PROPERTIES:":
            drawer = True
        elif drawer and raw.strip().upper() == ":END:":
            drawer = False
        elif drawer and (prop := _PROPERTY.match(raw)):
            if prop["name"].upper() not in _OF_THE_NOTE:
                fields[prop["name"].lower()] = re.sub(r"^[<\[]|(?:\s+\S+)?[>\]]$", "", prop["value"]).strip()
        elif not _ORG_LINE.match(raw):
            body.append(raw)
    return entries


def _notes_its_print(body: list[str]) -> bool:
    """A body closing on where it was printed (（原载《东澜日报》2023年5月6日第12版）)."""
    return any(rules.parse_source_note(line.strip().strip("（）()")) for line in body if line.strip())
