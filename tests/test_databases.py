"""What news databases give a reader as text (ingest/databases.py): Factiva's and LexisNexis' downloads."""
from generator.config import Config
from generator.ingest import ingest
from generator.ingest.databases import factiva_page_text


FACTIVA = ("\ufeffHD\t乐龄公寓申请反应热烈\r\nBY\t王康威\r\nWC\t233 words\r\nPD\t12 March 2015\r\nSN\tLianhe Zaobao\r\n"
           "SE\t新加坡\r\nPG\t8\r\nLA\tChinese-Simplified\r\n\r\nLP\r\n——建屋局：今年内再推两个项目\r\n\r\n"
           "建屋局推出的首批“乐龄公寓”已接获超过2000份申请。\r\n\r\nTD\r\n这批单位位于义顺和裕廊西。\r\n\r\n"
           "NS\tghou : Housing\r\nAN\tDocument LHZB000020150312eb3c0000h\r\n\r\n\r\n"
           "HD\t榜鹅水道灯光璀璨\r\nBY\t摄影：刘家成\r\nPD\t14 March 2015\r\nPG\t1\r\n\r\nLP\r\n榜鹅水道公园昨晚举行灯光展。\r\n\r\n"
           "AN\tDocument LHZB000020150314eb3e00009\r\n\r\n\r\nSearch Summary\r\nText\t组屋\r\n"
           "HD\t社区俱乐部今起派发口罩\r\nPD\t12 April 2020\r\n\r\nLP\r\n政府今天起在全国各地派发")


def test_factiva_s_article_format_its_coded_fields_lead_and_text(tmp_path):
    (tmp_path / "Factiva-20150320-0915.txt").write_text(FACTIVA, "utf-8")
    archive = ingest(Config(source=tmp_path))
    housing, photo, cut = archive.articles
    assert (housing.title, housing.subtitle, housing.authors, housing.paper, housing.page) == (
        "乐龄公寓申请反应热烈", "建屋局：今年内再推两个项目", ("王康威",), "Lianhe Zaobao", "8")
    assert housing.issue_date.iso() == "2015-03-12" and housing.section == "新加坡"
    assert housing.paragraphs == ("建屋局推出的首批“乐龄公寓”已接获超过2000份申请。", "这批单位位于义顺和裕廊西。")
    assert (photo.kind, photo.authors) == ("photo", ("刘家成",))
    assert cut.paragraphs == ("政府今天起在全国各地派发",)  # the search's summary is no article's text
    assert [p.line for p in archive.problems if "AN line" in p.message] == [35]


FACTIVA_UNCODED = ("城市更新让老街区焕新颜\n　　青川日报, 2022 年 5 月 6 日, 186 字\n\n\n"
                   "城市更新让老街区焕新颜\n本报记者 沈立群\n186 字\n2022 年 5 月 6 日\n青川日报\nQCRB\nA3\n中文(简体)\n"
                   "青川日报社版权所有\n\n留住烟火气　守住老记忆\n城市更新让老街区焕新颜\n"
                   "　　走进西门老街，青石板路修葺一新，临街的老字号重新开张。\n　　文件 QCRB000020220506ei5600021\n\n\n"
                   "夜市经济 -- 烟火气里看活力\n2,213 words\n7 May 2022\n18:20\nQingchuan Daily\nQCRB\n"
                   "Chinese (Simplified)\n(c) 2022 Qingchuan Daily\n\n　　夜幕降临，河滨夜市人头攒动。\n\n检索摘要\n文本|老街|\n")
FACTIVA_ROWS = ("社区食堂开进老小区\n　　青川晚报, 2022 年 6 月 1 日, 95 字\n\n"
                "　　HD|社区食堂开进老小区|\nBY|记者 唐一苇|\nWC|95 字|\nPD|2022 年 6 月 1 日|\nSN|青川晚报|\nPG|5|\n"
                "　　LP|老小区里的第一家社区食堂昨天开张。|\n　　TD|午饭时间，老人们排起了队。\n"
                "　　一荤两素只要十二元。|\n　　AN|文件 QCWB000020220601ei6100009|\n")
FACTIVA_PAGE = ("<!-- saved from url=(0040)https://global.factiva.com/ha/default.aspx -->\n<html><head><title>Factiva</title></head>"
                "<body><div class=\"article zhcnArticle\"><div id=\"hd\"><span class=\"zhcnHeadline\">社区食堂开进老小区</span></div>"
                "<div class=\"author\">记者 唐一苇</div><div>95 words</div><div>1 June 2022</div><div>Qingchuan Evening News</div>"
                "<div>QCWB</div><div>5</div><div>Chinese (Simplified)</div><div>青川晚报版权所有</div>"
                "<p class=\"articleParagraph zhcnarticleParagraph\">老小区里的第一家社区食堂昨天开张。</p>"
                "<p class=\"articleParagraph zhcnarticleParagraph\">一荤两素只要十二元。</p>"
                "<p>Document QCWB000020220601ei6100009</p></div></body></html>")


def test_factiva_s_download_without_codes_each_article_closed_by_its_accession_number(tmp_path):
    (tmp_path / "Factiva-20220510-1030.txt").write_text(FACTIVA_UNCODED, "utf-8")
    archive = ingest(Config(source=tmp_path))
    street, market = archive.articles
    assert (street.kicker, street.title, street.authors, street.paper, street.page, street.issue_date.iso()) == (
        "留住烟火气　守住老记忆", "城市更新让老街区焕新颜", ("沈立群",), "青川日报", "A3", "2022-05-06")
    assert street.paragraphs == ("走进西门老街，青石板路修葺一新，临街的老字号重新开张。",)
    assert (market.title, market.subtitle, market.paper, market.page, market.issue_date.iso()) == (
        "夜市经济", "烟火气里看活力", "Qingchuan Daily", None, "2022-05-07")
    assert market.paragraphs == ("夜幕降临，河滨夜市人头攒动。",), "the search's summary is no article's text"
    assert [p.line for p in archive.problems if "accession" in p.message] == [21]


def test_factiva_s_coded_fields_as_the_rows_of_a_table_and_its_page_saved_from_the_browser(tmp_path):
    (tmp_path / "rows").mkdir()
    (tmp_path / "rows" / "Factiva-20220602-0915.txt").write_text(FACTIVA_ROWS, "utf-8")
    (rows,) = ingest(Config(source=tmp_path / "rows")).articles
    assert (rows.title, rows.authors, rows.paper, rows.page) == ("社区食堂开进老小区", ("唐一苇",), "青川晚报", "5")
    assert rows.paragraphs == ("老小区里的第一家社区食堂昨天开张。", "午饭时间，老人们排起了队。", "一荤两素只要十二元。")
    (tmp_path / "saved").mkdir()
    (tmp_path / "saved" / "Factiva.html").write_text(FACTIVA_PAGE, "utf-8")
    (page,) = ingest(Config(source=tmp_path / "saved")).articles
    assert (page.title, page.authors, page.paper, page.page, page.paragraphs) == (
        "社区食堂开进老小区", ("唐一苇",), "Qingchuan Evening News", "5", rows.paragraphs[:1] + rows.paragraphs[2:])
    assert factiva_page_text("<html><body><div class=\"article\">社区食堂</div></body></html>") is None


NEXIS = ("\ufeff\r\n\r\nDownload Request: Selected Items: 1-2\r\nTime Of Request: Monday, May 14, 2012  09:31:22\r\n\r\n"
         "                                1 of 2 DOCUMENTS\r\n\r\n                                 Lianhe Zaobao\r\n\r\n"
         "                              May 13, 2012 Sunday\r\n\r\n乐龄活动中心明年增至十所\r\n\r\nBYLINE: 叶伟强 黄小芸\r\n\r\n"
         "SECTION: 新加坡新闻; Pg. 5\r\n\r\nLENGTH: 182 words\r\n\r\nHIGHLIGHT: 卫生部：将与社区组织合作扩大服务\r\n\r\n\r\n"
         "为了让更多年长者在社区里保持活跃，卫生部计划在明年底以前把乐龄活动中心的数目从目\r\n前的六所增加到十所。\r\n\r\n"
         "LOAD-DATE: May 13, 2012\r\n\r\nLANGUAGE: CHINESE\r\n\r\n       Copyright 2012 Singapore Press Holdings Ltd.\r\n\r\n"
         "                                2 of 2 DOCUMENTS\r\n\r\n                           Sin Chew Daily (Malaysia)\r\n\r\n"
         "                           October 30, 2013 Wednesday\r\n\r\n槟州无塑料袋日 成效显著\r\n\r\nBYLINE: 黄　丽珊\r\n\r\n"
         "SECTION: 北马; Pg. 8\r\n\r\nLENGTH: 139 words\r\n\r\n\r\n槟州政府推行“无塑料袋日”以来，")


def test_a_lexisnexis_download_its_documents_and_their_fields(tmp_path):
    (tmp_path / "Lianhe_Zaobao2012-05-14_09-31.txt").write_text(NEXIS, "utf-8")
    archive = ingest(Config(source=tmp_path))
    centres, bags = archive.articles
    assert (centres.title, centres.subtitle, centres.authors, centres.paper) == (
        "乐龄活动中心明年增至十所", "卫生部：将与社区组织合作扩大服务", ("叶伟强", "黄小芸"), "Lianhe Zaobao")
    assert (centres.issue_date.iso(), centres.page, centres.section) == ("2012-05-13", "5", "新加坡新闻")
    assert centres.paragraphs == ("为了让更多年长者在社区里保持活跃，卫生部计划在明年底以前把乐龄活动中心的数目从目前的六所增加到十所。",)
    assert (bags.authors, bags.page, bags.issue_date.iso()) == (("黄丽珊",), "8", "2013-10-30")
    assert [p.message for p in archive.problems] == ["no LOAD-DATE: closes this document: its text may be cut short"]


def test_a_corpus_s_documents_read_by_their_attributes_a_broken_one_a_problem_the_next_read():
    from generator.ingest.databases import is_corpus, read_corpus
    text = ('<!-- 北沅晚报 2019年5月 导出自 BYWB-Corpus v0.3 -->\n'
            '<doc id="by20190503-02-03" title="五一假期我市接待游客逾百万人次" date="2019-05-03" page="2" author="晚报记者 贺兰 通讯员 毛思齐">\n'
            '——旅游收入同比增长一成二\n　　记者从市文旅局获悉，“五一”假期，我市共接待游客103.5万人次。\n</doc>\n'
            '<doc id="by20190518-06-02" title="鍩庡競绠＄悊鏂拌 date="2019-05-18" page="6"\n锟斤拷锟斤拷\n'
            '<doc id="by20190525-05-03" title="共享单车不能一停了之" date="2019-05-25" page="5">\n【晚报时评】\n□苏砚\n'
            '　　地铁口、公交站旁，共享单车乱停乱放。\n</doc>\n')
    assert is_corpus(text)
    articles, problems = read_corpus(text, "北沅晚报_201905.txt")
    assert [(a.title, a.subtitle, a.kicker, a.page, str(a.issue_date.value)) for a in articles] == [
        ("五一假期我市接待游客逾百万人次", "旅游收入同比增长一成二", "", "2", "2019-05-03"),
        ("共享单车不能一停了之", "", "晚报时评", "5", "2019-05-25")]
    assert articles[0].authors == ("贺兰",) and articles[1].authors == ("苏砚",)
    assert [(p.line, "broken" in p.message) for p in problems] == [(6, True)]


RIS = ("\ufeffTY  - NEWS\r\nTI  - 我市全面加强非典型肺炎防治工作\r\nAU  - 陈, 立新\r\nAU  - 何, 静\r\nT2  - 鹭川日报\r\nDA  - 2003/04/25/\r\n"
       "PY  - 2003\r\nSP  - 1\r\nKW  - 非典\r\nN1  - <div data-schema-version=\"8\"><p>本报讯（记者 陈立新 何静）4月24日下午，市政府召开"
       "全市非典型肺炎防治工作专题会议。</p>\r\n<p>会议指出，当前防治工作形势十分严峻。</p>\r\n</div>\r\nER  - \r\n\r\n"
       "TY  - ELEC\r\nTI  - 鹭川日报数字报首页\r\nUR  - http://epaper.lcrb.com.cn/\r\nER  - \r\n\r\n"
       "TY  - NEWS\r\nTI  - 港口一季度吞吐量增长两成\r\nT2  - 鹭川日报\r\nPY  - 2003\r\nN1  - <p>本报讯 记者从港务局获悉，今年一季度")


def test_a_reference_manager_s_ris_export_its_records_whole_its_notes_their_text(tmp_path):
    """Zotero's RIS: AU  - 陈, 立新 a writer whole again, DA the day, SP the page, N1's HTML over several
    lines the text; a web page's record (TY  - ELEC) no article, and one the export cut (no ER) a
    problem at its line."""
    (tmp_path / "鹭川日报2003剪报.ris").write_text(RIS, encoding="utf-8")
    result = ingest(Config(source=tmp_path))
    article, = result.articles
    assert (article.title, article.authors, article.issue_date.iso(), article.page, article.paper) == (
        "我市全面加强非典型肺炎防治工作", ("陈立新", "何静"), "2003-04-25", "1", "鹭川日报")
    assert article.paragraphs[-1] == "会议指出，当前防治工作形势十分严峻。"
    assert sorted((p.line, p.message.split(";")[0]) for p in result.problems) == [
        (15, "a record of another kind (TY  - ELEC), no paper's article"),
        (20, "the export ends in the middle of this record (no ER line)")]


BIBTEX = ("% Encoding: UTF-8\n\n@String{qjwb = {青江晚报}}\n\n@Article{Chen1998,\n  author    = {陈建华 and Liu, Jianguo},\n"
          "  journal   = qjwb,\n  title     = {{全市下岗职工再就业服务中心挂牌}},\n  year      = {1998},\n  month     = mar,\n"
          "  pages     = {1},\n  note      = {本报讯 3月11日上午，青江市下岗职工再就业服务中心正式挂牌成立。\n"
          "已实现再就业的占38.5\\%。},\n}\n\n@Misc{broken,\n  title = {{大堤上的“生命线”}},\n  note = {本报讯 连日来，\n\n"
          "@Misc{qjwb19981001,\n  title        = {{青江商厦国庆酬宾 全场八八折}},\n  howpublished = qjwb,\n  date = {1998-10-01},\n"
          "  note = {国庆期间，青江商厦全场商品八八折。},\n}\n")


def test_a_reference_manager_s_bibtex_its_macros_its_writers_and_an_entry_left_open(tmp_path):
    """JabRef's BibTeX: @String's paper under journal or howpublished, the day from date or from year and
    month (mar), writers parted by "and" (Liu, Jianguo whole again), LaTeX's \\% as printed; an entry
    whose braces never close a problem at its line, the entry after it read."""
    (tmp_path / "青江晚报1998剪报.bib").write_text(BIBTEX, encoding="utf-8")
    result = ingest(Config(source=tmp_path))
    centre, sale = result.articles
    assert (centre.title, centre.paper, centre.authors, centre.issue_date.iso(), centre.page) == (
        "全市下岗职工再就业服务中心挂牌", "青江晚报", ("陈建华", "Liu Jianguo"), "1998-03", "1")
    assert centre.paragraphs[-1] == "已实现再就业的占38.5%。"
    assert (sale.title, sale.paper, sale.issue_date.iso()) == ("青江商厦国庆酬宾 全场八八折", "青江晚报", "1998-10-01")
    assert [(p.line, p.message) for p in result.problems] == [(16, "an entry whose braces never close; skipped")]


NOTEEXPRESS = ("\ufeff{Reference Type}: Newspaper Article\r\n{Title}: 社区食堂开到家门口\r\n{Author}: 陈晨曦;王海涵;\r\n"
               "{Secondary Title}: 光明日报\r\n{Date}: 2023-10-19\r\n{Pages}: 009\r\n{Keywords}: 社区食堂;;老年助餐\r\n"
               "{Abstract}: <正>中午11点半，社区食堂里已经坐满了人。(#br)这家食堂由闲置用房改造而来。\r\n"
               "{Database Provider}: CNKI\r\n\r\n\r\n{Reference Type}: Newspaper Article\r\n{Title}: 城市更新中的历史文化保护"
               "——以广州永庆坊为例\r\n{Author}: 陈晓枫;\r\n{Secondary Title}: 光明日报\r\n{Date}: 2023-04-25\r\n{Pages}: 011\r\n"
               "\r\n\r\n{Reference Type}: Newspaper Article\r\n{Title}: 加装电梯“加”出")


def test_noteexpress_s_export_as_cnki_gives_it_each_record_an_article_one_cut_short_a_problem(tmp_path):
    """{Reference Type}: opens a record, {Author} parted by semicolons, {Pages} 009 page 9, the abstract
    without CNKI's <正> and its (#br) a paragraph's end; a .net file that is no such export a problem."""
    (tmp_path / "CNKI-638457022086672941.net").write_text(NOTEEXPRESS, encoding="utf-8")
    (tmp_path / "项目.net").write_text("<Project Version=\"2\"/>", encoding="utf-8")
    result = ingest(Config(source=tmp_path))
    assert [(a.title, a.subtitle, a.authors, a.paper, a.issue_date.iso(), a.page) for a in result.articles] == [
        ("社区食堂开到家门口", "", ("陈晨曦", "王海涵"), "光明日报", "2023-10-19", "9"),
        ("城市更新中的历史文化保护", "以广州永庆坊为例", ("陈晓枫",), "光明日报", "2023-04-25", "11")]
    assert result.articles[0].paragraphs == ("中午11点半，社区食堂里已经坐满了人。", "这家食堂由闲置用房改造而来。")
    assert sorted((p.path, p.line, p.message.split(";")[0]) for p in result.problems) == [
        ("CNKI-638457022086672941.net", 20, "the export ends in the middle of this record"),
        ("项目.net", 1, "not a NoteExpress export (no {Reference Type}: line first)")]


def test_a_list_of_references_each_article_it_cites_with_its_paper_day_and_page(tmp_path):
    """GB/T 7714's [N], as CNKI's 引用 gives it to paste: writers, title, paper, day and (page); a line
    of the user's own over them no article, a journal's [J] none of the paper's."""
    (tmp_path / "参考文献.txt").write_text(
        "老旧小区改造 知网引用格式\n\n[1]王书珂,李沁萍.老楼加装电梯，如何“上下”都满意[N].人民日报,2022-03-15(013).\n"
        "[2]本报评论员.把好事办好　把实事办实[N].中国建设报,2022-02-21(001).\n"
        "[3]陈晓枫.城市更新中的历史文化保护——以广州永庆坊为例[N].光明日报,2023-04-25(011).DOI:10.28273/n.cnki.ngmrb.2023.001842.\n"
        "[4]张明.城市更新的理论逻辑[J].城市规划,2021,45(3):12-20.\n", encoding="utf-8")
    result = ingest(Config(source=tmp_path))
    assert [(a.title, a.subtitle, a.authors, a.paper, a.issue_date.iso(), a.page, a.kind) for a in result.articles] == [
        ("老楼加装电梯，如何“上下”都满意", "", ("王书珂", "李沁萍"), "人民日报", "2022-03-15", "13", "title-only"),
        ("把好事办好　把实事办实", "", (), "中国建设报", "2022-02-21", "1", "title-only"),
        ("城市更新中的历史文化保护", "以广州永庆坊为例", ("陈晓枫",), "光明日报", "2023-04-25", "11", "title-only")]


def test_endnote_records_with_their_addresses_are_a_paper_s_articles_not_a_list_of_links(tmp_path):
    """CNKI's new platform gives each record its address (%U): records that name their paper and
    page are its articles' records, no read-later app's list of links."""
    record = "%0 Newspaper Article\r\n%A {0}\r\n%T {1}\r\n%J 人民日报\r\n%8 2024-02-26\r\n%P 007\r\n" \
             "%U https://kns.cnki.net/kcms2/article/abstract?v={2}\r\n%W CNKI\r\n\r\n"
    (tmp_path / "CNKI-638457033207783316.txt").write_text(
        record.format("杨启明", "昆明：让老旧小区“微改造”有实效", "SMX") + record.format("朱佩文", "加装电梯“加”出邻里和睦", "9dS"),
        encoding="utf-8")
    result = ingest(Config(source=tmp_path))
    assert [(a.title, a.authors, a.page) for a in result.articles] == [
        ("昆明：让老旧小区“微改造”有实效", ("杨启明",), "7"), ("加装电梯“加”出邻里和睦", ("朱佩文",), "7")]
