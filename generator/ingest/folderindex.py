"""A folder's index of its files (index.csv, 目录.csv): a row for each file, naming it, with the day
and page it was printed on, as a microfilm's or a library's scans keep them beside the scans."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from ..hanzi import simplified
from ..model import IssueDate
from . import rules
from .records import delimiter

# What an index is called: index.csv, 目录.csv, 索引.csv, 篇目.csv.
_INDEX_NAME = re.compile(r"^(?:index|catalog(?:ue)?|目录|索引|篇目)$", re.I)
# Its columns of the day and the page (出版日期, 日期, date; 版次, 版, page).
_DAY = re.compile(r"日期|出版|date", re.I)
_PAGE = re.compile(r"^(?:版次|版|版号|page)$", re.I)


def folder_index_of(folder: Path) -> Path | None:
    """The index a folder keeps of its files, if any."""
    return next((p for p in sorted(folder.glob("*.csv")) if _INDEX_NAME.match(simplified(p.stem))), None)


def indexed_day_and_page(text: str, file_name: str, named: str) \
        -> tuple[IssueDate | None, str | None, tuple[int, str] | None]:
    """The day and page an index gives the file on the row naming it (None where it gives none), and
    the line and words of what is wrong with its day, if anything is."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter(text.lstrip("\ufeff"))))
    head = [cell.strip() for cell in rows[0]] if rows else []
    line, row = next(((k, dict(zip(head, row))) for k, row in enumerate(rows[1:], 2)
                      if any(cell.strip() == file_name for cell in row)), (None, None))
    if row is None:
        return None, None, None
    day = next(filter(None, (_day(value) for key, value in row.items() if _DAY.search(key))), None)
    page = next((value.strip().lstrip("0") for key, value in row.items()
                 if _PAGE.match(key) and value.strip().isdigit() and value.strip().lstrip("0")), None)
    try:
        return (IssueDate(dt.date(*day), "day", "path", (f"索引 {named} 第{line}行",)) if day else None), page, None
    except ValueError as error:  # 1958-02-30: no day
        return None, page, (line, f"the row of {file_name} gives no day there is ({error}); its date is inferred instead")


def _day(value: str) -> tuple[int, int, int] | None:
    m = re.fullmatch(r"\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?\s*", value)
    return (int(m[1]), int(m[2]), int(m[3])) if m else rules.printed_date(value)
