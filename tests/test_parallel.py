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
