"""Packed sources (ingest/packed.py): zips, tarballs and gzipped files read as the folders they hold."""
import gzip
import io
import json
import os
import tarfile
import time
import zipfile

from generator.config import Config
from generator.ingest import ingest, packed

ARTICLE = "我市全国人大代表抵京\r\n\r\n　　本报讯　3月4日，出席十届全国人大二次会议的我市代表一行12人抵达北京。\r\n"


def titled(archive):
    return {a.source: (a.title, a.issue_date.value.isoformat() if a.issue_date.known else None, a.page)
            for a in archive.articles}


def test_a_zip_from_chinese_windows_is_read_by_its_members_gbk_names(tmp_path):
    # Windows' own zip: the names in the system's code page (GBK), no UTF-8 flag; zipfile writes
    # them so only as an ASCII name of their length, its bytes then swapped
    gbk = "梅川日报/20040305/01版_代表抵京.txt".encode("gbk")
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as pack:
        pack.writestr("x" * len(gbk), ARTICLE.encode("gbk"))
    (tmp_path / "梅川日报2004年3月.zip").write_bytes(packed.getvalue().replace(b"x" * len(gbk), gbk))
    assert titled(ingest(Config(source=tmp_path))) == {
        "梅川日报2004年3月.zip/梅川日报/20040305/01版_代表抵京.txt": ("我市全国人大代表抵京", "2004-03-05", "1")}


def test_a_mac_zip_leaves_its_attribute_notes_unread(tmp_path):
    with zipfile.ZipFile(tmp_path / "剪报.zip", "w") as pack:
        pack.writestr("剪报/2010年5月20日第5版.txt", ARTICLE)
        pack.writestr("__MACOSX/剪报/._2010年5月20日第5版.txt", "\x00\x05\x16\x07 Mac OS X        com.apple.TextEncoding 中文")
    archive = ingest(Config(source=tmp_path))
    assert [a.source for a in archive.articles] == ["剪报.zip/剪报/2010年5月20日第5版.txt"]
    assert archive.problems == ()


def test_a_tarball_and_a_gzipped_records_file_are_read_as_their_records(tmp_path):
    record = json.dumps({"title": "青峪至南岭高速公路全线贯通", "date": "2021-06-08", "page": 2,
                         "body": "6月7日，青峪至南岭高速公路全线贯通，全长86公里。"}, ensure_ascii=False) + "\n"
    (tmp_path / "export.jsonl.gz").write_bytes(gzip.compress(record.encode()))
    data = record.replace("青峪至南岭", "岷阳绕城").encode()
    with tarfile.open(tmp_path / "crawl.tar.gz", "w:gz") as pack:
        info = tarfile.TarInfo("crawl/data/20210608.jl")
        info.size = len(data)
        pack.addfile(info, io.BytesIO(data))
    assert titled(ingest(Config(source=tmp_path))) == {
        "crawl.tar.gz/crawl/data/20210608.jl": ("岷阳绕城高速公路全线贯通", "2021-06-08", "2"),
        "export.jsonl.gz/export.jsonl": ("青峪至南岭高速公路全线贯通", "2021-06-08", "2")}


def test_a_pack_that_cannot_be_read_is_a_problem_naming_it_and_a_name_climbing_out_stays_in(tmp_path):
    (tmp_path / "四月.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40))
    (tmp_path / "broken.zip").write_bytes(b"PK\x03\x04 cut short")
    with zipfile.ZipFile(tmp_path / "odd.zip", "w") as pack:
        pack.writestr("../../outside.txt", ARTICLE)
    archive = ingest(Config(source=tmp_path))
    assert [a.source for a in archive.articles] == ["odd.zip/outside.txt"]
    assert not (tmp_path.parent / "outside.txt").exists()
    said = {p.path: p.message for p in archive.problems}
    assert said["四月.7z"].startswith("a 7-Zip archive, which is not read")
    assert "cannot be unpacked" in said["broken.zip"]


def test_a_pack_too_deep_in_packs_is_a_problem_naming_it_never_passed_over_in_silence(tmp_path):
    inner = ARTICLE.encode()
    for depth in range(4):  # a zip in a zip in a zip in a zip, the article in the deepest
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w") as pack:
            pack.writestr("a.txt" if depth == 0 else f"d{depth - 1}.zip", inner)
        inner = packed.getvalue()
    (tmp_path / "d3.zip").write_bytes(inner)
    archive = ingest(Config(source=tmp_path))
    assert archive.articles == ()
    assert any(p.path == "d3.zip/d2.zip/d1.zip/d0.zip" and "three deep" in p.message for p in archive.problems)


def test_unpacked_copies_no_build_used_for_a_week_are_removed_and_those_in_use_kept(tmp_path, monkeypatch):
    store = tmp_path / "unpacked"
    monkeypatch.setattr(packed, "UNPACKED", store)
    source = tmp_path / "source"
    source.mkdir()
    with zipfile.ZipFile(source / "剪报.zip", "w") as pack:
        pack.writestr("2010年5月20日第5版.txt", ARTICLE)
    ingest(Config(source=source))
    (in_use,) = store.iterdir()
    weeks_ago = time.time() - 14 * 24 * 3600
    (store / "older-download").mkdir()
    os.utime(store / "older-download", (weeks_ago, weeks_ago))
    with zipfile.ZipFile(source / "新剪报.zip", "w") as pack:
        pack.writestr("2010年5月21日第5版.txt", ARTICLE)
    assert len(ingest(Config(source=source)).articles) == 2
    assert in_use.is_dir() and len(list(store.iterdir())) == 2
    assert not (store / "older-download").exists()
