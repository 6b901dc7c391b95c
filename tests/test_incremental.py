"""Rebuilding: the same inputs do nothing; any changed input (source, theme, settings,
generator) rebuilds; a deleted source's pages go; a killed build leaves the last site."""
import shutil
import signal
import subprocess
import sys
import time

import pytest

import build
from bench.synthetic import write_archive
from generator.config import Config
from generator.pipeline import build as run_build


def snapshot(site):
    return {p.relative_to(site).as_posix(): (p.stat().st_mtime_ns, p.read_bytes())
            for p in site.rglob("*") if p.is_file()}


@pytest.fixture
def source(tmp_path, root):
    folder = tmp_path / "src"
    shutil.copytree(root / "seeds", folder)
    return folder


def config(source, tmp_path, **changes):
    return Config(source=source, output=tmp_path / "site", quiet=True, **changes)


def test_a_rebuild_with_nothing_changed_renders_nothing(source, tmp_path, capsys):
    first = run_build(config(source, tmp_path))
    assert first.rendered == first.pages > 200
    before, inode = snapshot(tmp_path / "site"), (tmp_path / "site").stat().st_ino
    again = run_build(config(source, tmp_path))
    assert again.rendered == 0 and (again.articles, again.pages) == (first.articles, first.pages)
    assert snapshot(tmp_path / "site") == before and (tmp_path / "site").stat().st_ino == inode
    assert build.main(["--source", str(source), "--output", str(tmp_path / "site")]) == 0
    assert "nothing changed since the last build" in capsys.readouterr().out


@pytest.mark.parametrize("change", ["source", "sidecar", "theme", "title", "site deleted"])
def test_any_changed_input_rebuilds(source, tmp_path, root, change):
    theme = tmp_path / "theme"
    shutil.copytree(root / "themes" / "default", theme)
    assert run_build(config(source, tmp_path, theme=theme)).rendered
    settings = {"theme": theme}
    page = sorted(source.glob("*.txt"))[0]
    if change == "source":
        page.write_text(page.read_text(encoding="utf-8").replace("株洲", "湘潭", 1), encoding="utf-8")
    elif change == "sidecar":
        page.with_suffix(".yml").write_text("paper: 测试日报\n", encoding="utf-8")
    elif change == "theme":
        (theme / "static" / "style.css").write_text("body { color: red }\n", encoding="utf-8")
    elif change == "title":
        settings["site_title"] = "另一个档案"
    else:
        shutil.rmtree(tmp_path / "site")
    assert run_build(config(source, tmp_path, **settings)).rendered


def test_a_deleted_source_takes_its_pages_with_it(source, tmp_path):
    run_build(config(source, tmp_path))
    site = tmp_path / "site"
    page = next(p for p in source.glob("*.txt") if "多举措帮农民工兄弟就业创业" in p.read_text("utf-8"))
    article = next(site.glob("articles/*nong-min-gong-xiong-di*.html"))
    page.unlink()
    assert run_build(config(source, tmp_path)).rendered
    assert not article.exists()
    assert all("多举措帮农民工兄弟就业创业" not in p.read_text("utf-8") for p in site.rglob("*.html"))
    assert not any("多举措帮农民工兄弟" in p.read_text("utf-8") for p in (site / "search" / "docs").glob("*.js"))


def test_a_killed_build_leaves_the_last_site(tmp_path, root):
    source, site = tmp_path / "src", tmp_path / "site"
    shutil.copytree(root / "seeds", source)
    run_build(config(source, tmp_path))
    before = snapshot(site)
    write_archive(source, 400, seed=9)  # a build long enough to be killed midway
    child = subprocess.Popen([sys.executable, "build.py", "--source", str(source), "--output", str(site),
                              "--quiet"], cwd=root)
    time.sleep(4)
    assert child.poll() is None, "the build ended before it could be killed"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert snapshot(site) == before
    after = run_build(config(source, tmp_path))
    assert after.rendered and after.articles > 400
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-cache", "site", "src"]


def test_a_site_retired_by_a_build_killed_between_renames_comes_back(source, tmp_path):
    run_build(config(source, tmp_path))
    site = tmp_path / "site"
    before = snapshot(site)
    site.rename(tmp_path / ".site.old-killed")  # as _swap leaves it when killed mid-swap
    (tmp_path / ".site.new-killed").mkdir()  # and the new site it had not put in place
    again = run_build(config(source, tmp_path))
    assert again.rendered == 0, "the site that came back is the one the inputs made"
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site-cache", "site", "src"]
