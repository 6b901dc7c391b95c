"""The sample archive, article by article, as a careful newspaper editor lists it."""
from pathlib import Path

import pytest
import yaml

from expectations import check_article
from generator.config import Config
from generator.ingest import ingest
from generator.enrich import enrich
from generator.ingest.textpage import parse_text_page

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = yaml.safe_load((Path(__file__).parent / "fixtures" / "seeds_expected.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def archive():
    return enrich(ingest(Config(source=ROOT / "seeds")), Config())


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_titles_in_order(name):
    page = parse_text_page((ROOT / "seeds" / name).read_text("utf-8"), name)
    assert [a.title for a in page.articles] == [e["title"] for e in EXPECTED["articles"][name]]


@pytest.mark.parametrize("name", sorted(EXPECTED["articles"]))
def test_every_article_as_an_editor_lists_it(name, archive):
    articles = [a for a in archive.articles if a.source == name]
    for article, expected in zip(articles, EXPECTED["articles"][name], strict=True):
        check_article(article, expected, f"{name}: {expected['title']}")


@pytest.mark.parametrize("name", sorted(EXPECTED["pages"]))
def test_page_date_and_furniture(name, archive):
    page = next(p for p in archive.pages if p.source == name)
    expected = EXPECTED["pages"][name]
    assert list(page.furniture) == expected["furniture"]
    value = page.issue_date.value
    assert (value.year if value else None) == expected["year"]
    if expected["month"]:
        assert value.month == expected["month"] and page.issue_date.precision == "month"
        assert page.issue_date.source == "inferred" and page.issue_date.evidence


def test_no_problems_on_the_sample_archive(archive):
    assert archive.problems == ()


def test_advert_and_slogan_are_items_of_their_own(archive):
    kinds = {a.title: a.kind for a in archive.articles}
    assert kinds["公益广告"] == "advert"
    assert kinds["弘扬火车头精神 推进清廉株洲建设"] == "title-only"


def test_displaced_section_goes_to_the_article_it_continues(archive):
    """001: the OCR read 你们逆行's first section inside 让青春's column."""
    youth = next(a for a in archive.articles if a.title == "让青春在战“疫”中飞扬")
    escort = next(a for a in archive.articles if a.title == "你们逆行 有我护航")
    assert "高度重视快部署，扎实做好“牵头人”" not in youth.section_heads
    assert escort.section_heads[0] == "高度重视快部署，扎实做好“牵头人”"
    assert escort.paragraphs[0].startswith("为迅速做好保障工作")
    assert not any("党有号召" in p for p in escort.paragraphs)
    assert any(p.startswith("党有号召") for p in youth.paragraphs)
