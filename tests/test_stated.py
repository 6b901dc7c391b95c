"""What a person states (front matter, sidecar) beats what is inferred."""
import shutil
from pathlib import Path

from generator.config import Config
from generator.enrich import enrich
from generator.ingest import ingest
from generator.ingest.markdownpage import parse_markdown_article
from generator.model import Problem

ROOT = Path(__file__).resolve().parent.parent
PAGE = "000_2ccb0aebaf651800.txt"


def build_archive(src: Path, **config):
    return enrich(ingest(Config(source=src, **config)), Config())


def test_markdown_front_matter(tmp_path):
    text = ("---\ntitle: 湘江大桥通车\ndate: 2021-06-30\ntags: [交通, 湘江]\nauthors: 张三、李四\n"
            "paper: 湘江晚报\nsummary: 大桥今日通车。\nslug: xiang-jiang-bridge\n---\n"
            "## 通车仪式\n\n今天上午，**湘江大桥**正式通车。\n\n<script>alert(1)</script>\n")
    article, problems = parse_markdown_article(text, "bridge.md")
    assert problems == []
    assert article.title == "湘江大桥通车" and article.tags == ("交通", "湘江")
    assert article.authors == ("张三", "李四") and article.paper == "湘江晚报"
    assert article.issue_date.iso() == "2021-06-30" and article.issue_date.source == "front-matter"
    assert article.slug == "xiang-jiang-bridge" and article.section_heads == ("通车仪式",)
    assert article.paragraphs[0] == "今天上午，湘江大桥正式通车。"


def test_markdown_without_front_matter_takes_its_heading_as_title():
    article, problems = parse_markdown_article("# 标题在这里\n\n正文一段。\n", "plain.md")
    assert article.title == "标题在这里" and article.paragraphs == ("正文一段。",) and not problems


def test_markdown_date_beats_inference_and_partial_dates(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: 甲\ndate: 2019-03\n---\n2022年11月1日的事。\n", "utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: 乙\n---\n2022年11月1日的事。\n", "utf-8")
    a, b = sorted(build_archive(tmp_path).articles, key=lambda x: x.source)
    assert (a.issue_date.iso(), a.issue_date.source, a.issue_date.label()) == ("2019-03", "front-matter", "2019年3月")
    assert (b.issue_date.iso(), b.issue_date.source, b.issue_date.label()) == ("2022-11", "inferred", "约2022年11月")


def test_sidecar_states_page_and_overrides_an_article(tmp_path):
    shutil.copy(ROOT / "seeds" / PAGE, tmp_path / PAGE)
    (tmp_path / PAGE).with_suffix(".yml").write_text(
        "paper: 株洲日报\nissue_date: 2022-11-18\npage: 3\nsection: 就业·创业\n"
        "articles:\n  勇往直前 向“疫”而行:\n    subtitle: 人社干部抗疫纪实\n    tags: [抗疫]\n"
        "  不存在的标题:\n    tags: [x]\n", "utf-8")
    archive = build_archive(tmp_path)
    page = archive.pages[0]
    assert page.paper == "株洲日报"
    assert [(a.page, a.order, a.section) for a in archive.articles] == [
        ("3", k, "就业·创业") for k in range(1, len(archive.articles) + 1)], "the page's articles in printed order"
    assert all(a.issue_date.iso() == "2022-11-18" and a.issue_date.source == "sidecar"
               for a in archive.articles)
    first = archive.articles[0]
    assert first.subtitle == "人社干部抗疫纪实"
    assert first.tags[0] == "抗疫" and len(first.tags) <= 8, "stated tags lead, extracted ones follow"
    assert first.kicker == "人社先锋队“战疫”掠影", "fields not stated stay as ingested"
    assert [str(p) for p in archive.problems] == [
        f"{PAGE[:-4]}.yml:9: articles: no article titled '不存在的标题' on this page"]


def test_sidecar_paper_fills_this_papers_own_reports(tmp_path):
    name = "001_bf14c99edd045f98.txt"
    shutil.copy(ROOT / "seeds" / name, tmp_path / name)
    assert build_archive(tmp_path).articles[0].paper is None  # 本报讯 with no paper named
    (tmp_path / name).with_suffix(".yml").write_text("paper: 安康日报\n", "utf-8")
    assert {a.paper for a in build_archive(tmp_path).articles} == {"安康日报"}


def test_a_note_in_markdown_printed_as_the_paper_prints_it():
    note = ("> 城市更新进行时\n\n# 老城区三条背街小巷完成改造\n\n**——三条小巷换新颜**\n\n文/图 本报记者 许安然\n\n"
            "青石板路、仿古路灯、墙面彩绘……走进江汉区前进四路，处处是新景致。\n")
    article, problems = parse_markdown_article(note, "2024/2024-05-22-backstreets.md")
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "城市更新进行时", "老城区三条背街小巷完成改造", "三条小巷换新颜", ("许安然",))
    assert article.paragraphs == ("青石板路、仿古路灯、墙面彩绘……走进江汉区前进四路，处处是新景致。",) and problems == []
    brief, _ = parse_markdown_article("# 本周后期将迎首轮高温\n\n本报讯（记者 郑可）市气象台21日发布消息。\n", "b.md")
    assert brief.authors == ("郑可",) and brief.paragraphs[0].startswith("本报讯（记者 郑可）")
    photo, _ = parse_markdown_article("# 麦浪翻金迎“三夏”\n\n![收割机](w.jpg)\n\n5月21日，收割机在麦田中作业。\n\n记者 唐果 摄\n", "c.md")
    assert (photo.kind, photo.authors) == ("photo", ("唐果",))
    listed, _ = parse_markdown_article("---\ntitle: 江滩夜市开市\nauthor:\n  - 吴晓雯\n  - 梁潇\n---\n\n正文。\n", "d.md")
    assert listed.authors == ("吴晓雯", "梁潇")
    # a list of one credit is that credit: its role and its 摄 are no names
    credited, _ = parse_markdown_article("---\n标题: 秋日桂湖\n作者:\n  - 本报记者 周楠 摄\n---\n\n市民在桂湖公园赏景。\n", "e.md")
    assert credited.authors == ("周楠",)


def test_a_cms_s_front_matter_under_its_own_names_a_byline_a_line_each_and_a_moment_in_utc():
    text = ("---\n标题: 清明祭英烈 鲜花寄哀思\n副标题: ——全市各界群众文明祭扫\n作者:\n  - 记者 许文涛\n  - 通讯员 韩雪\n"
            "版次: A01\n排序: 1\n类型: 广告\ndate: 2021-04-04T16:00:00Z\n---\n\n4月4日，清明节前夕，各界群众前来祭奠先烈。\n")
    article, problems = parse_markdown_article(text, "a.md")
    assert (article.title, article.subtitle, article.authors, article.correspondents) == (
        "清明祭英烈 鲜花寄哀思", "全市各界群众文明祭扫", ("许文涛",), ("韩雪",))
    assert (article.page, article.order, article.kind, article.issue_date.iso()) == ("A1", 1, "advert", "2021-04-05")
    assert problems == []  # 16:00 UTC is the 5th in China, the paper's day


def test_a_front_matter_yaml_cannot_read_is_read_a_field_a_line_and_a_writer_from_the_text():
    text = ("---\n标题: 春风十里: 滨江绿道全线贯通\n作者: \"\"\n版次: A02\ndraft: false\n---\n\n**记者 葛亮**\n\n"
            "近日，全长42公里的滨江绿道全线贯通。\n")
    article, problems = parse_markdown_article(text, "a.md")
    assert (article.title, article.authors, article.page, article.draft) == ("春风十里: 滨江绿道全线贯通", ("葛亮",), "A2", False)
    [message] = [p.message for p in problems]  # libyaml's words or PyYAML's
    assert message.startswith("broken YAML: mapping values are not allowed") and message.endswith("; its fields read line by line")
    brief = "---\n标题: 市图书馆推出清明主题阅读活动\n---\n\n本报讯 清明假期，市图书馆推出主题阅读活动。（记者 施琳）\n"
    assert parse_markdown_article(brief, "b.md")[0].authors == ("施琳",)


def test_a_web_clip_titled_by_its_paper_or_its_site_its_writers_linked_its_date_in_its_address():
    clip = ('---\ntitle: "光明日报"\nsource: "https://epaper.gmw.cn/gmrb/html/2024-02/26/nw.D110000gmrb_20240226_3-05.htm"\n'
            'author:\n  - "[[人民网]]"\ntags:\n  - "clippings"\n---\n### 乡村振兴新实践\n\n# 冬闲变冬忙　大棚蔬菜俏\n\n## ——寿光见闻\n\n'
            '作者：本报记者 李晓帆 宋明远\n\n　　2月25日，菜农在采摘黄瓜。\n\n《 光明日报 》（ 2024年02月27日　05版）\n\n[ 责编：王晓 ]\n')
    article, problems = parse_markdown_article(clip, "光明日报 1.md")
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "乡村振兴新实践", "冬闲变冬忙　大棚蔬菜俏", "寿光见闻", ("李晓帆", "宋明远"))
    assert (article.issue_date.iso(), article.page, article.order) == ("2024-02-27", "5", 3)  # its foot wins
    linked = '---\ntitle: "粮食安全根基更加牢固-新华网"\nauthor:\n  - "[[曹阳]]"\n---\n\n　　今年以来，粮食生产稳定。\n'
    article, _ = parse_markdown_article(linked, "粮食安全根基更加牢固-新华网.md")
    assert (article.title, article.authors) == ("粮食安全根基更加牢固", ("曹阳",))
    index = "# 乡村振兴专题资料\n\n课题组资料收集。\n\n- [[光明日报]]\n- [[合作社带农户闯市场]]\n- [[高标准农田建设如何提质增效]]\n"
    assert parse_markdown_article(index, "index.md") == (None, [Problem("index.md", None, "a list of links to other notes, no article; skipped")])


NOTION_PAGE = ("# 山东一季度重点项目集中开工\n\n报纸: 大众日报\n日期: March 7, 2024\n版次: 1\n位置: 头条\n"
               "引题: “项目深化年”开局起势\n作者: 记者 张海涛\n标签: 经济, 项目建设\n录入人: 王潇\n"
               "Created: March 7, 2024 9:12 AM\n\n3月6日，全省一季度重点项目集中开工活动举行。\n")


def test_a_notion_page_s_properties_listed_under_its_title():
    article, problems = parse_markdown_article(NOTION_PAGE, "剪报库/山东一季度重点项目集中开工 36c8.md")
    assert (article.title, article.kicker, article.authors, article.paper) == (
        "山东一季度重点项目集中开工", "“项目深化年”开局起势", ("张海涛",), "大众日报")
    assert (article.issue_date.iso(), article.page, article.order, article.tags) == ("2024-03-07", "1", 1, ("经济", "项目建设"))
    assert list(article.paragraphs) == ["3月6日，全省一季度重点项目集中开工活动举行。"] and not problems
    # a tag that files the clipping by its kind is its kind, no topic
    photo, _ = parse_markdown_article(NOTION_PAGE.replace("经济, 项目建设", "图片新闻"), "a.md")
    assert (photo.kind, photo.tags) == ("photo", ())
    # one line of key: value under a title is the text's
    plain, _ = parse_markdown_article("# 标题\n\n注意: 今晚停水。\n", "b.md")
    assert list(plain.paragraphs) == ["注意: 今晚停水。"]


WECHAT_POST = ("# 老街上的修鞋匠\n\n> 公众号：台州晚报\n> 作者：台州晚报\n> 发布时间：2023-06-28 19:00\n"
               "> 原文链接：https://mp.weixin.qq.com/s/j7TkVPR9\n\n---\n\n![图片](https://mmbiz.qpic.cn/a/640?wx_fmt=gif)\n\n"
               "文｜李想　图｜陈默\n\n在临海紫阳街的一个街角，一张小板凳、一台老式补鞋机，就是郑师傅全部的“家当”。\n\n"
               "![图片](https://mmbiz.qpic.cn/b/640?wx_fmt=jpeg)\n\n▲郑师傅在修鞋。\n\n天色渐晚，郑师傅收起工具回家。\n\n"
               "来源：台州晚报 2023年6月28日 A07版\n\n编辑：邱艳　审核：王斌\n\n**推荐阅读**\n\n"
               "[周末去哪儿｜这份台州避暑地图请收好](https://mp.weixin.qq.com/s?__biz=MzI4)\n\n"
               "![图片](https://mmbiz.qpic.cn/qrcode/640?wx_fmt=png)\n\n分享 收藏 点赞 在看\n")


def test_a_wechat_post_saved_as_markdown_its_quoted_facts_banner_byline_and_foot():
    article, problems = parse_markdown_article(WECHAT_POST, "台州晚报/2023-06-28_老街上的修鞋匠.md")
    # 作者：台州晚报 is the account's own name; the writers sign under the banner
    assert (article.title, article.authors, article.kind) == ("老街上的修鞋匠", ("李想",), "article")  # 图｜陈默 took the pictures
    assert (article.issue_date.iso(), article.page) == ("2023-06-28", "A7")  # the note of its print, under the links
    assert not any("推荐阅读" in p or "来源" in p or "分享" in p for p in article.paragraphs)
    advert = WECHAT_POST.replace("来源：台州晚报 2023年6月28日 A07版", "（广告）")
    assert parse_markdown_article(advert, "b.md")[0].kind == "advert"  # a post must mark an advert so
    pictures = ("# 组图｜初夏长潭水库美如画\n\n> 公众号：台州日报\n> 作者：郑宇航\n\n---\n\n![图片](a.jpeg)\n\n"
                "初夏时节，黄岩长潭水库碧波荡漾。\n\n![图片](b.jpeg)\n\n![图片](c.jpeg)\n\n摄影｜郑宇航\n\n编辑：林芳　审核：何军\n")
    photo, _ = parse_markdown_article(pictures, "c.md")
    assert (photo.kind, photo.authors) == ("photo", ("郑宇航",))


def test_a_post_saved_without_a_title_is_listed_untitled_with_its_text():
    untitled = "> 公众号：台州日报\n> 作者：\n\n---\n\n今天下午1时40分许，沈海高速温岭西互通附近发生一起追尾事故。\n\n（记者 叶超）\n"
    article, problems = parse_markdown_article(untitled, "台州日报/2023-05-16_无标题.md")
    assert (article.title, article.authors) == ("（无题）", ("叶超",))
    assert [p.line for p in problems] == [1] and "no title" in problems[0].message


def test_a_paper_named_with_an_impossible_day_is_a_problem_not_a_traceback():
    article, problems = parse_markdown_article("---\ntitle: 测试\nsource: 光明日报 1998.13.03 第2版\n---\n\n正文一段。\n", "a.md")
    assert (article.paper, article.page, article.issue_date.known) == ("光明日报", "2", False)
    assert [p.message for p in problems] == ["paper: not a date: '1998-13-03' (month must be in 1..12); the date is inferred instead"]


def test_a_moment_as_dotnet_s_json_writes_it():
    from generator.dates import parse_stated_date
    assert parse_stated_date("/Date(1589212800000)/", "record").iso() == "2020-05-12"  # 16:00 UTC, midnight in China
    assert parse_stated_date("/Date(1589299200000+0800)/", "record").iso() == "2020-05-13"


def test_a_hugo_post_of_an_old_article_in_toml_its_print_in_its_source_field(tmp_path):
    from generator.ingest.markdownpage import parse_markdown_article
    post = ('+++\ntitle = "旧报新读｜冬修水利掀高潮"\ndate = 2021-08-21T20:10:00+08:00\ncategories = ["旧报新读"]\n'
            'source = "《皖南日报》一九八八年十二月三日第二版"\n+++\n\n<p class="yinti">抓住农闲有利时机</p>\n\n# 冬修水利掀高潮\n\n'
            '### 全县投入劳力八万人\n\n本报记者　黄　钧\n\n入冬以来，我县掀起了农田水利基本建设高潮。\n')
    article, problems = parse_markdown_article(post, "2021-08-21-dongxiu-shuili.md")
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "抓住农闲有利时机", "冬修水利掀高潮", "全县投入劳力八万人", ("黄钧",))
    assert (article.paper, article.issue_date.iso(), article.page) == ("皖南日报", "1988-12-03", "2") and not problems


def test_a_post_titled_for_the_pieces_it_holds_is_each_piece():
    from generator.ingest.markdownpage import parse_markdown_article, pieces_under_heads
    post = ("---\ntitle: 1987年5月8日第四版两则\nsource: 《皖南日报》1987年5月8日第4版\n---\n\n这一版上有两则小文章，一并录在这里。\n\n"
            "## 我县举办首届青年歌手大奖赛\n\n本报讯　首届青年歌手大奖赛日前在县影剧院落下帷幕。\n\n（县文化馆　吴　斌）\n\n"
            "## 更正\n\n本报五月四日第一版一文中，“八十多个”应为“一百八十多个”。特此更正。\n")
    article, _ = parse_markdown_article(post, "1987-0508-disiban.md")
    pieces = pieces_under_heads(article)
    assert [(p.title, p.authors, p.page, p.issue_date.iso()) for p in pieces] == [
        ("我县举办首届青年歌手大奖赛", ("吴斌",), "4", "1987-05-08"), ("更正", (), "4", "1987-05-08")]


def test_a_post_titled_by_its_column_of_briefs_is_each_brief_under_its_head():
    """A site's post 城事速递 or 本报简讯（2016.08.18）: its heads (### …, or **■ …** alone on a line, the
    first of them no deck) each over a brief on its dateline, signed at its end; a post of section
    heads under an article's title stays one article."""
    from generator.ingest.markdownpage import pieces_under_heads
    hugo = ("+++\ntitle = \"城事速递\"\ndate = 2019-03-28T07:00:00+08:00\n+++\n\n**■ 东港区新增3处便民停车场**\n\n"
            "本报讯 近日，东港区新建的3处便民停车场投入使用。（记者 吴倩）\n\n**■ 市图书馆下周一恢复开放**\n\n"
            "本报讯 经过两个月的改造，市图书馆将于4月1日起恢复开放。（记者 林一帆）\n")
    jekyll = ("---\ntitle: \"本报简讯（2016.08.18）\"\n---\n\n### 我市新增两条夜间公交线路\n\n本报讯 市公交集团开通夜间公交Y1路。"
              "（记者 王 芳）\n\n### 柘湖大桥半幅封闭维修\n\n本报讯 柘湖大桥将于8月20日起实施半幅封闭维修。（通讯员 刘 洋）\n")
    feature = ("---\ntitle: 本报简讯（2016.08.18）\n---\n\n### 开工\n\n工地上一片繁忙。\n\n### 竣工\n\n大桥如期通车。\n")
    got = [[(p.title, p.authors, p.correspondents) for p in pieces_under_heads(parse_markdown_article(post, "x.md")[0])]
           for post in (hugo, jekyll, feature)]
    assert got == [[("东港区新增3处便民停车场", ("吴倩",), ()), ("市图书馆下周一恢复开放", ("林一帆",), ())],
                   [("我市新增两条夜间公交线路", ("王芳",), ()), ("柘湖大桥半幅封闭维修", (), ("刘洋",))],
                   [("本报简讯（2016.08.18）", (), ())]]


def test_a_post_s_closing_note_of_print_without_its_year_dates_it_before_the_post():
    post = ("---\ntitle: \"🔥重磅！我区这所学校上了省报头版！\"\n发布时间: 2022-01-02 18:30:12\n---\n\n"
            "# 🔥重磅！我区这所学校上了省报头版！\n\n原标题：《东湖区2021年十件民生实事全部完成》\n\n记者 周海燕\n\n"
            "走进东湖区柳塘小学的科学教室，显微镜整整齐齐地摆在柜子里。\n\n来源：江东日报 12月31日 1版\n\n"
            "编辑：小东 | 审核：李明 | 监制：张卫国\n\n长按识别二维码 关注东湖区发布\n")
    article, problems = parse_markdown_article(post, "2022/20220102_民生实事.md")
    assert (article.title, article.issue_date.iso(), article.page) == ("东湖区2021年十件民生实事全部完成", "2021-12-31", "1")


POST_TOP = "岭南读报 *2016-08-03 07:45*\n\n![](images/banner_top.gif)\n\n"


def test_a_wechat_post_reposting_a_paper_s_article_its_print_s_heads_day_page_and_writers():
    quoted = ("# 暴雨过后，这个城中村的排水沟终于要改造了！\n\n" + POST_TOP + "> 原标题：城中村排水改造工程下月动工\n>\n"
              "> 来源：《珠城日报》2016年8月2日第5版\n\n文/珠城日报记者 梁晓东 通讯员 罗敏\n\n上周的一场暴雨，让西坑村的村民又一次“看海”。\n")
    article, _ = parse_markdown_article(quoted, "2016-08-03_暴雨过后.md")
    assert (article.title, article.authors, article.correspondents) == ("城中村排水改造工程下月动工", ("梁晓东",), ("罗敏",))
    assert (article.issue_date.iso(), article.page) == ("2016-08-02", "5")
    assert article.paragraphs == ("上周的一场暴雨，让西坑村的村民又一次“看海”。",)  # the account's lines are none of it
    inner = ("# 六十年，他把一条江走成了一生\n\n" + POST_TOP + "> 本文转自《珠城日报》2016年8月31日第8版“珠江人物”，公众号标题为编者所加。\n\n"
             "**珠江人物**\n\n## 一位老船工的六十年\n\n**——记珠城航运公司退休船长何炳坤**\n\n■ 珠城日报记者 陈佩玲 文/图\n\n"
             "何炳坤今年七十六岁，十六岁上船。\n")
    article, _ = parse_markdown_article(inner, "2016-09-01_六十年.md")
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "珠江人物", "一位老船工的六十年", "记珠城航运公司退休船长何炳坤", ("陈佩玲",))
    assert (article.issue_date.iso(), article.page) == ("2016-08-31", "8")
    bold = ("# 1979年的这篇报道，记录了珠城第一家个体饭店\n\n" + POST_TOP + "【老报纸里的珠城】第12期\n\n"
            "编者按：我们找到了这篇报道。它原载于《珠城日报》1979年4月3日第二版，记录的是珠城第一家个体饭店开张的情景。\n\n---\n\n"
            "**“好味”小饭店开张了**\n\n本报通讯员 邓志远\n\n三月三十一日，在惠福路口，一家小饭店开张了。\n")
    article, _ = parse_markdown_article(bold, "2017-01-05_1979年.md")
    assert (article.title, article.correspondents, article.issue_date.iso(), article.page) == (
        "“好味”小饭店开张了", ("邓志远",), "1979-04-03", "2")


def test_a_post_s_digest_of_pieces_each_noted_and_a_post_listing_older_posts():
    from generator.ingest.markdownpage import pieces_under_heads
    digest = ("# 一周报摘｜珠城这些新闻你可能错过了\n\n" + POST_TOP + "小编为你摘选了几条值得关注的新闻。\n\n"
              "### 1. 珠城将新建3座人行天桥\n\n（《珠城日报》2017年5月8日第3版 记者 梁晓东）\n\n今年将新建3座人行天桥。\n\n"
              "### 2. 今年高考报名人数创新高\n\n（《珠城晚报》2017年5月9日第6版）\n\n今年全市高考报名人数达4.2万人。\n")
    article, _ = parse_markdown_article(digest, "2017-05-12_一周报摘.md")
    assert [(a.title, a.issue_date.iso(), a.page, a.authors, a.paragraphs) for a in pieces_under_heads(article)] == [
        ("珠城将新建3座人行天桥", "2017-05-08", "3", ("梁晓东",), ("今年将新建3座人行天桥。",)),
        ("今年高考报名人数创新高", "2017-05-09", "6", (), ("今年全市高考报名人数达4.2万人。",))]
    listing = ("# 往期精选｜这些文章你读过吗？\n\n" + POST_TOP + "小编把阅读量最高的几篇整理如下，点击标题即可阅读：\n\n"
               "1. [珠城地铁2号线东延段年底通车](#)\n2. [六十年，他把一条江走成了一生](#)\n3. [老城区这5家糖水铺，你吃过几家？](#)\n")
    assert parse_markdown_article(listing, "往期精选.md")[0] is None


def test_a_society_s_transcriptions_a_signed_essay_three_pieces_under_heads_an_advert_and_its_table_of_files():
    from generator.ingest.markdownpage import pieces_under_heads
    essay, _ = parse_markdown_article("---\ntitle: 米價與農村（自由談）\ndate: 1933-11-02\npaper: 申報\npage: 17\n---\n\n"
                                      "（署名　陳靜之）\n\n今年秋收。各地號稱豐稔。而米價反較往年低落。\n", "1933-11-02_米價與農村.md")
    assert (essay.title, essay.authors, essay.paragraphs) == ("米價與農村（自由談）", ("陳靜之",), ("今年秋收。各地號稱豐稔。而米價反較往年低落。",))
    briefs, _ = parse_markdown_article("---\ntitle: 地方短訊（三則）\ndate: 1935-10-12\npage: 2\n---\n\n## 縣商會改選\n\n縣商會改選。\n\n"
                                       "## 城隍廟失竊\n\n城隍廟前晚被竊。\n\n## 秋季運動會展期\n\n運動會展期一星期。\n", "b.md")
    assert [a.title for a in pieces_under_heads(briefs)] == ["縣商會改選", "城隍廟失竊", "秋季運動會展期"]
    table = ("# 目錄\n\n| 檔案 | 標題 | 報名 | 日期 |\n|---|---|---|---|\n| 1926-09-03_開學.md | 縣立女子中學昨日開學 | 雲間日報 | 1926-09-03 |\n"
             "| 1928_公路.md | 松江縣修築滬杭公路支線 | 申報 | 1928 |\n| 1931-08-25_急賑會.md | 松江各界組織水災急賑會 | 申報 | 1931-08-25 |\n")
    assert parse_markdown_article(table, "index.md")[0] is None


def test_a_blogger_s_repost_his_words_over_the_note_of_print_and_the_printed_heads_under_it():
    post = ("---\nlayout: post\ntitle: \"翻出一张八六年的《青川日报》\"\ndate: 2016-04-18 20:30:00 +0800\nauthor: 老张\n---\n\n"
            "这张报纸是从老家阁楼上翻出来的，标题上面还有一行小字，一并照录。\n\n> 原载《青川日报》1986年4月2日第一版\n\n"
            "科技兴农见实效——\n\n### 农机站里春意浓\n\n——访红旗乡农机站站长赵长春\n\n本报记者 孙立平　通讯员 何志勇\n\n"
            "清明刚过，红旗乡农机站的院子里就排起了长队。\n")
    article, _ = parse_markdown_article(post, "_posts/2016-04-18-nongjizhan.md")
    assert (article.kicker, article.title, article.subtitle, article.authors, article.correspondents) == (
        "科技兴农见实效", "农机站里春意浓", "访红旗乡农机站站长赵长春", ("孙立平",), ("何志勇",))
    assert (article.issue_date.iso(), article.page, article.paragraphs) == ("1986-04-02", "1", ("清明刚过，红旗乡农机站的院子里就排起了长队。",))
    typed, _ = parse_markdown_article("---\ntitle: 全市春季物资交流大会开幕\nauthor: 本报讯（记者 何平）\n---\n\n为期十天的交流大会开幕。\n", "b.md")
    assert typed.authors == ("何平",)


# Pandoc's Markdown of a newsroom's Word file (pandoc -f docx -t markdown), CRLF as on Windows.
WORD_BY_PANDOC = """---
author: Administrator
date: 2012-03-04T17:05:00Z
title: 澄州日报
---

::: {custom-style="TOC Heading"}
目 录
:::

[市十四届人大一次会议隆重开幕 1](#_Toc318795101)

::: {custom-style="报眉"}
澄州日报　2012年3月5日　星期一　A1　要闻
:::

::: {custom-style="引题"}
高举旗帜　凝心聚力　加快建设幸福澄州
:::

# 市十四届人大一次会议隆重开幕 {#_Toc318795101 .主标题}

::: {custom-style="副题"}
------刘志远作政府工作报告　王建平等在主席台就座
:::

::: {custom-style="作者"}
本报记者　陈　静　郑　凯
:::

本报讯　3月4日上午，澄州市第十四届人民代表大会第一次会议在市人民大会堂隆重开幕，应出席代表四百一十二名\\[注\\]。
""".replace("\\n", "\\r\\n")


def test_a_word_file_by_pandoc_reads_its_styles_as_heads_and_its_properties_as_none(tmp_path):
    (tmp_path / "0305一版定稿.md").write_text(WORD_BY_PANDOC, "utf-8")
    [article] = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "高举旗帜　凝心聚力　加快建设幸福澄州", "市十四届人大一次会议隆重开幕", "刘志远作政府工作报告　王建平等在主席台就座", ("陈静", "郑凯"))
    assert (article.issue_date.iso(), article.page) == ("2012-03-05", "A1")  # the running head's, not the file's save
    assert article.paragraphs == ("本报讯　3月4日上午，澄州市第十四届人民代表大会第一次会议在市人民大会堂隆重开幕，应出席代表四百一十二名[注]。",)


def test_a_word_file_of_a_page_s_stories_is_each_story_under_the_page_s_running_head(tmp_path):
    page = WORD_BY_PANDOC + """
![](media/image1.png){width="6.0in" height="3.9in"}

### 共商发展大计 {#_Toc318795102 .图片标题}

::: {custom-style="图片说明"}
3月4日，出席市十四届人大一次会议的代表步入会场。\\
本报记者　周　航　摄
:::

## 市政协十一届一次会议举行第二次全体会议 {#_Toc318795103 .主标题}

本报讯（记者　林红）3月4日下午，政协澄州市第十一届委员会第一次会议举行第二次全体会议。

## 一、会议听取委员发言

会议听取了十四位委员的大会发言。

# 滨江花园二期盛大开盘 {#滨江花园二期盛大开盘 .广告标题}

![](media/image2.png){width="6.5in" height="3.0in"}

**澄江之畔　一线江景　城市内环旁的品质人居**

售楼处：澄州市滨江大道666号\
VIP热线：86688888
"""
    (tmp_path / "0305一版定稿.md").write_text(page.replace("\\n", "\\r\\n"), "utf-8")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.kind, a.title, a.authors, a.issue_date.iso(), a.page) for a in articles[:3]] == [
        ("article", "市十四届人大一次会议隆重开幕", ("陈静", "郑凯"), "2012-03-05", "A1"),
        ("photo", "共商发展大计", ("周航",), "2012-03-05", "A1"),
        ("article", "市政协十一届一次会议举行第二次全体会议", ("林红",), "2012-03-05", "A1")]
    assert (articles[3].title, articles[3].page) == ("滨江花园二期盛大开盘", "A1")  # its slogan under its picture no head
    assert articles[2].paragraphs[-1] == "会议听取了十四位委员的大会发言。"  # a numbered head: a section of the story


def test_a_toml_front_matter_whose_title_never_closes_its_quote_gives_its_title_read_line_by_line():
    from generator.ingest.markdownpage import field_lines
    fields = field_lines('title = "城区公交线网优化方案征求市民意见\ndate = 2012-05-09T22:00:00Z\n[params]\n  page = 6')
    assert (fields["title"], fields["date"]) == ("城区公交线网优化方案征求市民意见", "2012-05-09T22:00:00Z")


def test_a_post_titled_by_its_column_of_briefs_gives_each_under_its_head_signed_or_short(tmp_path):
    (tmp_path / "2009-06-12-bendi-jianxun.md").write_text(
        "---\ntitle: 本地简讯\n版次: \"04\"\n---\n**■ 滨海大道夜间施工将持续至月底**\n\n"
        "为加快滨海大道改造进度，施工单位自6月10日起实行夜间施工，预计6月30日结束。（记者 王蕾）\n\n"
        "**■ 两名落水儿童被渔民救起**\n\n6月11日下午，两名小学生在南湾码头附近玩耍时不慎落水，渔民跳入海中将两人救起。\n\n"
        "**■ 第二届汐城海鲜美食节下月开幕**\n\n第二届汐城海鲜美食节将于7月18日在渔人码头开幕，为期10天。（记者 孔令杰）\n", "utf-8")
    titles = [a.title for a in ingest(Config(source=tmp_path)).articles]
    assert titles == ["滨海大道夜间施工将持续至月底", "两名落水儿童被渔民救起", "第二届汐城海鲜美食节下月开幕"]


def test_a_notes_app_s_page_of_a_day_s_briefs_and_a_clipping_named_by_its_keeper(tmp_path):
    """# 6月9日 财经简讯 over ### heads, each over a brief closed by its writer: the column's briefs (the
    day before its name is the day's); title: 鹭汀地铁2号线 in a note quoting where its clipping was
    printed (> 摘自 鹭汀晚报 2019年9月26日 第A02版) over # 地铁2号线全线“洞通”: the keeper's name for
    it, the heading the title as printed."""
    (tmp_path / "6月9日 财经简讯 ccc47dc1a962dd79cb3b8943ebe6639c.md").write_text(
        "# 6月9日 财经简讯\n\nTags: 简讯\n日期: June 9, 2021\n版面: A04\n\n### 云岑农商银行推出“乡村振兴贷”\n\n"
        "本报讯 日前，云岑农商银行推出“乡村振兴贷”专属信贷产品，单户最高授信300万元。（记者 何思远）\n\n"
        "### 数字人民币试点场景扩展至农贸市场\n\n本报讯 记者从人民银行云岑市中心支行获悉，全市已有12家农贸市场支持数字人民币支付。（记者 宋嘉禾）\n",
        encoding="utf-8")
    (tmp_path / "鹭汀地铁2号线.md").write_text(
        "---\ntitle: 鹭汀地铁2号线\ndate: 2021-02-14 20:11:05\ntags: [交通, 地铁]\n---\n\n"
        "> 摘自 鹭汀晚报 2019年9月26日 第A02版\n\n# 地铁2号线全线“洞通”\n\n"
        "本报讯（记者 陈思琪）9月25日上午，我市地铁2号线最后一个区间隧道顺利贯通，标志着2号线实现全线“洞通”。\n",
        encoding="utf-8")
    titles = sorted(a.title for a in ingest(Config(source=tmp_path)).articles)
    assert titles == sorted(["云岑农商银行推出“乡村振兴贷”", "数字人民币试点场景扩展至农贸市场", "地铁2号线全线“洞通”"])


def test_a_days_paper_kept_in_one_markdown_file_is_read_article_by_article_paged_by_its_page_heads():
    from generator.ingest.markdownpage import parse_markdown_articles
    issue = ("# 澄州日报 2021年03月05日\n\n> 数据来源：澄州日报数字报\n\n## 第01版：要闻\n\n### 学雷锋志愿服务月活动启动\n\n"
             "　　本报讯（记者 孔丽娟）3月4日，我市“学雷锋志愿服务月”活动在市民广场启动。\n\n[原文链接](http://e.example/1.htm)\n\n"
             "## 第02版：综合\n\n### 市区新增3处“口袋公园”\n\n　　本报讯 近日，市区新增3处“口袋公园”，方便市民休闲。\n")
    articles, problems = parse_markdown_articles(issue, "2021/03/2021-03-05.md")
    assert [(a.title, a.page, a.section, a.issue_date.iso(), a.line) for a in articles] == [
        ("学雷锋志愿服务月活动启动", "1", "要闻", "2021-03-05", 7), ("市区新增3处“口袋公园”", "2", "综合", "2021-03-05", 15)]
    assert articles[0].authors == ("孔丽娟",) and not problems


def test_a_crawlers_fields_over_the_markdown_title_and_a_kicker_set_right_over_it():
    note = ("来源：湘沅日报\n版次：01版：要闻\n日期：2022年01月17日\n链接：http://e.example/31857.htm\n\n为期40天\n# 春运今日启幕\n"
            "——预计全市发送旅客520万人次\n\n作者：本报记者 邓佳慧 通讯员 石磊\n\n　　今天，2022年春运正式拉开帷幕。\n")
    article, _ = parse_markdown_article(note, "春运今日启幕.md")
    assert (article.kicker, article.title, article.subtitle, article.authors, article.page, article.issue_date.iso()) == (
        "为期40天", "春运今日启幕", "预计全市发送旅客520万人次", ("邓佳慧",), "1", "2022-01-17")
    assert article.paragraphs == ("今天，2022年春运正式拉开帷幕。",)


def test_a_wikis_clipping_its_anchors_blank_and_the_keepers_heading_over_the_printed_heads_none_of_them(tmp_path):
    (tmp_path / "20210618 第5版 麦浪翻金岚北田.md").write_text(
        '# 20210618 第5版 麦浪翻金岚北田\n\n<a name="wExwH"></a>\n抢抓晴好天气 确保颗粒归仓\n\n<a name="NKW6U"></a>\n**麦浪翻金岚北田**\n\n'
        '<a name="vh1hc"></a>\n——全市夏粮收获进度过半\n\n<a name="I8B90"></a>\n本报记者 韩晓东 通讯员 闫瑞峰\n\n<a name="zqGsF"></a>\n'
        '　　连日来，我市抢抓晴好天气组织夏粮收获，全市已收获小麦62万亩，占播种面积的53%。\n', "utf-8")
    (tmp_path / "$toc.yml").write_text("- type: DOC\n  title: 20210618 第5版 麦浪翻金岚北田\n  url: abc\n"
                                       "- type: DOC\n  title: 荷韵消暑\n  url: def\n", "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles  # ($toc.yml: the wiki's list of its documents, none)
    assert (article.kicker, article.title, article.subtitle) == ("抢抓晴好天气 确保颗粒归仓", "麦浪翻金岚北田", "全市夏粮收获进度过半")
    assert article.paragraphs == ("连日来，我市抢抓晴好天气组织夏粮收获，全市已收获小麦62万亩，占播种面积的53%。",)
    from generator.ingest.markdownpage import keepers_heading_off
    kept = "# 我市春耕生产全面展开\n\n全面展开\n\n　　连日来，各地抢抓农时。\n"  # (a title over a head of its text)
    assert keepers_heading_off(kept) == kept


def test_a_wikis_line_breaks_set_a_heads_two_lines_apart_and_the_head_its_keeper_named_is_the_title():
    note = ('# 20210702 第2版 收看庆祝大会直播\n\n<a name="m2vuI"></a>\n**庆祝中国共产党成立100周年**<br />**收看庆祝大会直播**\n\n'
            '<a name="N2fir"></a>\n本报记者 刘　芳\n\n<a name="IZs6I"></a>\n7月1日上午，我市干部群众收看大会直播。\n')
    from generator.ingest.markdownpage import keepers_heading_off, line_breaks_read, without_anchors
    article, _ = parse_markdown_article(keepers_heading_off(line_breaks_read(without_anchors(note))), "x.md")
    assert (article.kicker, article.title, article.authors) == ("庆祝中国共产党成立100周年", "收看庆祝大会直播", ("刘芳",))
    table = "| 日期 | 版次 |\n|---|---|\n| 7月1日<br>7月2日 | 2 |\n"
    assert line_breaks_read(table) == table


def test_a_web_clippers_heading_broken_by_a_hard_break_is_one_title(tmp_path):
    """Turndown writes <h1>守好一方水土<br>富裕一方百姓</h1> as `# 守好一方水土␣␣` over the next line."""
    (tmp_path / "守好一方水土.md").write_text(
        "---\ntitle: 守好一方水土富裕一方百姓\nsource: http://paper.example/2024-05/13/nw_2-04.htm\n---\n###### 浙江遂昌探索生态产品价值转化\n\n"
        "# 守好一方水土  \n富裕一方百姓\n\n## 去年全县村级集体经济经营性收入增长18.6%\n\n本报记者  王  丹\n\n"
        "清晨，溪口村的云雾还没散尽，村党支部书记已经带着几名村民上了茶山。\n", "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.subtitle) == (
        "浙江遂昌探索生态产品价值转化", "守好一方水土富裕一方百姓", "去年全县村级集体经济经营性收入增长18.6%")
    from generator.ingest.markdownpage import heading_breaks_read
    assert heading_breaks_read("# 标题  \n\n正文\n") == "# 标题  \n\n正文\n"  # (a blank line after: the text's)
    assert heading_breaks_read("# Flood season\\\nbegins\n") == "# Flood season begins\n"


def test_an_obsidian_vault_s_journal_pages_templates_index_and_clipped_404_are_no_articles(tmp_path):
    """Daily/2024-05-13.md titled by its day alone, Templates/ (a note's and a clipper's), an index of
    notes around a Dataview query, a web clipper's copy of a server's 404: none an article, each said."""
    (tmp_path / "Daily").mkdir()
    (tmp_path / "Daily" / "2024-05-13.md").write_text(
        "# 2024-05-13 星期一\n\n## 待办\n- [x] 剪藏：人民日报4版遂昌那篇 → [[守好一方水土]]\n\n## 记录\n上午组会，老师建议第三章少用二手报道。\n", "utf-8")
    (tmp_path / "Templates").mkdir()
    (tmp_path / "Templates" / "剪藏批注模板.md").write_text("\n---\n## 笔记\n\n- 关键词：\n- 可引用段落：\n", "utf-8")
    (tmp_path / "Templates" / "报纸剪藏-clipper.json").write_text('{"name": "报纸剪藏", "properties": [{"name": "source", "value": "{{url}}"}]}', "utf-8")
    (tmp_path / "报纸剪藏索引.md").write_text(
        "---\ntags:\n  - MOC\n---\n# 报纸剪藏索引\n\n> 论文：新型农村集体经济的实现形式与联农带农机制（第三章材料）\n\n"
        "```dataview\nTABLE created AS \"剪藏日期\", source AS \"来源\"\nFROM \"Clippings\"\nSORT created DESC\n```\n\n"
        "### 集体经济\n- [[守好一方水土富裕一方百姓]]\n- [[一颗菌菇撑起致富产业]]\n- [[小小“共富工坊”撬动村民家门口就业]]\n", "utf-8")
    (tmp_path / "404 Not Found.md").write_text(
        '---\ntitle: "404 Not Found"\nsource: "https://epaper.example.cn/html/2024-05/13/content_1.htm"\n---\n# 404 Not Found\n\n---\n\nnginx\n', "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert archive.articles == () or list(archive.articles) == []
    said = {p.path: p.message for p in archive.problems}
    assert said["Daily/2024-05-13.md"].startswith("a journal's page")
    assert all(said[f"Templates/{n}"].startswith("in a folder of templates") for n in ("剪藏批注模板.md", "报纸剪藏-clipper.json"))
    assert said["报纸剪藏索引.md"].startswith("a list of links to other notes")
    assert said["404 Not Found.md"].startswith("a site's page saying the article is not there")


def test_a_clipped_e_paper_page_titled_by_the_paper_s_name_its_frame_read_and_its_head_set_bold_the_title(tmp_path):
    (tmp_path / "江州日报数字报.md").write_text(
        '---\ntitle: "江州日报数字报"\nsource: "https://epaper.jzrb.example/html/2024-05/14/content_58213_1682907.htm"\ncreated: 2024-05-14\n---\n'
        "江州日报数字报\n\n2024年05月14日 星期二\n\n[上一版](https://epaper.jzrb.example/html/2024-05/14/node_1.htm) "
        "[下一版](https://epaper.jzrb.example/html/2024-05/14/node_2.htm)\n\n第01版：要闻\n\n**我市6个村入选省级未来乡村创建名单**\n\n"
        "本报讯 近日，省农业农村厅公布2024年度省级未来乡村创建名单，我市青山区白岩村等6个村入选。\n\n"
        "[上一篇](https://epaper.jzrb.example/1.htm)  [下一篇](https://epaper.jzrb.example/2.htm)\n\n版权所有 © 江州日报社　未经授权禁止转载\n", "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.title, article.page, article.section, article.issue_date.iso()) == ("我市6个村入选省级未来乡村创建名单", "1", "要闻", "2024-05-14")
    assert article.paragraphs == ("本报讯 近日，省农业农村厅公布2024年度省级未来乡村创建名单，我市青山区白岩村等6个村入选。",)


def test_a_sync_tool_s_conflicted_copy_beside_its_file_is_another_version_of_it_not_another_article(tmp_path):
    note = "# 村里来了“新农人”\n\n本报记者 王丹\n\n清晨，溪口村的云雾还没散尽，返乡青年已经在大棚里忙开了。\n"
    (tmp_path / "村里来了.md").write_text(note, "utf-8")
    (tmp_path / "村里来了.sync-conflict-20240515-213044-K3JQ2ZT.md").write_text(note.replace("忙开了", "忙碌起来"), "utf-8")
    (tmp_path / "老街新生 (张三's conflicted copy 2024-05-16).md").write_text(note, "utf-8")  # (its file gone: read)
    archive = ingest(Config(source=tmp_path))
    assert sorted(a.source for a in archive.articles) == ["村里来了.md", "老街新生 (张三's conflicted copy 2024-05-16).md"]
    assert [p.message for p in archive.problems if "conflicted" in p.message] == [
        "a sync tool's conflicted copy of 村里来了.md beside it, another version of that file; skipped"]


def test_a_notion_export_s_clipping_pages_named_by_their_keeper_their_database_s_table_and_its_home_page(tmp_path):
    """# 0505 二版 夜市 over Notion's properties (报纸, 刊发日期, 版次) and the clipping typed as printed: the
    keeper's name none of its heads; 剪报库 <hex>.csv beside the folder of those pages, their table; the
    workspace's home page of links, and a page made and never written, no articles."""
    base = tmp_path / "东州报纸剪报 29c637b1"
    pages = base / "剪报库 24bcd770"
    pages.mkdir(parents=True)
    (pages / "0505 二版 夜市 b6b952f2.md").write_text(
        "# 0505 二版 夜市\n\n报纸: 东州日报\n刊发日期: May 5, 2022\n版次: 02\n作者: 陈思远\nCreated: May 6, 2022 10:03 PM\n\n"
        "烟火气回来了！滨江夜市“五一”首秀人气旺\n\n——五天接待市民游客超过21万人次\n\n本报记者　陈思远\n\n"
        "夜幕降临，滨江路华灯初上。5月4日晚7时许，记者来到刚刚开市的滨江夜市，只见260余个摊位沿江一字排开。\n", "utf-8")
    (base / "剪报库 24bcd770.csv").write_text("Name,报纸,刊发日期,版次\n0505 二版 夜市,东州日报,\"May 5, 2022\",02\n", "utf-8")
    (base / "Untitled 4212eedb.md").write_text("# Untitled\n", "utf-8")
    (tmp_path / "东州报纸剪报 29c637b1.md").write_text(
        "# 东州报纸剪报\n\n2022年5月起收集的东州日报城市更新与民生类报道，供课题组写作参考。\n\n<aside>\n💡 录入规则：标题按报纸原样录入。\n</aside>\n\n"
        "[剪报库](%E4%B8%9C%2029c637b1/%E5%89%AA%2024bcd770.csv)\n\n[网页收藏](%E4%B8%9C%2029c637b1/%E7%BD%91%2081e5c916.csv)\n\n"
        "[Untitled](%E4%B8%9C%2029c637b1/Untitled%204212eedb.md)\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.title, article.subtitle, article.authors, article.page, article.issue_date.iso()) == (
        "烟火气回来了！滨江夜市“五一”首秀人气旺", "五天接待市民游客超过21万人次", ("陈思远",), "2", "2022-05-05")
    said = {p.path.rpartition("/")[2]: p.message for p in archive.problems}
    assert "剪报库 24bcd770.csv" not in said  # (its rows the pages beside it, each read from its own file)
    assert said["Untitled 4212eedb.md"].startswith("a heading and no text under it")
    assert said["东州报纸剪报 29c637b1.md"].startswith("a list of links to other notes")


def test_a_title_typed_as_two_headings_and_a_note_of_briefs_each_run_in_before_its_dateline(tmp_path):
    (tmp_path / "2024-05-13 评论员文章.md").write_text(
        "# 稳住农业基本盘\n# 守好“三农”压舱石\n\n——写在全市“三夏”生产动员会召开之际\n\n本报评论员\n\n"
        "　　眼下，“三夏”大忙时节即将来临。昨日召开的全市“三夏”生产动员会，对夏收、夏种、夏管工作作出全面部署。\n", "utf-8")
    (tmp_path / "简讯.md").write_text(
        "# 简讯\n\n江城日报 2024.05.08 第3版\n\n**市急救中心新增5个急救站点**　本报讯（记者 吴倩）5月7日，市急救中心5个急救站点正式投入使用。\n\n"
        "**江城至临川城际公交开通**　本报讯 5月7日起，江城至临川城际公交线路正式开通运营，全程约62公里。\n\n#剪报/江城日报\n", "utf-8")
    read = {a.title: (a.subtitle, a.authors) for a in ingest(Config(source=tmp_path)).articles}
    # (a couplet's two clauses a space apart, as a page OCR'd shows them)
    assert read == {"稳住农业基本盘 守好“三农”压舱石": ("写在全市“三夏”生产动员会召开之际", ()),
                    "市急救中心新增5个急救站点": ("", ("吴倩",)), "江城至临川城际公交开通": ("", ())}


def test_readwise_s_highlights_of_a_book_and_its_sheet_of_highlights_are_no_articles_a_title_saved_with_its_deck_is_both(tmp_path):
    (tmp_path / "乡土中国.md").write_text(
        "# 乡土中国\n\n## Metadata\n- Author: [[费孝通]]\n- Full Title: 乡土中国\n- Category: #books\n\n## Highlights\n"
        "- 在中国乡土社会中，差序格局和私人的道德是一个根本的特点。 ([Location 612](https://readwise.io/to_kindle?location=612))\n", "utf-8")
    (tmp_path / "readwise-data.csv").write_text(
        "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n"
        "县城里的“小剧场”火了：一张票几十元，周末场场爆满,县城里的“小剧场”火了,中国青年报,,,yellow,,offset,1843,2024-03-19 02:11:09,\n", "utf-8")
    (tmp_path / "让科技成果更快走出实验室.md").write_text(
        "---\ntitle: 让科技成果更快走出实验室——访全国人大代表、东华科技大学校长陈立群\nurl: https://paper.example.cn/2024-03/08/content_1.htm\n---\n\n"
        "　　全国两会期间，本报记者专访了全国人大代表、东华科技大学校长陈立群。\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.subtitle) for a in archive.articles] == [("让科技成果更快走出实验室", "访全国人大代表、东华科技大学校长陈立群")]
    assert sorted(p.message.split(" (")[0] for p in archive.problems) == ["a reading app's sheet of highlights", "highlights of books"]


def test_hexo_s_front_matter_without_its_opening_fence_and_in_json_and_hugo_s_in_json(tmp_path):
    """Hexo reads `title: …` lines over a --- (no --- over them) and `"title": …,` lines over ;;;; Hugo
    a JSON object on top: each the post's fields, none of it text. A post of a printed piece under its
    note of where it first ran (本文原载《江城日报》…) takes the printed heads, bold as they were set."""
    (tmp_path / "source" / "_posts").mkdir(parents=True)
    (tmp_path / "source" / "_posts" / "青石大堤保卫战.md").write_text(
        "title: 青石大堤保卫战\ndate: 2016-07-21 21:14:05\ntags:\n- 旧作\n- 抗洪\n---\n一九九一年夏天，江淮大水。这篇是在堤上写的。\n\n"
        "本文原载《江城日报》1991年7月14日第一版。\n\n**连续奋战七昼夜**\n\n**抗洪大军日夜奋战\n青石大堤安然无恙**\n\n"
        "本报记者　陈立言\n\n　　本报青石7月13日电　青石大堤经受住了一次又一次洪峰的考验。\n", "utf-8")
    (tmp_path / "source" / "_posts" / "访老船工.md").write_text(
        '"title": "访老船工江德顺",\n"date": "2018/5/20 09:12:00",\n"tags": ["旧作", "访谈"]\n;;;\n'
        "　　青石渡口，江德顺老人的小船在江面上摆了四十年。\n", "utf-8")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "lao-jie.md").write_text(
        '{\n  "title": "老街旧影",\n  "date": "2019-01-02"\n}\n\n　　老街的青石板路被雨水冲得发亮。\n', "utf-8")
    archive = ingest(Config(source=tmp_path))
    found = {a.source: a for a in archive.articles}
    levee = found["source/_posts/青石大堤保卫战.md"]
    assert (levee.kicker, levee.title, levee.issue_date.iso()) == ("连续奋战七昼夜", "抗洪大军日夜奋战 青石大堤安然无恙", "2016-07-21")
    assert not any("tags" in p or "旧作" in p for p in levee.paragraphs)
    boatman, street = found["source/_posts/访老船工.md"], found["content/lao-jie.md"]
    assert (boatman.title, boatman.issue_date.iso(), boatman.tags[:1]) == ("访老船工江德顺", "2018-05-20", ("旧作",))
    assert (street.title, street.issue_date.iso(), street.paragraphs) == ("老街旧影", "2019-01-02", ("老街的青石板路被雨水冲得发亮。",))
    assert not archive.problems


def test_a_crawled_account_post_of_the_day_s_front_page_takes_the_print_s_heads_over_their_dateline(tmp_path):
    """今日头版｜… over 今天（3月5日）出版的《宁川日报》头版, then the kicker, the bold title, a deck set without its dash
    and the dateline: the print's heads, its deck the line over the dateline."""
    (tmp_path / "2024-03-05_今日头版.md").write_text(
        "---\ntitle: 今日头版｜带着“宁川声音”上会！\npublish_time: '2024-03-05 07:00:00'\n---\n\n"
        "**今天（3月5日）出版的《宁川日报》头版**\n\n履职尽责建真言　凝心聚力谋发展\n\n"
        "**我市全国人大代表和全国政协委员带着“宁川声音”上会**\n\n聚焦先进制造业集群建设、城乡融合发展等提交建议提案\n\n"
        "本报北京3月4日电（记者 黄一鸣）十四届全国人大二次会议5日上午在人民大会堂开幕。\n", "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.kicker, article.title, article.subtitle) == (
        "履职尽责建真言　凝心聚力谋发展", "我市全国人大代表和全国政协委员带着“宁川声音”上会", "聚焦先进制造业集群建设、城乡融合发展等提交建议提案")
