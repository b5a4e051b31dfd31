"""Translatable labels of the domain's enums (phases, categories, statuses, roles, replies).

The domain keeps its Chinese labels (printouts are always Chinese); the GUI shows them through
``label()``, so the English UI translates them. The list below only marks them for lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "labels"

_MARKED = (
    QT_TRANSLATE_NOOP("labels", "待办"),
    QT_TRANSLATE_NOOP("labels", "进行中"),
    QT_TRANSLATE_NOOP("labels", "已完成"),
    QT_TRANSLATE_NOOP("labels", "不适用"),
    QT_TRANSLATE_NOOP("labels", "受阻"),
    QT_TRANSLATE_NOOP("labels", "会前"),
    QT_TRANSLATE_NOOP("labels", "会中"),
    QT_TRANSLATE_NOOP("labels", "会后"),
    QT_TRANSLATE_NOOP("labels", "通知"),
    QT_TRANSLATE_NOOP("labels", "会场"),
    QT_TRANSLATE_NOOP("labels", "座次"),
    QT_TRANSLATE_NOOP("labels", "材料"),
    QT_TRANSLATE_NOOP("labels", "音视频"),
    QT_TRANSLATE_NOOP("labels", "电源网络"),
    QT_TRANSLATE_NOOP("labels", "签到"),
    QT_TRANSLATE_NOOP("labels", "服务"),
    QT_TRANSLATE_NOOP("labels", "记录"),
    QT_TRANSLATE_NOOP("labels", "出席"),
    QT_TRANSLATE_NOOP("labels", "列席"),
    QT_TRANSLATE_NOOP("labels", "工作人员"),
    QT_TRANSLATE_NOOP("labels", "未通知"),
    QT_TRANSLATE_NOOP("labels", "已通知"),
    QT_TRANSLATE_NOOP("labels", "已确认"),
    QT_TRANSLATE_NOOP("labels", "请假"),
    QT_TRANSLATE_NOOP("labels", "代会"),
    QT_TRANSLATE_NOOP("labels", "已到"),
    QT_TRANSLATE_NOOP("labels", "迟到"),
    QT_TRANSLATE_NOOP("labels", "缺席"),
    QT_TRANSLATE_NOOP("labels", "未到"),
    # Sign-in sheet orders (services.day_printouts.SIGNIN_ORDER_LABELS).
    QT_TRANSLATE_NOOP("labels", "按单位"),
    QT_TRANSLATE_NOOP("labels", "按姓氏笔画"),
    QT_TRANSLATE_NOOP("labels", "按姓氏笔画（单名在前）"),
    QT_TRANSLATE_NOOP("labels", "按拼音"),
    QT_TRANSLATE_NOOP("labels", "按排序号"),
)


def label(text: str) -> str:
    """``text`` (a domain label) in the UI language."""
    return QCoreApplication.translate(_CONTEXT, text)
