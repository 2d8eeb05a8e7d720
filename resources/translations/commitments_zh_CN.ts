<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="35" />
        <source>New commitment</source>
        <translation>新建承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="35" />
        <location filename="../../desktop/ui/commitments/dialog.py" line="118" />
        <source>Edit commitment</source>
        <translation>编辑承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="53" />
        <source>Who promised:</source>
        <translation>承诺方：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="54" />
        <source>Promised by:</source>
        <translation>承诺人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="55" />
        <source>Promised to:</source>
        <translation>承诺对象：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="56" />
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="57" />
        <source>Due on:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="58" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="59" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="104" />
        <source>Close without saving? Your changes to this commitment will be lost.</source>
        <translation>不保存就关闭吗？对这项承诺所做的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="113" />
        <source>Add commitment</source>
        <translation>添加承诺</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="48" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="49" />
        <source>Side</source>
        <translation>承诺方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="50" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="51" />
        <source>By</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="52" />
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="53" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="54" />
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="58" />
        <source>No commitments yet. Record every promise, ours and theirs, with “Add…” or on the Commitments page of an interaction: who promised what, to whom, by when.</source>
        <translation>还没有承诺。每一项承诺（我方的和客户方的）都请用“添加…”记录，或在互动的“承诺”页中记录：谁、向谁、承诺了什么、何时完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="111" />
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>%1 项未完成，%2 项逾期，共 %3 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="113" />
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="157" />
        <location filename="../../desktop/ui/commitments/tab.py" line="222" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="157" />
        <location filename="../../desktop/ui/commitments/tab.py" line="222" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="168" />
        <location filename="../../desktop/ui/commitments/tab.py" line="173" />
        <source>Delete commitment</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="169" />
        <source>Delete “%1” from the ledger? Edit ▸ Undo brings it back.</source>
        <translation>要从承诺台账中删除“%1”吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="213" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="229" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="230" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="231" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>
