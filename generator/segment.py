"""Segmentation: one jieba tokenizer, with the vocabulary of Chinese newspapers, for every stage."""
from __future__ import annotations

import functools
import logging

import jieba

# Abbreviations every Chinese newspaper prints that jieba's dictionary cuts in the wrong
# place (市人社局 → 市人/社局).
NEWSPAPER_WORDS = (
    "人社局", "人社厅", "人社部", "人社部门", "发改委", "卫健委", "卫健局", "市监局", "网信办",
    "应急局", "住建局", "自然资源局", "生态环境局", "医保局", "退役军人事务局", "农业农村局",
)


@functools.cache
def tokenizer() -> jieba.Tokenizer:
    """jieba's dictionary plus NEWSPAPER_WORDS, loaded once per process."""
    jieba.setLogLevel(logging.WARNING)
    t = jieba.Tokenizer()
    t.initialize()
    for word in NEWSPAPER_WORDS:
        t.add_word(word, freq=None, tag="nt")
    return t


def words(text: str) -> list[str]:
    """jieba's words of a text, in order (HMM on, for names and new words)."""
    return tokenizer().lcut(text)
