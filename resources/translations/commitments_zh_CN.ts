<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="38" />
        <source>New commitment</source>
        <translation>新建承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="38" />
        <location filename="../../desktop/ui/commitments/dialog.py" line="121" />
        <source>Edit commitment</source>
        <translation>编辑承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="56" />
        <source>Who promised:</source>
        <translation>承诺方：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="57" />
        <source>Promised by:</source>
        <translation>承诺人：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="58" />
        <source>Promised to:</source>
        <translation>承诺对象：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="59" />
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="60" />
        <source>Due on:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="61" />
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="62" />
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="107" />
        <source>Close without saving? Your changes to this commitment will be lost.</source>
        <translation>不保存就关闭吗？对这项承诺所做的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="116" />
        <source>Add commitment</source>
        <translation>添加承诺</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="59" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="60" />
        <source>Side</source>
        <translation>承诺方</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="61" />
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="62" />
        <source>By</source>
        <translation>承诺人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="63" />
        <source>To</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="64" />
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="65" />
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="110" />
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>%1 项未完成，%2 项逾期，共 %3 项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="112" />
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="145" />
        <location filename="../../desktop/ui/commitments/tab.py" line="218" />
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="145" />
        <location filename="../../desktop/ui/commitments/tab.py" line="218" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="156" />
        <location filename="../../desktop/ui/commitments/tab.py" line="161" />
        <source>Delete commitment</source>
        <translation>删除承诺</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="157" />
        <source>Delete “%1” from the ledger? Edit ▸ Undo brings it back.</source>
        <translation>要从承诺台账中删除“%1”吗？可用 编辑 ▸ 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="209" />
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="225" />
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="226" />
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="227" />
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
</TS>
