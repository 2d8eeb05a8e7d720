<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="69" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="70" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="71" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="82" />
        <source>Sub-group</source>
        <translation>亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="83" />
        <location filename="../../desktop/ui/structure/tab.py" line="92" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="84" />
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="85" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="86" />
        <source>Meetings</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="87" />
        <source>Next meeting</source>
        <translation>下次会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="90" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="91" />
        <source>Outside body</source>
        <translation>外部机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="93" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="96" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="97" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="98" />
        <source>Active roles</source>
        <translation>参与的决策角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="99" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="163" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="164" />
        <location filename="../../desktop/ui/structure/tab.py" line="203" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="165" />
        <source>Influence (1–5):</source>
        <translation>影响力（1–5）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="166" />
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="167" />
        <source>Meeting dates:</source>
        <translation>会议时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="168" />
        <source>Next meeting on:</source>
        <translation>下次会议日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="169" />
        <location filename="../../desktop/ui/structure/tab.py" line="239" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="182" />
        <source>Add sub-group</source>
        <translation>添加亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="183" />
        <source>New sub-group</source>
        <translation>新建亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="193" />
        <location filename="../../desktop/ui/structure/tab.py" line="194" />
        <source>Edit sub-group</source>
        <translation>编辑亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="201" />
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="202" />
        <source>Outside body:</source>
        <translation>外部机构：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="205" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="216" />
        <source>Add external tie</source>
        <translation>添加外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="217" />
        <source>New external tie</source>
        <translation>新建外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="226" />
        <location filename="../../desktop/ui/structure/tab.py" line="227" />
        <source>Edit external tie</source>
        <translation>编辑外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="234" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="235" />
        <source>Day (if known):</source>
        <translation>日期（如已知）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="236" />
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="237" />
        <source>Active decision roles:</source>
        <translation>参与的决策角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="249" />
        <source>Add key event</source>
        <translation>添加关键活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="250" />
        <source>New key event</source>
        <translation>新建关键活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="257" />
        <location filename="../../desktop/ui/structure/tab.py" line="258" />
        <source>Edit key event</source>
        <translation>编辑关键活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="272" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="272" />
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>要删除“%1”吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="276" />
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="294" />
        <source>Sub-groups</source>
        <translation>亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="295" />
        <source>External ties</source>
        <translation>外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="296" />
        <source>Key events by month</source>
        <translation>关键活动（按月）</translation>
    </message>
</context>
</TS>
