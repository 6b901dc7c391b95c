"""Reindex: the index stage as a site's build runs it, the last build's shards patched, carried
or made again."""
import hashlib
import json

import pytest

from generator.index import build_index
from generator.reindex import LastShards, reindex
from generator.shards import decode, postings_of


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


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
    _, counted = reindex(list(articles), first.keep, tmp_path, recount_share=0.1)
    changed = edited(list(articles), 3)
    second, last = first.next_build()
    patched, _ = reindex(changed, second.keep, tmp_path, counted=counted, last=last, recount_share=0.1)
    full = build_index(changed)
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
    _, counted = reindex(list(articles), first.keep, tmp_path, recount_share=0.1)
    changed = list(articles)
    for k in (1, 2, 3):  # 3 of 26: past a tenth
        changed = edited(changed, k)
    second, last = first.next_build()
    reindex(changed, second.keep, tmp_path, counted=counted, last=last, recount_share=0.1)
    full = build_index(changed)
    assert not second.carried
    assert [second.shards[n] for n in range(full.count)] == list(full.shards)


@pytest.mark.parametrize("shards", ["one, to patch", "many, some to carry"])
def test_shards_the_last_site_lost_are_made_again(articles, tmp_path, monkeypatch, shards):
    if shards != "one, to patch":
        monkeypatch.setattr("generator.shards.POSTINGS_PER_SHARD", 40)
    first = LastSite()
    _, counted = reindex(list(articles), first.keep, tmp_path, recount_share=0.1)
    for n in list(first.shards)[::2]:
        del first.shards[n]
    second, last = first.next_build()
    reindex(edited(list(articles), 3), second.keep, tmp_path, counted=counted, last=last, recount_share=0.1)
    full = build_index(edited(list(articles), 3))
    assert [second.shards[n] for n in range(full.count)] == list(full.shards)


def test_a_chunk_is_one_file_whole_or_cut_again(articles, tmp_path):
    """A chunk is one file, written whole under its name; a killed build's part is cut again
    and removed."""
    first = LastSite()
    reindex(list(articles), first.keep, tmp_path)
    chunks = sorted(tmp_path.iterdir())
    assert chunks and all(chunk.is_file() for chunk in chunks)
    kept = chunks[0].read_bytes()
    chunks[0].rename(chunks[0].with_name(chunks[0].name + ".part"))  # killed before it was renamed
    second, _ = first.next_build()
    reindex(list(articles), second.keep, tmp_path)
    assert sorted(tmp_path.iterdir()) == chunks and chunks[0].read_bytes() == kept
    assert [second.shards[n] for n in range(len(first.shards))] == [first.shards[n] for n in range(len(first.shards))]


def test_chunks_the_folder_lost_are_counted_again(articles, tmp_path):
    """A chunk gone from the folder (a cache cleared by hand) is cut again; the last build's
    chunk that patching reads gone, everything is scored again."""
    first = LastSite()
    _, counted = reindex(list(articles), first.keep, tmp_path, recount_share=0.1)
    for chunk in tmp_path.iterdir():
        chunk.unlink()
    second, last = first.next_build()
    reindex(edited(list(articles), 3), second.keep, tmp_path, counted=counted, last=last, recount_share=0.1)
    full = build_index(edited(list(articles), 3))
    assert not second.carried
    assert [second.shards[n] for n in range(full.count)] == list(full.shards)
