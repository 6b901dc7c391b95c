"""Segmentation: the remembered cuts are jieba's, piece by piece, and travel between builds."""
from generator import segment
from generator.recall import read_stamped, write_stamped
from generator.segment import tokenizer, words

TEXT = "株洲市人社局推出H5小程序，10000人次参加2022年招聘会。\n复工复产有序推进"


def test_words_are_jiebas_words_with_the_newspaper_vocabulary():
    assert words(TEXT) == tokenizer().lcut(TEXT)
    assert "人社局" in words("株洲市人社局推出")
    assert words("") == []


def test_a_text_cut_piece_by_piece_is_the_text_cut_whole():
    # Why every stage may cut a paragraph at a time and share the cuts: jieba cuts block by block.
    first, second = TEXT.split("\n")
    assert words(first) + ["\n"] + words(second) == tokenizer().lcut(TEXT)


def test_cuts_are_harvested_once_and_kept_only_for_the_same_stamp(tmp_path):
    segment.harvest()
    words("一段从未切过的文字：湘江两岸灯火")
    fresh = segment.harvest()
    assert list(fresh) == ["一段从未切过的文字：湘江两岸灯火"] and segment.harvest() == {}
    saved = tmp_path / "words.marshal"
    write_stamped(saved, "stamp-a", segment.keep_only({"一段从未切过的文字：湘江两岸灯火"}))
    segment._remembered().clear()
    segment.remember(read_stamped(saved, "stamp-b"))
    assert "一段从未切过的文字：湘江两岸灯火" not in segment._remembered()
    segment.remember(read_stamped(saved, "stamp-a"))
    assert segment._remembered()["一段从未切过的文字：湘江两岸灯火"] == fresh["一段从未切过的文字：湘江两岸灯火"]
