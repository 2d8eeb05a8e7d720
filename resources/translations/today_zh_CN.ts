<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommitmentsModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="165"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="166"/>
        <location filename="../../desktop/ui/today/models.py" line="167"/>
        <source>To</source>
        <translation>承诺对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="166"/>
        <source>Who promised</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="166"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="167"/>
        <source>Promised by</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="199"/>
        <source>Double-click to move the due date</source>
        <translation>双击可修改到期日</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223"/>
        <source>Person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="224"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="223"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="224"/>
        <source>Cadence</source>
        <translation>联系周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="230"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/models.py" line="234"/>
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="255"/>
        <source>planned {d}</source>
        <translation>已安排 {d}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="257"/>
        <source>A decider or champion</source>
        <translation>决策者或啦啦队员</translation>
    </message>
</context>
<context>
    <name>PlannedModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="298"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="299"/>
        <source>With</source>
        <translation>参加人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="299"/>
        <source>Pre-visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="309"/>
        <source>Open plan</source>
        <translation>查看计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="309"/>
        <source>Write the plan</source>
        <translation>制定计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="325"/>
        <source>Click to open the pre-visit plan</source>
        <translation>点击打开拜访计划</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../desktop/ui/today/reminder.py" line="137"/>
        <source>Dossier: today&apos;s follow-ups</source>
        <translation>Dossier：今日跟进提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/reminder.py" line="138"/>
        <source>%Ln thing(s) need doing today: promises due, people to call, events coming up. Click to open the Today view.</source>
        <translation>
            <numerusform>今天有 %Ln 件事需要处理：到期的承诺、应联系的人、即将到来的活动。点击打开今日待办。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="333"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="333"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="333"/>
        <source>Last contact with a decider</source>
        <translation>上次联系决策者</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="339"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>TodayDays</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="140"/>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="142"/>
        <source>due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="144"/>
        <source>1 day over</source>
        <translation>逾期 1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="146"/>
        <source>{n} days over</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="148"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="149"/>
        <source>in {n} days</source>
        <translation>还有 {n} 天</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="275"/>
        <location filename="../../desktop/ui/today/view.py" line="362"/>
        <source>Reading the agenda…</source>
        <translation>正在读取待办…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="336"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="337"/>
        <source>Export to calendar…</source>
        <translation>导出到日历…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="339"/>
        <source>Write planned visits, due dates and key events to an .ics file that Outlook, Apple Calendar and Google Calendar import</source>
        <translation>将计划拜访、承诺到期日和关键活动写入 .ics 文件，可导入 Outlook、苹果日历和谷歌日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="342"/>
        <location filename="../../desktop/ui/today/view.py" line="439"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="344"/>
        <source>Reschedule…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="345"/>
        <location filename="../../desktop/ui/today/view.py" line="347"/>
        <source>Log a call</source>
        <translation>记录电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="346"/>
        <source>Record that you spoke with the selected person now</source>
        <translation>记录刚刚与所选联系人的沟通</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="348"/>
        <source>Log a visit</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="349"/>
        <source>Log a meal</source>
        <translation>记录宴请/社交</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="350"/>
        <source>Log a message</source>
        <translation>记录邮件/消息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="351"/>
        <source>Open the plan</source>
        <translation>打开拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="352"/>
        <source>Only accounts containing…</source>
        <translation>仅看名称含此文字的客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="354"/>
        <source>Narrow every list to the accounts whose name or short name contains these words</source>
        <translation>各清单只显示名称或简称包含这些文字的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="371"/>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="373"/>
        <source>Nothing needs doing today.</source>
        <translation>今天没有待办事项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="374"/>
        <source>%Ln thing(s) need doing today.</source>
        <translation>
            <numerusform>今天有 %Ln 件事需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="381"/>
        <source>Our commitments: overdue or due within %n day(s)</source>
        <translation>
            <numerusform>我方承诺：已逾期或 %n 天内到期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="386"/>
        <source>Birthdays and key events in the next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天的生日和关键活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="402"/>
        <source>%Ln person(s) due</source>
        <translation>
            <numerusform>%Ln 人待联系</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/today/view.py" line="516"/>
        <source>Wrote %Ln event(s) to {path}. Import it in your calendar; importing a newer file updates the events.</source>
        <translation>
            <numerusform>已将 %Ln 个日程写入 {path}。请在日历中导入；再次导入较新的文件会更新这些日程。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="376"/>
        <source>(Only accounts containing “{text}”.)</source>
        <translation>（仅限名称含“{text}”的客户。）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="379"/>
        <source>Nothing here.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="382"/>
        <source>No promise of ours is due. Well kept.</source>
        <translation>我方没有到期的承诺，信守得很好。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="383"/>
        <source>Their commitments overdue (chase politely)</source>
        <translation>客户方承诺已逾期（礼貌跟进）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="384"/>
        <source>People due for contact</source>
        <translation>应联系的人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="385"/>
        <source>Everyone has been contacted on time.</source>
        <translation>所有人都已按时联系。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="388"/>
        <source>Planned interactions</source>
        <translation>计划中的互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="388"/>
        <source>No visit planned.</source>
        <translation>没有计划中的拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="389"/>
        <source>Accounts at risk</source>
        <translation>风险客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="405"/>
        <source>{label}: {n}</source>
        <translation>{label}：{n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="408"/>
        <source>showing the {n} most urgent</source>
        <translation>显示最紧急的 {n} 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="411"/>
        <source>{total} in all · showing the first {n}</source>
        <translation>共 {total} 条 · 显示前 {n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="418"/>
        <source>Show {n} more</source>
        <translation>再显示 {n} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="427"/>
        <source>(Ctrl+Z undoes it.)</source>
        <translation>（按 Ctrl+Z 可撤销。）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="440"/>
        <source>Marked as done.</source>
        <translation>已标记为完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="444"/>
        <source>Reschedule</source>
        <translation>改期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="445"/>
        <source>Moved to {d}.</source>
        <translation>已改期到 {d}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="450"/>
        <source>Select a person first.</source>
        <translation>请先选择一位联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="454"/>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="455"/>
        <source>Logged: {kind} with {name}.</source>
        <translation>已记录：与{name}的{kind}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="461"/>
        <location filename="../../desktop/ui/today/view.py" line="468"/>
        <source>Select a commitment first.</source>
        <translation>请先选择一条承诺。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/view.py" line="504"/>
        <source>Select a planned interaction first.</source>
        <translation>请先选择一项计划中的互动。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/calendar_file.py" line="34"/>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/calendar_file.py" line="35"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/calendar_file.py" line="60"/>
        <source>Writing the calendar file…</source>
        <translation>正在写入日历文件…</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265"/>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="265"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="270"/>
        <source>this month</source>
        <translation>本月内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="273"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today/models.py" line="278"/>
        <source>turns {n}</source>
        <translation>{n} 岁</translation>
    </message>
</context>
</TS>
