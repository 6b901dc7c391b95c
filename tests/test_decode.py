import codecs

import pytest

from generator.ingest.decode import Undecodable, decode_source

TEXT = "株洲日报讯\r\n近日,我省启动了活动。\r\n"


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


def test_binary_is_refused():
    with pytest.raises(Undecodable, match="binary"):
        decode_source(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_invalid_bytes_are_refused():
    with pytest.raises(Undecodable):
        decode_source(b"plain text \x80\xff\x80 more text")


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
