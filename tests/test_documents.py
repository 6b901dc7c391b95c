"""A word processor's documents (.docx, .odt, .rtf) read as the text their writers would save."""
import io
import zipfile
from pathlib import Path

from generator.config import Config
from generator.ingest import ingest
from generator.ingest.documents import document_text

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

FIXTURES = Path(__file__).parent / "fixtures"


def _docx(*paragraphs: str) -> bytes:
    styles = (f'<w:styles {W}><w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="a7"><w:name w:val="引题"/></w:style></w:styles>')
    document = f'<w:document {W}><w:body>{"".join(paragraphs)}</w:body></w:document>'
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as docx:
        docx.writestr("word/document.xml", document)
        docx.writestr("word/styles.xml", styles)
    return data.getvalue()


def _p(text: str, style: str = "", bold: bool = False) -> str:
    styled = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{styled}<w:r>{"<w:rPr><w:b/></w:rPr>" if bold else ""}<w:t>{text}</w:t></w:r></w:p>'


def test_a_docx_s_heads_by_their_styles_its_tracked_changes_as_accepted_and_a_word_lock_file_passed_by(tmp_path):
    tracked = ('<w:p><w:pPr><w:pStyle w:val="a3"/></w:pPr><w:r><w:t>城东片区棚改</w:t></w:r>'
               '<w:del><w:r><w:delText>年底</w:delText></w:r></w:del><w:ins><w:r><w:t>6月底</w:t></w:r></w:ins>'
               '<w:r><w:t>前完成签约</w:t></w:r></w:p>')
    (tmp_path / "20170315-A03-城东棚改.docx").write_bytes(_docx(
        _p("重点民生工程加速推进", "a7"), tracked, _p("——涉及居民2316户，安置房选址已确定"), _p("本报记者 周立新 通讯员 孙海涛"),
        _p("本报讯 3月14日，记者从市住房和城乡建设局获悉，城东片区棚户区改造项目征收工作已全面启动。"),
        _p("城东片区位于建设路以东，是我市现存面积最大、房屋最密集的老旧片区之一。")))
    (tmp_path / "~$170315-A03-城东棚改.docx").write_bytes(b"\x0cAdministrator" + bytes(40))
    archive = ingest(Config(source=tmp_path))
    (article,) = archive.articles
    assert (article.kicker, article.title, article.subtitle, article.authors, article.issue_date.iso(), article.page) == (
        "重点民生工程加速推进", "城东片区棚改6月底前完成签约", "涉及居民2316户，安置房选址已确定", ("周立新",), "2017-03-15", "A3")
    assert len(article.paragraphs) == 2 and not archive.problems


def test_an_odt_s_headings_and_line_breaks_and_an_rtf_in_its_code_page():
    content = ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
               '<text:h text:outline-level="1">粽叶青青</text:h><text:p>□ 何春生</text:p>'
               '<text:p>粽叶青青，是外婆屋后的竹林<text:line-break/>糯米白白，是老家门前的月光</text:p>'
               '</office:text></office:body></office:document-content>')
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as odt:
        odt.writestr("content.xml", content)
    assert document_text(data.getvalue(), ".odt") == "粽叶青青\n□ 何春生\n粽叶青青，是外婆屋后的竹林\n糯米白白，是老家门前的月光\n"
    rtf = (b"{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}\\pard\\qc "
           + "".join(f"\\'{b:02x}" for b in "三夏生产".encode("gbk")).encode() + b"\\par\\pard "
           + "".join(f"\\'{b:02x}" for b in "眼下正值三夏大忙时节，全县小麦陆续进入收获期。".encode("gbk")).encode() + b"\\par}")
    assert document_text(rtf, ".rtf") == "三夏生产\n\u3000\u3000眼下正值三夏大忙时节，全县小麦陆续进入收获期。\n\n"
    # Word's own lines break anywhere in the source, between a character's two bytes too; a line
    # ending after a backslash is a paragraph's end
    broken = rtf.replace(b"\\'c9\\'fa", b"\\'c9\r\n\\'fa").replace(b"\\par\\pard ", b"\\\r\n\\pard ")
    assert broken != rtf and document_text(broken, ".rtf") == document_text(rtf, ".rtf")
    assert document_text(b"PK\x03\x04 cut short", ".docx") is None


def test_a_damaged_word_97_document_and_a_document_named_a_workbook_are_problems_naming_them(tmp_path):
    (tmp_path / "防汛工作会议.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (tmp_path / "剪报登记表2015.xlsx").write_bytes(_docx())  # (a zip of XML too, but a Word document's)
    said = sorted(str(p) for p in ingest(Config(source=tmp_path)).problems)
    assert said[0].startswith("剪报登记表2015.xlsx: a workbook that cannot be read (")
    assert said[1:] == ["防汛工作会议.doc: a Word 97–2003 document (.doc) with no text that can be read "
                        "(damaged, or not what its name says)"]


def test_a_word_97_document_is_read_by_its_piece_table_and_an_rtf_named_doc_as_the_rtf_it_is(tmp_path):
    """A .doc as Word 97–2003 and WPS save it (this one by LibreOffice, `--convert-to doc`): its text a
    paragraph a line, read as a one-article file is; an .rtf saved under .doc read as RTF."""
    from generator.ingest.documents import word97_text
    data = (FIXTURES / "word97" / "防汛工作会议.doc").read_bytes()
    assert word97_text(data).split("\n")[:2] == ["全县防汛工作会议召开", "本报记者\u3000周平"]
    (tmp_path / "防汛工作会议.doc").write_bytes(data)
    (tmp_path / "通知.doc").write_bytes(b"{\\rtf1\\ansi \\uc1\\u20851?\\u20110?\\par}")
    (article,) = [a for a in ingest(Config(source=tmp_path)).articles if a.source == "防汛工作会议.doc"]
    assert (article.title, article.authors) == ("全县防汛工作会议召开", ("周平",))
    assert article.paragraphs[-1] == "会上，县水利局通报了今年汛期气象形势。"
    assert word97_text(b"{\\rtf1\\ansi \\uc1\\u20851?\\u20110?\\par}").strip() == "关于"
