<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ColumnWidths</name>
    <message>
        <location filename="../../desktop/ui/columns.py" line="83" />
        <source>Fit columns to their content</source>
        <translation>Fit columns to their content</translation>
    </message>
</context>
</TS>
