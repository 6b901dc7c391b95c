"""Search as the browser runs it, replayed in Python over the built site: the query plan,
recall against plain substring truth, ranking, and sharded scores equal to one lunr index."""
import math
import random

import pytest
from lunr.query import QueryPresence

from generator.query import (JOIN_BOOST, MAX_REQUIRED_TERMS, TRIGRAM_BOOST, Searcher, phrases_held, query_plan,
                             rank, words_in)
from search_truth import (check_phrase_ranking, check_recall, check_title_ranking, han_phrases, holders,
                          indexed_texts, latin_tokens, whole_lunr_builder)


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


@pytest.fixture(scope="module")
def searcher(search_site):
    return Searcher(search_site)


def refs(searcher, query):
    return [ref for ref, _ in searcher.search(query)]


def test_a_phrase_requires_all_its_bigrams():
    plan = query_plan("防控工作")
    assert plan.required == ["防控", "控工", "工作"] and plan.runs == ["防控工作"]
    assert plan.optional == {"防控工": TRIGRAM_BOOST, "控工作": TRIGRAM_BOOST}


def test_words_typed_apart_add_the_bigram_where_they_touch():
    plan = query_plan("疫情 防控")
    assert plan.required == ["疫情", "防控"]
    assert plan.optional == {"情防": JOIN_BOOST, "疫情防": JOIN_BOOST, "情防控": JOIN_BOOST}


def test_latin_digits_traditional_and_fullwidth_are_normalized():
    assert query_plan("H5 App ２０２２年 歷史").required == ["h5", "app", "2022", "历史"]
    # A lone character beside a number ranks; it is required only when it is all there is.
    assert query_plan("2022年").optional == {"年": 1}
    assert query_plan("年").required == ["年"]


@pytest.mark.parametrize("query", ["", "   ", ":*~^+-", '""', "😀😀", "<script>alert(1)</script>",
                                   "防控:工作^3 -疫情 +复工~2 *", "字" * 10000, "\u0000\ufeff\u200b"])
def test_any_input_gives_a_plan_and_an_answer(searcher, query):
    plan = query_plan(query)
    assert len(plan.required) <= MAX_REQUIRED_TERMS
    assert all(t and not set(t) & set(":*~^+-\"<>/ ") for t in plan.required)
    found = searcher.search(query)
    scores = [score for _, score in found]
    assert scores == sorted(scores, reverse=True) and len({ref for ref, _ in found}) == len(found)
    # every answer holds every term the query requires, whatever it was typed as
    assert all(ref in searcher.documents_with(term) for ref, _ in found for term in plan.required)
    if not plan.required:
        assert found == []


def test_every_phrase_and_token_is_found(searcher, articles):
    assert check_recall(lambda q: refs(searcher, q), articles) > 400


def test_phrases_across_jieba_word_boundaries_are_found(searcher, articles):
    for phrase in ("防控工", "控工作", "情防控", "工复产"):
        truth = holders(articles, phrase)
        assert truth and truth <= set(refs(searcher, phrase)), phrase


def test_every_latin_and_digit_token_is_found(searcher, articles):
    tokens = latin_tokens(articles)
    assert {"2022", "H5"} <= set(tokens)
    for token in tokens:
        assert holders(articles, token) <= set(refs(searcher, token)), token
        assert holders(articles, token) <= set(refs(searcher, token.lower())), token


def test_traditional_query_finds_simplified_text(searcher):
    assert refs(searcher, "復工復產") == refs(searcher, "复工复产") != []
    assert refs(searcher, "疫情防控") == refs(searcher, "疫情防控")


def test_articles_holding_the_phrase_rank_above_those_holding_its_parts(searcher, articles):
    assert check_phrase_ranking(lambda q: refs(searcher, q), articles) > 0


def test_words_typed_apart_rank_the_articles_where_they_touch_first(searcher, articles):
    """A preference, not a rule: the joining trigrams are not the whole phrase (小区居民 holds
    区居民 for 社区 居民), so it is measured as a share of the cases where it matters."""
    rng, cases, right = random.Random(11), 0, 0
    for phrase in han_phrases(articles, 1500, seed=11):
        if len(phrase) < 4:
            continue
        cut = rng.randint(2, len(phrase) - 2)
        found = refs(searcher, f"{phrase[:cut]} {phrase[cut:]}")
        truth = holders(articles, phrase, indexed_texts)
        if len(found) > len(truth):
            cases += 1
            right += set(found[:len(truth)]) == truth
    assert cases >= 30 and right / cases >= 0.9, (right, cases)


def test_title_matches_rank_above_body_only_matches(searcher, articles):
    assert check_title_ranking(lambda q: refs(searcher, q), articles) > 50


def test_shards_score_exactly_as_one_lunr_index(searcher, articles):
    whole = whole_lunr_builder(articles).build()
    for text in ("防控工作", "疫情 防控", "复工复产 农民工", "H5", "2022年 招聘"):
        plan = query_plan(text)
        query = whole.create_query()
        for term in plan.required:
            query.term(term, presence=QueryPresence.REQUIRED)
        optional = {**plan.optional, **words_in(plan, lambda w: w in whole.inverted_index)}
        for term, boost in optional.items():
            query.term(term, boost=boost)
        scores = {r["ref"]: r["score"] for r in whole.query(query)}
        expected = rank(scores, phrases_held(plan, {int(ref) for ref in scores}, lambda t: holding(whole, t)))
        got = searcher.search(text)
        assert [r for r, _ in got] == [r for r, _ in expected], text
        assert all(math.isclose(a, b, rel_tol=1e-9) for (_, a), (_, b) in zip(got, expected)), text


def holding(index, term: str) -> set[int]:
    """The articles a lunr index holds a term in, in any field."""
    fields = index.inverted_index.get(term, {})
    return {int(ref) for name, refs in fields.items() if name != "_index" for ref in refs}


def test_every_article_holding_the_phrase_ranks_above_those_holding_its_pieces(phrase_site):
    from conftest import PHRASE, PHRASE_HOLDER
    searcher = Searcher(phrase_site)
    found = searcher.search(PHRASE)
    assert len(found) == 4 and searcher.doc(found[0][0])["t"] == PHRASE_HOLDER[0]
    # Scores alone would not have put it first: the articles of pieces score higher.
    assert found[0][1] < max(score for _, score in found[1:])
