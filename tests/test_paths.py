"""Each rule of ingest/paths.py on the names it exists for."""
import datetime as dt

from generator.ingest import paths


def day(facts):
    d = facts.issue_date
    return (d.value, d.precision, d.source) if d.known else None


def test_a_date_in_a_file_name_in_every_common_spelling():
    for name in ("20200201-06-04.txt", "2020-02-01.md", "2020_02_01_x.txt", "2020.02.01.txt",
                 "2020年2月1日.txt", "a/b/rmrb-20200201.txt"):
        assert day(paths.path_facts(name)) == (dt.date(2020, 2, 1), "day", "path"), name


def test_a_date_spelt_over_folders():
    for name in ("2020/02/01/a.txt", "2020年/2月/1日/a.txt", "2020年2月/1/a.txt", "2020-02/01/a.txt"):
        assert day(paths.path_facts(name)) == (dt.date(2020, 2, 1), "day", "path"), name
    assert day(paths.path_facts("2020年2月/a.txt")) == (dt.date(2020, 2, 1), "month", "path")
    assert day(paths.path_facts("2020/02/a.txt")) == (dt.date(2020, 2, 1), "month", "path")


def test_the_file_name_wins_over_its_folders():
    facts = paths.path_facts("2020年2月/20200201/20200202-06-04.txt")
    assert day(facts)[0] == dt.date(2020, 2, 2)
    assert facts.issue_date.evidence == ("路径 2020年2月/20200201/20200202-06-04.txt",)


def test_numbers_that_are_no_dates_say_nothing():
    for name in ("000_2ccb0aebaf651800.txt", "20201345-01.txt", "120200201.txt", "notes/1999.txt"):
        assert day(paths.path_facts(name)) is None, name


def test_page_and_place_after_the_date():
    facts = paths.path_facts("2020年2月/20200201/20200201-06-04.txt")
    assert (facts.page, facts.order) == ("6", 4)
    facts = paths.path_facts("2020_02_01_A3_2.txt")
    assert (facts.page, facts.order) == ("A3", 2)
    facts = paths.path_facts("20200201-06.txt")
    assert (facts.page, facts.order) == ("6", None)
    facts = paths.path_facts("2020-02-01-chun-geng.md")
    assert (facts.page, facts.order) == (None, None)


def test_a_page_named_in_a_folder():
    facts = paths.path_facts("20200201/第06版/03.txt")
    assert (facts.page, facts.order, day(facts)[0]) == ("6", 3, dt.date(2020, 2, 1))
    assert paths.path_facts("2020/02/01/A3版.txt").page == "A3"


def test_a_scheme_of_the_users_own():
    pattern = r"(?P<year>\d{4})/(?P<month>\d\d)(?P<day>\d\d)/p(?P<page>\d+)-(?P<order>\d+)"
    facts = paths.path_facts("papers/2020/0201/p06-4.txt", pattern)
    assert (day(facts), facts.page, facts.order) == ((dt.date(2020, 2, 1), "day", "path"), "6", 4)
    assert paths.path_facts("other/name.txt", pattern) == paths.PathFacts()


def test_page_and_place_alone_under_date_folders():
    facts = paths.path_facts("B/2021/06/03/A05_3.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2021, 6, 3), "A5", 3)
    facts = paths.path_facts("D/2022年1月10日/第08版_02.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2022, 1, 10), "8", 2)


def test_a_month_and_day_folder_under_the_year_and_a_place_after_the_page_s_name():
    facts = paths.path_facts("2023/0315/A01_002.txt")
    assert (day(facts), facts.page, facts.order) == ((dt.date(2023, 3, 15), "day", "path"), "A1", 2)
    facts = paths.path_facts("2022年11月8日_第5版_城市_03.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2022, 11, 8), "5", 3)
    assert paths.path_facts("2022年11月8日_第5版.txt").order is None
    assert paths.page_label("第3版") == "3" and paths.page_label("A05") == "A5"
    assert paths.page_label("1.0") == "1"  # a page column a dataframe wrote as floats, for its empty cells


def test_a_year_and_month_folder_and_a_page_marked_p():
    assert day(paths.path_facts("201907/05/0012-03.txt")) == (dt.date(2019, 7, 5), "day", "path")
    facts = paths.path_facts("1987/1987-03-12_p2_3.txt")
    assert (facts.page, facts.order) == ("2", 3)


def test_a_date_of_the_republic_of_china():
    for name in ("hk_archive/民國112年10月05日/a.txt", "中華民國112年10月5日.txt", "x/民国112年10月5日/a.txt"):
        assert day(paths.path_facts(name)) == (dt.date(2023, 10, 5), "day", "path"), name
    facts = paths.path_facts("hk_archive/1121006/a.txt")
    assert day(facts) == (dt.date(2023, 10, 6), "day", "path")
    assert facts.issue_date.evidence == ("路径 hk_archive/1121006/a.txt",)
    facts = paths.path_facts("1121006-A02-01.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2023, 10, 6), "A2", 1)
    assert day(paths.path_facts("民国112年10月5日_A3_2.txt"))[0] == dt.date(2023, 10, 5)


def test_seven_figures_that_are_no_date_of_the_republic_say_nothing():
    for name in ("x/id_1121006/a.txt", "x/11210061/a.txt", "a_21121006.txt", "x/1121306/a.txt",
                 "x/1511006/a.txt", "x/民國0年1月1日/a.txt", "000_1121006a.txt"):
        assert day(paths.path_facts(name)) is None, name


def test_page_and_place_before_the_article_s_title():
    facts = paths.path_facts("hk_archive/民國112年10月05日/A01_01_小犬颱風襲台 南部嚴防豪雨.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2023, 10, 5), "A1", 1)
    facts = paths.path_facts("hk_archive/1121006/要聞-A02-01-基本工資明年調漲4.05% 月薪27470元.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2023, 10, 6), "A2", 1)
    facts = paths.path_facts("hk_archive/1121006/副刊-D04-秋天的信.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2023, 10, 6), "D4", None)
    facts = paths.path_facts("hk_archive/20231007/A05_01_高鐵連假加開班次 首日湧人潮.txt")
    assert (day(facts)[0], facts.page, facts.order) == (dt.date(2023, 10, 7), "A5", 1)


def test_a_title_opening_with_figures_is_no_page_place_or_date():
    facts = paths.path_facts("A01_02_2024年预算案出炉.txt")
    assert (facts.page, facts.order) == ("A1", 2)
    facts = paths.path_facts("2023/A01_02_2024年3月5日预算案出炉.txt")
    assert (day(facts), facts.page, facts.order) == (None, "A1", 2)
    facts = paths.path_facts("20231006/12-05-会议纪要.txt")  # no lettered page: a number, not read
    assert (facts.page, facts.order) == (None, None)
    for name in ("v2_final.txt", "news-v2-final.txt"):
        assert (paths.path_facts(name).page, paths.path_facts(name).order) == (None, None), name


def test_a_page_s_folder_under_the_day_s_and_the_place_before_a_title():
    facts = paths.path_facts("江门日报/2012/05/09/A02/02_明年全市1_3公交车将“喝”天然气.txt")
    assert (day(facts), facts.page, facts.order) == ((dt.date(2012, 5, 9), "day", "path"), "A2", 2)
    spaced = paths.path_facts("No.0457_2015-06-12/A1-01 我县启动防汛应急响应.txt")  # the title after a space
    assert (day(spaced), spaced.page, spaced.order) == ((dt.date(2015, 6, 12), "day", "path"), "A1", 1)
    named = paths.path_facts("2019-04-12/A05_经济/03_稿件0012.txt")  # (the page's folder with the page's name)
    assert (day(named), named.page, named.order) == ((dt.date(2019, 4, 12), "day", "path"), "A5", 3)
    untitled = paths.path_facts("江门日报/2012/05/09/A05/01_.txt")
    assert (untitled.page, untitled.order) == ("A5", 1)
    # a folder of numbers is a day, no page; a title opening with figures is no place
    assert paths.path_facts("2012/05/09/02_标题.txt").page is None
    assert paths.path_facts("2012/05/09/A02/2012年工作回顾.txt").order is None


def test_a_numbered_folder_under_the_day_s_is_its_page_and_a_numbered_file_in_it_the_place():
    """20090317/01/1.txt, as a newsroom system files a day's pages; 2009/03/17/1.txt numbers no page."""
    facts = paths.path_facts("lyrb/20090317/01/2.txt")
    assert (day(facts), facts.page, facts.order) == ((dt.date(2009, 3, 17), "day", "path"), "1", 2)
    assert paths.path_facts("2009/03/17/02/3.txt").page == "2"
    assert (paths.path_facts("2009/03/17/1.txt").page, paths.path_facts("2009/03/1.txt").page) == (None, None)


def test_a_folder_naming_its_month_before_what_it_holds_dates_the_days_in_it():
    """2009年3月飞腾文本/0319-01.txt: the month the folder names, the day and page the file's."""
    facts = paths.path_facts("2009年3月飞腾文本/0319-01.txt")
    assert (day(facts), facts.page) == ((dt.date(2009, 3, 19), "day", "path"), "1")
    assert day(paths.path_facts("2021年3月剪报/老街.txt")) == (dt.date(2021, 3, 1), "month", "path")
    facts = paths.path_facts("Word稿_2015年6月下旬/0623-A2 确权登记.htm")  # the month among the folder's words
    assert (day(facts), facts.page) == ((dt.date(2015, 6, 23), "day", "path"), "A2")
    assert not paths.path_facts("2009年工作总结/老街.txt").issue_date.known


def test_an_e_paper_s_own_name_for_an_article_gives_its_place_then_its_page():
    facts = paths.path_facts("2018/0704/nw.D110000jcrb_20180704_2-01.txt")
    assert (day(facts), facts.page, facts.order) == ((dt.date(2018, 7, 4), "day", "path"), "1", 2)
    facts = paths.path_facts("rmrb_20200201_06-04.txt")  # no system's prefix: a crawler's page and place
    assert (facts.page, facts.order) == ("6", 4)


def test_a_day_s_folder_and_name_spelt_without_the_year_under_year_and_month():
    facts = paths.path_facts("2021/03/0305/0305-04-03.txt")
    assert (day(facts), facts.page, facts.order) == ((dt.date(2021, 3, 5), "day", "path"), "4", 3)
    assert day(paths.path_facts("2021/03/0405/a.txt")) == (dt.date(2021, 3, 1), "month", "path")  # no day of March
    other = paths.path_facts("2021/03/0306/0305-04-03.txt")  # a name of another day: no place read from it
    assert (day(other)[0], other.page, other.order) == (dt.date(2021, 3, 6), None, None)
    # A wire desk's export: the year and month in one folder, the day's under it
    assert day(paths.path_facts("wire/2021-09/0914/000312.txt")) == (dt.date(2021, 9, 14), "day", "path")
    assert day(paths.path_facts("wire/2021-09/1014/000312.txt")) == (dt.date(2021, 9, 1), "month", "path")


def test_a_day_printed_in_one_file_of_an_issue_s_folder_dates_the_others():
    from generator.model import IssueDate
    printed = IssueDate(dt.date(2017, 3, 10), "day", "labelled")
    month = IssueDate(dt.date(2017, 3, 1), "month", "path")
    assert paths.issue_folder("2017年/3月/第1234期/第2版_要闻/03.txt") == "2017年/3月/第1234期"
    dated = paths.dated_by_their_issue([("2017年/3月/第1234期/第1版_要闻/01.txt", printed),
                                        ("2017年/3月/第1234期/第2版_要闻/03.txt", month),
                                        ("2017年/3月/第1235期/第1版_要闻/01.txt", month)])
    assert list(dated) == ["2017年/3月/第1234期/第2版_要闻/03.txt"]  # the next issue prints no day
    assert (dated["2017年/3月/第1234期/第2版_要闻/03.txt"].value, dated["2017年/3月/第1234期/第2版_要闻/03.txt"].precision) \
        == (dt.date(2017, 3, 10), "day")
    other_day = IssueDate(dt.date(2017, 3, 11), "day", "labelled")  # two days printed: neither is the issue's
    assert not paths.dated_by_their_issue([("第1234期/01.txt", printed), ("第1234期/02.txt", other_day),
                                           ("第1234期/03.txt", month)])
    april = IssueDate(dt.date(2017, 4, 1), "month", "path")  # a month that is not the day's: left alone
    assert not paths.dated_by_their_issue([("第1234期/01.txt", printed), ("第1234期/02.txt", april)])


def test_a_page_named_p07_between_the_paper_and_the_title():
    facts = paths.path_facts("pinyin_named/2016-05-04_jiangcheng-wanbao_p07_shi-min-re-xian.txt")
    assert (day(facts), facts.page) == ((dt.date(2016, 5, 4), "day", "path"), "7")
    assert paths.path_facts("2016-05-04_peppa-pig.txt").page is None  # a word that starts with p


def test_a_year_of_the_republic_in_a_folder_the_day_and_a_page_in_chinese_figures_in_the_name():
    facts = paths.path_facts("民國報紙/申報/民國二十六年/0712_第三版_01.txt")
    assert (day(facts), facts.page, facts.order) == ((dt.date(1937, 7, 12), "day", "path"), "3", 1)
    assert paths.year_of_folder("民国34年") == "1945" and paths.year_of_folder("民國二百年") is None


def test_a_folder_s_note_that_states_the_day_dates_its_files(tmp_path):
    from generator.config import Config
    from generator.ingest import ingest
    issue = tmp_path / "校报" / "第356期"
    issue.mkdir(parents=True)
    (issue / "README.txt").write_text("本期共4版，文件按版序编号。\n出版日期：2018年5月10日\n", encoding="utf-8")
    (issue / "03_春季运动会开幕.txt").write_text("春季运动会开幕\n记者团 周雨桐\n　　5月8日，学校第四十届春季运动会开幕。\n",
                                           encoding="utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.issue_date.iso(), article.issue_date.precision, article.authors) == ("2018-05-10", "day", ("周雨桐",))


def test_a_number_alone_between_the_day_and_the_title_is_the_item_s_place_not_a_page():
    from generator.ingest.paths import path_facts
    facts = path_facts("临江台新闻稿/2019年03月/0312-01 两会精神宣讲.txt")
    assert (facts.issue_date.iso(), facts.page, facts.order) == ("2019-03-12", None, 1)
    facts = path_facts("2022/kjrb_20220608_04_国际.txt")  # (a page's name after the number: the page's)
    assert (facts.issue_date.iso(), facts.page, facts.order) == ("2022-06-08", "4", None)
    assert path_facts("临江台新闻稿/2019年03月/0312-03 智慧停车.txt").order == 3  # (a short title, after a space)
    facts = path_facts("2020年2月/20200201/20200201-06-04.txt")
    assert (facts.page, facts.order) == ("6", 4)


def test_a_date_spelt_out_in_chinese_figures_and_a_page_run_on_from_the_paper_s_name():
    from generator.ingest.paths import path_facts
    facts = path_facts("剪报/江城晚报 一九八七年十二月二十一日 第三版.txt")
    assert (facts.issue_date.iso(), facts.issue_date.precision, facts.page) == ("1987-12-21", "day", "3")
    facts = path_facts("剪报/2003年8月15日江城晚报第12版-体育.txt")
    assert (facts.issue_date.iso(), facts.page) == ("2003-08-15", "12")
    assert path_facts("剪报/张华第一次登台.txt").page is None


def test_a_file_s_name_gives_the_stage_of_its_draft():
    from generator.ingest.paths import draft_stage
    assert draft_stage("林晓雯_见报稿/2015-03-08 老城区最后一家铁匠铺_初稿.txt") == "初稿"
    assert draft_stage("稿件/夜市调查（修改稿）.txt") == "修改稿"
    assert draft_stage("2015-03-08 老城区最后一家铁匠铺.txt") is None and draft_stage("定稿/草稿箱说明.txt") is None


def test_a_day_written_short_in_its_year_s_folder_and_a_page_in_brackets_after_the_title():
    from generator.ingest.paths import path_facts
    facts = path_facts("周德昌文稿/1987年/1987.03.12 人民路拓宽工程开工（三版）.txt")
    assert (facts.issue_date.iso(), facts.page) == ("1987-03-12", "3")
    assert path_facts("周德昌文稿/1988年/88-6-2 夜访菜市场.txt").issue_date.iso() == "1988-06-02"
    assert path_facts("周德昌文稿/1990年/12-28 年终走访困难户.txt").issue_date.iso() == "1990-12-28"
    assert not path_facts("周德昌文稿/1990年/88-6-2 夜访菜市场.txt").issue_date.known  # 88 is no year of 1990年/
    assert path_facts("剪报/读书（二版）心得.txt").page is None  # the bracket closes the name, or it is the title's


def test_a_register_of_issues_dates_the_files_named_by_their_issue(tmp_path):
    from generator.enrich import dated
    from generator.ingest import ingest
    from generator.config import Config
    (tmp_path / "1984").mkdir()
    (tmp_path / "期数对照表.csv").write_text("年份,期号,总期号,出版日期,星期,版数,备注\n1983,12,1057,1983/3/26,六,4,\n"
                                            "1984,12,1109,1984/3/24,六,4,\n1984,5—6,1102,1984.2.4,六,8,合刊\n", "gb18030")
    body = "春耕时节\n\n　　连日来，全县各公社抓住晴好天气，组织劳力整地积肥，为春耕生产做好准备。\n"
    (tmp_path / "1984/临溪报第12期第1版_03.txt").write_text(body, "gb18030")
    (tmp_path / "1984/临溪报第5-6期第3版_02.txt").write_text(body.replace("春耕时节", "春节慰问"), "gb18030")
    archive = dated(ingest(Config(source=tmp_path)))
    assert sorted((a.title, a.issue_date.iso()) for a in archive.articles) == [("春耕时节", "1984-03-24"), ("春节慰问", "1984-02-04")]
    assert any("a register of the paper's issues" in p.message for p in archive.problems)


def test_a_phone_s_screenshot_named_for_the_moment_it_was_taken_gives_no_issue_date():
    for name in ("截图/Screenshot_20210307_221048.txt", "Screenshot_2021-04-02-19-20-33-512_com.qingmei.news.txt"):
        assert not paths.path_facts(name).issue_date.known, name
    assert day(paths.path_facts("2021/03/Screenshot_20210307_221048.txt")) == (dt.date(2021, 3, 1), "month", "path")


def test_a_folder_named_for_the_day_it_was_downloaded_dates_no_issue():
    assert not paths.path_facts("知网报纸下载_20110603/关于加强城区摊点管理.txt").issue_date.known
    assert day(paths.path_facts("导出2019-05-06/20190301-02-01.txt")) == (dt.date(2019, 3, 1), "day", "path")


def test_a_keeper_s_names_of_clippings_a_short_dotted_day_a_year_s_folder_and_a_page_spelt_short():
    assert (paths.path_facts("龙溪报剪报/县报83.5.12第二版.txt").issue_date.iso(), paths.path_facts("龙溪报剪报/县报83.5.12第二版.txt").page) \
        == ("1983-05-12", "2")
    hot = paths.path_facts("柘川报/1994年/7月16日 二版 抗旱.txt")
    assert (hot.issue_date.iso(), hot.page) == ("1994-07-16", "2")
    front = paths.path_facts("龙溪报剪报/1983年5月 县报 头版 水库竣工.txt")
    assert (front.issue_date.iso(), front.issue_date.precision, front.page) == ("1983-05", "month", "1")
    assert paths.path_facts("下载/报告v03.5.12.txt").issue_date.known is False  # a version's number, no day


def test_a_note_of_the_front_page_in_words():
    from generator.ingest.rules import parse_source_note
    assert parse_source_note("剪自《龙溪报》一九九二年四月十八日头版") == ("龙溪报", (1992, 4, 18), "1")


def test_a_keeper_s_short_days_under_a_year_s_folder_and_dots_in_a_name_without_a_suffix():
    from generator.ingest.paths import path_facts
    assert path_facts("周立新 稿件/2016年稿件/1215 冬季供暖.docx").issue_date.iso() == "2016-12-15"
    assert path_facts("东海商报剪报/97年/1.8 外环线开工").issue_date.iso() == "1997-01-08"
    assert path_facts("东海商报剪报/96.3.12 浦东新区外资项目审批实").issue_date.iso() == "1996-03-12"
    assert (path_facts("沅川晚报编辑部/2019年6月/0607/B05-副刊-端午.odt").page, path_facts("x/20110816/A03_头条.txt").page) == ("B5", "A3")


def test_a_library_of_congress_batch_its_issue_s_day_and_edition_and_its_page_s_sequence():
    from generator.ingest.paths import path_facts
    facts = path_facts("batch_cu_peony_ver01/sn84099871/1925031402/ed-2/seq-2/ocr.txt")
    assert (facts.issue_date.iso(), facts.page) == ("1925-03-14", "2")
    assert path_facts("archive/1925031499/notes.txt").issue_date.precision is None  # (no edition 99: an id)


def test_a_story_at_a_stage_its_system_passed_beside_the_stage_that_was_printed():
    from generator.ingest.paths import later_stage, stage_of
    beside = ["稿件0012_一审.txt", "稿件0012_终审.txt", "稿件0015_一审.txt", "[03]城事_双减首月_记者稿.txt",
              "[03]城事_双减首月_签发稿.txt"]
    assert later_stage("A01_要闻/稿件0012_一审.txt", beside) == "稿件0012_终审.txt"
    assert later_stage("03版 城事/[03]城事_双减首月_记者稿.txt", beside) == "[03]城事_双减首月_签发稿.txt"
    assert later_stage("A01_要闻/稿件0015_一审.txt", beside) is None, "no later stage of it: the one there is"
    assert later_stage("A01_要闻/稿件0012_终审.txt", beside) is None and stage_of("审稿意见.txt") is None


def test_a_suffix_of_up_to_eight_letters_names_a_kind(tmp_path):
    """Jekyll's _posts/2013-03-14-post.markdown is Markdown, its front matter read, not text."""
    assert paths.kind_suffix("2013-03-14-chai-jiu-cheng.markdown") == ".markdown" and paths.kind_suffix("spider.sqlite3") == ".sqlite3"
    assert paths.kind_suffix("96.3.12 社论") == "" and paths.kind_suffix("M.857355753.A") == ""
    from generator.config import Config
    from generator.ingest import ingest
    (tmp_path / "2013-03-14-chai-jiu-cheng.markdown").write_text(
        '---\nlayout: post\ntitle: "拆旧城，也要留点“旧”"\ndate: 2013-03-14 22:05:41\n---\n\n　　近来，老城区改造的消息一条接一条。\n', "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert article.title == "拆旧城，也要留点“旧”"
