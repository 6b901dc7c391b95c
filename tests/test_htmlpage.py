"""An article's page saved as HTML, read as ingest reads a labelled one-article file."""
from generator.config import Config
from generator.ingest import ingest
from generator.ingest.htmlpage import blocks_of, cut_short, html_as_labelled, paper_of, text_blocks, title_block, word_page_text

EPAPER = """<html><head><title>锦城晚报数字报-中欧班列今年开行突破千列</title></head><body>
<div id="header"><span class="date">2018年09月12日 星期三</span>
  <span class="banci">第A01版：要闻</span>
  <a href="node_1.html">上一版</a> <a href="node_2.html">下一版</a></div>
<div class="article"><table><tr><td><h3 class="yinti">“钢铁驼队”跑出开放加速度</h3></td></tr>
  <tr><td><h1>中欧班列今年开行突破千列</h1></td></tr>
  <tr><td><h2 class="futi"></h2></td></tr>
  <tr><td><p class="author">本报记者 罗丹 钟毅</p></td></tr></table>
  <div id="ozoom"><p>　　9月11日上午，一列中欧班列从锦城国际铁路港
  驶出。</p><p>　　据了解，今年以来开行量同比增长62%。</p></div></div>
<div class="right"><h4>本版新闻</h4><ul><li><a href="c1.html">消防体验进校园</a></li></ul></div>
<div id="footer"><p>锦城晚报社版权所有　未经书面授权不得复制。</p></div></body></html>"""


def test_an_e_paper_s_page_as_its_labelled_fields_and_text():
    assert html_as_labelled(EPAPER).split("\n") == [
        "标题：中欧班列今年开行突破千列", "引题：“钢铁驼队”跑出开放加速度", "作者：本报记者 罗丹 钟毅",
        "日期：2018-09-12", "版次：第A01版", "版名：要闻", "报纸：锦城晚报", "正文：",
        "　　9月11日上午，一列中欧班列从锦城国际铁路港驶出。", "　　据了解，今年以来开行量同比增长62%。", ""]


def test_the_text_is_where_most_sentences_stand_together_not_the_footer_or_the_links():
    blocks, _ = blocks_of(EPAPER)
    assert [blocks[k].text for k in text_blocks(blocks)] == [
        "9月11日上午，一列中欧班列从锦城国际铁路港驶出。", "据了解，今年以来开行量同比增长62%。"]


def test_an_advert_s_page_of_no_sentences_has_the_text_under_its_h1():
    page = """<body><h1>2018锦城国际车展9月21日盛大启幕</h1><p class="author"></p>
    <div id="ozoom"><p>9月21日—28日　锦城世纪城国际会展中心</p><p>购票热线：400-860-8686</p></div>
    <div id="footer"><p>锦城晚报社版权所有</p></div></body>"""
    blocks, _ = blocks_of(page)
    assert [blocks[k].text for k in text_blocks(blocks)] == ["9月21日—28日\u3000锦城世纪城国际会展中心", "购票热线：400-860-8686"]


def test_the_title_is_the_head_the_page_s_own_title_names_else_the_last_h1_above_the_text():
    page = "<body><h1><a href='/'>江城日报</a></h1><h2>稳中有进</h2><h1>外贸进出口增长12.6%</h1><p>记者获悉，增长12.6%。</p></body>"
    blocks, title = blocks_of(page)
    assert blocks[title_block(blocks, len(blocks) - 1, title)].text == "外贸进出口增长12.6%"
    blocks, title = blocks_of("<title>稳中有进_江城日报</title>" + page)
    assert blocks[title_block(blocks, len(blocks) - 1, title)].text == "稳中有进"


def test_the_paper_is_named_beside_the_article_in_the_page_s_own_title():
    assert paper_of("锦城晚报数字报-中欧班列今年开行突破千列", "中欧班列今年开行突破千列") == "锦城晚报"
    assert paper_of("外贸进出口增长_江城日报电子版", "外贸进出口增长") == "江城日报"
    assert paper_of("外贸进出口增长 - 首页", "外贸进出口增长") is None


def test_a_page_of_links_alone_has_no_article():
    assert html_as_labelled("<body><ul><li><a href='a.html'>第01版：要闻</a></li><li><a href='b.html'>第02版：经济</a></li></ul></body>") is None


def test_a_county_cms_s_cells_named_by_pinyin_and_its_credits_line():
    page = """<title>岚溪新闻网--白沙乡建成12公里产业路</title><body><table>
    <tr><td class="nav"><a href="/">首页</a> | <a href="/x">乡镇动态</a></td></tr>
    <tr><td class="yt">乡村振兴进行时</td></tr><tr><td class="bt">白沙乡建成12公里产业路</td></tr>
    <tr><td class="fbt"></td></tr>
    <tr><td class="info">发布时间：2023-03-17 08:45:00&nbsp;&nbsp;来源：岚溪报&nbsp;&nbsp;作者：记者 林晓&nbsp;&nbsp;浏览次数：517</td></tr>
    <tr><td><div id="zoom"><p>近日，白沙乡产业路全线建成通车。</p><p>据了解，去年以来累计投入资金1800余万元。</p></div></td></tr>
    </table></body>"""
    assert html_as_labelled(page).split("\n")[:6] == [
        "标题：白沙乡建成12公里产业路", "引题：乡村振兴进行时", "日期：2023-03-17", "报纸：岚溪报", "作者：林晓", "正文："]


def test_a_post_s_sections_its_credits_over_the_text_and_its_furniture_under_it():
    """A WeChat post sets each paragraph in sections of its own, the credits (文｜, 来源｜) over
    them and its calls to follow and share under them; a QR code's words hidden until clicked."""
    first, second, third = (f"<section><section><p>{p}</p></section></section>" for p in (
        "3月17日，农技人员走进麦田。", "“有专家在身边，心里就有底了。”种粮大户说。", "今年春耕以来，全县组织30支小分队。"))
    page = f"""<body><h1 class="rich_media_title">春耕时节，他们把课堂搬到田埂上</h1>
    <div id="js_content"><section>点击蓝字 关注我们</section><p>文｜张雨萌　图｜李卫东</p><p>来源｜滨海日报</p>
    <section>{first}{second}</section><section>{third}</section>
    <section>- END -</section><section>长按识别二维码　关注滨海日报</section>
    <div style="display:none"><p>用微信扫码分享。</p></div></div>
    <div class="comment"><p>说得好。支持！</p><p>点赞。</p><p>希望越来越好。</p><p>加油。</p></div></body>"""
    assert html_as_labelled(page).split("\n") == [
        "标题：春耕时节，他们把课堂搬到田埂上", "作者：张雨萌", "报纸：滨海日报", "正文：",  # 图｜: the photographer
        "　　3月17日，农技人员走进麦田。", "　　“有专家在身边，心里就有底了。”种粮大户说。", "　　今年春耕以来，全县组织30支小分队。", ""]


def test_the_credits_line_beside_a_button_whose_choices_are_links():
    page = """<body><h1>我市老旧小区加装电梯按下“快进键”</h1><h2>——今年计划完成加装200部</h2>
    <div class="info"><span>时间：2021-04-12 09:30</span>&nbsp;<span>来源：澜州日报</span>&nbsp;<span>作者：记者 张晓峰 李蔓</span>
    <span class="fontsize">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
    <div class="TRS_Editor"><p>　　4月10日上午，施工人员正在开挖。</p><p>　　记者从市住建局获悉，今年计划完成200部。</p></div></body>"""
    assert html_as_labelled(page).split("\n")[:6] == [
        "标题：我市老旧小区加装电梯按下“快进键”", "副标题：——今年计划完成加装200部", "日期：2021-04-12", "报纸：澜州日报",
        "作者：张晓峰、李蔓", "正文："]


def test_a_page_of_cells_with_no_heading_is_titled_by_the_line_over_its_text():
    page = """<body><table><tr><td class="date">2019-06-18</td></tr>
    <tr><td class="banci">第06版：图片新闻　<a href="../index.html">返回目录</a></td></tr>
    <tr><td class="font01">夏茶飘香</td></tr>
    <tr><td class="font02"><img src="p.jpg"><br>　　6月17日，茶农正在采摘夏茶。<br>　　本报记者　张　彤　摄</td></tr></table></body>"""
    assert html_as_labelled(page).split("\n")[:4] == ["标题：夏茶飘香", "日期：2019-06-18", "版次：第06版", "版名：图片新闻"]
    # (its byline in a cell between: the title is the line over that)
    signed = page.replace('<tr><td class="font02"><img', '<tr><td class="font02">本报特派记者　周建平　发自北京</td></tr>'
                          '<tr><td class="font02"><img')
    assert html_as_labelled(signed).split("\n")[0] == "标题：夏茶飘香"


def test_the_site_s_clock_is_not_the_article_s_day_and_a_missing_article_s_page_is_no_article():
    from generator.ingest.htmlpage import html_as_labelled
    page = ('<html><head><title>港都日報-旗津渡輪新船下水</title></head><body>'
            '<div id="top"><span class="today">今天是 中華民國112年8月1日 星期二</span></div>'
            '<table><tr><td class="ndate">出刊日期：105/04/13　第十二版　副刊</td></tr>'
            '<tr><td><h1>旗津渡輪新船下水</h1></td></tr><tr><td><p>【記者蔡宗翰∕高雄報導】高雄市政府交通局委託建造的'
            '旗津新渡輪「旗津一號」，十二日在前鎮區造船廠舉行下水典禮。</p><p>交通局長表示，新船將在六月加入營運。</p></td></tr>'
            '</table></body></html>')
    labelled = html_as_labelled(page)
    assert "日期：2016-04-13" in labelled and "版次：第12版" in labelled


def test_an_e_paper_s_fields_set_side_by_side_in_spans():
    html = ("<html><head><title>年货市场人气旺_梅江县报</title></head><body>"
            "<div class='paper-info'><span>梅江县报</span><span>2018年2月9日 星期五</span><span>A01版：头版</span></div>"
            "<article><h1 class='title'>年货市场人气旺</h1>"
            "<div class='meta'><span>作者：本报记者 朱  琳 黄志强</span><span>发布：2018-02-08 21:47:33</span><span>浏览：1024</span></div>"
            "<div class='content'><p>春节临近，县城各大商场、农贸市场年货供应充足，前来采购的市民络绎不绝。</p>"
            "<p>据县商务局统计，全县主要商超春节期间储备粮油货值达四千多万元，市场价格总体平稳。</p></div></article></body></html>")
    labelled = html_as_labelled(html)
    assert "日期：2018-02-09" in labelled and "版次：第A01版" in labelled and "作者：朱琳、黄志强" in labelled


def test_a_repost_s_note_of_its_printed_title_over_the_account_s_headline_and_a_column_before_a_headline():
    page = ("<html><head><title>读者来信：公交站台能否加个顶棚？</title></head><body><h1 class=\"rich_media_title\">读者来信：公交站台能否加个顶棚？</h1>"
            "<div class=\"meta\"><span>西陵头条</span><em>2020-12-03 09:10</em></div><div class=\"rich_media_content\">"
            "<p>原标题：公交站台能否加个顶棚</p><p>来源：西陵晚报 2020年12月2日 第6版</p><p>编辑同志：</p>"
            "<p>我每天在河西大道桃园路口站坐车上班。这个站台只有一根站牌，没有顶棚也没有座椅，下雨天大家只能打着伞站在路边等。</p>"
            "<p>听说市里每年都在改造公交站台，希望有关部门能把我们这个站也考虑进去，哪怕先加个简易顶棚也好。</p><p>读者 俞佳</p></div></body></html>")
    labelled = html_as_labelled(page)
    assert "标题：公交站台能否加个顶棚\n" in labelled and "原标题" not in labelled
    poem = ("<html><head><title>诗歌｜初雪</title></head><body><h1>诗歌｜初雪</h1><div><p>林间</p>"
            "<p>雪落下来的时候，整座城都安静了。路灯把每一片雪照成一封信，寄给还没睡的人。</p>"
            "<p>我在窗前站了很久，直到屋檐下的冰凌，把夜晚敲出细小的声音。</p></div></body></html>")
    assert "标题：初雪\n" in html_as_labelled(poem)


def test_a_saved_page_with_no_chinese_in_its_text_is_no_article(tmp_path):
    from generator.config import Config
    from generator.ingest import ingest
    (tmp_path / "archive_browser.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Your Google data archive</title></head>'
        "<body><h1>Archive contents</h1><p>Saved Pages: 13 files. Created on June 2, 2011.</p>"
        "<ul><li>Saved Pages (converted from .mhtml to .txt)</li></ul></body></html>", "utf-8")
    (tmp_path / "a.txt").write_text("青屿港新增三条国际集装箱航线\n\n　　本报讯　青屿港昨日新开三条航线。\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.source for a in archive.articles] == ["a.txt"]
    assert any(p.path == "archive_browser.html" and "no Chinese" in p.message for p in archive.problems)


def test_a_founder_e_paper_s_stored_heads_win_over_a_caption_set_above_its_title():
    page = ("<html><head><title>澄州日报</title></head><body>\n<!--enpproperty <articleid>12345</articleid><date>2005-06-18</date>"
            "<author>周德昌</author><title>人民路老街区改造工程启动</title><subtitle>涉及居民六百余户</subtitle>"
            "<introtitle>百年老街换新颜</introtitle>/enpproperty-->\n"
            "<table><tr><td class=default>2005年06月18日 星期六</td><td><strong>第05版：城市新闻</strong></td></tr></table>\n"
            "<table><tr><td class=font6 align=middle>人民路老街区一角。　本报记者　刘晓光　摄</td></tr>\n"
            "<tr><td class=font6><founder-content><p>　　本报讯　6月17日上午，人民路老街区综合改造工程动员大会在街道办事处召开。</p>"
            "<p>　　人民路老街区位于老城区中心，街区内现存明清及民国时期老建筑40余处。</p></founder-content></td></tr></table>"
            "</body></html>")
    labelled = html_as_labelled(page)
    assert "标题：人民路老街区改造工程启动" in labelled and "引题：百年老街换新颜" in labelled and "副标题：涉及居民六百余户" in labelled
    assert "作者：周德昌" in labelled and "日期：2005-06-18" in labelled


def test_a_page_saved_as_a_web_archive_is_read_as_its_html(tmp_path):
    import quopri
    from generator.config import Config
    from generator.ingest import ingest
    html = ("<html><head><title>汀南日报数字报-老街坊的“共享菜园”</title></head><body>"
            "<table><tr><td>2013年11月08日 星期五</td><td><strong>第A05版：城事</strong></td></tr></table>"
            "<h3>城市微更新·社区故事</h3><h1>老街坊的“共享菜园”</h1>"
            "<p>　　本报讯　社区里一块闲置多年的空地，如今变成了居民们的“开心农场”，二十多户居民认领了“一米菜地”。</p>"
            "<p>　　社区书记说，菜园由居民自己管理，收成一起分享，邻里关系也更近了。</p></body></html>")
    body = quopri.encodestring(html.encode("gb18030")).decode("ascii")
    archive = ("From: <Saved by Windows Internet Explorer 8>\nMIME-Version: 1.0\n"
               'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----=_NextPart_000"\n\n'
               "------=_NextPart_000\nContent-Type: text/html;\n\tcharset=\"gb2312\"\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" + body + "\n------=_NextPart_000--\n")
    (tmp_path / "老街坊的共享菜园.mht").write_bytes(archive.replace("\n", "\r\n").encode("ascii"))
    [article] = ingest(Config(source=tmp_path)).articles
    assert (article.title, article.page) == ("老街坊的“共享菜园”", "A5")
    assert article.paragraphs[0].endswith("二十多户居民认领了“一米菜地”。")  # its GB2312, quoted-printable, decoded
    # an e-paper's frameset saved whole: its menus the first page, the article the frame's, read
    frames = ('<html><head><title>汀南日报数字报</title></head><frameset cols="200,*"><frame src="menu.htm">'
              '<frame src="content.htm"></frameset><body>版面导航 上一版 下一版</body></html>')
    framed = archive.replace("------=_NextPart_000\nContent-Type: text/html;",
                             "------=_NextPart_000\nContent-Type: text/html;\n\tcharset=\"utf-8\"\n"
                             "Content-Transfer-Encoding: 8bit\n\n" + frames + "\n------=_NextPart_000\nContent-Type: text/html;", 1)
    (tmp_path / "老街坊的共享菜园.mht").unlink()
    (tmp_path / "汀南日报数字报.mht").write_bytes(framed.replace("\n", "\r\n").encode("utf-8"))
    [article] = ingest(Config(source=tmp_path)).articles
    assert article.title == "老街坊的“共享菜园”"


WORD_PAGE = """<html><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=Generator content="Microsoft Word 14 (filtered)"><title>0623-A1 县政府第38次常务会议</title></head>
<body lang=ZH-CN><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:12.0pt'>研究“十三五”规划编制、防汛等工作</span></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:18.0pt'>县政府召开第</span></b><b><span
lang=EN-US style='font-size:18.0pt'>38</span></b><b><span style='font-size:18.0pt'>次常务会议</span></b></p>
<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>
<p class=MsoNormal align=center style='text-align:center'><span>本报记者　王立新</span></p>
<p class=MsoNormal style='text-indent:21.0pt'><span lang=EN-US>6</span><span>月</span><span lang=EN-US>19</span><span>日，县长主持召开县政府第38次常务会议，研究“十三五
”规划编制等工作。</span></p>
</div></body></html>"""


def test_a_document_word_saved_as_a_web_page_is_its_paragraphs_as_typed():
    """Word's filtered HTML: its <title> the file's name (no headline), its paragraphs a line each,
    one set in by text-indent indented, Word's own line breaks inside a word none, the head over the
    title in its bigger type its kicker; any other page None."""
    assert word_page_text(WORD_PAGE).split("\n") == [
        "研究“十三五”规划编制、防汛等工作——", "县政府召开第38次常务会议", "", "本报记者　王立新",
        "\u3000\u30006月19日，县长主持召开县政府第38次常务会议，研究“十三五”规划编制等工作。"]
    assert word_page_text("<html><head><title>x</title></head><body><p>正文。</p></body></html>") is None


def test_a_page_s_json_ld_states_its_print_over_what_the_page_shows():
    page = """<html><head><title>沧澜规上工业企业复工率达99.6%_沧澜商报</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "沧澜商报"},
 {"@type": "NewsArticle", "headline": "沧澜规上工业企业复工率达99.6%", "datePublished": "2020-05-21T23:58:00+08:00",
  "author": [{"@type": "Person", "name": "本报记者 苏文"}, {"@type": "Organization", "name": "沧澜商报"}],
  "printSection": "经济", "printPage": "A05", "printEdition": "2020-05-22"}]}</script></head>
<body><p><a href="node_5.htm">第A05版：经济</a></p><h1>沧澜规上工业企业复工率达99.6%</h1>
<p>本报讯 记者21日从市工信局获悉，截至5月20日，全市1862家规模以上工业企业复工率达99.6%。</p>
<p>数据显示，4月份，全市规模以上工业增加值同比增长3.2%，增速较一季度回升15.4个百分点。</p></body></html>"""
    labelled = html_as_labelled(page)
    assert "版次：第A05版" in labelled and "版名：经济" in labelled and "日期：2020-05-22" in labelled
    assert "作者：本报记者 苏文" in labelled  # the paper itself, an Organization, writes nothing


def test_a_page_that_stops_in_its_text_was_cut_short_one_leaving_out_its_end_tags_was_not(tmp_path):
    cut = EPAPER[:EPAPER.index("62%") + 3]  # (…今年以来开行量同比增长62%: the download stopped)
    assert cut_short(cut)
    assert not cut_short(EPAPER)
    assert not cut_short(EPAPER.replace("</body></html>", ""))  # (HTML lets a page leave them out)
    assert not cut_short("<p>　　9月11日上午，一列中欧班列从锦城国际铁路港")  # (a fragment, no document opened)
    (tmp_path / "content_1.htm").write_text(cut, encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [a.title for a in archive.articles] == ["中欧班列今年开行突破千列"]
    assert [(p.path, p.line) for p in archive.problems] == [("content_1.htm", 10)]  # (its last line)
    assert "cut short" in archive.problems[0].message


def test_a_onenote_page_s_own_title_and_stamp_are_no_part_of_its_clipping():
    page = ("<html><head><meta name=Generator content=\"Microsoft OneNote 14\"></head><body>"
            "<p style='font-size:20.0pt'>2012-01-09 A03 春运首日 火车站发送旅客3.2万人次</p>"
            "<p style='font-size:10.0pt;color:#767676'>2012年1月9日</p><p style='font-size:10.0pt'>19:31</p>"
            "<p style='font-size:16.0pt'><span style='font-weight:bold'>春运首日 火车站发送旅客3.2万人次</span></p>"
            "<p style='font-size:10.5pt'>&nbsp;</p><p style='font-size:10.5pt'>记者 蔡振宇/文 黄小军/图</p>"
            "<p style='font-size:10.5pt'>昨天是2012年春运首日。当天该站共发送旅客3.2万人次，同比增长6.5%。</p></body></html>")
    lines = word_page_text(page).split("\n")
    assert lines[0] == "春运首日 火车站发送旅客3.2万人次" and "19:31" not in lines


def test_a_reading_view_s_copy_titled_with_its_paper_s_name_and_its_heads_copied_over_the_text():
    page = ("<html><head><title>桐川地铁1号线全线洞通_桐川商报数字报</title></head><body>"
            "<div class=\"reader_head\"><h1>桐川地铁1号线全线洞通_桐川商报数字报</h1></div><div class=\"text_body\">"
            "<p>桐川商报 2010年6月18日 星期五 第A04版：城事</p><p>历时三年攻坚 预计明年底通车试运营</p>"
            "<p><strong>桐川地铁1号线全线洞通</strong></p><p>本报记者 曹宇航</p>"
            "<p>　　本报讯 6月17日上午10时18分，随着盾构机刀盘破壁而出，桐川地铁1号线最后一个区间隧道顺利贯通。</p>"
            "<p>　　桐川地铁1号线是我市第一条地铁线路，西起西湖新村，东至高新区，全长24.6公里。</p></div></body></html>")
    fields = dict(line.split("：", 1) for line in html_as_labelled(page).split("\n正文：")[0].split("\n"))
    assert (fields["标题"], fields["引题"], fields["版次"], fields["日期"]) == (
        "桐川地铁1号线全线洞通", "历时三年攻坚 预计明年底通车试运营", "第A04版", "2010-06-18")


def test_a_web_archive_whose_last_part_never_closes_was_cut_short():
    from generator.ingest.htmlpage import web_archive_cut_short
    whole = (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01"\r\n\r\n'
             b'------=_NextPart_01\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html><body><p>x</p></body></html>\r\n'
             b'------=_NextPart_01--\r\n')
    assert not web_archive_cut_short(whole) and web_archive_cut_short(whole[:whole.index(b"</body>")])


WORD_ISSUE = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=Generator content="Microsoft Word 11"><title>第218期终审稿</title></head><body lang=ZH-CN>
<p class=MsoNormal align=center style='text-align:center'><b>北岭石化报</b></p>
<h1><a name="_Toc1"><span style='font-family:黑体'>第一版　要闻</span></a></h1>
<p class=MsoNormal align=center style='text-align:center'><span>推进节能降耗　建设绿色炼厂</span></p>
<h2 align=center style='text-align:center'><a name="_Toc2"><span>公司召开二〇〇六年工作会议</span></a></h2>
<p class=MsoNormal align=center style='text-align:center'><span>——确定全年加工原油五百八十万吨</span></p>
<p class=MsoNormal style='text-indent:21.0pt'><span>本报讯（记者　杜建华）3月10日至11日，公司召开二〇〇六年工作会议。</span></p>
<h2 align=center style='text-align:center'><span>把目标落到实处</span></h2>
<p class=MsoNormal align=center style='text-align:center'><span>短　评</span></p>
<p class=MsoNormal style='text-indent:21.0pt'><span>目标定下了，关键在落实。去年我们能够创出历史最好水平，靠的就是一个“实”字。</span></p>
<h1><span>第二版　生产经营</span></h1>
<h2 align=center style='text-align:center'><span>炼油二部优化操作月增效八十余万元</span></h2>
<p class=MsoNormal style='text-indent:21.0pt'><span>今年以来，炼油二部以“精细操作、优化增效”为主线挖潜增效。</span></p>
</body></html>"""


def test_a_whole_issue_word_saved_as_a_web_page_is_read_by_its_outline(tmp_path):
    """Word's heading styles (<h1> a page's head, <h2> each article's title) are the issue's outline:
    its articles under their titles, each paged by the page's head over it."""
    (tmp_path / "第218期终审稿.htm").write_text(WORD_ISSUE, encoding="utf-8")
    (tmp_path / "第218期终审稿_files").mkdir()
    (tmp_path / "第218期终审稿_files" / "header.htm").write_text(
        "<html><body><p>北岭石化报　第218期终审稿　请勿外传</p></body></html>", encoding="utf-8")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.kicker, a.title, a.subtitle, a.page) for a in articles] == [
        ("推进节能降耗　建设绿色炼厂", "公司召开二〇〇六年工作会议", "确定全年加工原油五百八十万吨", "1"),
        ("", "把目标落到实处", "", "1"), ("", "炼油二部优化操作月增效八十余万元", "", "2")]
    assert not any(a.source.startswith("第218期终审稿_files") for a in ingest(Config(source=tmp_path)).articles)


def test_a_read_later_apps_saved_page_signed_after_the_site_it_came_from_and_its_list_of_links(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "1334706926-我市保障性住房建设提速.html").write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>我市保障性住房建设提速</title></head><body>'
        '<h1>我市保障性住房建设提速</h1><div class="byline"><a href="http://epaper.ljrb.cn/html/2012-04/18/content_181377.htm">'
        'epaper.ljrb.cn</a> &middot; 本报记者 李明 通讯员 赵小军</div><div id="story">'
        '<p>　　本报讯　4月17日，记者从市住房和城乡建设局获悉，今年我市保障性安居工程建设任务已全部分解落实到项目。</p>'
        '<p>　　根据省政府下达的目标任务，今年我市计划新开工建设保障性住房8600套，年底前基本建成5200套。</p></div></body></html>',
        "utf-8")
    (tmp_path / "instapaper-export.csv").write_text(
        "URL,Title,Selection,Folder,Timestamp\nhttp://epaper.ljrb.cn/html/2012-11/10/content_201877.htm,十八大报告在我市引起热烈反响,,"
        "报纸剪报,1352514365\nhttp://epaper.ljrb.cn/html/2012-04/18/content_181377.htm,我市保障性住房建设提速,,报纸剪报,1334706926\n",
        "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.authors, a.correspondents) for a in archive.articles] == [("我市保障性住房建设提速", ("李明",), ("赵小军",))]
    assert any(p.path == "instapaper-export.csv" and "a list of 2 links" in p.message for p in archive.problems)


def test_a_google_doc_downloaded_as_a_web_page_its_h1_broken_by_a_br_under_its_note_of_print_is_the_title(tmp_path):
    """Google Docs' download sets every line in one box, the paper's line over the <h1>, the <h1> a line
    broken by <br>: one title, over the text."""
    page = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            '.c4{font-size:20pt}.c0{font-size:11pt}</style></head><body class="c10 doc-content">'
            '<p class="c3"><span class="c6">江州日报 2021年9月15日 第3版 江州时评</span></p>'
            '<h1 class="c8" id="h.30j0zll"><span class="c4">既要&ldquo;面子&rdquo;光鲜<br>更要&ldquo;里子&rdquo;扎实</span></h1>'
            '<p class="c2"><span class="c0">□ 胡晓岚</span></p>'
            '<p class="c1"><span class="c0">近年来，不少地方大力推进城市更新，老街区焕发新颜，背街小巷亮了起来。</span></p>'
            '<p class="c1"><span class="c0">城市是人民的城市。只有既顾“面子”又重“里子”，城市更新才能真正赢得民心。</span></p></body></html>')
    (tmp_path / "时评 城市更新.html").write_text(page, "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.issue_date.iso()) == ("", "既要“面子”光鲜更要“里子”扎实", "2021-09-15")
    assert article.paragraphs[-1] == "城市是人民的城市。只有既顾“面子”又重“里子”，城市更新才能真正赢得民心。"


def test_a_paragraph_styled_as_the_title_broken_by_a_br_is_one_title(tmp_path):
    """NVivo's, Word's web page: the title a paragraph of its own class (TX_Title), broken by <br />."""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="generator" '
            'content="NVivo 12" /><style type="text/css">p.TX_Title { font-size: 22pt; }</style></head><body>'
            '<p class="TX_Normal">作者：本报记者　韩冰清　　《光明日报》（ 2019年03月08日　07版）</p>'
            '<p class="TX_Title">“让中小企业<br />在公平竞争中成长”</p><p class="TX_Sub">——访全国政协委员孙立言</p>'
            '<p class="TX_Normal">　　“报告里这四个字，我反复读了好几遍。”3月7日，孙立言委员说。</p>'
            '<p class="TX_Normal">　　记者：您今年带来了哪些提案？</p><p class="TX_Normal">　　孙立言：我重点关注科技型企业的创新。</p>'
            '</body></html>')
    (tmp_path / "GMRB_2019-03-08_p07_专访.html").write_text(page, "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.title, article.subtitle) == ("“让中小企业在公平竞争中成长”", "访全国政协委员孙立言")
