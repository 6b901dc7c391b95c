"""Tags and related articles from the sample archive, and the rules that shape them."""
from collections import Counter

import pytest

from generator.config import Config
from generator.keywords import (JOIN, add_tag, article_text, compounds_kept, is_candidate,
                                unchained)
from generator.pipeline import load


@pytest.fixture(scope="module")
def articles(request):
    root = request.config.rootpath
    return load(Config(source=root / "seeds")).articles


def test_every_article_has_three_to_eight_tags(articles):
    for a in articles:
        if a.kind == "article":
            assert 3 <= len(a.tags) <= 8, (a.title, a.tags)


@pytest.mark.parametrize("word", ["复工复产", "核酸检测", "志愿者", "农民工", "就业", "疫情防控"])
def test_topic_words_gather_several_articles(articles, word):
    tagged = [a for a in articles if word in a.tags]
    assert len(tagged) >= 2, word
    assert all(word in article_text(a) for a in tagged)


def test_tags_are_never_generic_numbers_single_characters_or_the_paper(articles):
    tags = {t for a in articles for t in a.tags}
    assert not tags & {"工作", "进行", "开展", "我们", "记者", "表示", "株洲日报", "日报", "株洲"}
    assert all(len(t) >= 2 and not any(c.isdigit() for c in t) for t in tags), tags
    reporters = {p for a in articles for p in (*a.authors, *a.correspondents)}
    assert not tags & reporters


def test_most_tags_gather_more_than_one_article(articles):
    use = Counter(t for a in articles for t in a.tags)
    shared = sum(n for t, n in use.items() if n >= 2)
    assert shared / sum(use.values()) > 0.5, use


def test_related_articles_share_a_subject(articles):
    by_slug = {a.slug: a for a in articles}
    for a in articles:
        assert len(a.related) <= 5 and a.slug not in a.related
        for slug in a.related:
            other = by_slug[slug]
            assert set(a.tags) & set(other.tags) or a.kind != "article", (a.title, other.title)
    workers = next(a for a in articles if a.title == "多举措帮农民工兄弟就业创业")
    assert any("农民工" in by_slug[s].tags or "就业" in by_slug[s].tags for s in workers.related[:2])


def test_a_compound_is_kept_when_the_archive_writes_it_as_one_phrase():
    # 复工复产 in two articles, 复产 never alone: a phrase. 工作+复工 once: not.
    counts = [Counter({"复工": 3, "复产": 2, f"复工{JOIN}复产": 2}),
              Counter({"复工": 1, "复产": 1, f"复工{JOIN}复产": 1, f"帮扶{JOIN}复工": 1, "帮扶": 4})]
    assert compounds_kept(counts) == {f"复工{JOIN}复产"}


def test_chained_compounds_of_equal_weight_are_both_dropped():
    # 天元区雷打石镇: 天元区+雷打 and 雷打+石镇 are seen as often; the phrase's end is unknown.
    kept = {f"天元区{JOIN}雷打", f"雷打{JOIN}石镇", f"疫情{JOIN}防控", f"防控{JOIN}物资"}
    total = Counter({f"天元区{JOIN}雷打": 2, f"雷打{JOIN}石镇": 2, f"疫情{JOIN}防控": 30,
                     f"防控{JOIN}物资": 2})
    assert unchained(kept, total) == {f"疫情{JOIN}防控"}


def test_generic_and_function_words_are_not_candidates():
    import jieba.analyse
    import jieba.posseg
    tag_of, idf = jieba.posseg.dt.word_tag_tab, jieba.analyse.default_tfidf.idf_freq
    for word in ("工作", "我们", "进行", "目前", "2022", "H5", "的"):
        assert not is_candidate(word, tag_of, idf), word
    for word in ("志愿者", "农民工", "核酸", "就业"):
        assert is_candidate(word, tag_of, idf), word


def test_the_longer_tag_replaces_the_word_it_contains():
    tags = ["志愿", "社区"]
    add_tag(tags, "志愿者")
    add_tag(tags, "社区")
    add_tag(tags, "区")
    assert tags == ["志愿者", "社区"]
