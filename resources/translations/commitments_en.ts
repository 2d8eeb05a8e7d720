<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="38" />
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="38" />
        <location filename="../../desktop/ui/commitments/dialog.py" line="121" />
        <source>Edit commitment</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="56" />
        <source>Who promised:</source>
        <translation>Who promised:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="57" />
        <source>Promised by:</source>
        <translation>Promised by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="58" />
        <source>Promised to:</source>
        <translation>Promised to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="59" />
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="60" />
        <source>Due on:</source>
        <translation>Due on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="61" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="62" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="107" />
        <source>Close without saving? Your changes to this commitment will be lost.</source>
        <translation>Close without saving? Your changes to this commitment will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="116" />
        <source>Add commitment</source>
        <translation>Add commitment</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="59" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="60" />
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="61" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="62" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="63" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="64" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="65" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="110" />
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>%1 open, %2 overdue, %3 in all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="112" />
        <source>Choose an account on the left.</source>
        <translation>Choose an account on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="145" />
        <location filename="../../desktop/ui/commitments/tab.py" line="218" />
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="145" />
        <location filename="../../desktop/ui/commitments/tab.py" line="218" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="156" />
        <location filename="../../desktop/ui/commitments/tab.py" line="161" />
        <source>Delete commitment</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="157" />
        <source>Delete “%1” from the ledger? Edit ▸ Undo brings it back.</source>
        <translation>Delete “%1” from the ledger? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="209" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="225" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="226" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="227" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
</TS>
