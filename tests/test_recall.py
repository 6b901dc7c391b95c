"""Recall and digests: what a build keeps for the next, and the keys of rendered pages."""
import dataclasses
import os

import pytest

from generator.digest import Digests, article_summary, fingerprint
from generator.digest import key_of
from generator.recall import Memo
from generator.store import Store


def double(n):
    return n * 2


def triple(n):
    return n * 3


def test_memo_works_out_only_what_the_last_build_did_not(tmp_path):
    store = Store(tmp_path / "store.sqlite")
    first = Memo(store, "stamp")
    assert first.map("numbers", double, [1, 2, 3], 1) == [2, 4, 6]
    first.save()
    # The stamp holds the code: a stage whose code changed has a new one. Here it has not, so
    # what the store kept for 2 is taken as it was.
    again = Memo(store, "stamp")
    assert again.map("numbers", triple, [2, 5], 1) == [4, 15]
    again.save()
    assert Memo(store, "stamp").map("numbers", triple, [1, 2, 5], 1) == [3, 4, 15], \
        "the next build keeps only what this one used"
    assert Memo(store, "other stamp").map("numbers", triple, [2], 1) == [6]
    assert Memo(store, "stamp").map("letters", triple, [2], 1) == [6], "each stage its own"


def test_plain_results_and_others_come_back_as_they_were(tmp_path):
    store = Store(tmp_path / "store.sqlite")
    values = [[("k", "pages/a.html")], {"a": (1, 2.5)}, Note("a", frozenset({"x"}))]
    first = Memo(store, "stamp")
    for k, value in enumerate(values):
        first.stage("kept").put(str(k), value)
    first.save()
    again = Memo(store, "stamp")
    assert [again.stage("kept").get(str(k)) for k in range(len(values))] == values


def test_a_file_is_keyed_by_its_name_and_bytes_and_a_configuration_by_what_shapes_the_output(tmp_path):
    from generator.config import Config
    memo = Memo(Store(), "stamp")
    page = tmp_path / "page.txt"
    page.write_text("一", "utf-8")
    first = memo.key((page, Config(source=tmp_path)))
    assert memo.key((page, Config(source=tmp_path, jobs=3, quiet=True))) == first, "jobs shape nothing"
    assert memo.key((page, Config(source=tmp_path, drafts=True))) != first
    (tmp_path / "other.txt").write_text("一", "utf-8")
    assert memo.key((tmp_path / "other.txt", Config(source=tmp_path))) != first, "another name"
    page.write_text("二", "utf-8")
    assert Memo(Store(), "stamp").key((page, Config(source=tmp_path))) != first, "other bytes"
    page.chmod(0)
    if not os.access(page, os.R_OK):  # root reads it all the same
        assert Memo(Store(), "stamp").key((page, Config(source=tmp_path))) is None, "unreadable: always read"


def test_keys_tell_apart_what_joining_would_not():
    assert key_of("ab", "c") != key_of("a", "bc")
    assert key_of("株洲", b"\x00") == key_of("株洲", b"\x00")


@dataclasses.dataclass(frozen=True)
class Note:
    text: str
    tags: frozenset


def test_digests_ignore_set_order_and_see_every_field():
    d = Digests()
    assert d.of(Note("a", frozenset({"x", "y"}))) == Digests().of(Note("a", frozenset({"y", "x"})))
    assert d.of(Note("a", frozenset())) != d.of(Note("b", frozenset()))
    assert d.of({"k": [1, "2"]}) != d.of({"k": [1, 2]})
    with pytest.raises(TypeError):
        d.of(object())


def test_a_summarized_value_is_summarized_once_however_many_pages_show_it():
    """A listing is shown by its head on each of its thousands of pages: one summary."""
    summaries = []

    def head(note):
        summaries.append(note)
        return note.text, len(note.tags)

    d = Digests({Note: head})
    note = Note("a", frozenset({"x", "y"}))
    keys = {d.of([page, note]) for page in range(3)}
    assert len(keys) == 3 and summaries == [note]
    assert d.of(note) == Digests({Note: head}).of(Note("a", frozenset({"p", "q"}))), "the head alone"
    assert d.of(note) != Digests({Note: head}).of(Note("b", frozenset({"x", "y"})))


def test_an_article_carries_the_fingerprint_of_what_ingest_made_of_it(sample_articles):
    """Later stages key their work by it: ingest sets it, enrich's fields leave it be, any
    other change drops it (so it is worked out again, never stale)."""
    article = sample_articles[0]
    assert article.fingerprint and article.fingerprint == fingerprint(dataclasses.replace(article, fingerprint=""))
    enriched = article.with_(tags=("新标签",), slug="another", related=("x",))
    assert enriched.fingerprint == article.fingerprint and enriched == dataclasses.replace(
        article, tags=("新标签",), slug="another", related=("x",))
    retitled = article.with_(title="另一个标题")
    assert not retitled.fingerprint and fingerprint(retitled) != article.fingerprint
    assert Digests({type(article): article_summary}).of(enriched) != Digests({type(article): article_summary}).of(article)
    assert Digests().of(article) == Digests().of(dataclasses.replace(article, fingerprint=""))
    with pytest.raises(TypeError):
        article.with_(headline="无此字段")
    with pytest.raises(dataclasses.FrozenInstanceError):
        enriched.title = "改不了"
    assert article.slug != "another", "with_ leaves the article it was given as it was"


def test_a_file_stat_says_is_as_it_was_is_not_read_again(tmp_path, monkeypatch):
    """FileDigests trusts size, times and inode, but not for a file changed just before the
    record was begun (it may change again within the clock's tick); a change of bytes always
    moves the change time, even with the size and the modification time put back."""
    import os
    import pathlib
    from generator import recall
    source, store = tmp_path / "page.txt", Store(tmp_path / "store.sqlite")
    source.write_text("湘江北岸", encoding="utf-8")
    reads = []
    real = pathlib.Path.read_bytes
    monkeypatch.setattr(pathlib.Path, "read_bytes", lambda self: reads.append(self.name) or real(self))

    def digest_now():
        digests = recall.FileDigests(store)
        found = digests.of(source)
        digests.save()
        return found

    first = digest_now()
    assert digest_now() == first and reads.count("page.txt") == 2, "changed just before the record: read again"
    monkeypatch.setattr(recall, "RACY_NS", -10**12)  # as if the record were begun long after
    assert digest_now() == first and reads.count("page.txt") == 2, "as it was: not read"
    times = source.stat()
    source.write_text("湘江南岸", encoding="utf-8")  # as many bytes
    os.utime(source, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert digest_now() != first and reads.count("page.txt") == 3
