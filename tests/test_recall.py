"""Recall and digests: what a build keeps for the next, and the keys of rendered pages."""
import dataclasses
import pickle

import pytest

from generator.digest import Digests
from generator.recall import Recall, key_of, recalled


def double(n):
    return n * 2


def test_recalled_works_out_only_what_the_last_build_did_not(tmp_path):
    path = tmp_path / "numbers.recall"
    first = Recall(path, "stamp")
    assert recalled(double, [1, 2, 3], 1, first, key=str) == [2, 4, 6]
    first.save()
    again = Recall(path, "stamp")
    again.before["2"] = pickle.dumps(40)  # a result only a recall could give
    assert recalled(double, [2, 5], 1, again, key=str) == [40, 10]
    assert set(again.now) == {"2", "5"}  # what this build used: the next keeps only that
    assert Recall(path, "other stamp").before == {}


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
