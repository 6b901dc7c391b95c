"""Records files (.jsonl, .csv): one article per record; a bad record is a problem with its line."""
import json
from pathlib import Path

import pytest

from generator.config import Config
from generator.enrich import enrich
from generator.ingest import ingest
from generator.ingest.records import body_blocks, read_records, record_article, record_fields

RECORDS = Path(__file__).parent / "fixtures" / "records"


@pytest.fixture(scope="module")
def archive():
    return enrich(ingest(Config(source=RECORDS)), Config())


def article(archive, title):
    return next(a for a in archive.articles if a.title == title)


def test_every_good_record_is_an_article_and_every_bad_one_a_problem(archive):
    assert sorted((a.source, a.line) for a in archive.articles) == [
        ("export.csv", 2), ("export.csv", 5), ("export.jsonl", 1), ("export.jsonl", 2), ("export.jsonl", 4),
        ("export.jsonl", 5)]
    assert next(a for a in archive.articles if a.line == 4).title == "（无题）"  # its text is kept
    assert [str(p) for p in archive.problems] == [
        "export.csv:4: record has 2 fields, the header 6; skipped",
        "export.jsonl:3: not a JSON record (Unterminated string starting at, column 27); skipped",
        "export.jsonl:4: record has no title (fields: body); kept as an untitled item",
        "export.jsonl:5: date: not a date: '2021-13-45' (month must be in 1..12); the date is inferred instead",
    ]


def test_a_json_record_with_every_field(archive):
    a = article(archive, "城市书房开到家门口")
    assert (a.paper, a.page, a.section, a.authors) == ("解放日报", "A3", "城事", ("陈思远",))
    assert (a.issue_date.iso(), a.issue_date.source) == ("2021-03-01", "record")
    assert a.tags[:2] == ("城市书房", "阅读") and a.source_url == "https://example.org/a/1"
    assert a.paragraphs[0].startswith("记者从市文化") and len(a.paragraphs) == 2


def test_other_names_of_fields_a_list_body_and_a_dashed_subtitle(archive):
    a = article(archive, "春耕时节农机忙")
    assert (a.kicker, a.subtitle) == ("乡村振兴看一线", "多地推进农业机械化见闻")
    assert (a.issue_date.iso(), a.page, a.order) == ("2021-03-02", "5", 2)
    assert a.section_heads == ("智能装备",) and len(a.paragraphs) == 2


def test_a_csv_export_with_chinese_column_names(archive):
    a = article(archive, "南方多地迎来强降雨")
    assert (a.issue_date.iso(), a.page, a.section, a.authors) == ("2021-03-02", "4", "要闻", ("赵国栋",))
    assert a.paragraphs == ("中央气象台3月2日发布暴雨蓝色预警。", "气象部门提醒，公众出行注意安全。")
    b = article(archive, "新能源汽车出口再创新高")
    assert (b.issue_date.iso(), b.authors) == ("2021-03-05", ("陈海涛", "李明"))


def test_field_names_and_bodies():
    assert record_fields({"Headline": "甲", "标题": "乙", "正文": "丙", "extra": 1}) == {"title": "甲", "body": "丙"}
    blocks = body_blocks("第一段说了一件事。\n小标题\n第二段又说了一件事。\n结尾", 7)
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "SectionHead", "Paragraph", "Paragraph"]


def test_a_csv_without_a_title_column_is_one_problem(tmp_path):
    (tmp_path / "bad.csv").write_text("name,text\n甲,乙\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert archive.articles == () and [str(p) for p in archive.problems] == [
        "bad.csv:1: the first row must name the columns, among them title (or 标题, headline); nothing read"]


def test_writers_set_apart_by_spaces_and_a_page_written_out():
    from generator.ingest.frontmatter import stated_fields
    fields, problems = stated_fields({"authors": "周婷 孙磊", "page": "第3版"}, "x.csv", lambda key: 2, "record")
    assert (fields["authors"], fields["page"], problems) == (("周婷", "孙磊"), "3", [])
    assert stated_fields({"authors": "王　伟"}, "x.csv", lambda key: 2, "record")[0]["authors"] == ("王伟",)


def test_a_type_column_and_a_photographer_s_credit_say_what_a_record_is():
    from generator.ingest.records import record_article
    photo, _ = record_article({"headline": "春灌正当时", "type": "photo", "text": "农民在田间灌溉。"}, "a.csv", 2)
    advert, _ = record_article({"标题": "江城银行·春季理财节", "类型": "广告", "正文": "理财热线：95588"}, "a.jsonl", 3)
    credited, _ = record_article({"标题": "玉兰花开春意浓", "作者": "本报记者 方圆 摄", "正文": "解放公园内的玉兰花开了。"}, "a.jsonl", 4)
    assert (photo.kind, advert.kind, credited.kind, credited.authors) == ("photo", "advert", "photo", ("方圆",))
    # A Hong Kong paper's export: the credit in traditional script.
    hk, _ = record_article({"標題": "維港煙花", "作者": "本報攝影記者 潘志恆攝", "正文": "煙花照亮維港。"}, "b.jsonl", 2)
    assert (hk.kind, hk.authors) == ("photo", ("潘志恆",))
    plain, _ = record_article({"title": "一篇", "author": "本报记者 张三", "body": "正文。"}, "a.jsonl", 5)
    assert plain.kind == "article" and plain.authors == ("张三",)


def test_a_nested_meta_object_a_paragraphs_list_a_semicolon_export_and_a_day_first_date():
    from generator.ingest.records import read_csv, read_json_lines
    (article,), problems = read_json_lines(
        '{"meta": {"date": "2021-10-08", "page": 1, "author": "本报记者 李明"}, "title": "国庆假期江城接待游客1260万人次", '
        '"paragraphs": ["本报讯　记者从市文化和旅游局获悉。", "全市接待游客1260万人次。"]}\n', "d.jsonl")
    assert (article.issue_date.iso(), article.page, article.authors, len(article.paragraphs)) == (
        "2021-10-08", "1", ("李明",), 2) and problems == []
    (row,), problems = read_csv('\ufeffDatum;Seite;Titel;Text\n03.11.2020;1;江城规划建议草案公开征求意见;"本报记者 李明\n'
                                '本报讯　11月2日起，规划建议面向社会公开征求意见。"\n', "d.csv")
    assert (row.issue_date.iso(), row.page, row.authors, row.dateline, row.paragraphs) == (
        "2020-11-03", "1", ("李明",), "本报讯", ("11月2日起，规划建议面向社会公开征求意见。",)) and problems == []


def test_a_record_exported_twice_is_one_article_and_a_problem(tmp_path):
    line = '{"title": "江城发布人才新政", "date": "2021-10-10", "body": "江城发布“人才新政20条”。"}\n'
    other = '{"title": "江城发布人才新政", "date": "2021-10-11", "body": "江城发布“人才新政20条”。"}\n'
    (tmp_path / "d.jsonl").write_text(line + other + line, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.line for a in archive.articles] == [1, 2]
    assert [str(p) for p in archive.problems] == ["d.jsonl:3: a copy of line 1; skipped"]


def test_a_date_cell_shown_as_a_spreadsheet_s_day_number_and_a_record_filed_under_the_adverts():
    from generator.ingest.records import read_records, spreadsheet_day
    assert spreadsheet_day("45300") == "2024-01-09" and spreadsheet_day(45300) == "2024-01-09"
    assert spreadsheet_day("2024") is None and spreadsheet_day("20240109") is None
    text = ("标题,日期,版次,版名,正文\r\n数字乡村建设跑出“加速度”,45300,2,要闻,本报讯　全省数字乡村建设提速。\r\n"
            "年货大集 惠享新春,2024年1月9日,8,广告,全场满200减30。\r\n")
    (news, advert), problems = read_records(text, "d.csv")
    assert (news.issue_date.iso(), news.kind, advert.kind) == ("2024-01-09", "article", "advert")
    assert [str(p) for p in problems] == ["d.csv:2: date 45300 is a spreadsheet's day number; read as 2024-01-09"]


def test_a_spider_s_json_array_of_the_e_paper_s_html():
    from generator.ingest.records import read_records
    text = ('[\n{"title": "全省一季度重点项目开工率超九成", "yin_title": "奋力推进高质量发展", "fu_title": "", "author": "",'
            ' "pub_date": "", "page_no": "第01版", "url": "http://epaper.qjrb.cn/html/2022-05/06/content_1.htm",'
            ' "content": "<p>&nbsp;&nbsp;本报讯&nbsp;今年以来，全省&ldquo;压舱石&rdquo;项目开工。</p>\\n<p>记者从省发展改革委'
            '了解到，总投资首次突破2万亿元。（记者&nbsp;孙晓）</p><!--/enpcontent-->"},\n'
            '{"title": "楼市成交量环比回落", "content": "<html><head><title>404 Not Found</title></head><body>nginx</body></html>"}\n]\n')
    (article,), problems = read_records(text, "items.json")
    assert (article.line, article.kicker, article.title, article.page, article.authors) == (
        2, "奋力推进高质量发展", "全省一季度重点项目开工率超九成", "1", ("孙晓",))
    assert (article.dateline, article.paragraphs[0]) == ("本报讯", "今年以来，全省“压舱石”项目开工。")
    assert len(article.paragraphs) == 2
    assert article.issue_date.iso() == "2022-05-06"  # from its address, pub_date being empty
    assert [str(p) for p in problems] == ["items.json:3: a server's error page (404 Not Found) saved in place of an article; skipped"]


def test_an_extractors_records_its_error_page_in_words_and_a_column_of_briefs_each_in_its_brackets(tmp_path):
    records = [{"title": "404 Not Found", "text": "404 Not Found\n抱歉，您访问的页面不存在或已被删除。\n返回首页 | 联系我们"},
               {"title": "民生速递_溪埠都市报", "date": "2022-11-05", "text": "A05 民生\n【社区食堂开到家门口】近日，城北区新华街道首家"
                "社区长者食堂正式运营，60岁以上老人就餐可享受8折优惠。（记者 覃思）\n【流感疫苗可预约接种】市疾控中心提醒，秋冬季是流感"
                "高发期，目前全市127个预防接种门诊均可预约接种。"}]
    (tmp_path / "pages.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.authors) for a in archive.articles] == [("社区食堂开到家门口", ("覃思",)), ("流感疫苗可预约接种", ())]
    assert [str(p) for p in archive.problems] == ["pages.jsonl:1: a server's error page (404 Not Found) saved in place of an article; skipped"]


def test_a_feed_saved_daily_that_is_a_server_s_error_page_one_day_is_a_problem_not_a_crash(tmp_path):
    """A cron job's feeds/2024-03-17/local.xml holding nginx's 502 page (its tags not XML's: <hr> never
    closed): that problem, and the other day's feed read."""
    (tmp_path / "feeds" / "2024-03-16").mkdir(parents=True)
    (tmp_path / "feeds" / "2024-03-17").mkdir(parents=True)
    (tmp_path / "feeds" / "2024-03-17" / "local.xml").write_text(
        "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n"
        "<hr><center>nginx</center>\n</body>\n</html>\n", "utf-8")
    (tmp_path / "feeds" / "2024-03-16" / "local.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>溪埠晚报·本地</title>\n'
        "<item><title>城东新建两座口袋公园</title><pubDate>Sat, 16 Mar 2024 07:30:00 +0800</pubDate>"
        "<description>本报讯（记者 何川）城东两座口袋公园昨日建成开放，周边居民步行五分钟即可到达。</description></item>\n"
        "</channel></rss>\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["城东新建两座口袋公园"]
    assert [str(p) for p in archive.problems] == [
        "feeds/2024-03-17/local.xml:1: a server's error page (502 Bad Gateway) saved in place of an article; skipped"]
    from generator.ingest.records import read_xml
    articles, problems = read_xml("<rss><channel><item><title>半截</title><hr></channel></rss>", "cut.xml")
    assert problems and all(p.path == "cut.xml" for p in problems)  # (a broken tree read so far, never raised)


def test_a_feed_reader_s_item_its_head_broken_by_a_br_over_its_deck_in_the_text(tmp_path):
    """Inoreader's starred.json: the title field 临港新开3条\\n东盟集装箱航线 and the same head in the
    text's <h1>…<br/>…</h1>, its kicker in <h3> above: one title broken at its width, under its kicker."""
    item = {"title": "临港新开3条\n东盟集装箱航线", "published": 1710201600, "canonical": [{"href": "https://example.cn/a/1.html"}],
            "summary": {"content": "<div>2024年03月12日　第A01版：要闻</div><h3>外贸“开门红”</h3><h1>临港新开3条<br/>东盟集装箱航线</h1>"
                                   "<h2>——前两月港口集装箱吞吐量同比增长18.7%</h2><p>本报记者　孙悦</p><div><p>　　3月11日，一艘满载建材的"
                                   "集装箱货轮从临港作业区驶离，3条东盟集装箱航线正式开通。</p><p>　　新航线开通后，运输时间可缩短2至3天。</p></div>"}}
    (tmp_path / "starred.json").write_text(json.dumps({"items": [item]}, ensure_ascii=False), "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "外贸“开门红”", "临港新开3条东盟集装箱航线", "前两月港口集装箱吞吐量同比增长18.7%", ("孙悦",))


def test_a_spreadsheet_saved_as_unicode_text_is_a_table_of_records(tmp_path):
    table = "序号\t题名\t责任者\t出版日期\t版次\t全文\r\n1\t春季农资供应充足价格平稳\t王磊;李娜\t2019/3/7\t第02版\t　　记者从市供销社获悉。\r\n"
    (tmp_path / "library_export.txt").write_bytes(b"\xff\xfe" + table.encode("utf-16-le"))
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.title, article.authors, article.issue_date.iso(), article.page) == (
        "春季农资供应充足价格平稳", ("王磊", "李娜"), "2019-03-07", "2")


def test_a_database_s_tab_separated_dump_its_nulls_and_escaped_line_breaks(tmp_path):
    (tmp_path / "export_1956.tsv").write_text(
        "id\tpaper\tissue_date\tpage_no\tposition\tpre_title\ttitle\tsub_title\tbyline\tbody\n"
        "1041\t新湖南报\t1956-03-08\t1\t1\tNULL\t各地农业社积极兴修水利\t\t本报记者　刘　明\t"
        "　　春耕季节即将到来。\\n　　据省农业厅统计，全省已修塘坝四万二千多处。\n"
        "1042\t新湖南报\t1956-03-08\t1\t2\tNULL\t妇女是一支重要力量\tNULL\t社论\t农业合作化运动中，妇女发挥了重要作用。\n",
        "utf-8")
    first, second = ingest(Config(source=tmp_path)).articles
    assert (first.kicker, first.subtitle, first.authors, first.page, first.order) == ("", "", ("刘明",), "1", 1)
    assert first.paragraphs == ("春耕季节即将到来。", "据省农业厅统计，全省已修塘坝四万二千多处。")
    assert (second.title, second.kicker, second.subtitle, second.authors) == ("妇女是一支重要力量", "", "", ())  # 社论: no writer


def test_a_wordpress_export_its_plugin_s_fields_a_revision_and_a_caption_shortcode(tmp_path):
    post = {"ID": 1104, "post_date": "2017-09-19 21:00:00", "post_title": "飞云江畔白鹭归", "post_type": "post",
            "post_content": '[caption id="attachment_1104" width="800"]<img src="bailu.jpg" /> 近日，飞云江畔湿地迎来大批白鹭。'
                            '　记者 潘建国 摄[/caption]',
            "categories": ["社会", "图片新闻"],
            "meta": {"_yinti": "", "_zuozhe": "", "_baoqi": "2017-09-20", "_banci": "第04版：社会", "_paixu": "4"}}
    revision = {**post, "ID": 1105, "post_type": "revision"}
    (tmp_path / "wp_posts.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (post, revision)), "utf-8")
    archive = ingest(Config(source=tmp_path))
    (photo,) = archive.articles
    assert (photo.title, photo.issue_date.iso(), photo.page, photo.section, photo.order) == (
        "飞云江畔白鹭归", "2017-09-20", "4", "社会", 4)  # the issue's day, not the evening it was posted
    assert (photo.kind, photo.authors) == ("photo", ("潘建国",))
    assert not any("caption" in text for text in photo.paragraphs + tuple(c.text for c in photo.captions))
    assert [str(p) for p in archive.problems] == ["wp_posts.jsonl:2: a revision of the site's (post_type), no article; skipped"]


def test_a_zero_date_a_dump_holds_is_a_problem_not_a_failure(tmp_path):
    (tmp_path / "export.tsv").write_text("title\tissue_date\tbody\n民间艺人欢聚一堂\t0000-00-00\t会演昨日在长沙开幕。\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["民间艺人欢聚一堂"] and not archive.articles[0].issue_date.known
    assert [p.line for p in archive.problems] == [2] and "0000-00-00" in archive.problems[0].message


def test_mongoexport_s_json_one_object_a_line_its_dates_wrapped(tmp_path):
    rows = [{"_id": {"$oid": "60cbf2a18d4e1b3f7c2a0e11"}, "paper": "大众日报", "page_no": "01", "page_name": "要闻",
             "order_in_page": 1, "title": "全省小麦收获进度过半", "author": "本报记者 赵　琳",
             "content": "　　本报济南6月17日讯 全省已收获小麦3300余万亩。", "pub_date": {"$date": "2021-06-17T16:00:00Z"}},
            {"_id": {"$oid": "5d48f0c2e4b0a1c3d9f70101"}, "source": "齐鲁晚报", "banmian": "A02版：今日关注",
             "headline": "立秋后仍有“秋老虎”", "byline": "文/片 记者 李　岩", "paragraphs": ["本周我市仍将以晴热天气为主。"],
             "publish_time": {"$date": "2019-08-05T16:00:00Z"}}]
    (tmp_path / "dzrb_202106.json").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    wheat, heat = ingest(Config(source=tmp_path)).articles
    assert (wheat.issue_date.iso(), wheat.page, wheat.section, wheat.order, wheat.authors) == (
        "2021-06-18", "1", "要闻", 1, ("赵琳",))
    assert (heat.issue_date.iso(), heat.page, heat.section, heat.authors) == ("2019-08-06", "A2", "今日关注", ("李岩",))


def test_a_database_export_with_escaped_line_breaks_and_its_own_names_for_the_date(tmp_path):
    (tmp_path / "export.csv").write_text(
        "标题,发布日期,采集时间,正文\n"
        '"社区食堂开进老小区","2022/3/5","2024-01-09 10:00","社区食堂昨日开业，老人用餐打八折。\\n周边居民纷纷前来尝鲜。"\n',
        encoding="utf-8")
    (tmp_path / "more.jsonl").write_text(json.dumps(
        {"title": "春耕备耕正当时", "update_time": "2024-01-09", "publication_date": "2022-03-06",
         "content": "连日来，各地开展春耕。\\r\\n农技人员下田指导。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    spring, canteen = sorted(ingest(Config(source=tmp_path)).articles, key=lambda a: a.title)
    assert (canteen.issue_date.iso(), canteen.paragraphs) == ("2022-03-05", ("社区食堂昨日开业，老人用餐打八折。", "周边居民纷纷前来尝鲜。"))
    assert (spring.issue_date.iso(), spring.paragraphs) == ("2022-03-06", ("连日来，各地开展春耕。", "农技人员下田指导。"))


def test_a_news_dataset_s_records_time_desc_and_a_body_opening_with_its_dateline(tmp_path):
    record = {"news_id": "610130832", "keywords": "春运，铁路", "title": "春运首日客流平稳", "desc": "铁路客流平稳有序",
              "source": "新京报", "time": "2016-01-24 08:30",
              "content": "新京报讯（记者 王梦 通讯员 李青）记者从铁路部门获悉，春运首日全国铁路客流平稳有序。"}
    (tmp_path / "news2016zh_valid.json").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.issue_date.iso(), article.summary, article.paper, article.dateline) == (
        "2016-01-24", "铁路客流平稳有序", "新京报", "新京报讯")
    assert (article.authors, article.correspondents) == (("王梦",), ("李青",))
    assert article.paragraphs == ("记者从铁路部门获悉，春运首日全国铁路客流平稳有序。",)


def test_a_cms_s_qualified_names_a_deep_record_a_blank_title_and_a_title_joined_to_its_deck():
    from generator.ingest.frontmatter import field_name
    from generator.ingest.records import record_article
    assert [field_name(k) for k in ("headline_zh", "body_html", "print_page", "published_at", "headline_en")] == [
        "title", "body", "page", "date", None]
    record = {"doc": {"title": "   ", "meta": {"pubdate": "20230902", "page": "06", "author": "记者 孙悦"},
                      "text": "“双减”两年 课后服务更有温度\r\n新学期开学，全市中小学课后服务同步开展。\r\n两年来，服务从有到好。"}}
    article, problems = record_article(record, "x.jsonl", 3)
    assert (article.title, article.authors, article.issue_date.iso(), article.page) == (
        "“双减”两年 课后服务更有温度", ("孙悦",), "2023-09-02", "6") and not problems
    assert article.paragraphs[0].startswith("新学期开学")
    joined, _ = record_article({"title": "绿水青山间的致富路——青石县发展林下经济见闻", "body": "正文一段。"}, "x.jsonl", 1)
    assert (joined.title, joined.subtitle) == ("绿水青山间的致富路", "青石县发展林下经济见闻")
    english, _ = record_article({"headline_zh": "港口集团上半年利润增长两成", "byline": "By Tom Harris",
                                 "published_at": "2023-08-31 20:00:00 UTC", "body_html": "<p>正文。</p>"}, "x.csv", 2)
    assert (english.authors, english.issue_date.iso()) == (("Tom Harris",), "2023-09-01")  # Beijing's day


E_PAPER_XML = """<?xml version="1.0" encoding="gb2312"?>
<newspaper code="jjrb" name="经济日报" date="2020-07-08">
  <page no="05" name="产经">
    <article id="a2" seq="2" type="text">
      <introtitle/>
      <title>新能源汽车下乡活动启动</title>
      <subtitle>——多款车型适合农村市场</subtitle>
      <author>本报记者　杨光远</author>
      <content><![CDATA[<p>　　近日，新能源汽车下乡活动正式启动。</p><p>　　业内人士认为，农村市场潜力较大。</p>]]></content>
    </article>
    <article id="a1" seq="1" type="ad">
      <title>经济日报社全媒体广告服务</title>
      <content><![CDATA[<p>权威发布　精准触达</p><p>广告热线：010-58391234</p>]]></content>
    </article>
  </page>
</newspaper>
"""


def test_an_e_paper_s_xml_gives_each_article_the_paper_date_page_and_section_around_it(tmp_path):
    (tmp_path / "jjrb_20200708.xml").write_bytes(E_PAPER_XML.encode("gbk"))
    archive = enrich(ingest(Config(source=tmp_path)), Config())
    cars, advert = sorted(archive.articles, key=lambda a: a.line)
    assert (cars.title, cars.kicker, cars.subtitle, cars.authors) == (
        "新能源汽车下乡活动启动", "", "多款车型适合农村市场", ("杨光远",))
    assert (cars.paper, cars.issue_date.iso(), cars.page, cars.order, cars.section) == ("经济日报", "2020-07-08", "5", 2, "产经")
    assert cars.paragraphs == ("近日，新能源汽车下乡活动正式启动。", "业内人士认为，农村市场潜力较大。")
    assert (advert.kind, advert.order, cars.line, advert.line) == ("advert", 1, 4, 11)


def test_a_feed_s_entries_are_records_and_a_broken_xml_file_a_problem_on_its_line(tmp_path):
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>临江日报</title>\n'
        "<entry><title>临江新建三座口袋公园</title><author><name>王明</name></author>"
        "<published>2024-03-12T08:00:00+08:00</published>"
        "<content type=\"html\">&lt;p&gt;近日，临江市新建三座口袋公园。&lt;/p&gt;</content></entry></feed>\n", encoding="utf-8")
    (tmp_path / "cut.xml").write_text("<newspaper>\n<page>\n<article><title>半截</title>\n", encoding="utf-8")
    (tmp_path / "settings.xml").write_text("<settings><color>blue</color></settings>\n", encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    (entry,) = archive.articles
    assert (entry.title, entry.authors, entry.issue_date.iso(), entry.paragraphs) == (
        "临江新建三座口袋公园", ("王明",), "2024-03-12", ("近日，临江市新建三座口袋公园。",))
    problems = {p.path: (p.line, p.message) for p in archive.problems}
    assert problems["cut.xml"][0] == 4 and problems["cut.xml"][1].startswith("not XML")
    assert problems["settings.xml"] == (1, "no element holding a title in this XML file; nothing read")


def test_an_editing_system_s_issues_pages_and_articles_in_one_json_file(tmp_path):
    export = {"报纸名称": "江城晚报", "期次列表": [
        {"出版日期": "2021-03-15", "版面": [
            {"版次": "A01", "版名": "要闻", "责任编辑": "何静", "稿件": [
                {"序号": 1, "标题": "全市42个项目总投资逾380亿元", "作者": "本报记者 周婷婷", "正文": "本报讯 3月14日上午，项目集中开工。"}]},
            {"版次": "A02", "版名": "评论", "稿件": []}]},
        {"出版日期": "2021年3月16日", "版面": [
            {"版次": "A03", "版名": "城事", "稿件": [
                {"序号": "2", "标题": "七旬老人迷路 民警暖心护送回家", "作者": "", "正文": "本报记者 马骏\\n昨日，一位老人迷路。"}]}]}]}
    (tmp_path / "export.json").write_text(json.dumps(export, ensure_ascii=False, indent=2), encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    first, second = sorted(archive.articles, key=lambda a: a.line)
    assert (first.paper, first.issue_date.iso(), first.page, first.section, first.order, first.authors) == (
        "江城晚报", "2021-03-15", "A1", "要闻", 1, ("周婷婷",))
    assert (second.issue_date.iso(), second.page, second.order, second.authors) == ("2021-03-16", "A3", 2, ("马骏",))
    assert archive.problems == ()  # a page of no article is no record


def test_a_feed_s_author_as_rss_names_one(tmp_path):
    (tmp_path / "feed.xml").write_text(
        "<rss><channel><title>城州晚报 - 数字报</title><item><title>高铁站开工</title><author>czwb@czwb.com.cn (记者 黄思远)</author>"
        "<pubDate>Mon, 08 May 2023 05:30:00 +0800</pubDate><description><![CDATA[<p class=\"yinti\">总投资486亿元</p>"
        "<p class=\"futi\">——设计时速350公里</p><p>城州高铁站昨日开工。</p>]]></description></item>"
        "</channel></rss>\n", encoding="utf-8")
    (item,) = ingest(Config(source=tmp_path)).articles
    assert (item.title, item.authors, item.issue_date.iso(), item.paper) == ("高铁站开工", ("黄思远",), "2023-05-08", "城州晚报")
    # its description is its text, the kicker and deck its HTML marks by class taken out of it
    assert (item.kicker, item.subtitle, item.paragraphs) == ("总投资486亿元", "设计时速350公里", ("城州高铁站昨日开工。",))


def test_a_table_s_row_count_is_no_place_on_a_page_but_a_count_on_each_page_is(tmp_path):
    rows = "序号,见报日期,版次,标题,正文\n1,2018/8/3,A02,甲新闻,甲。\n2,2018/8/3,A05,乙新闻,乙。\n3,2018/8/4,A02,丙新闻,丙。\n"
    (tmp_path / "rows.csv").write_text(rows, encoding="utf-8")
    places = "序号,见报日期,版次,标题,正文\n1,2018/8/3,A02,丁新闻,丁。\n2,2018/8/3,A02,戊新闻,戊。\n1,2018/8/3,A05,己新闻,己。\n"
    (tmp_path / "places.csv").write_text(places, encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    order = {(a.source, a.title): a.order for a in archive.articles}
    assert [order["rows.csv", t] for t in ("甲新闻", "乙新闻", "丙新闻")] == [None, None, None]
    assert [order["places.csv", t] for t in ("丁新闻", "戊新闻", "己新闻")] == [1, 2, 1]


def test_a_field_named_with_an_underscore_or_spaced_to_line_up():
    assert record_fields({"sub_headline": "副", "正　题": "正", "出　处": "光明日报"}) == {
        "subtitle": "副", "title": "正", "paper": "光明日报"}
    assert record_fields({"headline": "题", "fulltext": "文。"}) == {"title": "题", "body": "文。"}


def test_a_crawler_s_body_in_a_field_named_html(tmp_path):
    record = {"headline": "地铁5号线南延段今日开通", "pub_time": "2021-09-30 06:45:12", "byline": "记者 王晓东",
              "html": "<p>　　本报讯 南延段全长12.6公里。</p><p>　　开通后只需28分钟。</p>"}
    (tmp_path / "spider.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [article] = ingest(Config(source=tmp_path)).articles
    assert article.kind == "article"
    assert article.paragraphs == ("南延段全长12.6公里。", "开通后只需28分钟。")


def test_a_head_nested_as_its_parts_and_a_record_that_is_a_caption():
    from generator.ingest.records import read_records
    head = {"headline": {"kicker": "聚焦春耕", "main": "智慧农场投入运营", "sub": "——首批12家"}, "byline": "本报记者 齐　磊",
            "meta": {"date": "2016-05-03", "page": "01"}, "content": ["春耕时节，田间一片忙碌。"]}
    photo = {"headline": {"main": "麦浪翻滚 丰收在望", "sub": ""}, "byline": "", "meta": {"date": "2016-05-08"},
             "content": ["5月7日，农民在麦田里查看小麦长势。　　新华社记者　张　楠摄"]}
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in (head, photo))
    (article, picture), problems = read_records(text, "scrape/rmrb_2016-05.jsonl")
    assert not problems
    assert (article.kicker, article.title, article.subtitle, article.authors, article.page) == (
        "聚焦春耕", "智慧农场投入运营", "首批12家", ("齐磊",), "1")
    assert (picture.kind, picture.authors, picture.paragraphs) == ("photo", ("张楠",), ())
    assert picture.captions[0].text.startswith("5月7日")


def test_an_api_s_answer_a_killed_story_and_a_moment_in_seconds():
    from generator.ingest.records import read_records
    answer = {"code": 200, "message": "success", "data": {"items": [
        {"id": 1, "title": "全市平均降雨量达38毫米", "preTitle": "立秋后首场降雨缓解旱情", "author": "记者 马骏",
         "publishTime": "2020-08-15 07:30:00", "pageNo": "01", "pageName": "要闻", "content": "8月14日，全市迎来降雨。"}]}, "total": 1}
    (article,), problems = read_records(json.dumps(answer, ensure_ascii=False), "api_dump/articles.json")
    assert (article.kicker, article.title, article.authors, article.page, article.section) == (
        "立秋后首场降雨缓解旱情", "全市平均降雨量达38毫米", ("马骏",), "1", "要闻") and not problems
    lines = [{"headline": "暴雨致城区多处积水", "status": "killed", "body": "…"},
             {"headline": "老旧小区加装电梯进入“快车道”", "pub_date": 1662498600, "body": "9月6日，记者了解到。"}]
    (article,), problems = read_records("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), "cms.jsonl")
    assert article.issue_date.iso() == "2022-09-07"  # 05:10 in China, 21:10 the day before in UTC
    assert [(p.line, "never published" in p.message) for p in problems] == [(1, True)]


def test_a_sheet_s_heads_in_two_languages_its_slashed_days_and_a_head_over_two_lines_of_its_cell():
    from generator.ingest.records import read_csv
    sheet = ("No.,Date 日期,Page 版面,Headline 标题,Author 作者,Text 正文,Remarks 备注\r\n"
             '1,05/03/2021,第03版,"我市春季植树造林启动\n今年计划新增绿地1200亩",记者 李明,全市启动春季植树。,\r\n'
             "2,16/03/2021,A4,城南某楼盘涉嫌违规预售被立案调查,记者 马骏,近日，市场监管部门立案。,已撤稿，勿用\r\n"
             "3,22/03/2021,A8,一座老书店的四十年,文/本报记者 苏晴,古籍书店开业四十年。,\r\n")
    articles, problems = read_csv(sheet, "excel/稿件.csv")
    assert [(a.title, a.issue_date.iso(), a.page, a.authors) for a in articles] == [
        ("我市春季植树造林启动 今年计划新增绿地1200亩", "2021-03-05", "3", ("李明",)),
        ("一座老书店的四十年", "2021-03-22", "A8", ("苏晴",))]
    assert [(p.line, "never published" in p.message) for p in problems] == [(4, True)]


def test_a_slashed_day_is_read_where_its_numbers_tell_and_said_to_be_unclear_where_not():
    from generator.dates import parse_stated_date
    assert parse_stated_date("16/03/2021", "record").iso() == "2021-03-16"
    assert parse_stated_date("03/16/2021", "record").iso() == "2021-03-16"
    with pytest.raises(ValueError, match="either way round"):
        parse_stated_date("05/03/2021", "record")


def test_a_scraped_record_credited_to_its_photographer_alone_is_a_photo():
    from generator.ingest.records import read_records
    record = {"meta": {"pubtime": "2023-09-18 00:00:00", "page": "04版：社会"},
              "article": {"title": "金秋稻浪", "authors": ["本报记者 梁伟 摄"], "paragraphs": ["9月17日，农机手抢收中稻。"]}}
    (article,), _ = read_records(json.dumps(record, ensure_ascii=False), "scraper/djrb.jsonl")
    assert (article.kind, article.page, article.section) == ("photo", "4", "社会")


def test_a_head_in_two_languages_parted_by_a_dash_as_cnki_names_its_fields():
    from generator.ingest.frontmatter import field_name
    assert [field_name(k) for k in ("Title-题名", "PubTime-发表时间", "Page-版号", "Source-报纸", "Year-年", "sub-title")] == [
        "title", "date", "page", "paper", None, None]


def test_a_scraper_s_page_as_an_object_and_a_photo_signed_in_its_author_field():
    from generator.ingest.records import read_records
    text = json.dumps({"meta": {"title": "春日花海引客来", "author": "周洁", "page": {"num": "05", "name": "城事"},
                                "pub_date": "2016-03-09T00:00:00+08:00"},
                       "content_html": "<p><img src='a.jpg' /></p><p>3月8日，游客在江州植物园郁金香花海中赏花拍照。</p>"
                                       "<p>本报记者 周洁 摄</p>"}, ensure_ascii=False)
    (article,), problems = read_records(text, "d2a97b4c60.json")
    assert (article.page, article.section, article.kind, article.issue_date.iso()) == ("5", "城事", "photo", "2016-03-09")


def test_a_body_cut_at_a_database_field_s_length_and_a_placeholder_record_are_reported():
    from generator.ingest.records import read_records
    cut = "县文化馆日前举办农民书画展，展出作品一百二十余件。" * 11
    cut = cut[:255]
    rows = [{"标题": "县文化馆举办农民书画展", "日期": "98.6.2", "正文": cut},
            {"标题": "岚州籍作家座谈会在杭召开", "备注": "待录入", "正文": ""}]
    articles, problems = read_records("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "bzk.jsonl")
    assert [a.issue_date.iso() for a in articles] == ["1998-06-02", None]
    assert ["255 characters" in p.message or "placeholder" in p.message for p in problems] == [True, True]


def test_a_cms_s_byline_as_names_and_roles_the_print_s_day_nested_and_a_repost_s_note(tmp_path):
    record = {"meta": {"edition_date": "2021-09-15", "page": "03", "published_at": "2021-09-14T22:31:05+08:00"},
              "content": {"headline": "地铁5号线南延段今起试运行", "byline": [
                  {"name": "沈佳怡", "role": "记者"}, {"name": "钱一鸣", "role": "通讯员"}, {"name": "许丹", "role": "责任编辑"}],
                  "body": ["记者从市轨道交通集团获悉，地铁5号线南延段今天起开始试运行。"]}}
    nested = {"meta": {"print": {"date": "20210916", "page_no": 3}, "published_at": "2021-09-16T06:00:00+08:00"},
              "content": {"headlines": {"kicker": "聚焦“双减”落地", "main": "课后服务“菜单”更丰富了", "sub": "全市小学课后服务覆盖率达100%"},
                          "author": "记者 王晨阳 实习生 林可", "text": "新学期开学两周，全市小学课后服务已实现全覆盖。"}}
    repost = {"meta": {"edition_date": None, "published_at": "2021-09-16T10:00:00+08:00"},
              "content": {"headline": "听三代青年讲奋斗故事", "note": "本文原载于2020年5月4日《江南晚报》第07版",
                          "body": ["75岁的退休纺织工程师、48岁的乡村医生、24岁的外卖骑手，三代青年坐在一起。"]}}
    for name, data in (("a.json", record), ("b.json", nested), ("c.json", repost)):
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    found = {a.title: a for a in ingest(Config(source=tmp_path)).articles}
    metro = found["地铁5号线南延段今起试运行"]
    assert (metro.authors, metro.correspondents, metro.issue_date.iso(), metro.page) == (("沈佳怡",), ("钱一鸣",), "2021-09-15", "3")
    school = found["课后服务“菜单”更丰富了"]
    assert (school.kicker, school.subtitle, school.issue_date.iso(), school.page) == (
        "聚焦“双减”落地", "全市小学课后服务覆盖率达100%", "2021-09-16", "3")
    assert (found["听三代青年讲奋斗故事"].issue_date.iso(), found["听三代青年讲奋斗故事"].page) == ("2020-05-04", "7")


def test_a_photo_record_its_caption_over_its_credit_and_no_author_field():
    from generator.ingest.records import read_json_lines
    record = ('{"title": "春耕备耕正当时", "author": "", "pubdate": "2019-03-05", "page": "10", "content": '
              '"\\u3000\\u30003月4日，江西省泰和县螺溪镇农民驾驶旋耕机在田间作业。\\n\\u3000\\u3000新华社记者\\u3000胡晨欢摄"}\n')
    (photo,), problems = read_json_lines(record, "a.jsonl")
    assert (photo.kind, photo.authors, problems) == ("photo", ("胡晨欢",), [])


def test_an_app_s_api_its_list_under_its_answer_and_its_fields_named_its_own_way():
    from generator.dates import parse_stated_date
    from generator.ingest.records import read_json_array
    answer = ('{"code": 0, "msg": "success", "data": {"paperName": "江城日报", "paperDate": "2023-04-12", "list": [{"id": 1,'
              ' "articleTitle": "我市一季度经济运行稳中向好", "introTitle": "开局良好 动能强劲", "subTitle": "——地区生产总值同比增长5.8%",'
              ' "authorName": "本报记者 王明 通讯员 李华", "publishTime": 1681228800000, "pageNo": "01", "pageName": "要闻",'
              ' "content": "<p>本报讯 4月11日，市统计局发布一季度全市经济运行情况。</p>"}]}}')
    (article,), problems = read_json_array(answer, "paper_20230412.json")
    assert (article.kicker, article.title, article.subtitle, article.authors, article.correspondents) == (
        "开局良好 动能强劲", "我市一季度经济运行稳中向好", "地区生产总值同比增长5.8%", ("王明",), ("李华",))
    assert (article.issue_date.iso(), article.page, article.section, problems) == ("2023-04-12", "1", "要闻", [])
    assert parse_stated_date("87-05-12", "record").iso() == "1987-05-12"  # a typist's two-figure year


def test_a_text_field_saying_the_text_is_missing_holds_none_and_the_row_entered_again_is_a_copy(tmp_path):
    (tmp_path / "篇目.tsv").write_text(
        "编号\t标题\t作者\t报名\t日期\t版次\t全文\n"
        "1\t全市夏粮收购进度过半\t本报记者 陈立群\t梧川日报\t1989-07-03\t1\t本报讯　截至7月1日，全市已收购夏粮三千二百万斤。\n"
        "2\t老工人返聘带徒弟\t\t梧川日报\t1989-07-05\t2\t（全文缺）\n"
        "3\t全市夏粮收购进度过半\t陈立群\t梧川日报\t19890703\t1\t（全文缺）\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.paragraphs) for a in archive.articles] == [
        ("全市夏粮收购进度过半", ("截至7月1日，全市已收购夏粮三千二百万斤。",)), ("老工人返聘带徒弟", ())]


def test_a_schema_naming_each_field_s_type_holds_no_record():
    from generator.ingest.records import read_records
    schema = {"name": "metro-news-2019", "version": "2.1", "description": "都市新闻样本",
              "fields": {"id": "int", "headline": {"main": "string", "deck": "string|null"}, "byline": "string",
                         "printed": {"day": "date", "page": "int|string"}, "body": "text"}}
    articles, problems = read_records(json.dumps(schema, ensure_ascii=False), "schema.json")
    assert articles == [] and "a dataset's card" in problems[0].message
    record = {"id": 7, "headline": {"main": "夜市开张", "deck": None}, "byline": "string", "body": "昨晚，夜市开张。"}
    (article,), _ = read_records(json.dumps(record, ensure_ascii=False), "one.json")
    assert article.title == "夜市开张"


def test_a_record_s_head_with_html_entities_reads_as_printed():
    from generator.ingest.records import read_json_lines
    (article,), _ = read_json_lines('{"headline": "渔港新村的&ldquo;网红&rdquo;民宿", "kicker": "乡村新观察", '
                                    '"content_html": "<p>返乡青年带火一座小渔村。</p>", "published_at": "2023-11-13T16:00:00Z"}\n', "app.jsonl")
    assert (article.title, article.kicker) == ("渔港新村的“网红”民宿", "乡村新观察")
    (article,), _ = read_json_lines('{"title": "国庆前夕&nbsp;全市主要商圈人气旺", "content": "<p>商圈客流同比增长两成。</p>"}\n', "a.jsonl")
    assert article.title == "国庆前夕 全市主要商圈人气旺"  # (&nbsp;: a space as any other)


def test_an_xml_export_cut_short_gives_the_records_before_the_break():
    from generator.ingest.records import read_xml
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<issue date="1994-03-10" paper="云溪日报">\n'
            '<page no="1" name="要闻">\n<article><headline>全市植树造林动员大会召开</headline><byline>本报记者 郑一鸣</byline>'
            '<body><p>昨天上午，全市植树造林动员大会在市政府礼堂召开。</p></body></article>\n'
            '<article><headline>市区新增两条公交线路</headline><body><p>从本月十五日起，市区将开通两条公交线路。</p></body></article>\n'
            '<article><headline>一位老教师的三十年</headline><body><p>俞秀兰是云溪二中的特级教师，在讲台上')
    articles, problems = read_xml(text, "yxrb_19940310.xml")
    assert [(a.title, str(a.issue_date.value), a.page) for a in articles] == [
        ("全市植树造林动员大会召开", "1994-03-10", "1"), ("市区新增两条公交线路", "1994-03-10", "1")]
    assert [("breaks here" in p.message, p.line) for p in problems] == [(True, 6)]


def test_a_reference_manager_s_attachments_and_notes_are_no_articles():
    from generator.ingest.records import read_csv
    text = ('"Key","Item Type","Title","Publication Title","Date","Pages","Author","Notes"\n'
            '"Q7ZK2M4N","newspaperArticle","老街拆迁户的新家","南岭晚报","2005-09-12","3","梁, 慧敏","<p>拆迁户们搬进了新家。</p>"\n'
            '"8QK2M3XA","attachment","南岭晚报20050912.pdf","","","","",""\n'
            '"N5TD8W2E","note","待核对：桂花节一条的版次","","","","","<div>待核对</div>"\n')
    articles, problems = read_csv(text, "南岭剪报_export.csv")
    assert [a.title for a in articles] == ["老街拆迁户的新家"]
    assert [(p.line, "Item Type" in p.message) for p in problems] == [(3, True), (4, True)]


def test_a_sheet_without_its_header_row_is_read_as_the_sheet_beside_it_names_its_columns(tmp_path):
    header = "序号,日期,版次,版面,引题,标题,副题,作者,正文\n"
    (tmp_path / "云溪晚报_2009年7月_摘录.csv").write_text(
        header + '1,2009/7/3,3,城市新闻,,云溪老街改造方案公示,征求市民意见至7月17日,记者 吴晓川,"本报讯 7月2日，方案公示。\n市民可提出意见。"\n',
        "gbk")
    (tmp_path / "云溪晚报_2009年8月_摘录.csv").write_text(
        '1,2009/8/3,3,城市新闻,历时半年反复征求意见,云溪老街改造工程开工,预计明年春节前完工,吴晓川,"本报讯 8月2日上午，工程开工。\n'
        '施工期间老街实行分段封闭。"\n2,2009/8/5,2,评论,,高温下更要关爱户外劳动者,,本报评论员,"连日来，我市最高气温持续在37℃以上。"\n',
        "gbk")
    (tmp_path / "版面统计.csv").write_text("版次,版面,篇数\n3,城市新闻,12\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    august = [(a.kicker, a.title, a.subtitle, a.issue_date.iso(), a.page, a.line) for a in archive.articles
              if a.source == "云溪晚报_2009年8月_摘录.csv"]
    assert august == [("历时半年反复征求意见", "云溪老街改造工程开工", "预计明年春节前完工", "2009-08-03", "3", 1),
                      ("", "高温下更要关爱户外劳动者", "", "2009-08-05", "2", 3)]
    assert any(p.path == "云溪晚报_2009年8月_摘录.csv" and "no header row" in p.message for p in archive.problems)


def test_a_tab_parted_sheet_typed_by_hand_keeps_the_quotes_of_its_titles():
    from generator.ingest.records import read_csv
    text = ("Title\tSubtitle\tSection\tPage\tDate\tAuthor\tSummary\n"
            "\"菜篮子\"工程再上新台阶\t\t评论\t2\t07/04/1998\t本报评论员 柯远\t评全市新建十个蔬菜基地。\n"
            "鹭汀港集装箱吞吐量创新高\t\t要闻\t1\t08/04/1998\t\t一季度吞吐量同比增长三成。\n")
    articles, _ = read_csv(text, "索引.tsv")
    assert [a.title for a in articles] == ["\"菜篮子\"工程再上新台阶", "鹭汀港集装箱吞吐量创新高"]
    quoted = 'Title\tText\n"标题一"\t"第一行\n第二行"\n'  # a spreadsheet's own quoting, a cell over two lines
    (article,), _ = read_csv(quoted, "表.tsv")
    assert article.title == "标题一" and article.paragraphs == ("第一行", "第二行")


def test_a_spider_s_jl_feed_its_pre_headline_a_kicker_and_a_pen_name_its_writer(tmp_path):
    record = {"headline": "一月的港口", "pre_headline": "星海副刊", "sub_headline": "", "author": "海岑",
              "pub_date": 1610640000, "content": "<p>汽笛在黎明前醒来<br>把雾一层层推开</p>"}
    desk = {"headline": "春季服装大减价", "author": "广告科", "pub_date": 1610640000, "content": "<p>全场八折。</p>"}
    (tmp_path / "xhwb_items.jl").write_text(json.dumps(record, ensure_ascii=False) + "\n"
                                            + json.dumps(desk, ensure_ascii=False) + "\n", "utf-8")
    poem, advert = ingest(Config(source=tmp_path)).articles
    assert (poem.kicker, poem.title, poem.authors, poem.issue_date.iso()) == ("星海副刊", "一月的港口", ("海岑",), "2021-01-15")
    assert advert.authors == ()  # 广告科: the paper's advertising desk, no writer


def test_a_sheet_s_title_row_over_its_header_is_passed_over(tmp_path):
    sheet = ("纸媒监测数据导出（2016-03-08 至 2016-03-10）　共2条\t\t\t\t\n序号\t媒体名称\t标题\t发布时间\t正文\n"
             "1\t东陵晚报\t产科“一床难求” 多家医院扩容\t2016/3/8 0:00\t全面二孩政策实施两个多月。\\n多家医院开始扩容。\n"
             "2\t南屿日报\t春雨润花城\t2016/3/9 0:00\t一场春雨过后，南屿街头花开正艳。\n")
    (tmp_path / "舆情监测.txt").write_text(sheet, "utf-16")
    first, second = ingest(Config(source=tmp_path)).articles
    assert (first.title, first.paper, first.paragraphs) == ("产科“一床难求” 多家医院扩容", "东陵晚报", ("全面二孩政策实施两个多月。", "多家医院开始扩容。"))
    assert (second.title, second.issue_date.iso()) == ("春雨润花城", "2016-03-09")


def test_a_scraper_s_json_array_cut_short_gives_the_records_closed_before_the_break(tmp_path):
    records = [{"meta": {"paper": "岚江日报", "date": "1995-03-08", "page": "第03版"},
                "heads": {"kicker": "", "title": "迎三八　颂巾帼<br>我市表彰十佳女职工", "subtitle": ""},
                "text": ["<p>　　本报讯（记者 赵敏）3月7日，市总工会召开大会，表彰十佳女职工。</p>"]},
               {"meta": {"paper": "岚江日报", "date": "1995-03-09"}, "heads": {"title": "滨江路改造工程开工"},
                "text": ["<p>　　本报讯 滨江路改造工程昨日开工。</p>"]}]
    text = json.dumps(records, ensure_ascii=False, indent=2)
    (tmp_path / "ljrb.json").write_text(text[:text.index("滨江路改造工程昨日") + 4], "utf-8")
    archive = ingest(Config(source=tmp_path))
    [read] = archive.articles
    assert (read.kicker, read.title, read.authors, read.paragraphs) == (
        "迎三八　颂巾帼", "我市表彰十佳女职工", ("赵敏",), ("3月7日，市总工会召开大会，表彰十佳女职工。",))
    assert any("the JSON breaks here" in p.message and "the 1 records before it read" in p.message for p in archive.problems)


def test_a_county_cms_s_pieces_its_heads_broken_by_br_its_pictures_listed_and_its_drafts_left_out(tmp_path):
    pieces = {"38228": {"biaoti": "县中医院成功开展首例<br/>膝关节置换手术", "yinti": "", "zuozhe": "通讯员 邓敏", "zhuangtai": "已发布",
                        "tupian": [{"url": "/uploads/1.jpg", "shuoming": "手术现场"}], "zhengwen": "<p>近日，县中医院完成首例手术。</p>"},
              "38225": {"biaoti": "守护“舌尖上的安全”<br/>护航群众健康生活", "yinti": "2024年食品安全宣传周启动",
                        "zhuangtai": "已发布", "zhengwen": "<p>6月13日，宣传周启动。</p>"},
              "38240": {"biaoti": "县政府召开常务会议", "zhuangtai": "草稿", "zhengwen": "<p>会议研究部署【待补充】等工作。</p>"},
              # (what was done over the thing it was done to: one head)
              "38241": {"biaoti": "县政府与省农科院签订<br>科技合作框架协议", "zhuangtai": "已发布", "zhengwen": "<p>6月9日，双方签约。</p>"}}
    for name, piece in pieces.items():
        (tmp_path / f"{name}.json").write_text(json.dumps(piece, ensure_ascii=False), "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert sorted((a.kicker, a.title) for a in archive.articles) == [
        ("", "县中医院成功开展首例膝关节置换手术"), ("", "县政府与省农科院签订科技合作框架协议"),
        ("2024年食品安全宣传周启动", "守护“舌尖上的安全” 护航群众健康生活")]
    assert [p.message for p in archive.problems] == ["never published (status: 草稿); left out"]


def test_one_record_written_up_to_a_break_gives_the_fields_before_it(tmp_path):
    piece = json.dumps({"biaoti": "首批创业担保贷款发放到位", "zuozhe": "记者 王磊", "fabushijian": "2024-06-14",
                        "zhengwen": "<p>6月13日，首批创业担保贷款1260万元发放到位。</p>"}, ensure_ascii=True)
    (tmp_path / "38234.json").write_text(piece[:piece.index("zhengwen") + 40], "utf-8")
    archive = ingest(Config(source=tmp_path))
    [read] = archive.articles
    assert (read.title, read.authors, read.issue_date.iso()) == ("首批创业担保贷款发放到位", ("王磊",), "2024-06-14")
    assert read.paragraphs[0].startswith("6月"), "its text as far as it was written"
    assert [p.message.split(";")[1].strip() for p in archive.problems][:1] == ["the record's 4 fields before it read"]
    (tmp_path / "38234.json").write_text(piece[:piece.index("zhengwen") - 2], "utf-8")
    assert not ingest(Config(source=tmp_path)).articles, "broken before its text: a head with nothing under it"


def test_a_list_of_what_a_downloader_fetched_is_one_problem_not_one_a_record(tmp_path):
    fetched = [{"file_url": f"http://epaper.example.cn/html/2015-03/12/content_28459{k:02}.htm", "timestamp": "20150314103010",
                "file_id": f"html/2015-03/12/content_28459{k:02}.htm"} for k in range(12)]
    (tmp_path / "content_list.json").write_text(json.dumps(fetched, indent=1), "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert not archive.articles
    assert [p.message for p in archive.problems] == [
        "all 12 of its records: record has no title (fields: file_url, timestamp, file_id); skipped"]


def test_a_media_library_s_list_of_pictures_is_no_articles(tmp_path):
    sheet = ("id,Title,Caption,URL,File Name,Date\n"
             "2237,lantern-takapuna,小朋友在灯会现场提着兔子灯合影。,https://news.example.nz/uploads/2024/02/lantern-takapuna.jpg,"
             "lantern-takapuna.jpg,2024-02-28 21:58:12\n"
             "2259,hagley-park-autumn,,https://news.example.nz/uploads/2024/02/hagley-park-autumn.png?w=640,"
             "hagley-park-autumn.png,2024-02-29 05:12:33\n")
    (tmp_path / "Media-Export.csv").write_text(sheet, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert not archive.articles
    assert [p.message for p in archive.problems] == [
        "all 2 of its records: a picture's record (its address names an image file), no article; skipped"]


def test_a_catalogue_s_day_in_three_columns(tmp_path):
    sheet = ("编号,题目,作者,报刊,年,月,日,版,内容摘要\n1,一个万元户的账本,吴志刚,南屏日报,1983,3,15,2,记白沙公社万元户。\n"
             "2,山村夜话,林  溪,临溪报,84,9,22,4,散文。\n3,县图书馆新增图书三千册,,临溪报,1985,3,,1,简讯。\n")
    (tmp_path / "剪报资料目录.csv").write_text(sheet, "gb18030")
    days = [(a.issue_date.iso(), a.issue_date.precision) for a in ingest(Config(source=tmp_path)).articles]
    assert days == [("1983-03-15", "day"), ("1984-09-22", "day"), ("1985-03", "month")]


def test_a_sheet_that_ends_inside_a_quoted_field_is_read_as_far_as_it_goes_and_reported(tmp_path):
    sheet = ('编号,题目,作者,报刊,内容摘要\n1,"丰收的喜悦","陈小明 摄","临溪报","图为社员在晒谷场上晾晒晚稻。"\n'
             '2,"全县个体工商户座谈会召开","本报记者 周明远","临溪报","<div>县工商局、县个体劳动者协会于十一月十二日召开座谈')
    (tmp_path / "剪报资料目录.csv").write_text(sheet, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["丰收的喜悦", "全县个体工商户座谈会召开"]
    assert [str(p) for p in archive.problems] == [
        "剪报资料目录.csv:3: the file ends inside this record's quoted field (cut short?); read as far as it goes"]


def test_a_sheet_s_title_and_compiler_rows_over_its_header_are_passed_over(tmp_path):
    sheet = ("沂阳日报2008年抗震救灾报道选编,,,,,\n整理：市档案馆报刊资料室　2009年3月,,,,,\n序号,刊发日期,版次,引题,标题,正文\n"
             "1,2008-5-13,头版,万众一心 众志成城,我市连夜组织救援力量驰援灾区,首批医疗队和救灾物资今晨出发。\n")
    (tmp_path / "选编.csv").write_text(sheet, "gb18030")
    [article] = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.issue_date.iso()) == ("万众一心 众志成城", "我市连夜组织救援力量驰援灾区", "2008-05-13")


def test_a_record_whose_text_breaks_off_mid_sentence_is_reported(tmp_path):
    sheet = ("标题,正文,备注\n抗震救灾英模事迹报告会举行,\"本报讯　昨天下午，抗震救灾英模事迹报告会在市会堂举行。\n"
             "报告会上，来自抗震救灾一线的六位代表，以亲身经历讲述了\",剪报破损，后半部分缺失\n")
    (tmp_path / "选编.csv").write_text(sheet, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["抗震救灾英模事迹报告会举行"]
    assert [str(p) for p in archive.problems] == [
        "选编.csv:2: its text stops mid-sentence (位代表，以亲身经历讲述了); cut short? read as far as it goes"]


def test_a_keeper_s_yaml_list_of_clippings_is_records_and_a_site_s_settings_none(tmp_path):
    """articles.yml, a list of title/date/body records written by hand (a block scalar for the body,
    a date as typed), each at its line; _config.yml and a text's sidecar hold no records."""
    (tmp_path / "articles.yml").write_text(
        "# 东澜日报 剪报整理\n\n- title: 我市地区生产总值突破八千亿元\n  kicker: 稳字当头 稳中求进\n  date: 2022-01-25\n"
        "  page: 1\n  author: 本报记者 钱程\n  body: |\n    本报讯（记者 钱程）1月24日，市政府新闻办召开新闻发布会。\n\n"
        "    全市经济总量首次突破八千亿元大关。\n\n- title: 端午，在外婆的河边\n  date: 2022年6月3日\n  page: 第3版\n"
        "  author: [沈未央]\n  body: >\n    外婆的河，在村口拐了一个弯。\n", "utf-8")
    (tmp_path / "_config.yml").write_text("title: 剪报\ndefaults:\n  - scope: {path: ''}\n    values: {layout: post}\n", "utf-8")
    (tmp_path / "老街.txt").write_text("老街茶馆重新开张\n\n　　“又能在这里喝早茶了！”昨天一早，老街茶馆重新开张。\n", "utf-8")
    (tmp_path / "老街.yml").write_text("date: 2021-03-05\npage: 2\n", "utf-8")
    from generator.enrich import dated
    archive = dated(ingest(Config(source=tmp_path)))
    got = sorted((a.source, a.line, a.title, a.kicker, a.authors, a.issue_date.iso(), a.page) for a in archive.articles)
    assert got == [("articles.yml", 3, "我市地区生产总值突破八千亿元", "稳字当头 稳中求进", ("钱程",), "2022-01-25", "1"),
                   ("articles.yml", 13, "端午，在外婆的河边", "", ("沈未央",), "2022-06-03", "3"),
                   ("老街.txt", 1, "老街茶馆重新开张", "", (), "2021-03-05", "2")]
    assert archive.problems == ()


def test_a_database_dump_s_columns_named_in_pinyin():
    """mysql -B of a newsroom's table: zhuti (主题) the title, zhengwen (正文) the text, banci the page."""
    text = ("id\tpubdate\tbanci\tyinti\tzhuti\tfuti\tzuozhe\tzhengwen\n"
            "10412\t2009-03-18\t01\tNULL\t全市重点项目建设推进会召开\t——李国栋出席并讲话\t本报记者 王立新\t"
            "<p>　　本报讯　3月17日，全市重点项目建设推进会召开。</p>\n")
    (article,), problems = read_records(text, "dump.tsv")
    assert (article.title, article.subtitle, article.authors, article.page) == (
        "全市重点项目建设推进会召开", "李国栋出席并讲话", ("王立新",), "1")


def test_a_library_s_dublin_core_harvest_dates_each_record_by_the_day_printed(tmp_path):
    """An OAI-PMH harvest (oai_dc): of a record's dates (accessioned, available, issued) the earliest,
    of its descriptions (a cataloguer's note, the text) the text, and dc:source (江漢商報, 1948-03-12,
    第4版) the paper, day and page; the harvest's part in its name (…_p001.xml) numbers no page."""
    record = ("<record><metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>{title}</dc:title><dc:creator>程伯言</dc:creator>"
              "<dc:description>據館藏縮微膠卷數字化。</dc:description><dc:description>{text}</dc:description>"
              "<dc:date>2020-01-15T03:12:44Z</dc:date><dc:date>2020-01-15T03:12:44Z</dc:date><dc:date>{day}</dc:date>"
              "<dc:source>江漢商報, {day}, 第{page}版</dc:source></oai_dc:dc></metadata></record>")
    (tmp_path / "ListRecords_p001.xml").write_text(
        "<?xml version=\"1.0\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>"
        + record.format(title="漢市棉紗交易清淡", text="漢市棉紗市場，自上週起交易即趨清淡。紗價連日回落。", day="1948-03-12", page=4)
        + record.format(title="植樹節各界赴嶽麓山植樹", text="昨日植樹節。各界人士千餘人赴嶽麓山植樹。", day="1948-03-13", page=3)
        + "</ListRecords></OAI-PMH>", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.issue_date.iso(), a.page, a.paper, a.paragraphs[0][:4]) for a in archive.articles] == [
        ("漢市棉紗交易清淡", "1948-03-12", "4", "江漢商報", "漢市棉紗"), ("植樹節各界赴嶽麓山植樹", "1948-03-13", "3", "江漢商報", "昨日植樹")]


def test_of_two_kinds_of_titled_element_held_as_often_the_first_in_the_file_is_the_record():
    """A TEI file whose header and body each hold a title once: the records are read the same way on
    every run (the first kind in the file's order), never by the order of a set."""
    text = ("<TEI><teiHeader><titleStmt><title>市区新增公交线路</title><author>王立</author></titleStmt></teiHeader>"
            "<text><body><div><head>市区新增公交线路</head><p>本报讯　市区新增公交线路三条。</p></div></body></text></TEI>")
    from generator.ingest.records import read_xml
    for _ in range(5):
        (article,), _problems = read_xml(text, "a.xml")
        assert (article.title, article.authors) == ("市区新增公交线路", ("王立",))


def test_a_corpus_s_dateline_field_is_its_dateline_and_its_writers_no_date():
    """"dateline": "本报讯（记者 刘芳）" beside an empty byline: the item's dateline, 刘芳 its writer; a
    dateline naming a day (新华社马赛7月4日电) is no issue date."""
    text = ('{"headline": "江汉路步行街下月动工", "byline": "", "dateline": "本报讯（记者 刘芳）", "text": "记者从江汉区获悉，改造工程将于8月上旬动工。"}\n'
            '{"headline": "荷兰闯入四强", "dateline": "新华社马赛7月4日电", "text": "荷兰队今天在马赛以2比1险胜阿根廷队。"}\n')
    (street, football), problems = read_records(text, "corpus.jsonl")
    assert (street.dateline, street.authors, street.paragraphs) == ("本报讯", ("刘芳",), ("记者从江汉区获悉，改造工程将于8月上旬动工。",))
    assert (football.dateline, football.issue_date.known) == ("新华社马赛7月4日电", False)


def test_an_atom_feed_s_entries_dated_by_their_update_in_china_s_day_and_addressed_by_their_link(tmp_path):
    (tmp_path / "atom.xml").write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>溪城都市报</title>
  <updated>2015-03-10T07:20:00+08:00</updated>
  <entry>
    <title>全国人大代表周海燕：建议加快城际铁路建设</title>
    <link rel="alternate" type="text/html" href="http://www.xichengnews.com/dsb/system/2015/03/10/01187205.shtml"/>
    <updated>2015-03-09T23:20:00Z</updated>
    <author><name>本报特派记者 蒋文 发自北京</name></author>
    <content type='html'>&lt;p&gt;本报北京3月9日电（特派记者 蒋文）今天，全国人大代表周海燕在接受记者采访时表示，建议加快城际铁路建设。&lt;/p&gt;</content>
  </entry>
</feed>
""", "utf-8")
    [article] = ingest(Config(source=tmp_path)).articles
    assert (article.issue_date.iso(), article.source_url) == (
        "2015-03-10", "http://www.xichengnews.com/dsb/system/2015/03/10/01187205.shtml")  # 23:20Z: 7:20 in Beijing


def test_a_wechat_account_s_export_its_posts_nested_their_page_and_print_noted():
    export = {"item": [{"media_id": "Xq1", "update_time": 1686528000, "content": {"news_item": [
        {"title": "【第3版】汉江边的“守桥人”", "author": "融媒记者 刘晓峰", "update_time": 1686528000,
         "content": "<p>6月11日清晨，汉江大桥上车流如织。周长生沿着桥面检查伸缩缝和护栏。</p>"
                    "<p>（本文刊于《汉滨日报》2023年6月12日第3版）</p>"},
        {"title": "城区新增3处口袋公园", "author": "", "update_time": 1686614400,
         "content": "<p>本报讯（记者 陈敏）城区新建的3处口袋公园已全部建成开放。</p><p>（原载《汉滨日报》2023年6月12日第1版）</p>"}]}}],
        "total_count": 1}
    articles, problems = read_records(json.dumps(export, ensure_ascii=False), "material_batchget.json")
    assert [(a.title, a.page, a.issue_date.iso(), a.paper, a.authors) for a in articles] == [
        ("汉江边的“守桥人”", "3", "2023-06-12", "汉滨日报", ("刘晓峰",)),
        ("城区新增3处口袋公园", "1", "2023-06-12", "汉滨日报", ("陈敏",))]  # posted the 13th, printed the 12th
    assert all(len(a.paragraphs) == 1 for a in articles) and problems == []


def test_a_note_of_another_paper_s_print_closing_a_record_s_text_keeps_the_record_s_day():
    row = {"paper": "南粤都市报", "pub_date": "2003-06-04", "headline": "外婆的粽子",
           "body": "每年端午，外婆总要包上几十只粽子。\n（本文原载2003年5月30日《羊城晚报》）"}
    [article], _ = read_records(json.dumps([row], ensure_ascii=False), "nydsb.json")
    assert (article.issue_date.iso(), article.paper) == ("2003-06-04", "南粤都市报")


def test_a_search_site_s_sheet_saved_as_an_html_table_named_xls_is_read_as_its_rows(tmp_path):
    (tmp_path / "读秀报纸检索_粮食_20130416.xls").write_text(
        '<html><body><table><tr><td colspan="7"><b>检索词：粮食&nbsp;共找到相关报纸文章1326篇</b></td></tr>'
        "<tr><td>序号</td><td>标题</td><td>作者</td><td>报纸名称</td><td>出版日期</td><td>版次</td><td>摘要</td></tr>"
        "<tr><td>1</td><td>十八大代表热议<font color=Red>粮食</font>安全</td><td>杨丽华;段志强</td><td>滇中经济时报</td>"
        "<td>2012-11-09</td><td>第01版</td><td>本报北京11月8日电 党的十八大8日在北京开幕。<br>代表们踊跃发言。</td></tr>"
        "<tr><td>2</td><td>国庆长假粮油市场供应平稳</td><td>周敏</td><td>潇南晚报</td><td>2012-10-08</td><td>第0", "utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.title, article.authors, article.paper, article.issue_date.iso(), article.page) == (
        "十八大代表热议粮食安全", ("杨丽华", "段志强"), "滇中经济时报", "2012-11-09", "1")
    assert [p.message.split(",")[0] for p in archive.problems] == ["the table stops inside its last row"]


def test_a_reference_manager_s_export_braces_its_fields_as_cnki_gives_them(tmp_path):
    (tmp_path / "CNKI-636627418524531250.txt").write_text(
        "\ufeff{Reference Type}: Newspaper Article\n{Title}: 我市干部职工踊跃为地震灾区捐款\n{Author}: 王建国;李晓梅;\n"
        "{Secondary Title}: 澄州日报\n{Year}: 2008\n{Date}: 2008-05-16\n{Pages}: 001\n{Keywords}: 地震灾区;捐款;\n"
        "{Abstract}: <正>本报讯 5月15日，市直机关干部职工纷纷来到各捐款点，为地震灾区群众献出爱心。\n{Database Provider}: CNKI\n\n"
        "{Reference Type}: Newspaper Article\n{Title}: 众志成城 夺取抗震救灾斗争的胜利\n{Author}: 本报评论员\n"
        "{Secondary Title}: 澄州日报\n{Year}: 2008\n{Date}: 2008-05-16\n{Pages}: 001\n"
        "{Abstract}: <正>一方有难，八方支援。灾情牵动着全国人民的心。\n{Database Provider}: CNKI\n", "utf-8")
    first, second = ingest(Config(source=tmp_path)).articles
    assert (first.title, first.paper, first.issue_date.iso(), first.page, first.summary[:3]) == (
        "我市干部职工踊跃为地震灾区捐款", "澄州日报", "2008-05-16", "1", "本报讯")
    assert second.title == "众志成城 夺取抗震救灾斗争的胜利"


def test_a_reference_manager_s_csl_json_its_day_its_paper_and_its_writers_as_named(tmp_path):
    """Zotero's CSL-JSON: issued's date-parts (["2011", 3, 8]) the day, not the day it was accessed;
    container-title the paper, not the site it came from (source); family and given names whole, a
    literal name (本报评论员) as it is."""
    (tmp_path / "桂岭商报2011剪报.json").write_text(json.dumps([
        {"type": "article-newspaper", "container-title": "桂岭商报", "page": "2", "source": "桂岭商报数字报",
         "title": "今年我市将开工建设保障性住房1.2万套", "author": [{"family": "蒙", "given": "晓燕"}, {"family": "潘", "given": "婷"}],
         "abstract": "今年我市计划开工建设各类保障性住房1.2万套。", "accessed": {"date-parts": [["2012", 2, 14]]},
         "issued": {"date-parts": [["2011", 3, 8]]}},
        {"type": "article-newspaper", "container-title": "桂岭商报", "title": "房价调控不能“一阵风”",
         "author": [{"literal": "本报评论员"}], "abstract": "近段时间，国务院出台新一轮房地产市场调控措施。",
         "issued": {"date-parts": [["2011", 2, 18]]}}], ensure_ascii=False), encoding="utf-8")
    housing, comment = ingest(Config(source=tmp_path)).articles
    assert (housing.issue_date.iso(), housing.paper, housing.authors, housing.page) == ("2011-03-08", "桂岭商报", ("蒙晓燕", "潘婷"), "2")
    assert (comment.issue_date.iso(), comment.authors) == ("2011-02-18", ())


def test_a_csl_json_writer_named_in_pinyin_keeps_the_space_within_the_name():
    article, _ = record_article({"type": "article-newspaper", "title": "全市下岗职工再就业服务中心挂牌",
                                 "author": [{"family": "Liu", "given": "Jianguo"}, {"family": "陈", "given": "建华"}],
                                 "issued": {"date-parts": [[1998, 3, 12]]}, "abstract": "本报讯 3月11日上午，中心正式挂牌成立。"},
                                "x.json", 1)
    assert article.authors == ("Liu Jianguo", "陈建华")


def test_a_clerk_s_sheet_its_days_written_once_without_their_year_and_a_paragraph_pasted_into_a_row_of_its_own():
    from generator.ingest.records import read_csv
    sheet = ("Date 日期,版面,Headline 标题,Byline 作者,正文 Body\r\n"
             "3月5日,头版,把乡村振兴的故事讲给总理听,记者 刘思琪,3月4日晚，记者见到了代表。\r\n"
             ",A08,东江路改造工程下月动工,,东江路建成于上世纪九十年代。\r\n"
             ',,,,"据介绍，此次改造全长3.2公里。"\r\n'
             "2018/3/12,A06,植树节 万名市民义务植树,,12日上午，万名市民上山植树。\r\n"
             ",A14,老旧小区加装电梯 盼简化审批,,我家住在城西一个老小区。\r\n")
    articles, problems = read_csv(sheet, "南岭都市报2018/稿库 - 3月.csv")
    assert [(a.title, a.issue_date.iso(), a.page) for a in articles] == [
        ("把乡村振兴的故事讲给总理听", "2018-03-05", "1"), ("东江路改造工程下月动工", "2018-03-05", "A8"),
        ("植树节 万名市民义务植树", "2018-03-12", "A6"), ("老旧小区加装电梯 盼简化审批", "2018-03-12", "A14")]
    assert articles[1].paragraphs == ("东江路建成于上世纪九十年代。", "据介绍，此次改造全长3.2公里。") and not problems


def test_a_blank_date_is_left_blank_where_its_page_does_not_come_after_the_row_above_s():
    from generator.ingest.records import read_csv
    sheet = ("标题,日期,版次,正文\n修鞋的老刘,2003/9/6,6,修鞋。\n楼道里的自行车,,第6版,自行车。\n"
             "板房学校开学了,,,开学。\n东江路改造工程下月动工,2018-03-05,A08,改造。\n")
    articles, _ = read_csv(sheet, "稿库.csv")
    assert [a.issue_date.precision for a in articles] == ["day", None, None, "day"]


def test_filemakers_merge_export_is_a_csv_under_its_own_name(tmp_path):
    merged = ('"稿号","见报日期","版次","引题","主题","作者","正文"\r\n"JZ0012","2003-5-6","1","抗击非典　众志成城",'
              '"市疾控中心二十四小时坚守防控一线","本报记者　刘建华","　　本报讯　“五一”长假期间，市疾控中心的灯光彻夜未熄。\r'
              '　　据介绍，市疾控中心抽调业务骨干组成五个专业小组。"\r\n')
    (tmp_path / "江州日报稿库_200305.mer").write_bytes(merged.encode("gbk"))
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.issue_date.iso(), article.page, article.authors) == (
        "抗击非典　众志成城", "市疾控中心二十四小时坚守防控一线", "2003-05-06", "1", ("刘建华",))
    assert len(article.paragraphs) == 2


def test_an_atom_entry_with_the_source_it_came_from_is_read_by_its_own_title():
    from generator.ingest.records import read_xml
    feed = ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Starred articles</title><entry>'
            '<title type="html">春分帖</title><content type="html">&lt;p&gt;林小溪&lt;/p&gt;&lt;p&gt;昼和夜，在今天各让出一半的路。&lt;/p&gt;'
            '</content><published>2022-03-20T00:10:00+00:00</published>'
            '<source><id>https://www.luzhounews.example/</id><title>鹭洲晚报</title></source></entry></feed>')
    (article,), problems = read_xml(feed, "starred.xml")
    assert (article.title, article.paragraphs[-1], problems) == ("春分帖", "昼和夜，在今天各让出一半的路。", [])


def test_a_ghost_site_s_export_is_its_posts_with_their_writers_and_tags_its_pages_and_drafts_none(tmp_path):
    """{"db": [{"meta": …, "data": {"posts", "users", "posts_authors", "tags", "posts_tags", "settings"}}]}:
    the posts, not every table's rows; a page (type: page) the site's own, a draft never published."""
    def post(pid, title, kind="post", status="published"):
        return {"id": pid, "uuid": f"u-{pid}", "title": title, "slug": pid, "type": kind, "status": status,
                "html": f"<p>本网讯（记者 李娜）{title}，全县各地积极行动，群众反响热烈。</p>", "published_at": "2024-01-21T02:00:00.000Z"}
    data = {"db": [{"meta": {"exported_on": 1710922542000, "version": "5.80.0"}, "data": {
        "posts": [post("p1", "澄河县第十八届人民代表大会第三次会议开幕"), post("p2", "关于澄河发布", kind="page"),
                  post("p3", "测试文章", status="draft")],
        "users": [{"id": "u1", "name": "李娜"}], "posts_authors": [{"id": "a1", "post_id": "p1", "author_id": "u1", "sort_order": 0}],
        "tags": [{"id": "t1", "name": "要闻"}], "posts_tags": [{"id": "x1", "post_id": "p1", "tag_id": "t1", "sort_order": 0}],
        "settings": [{"id": "s1", "group": "core", "key": "db_hash", "value": "abc"}]}}]}
    (tmp_path / "cheng-he-fa-bu.ghost.2024-03-20-08-15-42.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.title, article.authors, article.tags[:1], article.issue_date.iso()) == (
        "澄河县第十八届人民代表大会第三次会议开幕", ("李娜",), ("要闻",), "2024-01-21")
    assert sorted(p.message for p in archive.problems) == ["a page of the site's (post_type), no article; skipped",
                                                           "never published (status: draft); left out"]


def test_a_blogger_export_is_its_posts_that_went_out_its_comments_settings_drafts_and_pages_none(tmp_path):
    """Takeout's Blogger/Blogs/<name>/feed.atom (<blogger:type>, <blogger:status>) and the older export
    (a category of kind #post, #comment, #settings): the posts put out, the rest counted in one problem."""
    entry = ("<entry><id>tag:blogger.com,1999:blog-1.post-{n}</id><blogger:type>{kind}</blogger:type><blogger:status>{status}"
             "</blogger:status><title>{title}</title><content type='html'>&lt;p&gt;本报讯 {title}，全县各地积极行动，群众反响热烈。&lt;/p&gt;"
             "</content><published>2021-06-14T09:05:00Z</published></entry>")
    feed = ("<?xml version='1.0' encoding='utf-8'?>\n<feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:blogger='http://schemas.google.com/blogger/2018'><title>桐溪笔记</title>"
            + entry.format(n=1, kind="POST", status="LIVE", title="县图书馆24小时自助书屋投用")
            + entry.format(n=2, kind="POST", status="DRAFT", title="医共体待写")
            + entry.format(n=3, kind="COMMENT", status="LIVE", title="写得好")
            + entry.format(n=4, kind="PAGE", status="LIVE", title="关于我") + "</feed>\n")
    (tmp_path / "feed.atom").write_text(feed, "utf-8")
    (tmp_path / "2021-03-08T10_22_31.546+08_00.html").write_text(  # (a Keep note's page named for its time: no error page)
        "<html><head><title>2021-03-08T10:22:31.546+08:00</title></head><body><p>3月7日，油菜花开引客来。</p></body></html>", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert "县图书馆24小时自助书屋投用" in [a.title for a in archive.articles]
    assert [p.message for p in archive.problems if p.path == "feed.atom"] == [
        "entries of the blog's own that are no posts it put out (comment 1, draft post 1, page 1); skipped"]
    assert not any("error page" in p.message for p in archive.problems)


def test_a_feed_naming_itself_the_writer_of_each_item_gives_way_to_the_writers_in_its_dateline(tmp_path):
    """JSON Feed's "authors": [{"name": "青岚日报"}] is the site's own name, no writer: 本报讯（记者 程远 通讯员 邵佳）
    over the text names them."""
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "青岚日报", "items": [
        {"id": "8812", "title": "青岚河生态廊道全线贯通", "date_published": "2023-06-11T06:30:00+08:00", "authors": [{"name": "青岚日报"}],
         "content_html": "<p>本报讯（记者 程远 通讯员 邵佳）6月10日，青岚河生态廊道最后一段栈道完工，全长四十二公里的廊道全线贯通。</p>"}]}
    (tmp_path / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.authors, article.correspondents) == (("程远",), ("邵佳",))


def test_news_please_and_trafilatura_records_their_text_day_and_address(tmp_path):
    """news-please's maintext and date_publish ("None" where it found none); trafilatura's source the
    address it read, no paper; 第A04版：城事 over the text the page it was printed on."""
    (tmp_path / "np.json").write_text(json.dumps({
        "title": "让老街区留住烟火气也长出新功能", "maintext": "第A04版：城事\n今年以来，我市多个老旧街区启动有机更新。",
        "date_publish": "2024-03-18 00:00:00", "date_modify": "None", "date_download": "2024-03-20 15:02:35.004188",
        "authors": [], "source_domain": "hzdaily.hangzhou.com.cn"}, ensure_ascii=False), "utf-8")
    (tmp_path / "tf.json").write_text(json.dumps({
        "title": "苏州河沿岸再添三处滨水公共空间", "author": "陈珊珊", "hostname": "www.jfdaily.com", "date": "None",
        "text": "记者昨天从市绿化市容局获悉，苏州河沿岸再添三处滨水公共空间。",
        "source": "https://www.jfdaily.com/news/detail?id=723456"}, ensure_ascii=False), "utf-8")
    result = ingest(Config(source=tmp_path))
    first, second = result.articles
    assert (first.paragraphs, first.page, first.section, first.issue_date.iso()) == (
        ("今年以来，我市多个老旧街区启动有机更新。",), "A4", "城事", "2024-03-18")
    assert (second.paper, second.source_url, second.paragraphs) == (
        None, "https://www.jfdaily.com/news/detail?id=723456", ("记者昨天从市绿化市容局获悉，苏州河沿岸再添三处滨水公共空间。",))
    assert result.problems == ()


def test_a_crawler_s_record_of_a_missing_page_or_of_a_page_s_headlines_is_no_article(tmp_path):
    (tmp_path / "404.json").write_text(json.dumps({
        "title": "提示信息", "text": "提示信息\n抱歉，您访问的内容不存在或已下线。\n返回首页"}, ensure_ascii=False), "utf-8")
    (tmp_path / "nbs.json").write_text(json.dumps({
        "title": "人民日报", "maintext": "第06版：经济\n黄淮海麦区田管进入关键期\n制造业数字化转型提速\n图片报道"},
        ensure_ascii=False), "utf-8")
    (tmp_path / "urls.txt").write_text("# 第一批 --json\nhttps://epaper.bjnews.com.cn/html/2024-03/19/content_839147.htm\n"
                                       "http://zqb.cyol.com/html/2024-03/19/nbs.D110000zgqnb_08.htm\n", "utf-8")
    result = ingest(Config(source=tmp_path))
    assert result.articles == ()
    assert sorted((p.path, p.message.split(" (")[0].split(",")[0]) for p in result.problems) == [
        ("404.json", "a site's page saying the article is not there"),
        ("nbs.json", "an e-paper's page of headlines"),
        ("urls.txt", "a list of web addresses")]


def test_a_drupal_node_export_its_fields_by_language_its_pages_and_unpublished_nodes_none(tmp_path):
    """node_export's JSON: each field {"und": [{"value": …}]} (an empty one []), the body's HTML; a node
    of the site's own (type page, webform) and one left unpublished (status 0) no article."""
    def node(nid, title, kind="article", status="1", body="<p>\u3000\u3000本报讯 学院新闻传播实验室昨日正式启用。</p>"):
        return {"nid": str(nid), "vid": str(nid), "title": title, "type": kind, "status": status,
                "body": {"und": [{"value": body, "summary": "", "format": "full_html"}]},
                "field_print_date": {"und": [{"value": "2014-04-18T00:00:00", "timezone": "Asia/Shanghai"}]},
                "field_page": {"und": [{"value": "2"}]}, "field_byline": [], "language": "und"}
    (tmp_path / "node-export(4-nodes).1404200825.json").write_text(json.dumps(
        [node(1455, "学院“全媒体实验室”正式启用"), node(1101, "学院简介", kind="page"),
         node(1209, "读者意见征集", kind="webform"), node(1999, "测试", status="0")]), "utf-8")
    result = ingest(Config(source=tmp_path))
    article, = result.articles
    assert (article.title, article.page, article.issue_date.iso(), article.paragraphs) == (
        "学院“全媒体实验室”正式启用", "2", "2014-04-18", ("学院新闻传播实验室昨日正式启用。",))
    assert sorted(p.message.split(";")[0] for p in result.problems) == [
        "a page of the site's (Drupal's node type), no article", "a webform of the site's (Drupal's node type), no article",
        "never published (status: 0)"]


def test_a_head_over_two_lines_of_its_field_cut_where_its_line_ended_is_run_together():
    """<标题>读懂政府工作报告里的⏎“民生温度”</标题>: one head cut at its line's end (its upper line ends on
    的), no two parts to set a space apart."""
    article, _ = record_article({"title": "读懂政府工作报告里的\n“民生温度”", "body": "新华社北京3月5日电　政府工作报告一字一句都透着民生温度。"},
                                "a.xml", 1)
    assert article.title == "读懂政府工作报告里的“民生温度”"


def test_omeka_s_dublin_core_columns_and_omeka_s_json_ld_items_its_collections_none(tmp_path):
    """Omeka Classic's CSV names its fields in their vocabulary (Dublin Core:Title, Item Type Metadata:版次);
    Omeka S's API its properties as lists of values ({"@value": …}), its item sets (o:ItemSet) none."""
    (tmp_path / "export.csv").write_text(
        '"Dublin Core:Title","Dublin Core:Source","Dublin Core:Date","Item Type Metadata:版次","Item Type Metadata:Text"\n'
        '"青溪大桥今日正式通车","青溪报","1956-10-01","1","本报讯 青溪大桥今天正式通车，万余群众夹道欢呼。"\n', "utf-8")
    (tmp_path / "api_items.json").write_text(json.dumps([
        {"@type": ["o:Item", "dctype:Text"], "o:id": 7, "dcterms:title": [{"type": "literal", "@value": "东山夏茶采摘忙"}],
         "dcterms:date": [{"type": "literal", "@value": "1978-05-06"}],
         "bibo:content": [{"type": "literal", "@value": "东山乡茶农正抢摘夏茶。"}]},
        {"@type": "o:ItemSet", "o:id": 2, "dcterms:title": [{"type": "literal", "@value": "老照片"}]}], ensure_ascii=False), "utf-8")
    result = ingest(Config(source=tmp_path))
    assert sorted((a.title, a.paper, a.page, a.issue_date.iso()) for a in result.articles) == [
        ("东山夏茶采摘忙", None, None, "1978-05-06"), ("青溪大桥今日正式通车", "青溪报", "1", "1956-10-01")]
    assert [p.message for p in result.problems] == ["an Omeka S o:ItemSet (@type), no article; skipped"]


def test_a_crawler_s_three_slots_of_a_head_in_one_field_are_its_kicker_title_and_deck():
    """新闻标题: 科技自立自强⏎我国自主研发的深海探测装备完成海试⏎ (a People's Daily crawler's slots, the deck's
    empty), ⏎把便民服务做到群众心坎上⏎ (no kicker, no deck)."""
    body = "本报三亚3月14日电　记者从自然资源部获悉：新一代深海综合探测装备近日完成海上试验。"
    slotted, _ = record_article({"新闻标题": "科技自立自强\n我国自主研发的深海探测装备完成海试\n", "正文": body}, "a.json", 1)
    bare, _ = record_article({"新闻标题": "\n把便民服务做到群众心坎上\n——写在服务站开放之际", "正文": body}, "a.json", 2)
    assert (slotted.kicker, slotted.title, slotted.subtitle) == ("科技自立自强", "我国自主研发的深海探测装备完成海试", "")
    assert (bare.kicker, bare.title, bare.subtitle) == ("", "把便民服务做到群众心坎上", "写在服务站开放之际")


def test_a_search_index_s_dump_its_hits_records_a_draft_by_its_status_and_a_head_broken_after_a_quoted_name(tmp_path):
    hit = {"_index": "news_v3", "_type": "_doc", "_id": "JLRB20240318A03001", "_score": 1, "_source": {
        "id": "JLRB20240318A03001", "title": "全市首批“无废城市细胞”<br>建设示范点名单揭晓", "intro_title": "",
        "content": "<p>本报讯　日前，市生态环境局公布了全市首批示范点名单。</p>", "paper_date": "2024-03-18",
        "page_no": "A03", "status": "published"}}
    draft = {"_index": "news_v3", "_id": "D17", "_source": {"title": "城区部分路段施工期间交通管制的通告",
                                                          "content": "<p>因地铁施工需要，自3月起实施交通管制。</p>",
                                                          "paper_date": "2024-03-18", "status": "draft"}}
    (tmp_path / "news_v3.split-0.json").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (hit, draft)), "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.kicker, a.page) for a in archive.articles] == [("全市首批“无废城市细胞”建设示范点名单揭晓", "", "A3")]
    assert [p.message for p in archive.problems] == ["never published (status: draft); left out"]
