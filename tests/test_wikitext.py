"""A wiki's transcriptions (MediaWiki's wikitext under a {{header}}, and Special:Export's XML of them)."""
from generator.config import Config
from generator.ingest import ingest

HEADER = ("{{{{header\n | title    = {title}\n | author   = \n | section  = 本埠新聞\n | year     = 1936\n"
          " | notes    = 原載《江聲日報》1936年5月{day}日第三張第十版。\n}}}}\n")
PAGE = """  <page>
    <title>{title}</title>
    <ns>{ns}</ns>
    <revision>
      <text xml:space="preserve">{text}</text>
    </revision>
  </page>
"""


def test_a_wiki_page_of_a_transcribed_article_its_header_titling_it_and_its_note_of_print_dating_it(tmp_path):
    (tmp_path / "京滬路局整頓聯運新辦法.wiki").write_text(
        HEADER.format(title="京滬路局整頓聯運新辦法", day=16) + "{{center|{{larger|'''京滬路局'''<br />'''整頓聯運新辦法'''}}}}\n"
        "{{center|七月一日起實行}}\n\n京滬、滬杭甬兩路管理局，以客貨聯運手續繁複，特擬具整頓新辦法數項<ref>原件此處模糊。</ref>，定於七月一日起實行云。\n\n"
        "{{PD-old}}\n\n[[分類:江聲日報1936年5月]]\n", "utf-8")
    (tmp_path / "本埠簡訊.wiki").write_text("#重定向 [[江聲日報/1936年5月14日/本埠零訊]]\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.title, article.subtitle, article.issue_date.iso()) == ("京滬路局整頓聯運新辦法", "七月一日起實行", "1936-05-16")
    assert article.paragraphs == ("京滬、滬杭甬兩路管理局，以客貨聯運手續繁複，特擬具整頓新辦法數項，定於七月一日起實行云。",)
    assert [p.path for p in archive.problems] == ["本埠簡訊.wiki"]


def test_a_wiki_s_export_is_its_articles_a_scan_s_page_lending_one_its_text_the_talk_pages_none(tmp_path):
    article = HEADER.format(title="教育局令各校舉行防空演習", day=13).replace("{", "{").replace("<", "&lt;")
    pages = (PAGE.format(title="江聲日報/1936年5月13日/教育局令各校舉行防空演習", ns=0, text=article
                         + "&lt;pages index=&quot;江聲日報1936.05.13.djvu&quot; from=12 to=12 onlysection=s1 /&gt;")
             + PAGE.format(title="Page:江聲日報1936.05.13.djvu/12", ns=104, text=(
                 "&lt;noinclude&gt;{{rh|江聲日報}}&lt;/noinclude&gt;&lt;section begin=&quot;s1&quot;/&gt;{{center|'''教育局令各校舉行防空演習'''}}\n"
                 "{{center|定本月二十日同時舉行}}\n\n市教育局昨特訓令全市公私立中小學校，定於本月二十日上午十時舉行防空演習一次。"
                 "&lt;section end=&quot;s1&quot;/&gt;&lt;section begin=&quot;s2&quot;/&gt;上海兒童幸福委員會啟事。&lt;section end=&quot;s2&quot;/&gt;"))
             + PAGE.format(title="討論:江聲日報/1936年5月13日/教育局令各校舉行防空演習", ns=1, text="== 地名 ==\n原圖看不太清。"))
    (tmp_path / "江聲文庫-20240312091144.xml").write_text(
        '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="zh">\n' + pages + "</mediawiki>\n", "utf-8")
    archive = ingest(Config(source=tmp_path))
    (read,) = archive.articles
    assert (read.title, read.subtitle, read.issue_date.iso()) == ("教育局令各校舉行防空演習", "定本月二十日同時舉行", "1936-05-13")
    assert read.paragraphs == ("市教育局昨特訓令全市公私立中小學校，定於本月二十日上午十時舉行防空演習一次。",)
    assert [p.message.split(" (")[0] for p in archive.problems] == ["2 pages of the wiki's own"]
