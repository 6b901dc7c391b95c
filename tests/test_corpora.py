"""Researchers' corpora of news: the 1998 People's Daily corpus's tagged text and Sogou's dumps."""
from generator.config import Config
from generator.ingest import ingest

TAGGED = (
    "19980105-01-001-001/m  让/v  困难/an  企业/n  走出/v  困境/n  ——/w  全省/n  国有企业/n  脱困/v  工作/vn  综述/vn  "
    "（/w  附/v  图片/n  １/m  张/q  ）/w  \r\n\r\n"
    "19980105-01-001-002/m  本报/r  记者/n  赵/nr  国强/nr  孙/nr  丽/nr  \r\n\r\n"
    "19980105-01-001-003/m  新年伊始/nz  ，/w  记者/n  在/p  省内/s  几个/m  老/a  工业/n  基地/n  走访/v  时/n  看到/v  ，/w  "
    "[省/n  慈善/n  总会/n]nt  日前/t  拨/v  出/v  专款/n  。/w  \r\n\r\n"
    "19980105-01-001-004/m  去年/t  以来/f  ，/w  全省/n  国有企业/n  脱困/v  工作/vn  取得/v  进展/vn  。/w  \r\n\r\n"
    "19980106-12-002-001/m  雪落/n  辽河/ns  \r\n\r\n"
    "19980106-12-002-002/m  孟/nr  春生/nr  \r\n\r\n"
    "19980106-12-002-003/m  一夜/m  北风/n  ，/w  辽河/ns  两岸/n  白/a  了/u  头/n  。/w  \r\n\r\n"
    "19980106-12-002-004/m  雪/n  落/v  在/p  河/n  上/f  ，/w  也/d  落/v  在/p  乡亲/n  们/k  的/u  心/n  上/f  ")

SOGOU = (
    "<doc>\n<url>http://business.xinlan.cn/20120608/n345212406.shtml</url>\n<docno>086f0ee02f31d4cc</docno>\n"
    "<contenttitle>央行三年半来首次降息 一年期存款利率降至3.25%</contenttitle>\n"
    "<content><p>　　中国人民银行昨日晚间宣布，自2012年6月8日起下调金融机构人民币存贷款基准利率。</p>"
    "<p>　　这是央行三年半来首次降息。</p></content>\n</doc>\n"
    "<doc>\n<url>http://news.xinlan.cn/20120616/n345812233.shtml</url>\n<docno>fbd621af31d01351</docno>\n"
    "<contenttitle>神舟九号飞船发射成功 三名航天员将首次实施手控交会对接</contenttitle>\n"
    "<content>　　今天18时37分，神舟九号载人飞船在酒泉卫星发射中心发射升空。　　约10分钟后，飞船与火箭成功分离，进入预定轨道。"
    "</content>\n</doc>\n"
    "<doc>\n<url>http://news.xinlan.cn/20120620/n346000001.shtml</url>\n<docno>aa</docno>\n"
    "<contenttitle>“蛟龙”号成功下潜至7020米</contenttitle>\n<content>　　记者从国家海洋局获悉，“蛟龙”号")


def test_a_tagged_corpus_s_articles_are_read_by_their_ids_heads_and_bylines(tmp_path):
    (tmp_path / "199801.txt").write_bytes(TAGGED.encode("gbk"))
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.subtitle, a.authors, a.issue_date.iso(), a.page, a.order) for a in archive.articles] == [
        ("让困难企业走出困境", "全省国有企业脱困工作综述", ("赵国强", "孙丽"), "1998-01-05", "1", 1),
        ("雪落辽河", "", ("孟春生",), "1998-01-06", "12", 2)]
    assert archive.articles[0].paragraphs == ("新年伊始，记者在省内几个老工业基地走访时看到，省慈善总会日前拨出专款。",
                                              "去年以来，全省国有企业脱困工作取得进展。")
    assert [(p.line, "cut short" in p.message) for p in archive.problems] == [(15, True)]


def test_a_sogou_dump_s_pages_are_dated_by_their_addresses_and_parted_by_their_indents(tmp_path):
    (tmp_path / "news.xinlan.010806.txt").write_bytes(SOGOU.encode("gb18030"))
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.issue_date.iso(), len(a.paragraphs)) for a in archive.articles] == [
        ("央行三年半来首次降息 一年期存款利率降至3.25%", "2012-06-08", 2),
        ("神舟九号飞船发射成功 三名航天员将首次实施手控交会对接", "2012-06-16", 2),
        ("“蛟龙”号成功下潜至7020米", "2012-06-20", 1)]
    assert [(p.line, "cut short" in p.message) for p in archive.problems] == [(13, True)]
