"""Pages an OCR system laid out for a library (ALTO XML, hOCR, an IIIF list of lines) read as text pages, and
an issue's METS file over its ALTO pages read piece by piece."""
import datetime as dt

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.ocrlayout import alto_text, annotation_list_text, hocr_text

ALTO = """<?xml version="1.0" encoding="UTF-8"?>
<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page ID="P1"><PrintSpace>
<TextBlock ID="TB1"><TextLine><String CONTENT="市区今年将新建"/><SP/><String CONTENT="八个农贸市场"/></TextLine></TextBlock>
<TextBlock ID="TB2"><TextLine><String CONTENT="本报讯"/><SP/><String CONTENT="市政府日前决定，今年在城区"/></TextLine>
<TextLine><String CONTENT="新建八个农贸市场，总投资"/><SP/><String CONTENT="1200"/><SP/><String CONTENT="万元。"/></TextLine></TextBlock>
<TextBlock ID="TB3"><TextLine><String CONTENT="Spring"/><SP/><String CONTENT="Thunder"/><SP/><String CONTENT="牌收录机"/></TextLine></TextBlock>
</PrintSpace></Page></Layout></alto>"""


def test_an_alto_page_is_its_lines_block_by_block_chinese_closed_up_latin_words_apart():
    text, cut = alto_text(ALTO)
    assert not cut and text.split("\n") == ["市区今年将新建八个农贸市场", "", "本报讯市政府日前决定，今年在城区",
                                             "新建八个农贸市场，总投资1200万元。", "", "Spring Thunder牌收录机", ""]
    cut_text, cut = alto_text(ALTO[:ALTO.index("<TextBlock ID=\"TB3\">") + 60])
    assert cut and cut_text.startswith("市区今年将新建八个农贸市场")
    assert alto_text("<records><record><title>x</title></record></records>") is None


def test_an_iiif_list_of_a_page_s_ocr_lines_parted_by_region():
    listed = ('{"@type": "sc:AnnotationList", "resources": ['
              '{"@id": "https://x/anno/p01-r01-l001", "resource": {"chars": "<p class=\\"zhuti\\">秋收秋种进度加快</p>"}},'
              '{"@id": "https://x/anno/p01-r01-l002", "resource": {"chars": "本报讯&#12288;各公社抓紧晴好天气，"}},'
              '{"@id": "https://x/anno/p01-r02-l001", "resource": {"chars": "<b>秋种要抓紧</b>"}}]}')
    assert annotation_list_text(listed).split("\n") == ["秋收秋种进度加快", "本报讯\u3000各公社抓紧晴好天气，", "", "秋种要抓紧", ""]
    assert annotation_list_text('{"@type": "sc:Manifest"}') is None


METS = """<?xml version="1.0" encoding="UTF-8"?>
<mets:mets xmlns:mets="http://www.loc.gov/METS/" xmlns:mods="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink">
<mets:dmdSec ID="ISSUE"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods><mods:titleInfo><mods:title>滬西晨報</mods:title></mods:titleInfo>
<mods:originInfo><mods:dateIssued encoding="iso8601">19360512</mods:dateIssued></mods:originInfo></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
<mets:dmdSec ID="ART1"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods><mods:titleInfo><mods:title>滬西越界築路警權問題</mods:title>
</mods:titleInfo></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
<mets:dmdSec ID="ART2"><mets:mdWrap MDTYPE="MODS"><mets:xmlData><mods:mods><mods:titleInfo><mods:title>大華補腦汁</mods:title>
</mods:titleInfo></mods:mods></mets:xmlData></mets:mdWrap></mets:dmdSec>
<mets:fileSec><mets:fileGrp USE="Content">
<mets:file ID="ALTO1"><mets:FLocat LOCTYPE="URL" xlink:href="file://./alto/p1.xml"/></mets:file>
<mets:file ID="ALTO2"><mets:FLocat LOCTYPE="URL" xlink:href="file://./alto/p2.xml"/></mets:file></mets:fileGrp></mets:fileSec>
<mets:structMap TYPE="PHYSICAL"><mets:div TYPE="Newspaper">
<mets:div TYPE="page" ORDERLABEL="1"><mets:fptr FILEID="ALTO1"/></mets:div>
<mets:div TYPE="page" ORDERLABEL="3"><mets:fptr FILEID="ALTO2"/></mets:div></mets:div></mets:structMap>
<mets:structMap TYPE="LOGICAL"><mets:div TYPE="Newspaper"><mets:div TYPE="Issue" DMDID="ISSUE">
<mets:div TYPE="TITLE_SECTION"><mets:fptr><mets:area FILEID="ALTO1" BEGIN="P1_TB1" BETYPE="IDREF"/></mets:fptr></mets:div>
<mets:div TYPE="ADVERTISEMENT" DMDID="ART2"><mets:fptr><mets:area FILEID="ALTO2" BEGIN="P2_TB1" BETYPE="IDREF"/></mets:fptr></mets:div>
<mets:div TYPE="ARTICLE" DMDID="ART1"><mets:div TYPE="HEADING"><mets:fptr><mets:seq>
<mets:area FILEID="ALTO1" BEGIN="P1_TB2" BETYPE="IDREF"/><mets:area FILEID="ALTO1" BEGIN="P1_TB3" BETYPE="IDREF"/></mets:seq></mets:fptr></mets:div>
<mets:div TYPE="BODY"><mets:fptr><mets:seq><mets:area FILEID="ALTO1" BEGIN="P1_TB4" BETYPE="IDREF"/>
<mets:area FILEID="ALTO2" BEGIN="P2_TB2" BETYPE="IDREF"/></mets:seq></mets:fptr></mets:div></mets:div>
</mets:div></mets:div></mets:structMap></mets:mets>"""


def page(blocks: dict[str, list[str]]) -> str:
    body = "".join(f'<TextBlock ID="{block}">' + "".join(f'<TextLine><String CONTENT="{line}"/></TextLine>' for line in lines)
                   + "</TextBlock>" for block, lines in blocks.items())
    return f'<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout><Page><PrintSpace>{body}</PrintSpace></Page></Layout></alto>'


def test_an_issue_s_mets_file_is_read_piece_by_piece_from_its_pages_alto_blocks(tmp_path):
    """Each piece of the logical map from its blocks (one running on to another page), its heads from
    its HEADING's, titled as catalogued (the line over the deck), dated by the issue's dateIssued,
    paged by its first block's page as labelled (3, the page 2 missing); the masthead no piece, the
    ALTO pages none of their own, an advertisement an advert."""
    (tmp_path / "alto").mkdir()
    (tmp_path / "HXCB_19360512_01_mets.xml").write_text(METS, encoding="utf-8")
    (tmp_path / "alto" / "p1.xml").write_text(page({
        "P1_TB1": ["滬西晨報"], "P1_TB2": ["滬西越界築路警權問題"], "P1_TB3": ["市府與工部局昨續商　雙方意見漸趨接近"],
        "P1_TB4": ["滬西越界築路區域內之警權問題，市府", "與工部局昨日下午續商，"]}), encoding="utf-8")
    (tmp_path / "alto" / "p2.xml").write_text(page({
        "P2_TB1": ["大華補腦汁專治頭暈失眠，", "各大藥房均有出售。"], "P2_TB2": ["雙方意見已漸趨接近。"]}), encoding="utf-8")
    articles = ingest(Config(source=tmp_path)).articles
    assert [(a.title, a.subtitle, a.page, a.kind, a.issue_date.value) for a in articles] == [
        ("大華補腦汁", "", "3", "advert", dt.date(1936, 5, 12)),
        ("滬西越界築路警權問題", "市府與工部局昨續商　雙方意見漸趨接近", "1", "article", dt.date(1936, 5, 12))]
    assert articles[1].paragraphs[-1].endswith("雙方意見已漸趨接近。")
    assert {a.source for a in articles} == {"HXCB_19360512_01_mets.xml"}


def test_an_issue_s_mets_file_that_maps_pages_and_no_pieces_leaves_its_alto_pages_read_on_their_own(tmp_path):
    """A national library's batch files an issue by a METS file of its pages only (no logical map of
    articles): each page's ALTO file is read as a page of its own, with no problem."""
    pages_only = METS[:METS.index('<mets:structMap TYPE="LOGICAL">')] + "</mets:mets>"
    (tmp_path / "alto").mkdir()
    (tmp_path / "1936051201.xml").write_text(pages_only, encoding="utf-8")
    (tmp_path / "alto" / "p1.xml").write_text(page({
        "P1_TB2": ["滬西越界築路警權問題"], "P1_TB4": ["　　滬西越界築路區域內之警權問題，市府與工部局昨日下午續商，雙方意見漸趨接近。"]}),
        encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.title, a.source) for a in archive.articles] == [("滬西越界築路警權問題", "alto/p1.xml")] and not archive.problems


def test_a_library_s_files_about_an_item_are_no_sources_and_a_page_s_alto_beside_its_text_is_the_same_page(tmp_path):
    """batch.xml, xxx_files.xml, xxx_page_numbers.json: what a library keeps about an item; ocr.xml beside
    a non-empty ocr.txt: the page's layout, its text read once (the ALTO read where the text is empty)."""
    from generator.ingest import source_files
    for name in ("batch.xml", "shenjiangchenbao_19370412_files.xml", "shenjiangchenbao_19370412_page_numbers.json"):
        (tmp_path / name).write_text("<files/>" if name.endswith(".xml") else "[]", encoding="utf-8")
    for seq, text in (("seq-1", "滬西越界築路警權問題\n\n　　滬西越界築路區域內之警權問題，市府與工部局昨日下午續商。\n"), ("seq-2", "")):
        (tmp_path / seq).mkdir()
        (tmp_path / seq / "ocr.txt").write_text(text, encoding="utf-8")
        (tmp_path / seq / "ocr.xml").write_text(page({"P1_TB1": ["大華補腦汁專治頭暈失眠，各大藥房均有出售。"]}), encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in source_files(tmp_path)] == ["seq-1/ocr.txt", "seq-2/ocr.txt", "seq-2/ocr.xml"]


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta name='ocr-system' content='tesseract 4.1.1' /></head><body>
<div class='ocr_page' id='page_1' title='bbox 0 0 3307 4724'>
<div class='ocr_carea' id='block_1_1'><p class='ocr_par' id='par_1_1'>
<span class='ocr_header' id='line_1_1' title='bbox 744 414 1131 524; x_size 96'><span class='ocrx_word'>夏夜</span>
<span class='ocrx_word'>乘</span> <span class='ocrx_word'>凉</span></span></p>
<p class='ocr_par' id='par_1_2'><span class='ocr_line' id='line_1_2'><span class='ocrx_word'>本报讯</span>
<span class='ocrx_word'>入伏以来，市区</span></span>
<span class='ocr_line' id='line_1_3'><span class='ocrx_word'>各公园夜间游客</span> <span class='ocrx_word'>超过</span>
<span class='ocrx_word'>3</span> <span class='ocrx_word'>万人次。</span></span></p></div>
</div></body></html>"""


def test_an_hocr_page_is_its_lines_paragraph_by_paragraph_and_read_as_a_page(tmp_path):
    text, cut = hocr_text(HOCR)
    assert not cut and text.split("\n") == ["夏夜乘凉", "", "本报讯入伏以来，市区", "各公园夜间游客超过3万人次。", ""]
    (tmp_path / "00000011.hocr").write_text(HOCR, "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.title, "".join(article.paragraphs)) == ("夏夜乘凉", "入伏以来，市区各公园夜间游客超过3万人次。")
    assert hocr_text(HOCR[:HOCR.index("超过")])[1]  # cut short: read as far as its lines go
    assert hocr_text(HOCR[:HOCR.index("万人次") + 2])[0].endswith("超过3万人\n")  # (cut inside its last word)


def test_an_issues_iiif_manifest_dates_and_pages_the_hocr_pages_it_points_to(tmp_path):
    import json
    issue = tmp_path / "ark_13960_t2b8p4x1m"
    issue.mkdir()
    (issue / "t2b8p4x1m_0009.hocr").write_text(HOCR, "utf-8")
    manifest = {"@context": "http://iiif.io/api/presentation/3/context.json", "type": "Manifest",
                "label": {"zh": ["青澜日报 1987年3月21日 星期六"]}, "navDate": "1987-03-21T00:00:00+08:00",
                "items": [{"id": "https://dl.example/canvas/3", "label": {"zh": ["第4版"]},
                           "seeAlso": [{"id": "https://dl.example/ocr/t2b8p4x1m_0009.hocr", "format": "text/vnd.hocr+html"}]}]}
    (issue / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.title, article.issue_date.value, article.page) == ("夏夜乘凉", dt.date(1987, 3, 21), "4")
    assert not archive.problems  # (the manifest itself: no records file, no article)


def test_a_malformed_iiif_manifest_pages_nothing_and_breaks_nothing(tmp_path):
    (tmp_path / "0001.hocr").write_text(HOCR, "utf-8")
    (tmp_path / "manifest.json").write_text('{"@context": "http://iiif.io/api/presentation/2/context.json", '
                                            '"sequences": ["not a sequence"], "metadata": {"日期": 1}}', "utf-8")
    (article,) = ingest(Config(source=tmp_path)).articles
    assert (article.title, article.page) == ("夏夜乘凉", None)


def test_an_issue_s_page_texts_its_mets_file_lists_are_its_pages_again_and_a_kicker_run_on_its_title_is_parted(tmp_path):
    """./txt/p1.txt in the METS file's file section beside ./alto/p1.xml: the OCR's text of the same
    page, read once (as the METS's pieces); 市府工部局昨開會商定 run on before the title the catalogue
    gives, its kicker. A BagIt bag's own files (bag-info.txt: Bagging-Date: …) and the keeper's note naming
    the bag's files are no articles."""
    (tmp_path / "alto").mkdir()
    (tmp_path / "txt").mkdir()
    with_texts = METS.replace('<mets:file ID="ALTO2">', '<mets:file ID="TXT1"><mets:FLocat LOCTYPE="URL" '
                              'xlink:href="file://./txt/p1.txt"/></mets:file><mets:file ID="ALTO2">')
    (tmp_path / "HXCB_19360512_01_mets.xml").write_text(with_texts, encoding="utf-8")
    (tmp_path / "alto" / "p1.xml").write_text(page({
        "P1_TB1": ["滬西晨報"], "P1_TB2": ["市府工部局昨開會商定滬西越界築路警權問題"], "P1_TB3": ["市府與工部局昨續商　雙方意見漸趨接近"],
        "P1_TB4": ["滬西越界築路區域內之警權問題，市府", "與工部局昨日下午續商，"]}), encoding="utf-8")
    (tmp_path / "alto" / "p2.xml").write_text(page({"P2_TB1": ["大華補腦汁專治頭暈失眠，", "各大藥房均有出售。"]}), encoding="utf-8")
    (tmp_path / "txt" / "p1.txt").write_text("滬西晨報\n\n滬西越界築路警權問題\n\n　　滬西越界築路區域內之警權問題，市府與工部局昨日下午續商。\n",
                                            encoding="utf-8")
    (tmp_path / "bagit.txt").write_text("BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n", encoding="utf-8")
    (tmp_path / "bag-info.txt").write_text("Bagging-Date: 2019-06-14\nExternal-Description: 《滬西晨報》1936年數字化，"
                                           "METS/ALTO，逐版OCR文本。\nPayload-Oxum: 578411.22\n", encoding="utf-8")
    (tmp_path / "交付说明.txt").write_text("HXCB_19360512_01_mets.xml 是这一期的结构文件，alto 下是逐版版面，\n"
                                          "bag-info.txt 和 bagit.txt 是打包工具生成的。\n", encoding="utf-8")
    archive = ingest(Config(source=tmp_path))
    assert [(a.kicker, a.title, a.source) for a in archive.articles if a.kind != "advert"] == [
        ("市府工部局昨開會商定", "滬西越界築路警權問題", "HXCB_19360512_01_mets.xml")]
    said = {p.path: p.message for p in archive.problems}
    assert "BagIt" in said["bag-info.txt"] and "readme" in said["交付说明.txt"]
