"""The index stage: shards built from articles against lunr's own index."""
import pytest
from lunr.index import Index

from search_truth import whole_lunr_builder

from generator.index import BUCKETS, build_index
from generator.shards import POSTINGS_PER_SHARD, expand
from generator.terms import FIELDS, PIPELINE_NAME


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


# Small shards: many shards to a spill bucket, as in an archive of thousands of articles.
@pytest.mark.parametrize("postings_per_shard", [POSTINGS_PER_SHARD, 40])
def test_shards_are_the_index_lunr_builds_cut_by_term(articles, monkeypatch, postings_per_shard):
    """Expanding every shard gives back exactly lunr's own serialized index of the archive."""
    # Terms numpy cannot sort at once (see shards.lunr_order): beyond the BMP, and long.
    articles = [*articles, articles[0].with_(title="𠮷野家门前", subtitle="abcdefghij" * 4)]
    whole = whole_lunr_builder(articles).build().serialize()

    monkeypatch.setattr("generator.shards.POSTINGS_PER_SHARD", postings_per_shard)
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
