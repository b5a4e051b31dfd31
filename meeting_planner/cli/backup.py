"""``meeting-planner backup`` and ``meeting-planner restore FILE``: backups of the SQLite workspace."""

from __future__ import annotations

import argparse
from pathlib import Path

from meeting_planner.cli.support import CliError, print_table
from meeting_planner.cli.wording import backup_summary
from meeting_planner.services.backups import backup_now, backups_of, describe_backup, restore_workspace


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``backup`` and ``restore`` to the ``meeting-planner`` parser."""
    p = subparsers.add_parser("backup", help="立即备份工作区（--list 列出已有备份）")
    p.add_argument("--list", action="store_true", help="列出已有备份：时间、内容和文件")
    p.set_defaults(handler=cmd_backup)
    p = subparsers.add_parser("restore", help="从备份恢复工作区（先把当前状态另存为一个备份）")
    p.add_argument("file", type=Path, help="备份文件（见 backup --list）")
    p.set_defaults(handler=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    """Take a backup now, or list the backups."""
    if args.list:
        infos = backups_of(args.db)
        if not infos:
            print("还没有备份。")
            return 0
        print_table(
            [[info.taken_at.strftime("%Y-%m-%d %H:%M:%S"), backup_summary(info), str(info.path)] for info in infos]
        )
        return 0
    target = backup_now(args.db)
    print(f"已备份：{target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore the workspace from FILE; the state before is kept as a backup."""
    backup: Path = args.file
    if not backup.is_file():
        raise CliError(f"找不到备份文件 {backup}")
    info = describe_backup(backup)
    saved = restore_workspace(args.db, backup)
    print(f"已从 {backup} 恢复（{backup_summary(info)}）。")
    if saved is not None:
        print(f"恢复前的状态已另存为备份：{saved}")
    return 0
