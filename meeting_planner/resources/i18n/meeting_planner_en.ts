<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddAttendeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="31"/>
        <source>临时增加并签到</source>
        <translation>Add walk-in and check in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="31"/>
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="34"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="41"/>
        <source>输入或选择单位</source>
        <translation>Type or choose a unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="46"/>
        <source>不排序</source>
        <translation>No rank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="47"/>
        <source>上主席台</source>
        <translation>To rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="53"/>
        <source>自动注明“临时增加”</source>
        <translation>“Walk-in” is noted automatically</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="56"/>
        <source>姓名(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="57"/>
        <source>单位(&amp;U)</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="58"/>
        <source>职务(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="59"/>
        <source>电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="60"/>
        <source>排序号(&amp;R)</source>
        <translation>&amp;Rank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="61"/>
        <source>身份(&amp;O)</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="63"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="68"/>
        <source>添加并签到</source>
        <translation>Add and check in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="68"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_attendee_dialog.py" line="75"/>
        <source>名单上没有的来宾：添加到本次会议（备注“临时增加”）并立即签到。</source>
        <translation>A guest who is not on the list: add them to this meeting (noted “walk-in”) and check them in right away.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="154"/>
        <source>签到：输入姓名、拼音首字母（如 zjg）或扫描签到码，回车确认</source>
        <extracomment>From this many attendees on, the board is read and counted off the GUI thread (it takes over 100 ms).</extracomment>
        <translation>Check in: type a name, pinyin initials (e.g. zjg) or scan a code, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="164"/>
        <source>姓名 / 拼音首字母 / 签到码</source>
        <translation>Name / pinyin initials / code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="174"/>
        <source>代会人员签到(&amp;D)</source>
        <translation>Check in a &amp;deputy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="177"/>
        <source>补录(&amp;B)</source>
        <translation>&amp;Backfill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="179"/>
        <source>停电、断网后按纸质签到表录入：签到时间用右边填的表上时间，并标记为补录</source>
        <translation>After a power or network cut, key in the paper sign-in sheet: the check-in gets the time entered on the right and is marked as backfilled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="188"/>
        <source>临时增加并签到…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="190"/>
        <source>名单上没有的来宾：添加到本次会议（备注“临时增加”）并立即签到</source>
        <translation>A guest who is not on the list: add them to this meeting (noted “walk-in”) and check them in right away</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="208"/>
        <source>最近签到</source>
        <translation>Recent check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="219"/>
        <source>撤销所选签到</source>
        <translation>Undo selected check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="225"/>
        <source>导出本台签到日志…</source>
        <translation>Export this desk&apos;s check-in journal…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="227"/>
        <source>断网时把本台的签到记录存到U盘，拿到其他签到台合并</source>
        <translation>When the network is down, save this desk&apos;s check-ins to a USB stick to merge them at another desk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="229"/>
        <source>合并签到日志…</source>
        <translation>Merge a check-in journal…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="231"/>
        <source>合并其他签到台导出的签到日志（每条只记一次）</source>
        <translation>Merge a journal exported at another desk (each entry is recorded once)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="244"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="245"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="246"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="247"/>
        <location filename="../../ui/pages/attendance_page.py" line="447"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="259"/>
        <source>复制报告 (Ctrl+Shift+C)</source>
        <translation>Copy report (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="272"/>
        <source>未到人员</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="282"/>
        <source>断网期间两个签到台都为同一人签到：保留最早的时间，另一次列在这里</source>
        <translation>Checked in at two desks while the network was down: the earliest time is kept, the other one is listed here</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="323"/>
        <source>签到日志</source>
        <translation>Check-in journal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="432"/>
        <source>应到%1人，实到%2人，请假%3人，缺席%4人</source>
        <translation>Expected %1, present %2, on leave %3, absent %4</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="438"/>
        <source>，未到%1人</source>
        <translation>, not yet arrived %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="449"/>
        <source>未到</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="454"/>
        <source>未到人员（%1人）</source>
        <translation>Missing (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="464"/>
        <source>撤销签到：%1</source>
        <translation>Undo check-in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="350"/>
        <location filename="../../ui/pages/attendance_page.py" line="551"/>
        <location filename="../../ui/pages/attendance_page.py" line="560"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="629"/>
        <source>请先在“最近签到”中选择要撤销的签到</source>
        <translation>First select the check-in to undo under “Recent check-ins”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="687"/>
        <source>离线，%1 条待同步（服务器或网络中断，签到照常记在本机，恢复后自动同步）</source>
        <translation>Offline, %1 waiting to sync (server or network down; check-ins are kept on this computer and synced when it is back)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="692"/>
        <source>%1 条待同步</source>
        <translation>%1 waiting to sync</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="733"/>
        <source>%1（%2）：保留 %3 %4，另有 %5 %6</source>
        <translation>%1 (%2): kept %3 %4, also %5 %6</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="738"/>
        <source>重复签到（两台分别签到，保留最早时间）：%1 人</source>
        <translation>Checked in twice (at two desks, earliest time kept): %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="746"/>
        <source>导出本台签到日志</source>
        <translation>Export this desk&apos;s check-in journal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="746"/>
        <location filename="../../ui/pages/attendance_page.py" line="764"/>
        <source>签到日志 (*.json)</source>
        <translation>Check-in journal (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="756"/>
        <source>导出签到日志</source>
        <translation>Export check-in journal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="759"/>
        <source>已导出 %1 条签到记录到 %2</source>
        <translation>Exported %1 check-in entries to %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="764"/>
        <location filename="../../ui/pages/attendance_page.py" line="776"/>
        <source>合并签到日志</source>
        <translation>Merge check-in journal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="783"/>
        <source>离线：%1 条记录已收入本台日志，恢复连接后同步</source>
        <translation>Offline: %1 entries added to this desk&apos;s journal, synced when the connection is back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="621"/>
        <location filename="../../ui/pages/attendance_page.py" line="635"/>
        <source>已撤销 %1 的签到</source>
        <translation>Check-in of %1 undone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="216"/>
        <location filename="../../ui/pages/attendance_page.py" line="462"/>
        <source>撤销签到</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="647"/>
        <location filename="../../ui/pages/attendance_page.py" line="659"/>
        <source>临时增加</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendance_page.py" line="675"/>
        <source>已复制：%1</source>
        <translation>Copied: %1</translation>
    </message>
</context>
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="62"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="63"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="64"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="65"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="66"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="67"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="68"/>
        <location filename="../../ui/models/attendee_model.py" line="220"/>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="69"/>
        <source>回执</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="70"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="71"/>
        <source>签到码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="72"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="96"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/attendee_model.py" line="203"/>
        <source>原始写法：%1</source>
        <translation>As written: %1</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="152"/>
        <source>添加人员…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="153"/>
        <source>导入名单…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="154"/>
        <source>从人员库添加…</source>
        <translation>Add from directory…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="155"/>
        <source>存入人员库</source>
        <translation>Save to directory</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="156"/>
        <source>上主席台</source>
        <translation>To rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="157"/>
        <source>下主席台</source>
        <translation>Off rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="158"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="159"/>
        <source>导出出勤表…</source>
        <translation>Export attendance…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="161"/>
        <source>回执：已通知</source>
        <translation>Reply: notified</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="164"/>
        <source>回执：已确认</source>
        <translation>Reply: confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="167"/>
        <source>回执：请假…</source>
        <translation>Reply: on leave…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="170"/>
        <source>筛选：姓名、拼音首字母、单位（Ctrl+F）</source>
        <translation>Filter: name, pinyin initials, unit (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="179"/>
        <source>全部回执</source>
        <translation>All replies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="209"/>
        <location filename="../../ui/pages/attendees_page.py" line="329"/>
        <source>导入名单或把 Excel 拖到这里</source>
        <translation>Import a list or drop an Excel file here</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="287"/>
        <source>正在读取名单…</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="313"/>
        <source>读取名单</source>
        <translation>Reading the list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="338"/>
        <source>共 %1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="339"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="342"/>
        <source>；工作人员 %1</source>
        <translation>; staff %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="345"/>
        <source>；主席台 %1</source>
        <translation>; rostrum %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="346"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="399"/>
        <source>请先选择人员</source>
        <translation>Select people first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="403"/>
        <source>%1 人请假，请假原因（可不填）：</source>
        <translation>%1 people on leave; reason (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="404"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="426"/>
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="428"/>
        <source>添加“%1”</source>
        <translation>Add “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="441"/>
        <source>已删除 %1 人，按 Ctrl+Z 可恢复</source>
        <translation>Removed %1 people; Ctrl+Z brings them back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="451"/>
        <source>选择名单文件</source>
        <translation>Choose a list file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="457"/>
        <source>导入名单</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="457"/>
        <source>请先选择一个会议。</source>
        <translation>Select a meeting first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="467"/>
        <source>导入 %1 人</source>
        <translation>Import %1 people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="481"/>
        <source>从人员库添加 %1 人</source>
        <translation>Add %1 from the directory</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="491"/>
        <source>常用人员库新增 %1 人</source>
        <translation>%1 added to the directory</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="499"/>
        <source>出勤表</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="512"/>
        <source>导出出勤表</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="500"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="514"/>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>BackupModel</name>
    <message>
        <location filename="../../ui/models/backup_model.py" line="22"/>
        <source>备份时间</source>
        <translation>Backup time</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_model.py" line="23"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_model.py" line="24"/>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_model.py" line="25"/>
        <source>常用人员库</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_model.py" line="26"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/models/backup_model.py" line="56"/>
        <source>不可用</source>
        <translation>Unusable</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="32"/>
        <source>回收站</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="34"/>
        <source>删除的会议连同清单、参会人员、座次和签到记录在此保留 %1 天，可随时恢复。</source>
        <translation>Deleted meetings stay here for %1 days with their checklist, attendees, seating and check-ins, and can be restored at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="39"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="39"/>
        <source>开始时间</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="39"/>
        <source>删除时间</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="40"/>
        <source>参会人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="46"/>
        <source>回收站是空的。</source>
        <translation>The bin is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="48"/>
        <source>恢复(&amp;R)</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="65"/>
        <source>%1人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="88"/>
        <source>恢复会议</source>
        <translation>Restore meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bin_dialog.py" line="90"/>
        <source>已恢复：%1</source>
        <translation>Restored: %1</translation>
    </message>
</context>
<context>
    <name>BoardModels</name>
    <message>
        <location filename="../../ui/models/board_models.py" line="98"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="99"/>
        <location filename="../../ui/models/board_models.py" line="174"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="100"/>
        <location filename="../../ui/models/board_models.py" line="129"/>
        <location filename="../../ui/models/board_models.py" line="173"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="101"/>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="130"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="131"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="132"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="133"/>
        <source>代会</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="134"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="135"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="175"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="176"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="73"/>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="74"/>
        <source>到期时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="75"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="76"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="77"/>
        <source>负责</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="78"/>
        <source>完成人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="79"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="205"/>
        <source>%1（%2/%3，%4%）</source>
        <extracomment>The tabs in their order (Alt+1..5).</extracomment>
        <translation>%1 (%2/%3, %4%)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="247"/>
        <source>（逾期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="248"/>
        <source>（临近）</source>
        <translation> (due soon)</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="79"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="83"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="84"/>
        <source>未完成</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="90"/>
        <location filename="../../ui/pages/checklist_page.py" line="289"/>
        <source>完成人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="138"/>
        <source>完成人：</source>
        <translation>Done by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="144"/>
        <source>总进度：</source>
        <translation>Progress:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="154"/>
        <source>完成/取消完成</source>
        <translation>Done / not done</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="155"/>
        <source>备注…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="156"/>
        <source>添加步骤…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="157"/>
        <source>删除步骤</source>
        <translation>Remove step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="158"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="159"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="164"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="289"/>
        <source>请输入您的姓名（记为完成人，只问一次）：</source>
        <translation>Your name (recorded as who did the step; asked only once):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="306"/>
        <source>“%1”标为%2</source>
        <translation>Mark “%1” as %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="319"/>
        <source>名称</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="320"/>
        <source>到期时间</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="321"/>
        <source>负责</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="322"/>
        <location filename="../../ui/pages/checklist_page.py" line="332"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="324"/>
        <source>修改“%1”的%2</source>
        <translation>Change %2 of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="340"/>
        <source>添加步骤</source>
        <translation>Add step</translation>
    </message>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="340"/>
        <source>步骤名称：</source>
        <translation>Step title:</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="250"/>
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="265"/>
        <source>点击“导入”后在一次操作中写入；出错时不会写入任何内容，可用 Ctrl+Z 撤销。</source>
        <translation>“Import” writes everything in one step; on an error nothing is written. Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>DiffPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="284"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="291"/>
        <source>更新名单</source>
        <translation>Update list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="290"/>
        <source>会议已有参会人员：以下是新名单带来的变化。勾选要写入的项目；不在新名单中的人员默认不移除。写入后可用 Ctrl+Z 一次撤销。</source>
        <translation>The meeting already has attendees: these are the changes the new list brings. Tick what to write; people missing from the new list are not removed unless ticked. Ctrl+Z undoes the whole update.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="296"/>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="323"/>
        <source>新增 %1 人，变更 %2 人，不在新名单中 %3 人，未变 %4 人。</source>
        <translation>%1 new, %2 changed, %3 not in the new list, %4 unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="329"/>
        <source>新增（%1 人）</source>
        <translation>New (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="330"/>
        <source>变更（%1 人）</source>
        <translation>Changed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="331"/>
        <source>不在新名单中（%1 人，勾选则移除）</source>
        <translation>Not in the new list (%1; tick to remove)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="342"/>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="70"/>
        <location filename="../../ui/dialogs/directory_dialog.py" line="151"/>
        <source>常用人员库</source>
        <translation>People directory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="73"/>
        <source>按姓名、拼音首字母或单位筛选</source>
        <translation>Filter by name, pinyin initials or unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="76"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="76"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="76"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="76"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="77"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="82"/>
        <source>新增人员…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="85"/>
        <source>添加到会议</source>
        <translation>Add to meeting</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="81"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="119"/>
        <source>选择名单文件</source>
        <translation>Choose a list file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="84"/>
        <source>支持 Excel（.xlsx、.xls）和 CSV（UTF-8 或 GBK）。下一步会先显示识别结果，确认后才写入。</source>
        <translation>Excel (.xlsx, .xls) and CSV (UTF-8 or GBK). The next page shows what was understood; nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="86"/>
        <source>名单文件路径</source>
        <translation>List file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="87"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="91"/>
        <source>同时存入常用人员库</source>
        <translation>Also save to the people directory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="93"/>
        <source>更新名单：与现有人员比对，显示新增、变更和不在新名单中的人员</source>
        <translation>Update the list: compare with the current attendees and show who is new, changed or no longer listed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="94"/>
        <source>只添加新人员（已在名单中的人员不变）</source>
        <translation>Only add new people (people already in the list stay as they are)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="105"/>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="107"/>
        <source>工作表（默认自动选择含“姓名”列的工作表）：</source>
        <translation>Sheet (by default the one with a name column):</translation>
    </message>
</context>
<context>
    <name>FontSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="21"/>
        <source>打印字体</source>
        <translation>Printout fonts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="24"/>
        <source>本机已安装的公文字体按用途选用；字体中没有的字自动改用内置字体打印。</source>
        <translation>Choose the installed official fonts per use; characters a font lacks print from the bundled font.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="28"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="29"/>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="30"/>
        <source>小标题</source>
        <translation>Headings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="31"/>
        <source>桌签姓名</source>
        <translation>Table card names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/font_settings.py" line="35"/>
        <source>默认（已安装的公文字体，否则内置字体）</source>
        <translation>Default (an installed official font, else the bundled font)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../ui/wording.py" line="496"/>
        <source>姓名</source>
        <extracomment>The import fields&apos; labels (``services.importing.FIELD_LABELS``), marked for lupdate under &quot;ImportFields&quot;.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="497"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="498"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="499"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="500"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="501"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="502"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="503"/>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="504"/>
        <source>回执</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="505"/>
        <source>代会人</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="506"/>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="507"/>
        <source>签到码</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="508"/>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="404"/>
        <source>导入参会人员</source>
        <translation>Import attendees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="406"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="407"/>
        <source>下一步 &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="408"/>
        <source>&lt; 上一步</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="409"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="462"/>
        <source>列对应</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="493"/>
        <source>没有勾选任何变化，名单未改动。</source>
        <translation>Nothing was ticked; the list is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="526"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="526"/>
        <source>导入失败，未写入任何内容：%1</source>
        <translation>Import failed, nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <location filename="../../ui/main_window.py" line="733"/>
        <source>会务筹备</source>
        <translation>Meeting Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>正在打开工作区…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>在左侧选择一个会议，或按 Ctrl+N 按模板新建会议。</source>
        <translation>Pick a meeting on the left, or press Ctrl+N to create one from a template.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>数据库服务器无响应，正在重试…</source>
        <translation>The database server does not answer, retrying…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>无法打开工作区</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>会议</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>新建会议(&amp;N)…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="359"/>
        <source>删除会议(&amp;D)</source>
        <translation>&amp;Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>回收站(&amp;B)…</source>
        <translation>&amp;Bin…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>打印/导出(&amp;P)…</source>
        <translation>&amp;Print/Export…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>会议的所有打印件和导出文件：状态、预览、写出和打印</source>
        <translation>Every printout and export of the meeting: status, preview, write and print</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>应急包(&amp;K)…</source>
        <translation>Emergency &amp;kit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="373"/>
        <source>停电、断网时用：所有打印件、统计表、通讯录、预案和分台签到表写到一个文件夹（如U盘）</source>
        <translation>For power or network cuts: every printout, the workbook, contacts, the fallback plan and a sign-in sheet per desk, written to one folder (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>导出会议文件(&amp;E)…</source>
        <translation>&amp;Export meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="378"/>
        <source>把会议连同人员、座次、场地、签到和打印记录写到一个文件，用U盘带到另一台电脑（内网/外网）</source>
        <translation>Write the meeting with its people, seats, venue, check-ins and print records to one file, to carry on a USB stick to another computer (internal/external network)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380"/>
        <source>导入会议文件(&amp;I)…</source>
        <translation>&amp;Import meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>把另一台电脑导出的会议文件作为新会议加入本工作区</source>
        <translation>Add a meeting file exported on another computer to this workspace as a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>单位排序(&amp;U)…</source>
        <translation>&amp;Unit order…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="420"/>
        <source>会前检查(&amp;R)…</source>
        <translation>&amp;Readiness check…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="422"/>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="426"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <location filename="../../ui/main_window.py" line="847"/>
        <source>关于会务筹备</source>
        <translation>About Meeting Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429"/>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <location filename="../../ui/main_window.py" line="483"/>
        <location filename="../../ui/main_window.py" line="515"/>
        <location filename="../../ui/main_window.py" line="612"/>
        <source>请先在左侧选择一个会议</source>
        <translation>Choose a meeting on the left first</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="451"/>
        <source>应急包放在哪个文件夹（如U盘）？</source>
        <translation>Where should the emergency kit go (e.g. a USB stick)?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>应急包</source>
        <translation>Emergency kit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>有几个签到台？每台打印一份本台单位的签到表。</source>
        <translation>How many check-in desks? Each gets a sign-in sheet for its own units.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>正在生成应急包…</source>
        <translation>Writing the emergency kit…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="465"/>
        <source>应急包已写到 %1</source>
        <translation>Emergency kit written to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="467"/>
        <source>（%1 项未能生成，见其中的 说明.txt）</source>
        <translation> (%1 items could not be made; see 说明.txt inside)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>会议文件</source>
        <translation>Meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>会议文件 (*%1)</source>
        <translation>Meeting files (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>正在导出会议文件…</source>
        <translation>Exporting the meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="537"/>
        <source>导出会议文件</source>
        <translation>Export meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557"/>
        <location filename="../../ui/main_window.py" line="589"/>
        <location filename="../../ui/main_window.py" line="602"/>
        <source>导入会议文件</source>
        <translation>Import meeting file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559"/>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="577"/>
        <source>正在导入会议文件…</source>
        <translation>Importing the meeting file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="590"/>
        <source>要怎样导入？</source>
        <translation>How should it be imported?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>另存为新会议</source>
        <translation>Add as a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591"/>
        <source>替换本工作区中的这场会议（原会议移入回收站）</source>
        <translation>Replace the meeting in this workspace (the old one goes to the bin)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="696"/>
        <source>无法新建会议</source>
        <translation>Cannot create the meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="700"/>
        <source>已新建会议“%1”</source>
        <translation>Created meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>确定删除会议“%1”吗？

它的清单、参会人员、座次和签到记录一起移入回收站，30 天内可在 文件 → 回收站 中恢复。</source>
        <translation>Delete the meeting “%1”?

Its checklist, attendees, seating and check-ins move to the bin together; for 30 days you can restore it from File → Bin.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="714"/>
        <source>删除会议</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="717"/>
        <source>已删除“%1”，可在 文件 → 回收站 中恢复</source>
        <translation>Deleted “%1”; restore it from File → Bin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="748"/>
        <source>欢迎使用会务筹备</source>
        <translation>Welcome to Meeting Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="752"/>
        <source>工作区里还没有会议。

要创建一个示例会议吗？它是一次约120人的全体大会：有主席台和场下座次、部分完成的会务清单和一些签到记录，可以逐个标签页看看。示例可随时删除。</source>
        <translation>The workspace has no meetings yet.

Create an example meeting? It is a plenary session of about 120 people with a rostrum and hall seating, a partly done checklist and some check-ins, so you can look through every tab. You can delete it at any time.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="756"/>
        <source>创建示例会议</source>
        <translation>Create the example</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="757"/>
        <source>从空白开始</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="773"/>
        <source>正在创建示例会议…</source>
        <translation>Creating the example meeting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="786"/>
        <source>无法创建示例会议</source>
        <translation>Could not create the example</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="792"/>
        <source>已创建示例会议，可在各标签页中查看</source>
        <translation>The example meeting is ready; look through its tabs</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="842"/>
        <source>界面语言将在重新打开程序后切换。</source>
        <translation>The language changes the next time the app opens.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="850"/>
        <source>会务筹备 Meeting Planner
会议清单、参会人员、座次、打印与签到，全部离线工作。
工作区：%1</source>
        <translation>Meeting Planner (会务筹备)
Checklists, attendees, seating, printouts and check-in, all offline.
Workspace: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>备份未完成</source>
        <translation>Backup not made</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>工作区已损坏</source>
        <translation>Workspace damaged</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>现在从备份恢复吗？</source>
        <translation>Restore from a backup now?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <location filename="../../ui/main_window.py" line="252"/>
        <location filename="../../ui/main_window.py" line="286"/>
        <source>无法从备份恢复</source>
        <translation>Cannot restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>这个工作区还没有备份。</source>
        <translation>This workspace has no backups yet.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>已从备份恢复（%1）</source>
        <translation>Restored from the backup of %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>工作区中没有自己保存的模板</source>
        <translation>The workspace has no templates of its own</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>删除工作区模板</source>
        <translation>Delete workspace template</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>要删除的模板：</source>
        <translation>Template to delete:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>无法删除模板</source>
        <translation>Cannot delete the template</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>已删除模板 %1</source>
        <translation>Deleted template %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="390"/>
        <source>立即备份(&amp;B)</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392"/>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="394"/>
        <source>删除工作区模板…</source>
        <translation>Delete workspace template…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="152"/>
        <source>核对识别结果</source>
        <translation>Check what was understood</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>表头</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="156"/>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>原始写法</source>
        <translation>As written</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="161"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="162"/>
        <source>回执</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="220"/>
        <source>重复，不导入</source>
        <translation>Duplicate, not imported</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="227"/>
        <source>没有需要注意的问题。</source>
        <translation>Nothing needs attention.</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../ui/models/meeting_list_model.py" line="53"/>
        <source>%1人</source>
        <translation>%1 people</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../ui/meeting_page.py" line="82"/>
        <source>清单(&amp;1)</source>
        <translation>Checklist (&amp;1)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_page.py" line="83"/>
        <source>概况与通知(&amp;2)</source>
        <translation>Overview and notice (&amp;2)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_page.py" line="84"/>
        <source>参会人员(&amp;3)</source>
        <translation>Attendees (&amp;3)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_page.py" line="85"/>
        <source>座次(&amp;4)</source>
        <translation>Seating (&amp;4)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_page.py" line="86"/>
        <source>签到(&amp;5)</source>
        <translation>Check-in (&amp;5)</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="59"/>
        <source>新建会议</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="62"/>
        <source>例如：全区工作会议</source>
        <translation>e.g. District work conference</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="80"/>
        <source>会议名称(&amp;N)</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="81"/>
        <source>清单模板(&amp;T)</source>
        <translation>Checklist &amp;template</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="83"/>
        <source>会议类型(&amp;K)</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="84"/>
        <source>开始时间(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="85"/>
        <source>结束时间(&amp;E)</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="86"/>
        <source>会场(&amp;V)</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_meeting.py" line="87"/>
        <source>主办单位(&amp;O)</source>
        <translation>&amp;Organiser</translation>
    </message>
</context>
<context>
    <name>NoticeSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="30"/>
        <source>会议通知设置</source>
        <translation>Notice settings</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="32"/>
        <source>自动（印发通知完成之日，否则首次打印之日）</source>
        <translation>Automatic (the day the notice was issued, else the day it is first printed)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="41"/>
        <source>例如：区委办发〔2026〕12号（可不填）</source>
        <translation>e.g. 区委办发〔2026〕12号 (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="46"/>
        <source>在通知中列出参会人员名单（领导在前，按排序）</source>
        <translation>List the attendees in the notice (leaders first, by rank)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="48"/>
        <source>回执按单位预填本单位人员（不印电话）</source>
        <translation>Pre-fill each unit&apos;s reply slip with its own people (no phone numbers)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="50"/>
        <source>自动（“回执统计”一步的时限）</source>
        <translation>Automatic (the due time of the &apos;replies&apos; step)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="62"/>
        <source>会务组</source>
        <translation>Meeting office</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="73"/>
        <source>成文日期(&amp;D)</source>
        <translation>Date of &amp;issue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="74"/>
        <source>发文字号(&amp;N)</source>
        <translation>Document &amp;number</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="75"/>
        <source>主送机关(&amp;A)</source>
        <translation>&amp;Addressed to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="76"/>
        <source>参会范围(&amp;S)</source>
        <translation>Who attends (&amp;scope)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="82"/>
        <source>回执截止(&amp;R)</source>
        <translation>&amp;Reply by</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="83"/>
        <source>报送方式(&amp;M)</source>
        <translation>Reply &amp;method</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="84"/>
        <source>报送给(&amp;T)</source>
        <translation>Reply &amp;to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="85"/>
        <source>抄送(&amp;C)</source>
        <translation>&amp;Copy to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/notice_settings.py" line="86"/>
        <source>印发机关(&amp;P)</source>
        <translation>&amp;Printed by</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="55"/>
        <source>工作会议</source>
        <translation>Working meeting</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="56"/>
        <source>全体大会</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="57"/>
        <source>视频会议</source>
        <translation>Video conference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="58"/>
        <source>座谈会/会谈</source>
        <translation>Forum / talks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="59"/>
        <source>宴请</source>
        <translation>Banquet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="108"/>
        <source>会议信息（印在会议通知上）</source>
        <translation>Meeting details (printed on the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="116"/>
        <source>结束时间</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="120"/>
        <source>如：三楼第一会议室</source>
        <translation>e.g. Meeting Room 1, 3rd floor</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="123"/>
        <source>每行一项议程</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="126"/>
        <source>每行一项，如：笔记本、本单位工作总结</source>
        <translation>One per line, e.g. notebook, your unit&apos;s work report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="131"/>
        <source>如：秘书科 李明 0571-88888888</source>
        <translation>e.g. Secretariat, Li Ming, 0571-88888888</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="132"/>
        <source>签到开始</source>
        <translation>Check-in opens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="136"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="139"/>
        <source>会议名称(&amp;T)</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="140"/>
        <source>会议类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="141"/>
        <source>开始时间(&amp;S)</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="143"/>
        <source>会场</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="144"/>
        <source>会议室</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="145"/>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="146"/>
        <source>会议议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="147"/>
        <source>携带材料</source>
        <translation>What to bring</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="148"/>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="150"/>
        <source>迟到宽限</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="154"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="156"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="163"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="165"/>
        <source>会议通知和回执 PDF…</source>
        <translation>Notice and reply slip PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="167"/>
        <source>会议通知 Word…</source>
        <translation>Notice as Word…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="168"/>
        <source>同样版式的 .docx，可在 Word/WPS 中加文号、走审签</source>
        <translation>The same notice as .docx, to add the document number and route it for sign-off in Word/WPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="170"/>
        <source>通知设置…</source>
        <translation>Notice settings…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="171"/>
        <source>成文日期、发文字号、参会范围、回执</source>
        <translation>Date of issue, document number, who attends, reply slip</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="173"/>
        <source>打印字体…</source>
        <translation>Printout fonts…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="174"/>
        <source>标题、正文、小标题、桌签姓名所用的字体</source>
        <translation>Fonts for titles, body text, headings and table card names</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="176"/>
        <source>无字可用时留空手写</source>
        <translation>Blank for handwriting when no font has a character</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="177"/>
        <source>没有任何字体能打印的字印成“□”，打印后手写补上；不选则提示后不生成打印件</source>
        <translation>Characters no font has print as “□” to be written in by hand; unticked, the printout stops with a message</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="179"/>
        <source>签到表 PDF…</source>
        <translation>Sign-in sheet PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="184"/>
        <source>印签到码（二维码）</source>
        <translation>Print check-in codes (QR)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="342"/>
        <source>保存会议信息</source>
        <translation>Save meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="353"/>
        <source>已保存会议信息</source>
        <translation>Meeting details saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="359"/>
        <source>会议名称不能为空</source>
        <translation>The meeting needs a title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="361"/>
        <source>结束时间早于开始时间</source>
        <translation>The end is before the start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="376"/>
        <source>会议通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="377"/>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="379"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="381"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="401"/>
        <source>正在生成 PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="430"/>
        <source>无法打开通知设置</source>
        <translation>Cannot open the notice settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="435"/>
        <source>通知设置已保存</source>
        <translation>Notice settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="451"/>
        <source>无法使用该字体</source>
        <translation>Cannot use that font</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="453"/>
        <source>打印字体已保存</source>
        <translation>Printout fonts saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="457"/>
        <source>已生成：%1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="462"/>
        <source>无法生成 PDF</source>
        <translation>Cannot write the PDF</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="34"/>
        <source>新增常用人员</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="40"/>
        <source>（不排序）</source>
        <translation>(no order)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="43"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="44"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="45"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="46"/>
        <source>排序号</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/directory_dialog.py" line="47"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>PrintCentreDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="105"/>
        <source>打印/导出 — %1</source>
        <translation>Print/Export — %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="131"/>
        <location filename="../../ui/dialogs/print_centre.py" line="417"/>
        <source>打印/导出</source>
        <translation>Print/Export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="139"/>
        <source>保存到：</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="145"/>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="149"/>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="159"/>
        <source>打印件</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="159"/>
        <source>选项</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="159"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="159"/>
        <source>操作</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="184"/>
        <source>读取中…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="188"/>
        <source>%1&#x3000;%2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="227"/>
        <source>写出</source>
        <translation>Write</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="228"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="229"/>
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="230"/>
        <location filename="../../ui/dialogs/print_centre.py" line="253"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="231"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="242"/>
        <source>Word、Excel 文件请写出后用“打开”查看和打印</source>
        <translation>Word and Excel files: write them, then use “Open” to view and print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="260"/>
        <source>选中一项，点“预览”查看第 1 页</source>
        <translation>Select a row and click “Preview” to see page 1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="268"/>
        <source>‹ 上一页</source>
        <translation>‹ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="269"/>
        <source>下一页 ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="291"/>
        <source>全部写出</source>
        <translation>Write all</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="293"/>
        <source>把所有打印件写到保存位置（桌签写全部）</source>
        <translation>Write every printout to the save folder (all table cards)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="295"/>
        <source>刷新状态 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="297"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="326"/>
        <source>选项：%1</source>
        <translation>Options: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="371"/>
        <source>保存到哪个文件夹？</source>
        <translation>Save to which folder?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="384"/>
        <source>“%1”还没有写出，请先点“写出”</source>
        <translation>“%1” has not been written yet; click “Write” first</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="392"/>
        <source>请等“%1”完成</source>
        <translation>Please wait for “%1” to finish</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="416"/>
        <source>未完成：%1</source>
        <translation>Not done: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="436"/>
        <source>正在写出 %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="446"/>
        <source>已写出：%1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="447"/>
        <source>已写出 %1</source>
        <translation>Written %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="472"/>
        <source>已写出 %1 个文件到 %2</source>
        <translation>Wrote %1 files to %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="474"/>
        <source>；%1 项未能生成</source>
        <translation>; %1 could not be made</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="475"/>
        <source>部分打印件未能生成</source>
        <translation>Some printouts could not be made</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="484"/>
        <source>正在写出 %1/%2：%3</source>
        <translation>Writing %1/%2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="503"/>
        <source>正在生成预览：%1…</source>
        <translation>Preparing the preview: %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="521"/>
        <source>正在显示第 %1 页…</source>
        <translation>Showing page %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="535"/>
        <source>预览：%1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="536"/>
        <source>预览 %1，共 %2 页</source>
        <translation>Preview of %1, %2 pages</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="543"/>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="562"/>
        <source>打印 %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="579"/>
        <source>正在打印 %1…</source>
        <translation>Printing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="585"/>
        <source>已送打印：%1，%2 页</source>
        <translation>Sent to the printer: %1, %2 pages</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="592"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="593"/>
        <source>座次图</source>
        <translation>Seating chart</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="594"/>
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="595"/>
        <source>视角</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="596"/>
        <source>自动（A4/A3）</source>
        <translation>Automatic (A4/A3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="597"/>
        <source>A4 拼贴</source>
        <translation>A4 tiles</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="598"/>
        <source>面向主席台</source>
        <translation>Facing the rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="599"/>
        <source>主席台视角</source>
        <translation>From the rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="600"/>
        <source>座次表</source>
        <translation>Seat list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="601"/>
        <source>引导员用：姓名 → 区、排、座号</source>
        <translation>For ushers: name → section, row, seat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="602"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="603"/>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="604"/>
        <source>按姓名拼音</source>
        <translation>By name (pinyin)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="605"/>
        <source>桌签</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="606"/>
        <source>桌签（全部）</source>
        <translation>Table cards (all)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="607"/>
        <source>桌签附加行</source>
        <translation>Extra line on cards</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="608"/>
        <source>只印姓名</source>
        <translation>Name only</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="609"/>
        <source>加印职务</source>
        <translation>With title</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="610"/>
        <source>加印单位</source>
        <translation>With unit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="611"/>
        <source>桌签（仅变化的）</source>
        <translation>Table cards (changed only)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="612"/>
        <source>自上次打印以来新增或内容有变化的桌签</source>
        <translation>Cards new or changed since the last print</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="613"/>
        <source>桌签（主席台）</source>
        <translation>Table cards (rostrum)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="614"/>
        <source>主席台就座人员的桌签</source>
        <translation>Cards of the people on the rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="615"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="616"/>
        <source>签到表（按单位）</source>
        <translation>Sign-in sheet (by unit)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="617"/>
        <source>签到码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="618"/>
        <source>不印二维码</source>
        <translation>No QR codes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="619"/>
        <source>印二维码</source>
        <translation>With QR codes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="620"/>
        <source>签到表（按姓氏笔画）</source>
        <translation>Sign-in sheet (by surname strokes)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="621"/>
        <source>签到表（按笔画，单名在前）</source>
        <translation>Sign-in sheet (by strokes, single given names first)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="622"/>
        <source>签到表（按拼音）</source>
        <translation>Sign-in sheet (by pinyin)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="623"/>
        <source>签到表（按排序号）</source>
        <translation>Sign-in sheet (by rank)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="624"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="625"/>
        <source>会议通知（PDF）</source>
        <translation>Meeting notice (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="626"/>
        <source>GB/T 9704 版式，附回执</source>
        <translation>GB/T 9704 layout, with reply slip</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="627"/>
        <source>会议通知（Word）</source>
        <translation>Meeting notice (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="628"/>
        <source>可在 WPS 中修改</source>
        <translation>Editable in WPS or Word</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="629"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="630"/>
        <source>会务清单</source>
        <translation>Checklist report</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="631"/>
        <source>各步骤的完成情况、经办人和时间</source>
        <translation>Each step: done or not, by whom and when</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="632"/>
        <source>签到统计</source>
        <translation>Attendance workbook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_centre.py" line="633"/>
        <source>签到明细与分单位统计（Excel）</source>
        <translation>Check-ins and per-unit totals (Excel)</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="23"/>
        <source>清单</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="24"/>
        <source>通知与回执</source>
        <translation>Notice and replies</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="25"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="26"/>
        <source>名单</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="27"/>
        <source>打印件</source>
        <translation>Printouts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="39"/>
        <source>会前检查</source>
        <translation>Readiness check</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="44"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="44"/>
        <source>处理</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="49"/>
        <source>重新检查 (F5)</source>
        <translation>Check again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="64"/>
        <source>✓ 会前检查通过：没有发现问题，可以开会。</source>
        <translation>✓ Ready: nothing left to fix.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="67"/>
        <source>还有 %1 项待处理：</source>
        <translation>%1 things still to fix:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/readiness_dialog.py" line="73"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RecentCheckInModel</name>
    <message>
        <location filename="../../ui/models/board_models.py" line="107"/>
        <source>（补录）</source>
        <translation> (backfilled)</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="114"/>
        <source>%1代会</source>
        <translation>%1 substitutes</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="115"/>
        <source>代会</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="115"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="117"/>
        <source>已到</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>ReplyDetailsDialog</name>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="75"/>
        <source>%1：%2</source>
        <extracomment>One undo stack per meeting (``stack_for``) plus one for the workspace itself (creating and deleting meetings); the group&apos;s active stack is the shown meeting&apos;s, and the window&apos;s undo/redo actions follow the group. From this many attendees on, the list is read off the GUI thread (reading takes over 100 ms).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="81"/>
        <source>请假原因</source>
        <translation>Reason for leave</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="83"/>
        <source>代会人姓名</source>
        <translation>Substitute&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="84"/>
        <source>代会人职务</source>
        <translation>Substitute&apos;s title</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="29"/>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="36"/>
        <source>选择要恢复的备份。恢复会用备份替换工作区的全部内容；恢复前的当前状态会先另存为一个备份，需要时可以再恢复回来。</source>
        <translation>Choose the backup to restore. Restoring replaces everything in the workspace with the backup; the current state is first saved as a backup, so you can restore it again if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/restore_dialog.py" line="50"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>SeatingPage</name>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="329"/>
        <location filename="../../ui/pages/seating_page.py" line="568"/>
        <location filename="../../ui/pages/seating_page.py" line="740"/>
        <source>请先选择场地</source>
        <extracomment>Scene units per metre of the venue. From this many attendees on, reading the seats and auto-seating run off the GUI thread. Seat items built per turn of the event loop (a 3,000-seat hall takes a few turns, none of them long). Keep the whole venue in view on resize until the user zooms.</extracomment>
        <translation>Choose a venue first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="331"/>
        <source>左为上</source>
        <translation>Left is senior</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="332"/>
        <source>右为上</source>
        <translation>Right is senior</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="334"/>
        <source>偶数：2号在1号上位侧</source>
        <translation>Even: No.2 on No.1&apos;s honour side</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="335"/>
        <source>偶数：1号在中心上位侧</source>
        <translation>Even: No.1 on the honour side of the centre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="336"/>
        <source>主席台一排人数为偶数时，1号、2号同居中间两席；两种常见排法任选</source>
        <translation>With an even number on a rostrum row, No.1 and No.2 share the two centre seats; choose either common convention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="338"/>
        <source>横排</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="339"/>
        <source>竖排</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="340"/>
        <source>左右排列</source>
        <translation>Centre outwards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="341"/>
        <source>场地：</source>
        <translation>Venue:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="343"/>
        <source>编辑场地…</source>
        <translation>Edit venues…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="347"/>
        <location filename="../../ui/pages/seating_page.py" line="727"/>
        <location filename="../../ui/pages/seating_page.py" line="775"/>
        <location filename="../../ui/pages/seating_page.py" line="782"/>
        <location filename="../../ui/pages/seating_page.py" line="790"/>
        <source>自动排座</source>
        <translation>Auto-seat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="348"/>
        <source>锁定/解锁</source>
        <translation>Lock/unlock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="349"/>
        <location filename="../../ui/pages/seating_page.py" line="701"/>
        <location filename="../../ui/pages/seating_page.py" line="705"/>
        <source>移出座位</source>
        <translation>Unseat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="351"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="352"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="353"/>
        <source>全图</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="355"/>
        <source>导出座次图</source>
        <translation>Export seating chart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="356"/>
        <source>导出座次图（A4 拼贴）</source>
        <translation>Export seating chart (A4 tiles)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="357"/>
        <source>导出座次表</source>
        <translation>Export seat list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="358"/>
        <source>导出桌签</source>
        <translation>Export table cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="359"/>
        <source>导出变化的桌签</source>
        <translation>Export changed cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="366"/>
        <location filename="../../ui/pages/seating_page.py" line="567"/>
        <source>未排座</source>
        <translation>Unseated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="379"/>
        <source>请先选择场地：在上方“场地”中选一个会场，再自动排座或拖人入座。</source>
        <translation>Choose a venue first: pick one under “Venue” above, then seat automatically or drag people onto seats.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="424"/>
        <source>（内置）</source>
        <translation> (built-in)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="462"/>
        <source>场地有误</source>
        <translation>Venue has errors</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="476"/>
        <source>场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="578"/>
        <source>排座</source>
        <translation>Seating</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/seating_page.py" line="624"/>
        <source>未排座（%n 人）</source>
        <translation>
            <numerusform>Unseated (%n)</numerusform>
            <numerusform>Unseated (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="628"/>
        <source>已排座 %1 人，空座 %2 个</source>
        <translation>%1 seated, %2 seats empty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="663"/>
        <source>座位已被其他工作台修改，已刷新</source>
        <translation>Another desk changed these seats; the seating has been reloaded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="672"/>
        <source>调整座位</source>
        <translation>Move seat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="678"/>
        <source>调整座位：</source>
        <translation>Move seat:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="686"/>
        <source>请先点选一个座位</source>
        <translation>Click a seat first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="689"/>
        <source>解锁座位</source>
        <translation>Unlock seat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="690"/>
        <source>锁定座位</source>
        <translation>Lock seat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="701"/>
        <source>座位已锁定，请先解锁</source>
        <translation>The seat is locked; unlock it first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="719"/>
        <source>还没有人标记为“主席台”。主席台安排排序前几位？（0 = 主席台暂不安排）</source>
        <translation>Nobody is marked for the rostrum yet. Seat how many of the top-ranked people on the rostrum? (0 = leave the rostrum empty for now)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="719"/>
        <source>主席台安排前 N 位？</source>
        <translation>Top N on the rostrum?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="728"/>
        <source>有手动调整过的座位。保留这些调整，只排其余的人吗？（锁定的座位始终不动）</source>
        <translation>Some seats were placed by hand. Keep them and seat only the others? (Locked seats never move.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="729"/>
        <source>保留手动调整</source>
        <translation>Keep manual changes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="729"/>
        <source>全部重新排</source>
        <translation>Redo everything</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="769"/>
        <source>正在自动排座…</source>
        <translation>Auto-seating…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="803"/>
        <source>座次图</source>
        <translation>Seating chart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="804"/>
        <source>座次图（A4 拼贴）</source>
        <translation>Seating chart (A4 tiles)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="805"/>
        <source>座次表</source>
        <translation>Seat list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="806"/>
        <source>桌签</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="807"/>
        <source>桌签（变化的）</source>
        <translation>Table cards (changed)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="832"/>
        <source>自上次打印以来没有内容变化的桌签，未生成文件</source>
        <translation>No card changed since the last print; no file written</translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="833"/>
        <source>已导出 %1 张桌签（%2 张未变化）：</source>
        <translation>Exported %1 cards (%2 unchanged): </translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="836"/>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/seating_page.py" line="844"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>Separators</name>
    <message>
        <location filename="../../ui/error_text.py" line="24"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="25"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="26"/>
        <source>，</source>
        <extracomment>Tests set this to False so errors do not open modal dialogs; questions are then answered from</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>UnitBoardModel</name>
    <message>
        <location filename="../../ui/models/board_models.py" line="150"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="151"/>
        <source>未到</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <location filename="../../ui/models/board_models.py" line="157"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>UnitOrderDialog</name>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="37"/>
        <source>单位排序</source>
        <translation>Unit order</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="42"/>
        <source>拖动调整顺序（或 Alt+↑/↓）。签到表、座次表、通知、统计和场下座次都按此顺序。</source>
        <translation>Drag to reorder (or Alt+Up/Down). Sign-in sheets, seat lists, the notice, statistics and audience seating all follow this order.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="43"/>
        <source>尚未设定单位排序：目前按各单位最高排序号排列（领导所在单位在前）。调整后确定即设定。</source>
        <translation>No unit order is set: lists follow each unit&apos;s best rank (the leaders&apos; units first). Arrange the units and press OK to set one.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="51"/>
        <source>粘贴单位列表</source>
        <translation>Paste unit list</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="53"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="55"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/unit_order_dialog.py" line="57"/>
        <source>清除排序</source>
        <translation>Clear order</translation>
    </message>
</context>
<context>
    <name>VenueEditor</name>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="160"/>
        <source>场地编辑</source>
        <extracomment>Edits typed into the same field one after another (the row grid) merge into one undo step.</extracomment>
        <translation>Venue editor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="184"/>
        <source>（内置）</source>
        <translation> (built-in)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="186"/>
        <source>复制后修改</source>
        <translation>Copy and edit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="188"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="192"/>
        <source>从已有场地开始：</source>
        <translation>Start from an existing venue:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="202"/>
        <source>区域（从前到后）</source>
        <translation>Zones (front to back)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="207"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="391"/>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="208"/>
        <source>场下（观众席）</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="209"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="393"/>
        <source>会谈桌</source>
        <translation>Talks table</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="210"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="394"/>
        <source>宴会</source>
        <translation>Banquet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="212"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="527"/>
        <source>添加区域</source>
        <translation>Add zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="213"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="535"/>
        <source>删除区域</source>
        <translation>Remove zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="214"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="215"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="251"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="252"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="265"/>
        <source>导入 TOML…</source>
        <translation>Import TOML…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="266"/>
        <source>导出 TOML…</source>
        <translation>Export TOML…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="267"/>
        <source>导入 Excel 座位图…</source>
        <translation>Import Excel seat map…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="268"/>
        <source>保存到工作区</source>
        <translation>Save to workspace</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="269"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="286"/>
        <source>每排人数，从前排起，用逗号分开，如 11, 13</source>
        <translation>Chairs per row, front row first, separated by commas, e.g. 11, 13</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="288"/>
        <source>前排前面</source>
        <translation>In front of the front row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="289"/>
        <source>不设桌子</source>
        <translation>No desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="293"/>
        <source>分区名称和每排座位数，从左到右，如 左区:8, 中区:16, 右区:8</source>
        <translation>Section names and seats per row, left to right, e.g. Left:8, Centre:16, Right:8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="294"/>
        <source>逐排画（各排长度不同）</source>
        <translation>Draw row by row (rows of different lengths)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="296"/>
        <source>每行一排（从前到后）：o 座位，x 不可用的座位，. 空位或过道</source>
        <translation>One line per row (front to back): o a seat, x a blocked seat, . no seat or aisle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="305"/>
        <source>从左到右 1、2、3…</source>
        <translation>Left to right 1, 2, 3…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="306"/>
        <source>单双号（1号居中）</source>
        <translation>Odd/even (1 in the centre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="307"/>
        <source>各区分别编号</source>
        <translation>Numbered per section</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="309"/>
        <source>留给列席、工作人员的排号，如 1, 2</source>
        <translation>Rows reserved for observers or staff, e.g. 1, 2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="311"/>
        <source>不可用的座位（柱子、机位）：排-座号，如 25-31, 25-32</source>
        <translation>Blocked seats (pillars, cameras): row-seat, e.g. 25-31, 25-32</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="315"/>
        <source>客方、主方的名称，如 客方, 主方</source>
        <translation>Names of the guest and host sides, e.g. Guests, Hosts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="326"/>
        <source>区域名称</source>
        <translation>Zone name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="327"/>
        <source>每排人数</source>
        <translation>Chairs per row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="328"/>
        <source>桌子</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="329"/>
        <source>排数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="330"/>
        <source>分区</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="332"/>
        <source>逐排座位</source>
        <translation>Rows drawn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="333"/>
        <source>过道宽</source>
        <translation>Aisle width</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="334"/>
        <source>座号</source>
        <translation>Seat numbers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="335"/>
        <source>预留排</source>
        <translation>Reserved rows</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="336"/>
        <source>不可用座位</source>
        <translation>Blocked seats</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="337"/>
        <source>每侧人数</source>
        <translation>Seats per side</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="338"/>
        <source>两侧名称</source>
        <translation>Side names</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="339"/>
        <source>桌数</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="340"/>
        <source>每桌人数</source>
        <translation>Seats per table</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="341"/>
        <source>主桌人数</source>
        <translation>Seats at the main table</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="342"/>
        <source>每行桌数</source>
        <translation>Tables per row</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="367"/>
        <source>本单位会场</source>
        <translation>Our hall</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="386"/>
        <source>键：%1</source>
        <translation>Key: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="392"/>
        <source>场下</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="502"/>
        <source>修改区域“%1”</source>
        <translation>Edit zone “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="509"/>
        <source>修改名称</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="546"/>
        <source>移动区域</source>
        <translation>Move zone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="552"/>
        <source>%1（副本）</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="555"/>
        <source>复制场地“%1”</source>
        <translation>Copy venue “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="567"/>
        <source>场地</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="577"/>
        <source>可用座位 %1 个：%2</source>
        <translation>%1 usable seats: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="629"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="666"/>
        <source>场地有误</source>
        <translation>Venue has errors</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="635"/>
        <source>换用新的键</source>
        <translation>Use a new key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="641"/>
        <source>保存场地</source>
        <translation>Save venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="642"/>
        <source>已排在本场地的 %1 人的座位在修改后不存在，保存后这些人变为未排座。仍然保存？</source>
        <translation>%1 people seated in this venue sit on seats the change removes; after saving they will be unseated. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="650"/>
        <source>无法保存场地</source>
        <translation>Cannot save the venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="652"/>
        <source>已保存场地“%1”</source>
        <translation>Saved venue “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="668"/>
        <source>导出场地</source>
        <translation>Export venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="675"/>
        <source>导入场地</source>
        <translation>Import venue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="681"/>
        <source>导入场地文件</source>
        <translation>Import venue file</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="687"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="695"/>
        <location filename="../../ui/dialogs/venue_editor.py" line="696"/>
        <source>导入 Excel 座位图</source>
        <translation>Import Excel seat map</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="693"/>
        <source>说明：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="695"/>
        <source>用读到的座位替换编辑中的场地？</source>
        <translation>Replace the venue being edited with the seats read?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_editor.py" line="704"/>
        <source>场地文件</source>
        <translation>Venue file</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../ui/wording.py" line="44"/>
        <location filename="../../ui/wording.py" line="133"/>
        <location filename="../../ui/wording.py" line="426"/>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="51"/>
        <source>%1 已签到 %2</source>
        <translation>%1 checked in at %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="54"/>
        <source>（补录）</source>
        <translation> (keyed in later)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56"/>
        <source>代会人员</source>
        <translation>a deputy</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="56"/>
        <source>（%1代会）</source>
        <translation> (deputy: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="59"/>
        <source>（迟到）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="61"/>
        <source>（离线，待同步）</source>
        <translation> (offline, to be synchronised)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="61"/>
        <source>（临时增加）</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="63"/>
        <source>%1 已于 %2 签到，未重复登记</source>
        <translation>%1 already checked in at %2; not recorded twice</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="66"/>
        <location filename="../../ui/wording.py" line="415"/>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="67"/>
        <source>%1 已请假%2，确认本人到会并签到吗？</source>
        <translation>%1 is on leave%2. Confirm they are here and check them in?</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="69"/>
        <source>“%1”找到 %2 位参会人员，请选择</source>
        <translation>“%1” matches %2 attendees; choose one</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="71"/>
        <source>（仅列出前 %1 位）</source>
        <translation> (only the first %1 are listed)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="75"/>
        <source>本次会议没有编号为 %1 的参会人员</source>
        <translation>This meeting has no attendee number %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="77"/>
        <source>没有找到签到码为“%1”的参会人员</source>
        <translation>No attendee has the code “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="79"/>
        <source>没有找到姓名为“%1”的参会人员</source>
        <translation>No attendee is called “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="85"/>
        <source>已同步 %1 条签到记录：写入 %2 条</source>
        <translation>Synchronised %1 check-ins: %2 written</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="88"/>
        <source>，两台重复签到 %1 人（保留最早时间，见签到页“重复签到”）</source>
        <translation>, %1 checked in at two desks (earliest time kept; see “Double check-ins”)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="90"/>
        <source>，%1 条此前已同步（未重复登记）</source>
        <translation>, %1 synchronised before (not recorded twice)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="92"/>
        <location filename="../../ui/wording.py" line="120"/>
        <location filename="../../ui/wording.py" line="143"/>
        <location filename="../../ui/wording.py" line="147"/>
        <location filename="../../ui/wording.py" line="227"/>
        <location filename="../../ui/wording.py" line="231"/>
        <location filename="../../ui/wording.py" line="242"/>
        <location filename="../../ui/wording.py" line="292"/>
        <location filename="../../ui/wording.py" line="302"/>
        <location filename="../../ui/wording.py" line="471"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="93"/>
        <source>；%1 条找不到人员或会议：%2</source>
        <translation>; %1 with no such person or meeting: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="95"/>
        <source>；%1 条属于其他工作区，未合并</source>
        <translation>; %1 belong to another workspace and were not merged</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="99"/>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="101"/>
        <source>已导入 %1 人</source>
        <translation>Imported %1 people</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="103"/>
        <source>；%1 人已在名单中，未重复添加</source>
        <translation>; %1 were on the list already and were not added twice</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="106"/>
        <source>；常用人员库新增 %1 人，更新 %2 人</source>
        <translation>; directory: %1 added, %2 updated</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="114"/>
        <source>名单已更新：新增 %1 人，变更 %2 人，移除 %3 人</source>
        <translation>List updated: %1 added, %2 changed, %3 removed</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="121"/>
        <source>；%1已请假，但座位已锁定，仍保留</source>
        <translation>; %1 on leave, but their locked seats are kept</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="123"/>
        <source>；常用人员库新增 %1 人</source>
        <translation>; directory: %1 added</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="149"/>
        <source> 等 %1 人</source>
        <translation> … (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="154"/>
        <location filename="../../ui/wording.py" line="227"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="164"/>
        <source>会议名称、时间或地点</source>
        <translation>meeting title, time or place</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="166"/>
        <source>场地</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="168"/>
        <source>单位排序</source>
        <translation>unit order</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="170"/>
        <source>会议信息（名称、时间、地点、议程、联系人）</source>
        <translation>meeting details (title, time, place, agenda, contact)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="172"/>
        <source>通知设置（发文字号、参会范围、回执）</source>
        <translation>notice settings (document number, who attends, reply slip)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="175"/>
        <source>参会单位</source>
        <translation>attending units</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="179"/>
        <location filename="../../ui/wording.py" line="181"/>
        <source>%1有变化</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="183"/>
        <source>新增 %1</source>
        <translation>new: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="185"/>
        <source>减少 %1 项</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="344"/>
        <location filename="../../ui/wording.py" line="186"/>
        <location filename="../../ui/wording.py" line="273"/>
        <location filename="../../ui/wording.py" line="461"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="189"/>
        <source>打印于旧版本，内容无法核对，请重新打印</source>
        <translation>printed by an older version: its contents cannot be checked, print it again</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="191"/>
        <source>共 %1 张</source>
        <translation>%1 cards</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="192"/>
        <source>%1 张桌签未打印或有变化：%2</source>
        <translation>%1 cards not printed or changed: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="194"/>
        <source>（其中代会 %1 人）</source>
        <translation> (%1 of them substitutes)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="197"/>
        <source>%1 张待打印：%2</source>
        <translation>%1 cards to print: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="200"/>
        <source>没有变化的桌签</source>
        <translation>no card changed since</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="254"/>
        <source>还没有选定场地、排座</source>
        <translation>No venue chosen or seats assigned yet</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="204"/>
        <source>主席台上还没有人</source>
        <translation>nobody on the rostrum yet</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="202"/>
        <source>还没有选定场地、排座</source>
        <comment>printout status</comment>
        <translation>no venue chosen or seats assigned yet</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="211"/>
        <source>无法生成：%1</source>
        <translation>Cannot be made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="213"/>
        <source>从未打印（%1）</source>
        <translation>Never printed (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="214"/>
        <source>从未打印</source>
        <translation>Never printed</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="217"/>
        <source>已打印 于 %1（%2）</source>
        <translation>Printed %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="218"/>
        <source>已打印 于 %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="219"/>
        <source>已过期：%1</source>
        <translation>Out of date: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="231"/>
        <source>（无单位）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="239"/>
        <source>%1（应于 %2）</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="244"/>
        <source> 等 %1 项</source>
        <translation> … (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="245"/>
        <source>逾期未完成的步骤：%1</source>
        <translation>Overdue steps: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="248"/>
        <source>会议通知尚未印发（“印发通知”步骤未完成）</source>
        <translation>The notice has not been issued (its checklist step is not done)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="249"/>
        <source>回执未确认：%1</source>
        <translation>No reply yet: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="251"/>
        <source>主席台人员未确认出席：%1</source>
        <translation>Rostrum attendance not confirmed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="255"/>
        <source>已请假但仍占座位：%1</source>
        <translation>On leave but still seated: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="257"/>
        <source>没有座位：%1</source>
        <translation>Without a seat: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="259"/>
        <source>桌签尚未打印（共 %1 张）</source>
        <translation>Table cards not printed yet (%1 cards)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="261"/>
        <source>代会人员的桌签未打印：%1</source>
        <translation>Substitutes&apos; cards not printed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="263"/>
        <source>桌签未打印或已过期：%1</source>
        <translation>Cards not printed or out of date: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="266"/>
        <source>签到表尚未打印</source>
        <translation>No sign-in sheet printed yet</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="269"/>
        <source>%1%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="273"/>
        <source>签到表打印后数据有变化，已过期：%1</source>
        <translation>Sign-in sheets out of date (the data changed since printing): %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="276"/>
        <source>%1尚未打印</source>
        <translation>%1 not printed yet</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="280"/>
        <source>%1打印后数据有变化，已过期：%2</source>
        <translation>%1 out of date (the data changed since printing): %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="282"/>
        <source>同名人员“%1”在不同单位：%2</source>
        <translation>The same name “%1” in different units: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="285"/>
        <source>“%1”在名单中出现 %2 次（%3）</source>
        <translation>“%1” is on the list %2 times (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="288"/>
        <source>“%1”（%2）</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="288"/>
        <source>无单位</source>
        <translation>no unit</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="292"/>
        <source>姓名写法相近，可能是同一人：%1（繁简体、全角半角或空格不同）</source>
        <translation>Names written alike, perhaps one person: %1 (traditional/simplified characters, full-width/half-width letters or spaces differ)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="294"/>
        <source>姓名中有多余空格或全角字母：%1</source>
        <translation>Names with extra spaces or full-width letters: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="296"/>
        <source>单位名称写法不一致：%1</source>
        <translation>A unit written in different ways: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="299"/>
        <source>“%1”中的“%2”（U+%3）</source>
        <translation>“%2” in “%1” (U+%3)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="304"/>
        <source> 等 %1 处</source>
        <translation> … (%1 in all)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="305"/>
        <source>没有任何字体能打印的字：%1</source>
        <translation>Characters no font can print: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="309"/>
        <source>未设定单位排序（目前按各单位最高排序号排列）</source>
        <translation>No unit order set (units follow their best rank for now)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="314"/>
        <source>在清单中完成、跳过或调整时间</source>
        <translation>Complete, skip or reschedule them in the checklist</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="316"/>
        <source>印发通知后在清单中勾选</source>
        <translation>Issue the notice, then tick its step in the checklist</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="318"/>
        <source>在参会人员中登记回执，或用更新名单导入</source>
        <translation>Record the replies under Attendees, or import an updated list</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="320"/>
        <source>与本人或其办公室确认</source>
        <translation>Confirm with them or their office</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="322"/>
        <source>在“座次”中选择场地并自动排座</source>
        <translation>Choose a venue under Seating and seat everyone automatically</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="324"/>
        <source>解锁后移出座位或重新排座</source>
        <translation>Unlock and unseat them, or seat again</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="326"/>
        <source>在“座次”中自动排座或拖到座位上</source>
        <translation>Seat automatically under Seating, or drag them onto seats</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="328"/>
        <source>文件 → 打印/导出…（Ctrl+P）写出桌签</source>
        <translation>File → Print/Export… (Ctrl+P): write the table cards</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="330"/>
        <source>文件 → 打印/导出…（Ctrl+P）写出“桌签（仅变化的）”，或 cards ID FILE --changed</source>
        <translation>File → Print/Export… (Ctrl+P): write “Table cards (changed only)”, or cards ID FILE --changed</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="332"/>
        <source>文件 → 打印/导出…（Ctrl+P）写出签到表（按单位或按笔画）</source>
        <translation>File → Print/Export… (Ctrl+P): write a sign-in sheet (by unit or by strokes)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="334"/>
        <source>文件 → 打印/导出…（Ctrl+P）重新写出这些签到表，换下旧的</source>
        <translation>File → Print/Export… (Ctrl+P): write these sign-in sheets again and replace the old copies</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="335"/>
        <source>文件 → 打印/导出…（Ctrl+P）写出%1</source>
        <translation>File → Print/Export… (Ctrl+P): write “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="338"/>
        <source>文件 → 打印/导出…（Ctrl+P）重新写出%1，换下旧的</source>
        <translation>File → Print/Export… (Ctrl+P): write “%1” again and replace the old copies</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="341"/>
        <source>核对是否为不同的人；桌签可加单位行</source>
        <translation>Check they are different people; cards can carry a unit line</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="343"/>
        <source>删除重复的一条</source>
        <translation>Delete the duplicate entry</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="345"/>
        <source>核对后在参会人员中统一写法，或删除重复的一条</source>
        <translation>Check, then write the name one way under Attendees, or delete the duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="347"/>
        <source>在参会人员中改正（去掉空格，字母用半角）；桌签会自动对齐两字姓名</source>
        <translation>Correct them under Attendees (no spaces, half-width letters); cards space two-character names by themselves</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="349"/>
        <source>在参会人员中统一为一种写法（签到表、座次按单位分组）</source>
        <translation>Use one spelling under Attendees (sign-in sheets and seating group by unit)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="355"/>
        <source>安装含有这些字的字体（或在环境变量 MEETING_PLANNER_FALLBACK_FONTS 中指定字体文件）；或打印时选“打印留空标记，手写补上”</source>
        <translation>Install a font that has these characters (or name font files in the MEETING_PLANNER_FALLBACK_FONTS environment variable), or print with “Blank for handwriting when no font has a character”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="361"/>
        <source>编辑 → 单位排序…，或 units --order</source>
        <translation>Edit → Unit order…, or units --order</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="364"/>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="365"/>
        <source>%1 个座位</source>
        <translation>%1 seats</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="366"/>
        <source>%1 条签到</source>
        <translation>%1 check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="367"/>
        <source>%1 个清单步骤</source>
        <translation>%1 checklist steps</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="368"/>
        <source>%1 条打印记录</source>
        <translation>%1 print records</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="370"/>
        <location filename="../../ui/wording.py" line="525"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="376"/>
        <source>已导出会议“%1”到 %2：%3。</source>
        <translation>Exported the meeting “%1” to %2: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="382"/>
        <source>场地“%1”已加入本工作区</source>
        <translation>The venue “%1” was added to this workspace</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="384"/>
        <source>本工作区已有不同的场地“%1”，文件中的场地另存为“%2”</source>
        <translation>This workspace has a different venue “%1”; the file’s venue was saved as “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="387"/>
        <source>单位排序沿用本工作区的设置（与文件中的不同，可在“编辑 → 单位排序”中调整）</source>
        <translation>The unit order stays as set in this workspace (the file’s differs; change it under Edit → Unit order)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="388"/>
        <source>本工作区已有这场会议（编号 %1），已另存为新会议</source>
        <translation>This workspace already has this meeting (number %1); it was saved as a new meeting</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="389"/>
        <source>原会议（编号 %1）已移入回收站，可从“文件 → 回收站”恢复</source>
        <translation>The meeting that was here (number %1) went to the bin; restore it from File → Bin</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="395"/>
        <source>已导入会议“%1”（编号 %2）：%3。</source>
        <translation>Imported the meeting “%1” (number %2): %3.</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="396"/>
        <source>%1。</source>
        <translation> %1.</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="406"/>
        <source>已安排座位：%1 人；未安排座位：%2 人；空座：%3 个</source>
        <translation>Seated: %1; without a seat: %2; empty seats: %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="431"/>
        <source>回执</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="432"/>
        <source>请假原因</source>
        <translation>Reason for leave</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="433"/>
        <source>代会</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="434"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="435"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="436"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="437"/>
        <source>排序</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="438"/>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="447"/>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="448"/>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="454"/>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="456"/>
        <source>%1 %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="469"/>
        <source>场地：%1（%2），可用座位 %3 个</source>
        <translation>Venue: %1 (%2), %3 seats available</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="476"/>
        <source>……</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="478"/>
        <source>  %1：%2 座</source>
        <translation>  %1: %2 seats</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="480"/>
        <source>，%1 排（每排 %2）</source>
        <translation>, %1 rows (seats per row: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="483"/>
        <source>，分区 %1</source>
        <translation>, sections %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="485"/>
        <source>，其中不可用 %1 座</source>
        <translation>, %1 of them unusable</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="487"/>
        <source>，预留 %1 座</source>
        <translation>, %1 reserved</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="519"/>
        <source>%1 列“%2”</source>
        <translation>column %1 “%2”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="520"/>
        <source>%1 列</source>
        <translation>column %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="532"/>
        <source>文件：%1&#x3000;工作表：%2&#x3000;表头在第 %3 行</source>
        <translation>File: %1  Sheet: %2  Header on row %3</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="537"/>
        <source>列对应：%1</source>
        <translation>Columns: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="539"/>
        <source>人员 %1 人，将导入 %2 人，跳过 %3 行，提示 %4 条</source>
        <translation>%1 people, %2 to import, %3 rows skipped, %4 notes</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="550"/>
        <source>工作表“%1”</source>
        <translation>Sheet “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="552"/>
        <source>第 %1 行</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="554"/>
        <source> %1 列</source>
        <translation>, column %1</translation>
    </message>
    <message>
        <location filename="../../ui/wording.py" line="555"/>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="231"/>
        <source>操作未完成</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app.py" line="90"/>
        <source>会务筹备</source>
        <extracomment>Printing renders at the printer&apos;s resolution, but never finer than this (an A4 page at 300 dpi is 26 MB). The light fill of desks and tables.</extracomment>
        <translation>Meeting Planner</translation>
    </message>
    <message>
        <location filename="../../app.py" line="118"/>
        <source>操作未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../app.py" line="120"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../ui/attendee_commands.py" line="23"/>
        <source>修改“%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="56"/>
        <source>上主席台（%1 人）</source>
        <translation>To rostrum (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="57"/>
        <source>下主席台（%1 人）</source>
        <translation>Off rostrum (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="80"/>
        <source>回执：%1（%2 人）</source>
        <translation>Reply: %1 (%2 people)</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="113"/>
        <source>删除 %1 名参会人员</source>
        <translation>Remove %1 attendees</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="156"/>
        <source>单位排序</source>
        <translation>Unit order</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="189"/>
        <source>更新名单</source>
        <translation>Update list</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_commands.py" line="36"/>
        <source>签到“%1”</source>
        <translation>Check in “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_commands.py" line="61"/>
        <source>撤销“%1”的签到</source>
        <translation>Undo check-in of “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_commands.py" line="81"/>
        <source>临时增加并签到“%1”</source>
        <translation>Walk-in “%1” checked in</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="20"/>
        <source>新建会议“%1”</source>
        <translation>Create meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="44"/>
        <source>删除会议“%1”</source>
        <translation>Delete meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="61"/>
        <source>恢复会议“%1”</source>
        <translation>Restore meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="78"/>
        <source>已被其他工作台修改，已刷新</source>
        <translation>Another desk changed this; the fresh data has been loaded</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="90"/>
        <source>修改会议信息</source>
        <translation>Edit meeting details</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="161"/>
        <source>添加步骤“%1”</source>
        <translation>Add step “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="184"/>
        <source>删除步骤“%1”</source>
        <translation>Remove step “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="205"/>
        <source>调整步骤顺序</source>
        <translation>Reorder steps</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>受阻</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>会前</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>会中</source>
        <translation>During</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>会后</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>会场</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>座次</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>音视频</source>
        <translation>Audio/video</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>电源网络</source>
        <translation>Power &amp; network</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>出席</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>列席</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>工作人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>未通知</source>
        <translation>Not notified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>已通知</source>
        <translation>Notified</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>代会</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>未到</source>
        <translation>Not yet arrived</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>按姓氏笔画</source>
        <translation>By surname strokes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>按姓氏笔画（单名在前）</source>
        <translation>By surname strokes (single-character given names first)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>按拼音</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>按排序号</source>
        <translation>By rank number</translation>
    </message>
</context>
<context>
    <name>self.context</name>
    <message>
        <location filename="../../ui/attendee_commands.py" line="35"/>
        <source>修改参会人员</source>
        <extracomment>``answers`` (first in, first out; the default when empty) and recorded in ``questions``. The template ``Phrase.joined`` makes: ``{part0}&lt;separator&gt;{part1}&lt;separator&gt;…``. Separators ``Phrase.joined`` uses, marked for lupdate.</extracomment>
        <translation>Edit attendee</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="46"/>
        <source>“%1”已请假，但其座位已锁定，仍保留；如需空出请先解锁。</source>
        <translation>“%1” is on leave but their seat is locked, so it is kept; unlock it to free the seat.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="96"/>
        <source>回执</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="100"/>
        <source>%1 已请假，但座位已锁定，仍保留；如需空出请先解锁。</source>
        <translation>%1 on leave, but their seats are locked and kept; unlock them to free the seats.</translation>
    </message>
    <message>
        <location filename="../../ui/attendee_commands.py" line="208"/>
        <source>更新名单</source>
        <translation>Update list</translation>
    </message>
    <message>
        <location filename="../../ui/commands.py" line="101"/>
        <location filename="../../ui/commands.py" line="104"/>
        <source>修改会议信息</source>
        <translation>Edit meeting details</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crash.py" line="0"/>
        <source>未能写入错误报告</source>
        <translation>could not write an error report</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="0"/>
        <source>程序内部出错，操作未完成，工作区未改动（{where}）。</source>
        <translation>Internal error: the operation was not completed and the workspace is unchanged ({where}).</translation>
    </message>
    <message>
        <location filename="../../crash.py" line="0"/>
        <source>详细信息已写入 {report}，请把该文件发给技术支持</source>
        <translation>details were written to {report}; please send that file to technical support</translation>
    </message>
    <message>
        <location filename="../../documents/attendance_xlsx.py" line="0"/>
        <source>无法写入“{target}”：{value}</source>
        <translation>Cannot write “{target}”: {value}</translation>
    </message>
    <message>
        <location filename="../../documents/attendance_xlsx.py" line="0"/>
        <source>无法写入“{target}”：没有权限，或该文件正在 Excel 中打开（请先关闭）。</source>
        <translation>Cannot write “{target}”: no permission, or the file is open in Excel (close it first).</translation>
    </message>
    <message>
        <location filename="../../documents/fonts.py" line="0"/>
        <source>“{owner}”的“{text}”中的字符“{char}”（U+{code:04X}）字体中没有，无法打印</source>
        <translation>The character “{char}” (U+{code:04X}) in “{text}” of “{owner}” is not in the font and cannot be printed</translation>
    </message>
    <message>
        <location filename="../../documents/fonts.py" line="0"/>
        <source>……另有 {count} 处</source>
        <translation>…and {count} more</translation>
    </message>
    <message>
        <location filename="../../documents/fonts.py" line="0"/>
        <source>可改用含有这些字的字体，或选择“打印留空标记，手写补上”。</source>
        <translation>Use a font that has these characters, or choose “Print a blank mark and write it in by hand”.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>{where}是空的，没有可导入的人员。</source>
        <translation>{where} is empty: there is nobody to import.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>{where}：在前 30 行中找不到“姓名”列（表头应含“姓名”“名字”或“Name”）；请检查工作表，或手动指定列对应（如 --map C=姓名）。</source>
        <translation>{where}: no “Name” column in the first 30 rows (the header should contain “姓名”, “名字” or “Name”); check the sheet, or map the columns yourself (e.g. --map C=姓名).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>{where}：指定的列 {names} 不存在（可用表头文字或列字母，如 C）。</source>
        <translation>{where}: the column {names} does not exist (use the header text or the column letter, e.g. C).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>{where}：没有对应到“姓名”的列，无法导入；请指定哪一列是姓名。</source>
        <translation>{where}: no column is mapped to “Name”, so nothing can be imported; say which column holds the names.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>{where}：表头（第 {value} 行）下面没有找到任何人员。</source>
        <translation>{where}: nobody was found below the header (row {value}).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>“{name}”与第 {row} 行重复，未导入这一行。</source>
        <translation>“{name}” repeats row {row}; this row was not imported.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>“{name}”的{field}“{value}”中的字符“{char}”（U+{code:04X}）没有字体能打印；请安装含有该字的字体，或打印时选择留空标记、手写补上。</source>
        <translation>No font can print the character “{char}” (U+{code:04X}) in the {field} “{value}” of “{name}”; install a font that has it, or print with blank marks and write it in by hand.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>“{name}”的{field}“{value}”含有表情符号“{emoji}”，打印件上可能无法正常显示。</source>
        <translation>The {field} “{value}” of “{name}” contains the emoji “{emoji}”, which may not print properly.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>“{text}”不像姓名，已跳过。</source>
        <translation>“{text}” does not look like a name; skipped.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>“{unit}”的“{name}”与第 {row} 行重复，未导入这一行。</source>
        <translation>“{name}” of “{unit}” repeats row {row}; this row was not imported.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>“单位”列有 {count} 个空格（多为合并单元格），已沿用上一行的单位。</source>
        <translation>The unit column has {count} empty cells (usually merged cells); the unit of the row above was used.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>主席台“{text}”无法识别（应为 √、是、Y 或 1），按不上主席台导入。</source>
        <translation>Rostrum value “{text}” not understood (use √, “是”, Y or 1); imported as not on the rostrum.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>单位</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>同名人员“{name}”出现在不同单位：{units}，请核对是否为不同的人。</source>
        <translation>The name “{name}” appears in different units: {units}; check whether they are different people.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>备注</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>姓名</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>排序“{text}”不是整数，已留空。</source>
        <translation>Rank “{text}” is not a whole number; left empty.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>文件“{name}”的工作表“{name2}”</source>
        <translation>File “{name}”, sheet “{name2}”</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>没有可见的工作表。</source>
        <translation>There is no visible sheet.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>职务</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>身份“{text}”无法识别，按“出席”导入。</source>
        <translation>Role “{text}” not understood; imported as attending.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>这一行没有姓名，已跳过。</source>
        <translation>This row has no name; skipped.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/preview.py" line="0"/>
        <source>（无单位）</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>CSV 格式有误（第 {value} 行：字段过长或引号不配对），请在 Excel 中打开后另存再导入。</source>
        <translation>The CSV is malformed (row {value}: a field too long or unmatched quotes); open it in Excel, save it again and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>不是 Excel 工作簿或 CSV 文本文件，无法识别其格式。</source>
        <translation>Not an Excel workbook or CSV text file: its format is not recognised.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>不是 Excel 工作簿，也不是 UTF-8 或 GBK 编码的 CSV 文本，无法识别其格式。</source>
        <translation>Neither an Excel workbook nor CSV text in UTF-8 or GBK: its format is not recognised.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>不是可读取的 Excel 97-2003 工作簿（{error}）。</source>
        <translation>Not a readable Excel 97-2003 workbook ({error}).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>工作簿设置了密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入。</source>
        <translation>The workbook is password-protected (encrypted) and cannot be read; remove the password in Excel, save it again and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>工作簿设置了打开密码（已加密），无法读取；请在 Excel 中取消密码后另存再导入。</source>
        <translation>The workbook has a password to open (encrypted) and cannot be read; remove the password in Excel, save it again and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>工作表中的单元格过多（一行超过 {MAX_CELLS_PER_ROW} 个或共超过 {MAX_CELLS} 个），可能是异常文件，已拒绝读取。</source>
        <translation>The sheet has too many cells (more than {MAX_CELLS_PER_ROW} in a row or {MAX_CELLS} in all); it may be a malformed file and was refused.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>工作表已损坏，无法读取；请在 Excel 中打开后另存为 .xlsx 再导入。</source>
        <translation>The sheet is damaged and cannot be read; open it in Excel, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>找不到该文件。</source>
        <translation>The file cannot be found.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件“{file}”的工作表“{sheet}”：{text}</source>
        <translation>File “{file}”, sheet “{sheet}”: {text}</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件“{file}”：{text}</source>
        <translation>File “{file}”: {text}</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件不完整，缺少部件 {error}。</source>
        <translation>The file is incomplete: the part {error} is missing.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件中的部件已加密，无法读取；请在 Excel 中取消密码后另存再导入。</source>
        <translation>Parts of the file are encrypted and cannot be read; remove the password in Excel, save it again and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件内容已损坏或格式异常，无法读取；请在 Excel 中打开后另存为 .xlsx 再导入。</source>
        <translation>The file is damaged or in an unexpected format and cannot be read; open it in Excel, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件含有不安全的 XML 实体定义（可能是恶意构造的文件），已拒绝读取。</source>
        <translation>The file contains unsafe XML entity definitions (possibly a crafted file) and was refused.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件已损坏或不完整（压缩结构无法读取），请重新获取或在 Excel 中另存后再导入。</source>
        <translation>The file is damaged or incomplete (its zip structure cannot be read); get it again, or save it again in Excel, and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件已损坏或不完整，无法读取其内容。</source>
        <translation>The file is damaged or incomplete; its content cannot be read.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件已损坏或不完整，无法读取；请在 Excel 中打开后另存为 .xlsx 再导入。</source>
        <translation>The file is damaged or incomplete and cannot be read; open it in Excel, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件已损坏（其中的“{broken}”校验失败），请重新获取该文件。</source>
        <translation>The file is damaged (the check of its part “{broken}” failed); please get the file again.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件是空的（0 字节）。</source>
        <translation>The file is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件超过 {value} MB，过大。</source>
        <translation>The file is larger than {value} MB: too big.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>文件过大或结构异常，无法读取。</source>
        <translation>The file is too big or malformed and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>无法读取（{value}）。</source>
        <translation>Cannot be read ({value}).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>有 {nrows} 行，超过导入上限 {max_rows} 行。</source>
        <translation>It has {nrows} rows, more than the import limit of {max_rows}.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>没有名为“{sheet}”的工作表（有：{available}）。</source>
        <translation>There is no sheet named “{sheet}” (there are: {available}).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>解压后超过 {value} MB，过大，已拒绝读取（可能是异常文件）。</source>
        <translation>Unpacked it is larger than {value} MB: too big, refused (it may be a malformed file).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>超过 {max_rows} 行，超出导入上限。</source>
        <translation>More than {max_rows} rows: over the import limit.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>超过 {max_rows} 行，超出导入上限；请拆分名单或提高上限。</source>
        <translation>More than {max_rows} rows: over the import limit; split the list or raise the limit.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>这是 Word 文档，不是 Excel 工作簿；请把名单另存为 .xlsx 后再导入。</source>
        <translation>This is a Word document, not an Excel workbook; save the list as .xlsx and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>这是一个压缩包，但不是 Excel 工作簿（.xlsx）。</source>
        <translation>This is a zip archive but not an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>这是一个文件夹，不是名单文件。</source>
        <translation>This is a folder, not a list file.</translation>
    </message>
    <message>
        <location filename="../../documents/importing/sources.py" line="0"/>
        <source>这是网页/XML 格式的文件（并非真正的 Excel 工作簿）；请在 Excel 中打开后另存为 .xlsx 再导入。</source>
        <translation>This is a web page/XML file (not a real Excel workbook); open it in Excel, save it as .xlsx and import that.</translation>
    </message>
    <message>
        <location filename="../../documents/seating_pdf.py" line="0"/>
        <source>朝向“{orientation}”无效，应为 audience（面向主席台）或 stage（主席台视角）</source>
        <translation>The orientation “{orientation}” is not valid: it should be audience (facing the rostrum) or stage (seen from the rostrum)</translation>
    </message>
    <message>
        <location filename="../../documents/seating_pdf.py" line="0"/>
        <source>纸张“{paper}”无效，应为 auto 或 a4</source>
        <translation>The paper “{paper}” is not valid: it should be auto or a4</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}，字段 steps：缺少以下类别的步骤：{missing}</source>
        <translation>{source}, field steps: steps are missing for these categories: {missing}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}，字段 steps：至少需要一个 [[steps]]</source>
        <translation>{source}, field steps: at least one [[steps]] is needed</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}，字段 {field}</source>
        <translation>{source}, field {field}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}，步骤 {step}</source>
        <translation>{source}, step {step}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}，步骤 {step}，字段 {field}</source>
        <translation>{source}, step {step}, field {field}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}：TOML 嵌套过深，无法读取</source>
        <translation>{source}: the TOML is nested too deeply and cannot be read</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{source}：TOML 格式错误：{error}</source>
        <translation>{source}: TOML syntax error: {error}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 category：“{category_text}”不是已知类别（{names}）</source>
        <translation>{where}, field category: “{category_text}” is not a known category ({names})</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 offset：{error}</source>
        <translation>{where}, field offset: {error}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 phase：“{phase_text}”不是 before/during/after（会前/会中/会后）</source>
        <translation>{where}, field phase: “{phase_text}” is not before/during/after</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 quantity：{error}</source>
        <translation>{where}, field quantity: {error}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 subitems：应为文字列表，如 [&quot;话筒&quot;, &quot;投影&quot;]</source>
        <translation>{where}, field subitems: should be a list of texts, e.g. [&quot;话筒&quot;, &quot;投影&quot;]</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 {field}：不能为空</source>
        <translation>{where}, field {field}: must not be empty</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 {field}：应为文字，实际是 {value!r}</source>
        <translation>{where}, field {field}: should be text, but is {value!r}</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 {field}：缺少此字段</source>
        <translation>{where}, field {field}: this field is missing</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}，字段 {value}：未知字段（可用：{sorted}）</source>
        <translation>{where}, field {value}: unknown field (known: {sorted})</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}：应为一个 [[steps]] 表</source>
        <translation>{where}: should be one [[steps]] table</translation>
    </message>
    <message>
        <location filename="../../documents/template_toml.py" line="0"/>
        <source>{where}：步骤键重复</source>
        <translation>{where}: duplicate step key</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{path}：工作表“{title}”太大（{max_row} 行 × {max_column} 列），座位图最多 {value} 行 × {MAX_COUNT} 列</source>
        <translation>{path}: the sheet “{title}” is too big ({max_row} rows × {max_column} columns); a seating chart has at most {value} rows × {MAX_COUNT} columns</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{path}：文件太大（超过 {value} MB），不像一张座位图</source>
        <translation>{path}: the file is too big (over {value} MB) to be a seating chart</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{path}：无法作为 Excel 工作簿（.xlsx）打开（{error}）</source>
        <translation>{path}: cannot be opened as an Excel workbook (.xlsx) ({error})</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{source}：有看不懂的单元格：{problems}{more}</source>
        <translation>{source}: cells that cannot be understood: {problems}{more}</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{source}：没有找到座位</source>
        <translation>{source}: no seats were found</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{source}：第一个工作表没有座位（没有非空或带边框的单元格）</source>
        <translation>{source}: the first sheet has no seats (no non-empty or bordered cells)</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>{unclear} 不像座位（座位格可写 □、○、数字或姓名）</source>
        <translation>{unclear} do not look like seats (a seat cell may hold □, ○, a number or a name)</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>单元格 {column_name}{row}“{text}”不像排号（如 第1排、1、一排）</source>
        <translation>cell {column_name}{row} “{text}” does not look like a row number (such as “第1排”, “1” or “一排”)</translation>
    </message>
    <message>
        <location filename="../../documents/venue_grid.py" line="0"/>
        <source>第 {row} 行标为“{label}”，但没有座位</source>
        <translation>row {row} is labelled “{label}” but has no seats</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>{path}：文件太大，不像场地文件</source>
        <translation>{path}: the file is too big to be a venue file</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>{path}：无法读取场地文件（{error}）</source>
        <translation>{path}: cannot read the venue file ({error})</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>{source}：不是有效的 TOML（{error}）</source>
        <translation>{source}: not valid TOML ({error})</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>{source}：数组或内联表嵌套太深</source>
        <translation>{source}: arrays or inline tables are nested too deeply</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>{source}：数组或内联表嵌套太深（{depth} 层，最多 {MAX_NESTING} 层）</source>
        <translation>{source}: arrays or inline tables are nested too deeply ({depth} levels, at most {MAX_NESTING})</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>{source}：文件太大（{text_count} 个字符，场地文件最多 {MAX_TOML_CHARS} 个）</source>
        <translation>{source}: the file is too big ({text_count} characters; a venue file has at most {MAX_TOML_CHARS})</translation>
    </message>
    <message>
        <location filename="../../documents/venue_toml.py" line="0"/>
        <source>工作区场地“{key}”</source>
        <translation>workspace venue “{key}”</translation>
    </message>
    <message>
        <location filename="../../domain/checklist.py" line="0"/>
        <source>“{text}”：指定钟点时只能按整天偏移</source>
        <translation>“{text}”: with a time of day the offset must be in whole days</translation>
    </message>
    <message>
        <location filename="../../domain/checklist.py" line="0"/>
        <source>无法识别的时间偏移 “{text}”（示例：-7d、-1d 16:00、-30min、+2d）</source>
        <translation>Unrecognised time offset “{text}” (examples: -7d, -1d 16:00, -30min, +2d)</translation>
    </message>
    <message>
        <location filename="../../domain/checklist.py" line="0"/>
        <source>时间 “{group}” 不存在</source>
        <translation>The time “{group}” does not exist</translation>
    </message>
    <message>
        <location filename="../../domain/checklist.py" line="0"/>
        <source>时间偏移 “{text}” 过大（最多前后 {MAX_OFFSET_DAYS} 天）</source>
        <translation>The time offset “{text}” is too large (at most {MAX_OFFSET_DAYS} days either way)</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>{label}“{shown}”过长：{length} 个字符，最多 {most} 个</source>
        <translation>{label} “{shown}” is too long: {length} characters, at most {most}</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>主办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>代会人姓名</source>
        <translation>Substitute's name</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>代会人职务</source>
        <translation>Substitute's title</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>会场</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>会议名称</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>完成人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>携带材料</source>
        <translation>Materials to bring</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>步骤名称</source>
        <translation>Step title</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>签到码</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>请假事由</source>
        <translation>Leave reason</translation>
    </message>
    <message>
        <location filename="../../domain/limits.py" line="0"/>
        <source>负责</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../domain/protocol.py" line="0"/>
        <source>上位方向“{value}”无效，应为 left（左为上）或 right（右为上）</source>
        <translation>The senior side “{value}” is not valid: it should be left (left is senior) or right (right is senior)</translation>
    </message>
    <message>
        <location filename="../../domain/protocol.py" line="0"/>
        <source>偶数规则“{value}”无效，应为 standard（2号在1号上位侧）或 mirrored（1号在中心上位侧）</source>
        <translation>The even-number rule “{value}” is not valid: it should be standard (No. 2 on the senior side of No. 1) or mirrored (No. 1 on the senior side of the centre)</translation>
    </message>
    <message>
        <location filename="../../domain/protocol.py" line="0"/>
        <source>场下排法“{value}”无效，应为 rows（横排）、columns（竖排）或 centre（左右排列）</source>
        <translation>The floor layout “{value}” is not valid: it should be rows, columns or centre (left and right)</translation>
    </message>
    <message>
        <location filename="../../domain/protocol.py" line="0"/>
        <source>座位数不能为负数</source>
        <translation>The number of seats cannot be negative</translation>
    </message>
    <message>
        <location filename="../../domain/protocol.py" line="0"/>
        <source>按姓氏笔画排序需要笔画数据（strokes）</source>
        <translation>Sorting by surname strokes needs the stroke data (strokes)</translation>
    </message>
    <message>
        <location filename="../../domain/protocol.py" line="0"/>
        <source>按拼音排序需要拼音数据（pinyin）</source>
        <translation>Sorting by pinyin needs the pinyin data (pinyin)</translation>
    </message>
    <message>
        <location filename="../../domain/quantity.py" line="0"/>
        <source>数量规则 “{strip}” 中的数字过大（数量最多 {MAX_QUANTITY}，倍数最多 {MAX_FACTOR}）</source>
        <translation>A number in the quantity rule “{strip}” is too large (quantity at most {MAX_QUANTITY}, factor at most {MAX_FACTOR})</translation>
    </message>
    <message>
        <location filename="../../domain/quantity.py" line="0"/>
        <source>数量规则 “{strip}” 中的数字过大（最多 {MAX_QUANTITY}）</source>
        <translation>A number in the quantity rule “{strip}” is too large (at most {MAX_QUANTITY})</translation>
    </message>
    <message>
        <location filename="../../domain/quantity.py" line="0"/>
        <source>无法识别的数量规则 “{text}”（示例：attendees + 10、attendees * 1.1、4）</source>
        <translation>Unrecognised quantity rule “{text}” (examples: attendees + 10, attendees * 1.1, 4)</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>{source}：{value} 应为表（table）</source>
        <translation>{source}: {value} should be a table</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>{source}：字段 {name} {problem}</source>
        <translation>{source}: field {name} {problem}</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>“{zone_key}”重复或含冒号</source>
        <translation>“{zone_key}” is a duplicate or contains a colon</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>不能为空</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>与每排座位数相乘为 {value} 个座位，超过上限 {MAX_SEATS}</source>
        <translation>times the seats per row gives {value} seats, more than the limit of {MAX_SEATS}</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>只能含字母、数字、- 和 _（不能有空格、冒号或斜杠）</source>
        <translation>may contain only letters, digits, - and _ (no spaces, colons or slashes)</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>处累计 {total} 个座位，超过一个场地的上限 {MAX_SEATS}</source>
        <translation>add up to {total} seats, more than a venue's limit of {MAX_SEATS}</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>太宽（{width} 列，最多 {MAX_COUNT} 列）</source>
        <translation>is too wide ({width} columns, at most {MAX_COUNT})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>太长（{value_count} 个字，最多 {MAX_TEXT} 个）</source>
        <translation>is too long ({value_count} characters, at most {MAX_TEXT})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为 true 或 false（现为 {value!r}）</source>
        <translation>should be true or false (is {value!r})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为 {choices} 之一（现为 {value!r}）</source>
        <translation>should be one of {choices} (is {value!r})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为 {minimum:g} 到 {maximum:g} 之间的数（现为 {shown}）</source>
        <translation>should be a number from {minimum:g} to {maximum:g} (is {shown})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为 {minimum} 到 {maximum} 之间的整数（现为 {shown}）</source>
        <translation>should be a whole number from {minimum} to {maximum} (is {shown})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为最多 {maximum_length} 个、每个 {minimum} 到 {maximum} 之间的整数列表（现为 {shown}）</source>
        <translation>should be a list of at most {maximum_length} whole numbers, each from {minimum} to {maximum} (is {shown})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为最多 {maximum_length} 项的文字列表（现为 {shown}）</source>
        <translation>should be a list of at most {maximum_length} texts (is {shown})</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为非空文字</source>
        <translation>should be non-empty text</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应为非空的表数组</source>
        <translation>should be a non-empty array of tables</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应有 {count} 项（图中有 {count} 个区），现有 {names_count} 项</source>
        <translation>should have {count} items (the chart has {count} sections), has {names_count}</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>应有 {lines_count} 项（每排一项），现有 {row_labels_count} 项</source>
        <translation>should have {lines_count} items (one per row), has {row_labels_count}</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>文件</source>
        <translation>the file</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>的 key 有重复</source>
        <translation>has a duplicate key</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>第 {number} 行含无法识别的字符 {sorted!r}（只能用 o、x 和 .）</source>
        <translation>line {number} has unrecognised characters {sorted!r} (only o, x and . are allowed)</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>缺失</source>
        <translation>is missing</translation>
    </message>
    <message>
        <location filename="../../domain/venue.py" line="0"/>
        <source>项数太多（{value_count} 项，最多 {MAX_LIST} 项）</source>
        <translation>has too many items ({value_count}, at most {MAX_LIST})</translation>
    </message>
    <message>
        <location filename="../../errors.py" line="0"/>
        <source>已被其他工作台修改，已刷新</source>
        <translation>Changed at another desk meanwhile; refreshed</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>“{name}”的{problems}。</source>
        <translation>For “{name}”: {problems}.</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>“{name}”设为代会时，须填写代会人姓名</source>
        <translation>“{name}” is marked as substituted: the substitute's name is needed</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>代会须逐人填写代会人姓名</source>
        <translation>A substitute's name must be entered for each person</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>姓名不能为空</source>
        <translation>The name must not be empty</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>本次会议没有这些人员：{names}</source>
        <translation>These people are not in this meeting: {names}</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>该参会人员尚未保存</source>
        <translation>This attendee has not been saved yet</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>该参会人员（{name}）已不存在</source>
        <translation>This attendee ({name}) no longer exists</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>该参会人员（编号 {attendee_id}）已不存在</source>
        <translation>This attendee (no. {attendee_id}) no longer exists</translation>
    </message>
    <message>
        <location filename="../../services/attendees.py" line="0"/>
        <source>这些姓名对应多人，请改用签到码：{listed}</source>
        <translation>These names match several people, please use the check-in code instead: {listed}</translation>
    </message>
    <message>
        <location filename="../../services/backups.py" line="0"/>
        <source>只有 SQLite 工作区文件有备份。</source>
        <translation>Only SQLite workspace files have backups.</translation>
    </message>
    <message>
        <location filename="../../services/desk.py" line="0"/>
        <source>{path} 中的签到记录属于其他工作区，未合并。</source>
        <translation>The check-ins in {path} belong to another workspace; nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../services/desk.py" line="0"/>
        <source>无法连接数据库服务器，本签到台尚未载入本次会议的名单，暂时无法离线签到，请用纸质签到表。</source>
        <translation>Cannot reach the database server, and this check-in desk has not loaded this meeting's list yet, so it cannot check people in offline; please use the paper sign-in sheet.</translation>
    </message>
    <message>
        <location filename="../../services/emergency_kit.py" line="0"/>
        <source>签到台数量应在 1 到 {MAX_DESKS} 之间，而不是 {desks}</source>
        <translation>The number of check-in desks should be from 1 to {MAX_DESKS}, not {desks}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="0"/>
        <source>无法读写文件 {name}：{reason}，未做任何更改。</source>
        <translation>Cannot read or write the file {name}: {reason}; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="0"/>
        <source>无法读写文件：{reason}，未做任何更改。</source>
        <translation>Cannot read or write the file: {reason}; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../services/exports.py" line="0"/>
        <source>没有名为“{name}”的导出格式（可用：{BY_NAME}）</source>
        <translation>There is no export format named “{name}” (known: {BY_NAME})</translation>
    </message>
    <message>
        <location filename="../../services/fonts.py" line="0"/>
        <source>本机没有安装字体“{family}”（{value}）；可用 fonts 命令查看已安装的字体</source>
        <translation>The font “{family}” is not installed on this computer ({value}); the fonts command lists the installed fonts</translation>
    </message>
    <message>
        <location filename="../../services/fonts.py" line="0"/>
        <source>没有“{value}”这种字体用途；可选：{ROLES}</source>
        <translation>There is no font use “{value}”; choose from: {ROLES}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="0"/>
        <source>{name}，工作表“{sheet}”：{join}{more}。请改短后再导入，未导入任何人。</source>
        <translation>{name}, sheet “{sheet}”: {join}{more}. Shorten them and import again; nobody was imported.</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="0"/>
        <source>列对应“{column}={target}”中的“{target}”不是可导入的字段（可用：姓名、单位、职务、电话、性别、排序、备注、身份、回执、代会人、主席台、签到码、不导入）</source>
        <translation>In the column mapping “{column}={target}”, “{target}” is not a field that can be imported (known: 姓名, 单位, 职务, 电话, 性别, 排序, 备注, 身份, 回执, 代会人, 主席台, 签到码, 不导入)</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="0"/>
        <source>第 {row} 行 {column} 列{problem}</source>
        <translation>row {row}, column {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="0"/>
        <source>第 {row} 行{problem}</source>
        <translation>row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../services/importing.py" line="0"/>
        <source>等 {problems_count} 处</source>
        <translation> ({problems_count} in all)</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>true 或 false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 不完整：缺少 {DATA}。</source>
        <translation>{name} is incomplete: {DATA} is missing.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 不是会务筹备会议文件，或文件不完整（可能复制时被截断）。</source>
        <translation>{name} is not a Meeting Planner meeting file, or the file is incomplete (perhaps cut short while copying).</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 不是会务筹备导出的会议文件。</source>
        <translation>{name} is not a meeting file exported by Meeting Planner.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 不是会务筹备导出的会议文件（缺少 {MANIFEST}）。</source>
        <translation>{name} is not a meeting file exported by Meeting Planner ({MANIFEST} is missing).</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 中的会议“{title}”本工作区已有（{where}），未导入任何内容。</source>
        <translation>The meeting “{title}” in {name} is already in this workspace ({where}); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 中的场地</source>
        <translation>the venue in {name}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 太大（{file_size} 字节，最多 {limit} 字节）</source>
        <translation>{name} is too big ({file_size} bytes, at most {limit})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 太大（{value} MB），不像会议文件（最大 {value2} MB）。</source>
        <translation>{name} is too big ({value} MB) to be a meeting file (at most {value2} MB).</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 太大（超过 {limit} 字节）</source>
        <translation>{name} is too big (over {limit} bytes)</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 已损坏，无法读取（{__name__}）。</source>
        <translation>{name} is damaged and cannot be read ({__name__}).</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 已损坏，无法读取（{error}）。</source>
        <translation>{name} is damaged and cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 已损坏：内容与校验值不符（可能复制时出错），未导入任何内容。</source>
        <translation>{name} is damaged: the content does not match its checksum (perhaps a copying error); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 由更新版本的会务筹备导出（格式版本 {version}，本软件支持到 {FORMAT_VERSION}），请升级本软件后再导入。</source>
        <translation>{name} was exported by a newer Meeting Planner (format version {version}; this version reads up to {FORMAT_VERSION}); please upgrade before importing it.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{name} 的格式版本无法识别（{shown}）。</source>
        <translation>The format version of {name} is not recognised ({shown}).</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{what} 不是有效的 JSON</source>
        <translation>{what} is not valid JSON</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{where}应为对象（不是 {shown}）</source>
        <translation>{where} should be an object (not {shown})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{where}的“{key}”太多（{value_count} 项，最多 {limit} 项）</source>
        <translation>{where}: too many “{key}” ({value_count} items, at most {limit})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{where}的“{key}”太长（{value_count} 个字符，最多 {value} 个）</source>
        <translation>{where}: “{key}” is too long ({value_count} characters, at most {value})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{where}的“{key}”应为{expected}（不是 {shown}）</source>
        <translation>{where}: “{key}” should be {expected} (not {shown})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{where}的“{key}”超出范围（{value}，应在 {low} 到 {high} 之间）</source>
        <translation>{where}: “{key}” is out of range ({value}, should be from {low} to {high})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>{where}缺少“{key}”</source>
        <translation>{where}: “{key}” is missing</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>不允许的数值 {name}</source>
        <translation>The value {name} is not allowed</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>不带时区的本地时间</source>
        <translation>a local time without a time zone</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>会议名称为空</source>
        <translation>The meeting title is empty</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>会议文件 {name} 有误：{error}。未导入任何内容。</source>
        <translation>The meeting file {name} is wrong: {error}. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>会议的“notice”（通知设置）应为文字或 true/false 的取值</source>
        <translation>The meeting's “notice” (notice settings) should be text or true/false values</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>会议的“seating_rules”（排座规则）应为简短文字</source>
        <translation>The meeting's “seating_rules” should be a short text</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>会议的“uid”不是有效的标识（{shown}）</source>
        <translation>The meeting's “uid” is not a valid identifier ({shown})</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>其中之一：{allowed}</source>
        <translation>one of: {allowed}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>列表</source>
        <translation>a list</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>参会人员的“ref”有重复</source>
        <translation>Duplicate “ref” among the attendees</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>同一位参会人员有两条签到</source>
        <translation>One attendee has two check-ins</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>在回收站中</source>
        <translation>in the bin</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>对象</source>
        <translation>an object</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>座位有重复</source>
        <translation>Duplicate seats</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>打印记录有重复</source>
        <translation>Duplicate print records</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>文字</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>无法读取会议文件 {path}：{value}。</source>
        <translation>Cannot read the meeting file {path}: {value}.</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>时间</source>
        <translation>a time</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>时间（如 2026-12-01T09:00:00）</source>
        <translation>a time (e.g. 2026-12-01T09:00:00)</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>清单步骤的“key”有重复</source>
        <translation>Duplicate “key” among the checklist steps</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>现名“{title}”</source>
        <translation>now called “{title}”</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {number} 个清单步骤</source>
        <translation>checklist step {number}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {number} 个清单步骤的“subitems”应为文字列表</source>
        <translation>“subitems” of checklist step {number} should be a list of texts</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {number} 个清单步骤：{error}</source>
        <translation>Checklist step {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {number} 位参会人员</source>
        <translation>attendee {number}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {number} 位参会人员没有姓名</source>
        <translation>Attendee {number} has no name</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 个单位</source>
        <translation>unit {n}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 个座位</source>
        <translation>seat {n}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 个座位的“attendee”（{who}）不是文件中的参会人员</source>
        <translation>The “attendee” ({who}) of seat {n} is not an attendee in the file</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 个座位：同一位参会人员（{who}）有两个座位</source>
        <translation>Seat {n}: the same attendee ({who}) has two seats</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 条打印记录</source>
        <translation>print record {n}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 条签到</source>
        <translation>check-in {n}</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>第 {n} 条签到的“attendee”（{who}）不是文件中的参会人员</source>
        <translation>The “attendee” ({who}) of check-in {n} is not an attendee in the file</translation>
    </message>
    <message>
        <location filename="../../services/meeting_file.py" line="0"/>
        <source>编号 {id}</source>
        <translation>no. {id}</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>{problems}。</source>
        <translation>{problems}.</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>会议 {id} 没有键为 “{key}” 的步骤（例如：{keys}{more}）</source>
        <translation>Meeting {id} has no step with the key “{key}” (for example: {keys}{more})</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>会议 {meeting_id} 没有键为 “{key}” 的步骤</source>
        <translation>Meeting {meeting_id} has no step with the key “{key}”</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>会议名称不能为空</source>
        <translation>The meeting title must not be empty</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>会议尚未保存</source>
        <translation>The meeting has not been saved yet</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>模板键 “{key}” 不能为空或含空格</source>
        <translation>The template key “{key}” must not be empty or contain spaces</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>模板键 “{key}” 与内置模板重复，请换一个</source>
        <translation>The template key “{key}” is already used by a built-in template; choose another</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>模板键最多 100 个字符，模板名称最多 200 个字符</source>
        <translation>A template key has at most 100 characters, a template name at most 200</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>步骤不存在</source>
        <translation>The step does not exist</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>步骤键 “{key}” 已存在</source>
        <translation>The step key “{key}” already exists</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>没有编号为 {id} 的会议</source>
        <translation>There is no meeting with the number {id}</translation>
    </message>
    <message>
        <location filename="../../services/meetings.py" line="0"/>
        <source>结束时间 {end:%Y-%m-%d %H:%M} 早于开始时间 {start:%Y-%m-%d %H:%M}</source>
        <translation>The end {end:%Y-%m-%d %H:%M} is before the start {start:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="0"/>
        <source>主席台上还没有人，没有主席台桌签可打印</source>
        <translation>Nobody is on the rostrum yet: there are no rostrum table cards to print</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="0"/>
        <source>打印件“{document}”没有内容记录</source>
        <translation>The printout “{document}” has no record of its content</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="0"/>
        <source>打印件“{key}”无法生成</source>
        <translation>The printout “{key}” cannot be made</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="0"/>
        <source>没有可打印的桌签</source>
        <translation>There are no table cards to print</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="0"/>
        <source>没有名为“{key}”的打印件（可用：{BY_KEY}）</source>
        <translation>There is no printout named “{key}” (known: {BY_KEY})</translation>
    </message>
    <message>
        <location filename="../../services/printouts.py" line="0"/>
        <source>没有需要打印的桌签：自上次打印以来内容都没有变化</source>
        <translation>No table cards need printing: nothing has changed since they were last printed</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>{error}。请在“编辑场地”中修改后保存，或重新导入该场地</source>
        <translation>{error}. Correct it in “Edit venue” and save, or import the venue again</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>会议“{title}”还没有选定场地，请先排座（seat --venue ...）</source>
        <translation>The meeting “{title}” has no venue yet; seat it first (seat --venue ...)</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>找不到场地“{venue}”</source>
        <translation>The venue “{venue}” cannot be found</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>排序方式“{sort}”无效，应为 unit（按单位）或 name（按姓名）</source>
        <translation>The sort order “{sort}” is not valid: it should be unit (by unit) or name (by name)</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>桌签附加行“{line}”无效，应为 none、title 或 unit</source>
        <translation>The extra table-card line “{line}” is not valid: it should be none, title or unit</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>此人的座位已锁定，请先解锁</source>
        <translation>This person's seat is locked; unlock it first</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>没有名为“{text}”的场地（可用：{known}）</source>
        <translation>There is no venue named “{text}” (known: {known})</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>目标座位已锁定，请先解锁</source>
        <translation>The target seat is locked; unlock it first</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>要安排的人员已被其他工作台移出名单，已刷新</source>
        <translation>The person to be seated was removed from the list at another desk; refreshed</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>该会议还没有选定场地，请先选择场地</source>
        <translation>This meeting has no venue yet; choose a venue first</translation>
    </message>
    <message>
        <location filename="../../services/seating.py" line="0"/>
        <source>锁定的座位不能交换，请先解锁</source>
        <translation>Locked seats cannot be swapped; unlock them first</translation>
    </message>
    <message>
        <location filename="../../services/templates.py" line="0"/>
        <source>{name}：不是 UTF-8 编码的文本文件</source>
        <translation>{name}: not a UTF-8 text file</translation>
    </message>
    <message>
        <location filename="../../services/templates.py" line="0"/>
        <source>{name}：无法读取（{io_reason}）</source>
        <translation>{name}: cannot be read ({io_reason})</translation>
    </message>
    <message>
        <location filename="../../services/templates.py" line="0"/>
        <source>“{key}” 是内置模板，不能删除</source>
        <translation>“{key}” is a built-in template and cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../services/templates.py" line="0"/>
        <source>工作区中没有键为 “{key}” 的模板</source>
        <translation>The workspace has no template with the key “{key}”</translation>
    </message>
    <message>
        <location filename="../../services/templates.py" line="0"/>
        <source>没有键为 “{key}” 的模板（可用：{known}）</source>
        <translation>There is no template with the key “{key}” (known: {known})</translation>
    </message>
    <message>
        <location filename="../../storage/attendees.py" line="0"/>
        <source>签到码 {code} 已是{whose}的签到码，不能再给“{name}”。</source>
        <translation>The check-in code {code} already belongs to {whose}; it cannot also be given to “{name}”.</translation>
    </message>
    <message>
        <location filename="../../storage/backups.py" line="0"/>
        <source>备份 {target} 校验未通过，未保存该备份（工作区 {path} 本身可能已损坏）。</source>
        <translation>The backup {target} failed its check and was not kept (the workspace {path} itself may be damaged).</translation>
    </message>
    <message>
        <location filename="../../storage/backups.py" line="0"/>
        <source>恢复后的工作区 {path} 校验未通过，请换一个备份再试。</source>
        <translation>The restored workspace {path} failed its check; please try another backup.</translation>
    </message>
    <message>
        <location filename="../../storage/backups.py" line="0"/>
        <source>无法写入备份 {target}：{io_reason}，未保存该备份。</source>
        <translation>Cannot write the backup {target}: {io_reason}; the backup was not kept.</translation>
    </message>
    <message>
        <location filename="../../storage/backups.py" line="0"/>
        <source>无法恢复到 {path}：{io_reason}。</source>
        <translation>Cannot restore to {path}: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/backups.py" line="0"/>
        <source>无法恢复到 {path}：{reason}，原工作区已另存为 *.damaged-{stamp}。</source>
        <translation>Cannot restore to {path}: {reason}; the old workspace was kept as *.damaged-{stamp}.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（不是会务筹备导出的签到日志）。</source>
        <translation>{bad} (not a check-in journal exported by Meeting Planner).</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（不是文本文件）。</source>
        <translation>{bad} (not a text file).</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（文件过大）。</source>
        <translation>{bad} (file too big).</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（版本 {get} 不受支持，请升级本软件）。</source>
        <translation>{bad} (version {get} is not supported; please upgrade this program).</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（第 {lineno} 行内容不完整或已损坏），未合并任何记录。</source>
        <translation>{bad} (line {lineno} is incomplete or damaged); nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（第 {number} 条记录不完整或已损坏），未合并任何记录。</source>
        <translation>{bad} (entry {number} is incomplete or damaged); nothing was merged.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{bad}（缺少记录列表）。</source>
        <translation>{bad} (the list of entries is missing).</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>{path} 不是有效的签到日志文件</source>
        <translation>{path} is not a valid check-in journal file</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>找不到签到日志文件 {path}。</source>
        <translation>The check-in journal file {path} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>无法写入签到日志 {path}：{io_reason}，本条未记录。</source>
        <translation>Cannot write the check-in journal {path}: {io_reason}; this entry was not recorded.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>无法写入签到日志文件 {path}：{io_reason}，未导出。</source>
        <translation>Cannot write the check-in journal file {path}: {io_reason}; nothing was exported.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>无法打开签到日志 {path}：{io_reason}。</source>
        <translation>Cannot open the check-in journal {path}: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>无法读取签到日志 {path}：{io_reason}。</source>
        <translation>Cannot read the check-in journal {path}: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>无法读取签到日志文件 {path}：{io_reason}。</source>
        <translation>Cannot read the check-in journal file {path}: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/desk_journal.py" line="0"/>
        <source>签到日志 {path} 无法读取（{io_reason}）：请把它改名保存（其中的记录可交技术人员恢复），再重新打开本软件。</source>
        <translation>The check-in journal {path} cannot be read ({io_reason}): rename it to keep it (technical staff can recover its entries), then open this program again.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>工作区 {where} 的数据库出错：{detail}。本次更改未保存。</source>
        <translation>Database error in the workspace {where}: {detail}. This change was not saved.</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>文件已损坏</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>文件正被其他程序占用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>没有写入权限</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>磁盘为只读</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>磁盘空间已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>磁盘配额已用完</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <location filename="../../storage/errors.py" line="0"/>
        <source>读写出错（{detail}）</source>
        <translation>read/write error ({detail})</translation>
    </message>
    <message>
        <location filename="../../storage/seating.py" line="0"/>
        <source>座位已被其他工作台修改，已刷新</source>
        <translation>Seat changed at another desk meanwhile; refreshed</translation>
    </message>
    <message>
        <location filename="../../storage/venues.py" line="0"/>
        <source>{label}“{value}…”过长：{value_count} 个字符，最多 {most} 个</source>
        <translation>{label} “{value}…” is too long: {value_count} characters, at most {most}</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>{NEWER_VERSION}（{where} 的版本为 {revision}，本软件支持到 {SCHEMA_HEAD}）。</source>
        <translation>{NEWER_VERSION} ({where} is at version {revision}; this program supports up to {SCHEMA_HEAD}).</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>{NEWER_VERSION}（备份 {backup} 的版本为 {value}）。</source>
        <translation>{NEWER_VERSION} (the backup {backup} is at version {value}).</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>{backup} 不是会务筹备工作区的备份。</source>
        <translation>{backup} is not a backup of a Meeting Planner workspace.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>{backup} 就是工作区本身，请选择 backups 文件夹里的备份。</source>
        <translation>{backup} is the workspace itself; choose a backup in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>{path} 不是会务筹备工作区（不是 SQLite 数据库文件）</source>
        <translation>{path} is not a Meeting Planner workspace (not an SQLite database file)</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>{path} 是一个文件夹，不是工作区文件</source>
        <translation>{path} is a folder, not a workspace file</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>升级工作区前必须先备份，但{error}工作区未改动。</source>
        <translation>The workspace must be backed up before it is upgraded, but {error} The workspace is unchanged.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>只有 SQLite 工作区文件可以从备份恢复。</source>
        <translation>Only SQLite workspace files can be restored from a backup.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>只有 SQLite 工作区文件可以在这里备份（数据库服务器请用其自带的备份工具）。</source>
        <translation>Only SQLite workspace files can be backed up here (for a database server use its own backup tools).</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>备份 {backup} 不能用于恢复：{io_reason}。</source>
        <translation>The backup {backup} cannot be used to restore: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>备份 {backup} 不能用于恢复：{problem}。</source>
        <translation>The backup {backup} cannot be used to restore: {problem}.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>工作区 {describe} 拒绝了本次更改（数据已被其他工作台同时修改），本次更改未保存，请刷新后再试。</source>
        <translation>The workspace {describe} refused this change (the data was changed at another desk at the same time); it was not saved, please refresh and try again.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>工作区 {describe} 正被其他工作台同时修改，本次更改未保存，请再试一次。</source>
        <translation>The workspace {describe} is being changed at another desk at the same time; this change was not saved, please try again.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>工作区 {where} 已损坏（{detail}），请用“文件 → 从备份恢复…”或命令 meeting-planner restore 备份文件 恢复最近的备份。</source>
        <translation>The workspace {where} is damaged ({detail}); restore the latest backup with “File → Restore from backup…” or the command meeting-planner restore BACKUP-FILE.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>工作区版本为 {revision}，需要升级到 {SCHEMA_HEAD}</source>
        <translation>The workspace is at version {revision} and needs upgrading to {SCHEMA_HEAD}</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>找不到备份文件 {backup}。</source>
        <translation>The backup file {backup} cannot be found.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法写入工作区 {describe}：{reason}，本次更改未保存（之前保存的内容都在）。</source>
        <translation>Cannot write to the workspace {describe}: {reason}; this change was not saved (everything saved before is still there).</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法创建文件夹 {parent}：{io_reason}。</source>
        <translation>Cannot create the folder {parent}: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法升级工作区 {where}：{reason}，工作区未改动。</source>
        <translation>Cannot upgrade the workspace {where}: {reason}; the workspace is unchanged.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法打开工作区 {where}：{reason}。</source>
        <translation>Cannot open the workspace {where}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法识别的数据库地址：{safe_url}</source>
        <translation>Unrecognised database address: {safe_url}</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法识别的数据库地址：{safe_url}（{value}）</source>
        <translation>Unrecognised database address: {safe_url} ({value})</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法读取工作区 {describe}：{io_reason}。</source>
        <translation>Cannot read the workspace {describe}: {io_reason}.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>无法连接工作区所在的数据库服务器 {describe}（服务器或网络中断），本次操作未完成。</source>
        <translation>Cannot reach the database server of the workspace {describe} (server or network down); the operation was not completed.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>此工作区由更新版本创建，请升级本软件</source>
        <translation>This workspace was created by a newer version; please upgrade this program</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>缺少数据库驱动（{value}），无法打开 {safe_url}。</source>
        <translation>The database driver is missing ({value}); cannot open {safe_url}.</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>该数据库不是会务筹备工作区（含有其他数据表）</source>
        <translation>This database is not a Meeting Planner workspace (it has other tables)</translation>
    </message>
    <message>
        <location filename="../../storage/workspace.py" line="0"/>
        <source>连接 PostgreSQL 需要数据库驱动，请先安装：pip install 'meeting-planner[postgres]'</source>
        <translation>Connecting to PostgreSQL needs a database driver; install it first: pip install 'meeting-planner[postgres]'</translation>
    </message>
</context>
</TS>
