"""One resource locator that works from a source checkout and from a PyInstaller bundle.

From source, resources live in ``<repo>/resources``; in a frozen bundle PyInstaller unpacks them
under ``sys._MEIPASS/resources`` (see packaging/meeting_planner.spec).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The folder holding templates/, venues/, fonts/, icons/ and i18n/."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


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
