"""A page as an OCR system lays it out for a library (ALTO XML, an IIIF annotation list of its lines):
its lines block by block, as the plain text of a page the text-page reader reads (textpage.py).

ALTO sets each word (or each character) apart as a String, with SP elements where a space was seen
between them and HYP where a Latin word breaks at the line's end; a page of Chinese has no spaces
between its words, so only Latin words keep the space between them. tests/test_ocrlayout.py shows it.
"""
from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from xml.etree import ElementTree

from .tei import local_tag

LAID_OUT_PAGE = "page of several articles, from the OCR system's layout of its lines (ALTO, hOCR, an IIIF list)"

# The root of an ALTO file, whatever its version's namespace (alto/ns-v2#, ns-v3#, ns-v4#).
_ALTO_ROOT = re.compile(r"<(?:\w+:)?alto\b[^>]*loc\.gov/standards/alto", re.S)
# A line's id in an IIIF list of OCR lines, its region before it: …/anno/p01-r03-l002.
_REGION = re.compile(r"r(\d+)-l\d+$")


# A METS file's root: the structure of an issue, pointing at its pages' ALTO files.
_METS_ROOT = re.compile(r"<(?:\w+:)?mets\b[^>]*loc\.gov/METS", re.S)


def is_mets(text: str) -> bool:
    return bool(_METS_ROOT.search(text[:3000]))


def is_alto(text: str) -> bool:
    return bool(_ALTO_ROOT.search(text[:3000]))


def _joined(words: list[str]) -> str:
    """A line's words as printed: Latin words and figures a space apart, Chinese closed up."""
    line = ""
    for word in words:
        if line and re.match(r"[A-Za-z0-9]", word) and re.search(r"[A-Za-z0-9.,;:)]$", line):
            line += " "
        line += word
    return line


def parsed(text: str) -> ElementTree.Element | None:
    """An XML file's root, its text decoded already (the encoding it declares no longer its); None
    where it does not parse."""
    body = re.sub(r"^\ufeff?<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))  # (decoded already: its encoding said)
    try:
        return ElementTree.fromstring(body)
    except ElementTree.ParseError:
        return None


def alto_blocks(text: str) -> dict[str, list[str]]:
    """Each TextBlock of an ALTO page by its ID: its lines as printed."""
    root = parsed(text)
    return _blocks(root) if root is not None else {}


def _blocks(root: ElementTree.Element) -> dict[str, list[str]]:
    return {block.get("ID", ""): [line for line in (_joined([e.get("CONTENT", "") for e in text_line if local_tag(e) == "String"])
                                                    for text_line in block.iter() if local_tag(text_line) == "TextLine") if line.strip()]
            for block in root.iter() if local_tag(block) == "TextBlock"}


def alto_text(text: str) -> tuple[str, bool] | None:
    """The lines of an ALTO page, a blank line between its blocks, and whether the file was cut
    short (read as far as its lines go); None for a file that is no ALTO page."""
    if not is_alto(text):
        return None
    if (root := parsed(text)) is None:
        return _alto_lines_read(text), True
    return "\n\n".join("\n".join(lines) for lines in _blocks(root).values() if lines) + "\n", False


def _alto_lines_read(body: str) -> str:
    """The lines of an ALTO page cut short, read from its markup as far as it goes."""
    blocks = re.split(r"<(?:\w+:)?TextBlock\b", body)
    out = []
    for block in blocks[1:]:
        lines = [_joined([unescape(w) for w in re.findall(r"<(?:\w+:)?String\b[^>]*\bCONTENT=\"([^\"]*)\"", line)])
                 for line in re.split(r"<(?:\w+:)?TextLine\b", block)[1:]]
        out.append("\n".join(line for line in lines if line.strip()))
    return "\n\n".join(block for block in out if block) + "\n"


# hOCR (Tesseract's, OCRopus's, Kraken's HTML): a page's blocks and paragraphs (ocr_carea, ocr_par),
# its lines (ocr_line, or ocr_header, ocr_caption, ocr_textfloat as Tesseract 4 tells them), its words.
HOCR_SUFFIXES = (".hocr",)
_HOCR_PAGE = re.compile(r"""class=["']ocr_page["']""")
_HOCR_BLOCKS = ("ocr_carea", "ocr_par", "ocr_photo", "ocr_separator")
_HOCR_LINES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")
_VOID = {"meta", "br", "img", "link", "hr", "input", "area", "base", "col", "wbr"}


def is_hocr(text: str) -> bool:
    return bool(_HOCR_PAGE.search(text[:5000]))


class _HocrReader(HTMLParser):
    """The lines of an hOCR page, each paragraph a block of its own."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.words: list[str] | None = None  # the line being read
        self.word: list[str] | None = None
        self.open: list[str] = []  # the classes of the elements open, innermost last

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return  # (<meta>, <br>: no end to wait for)
        kind = next((c for c in (dict(attrs).get("class") or "").split() if c.startswith("ocr")), "")
        self.open.append(kind)
        if kind in _HOCR_BLOCKS and self.blocks[-1]:
            self.blocks.append([])
        elif kind in _HOCR_LINES:
            self.words = []
        elif kind == "ocrx_word":
            self.word = []

    def handle_startendtag(self, tag, attrs):
        pass  # (<meta/>, <br/>: nothing opened, nothing to read)

    def handle_endtag(self, tag):
        if tag in _VOID:
            return
        kind = self.open.pop() if self.open else ""
        if kind == "ocrx_word" and self.word is not None and self.words is not None:
            self.words.append("".join(self.word).strip())
            self.word = None
        elif kind in _HOCR_LINES and self.words is not None:
            if line := _joined([w for w in self.words if w]):
                self.blocks[-1].append(line)
            self.words = None

    def handle_data(self, data):
        if self.word is not None:
            self.word.append(data)
        elif self.words is not None and data.strip():
            self.words.append(data.strip())  # (a line of no word elements: its text as it stands)


def hocr_text(text: str) -> tuple[str, bool] | None:
    """The lines of an hOCR page, a blank line between its paragraphs, and whether the file was cut
    short (read as far as its lines go); None for a file that is no hOCR page."""
    if not is_hocr(text):
        return None
    reader = _HocrReader()
    reader.feed(text)
    reader.close()
    if reader.words is not None:  # (a file cut inside its last line, or its last word: as far as it goes)
        reader.blocks[-1].append(_joined(reader.words + (["".join(reader.word)] if reader.word else [])))
    laid = "\n\n".join("\n".join(lines) for lines in reader.blocks if lines)
    return (laid + "\n" if laid else ""), not re.search(r"</html>\s*$", text, re.I)


def annotation_list_text(text: str) -> str | None:
    """The lines of an IIIF annotation list of a page's OCR (sc:AnnotationList, each line's text in its
    resource's chars, as HTML), a blank line between the regions its lines' ids number; None for any
    other JSON."""
    if '"sc:AnnotationList"' not in text[:2000]:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    lines, region = [], None
    for note in data.get("resources", []):
        chars = (note.get("resource") or {}).get("chars", "") if isinstance(note, dict) else ""
        line = unescape(re.sub(r"<br\s*/?>", "\n", re.sub(r"<(?!br)[^>]+>", "", chars))).replace("\xa0", " ").strip()
        at = _REGION.search(str(note.get("@id", "")))
        if at and region is not None and at[1] != region:
            lines.append("")
        region = at[1] if at else region
        lines += [line] if line else []
    return "\n".join(lines) + "\n" if any(lines) else None
