"""Rebuilding: the same inputs do nothing; any changed input (source, theme, settings,
generator) rebuilds, and a changed article re-renders only the pages that show it; a deleted
source's pages go; a killed build leaves the last site."""
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

import build
from bench.synthetic import write_archive
from generator.cache import environment as cache_environment, open_store
from generator.config import Config
from generator.keywords import all_candidate_counts, tag_and_relate
from generator.listings import by_initial, newest_first, site_structure
from generator.model import Paragraph
from generator.pipeline import build as run_build, load
from generator.query import Searcher
from generator.render import environment, listings_shown_by_count, parsed_templates, render, theme_dirs
from generator.publish import publish_pages
from generator.recall import Memo, Recall
from generator.store import Store
from generator.write import Outputs, Staging


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
    assert first.rendered == first.pages > 80
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
    site = tmp_path / "site"
    shown = {"source": ("articles", "湘潭"), "sidecar": ("papers", "测试日报"), "theme": ("static", "color: red"),
             "title": ("index.html", "另一个档案"), "site deleted": ("index.html", "")}[change]
    assert any(shown[1] in p.read_text("utf-8") for p in [site / shown[0]] + list((site / shown[0]).rglob("*"))
               if p.is_file()), change
    fresh = tmp_path / "fresh"
    run_build(Config(source=source, output=fresh, quiet=True, **settings))
    assert snapshot_bytes(site) == snapshot_bytes(fresh), "the rebuild is what a first build makes"


def inodes(site):
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def changed_articles(before, after) -> set[str]:
    """Slugs of the articles that differ between two loads (added, removed or edited)."""
    old, new = ({a.slug: a for a in archive.articles} for archive in (before, after))
    return {slug for slug in old.keys() | new.keys() if old.get(slug) != new.get(slug)}


# Pages that show the whole archive (counts, newest articles, every tag or paper).
ARCHIVE_WIDE = {"index.html", "tags/index.html", "archive/index.html", "papers/index.html",
                "reporters/index.html", "search.html", "feed.xml", "sitemap.xml"}


def dependants(site, changed: set[str], per_page: int) -> set[str]:
    """The pages that show, link to or count any of the changed articles."""
    paths = set(ARCHIVE_WIDE)
    articles = site.articles
    for k, article in enumerate(articles):
        shown = {article.slug, *article.related, *(a.slug for a in articles[max(k - 1, 0):k + 2])}
        if shown & changed:
            paths.add(article.url)
    # A month's pages name their year: they follow the year's listing.
    years = [(y.listing, [y.listing, *(m.listing for m in y.months)]) for y in site.years]
    listings = [(l, [l]) for l in (site.home, *site.tags, *site.papers, *site.reporters,
                                   *([site.undated] if site.undated else []))] + years
    for listing, shown_with in listings:
        if any(a.slug in changed for a in listing.articles):
            paths.update(path for l in shown_with for path, _ in l.pages(per_page))
    return paths


def test_changing_one_article_re_renders_it_and_its_dependants_only(source, tmp_path):
    settings = config(source, tmp_path)
    site = tmp_path / "site"
    run_build(settings)
    before, archive_before = inodes(site), load(settings)
    page = source / "002_c71dce638371acdc.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("就近就近就业", "就近就业"), encoding="utf-8")

    result = run_build(settings)
    after, archive_after = inodes(site), load(settings)
    # The search index and the theme's assets are written afresh by every build; pages are not.
    pages = {p for p in after if not p.startswith(("search/", "static/"))}
    rendered = {p for p in pages if before.get(p) != after[p]}
    changed = changed_articles(archive_before, archive_after)
    edited = next(a for a in archive_after.articles if a.title == "多举措帮农民工兄弟就业创业")
    assert edited.slug in changed
    assert edited.url in rendered
    allowed = (dependants(site_structure(archive_before), changed, settings.per_page)
               | dependants(site_structure(archive_after), changed, settings.per_page))
    assert rendered <= allowed, sorted(rendered - allowed)
    assert len(rendered) < len(pages) / 2
    # Of search/, the edited article's script, the shards of its words and the manifest.
    searched = {p for p in after if p.startswith("search/") and before.get(p) != after[p]}
    assert f"search/docs/{newest_first(archive_after.articles).index(edited)}.js" in searched
    assert "search/manifest.js" in searched and not searched & {f"search/docs/{k}.js" for k in range(3)}
    assert result.rendered == len(rendered) + len(searched)


@pytest.mark.parametrize("change", ["edit", "retitle", "redate", "add", "remove"])
def test_an_incremental_build_is_the_full_build(source, tmp_path, change):
    """Whatever changed, the pages kept from the last build are the pages a full build writes."""
    run_build(config(source, tmp_path))
    page = source / "002_c71dce638371acdc.txt"
    text = page.read_text(encoding="utf-8")
    if change == "edit":
        text = text.replace("就近就近就业", "就近就业")
    elif change == "retitle":
        text = text.replace("多举措帮农民工兄弟就业创业", "多举措帮农民工就业创业")
    elif change == "redate":
        page.with_suffix(".yml").write_text("issue_date: 2019-03-02\n", encoding="utf-8")
    elif change == "add":
        (source / "extra.md").write_text("---\ntitle: 农民工返乡创业园开园\ndate: 2024-03-02\n"
                                         "tags: [农民工]\n---\n\n返乡创业园今日开园，首批入驻企业12家。\n",
                                         encoding="utf-8")
    if change == "remove":
        page.unlink()
    else:
        page.write_text(text, encoding="utf-8")
    assert run_build(config(source, tmp_path)).rendered
    fresh = tmp_path / "fresh"
    run_build(Config(source=source, output=fresh, quiet=True))
    assert snapshot_bytes(tmp_path / "site") == snapshot_bytes(fresh)


def rewrite(source, old: str, new: str) -> None:
    page = next(p for p in sorted(source.glob("*.txt")) if old in p.read_text(encoding="utf-8"))
    page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def built(settings):
    """The articles as the last build made them (its tags among them), from its cache."""
    with open_store(settings) as store:
        return load(settings, memo=Memo(store, cache_environment(settings, theme_dirs(settings)))).articles


def test_a_few_changed_articles_keep_the_last_full_count(source, tmp_path):
    """Within the recount share, a rebuild counts the edited article against the statistics of
    the last full count: the others keep their tags, the index finds its new words and not its
    old ones; past the share, the site is a full build's again."""
    settings = config(source, tmp_path, recount_share=0.1)  # 2 of the sample's 26 articles
    run_build(settings)
    before = {a.slug: a.tags for a in built(settings)}
    # 关卡 was one other article's word alone: shared now, a full count would choose it there.
    rewrite(source, "建成就业帮扶车间197家", "新建缆车索道一条。关卡。关卡")
    counted = list(load(settings).articles)
    tally = tag_and_relate(counted, all_candidate_counts(counted))[1]
    assert "关卡" in next(t for a, t in zip(counted, tally.tags) if a.title == "勇往直前 向“疫”而行")
    result = run_build(settings)
    after = built(settings)
    edited = next(a for a in after if a.title == "多举措帮农民工兄弟就业创业")
    assert {a.slug: a.tags for a in after if a is not edited} == {s: t for s, t in before.items() if s != edited.slug}
    search = Searcher(tmp_path / "site")
    found = [search.doc(ref)["t"] for ref, _ in search.search("缆车索道")]
    assert found == ["多举措帮农民工兄弟就业创业"]
    assert "多举措帮农民工兄弟就业创业" not in [search.doc(ref)["t"] for ref, _ in search.search("帮扶车间197家")]
    assert result.rendered < 60

    rewrite(source, "安康水务集团齐心协力保供水", "安康水务集团保供水")  # 2 articles changed since
    rewrite(source, "镇坪举办宾馆和餐饮服务业专题培训", "镇坪举办餐饮服务业培训")  # the full count, then 3
    run_build(settings)
    fresh = tmp_path / "fresh"
    run_build(replace(settings, output=fresh))
    assert snapshot_bytes(tmp_path / "site") == snapshot_bytes(fresh)


def test_a_build_that_failed_leaves_the_next_to_patch_the_site_in_place(source, tmp_path, monkeypatch):
    """A build that fails once its index is made (its site never swapped in) leaves nothing the
    next build trusts: that one patches the shards of the site in place, with both edits."""
    settings = config(source, tmp_path, recount_share=0.1)
    run_build(settings)
    rewrite(source, "建成就业帮扶车间197家", "新建缆车索道一条")

    def fails(self, meanwhile=False):
        raise OSError("disk full")
    with monkeypatch.context() as patched:
        patched.setattr(Staging, "commit", fails)
        with pytest.raises(OSError):
            run_build(settings)
    rewrite(source, "安康水务集团齐心协力保供水", "安康水务集团保供水")
    run_build(settings)
    search = Searcher(tmp_path / "site")
    assert [search.doc(ref)["t"] for ref, _ in search.search("缆车索道")] == ["多举措帮农民工兄弟就业创业"]
    assert not search.search("帮扶车间197家")
    assert "安康水务集团保供水" in [search.doc(ref)["t"] for ref, _ in search.search("水务集团")]


def test_scripts_the_last_site_lost_are_written_again(source, tmp_path):
    """Carrying the last site's article scripts and index shards never carries a hole."""
    settings = config(source, tmp_path, recount_share=0.1)
    run_build(settings)
    site = tmp_path / "site"
    lost = [site / "search" / "docs" / "0.js", *sorted((site / "search" / "index").glob("*.js"))[:1]]
    for path in lost:
        path.unlink()
    rewrite(source, "建成就业帮扶车间197家", "新建缆车索道一条")
    run_build(settings)
    fresh = tmp_path / "fresh"
    run_build(replace(settings, output=fresh, recount_share=0.0))
    assert all(path.is_file() for path in lost)
    assert (site / "search" / "docs" / "0.js").read_bytes() == (fresh / "search" / "docs" / "0.js").read_bytes()


def snapshot_bytes(site):
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


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
    # Killed once it has begun writing the next site beside the last one.
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".site.new-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert child.poll() is None, "the build ended before it could be killed"
    assert list(tmp_path.glob(".site.new-*")), "the build never began writing"
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


def render_into(site_folder, archive, settings, previous=None):
    """Render the archive's pages into the site through the writer; what the next call needs
    (the manifest, the pages' keys) comes back to give it."""
    manifest, store = previous or ({}, Store())
    keyed = Recall(store, "page keys")
    with Staging(site_folder) as staging:
        outputs = Outputs(staging, site_folder if manifest else None, manifest)
        published = publish_pages(render(archive, settings), outputs, 1, keyed)
        staging.commit()
    keyed.save()
    return published, (outputs.manifest, store)


def test_a_changed_article_re_renders_the_one_listing_page_that_shows_it(root, tmp_path):
    """A listing's other pages show it only by name and count: they stay as they were."""
    settings = Config(source=root / "seeds", output=tmp_path / "site", quiet=True, per_page=5)
    archive = load(settings)
    _, first = render_into(settings.output, archive, settings)
    before = inodes(settings.output)
    edited = newest_first(archive.articles)[12]  # the home page's third page
    after = replace(archive, articles=tuple(
        a.with_(body=(*a.body, Paragraph("补记：本文有改动。", None))) if a is edited else a
        for a in archive.articles))
    again, _ = render_into(settings.output, after, settings, first)
    rendered = {p for p, inode in inodes(settings.output).items() if before.get(p) != inode}
    assert edited.url in rendered
    assert {p for p in rendered if p.startswith("index")} == {"index_3.html"}
    listings = site_structure(after)
    for listing in (*listings.tags, *listings.papers, *listings.reporters):
        shown_on = {path for path, articles in listing.pages(5) if edited.slug in {a.slug for a in articles}}
        assert {path for path, _ in listing.pages(5)} & rendered == shown_on
    assert "sitemap.xml" not in rendered  # the same pages as before
    assert again.made == len(rendered)


def test_a_tag_outside_the_most_used_leaves_the_home_pages_as_they_were(root, tmp_path):
    """The home pages show the 24 most used tags: a tag further down gaining an article (a new
    tag page, a different tag count) re-renders only the home page that lists the article."""
    settings = Config(source=root / "seeds", output=tmp_path / "site", quiet=True, per_page=5)
    loaded = load(settings)
    # 30 more tags, each of the ten newest articles: the 24 most used are the first and 23 of them.
    newest = newest_first(loaded.articles)[:10]
    archive = replace(loaded, articles=tuple(a.with_(tags=(*a.tags, *(f"甲{k}" for k in range(30))))
                                             if a in newest else a for a in loaded.articles))
    _, first = render_into(settings.output, archive, settings)
    before = inodes(settings.output)
    top = {t.name for t in site_structure(archive).top_tags}
    # On the home page's third page, in none of the most used tags' listings.
    edited = next(a for a in newest_first(archive.articles)[10:15] if not top & set(a.tags))
    further_down = next(t for t in reversed(site_structure(archive).tags) if t.name not in edited.tags)
    after = replace(archive, articles=tuple(a.with_(tags=(*a.tags, further_down.name)) if a is edited else a
                                            for a in archive.articles))
    assert site_structure(after).top_tags == site_structure(archive).top_tags
    assert site_structure(after).tags != site_structure(archive).tags
    render_into(settings.output, after, settings, first)
    rendered = {p for p, inode in inodes(settings.output).items() if before.get(p) != inode}
    assert {p for p in rendered if p.startswith("index")} == {"index_3.html"}
    assert "tags/index.html" in rendered  # it shows every tag


def test_a_new_tag_re_renders_the_first_page_of_the_tag_index_and_its_initials(root, tmp_path):
    """A tag index split by initial: a new tag changes the count on its first page and the
    page of its initial, not the pages of the other initials."""
    settings = Config(source=root / "seeds", output=tmp_path / "site", quiet=True, names_per_index=6)
    archive = load(settings)
    assert "z" in by_initial(site_structure(archive).tags)
    _, first = render_into(settings.output, archive, settings)
    before = inodes(settings.output)
    edited = newest_first(archive.articles)[12:15]
    after = replace(archive, articles=tuple(a.with_(tags=(*a.tags, "职业技能")) if a in edited else a
                                            for a in archive.articles))
    render_into(settings.output, after, settings, first)
    rendered = {p for p, inode in inodes(settings.output).items() if before.get(p) != inode}
    assert {p for p in rendered if p.startswith("tags/index")} == {"tags/index.html", "tags/index_z.html"}
    assert "tags/zhi-ye-ji-neng.html" in rendered


@pytest.mark.parametrize("reads", ["{% for a in listing.articles %}{{ a.title }}{% endfor %}",
                                   "{{ listing['articles'][0].title }}",
                                   "{{ (listing|attr('articles')|first).title }}"])
def test_a_theme_that_lists_a_listings_articles_keys_its_pages_by_them(tmp_path, reads):
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "templates" / "list.html").write_text(
        '{% extends "default/list.html" %}{% block description %}' + reads + '{% endblock %}', encoding="utf-8")
    assert listings_shown_by_count(parsed_templates(environment(Config(source=tmp_path, quiet=True))))
    assert not listings_shown_by_count(parsed_templates(environment(Config(source=tmp_path, theme=theme, quiet=True))))
