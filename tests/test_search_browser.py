"""Search on the real path: Python built the index, lunr.js answers in headless Chromium, over
file:// and http://127.0.0.1; and the results page as a reader uses it."""
import re
from urllib.parse import parse_qs, urlparse

import pytest

from browser import axe_violations, open_page, shows_heading, site_base
from generator.query import Searcher
from search_truth import check_phrase_ranking, check_recall, check_title_ranking, holders

MODES = ["file", "http"]
HOSTILE = [":*~^+-", '"防控', "防控:工作^3 -疫情 +复工~2 *", "字" * 5000, "😀🇨🇳 防控",
           "<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "\\", "%", "?q=&year=1"]


@pytest.fixture(scope="module")
def site(search_site):
    return search_site


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


def browser_search(page):
    """lunr.js in the page answers: refs best first."""
    return lambda q: page.evaluate(
        "async q => (await ArchiveSearch.search(q)).results.map(r => r[0])", q)


@pytest.mark.parametrize("mode", MODES)
def test_recall_and_ranking_in_chromium(browser, site, articles, mode):
    with site_base(mode, site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html")
        find = browser_search(page)
        assert check_recall(find, articles) > 400
        assert check_phrase_ranking(find, articles) > 0
        assert check_title_ranking(find, articles) > 50
        assert watch.problems() == []


@pytest.mark.parametrize("mode", MODES)
def test_chromium_answers_as_python_does(browser, site, mode):
    searcher = Searcher(site)
    with site_base(mode, site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html")
        for q in ("疫情 防控", "復工復產", "H5", "农民工就业", "社区 居民"):
            got = page.evaluate("async q => (await ArchiveSearch.search(q)).results", q)
            expected = searcher.search(q)
            assert [r for r, _ in got] == [r for r, _ in expected], q
            assert all(abs(a - b) < 1e-9 for (_, a), (_, b) in zip(got, expected)), q
        assert watch.problems() == []


@pytest.mark.parametrize("mode", MODES)
def test_chromium_ranks_the_article_holding_the_phrase_first(browser, phrase_site, mode):
    from conftest import PHRASE
    with site_base(mode, phrase_site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html")
        got = page.evaluate("async q => (await ArchiveSearch.search(q)).results", PHRASE)
        assert [r for r, _ in got] == [r for r, _ in Searcher(phrase_site).search(PHRASE)]
        assert got[0][1] < max(score for _, score in got[1:]), "ranked first by the phrase, not its score"
        assert watch.problems() == []


def loaded_scripts(page) -> list[str]:
    return page.evaluate("[...document.scripts].map(s => s.getAttribute('src') || '')")


def status(page, query: str | None = None) -> str:
    """The results status once a search has answered: with a query, the search for that query
    (not a debounced one for what was typed so far, nor the page before a back button)."""
    page.wait_for_function("""q => {
        const s = document.getElementById('search-status').textContent
        return s && !s.startsWith('正在') && (q === null ||
            (document.getElementById('search-q').value === q &&
             new URLSearchParams(location.search).get('q') === q))
    }""", arg=query)
    return page.inner_text("#search-status")


@pytest.mark.parametrize("mode", MODES)
def test_header_box_leads_to_linkable_results_with_marked_snippets(browser, site, articles, mode):
    with site_base(mode, site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "index.html")
        page.fill("#site-search-q", "防控工")
        page.press("#site-search-q", "Enter")
        page.wait_for_url(re.compile(r"search\.html\?q="))
        truth = holders(articles, "防控工")
        assert status(page) == f"找到 {len(truth)} 篇文章"
        assert page.input_value("#search-q") == "防控工"
        results = page.locator(".search-result")
        assert results.count() == min(10, len(truth))
        for i in range(results.count()):
            result = results.nth(i)
            marks = result.locator(".result-snippet mark").all_inner_texts()
            assert "防控工" in marks, marks
            assert result.locator(".meta").inner_text().strip()
        # The same address in a fresh tab gives the same page: results are linkable.
        link = page.url
        second, _ = open_page(browser, base)
        second.goto(link)
        assert status(second) == f"找到 {len(truth)} 篇文章"
        first_title = results.first.locator("a").inner_text()
        results.first.locator("a").click()
        shows_heading(page, first_title)
        assert "防控工" in page.locator("main").inner_text()
        page.go_back()
        assert status(page) == f"找到 {len(truth)} 篇文章"
        assert watch.problems() == []


@pytest.mark.parametrize("mode", MODES)
def test_results_follow_typing_and_the_back_button(browser, site, articles, mode):
    with site_base(mode, site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html")
        assert not [s for s in loaded_scripts(page) if "/index/" in s], "no shard before a query"
        page.locator("#search-q").press_sequentially("复工复产", delay=30)
        assert status(page, "复工复产") == f"找到 {len(holders(articles, '复工复产'))} 篇文章"  # no Enter
        assert parse_qs(urlparse(page.url).query)["q"] == ["复工复产"]
        shards = [s for s in loaded_scripts(page) if "/index/" in s]
        assert 0 < len(shards) < Searcher(site).manifest["shards"] or len(shards) == 1
        page.fill("#search-q", "农民工")
        page.press("#search-q", "Enter")
        assert status(page, "农民工") == f"找到 {len(holders(articles, '农民工'))} 篇文章"
        page.go_back()
        assert status(page, "复工复产") == f"找到 {len(holders(articles, '复工复产'))} 篇文章"
        assert page.input_value("#search-q") == "复工复产"
        page.go_forward()
        assert status(page, "农民工") == f"找到 {len(holders(articles, '农民工'))} 篇文章"
        assert page.input_value("#search-q") == "农民工"
        assert watch.problems() == []


def test_more_results_no_results_and_filters(browser, site, articles):
    searcher = Searcher(site)
    with site_base("http", site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html?q=工作")
        total = len(searcher.search("工作"))
        assert total > 10 and status(page) == f"找到 {total} 篇文章"
        assert page.locator(".search-result").count() == 10
        more = page.locator("#search-more")
        while more.is_visible():
            shown = page.locator(".search-result").count()
            more.click()
            # Each click loads the next results' scripts: wait for them, not for a fixed time.
            page.wait_for_function(f"document.querySelectorAll('.search-result').length > {shown}")
        assert page.locator(".search-result").count() == total

        years = {ref: a.issue_date.value.year for ref, a in enumerate(articles) if a.issue_date.known}
        year = max(set(years.values()), key=list(years.values()).count)
        page.select_option("#search-year", str(year))
        in_year = [r for r, _ in searcher.search("工作") if years.get(r) == year]
        assert status(page).startswith(f"找到 {len(in_year)} 篇文章")
        assert parse_qs(urlparse(page.url).query)["year"] == [str(year)]
        metas = page.locator(".search-result .meta").all_inner_texts()
        assert metas and all(str(year) in m for m in metas)

        page.select_option("#search-year", "")
        paper = next(a.paper for a in articles if a.paper)
        page.select_option("#search-paper", paper)
        with_paper = [r for r, _ in searcher.search("工作") if articles[r].paper == paper]
        assert status(page).startswith(f"找到 {len(with_paper)} 篇文章")
        assert all(paper in m for m in page.locator(".search-result .meta").all_inner_texts())
        page.reload()
        assert page.input_value("#search-paper") == paper  # filters live in the address too

        page.fill("#search-q", "这句话不在档案里")
        page.press("#search-q", "Enter")
        assert status(page, "这句话不在档案里").startswith("没有找到包含“这句话不在档案里”的文章")
        assert page.locator(".search-result").count() == 0 and not more.is_visible()
        assert watch.problems() == []


def test_arrow_keys_walk_the_results(browser, site):
    with site_base("file", site) as base:
        page, _ = open_page(browser, base)
        page.goto(base + "search.html?q=疫情")
        status(page)
        links = page.locator(".search-result a")
        focused = "document.activeElement.textContent"
        page.focus("#search-q")
        page.keyboard.press("ArrowDown")
        assert page.evaluate(focused) == links.nth(0).inner_text()
        page.keyboard.press("ArrowDown")
        assert page.evaluate(focused) == links.nth(1).inner_text()
        page.keyboard.press("ArrowUp")
        page.keyboard.press("ArrowUp")
        assert page.evaluate("document.activeElement.id") == "search-q"
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/articles/"))


@pytest.mark.parametrize("mode", MODES)
def test_any_input_is_safe(browser, site, mode):
    with site_base(mode, site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html")
        scripts = len(loaded_scripts(page))
        for text in HOSTILE:
            page.fill("#search-q", text)
            page.press("#search-q", "Enter")
            assert status(page), text
            assert page.locator("#search-results img, #search-results script").count() == 0, text
        assert watch.problems() == [], "a dialog, an error or an outside request"
        assert all("search/" in s or "static/" in s for s in loaded_scripts(page)[scripts:])


def test_results_page_with_results_has_no_accessibility_violation(browser, site):
    with site_base("file", site) as base:
        for scheme in ("light", "dark"):
            page, watch = open_page(browser, base)
            page.emulate_media(color_scheme=scheme)
            page.goto(base + "search.html?q=防控")
            status(page)
            assert watch.problems() == []
            assert axe_violations(page, ("minor", "moderate", "serious", "critical")) == [], scheme


def test_pinyin_being_composed_is_not_searched(browser, site, articles):
    with site_base("file", site) as base:
        page, watch = open_page(browser, base)
        page.goto(base + "search.html")
        page.focus("#search-q")
        cdp = page.context.new_cdp_session(page)
        cdp.send("Input.imeSetComposition", {"text": "fangkong", "selectionStart": 8, "selectionEnd": 8})
        page.wait_for_timeout(500)
        assert page.input_value("#search-q") == "fangkong"
        assert page.inner_text("#search-status") == "" and "q=" not in page.url
        cdp.send("Input.insertText", {"text": "防控"})
        assert status(page, "防控") == f"找到 {len(holders(articles, '防控'))} 篇文章"
        assert watch.problems() == []
