"""The index stage: shards built from articles against lunr's own index, and the last build's
shards patched, carried or made again."""
import hashlib
import json
import shutil

import pytest
from lunr.index import Index

from search_truth import whole_lunr_builder

from generator.index import BUCKETS, LastShards, build_index
from generator.shards import POSTINGS_PER_SHARD, decode, expand, postings_of
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
    index, _ = build_index(list(articles), jobs=2)
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
    index, _ = build_index(list(articles))
    sizes = [sum(len(p) for p in s["postings"]) for s in index.shards]
    assert max(sizes) < 3 * (sum(sizes) / len(sizes))


def test_an_archive_without_tags_or_authors_still_indexes(articles):
    bare = [a.with_(tags=(), authors=(), kicker="", subtitle="") for a in articles[:2]]
    index, _ = build_index(bare)
    assert index.postings and all(s["terms"] for s in index.shards)


def test_terms_are_in_javascripts_order(articles):
    """lunr.js takes a shard's terms only in its string order, by UTF-16 code unit: 𠮷
    (beyond the BMP) before 﨎 (U+FA0E), though Python orders them the other way."""
    index, _ = build_index([articles[0].with_(title="𠮷野家门前的𠮷字，﨎字", subtitle="﨎𠮷", body=())])
    assert index.count == 1
    terms_in_order = index.shards[0]["terms"]
    assert terms_in_order == sorted(terms_in_order, key=lambda t: t.encode("utf-16-be"))
    assert terms_in_order != sorted(terms_in_order)


def scores(shards: dict[int, dict]) -> dict[tuple[str, int, int], int]:
    """(term, field, ref) → score × 1000 of every posting of the shards."""
    return {(term, field, ref): score for shard in shards.values()
            for term, text in zip(shard["terms"], shard["postings"])
            for field, ref, score in postings_of(decode(text))}


class LastSite:
    """The shards one build kept, as the next build finds them in the site."""

    def __init__(self, number: int = 1):
        self.number, self.shards, self.carried = number, {}, []

    def keep(self, n: int, shard: dict) -> str:
        self.shards[n] = shard
        return hashlib.sha1(json.dumps(shard).encode()).hexdigest()

    def next_build(self) -> tuple["LastSite", LastShards]:
        after = LastSite(self.number + 1)

        def read(n):
            if n not in self.shards:
                raise FileNotFoundError(f"index/{n}.js")
            return self.shards[n]

        def carry(numbers):
            there = [n for n in numbers if n in self.shards]
            after.carried += there
            after.shards.update((n, self.shards[n]) for n in there)
            return there
        return after, LastShards(read, carry)


def edited(articles, k: int):
    """Articles with the k-th one's title and a paragraph rewritten: new words, some gone."""
    article = articles[k]
    body = (article.body[0].__class__("缆车索道今日试运行，游客乘坐缆车登山。", article.body[0].line), *article.body[1:])
    return [*articles[:k], article.with_(title="新建缆车索道试运行", body=body), *articles[k + 1:]]


def test_a_few_changed_articles_patch_the_last_shards(articles, tmp_path, monkeypatch):
    """Below the recount share, a build patches the last shards: every term finds the same
    articles as a full count, other articles keep their scores, untouched shards are carried."""
    monkeypatch.setattr("generator.shards.POSTINGS_PER_SHARD", 40)  # many shards
    first = LastSite()
    _, counted = build_index(list(articles), keep=first.keep, chunks=tmp_path, recount_share=0.1)
    changed = edited(list(articles), 3)
    second, last = first.next_build()
    patched, _ = build_index(changed, keep=second.keep, chunks=tmp_path, counted=counted, last=last,
                             recount_share=0.1)
    full, _ = build_index(changed)
    got, want, before = scores(second.shards), scores(dict(enumerate(full.shards))), scores(first.shards)
    assert got.keys() == want.keys()
    assert ("缆车", 0, 3) in got and ("缆车", 0, 3) not in before
    assert [k for k in before if k[2] == 3 and k not in got]  # its old words are gone
    assert {k: v for k, v in got.items() if k[2] != 3} == {k: v for k, v in before.items() if k[2] != 3 and k in got}
    assert got != want  # scored against the last full count, not a new one
    assert 0 < len(second.carried) < patched.count == full.count
    assert [second.shards[n]["terms"] for n in range(full.count)] == [s["terms"] for s in full.shards]
    assert (patched.terms, patched.postings) == (full.terms, full.postings)


def test_past_the_recount_share_everything_is_counted_again(articles, tmp_path):
    first = LastSite()
    _, counted = build_index(list(articles), keep=first.keep, chunks=tmp_path, recount_share=0.1)
    changed = list(articles)
    for k in (1, 2, 3):  # 3 of 26: past a tenth
        changed = edited(changed, k)
    second, last = first.next_build()
    build_index(changed, keep=second.keep, chunks=tmp_path, counted=counted, last=last, recount_share=0.1)
    full, _ = build_index(changed)
    assert not second.carried
    assert [second.shards[n] for n in range(full.count)] == list(full.shards)


@pytest.mark.parametrize("shards", ["one, to patch", "many, some to carry"])
def test_shards_the_last_site_lost_are_made_again(articles, tmp_path, monkeypatch, shards):
    if shards != "one, to patch":
        monkeypatch.setattr("generator.shards.POSTINGS_PER_SHARD", 40)
    first = LastSite()
    _, counted = build_index(list(articles), keep=first.keep, chunks=tmp_path, recount_share=0.1)
    for n in list(first.shards)[::2]:
        del first.shards[n]
    second, last = first.next_build()
    build_index(edited(list(articles), 3), keep=second.keep, chunks=tmp_path, counted=counted, last=last,
                recount_share=0.1)
    full, _ = build_index(edited(list(articles), 3))
    assert [second.shards[n] for n in range(full.count)] == list(full.shards)


def test_chunks_the_folder_lost_are_counted_again(articles, tmp_path):
    """A chunk gone from the folder (a cache cleared by hand) is cut again; the last build's
    chunk that patching reads gone, everything is scored again."""
    first = LastSite()
    _, counted = build_index(list(articles), keep=first.keep, chunks=tmp_path, recount_share=0.1)
    for chunk in tmp_path.iterdir():
        shutil.rmtree(chunk)
    second, last = first.next_build()
    build_index(edited(list(articles), 3), keep=second.keep, chunks=tmp_path, counted=counted, last=last,
                recount_share=0.1)
    full, _ = build_index(edited(list(articles), 3))
    assert not second.carried
    assert [second.shards[n] for n in range(full.count)] == list(full.shards)
