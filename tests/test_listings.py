"""Listings: pagination, the date archive's grouping, slugs for names."""
import datetime as dt

from generator.listings import Listing, date_archive, newest_first, site_structure, unique_slugs
from generator.model import Archive, Article, IssueDate


def article(title, value=None, precision="day", source="inferred"):
    date = IssueDate(value, precision, source) if value else IssueDate()
    return Article(source="p.txt", line=len(title), title=title, issue_date=date, slug=title)


def test_pages_are_numbered_after_the_first():
    listing = Listing("tag", "就业", "tags/jiu-ye", tuple(article(str(k)) for k in range(45)))
    pages = listing.pages(20)
    assert [p for p, _ in pages] == ["tags/jiu-ye.html", "tags/jiu-ye_2.html", "tags/jiu-ye_3.html"]
    assert [len(items) for _, items in pages] == [20, 20, 5]


def test_an_empty_listing_still_has_its_first_page():
    assert Listing("home", "最新文章", "index", ()).pages(20) == [("index.html", ())]


def test_a_tag_has_a_page_only_where_three_articles_hold_it():
    # 抗疫 stated by one article's front matter: shown on it, with no page that lists one article.
    items = [article(f"{k}").with_(tags=("社区", "抗疫") if k == 0 else ("社区",)) for k in range(3)]
    site = site_structure(Archive(tuple(items), (), (), {"社区": "she-qu", "抗疫": "kang-yi"}))
    assert [(t.name, len(t.articles)) for t in site.tags] == [("社区", 3)]


def test_date_archive_groups_years_months_year_only_and_undated():
    items = newest_first([
        article("a", dt.date(2022, 11, 1), "month"), article("b", dt.date(2022, 3, 5)),
        article("c", dt.date(2022, 1, 1), "year"), article("d", dt.date(2024, 2, 1), "month"),
        article("e")])
    years, undated = date_archive(items)
    assert [y.listing.name for y in years] == ["2024年", "2022年"]
    assert [m.listing.name for m in years[1].months] == ["2022年11月", "2022年3月", "2022年（月份不详）"]
    assert [m.listing.url for m in years[1].months] == [
        "archive/2022-11.html", "archive/2022-03.html", "archive/2022-unknown-month.html"]
    assert [a.title for a in years[1].listing.articles] == ["a", "b", "c"]
    assert [a.title for a in undated.articles] == ["e"]


def test_no_two_listing_pages_share_a_path():
    # Eleven pages of 2025 and the months of 2025: page 10 of the year is not October's page.
    items = newest_first([article(f"{m}-{k}", dt.date(2025, m, 1)) for m in range(1, 13) for k in range(20)])
    years, _ = date_archive(items)
    listings = [years[0].listing, *(m.listing for m in years[0].months)]
    paths = [p for listing in listings for p, _ in listing.pages(20)]
    assert len(years[0].listing.pages(20)) == 12 and len(paths) == len(set(paths))


def test_names_that_read_alike_get_distinct_slugs_and_never_index():
    slugs = unique_slugs(["制度", "致富", "因德克斯", "Index"])
    assert len(set(slugs.values())) == 4
    assert "index" not in slugs.values()
    assert slugs["Index"].startswith("index-")


def test_every_listing_lists_its_articles_newest_first(root):
    """Listings take their articles in the archive's order (newest first), never sorting again."""
    from generator.config import Config
    from generator.pipeline import load
    from generator.listings import site_structure
    site = site_structure(load(Config(source=root / "seeds", quiet=True)))
    for listing in (*site.tags, *site.papers, *site.reporters, *(y.listing for y in site.years)):
        assert listing.articles == newest_first(listing.articles), listing.name
