<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommitmentDialog</name>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="35" />
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="35" />
        <location filename="../../desktop/ui/commitments/dialog.py" line="118" />
        <source>Edit commitment</source>
        <translation>Edit commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="53" />
        <source>Who promised:</source>
        <translation>Who promised:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="54" />
        <source>Promised by:</source>
        <translation>Promised by:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="55" />
        <source>Promised to:</source>
        <translation>Promised to:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="56" />
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="57" />
        <source>Due on:</source>
        <translation>Due on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="58" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="59" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="104" />
        <source>Close without saving? Your changes to this commitment will be lost.</source>
        <translation>Close without saving? Your changes to this commitment will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/dialog.py" line="113" />
        <source>Add commitment</source>
        <translation>Add commitment</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="48" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="49" />
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="50" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="51" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="52" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="53" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="54" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="58" />
        <source>No commitments yet. Record every promise, ours and theirs, with “Add…” or on the Commitments page of an interaction: who promised what, to whom, by when.</source>
        <translation>No commitments yet. Record every promise, ours and theirs, with “Add…” or on the Commitments page of an interaction: who promised what, to whom, by when.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="111" />
        <source>%1 open, %2 overdue, %3 in all</source>
        <translation>%1 open, %2 overdue, %3 in all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="113" />
        <source>Choose an account on the left.</source>
        <translation>Choose an account on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="157" />
        <location filename="../../desktop/ui/commitments/tab.py" line="222" />
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="157" />
        <location filename="../../desktop/ui/commitments/tab.py" line="222" />
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="168" />
        <location filename="../../desktop/ui/commitments/tab.py" line="173" />
        <source>Delete commitment</source>
        <translation>Delete commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="169" />
        <source>Delete “%1” from the ledger? Edit ▸ Undo brings it back.</source>
        <translation>Delete “%1” from the ledger? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="213" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="229" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="230" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/commitments/tab.py" line="231" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
</TS>
