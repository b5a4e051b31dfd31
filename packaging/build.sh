#!/usr/bin/env bash
# Build the one-folder bundle in dist/meeting-planner and check it with --self-test (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
BIN=$(dirname "$PY")
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/meeting_planner.spec
bundle=dist/meeting-planner
cp packaging/meeting-planner.desktop meeting_planner/resources/icons/meeting-planner.png "$bundle/"
cat > "$bundle/install-desktop-entry.sh" <<'SH'
#!/bin/sh
# Adds 会务筹备 to the desktop menu of the current user (UOS, Kylin and other freedesktop desktops).
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/256x256/apps"
cp "$here/meeting-planner.png" "$HOME/.local/share/icons/hicolor/256x256/apps/meeting-planner.png"
sed "s|^Exec=meeting-planner|Exec=\"$here/meeting-planner\"|" "$here/meeting-planner.desktop" \
    > "$HOME/.local/share/applications/meeting-planner.desktop"
echo "已添加到应用菜单：会务筹备"
SH
chmod +x "$bundle/install-desktop-entry.sh"
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
QT_QPA_PLATFORM=offscreen "$bundle/meeting-planner" --self-test
