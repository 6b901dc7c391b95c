"""Segmentation: one jieba tokenizer, with the vocabulary of Chinese newspapers, for every stage.

rjieba (jieba-rs) cuts as jieba 0.42.1 does, an order of magnitude faster, so a stage simply
cuts what it reads: nothing is remembered between stages or builds. jieba cuts a text block by
block, so the words of "a\nb" are the words of a, "\n", the words of b: callers cut piece by piece.
"""
from __future__ import annotations

import functools
import marshal
import os
import re
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Callable

# Abbreviations every Chinese newspaper prints that jieba's dictionary cuts in the wrong
# place (市人社局 → 市人/社局).
NEWSPAPER_WORDS = (
    "人社局", "人社厅", "人社部", "人社部门", "发改委", "卫健委", "卫健局", "市监局", "网信办",
    "应急局", "住建局", "自然资源局", "生态环境局", "医保局", "退役军人事务局", "农业农村局",
)


@functools.cache
def tokenizer():
    """jieba's dictionary plus NEWSPAPER_WORDS, loaded once per process: rjieba (jieba-rs)
    cuts as jieba 0.42.1 does, some fifteen times as fast (see _as_jiebas)."""
    # Here: a rebuild that cuts nothing never loads the dictionary. Importing rjieba loads it
    # into its own tokenizer, the one used (another would load it again).
    import rjieba
    for word in NEWSPAPER_WORDS:
        rjieba.add_word(word, rjieba.suggest_freq(word), "nt")  # as jieba's add_word(word, freq=None)
    return rjieba


# What jieba 0.42.1 reads as one block of text to cut (re_han_default); outside it, each
# character is a word, whitespace and "\r\n" aside.
_JIEBA_BLOCK = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&._%-]+)")
_JIEBA_SPACE = re.compile(r"(\r\n|\s)")
# Inside a block, jieba cuts a run of Latin letters and digits the dictionary lacks at its
# punctuation (2020-03-06 → 2020 / - / 03 / - / 06); jieba-rs keeps the run whole.
_LATIN_RUN = re.compile(r"[a-zA-Z0-9+#&._%-]{2,}")
_LATIN_WORD = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")


# Characters jieba-rs may set inside a block of text and jieba never does: Han of the
# extensions and compatibility blocks, and "\r" (jieba keeps "\r\n" whole).
_BLOCKED_APART = re.compile(r"[\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003ffff\r]")


def words(text: str) -> list[str]:
    """jieba 0.42.1's lcut(text) (HMM on, for names and new words): jieba-rs's cut, its Latin
    runs split as jieba splits them; where the two would block the text apart differently, the
    blocks jieba makes, each cut by jieba-rs."""
    if not _BLOCKED_APART.search(text):
        return _cut(text)
    out: list[str] = []
    for k, part in enumerate(_JIEBA_BLOCK.split(text)):
        if k % 2:
            out += _cut(part)
        else:
            out += (w for piece in _JIEBA_SPACE.split(part) if piece
                    for w in ((piece,) if _JIEBA_SPACE.fullmatch(piece) else piece))
    return out


def _cut(text: str) -> list[str]:
    """jieba-rs's cut of a text, its Latin runs split as jieba splits them."""
    t = tokenizer()
    return _as_jiebas(t.cut(text), t) if _LATIN_RUN.search(text) else t.cut(text)


def _as_jiebas(cut: list[str], t) -> list[str]:
    out = []
    for w in cut:
        if w.isascii() and _LATIN_RUN.fullmatch(w) and not t.has_word(w):  # most words are Han
            out += filter(None, _LATIN_WORD.split(w))
        else:
            out.append(w)
    return out


@functools.cache
def jieba_tables() -> tuple[dict[str, str], dict[str, float], float]:
    """jieba's part of speech and IDF of each word, and its median IDF."""
    def parsed():
        import jieba.analyse
        import jieba.posseg
        tfidf = jieba.analyse.default_tfidf
        return dict(jieba.posseg.dt.word_tag_tab), dict(tfidf.idf_freq), tfidf.median_idf
    return _kept("pos-idf", parsed)


@functools.cache
def dictionary_freq() -> dict[str, int]:
    """How often jieba's corpus has each word of its dictionary."""
    def parsed():
        import jieba
        freq, _ = jieba.dt.gen_pfdict(jieba.dt.get_dict_file())  # as jieba loads it, words' prefixes too
        return {word: f for word, f in freq.items() if f}
    return _kept("freq", parsed)


def _kept(name: str, parse: Callable[[], object]):
    """What parse() makes of jieba's files, from a copy of it: jieba parses them slowly, the
    copy loads far faster. One copy per jieba version, in the temporary folder."""
    copy = Path(tempfile.gettempdir()) / f"newsarchive-jieba-{version('jieba')}-{name}.marshal"
    try:
        return marshal.loads(copy.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    made = parse()
    try:
        with tempfile.NamedTemporaryFile(dir=copy.parent, prefix=copy.name, delete=False) as f:
            f.write(marshal.dumps(made))
        os.replace(f.name, copy)
    except OSError:
        pass  # a read-only temporary folder: the next build parses jieba's files again
    return made


@functools.cache
def part_of_speech() -> dict[str, str]:
    """Each word's part of speech in jieba's dictionary (n, v, ns, nt…)."""
    tags = dict(jieba_tables()[0])
    tags.update((w, "nt") for w in NEWSPAPER_WORDS)
    return tags


# The complements a verb takes to say what it achieved (守牢, 稳住, 抓实, 夯实, 管好): such a pair,
# the dictionary's or not, is a verb.
_RESULTS = "牢住实好紧严稳准细足满透"


def parts_of_speech(text: str) -> list[tuple[str, str]]:
    """Each word of a text with its part of speech ("x" for a word the dictionary lacks, unless it
    is a verb and its result: 守牢)."""
    tags = part_of_speech()
    def tag(word: str) -> str:
        if word in tags:
            return tags[word]
        return "v" if len(word) == 2 and word[1] in _RESULTS and tags.get(word[0], "").startswith("v") else "x"
    return [(word, tag(word)) for word in words(text) if word.strip()]
