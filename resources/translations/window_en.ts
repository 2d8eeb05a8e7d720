<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="58" />
        <source>Decision chain</source>
        <translation>Decision chain</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="60" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="62" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64" />
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="172" />
        <source>No accounts yet: File ▸ New account… (%1) starts the first dossier.</source>
        <translation>No accounts yet: File ▸ New account… (%1) starts the first dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="156" />
        <source>About Dossier</source>
        <translation>About Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157" />
        <source>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;br&gt;Key-account dossiers: decision chains, visits, commitments and memos.&lt;br&gt;Open source. Chinese font: Noto Sans SC (SIL Open Font License).</source>
        <translation>&lt;b&gt;Dossier %1&lt;/b&gt;&lt;br&gt;Key-account dossiers: decision chains, visits, commitments and memos.&lt;br&gt;Open source. Chinese font: Noto Sans SC (SIL Open Font License).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211" />
        <source>The account shown</source>
        <translation>The account shown</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desktop/ui/menus.py" line="101" />
        <location filename="../../desktop/ui/menus.py" line="123" />
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>New account…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="105" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Our team…</source>
        <translation>Our team…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="106" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>Find account</source>
        <translation>Find account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="107" />
        <source>New person…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108" />
        <source>Log interaction…</source>
        <translation>Log interaction…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="108" />
        <source>Add commitment…</source>
        <translation>Add commitment…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109" />
        <source>Delete account…</source>
        <translation>Delete account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="109" />
        <source>Export memo…</source>
        <translation>Export memo…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="110" />
        <source>About Dossier</source>
        <translation>About Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="115" />
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="116" />
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="117" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="118" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/menus.py" line="121" />
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="55" />
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="58" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="64" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="70" />
        <source>Same as the app</source>
        <translation>Same as the app</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="79" />
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="83" />
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="84" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="86" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="87" />
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="88" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="89" />
        <source>Company name (on memos):</source>
        <translation>Company name (on memos):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="90" />
        <source>Company logo (on memos):</source>
        <translation>Company logo (on memos):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="91" />
        <source>Memo language:</source>
        <translation>Memo language:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="92" />
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="93" />
        <source>Daily reminder at:</source>
        <translation>Daily reminder at:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="94" />
        <source>Contact deciders and champions every:</source>
        <translation>Contact deciders and champions every:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="95" />
        <source>Contact everyone else every:</source>
        <translation>Contact everyone else every:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="97" />
        <source>The Today view lists the people you have not met or called for longer than this.</source>
        <translation>The Today view lists the people you have not met or called for longer than this.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="98" />
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="99" />
        <source>Lock after no use for:</source>
        <translation>Lock after no use for:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="101" />
        <source>Locking hides the dossier until you unlock it (with the passphrase when it is encrypted). Ctrl+L locks at any time.</source>
        <translation>Locking hides the dossier until you unlock it (with the passphrase when it is encrypted). Ctrl+L locks at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="161" />
        <source>Company logo</source>
        <translation>Company logo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preferences.py" line="162" />
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <location filename="../../desktop/ui/team.py" line="36" />
        <source>Our team</source>
        <translation>Our team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="39" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="39" />
        <source> (me)</source>
        <translation> (me)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="40" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="41" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="42" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="43" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="47" />
        <source>Our own people who hold relationships with the customers' people.</source>
        <translation>Our own people who hold relationships with the customers' people.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="49" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="49" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="50" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="78" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="78" />
        <source>English name:</source>
        <translation>English name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="79" />
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="80" />
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="80" />
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="81" />
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="82" />
        <source>This is me:</source>
        <translation>This is me:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="82" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="83" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="95" />
        <source>Add team member</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="96" />
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="108" />
        <location filename="../../desktop/ui/team.py" line="109" />
        <source>Edit team member</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="116" />
        <location filename="../../desktop/ui/team.py" line="121" />
        <source>Delete team member</source>
        <translation>Delete team member</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team.py" line="117" />
        <source>Remove %1 from our team? Edit ▸ Undo brings them back.</source>
        <translation>Remove %1 from our team? Edit ▸ Undo brings them back.</translation>
    </message>
</context>
</TS>
