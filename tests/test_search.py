"""The search stage: the scripts of search/ a build writes, their version, and a build without
lunr.js."""
import shutil

import pytest

from generator.query import Searcher
from generator.search import front_coded, front_decoded, opened, script, shard_of_script, shard_script, unscript


def test_a_build_without_lunr_js_says_so_and_keeps_the_old_site(tmp_path, monkeypatch, capsys, root):
    import build
    from generator import search
    monkeypatch.setattr(search, "LUNR_JS", tmp_path / "node_modules" / "lunr" / "lunr.min.js")
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("the good old site", encoding="utf-8")
    assert build.main(["--source", str(root / "seeds"), "--output", str(out), "--quiet"]) == 2
    assert "npm ci" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["index.html"]
    assert (out / "index.html").read_text(encoding="utf-8") == "the good old site"
    assert not list(tmp_path.glob(".site.new-*"))


def test_simplified_query_finds_traditional_text(tmp_path):
    import build
    source = tmp_path / "src"
    source.mkdir()
    (source / "hk.md").write_text("---\ntitle: 歷史建築活化計劃\ndate: 2023-05-01\n---\n\n"
                                  "香港的舊建築經過修復，重新對市民開放。\n", encoding="utf-8")
    site = tmp_path / "site"
    assert build.main(["--source", str(source), "--output", str(site), "--quiet"]) == 0
    searcher = Searcher(site)
    for query in ("历史建筑", "歷史建築", "旧建筑", "对市民开放"):
        assert [ref for ref, _ in searcher.search(query)] == [0], query


def test_the_manifest_version_changes_with_the_shards_and_texts(tmp_path, root):
    """A browser never mixes a cached shard with a new manifest: a change to the files changes
    the version in every script URL, and the same inputs give the same version."""
    import build
    source = tmp_path / "src"
    shutil.copytree(root / "seeds", source)
    site = tmp_path / "site"
    versions, scripts = [], []
    for edit in (False, False, True):
        if edit:
            page = source / "002_c71dce638371acdc.txt"
            page.write_text(page.read_text(encoding="utf-8").replace("就近就近就业", "就近就业"), encoding="utf-8")
        shutil.rmtree(site, ignore_errors=True)
        assert build.main(["--source", str(source), "--output", str(site), "--quiet"]) == 0
        versions.append(Searcher(site).manifest["version"])
        scripts.append({p.relative_to(site): p.read_bytes() for p in (site / "search").rglob("*.js")
                        if p.name != "manifest.js"})
    assert scripts[0] == scripts[1] != scripts[2]
    assert versions[0] == versions[1] != versions[2]


@pytest.mark.parametrize("shard", [
    {"terms": [], "postings": []},
    {"terms": ["复工", "复工复", "h5", "𠀀"], "postings": ["0a", "1-_", "z", "9"]},
    {"terms": ['a"b', "c\\d", "e\nf", "\u2028"], "postings": ["1", "2", "3", "4"]},
])
def test_a_shard_script_carries_the_shard(shard):
    coded = {**shard, "terms": front_coded(shard["terms"])}
    number, value = unscript(shard_script(7, shard))
    assert number == 7 and opened(value) == coded
    assert shard_of_script(shard_script(7, shard)) == (7, shard)


def test_search_files_travel_deflated_where_that_is_smaller(tmp_path, root):
    """Shards and article records travel deflated in base 64 unless they are shorter as JSON,
    and hold what they were given."""
    import build
    site = tmp_path / "site"
    assert build.main(["--source", str(root / "seeds"), "--output", str(site), "--quiet"]) == 0
    searcher, deflated = Searcher(site), 0
    for path in [*(site / "search" / "index").glob("*.js"), *(site / "search" / "docs").glob("*.js")]:
        number, value = unscript(path.read_text(encoding="utf-8"))
        kind = "shard" if path.parent.name == "index" else "doc"
        as_json = len(script(kind, number, opened(value)).encode())
        assert path.stat().st_size < as_json or not isinstance(value, str), path
        deflated += isinstance(value, str)
    assert deflated > len(list((site / "search" / "index").glob("*.js")))
    titles = {searcher.doc(ref)["t"] for ref in range(searcher.manifest["count"])}
    assert "多举措帮农民工兄弟就业创业" in titles and len(titles) == searcher.manifest["count"]


def test_a_shard_s_terms_are_written_by_what_they_share_with_the_one_before():
    terms = ["一期", "一期不", "一期东", "一伟", "𠀀𠀁", "𠀀𠀂", "h5", "h5n1"]
    assert front_coded(terms) == ["A一期", "C不", "C东", "B伟", "A𠀀𠀁", "A𠀀𠀂", "Ah5", "Cn1"]
    assert front_decoded(front_coded(terms)) == terms
    long = ["a" * 40, "a" * 41]  # at most 25 shared (Z)
    assert front_coded(long)[1] == "Z" + "a" * 16 and front_decoded(front_coded(long)) == long
