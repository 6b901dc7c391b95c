"""A crawl kept as WARC (wget --warc-file, Heritrix, Webrecorder): the pages of a paper's site it
holds, each read as the page saved alone would be, by warcio.

Only a page the site served whole (HTTP 200, HTML) is one; its address dates it where the site
files its pages by day (/html/2012-11/19/content_1197805.htm).
"""
from __future__ import annotations

import base64
import gzip
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from .decode import Undecodable, decode_source


@dataclass(frozen=True)
class ArchivedPage:
    number: int  # the record's place in the archive, counted from 1
    address: str
    html: str


def is_web_archive(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))


def archived_pages(path: Path) -> tuple[list[ArchivedPage], bool]:
    """The HTML pages an archive holds, in its order, and whether it stops inside a record (a copy
    cut short): its pages read up to there."""
    pages = []
    with path.open("rb") as stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                if record.rec_type != "response" or record.http_headers is None \
                        or record.http_headers.get_statuscode() != "200" \
                        or "html" not in (record.http_headers.get_header("Content-Type") or ""):
                    continue
                try:
                    html = decode_source(record.content_stream().read())
                except Undecodable:
                    continue
                pages.append(ArchivedPage(number, record.rec_headers.get_header("WARC-Target-URI") or "", html))
        except (ArchiveLoadFailed, EOFError, zlib.error):
            return pages, True
    return pages, _cut_short(path)


def _cut_short(path: Path) -> bool:
    """Whether a compressed archive's last member stops before its end (a copy cut short)."""
    if not path.name.lower().endswith(".gz"):
        return False
    try:
        with gzip.open(path) as whole:
            while whole.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error):
        return True
    return False


# A browser's record of a session (its devtools' HAR export): each response the page was served, the
# API's JSON among them, its body as text or base64.
HAR_SUFFIXES = (".har",)


def har_responses(text: str) -> list[tuple[int, str]] | None:
    """The JSON bodies a HAR file's responses hold, each with its entry's number (from 1), decoded as
    any source is; None for a file that is no HAR."""
    try:
        entries = json.loads(text.lstrip("\ufeff"))["log"]["entries"]
    except (ValueError, KeyError, TypeError):
        return None
    bodies = []
    for number, entry in enumerate(entries if isinstance(entries, list) else [], 1):
        content = (entry.get("response") or {}).get("content") or {} if isinstance(entry, dict) else {}
        body = content.get("text") or "" if isinstance(content, dict) else ""
        if body and content.get("encoding") == "base64":
            try:
                body = decode_source(base64.b64decode(body))
            except (ValueError, Undecodable):
                continue
        if body.lstrip()[:1] in ("{", "["):  # (the API's JSON; the page's HTML, scripts and pictures aside)
            bodies.append((number, body))
    return bodies
