<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="71" />
        <source>What was promised</source>
        <translation>What was promised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="73" />
        <source>Due YYYY-MM-DD</source>
        <translation>Due YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="76" />
        <source>Remove this commitment</source>
        <translation>Remove this commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="92" />
        <source>(who?)</source>
        <translation>(who?)</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="118" />
        <location filename="../../desktop/ui/interactions/dialog.py" line="283" />
        <source>Log interaction</source>
        <translation>Log interaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="118" />
        <location filename="../../desktop/ui/interactions/dialog.py" line="283" />
        <source>Edit interaction</source>
        <translation>Edit interaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="132" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="133" />
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="143" />
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="159" />
        <source>Kind and time:</source>
        <translation>Kind and time:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="160" />
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="161" />
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="164" />
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="165" />
        <source>Information to gather:</source>
        <translation>Information to gather:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="166" />
        <source>Materials to prepare:</source>
        <translation>Materials to prepare:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="167" />
        <source>Agenda and tactics:</source>
        <translation>Agenda and tactics:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="167" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="170" />
        <source>Their people</source>
        <translation>Their people</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="170" />
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="175" />
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="176" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="176" />
        <source>Concerns / issues to solve:</source>
        <translation>Concerns / issues to solve:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="177" />
        <source>Next steps:</source>
        <translation>Next steps:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="180" />
        <source>Satisfaction check:</source>
        <translation>Satisfaction check:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="181" />
        <source>Satisfaction note:</source>
        <translation>Satisfaction note:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="182" />
        <source>Next contact on:</source>
        <translation>Next contact on:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="183" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="192" />
        <source>Add commitment</source>
        <translation>Add commitment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="196" />
        <source>Promises made in this interaction, ours and theirs:</source>
        <translation>Promises made in this interaction, ours and theirs:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="199" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/dialog.py" line="274" />
        <source>Close without saving? What you typed in this interaction will be lost.</source>
        <translation>Close without saving? What you typed in this interaction will be lost.</translation>
    </message>
</context>
<context>
    <name>InteractionsTab</name>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="66" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="67" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="68" />
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="69" />
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="70" />
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="71" />
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="72" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="76" />
        <source>No interactions yet. Click “Log interaction…” to plan a visit, or to record a visit, call or meal with what was said and promised.</source>
        <translation>No interactions yet. Click “Log interaction…” to plan a visit, or to record a visit, call or meal with what was said and promised.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/interactions/tab.py" line="139" />
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform><numerusform>%n interactions</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="140" />
        <source>Choose an account on the left.</source>
        <translation>Choose an account on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="183" />
        <location filename="../../desktop/ui/interactions/tab.py" line="192" />
        <source>Delete interaction</source>
        <translation>Delete interaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="184" />
        <source>Delete the %1 of %2 and the commitments made in it? Edit ▸ Undo brings it back.</source>
        <translation>Delete the %1 of %2 and the commitments made in it? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="233" />
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="233" />
        <source>Agenda and tactics</source>
        <translation>Agenda and tactics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="234" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="234" />
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="235" />
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="268" />
        <source>Log interaction…</source>
        <translation>Log interaction…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="269" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/interactions/tab.py" line="270" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
</context>
</TS>
