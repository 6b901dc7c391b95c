"""Stable identity: slugs that survive rebuilds and new articles."""
import shutil
from pathlib import Path

from generator.config import Config
from generator.enrich import assign_slugs, enrich, spelled, title_slug
from generator.ingest import ingest
from generator.listings import site_structure
from generator.model import Article
from generator.recall import Memo
from generator.store import Store

ROOT = Path(__file__).resolve().parent.parent


def slugs(src: Path) -> dict[str, str]:
    return {a.title: a.slug for a in enrich(ingest(Config(source=src)), Config()).articles}


def test_title_slug_is_pinyin():
    assert title_slug("勇往直前 向“疫”而行") == "yong-wang-zhi-qian-xiang-yi-er-xing"
    assert title_slug("H5页面2022年上线") == "h5-ye-mian-2022-nian-shang-xian"
    assert len(title_slug("很" * 100)) <= 60


def test_slugs_are_unique_and_stable_when_articles_are_added(tmp_path):
    shutil.copy(ROOT / "seeds" / "002_c71dce638371acdc.txt", tmp_path / "b.txt")
    before = slugs(tmp_path)
    assert before == slugs(tmp_path), "a rebuild gives the same ids"
    shutil.copy(ROOT / "seeds" / "000_2ccb0aebaf651800.txt", tmp_path / "a.txt")
    (tmp_path / "c.md").write_text("---\ntitle: 新文章\n---\n正文。\n", "utf-8")
    after = slugs(tmp_path)
    assert all(after[title] == slug for title, slug in before.items())
    assert len(set(after.values())) == len(after)


def test_collisions_resolve_deterministically():
    twins = [Article(source=s, line=1, title="同一个标题") for s in ("b.txt", "a.txt", "c.txt")]
    first = assign_slugs(twins)
    assert [a.slug for a in first] == [a.slug for a in assign_slugs(twins)]
    assert first[1].slug == "undated-tong-yi-ge-biao-ti", "the first source keeps the plain slug"
    assert len({a.slug for a in first}) == 3


def test_pinyin_is_worked_out_once_per_name_and_recalled(tmp_path):
    names = ["勇往直前", "核酸检测", "勇往直前"] + [f"第{n}版" for n in range(100)]  # enough for workers
    assert spelled(names, 2) == {name: title_slug(name) for name in names}
    store = Store(tmp_path / "store.sqlite")
    kept = Memo(store, "stamp")
    assert kept.map("pinyin", title_slug, names, 2) == [title_slug(name) for name in names]
    kept.save()
    again = Memo(store, "stamp")
    assert again.stage("pinyin").get(again.key("核酸检测")) == "he-suan-jian-ce"


def test_listings_are_published_under_the_pinyin_enrich_worked_out():
    archive = enrich(ingest(Config(source=ROOT / "seeds")), Config())
    tag = site_structure(archive).tags[0]
    assert archive.pinyin[tag.name] == title_slug(tag.name) and tag.base == f"tags/{archive.pinyin[tag.name]}"
    assert all(archive.pinyin[a.title] in a.slug for a in archive.articles if "slug" not in a.stated)


def test_a_page_of_an_issue_s_folder_that_prints_no_day_takes_the_day_its_front_page_prints(tmp_path):
    from generator.enrich import dated
    issue = tmp_path / "第59期"
    issue.mkdir()
    item = "　　本刊訊　香港潭江同鄉會於七月十八日舉行第二十屆會董就職典禮，余振華先生再度當選連任會長。\n" \
           "　　典禮當晚，席開四十餘圍，場面熱鬧。\n"
    (issue / "p01.txt").write_text("潭江鄉訊　第五十九期\n\n懇親大會在鎮文化廣場舉行\n\n" + item +
                                   "\n潭江鄉訊　　二○○四年九月十五日　　（1）\n", "utf-8")
    (issue / "p02.txt").write_text("潭江鄉訊　第五十九期\n\n旅港同鄉會換屆\n\n" + item + "\n　　　— 2 —\n", "utf-8")
    archive = dated(ingest(Config(source=tmp_path)))
    by_page = {a.source: a.issue_date for a in archive.articles}
    assert by_page["第59期/p01.txt"].source == "printed" and by_page["第59期/p01.txt"].label() == "2004年9月15日"
    assert by_page["第59期/p02.txt"].iso() == "2004-09-15" and by_page["第59期/p02.txt"].precision == "day"


def test_a_page_s_running_head_names_the_paper_that_printed_all_its_articles(tmp_path):
    from generator.enrich import dated
    (tmp_path / "p3.txt").write_text(
        "深圳特区报　1994年6月8日　第3版　经济新闻\n\n罗湖口岸日通关旅客突破二十万人次\n\n"
        "　　本报讯　记者许卫东报道：昨日，罗湖口岸单日通关旅客达二十万三千余人次，创开通以来最高纪录。\n\n"
        "全国夏粮收购进展顺利\n\n"
        "　　新华社北京6月7日电（记者王平）　记者从国家粮食局获悉，全国夏粮收购进展顺利，各地收购价格基本稳定。\n",
        "utf-8")
    archive = dated(ingest(Config(source=tmp_path)))
    assert [(a.title, a.paper, a.page, a.section) for a in archive.articles] == [
        ("罗湖口岸日通关旅客突破二十万人次", "深圳特区报", "3", "经济新闻"),
        ("全国夏粮收购进展顺利", "深圳特区报", "3", "经济新闻")]  # a wire's report, printed in this paper
    assert archive.articles[1].dateline.startswith("新华社北京6月7日电")
