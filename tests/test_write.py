"""Staging: the next site beside the current one, files kept from it by hard links."""
from generator.write import Staging


def current_site(tmp_path):
    site = tmp_path / "site"
    (site / "tags").mkdir(parents=True)
    (site / "index.html").write_text("首页", encoding="utf-8")
    (site / "tags" / "a.html").write_text("标签", encoding="utf-8")
    return site


def test_kept_files_are_linked_and_a_file_the_site_lost_is_left_out(tmp_path):
    site = current_site(tmp_path)
    with Staging(site) as staging:
        kept = staging.keep(site, ["index.html", "tags/a.html", "tags/gone.html"])
        assert kept == ["index.html", "tags/a.html"]
        assert (staging.folder / "tags" / "a.html").stat().st_ino == (site / "tags" / "a.html").stat().st_ino
        assert not (staging.folder / "tags" / "gone.html").exists()


def test_writing_over_a_kept_file_never_changes_the_current_site(tmp_path):
    site = current_site(tmp_path)
    with Staging(site) as staging:
        staging.keep(site, ["index.html"])
        staging.write("index.html", "新首页")
        assert (staging.folder / "index.html").read_text(encoding="utf-8") == "新首页"
    assert (site / "index.html").read_text(encoding="utf-8") == "首页"


def test_a_commit_swaps_the_new_site_in_and_an_abandoned_one_leaves_nothing(tmp_path):
    site = current_site(tmp_path)
    with Staging(site) as staging:
        staging.write("about/index.html", b"<p>about</p>")
        staging.commit()
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == ["about", "about/index.html"]
    with Staging(site) as staging:
        staging.write("index.html", "半截")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_an_old_site_left_beside_the_output_goes_without_the_build_waiting(tmp_path):
    import time
    from generator.write import recover
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "index.html").write_text("now")
    retired = tmp_path / ".site.old-abc"  # the last build's, its removal unfinished
    (retired / "articles").mkdir(parents=True)
    for k in range(200):
        (retired / "articles" / f"{k}.html").write_text("old")
    killed = tmp_path / ".site.new-def"  # a killed build's half-written site
    killed.mkdir()
    recover(tmp_path / "site")
    assert not killed.exists() and (tmp_path / "site" / "index.html").read_text() == "now"
    for _ in range(100):
        if not retired.exists():
            break
        time.sleep(0.05)
    assert not retired.exists()


def test_a_site_retired_by_a_build_killed_between_its_renames_comes_back(tmp_path):
    from generator.write import recover
    retired = tmp_path / ".site.old-abc"
    retired.mkdir()
    (retired / "index.html").write_text("kept")
    recover(tmp_path / "site")
    assert (tmp_path / "site" / "index.html").read_text() == "kept" and not retired.exists()
