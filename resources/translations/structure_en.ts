<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="76" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="77" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="78" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="92" />
        <source>Sub-group</source>
        <translation>Sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="93" />
        <location filename="../../desktop/ui/structure/tab.py" line="102" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="94" />
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="95" />
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="96" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="97" />
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="100" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="101" />
        <source>Outside body</source>
        <translation>Outside body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="103" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="106" />
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="107" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="108" />
        <source>Active roles</source>
        <translation>Active roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="109" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="113" />
        <source>No sub-groups yet: committees or informal circles inside the client (a quality committee, an alumni association). “Add…” records one with its members and meetings.</source>
        <translation>No sub-groups yet: committees or informal circles inside the client (a quality committee, an alumni association). “Add…” records one with its members and meetings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="117" />
        <source>No external ties yet: links of the client's people to regulators, banks, government departments or competitors. “Add…” records one.</source>
        <translation>No external ties yet: links of the client's people to regulators, banks, government departments or competitors. “Add…” records one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="120" />
        <source>No key events yet: the client's yearly budget round, annual meeting, tender… “Add…” records one with the roles active in it.</source>
        <translation>No key events yet: the client's yearly budget round, annual meeting, tender… “Add…” records one with the roles active in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="194" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="195" />
        <location filename="../../desktop/ui/structure/tab.py" line="234" />
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="196" />
        <source>Influence (1–5):</source>
        <translation>Influence (1–5):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="197" />
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="198" />
        <source>Meeting dates:</source>
        <translation>Meeting dates:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="199" />
        <source>Next meeting on:</source>
        <translation>Next meeting on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="200" />
        <location filename="../../desktop/ui/structure/tab.py" line="270" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="213" />
        <source>Add sub-group</source>
        <translation>Add sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="214" />
        <source>New sub-group</source>
        <translation>New sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="224" />
        <location filename="../../desktop/ui/structure/tab.py" line="225" />
        <source>Edit sub-group</source>
        <translation>Edit sub-group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="232" />
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="233" />
        <source>Outside body:</source>
        <translation>Outside body:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="236" />
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="247" />
        <source>Add external tie</source>
        <translation>Add external tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="248" />
        <source>New external tie</source>
        <translation>New external tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="257" />
        <location filename="../../desktop/ui/structure/tab.py" line="258" />
        <source>Edit external tie</source>
        <translation>Edit external tie</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="265" />
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="266" />
        <source>Day (if known):</source>
        <translation>Day (if known):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="267" />
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="268" />
        <source>Active decision roles:</source>
        <translation>Active decision roles:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="280" />
        <source>Add key event</source>
        <translation>Add key event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="281" />
        <source>New key event</source>
        <translation>New key event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="288" />
        <location filename="../../desktop/ui/structure/tab.py" line="289" />
        <source>Edit key event</source>
        <translation>Edit key event</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="303" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="303" />
        <source>Delete “%1”? Edit ▸ Undo brings it back.</source>
        <translation>Delete “%1”? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="307" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="325" />
        <source>Sub-groups</source>
        <translation>Sub-groups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="326" />
        <source>External ties</source>
        <translation>External ties</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/structure/tab.py" line="327" />
        <source>Key events by month</source>
        <translation>Key events by month</translation>
    </message>
</context>
</TS>
