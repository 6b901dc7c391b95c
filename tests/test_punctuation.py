from generator.ingest.punctuation import fullwidth_punctuation as fw


def test_ascii_marks_between_chinese_become_fullwidth():
    assert fw("11月1日,新冠肺炎疫情") == "11月1日，新冠肺炎疫情"
    assert fw("本报讯(记者 魏涛)3月2日") == "本报讯（记者 魏涛）3月2日"
    assert fw("责任编辑:王建设;美术编辑:左骏") == "责任编辑：王建设；美术编辑：左骏"
    assert fw("经验?湖南") == "经验？湖南" and fw("请出示证件!”") == "请出示证件！”"


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
