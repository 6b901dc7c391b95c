"""The rendered site: every kind of page, metadata, feeds, escaping, themes, --base-url."""
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest

import build
from generator.render import page_window

ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"


def built(tmp_path: Path, source: Path, *options: str) -> Path:
    out = tmp_path / "site"
    assert build.main(["--source", str(source), "--output", str(out), "--quiet", *options]) == 0
    return out


def parse(path: Path):
    return html5lib.parse(path.read_text("utf-8"), namespaceHTMLElements=False)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return built(tmp_path_factory.mktemp("render"), ROOT / "seeds")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    source = tmp_path_factory.mktemp("hostile-src")
    shutil.copy(ROOT / "tests" / "fixtures" / "hostile" / "evil.md", source)
    shutil.copy(ROOT / "seeds" / "000_2ccb0aebaf651800.txt", source)
    return built(tmp_path_factory.mktemp("hostile"), source)


def test_site_has_every_kind_of_page(site):
    for path in ("index.html", "index_2.html", "tags/index.html", "archive/index.html",
                 "archive/2022.html", "archive/2022-11.html", "archive/undated.html",
                 "papers/index.html", "papers/zhu-zhou-ri-bao.html", "reporters/index.html",
                 "reporters/he-chun-lin.html", "search.html", "404.html", "feed.xml", "sitemap.xml",
                 "robots.txt", "static/style.css"):
        assert (site / path).is_file(), path


def test_a_reporter_of_one_article_is_indexed_with_a_link_to_it(site):
    """Most names sign one article: the index of reporters lists them all, a name with others
    to show linking its page, a name of one article that article itself (no page of one item)."""
    links = {a.text: a.get("href") for a in parse(site / "reporters" / "index.html").iter("a")}
    assert links["何春林"] == "../reporters/he-chun-lin.html" and links["谭昕吾"] == "../reporters/tan-xin-wu.html"
    path, _ = article_page(site, "勇往直前 向“疫”而行")
    assert links["王忠祥"] == f"../articles/{path.name}"
    assert not (site / "reporters" / "wang-zhong-xiang.html").exists()
    assert {p.name for p in (site / "reporters").glob("*.html")} == {"index.html", "he-chun-lin.html", "tan-xin-wu.html",
                                                                     "yang-xu.html", "li-yi-feng.html"}


def article_page(site: Path, title: str):
    for path in (site / "articles").glob("*.html"):
        tree = parse(path)
        if tree.find(".//h1").text == title:
            return path, tree
    raise AssertionError(title)


def test_article_page_links_byline_tags_paper_and_neighbours(site):
    path, tree = article_page(site, "勇往直前 向“疫”而行")
    links = {a.text: a.get("href") for a in tree.iter("a")}
    assert links["何春林"] == "../reporters/he-chun-lin.html"
    byline = tree.find(".//p[@class='byline']")
    assert "王忠祥" in "".join(byline.itertext()) and "王忠祥" not in links  # his only article: no page to lead to
    assert links["株洲日报"] == "../papers/zhu-zhou-ri-bao.html"
    tag_links = [a for a in tree.iter("a") if a.get("rel") == "tag"]
    assert 3 <= len(tag_links) <= 8 and all(a.get("href").startswith("../tags/") for a in tag_links)
    assert tree.find(".//a[@rel='next']") is not None or tree.find(".//a[@rel='prev']") is not None
    assert tree.find(".//section[@class='related']") is not None
    text = path.read_text("utf-8")
    assert "约2022年11月" in text and "日期由正文推断" in text


def test_article_metadata_description_open_graph_and_json_ld(site):
    _, tree = article_page(site, "多举措帮农民工兄弟就业创业")
    meta = {m.get("property") or m.get("name"): m.get("content") for m in tree.iter("meta")}
    assert meta["og:type"] == "article" and meta["og:title"] == "多举措帮农民工兄弟就业创业"
    assert meta["description"] and meta["description"] == meta["og:description"]
    assert meta["og:locale"] == "zh_CN"
    raw = tree.find(".//script[@type='application/ld+json']").text
    ld = json.loads(raw)
    assert ld["@type"] == "NewsArticle" and ld["headline"] == "多举措帮农民工兄弟就业创业"
    assert "多举措帮农民工兄弟就业创业" in raw, "written in UTF-8, not escaped (6 bytes a character)"
    assert "description" not in ld, "the description is in the head twice already"
    assert ld["inLanguage"] == "zh-CN" and ld["keywords"]
    assert "url" not in ld, "no address is invented without --base-url"


def test_tag_index_lists_tags_with_counts_sized_by_count(site):
    tree = parse(site / "tags" / "index.html")
    items = tree.findall(".//ul[@class='tag-cloud']/li")
    assert len(items) > 10 and all(int(li.find(".//span").text) >= 3 for li in items)
    first = items[0]
    assert first.get("class") == "weight-5" and int(first.find(".//span").text) >= 5


def test_tag_page_lists_the_articles_carrying_the_tag(site):
    tags = parse(site / "tags" / "index.html")
    link = next(a for a in tags.iter("a") if a.text == "就业")
    page = parse(site / "tags" / link.get("href"))
    titles = [a.text for a in page.findall(".//h2[@class='item-title']/a")]
    assert "多举措帮农民工兄弟就业创业" in titles and len(titles) >= 3


def test_archive_marks_inferred_dates_and_groups_undated(site):
    text = (site / "archive" / "index.html").read_text("utf-8")
    assert "2022年11月" in text and "2024年2月" in text and "日期不详" in text and "推断" in text
    month = parse(site / "archive" / "2022-11.html")
    times = month.findall(".//time")
    assert times and all(t.get("class") == "inferred" and t.text.startswith("约") for t in times)


def test_reporter_page_lists_their_articles(site):
    page = parse(site / "reporters" / "tan-xin-wu.html")
    assert page.find(".//h1").text == "记者：谭昕吾"
    assert len(page.findall(".//h2[@class='item-title']")) == 2


def test_feed_is_atom_with_the_newest_articles(site):
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 26
    assert entries[0].find(f"{ATOM}updated").text.startswith("2024-02")
    for e in entries:
        href = e.find(f"{ATOM}link").get("href")
        assert (site / href).is_file() and e.find(f"{ATOM}id").text.startswith("urn:uuid:")


def test_sitemap_lists_every_page_and_robots_allows_all(site):
    urls = [u.text for u in ET.parse(site / "sitemap.xml").getroot().iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    html = {str(p.relative_to(site)) for p in site.rglob("*.html")} - {"404.html"}
    assert set(urls) == html
    assert (site / "robots.txt").read_text().startswith("User-agent: *")


def test_base_url_makes_canonical_feed_and_sitemap_absolute(tmp_path):
    site = built(tmp_path, ROOT / "seeds", "--base-url", "https://example.org/archive/")
    _, tree = article_page(site, "多举措帮农民工兄弟就业创业")
    canonical = tree.find(".//link[@rel='canonical']").get("href")
    assert re.fullmatch(r"https://example\.org/archive/articles/[a-z0-9-]+\.html", canonical)
    assert json.loads(tree.find(".//script[@type='application/ld+json']").text)["url"] == canonical
    feed = ET.parse(site / "feed.xml").getroot()
    assert feed.find(f"{ATOM}id").text == "https://example.org/archive/feed.xml"
    assert all(e.find(f"{ATOM}link").get("href").startswith("https://example.org/archive/articles/")
               for e in feed.findall(f"{ATOM}entry"))
    assert "Sitemap: https://example.org/archive/sitemap.xml" in (site / "robots.txt").read_text()
    home = parse(site / "index.html")
    assert home.find(".//a[@class='site-title']").get("href") == "index.html", "links stay relative"
    assert parse(site / "404.html").find(".//a[@class='site-title']").get("href") == \
        "https://example.org/archive/index.html"


def test_without_base_url_nothing_points_outside(site):
    for page in site.rglob("*.html"):
        text = page.read_text("utf-8")
        assert not re.search(r'(href|src)="(https?:)?//', text), page


def test_hostile_text_renders_as_text(hostile):
    page = hostile / "articles" / "evil-article.html"
    tree = parse(page)
    scripts = [s for s in tree.iter("script")]
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert "</script" not in scripts[0].text
    assert json.loads(scripts[0].text)["headline"] == '标题<script>alert("title")</script>'
    for element in tree.iter():
        assert not any(name.startswith("on") for name in element.attrib), (element.tag, element.attrib)
        assert element.tag not in ("img", "svg"), element.tag
    assert tree.find(".//h1").text == '标题<script>alert("title")</script>'
    body = "".join(tree.find(".//div[@class='article-body']").itertext())
    assert '<script>alert(6)</script>' in body and '<div onclick="alert(8)">' in body
    for other in ("index.html", "tags/index.html", "reporters/index.html", "papers/index.html",
                  "feed.xml"):
        text = (hostile / other).read_text("utf-8")
        assert "<script>alert" not in text and "<img src=x" not in text and "<svg" not in text, other


def test_a_theme_overrides_one_template_and_inherits_the_rest(tmp_path):
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "static").mkdir()
    (theme / "templates" / "article.html").write_text(
        '{% extends "default/article.html" %}{% block title %}《{{ article.title }}》{% endblock %}',
        encoding="utf-8")
    (theme / "static" / "extra.css").write_text("body{}", encoding="utf-8")
    site = built(tmp_path, ROOT / "seeds", "--theme", str(theme))
    _, tree = article_page(site, "多举措帮农民工兄弟就业创业")
    assert tree.find(".//title").text == "《多举措帮农民工兄弟就业创业》"
    assert tree.find(".//article") is not None, "the rest of the default article page stays"
    assert parse(site / "index.html").find(".//title").text == "报纸文章档案"
    assert (site / "static" / "extra.css").is_file() and (site / "static" / "style.css").is_file()


@pytest.mark.parametrize("number, count, window", [
    (1, 1, [1]), (1, 3, [1, 2, 3]), (1, 10, [1, 2, 3, None, 10]), (5, 10, [1, 2, 3, 4, 5, 6, 7, None, 10]),
    (10, 10, [1, None, 8, 9, 10]), (6, 500, [1, None, 4, 5, 6, 7, 8, None, 500]),
])
def test_a_pager_links_the_ends_and_the_pages_near_this_one(number, count, window):
    # A pager of every page would make a 5,000-page listing hold 25 million links.
    assert page_window(number, count) == window


@pytest.fixture(scope="module")
def split(tmp_path_factory):
    """The sample site with indexes of names split by initial past 6 names."""
    from generator.config import Config
    from generator.pipeline import build as build_site
    out = tmp_path_factory.mktemp("split") / "site"
    build_site(Config(source=ROOT / "seeds", output=out, quiet=True, names_per_index=6))
    return out


@pytest.mark.parametrize("kind, item", [("tags", "ul[@class='tag-cloud']/li/a"),
                                        ("reporters", "ul[@class='directory']/li/a")])
def test_a_long_index_of_names_goes_by_initial(split, kind, item):
    first = parse(split / kind / "index.html")
    assert len(first.findall(f".//{item}")) == 3, "the first page shows the most used half of the limit"
    letters = first.findall(".//nav[@class='initials']//a")
    assert len(letters) > 3 and all(a.find("span[@class='count']") is not None for a in letters)
    everyone = [(a.text, a.get("href")) for a in parse(split / kind / "index.html").findall(f".//{item}")]
    listed = []
    for link in letters:
        page = parse(split / kind / link.get("href"))
        letter = link.get("href").removeprefix("index_").removesuffix(".html")
        names = [(a.text, a.get("href")) for a in page.findall(f".//{item}")]
        # a name of one article (a reporter's) links that article, not a page of the index's own
        assert names and all(Path(href).name[0] == letter or letter == "0" or href.startswith("../articles/")
                             for _, href in names)
        assert not page.findall(".//nav[@class='initials']//span[@class='count']")  # counts: first page only
        listed += names
    assert len(listed) == len(set(listed)) and set(everyone) <= set(listed)
    pages = [p for p in (split / kind).glob("*.html") if not p.name.startswith("index") and "_" not in p.stem]
    assert {Path(href).name for _, href in listed if not href.startswith("../articles/")} == {p.name for p in pages}


def test_a_short_index_of_names_is_one_page(site):
    assert not parse(site / "tags" / "index.html").findall(".//nav[@class='initials']")
    assert sorted(p.name for p in (site / "papers").glob("index*")) == ["index.html"]
