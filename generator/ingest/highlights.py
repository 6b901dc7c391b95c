"""An e-reader's file of what its reader marked (Kindle's My Clippings.txt): each entry the book's
title, a line of where and when it was marked, and the marked text, closed by a line of ten =.

A highlight of a whole piece of a paper's collected articles (its head, its writer, its text) is
that article; the reader's own notes, bookmarks and a highlight of a passage with no head are none
of the paper's, and a highlight the reader later widened over the same place is read as the wider
one. When it was marked and the e-book's page are no day or page of print.
"""
from __future__ import annotations

import re
from typing import NamedTuple

_END = re.compile(r"^\ufeff?={10}\s*$")
# - 您在第 3 页（位置 #41-52）的标注 | 添加于 2021年3月5日星期五 上午8:01:02
# - Your Highlight on page 3 | Location 41-52 | Added on Friday, 5 March 2021 08:01:02
_MARKED = re.compile(r"^-\s*(?:您在|Your\s+)(?P<where>.*?)(?P<kind>标注|笔记|书签|Highlight|Note|Bookmark)\b.*?[|｜]")
_PLACE = re.compile(r"#?\s*(\d+)(?:\s*-\s*(\d+))?")


class Entry(NamedTuple):
    """One entry: the line its text opens on, its kind (标注, 笔记, 书签 or their English), the
    place it marks (first and last location) and its lines."""
    line: int
    kind: str
    place: tuple[int, int] | None
    lines: tuple[str, ...]


def entries(text: str) -> list[Entry] | None:
    """The entries of an e-reader's file of clippings, or None for any other text."""
    lines = text.split("\n")
    if not any(_END.match(line) for line in lines[:200]) or not any(_MARKED.match(line.strip()) for line in lines[:200]):
        return None
    found, start = [], 0
    for k, line in enumerate([*lines, "=" * 10]):
        if not _END.match(line):
            continue
        block = lines[start:k]
        start = k + 1
        meta = next((j for j, b in enumerate(block[:3]) if _MARKED.match(b.strip())), None)
        if meta is None:
            continue
        marked = _MARKED.match(block[meta].strip())
        places = [int(n) for m in _PLACE.finditer(marked["where"].split("位置")[-1].split("Location")[-1]) for n in m.groups() if n]
        place = (places[0], places[-1]) if places else None
        found.append(Entry(k - len(block) + meta + 2, marked["kind"], place, tuple(block[meta + 1:])))
    return found


def why_no_article(entry: Entry, later: list[Entry]) -> str | None:
    """Why an entry is no article of the paper's, or None for a highlight of a whole piece."""
    if entry.kind in ("笔记", "Note"):
        return "the reader's own note"
    if entry.kind in ("书签", "Bookmark") or not any(line.strip() for line in entry.lines):
        return "a bookmark, no text"
    if sum(bool(line.strip()) for line in entry.lines) < 2:
        return "a highlight of a passage with no head"
    if entry.place and any(e.place and e.kind == entry.kind and e.place[0] <= entry.place[0] and entry.place[1] <= e.place[1]
                           for e in later):
        return "a highlight the reader widened later over the same place, read as that one"
    return None


def marked_pieces(text: str) -> tuple[list[tuple[int, str]], list[tuple[int, str]]] | None:
    """Each highlight of a whole piece with the line its text opens on, and why each other entry is
    no article, at its line; None for any text that is no e-reader's file of clippings."""
    found = entries(text)
    if found is None:
        return None
    pieces, skipped = [], []
    for k, entry in enumerate(found):
        if (why := why_no_article(entry, found[k + 1:])) is not None:
            skipped.append((entry.line - 1, why))  # (at its line of where it was marked)
        else:
            pieces.append((entry.line, "\n".join(entry.lines)))
    return pieces, skipped
