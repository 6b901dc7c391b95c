"""The peer a user would pick instead: Hugo (Debian's `hugo`) and Pagefind (`pagefind[extended]`
from PyPI), given the benchmark's archive as a Hugo user's Markdown (synthetic.Twin), built in the
same run as this project so that each figure is a ratio of the two.

The site is what a Hugo user sets up for such an archive: a minimal layout in Chinese, a page per
article (its body marked for Pagefind), paginated lists of 20, the tags its sources state, Hugo's
own feeds and sitemap; Pagefind indexes the articles with its CJK segmentation (the extended
build). Installed by scripts/install-peer.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

CONFIG = """\
baseURL = "/"
title = "报纸文章档案"
languageCode = "zh-cn"
defaultContentLanguage = "zh"
hasCJKLanguage = true
paginate = 20
relativeURLs = true

[taxonomies]
tag = "tags"
"""

LAYOUTS = {
    "_default/baseof.html": """\
<!doctype html>
<html lang="zh-cn">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> <a href="{{ "/search.html" | relURL }}">搜索</a></header>
<main>{{ block "main" . }}{{ end }}</main></body>
</html>
""",
    "_default/single.html": """\
{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>{{ with .Params.subtitle }}<p>——{{ . }}</p>{{ end }}
<p>{{ .Date.Format "2006-01-02" }} {{ .Params.paper }} {{ delimit .Params.authors "、" }}</p>
{{ .Content }}
{{ with .Params.tags }}<ul>{{ range . }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}
</article>{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>
{{ template "_internal/pagination.html" . }}{{ end }}
""",
}

# Pagefind's own UI-less API, as a search page of such a site loads it.
SEARCH_PAGE = """\
<!doctype html>
<html lang="zh-cn"><head><meta charset="utf-8"><title>搜索</title></head>
<body><script type="module">window.pagefind = await import("./pagefind/pagefind.js");</script></body></html>
"""


def write_site(folder: Path) -> None:
    """The Hugo site around the twins' content/ (written by synthetic.write_twins)."""
    (folder / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (folder / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "layouts" / name).write_text(text, encoding="utf-8")
    (folder / "static").mkdir(exist_ok=True)
    (folder / "static" / "search.html").write_text(SEARCH_PAGE, encoding="utf-8")


def commands(folder: Path) -> list[list[str]]:
    """What builds the peer's site into folder/public: Hugo, then Pagefind over its pages."""
    return [["hugo", "--quiet", "--source", str(folder), "--destination", str(folder / "public")],
            [sys.executable, "-m", "pagefind", "--site", str(folder / "public"), "--silent"]]


def clean(folder: Path) -> None:
    """A first build: no site and no cache of Hugo's from a build before."""
    for made in ("public", "resources"):
        shutil.rmtree(folder / made, ignore_errors=True)

