"""Real-browser harness: Debian's Chromium driven by Playwright, the site over file:// or
http://127.0.0.1, with every request outside the site caught and blocked."""
from __future__ import annotations

import contextlib
import re
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@contextlib.contextmanager
def launch():
    """Headless Debian Chromium; never a browser downloaded by Playwright."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS,
                                    headless=True)
        try:
            yield browser
        finally:
            browser.close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve(folder: Path):
    """The folder on http://127.0.0.1:<free port>/, as a plain static host serves it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 functools.partial(QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def site_base(mode: str, folder: Path):
    """The base URL of a built site, opened as a file ("file") or served ("http")."""
    if mode == "file":
        yield folder.resolve().as_uri() + "/"
    else:
        with serve(folder) as base:
            yield base


class Watch:
    """Console errors, page errors, requests the site cannot answer (a missing file: a
    favicon, say) and requests leaving the site, seen on one page."""

    def __init__(self, page: Page, base: str):
        self.base, self.errors, self.outside = base, [], []
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        page.on("dialog", lambda d: (self.errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("response", lambda r: r.status >= 400 and self.errors.append(f"HTTP {r.status}: {r.url}"))
        page.on("requestfailed", lambda r: r.url.startswith(base) and self.errors.append(f"failed: {r.url}"))
        page.route("**/*", self._route)

    def _route(self, route, request):
        if request.url.startswith(self.base) or request.url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(request.url)
            route.abort()

    def problems(self) -> list[str]:
        return self.errors + [f"outside request: {u}" for u in self.outside]


def open_page(browser: Browser, base: str, width: int = 1280, height: int = 900):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
    page = context.new_page()
    return page, Watch(page, base)


def axe_violations(page: Page, impacts=("serious", "critical")) -> list[dict]:
    """axe-core's violations of the given impacts on the page as it is now."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document)")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"] if v["impact"] in impacts]


def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def shows_heading(page: Page, text: str | re.Pattern) -> None:
    """Wait until the page's first h1 reads `text`: a click's navigation may still be on its way."""
    expect(page.locator("h1").first).to_have_text(text)


def reaches(page: Page, ending: str) -> None:
    """Wait until the page's address ends with `ending` (a followed link or fragment)."""
    expect(page).to_have_url(re.compile(re.escape(ending) + "$"))
