"""Segmentation: one jieba tokenizer, with the vocabulary of Chinese newspapers, for every stage.

jieba is the costliest step of a build, and captions, keywords and the index all read the same
paragraphs: each process remembers the words of every piece of text it has cut (a paragraph,
a title), `pmap` brings what its workers cut back to the parent (so workers forked later have
it), and the build cache keeps it for the next build. jieba cuts a text block by block, so the
words of "a\nb" are the words of a, "\n", the words of b: callers cut piece by piece.
"""
from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import marshal
import multiprocessing
import os
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Callable, Iterable, Iterator

# Abbreviations every Chinese newspaper prints that jieba's dictionary cuts in the wrong
# place (市人社局 → 市人/社局).
NEWSPAPER_WORDS = (
    "人社局", "人社厅", "人社部", "人社部门", "发改委", "卫健委", "卫健局", "市监局", "网信办",
    "应急局", "住建局", "自然资源局", "生态环境局", "医保局", "退役军人事务局", "农业农村局",
)

# Joins a piece's words in memory: one string per piece, not a list of small strings.
_JOIN = "\x00"


@functools.cache
def tokenizer() -> "jieba.Tokenizer":
    """jieba's dictionary plus NEWSPAPER_WORDS, loaded once per process."""
    import jieba  # here: a rebuild that cuts nothing (or cuts aside) never imports it
    jieba.setLogLevel(logging.WARNING)
    t = jieba.Tokenizer()
    t.initialize()
    for word in NEWSPAPER_WORDS:
        t.add_word(word, freq=None, tag="nt")
    return t


@functools.cache
def _remembered() -> dict[str, str]:
    """Each piece of text this process knows the words of, with its words joined."""
    return {}


@functools.cache
def _fresh() -> dict[str, str]:
    """The pieces cut here since the last `harvest`."""
    return {}


@functools.cache
def _lent() -> dict[str, str]:
    """Words a worker's task brought along (see `lent`)."""
    return {}


def words(text: str) -> list[str]:
    """jieba's words of a text, in order (HMM on, for names and new words)."""
    known = _lent().get(text)
    if known is None:
        known = _remembered().get(text)
    if known is None:
        cut = elsewhere(_cut, text, unless=tokenizer)
        if _JOIN in text:
            return cut
        known = _remembered()[text] = _fresh()[text] = _JOIN.join(cut)
    return known.split(_JOIN) if known else []


def _cut(text: str) -> list[str]:
    return tokenizer().lcut(text)


# A process forked when a rebuild starts, loading jieba's dictionary and tables there while the
# build reads its sources on this core: a rebuild that needs a few words cut or looked up asks
# it, and never waits for the dictionary itself (half a second, and a quarter more for the tables).
@functools.cache
def _asides() -> dict[int, tuple]:
    """The process aside of each process that started one (a worker forked later has none)."""
    return {}


@contextlib.contextmanager
def aside(*loads: Callable[[], object]) -> Iterator[None]:
    """A process aside for as long as the context lasts, which runs tokenizer and `loads` first."""
    fork = multiprocessing.get_context("fork")
    mine, its = fork.Pipe()
    helper = fork.Process(target=_serve, args=(its, mine, (tokenizer, *loads)), daemon=True)
    helper.start()
    its.close()
    _asides()[os.getpid()] = (helper, mine)
    try:
        yield
    finally:
        del _asides()[os.getpid()]
        mine.close()
        helper.kill()  # it keeps nothing: no need to wait for it to finish loading
        helper.join()


def elsewhere(fn: Callable, *args, unless: Callable):
    """fn(*args), run by the process aside if there is one and `unless` (a cached loader)
    has not run here; the words it cut come back with the result."""
    helper = _asides().get(os.getpid())
    if helper is None or unless.cache_info().currsize:
        return fn(*args)
    connection = helper[1]
    connection.send((fn, args))
    failed, result, cut = connection.recv()
    if failed:
        raise result
    remember(cut)
    return result


def _serve(connection, parents_end, loads) -> None:
    parents_end.close()  # so that the parent's end closing (or the parent dying) ends this
    for load in loads:
        load()
    harvest()
    while True:
        try:
            fn, args = connection.recv()
        except EOFError:
            return
        try:
            connection.send((False, fn(*args), harvest()))
        except Exception as error:  # the caller raises it
            connection.send((True, error, {}))


@functools.cache
def jieba_tables() -> tuple[dict[str, str], dict[str, float], float]:
    """jieba's part of speech and IDF of each word, and its median IDF. jieba parses its text
    files on import, slowly; they are kept, like jieba's own dictionary, in a copy that loads
    far faster, one per jieba version."""
    copy = Path(tempfile.gettempdir()) / f"newsarchive-jieba-{version('jieba')}.marshal"
    try:
        return marshal.loads(copy.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        pass
    import jieba.analyse
    import jieba.posseg
    tfidf = jieba.analyse.default_tfidf
    tables = (dict(jieba.posseg.dt.word_tag_tab), dict(tfidf.idf_freq), tfidf.median_idf)
    try:
        with tempfile.NamedTemporaryFile(dir=copy.parent, prefix=copy.name, delete=False) as f:
            f.write(marshal.dumps(tables))
        os.replace(f.name, copy)
    except OSError:
        pass  # a read-only temporary folder: the next build parses jieba's files again
    return tables


@functools.cache
def part_of_speech() -> dict[str, str]:
    """Each word's part of speech in jieba's dictionary (n, v, ns, nt…)."""
    tags = dict(jieba_tables()[0])
    tags.update((w, "nt") for w in NEWSPAPER_WORDS)
    return tags


def parts_of_speech(text: str) -> list[tuple[str, str]]:
    """Each word of a text with its part of speech ("x" for a word the dictionary lacks)."""
    return elsewhere(_parts_of_speech, text, unless=jieba_tables)


def _parts_of_speech(text: str) -> list[tuple[str, str]]:
    tags = part_of_speech()
    return [(word, tags.get(word, "x")) for word in words(text) if word.strip()]


def cuts_of(texts: Iterable[str]) -> dict[str, str]:
    """What this process knows of the words of texts, for a task to carry to a worker."""
    known = _remembered()
    return {t: known[t] for t in texts if t in known}


@contextlib.contextmanager
def lent(cuts: dict[str, str]) -> Iterator[None]:
    """Words a task brought along (cuts_of), looked up first while it runs. A forked worker
    that read its parent's memory instead would copy every page it read from: reading an
    object writes its reference count."""
    _lent().update(cuts)
    try:
        yield
    finally:
        _lent().clear()


def harvest() -> dict[str, str]:
    """What this process cut since the last harvest (a worker hands it to its parent)."""
    fresh = dict(_fresh())
    _fresh().clear()
    return fresh


def remember(cut: dict[str, str]) -> None:
    """Take words cut elsewhere: a worker's harvest, or what the last build kept."""
    _remembered().update(cut)


def known() -> int:
    """How many pieces of text this process knows the words of."""
    return len(_remembered())


def latest(count: int) -> dict[str, str]:
    """The last `count` pieces this process learnt the words of (cut or taken)."""
    return dict(itertools.islice(reversed(_remembered().items()), count))


def keep_only(keep: set[str]) -> dict[str, str]:
    """Forget the words of every piece not in `keep` (a preview server builds again and
    again); what is kept, for the next build."""
    known = _remembered()
    kept = {t: known[t] for t in keep if t in known}
    known.clear()
    known.update(kept)
    return kept
