"""A layout system's export, each paragraph after its style's name: read as one article."""
from generator.config import Config
from generator.ingest import ingest, reading
from generator.ingest.styletags import STYLE_TAGGED, style_tagged

EXPORT = ["[引题]春耕时节访田间", "[主题]“互联网+”帮种粮大户", "[主题]算清效益账", "[副题]——我市首批12家智慧农场投入运营",
          "[作者]本报记者 刘晓东  通讯员 王　芳", "[正文]清明刚过，城郊河口镇的万亩粮田里一片忙碌。", "[小标题]手机上“种地”",
          "[正文]“以前巡一遍田要大半天，现在打开手机就能看。”", "[图说]4月7日，种粮大户在查看墒情数据。 本报记者 周　涛 摄"]


def test_the_styles_give_the_heads_a_title_over_two_lines_joined():
    tagged = style_tagged(EXPORT)
    assert (tagged.header.kicker, tagged.header.title, tagged.header.subtitle) == (
        "春耕时节访田间", "“互联网+”帮种粮大户算清效益账", "我市首批12家智慧农场投入运营")
    assert style_tagged(["[主题]春耕", "不带标签的一行。"]) is None  # a line without a style: no such export
    assert style_tagged(["[正文]没有标题的一段。"]) is None


def test_a_style_tagged_file_is_one_article_its_text_section_heads_and_caption_as_tagged(tmp_path):
    (tmp_path / "稿件1.txt").write_text("\n".join(EXPORT), encoding="gbk")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert reading(article, archive.pages[0]) == STYLE_TAGGED
    assert (article.title, article.authors, article.correspondents) == ("“互联网+”帮种粮大户算清效益账", ("刘晓东",), ("王芳",))
    assert article.section_heads == ("手机上“种地”",) and len(article.paragraphs) == 2
    assert [c.text[:5] for c in article.captions] == ["4月7日，"]
