"""Segmentation: the remembered cuts are jieba's, piece by piece, and travel between builds."""
import functools
from pathlib import Path

import pytest

from generator import segment
from generator.store import Store
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
    store = Store(tmp_path / "store.sqlite")
    store.keep("words", "stamp-a", segment.keep_only({"一段从未切过的文字：湘江两岸灯火"}))
    segment._remembered().clear()
    segment.remember(store.value("words", "stamp-b") or {})
    assert "一段从未切过的文字：湘江两岸灯火" not in segment._remembered()
    segment.remember(store.value("words", "stamp-a"))
    assert segment._remembered()["一段从未切过的文字：湘江两岸灯火"] == fresh["一段从未切过的文字：湘江两岸灯火"]


def test_words_lent_to_a_task_are_its_words_while_it_runs_and_gone_after():
    # What a task carries to a worker (segment.cuts_of) stands for jieba's cut, so it is used;
    # a made-up cut shows it is, and that nothing of it stays after the task.
    text = "湘江风光带今日开放"
    with segment.lent({text: "\x00".join(["湘江", "风光带", "今日开放"])}):
        assert words(text) == ["湘江", "风光带", "今日开放"]
    assert words(text) == tokenizer().lcut(text)
    assert segment.cuts_of([text, "没有切过的另一段"]) == {text: "\x00".join(tokenizer().lcut(text))}


def test_a_pool_given_the_words_counts_what_one_process_counts():
    from generator.keywords import article_pieces, candidate_counts
    from generator.recall import Memo
    from types import SimpleNamespace
    articles = [SimpleNamespace(kicker="", title=f"复工复产第{k}批项目", subtitle="", section_heads=(),
                                paragraphs=(f"株洲市人社局推出{k}项举措，农民工就业创业有序推进。",))
                for k in range(80)]
    for a in articles:
        for piece in article_pieces(a):
            words(piece)  # known to this process, so the tasks carry them
    one = Memo().map("keywords", candidate_counts, articles, 1)
    pooled = Memo().map("keywords", candidate_counts, articles, 2, texts=article_pieces)
    assert pooled == one and one[0]["农民工"] == 1


ASIDE = """
import json, sys
from generator import segment
from generator.keywords import is_word
from generator.segment import jieba_tables, part_of_speech
with segment.aside(part_of_speech):
    cut = segment.words(sys.argv[1])
    dictionary = is_word(cut, set()).tolist()
    loaded_here = segment.tokenizer.cache_info().currsize + jieba_tables.cache_info().currsize
print(json.dumps([cut, dictionary, loaded_here]))
"""


def test_a_process_aside_cuts_what_this_one_would(root):
    """A rebuild asks the process aside for the words it cuts and looks up (its dictionary
    loads there while the build reads its sources): the same words, none loaded here."""
    import json
    import subprocess
    import sys
    text = "株洲市人社局推出H5小程序，湘江北岸新修了一座跨江步行桥"
    done = subprocess.run([sys.executable, "-c", ASIDE, text], cwd=root, capture_output=True, text=True, check=True)
    cut, dictionary, loaded_here = json.loads(done.stdout)
    assert cut == tokenizer().lcut(text) and loaded_here == 0
    from generator.keywords import is_word
    assert dictionary == is_word(cut, set()).tolist()


@functools.cache
def never_loaded():
    return None


def test_a_failure_aside_is_raised_here():
    with segment.aside():
        with pytest.raises(ZeroDivisionError):
            segment.elsewhere(divmod, 1, 0, unless=never_loaded)
        assert segment.elsewhere(divmod, 7, 2, unless=never_loaded) == (3, 1), "and it goes on serving"


ORPHAN = """
import os
from generator import segment
with segment.aside():
    print(segment._asides()[os.getpid()][0].pid, flush=True)
    os._exit(0)  # as a killed build: no context left, nothing cleaned up
"""


def test_the_process_aside_ends_with_the_build_that_started_it(root):
    import os
    import subprocess
    import sys
    import time
    # Not run(): a helper left alive would hold the pipe open, and the test would hang.
    child = subprocess.Popen([sys.executable, "-c", ORPHAN], cwd=root, stdout=subprocess.PIPE, text=True)
    helper = int(child.stdout.readline())
    child.stdout.close()
    assert child.wait(timeout=60) == 0
    for _ in range(100):
        try:
            state = Path(f"/proc/{helper}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return
        if state == "Z":  # ended; whoever adopted it has yet to reap it
            return
        time.sleep(0.1)
    os.kill(helper, 9)
    raise AssertionError("the process aside outlived its build")
