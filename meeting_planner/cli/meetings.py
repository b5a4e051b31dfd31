"""Command-line commands for meetings and checklists (registered by cli.py)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from meeting_planner.cli.support import CliError, open_from_args, parse_datetime, print_table
from meeting_planner.domain.checklist import (
    CATEGORY_LABELS,
    PHASE_LABELS,
    STATUS_LABELS,
    DueState,
    StepStatus,
    due_state,
    progress,
    progress_by_category,
    progress_by_phase,
)
from meeting_planner.services import meetings as service
from meeting_planner.services.templates import TemplateNotFound, delete_template, export_template, list_templates

_USER_ERRORS = (
    service.MeetingNotFound,
    service.StepNotFound,
    service.MeetingInputError,
    TemplateNotFound,
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's subcommands to the ``meeting-planner`` parser."""
    p = subparsers.add_parser("templates", help="列出清单模板（键、名称、步骤数）")
    p.set_defaults(handler=cmd_templates)

    p = subparsers.add_parser("new", help="按模板新建会议，最后输出会议编号")
    p.add_argument("--title", required=True, help="会议名称")
    p.add_argument("--start", required=True, help="开始时间，如 2026-12-01T09:00")
    p.add_argument("--end", help="结束时间")
    p.add_argument("--template", required=True, help="模板键（见 templates 命令）")
    p.add_argument("--venue", default="", help="会场")
    p.add_argument("--kind", help="会议类型（默认取模板的类型）")
    p.add_argument("--organiser", default="", help="主办单位")
    p.set_defaults(handler=cmd_new)

    p = subparsers.add_parser("list", help="列出工作区中的会议")
    p.set_defaults(handler=cmd_list)

    p = subparsers.add_parser("status", help="会议清单：每个步骤的到期时间、状态、完成人，以及进度")
    p.add_argument("id", type=int, help="会议编号")
    p.set_defaults(handler=cmd_status)

    p = subparsers.add_parser("step", help="标记步骤完成、待办或不适用")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("key", help="步骤键（见 status 命令每行开头）")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--done", dest="status", action="store_const", const=StepStatus.DONE, help="已完成")
    group.add_argument("--todo", dest="status", action="store_const", const=StepStatus.TODO, help="待办")
    group.add_argument("--skip", dest="status", action="store_const", const=StepStatus.SKIPPED, help="不适用")
    group.add_argument("--doing", dest="status", action="store_const", const=StepStatus.IN_PROGRESS, help="进行中")
    group.add_argument("--blocked", dest="status", action="store_const", const=StepStatus.BLOCKED, help="受阻")
    p.add_argument("--by", default="", help="完成人")
    p.add_argument("--note", help="备注")
    p.set_defaults(handler=cmd_step)

    p = subparsers.add_parser("save-template", help="把会议的清单保存为工作区模板")
    p.add_argument("id", type=int, help="会议编号")
    p.add_argument("key", help="新模板的键")
    p.add_argument("--name", help="新模板的名称")
    p.set_defaults(handler=cmd_save_template)

    p = subparsers.add_parser("export-template", help="把模板导出为 TOML 文件")
    p.add_argument("key", help="模板键")
    p.add_argument("out", type=Path, help="输出文件")
    p.set_defaults(handler=cmd_export_template)

    p = subparsers.add_parser("delete-template", help="删除工作区模板（包括已无法读取的）")
    p.add_argument("key", help="模板键")
    p.set_defaults(handler=cmd_delete_template)


def cmd_templates(args: argparse.Namespace) -> int:
    """``templates``: key first, then name, kind and step count."""
    problems: list[str] = []
    with open_from_args(args) as workspace:
        templates = list_templates(workspace, problems)
    for problem in problems:
        print(f"注意：{problem}", file=sys.stderr)
    rows = [[t.key, t.name, t.kind, f"{len(t.steps)} 步", "内置" if t.builtin else "工作区"] for t in templates]
    print_table(rows)
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """``new``: create a meeting and print its id as the last word."""
    start = parse_datetime(args.start, "开始时间")
    end = parse_datetime(args.end, "结束时间") if args.end else None
    with open_from_args(args) as workspace:
        try:
            meeting = service.create_meeting(
                workspace,
                args.title,
                start,
                args.template,
                end=end,
                kind=args.kind,
                venue=args.venue,
                organiser=args.organiser,
            )
        except _USER_ERRORS as error:
            raise CliError(str(error)) from None
    print(f"已创建会议“{meeting.title}”（{len(meeting.steps)} 个步骤），编号 {meeting.id}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """``list``: one line per meeting."""
    with open_from_args(args) as workspace:
        summaries = service.list_meetings(workspace)
    if not summaries:
        print("工作区中还没有会议。用 new 命令新建。")
        return 0
    rows = [["编号", "开始时间", "会议", "类型", "会场", "进度", "人数"]]
    for s in summaries:
        rows.append(
            [
                str(s.id),
                f"{s.start:%Y-%m-%d %H:%M}",
                s.title,
                s.kind,
                s.venue,
                f"{s.steps_closed}/{s.steps_total}",
                str(s.attendees),
            ]
        )
    print_table(rows)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """``status``: a line per step (key, title, due, status, who), overdue marked, progress at the end."""
    now = datetime.now()
    with open_from_args(args) as workspace:
        try:
            meeting = service.get_meeting(workspace, args.id)
        except _USER_ERRORS as error:
            raise CliError(str(error)) from None
    print(f"{meeting.title}  {meeting.start:%Y-%m-%d %H:%M}  {meeting.venue}".rstrip())
    rows = []
    for step in meeting.steps:
        state = due_state(step, now)
        mark = {DueState.OVERDUE: "【逾期】", DueState.DUE_SOON: "【临近】"}.get(state, "")
        rows.append(
            [
                step.key,
                step.title,
                f"{step.due_at:%Y-%m-%d %H:%M}",
                STATUS_LABELS[step.status],
                step.done_by or "-",
                f"{CATEGORY_LABELS[step.category]}{mark}",
            ]
        )
    print_table(rows)
    print()
    phases = "  ".join(f"{PHASE_LABELS[p]} {v}" for p, v in progress_by_phase(meeting.steps).items())
    categories = "  ".join(f"{CATEGORY_LABELS[c]} {v}" for c, v in progress_by_category(meeting.steps).items())
    overdue = sum(1 for s in meeting.steps if due_state(s, now) is DueState.OVERDUE)
    print(f"分阶段：{phases}")
    print(f"分类别：{categories}")
    print(f"进度：{progress(meeting.steps)}，逾期 {overdue} 项")
    return 0


def cmd_step(args: argparse.Namespace) -> int:
    """``step``: change one step's status."""
    with open_from_args(args) as workspace:
        try:
            step = service.set_step_status(workspace, args.id, args.key, args.status, by=args.by, note=args.note)
            meeting = service.get_meeting(workspace, args.id)
        except _USER_ERRORS as error:
            raise CliError(str(error)) from None
    who = f"（{step.done_by}）" if step.done_by else ""
    print(f"{step.key} {step.title}：{STATUS_LABELS[step.status]}{who}；进度 {progress(meeting.steps)}")
    return 0


def cmd_save_template(args: argparse.Namespace) -> int:
    """``save-template``: store a meeting's checklist as a workspace template."""
    with open_from_args(args) as workspace:
        try:
            template = service.save_as_template(workspace, args.id, args.key, args.name)
        except _USER_ERRORS as error:
            raise CliError(str(error)) from None
    print(f"已保存模板 {template.key}“{template.name}”（{len(template.steps)} 步）")
    return 0


def cmd_export_template(args: argparse.Namespace) -> int:
    """``export-template``: write a template as TOML."""
    with open_from_args(args) as workspace:
        try:
            path = export_template(workspace, args.key, args.out)
        except TemplateNotFound as error:
            raise CliError(str(error)) from None
    print(f"已导出到 {path}")
    return 0


def cmd_delete_template(args: argparse.Namespace) -> int:
    """``delete-template``: remove a workspace template, even one that can no longer be read."""
    with open_from_args(args) as workspace:
        try:
            delete_template(workspace, args.key)
        except TemplateNotFound as error:
            raise CliError(str(error)) from None
    print(f"已删除工作区模板 {args.key}")
    return 0
