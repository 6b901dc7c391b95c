"""How far a build is: a bar on a terminal (tqdm), a plain line per stage otherwise (logs,
CI), nothing with --quiet."""
from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

STAGES = ("ingest", "enrich", "render", "index", "search", "write")


class Progress:
    def __init__(self, quiet: bool, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        terminal = self.stream.isatty()
        self.plain = not quiet and not terminal
        self.bar = tqdm(total=len(STAGES), file=self.stream, disable=quiet or not terminal,
                        unit="stage", leave=False, bar_format="{desc:<28} {bar} {n_fmt}/{total_fmt} stages")
        self.started = time.perf_counter()

    def start(self, stage: str) -> None:
        self.stage_started = time.perf_counter()
        self.bar.set_description_str(f"{stage}…")

    def done(self, stage: str, what: str) -> None:
        if self.plain:
            print(f"{stage:<7} {what} ({time.perf_counter() - self.stage_started:.1f} s)",
                  file=self.stream, flush=True)
        self.bar.update(1)

    def close(self) -> None:
        self.bar.close()
