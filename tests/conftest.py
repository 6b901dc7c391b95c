import logging
from pathlib import Path

import jieba
import pytest

jieba.setLogLevel(logging.WARNING)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def sample_articles():
    """The sample archive's articles newest first: their positions are the search refs."""
    from generator.config import Config
    from generator.listings import newest_first
    from generator.pipeline import load
    return newest_first(load(Config(source=ROOT / "seeds")).articles)


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """The sample archive built once for the search tests (they only read it)."""
    import build
    out = tmp_path_factory.mktemp("search") / "site"
    assert build.main(["--source", str(ROOT / "seeds"), "--output", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, one for the whole browser suite."""
    from browser import launch
    with launch() as b:
        yield b
