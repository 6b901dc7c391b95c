"""A crawl kept as WARC (wget --warc-file, Heritrix, Webrecorder): the pages of a paper's site it
holds, each read as the page saved alone would be, by warcio.

Only a page the site served whole (HTTP 200, HTML) is one; its address dates it where the site
files its pages by day (/html/2012-11/19/content_1197805.htm).
"""
from __future__ import annotations

import gzip
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
