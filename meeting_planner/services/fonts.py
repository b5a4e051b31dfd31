"""The printout fonts chosen per role (title, body, heading, card name), remembered in the workspace.

The choice names font families (方正小标宋简体, 仿宋_GB2312, 黑体 ...); ``apply_font_choice`` makes the
PDF printouts use them where installed (the bundled font otherwise, and for any character they lack).
"""

from __future__ import annotations

from meeting_planner.documents import fonts
from meeting_planner.errors import InputError, Phrase
from meeting_planner.storage.settings import load_settings, save_setting
from meeting_planner.storage.workspace import Workspace

_PREFIX = "font."

#: Role -> what it is for (标题, 正文, 小标题, 桌签姓名), in the order shown.
ROLES = fonts.ROLES
#: How the bundled font is named where a family would be.
BUNDLED_LABEL = fonts.BUNDLED_LABEL


class FontChoiceError(InputError):
    """A role or font the user named does not exist."""


#: The printout roles a font is chosen for (key -> label) and the label of the bundled font.
FONT_ROLES: dict[str, str] = fonts.ROLES
BUNDLED_FONT_LABEL: str = fonts.BUNDLED_LABEL


def installed_font_families() -> list[str]:
    """The font families installed on this computer that printouts can use, sorted."""
    return sorted(fonts.installed_fonts())


def font_choice(workspace: Workspace) -> dict[str, str]:
    """Role -> family chosen by the user (roles not chosen are left out)."""
    with workspace.reading() as connection:
        saved = load_settings(connection, _PREFIX)
    return {
        key.removeprefix(_PREFIX): value for key, value in saved.items() if key.removeprefix(_PREFIX) in fonts.ROLES
    }


def set_font_choice(workspace: Workspace, choice: dict[str, str]) -> None:
    """Remember role -> family (an empty family goes back to the default); one user action."""
    unknown = [role for role in choice if role not in fonts.ROLES]
    if unknown:
        raise FontChoiceError(
            Phrase.of("没有“{value}”这种字体用途；可选：{ROLES}", value=unknown[0], ROLES="、".join(fonts.ROLES))
        )
    installed = fonts.installed_fonts()
    for role, family in choice.items():
        if family and family != fonts.BUNDLED_LABEL and family not in installed:
            raise FontChoiceError(
                Phrase.of(
                    "本机没有安装字体“{family}”（{value}）；可用 fonts 命令查看已安装的字体",
                    family=family,
                    value=fonts.ROLES[role],
                )
            )
    with workspace.transaction() as connection:
        for role, family in choice.items():
            save_setting(connection, _PREFIX + role, family)
    apply_font_choice(workspace)


_MARK_MISSING = "print.mark_missing"


def mark_missing_choice(workspace: Workspace) -> bool:
    """Whether the user chose to print a marked blank for characters no font has (else such a printout stops)."""
    with workspace.reading() as connection:
        return load_settings(connection, _MARK_MISSING).get(_MARK_MISSING) == "1"


def set_mark_missing_choice(workspace: Workspace, mark: bool) -> None:
    """Remember the choice and use it from now on."""
    with workspace.transaction() as connection:
        save_setting(connection, _MARK_MISSING, "1" if mark else "")
    fonts.set_mark_missing(mark)


def installed_families() -> list[str]:
    """The Chinese font families installed on this computer, sorted."""
    return sorted(fonts.installed_fonts())


def mark_missing_now(mark: bool) -> None:
    """For this run only (``export --mark-missing``): print a marked blank (□) for characters no font has,
    or stop with MissingGlyphError naming them (``mark`` False); nothing is remembered."""
    fonts.set_mark_missing(mark)


def apply_font_choice(workspace: Workspace) -> dict[str, str]:
    """Print with the workspace's chosen fonts from now on (and its choice of a marked blank for characters no
    font has, if made); returns role -> family used ("" = bundled)."""
    if mark_missing_choice(workspace):
        fonts.set_mark_missing(True)
    return fonts.use_role_fonts(font_choice(workspace))


def docx_faces(workspace: Workspace) -> dict[str, str]:
    """Role -> family named in Word documents: the choice, else the official face (Word substitutes)."""
    chosen = {role: family for role, family in font_choice(workspace).items() if family != fonts.BUNDLED_LABEL}
    return {role: chosen.get(role, fonts.PREFERRED[role][0]) for role in fonts.ROLES}
