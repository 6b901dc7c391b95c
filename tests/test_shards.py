"""Shards: which shard a term lives in, and the encoding its postings travel as."""
import pytest

from generator.shards import code_hashes, decode, decode_many, encode, key_hashes, shard_of


def test_a_word_lives_in_the_shard_of_its_first_bigram():
    for shards in (1, 7, 1000):
        assert shard_of("防控工作", shards) == shard_of("防控", shards)
        assert 0 <= shard_of("h5", shards) < shards


def test_shard_hash_is_fnv_1a():
    # Published FNV-1a 32-bit values; search/engine.js must agree (the Node test checks it).
    assert shard_of("a", 2**32) == 0xE40C292C
    assert shard_of("foobar", 2**32) == 0xBF9CF968


@pytest.mark.parametrize("numbers", [[], [0], [31, 32, 33], [1023, 1024, 123456789, 2**40]])
def test_postings_encoding_round_trips(numbers):
    text = encode(numbers)
    assert decode(text) == numbers
    assert decode_many(text).tolist() == numbers
    assert not set(text) & set("'\"\\<>")


def test_key_hashes_are_shard_of_each_term():
    terms_ = ["疫情", "疫情防控", "年", "h5", "covid19", "a" * 70, "𠮷野家", "﨎"]
    assert key_hashes(terms_).tolist() == [shard_of(t, 2**32) for t in terms_]


def test_a_term_s_key_hashed_from_its_code_as_from_its_characters():

    from generator.terms import term_counts
    counted = term_counts(["疫情防控工作", "𠮷野家 2020 covid-19 一", "株洲市人社局推出H5小程序"], [0, 1, 1], 2)
    assert (code_hashes(counted.codes, counted.spelled) == key_hashes(counted.names)).all()
