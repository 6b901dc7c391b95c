"""build.py end to end: the sample site, bad input, drafts, inspect, atomic writes."""
import codecs
import hashlib
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

import build
from generator import pipeline

ROOT = Path(__file__).resolve().parent.parent


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def links_of(path: Path) -> list[str]:
    parser = Links()
    parser.feed(path.read_text("utf-8"))
    return parser.links


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "site"
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet"]) == 0
    return out


def test_every_article_is_reachable_from_home(sample_site):
    records, _ = pipeline.inspect(pipeline.Config(source=ROOT / "seeds"))
    home = [link for page in sample_site.glob("index*.html") for link in links_of(page)]
    assert len(list(sample_site.glob("index*.html"))) == 2  # 26 articles, 20 a page
    for record in records:
        assert record["url"] in home, record["title"]


def test_article_page_shows_all_its_parts(sample_site):
    page = (sample_site / "articles" / "2022-11-yong-wang-zhi-qian-xiang-yi-er-xing.html").read_text("utf-8")
    for part in ("人社先锋队“战疫”掠影", "勇往直前 向“疫”而行", "何春林", "王忠祥", "株洲日报",
                 "约2022年11月", "挨骂的“大桥守卫队”", "上门入户进行核酸检测采样。通讯员 供图",
                 "请遵守和配合防疫政策"):
        assert part in page, part
    undated = next((sample_site / "articles").glob("undated-xing-xing-zhi-huo*.html")).read_text("utf-8")
    assert "日期不详" in undated and "人社青年助企复工一直“在路上”" in undated


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def bad_archive(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(ROOT / "seeds" / "000_2ccb0aebaf651800.txt", src / "good.txt")
    (src / "undecodable.txt").write_bytes(b"plain \x80\xff\x80 text\n" * 10)
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (src / "empty.txt").write_bytes(b"")
    (src / "furniture-only.txt").write_text("责任编辑:王建设 美术编辑:左骏\n", "utf-8")
    with open(src / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)
    (src / "broken-yaml.md").write_text("---\ntitle: 标题\ntags: [a, b\n---\n正文。\n", "utf-8")
    (src / "bad-date.md").write_text("---\ntitle: 日期错误的文章\ndate: 2022-13-45\n---\n正文内容。\n", "utf-8")
    (src / "bad-slug.md").write_text("---\ntitle: 路径穿越\nslug: ../../etc/passwd\n---\n正文内容。\n", "utf-8")
    return src


def test_bad_input_is_reported_and_the_rest_builds(bad_archive, tmp_path, capsys):
    before = tree_digest(bad_archive)
    out = tmp_path / "site"
    assert build.main(["--source", str(bad_archive), "--output", str(out)]) == 0
    err = capsys.readouterr().err
    expected = {
        "undecodable.txt": "cannot read as text", "binary.txt": "binary",
        "empty.txt": "empty file", "furniture-only.txt": "no article",
        "huge.txt": "50.0 MB", "broken-yaml.md:3": "broken YAML",
        "bad-date.md:3": "not a date", "bad-slug.md:3": "slug",
    }
    for where, message in expected.items():
        assert re.search(rf"{re.escape(where)}\b.*{re.escape(message)}", err), (where, err)
    assert "8 problem(s)" in err
    html = "".join(p.read_text("utf-8") for p in out.rglob("*.html"))
    assert "勇往直前 向“疫”而行" in html and "日期错误的文章" in html and "路径穿越" in html
    assert not (out.parent / "etc").exists() and all(".." not in p.name for p in out.rglob("*"))
    assert tree_digest(bad_archive) == before, "sources must never be modified"


def test_strict_turns_problems_into_failure(bad_archive, tmp_path):
    assert build.main(["--source", str(bad_archive), "--output", str(tmp_path / "s"), "--strict", "--quiet"]) == 1
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(tmp_path / "t"), "--strict", "--quiet"]) == 0


def test_failed_build_leaves_the_previous_site(tmp_path, monkeypatch):
    out = tmp_path / "site"
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet"]) == 0
    before = tree_digest(out)

    def broken_publish(renderer, outputs, jobs, keyed):
        for k in range(5):
            outputs.write(f"articles/{k}.html", "key", "x")
        raise OSError("the disk filled up")  # writing fails midway

    monkeypatch.setattr(pipeline, "publish_pages", broken_publish)
    with pytest.raises(OSError):  # a new title: a real build, not "nothing changed"
        build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet", "--title", "新"])
    assert tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-cache", "site"], \
        "no half-written folder left"


def test_drafts_only_with_the_flag(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "draft.md").write_text("---\ntitle: 草稿文章\ndraft: true\n---\n尚未发表。\n", "utf-8")
    (src / "final.md").write_text("---\ntitle: 定稿文章\ndate: 2021-05-04\n---\n已经发表。\n", "utf-8")
    build.main(["--source", str(src), "--output", str(tmp_path / "a"), "--quiet"])
    assert "草稿文章" not in (tmp_path / "a" / "index.html").read_text("utf-8")
    assert "定稿文章" in (tmp_path / "a" / "index.html").read_text("utf-8")
    build.main(["--source", str(src), "--output", str(tmp_path / "b"), "--quiet", "--drafts"])
    assert "草稿文章" in (tmp_path / "b" / "index.html").read_text("utf-8")


def test_inspect_prints_every_article_as_json(capsys):
    assert build.main(["inspect", "--source", str(ROOT / "seeds"),
                       str(ROOT / "seeds" / "002_c71dce638371acdc.txt")]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 8
    first = records[0]
    for key in ("file", "title", "kicker", "subtitle", "authors", "correspondents", "paper", "date",
                "section_heads", "captions", "paragraphs", "tags", "id", "url"):
        assert key in first, key
    assert first["kicker"] == "新春走基层" and first["paper"] == "株洲日报"
    assert first["date"]["precision"] == "month" and first["date"]["source"] == "inferred"
    assert any("2月" in e for e in first["date"]["evidence"])
    assert records[-1]["furniture"] == ["就业·创业", "责任编辑：王建设 美术编辑：左骏"]


def test_help_documents_every_option(capsys):
    with pytest.raises(SystemExit):
        build.main(["--help"])
    out = capsys.readouterr().out
    for option in ("--source", "--output", "--strict", "--drafts", "--theme", "--quiet", "inspect"):
        assert option in out


def test_missing_source_folder_leaves_the_site_alone(tmp_path, capsys):
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old site", "utf-8")
    assert build.main(["--source", str(tmp_path / "nowhere"), "--output", str(out)]) == 2
    assert "source folder does not exist" in capsys.readouterr().err
    assert (out / "index.html").read_text("utf-8") == "old site"


def test_a_folder_with_no_article_says_so_and_leaves_the_site(tmp_path, capsys):
    src, out = tmp_path / "src", tmp_path / "site"
    (src / "notes").mkdir(parents=True)
    (src / "notes" / "readme.rst").write_text("not a source", "utf-8")
    out.mkdir()
    (out / "index.html").write_text("old site", "utf-8")
    assert build.main(["--source", str(src), "--output", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"no article found in {src}" in err and ".jsonl" in err and "Traceback" not in err
    assert (out / "index.html").read_text("utf-8") == "old site"
    (src / "junk.txt").write_bytes(codecs.BOM_UTF16_LE + b"\x00\x00\x01\x00")
    assert build.main(["inspect", "--source", str(src)]) == 2
    assert "junk.txt: cannot read as text: binary data" in capsys.readouterr().err


def test_a_subtitle_shows_its_dash_once_whatever_the_source(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text("---\ntitle: 冰城的春天\ndate: 2020-03-01\nsubtitle: ——回访黑龙江\n---\n正文一段。\n", "utf-8")
    (src / "b.txt").write_text("# 雪乡的冬天\n\n——回访吉林\n\n本报讯（记者 张三）正文一段。\n", "utf-8")
    assert build.main(["--source", str(src), "--output", str(tmp_path / "site"), "--quiet"]) == 0
    pages = {p.name: p.read_text("utf-8") for p in (tmp_path / "site" / "articles").glob("*.html")}
    shown = "".join(pages.values())
    assert "<p class=\"subtitle\">——回访黑龙江</p>" in shown and "<p class=\"subtitle\">——回访吉林</p>" in shown
    assert "———" not in shown


def test_inspect_gives_an_article_the_id_the_build_gives_it(tmp_path, capsys, monkeypatch):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a.md", "b.md"):  # the same title and date (not a copy: the text differs): the second gets a hash
        (src / name).write_text(f"---\ntitle: 同一个标题\ndate: 2020-03-01\n---\n正文{name}。\n", "utf-8")
    records, _ = pipeline.inspect(pipeline.Config(source=src))
    built = {r["file"]: r["id"] for r in records}
    assert len(set(built.values())) == 2
    monkeypatch.chdir(tmp_path)
    for given in (src / "b.md", Path("src/b.md"), Path("./src/../src/b.md")):
        assert build.main(["inspect", "--source", "src", str(given)]) == 0
        (record,) = json.loads(capsys.readouterr().out)
        assert (record["file"], record["id"]) == ("b.md", built["b.md"]), given


def test_inspect_after_a_build_reads_its_cache_and_says_the_same(tmp_path, capsys):
    out = tmp_path / "site"
    page = str(ROOT / "seeds" / "002_c71dce638371acdc.txt")
    assert build.main(["--source", str(ROOT / "seeds"), "inspect", page]) == 0
    fresh = capsys.readouterr().out
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet"]) == 0
    cache = sorted((p.relative_to(tmp_path), p.stat().st_mtime_ns) for p in (tmp_path / ".site-cache").rglob("*"))
    capsys.readouterr()
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "inspect", page]) == 0
    assert capsys.readouterr().out == fresh
    assert sorted((p.relative_to(tmp_path), p.stat().st_mtime_ns)
                  for p in (tmp_path / ".site-cache").rglob("*")) == cache, "inspect writes nothing"


def test_inspect_quiet_prints_only_the_problems(capsys, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "export.jsonl").write_text('{"title": "一篇", "body": "正文。"}\n{"title": \n', "utf-8")
    assert build.main(["inspect", "--source", str(src), "--quiet", "--strict"]) == 1
    out = capsys.readouterr()
    assert out.out == "" and "export.jsonl:2: not a JSON record" in out.err
