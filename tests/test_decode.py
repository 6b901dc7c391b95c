import codecs

import pytest

from generator.ingest import rules
from generator.ingest.decode import Undecodable, chinese_share, cut_mid_character, decode_source

TEXT = "株洲日报讯\r\n近日,我省启动了活动。\r\n"

# Taiwan and Hong Kong papers' sentences, as their Big5 archives hold them.
TRADITIONAL = {
    "cna": "（中央社記者陳家豪台北12日電）中央氣象局今天上午8時30分發布海上颱風警報，颱風中心目前"
           "位於鵝鑾鼻東南方約600公里海面，預計明天清晨登陸恆春半島。",
    "byline": "【記者林志明／台北報導】立法院今天三讀通過食品安全衛生管理法修正案，違規業者最高可處"
              "新台幣2億元罰鍰。",
    "weather": "明天各地天氣晴朗，氣溫攝氏24～31度，午後山區有局部雷陣雨，民眾外出請注意防曬。",
    "hk": "香港特區政府統計處今日公布，本港三月至五月經季節性調整的失業率為百分之二點九，與上一期相同。",
    "hkscs": "在旺角經營茶餐廳的陳先生話：「而家啲租咁貴，做生意真係好難。」",  # 啲 is HKSCS only
}
SHORT_BIG5 = "颱風襲台　全島進入警戒\r\n中央氣象局今晨發布陸上颱風警報，各縣市停班停課，民眾應避免外出。\r\n"
# GB18030 whose every byte pair is Big5 too (樓Ч憩珛堆痴陬潔…ㄛ…﹝ in cp950).
ALSO_BIG5 = ("加强就业帮扶车间和就业帮扶基地建设，推广实施“企业+就业帮扶车间”“联合体+就业帮扶车间”"
             "等运行模式，增强帮扶载体吸纳和带动就业能力。")


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("gb18030"),
    TEXT.encode("gbk"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
])
def test_every_archive_encoding_decodes_with_lf(data):
    assert decode_source(data) == TEXT.replace("\r\n", "\n")


@pytest.mark.parametrize("name, encoding", [("cna", "cp950"), ("cna", "big5"), ("byline", "big5"),
                                            ("weather", "cp950"), ("hk", "big5"), ("hk", "cp950"),
                                            ("hkscs", "big5hkscs")])
def test_traditional_chinese_in_big5_decodes_back_exactly(name, encoding):
    assert decode_source(TRADITIONAL[name].encode(encoding)) == TRADITIONAL[name]


def test_a_short_big5_article_is_not_read_as_the_gb18030_it_also_is():
    data = SHORT_BIG5.encode("cp950")
    assert data.decode("gb18030")[0] == "讳"  # 颱 read as GB18030, without an error
    assert decode_source(data) == SHORT_BIG5.replace("\r\n", "\n")
    assert chinese_share(data.decode("gb18030")) < 0.4 < 0.9 < chinese_share(SHORT_BIG5)


@pytest.mark.parametrize("text", [ALSO_BIG5, "欢度龙年春节"])  # 辣僅韓爛景誹 in Big5: as common
@pytest.mark.parametrize("encoding", ["gb18030", "gbk"])
def test_gb18030_that_is_also_valid_big5_stays_gb18030(text, encoding):
    data = text.encode(encoding)
    assert data.decode("cp950") != text  # valid Big5, a wrong reading
    assert decode_source(data) == text


@pytest.mark.parametrize("data", [
    "記者林志明／台北報導".encode("big5"),                          # A2 41, read alike but by cp950
    "氣溫攝氏24～31度".encode("cp950") + "／".encode("big5"),  # ～ only cp950 reads right
])
def test_big5_a2_41_is_the_full_width_slash(data):
    assert b"\xa2\x41" in data
    assert "／" in decode_source(data) and "∕" not in decode_source(data)


def test_binary_is_refused():
    with pytest.raises(Undecodable, match="binary"):
        decode_source(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_invalid_bytes_are_refused_naming_every_encoding_tried():
    with pytest.raises(Undecodable, match="UTF-8, GB18030, CP950 or Big5-HKSCS"):
        decode_source(b"plain text \x80\xff\x80 more text")


def test_a_long_big5_file_decodes_whole():
    text = "\n".join(TRADITIONAL[name] for name in ("cna", "byline", "hk"))
    data = ((text + "\n") * 1000).encode("cp950")[:200_000].rpartition(b"\n")[0]
    assert decode_source(data) == data.decode("cp950").replace("\u2215", "\uff0f")


@pytest.mark.parametrize("encoding, bom", [("gb18030", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                                           ("utf-8", codecs.BOM_UTF8)])
def test_a_page_reads_the_same_in_every_encoding(tmp_path, encoding, bom):
    from pathlib import Path

    from generator.config import Config
    from generator.ingest import ingest

    seed = Path(__file__).resolve().parent.parent / "seeds" / "004_fcd27c47def37bb6.txt"
    text = seed.read_text("utf-8")
    (tmp_path / "page.txt").write_bytes(bom + text.replace("\n", "\r\n").encode(encoding))
    (tmp_path / "ref").mkdir()
    (tmp_path / "ref" / "page.txt").write_text(text, "utf-8")
    got = ingest(Config(source=tmp_path / "ref")).articles
    assert [a.paragraphs for a in ingest(Config(source=tmp_path), [tmp_path / "page.txt"]).articles] == \
        [a.paragraphs for a in got]


def test_utf16_junk_is_refused_not_read_as_a_title_of_nuls():
    with pytest.raises(Undecodable, match="binary"):
        decode_source(codecs.BOM_UTF16_LE + b"\x00\x00\x00\x00\x01\x00\x02\x00")


def test_hz_is_read_as_the_chinese_it_carries_and_a_uuencoded_mail_is_refused():
    assert decode_source("标题：绿卡之后\n作者：江帆\n".encode("hz")) == "标题：绿卡之后\n作者：江帆\n"
    assert decode_source(b"It costs ~~5, see ~{ and ~} in the manual.\n").startswith("It costs ~~5")
    encoded = b"begin 644 cm9505a.gb\n" + (b"M" + b"5&AE(&QI;F4@;V8@=&AE(&5N8V]D960@9FEL92!T:&%T(&UA:6P@8V%R" + b"\n") * 3 + b"`\nend\n"
    with pytest.raises(Undecodable, match="uuencoded"):
        decode_source(encoded)


def test_a_bullet_set_in_a_symbol_font_is_the_bullet_it_prints():
    """Wingdings' square kept as its code (U+F06E) or, its font lost, as the letter n opening a line
    of Chinese: ■; an n in a word of Latin letters stays."""
    text = "\uf06e切尔西再报价杰拉德\nn皇马盯上罗比尼奥 西班牙《马卡报》\nnba总决赛\n"
    assert decode_source(text.encode("utf-8")) == "■切尔西再报价杰拉德\n■皇马盯上罗比尼奥 西班牙《马卡报》\nnba总决赛\n"


def test_a_pdf_font_s_own_glyph_opening_a_head_is_its_bullet_and_latin_1_mojibake_is_mended():
    assert decode_source("\ue00b我市启动夏季防汛防台应急演练\n水位\ue00b上涨\n".encode("utf-8")) == "■我市启动夏季防汛防台应急演练\n水位\ue00b上涨\n"
    lead = "新华社北京5月11日电　记者11日从国铁集团获悉：今年前4个月，全国铁路累计发送旅客10.6亿人次。"
    assert decode_source(lead.encode("gbk").decode("latin-1").encode("utf-8")) == lead  # (GBK read as Latin-1, saved)
    assert decode_source("Café au lait, crème brûlée, naïve façade: à la carte déjà vu résumé.".encode("utf-8")).startswith("Café")


def test_a_board_s_colours_are_no_text():
    assert decode_source("\x1b[1;32m写给三月的信\x1b[m\n\x1b[37m发信站: 水木社区\x1b[0m\n".encode("gbk")) == "写给三月的信\n发信站: 水木社区\n"


def test_a_classic_mac_s_chinese_with_its_own_single_bytes_is_read():
    """™, © and … a Mac wrote as single bytes between its GB2312 characters, which no GB decoder reads."""
    data = "凌云牌分体式空调".encode("gb2312") + b"\xfe" + "　四月特价，全市各大商场均有销售，欢迎选购。".encode("gb2312") + b"\xff\r"
    assert decode_source(data) == "凌云牌分体式空调™　四月特价，全市各大商场均有销售，欢迎选购。…\n"


def test_a_name_s_dot_in_another_script_s_code_is_the_middle_dot():
    assert decode_source("艾海提・吐尔逊摄　巴特尔･那顺\n".encode("utf-8")) == "艾海提·吐尔逊摄　巴特尔·那顺\n"
    # a bullet's dot between a name's parts is the name's; before an item, its bullet
    assert decode_source("本报记者 艾克拜尔•吐尼亚孜\n• 郑志强\n".encode("utf-8")) == "本报记者 艾克拜尔·吐尼亚孜\n• 郑志强\n"


def test_a_file_with_a_bom_cut_short_inside_its_last_character_is_read_up_to_it():
    data = codecs.BOM_UTF8 + "<文章><主题>南屿港前4个月集装箱吞吐量增长".encode("utf-8")[:-1]
    assert cut_mid_character(data) and decode_source(data) == "<文章><主题>南屿港前4个月集装箱吞吐量增"


def test_a_wire_story_is_read_out_of_its_envelope():
    # IPTC 7901: SOH, the service's line and the slug, STX, the story, its filing time, ETX
    sent = ("\x01hya0401 3 eco 0445\r\r\n粮食-收购\r\r\n\x02\r\r\n    秋粮收购进度快于去年同期\r\r\n\r\r\n"
            "    环亚社北京11月15日电  记者从国家粮食局获悉，秋粮收购进度快于去年同期。\r\r\nhya 151025 NOV 99\r\r\n\x03")
    text = decode_source(sent.encode("gb18030"))
    assert [line.strip() for line in text.split("\n") if line.strip()] == [
        "秋粮收购进度快于去年同期", "环亚社北京11月15日电  记者从国家粮食局获悉，秋粮收购进度快于去年同期。"]


def test_the_radicals_a_pdf_s_font_drew_characters_with_read_as_the_characters():
    """A PDF copied out gives ⾦融时报/2018年/5⽉/16⽇ (Kangxi radicals, U+2F00…): what it prints is 金融时报/2018年/5月/16日."""
    text = decode_source("⾦融时报/2018年/5⽉/16⽇/第006版\n银保监会：⼀季度商业银⾏净利润同⽐增⻓7.6%\n".encode("utf-8"))
    assert text == "金融时报/2018年/5月/16日/第006版\n银保监会：一季度商业银行净利润同比增长7.6%\n"


def test_a_picture_copied_out_of_rich_text_stands_on_a_line_of_its_own():
    """An app's "copy full text" leaves U+FFFC where each picture stood, at times at a paragraph's end."""
    text = decode_source("　　确保兵员质量。\ufffc\n硝烟中的巾帼\n\n\ufffc\n夜训归来\n".encode("utf-8"))
    assert text == "　　确保兵员质量。\n\ufffc\n硝烟中的巾帼\n\n\ufffc\n夜训归来\n"
    assert rules.is_picture_mark("\ufffc")


def test_notepad_s_soft_line_break_is_one_break_and_no_blank_line():
    """CR CR LF: Notepad's soft line break (word wrap saved), or CRLF endings converted twice."""
    data = "标题：小店有烟火\r\r\n街巷有温度\r\n引题：老城区百余家个体门店恢复营业\r\n".encode("gbk")
    assert decode_source(data) == "标题：小店有烟火\n街巷有温度\n引题：老城区百余家个体门店恢复营业\n"
