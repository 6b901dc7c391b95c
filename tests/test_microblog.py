"""A microblog's posts as a paper's account writes them (ingest/microblog.py): Weibo's backups and
crawls, X's archive, a long post copied out; each rule with the posts it exists for."""
from pathlib import Path

from generator.config import Config
from generator.ingest import ingest, rules
from generator.ingest.microblog import post_text, posted_day

FIXTURES = Path(__file__).parent / "fixtures" / "microblog"


def test_a_papers_posts_are_read_as_the_articles_they_carry_and_reposts_replies_and_likes_are_none():
    archive = ingest(Config(source=FIXTURES))
    read = {(a.source, a.title): (a.kicker, a.subtitle, a.authors, a.issue_date.iso()) for a in archive.articles}
    assert read == {
        # (posted at 23:45 UTC: the 21st on the paper's clock)
        ("data/tweets.js", "海川港前三季度集装箱吞吐量同比增长9.6%"): ("", "", (), "2022-10-21"),
        ("data/tweets.js", "一位侨商的“回乡路”"): ("", "", ("苏婉清",), "2022-10-15"),  # (a thread of two, joined)
        # (a long post: its teaser, then the heads as printed over the article)
        ("posts_202103.json", "田间地头来了“新农人”"): ("稳产保供 不误农时", "澴北区春耕备耕一线见闻", ("何晓兰",), "2021-03-29"),
        ("posts_202103.json", "澴川地铁2号线南延线今日起空载试运行"): ("", "", ("周劲松",), "2021-03-31"),
        ("weibo.csv", "龙舟水"): ("", "", (), "2023-06-05"),
        ("南岭日报_20230527_A2.txt", "南岭新区再添百亿级产业项目"): ("招商引资跑出“加速度”", "", ("梁伟",), "2023-05-27")}
    thread = next(a for a in archive.articles if a.title == "一位侨商的“回乡路”")
    assert thread.paragraphs[-1] == "上世纪90年代起，黄志坚先后30多次回乡，捐资修建了2所小学。"  # (its （完）, the wire's end mark, none)
    said = sorted((p.path, p.message.split(",")[0]) for p in archive.problems)
    assert said == [("data/like.js", "an X archive's record of like"), ("data/tweets.js", "a reply to another's post"),
                    ("data/tweets.js", "a repost of another's post"), ("posts_202103.json", "a repost of another's post"),
                    ("weibo.csv", "a repost of another's post")]  # (data/app.js, a script: no source, no problem)


def test_a_posts_title_in_brackets_and_its_words_without_links_or_topics():
    assert rules.post_title("【声明】近期发现有账号冒用本报名义。") == ("声明", "近期发现有账号冒用本报名义。")
    assert rules.post_title("【晚报时评】“办不成事”窗口，要让事办得成") is None, "a column's rubric"
    assert rules.post_title("【第3版】汉江边的“守桥人”") is None, "a page"
    assert post_text('【龙舟水】#龙舟水# 今年雨量大。<a href="http://t.cn/A6x">网页链接</a> #防汛#') == "【龙舟水】#龙舟水# 今年雨量大。"
    assert posted_day("Thu Oct 20 23:45:00 +0000 2022") == "2022-10-21" and posted_day("2023-06-15 17:00:00") == "2023-06-15 17:00:00"
