"""A word processor's documents as a newsroom keeps them, not converted: Word's .docx, an
OpenDocument .odt (LibreOffice, WPS) and .rtf (WordPad, old Word): each as the text file its
writer would have saved, a paragraph a line.

A head (a title's or heading's style, centred or bold throughout) and a short line holding no
sentence (a byline) are set flush, the text's paragraphs indented, so the text readers see the
shape the page had. A .docx or .odt is a zip of XML, read with the standard library as the EPUB
reader reads its own (a Word document's tracked insertions are its text, its deletions not);
an .rtf by striprtf, its code page as the file declares it.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
from xml.etree import ElementTree

from striprtf.striprtf import rtf_to_text
from xlrd.compdoc import CompDoc, CompDocError

DOCUMENT_SUFFIXES = (".docx", ".odt", ".rtf")
LEGACY_WORD = ".doc"  # Word 97–2003's binary document (WPS's too): read by its piece table (word97_text)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
# Title, Subtitle, Heading 2, 标题 1, 副标题, and a newsroom's own 引题, 肩题, 主题, 副题: a head's style.
_HEAD_STYLE = re.compile(r"^(?:title|subtitle|heading\s*\d*|标题\s*\d*|副标题|引题|肩题|眉题|主题|主标题|副题)$", re.I)


def document_text(data: bytes, suffix: str) -> str | None:
    """A document's text, a paragraph a line, or None where the bytes are no such document."""
    try:
        if suffix == ".rtf":
            return _rtf_text(data)
        with zipfile.ZipFile(io.BytesIO(data)) as document:
            return _docx_text(document) if suffix == ".docx" else _odt_text(document)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, UnicodeDecodeError, ValueError):
        return None


def set_as_printed(text: str, head: bool) -> str:
    """A paragraph as its page set it: a head or a short line with no sentence flush, text indented."""
    text = text.strip(" \t")
    short = len(text) <= 24 and not re.search(r"[。！？；]", text)
    return text if head or short or not text or text.startswith("\u3000") else f"\u3000\u3000{text}"


def _docx_text(document: zipfile.ZipFile) -> str:
    styles = {}
    if "word/styles.xml" in document.namelist():
        for style in ElementTree.fromstring(document.read("word/styles.xml")).iter(f"{_W}style"):
            name = style.find(f"{_W}name")
            styles[style.get(f"{_W}styleId")] = name.get(f"{_W}val") if name is not None else ""
    body = ElementTree.fromstring(document.read("word/document.xml")).find(f"{_W}body")
    lines = []
    for paragraph in body.iter(f"{_W}p"):
        style = paragraph.find(f"{_W}pPr/{_W}pStyle")
        named = styles.get(style.get(f"{_W}val"), style.get(f"{_W}val")) if style is not None else ""
        centred = paragraph.find(f"{_W}pPr/{_W}jc") is not None and paragraph.find(f"{_W}pPr/{_W}jc").get(f"{_W}val") == "center"
        runs = [run for run in paragraph.iter(f"{_W}r") if run.find(f"{_W}t") is not None]
        bold = bool(runs) and all(run.find(f"{_W}rPr/{_W}b") is not None for run in runs)
        # (w:t holds a run's text, inserted ones too; a deleted run's is w:delText)
        text = "".join("\t" if part.tag == f"{_W}tab" else "\n" if part.tag == f"{_W}br" else part.text or ""
                       for part in paragraph.iter() if part.tag in (f"{_W}t", f"{_W}tab", f"{_W}br"))
        head = bool(_HEAD_STYLE.match(named.strip())) or centred or bold
        lines += [set_as_printed(line, head) for line in text.split("\n")]
    return "\n".join(lines) + "\n"


def _odt_text(document: zipfile.ZipFile) -> str:
    content = ElementTree.fromstring(document.read("content.xml"))
    marked = {}  # an automatic style's name: whether it centres or sets bold, as a head is set
    for style in content.iter(f"{_STYLE}style"):
        paragraph, text = style.find(f"{_STYLE}paragraph-properties"), style.find(f"{_STYLE}text-properties")
        marked[style.get(f"{_STYLE}name")] = (paragraph is not None and paragraph.get(f"{_FO}text-align") == "center"
                                             or text is not None and text.get(f"{_FO}font-weight") == "bold")
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    lines = []
    for block in body.iter():
        if block.tag not in (f"{_TEXT}p", f"{_TEXT}h"):
            continue
        head = block.tag == f"{_TEXT}h" or marked.get(block.get(f"{_TEXT}style-name"), False)
        lines += [set_as_printed(line, head) for line in _odt_inline(block).split("\n")]
    return "\n".join(lines) + "\n"


def _odt_inline(element: ElementTree.Element) -> str:
    """A paragraph's text: its spans', its spaces (text:s, so many), tabs and line breaks."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag in (f"{_TEXT}span", f"{_TEXT}a"):
            parts.append(_odt_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _rtf_text(data: bytes) -> str | None:
    source = data.decode("latin-1")  # RTF is seven-bit text; its own code page reads its escapes
    if not source.lstrip().startswith("{\\rtf"):
        return None
    # (a line's end in RTF's source is no text: Word breaks its lines anywhere, even between a
    # character's two bytes, \'ca⏎\'d0, where the reader would lose the pair; after a backslash it is \par)
    source = re.sub(r"\r?\n", "", re.sub(r"\\\r?\n", r"\\par ", source))
    text = rtf_to_text(source, errors="ignore").replace("\x00", "")
    return "\n".join(set_as_printed(line, False) for line in text.split("\n")) + "\n"


# A field in a .doc's text: \x13 its code \x14 what it shows \x15 (a page number, a hyperlink's words).
_FIELD = re.compile(r"\x13[^\x13\x14\x15]*(?:\x14([^\x13\x15]*))?\x15")


def word97_text(data: bytes) -> str | None:
    """A Word 97–2003 document's main text, a paragraph a line, by its piece table (an .rtf or a
    .docx saved under .doc read as what it is); None where the bytes are no such document."""
    if data.lstrip().startswith(b"{\\rtf"):
        return _rtf_text(data)
    if data.startswith(b"PK"):
        return document_text(data, ".docx")
    try:  # (the compound file opened by xlrd's reader, as Excel 97's workbooks are)
        doc = CompDoc(data, logfile=io.StringIO())
        word = doc.get_named_stream("WordDocument")
        if struct.unpack_from("<H", word, 2)[0] < 0xC1:
            return None  # (Word 6 and 95 lay their header out otherwise)
        table = doc.get_named_stream("1Table" if struct.unpack_from("<H", word, 0x0A)[0] & 0x0200 else "0Table")
        chars, = struct.unpack_from("<I", word, 0x4C)  # ccpText: the main text's length, notes and headers after it
        fc_clx, lcb_clx = struct.unpack_from("<II", word, 0x01A2)
        clx = table[fc_clx:fc_clx + lcb_clx]
        k = 0
        while k < len(clx) and clx[k] == 0x01:  # property modifiers before the piece table
            k += 3 + struct.unpack_from("<H", clx, k + 1)[0]
        if k >= len(clx) or clx[k] != 0x02:
            return None
        size, = struct.unpack_from("<I", clx, k + 1)
        pieces = (size - 4) // 12
        starts = struct.unpack_from(f"<{pieces + 1}I", clx, k + 5)
        text = []
        for n in range(pieces):
            at, = struct.unpack_from("<I", clx, k + 5 + 4 * (pieces + 1) + 8 * n + 2)
            length = starts[n + 1] - starts[n]
            if at & 0x40000000:  # 8-bit text, Windows-1252, at half the offset
                text.append(word[(at & 0x3FFFFFFF) // 2:(at & 0x3FFFFFFF) // 2 + length].decode("cp1252", errors="replace"))
            else:
                text.append(word[at:at + 2 * length].decode("utf-16-le", errors="replace"))
    except (CompDocError, struct.error, TypeError, ValueError, IndexError):
        return None
    body = "".join(text)[:chars]
    while _FIELD.search(body):
        body = _FIELD.sub(lambda m: m[1] or "", body)
    body = body.translate({0x0D: "\n", 0x0B: "\n", 0x0C: "\n", 0x07: "\t"})
    return re.sub(r"[\x00-\x08\x0e-\x1f]", "", body)
