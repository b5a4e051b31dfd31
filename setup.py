"""Build step that pyproject.toml cannot express: the translations (.ts) are compiled to .qm inside the wheel.

Everything else about the package is declared in pyproject.toml. ``lrelease`` comes with PySide6-Essentials,
which is a build requirement for this reason.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path(__file__).resolve().parent / "meeting_planner" / "resources" / "i18n"


def _lrelease() -> list[str]:
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        bundled = Path(spec.origin).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if bundled.exists():
            return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("error: lrelease not found (it comes with PySide6-Essentials); cannot build translations")
    return [found]


class BuildWithTranslations(build_py):
    """Compile every ``.ts`` to its ``.qm`` before the package data is copied."""

    def run(self) -> None:
        for source in sorted(I18N.glob("*.ts")):
            subprocess.run([*_lrelease(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True)
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
