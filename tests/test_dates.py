import datetime as dt

import pytest

from generator.dates import find_mentions, infer_issue_date, parse_stated_date


def infer(*texts, **kw):
    return infer_issue_date([m for t in texts for m in find_mentions(t, "p.txt:1")], **kw)


def test_year_and_latest_dated_month_give_month_precision():
    d = infer("11月1日，疫情再度侵袭。", "2020年、2021年离校的毕业生", "执行至今年12月底", "2022年毕业年度")
    assert (d.value, d.precision, d.source) == (dt.date(2022, 11, 1), "month", "inferred")
    assert "2022年 (p.txt:1)" in d.evidence and d.label() == "约2022年11月"


def test_reached_month_counts_and_new_year_wraps():
    assert infer("2020年", "2月20日出发", "截至3月中旬，受理203份").value.month == 3
    assert infer("2021年", "12月28日开工", "1月3日通车").value.month == 1


def test_dateline_day_gives_day_precision():
    d = infer("2019年夏粮丰收", datelines=["本报北京6月3日电"])
    assert (d.value, d.precision) == (dt.date(2019, 6, 3), "day")


def test_printed_date_wins():
    d = infer("2019年", printed=(2020, 5, 6))
    assert (d.value, d.precision) == (dt.date(2020, 5, 6), "day")


def test_no_year_means_undated_but_evidence_is_kept():
    d = infer("3月2日，省人社厅督查", "2月14日发出倡议")
    assert not d.known and d.label() == "日期不详" and len(d.evidence) == 2


def test_only_a_year():
    assert infer("2018年全年").precision == "year"


@pytest.mark.parametrize("value, iso", [("2022-11-03", "2022-11-03"), ("2022-11", "2022-11"),
                                        ("2022", "2022"), (dt.date(2020, 1, 2), "2020-01-02")])
def test_stated_dates(value, iso):
    assert parse_stated_date(value, "front-matter").iso() == iso


@pytest.mark.parametrize("value", ["2022-13-45", "yesterday", "2022/11/03x", ""])
def test_stated_dates_that_are_not_dates(value):
    with pytest.raises(ValueError, match="not a date"):
        parse_stated_date(value, "front-matter")


def test_a_date_with_its_month_spelled_as_an_english_language_tool_writes_it():
    for written in ("March 7, 2024", "Mar 7 2024", "7 March 2024"):
        assert parse_stated_date(written, "record").value == dt.date(2024, 3, 7)
    with pytest.raises(ValueError):
        parse_stated_date("Marched 7, 2024", "record")


def test_a_jekyll_post_s_moment_with_its_offset():
    assert parse_stated_date("2018-03-05 06:30:00 +0800", "front-matter").value == dt.date(2018, 3, 5)
    assert parse_stated_date("2018-03-05 23:30:00 -0500", "front-matter").value == dt.date(2018, 3, 6)  # China's day


def test_a_feed_s_moment_falls_on_beijing_s_day():
    assert parse_stated_date("Mon, 08 May 2023 05:30:00 +0800", "record").iso() == "2023-05-08"
    assert parse_stated_date("Sun, 07 May 2023 22:10:00 GMT", "record").iso() == "2023-05-08"
