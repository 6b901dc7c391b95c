"""Preview: build, serve the site on 127.0.0.1, rebuild when sources or theme change,
and reload the open page."""
from __future__ import annotations

import functools
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

RELOAD_PATH = "/__reload"
# Injected into pages as they are served, never written into site/: the built site stays clean.
RELOAD_SCRIPT = b"""<script>(function () {
  var seen = null;
  setInterval(function () {
    fetch("%s", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (g) {
      if (seen !== null && g !== seen) location.reload();
      seen = g;
    }).catch(function () {});
  }, 700);
})();</script>""" % RELOAD_PATH.encode()


class Generation:
    """A counter of finished builds, shared by the watcher and the request handlers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def bump(self) -> None:
        with self._lock:
            self._value += 1

    @property
    def value(self) -> int:
        with self._lock:
            return self._value


class PreviewHandler(SimpleHTTPRequestHandler):
    def __init__(self, *args, generation: Generation, **kwargs):
        self.generation = generation
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.path == RELOAD_PATH:
            return self.send_bytes(str(self.generation.value).encode(), "text/plain")
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            html = path.read_bytes().replace(b"</body>", RELOAD_SCRIPT + b"\n</body>", 1)
            return self.send_bytes(html, "text/html; charset=utf-8")
        return super().do_GET()

    def send_bytes(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        pass  # one line per request would bury the rebuild messages


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """Every file under the folders with its modification time and size."""
    return {str(p): (p.stat().st_mtime_ns, p.stat().st_size)
            for folder in folders if folder.is_dir()
            for p in folder.rglob("*") if p.is_file()}


def serve(site: Path, watched: list[Path], rebuild: Callable[[], None], port: int,
          poll_seconds: float = 0.4) -> int:
    """Serve `site` until Ctrl-C; call `rebuild` whenever a file under `watched` changes."""
    generation = Generation()
    handler = functools.partial(PreviewHandler, directory=str(site), generation=generation)
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"serving {site} at http://127.0.0.1:{server.server_address[1]}/ — Ctrl-C stops",
          flush=True)
    seen = snapshot(watched)
    try:
        while True:
            time.sleep(poll_seconds)
            now = snapshot(watched)
            if now != seen:
                seen = now
                try:
                    rebuild()
                except Exception as error:  # keep serving the last good site
                    print(f"rebuild failed: {error}", file=sys.stderr, flush=True)
                    continue
                generation.bump()
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        server.shutdown()
        server.server_close()
    return 0
