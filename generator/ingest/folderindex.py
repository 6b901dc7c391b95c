"""A folder's index of its files (index.csv, 目录.csv, a CMS's index.json or manifest.csv): a row
for each file, naming it, with the day and page it was printed on, as a microfilm's or a library's
scans keep them beside the scans; and where the files hold bodies alone, as a newsroom system
exports them, the heads the row gives each."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path, PurePosixPath

from ..hanzi import simplified
from ..model import IssueDate
from . import rules
from .paths import page_label
from .records import delimiter, record_fields

# What an index is called: index.csv, index.json, manifest.csv, 目录.csv, 索引.csv, 篇目.csv.
_INDEX_NAME = re.compile(r"^(?:index|catalog(?:ue)?|manifest|目录|索引|篇目)$", re.I)
# Its columns of the day and the page (出版日期, 日期, date; 版次, 版, page).
_DAY = re.compile(r"日期|出版|date", re.I)
_PAGE = re.compile(r"^(?:版次|版|版号|page)$", re.I)


def folder_index_of(folder: Path) -> Path | None:
    """The index a folder keeps of its files, if any: named as one, or a sheet whose first column
    names them (文件名,标题,见报日期,版次: a photo desk's register of what was printed)."""
    sheets = [p for p in sorted(folder.glob("*.*")) if p.suffix.lower() in (".csv", ".json")]
    return next((p for p in sheets if _INDEX_NAME.match(simplified(p.stem))), None) \
        or next((p for p in sheets if p.suffix.lower() == ".csv" and (_names_files(p) or _registers_issues(p))), None)


# A register of a paper's issues: its columns of the issue's number and the day it came out
# (年份,期号,总期号,出版日期,…), as an archive keeps one beside files named by the issue (第12期第2版_03.txt).
_ISSUE_COLUMN = re.compile(r"^(?:期号|期数|期次|刊期号|issue(?:_no)?)$", re.I)
_YEAR_COLUMN = re.compile(r"^(?:年份|年|year)$", re.I)


def _head_of(sheet: Path) -> list[str]:
    with sheet.open("rb") as f:
        data = f.readline(4096)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030", "replace")
    return [cell.strip() for cell in text.strip().split(",")]


def _registers_issues(sheet: Path) -> bool:
    return _names_issues(_head_of(sheet))


def _names_issues(head: list[str]) -> bool:
    return any(map(_ISSUE_COLUMN.match, head)) and any(_DAY.search(cell) for cell in head)


def is_issue_register(text: str) -> bool:
    """A sheet whose head names an issue's number and its day (年份,期号,出版日期), no articles."""
    head = [cell.strip() for cell in text.lstrip("\ufeff").split("\n", 1)[0].split(",")]
    return _names_issues(head) and not any(re.fullmatch(r"标题|题目|题名|title", cell, re.I) for cell in head)


# The head of a sheet's column of file names.
_FILE_COLUMN = re.compile(r"^(?:文件名|文件名称|檔名|档名|filename|file_name|file)$", re.I)


def _names_files(sheet: Path) -> bool:
    with sheet.open("rb") as f:
        head = f.readline(4096).decode("utf-8-sig", "replace")
    return bool(_FILE_COLUMN.match(head.split(",")[0].strip()))


def indexed_row(text: str, index_name: str, file_name: str, where: str = "") -> tuple[int, dict] | None:
    """The line and the fields (as written) of the index's row naming the file, by its name or,
    as a system's manifest does, by its name without its suffix (its id), or, in a register of
    issues, the row of the issue its name gives (`where`: its path, whose folders give the year)."""
    stem = Path(file_name).stem
    # (IMG_20210708_190245 - 副本.txt, a copy, is on its original's row)
    original = re.sub(r"(?:\s*[（(]\d+[)）]|\s*-\s*(?:副本|複製|复制|Copy)(?:\s*[（(]\d+[)）])?|_copy)$", "", stem, flags=re.I)
    names = {file_name, original + Path(file_name).suffix} | ({stem} if len(stem) >= 4 and not stem.isdigit() else set())
    rows = _json_rows(text) if index_name.lower().endswith(".json") else _csv_rows(text)
    return next(((line, row) for line, row in rows
                 if any(str(value).strip() in names for value in row.values() if not isinstance(value, (dict, list)))), None) \
        or _issue_row(rows, where or file_name)


# 第12期, 第5-6期 in a file's name: the issue it is of.
_ISSUE_IN_NAME = re.compile(r"第\s*(\d{1,4})(?:\s*[-—–~]\s*\d{1,4})?\s*期")


def _issue_row(rows: list[tuple[int, dict]], where: str) -> tuple[int, dict] | None:
    """The register's row of the issue a file's name gives (临溪报第12期第2版_03.txt), in the year
    its folder or name gives where the register numbers each year's issues from one."""
    named = _ISSUE_IN_NAME.search(PurePosixPath(where).stem)
    if named is None:
        return None
    number = int(named[1])
    year = next((m[0] for part in reversed(PurePosixPath(where).parts) if (m := re.search(r"(?:19|20)\d{2}", part))), None)
    for line, row in rows:
        issue = next((str(v) for k, v in row.items() if _ISSUE_COLUMN.match(str(k).strip())), "")
        numbers = [int(n) for n in re.findall(r"\d{1,4}", issue)]
        spans = number in numbers or len(numbers) == 2 and numbers[0] <= number <= numbers[1]
        listed_year = next((str(v).strip() for k, v in row.items() if _YEAR_COLUMN.match(str(k).strip())), None)
        if spans and (listed_year is None or year is None or listed_year == year):
            return line, row
    return None


def indexed_heads(found: tuple[int, dict] | None) -> dict:
    """What the row naming a file (indexed_row) says of its article beyond its day and page (title,
    kicker, subtitle, kind, order, paper), where it gives its title: the heads a body alone was exported without."""
    fields = record_fields(found[1]) if found else {}
    return {key: value for key, value in fields.items() if key in ("title", "kicker", "subtitle", "kind", "order", "paper")} \
        if fields.get("title") else {}


def indexed_day_and_page(found: tuple[int, dict] | None, file_name: str, named: str) \
        -> tuple[IssueDate | None, str | None, tuple[int, str] | None]:
    """The day and page an index (`named`) gives a file on the row naming it (indexed_row; None where
    it gives none), and the line and words of what is wrong with its day, if anything is."""
    if found is None:
        return None, None, None
    line, row = found
    day = next(filter(None, (_day(str(value)) for key, value in row.items() if _DAY.search(str(key)))), None)
    # (01, 第1版, A07: as a page is written)
    page = next((page_label(str(value)) for key, value in row.items()
                 if _PAGE.match(str(key)) and re.fullmatch(r"(?:第\s*)?[A-Za-z]?0*[1-9]\d{0,2}\s*版?", str(value).strip())), None)
    try:
        return (IssueDate(dt.date(*day), "day", "path", (f"索引 {named} 第{line}行",)) if day else None), page, None
    except ValueError as error:  # 1958-02-30: no day
        return None, page, (line, f"the row of {file_name} gives no day there is ({error}); its date is inferred instead")


def _csv_rows(text: str) -> list[tuple[int, dict]]:
    text = text.lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter(text)))
    head = [cell.strip() for cell in rows[0]] if rows else []
    return [(k, dict(zip(head, row))) for k, row in enumerate(rows[1:], 2)]


def _json_rows(text: str) -> list[tuple[int, dict]]:
    """{"issue_date": …, "articles": [{…}, …]}, or the list alone: each row with the plain fields
    of the object holding the list (the issue's day, the paper) where it has none of its own."""
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError:
        return []
    if isinstance(data, dict) and "iiif.io" in str(data.get("@context", "")):
        return _iiif_rows(data, text)
    outer = {k: v for k, v in data.items() if not isinstance(v, (dict, list))} if isinstance(data, dict) else {}
    listed = next((v for v in data.values() if isinstance(v, list)), []) if isinstance(data, dict) else data
    rows, at = [], 0
    for row in (r for r in listed if isinstance(r, dict)):
        first = next((json.dumps(v, ensure_ascii=False) for v in row.values() if not isinstance(v, (dict, list))), "")
        at = max(text.find(first, at), at)  # the line its first field is on
        rows.append((text.count("\n", 0, at) + 1, {**outer, **row}))
        at += 1
    return rows


def _iiif_rows(data: dict, text: str) -> list[tuple[int, dict]]:
    """A IIIF manifest of an issue (Presentation 2's sequences of canvases, 3's items): a row for each
    file a page's OCR is in (its seeAlso, its rendering), with the page its label names and the day
    the manifest gives (its navDate, its 日期, a day in its label)."""
    sequence = next(iter(_listed(data.get("sequences"))), {})
    canvases = _listed(sequence.get("canvases") if isinstance(sequence, dict) else None) if "sequences" in data \
        else _listed(data.get("items"))
    dated = next((_words(item.get("value")) for item in _listed(data.get("metadata")) if isinstance(item, dict)
                  and _DAY.search(_words(item.get("label")))), "")
    day = str(data.get("navDate") or "")[:10] or dated or _words(data.get("label"))
    rows = []
    for canvas in (c for c in canvases if isinstance(c, dict)):
        links = [link for key in ("seeAlso", "rendering") for link in _listed(canvas.get(key)) if isinstance(link, dict)]
        for link in links:
            name = PurePosixPath(str(link.get("@id") or link.get("id") or "")).name
            rows.append((text.count("\n", 0, max(text.find(name), 0)) + 1, {"file": name, "版次": _words(canvas.get("label")), "日期": day}))
    return rows


def _listed(value) -> list:
    """A manifest's value as a list: a list as it is, one object alone its list, anything else none."""
    return value if isinstance(value, list) else [value] if isinstance(value, dict) else []


def _words(value) -> str:
    """A IIIF label or value's words: as they stand (Presentation 2), or the first of a language's
    (3: {"zh": ["第1版"]})."""
    if isinstance(value, dict):
        value = next(iter(value.values()), "")
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value or "")


def _day(value: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?\s*|\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*", value)
    if m and m[4]:
        return int(m[4]), int(m[5]), int(m[6])  # 19921014
    return (int(m[1]), int(m[2]), int(m[3])) if m else rules.printed_date(value)
