<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="27" />
        <location filename="../../desktop/ui/errors.py" line="51" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="64" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="65" />
        <source>Dossier ran into a problem that is not your fault. Your saved work is safe and the app keeps running; text you were typing is still in its field.

The details were written to:
{path}
Please send that file to the developers.</source>
        <translation>Dossier ran into a problem that is not your fault. Your saved work is safe and the app keeps running; text you were typing is still in its field.

The details were written to:
{path}
Please send that file to the developers.</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../desktop/ui/undo.py" line="84" />
        <location filename="../../desktop/ui/undo.py" line="157" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="109" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="129" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
</TS>
