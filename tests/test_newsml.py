from generator.config import Config
from generator.ingest import ingest

NITF = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "nitf-3-5.dtd">
<nitf version="-//IPTC//DTD NITF 3.5//EN" change.date="January 24, 2010" change.time="19:30">
  <head>
    <title>从“望海兴叹”到“半小时通勤圈”</title>
    <docdata><date.issue norm="20170612"/><date.release norm="20170611T221000+0800"/>
      <series series.name="砥砺奋进的五年·鹭洲答卷" series.part="6"/></docdata>
    <pubdata type="print" name="鹭洲日报" date.publication="20170612" position.section="要闻" position.sequence="A02"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>从“望海兴叹”到“半小时通勤圈”</hl1><hl2>——鹭洲五年交通巨变</hl2></hedline>
      <byline>本报记者　郑毅　苏雅琴</byline>
      <dateline>本报讯</dateline>
    </body.head>
    <body.content>
      <p>清晨7点，家住海西新城的李女士驾车驶上鹭江二桥，20分钟后便到达了位于本岛的单位。</p>
      <p>李女士的感受，是五年来鹭洲交通面貌巨变的一个缩影。</p>
    </body.content>
    <body.end><tagline>责任编辑：黄文斌</tagline></body.end>
  </body>
</nitf>
"""

PHOTO = """<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>东屿荔枝红满枝</title><docdata><date.issue norm="20170612"/></docdata>
<pubdata position.sequence="A01"/></head>
<body><body.head><hedline><hl1>东屿荔枝红满枝</hl1></hedline></body.head>
<body.content><media media-type="image"><media-reference source="a.jpg"/>
<media-caption>6月11日，东屿区莲塘镇果农在采摘荔枝。</media-caption><media-producer>本报记者 <person>叶青</person> 摄</media-producer>
</media></body.content></body></nitf>
"""

ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:nlwb.cn:20180307:38211" standard="NewsML-G2">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2018-03-06T23:41:07+08:00</versionCreated></itemMeta>
  <contentMeta>
    <contentCreated>2018-03-06T22:18:00+08:00</contentCreated>
    <slugline>0307-头版-两会-湾区坐标</slugline>
    <headline role="nlwb:kicker">聚焦全国两会</headline>
    <headline>在粤港澳大湾区建设中找准岭州坐标</headline>
    <subheadline>——在京全国人大代表热议政府工作报告</subheadline>
    <by>本报特派记者 刘畅 发自北京</by>
    <dateline>本报北京3月6日电</dateline>
  </contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
    <p>“粤港澳大湾区建设是国家战略，岭州要主动对接、找准坐标。”全国人大代表在审议时说。</p>
  </body></html></inlineXML></contentSet>
</newsItem>
"""

PACKAGE = """<?xml version="1.0" encoding="UTF-8"?>
<packageItem xmlns="http://iptc.org/std/nar/2006-10-01/" standard="NewsML-G2">
  <contentMeta><headline>南岭晚报2018年3月7日 数字报版面</headline></contentMeta>
  <groupSet root="G0"><group id="A01" role="group:page"><title>A01版：头版</title>
  <itemRef residref="urn:newsml:nlwb.cn:20180307:38211"><title>在粤港澳大湾区建设中找准岭州坐标</title></itemRef></group></groupSet>
</packageItem>
"""


def test_an_nitf_article_its_day_of_issue_page_heads_and_series(tmp_path):
    (tmp_path / "LZRB_A02_001.xml").write_text(NITF, "utf-8")
    (tmp_path / "LZRB_A01_002.xml").write_text(PHOTO, "utf-8")
    photo, article = sorted(ingest(Config(source=tmp_path)).articles, key=lambda a: a.page)
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "砥砺奋进的五年·鹭洲答卷", "从“望海兴叹”到“半小时通勤圈”", "鹭洲五年交通巨变", ("郑毅", "苏雅琴"))
    assert (article.issue_date.iso(), article.page, article.section, article.paper) == ("2017-06-12", "A2", "要闻", "鹭洲日报")
    assert len(article.paragraphs) == 2  # the editor's tagline none of it
    assert (photo.kind, photo.title, photo.authors) == ("photo", "东屿荔枝红满枝", ("叶青",))


def test_a_newsml_item_its_heads_by_role_and_a_package_of_references_no_article(tmp_path):
    (tmp_path / "20180307").mkdir()
    (tmp_path / "20180307" / "nlwb-20180307-38211.xml").write_text(ITEM, "utf-8")
    (tmp_path / "20180307" / "edition_nlwb_20180307.xml").write_text(PACKAGE, "utf-8")
    archive = ingest(Config(source=tmp_path))
    [article] = archive.articles
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "聚焦全国两会", "在粤港澳大湾区建设中找准岭州坐标", "在京全国人大代表热议政府工作报告", ("刘畅",))
    assert article.issue_date.iso() == "2018-03-07"  # its folder's, not the evening it was written
    assert ["package" in p.message for p in archive.problems] == [True]


def test_an_nitf_head_over_two_lines_its_section_a_page_and_the_feed_s_notices_of_no_article(tmp_path):
    head = NITF.replace("<hl1>从“望海兴叹”到“半小时通勤圈”</hl1>", "<hl1>守牢安全底线<br />护航春耕生产</hl1>")
    (tmp_path / "JNRB-20240315-A01-002.xml").write_text(
        head.replace('position.section="要闻" position.sequence="A02"', 'position.section="A01" position.sequence="2"'), "utf-8")
    (tmp_path / "JNRB-20240315-A06-003.xml").write_text(
        NITF.replace("<hl1>从“望海兴叹”到“半小时通勤圈”</hl1>", "<hl1>城东菜市场改造后<br/>摊位费上涨三成</hl1>"), "utf-8")
    killed = ITEM.replace("<itemMeta>", '<itemMeta><pubStatus qcode="stat:canceled"/>').replace(
        "<contentSet>", "<!--").replace("</contentSet>", "-->")
    (tmp_path / "JNRB-20240314-A03-002.xml").write_text(killed, "utf-8")
    (tmp_path / "catalog.xml").write_text('<?xml version="1.0"?><catalog xmlns="http://iptc.org/std/nar/2006-10-01/">'
                                          '<title>江南新闻数据中心 NewsML-G2 目录</title></catalog>', "utf-8")
    archive = ingest(Config(source=tmp_path))
    couplet, sentence = sorted(archive.articles, key=lambda a: a.source)
    assert (couplet.title, couplet.page, couplet.order, couplet.section) == ("守牢安全底线 护航春耕生产", "A1", 2, None)
    assert sentence.title == "城东菜市场改造后摊位费上涨三成"
    assert sorted(p.path for p in archive.problems) == ["JNRB-20240314-A03-002.xml", "catalog.xml"]
