"""The benchmark's archive and its peer: the same articles for both, and a peer site that works."""
from collections import Counter

import pytest

from bench import peer
from browser import serve
from bench.run import pagefind_figures, timed
from bench.synthetic import write_archive
from generator.config import Config
from generator.pipeline import load


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    root = tmp_path_factory.mktemp("bench")
    write_archive(root / "source", 120, seed=5, twins_folder=root / "peer")
    peer.write_site(root / "peer")
    return root


def test_the_peer_is_given_the_articles_this_project_reads(archive):
    ours = Counter(a.title for a in load(Config(source=archive / "source")).articles)
    twins = [path.read_text(encoding="utf-8") for path in sorted((archive / "peer" / "content" / "posts").glob("*.md"))]
    theirs = Counter(text.split('title: "', 1)[1].split('"', 1)[0] for text in twins)
    assert len(twins) == sum(ours.values()) == 120
    # A crawled file whose title line is empty is untitled here: the twin keeps what was drawn.
    assert sum((ours & theirs).values()) >= 115


def test_hugo_and_pagefind_build_the_peer_and_its_search_finds_an_article(archive, browser):
    folder = archive / "peer"
    peer.clean(folder)
    seconds, memory = timed(peer.commands(folder))
    site = folder / "public"
    assert seconds > 0 and memory > 10_000_000
    assert len(list((site / "posts").glob("*/index.html"))) == 120
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "tags").is_dir()
    with serve(site) as base:
        page = browser.new_page()
        page.goto(base + "search.html")
        page.wait_for_function("window.pagefind !== undefined")
        found = page.evaluate("async q => (await window.pagefind.search(q)).results.length", "招聘会")
    assert found >= 1, "Pagefind indexed the articles' Chinese text"
    # The search page loaded Pagefind, its index and the first results' fragments.
    assert pagefind_figures(site, ["疫情 防控", "招聘会"], browser)["bytes"] > 20_000
