"""Tags from the sample archive, and the rules that shape them."""
import datetime as dt
from collections import Counter
from types import SimpleNamespace

import pytest

from generator import keywords
from generator.config import Config
from generator.model import Article
from generator.keywords import JOIN, add_tag, article_pieces, by_date, compounds_kept, is_candidate, unchained
from generator.pipeline import load


@pytest.fixture(scope="module")
def articles(request):
    root = request.config.rootpath
    return load(Config(source=root / "seeds")).articles


def test_every_tag_gathers_at_least_three_articles_and_none_has_more_than_eight(articles):
    use = Counter(t for a in articles for t in a.tags)
    assert use and min(use.values()) >= keywords.MIN_ARTICLES_PER_TAG, use
    assert all(len(a.tags) <= keywords.MAX_TAGS for a in articles)
    # Most articles still have a way in by subject.
    assert sum(1 for a in articles if a.tags and a.kind == "article") >= 0.8 * sum(a.kind == "article" for a in articles)


def test_the_tags_are_the_most_widely_held_within_a_budget_growing_with_the_root_of_the_archive():
    # 400 articles: a budget of 200 tags, of 233 words held by three articles or more.
    tags = [(f"甲{k % 300}", f"乙{k % 150}", f"丙{k % 133}") for k in range(400)]
    kept = keywords.browsable(tags, {})
    held = Counter(t for ts in tags for t in ts)
    assert len(kept) == 200 and all(held[t] >= 3 for t in kept)
    assert min(held[t] for t in kept) >= max(held[t] for t in set(held) - kept)
    assert len(keywords.browsable([(f"词{k % 2000}",) for k in range(10_000)], {})) == 1000


def test_within_the_budget_the_tags_articles_are_about_come_before_those_they_only_mention():
    # 9 articles: a budget of 30 tags, of 31 held by three or more. Every article closes on
    # 人民视觉 once; 冬奥 is what 3 of them are about; each of 29 words is one article's subject.
    words = [f"词{k}" for k in range(29)]
    tags = [(*words, "人民视觉", *(("冬奥",) if k < 3 else ())) for k in range(9)]
    counts = keywords.flatten([Counter({**{w: 2 if k == 0 else 1 for w in words}, "人民视觉": 1,
                                        **({"冬奥": 2} if k < 3 else {})}) for k in range(9)])
    about = keywords.subjects(counts, tags)
    assert about == {**{w: 1 for w in words}, "冬奥": 3, "人民视觉": 0}
    assert keywords.browsable(tags, about) == {*words, "冬奥"}
    assert keywords.browsable(tags, {}) == {*words, "人民视觉"}, "else the most held first"


def test_a_stated_tag_keeps_its_place_beside_a_longer_word_chosen():
    assert keywords.with_stated(("社区",), ["社区居民", "志愿者"]) == ("社区", "社区居民", "志愿者")
    assert len(keywords.with_stated(("甲", "乙"), [f"词{k}" for k in range(20)])) == keywords.MAX_TAGS


def test_tags_the_sources_state_are_kept_whoever_else_holds_them():
    stated = Article(source="a.md", line=1, title="标题", tags=("孤例",), stated=frozenset({"tags"}))
    others = [Article(source=f"{k}.md", line=1, title=f"标题{k}") for k in range(3)]
    tally = SimpleNamespace(tags=(("孤例", "社区"), ("社区",), ("社区",), ("偶见",)), related=((), (), (), ()), about={})
    tags = [a.tags for a in keywords.tagged([stated, *others], tally)]
    assert tags == [("孤例", "社区"), ("社区",), ("社区",), ()]


@pytest.mark.parametrize("word", ["复工复产", "志愿者", "就业", "疫情防控", "社区"])
def test_topic_words_gather_several_articles(articles, word):
    tagged = [a for a in articles if word in a.tags]
    assert len(tagged) >= 3, word
    assert all(word in "\n".join(article_pieces(a)) for a in tagged)


def test_tags_are_never_generic_numbers_single_characters_or_the_paper(articles):
    tags = {t for a in articles for t in a.tags}
    assert not tags & {"工作", "进行", "开展", "我们", "记者", "表示", "株洲日报", "日报", "株洲"}
    assert all(len(t) >= 2 and not any(c.isdigit() for c in t) for t in tags), tags
    reporters = {p for a in articles for p in (*a.authors, *a.correspondents)}
    assert not tags & reporters


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


def test_articles_by_date_put_the_undated_last():
    dates = [dt.date(2020, 5, 1), None, dt.date(2019, 1, 1), dt.date(2020, 5, 1)]
    articles = [SimpleNamespace(issue_date=SimpleNamespace(value=d)) for d in dates]
    assert by_date(articles) == [2, 0, 3, 1]


def test_unchained_is_the_pairwise_rule(seed=7):
    """The per-word leaders give what comparing every pair of compounds sharing a word gives."""
    import random
    from collections import Counter
    rng = random.Random(seed)
    words = [f"词{k}" for k in range(12)]
    for _ in range(50):
        kept = {f"{rng.choice(words)}{JOIN}{rng.choice(words)}" for _ in range(rng.randint(1, 30))}
        total = Counter({w: rng.randint(1, 4) for w in kept})  # few values: many ties

        def pairwise(word):
            left, right = word.split(JOIN)
            rivals = {r for r in kept if set(r.split(JOIN)) & {left, right}} - {word}
            return not any(total[r] >= total[word] for r in rivals)
        assert unchained(kept, total) == {w for w in kept if pairwise(w)}


def test_jiebas_tables_come_back_the_same_from_their_copy(tmp_path, monkeypatch):
    """The copies that spare parsing jieba's files on every build hold exactly what jieba parses;
    a temporary folder that cannot be written to only costs the parse."""
    import jieba.analyse
    import jieba.posseg
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    loaders = (keywords.jieba_tables, keywords.dictionary_freq)
    for loader in loaders:
        loader.cache_clear()
    try:
        made = [loader() for loader in loaders]
        assert len(list(tmp_path.iterdir())) == 2
        for loader in loaders:
            loader.cache_clear()
        again = [loader() for loader in loaders]
        tfidf = jieba.analyse.default_tfidf
        jieba.dt.check_initialized()
        freq = {word: f for word, f in jieba.dt.FREQ.items() if f}
        assert made == again == [(jieba.posseg.dt.word_tag_tab, tfidf.idf_freq, tfidf.median_idf), freq]
        assert freq["报告"] > 0 and "人社局" not in freq
        monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "missing"))
        for loader in loaders:
            loader.cache_clear()
        assert [loader() for loader in loaders] == made
    finally:
        for loader in loaders:
            loader.cache_clear()


def test_a_tag_names_something_not_an_idiom_a_set_phrase_or_a_name_with_its_post():
    for tag in ("志愿者", "疫情防控", "复工复产", "就业", "文昌社区", "芦淞区白关镇", "人民政府", "冬奥", "就业服务站"):
        assert keywords.names_a_thing(tag), tag
    for tag in ("齐心协力", "慷慨激昂", "接下来", "随处可见", "青年干部邓娟", "副局长刘宪鹏", "安慰吴丽华",
                "汗水浸透", "区委联合"):
        assert not keywords.names_a_thing(tag), tag


def test_a_tag_that_names_nothing_has_no_page_however_many_hold_it():
    tags = [("齐心协力", "社区", f"词{k}") for k in range(6)]
    assert keywords.browsable(tags, {}) == {"社区"}
