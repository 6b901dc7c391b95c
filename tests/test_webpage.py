"""A news site's article page saved as text: each rule on the lines it exists for."""
import json
from pathlib import Path

from generator.config import Config
from generator.ingest import ingest, reading
from generator.ingest.textpage import parse_text_page
from generator.ingest.webpage import (WEB_PAGE, crumb_page, is_breadcrumb, is_neighbour_link, is_page_buttons, is_site_controls, pasted_pages,
                                      title_of_page, web_page)

COUNTY_PAGE = (
    "家门口坐上“共富车”_第01版：要闻_安吉县融媒体中心\n"
    "当前位置：首页 > 今日安吉 > 第01版：要闻\n"
    "家门口坐上“共富车”\n"
    "全县首批“共富公交”线路开通\n"
    "——6条线路串起18个行政村\n"
    "发布时间：2023-06-15 08:30　　来源：今日安吉　　作者：记者 吴佳琪 通讯员 方洁　　浏览次数：1366\n"
    "【字体：大 中 小】　【打印本页】　【关闭窗口】\n"
    "　　6月14日上午，从县城出发开往杭垓镇的“共富公交”1号线正式发车。\n"
    "　　“以前去县城要走半个小时到镇上坐车，现在公交开到了家门口。”村民王阿姨说。\n"
    "\n"
    "【责任编辑：周静】\n"
    "上一篇：县委常委会召开会议 研究部署防汛防台工作\n"
    "下一篇：没有了\n")


def test_a_breadcrumb_leads_from_the_home_page():
    assert is_breadcrumb("当前位置：首页 > 今日安吉 > 第01版：要闻")
    assert is_breadcrumb("您现在的位置: 首页 >> 新闻中心 >> 本地新闻")
    assert is_breadcrumb("首页 » 本地 » 正文")
    assert not is_breadcrumb("首页是读者最先看到的一版 > 其他各版")  # a sentence with an arrow is no trail of links
    assert not is_breadcrumb("当前位置：县城北部")


def test_the_page_s_buttons_and_its_neighbours_are_the_site_s():
    assert is_page_buttons("【字体：大 中 小】　【打印本页】　【关闭窗口】")
    assert is_page_buttons("[打印] [收藏] [关闭]")
    assert not is_page_buttons("【三农观察】")  # a column's rubric
    assert not is_page_buttons("【打印本页】还有一段正文")
    assert is_neighbour_link("上一篇：没有了") and is_neighbour_link("下一篇：全县首批“共富公交”线路开通")
    assert not is_neighbour_link("上一年，全县接待游客480万人次。")


def test_the_page_s_own_title_gives_the_article_s_before_its_channel_and_site():
    assert title_of_page("县委常委会召开会议 研究部署防汛防台工作_第01版：要闻_安吉县融媒体中心") == "县委常委会召开会议 研究部署防汛防台工作"
    assert title_of_page("_第02版：综合_安吉县融媒体中心") == ""  # the article has no title of its own
    assert title_of_page("春耕备耕正当时 - 新华网") == "春耕备耕正当时"
    assert title_of_page("春耕备耕正当时") is None
    assert crumb_page("当前位置：首页 > 今日安吉 > 第01版：要闻") == (("page", "第01版"), ("section", "要闻"))
    assert crumb_page("当前位置：首页 > 新闻中心 > 本地新闻") == ()


def test_a_saved_page_is_its_article_the_site_s_lines_taken_off():
    page = web_page(COUNTY_PAGE.split("\n"))
    # of three heads, the page's title names the middle one: the one above is its kicker, the one below its subtitle
    assert (page.header.kicker, page.header.title, page.header.subtitle) == (
        "家门口坐上“共富车”", "全县首批“共富公交”线路开通", "6条线路串起18个行政村")
    assert not any("上一篇" in line or "当前位置" in line or "打印本页" in line for line in page.lines)
    assert dict(page.header.labelled) == {"page": "第01版", "section": "要闻"}


def test_the_page_s_title_picks_the_title_of_two_heads():
    lines = ["小院议事议出新变化_第03版：社会_安吉县融媒体中心", "当前位置：首页 > 今日安吉 > 第03版：社会",
             "小院议事议出新变化", "塔后村把议事会搬进农家小院", "发布时间：2023-06-15 08:30　　作者：记者 林晓",
             "　　5月10日晚，塔后村的一处农家小院里，十几位村民围坐在一起。", "上一篇：没有了"]
    header = web_page(lines).header
    assert (header.kicker, header.title, header.subtitle) == ("", "小院议事议出新变化", "塔后村把议事会搬进农家小院")
    lines[0] = "塔后村把议事会搬进农家小院_第03版：社会_安吉县融媒体中心"
    header = web_page(lines).header
    assert (header.kicker, header.title, header.subtitle) == ("小院议事议出新变化", "塔后村把议事会搬进农家小院", "")


def test_a_page_of_text_without_a_site_s_lines_is_none():
    assert web_page(["县委常委会召开会议", "　　6月14日，县委常委会召开会议。"]) is None
    # one mark of a site alone (a line that happens to read as a breadcrumb) is not enough
    assert web_page(["首页 > 新闻", "　　6月14日，县委常委会召开会议。"]) is None


def test_a_county_media_centre_s_saved_pages_build_as_their_articles(tmp_path):
    folder = tmp_path / "art" / "2023" / "6" / "15"
    folder.mkdir(parents=True)
    (folder / "art_1155_638191.txt").write_text(COUNTY_PAGE.replace("\n", "\r\n"), "utf-8")
    (folder / "art_1155_638196.txt").write_text(
        "_第02版：综合_安吉县融媒体中心\n当前位置：首页 > 今日安吉 > 第02版：综合\n"
        "发布时间：2023-06-15 08:31　　来源：今日安吉　　作者：通讯员 潘晓东　　浏览次数：\n"
        "【字体：大 中 小】　【打印本页】　【关闭窗口】\n　　今年我县安吉白茶春茶生产已全面结束。\n\n"
        "【责任编辑：周静】\n上一篇：没有了\n下一篇：没有了\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    titled, untitled = archive.articles
    assert (titled.title, titled.authors, titled.correspondents) == ("全县首批“共富公交”线路开通", ("吴佳琪",), ("方洁",))
    assert (titled.page, titled.section, titled.issue_date.iso()) == ("1", "要闻", "2023-06-15")
    assert list(titled.paragraphs)[-1].endswith("村民王阿姨说。")  # no 上一篇, no 责任编辑 in the text
    assert reading(titled, archive.pages[0]) == WEB_PAGE
    assert (untitled.title, untitled.correspondents, untitled.page) == ("（无题）", ("潘晓东",), "2")
    assert list(untitled.paragraphs) == ["今年我县安吉白茶春茶生产已全面结束。"]
    assert any("no title" in str(p) and "638196" in str(p) for p in archive.problems)


MALAYSIAN_PAGE = """跳到主要内容
大马新报
首页
国内
财经
登入 | 注册
搜索

首页 > 国内 > 南马

无法回乡逾7个月 新加坡大马员工盼开放通关

发布：2020年11月3日 晚上11:48 | 更新：2020年11月4日 上午8:05
报道／摄影：罗志明

（新山3日讯）自3月行动管制令实施以来，数以万计在新加坡工作的大马人已超过7个月无法回乡。

他们希望两国政府尽快放宽通关限制，让劳工可以定期往返。

分享到：
Facebook
Telegram

标签： 新柔长堤 通关

热门新闻
1. 新增1054宗确诊病例 沙巴占逾六成
版权所有 © 2020 大马新报"""


def test_a_site_s_menu_above_its_breadcrumb_and_all_from_share_on_are_the_site_s(tmp_path):
    folder = tmp_path / "my_web" / "2020-11-04"
    folder.mkdir(parents=True)
    (folder / "johor-workers.txt").write_text(MALAYSIAN_PAGE, encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert reading(article, archive.pages[0]) == WEB_PAGE
    assert (article.title, article.subtitle, article.authors) == ("无法回乡逾7个月 新加坡大马员工盼开放通关", "", ("罗志明",))
    assert article.issue_date.iso() == "2020-11-03"  # the day the site posted it, not the folder's day of saving
    assert len(article.paragraphs) == 2 and not any("热门" in p or "Telegram" in p for p in article.paragraphs)


RAILWAY_PAGE = (
    "京淮铁道报\n2015年06月18日　星期四\n第03版：综合新闻\n上一版　　下一版\n放大　缩小　默认\n"
    "淮州工务段：“天窗”里抢出线路新质量\n——该段大机清筛集中修施工见闻\n本报记者　周晓岚\n"
    "　　6月15日凌晨，京淮线K418公里处，一台道砟清筛机缓缓驶入施工区段。\n"
    "稿件来源：京淮铁道报\n上一篇　　下一篇\n返回目录\n放大　缩小　默认\n"
    "路局召开防洪工作电视电话会议\n　　6月16日，路局召开2015年防洪工作电视电话会议，部署防洪工作。\n"
    "稿件来源：京淮铁道报\n【字体：大 中 小】 上一篇 下一篇 返回目录\n放大　缩小　默认\n"
    "路局简讯\n　　淮州客运段开展暑运服务技能培训　6月12日至14日，淮州客运段组织列车长开展培训。\n"
    "　　北湾电务段完成汛前信号设备专项检查　入汛前，北湾电务段对管内信号设备逐台检查。\n"
    "上一篇　　下一篇\n返回目录\n")


def test_a_site_s_controls_and_links_each_a_word_of_their_own():
    assert is_site_controls("放大　缩小　默认") and is_site_controls("上一篇　　下一篇")
    assert is_site_controls("【字体：大 中 小】 上一篇 下一篇 返回目录") and is_site_controls("返回目录")
    assert not is_site_controls("上一篇文章说到") and not is_site_controls("默认")


def test_a_digital_edition_s_articles_pasted_one_after_another_are_each_read_as_printed(tmp_path):
    parts = pasted_pages(RAILWAY_PAGE.split("\n"))
    assert len(parts) == 3 and sum(part.count("\n") for part in parts) == len(RAILWAY_PAGE.split("\n"))  # lines in place
    (tmp_path / "jhtdb_20150618_03.txt").write_text(RAILWAY_PAGE, "utf-8")
    read = ingest(Config(source=tmp_path)).articles
    assert [(a.title, a.subtitle) for a in read] == [
        ("淮州工务段：“天窗”里抢出线路新质量", "该段大机清筛集中修施工见闻"), ("路局召开防洪工作电视电话会议", ""),
        ("淮州客运段开展暑运服务技能培训", ""), ("北湾电务段完成汛前信号设备专项检查", "")]
    assert read[0].authors == ("周晓岚",) and {a.issue_date.iso() for a in read} == {"2015-06-18"}


def test_a_page_s_list_of_its_articles_over_the_first_is_none_of_its_heads():
    lines = ["今日青禾", "第04版：乡镇·民生", "本版新闻", "石桥镇：小香菇撑起致富“大产业”", "青禾县“一窗通办”让群众办事更省心",
             "图片新闻", "放大 缩小 默认", "石桥镇：小香菇撑起致富“大产业”", "    初秋时节，走进石桥镇的生产基地，菌棚一排排。",
             "【字体：大 中 小】 上一篇 下一篇 返回目录", "青禾县“一窗通办”让群众办事更省心", "    改革前，群众办事要跑多个窗口。",
             "【字体：大 中 小】 上一篇 下一篇 返回目录"]
    first = pasted_pages(lines)[0].split("\n")
    assert first[2:6] == ["", "", "", ""] and first[7] == "石桥镇：小香菇撑起致富“大产业”"


def test_articles_copied_from_a_news_app_one_after_another_each_closed_by_the_app_s_lines():
    """Each article under its heads, the app's time and 来源, closed by 来自湘江日报客户端 / 点击查看原文:
    a page of them, the app's lines none of them; a 要闻速览's numbered items each its own."""
    page = (Path(__file__).parent / "fixtures" / "pages_ninetysecond" / "xjrb_20211118_p01.txt").read_text("utf-8")
    parts = pasted_pages(page.split("\n"))
    assert parts is not None and not any("点击查看原文" in part or "客户端\n" in part for part in parts)
    digest = next(part for part in parts if "要闻速览" in part)
    assert [a.title for a in parse_text_page(digest, "p.txt").articles] == [
        "全省工业园区高质量发展现场推进会在株洲召开", "我省新增4个国家农业产业强镇", "湘赣边区域合作示范区建设推进会举行",
        "省人大常委会执法检查组赴常德检查安全生产法实施情况"]


WECHAT_SAVED = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta property="og:title" content="地铁5号线过江隧道双线贯通" />\n'
                '<title>地铁5号线过江隧道双线贯通</title>\n</head>\n<body id="activity-detail">\n<div id="js_article" class="rich_media">\n'
                '<h1 class="rich_media_title " id="activity-name">\n地铁5号线过江隧道双线贯通\n</h1>\n'
                '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">临江日报</span></div>\n'
                '<div class="rich_media_content" id="js_content" style="visibility: hidden;">\n'
                '<p style="text-align: center;"><span>历时26个月攻坚 盾构最深处位于江底52米</span></p>\n'
                '<p style="text-align: center;"><strong>地铁5号线过江隧道双线贯通</strong></p>\n'
                '<p><span>临江日报全媒体记者 周宁</span></p>\n'
                '<p><span>本报讯　5月17日上午，随着最后一环管片拼装完成，“临江号”盾构机刀盘缓缓破壁而出，地铁5号线过江隧道右线顺利贯通。</span></p>\n'
                '<p><span>地铁5号线过江段全长2.86公里，隧道最深处位于江底以下52米，是目前省内埋深最大的地铁过江隧道。</span></p>\n'
                '<div style="display: none;"><p>长按识别二维码，关注临江日报。本号每天推送本地新闻。</p></div>\n'
                '</div>\n</div>\n</body>\n</html>\n')


def test_a_wechat_article_saved_with_its_text_hidden_till_its_script_runs_dated_by_the_downloader_s_meta_json(tmp_path):
    """WeChat sets an article's text `visibility: hidden` until its script lays it out; wechatDownload
    saves each article in a folder of its own with a meta.json (标题, 作者, 发布时间, 原文链接): its facts."""
    folder = tmp_path / "临江日报" / "2024-05-17_地铁5号线过江隧道双线贯通"
    folder.mkdir(parents=True)
    (folder / "地铁5号线过江隧道双线贯通.html").write_text(WECHAT_SAVED, "utf-8")
    (folder / "meta.json").write_text(json.dumps({"公众号名": "临江日报", "标题": "地铁5号线过江隧道双线贯通", "作者": "临江日报",
                                                 "发布时间": "2024-05-17 20:31:05"}, ensure_ascii=False), "utf-8")
    cut = tmp_path / "临江日报" / "2024-05-20_对话"
    cut.mkdir()
    (cut / "对话.html").write_text(WECHAT_SAVED.replace("地铁5号线过江隧道双线贯通", "非遗竹编传承人段秀兰"), "utf-8")
    (cut / "meta.json").write_text('{\n  "公众号名": "临江日报",\n  "标题": "非遗竹编', "utf-8")
    archive = ingest(Config(source=tmp_path))
    got = {a.title: (a.kicker, a.issue_date.iso(), a.paragraphs) for a in archive.articles}
    assert got["地铁5号线过江隧道双线贯通"][:2] == ("历时26个月攻坚 盾构最深处位于江底52米", "2024-05-17")
    assert [p for p in got["地铁5号线过江隧道双线贯通"][2] if "二维码" in p] == []
    assert set(got) == {"地铁5号线过江隧道双线贯通", "非遗竹编传承人段秀兰"}
    assert [(p.path, p.line, p.message) for p in archive.problems] == [
        ("临江日报/2024-05-20_对话/meta.json", 3, "not JSON (Unterminated string starting at); its facts not read")]


def test_a_site_s_article_on_two_pages_is_one_article_and_its_handover_notes_and_file_list_none(tmp_path):
    """DedeCMS pages a long article as 1210.html and 1210_2.html, each under the article's heads: the
    second's text is the rest of the first's. Beside them a site handed over keeps 移交说明.txt (notes to
    its keepers) and 文件清单.txt (`dir /s /b` of the folder): no article in either."""
    folder = tmp_path / "wwwroot" / "a" / "2015" / "0313"
    folder.mkdir(parents=True)
    page = ("<html><head><title>一条公路带活一方产业_一版要闻_岚江报</title></head><body><div class='title'><h2>一条公路带活一方产业</h2>"
            "</div><div class='info'>时间: 2015-03-12 08:00 来源: 岚江报 作者: 本报记者 刘建华</div><div class='content'>{}</div>"
            "<div class='pages'>共2页: 上一页 1 2 下一页</div></body></html>")
    (folder / "1210.html").write_text(page.format("<p>　　初春时节，从县城出发，沿着新修的水泥路一路向西，约40分钟便到了大坪乡。</p>"
                                                  "<p>　　“过去这条路是土路，晴天一身灰，雨天一身泥。”大坪乡党委书记说。</p>"), "utf-8")
    (folder / "1210_2.html").write_text(page.format("<p>　　在三岔村，村民杨德明的茶叶加工作坊里机器轰鸣，去年光卖茶叶就收入了6万多元。</p>"
                                                    "<p>　　下一步，乡里将依托产业路发展乡村旅游。</p>"), "utf-8")
    (tmp_path / "移交说明.txt").write_text("岚江报网站资料移交说明\n\n一、网站程序\n    织梦DedeCMS V5.7，2012年上线，2017年3月停止更新。\n", "utf-8")
    (tmp_path / "文件清单.txt").write_text("D:\\岚江报网站移交\\wwwroot\nD:\\岚江报网站移交\\wwwroot\\a\n"
                                       "D:\\岚江报网站移交\\wwwroot\\a\\2015\\0313\\1210.html\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert article.title == "一条公路带活一方产业" and article.source == "wwwroot/a/2015/0313/1210.html"
    assert article.paragraphs[-1] == "下一步，乡里将依托产业路发展乡村旅游。" and len(article.paragraphs) == 4
    assert [p.path for p in archive.problems] == ["文件清单.txt"]


def test_a_site_s_later_pages_run_on_in_their_numbers_order(tmp_path):
    """1210.html, then _2, _9 and _10: the tenth page's text after the ninth's, not after the first's by
    the names' letters."""
    page = "<html><body><h2>一条公路带活一方产业</h2><div class='content'><p>　　{}</p></div></body></html>"
    for name, text in (("1210", "第一页，初春时节，从县城出发到大坪乡。"), ("1210_2", "第二页，路修好了，茶叶运得出去了。"),
                       ("1210_9", "第九页，乡里将发展乡村旅游。"), ("1210_10", "第十页，产业路带来了新希望。")):
        (tmp_path / f"{name}.html").write_text(page.format(text), "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert [p[:3] for p in article.paragraphs] == ["第一页", "第二页", "第九页", "第十页"]
