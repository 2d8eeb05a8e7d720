<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="200" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="204" />
        <source>Name, pinyin (zw → 张伟), a word from a note or a promise…</source>
        <translation>Name, pinyin (zw → 张伟), a word from a note or a promise…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="239" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="260" />
        <source>Nothing matches. Try fewer or shorter words.</source>
        <translation>Nothing matches. Try fewer or shorter words.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_dialog.py" line="262" />
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform><numerusform>%n records found.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="265" />
        <source>One-character words are looked for in the newest records only.</source>
        <translation>One-character words are looked for in the newest records only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="276" />
        <source>The search could not run. Try again; if it keeps failing, restart Dossier.</source>
        <translation>The search could not run. Try again; if it keeps failing, restart Dossier.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="78" />
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="79" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="80" />
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_dialog.py" line="81" />
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
</context>
</TS>
