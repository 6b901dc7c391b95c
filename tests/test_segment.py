"""Segmentation: jieba-rs cuts every text as jieba 0.42.1 does, with the newspaper vocabulary."""
import functools
import logging

import jieba

from generator.keywords import article_pieces, candidate_counts
from generator.recall import Memo
from generator.segment import NEWSPAPER_WORDS, parts_of_speech, words

TEXT = "株洲市人社局推出H5小程序，10000人次参加2022年招聘会。\n复工复产有序推进"


@functools.cache
def jiebas() -> jieba.Tokenizer:
    """jieba itself, given the newspaper vocabulary as the generator gives it."""
    jieba.setLogLevel(logging.WARNING)
    t = jieba.Tokenizer()
    for word in NEWSPAPER_WORDS:
        t.add_word(word, tag="nt")
    return t


def test_words_are_jiebas_words_with_the_newspaper_vocabulary():
    assert words(TEXT) == jiebas().lcut(TEXT)
    assert "人社局" in words("株洲市人社局推出") and "人社局" not in jieba.Tokenizer().lcut("株洲市人社局推出")
    assert words("") == []


def test_latin_runs_rare_characters_and_spaces_are_cut_as_jieba_cuts_them():
    # jieba-rs alone keeps 2020-03-06 whole and joins 﨎𠮷; jieba cuts them apart.
    for text in ("2020-03-06 出版，第05版，3.14%的增长", "熟悉JAVA/C++，A/2020年3月/20200306-05-03.txt",
                 "𠮷野家门前的𠮷字，﨎𠮷", "一行\r\n二行\n\u3000\u3000正文  两个空格\t制表", "ＡＢＣ１２３和abc_def.txt"):
        assert words(text) == jiebas().lcut(text), text


def test_real_pages_are_cut_as_jieba_cuts_them(fixtures):
    # One HMM tie in some ten million characters went the other way in a trial (常在 against
    # 常 / 在, a word neither dictionary has); these pages have none.
    for page in sorted((fixtures / "papers").glob("*.txt")) + sorted((fixtures / "pages_more").glob("*.txt"))[:6]:
        for line in page.read_text(encoding="utf-8").splitlines():
            assert words(line) == jiebas().lcut(line), f"{page.name}: {line}"


def test_a_text_cut_piece_by_piece_is_the_text_cut_whole():
    # Why every stage may cut a paragraph at a time: jieba cuts block by block.
    first, second = TEXT.split("\n")
    assert words(first) + ["\n"] + words(second) == words(TEXT)


def test_parts_of_speech_are_the_dictionarys():
    tagged = dict(parts_of_speech("株洲市人社局推出小程序"))
    assert tagged["人社局"] == "nt" and tagged["推出"] == "v" and tagged["株洲市"] == "ns"


def test_a_verb_and_its_result_the_dictionary_lacks_is_a_verb():
    # 守牢安全底线 / 护航春耕生产: a head of two orders, each opening on its verb
    assert parts_of_speech("守牢安全底线")[0] == ("守牢", "v")
    assert [tag for word, tag in parts_of_speech("实底线") if word == "实"] != ["v"]  # (a result alone no verb)


def test_a_pool_counts_what_one_process_counts():
    from types import SimpleNamespace
    articles = [SimpleNamespace(kicker="", title=f"复工复产第{k}批项目", subtitle="", section_heads=(),
                                paragraphs=(f"株洲市人社局推出{k}项举措，农民工就业创业有序推进。",))
                for k in range(80)]
    one = Memo().map("keywords", candidate_counts, articles, 1)
    pooled = Memo().map("keywords", candidate_counts, articles, 2)
    assert pooled == one and one[0]["农民工"] == 1
    assert set(one[0]) <= {w for piece in article_pieces(articles[0]) for w in words(piece)} | \
        {w for w in one[0] if "+" in w}
