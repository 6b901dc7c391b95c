"""An e-reader's file of highlights (ingest/highlights.py): each highlight of a whole piece an article."""
from generator.config import Config
from generator.ingest import ingest

BOOK = "\ufeff星海晚报三十年文萃 (星海晚报社 编)\r\n"
CLIPPINGS = (
    BOOK + "- 您在第 12 页（位置 #180-196）的标注 | 添加于 2021年3月5日星期五 上午8:14:37\r\n\r\n"
    "排队的学问\r\n郁 青\r\n排队看似小事，却是一座城市文明程度的“晴雨表”。\r\n（原载1986年11月2日《星海晚报》第4版）\r\n==========\r\n"
    "山河故人记 (陈默)\r\n- 您在位置 #2210-2211的标注 | 添加于 2021年3月8日星期一 下午10:40:05\r\n\r\n"
    "人这一辈子，总要回到出发的地方去。\r\n==========\r\n"
    + BOOK + "- 您在第 88 页（位置 #1500-1503）的标注 | 添加于 2021年3月12日星期五 下午9:15:40\r\n\r\n"
    "街头卖报的老人\r\n林 涛\r\n每天傍晚五点，中山路邮局门口准会响起一声吆喝。\r\n==========\r\n"
    + BOOK + "- 您在第 88 页（位置 #1500-1512）的标注 | 添加于 2021年3月12日星期五 下午9:16:58\r\n\r\n"
    "街头卖报的老人\r\n林 涛\r\n每天傍晚五点，中山路邮局门口准会响起一声吆喝。孙伯卖晚报，从晚报创刊那年就开始了。\r\n"
    "（原载1998年3月8日《星海晚报》第8版）\r\n==========\r\n"
    + BOOK + "- 您在第 89 页（位置 #1512）的笔记 | 添加于 2021年3月12日星期五 下午9:18:02\r\n\r\n孙伯让我想起外公\r\n==========\r\n"
    "The Paper Years (Lin Tao)\r\n- Your Bookmark on page 3 | Location 41 | Added on Friday, 5 March 2021 08:01:02\r\n\r\n\r\n==========\r\n")


def test_an_e_readers_highlights_of_whole_pieces_are_articles_dated_by_their_print_not_by_their_marking(tmp_path):
    (tmp_path / "My Clippings.txt").write_text(CLIPPINGS, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.authors, a.issue_date.iso(), a.page) for a in archive.articles] == [
        ("排队的学问", ("郁青",), "1986-11-02", "4"), ("街头卖报的老人", ("林涛",), "1998-03-08", "8")]
    assert [(p.line, p.message) for p in archive.problems] == [
        (10, "a highlight of a passage with no head; no article"),
        (15, "a highlight the reader widened later over the same place, read as that one; no article"),
        (30, "the reader's own note; no article"), (35, "a bookmark, no text; no article")]
