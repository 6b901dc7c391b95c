"""A crawl kept as WARC: its pages each read as the page saved alone is, dated by their addresses."""
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from generator.config import Config
from generator.ingest import ingest

PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><HTML><HEAD>
<META http-equiv="Content-Type" content="text/html; charset=gb2312"><TITLE>青陵晚报</TITLE></HEAD><BODY>
<TABLE><TR><TD class="riqi">2012年11月19日 星期一</TD></TR></TABLE>
<TABLE><TR><TD class="bm">第A03版：城事</TD></TR><TR><TD class="bt">本版标题导航</TD></TR>
<TR><TD>·<A href="content_1197805.htm">青江二桥主桥顺利合龙</A></TD></TR>
<TR><TD>·<A href="content_1197810.htm">市图书馆推出24小时自助借阅</A></TD></TR></TABLE>
<TABLE><TR><TD class="yt">城市交通建设再提速</TD></TR><TR><TD class="zt">青江二桥主桥顺利合龙</TD></TR>
<TR><TD class="ft">——预计明年5月建成通车</TD></TR>
<TR><TD><DIV id="ozoom"><P>　　本报讯 11月18日上午，青江二桥主桥最后一段钢箱梁吊装到位，主桥顺利合龙。</P>
<P>　　青江二桥全长2.8公里，是我市跨江通道建设的重点工程。</P></DIV></TD></TR></TABLE></BODY></HTML>"""


def _warc(records: list[tuple[str, str, bytes]], cut: bool = False) -> bytes:
    data = io.BytesIO()
    writer = WARCWriter(data, gzip=True)
    for url, status, body in records:
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return data.getvalue()[:-40] if cut else data.getvalue()


def test_a_crawl_s_pages_are_read_and_its_redirects_and_missing_pages_passed_by(tmp_path):
    page = PAGE.encode("gbk")
    (tmp_path / "qlingwb-20121119.warc.gz").write_bytes(_warc([
        ("http://qlingwb.com.cn/", "301 Moved Permanently", b"<html>moved</html>"),
        ("http://www.qlingwb.com.cn/html/2012-11/19/content_1197805.htm", "200 OK", page),
        ("http://www.qlingwb.com.cn/html/2012-11/19/content_1198330.htm", "404 Not Found", "<html>找不到页面</html>".encode("gbk"))]))
    (tmp_path / "qlingwb-20121120.warc.gz").write_bytes(_warc([
        ("http://www.qlingwb.com.cn/html/2012-11/19/content_1197805.htm", "200 OK", page)], cut=True))
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.kicker, article.title, article.subtitle, article.issue_date.iso(), article.page) == (
        "城市交通建设再提速", "青江二桥主桥顺利合龙", "预计明年5月建成通车", "2012-11-19", "A3")
    assert article.source_url == "http://www.qlingwb.com.cn/html/2012-11/19/content_1197805.htm"
    # (the second crawl's copy of the page is the first's, its last record cut short)
    assert sorted(("cut short" in p.message, "a copy of" in p.message) for p in archive.problems) == [(False, True), (True, False)]


def test_a_site_s_page_saved_under_its_address_is_read_as_a_page(tmp_path):
    (tmp_path / "ShowArticle.asp?ArticleID=2345").write_bytes(PAGE.encode("gbk"))
    (article,) = ingest(Config(source=tmp_path)).articles
    assert article.title == "青江二桥主桥顺利合龙"


def test_a_browsers_har_record_is_read_as_the_api_answers_it_holds_plain_or_base64(tmp_path):
    import base64
    import json
    listed = {"code": 200, "data": {"list": [{"articleTitle": "澄州东站综合交通枢纽开工建设", "publishTime": "2021-03-18 07:30:00",
                                              "pageName": "第01版：要闻", "content": "<p>3月17日，澄州东站综合交通枢纽项目开工。</p>"}]}}
    detail = {"result": {"article": {"title": "母亲的菜园", "paperDate": "2021-03-18", "content": "<p>母亲的菜园在屋后的坡上。</p>"}}}
    har = {"log": {"version": "1.2", "entries": [
        {"request": {"url": "https://e.example/pc/node_01.html"}, "response": {"content": {"mimeType": "text/html", "text": "<html></html>"}}},
        {"request": {"url": "https://e.example/api/list"}, "response": {"content": {"mimeType": "application/json",
                                                                                   "text": json.dumps(listed, ensure_ascii=False)}}},
        {"request": {"url": "https://e.example/api/detail"}, "response": {"content": {
            "mimeType": "application/octet-stream", "encoding": "base64",
            "text": base64.b64encode(json.dumps(detail, ensure_ascii=False).encode("gbk")).decode()}}}]}}
    (tmp_path / "epaper.har").write_text(json.dumps(har), "utf-8")
    assert sorted((a.title, a.issue_date.iso()) for a in ingest(Config(source=tmp_path)).articles) == [
        ("母亲的菜园", "2021-03-18"), ("澄州东站综合交通枢纽开工建设", "2021-03-18")]
