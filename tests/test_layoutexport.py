"""A layout program's tagged text (InDesign, QuarkXPress, 方正书版) read as the stories it sets."""
from generator.config import Config
from generator.ingest import ingest
from generator.ingest.layoutexport import layout_text

INDESIGN = (
    "<UNICODE-WIN>\r\n"
    "<Version:7><FeatureSet:InDesign-Japanese><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>"
    "<DefineParaStyle:正文=<Nextstyle:正文><cSize:9.500000>><DefineParaStyle:主标题=<Nextstyle:副题>>"
    "<ParaStyle:引题>连续高温天气下的城市保障\r\n"
    "<ParaStyle:主标题>全市用电负荷三创历史新高\r\n"
    "<ParaStyle:副题><0x2014><0x2014>电力部门启动有序用电预案\r\n"
    "<ParaStyle:作者>本报记者 周海宁<0x3000>通讯员 吕建\r\n"
    "<ParaStyle:正文><CharStyle:正文加粗>本报讯<CharStyle:> 立秋已过，<0x201C>秋老虎<0x201D>却没有退场的意思。<cNextXChars:Box>\r\n"
    "<ParaStyle:正文>电力部门提醒市民，空调温度设置在26<0x2103>以上。\r\n")

BRIEFS = (
    "<UNICODE-WIN>\r\n<Version:7><DefineParaStyle:正文=<Nextstyle:正文>><ParaStyle:栏目名>城事速递\r\n"
    "<ParaStyle:小标题>溪州至临川城际公交本周五开通\r\n"
    "<ParaStyle:正文>本报讯（记者 郑可）溪州至临川城际公交线路将于19日正式开通，全程票价8元。\r\n"
    "<ParaStyle:小标题>市图书馆少儿阅览室暑期延时开放\r\n"
    "<ParaStyle:正文>本报讯（通讯员 方蕾）即日起至8月31日，市图书馆少儿阅览室延时开放。\r\n")

XPRESS = (
    "<v8.00><e9>\r@Normal=<Ps100t0h100z12k0b0c\"Black\">\r@内文=[S\"\",\"内文\",\"内文\"]<*J*h\"Standard\">\r"
    "@肩题:全省首条城市环线快速路\r@主题:南屏环城快速路<\\n>今日全线通车\r"
    "@副题:<\\#8212><\\#8212>市区至机场车程缩短至25分钟\r@署名:本报记者　李湘\r"
    "@内文:<@加粗>本报讯<@$p>　今天上午9时，南屏环城快速路正式全线通车。\r"
    "环城快速路于2002年3月动工建设，总投资约26亿元。\r")

FOUNDER = (
    "〖HT6SS〗青澜日报　2002年3月8日　星期五　第4版　三八特刊　责任编辑：苏晓梅〖HT〗\n"
    "〖BT3〗〖JZ〗〖HT4K〗写在第92个国际劳动妇女节〖HT〗\n"
    "〖BT1〗〖HS4〗〖JZ〗〖HT1XBS〗她们撑起半边天〖HT〗\n"
    "〖BT3〗〖JZ〗〖HT4F〗〖CD2〗记我市三位“三八红旗手”〖HT〗\n"
    "〖KH1〗\n"
    "〖JY〗〖HT5H〗□本报记者　何静〖HT〗\n"
    "〖HT5SS〗　　又是一年三八节。记者走近三位刚刚荣获市“三八红旗手”称号的女性。\n"
    "〖BT4〗〖HT5H〗“泥腿子”女专家〖HT〗\n"
    "　　清晨六点，市农科所副研究员杨秀英已经出现在城郊的试验田里。〖HT〗\n"
    "〖KH2〗\n"
    "〖BT2〗〖JZ〗〖HT4H〗本　地　简　讯〖HT〗\n"
    "〖BT4〗〖HT5H〗■城区新增两条公交线路〖HT〗\n"
    "〖HT5SS〗　　本报讯　市公交公司日前新开通11路、12路公交线路，票价均为1元。（邱林）〖HT〗\n"
    "〖BT4〗〖HT5H〗■市图书馆电子阅览室开放〖HT〗\n"
    "〖HT5SS〗　　本报讯　市图书馆电子阅览室近日正式对外开放，配有电脑40台。（苏晓梅）〖HT〗\n")


def test_indesign_s_tagged_text_is_its_story_heads_escapes_and_styles_read():
    assert [line for line in layout_text(INDESIGN.split("\r\n")) if line][:4] == [
        "[引题]连续高温天气下的城市保障", "[主题]全市用电负荷三创历史新高", "[副题]——电力部门启动有序用电预案",
        "[作者]本报记者 周海宁\u3000通讯员 吕建"]


def test_each_program_s_stories_are_articles_with_their_heads(tmp_path):
    day = tmp_path / "20110816"
    day.mkdir()
    (day / "A01_头条.txt").write_bytes(INDESIGN.encode("utf-16"))
    (day / "A03_简讯.txt").write_bytes(BRIEFS.encode("utf-16"))
    (tmp_path / "A1-1.xtg").write_bytes(XPRESS.encode("utf-8"))
    (tmp_path / "0308-04版.txt").write_bytes(FOUNDER.encode("gbk"))
    articles = {a.title: a for a in ingest(Config(source=tmp_path)).articles}
    assert sorted(articles) == sorted([
        "全市用电负荷三创历史新高", "溪州至临川城际公交本周五开通", "市图书馆少儿阅览室暑期延时开放", "南屏环城快速路今日全线通车",
        "她们撑起半边天", "城区新增两条公交线路", "市图书馆电子阅览室开放"])
    lead = articles["全市用电负荷三创历史新高"]
    assert (lead.kicker, lead.subtitle, lead.authors, lead.page) == (
        "连续高温天气下的城市保障", "电力部门启动有序用电预案", ("周海宁",), "A1")
    assert lead.paragraphs[0] == "立秋已过，“秋老虎”却没有退场的意思。"
    assert articles["南屏环城快速路今日全线通车"].kicker == "全省首条城市环线快速路"
    assert len(articles["南屏环城快速路今日全线通车"].paragraphs) == 2
    feature = articles["她们撑起半边天"]
    assert (feature.kicker, feature.subtitle, feature.authors) == ("写在第92个国际劳动妇女节", "记我市三位“三八红旗手”", ("何静",))
    assert feature.section_heads == ("“泥腿子”女专家",) and feature.issue_date.iso() == "2002-03-08"
    assert articles["城区新增两条公交线路"].authors == ("邱林",)
