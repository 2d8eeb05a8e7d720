<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ColumnWidths</name>
    <message>
        <location filename="../../desktop/ui/columns.py" line="83" />
        <source>Fit columns to their content</source>
        <translation>按内容调整列宽</translation>
    </message>
</context>
</TS>
