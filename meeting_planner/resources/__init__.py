"""The app's resources (templates, venues, fonts, icons, translations, stroke data) as package data.

They ship inside the package (``meeting_planner/resources/``), so an editable install, a wheel and a source
checkout all find them through ``importlib.resources``; in a frozen PyInstaller bundle they are unpacked under
``sys._MEIPASS/meeting_planner/resources`` (see packaging/meeting_planner.spec).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_root() -> Path:
    """The folder holding templates/, venues/, fonts/, icons/, i18n/, strokes/ and unihan/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "meeting_planner" / "resources"
    # The package is installed as plain files (never zipped), so its Traversable is a real folder: the fonts
    # and translations are handed to reportlab and Qt by file name.
    return Path(str(resources.files(__name__)))


def resource_path(*parts: str) -> Path:
    """A path under the resources folder, e.g. ``resource_path("fonts", "LXGWWenKai-Regular.ttf")``."""
    return resources_root().joinpath(*parts)


FONT_REGULAR = "LXGWWenKai-Regular.ttf"
FONT_BOLD = "LXGWWenKai-Bold.ttf"
#: The family name Qt reports for the bundled font.
FONT_FAMILY = "LXGW WenKai"


def font_path(bold: bool = False) -> Path:
    """The bundled Chinese TrueType font (LXGW WenKai, OFL-1.1)."""
    return resource_path("fonts", FONT_BOLD if bold else FONT_REGULAR)
