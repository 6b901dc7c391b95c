"""An issue a library digitised to METS/ALTO: a METS file of the issue's structure (its pages, and
its articles as its logical map lists them, each pointing at the ALTO blocks it is printed in) over
ALTO files of its pages' OCR. Each article is read from its blocks, its heads from its HEADING's and
its text from the rest, as a one-article file is; its page is the page its first block is on.
tests/test_ocrlayout.py shows it on a small issue.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from xml.etree import ElementTree

from .ocrlayout import parsed
from .tei import local_tag

# The logical map's units that are no piece of the paper: the issue itself, its masthead.
_NOT_PIECES = {"newspaper", "issue", "volume", "title_section", "masthead", "section", "supplement"}
# Units a paper prints as adverts.
_ADVERTS = {"advertisement", "advert"}


@dataclass(frozen=True)
class MetsPiece:
    """An article the METS lists: its kind of unit, its title as catalogued, and the blocks of its
    heads and its text, each (ALTO file id, block id), in order."""

    kind: str
    title: str
    heads: tuple[tuple[str, str], ...]
    text: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Issue:
    """What an issue's METS file says: its ALTO files by their id (each one's path as its file section
    gives it, ./alto/….xml), the page each is as the physical map labels it, its pieces, its day, and
    the plain text files its file section lists beside them (./txt/….txt, its pages' OCR once more)."""

    alto_files: dict[str, str]
    pages: dict[str, str]
    pieces: tuple[MetsPiece, ...]
    day: tuple[int, int, int] | None
    page_texts: tuple[str, ...] = ()


def read_issue(text: str) -> Issue | None:
    """An issue's METS file read once, or None where it does not parse."""
    root = parsed(text)
    if root is None:
        return None
    files = _files(root)
    return Issue({file: href for file, href in files.items() if href.lower().endswith(".xml")}, _pages(root),
                 tuple(_pieces(root)), issue_day(text), tuple(href for href in files.values() if href.lower().endswith(".txt")))


def _files(root: ElementTree.Element) -> dict[str, str]:
    """Every file the file section lists, by its id: its path as given (file://./alto/00001.xml as ./alto/00001.xml)."""
    files = {}
    for group in (e for e in root.iter() if local_tag(e) == "fileGrp"):
        for file in (e for e in group.iter() if local_tag(e) == "file"):
            href = next((v for e in file.iter() if local_tag(e) == "FLocat" for k, v in e.attrib.items()
                         if k.endswith("href")), "")
            files[file.get("ID", "")] = re.sub(r"^file://", "", href)
    return files


def _pages(root: ElementTree.Element) -> dict[str, str]:
    """The page each file is, by its id (ORDERLABEL, else its order)."""
    out = {}
    for div in (e for e in root.iter() if local_tag(e) == "div" and e.get("TYPE", "").lower() == "page"):
        label = div.get("ORDERLABEL") or div.get("ORDER") or ""
        for pointer in (e for e in div if local_tag(e) == "fptr" and e.get("FILEID")):
            out[pointer.get("FILEID")] = label
    return out


def issue_day(text: str) -> tuple[int, int, int] | None:
    """The day of the issue its MODS gives (dateIssued: 19360512, 1936-05-12)."""
    for found in re.finditer(r"<(?:\w+:)?dateIssued\b[^>]*>\s*(\d{4})-?(\d{2})-?(\d{2})\s*<", text):
        return int(found[1]), int(found[2]), int(found[3])
    return None


def _pieces(root: ElementTree.Element) -> list[MetsPiece]:
    """The articles, adverts and pictures the logical map lists, in its order."""
    titles = {section.get("ID", ""): _mods_title(section) for section in root.iter() if local_tag(section) == "dmdSec"}
    logical = next((e for e in root.iter() if local_tag(e) == "structMap" and e.get("TYPE", "").upper() == "LOGICAL"), None)
    if logical is None:
        return []
    out = []
    for div in _units(logical):
        heads, rest = [], []
        for child in div.iter():
            if local_tag(child) != "area" or not child.get("BEGIN"):
                continue
            (heads if _under_heading(div, child) else rest).append((child.get("FILEID", ""), child.get("BEGIN")))
        title = titles.get(div.get("DMDID", ""), "") or div.get("LABEL", "")
        out.append(MetsPiece(div.get("TYPE", "").lower(), title, tuple(heads), tuple(rest)))
    return out


def _units(logical: ElementTree.Element) -> list[ElementTree.Element]:
    """The logical map's pieces: the outermost units below the issue that are none of its own."""
    found = []

    def walk(div: ElementTree.Element) -> None:
        for child in (e for e in div if local_tag(e) == "div"):
            if child.get("TYPE", "").lower() in _NOT_PIECES:
                walk(child)
            elif child.get("DMDID") or any(local_tag(e) == "area" for e in child.iter()):
                found.append(child)
    walk(logical)
    return found


def _under_heading(unit: ElementTree.Element, area: ElementTree.Element) -> bool:
    heading = [d for d in unit.iter() if local_tag(d) == "div" and d.get("TYPE", "").lower() in ("heading", "title")]
    return any(area in list(d.iter()) for d in heading)


def _mods_title(section: ElementTree.Element) -> str:
    """The title a MODS record gives, untranslated (its subTitle the heads' to tell)."""
    for info in (e for e in section.iter() if local_tag(e) == "titleInfo" and e.get("type") is None):
        return "".join(e.text or "" for e in info if local_tag(e) == "title").strip()
    return ""


def is_advert(piece: MetsPiece) -> bool:
    return piece.kind in _ADVERTS
