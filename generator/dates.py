"""When was a page printed? Inferred from what its articles say, with the evidence kept."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass

from .model import IssueDate

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")
_MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日")
# "截至3月中旬" reports a state reached by the time of printing, as a dated event does.
_REACHED = re.compile(r"截至(\d{1,2})月(?:上旬|中旬|下旬|底|末)")
_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日电$")


@dataclass(frozen=True)
class Mention:
    """A date-like phrase on a page and where it stands (file:line)."""

    text: str
    where: str


def find_mentions(text: str, where: str) -> list[Mention]:
    found = [m.group(0) for pattern in (_YEAR, _MONTH_DAY, _REACHED) for m in pattern.finditer(text)]
    return [Mention(t, where) for t in found]


def _latest_month(months: list[int]) -> int:
    # A January page looks back at December: across the new year, 1 and 2 come after 11 and 12.
    wraps = any(m >= 11 for m in months) and any(m <= 2 for m in months)
    return max(months, key=lambda m: m + 12 if wraps and m <= 2 else m)


def infer_issue_date(mentions: list[Mention], datelines: list[str] = (),
                     printed: tuple[int, int, int] | None = None, where: str = "") -> IssueDate:
    """The issue date of a page: printed date line, else dateline day, else latest dated month, else year."""
    if printed:
        y, m, d = printed
        try:
            return IssueDate(dt.date(y, m, d), "day", "printed", (f"版面日期 {y}年{m}月{d}日 ({where})",))
        except ValueError:
            pass
    evidence = tuple(f"{m.text} ({m.where})" for m in mentions)
    years = [int(y) for m in mentions for y in _YEAR.findall(m.text)]
    months = [int(mo) for m in mentions for mo, d in _MONTH_DAY.findall(m.text) if 1 <= int(mo) <= 12]
    months += [int(mo) for m in mentions for mo in _REACHED.findall(m.text) if 1 <= int(mo) <= 12]
    if not years:
        return IssueDate(evidence=evidence)
    year = max(years)
    for dateline in datelines:
        day = _DATELINE_DAY.search(dateline)
        if day:
            try:
                value = dt.date(year, int(day[1]), int(day[2]))
            except ValueError:
                continue
            return IssueDate(value, "day", "inferred", (f"{dateline} ({where})",) + evidence)
    if months:
        return IssueDate(dt.date(year, _latest_month(months), 1), "month", "inferred", evidence)
    return IssueDate(dt.date(year, 1, 1), "year", "inferred", evidence)


# 2022-11-03, 2022/11/3, 2022.11.03, 2022年11月3日, 20221103, 2022-11, 2022年11月, 2022; a
# time after the day (2022-11-03T08:00:00+08:00, as records files export it) is left aside.
_STATED = re.compile(r"^(\d{4})(?:(\d{2})(\d{2})|\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?)?"
                     r"(?:[T\s]\d{1,2}:\d{2}\S*)?$")


_DOTNET_DATE = re.compile(r"/?Date\((?P<ms>-?\d{10,13})(?:[+-]\d{4})?\)/?")
_DAY_FIRST = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
# 16/03/2021 (a British or Hong Kong spreadsheet's) or 03/16/2021 (an American one's).
SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def slashed_order(text: str) -> str | None:
    """"day" or "month": which comes first in a slashed date, where its numbers tell (16/03/2021:
    the day); None where either could (05/03/2021) or it is no slashed date."""
    m = SLASHED.match(text.strip())
    if not m or (int(m[1]) > 12) == (int(m[2]) > 12):
        return None
    return "day" if int(m[1]) > 12 else "month"


def read_slashed(text: str, order: str) -> str:
    """A slashed date as YYYY-MM-DD, its day first or its month."""
    m = SLASHED.match(text.strip())
    day, month = (m[1], m[2]) if order == "day" else (m[2], m[1])
    return f"{m[3]}-{int(month):02d}-{int(day):02d}"
CHINA = dt.timezone(dt.timedelta(hours=8))


def _spelled_month(text: str) -> str | None:
    """March 7, 2024, Mar 7 2024 or 7 March 2024 as 2024-03-07; None for any other text."""
    cleaned = re.sub(r"\s+", " ", text.replace(",", " ").replace(".", " ")).strip()
    for form in ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return dt.datetime.strptime(cleaned, form).date().isoformat()
        except ValueError:
            continue
    return None


# A feed's moment, as RSS writes it (RFC 822): Mon, 08 May 2023 05:30:00 +0800.
_RFC_822 = re.compile(r"^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")


def parse_stated_date(value: object, source: str) -> IssueDate:
    """A date a person wrote (front matter, sidecar, record): 2022-11-03, 2022-11, 2022, 03.11.2022
    or a YAML date."""
    text = re.sub(r"\s?(?:UTC|GMT)$", "Z", str(value).strip())  # 2023-09-01 06:00:00 UTC, as a CMS prints it
    # 2021-04-04T16:00:00Z, and as Jekyll writes a post's moment: 2018-03-05 06:30:00 +0800
    if isinstance(value, str) and re.search(r"\d[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})$", text):
        try:
            value = dt.datetime.fromisoformat(re.sub(r"\s?([+-]\d{2}):?(\d{2})$", r"\1:\2", text.replace("Z", "+00:00")))
        except ValueError:
            pass
    if isinstance(value, str) and _RFC_822.match(text):
        try:  # Mon, 08 May 2023 05:30:00 +0800: a feed's pubDate
            value = email.utils.parsedate_to_datetime(str(value).strip())
        except (TypeError, ValueError):
            pass
    if isinstance(value, str) and (dotnet := _DOTNET_DATE.fullmatch(text)):
        value = dotnet["ms"]  # /Date(1589212800000)/: a moment as .NET's JSON writes it (its zone aside)
    if isinstance(value, (int, str)) and not isinstance(value, bool) and re.fullmatch(r"1\d{9}(?:\d{3})?", str(value).strip()):
        # 1662498600, 1662498600000: seconds (or milliseconds) since 1970, as a CMS's API stores a moment
        seconds = int(str(value).strip())
        value = dt.datetime.fromtimestamp(seconds / 1000 if seconds > 10**11 else seconds, dt.timezone.utc)
    if isinstance(value, dt.datetime):
        # a moment with its zone (2021-04-04T16:00:00Z, as a CMS stores it) falls on a day of the
        # paper's own clock, China's
        moment = value.astimezone(CHINA) if value.tzinfo else value
        return IssueDate(moment.date(), "day", source)
    if isinstance(value, dt.date):
        return IssueDate(value, "day", source)
    if spelled := _spelled_month(text):  # March 7, 2024: an English-language tool's date (Notion's)
        text = spelled
    text = re.sub(r"(?<=年)[元正]月", "1月", text)  # 1965年元月7日: January, as the year's first month is called
    if short := re.fullmatch(r"(\d{2})(?:[.\-](\d{1,2})[.\-](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)", text):
        # 98.7.15, 87-05-12, 76年10月8日: a typist's year in two figures, 00–49 this century's, 50–99 the last's
        short = (short[0], short[1], short[2] or short[4], short[3] or short[5])
        year = int(short[1]) + (2000 if int(short[1]) < 50 else 1900)
        text = f"{year}-{int(short[2]):02d}-{int(short[3]):02d}"
    if day_first := _DAY_FIRST.match(text):  # 03.11.2020: a European export's day, month, year
        text = f"{day_first[3]}-{int(day_first[2]):02d}-{int(day_first[1]):02d}"
    if order := slashed_order(text):
        text = read_slashed(text, order)
    elif SLASHED.match(text):
        raise ValueError(f"not a date: {value!r} (its day and its month could be either way round: "
                         "use YYYY-MM-DD)")
    m = _STATED.match(text)
    if not m:
        raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)")
    month, day = m[2] or m[4], m[3] or m[5]
    y, mo, d = int(m[1]), int(month or 1), int(day or 1)
    try:
        date = dt.date(y, mo, d)
    except ValueError as error:
        raise ValueError(f"not a date: {value!r} ({error})") from None
    precision = "day" if day else "month" if month else "year"
    return IssueDate(date, precision, source)
