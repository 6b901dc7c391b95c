"""A spreadsheet's workbook as an archive office keeps its records: Excel's (.xlsx, and .xls of Excel
97–2003, read with openpyxl and xlrd) and OpenDocument's (.ods, its content.xml read as it is laid
out); each sheet read as the CSV it would be saved as, under its own header row."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from ..folders import files_under
from ..model import Article, Problem
from .records import read_csv

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
# A sheet is at most this many rows and columns wide, whatever a file says of itself (a row of
# empty cells repeated to the sheet's end, as OpenDocument writes it).
MAX_ROWS, MAX_COLUMNS = 200_000, 200


class Unreadable(Exception):
    """A workbook that is damaged or is not what its name says."""


# What a workbook's file opens with: Excel 97–2003's compound document, or the zip of the others; a
# search site's table saved as HTML and named .xls is read as the page it is.
_OPENINGS = {".xls": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".xlsx": b"PK", ".xlsm": b"PK", ".ods": b"PK"}


def is_workbook(path: Path) -> bool:
    """A file named as a workbook that opens as one (or is empty, a workbook never saved)."""
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return False
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError:
        return False
    return not head or head.startswith(_OPENINGS[path.suffix.lower()])


def read_workbook(path: Path, source: str) -> tuple[list[Article], list[Problem]]:
    """The articles of every sheet of a workbook, each sheet under its own header; a sheet with no
    header of articles is a problem naming it, where the workbook has others."""
    try:
        sheets = workbook_sheets(path)
    except Unreadable as error:
        return [], [Problem(source, None, f"a workbook that cannot be read ({error})")]
    articles: list[Article] = []
    problems: list[Problem] = []
    files = {name for p in files_under(path.parent) for name in (p.stem, p.name)}
    for name, rows in sheets:
        if not any(any(cell.strip() for cell in row) for row in rows):
            continue  # (Sheet2, Sheet3: the empty sheets a new workbook comes with)
        if catalogues(rows, files):
            problems.append(Problem(source, None, f"sheet {name!r} is a catalogue of the files under its folder (a column "
                                                  "names them), no articles of its own; skipped"))
            continue
        found, said = read_csv(_as_csv(rows), source)
        articles += found
        problems += [Problem(p.path, p.line, f"sheet {name!r}: {p.message}") if len(sheets) > 1 else p for p in said]
    if not sheets:
        problems.append(Problem(source, None, "a workbook with no sheet in it"))
    return articles, problems


def catalogues(rows: list[list[str]], files: set[str]) -> bool:
    """A sheet with a column naming the files under its folder (文件名: ZJRB1985-0312-01-001), most
    of its rows one: a library's catalogue of its texts, which hold the articles."""
    columns = max((len(row) for row in rows), default=0)
    for k in range(columns):
        cells = [row[k].strip() for row in rows[1:] if k < len(row) and row[k].strip()]
        if len(cells) >= 2 and 2 * sum(cell in files for cell in cells) >= len(cells):
            return True
    return False


def workbook_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    """Each sheet's name and its rows of cells as text (a day as 2006-10-09, a whole number with no .0)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".xls":
            return _xls_sheets(path)
        if suffix == ".ods":
            return _ods_sheets(path)
        return _xlsx_sheets(path)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, ElementTree.ParseError) as error:
        raise Unreadable(str(error) or type(error).__name__) from error
    except Exception as error:  # the readers' own errors (xlrd.XLRDError, openpyxl's InvalidFileException)
        if type(error).__module__.split(".")[0] in ("xlrd", "openpyxl"):
            raise Unreadable(str(error)) from error
        raise


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    import openpyxl
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [(sheet.title, [[_cell_text(v) for v in row[:MAX_COLUMNS]]
                               for row in sheet.iter_rows(max_row=MAX_ROWS, values_only=True)])
                for sheet in book.worksheets]
    finally:
        book.close()


def _xls_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    import xlrd
    book = xlrd.open_workbook(str(path), on_demand=True)
    sheets = []
    for k in range(book.nsheets):
        sheet = book.sheet_by_index(k)
        rows = []
        for r in range(min(sheet.nrows, MAX_ROWS)):
            cells = []
            for c in range(min(sheet.ncols, MAX_COLUMNS)):
                cell = sheet.cell(r, c)
                value = xlrd.xldate_as_datetime(cell.value, book.datemode) if cell.ctype == xlrd.XL_CELL_DATE else cell.value
                cells.append(_cell_text(value))
            rows.append(cells)
        sheets.append((sheet.name, rows))
    book.release_resources()
    return sheets


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _ods_sheets(path: Path) -> list[tuple[str, list[list[str]]]]:
    with zipfile.ZipFile(path) as pack:
        content = pack.read("content.xml")
    # (OpenOffice 2's files open with a DOCTYPE, which the parser is asked to ignore, never to fetch)
    root = ElementTree.fromstring(re.sub(rb"<!DOCTYPE[^>]*>", b"", content, count=1))
    sheets = []
    for table in root.iter(f"{{{_TABLE}}}table"):
        rows: list[list[str]] = []
        for row in table.iter(f"{{{_TABLE}}}table-row"):
            cells: list[str] = []
            for cell in row:
                if cell.tag not in (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell"):
                    continue
                text = cell.get(f"{{{_OFFICE}}}date-value", "")[:10] or "\n".join(
                    "".join(p.itertext()) for p in cell.iter(f"{{{_TEXT}}}p"))
                repeat = min(int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1")), MAX_COLUMNS - len(cells))
                cells += [text] * max(repeat, 0)
            while cells and not cells[-1]:
                cells.pop()  # (the empty cells repeated to the sheet's last column)
            repeat = int(row.get(f"{{{_TABLE}}}number-rows-repeated", "1"))
            rows += [cells] * (min(repeat, MAX_ROWS - len(rows)) if any(cells) else 1)
        while rows and not any(rows[-1]):
            rows.pop()
        sheets.append((table.get(f"{{{_TABLE}}}name", ""), rows))
    return sheets


def _as_csv(rows: list[list[str]]) -> str:
    """A sheet's rows as the CSV a spreadsheet saves, each row as wide as the widest."""
    width = max((len(row) for row in rows), default=0)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow(row + [""] * (width - len(row)))
    return out.getvalue()
