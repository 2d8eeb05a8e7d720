<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="69" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="70" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="71" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="82" />
        <source>Sub-group</source>
        <translation>Sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="83" />
        <location filename="../../desktop/ui/structure/tab.py" line="92" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="84" />
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="85" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="86" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="87" />
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="90" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="91" />
        <source>Outside body</source>
        <translation>Outside body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="93" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="96" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="97" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="98" />
        <source>Active roles</source>
        <translation>Active roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="99" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="163" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="164" />
        <location filename="../../desktop/ui/structure/tab.py" line="203" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="165" />
        <source>Influence (1–5):</source>
        <translation>Influence (1–5):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="166" />
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="167" />
        <source>Meeting dates:</source>
        <translation>Meeting dates:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="168" />
        <source>Next meeting on:</source>
        <translation>Next meeting on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="169" />
        <location filename="../../desktop/ui/structure/tab.py" line="239" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="182" />
        <source>Add sub-group</source>
        <translation>Add sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="183" />
        <source>New sub-group</source>
        <translation>New sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="193" />
        <location filename="../../desktop/ui/structure/tab.py" line="194" />
        <source>Edit sub-group</source>
        <translation>Edit sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="201" />
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="202" />
        <source>Outside body:</source>
        <translation>Outside body:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="205" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="216" />
        <source>Add external tie</source>
        <translation>Add external tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="217" />
        <source>New external tie</source>
        <translation>New external tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="226" />
        <location filename="../../desktop/ui/structure/tab.py" line="227" />
        <source>Edit external tie</source>
        <translation>Edit external tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="234" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="235" />
        <source>Day (if known):</source>
        <translation>Day (if known):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="236" />
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="237" />
        <source>Active decision roles:</source>
        <translation>Active decision roles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="249" />
        <source>Add key event</source>
        <translation>Add key event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="250" />
        <source>New key event</source>
        <translation>New key event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="257" />
        <location filename="../../desktop/ui/structure/tab.py" line="258" />
        <source>Edit key event</source>
        <translation>Edit key event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="272" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="272" />
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>Delete “%1”? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="276" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="294" />
        <source>Sub-groups</source>
        <translation>Sub-groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="295" />
        <source>External ties</source>
        <translation>External ties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="296" />
        <source>Key events by month</source>
        <translation>Key events by month</translation>
    </message>
</context>
</TS>
