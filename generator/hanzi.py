"""Traditional characters to simplified, one character for one (OpenCC's character table), so
that a text keeps its length and positions when it is read in either script."""
from __future__ import annotations

import functools
import importlib.resources


@functools.cache
def traditional_to_simplified() -> dict[str, str]:
    """OpenCC's character table, first choice, resolved to a fixed point (so normalizing twice is
    normalizing once)."""
    table = {}
    text = importlib.resources.files("opencc").joinpath("dictionary/TSCharacters.txt")
    for line in text.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0]
        if len(source) == 1 and len(target) == 1 and source != target:
            table[source] = target
    for source in table:
        seen = {source}
        while table[source] in table and table[source] not in seen:
            seen.add(table[source])
            table[source] = table[table[source]]
    return table


@functools.cache
def simplified_table() -> dict[int, str]:
    return {ord(k): v for k, v in traditional_to_simplified().items()}


@functools.cache
def _traditional() -> frozenset[str]:
    return frozenset(traditional_to_simplified())


# The rules ask for the same line in simplified characters many times over.
@functools.lru_cache(maxsize=1 << 14)
def simplified(text: str) -> str:
    """The text in simplified characters, of the same length (記者 → 记者)."""
    # Most text has no traditional character: finding none costs half of translating.
    return text if _traditional().isdisjoint(text) else text.translate(simplified_table())
