"""The link checker and HTML checks, on tiny sites and on the built sample site."""
from pathlib import Path

import pytest

import build
from sitecheck import broken_links, html_errors

ROOT = Path(__file__).resolve().parent.parent
GOOD = '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body>{}</body></html>'


def make(tmp_path: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(GOOD.format(body), encoding="utf-8")
    return tmp_path


def test_a_sound_site_has_no_broken_links(tmp_path):
    site = make(tmp_path, {"index.html": '<a href="a/b.html#x">b</a><a href="#top" id="top">t</a>',
                           "a/b.html": '<p id="x"><a href="../index.html">home</a></p>'})
    assert broken_links(site) == [] and html_errors(site) == []


@pytest.mark.parametrize("body, says", [
    ('<a href="nope.html">x</a>', "missing"),
    ('<a href="index.html#nowhere">x</a>', "no id"),
    ('<a href="/index.html">x</a>', "root-absolute"),
    ('<script src="https://cdn.example.com/x.js"></script>', "outside the site"),
    ('<img src="//example.com/x.png" alt="">', "outside the site"),
    ('<a href="../../etc/passwd">x</a>', "outside the site folder"),
])
def test_each_kind_of_broken_link_is_reported(tmp_path, body, says):
    site = make(tmp_path / "site", {"index.html": body})
    problems = broken_links(site)
    assert len(problems) == 1 and says in problems[0], problems


def test_parse_errors_and_missing_lang_are_reported(tmp_path):
    (tmp_path / "bad.html").write_text("<html><body><p>未闭合<div></span></body></html>", "utf-8")
    problems = html_errors(tmp_path)
    assert any("doctype" in p for p in problems) and any("lang" in p for p in problems)
    assert any(p.startswith("bad.html:1:") for p in problems)


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("sitecheck") / "site"
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet"]) == 0
    return out


def test_every_internal_link_and_asset_of_the_sample_site_resolves(sample_site):
    assert broken_links(sample_site) == []


def test_every_page_of_the_sample_site_parses_without_errors(sample_site):
    assert html_errors(sample_site) == []


def test_a_site_with_a_base_url_requests_nothing_outside(tmp_path):
    out = tmp_path / "site"
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet",
                       "--base-url", "https://example.org/archive/"]) == 0
    assert broken_links(out, "https://example.org/archive/") == []
    assert any("404.html" in p for p in broken_links(out)), "the 404 page links to the public address"
