"""An e-book of a paper's articles (.epub), read by its spine and its headings."""
import datetime as dt
import zipfile

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.epub import book_text, printed_on

CONTAINER = """<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>"""
OPF = """<?xml version="1.0" encoding="utf-8"?><package version="2.0" xmlns="http://www.idpf.org/2007/opf">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>岚江日报六十年作品选</dc:title>
<dc:date>2009-08-01</dc:date></metadata>
<manifest><item id="cover" href="Text/cover.xhtml" media-type="application/xhtml+xml"/>
<item id="s1" href="Text/Section0001.xhtml" media-type="application/xhtml+xml"/>
<item id="s2" href="Text/Section0002.xhtml" media-type="application/xhtml+xml"/>
<item id="s3" href="Text/Section0003.xhtml" media-type="application/xhtml+xml"/></manifest>
<spine><itemref idref="cover" linear="no"/><itemref idref="s1"/><itemref idref="s3"/><itemref idref="s2"/></spine></package>"""


def chapter(body: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title>'
            f"</head><body>{body}</body></html>")


CHAPTERS = {
    "cover": chapter('<div><img src="../Images/cover.jpg" alt=""/></div>'),
    "Section0001": chapter("<h1>六十年，与这座城市同行（代序）</h1><p>一张报纸，六十年。我们从六十年来刊发的稿件中选出部分作品，结集出版。</p>"),
    "Section0003": chapter("<h1>第一辑　1949—1956</h1><p>编者按：本辑所收为建国初期的作品，为保存历史原貌，未作改动。</p>"
                           "<h2>发刊词</h2><p>1949年8月1日　第1版</p><p>岚江解放了！《岚江日报》和全市人民见面了。</p>"
                           "<p>热烈庆祝岚江解放</p><h2>全市各界两万余人隆重集会</h2><p>1949年8月12日　第1版</p>"
                           "<p>【本报讯】本月十一日上午，岚江市各界人民两万余人在中山广场隆重集会。</p>"),
    "Section0002": chapter("<h1>第四辑　1990—1999</h1><h2>天堑变通途</h2><p>——岚江大桥建设纪实</p>"
                           "<p>本报记者　邱文涛</p><p>今天，岚江大桥正式建成通车了。从此，岚江人过江不用再等轮渡了。</p>"
                           "<p>（原载1992年10月1日第1版）</p>"),
}


def write_book(path):
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        book.writestr("META-INF/container.xml", CONTAINER)
        book.writestr("OEBPS/content.opf", OPF)
        for name, text in CHAPTERS.items():
            book.writestr(f"OEBPS/Text/{name}.xhtml", text)


def test_a_collection_s_articles_in_its_spine_s_order_each_of_its_own_day(tmp_path):
    """The spine's order, not the files' (Section0003 before Section0002); the preface, a chapter
    with no article's head, and the chapters' heads are the book's; a kicker over its title goes
    with it; each article dated and paged by its own line, under its title or closing its text."""
    write_book(tmp_path / "岚江日报六十年作品选.epub")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.kicker, a.title, a.subtitle, a.authors) for a in articles] == [
        ("", "发刊词", "", ()), ("热烈庆祝岚江解放", "全市各界两万余人隆重集会", "", ()),
        ("", "天堑变通途", "岚江大桥建设纪实", ("邱文涛",))]
    assert [(a.issue_date.value, a.page) for a in articles] == [
        (dt.date(1949, 8, 1), "1"), (dt.date(1949, 8, 12), "1"), (dt.date(1992, 10, 1), "1")]


def test_a_file_that_is_no_e_book_is_a_problem_not_a_traceback(tmp_path):
    (tmp_path / "broken.epub").write_bytes(b"PK\x03\x04 not really a zip")
    result = ingest(Config(source=tmp_path))
    assert not result.articles and any(p.path == "broken.epub" and "e-book" in p.message for p in result.problems)
    assert book_text(b"no zip at all") is None


def test_a_collection_s_note_of_where_an_article_ran():
    assert printed_on("原载《岚江日报》1977年12月11日第一版") == ((1977, 12, 11), "1")
    assert printed_on("（原载1992年10月1日第1版）") == ((1992, 10, 1), "1")
    assert printed_on("1958年5月1日　第二版") == ((1958, 5, 1), "2")
    assert printed_on("今天，岚江大桥正式建成通车了。") is None


def test_a_calibre_news_download_as_fictionbook_is_its_articles_each_dated_by_its_foot(tmp_path):
    """人民日报_2025-12-08.fb2: a section per article under its <title>, Calibre's menus (sections with no
    title) and its line under each (This article was downloaded by calibre from …) none; cut short
    inside its pictures, the articles before the cut."""
    section = ("<section><title><p><strong>{title}</strong></p></title><p>本报记者  丁一鸣</p><p>　　{text}</p>"
               "<p>《 人民日报 》（ 2025年12月08日 第 {page} 版）</p><empty-line/>"
               "<p>This article was downloaded by <strong>calibre</strong> from <a l:href=\"https://paper.people.com.cn/\">"
               "https://paper.people.com.cn/</a></p></section>")
    book = ('<?xml version="1.0" encoding="UTF-8"?>\n<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" '
            'xmlns:l="http://www.w3.org/1999/xlink"><description><title-info><book-title>人民日报 [Mon, 08 Dec 2025]</book-title>'
            "</title-info></description><body><section><p>第01版：要闻</p><p>老街区焕发新活力 [Mon, 08 Dec 06:15]</p>"
            "<p>| Next section | Main menu |</p></section>"
            + section.format(title="老街区焕发新活力", text="青石板路修旧如旧，骑楼下的老字号重新开张。", page="01")
            + section.format(title="守护好百姓“钱袋子”（评论员观察）", text="临近年末，一些不法分子把黑手伸向老年人的“钱袋子”。", page="05")
            + '</body><binary id="img_0" content-type="image/jpeg">/9j/4AAQSkZJRgABAQAAAQABAAD')
    (tmp_path / "人民日报_2025-12-08.fb2").write_text(book, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.issue_date.iso(), a.page, a.paragraphs) for a in archive.articles] == [
        ("老街区焕发新活力", "2025-12-08", "1", ("青石板路修旧如旧，骑楼下的老字号重新开张。",)),
        ("守护好百姓“钱袋子”（评论员观察）", "2025-12-08", "5", ("临近年末，一些不法分子把黑手伸向老年人的“钱袋子”。",))]


def test_a_calibre_news_download_as_htmlz_is_its_articles_under_their_h1s(tmp_path):
    """Calibre's .htmlz: a zip of one index.html, each article an <h1> over its deck's <h2> (empty where it
    has none), the paper's pages <h2> heads over their articles, each article's foot its day and page."""
    article = ('<h1 class="calibre7">{title}</h1><h2 class="calibre8">{deck}</h2><div class="ozoom"><p class="calibre1">　　{text}</p>'
               '<p class="calibre1">《 人民日报 》（ 2025年12月05日 第 {page} 版）</p></div>'
               '<p class="calibre1">This article was downloaded by calibre from https://paper.people.com.cn/</p>')
    page = ('<html><head><title>人民日报 [Fri, 05 Dec 2025]</title></head><body><div><p class="calibre1"> [Fri, 05 Dec 2025]</p></div>'
            '<h2 class="calibre8">第01版：要闻</h2>'
            + article.format(title="冬春农田水利建设全面铺开", deck="&mdash;&mdash;今冬明春计划完成投资三千六百亿元",
                             text="本报北京12月4日电　记者从水利部获悉：今冬明春农田水利建设已在全国全面铺开。", page="01")
            + article.format(title="雪后港口运输忙", deck="", text="12月4日，辽宁大连港大窑湾港区，工作人员在雪后清扫作业区。", page="01")
            + '<h2 class="calibre8">第04版：要闻</h2>'
            + article.format(title="让数据要素更好赋能实体经济", deck="&mdash;&mdash;访国家数据局有关负责人",
                             text="数据是新型生产要素。今年以来，各地各部门加快推进数据资源开发利用。", page="04") + "</body></html>")
    with zipfile.ZipFile(tmp_path / "人民日报 [Fri, 05 Dec 2025] - calibre.htmlz", "w") as book:
        book.writestr("index.html", page)
        book.writestr("metadata.opf", "<package/>")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.subtitle, a.issue_date.iso(), a.page) for a in archive.articles] == [
        ("冬春农田水利建设全面铺开", "今冬明春计划完成投资三千六百亿元", "2025-12-05", "1"), ("雪后港口运输忙", "", "2025-12-05", "1"),
        ("让数据要素更好赋能实体经济", "访国家数据局有关负责人", "2025-12-05", "4")]


def test_a_book_unpacked_into_a_folder_is_read_as_the_book_and_a_prize_note_kicks_no_title(tmp_path):
    """岚江日报六十年作品选/ holding META-INF/container.xml, OEBPS/content.opf and its chapters, as a user
    unzipped the .epub: the book, in its spine's order, none of its files an article of its own; a
    note of the prize the article above won closing a chapter is no kicker of the next chapter's first."""
    folder = tmp_path / "岚江日报六十年作品选"
    (folder / "META-INF").mkdir(parents=True)
    (folder / "OEBPS" / "Text").mkdir(parents=True)
    (folder / "mimetype").write_text("application/epub+zip", "utf-8")
    (folder / "META-INF" / "container.xml").write_text(CONTAINER, "utf-8")
    (folder / "OEBPS" / "content.opf").write_text(OPF, "utf-8")
    chapters = dict(CHAPTERS, Section0003=CHAPTERS["Section0003"].replace(
        "</body>", "<p>本作品获1949年度岚江新闻奖消息类一等奖</p></body>"))
    for name, text in chapters.items():
        (folder / "OEBPS" / "Text" / f"{name}.xhtml").write_text(text, "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.source, a.kicker, a.title) for a in archive.articles] == [
        ("岚江日报六十年作品选/META-INF/container.xml", "", "发刊词"),
        ("岚江日报六十年作品选/META-INF/container.xml", "热烈庆祝岚江解放", "全市各界两万余人隆重集会"),
        ("岚江日报六十年作品选/META-INF/container.xml", "", "天堑变通途")]
    assert not archive.problems
