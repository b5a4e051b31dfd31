"""Put every error template of the source into the translation file, context ``Errors``.

The window shows a ``UserError`` in the UI language by translating its ``Phrase`` template (``errors.Phrase``)
with ``QCoreApplication.translate("Errors", template)``. lupdate cannot see templates written at raise sites,
so this script collects them with ``ast``: the first argument of every ``Phrase.of("…", …)`` and
``SomeError.of("…", …)`` call and every ``Phrase("…")`` literal under ``meeting_planner/`` (ui/ and cli/ left
out: the window translates its own strings with ``tr()``, the CLI speaks Chinese only). It then writes them into
the ``.ts`` file under context ``Errors``: existing translations are kept, new templates are added as
``unfinished`` (translate them, then ``make translations``), templates no longer in the source are dropped.

Run it after ``pyside6-lupdate ... -no-obsolete`` (which drops the ``Errors`` context, having no source for it):

    .venv/bin/python packaging/error_templates.py            # update the .ts file
    .venv/bin/python packaging/error_templates.py --check    # exit 1 when the .ts file is not up to date
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "meeting_planner"
TS_FILE = PACKAGE / "resources" / "i18n" / "meeting_planner_en.ts"
CONTEXT = "Errors"
SKIPPED = ("ui", "cli", "resources")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and _CJK.search(node.value):
        return node.value
    return None


def templates_in(source: str) -> Iterator[str]:
    """The templates written in one module's source, in order."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        text = _literal(node.args[0])
        if text is None:
            continue
        function = node.func
        if isinstance(function, ast.Attribute) and function.attr == "of":
            yield text
        elif isinstance(function, ast.Name) and function.id == "Phrase":
            yield text.replace("{", "{{").replace("}", "}}")  # what Phrase("…") keeps as its template


def source_files() -> list[Path]:
    files = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] not in SKIPPED:
            files.append(path)
    return files


def collect() -> dict[str, str]:
    """Every template, mapped to the file (relative to the .ts file's folder) of its first use."""
    found: dict[str, str] = {}
    for path in source_files():
        for template in templates_in(path.read_text(encoding="utf-8")):
            found.setdefault(template, path.relative_to(PACKAGE).as_posix())
    return found


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def update(ts_text: str, templates: dict[str, str]) -> tuple[str, int, int]:
    """``ts_text`` with the ``Errors`` context holding exactly ``templates`` (the rest of the file untouched);
    (text, added, dropped)."""
    root = ET.fromstring(ts_text.split("<!DOCTYPE TS>", 1)[-1].strip())
    known: dict[str, ET.Element] = {}
    for context in root.iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None:
                    known[message.findtext("source") or ""] = translation
    block = re.compile(r"<context>\s*<name>" + CONTEXT + r"</name>.*?</context>\n?", re.S)
    rest = block.sub("", ts_text)
    lines = ["<context>", f"    <name>{CONTEXT}</name>"]
    added = 0
    for template, where in sorted(templates.items(), key=lambda item: (item[1], item[0])):
        old = known.get(template)
        text = (old.text or "") if old is not None else ""
        unfinished = not text.strip() or (old is not None and old.get("type") == "unfinished")
        added += not text.strip()
        kind = ' type="unfinished"' if unfinished else ""
        lines += [
            "    <message>",
            f'        <location filename="../../{where}" line="0"/>',
            f"        <source>{_escape(template)}</source>",
            f"        <translation{kind}>{_escape(text)}</translation>",
            "    </message>",
        ]
    lines.append("</context>")
    dropped = len(set(known) - set(templates))
    return rest.replace("</TS>", "\n".join(lines) + "\n</TS>"), added, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that the .ts file is up to date")
    parser.add_argument("--ts", type=Path, default=TS_FILE)
    args = parser.parse_args(argv)
    templates = collect()
    current = args.ts.read_text(encoding="utf-8")
    text, added, dropped = update(current, templates)
    if args.check:
        if text != current:
            print(f"{args.ts}: error templates out of date (run packaging/error_templates.py)", file=sys.stderr)
            return 1
        return 0
    if text != current:
        args.ts.write_text(text, encoding="utf-8")
    print(f"{len(templates)} error templates: {added} new (to translate), {dropped} dropped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
