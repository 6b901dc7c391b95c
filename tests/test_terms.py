"""Index terms: what a text becomes in the index (bigrams, trigrams, words, Latin and digit
tokens) and how it is folded."""
import pytest

from generator.hanzi import traditional_to_simplified
from generator.terms import HAN_RUN, han_terms, normalize, terms


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


def test_term_counts_are_terms_counted_per_group():
    from collections import Counter
    from pathlib import Path

    from generator.terms import term_counts
    page = (Path(__file__).parent / "fixtures" / "papers").glob("*.txt")
    texts = [line for path in sorted(page)[:3] for line in path.read_text("utf-8").splitlines() if line.strip()]
    texts += ["株洲市人社局推出H5小程序", "年", "𠮷野家在臺灣開店", "㍻元年ＡＢＣ　2020-03-06", "人社局。推出", "a"]
    groups = [k % 7 for k in range(len(texts))]
    counted = term_counts(texts, groups, 8)
    found = [Counter() for _ in range(8)]
    for group, term, count in zip(counted.group.tolist(), counted.term.tolist(), counted.count.tolist()):
        found[group][counted.names[term]] += count
    wanted = [Counter(t for text, g in zip(texts, groups) if g == group for t in terms(text)) for group in range(8)]
    assert found == wanted and counted.lengths.tolist() == [sum(c.values()) for c in wanted]
    assert term_counts([], [], 2).lengths.tolist() == [0, 0]


def test_only_the_enclosed_and_squared_ideographs_fold_into_han_and_longer():
    from generator.terms import FOLDS_INTO_HAN, normalize_char
    for code in range(0x32000):  # the planes above hold no character that folds to Han
        if 0xD800 <= code <= 0xDFFF or FOLDS_INTO_HAN.match(chr(code)):
            continue
        folded = normalize_char(chr(code))
        assert len(folded) == 1 or not HAN_RUN.search(folded), hex(code)
