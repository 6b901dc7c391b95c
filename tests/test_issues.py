"""Browsing by issue: a day's paper by page (版), month calendars, an article's page and its
neighbours on it, the latest front page on the home page; none of it without day dates."""
import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from generator.config import Config
from generator.listings import issues_of, page_order, printed_pages, site_structure
from generator.model import Article, IssueDate
from generator.pipeline import build as run_build, load
from generator.render import calendar_weeks
from generator.search import date_spans

ISSUES = Path(__file__).parent / "fixtures" / "issues"


def article(title, day=None, page=None, order=None, paper=None, precision="day", section=None):
    date = IssueDate(day, precision, "path") if day else IssueDate()
    return Article(source=f"{title}.txt", line=1, title=title, issue_date=date, slug=title, page=page,
                   order=order, paper=paper, section=section)


def test_pages_in_printed_order_and_articles_in_their_places():
    assert sorted(["10", "A2", "2", None, "B1", "A10", "1"], key=page_order) == ["1", "2", "10", "A2", "A10", "B1", None]
    day = dt.date(2020, 2, 1)
    pages = printed_pages([article("c", day, "6", 2, section="要闻"), article("a", day, "1", 1),
                           article("x", day), article("b", day, "6", 1, section="要闻")])
    assert [(p.label, p.section, [a.title for a in p.articles]) for p in pages] == [
        ("第1版", None, ["a"]), ("第6版", "要闻", ["b", "c"]), ("版次不详", None, ["x"])]
    assert [p.anchor for p in pages] == ["page-1", "page-6", "page-unknown"]


def test_an_issue_per_day_and_per_paper_only_for_day_dates():
    day = dt.date(2020, 2, 1)
    one_paper = issues_of((article("a", day, "1"), article("b", dt.date(2020, 2, 1), precision="month"),
                           article("c")), {})
    assert [(i.url, [a.title for a in i.articles]) for i in one_paper] == [("issues/2020-02-01.html", ["a"])]
    several = issues_of((article("a", day, "1", paper="人民日报"), article("b", day, "2", paper="北京晚报"),
                         article("c", day)), {"人民日报": "renminribao", "北京晚报": "beijingwanbao"})
    assert [i.url for i in several] == ["issues/other/2020-02-01.html", "issues/renminribao/2020-02-01.html",
                                        "issues/beijingwanbao/2020-02-01.html"]
    assert issues_of((article("b", day, precision="month"), article("c")), {}) == ()


def test_a_month_calendar_starts_on_monday():
    issue = issues_of((article("a", dt.date(2020, 2, 3), "1"),), {})[0]
    weeks = calendar_weeks(2020, 2, [issue])
    assert weeks[0][:5] == [None] * 5 and weeks[0][5] == (1, [])  # 1 February 2020 was a Saturday
    assert weeks[1][0] == (3, [issue]) and len(weeks) == 5


def test_date_spans_for_the_search_filter():
    items = (article("a", dt.date(2020, 2, 3)), article("b", dt.date(2020, 2, 3)),
             article("c", dt.date(2020, 2, 1), precision="month"), article("d"))
    first = (dt.date(2020, 2, 1) - dt.date(1970, 1, 1)).days
    assert date_spans(items) == [[first + 2, first + 2, 0], [first, first + 28, 2], [0, -1, 3]]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("issues") / "site"
    run_build(Config(source=ISSUES, output=out, quiet=True))
    return out


def text(path: Path) -> str:
    html = path.read_text("utf-8")
    return re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html[html.index("<main"):html.index("</main>")]))


def test_an_issue_lists_its_pages_and_their_articles_in_printed_order(site):
    assert sorted(p.name for p in (site / "issues").iterdir()) == [
        "2020-01-30.html", "2020-01-31.html", "2020-02-01.html", "2020-02-03.html"]
    page = text(site / "issues" / "2020-02-01.html")
    order = ["第1版", "坚定信心　同舟共济", "记者 张晓东", "春节假期后的第一个工作日", "基层一线见闻",
             "第3版", "让更多企业安心复工（人民时评）", "物流通道保持畅通", "版次不详", "读者来信：感谢社区工作者"]
    positions = [page.index(t, page.index("第1版 2 篇")) for t in order[1:]]
    assert positions == sorted(positions), page
    assert "上一期 2020年1月31日" in page and "下一期 2020年2月3日" in page
    html = (site / "issues" / "2020-02-03.html").read_text("utf-8")
    assert '<h2 id="page-2-h">第2版 <span class="section-name">要闻</span>' in html  # from the records' section
    assert 'name="from" value="2020-02-03"' in html  # search within the day


def test_month_calendars_link_the_days_of_issues_and_the_months_around(site):
    february = (site / "archive" / "2020-02.html").read_text("utf-8")
    days = re.findall(r'<a href="../(issues/[^"]+)" title="([^"]+)"><span class="day">(\d+)</span>', february)
    assert days == [("issues/2020-02-01.html", "2020年2月1日，5 篇", "1"), ("issues/2020-02-03.html", "2020年2月3日，3 篇", "3")]
    assert 'href="../archive/2020-01.html"' in february and "上个月" in february and "下个月" not in february
    year = text(site / "archive" / "2020.html")
    assert "1月 5 篇 2 期" in year and "2月 8 篇 2 期" in year and "12月" in year


def test_an_article_shows_its_page_and_its_neighbours_on_it(site):
    html = (site / "articles" / "2020-02-01-rang-geng-duo-qi-ye-an-xin-fu-gong-ren-min-shi-ping.html").read_text("utf-8")
    assert '<a class="printed-page-link" href="../issues/2020-02-01.html#page-3">第3版</a>' in html
    assert "本版下一篇" in html and "物流通道保持畅通" in html and "本版上一篇" not in html
    feed = (site / "feed.xml").read_text("utf-8")
    assert 'href="issues/2020-02-03.html#page-2"' in feed and '<category term="第2版" label="第2版 要闻"/>' in feed


def test_the_home_page_opens_with_the_latest_front_page(site):
    page = text(site / "index.html")
    assert page.index("最新一期：2020年2月3日 第1版") < page.index("科学防治　精准施策") < page.index("最新文章")


def test_no_issue_pages_without_day_dates(root, tmp_path):
    run_build(Config(source=root / "seeds", output=tmp_path / "site", quiet=True))
    assert not (tmp_path / "site" / "issues").exists()
    assert "calendar" not in (tmp_path / "site" / "archive" / "2022-11.html").read_text("utf-8")
    assert "第0版" not in "".join(p.read_text("utf-8") for p in (tmp_path / "site" / "articles").glob("*.html"))
    assert site_structure(load(Config(source=root / "seeds"))).issues == ()


def test_changing_one_article_re_renders_its_issue_not_the_others(tmp_path):
    source = tmp_path / "src"
    shutil.copytree(ISSUES, source)
    settings = Config(source=source, output=tmp_path / "site", quiet=True)
    run_build(settings)
    before = {p: p.stat().st_ino for p in (tmp_path / "site" / "issues").iterdir()}
    edited = source / "2020年2月" / "20200201" / "20200201-03-02.txt"
    edited.write_text(edited.read_text("utf-8").replace("物流通道保持畅通", "物流通道保持畅通无阻"), "utf-8")
    run_build(settings)
    changed = {p.name for p, inode in before.items() if p.stat().st_ino != inode}
    assert changed == {"2020-02-01.html"}
    fresh = tmp_path / "fresh"
    run_build(Config(source=source, output=fresh, quiet=True))
    assert ({p.relative_to(fresh): p.read_bytes() for p in fresh.rglob("*") if p.is_file()}
            == {p.relative_to(settings.output): p.read_bytes() for p in settings.output.rglob("*") if p.is_file()})


def test_search_from_the_command_line_within_a_range_of_days(site, capsys):
    import build
    build.main(["search", "--output", str(site), "疫情"])
    every = capsys.readouterr().out.splitlines()
    build.main(["search", "--output", str(site), "--from", "2020-02-01", "--to", "2020-02-03", "疫情"])
    within = capsys.readouterr().out.splitlines()
    assert within[:-1] == [line for line in every[:-1] if "2020年2月" in line] and len(within) < len(every)
    assert within[-1] == f"{len(within) - 1} result(s)"
    with pytest.raises(SystemExit):
        build.main(["search", "--output", str(site), "--from", "2020-02-31", "疫情"])
    assert "not a day (YYYY-MM-DD): '2020-02-31'" in capsys.readouterr().err


def test_a_page_that_prints_its_number_gives_its_articles_their_page(tmp_path):
    (tmp_path / "p.txt").write_text(
        "人民日报　2024年3月6日　星期三\n第04版：要闻\n全国已建成5G基站超过350万个\n"
        "　　新华社北京3月5日电（记者　张　璇）记者5日从工业和信息化部获悉，我国5G基站总数已超过350万个。\n"
        "浙江首批未来乡村通过验收\n　　本报杭州3月5日电（记者　周　然）浙江省首批未来乡村建设试点日前通过验收。\n", "utf-8")
    articles = load(Config(source=tmp_path)).articles
    assert [(a.page, a.section, a.order) for a in articles] == [("4", "要闻", 1), ("4", "要闻", 2)]
    [issue] = site_structure(load(Config(source=tmp_path))).issues
    assert [(p.label, p.section) for p in issue.pages] == [("第4版", "要闻")]
