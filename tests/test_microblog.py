"""A microblog's posts as a paper's account writes them (ingest/microblog.py): Weibo's backups and
crawls, X's archive, a long post copied out; each rule with the posts it exists for."""
from pathlib import Path

from generator.config import Config
from generator.ingest import ingest, rules
from generator.ingest.microblog import _as_of, post_text, posted_day

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


SPIDER = """用户信息
用户昵称：临川晚报
用户id: 2318645907

微博内容: 
【临川“菜篮子”价格回落】随着汛期结束，我市蔬菜价格连续一周回落。（记者 章敏） #临川民生# 
微博位置: 无
发布时间: 2021-08-05 20:46
点赞数: 356   转发数: 41   评论数: 72
发布工具: 微博 weibo.com

转发理由:家有适龄儿童的家长看过来！
原始用户: 临川发布
转发内容: 【关于2021年临川区义务教育阶段学校招生入学的通告】现将有关事项通告如下。
微博位置: 无
发布时间: 2021-08-04 18:20
点赞数: 172   转发数: 403   评论数: 96
发布工具: 微博 weibo.com

分享图片 
微博位置: 临川·文昌里历史文化街区
发布时间: 2021-08-03 09:12
点赞数: 941   转发数: 27   评论数: 63
发布工具: iPhone 12 Pro Max
"""

EXPORT = """\ufeff微博备份导出 v1.3.2
账号：临川晚报（2318645907）
导出时间：2021-07-27 08:40:16
----------------------------------------
发布时间：14小时前
发布来源：微博 weibo.com
转发 31 | 评论 60 | 赞 212
----------------------------------------

【临川二中新校区主体完工 预计明年秋季启用】7月24日，记者在临川二中新校区建设现场看到，12栋单体建筑已全部封顶。

新校区占地约320亩，建成后将有效缓解城区高中学位紧张问题。
"""

CRAWLED = ("\ufeffid,bid,正文,头条文章url,原始图片url,视频url,位置,日期,工具,点赞数,评论数,转发数,话题,@用户,完整日期,是否原创,"
           "源用户id,源用户昵称,源微博id,源微博正文,源微博日期\r\n"
           "4661965187042315\t,KpWvB1nZr,#晚报时评# 【防汛，不能只靠“人海战术”】连日来，我市多地遭遇强降雨。,,,,,"
           "2021-07-23T22:10:00,微博 weibo.com,5,1,2,晚报时评,,2021-07-23 22:10:00,True\r\n"
           "4661806223456000\t,Kq0aB2cDe,扩散周知！,,,,,2021-07-23T20:00:00,iPhone,1,1,1,,,2021-07-23 20:00:00,False,"
           "1978645231,临川公安,4661806223456789,【警情通报】7月23日…,2021-07-23T19:00:00\r\n"
           "4662000000000001\t,KqLong01,发布了头条文章：《城南堤上的72小时》 临川晚报记者在城南堤蹲守了三天三夜。 网页链接 ,"
           "https://weibo.com/ttarticle/p/show?id=1,,,,2021-07-22T21:00:00,微博 weibo.com,9,9,9,,,2021-07-22 21:00:00,True\r\n"
           "4662000000000002\t,KqNight1,#晚安临川# 雨停了，城市的灯一盏盏亮起来。晚安！,,,,,2021-07-21T23:00:00,"
           "微博 weibo.com,9,9,9,,,2021-07-21 23:00:00,True\r\n"
           "4662000000000003\t,KqCut001,\"【抚河临川段今晨超警戒水位】今日6时，抚河临川段水位达到29.38米，目前，全市已转移")


def test_a_backup_tool_s_text_of_posts_crawled_rows_and_an_api_s_answer_are_the_posts_they_keep(tmp_path):
    (tmp_path / "2318645907.txt").write_bytes(SPIDER.encode("gbk"))
    (tmp_path / "2021-07-27_Kqk7Rb1Wd.txt").write_text(EXPORT, "utf-8")
    (tmp_path / "2318645907.csv").write_text(CRAWLED, "utf-8")
    (tmp_path / "4668021897513462.json").write_text(
        '{"ok":1,"data":{"created_at":"Mon Aug 09 07:30:02 +0800 2021","id":"4668021897513462","idstr":"4668021897513462",'
        '"text":"\\u3010口袋公园开放\\u3011记者从市城管局获悉，15处口袋公园同步开放。"}}', "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert sorted((a.source, a.title, a.issue_date.iso()) for a in archive.articles) == [
        ("2021-07-27_Kqk7Rb1Wd.txt", "临川二中新校区主体完工 预计明年秋季启用", "2021-07-26"),  # (14 hours before its export)
        ("2318645907.csv", "城南堤上的72小时", "2021-07-22"),  # (a post pointing to the account's long article)
        ("2318645907.csv", "防汛，不能只靠“人海战术”", "2021-07-23"),  # (its columns for a repost left off)
        ("2318645907.txt", "临川“菜篮子”价格回落", "2021-08-05"),
        ("4668021897513462.json", "口袋公园开放", "2021-08-09")]
    assert any(p.path == "2318645907.csv" and p.message.startswith("record has 3 fields") for p in archive.problems)  # (cut short)
    said = sorted((p.path, p.message.split(",")[0]) for p in archive.problems if "none of the paper's" in p.message)
    assert said == [("2318645907.csv", "a post of a few words under no headline"), ("2318645907.csv", "a repost of another's post"),
                    ("2318645907.txt", "a post of a few words under no headline"), ("2318645907.txt", "a repost of another's post")]


def test_a_post_s_time_as_the_platform_showed_it_is_read_against_its_export():
    exported = "2021-07-27 08:40:16"
    assert _as_of("14小时前", exported) == "2021-07-26 18:40" and _as_of("昨天 08:10", exported) == "2021-07-26 08:10"
    assert _as_of("7月25日 11:05", exported) == "2021-07-25 11:05"
    assert _as_of("12月30日 11:05", "2021-01-02 08:00") == "2020-12-30 11:05"  # (last year's, the year not shown)
    assert _as_of("7月25日 11:05", None) == "7月25日 11:05"
