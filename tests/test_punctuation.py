from generator.ingest.punctuation import fullwidth_punctuation as fw


def test_ascii_marks_between_chinese_become_fullwidth():
    assert fw("11月1日,新冠肺炎疫情") == "11月1日，新冠肺炎疫情"
    assert fw("本报讯(记者 魏涛)3月2日") == "本报讯（记者 魏涛）3月2日"
    assert fw("责任编辑:王建设;美术编辑:左骏") == "责任编辑：王建设；美术编辑：左骏"
    assert fw("经验?湖南") == "经验？湖南" and fw("请出示证件!”") == "请出示证件！”"


def test_a_deck_s_dash_read_as_two_hyphens_is_the_dash():
    assert fw("－－记贵阳铁路分局大坡站站长黄晓明") == "——记贵阳铁路分局大坡站站长黄晓明"  # (MODI's reading of ——)
    assert fw("　--访省农科院研究员") == "　——访省农科院研究员"
    assert fw("2008--2009年度") == "2008--2009年度" and fw("-- ") == "-- "


def test_numbers_latin_and_urls_stay_ascii():
    assert fw("共3,500人") == "共3,500人"
    assert fw("时间:10:30") == "时间：10:30"
    assert fw("下载App,制作H5") == "下载App，制作H5"
    assert fw("见https://example.com/a,b?x=1") == "见https://example.com/a,b?x=1"
    assert fw("Python, Java") == "Python, Java"
    assert fw("400万-500万m(2)") == "400万-500万m(2)"


def test_a_dash_of_two_box_drawing_lines_as_big5_sets_it():
    assert fw("──中油宣布今起汽油每公升調漲0.3元") == "——中油宣布今起汽油每公升調漲0.3元"
    assert fw("────────") == "────────"  # a rule, no dash


def test_marks_an_ocr_spaced_apart_are_closed_up_where_it_spaced_them_all():
    from generator.ingest.punctuation import marks_closed_up
    page = ("“ 双 11 ” 前夕记者探访电商仓库\n距离 “ 双 11 ” 网购节还有两天 ， 成都各大快递公司已经提前进入 “ 战备状态 ” 。\n"
            "记者走访发现 ， 多家快递公司均已发出提醒 ， 包裹可能会延迟 2 至 5 天送达 。\n")
    assert marks_closed_up(page).split("\n")[:2] == ["“双 11”前夕记者探访电商仓库", "距离“双 11”网购节还有两天，成都各大快递公司已经提前进入“战备状态”。"]
    table = "菜价一览 ：\n青菜 2.5 元，白菜 1.8 元，萝卜 1.2 元，土豆 3 元，番茄 4.5 元，黄瓜 3.2 元，茄子 4 元，辣椒 6 元，芹菜 3 元。\n"
    assert marks_closed_up(table) == table  # (one mark spaced among many: as it was set)
