"""A chat's export (WeChat's or QQ's history as text, Telegram Desktop's result.json): the articles
its members forwarded; each rule with the lines it exists for."""
import json

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.chats import chat_messages, forwarded_articles

WECHAT = ("\ufeff2019-11-05 07:40:12 李文涛\n各位老同事早上好！今天日报登了咱们校庆的消息👇\n\n"
          "2019-11-05 07:42:18 周建国（语文组）\n咱们学校上报纸啦！全文贴过来，大家看看\n\n桐溪二中建校七十周年\n老校友重返母校共话桐中情\n"
          "——百余名海内外校友齐聚一堂\n\n《桐溪日报》2019年11月5日 第03版\n\n本报记者 何晓岚 通讯员 陈立军\n\n"
          "11月3日上午，桐溪二中校园里彩旗飘扬、欢声笑语，来自海内外的百余名校友重返母校，参加建校七十周年纪念活动。\n\n"
          "桐溪二中创办于1949年秋，前身为私立溪东初级中学，1956年改为公办并定名为桐溪县第二中学。\n\n"
          "2019-11-05 07:45:51 何丽萍\n[强][强][强]\n\n2019-11-05 08:03:27 王德明\n那本油印讲义是我捐给校史馆的😄\n")


def test_a_chat_saved_as_text_gives_the_article_a_member_forwarded_not_the_members_words(tmp_path):
    messages = chat_messages(WECHAT, ".txt")
    assert len(messages) == 4 and len(forwarded_articles(messages)) == 1
    (tmp_path / "桐溪二中退休教师群.txt").write_text(WECHAT, "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.subtitle) == ("桐溪二中建校七十周年", "老校友重返母校共话桐中情", "百余名海内外校友齐聚一堂")
    assert (article.issue_date.iso(), article.page, article.authors) == ("2019-11-05", "3", ("何晓岚",))


def test_a_telegram_export_s_posts_each_read_one_cut_to_the_app_s_length_joined(tmp_path):
    text = "全市暂停跨省长途客运班线。" * 4
    messages = [{"id": 1, "type": "service", "action": "invite_members", "text": ""},
                {"id": 2, "type": "message", "text": [{"type": "bold", "text": "【简讯】我市暂停跨省长途客运班线"},
                                                      f"\n\n📰 桐溪日报 | 2020.01.26 | 第1版\n\n本报讯 {text}"]},
                {"id": 3, "type": "message", "text": "三十天，他把家安在了卡口\n——记白沙县石门村党支部书记汪建华\n\n"
                                                     f"📰 桐溪日报 | 2020.02.20 | 第3版\n\n本报记者 欧阳静\n\n{text}（未完，见下条）"},
                {"id": 4, "type": "message", "text": f"（接上条）{text}整整三十天，石门村没有出现一例确诊病例。"},
                {"id": 5, "type": "message", "text": "👍"}]
    (tmp_path / "result.json").write_text(json.dumps({"name": "海外桐溪人", "messages": messages}, ensure_ascii=False), "utf-8")
    brief, profile = ingest(Config(source=tmp_path)).articles
    assert (brief.title, brief.issue_date.iso(), brief.page) == ("【简讯】我市暂停跨省长途客运班线", "2020-01-26", "1")
    assert (profile.title, profile.subtitle, profile.page) == ("三十天，他把家安在了卡口", "记白沙县石门村党支部书记汪建华", "3")
    assert profile.paragraphs[-1].endswith("石门村没有出现一例确诊病例。")


def test_a_qq_group_s_history_saved_by_its_message_manager_gives_the_articles_forwarded():
    page = ("<html><body><table><tr><td><div>消息记录（此消息记录为文本格式，不支持重新导入）</div></td></tr>"
            "<tr><td><div style=padding-left:10px;>消息对象:岚州三中88届同学</div></td></tr>"
            "<tr><td><div style=color:#42B475;padding-left:10px;><div style=float:left;margin-right:6px;>老班长</div>8:15:33</div>"
            "<div style=padding-left:20px;><font color='000000'>岚州日报 2012年12月6日 第2版<br><br>岚州三中新校区主体工程封顶<br><br>"
            "本报记者 袁志刚<br><br>12月5日上午，随着最后一方混凝土浇筑完毕，岚州三中新校区教学综合楼顺利封顶，标志着新校区主体工程"
            "全面完工。岚州三中新校区位于岚山区滨河新区，总投资2.3亿元。</font></div></td></tr>"
            "<tr><td><div style=color:#42B475;padding-left:10px;><div style=float:left;margin-right:6px;>小芳</div>8:20:01</div>"
            "<div style=padding-left:20px;><font color='000000'>太好了！</font></div></td></tr></table></body></html>")
    messages = chat_messages(page, ".mht")
    assert [m.lines[-1][-5:] for m in messages] == ["全面完工。岚州三中新校区位于岚山区滨河新区，总投资2.3亿元。"[-5:], "太好了！"]
    (article,) = forwarded_articles(messages)
    assert "岚州三中新校区主体工程封顶" in article.lines


def test_each_article_forwarded_keeps_the_line_it_stands_on_in_the_chat(tmp_path):
    text = "本报讯 全市今春共完成植树造林4.6万亩，义务植树320万株，超额完成年度任务，各区县均已完成各自的植树任务。"
    chat = (f"2016-04-18 08:01:12 老张\n全市春季植树活动圆满收官\n{text}\n\n2016-04-18 08:03:40 小李\n👍👍\n\n"
            f"2016-04-18 09:15:02 王姐\n城南社区开设四点半课堂\n{text}\n")
    (tmp_path / "群.txt").write_text(chat, "utf-8")
    lines = chat.split("\n")
    assert [(a.title, a.line) for a in ingest(Config(source=tmp_path)).articles] == [
        (title, lines.index(title) + 1) for title in ("全市春季植树活动圆满收官", "城南社区开设四点半课堂")]


def test_a_telegram_channel_s_posts_without_their_hashtags_and_emoji_from_its_json_and_its_web_pages(tmp_path):
    """#槟城 over a post's head is the channel's link to its other posts; 📰 opening a line, its
    decoration; Telegram Desktop exports the same history as result.json or as messages.html."""
    lead = "（槟城13日讯）升旗山缆车明日起暂停服务两周进行年度维修，不少国内外游客赶在停运前上山，今早8时许山脚车站已大排长龙。"
    messages = [{"id": 7, "type": "message", "text": [{"type": "hashtag", "text": "#槟城"}, "\n",
                                                      {"type": "bold", "text": "升旗山缆车维修前夕 游客大排长龙"}, f"\n\n{lead}\n\n",
                                                      {"type": "italic", "text": "摄影：陈家豪"}]}]
    (tmp_path / "channel").mkdir()
    (tmp_path / "channel" / "result.json").write_text(json.dumps({"name": "南岛日报", "type": "public_channel",
                                                                 "messages": messages}, ensure_ascii=False), "utf-8")
    page = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8"/>\n<title>Exported Data</title>\n</head>\n<body>\n'
            '<div class="message default clearfix" id="message18240">\n<div class="body">\n'
            '<div class="pull_right date details" title="20.05.2024 07:45:30 UTC+08:00">\n07:45\n</div>\n'
            '<div class="from_name">\n南岛日报 Nandao Daily\n</div>\n<div class="text">\n'
            '<a href="" onclick="return ShowHashtag(&quot;交通&quot;)">#交通</a><br><em>配合伸缩缝更换工程</em><br>'
            '<strong>📰 槟城第二大桥周末封闭两条车道</strong><br>——交通高峰恐塞车，当局吁公众提早出门或改道<br><br>'
            '（峇都茅20日讯）槟城第二大桥将于本周六及周日封闭两条车道，以进行伸缩缝更换工程，当局吁请公众提早出门。\n'
            '</div>\n</div>\n</div>\n<div class="message default clearfix joined" id="message18241">\n<div class="body">\n'
            '<div class="text">\n早安！今天也请注意交通安全。\n</div>\n</div>\n</div>\n</body>\n</html>\n')
    (tmp_path / "channel2").mkdir()
    (tmp_path / "channel2" / "messages.html").write_text(page, "utf-8")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.kicker, a.title, a.subtitle) for a in articles] == [
        ("", "升旗山缆车维修前夕 游客大排长龙", ""), ("配合伸缩缝更换工程", "槟城第二大桥周末封闭两条车道", "交通高峰恐塞车，当局吁公众提早出门或改道")]
    assert lead.endswith(articles[0].paragraphs[0]) and articles[0].dateline == "（槟城13日讯）"
