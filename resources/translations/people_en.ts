<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoveragePanel</name>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="207" />
        <source>Our person</source>
        <translation>Our person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="207" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="207" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="211" />
        <location filename="../../desktop/ui/people/relations.py" line="223" />
        <source>Add coverage</source>
        <translation>Add coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="212" />
        <location filename="../../desktop/ui/people/relations.py" line="229" />
        <source>Remove coverage</source>
        <translation>Remove coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="214" />
        <source>Which of our people hold this relationship? One thread only is a risk: the deeper relationship needs several layers of contact.</source>
        <translation>Which of our people hold this relationship? One thread only is a risk: the deeper relationship needs several layers of contact.</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="156" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="156" />
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="156" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="163" />
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="164" />
        <location filename="../../desktop/ui/people/relations.py" line="177" />
        <source>Add relationship</source>
        <translation>Add relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="165" />
        <location filename="../../desktop/ui/people/relations.py" line="184" />
        <source>Remove relationship</source>
        <translation>Remove relationship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/relations.py" line="166" />
        <source>Who is this person tied to inside the client?</source>
        <translation>Who is this person tied to inside the client?</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="108" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="109" />
        <source>Relationship to us</source>
        <translation>Relationship to us</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="109" />
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="109" />
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="110" />
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="110" />
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="110" />
        <source>Our owner</source>
        <translation>Our owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="146" />
        <source> (left %1)</source>
        <translation> (left %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="160" />
        <source>never</source>
        <translation>never</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people/model.py" line="162" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/model.py" line="162" />
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people/model.py" line="171" />
        <source>%n day(s) over the contact cadence</source>
        <translation>
            <numerusform>%n day over the contact cadence</numerusform><numerusform>%n days over the contact cadence</numerusform></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="49" />
        <source>No one in this decision chain yet. Click “New person…” to add the first: who decides, who evaluates, who filters suppliers, who uses the product.</source>
        <translation>No one in this decision chain yet. Click “New person…” to add the first: who decides, who evaluates, who filters suppliers, who uses the product.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="136" />
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="137" />
        <source>Name (Chinese names family name first):</source>
        <translation>Name (Chinese names family name first):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="143" />
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="174" />
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="175" />
        <source>Delete %1 from the decision chain? Their relationships and our coverage of them go too. Edit ▸ Undo brings everything back.</source>
        <translation>Delete %1 from the decision chain? Their relationships and our coverage of them go too. Edit ▸ Undo brings everything back.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="183" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="245" />
        <source>Choose an account on the left.</source>
        <translation>Choose an account on the left.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/people/tab.py" line="249" />
        <source>%n person(s) in the decision chain of %1</source>
        <translation>
            <numerusform>%n person in the decision chain of %1</numerusform><numerusform>%n people in the decision chain of %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="254" />
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="255" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="256" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="257" />
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="258" />
        <source>Export this person's data…</source>
        <translation>Export this person's data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/tab.py" line="259" />
        <source>Erase for good…</source>
        <translation>Erase for good…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="112" />
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="159" />
        <source>External influencer (consultant, regulator, peer)</source>
        <translation>External influencer (consultant, regulator, peer)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="197" />
        <source>We meet their institutional needs</source>
        <translation>We meet their institutional needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="199" />
        <source>We meet their personal needs</source>
        <translation>We meet their personal needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="238" />
        <source>Person — %1</source>
        <translation>Person — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="266" />
        <source>Choose a personality type to see how to engage them.</source>
        <translation>Choose a personality type to see how to engage them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="269" />
        <source>How to engage them</source>
        <translation>How to engage them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="275" />
        <source>Needs matrix: %1</source>
        <translation>Needs matrix: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="281" />
        <source>Identity and contact</source>
        <translation>Identity and contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="281" />
        <source>Roles and stance</source>
        <translation>Roles and stance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="282" />
        <source>Personality</source>
        <translation>Personality</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="282" />
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="282" />
        <source>FORM and rapport</source>
        <translation>FORM and rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="283" />
        <source>Relationships</source>
        <translation>Relationships</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="283" />
        <source>Our coverage</source>
        <translation>Our coverage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="286" />
        <source>Every change is saved as you go; Ctrl+Z undoes it.</source>
        <translation>Every change is saved as you go; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="288" />
        <source>Click to mark this fact as hearsay or confirmed</source>
        <translation>Click to mark this fact as hearsay or confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="292" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="292" />
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="292" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="293" />
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="293" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="293" />
        <source>Emails</source>
        <translation>Emails</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="294" />
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="294" />
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="294" />
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="295" />
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="295" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="296" />
        <source>Left the company on</source>
        <translation>Left the company on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="296" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="297" />
        <source>Decision roles</source>
        <translation>Decision roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="297" />
        <source>Attitude</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="298" />
        <source>Relationship to us</source>
        <translation>Relationship to us</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="298" />
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="298" />
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="299" />
        <source>Personal motive</source>
        <translation>Personal motive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="299" />
        <source>Contact every (days)</source>
        <translation>Contact every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="300" />
        <source>Personality type</source>
        <translation>Personality type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="301" />
        <source>Institutional needs</source>
        <translation>Institutional needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="301" />
        <source>Personal needs</source>
        <translation>Personal needs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="302" />
        <source>Institutional</source>
        <translation>Institutional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="302" />
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="303" />
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="303" />
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="304" />
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="304" />
        <source>Recreation</source>
        <translation>Recreation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="305" />
        <source>Common ground</source>
        <translation>Common ground</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="305" />
        <source>Rapport notes</source>
        <translation>Rapport notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/editor.py" line="306" />
        <source>Influence channels</source>
        <translation>Influence channels</translation>
    </message>
</context>
<context>
    <name>PersonPrivacy</name>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="39" />
        <source>Erase %1 for good</source>
        <translation>Erase %1 for good</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="40" />
        <source>Erase %1 of %2 and every trace of them?

This removes the person, the meetings they attended, their relationships, our coverage of them, their external ties and their entries in the search. Promises they made or received stay, without their name.

This cannot be undone, not even with Edit ▸ Undo. Backups made before now still hold them until they are rotated out.

To only take them off the chart, use Delete… instead.</source>
        <translation>Erase %1 of %2 and every trace of them?

This removes the person, the meetings they attended, their relationships, our coverage of them, their external ties and their entries in the search. Promises they made or received stay, without their name.

This cannot be undone, not even with Edit ▸ Undo. Backups made before now still hold them until they are rotated out.

To only take them off the chart, use Delete… instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="76" />
        <source>%1 was erased. Backups made before now still hold them until they are rotated out.</source>
        <translation>%1 was erased. Backups made before now still hold them until they are rotated out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="86" />
        <source>Erased</source>
        <translation>Erased</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="96" />
        <source>Export this person's data</source>
        <translation>Export this person's data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="99" />
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="114" />
        <source>The file could not be written (%1). Choose another folder, for example your Documents.</source>
        <translation>The file could not be written (%1). Choose another folder, for example your Documents.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/people/privacy.py" line="123" />
        <source>Everything the dossier holds about %1 was written to %2. It is personal data: hand it over securely.</source>
        <translation>Everything the dossier holds about %1 was written to %2. It is personal data: hand it over securely.</translation>
    </message>
</context>
</TS>
