import sqlite3
from pathlib import Path

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.dumps import read_sql_dump, sql_dump_tables

DUMP = """-- MySQL dump 10.13  Distrib 5.7.21, for Linux (x86_64)
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `crawl_log`;
CREATE TABLE `crawl_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `url` varchar(500) NOT NULL DEFAULT '',
  `status` tinyint(4) NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO `crawl_log` VALUES (1,'http://epaper.tjdsb.com/html/2013-05/14/node_2.htm',200);
CREATE TABLE `news` (
  `id` int(11) unsigned NOT NULL AUTO_INCREMENT,
  `news_title` varchar(255) NOT NULL DEFAULT '',
  `yinti` varchar(255) DEFAULT '' COMMENT '引题',
  `author` varchar(100) DEFAULT '',
  `bc` varchar(10) DEFAULT NULL COMMENT '版次',
  `bm` varchar(50) DEFAULT NULL COMMENT '版名',
  `pub_date` date NOT NULL DEFAULT '0000-00-00',
  `content` mediumtext,
  `src_url` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_pub_date` (`pub_date`)
) ENGINE=InnoDB AUTO_INCREMENT=13 DEFAULT CHARSET=utf8mb4 COMMENT='桐江都市报数字报';
INSERT INTO `news` VALUES (1,'市级机关公务接待费同比下降31.6%','转作风 改文风 树新风','记者 林晓','01','要闻','2013-05-14',\
'　　本报讯 记者从市财政局获悉，今年1至4月，市级机关公务接待费支出同比下降31.6%。\\r\\n　　市纪委有关负责人表示，将持续加大明察暗访力度。',\
'http://epaper.tjdsb.com/html/2013-05/14/content_1123401.htm'),(11,'关于调整人民路部分路段交通组织的通告','','','04','公告','0000-00-00',\
'　　因人民路地下综合管线改造工程施工需要，决定对该路段交通组织进行调整，望市民\\'相互转告\\'。',\
'http://epaper.tjdsb.com/html/2013-05/16/content_1123618.htm');
"""


def test_a_mysql_dump_s_rows_under_its_columns_with_its_escapes():
    tables, problems = sql_dump_tables(DUMP, "news.sql")
    assert problems == [] and list(tables) == ["crawl_log", "news"]
    row, line = tables["news"][1]
    assert row["news_title"] == "关于调整人民路部分路段交通组织的通告" and row["content"].endswith("望市民'相互转告'。")
    assert line == DUMP.splitlines().index(next(l for l in DUMP.splitlines() if l.startswith("INSERT INTO `news`"))) + 1


def test_a_dump_s_table_of_articles_is_read_as_records_and_its_log_is_not():
    articles, problems = read_sql_dump(DUMP, "news.sql")
    assert [(a.kicker, a.title, a.page, a.issue_date.iso(), a.authors) for a in articles] == [
        ("转作风 改文风 树新风", "市级机关公务接待费同比下降31.6%", "1", "2013-05-14", ("林晓",)),
        ("", "关于调整人民路部分路段交通组织的通告", "4", "2013-05-16", ())]  # MySQL's zero day: the address's
    assert len(articles[0].paragraphs) == 2
    assert [("0000-00-00" in p.message, "address" in p.message) for p in problems] == [(True, True)]


def test_sqlites_dump_its_texts_of_lines_written_as_calls_that_put_the_line_ends_back():
    dump = ("PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE article (id INTEGER, title TEXT, content TEXT);\n"
            "INSERT INTO article VALUES(1,'南湖跨境电商产业园首批28家企业入驻',replace('<p>　　本报讯 11月1日，产业园正式开园。</p>\\n"
            "<p>　　首批28家企业集中签约入驻。</p>','\\n',char(10)));\n"
            "INSERT INTO article VALUES(2,'秋茶飘香',replace(replace('　　秋茶开采。\\r\\n　　茶农忙。','\\r',char(13)),'\\n',char(10)));\n"
            "COMMIT;\n")
    articles, problems = read_sql_dump(dump, "nhsb.sql")
    assert problems == []
    assert [(a.title, a.paragraphs) for a in articles] == [
        ("南湖跨境电商产业园首批28家企业入驻", ("11月1日，产业园正式开园。", "首批28家企业集中签约入驻。")),
        ("秋茶飘香", ("秋茶开采。", "茶农忙。"))]


def test_an_insert_cut_short_keeps_the_rows_before_it_and_names_its_line():
    cut = DUMP[:DUMP.index("(11,'关于")] + "(11,'关于调整人民路部分"
    articles, problems = read_sql_dump(cut, "news.sql")
    assert [a.title for a in articles] == ["市级机关公务接待费同比下降31.6%"]
    assert [(p.line, "cut short" in p.message) for p in problems] == [(DUMP[:DUMP.index("INSERT INTO `news`")].count("\n") + 1, True)]


def _spider_database(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, content TEXT, "
                   "publish_date TEXT, page_name TEXT, url TEXT UNIQUE)")
        db.execute("CREATE TABLE crawl_state (url TEXT PRIMARY KEY, status TEXT, last_crawled TEXT)")
        db.executemany("INSERT INTO articles (title, content, publish_date, page_name, url) VALUES (?, ?, ?, ?, ?)", [
            ("我市新冠病毒疫苗接种突破50万剂次", "坚持常态化精准防控\n\n我市新冠病毒疫苗接种突破50万剂次\n\n——18至59岁重点人群接种率达92%"
             "\n\n本报记者 刘畅 通讯员 孔令辉\n\n　　本报讯 记者3月14日从市卫健委获悉，我市累计完成接种50.3万剂次。",
             "2021-03-15", "第03版：城事", "http://epaper.yichuanwb.com/html/2021-03/15/content_5009.htm"),
            ("春分", "春分\n\n沈青禾\n\n燕子把春天分成两半\n一半给了桃花\n一半留在河岸", "2021-03-17 00:00:00", "第12版：沂水",
             "http://epaper.yichuanwb.com/html/2021-03/17/content_5101.htm")])
        db.execute("INSERT INTO crawl_state VALUES ('http://epaper.yichuanwb.com/html/2021-03/15/node_1.htm', 'done', '2021-03-15')")


def test_an_sqlite_file_s_articles_their_heads_repeated_over_their_text_and_the_file_untouched(tmp_path):
    _spider_database(tmp_path / "yichuan.sqlite")
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # Windows' thumbnails, no SQLite
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()}
    archive = ingest(Config(source=tmp_path))
    assert [(a.kicker, a.title, a.subtitle, a.authors, a.correspondents, a.page, a.issue_date.iso()) for a in archive.articles] == [
        ("坚持常态化精准防控", "我市新冠病毒疫苗接种突破50万剂次", "18至59岁重点人群接种率达92%", ("刘畅",), ("孔令辉",), "3", "2021-03-15"),
        ("", "春分", "", ("沈青禾",), (), "12", "2021-03-17")]
    assert archive.articles[0].paragraphs[0].startswith("记者3月14日") and not archive.problems
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.iterdir()} == before


def test_a_damaged_sqlite_file_is_a_problem_naming_it(tmp_path):
    _spider_database(tmp_path / "spider.db")
    data = bytearray((tmp_path / "spider.db").read_bytes())
    data[100:4096] = bytes(len(data[100:4096]))  # its schema page wiped
    (tmp_path / "spider.db").write_bytes(bytes(data))
    archive = ingest(Config(source=tmp_path))
    assert not archive.articles and [p.path for p in archive.problems] == ["spider.db"]


def test_a_cms_s_titles_and_texts_kept_in_two_tables_are_joined_by_their_key():
    dump = ("CREATE TABLE IF NOT EXISTS `dede_archives` (\n  `id` mediumint(8) unsigned NOT NULL DEFAULT '0',\n"
            "  `title` char(60) NOT NULL DEFAULT '',\n  `writer` char(20) NOT NULL DEFAULT '',\n"
            "  `pubdate` int(10) unsigned NOT NULL DEFAULT '0',\n  PRIMARY KEY (`id`)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8;\n"
            "CREATE TABLE IF NOT EXISTS `dede_addonarticle` (\n  `aid` mediumint(8) unsigned NOT NULL DEFAULT '0',\n"
            "  `body` mediumtext,\n  PRIMARY KEY (`aid`)\n) ENGINE=MyISAM DEFAULT CHARSET=utf8;\n"
            "INSERT INTO `dede_archives` (`id`, `title`, `writer`, `pubdate`) VALUES\n"
            "(101, '青川县春茶开园', '本报记者 何静', 1302652800),\n(102, '县城新增两条公交线路', '记者 王磊', 1302739200);\n"
            "INSERT INTO `dede_addonarticle` (`aid`, `body`) VALUES\n"
            "(102, '<p>　　本报讯 记者从县交通局获悉，县城新增两条公交线路。</p>'),\n"
            "(101, '<p>　　本报讯 4月12日，青川县春茶开园仪式在竹园镇举行。</p>');\n")
    articles, problems = read_sql_dump(dump, "export_2011.sql")
    assert [(a.title, a.authors, a.issue_date.iso(), a.paragraphs) for a in articles] == [
        ("青川县春茶开园", ("何静",), "2011-04-13", ("4月12日，青川县春茶开园仪式在竹园镇举行。",)),
        ("县城新增两条公交线路", ("王磊",), "2011-04-14", ("记者从县交通局获悉，县城新增两条公交线路。",))]
    assert problems == []
    # a text whose title's row is not in the dump (cut short inside its titles' table): the others joined, it kept
    cut = dump.replace("(101, '<p>", "(103, '<p>　　本报讯 县城老街改造启动。</p>'),\n(101, '<p>")
    articles, problems = read_sql_dump(cut, "export_2011.sql")
    assert [a.title for a in articles] == ["青川县春茶开园", "县城新增两条公交线路", "（无题）"]
    assert articles[2].paragraphs == ("县城老街改造启动。",) and len(problems) == 1


def test_a_file_named_as_sqlite_that_is_none_is_a_problem_a_db_of_another_program_is_passed_by(tmp_path):
    (tmp_path / "spider.sqlite").write_text("not a database at all", "utf-8")
    (tmp_path / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (tmp_path / "a.txt").write_text("县城新增两条公交线路\n\n　　本报讯 记者从县交通局获悉，县城新增两条公交线路。\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(p.path, "not an SQLite database" in p.message) for p in archive.problems] == [("spider.sqlite", True)]


def test_a_pg_dump_copy_block_is_read_row_by_row_under_its_columns_founders_names_too():
    dump = ("--\n-- PostgreSQL database dump\n--\n\nCOPY public.article (id, sys_topic, a_leadtitle, a_subtitle, sys_authors, "
            "a_paperdate, a_pagenum, content) FROM stdin;\n"
            "101\t我市全面推行河长制\t\\N\t——全市412条河流有了“管家”\t本报记者 周敏\t2016-11-18\tA03\t"
            "　　本报讯 近日，我市出台全面推行河长制工作方案。\\n　　方案明确，市、县、乡三级设立河长。\n"
            "102\t共享单车现身临渚街头\t\\N\t\\N\t\\N\t2016-12-02\tA05\t　　本报讯 近日，两家共享单车企业进入我市。\n"
            "\\.\n\nCOPY public.page (id, name) FROM stdin;\n1\t要闻\n")
    articles, problems = read_sql_dump(dump, "newsroom_2016.sql")
    assert [(a.title, a.subtitle, a.authors, a.issue_date.iso(), a.page) for a in articles] == [
        ("我市全面推行河长制", "全市412条河流有了“管家”", ("周敏",), "2016-11-18", "A3"),
        ("共享单车现身临渚街头", "", (), "2016-12-02", "A5")]
    assert articles[0].paragraphs == ("近日，我市出台全面推行河长制工作方案。", "方案明确，市、县、乡三级设立河长。")
    assert [(p.line, p.message[:22]) for p in problems] == [(10, "COPY page is cut short")]


def test_a_foxpro_table_its_texts_in_its_memo_file_read_in_its_code_page_its_deleted_row_none(tmp_path):
    """tests/fixtures/dbase: a 1996 workers' paper's FoxPro table (GBK field names and texts, the texts
    in GRB9607.FPT beside it), ten rows, one deleted."""
    fixture = Path(__file__).parent / "fixtures" / "dbase"
    archive = ingest(Config(source=fixture))
    assert archive.problems == () and len(archive.articles) == 9
    first = archive.articles[0]
    assert (first.kicker, first.title, first.authors, first.issue_date.iso(), first.page) == (
        "实施再就业工程　为企业改革分忧", "省总工会启动“送温暖、促就业”百日行动", ("杨振国",), "1996-07-02", "1")
    assert first.paragraphs[0].startswith("6月28日，省总工会")  # (its text, kept in the memo file)
    (tmp_path / "GRB9607.DBF").write_bytes((fixture / "GRB9607.DBF").read_bytes())  # (its memo file left behind)
    (tmp_path / "junk.dbf").write_bytes(b"not a table at all")
    said = sorted(p.message.split(" (")[0] for p in ingest(Config(source=tmp_path)).problems)
    assert said == ["a dBase table that cannot be read", "its memo file"]


def test_a_calibre_library_s_database_and_catalogue_are_none_its_books_folders_are_read(tmp_path):
    """Calibre 书库/metadata.db (its books, authors, comments, data tables) and the catalogue it exports
    (author_sort, formats, uuid …) list the books its folders hold: no articles of their own."""
    import sqlite3
    library = tmp_path / "Calibre 书库"
    (library / "Zhou Ran" / "Chun Geng (27)").mkdir(parents=True)
    with sqlite3.connect(library / "metadata.db") as db:
        db.executescript("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, pubdate TEXT, path TEXT);"
                         "CREATE TABLE books_authors_link (id INTEGER PRIMARY KEY, book INTEGER, author INTEGER);"
                         "CREATE TABLE comments (id INTEGER PRIMARY KEY, book INTEGER, text TEXT);"
                         "CREATE TABLE data (id INTEGER PRIMARY KEY, book INTEGER, format TEXT, name TEXT);"
                         "INSERT INTO books VALUES (27, '垦区春耕一线见闻', '2023-04-02', 'Zhou Ran/Chun Geng (27)');"
                         "INSERT INTO comments VALUES (1, 27, '北大荒日报2023年4月2日第1版。');")
    db.close()
    (tmp_path / "My Books.csv").write_text("\ufeffauthor_sort,authors,comments,formats,id,pubdate,title,uuid\n"
                                           "周然,周然,,TXT,27,2023-04-02,垦区春耕一线见闻,0f3c\n", "utf-8")
    (library / "Zhou Ran" / "Chun Geng (27)" / "Chun Geng - Zhou Ran.txt").write_text(
        "垦区春耕一线见闻\n本报记者 周然\n　　四月初的北大荒，黑土地开始解冻，大型农机陆续开进田间。\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["垦区春耕一线见闻"]
    assert sorted(p.path for p in archive.problems) == ["Calibre 书库/metadata.db", "My Books.csv"]
