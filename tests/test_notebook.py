"""A notes app's or a blog's export (Evernote .enex, WordPress WXR): each note's clippings read as
text files; each rule with the lines it exists for."""
import datetime as dt
import json

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.markdownpage import quoted_clippings
from generator.ingest.notebook import Line, as_text, clipping_in_post, clippings_quoted, note_lines, notes_of, told_print

ENEX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">
<en-export export-date="20230214T093012Z" application="Evernote" version="10.52.6">
  <note>
    <title>拆迁户三年后终于住进新家 - 沣川晚报数字报刊</title>
    <created>20130105T121314Z</created>
    <note-attributes><source-url>http://epaper.fcwb.example.cn/html/2012-08/17/content_40213.htm</source-url></note-attributes>
    <content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">
<en-note><div>沣川晚报　2012年08月17日 星期五</div><div>第07版：社会新闻　　<a href="node_2.htm">上一版</a>　<a href="node_4.htm">下一版</a></div><hr/><div>城中村改造调查</div><div><b><span>拆迁户三年后终于住进新家</span></b></div><div>——沣川区兑现安置承诺，首批三百户领到钥匙</div><div>更新时间：2012-08-16 23:41　来源：沣川晚报</div><div>本报记者 黄晓岚</div><div><br/></div><div>　　本报讯　昨天上午，沣川区桃园新村安置小区举行交房仪式，首批三百户拆迁居民领到了新房钥匙。</div><div>　　沣川区城改办负责人介绍，剩余九百套将在年底前分批交付。</div></en-note>]]></content>
  </note>
  <note>
    <title>要找的旧报（待办）</title>
    <content><![CDATA[<en-note><div><en-todo checked="true"/>2012年8月17日 第7版 拆迁户住新家</div></en-note>]]></content>
  </note>
  <note>
    <title>沣川晚报 2012-12-20 第3版</title>
    <content><![CDATA[<en-note><en-crypt hint="生日">MPT8Tn0GIq2Y0aXh3z1jXnXxUNC1hXJ1mK</en-crypt></en-note>]]></content>
  </note>
</en-export>
"""

WXR_HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>柘湾乡土记忆</title>
"""


def _post(title: str, content: str, kind: str = "post", status: str = "publish", posted: str = "2019-04-08 20:31:05",
          category: str = "") -> str:
    filed = f"\t\t<category domain=\"category\"><![CDATA[{category}]]></category>\n" if category else ""
    return (f"\t<item>\n\t\t<title><![CDATA[{title}]]></title>\n\t\t<content:encoded><![CDATA[{content}]]></content:encoded>\n"
            f"\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n\t\t<wp:post_date><![CDATA[{posted}]]></wp:post_date>\n"
            f"\t\t<wp:status><![CDATA[{status}]]></wp:status>\n\t\t<wp:post_type><![CDATA[{kind}]]></wp:post_type>\n{filed}\t</item>\n")


QUOTING = ("<p>前几天整理父亲留下的旧报纸，照原样录入如下。</p>\n"
           "<figure><img src=\"p1.jpg\"/><figcaption>《柘湾县报》1983年5月20日第一版（局部）</figcaption></figure>\n"
           "<blockquote><p>发扬自力更生精神<br><strong>石门水库引水渠全线贯通</strong><br>——三万亩旱地明年可望变水田</p>"
           "<p>本报通讯员　陈立群</p><p>本报讯　经过全县四千多名民工七个多月的奋战，石门水库东干渠于五月十八日全线贯通。</p>"
           "<p>据县水电局介绍，沿线三万亩旱地明年可望改种水稻。</p></blockquote>\n"
           "<p>同一版右下角还有一则小消息，一并录下：</p>\n"
           "<blockquote><p><strong>县供销社开展送货下乡</strong></p><p>县供销社近日组织六支流动售货队深入边远山村。</p></blockquote>\n"
           "<p>父亲说，那年他二十三岁。</p>")
CLASSIC = ("来源：柘湾县报　1990年12月28日　第二版\n\n年终回眸\n柘湾一中新教学楼落成\n文/周美玲　图/胡建国\n\n"
           "本报讯　十二月二十六日，柘湾一中新教学楼正式落成交付使用。\n\n新教学楼总投资六十五万元。")


def test_told_print_reads_the_paper_day_and_page_a_blogger_tells_in_a_sentence():
    assert told_print("翻到《柘湾县报》1984年9月3日第二版上的一张图片新闻，照片里的孩子现在也该四十多岁了。") == "《柘湾县报》1984年9月3日第二版"
    assert told_print("1985年1月12日《柘湾县报》第四版整版都是广告，挑一则录在这里：") == "《柘湾县报》1985年1月12日第四版"
    assert told_print("这口井还上过1984年的县报，说是“古井新貌”。") is None  # no paper named, no day


def test_a_post_s_quotations_are_its_clippings_each_under_the_note_of_print_it_gives():
    clippings = clippings_quoted(note_lines(QUOTING))
    assert [c[0] for c in clippings] == ["《柘湾县报》1983年5月20日第一版"] * 2
    assert clippings[0][2:5] == ("发扬自力更生精神", "石门水库引水渠全线贯通", "——三万亩旱地明年可望变水田")
    assert clippings[1][2] == "县供销社开展送货下乡"
    assert not any("父亲" in line for c in clippings for line in c)  # the blogger's words none of them


def test_a_post_s_clipping_starts_at_its_first_head_the_blogger_s_sentences_over_it_dropped():
    lines = note_lines("<p>翻到《柘湾县报》1984年9月3日第二版上的一张图片新闻，照片里的孩子现在也该四十多岁了。</p>"
                       "<p><strong>新学年开学了</strong></p><p>九月一日，城关小学的孩子们背着新书包走进校园。　　徐国栋　摄</p>")
    assert [line.text for line in clipping_in_post(lines)] == [
        "《柘湾县报》1984年9月3日第二版", "新学年开学了", "九月一日，城关小学的孩子们背着新书包走进校园。\u3000\u3000徐国栋\u3000摄"]


def test_as_text_sets_heads_flush_and_sentences_indented_where_a_note_sets_heads_bold():
    lines = [Line("城事简讯", head=True), Line("第二届沣川读书节开幕", head=True), Line("10日，读书节在市图书馆开幕。"),
             Line("第07版：城事")]
    assert as_text(lines) == ("城事简讯", "第二届沣川读书节开幕", "\u3000\u300010日，读书节在市图书馆开幕。", "第07版：城事")
    assert as_text([Line("没有粗体的一行。")]) == ("没有粗体的一行。",)  # nothing set apart: lines as they are


def test_an_export_cut_short_gives_its_notes_before_the_cut_and_says_where():
    text = WXR_HEAD + _post("1988年的一则停电通知", "《柘湾县报》1988年8月20日第4版\n\n停电通知\n因检修线路，停止供电。") \
        + "\t<item>\n\t\t<title><![CDATA[半截]]></title>\n\t\t<content:encoded><![CDATA[<p>走进工地"
    notes, problems = notes_of(text, "wp.xml")
    assert [n.title for n in notes] == [""]  # (a post of a clipping is titled by the blogger: no hint)
    assert notes[0].clippings[0][:3] == ("《柘湾县报》1988年8月20日第4版", "", "停电通知")
    assert [(p.line, "stops in the middle" in p.message) for p in problems] == [(text.count("\n", 0, text.rindex("<item>")) + 1, True)]


def test_a_blog_of_clippings_leaves_out_its_site_pages_drafts_and_the_blogger_s_own_posts():
    text = WXR_HEAD + _post("关于本站", "<p>本站由一位退休中学教师维护。</p>", kind="page") \
        + _post("石门水库（草稿）", CLASSIC, status="draft") + _post("【旧报新读】一中新教学楼（1990）", CLASSIC) \
        + _post("我们村的老井", "<p>我们村东头有一口老井，井栏是青石的。</p>") + "</channel>\n</rss>\n"
    notes, problems = notes_of(text, "wp.xml")
    assert len(notes) == 1 and notes[0].noted
    said = [p.message for p in problems]
    assert any("a page of the site's own" in m for m in said) and any("status: draft" in m for m in said)
    assert any("我们村的老井" in m and "the blogger's own words" in m for m in said)


def test_an_evernote_export_s_clipped_e_paper_page_reads_as_its_article_dated_and_paged_by_its_head(tmp_path):
    (tmp_path / "剪报笔记本.enex").write_text(ENEX, "utf-8")
    (tmp_path / "zhewan.WordPress.2023-11-02.000.xml").write_text(
        WXR_HEAD + _post("【旧报新读】一中新教学楼（1990）", CLASSIC) + _post("旧报", QUOTING) + "</channel>\n</rss>\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    got = {(a.title, a.kicker, a.subtitle, a.issue_date.value, a.issue_date.precision, a.page) for a in archive.articles}
    assert got == {
        ("拆迁户三年后终于住进新家", "城中村改造调查", "沣川区兑现安置承诺，首批三百户领到钥匙", dt.date(2012, 8, 17), "day", "7"),
        ("柘湾一中新教学楼落成", "年终回眸", "", dt.date(1990, 12, 28), "day", "2"),
        ("石门水库引水渠全线贯通", "发扬自力更生精神", "三万亩旱地明年可望变水田", dt.date(1983, 5, 20), "day", "1"),
        ("县供销社开展送货下乡", "", "", dt.date(1983, 5, 20), "day", "1")}
    said = [p.message for p in archive.problems]
    assert any("to-do list" in m for m in said) and any("encrypted" in m for m in said)


def test_a_note_quoting_its_clipping_under_front_matter_reads_the_quotation_as_the_article():
    note = ("---\n来源: 《梧溪日报》\n日期: 1991年12月26日\n版面: 一版\n---\n\n"
            "爷爷参加过梧溪大桥的建设，这张报纸他一直压在玻璃板底下，照着录入：\n\n"
            "> 历时两年零三个月\n> **梧溪大桥昨日正式通车**\n> ——市民扶老携幼争睹大桥风采\n>\n> 本报记者　郑国华　邱少峰\n>\n"
            "> 本报讯　12月25日上午，横跨梧溪河的梧溪大桥正式建成通车。\n\n爷爷说，通车那天他就站在桥头第二排。\n")
    parts, stated, problems = quoted_clippings(note, "梧溪大桥通车.md")
    assert len(parts) == 1 and "爷爷" not in parts[0] and parts[0].count("\n") >= 5  # (lines numbered as in the note)
    assert stated["issue_date"].value == dt.date(1991, 12, 26) and stated["page"] == "1" and not problems
    kicker_over_title = "> 城市更新进行时\n# 老街新生\n\n正文第一段。\n"  # a kicker quoted over a title: no clipping
    assert quoted_clippings(kicker_over_title, "a.md") is None


def test_a_note_of_clippings_between_rules_each_under_its_own_title_the_second_printed_the_same_day(tmp_path):
    (tmp_path / "2004-01-15 两篇.md").write_text(
        "# 青漪大桥今日通车\n\n（引题：历时三年建设 全长1.8公里）\n——春节前市民免费通行\n\n《青漪日报》2004年1月15日 第1版\n\n"
        "本报记者 方卫东　葛峰\n\n本报讯 经过三年紧张施工，横跨青漪江的青漪大桥今天上午正式通车。\n\n---\n\n"
        "# 春节购物到百货大楼\n\n（同日 第8版 广告）\n\n青漪百货大楼 年货大街开业　全场满200送50　营业时间延长至晚9点\n", "utf-8")
    bridge, advert = ingest(Config(source=tmp_path)).articles
    assert (bridge.kicker, bridge.title, bridge.subtitle, bridge.page) == ("历时三年建设 全长1.8公里", "青漪大桥今日通车", "春节前市民免费通行", "1")
    assert set(bridge.authors + bridge.correspondents) == {"方卫东", "葛峰"}
    assert (advert.title, advert.issue_date.value, advert.page) == ("春节购物到百货大楼", dt.date(2004, 1, 15), "8")


def test_a_note_of_a_column_s_briefs_each_run_in_under_its_bullet_is_each_brief(tmp_path):
    (tmp_path / "2003-05-20.md").write_text(
        "# 本市简讯\n\n《青漪晚报》2003年5月17日　第6版\n\n"
        "● **城南农贸市场周日起试营业**　经过一周的全面消毒和设备调试，新建的城南农贸市场定于5月18日起试营业。\n\n"
        "● **多家旅行社为游客办理退团**　受非典疫情影响，本市多家旅行社暂停组团出游，已为1300余名游客全额退还团费。（通讯员 邹平）\n",
        "utf-8")
    found = ingest(Config(source=tmp_path)).articles
    assert [(a.title, a.page, a.correspondents + a.authors) for a in found] == [
        ("城南农贸市场周日起试营业", "6", ()), ("多家旅行社为游客办理退团", "6", ("邹平",))]


def test_a_year_s_notebook_of_clippings_each_under_its_head_and_a_note_of_print(tmp_path):
    (tmp_path / "1958.md").write_text(
        "# 1958年\n\n## 青溪水库工程破土动工\n\n*《青溪日报》1958年3月8日 第1版*\n\n引题：全县万人上阵　苦战一冬一春\n"
        "副题：——计划明年汛期前蓄水\n\n本报记者　高振华\n\n本报讯　三月七日上午，青溪水库工程在石门峡正式破土动工。\n\n"
        "## 把水利建设推向新高潮\n\n*同日 第1版，社论*\n\n青溪水库的开工，是我县农田水利建设史上的一件大事。\n\n"
        "## 待核对\n\n- 3月8日那篇的作者高振华，另一处写作“高振化”，待查。\n\n"
        "## 福源布庄夏季大减价（广告）\n\n*青溪日报，1958.4.15，三版*\n\n本庄新到各色布匹，一律八折。\n", "utf-8")
    found = ingest(Config(source=tmp_path)).articles
    assert [(a.title, a.kicker, a.subtitle, a.issue_date.iso(), a.page, a.kind) for a in found] == [
        ("青溪水库工程破土动工", "全县万人上阵　苦战一冬一春", "计划明年汛期前蓄水", "1958-03-08", "1", "article"),
        ("把水利建设推向新高潮", "", "", "1958-03-08", "1", "article"),
        ("福源布庄夏季大减价", "", "", "1958-04-15", "3", "advert")]
    assert found[0].authors == ("高振华",)


def test_a_paper_s_own_site_files_its_posts_under_their_pages_each_titled_and_dated_by_its_post(tmp_path):
    """A paper's site posts its print page by page (categories 头版, 第04版 副刊): no post is the
    blogger's own words though one notes where it was printed; a post's text under no head of its
    own is titled by the post (…达41.6万人, its figure whole), noted or not, each dated the day it was
    posted or its note says."""
    footnoted = "<p>本报讯（记者 田野）近日，石桥口袋公园建成开放。</p><p>（本文原载2021年5月17日《南坪新区报》第2版）</p>"
    (tmp_path / "npxqb.WordPress.2021-06-30.xml").write_text(
        WXR_HEAD + _post("新区常住人口十年增长62.33% 达41.6万人", "<p>本报讯（记者 邵佳怡）5月11日，国务院新闻办公室举行新闻发布会。</p>",
                         posted="2021-05-12 07:30:00", category="头版")
        + _post("新区首个口袋公园建成开放", footnoted, posted="2021-05-17 07:30:00")
        + _post("麦浪翻滚 夏收正忙", "<p>本报讯 6月1日，石桥街道东湾村，农机手驾驶联合收割机抢收小麦。</p>",
                posted="2021-06-02 07:30:00", category="第04版 副刊") + "</channel>\n</rss>\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    from generator.enrich import dated
    got = [(a.title, str(a.issue_date.value), a.page) for a in dated(archive).articles]
    assert got == [("新区常住人口十年增长62.33% 达41.6万人", "2021-05-12", "1"), ("新区首个口袋公园建成开放", "2021-05-17", "2"),
                   ("麦浪翻滚 夏收正忙", "2021-06-02", "4")]
    assert not any("blogger's own words" in p.message for p in archive.problems)


def test_a_note_of_a_clipped_photo_alone_is_a_photo_and_one_titled_as_files_are_named_is_dated_by_it(tmp_path):
    (tmp_path / "剪报.enex").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<en-export export-date="20150402T093012Z" application="Evernote">\n'
        "  <note><title>春分时节田间忙</title><content><![CDATA[<en-note><div><en-media type=\"image/jpeg\" "
        'hash="6a0f53c388d8902d8a0ec1d56c5d1e4a"/></div></en-note>]]></content></note>\n'
        "  <note><title>20150506-雁川日报-第3版-今年高考体检下周开始</title><content><![CDATA[<en-note><div>"
        "　　本报讯（记者 马丽娜）记者从市招生考试中心获悉，我市2015年普通高考考生体检工作将于5月11日至16日进行。"
        "</div></en-note>]]></content><created>20150506T003001Z</created></note>\n</en-export>\n", "utf-8")
    photo, exams = ingest(Config(source=tmp_path)).articles
    assert (photo.kind, photo.title) == ("photo", "春分时节田间忙")
    assert (exams.title, exams.issue_date.iso(), exams.page) == ("今年高考体检下周开始", "2015-05-06", "3")


def test_a_note_clipped_short_of_its_end_is_read_up_to_there_and_reported(tmp_path):
    (tmp_path / "剪报.enex").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote">\n'
        "  <note><title>老旧小区加装电梯试点启动</title><content><![CDATA[<en-note><div>"
        "　　本报讯　我市老旧小区加装电梯试点工作昨日启动，首批6个小区纳入试点，其余住户也在协]]></content></note>\n</en-export>\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["老旧小区加装电梯试点启动"]
    assert [(p.path, p.line) for p in archive.problems] == [("剪报.enex", 3)] and "cut short" in archive.problems[0].message


JOPLIN_FIELDS = ("id: {id}\nparent_id: 7989c3fc0e62dfc0b1adfd8bf554738f\ncreated_time: 2020-07-08T00:58:13.662Z\n"
                 "source_url: \nmarkup_language: 1\ntype_: {kind}")


def _joplin_note(folder, note_id: str, text: str, replaced: tuple[str, str] = ("", "")) -> None:
    """A note of a Joplin RAW export: its text over its fields (one of them changed where `replaced` says)."""
    fields = JOPLIN_FIELDS.format(id=note_id, kind=1)
    (folder / f"{note_id}.md").write_text(text + (fields.replace(*replaced) if replaced[0] else fields), "utf-8")


def test_a_joplin_export_is_its_notes_each_titled_by_its_first_line_the_apps_records_none(tmp_path):
    (tmp_path / "50ab558b2a2a0fddc93d2f1ace456e72.md").write_text(
        "本市新增3个便民核酸检测点\n\n　　本报讯 记者从市卫健委获悉，本市新增3个便民核酸检测点，市民可预约检测。\n\n"
        + JOPLIN_FIELDS.format(id="50ab558b2a2a0fddc93d2f1ace456e72", kind=1), "utf-8")
    (tmp_path / "0cb2f2a6bff528d4904e1334cb5edf34.md").write_text(
        "待整理\n\n" + JOPLIN_FIELDS.format(id="0cb2f2a6bff528d4904e1334cb5edf34", kind=5), "utf-8")
    archive = ingest(Config(source=tmp_path))
    (note,) = archive.articles
    assert note.title == "本市新增3个便民核酸检测点" and not any("created_time" in p for p in note.paragraphs)
    assert any("record of a tag" in p.message for p in archive.problems)


def test_a_joplin_clip_titled_by_its_page_s_title_a_digest_s_stories_and_a_tag_s_link_to_a_note(tmp_path):
    """西湖景区…改造_杭州网 over the page's own heading of it: the heading; heads each over a dateline
    (本报讯, 据新华社电) are that many stories; a tag's record on a note, its fields alone, no note."""
    (tmp_path / "744cca2060539b553284d5c149cd3403.md").write_text(
        "西湖景区10条游步道完成提升改造_杭州网\n\n# 西湖景区10条游步道完成提升改造\n\n"
        "本报讯（记者 孙佳丽）记者昨天从西湖风景名胜区管委会获悉，景区10条游步道提升改造工程已全部完工。\n\n"
        + JOPLIN_FIELDS.format(id="744cca2060539b553284d5c149cd3403", kind=1), "utf-8")
    (tmp_path / "4771e6683307c12a32e99a380e824b7f.md").write_text(
        "经济日报产业快讯1118\n\n【产业快讯】\n\n**全国冷链物流骨干网建设提速**\n\n"
        "本报讯（记者周　雷）记者从国家发展改革委获悉，今年以来，我国已布局建设17个国家骨干冷链物流基地。\n\n"
        "**前10个月快递业务量超660亿件**\n\n据新华社电　国家邮政局最新数据显示，1月至10月，全国快递业务量累计完成超过660亿件。\n\n"
        + JOPLIN_FIELDS.format(id="4771e6683307c12a32e99a380e824b7f", kind=1), "utf-8")
    (tmp_path / "346cbf806e4664784e36de77917d9056.md").write_text(
        "id: 346cbf806e4664784e36de77917d9056\nnote_id: 9367896ed9aab8eae3152f84f29f8827\ntag_id: 7adc3d782153e2b79f187eb30bf55d91\n"
        "created_time: 2020-11-03T01:25:09.280Z\nencryption_cipher_text: \ntype_: 6", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert sorted((a.title, a.authors) for a in archive.articles) == [
        ("全国冷链物流骨干网建设提速", ("周雷",)), ("前10个月快递业务量超660亿件", ()), ("西湖景区10条游步道完成提升改造", ("孙佳丽",))]
    assert [p.message for p in archive.problems] == ["a Joplin export's record of a tag's on a note (type 6), no note; skipped"]


def test_an_evernote_clip_s_two_head_lines_are_one_title_where_the_note_s_title_names_them_so(tmp_path):
    note = ('<note><title>稳住外贸基本盘 跑出复工加速度_南方日报数字报</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd"><en-note><div>南方日报&nbsp;2020年03月20日&nbsp;星期五</div>'
            '<div>A03版：要闻</div><div><br/></div><div style="text-align:center;font-size:26px;font-weight:bold;">稳住外贸基本盘<br/>'
            '跑出复工加速度</div><div style="text-align:center;">广东外贸企业复工率超九成，重点企业订单逐步回暖</div><div>本报记者 黄 颖</div>'
            '<div>　　3月以来，全省外贸企业复工复产按下“快进键”，重点企业订单逐步回暖，港口集装箱吞吐量稳步回升。</div></en-note>]]>'
            '</content><created>20200320T011500Z</created></note>')
    (tmp_path / "地方报纸.enex").write_text(ENEX.split("  <note>")[0] + note + "\n</en-export>\n", "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.subtitle) == ("", "稳住外贸基本盘 跑出复工加速度", "广东外贸企业复工率超九成，重点企业订单逐步回暖")


def test_a_news_site_s_wordpress_export_keeps_its_own_reports_its_posts_titled_with_their_decks_and_photos(tmp_path):
    """A county news site reposting the paper (来源：《澄河报》) and filing its own reports (本网讯…): no
    blogger's words among them; a post opening on its deck, titled with one, or of a photo alone."""
    lead = "　　本网讯（通讯员 赵丽华）近日，走进马家坪镇下河村，一排排农家小院干净整洁，房前屋后的小菜园长势喜人。"
    reposted = "<p>　　本报讯 县政府召开常务会议，研究部署春耕生产工作。</p><p>（来源：《澄河报》2024年1月20日第1版）</p>"
    decked = ('<!-- wp:heading --><h4 class="wp-block-heading">——澄河县“四好农村路”建设见闻</h4><!-- /wp:heading -->'
              "<p>记者 杨帆</p><p>冬日的石门村，一条5米宽的水泥路从村口蜿蜒而上，直通半山腰的花椒种植基地。</p>")
    photo = ('<figure class="wp-block-image"><img src="IMG_3306.jpg" alt=""/><figcaption>1月4日，城关镇东关社区志愿者为辖区'
             "独居老人打扫房间、检修电器。（记者 孙伟 摄）</figcaption></figure>")
    talk = "<p>本网记者 李娜</p><p>编者按：2023年，县政务服务中心全面推行“一窗受理、集成服务”改革，企业和群众办事便利度明显提升。</p>"
    (tmp_path / "WordPress.2024-03-18.xml").write_text(WXR_HEAD + _post("县政府部署春耕生产", reposted) + _post(
        "马家坪镇：“小庭院”做出“大文章”", lead) + _post("一条小路连起致富路", decked) + _post("志愿服务暖人心", photo) + _post(
        "“让群众少跑腿、好办事”——访县政务服务中心主任吴建国", talk) + "</channel>\n</rss>\n", "utf-8")
    read = {(a.title, a.subtitle) for a in ingest(Config(source=tmp_path)).articles}
    assert read == {("县政府部署春耕生产", ""), ("马家坪镇：“小庭院”做出“大文章”", ""), ("一条小路连起致富路", "澄河县“四好农村路”建设见闻"),
                    ("志愿服务暖人心", ""), ("“让群众少跑腿、好办事”", "访县政务服务中心主任吴建国")}


YOUDAO = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<note xmlns="http://note.youdao.com" schema-version="1.0.3" '
          'file-version="0"><head><title>好文 收藏</title><create-time>2013-11-25 23:10:05</create-time><source-url>'
          'http://epaper.qywb.example/html/2013-11/22/content_231876.htm</source-url></head><body>'
          '<para><coId>1</coId><text>第A08版：人文·青峪</text><inline-styles/><styles/></para>'
          '<para><coId>2</coId><text>一碗羊汤里的老城味道</text></para><para><coId>3</coId><text>文/本报记者 许婧</text></para>'
          '<para><coId>4</coId><text>【字体：大 中 小】　【打印本页】　【关闭窗口】</text></para>'
          '<para><coId>5</coId><text>清晨六点，老城区鼓楼后街的“马记羊汤”已经支起了大锅。</text></para>'
          '<para><coId>6</coId><text>上一篇　　下一篇　　返回目录</text></para>'
          '<para><coId>7</coId><text>青峪晚报社 版权所有　未经授权禁止复制或建立镜像</text></para></body></note>')


def test_a_youdao_note_is_read_as_the_clipping_it_holds_dated_by_the_address_it_was_clipped_from(tmp_path):
    (tmp_path / "好文 收藏.note").write_text(YOUDAO, "utf-8")
    (tmp_path / "无标题笔记.note").write_text(YOUDAO.split("<body>")[0] + "<body><para><text/></para></body></note>", "utf-8")
    cut = YOUDAO.replace("好文 收藏", "代表委员热议").replace("一碗羊汤里的老城味道", "代表委员热议政府工作报告")
    (tmp_path / "代表委员热议.note").write_text(cut[:cut.index("老城区")], "utf-8")  # (a copy cut short)
    archive = ingest(Config(source=tmp_path))
    read = {a.source: (a.title, a.authors, a.page, a.issue_date.iso(), a.paragraphs) for a in archive.articles}
    assert read == {"好文 收藏.note": ("一碗羊汤里的老城味道", ("许婧",), "A8", "2013-11-22", ("清晨六点，老城区鼓楼后街的“马记羊汤”已经支起了大锅。",)),
                    "代表委员热议.note": ("代表委员热议政府工作报告", ("许婧",), "A8", "2013-11-22", ("清晨六点，",))}
    said = {p.path: p.message for p in archive.problems}
    assert said["无标题笔记.note"] == "a 有道云笔记 note with no text" and "stops before its </note>" in said["代表委员热议.note"]


def test_a_google_keep_note_is_read_from_its_json_its_title_the_keepers_the_text_s_heads_the_article_s(tmp_path):
    """Takeout's Keep/人大开幕稿（定稿）.json beside its .html: the note's text read as a clipping; its
    title, what its keeper called it, only where the text has no head; a note in the trash or a list
    of boxes none; the page beside it the same note again."""
    def note(title, text, **more):
        return json.dumps({"color": "DEFAULT", "isTrashed": False, "isArchived": False, "textContent": text, "title": title,
                           "userEditedTimestampUsec": 1614262365417000, **more}, ensure_ascii=False)
    text = ("《桐溪报》2021年2月26日 第1版 要闻\n\n凝心聚力谋发展　砥砺奋进新征程\n县十八届人大五次会议隆重开幕\n——刘建华作政府工作报告\n\n"
            "本报讯（记者 胡晓岚）2月25日上午，桐溪县第十八届人民代表大会第五次会议在县会议中心隆重开幕。\n")
    (tmp_path / "人大开幕稿（定稿）.json").write_text(note("人大开幕稿（定稿）", text), "utf-8")
    (tmp_path / "人大开幕稿（定稿）.html").write_text("<html><body><div class='title'>人大开幕稿（定稿）</div></body></html>", "utf-8")
    (tmp_path / "人大开幕稿.json").write_text(note("人大开幕稿", text, isTrashed=True), "utf-8")
    (tmp_path / "本周待办.json").write_text(note("本周待办", "", listContent=[{"text": "交稿", "isChecked": False}]), "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.source, a.kicker, a.title, a.subtitle) for a in archive.articles] == [
        ("人大开幕稿（定稿）.json", "凝心聚力谋发展　砥砺奋进新征程", "县十八届人大五次会议隆重开幕", "刘建华作政府工作报告")]
    assert sorted(p.message for p in archive.problems) == ["note '人大开幕稿' is in Keep's trash; left out",
                                                           "note '本周待办' holds a list of boxes to tick, no article; skipped"]


def test_a_joplin_note_s_label_over_the_heads_its_text_opens_with_and_the_app_s_other_copies(tmp_path):
    """A note titled by its keeper (江州日报数字报-守住耕地…, 0318二版 便民生活圈) over the page's own heads
    (# …, 主题：…, a bare head over its dateline): those heads; a note Joplin keeps as HTML (markup_language:
    2) read as the page; a conflicting copy (is_conflict: 1) and a resource's record cut before its type_ are
    none."""
    _joplin_note(tmp_path, "c775171f1db3a771f96efc4fd2328cbb",
        "江州日报数字报-守住耕地红线端稳百姓饭碗\n\n第01版：要闻　　2024年03月12日　星期二\n\n### 全市春耕备耕工作全面展开\n\n"
        "# 守住耕地红线  \n端稳百姓饭碗\n\n## ——今年计划新建和改造提升高标准农田12.6万亩\n\n"
        "　　本报讯　连日来，全市各地抢抓农时，春耕备耕工作全面展开。\n\n")
    _joplin_note(tmp_path, "f59feff45aa30a894f65a3fb4d148c0a",
        "0318二版 便民生活圈\n\n江州日报　2024年3月18日　第2版\n\n引题：家门口的幸福“半径”\n主题：首批“15分钟便民生活圈”示范社区揭牌\n"
        "副题：买菜修鞋理发 步行一刻钟全搞定\n\n本报讯　3月17日，我市首批10个“15分钟便民生活圈”示范社区在东城街道揭牌。\n\n")
    _joplin_note(tmp_path, "edad583271783d32a7c71aafb91de9ad",
        "江州日报数字报-江州至清河城际铁路进入全线铺轨阶段\n\n<div class=\"newsdetatit\">\n<h3>重大项目建设跑出“加速度”</h3>\n"
        "<h1>江州至清河城际铁路<br>\n进入全线铺轨阶段</h1>\n<h2>预计明年上半年开通运营</h2>\n</div>\n"
        "<p>&nbsp;&nbsp;&nbsp;&nbsp;本报讯&nbsp;3月15日上午，江州至清河城际铁路正式进入全线铺轨阶段。</p>\n\n",
                replaced=("markup_language: 1", "markup_language: 2"))
    _joplin_note(tmp_path, "be057f6be75e7e224f1516c0f82c0bb7",
        "数据资产登记 首批证书\n\n江州日报3月19日2版 消息\n\n我市颁发首批数据资产登记证书\n\n"
        "本报讯（记者 孔令洲）3月18日，市数据局向江州水务集团等5家单位颁发首批数据资产登记证书。\n\n")
    _joplin_note(tmp_path, "7ec7b70c3725f14e194530ce811eb02f",
        "孙海燕专访 见报稿\n\n# 让每个孩子在家门口上好学\n\n　　今年市政府工作报告提出，新建、改扩建中小学和幼儿园32所。\n\n",
                replaced=("type_: 1", "is_conflict: 1\ntype_: 1"))
    (tmp_path / "36761e990c641af8de6e9dbb89517870.md").write_text(
        "res02_attpic_brief.jpg\n\nid: 36761e990c641af8de6e9dbb89517870\nmime: image/jpeg\nfilename: \n"
        "created_time: 2024-03-17T13:14:37.825Z\nencryption_blo", "utf-8")
    archive = ingest(Config(source=tmp_path))
    (cited,) = [a for a in archive.articles if a.source == "be057f6be75e7e224f1516c0f82c0bb7.md"]
    assert cited.title == "我市颁发首批数据资产登记证书"  # (the keeper's 江州日报3月19日2版 over it read as its kicker: left)
    assert sorted((a.kicker, a.title, a.subtitle) for a in archive.articles if a is not cited) == [
        ("全市春耕备耕工作全面展开", "守住耕地红线 端稳百姓饭碗", "今年计划新建和改造提升高标准农田12.6万亩"),
        ("家门口的幸福“半径”", "首批“15分钟便民生活圈”示范社区揭牌", "买菜修鞋理发 步行一刻钟全搞定"),
        ("重大项目建设跑出“加速度”", "江州至清河城际铁路进入全线铺轨阶段", "预计明年上半年开通运营")]
    said = {p.path: p.message for p in archive.problems}
    assert "conflicting copy" in said["7ec7b70c3725f14e194530ce811eb02f.md"]
    assert "picture's or a file's" in said["36761e990c641af8de6e9dbb89517870.md"]
