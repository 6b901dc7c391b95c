"""Walking the paper as printed in real headless Chromium, over file:// and http://127.0.0.1:
home → latest issue → a page (版) → an article → its issue → the previous issue; the search
filter by day; axe-core in light and dark mode; phone and desktop layouts."""
import re
from pathlib import Path

import pytest

import build
from browser import axe_violations, open_page, reaches, screenshot, shows_heading, site_base
from sitecheck import broken_links, html_errors

ISSUES = Path(__file__).parent / "fixtures" / "issues"


@pytest.fixture(scope="module")
def issues_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("issues-browser") / "site"
    assert build.main(["--source", str(ISSUES), "--output", str(out), "--quiet"]) == 0
    return out


def test_every_link_of_the_issue_pages_resolves(issues_site):
    assert broken_links(issues_site) == []
    assert html_errors(issues_site) == []


@pytest.mark.parametrize("mode", ["file", "http"])
def test_reader_walks_home_issue_page_article_and_the_previous_issue(browser, issues_site, mode):
    with site_base(mode, issues_site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "index.html")
        shows_heading(page, re.compile("^最新一期：2020年2月3日"))
        page.get_by_role("link", name=re.compile("^最新一期")).click()
        shows_heading(page, "2020年2月3日")
        page.get_by_role("navigation", name="本期版面").get_by_role("link", name="第2版 要闻").click()
        reaches(page, "#page-2")
        section = page.locator("#page-2")
        assert section.locator(".item-title").all_inner_texts() == ["春耕备耕有序展开", "菜篮子产品供应充足"]
        section.get_by_role("link", name="菜篮子产品供应充足").click()
        shows_heading(page, "菜篮子产品供应充足")
        # read span by span: inner_text's line breaks come from the style sheet, which may load after
        assert page.locator(".same-page a span").all_text_contents() == ["本版上一篇", "春耕备耕有序展开"]
        page.locator(".printed-page-link").click()
        shows_heading(page, "2020年2月3日")
        reaches(page, "issues/2020-02-03.html#page-2")
        page.get_by_role("link", name=re.compile("上一期")).click()
        shows_heading(page, "2020年2月1日")
        assert page.locator("#page-unknown .item-title").all_inner_texts() == ["读者来信：感谢社区工作者"]
        page.get_by_role("link", name="2020年2月", exact=True).click()
        shows_heading(page, "2020年2月")
        calendar = page.locator("table.calendar")
        assert calendar.locator("a").count() == 2
        calendar.get_by_role("link", name=re.compile("^3")).click()
        shows_heading(page, "2020年2月3日")
        assert watch.problems() == []


@pytest.mark.parametrize("mode", ["file", "http"])
def test_searching_within_an_issue_keeps_to_its_day(browser, issues_site, mode):
    with site_base(mode, issues_site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "issues/2020-02-01.html")
        page.locator("#issue-q").fill("复工")
        page.locator(".issue-search button").click()
        status = page.locator("#search-status")
        status.filter(has_text="找到").wait_for()
        titles = page.locator("#search-list .item-title, #search-list a").all_inner_texts()
        assert any("让更多企业安心复工" in t for t in titles)
        assert not any("节后复工复产有序开展" in t for t in titles)  # printed on 31 January
        assert "筛选前" in status.inner_text()
        page.locator("#search-from").fill("")
        page.locator("#search-from").dispatch_event("change")
        page.locator("#search-list a", has_text="节后复工复产有序开展").first.wait_for()
        assert watch.problems() == []


@pytest.mark.parametrize("path", ["index.html", "issues/2020-02-01.html", "archive/2020-02.html",
                                  "archive/2020.html",
                                  "articles/2020-02-01-rang-geng-duo-qi-ye-an-xin-fu-gong-ren-min-shi-ping.html"])
def test_issue_pages_have_no_accessibility_violation(browser, issues_site, path):
    with site_base("file", issues_site) as base:
        for scheme in ("light", "dark"):
            page, watch = open_page(browser, base)
            page.emulate_media(color_scheme=scheme)
            page.goto(base + path)
            assert watch.problems() == []
            assert axe_violations(page, ("minor", "moderate", "serious", "critical")) == [], (path, scheme)


@pytest.mark.parametrize("width, height, device", [(390, 844, "phone"), (1280, 900, "desktop")])
def test_issue_and_calendar_fit_phone_and_desktop(browser, issues_site, width, height, device):
    with site_base("file", issues_site) as base:
        page, watch = open_page(browser, base, width, height)
        for name, path in (("issue", "issues/2020-02-01.html"), ("calendar", "archive/2020-02.html"),
                           ("front", "index.html")):
            page.goto(base + path)
            assert screenshot(page, f"{name}-{device}").stat().st_size > 20_000
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} scrolls sideways at {width}px"
        assert watch.problems() == []
