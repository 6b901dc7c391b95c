"""A TEI document of an article (tei.py), read as a records file."""
from generator.ingest.records import read_xml

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc>
    <titleStmt><title type="main">全市女职工集会庆祝自己的节日</title><title type="sub">二千一百多名女先进生产者受到表扬</title>
      <author>本报记者 王树森</author></titleStmt>
    <publicationStmt><date when="2019-06-01">2019</date></publicationStmt>
    <sourceDesc><bibl><title level="j">海河工人报</title><date when="1956-03-08">1956年3月8日</date>
      <biblScope unit="issue">第1187号</biblScope><biblScope unit="page">1</biblScope></bibl></sourceDesc>
  </fileDesc></teiHeader>
  <text><body><div type="article">
    <head type="kicker">纪念“三八”国际劳动妇女节</head>
    <head>全市女职工集会庆祝自己的节日</head>
    <head type="sub">——二千一百多名女先进生产者受到表扬</head>
    <byline>本报记者 王树森</byline>
    <p>本报讯 天津市总工会昨天下午召开庆祝“三八”国际劳动妇女节大会。</p>
    <p>大会表扬了二千一百多名女先进生产者。</p>
  </div></body></text>
</TEI>"""

BRIEFS = TEI.replace("""<div type="article">""", """<div type="briefs"><head>本市简讯</head>
    <div type="item"><head>新华机器厂完成清产核资</head><p>新华机器厂已于本月五日完成清产核资工作。</p></div>
    <div type="item"><head>职工业余学校春季班开学</head><p>全市职工业余学校春季班已于本月一日起陆续开学。</p></div>
    </div><div type="x">""")


def test_a_tei_article_its_heads_as_printed_and_its_print_from_the_header():
    """The heads in <text> (kicker, title, deck), the byline and paragraphs; the paper, the day and
    the page of sourceDesc's bibl, not the day the file was published (publicationStmt)."""
    (article,), problems = read_xml(TEI, "hhgrb_19560308_p1_02.xml")
    assert (article.kicker, article.title, article.subtitle, article.authors) == (
        "纪念“三八”国际劳动妇女节", "全市女职工集会庆祝自己的节日", "二千一百多名女先进生产者受到表扬", ("王树森",))
    assert (article.issue_date.iso(), article.page, article.paper, len(article.paragraphs)) == ("1956-03-08", "1", "海河工人报", 2)


def test_a_tei_div_of_items_is_each_item_and_a_corpus_header_alone_no_article():
    briefs, _ = read_xml(BRIEFS, "hhgrb_19560308_p3_01.xml")
    assert [(a.title, a.issue_date.iso()) for a in briefs] == [("新华机器厂完成清产核资", "1956-03-08"),
                                                              ("职工业余学校春季班开学", "1956-03-08")]
    header = '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>海河工人报全文语料</title>' \
             '</titleStmt></fileDesc></teiHeader></teiCorpus>'
    articles, problems = read_xml(header, "00_corpus_header.xml")
    assert articles == [] and "TEI header with no text" in problems[0].message
