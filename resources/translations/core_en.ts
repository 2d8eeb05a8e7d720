<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="25" />
        <location filename="../../desktop/ui/errors.py" line="49" />
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="62" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="63" />
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
    <name>Forms</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="73" />
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="74" />
        <source>Close without saving? Your changes will be lost.</source>
        <translation>Close without saving? Your changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="76" />
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="77" />
        <source>Discard</source>
        <translation>Discard</translation>
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
