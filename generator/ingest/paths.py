"""What a source's path says: the issue date, the page (版) and the place on the page.

Crawlers and newsroom systems file one article per file under folders of dates:
`2020年2月/20200201/20200201-06-04.txt` is the 4th article of page 6 of 1 February 2020.
Each rule below reads one way of writing it; tests/test_paths.py shows each on its names.
A setting (`Config.path_pattern`) reads any other scheme, as Jekyll and Hugo read dates
from file names.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from ..model import UNDATED, IssueDate
from .rules import read_number

_YEAR = r"(?P<year>(?:19|20)\d{2})"
# 20200201, 2020-02-01, 2020_02_01, 2020.02.01, 2020年2月1日; never inside a longer number.
_FULL_DATE = re.compile(
    rf"(?<!\d){_YEAR}(?:(?P<month>\d{{2}})(?P<day>\d{{2}})"
    rf"|(?P<sep>[-_.])(?P<month2>\d{{1,2}})(?P=sep)(?P<day2>\d{{1,2}})"
    rf"|年(?P<month3>\d{{1,2}})月(?P<day3>\d{{1,2}})日?)(?!\d)")
# 二〇一九年五月十日: the date spelt out as the paper's head prints it.
_SPELT_DATE = re.compile(r"(?P<year>[一二][〇○零一二三四五六七八九]{3})年(?P<month>[一二三四五六七八九十]{1,2})月"
                         r"(?P<day>[一二三四五六七八九十廿卅]{1,3})[日号]")
# Taiwan's papers count years from 1912, the Republic's first: 民國112年10月5日 is 2023's
# (中華民國112年10月5日, 民国112年10月05日).
_ROC_DATE = re.compile(r"(?:中[華华])?民[國国](?P<year>\d{1,3})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日?(?!\d)")
# 1121006: the same date in figures alone (year 112, October 6), as Taiwan's archives name folders;
# seven figures are often an id, so only a whole folder or a whole part of a file's name.
_ROC_COMPACT = re.compile(r"(?:^|(?<=[-_ .]))(?P<year>\d{3})(?P<month>\d{2})(?P<day>\d{2})(?=$|[-_ .])")
_ROC_YEARS = range(1, 151)  # 1912 to 2061: a plausible year of the Republic
_YEAR_MONTH = re.compile(rf"(?<!\d){_YEAR}(?:[-_.]|年)(?P<month>\d{{1,2}})月?(?!\d)")
_YEAR_PART = re.compile(rf"^{_YEAR}年?$")
_NUMBER_PART = re.compile(r"^(?P<n>\d{1,2})[月日号]?$")
_MONTH_DAY_PART = re.compile(r"^(?P<month>\d{2})(?P<day>\d{2})(?=$|[-_ ])")  # 0305, 0712_第三版_01
# 民國二十六年, 民国26年: a folder of a year of the Republic (1937).
_ROC_YEAR_PART = re.compile(r"^(?:中[華华])?民[國国](?P<n>\d{1,3}|[〇一二三四五六七八九十百]{1,5})年$")
# A name opening with the month of the issue it is from, no day: 1963年11月第412期第2版_….
_MONTH_FIRST = re.compile(rf"^{_YEAR}年(?P<month>\d{{1,2}})月(?![\d日])")
_YEAR_MONTH_PART = re.compile(rf"^{_YEAR}(?P<month>\d{{2}})$")
# After the date in a file's name: its page and its place on the page (-06-04, _A3_2).
_POSITION = re.compile(r"^[-_ ]+(?P<page>[A-Za-z]?\d{1,3})(?:[-_ ]+(?P<order>\d{1,3}))?(?=$|[-_ ])")
# A page named in a folder or file name: 第06版, 06版, A3版.
# 第06版, A3版; p07 or page7 as a part of its own (2016-05-04_jiangcheng-wanbao_p07_shi-min-re-xian);
# 溪川日报第4版: 第 run on from the paper's name.
_PAGE_PART = re.compile(r"(?:(?:^|[-_ ]|(?<=[\u4e00-\u9fff\d])(?=第))(?:第?(?P<page>[A-Za-z]?\d{1,3})版|第(?P<spelt>[一二三四五六七八九十]{1,3})版"
                        r"|(?:p|page)(?P<numbered>\d{1,3})(?=$|[-_ ]))"
                        r"|[（(]第?(?P<bracketed>[一二三四五六七八九十]{1,3}|\d{1,3})版[）)]$"  # …开工（三版）
                        # 7月16日 二版 抗旱, 1983年5月 县报 头版 水库竣工: a page spelt short, between spaces
                        r"|(?:^|(?<=[ _-]))(?:(?P<short>[一二三四五六七八九十]{1,3})|(?P<front>头))版(?=$|[ _-]))", re.I)


# .txt, .docx, .warc: a suffix naming a kind; 96.3.12 社论 (a keeper's dots), M.857355753.A (a board's
# letter) and 10482 name none.
_KIND_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,7}$")


def kind_suffix(name: str) -> str:
    """The suffix a file's name ends on where it names a kind of file, else ""."""
    m = _KIND_SUFFIX.search(name)
    return m[0] if m else ""


@dataclass(frozen=True)
class PathFacts:
    issue_date: IssueDate = UNDATED
    page: str | None = None
    order: int | None = None


def _date(year: str, month: str, day: str | None, evidence: str) -> IssueDate:
    try:
        value = dt.date(int(year), int(month), int(day or 1))
    except ValueError:
        return UNDATED
    return IssueDate(value, "day" if day else "month", "path", (f"路径 {evidence}",))


def date_in_name(name: str, where: str, whole: bool = False) -> tuple[IssueDate, int]:
    """A whole date written in one name (20200201-06-04, 2020-02-01, 2020年2月1日, 二〇二〇年二月一日, 民國112年10月5日,
    1121006-A02-01), and where in the name it ends; (UNDATED, -1) if there is none. A folder's
    name (whole) is an ROC date in seven figures only if that is all it is."""
    for m in _FULL_DATE.finditer(name):
        month = m["month"] or m["month2"] or m["month3"]
        day = m["day"] or m["day2"] or m["day3"]
        date = _date(m["year"], month, day, where)
        if date.known:
            return date, m.end()
    for m in _SPELT_DATE.finditer(name):
        date = _date(str(read_number(m["year"])), str(read_number(m["month"])), str(read_number(m["day"])), where)
        if date.known:
            return date, m.end()
    for m in _DOTTED_SHORT.finditer(name):
        date = _date("19" + m["yy"], m["month"], m["day"], where)
        if date.known:
            return date, m.end()
    return roc_date_in_name(name, where, whole)


# 县报83.5.12第二版: a day of the last century written short with dots, as a keeper names a clipping
# (two figures of the 1940s to the 1990s; later ones, 03.5.12, are as often a version's number).
_DOTTED_SHORT = re.compile(r"(?<![\d.])(?P<yy>[4-9]\d)\.(?P<month>\d{1,2})\.(?P<day>\d{1,2})(?![\d.])")


def roc_date_in_name(name: str, where: str, whole: bool = False) -> tuple[IssueDate, int]:
    """A date of the Republic of China's calendar in a name (民國112年10月05日, 1121006), as
    Taiwan's and Hong Kong's archives write it; (UNDATED, -1) if there is none."""
    found = [*_ROC_DATE.finditer(name)]
    found += [m for m in [_ROC_COMPACT.fullmatch(name)] if m] if whole else [*_ROC_COMPACT.finditer(name)]
    for m in sorted(found, key=lambda m: m.start()):
        if int(m["year"]) in _ROC_YEARS:
            date = _date(str(int(m["year"]) + 1911), m["month"], m["day"], where)
            if date.known:
                return date, m.end()
    return UNDATED, -1


def date_in_folders(folders: list[str], where: str) -> IssueDate:
    """A date spelt over nested folders: 2020/02/01, 2020年/2月/1日, 2020年2月/1, 2020/0201,
    202002/01; or the month alone (2020年2月/, 2020-02/, 2020/02/, 202002/), to month precision."""
    for i in range(len(folders) - 1, -1, -1):
        year = year_of_folder(folders[i])
        month_day = _MONTH_DAY_PART.match(folders[i + 1]) if year and i + 1 < len(folders) else None
        if month_day and (date := _date(year, month_day["month"], month_day["day"], where)).known:
            return date
        month = _NUMBER_PART.match(folders[i + 1]) if year and i + 1 < len(folders) else None
        if year and month:
            date = _date(year, month["n"], _day_folder(folders[i + 2:i + 3], month["n"]), where)
            if date.known:
                return date
        # (2009年3月飞腾文本/, Word稿_2015年6月下旬/: the month a folder names among the words of what it holds)
        year_month = _YEAR_MONTH.fullmatch(folders[i]) or _YEAR_MONTH_PART.match(folders[i]) \
            or re.search(rf"(?<!\d){_YEAR}年(?P<month>\d{{1,2}})月(?=[^\W\d_]|$)", folders[i])
        if year_month:
            date = _date(year_month["year"], year_month["month"], _day_folder(folders[i + 1:i + 2], year_month["month"]),
                         where)
            if date.known:
                return date
    return UNDATED


def year_of_folder(folder: str) -> str | None:
    """The year a folder names: 2020, 2020年, or a year of the Republic, 民國二十六年 (1937)."""
    if m := _YEAR_PART.match(folder):
        return m["year"]
    if (m := _ROC_YEAR_PART.match(folder)) and (n := read_number(m["n"])) in _ROC_YEARS:
        return str(1911 + n)
    return None


def _day_folder(folder: list[str], month: str) -> str | None:
    """The day a folder under its month's names: 01, 1日, or the day spelt with its month again
    (2021/03/0305, 2021-09/0914); None if there is no such folder."""
    if not folder:
        return None
    if day := _NUMBER_PART.match(folder[0]):
        return day["n"]
    again = _MONTH_DAY_PART.match(folder[0])
    return again["day"] if again and int(again["month"]) == int(month) else None


def position_in_name(rest: str) -> tuple[str | None, int | None]:
    """The page and place that follow the date in a file's name: -06-04 → ("6", 4); a number
    alone before the title (0312-01 两会精神宣讲) the item's place in the day, no page; before the
    page's name (20220608_04_国际) the page."""
    m = _POSITION.match(rest)
    if not m:
        return None, None
    # (kjrb_20220608_04_国际: a name of four characters or fewer joined on to the number is its page's, no
    # title; 0312-03 智慧停车, set apart by a space, a title however short)
    if not m["order"] and re.fullmatch(r"\d{1,3}", m["page"]) and re.match(r"[-_ ]+[^\d\s-]", rest[m.end():]) \
            and not re.fullmatch(r"[-_]+[\u4e00-\u9fff]{2,4}版?", rest[m.end():]):
        return None, int(m["page"])
    return page_label(m["page"]), int(m["order"]) if m["order"] else None


_POSITION_ALONE = re.compile(r"^第?(?P<page>[A-Za-z]?\d{1,3})版?(?:[-_ ][^\d\s_-]{1,8})?[-_ ]+(?P<order>\d{1,3})$")


def position_alone(stem: str) -> tuple[str | None, int | None]:
    """A name that is the page and the place alone (the page's name between them or not), its
    date in the folders above it: A05_3.txt, 06-04.txt, 第03版_01.txt, A01-要闻-01.txt."""
    m = _POSITION_ALONE.match(stem)
    return (page_label(m["page"]), int(m["order"])) if m else (None, None)


# A page, its place and the article's title, as Hong Kong's and Taiwan's archives name files:
# A05_01_高鐵連假加開班次 首日湧人潮. The page has its letter (A05), so that a number and a
# title (12-05-会议纪要) is not read for one; the title may open with figures (A01_02_2024年…).
_PAGE_ORDER_TITLE = re.compile(r"^(?P<page>[A-Za-z]\d{1,3})[-_](?P<order>\d{1,3})(?:[-_]|\s+)(?P<title>[^-_\s].*)$"
                               r"|^(?P<page_alone>[A-Za-z]\d{1,3})[-_ ](?P<slot>[\u4e00-\u9fff]\D*)$")  # A03_头条, B05-副刊-端午
# The same after the page's name (its section), the place left out or not:
# 要聞-A02-01-基本工資明年調漲4.05% 月薪27470元, 副刊-D04-秋天的信.
_SECTION_PAGE_TITLE = re.compile(
    r"^(?P<section>[\u4e00-\u9fff]{1,8})[-_](?P<page>[A-Za-z]\d{1,3})(?:[-_](?P<order>\d{1,3}))?"
    r"[-_](?P<title>[^-_].*)$")


# A folder that is a page alone, lettered as papers with sections number theirs (A02, B12), and the
# place that opens a name in it (02_标题, 03_).
# (Or numbered and named, as a crawl of one paper lays out its days: 2021/03/15/02-要闻/01.txt; or both,
# as a newsroom's shared drive does: 2019-04-12/A01_要闻/01_标题.txt.)
_PAGE_FOLDER = re.compile(r"(?P<page>[A-Za-z]\d{1,3})(?:[-_ ][\u4e00-\u9fff·]{1,8})?|(?P<numbered>\d{1,3})[-_ ][\u4e00-\u9fff]{1,8}")
_PLACE_BEFORE_TITLE = re.compile(r"^(?P<order>\d{1,3})(?:[-_ ]|$)(?!\d)")


def position_before_title(stem: str) -> tuple[str | None, int | None]:
    """The page and place that open a name whose rest is the article's title: A05_01_高鐵…→ ("A5", 1),
    要聞-A02-01-基本工資… → ("A2", 1), 副刊-D04-秋天的信 → ("D4", None)."""
    m = _PAGE_ORDER_TITLE.match(stem) or _SECTION_PAGE_TITLE.match(stem)
    if not m:
        return None, None
    if m.re is _PAGE_ORDER_TITLE and m["page_alone"]:
        return page_label(m["page_alone"]), None
    return page_label(m["page"]), int(m["order"]) if m["order"] else None


def page_in_parts(parts: list[str]) -> str | None:
    """A page named in a folder or file name: 第06版/, 20200201_A3版.txt, …_p07_….txt."""
    for part in reversed(parts):
        m = _PAGE_PART.search(part)
        if m:
            if m["front"]:
                return "1"  # 头版: the front page
            spelt = m["spelt"] or m["bracketed"] or m["short"]
            return page_label(m["page"] or m["numbered"] or str(read_number(spelt) if not spelt.isdigit() else spelt))  # 第三版 → 3
    return None


def page_label(text: str) -> str:
    """A page as printed: 06 → 6, a3 → A3, 第3版 → 3, p2 (page 2) → 2, 1.0 (a number column a dataframe
    wrote as floats for its gaps) → 1 (anything else as it is written)."""
    m = re.fullmatch(r"(?:第|[pP](?=\d))?\s*([A-Za-z]?)0*(\d+)(?:\.0+)?\s*版?", text.strip())
    return f"{m[1].upper()}{m[2]}" if m else text.strip()


@functools.lru_cache(maxsize=8)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


# IMG_20210704_112233, DSC_20190512_0930: a camera's name for a picture, the moment it was taken.
# Screenshot_20210307_221048, Screenshot_2021-04-02-19-20-33: a phone's name for a screenshot, the moment it was taken.
_CAMERA_NAME = re.compile(r"^(?:(?:IMG|DSC|DSCN|PXL|VID|MVIMG|PIC|Photo)[-_]\d{8}[-_]\d{4,6}"
                          r"|(?:Screenshot|Screen[ _]Shot|截屏|屏幕截图)[-_ ]?\d{4}-?\d{2}-?\d{2}[-_ ]\d{2}-?\d{2})", re.I)


def _pages_folder(folders: list[str], relative: str) -> bool:
    """A folder numbered 01 to 99 under a day's folder (20090317/01/): the page's, as a newsroom
    system files its pages; 2012/05/09/, the day's own number, is none."""
    return bool(re.fullmatch(r"\d{1,2}", folders[-1])) and int(folders[-1]) > 0 \
        and date_above(folders[:-1], [], relative).precision == "day"


def path_facts(relative: str, pattern: str | None = None) -> PathFacts:
    """What a source's path (relative to the source folder) says of its articles."""
    path = PurePosixPath(relative)
    if pattern is not None:
        return facts_by_pattern(path.with_suffix("").as_posix(), _compiled(pattern), relative)
    folders, stem = list(path.parent.parts), path.name[:len(path.name) - len(kind_suffix(path.name))]
    if _CAMERA_NAME.match(stem):  # the day a photo was taken, no day it was printed: the folders' only
        return PathFacts(date_above(folders, [], relative))
    if (m := _EPAPER_NAME.match(stem)) is not None:  # a crawler keeps the e-paper's name for the file
        return PathFacts(_date(m["date"][:4], m["date"][4:6], m["date"][6:], relative), page_label(m["page"]),
                         int(m["order"]))
    page, order = position_before_title(stem)
    if page is not None:
        # A05_01_高鐵…: the rest of the name is a title, and a date in it no issue date
        return PathFacts(date_above(folders, [], relative), page, order)
    date, end = date_in_name(stem, relative)
    if date.known:
        page, order = position_in_name(stem[end:])
    else:
        date = date_above(folders, [stem], relative)
        if date.precision == "day" and (day := _day_without_year(stem, date)):
            page, order = position_in_name(stem[day:])  # 2021/03/0305/0305-04-03: the day, the page, the place
        if not date.known and folders and (year := year_of_folder(folders[-1]) or _keepers_year(folders[-1])) \
                and (short := _short_day(stem, year)):
            date = _date(year, short[0], short[1], relative)  # 1988年/88-6-2 夜访菜市场.txt, 1990年/12-28 …: the year's folder
        if not date.known and (month := _MONTH_FIRST.match(stem)):
            date = _date(month["year"], month["month"], None, relative)  # 1963年11月第412期第2版_…: the month
    if page is None and (page := page_in_parts([stem])) and (last := _LAST_NUMBER.search(stem)):
        order = int(last["n"])  # 2022年11月8日_第5版_城市_03: the page, its name, then the place
    # (the file's own name before its folders': p6_体育版.txt in blind_p64/ is page 6)
    if page is None and (page := page_in_parts(folders)) and re.fullmatch(r"\d{1,3}", stem):
        order = int(stem)  # 第06版/03.txt: the third article of the page its folder names
    if page is None and folders and ((paged := _PAGE_FOLDER.fullmatch(folders[-1])) and (paged["page"] or date.precision == "day")
                                     or _pages_folder(folders, relative)):
        # 江门日报/2012/05/09/A02/02_标题.txt: the page's folder under the day's, the place before the title;
        # 20090317/01/1.txt, a newsroom system's day, its page, the place
        page, place = page_label(paged["page"] or paged["numbered"] if paged else folders[-1]), _PLACE_BEFORE_TITLE.match(stem)
        order = int(place["order"]) if place else None
    if page is None and order is None:
        page, order = position_alone(stem)
    if page is None and folders and (sequence := _SEQUENCE.fullmatch(folders[-1])) and len(folders) >= 3 \
            and _ISSUE_EDITION.fullmatch(folders[-3]):
        page = sequence["page"]  # …/1925031401/ed-1/seq-2/ocr.txt: the batch's page
    return PathFacts(date, page, order)


# 88-6-2 夜访菜市场, 12-28 年终走访困难户, 7月16日 二版 抗旱: a day written short, before the title, in
# its year's folder.
_SHORT_DAY = re.compile(r"^(?:(?P<yy>\d{2})[-.])?(?P<month>\d{1,2})[-.](?P<day>\d{1,2})(?=[\s_]|$)"
                        r"|^(?P<month2>\d{1,2})月(?P<day2>\d{1,2})[日号](?=[\s_]|$)"
                        r"|^(?P<month3>[01]\d)(?P<day3>[0-3]\d)(?=\s)")  # 1215 冬季供暖: MMDD, a space, the title


def _short_day(stem: str, year: str) -> tuple[str, str] | None:
    """The month and day a name opens with, written short (88-6-2, 12-28), where the year it gives,
    if any, is its folder's."""
    m = _SHORT_DAY.match(stem)
    if m is None or m["yy"] is not None and m["yy"] != year[-2:]:
        return None
    return (m["month"], m["day"]) if m["month"] else (m["month2"], m["day2"]) if m["month2"] else (m["month3"], m["day3"])


def _keepers_year(folder: str) -> str | None:
    """The year a keeper's folder names among its words or short (2016年稿件, 97年: 1997)."""
    if m := re.fullmatch(rf"{_YEAR}年(?!\d)\D*", folder):
        return m["year"]
    if m := re.fullmatch(r"(?P<yy>\d{2})年", folder):
        return str(int(m["yy"]) + (2000 if int(m["yy"]) < 50 else 1900))
    return None


def _day_without_year(stem: str, date: IssueDate) -> int:
    """Where a name opening with its folders' day without the year (0305-04-03) has it end; 0 if it does not."""
    day = f"{date.value.month:02d}{date.value.day:02d}"
    return len(day) if re.match(rf"{day}(?=[-_ ])", stem) else 0


def date_above(folders: list[str], stem: list[str], where: str) -> IssueDate:
    """The date the folders give, the nearest first: one folder's name, else spelt over them
    (the file's name, if given, as their last part: 2020/02/01.txt)."""
    for folder in reversed(folders):
        date, _ = date_in_name(folder, where, whole=True)
        if date.known and not _KEPT_ON.search(folder):
            return date
        if (issue := _ISSUE_EDITION.fullmatch(folder)) and (date := _date(issue["year"], issue["month"], issue["day"], where)).known:
            return date
    return date_in_folders(folders + stem, where)


# 1925031401: an issue's day and its edition, as the Library of Congress files a batch of a paper
# (batch/sn84099871/1925031401/ed-1/seq-2/ocr.txt, seq-2 its second page).
_ISSUE_EDITION = re.compile(rf"{_YEAR}(?P<month>\d{{2}})(?P<day>\d{{2}})(?P<edition>0[1-9])")
_SEQUENCE = re.compile(r"seq-(?P<page>\d{1,3})")


# 知网报纸下载_20110603, 导出2019-05-06, backup_20200301: a folder named for the day it was downloaded,
# exported or backed up, no day of print.
_KEPT_ON = re.compile(r"下载|下載|导出|導出|备份|備份|download|export|backup|snapshot", re.I)


# The place on the page, last in a name after the page (…_第5版_城市_03), never the page itself.
_LAST_NUMBER = re.compile(r"版[^\d]*?[-_ ](?P<n>\d{1,3})$")


def facts_by_pattern(path: str, pattern: re.Pattern, where: str) -> PathFacts:
    """The groups year, month, day, page and order of a pattern of the user's, searched in the
    path without its suffix: r"(?P<year>\\d{4})/(?P<month>\\d\\d)/(?P<page>\\d+)-(?P<order>\\d+)"."""
    m = pattern.search(path)
    if not m:
        return PathFacts()
    groups = {k: v for k, v in m.groupdict().items() if v}
    date = UNDATED
    if "year" in groups and "month" in groups:
        date = _date(groups["year"], groups["month"], groups.get("day"), where)
    return PathFacts(date, page_label(groups["page"]) if "page" in groups else None,
                     int(groups["order"]) if groups.get("order", "").isdigit() else None)


# An e-paper served as its makers' systems serve it: …/html/2024-03/12/nw.D110000gmrb_20240312_2-07.htm,
# the second article of page 07 of 12 March 2024.
_EPAPER_ARTICLE = re.compile(r"_(?P<date>\d{8})_(?P<order>\d{1,3})-(?P<page>[A-Za-z]?\d{1,3})\.s?html?$")
# The same name on a file of its own: the system's prefix (nw.D110000, the paper's code) tells it
# from a crawler's date, page and place (20200201-06-04).
_EPAPER_NAME = re.compile(r"^nw\.[A-Za-z]\d+[A-Za-z]*_(?P<date>\d{8})_(?P<order>\d{1,3})-(?P<page>[A-Za-z]?\d{1,3})$")


def address_facts(url: str) -> PathFacts:
    """What an article's web address says of it: the issue date of its folders, and the page
    and place an e-paper's article address gives."""
    path = urlsplit(url).path.lstrip("/")
    facts = path_facts(path)
    if (m := _EPAPER_ARTICLE.search(path)) is not None:
        facts = replace(facts, page=page_label(m["page"]), order=int(m["order"]))
    return facts


def address_date(url: str) -> str | None:
    """The issue date (ISO) an article's web address gives to the day (…/html/2021-03/18/content_…),
    for a source that leaves its date empty."""
    day = address_facts(url).issue_date
    return day.value.isoformat() if day.precision == "day" else None


# A folder of one issue, by the number the paper gives it: 第1234期, 总第5678期.
_ISSUE_FOLDER = re.compile(r"^(?:总)?第\s*\d{1,6}\s*期$")


def issue_folder(source: str) -> str | None:
    """The folder of one issue a source sits in (…/第1234期/第2版_要闻/03.txt), or None."""
    folders = PurePosixPath(source).parts[:-1]
    for k in range(len(folders) - 1, -1, -1):
        if _ISSUE_FOLDER.match(folders[k]):
            return "/".join(folders[:k + 1])
    return None


def dated_by_their_issue(dates: list[tuple[str, IssueDate]]) -> dict[str, IssueDate]:
    """Where an issue's folder gives no day, the day one of its files prints (2017年3月10日　星期五
    over its heads) dates the others, if all that print one print the same and the others'
    month or year agrees: the new date of each source so dated, from (source, date) pairs."""
    printed: dict[str, set[dt.date]] = {}
    for source, date in dates:
        if (folder := issue_folder(source)) and date.precision == "day" and date.source != "inferred":
            printed.setdefault(folder, set()).add(date.value)
    out = {}
    for source, date in dates:
        folder = issue_folder(source)
        days = printed.get(folder or "", set())
        if len(days) != 1 or date.precision == "day" and date.source != "inferred":
            continue
        (day,) = days
        if not date.known or date.value.year == day.year and (date.precision == "year" or date.value.month == day.month):
            out[source] = IssueDate(day, "day", "path", (f"同一期（{folder}）另一篇印着的日期",))
    return out


# A writer's stage of a draft at the end of its file's name: …_初稿, …（修改稿）, … 草稿.
_DRAFT_NAME = re.compile(r"[_\-\s（(【]\s*(初稿|草稿|修改稿|送审稿|送審稿|未定稿|待改稿)\s*[)）】]?$")


def draft_stage(source: str) -> str | None:
    """The stage of a draft a file's name gives (…铁匠铺_初稿.txt → 初稿), or None for a finished piece's."""
    m = _DRAFT_NAME.search(PurePosixPath(source).stem)
    return m[1] if m else None


# A site generator's folder of unpublished posts (Jekyll's _drafts, Hexo's source/_drafts) or a
# writer's or an editing system's drafts box (草稿箱): nothing in it was published.
_DRAFTS_FOLDER = re.compile(r"^(_drafts|草稿|草稿箱|未发稿|未刊稿)$", re.IGNORECASE)


def drafts_folder(source: str) -> str | None:
    """The folder of drafts a source sits in (_posts/… no, _drafts/… yes), or None."""
    return next((part for part in PurePosixPath(source).parts[:-1] if _DRAFTS_FOLDER.match(part)), None)


# An editing system's stages of a story, in the order it passes them: its file renamed at each
# (稿件0012_一审.txt, [03]城事_双减首月_编辑稿.txt, 夏粮收购（定稿）.txt), the last what was printed.
_STAGES = ("记者稿", "修改稿", "一审", "编辑稿", "二审", "三审", "终审", "定稿", "签发稿", "签发")
_STAGED_NAME = re.compile(rf"^(?P<story>.+?)[_\-\s（(【]\s*(?P<stage>{'|'.join(_STAGES)})\s*[)）】]?$")


def stage_of(source: str) -> str | None:
    """The stage of a story an editing system's name for its file gives (稿件0012_一审.txt → 一审), or None."""
    m = _STAGED_NAME.match(PurePosixPath(source).stem)
    return m["stage"] if m else None


def later_stage(source: str, beside: list[str]) -> str | None:
    """The name of a file beside this one (`beside`, its folder's names) that holds the same story at
    a later stage (稿件0012_一审.txt beside 稿件0012_终审.txt), or None: a stage passed is no print."""
    m = _STAGED_NAME.match(PurePosixPath(source).stem)
    if m is None:
        return None
    rank = _STAGES.index(m["stage"])
    later = [name for name in beside if (n := _STAGED_NAME.match(PurePosixPath(name).stem)) is not None
             and n["story"] == m["story"] and _STAGES.index(n["stage"]) > rank]
    return min(later) if later else None
