"""Spreadsheets' workbooks (.xls, .xlsx, .ods): each sheet read as the CSV it would be saved as."""
import datetime as dt
import shutil
import zipfile
from pathlib import Path

import openpyxl

from generator.config import Config
from generator.ingest import ingest

FIXTURES = Path(__file__).parent / "fixtures" / "workbooks"

ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE office:document-content PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "office.dtd">
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
<office:body><office:spreadsheet><table:table table:name="第1版">
<table:table-row><table:table-cell><text:p>标题</text:p></table:table-cell><table:table-cell><text:p>日期</text:p></table:table-cell>
<table:table-cell><text:p>正文</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row><table:table-cell><text:p>春季植树活动在城北启动</text:p></table:table-cell>
<table:table-cell office:value-type="date" office:date-value="2007-03-05"><text:p>07-3-5</text:p></table:table-cell>
<table:table-cell><text:p>本报讯 全市春季义务植树活动昨日在城北启动。</text:p><text:p>千余名干部群众参加。</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="1020"/></table:table-row>
<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>
"""


def test_an_excel_97_workbook_is_its_sheets_records_under_the_title_row_over_their_header(tmp_path):
    shutil.copy(FIXTURES / "LJRB_20061009.xls", tmp_path)
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.authors, a.issue_date.iso(), a.page) for a in archive.articles] == [
        ("市委常委会研究部署第四季度经济工作", ("王丽",), "2006-10-09", "1"), ("城南菜市场完成提升改造", ("陈刚",), "2006-10-09", "3")]
    assert archive.problems == ()  # (its empty Sheet2 none)


def test_an_excel_workbook_and_an_opendocument_sheet_are_read_their_days_as_days(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["标题", "作者", "出版日期", "版次", "正文"])
    sheet.append(["县图书馆延长周末开放时间", "李娜", dt.datetime(2015, 3, 7), 5, "本报讯 县图书馆自本周起延长周末开放时间至晚上九时。"])
    book.save(tmp_path / "剪报登记表2015.xlsx")
    with zipfile.ZipFile(tmp_path / "临江日报_20070305.ods", "w") as pack:
        pack.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        pack.writestr("content.xml", ODS_CONTENT)
    (tmp_path / "坏的.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))  # (cut short)
    archive = ingest(Config(source=tmp_path))
    read = {a.title: (a.issue_date.iso(), a.paragraphs) for a in archive.articles}
    assert read == {"县图书馆延长周末开放时间": ("2015-03-07", ("县图书馆自本周起延长周末开放时间至晚上九时。",)),
                    "春季植树活动在城北启动": ("2007-03-05", ("全市春季义务植树活动昨日在城北启动。", "千余名干部群众参加。"))}
    assert [(p.path, p.message.split(" (")[0]) for p in archive.problems] == [("坏的.xls", "a workbook that cannot be read")]


def test_a_catalogue_naming_the_texts_under_its_folder_is_no_second_copy_of_them(tmp_path):
    (tmp_path / "全文").mkdir()
    for code, title in (("ZJRB1985-0312-01-001", "我省早稻育秧工作全面展开"), ("ZJRB1985-0312-01-002", "春耕不等人")):
        (tmp_path / "全文" / f"{code}.txt").write_text(f"{title}\n\n　　本报讯 全省各地抓住当前有利天气，抓紧做好春耕生产的各项准备工作。\n", "utf-8")
    book = openpyxl.Workbook()
    book.active.append(["序号", "题名", "报纸名称", "出版日期", "文件名"])
    book.active.append([1, "抓住当前有利天气：我省早稻育秧工作全面展开", "浙江日报", "1985-03-12", "ZJRB1985-0312-01-001"])
    book.active.append([2, "春耕不等人（短评）", "浙江日报", "1985-03-12", "ZJRB1985-0312-01-002"])
    book.save(tmp_path / "著录清单.xlsx")
    archive = ingest(Config(source=tmp_path))
    assert sorted(a.source for a in archive.articles) == ["全文/ZJRB1985-0312-01-001.txt", "全文/ZJRB1985-0312-01-002.txt"]
    assert [p.message for p in archive.problems if p.path == "著录清单.xlsx"] == [
        "sheet 'Sheet' is a catalogue of the files under its folder (a column names them), no articles of its own; skipped"]
