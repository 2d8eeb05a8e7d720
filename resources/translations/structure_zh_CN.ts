<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="76" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="77" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="78" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="92" />
        <source>Sub-group</source>
        <translation>亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="93" />
        <location filename="../../desktop/ui/structure/tab.py" line="102" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="94" />
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="95" />
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="96" />
        <source>Meetings</source>
        <translation>会议时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="97" />
        <source>Next meeting</source>
        <translation>下次会议</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="100" />
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="101" />
        <source>Outside body</source>
        <translation>外部机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="103" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="106" />
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="107" />
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="108" />
        <source>Active roles</source>
        <translation>参与的决策角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="109" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="113" />
        <source>No sub-groups yet: committees or informal circles inside the client (a quality committee, an alumni association). “Add…” records one with its members and meetings.</source>
        <translation>还没有亚群体：客户内部的正式或非正式群体（如质量委员会、校友会）。用“添加…”记录，并写明成员和会议时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="117" />
        <source>No external ties yet: links of the client's people to regulators, banks, government departments or competitors. “Add…” records one.</source>
        <translation>还没有外部关系：客户人员与监管机构、银行、政府部门乃至竞争对手的联系。用“添加…”记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="120" />
        <source>No key events yet: the client's yearly budget round, annual meeting, tender… “Add…” records one with the roles active in it.</source>
        <translation>还没有关键活动：客户每年的预算评审、年会、招标……用“添加…”记录，并注明哪些决策角色参与。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="194" />
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="195" />
        <location filename="../../desktop/ui/structure/tab.py" line="234" />
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="196" />
        <source>Influence (1–5):</source>
        <translation>影响力（1–5）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="197" />
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="198" />
        <source>Meeting dates:</source>
        <translation>会议时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="199" />
        <source>Next meeting on:</source>
        <translation>下次会议日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="200" />
        <location filename="../../desktop/ui/structure/tab.py" line="270" />
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="213" />
        <source>Add sub-group</source>
        <translation>添加亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="214" />
        <source>New sub-group</source>
        <translation>新建亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="224" />
        <location filename="../../desktop/ui/structure/tab.py" line="225" />
        <source>Edit sub-group</source>
        <translation>编辑亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="232" />
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="233" />
        <source>Outside body:</source>
        <translation>外部机构：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="236" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="247" />
        <source>Add external tie</source>
        <translation>添加外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="248" />
        <source>New external tie</source>
        <translation>新建外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="257" />
        <location filename="../../desktop/ui/structure/tab.py" line="258" />
        <source>Edit external tie</source>
        <translation>编辑外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="265" />
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="266" />
        <source>Day (if known):</source>
        <translation>日期（如已知）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="267" />
        <source>Event:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="268" />
        <source>Active decision roles:</source>
        <translation>参与的决策角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="280" />
        <source>Add key event</source>
        <translation>添加关键活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="281" />
        <source>New key event</source>
        <translation>新建关键活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="288" />
        <location filename="../../desktop/ui/structure/tab.py" line="289" />
        <source>Edit key event</source>
        <translation>编辑关键活动</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="303" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="303" />
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>要删除“%1”吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="307" />
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="325" />
        <source>Sub-groups</source>
        <translation>亚群体</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="326" />
        <source>External ties</source>
        <translation>外部关系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="327" />
        <source>Key events by month</source>
        <translation>关键活动（按月）</translation>
    </message>
</context>
</TS>
