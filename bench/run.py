"""Run every benchmark module (``bench/bench_*.py``) and print the figures (``make bench``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from harness import Report  # noqa: E402


def main(argv: list[str]) -> int:
    """Run the modules named on the command line (e.g. ``startup``), or all of them."""
    wanted = set(argv)
    report = Report()
    for path in sorted(HERE.glob("bench_*.py")):
        name = path.stem.removeprefix("bench_")
        if wanted and name not in wanted:
            continue
        print(f"== {name}", flush=True)
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.run(report)
    missed = report.failed
    print(f"\n{len(report.figures)} figures, {len(missed)} missed a target")
    for figure in missed:
        print(f"  MISSED: {figure.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
