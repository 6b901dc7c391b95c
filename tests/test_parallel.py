"""Builds are reproducible: worker processes and Python's per-process string hashing change
nothing in the output, byte for byte."""
import filecmp
import os
import subprocess
import sys

from bench.synthetic import write_archive


def tree(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_parallel_build_equals_single_process_build(tmp_path, root):
    source = tmp_path / "src"
    write_archive(source, 160, seed=5)
    outputs = []
    for jobs, seed in ((1, "1"), (2, "2")):
        out = tmp_path / f"site-{jobs}"
        subprocess.run([sys.executable, "build.py", "--source", str(source), "--output", str(out),
                        "--quiet", "--jobs", str(jobs)], cwd=root, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed})
        outputs.append(out)
    single, parallel = outputs
    assert tree(single) == tree(parallel) and len(tree(single)) > 500
    match, mismatch, errors = filecmp.cmpfiles(single, parallel, tree(single), shallow=False)
    assert mismatch == [] and errors == []


def test_a_build_hands_the_garbage_collector_back_as_it_found_it(tmp_path, root):
    """A build leaves its objects out of collection while it runs (heap_settled); after it,
    nothing stays frozen and the collector's thresholds are Python's again."""
    import gc
    from generator.config import Config
    from generator.parallel import heap_settled
    from generator.pipeline import build
    thresholds = gc.get_threshold()
    with heap_settled():
        assert gc.get_freeze_count() > 0 and gc.get_threshold()[0] > thresholds[0]
        with heap_settled():
            pass
        assert gc.get_freeze_count() > 0, "an inner heap_settled leaves the outer one's objects frozen"
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds
    build(Config(source=root / "seeds", output=tmp_path / "site", quiet=True))
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == thresholds
