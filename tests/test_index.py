"""The index stage: terms of a text, shards, and the compact shard format against lunr itself."""
import pytest
from lunr.index import Index

from search_truth import whole_lunr_builder

from generator.index import (BUCKETS, FIELDS, PIPELINE_NAME, POSTINGS_PER_SHARD, build_index, decode, encode, expand,
                             han_terms, normalize,
                             key_hashes, shard_of, terms, traditional_to_simplified)


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


def test_every_pair_of_neighbouring_characters_is_a_term():
    assert han_terms("疫情防控工作") == ["疫情", "情防", "防控", "控工", "工作"]
    assert han_terms("年") == ["年"]


def test_terms_hold_bigrams_jieba_words_latin_and_digits():
    found = terms("株洲市人社局推出H5小程序，10000人次参加2022年招聘会")
    assert {"株洲", "洲市", "人社", "社局", "h5", "10000", "2022"} <= set(found)
    # Words of three or more characters rank the whole word above its pieces.
    assert {"株洲市", "人社局", "招聘会"} <= set(found)
    assert "，" not in "".join(found)


def test_punctuation_and_latin_cut_han_runs():
    assert "局推" not in terms("人社局。推出")
    assert terms("H5页面") == ["h5", "页面"]


@pytest.mark.parametrize("text, expected", [
    ("歷史", "历史"), ("臺灣", "台湾"), ("復工復產", "复工复产"), ("Ｈ５", "h5"), ("APP", "app"),
    ("历史", "历史"),
])
def test_normalize_folds_traditional_fullwidth_and_case(text, expected):
    assert normalize(text) == expected


def test_normalizing_twice_is_normalizing_once():
    table = traditional_to_simplified()
    assert len(table) > 2500
    assert all(table.get(v, v) == v for v in table.values())


def test_a_word_lives_in_the_shard_of_its_first_bigram():
    for shards in (1, 7, 1000):
        assert shard_of("防控工作", shards) == shard_of("防控", shards)
        assert 0 <= shard_of("h5", shards) < shards


def test_shard_hash_is_fnv_1a():
    # Published FNV-1a 32-bit values; search/engine.js must agree (the Node test checks it).
    assert shard_of("a", 2**32) == 0xE40C292C
    assert shard_of("foobar", 2**32) == 0xBF9CF968


# Small shards: many shards to a spill bucket, as in an archive of thousands of articles.
@pytest.mark.parametrize("postings_per_shard", [POSTINGS_PER_SHARD, 40])
def test_shards_are_the_index_lunr_builds_cut_by_term(articles, monkeypatch, postings_per_shard):
    """Expanding every shard gives back exactly lunr's own serialized index of the archive."""
    # Terms numpy cannot sort at once (see index._merged): beyond the BMP, and long.
    articles = [*articles, articles[0].with_(title="𠮷野家门前", subtitle="abcdefghij" * 4)]
    whole = whole_lunr_builder(articles).build().serialize()

    monkeypatch.setattr("generator.index.POSTINGS_PER_SHARD", postings_per_shard)
    index = build_index(list(articles), jobs=2)
    assert len(index.shards) == index.count > (BUCKETS if postings_per_shard < 100 else 1)
    terms_seen, vectors = {}, {}
    for shard in index.shards:
        serialized = expand(shard)
        assert serialized["pipeline"] == [PIPELINE_NAME]
        Index.load(serialized)  # loads as lunr does: terms in order, vectors well formed
        by_number = {p["_index"]: t for t, p in serialized["invertedIndex"]}
        for term, posting in serialized["invertedIndex"]:
            terms_seen[term] = {f: sorted(posting[f]) for f, _ in FIELDS}
        for ref, elements in serialized["fieldVectors"]:
            pairs = [(by_number[elements[i]], elements[i + 1]) for i in range(0, len(elements), 2)]
            vectors.setdefault(ref, []).extend(pairs)
    assert terms_seen == {t: {f: sorted(p[f]) for f, _ in FIELDS} for t, p in whole["invertedIndex"]}
    number = {p["_index"]: t for t, p in whole["invertedIndex"]}
    # A field without terms has an empty vector in lunr's index: no query can reach it.
    expected = {ref: sorted((number[e[i]], e[i + 1]) for i in range(0, len(e), 2))
                for ref, e in whole["fieldVectors"] if e}
    assert {ref: sorted(v) for ref, v in vectors.items()} == expected
    assert index.postings == sum(len(p) for t in terms_seen.values() for p in t.values())


def test_shards_split_evenly_enough(articles):
    index = build_index(list(articles))
    sizes = [sum(len(p) for p in s["postings"]) for s in index.shards]
    assert max(sizes) < 3 * (sum(sizes) / len(sizes))


@pytest.mark.parametrize("numbers", [[], [0], [31, 32, 33], [1023, 1024, 123456789, 2**40]])
def test_postings_encoding_round_trips(numbers):
    text = encode(numbers)
    assert decode(text) == numbers
    assert not set(text) & set("'\"\\<>")


def test_an_archive_without_tags_or_authors_still_indexes(articles):
    bare = [a.with_(tags=(), authors=(), kicker="", subtitle="") for a in articles[:2]]
    index = build_index(bare)
    assert index.postings and all(s["terms"] for s in index.shards)


def test_terms_are_in_javascripts_order(articles):
    """lunr.js takes a shard's terms only in its string order, by UTF-16 code unit: 𠮷
    (beyond the BMP) before 﨎 (U+FA0E), though Python orders them the other way."""
    index = build_index([articles[0].with_(title="𠮷野家门前的𠮷字，﨎字", subtitle="﨎𠮷", body=())])
    assert index.count == 1
    terms_in_order = index.shards[0]["terms"]
    assert terms_in_order == sorted(terms_in_order, key=lambda t: t.encode("utf-16-be"))
    assert terms_in_order != sorted(terms_in_order)


def test_key_hashes_are_shard_of_each_term():
    terms_ = ["疫情", "疫情防控", "年", "h5", "covid19", "a" * 70, "𠮷野家", "﨎"]
    assert key_hashes(terms_).tolist() == [shard_of(t, 2**32) for t in terms_]
