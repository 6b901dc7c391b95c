"""Pages in the style of other papers (tests/fixtures/papers/): the rules are not the seeds' words."""
from pathlib import Path

import pytest
import yaml

from expectations import check_article
from generator.config import Config
from generator.enrich import enrich
from generator.ingest import ingest

PAPERS = Path(__file__).parent / "fixtures" / "papers"
EXPECTED = yaml.safe_load((PAPERS / "expected.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def archive():
    return enrich(ingest(Config(source=PAPERS)), Config())


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_articles_as_an_editor_lists_them(name, archive):
    articles = [a for a in archive.articles if a.source == name]
    assert [a.title for a in articles] == [e["title"] for e in EXPECTED["articles"][name]]
    for article, expected in zip(articles, EXPECTED["articles"][name]):
        check_article(article, expected, f"{name}: {expected['title']}")


@pytest.mark.parametrize("name", sorted(EXPECTED["pages"]))
def test_page_dates(name, archive):
    page = next(p for p in archive.pages if p.source == name)
    expected = EXPECTED["pages"][name]
    value = page.issue_date.value
    assert (value.year, value.month, value.day) == (expected["year"], expected["month"], expected["day"])
    assert page.issue_date.precision == "day" and page.issue_date.source == "inferred"


def test_no_problems(archive):
    assert archive.problems == ()


MORE = Path(__file__).parent / "fixtures" / "pages_more"
MORE_EXPECTED = yaml.safe_load((MORE / "expected.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def more():
    return ingest(Config(source=MORE))


@pytest.mark.parametrize("name", sorted(MORE_EXPECTED))
def test_pages_written_blind_as_an_editor_lists_them(name, more):
    articles = [a for a in more.articles if a.source == name]
    listed = [(a.kicker, a.title, a.subtitle, list(a.section_heads), sorted(a.authors + a.correspondents))
              for a in articles]
    assert listed == [(e.get("kicker", ""), e["title"], e.get("subtitle", ""), e.get("sections", []),
                       sorted(e.get("authors", []))) for e in MORE_EXPECTED[name]]


THIRD = Path(__file__).parent / "fixtures" / "pages_third"


def test_titles_of_every_page_written_blind_as_a_whole():
    """The issue's bar for bare-title pages: 95 % of titles exact, at most 5 % extra articles."""
    listed = {**MORE_EXPECTED, **yaml.safe_load((THIRD / "expected.yml").read_text("utf-8"))}
    found = {}
    for folder in (MORE, THIRD):
        for article in ingest(Config(source=folder)).articles:
            found.setdefault(article.source, []).append(article.title)
    wanted = sum(len(articles) for articles in listed.values())
    exact = sum(len({e["title"] for e in articles} & set(found[name])) for name, articles in listed.items())
    extra = sum(len(titles) for titles in found.values()) - exact
    assert exact >= 0.95 * wanted and extra <= 0.05 * wanted, (exact, extra, wanted)
