<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="25" />
        <location filename="../../desktop/ui/errors.py" line="49" />
        <source>Dossier</source>
        <translation>Dossier 客户档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="62" />
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="63" />
        <source>Dossier ran into a problem that is not your fault. Your saved work is safe and the app keeps running; text you were typing is still in its field.

The details were written to:
{path}
Please send that file to the developers.</source>
        <translation>Dossier 遇到了一个问题，这不是您的操作造成的。已保存的内容都是安全的，程序会继续运行；您正在输入的文字仍保留在原处。

详细信息已写入：
{path}
请将该文件发送给开发人员。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="73" />
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="74" />
        <source>Close without saving? Your changes will be lost.</source>
        <translation>不保存就关闭吗？所做的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="76" />
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets.py" line="77" />
        <source>Discard</source>
        <translation>放弃修改</translation>
    </message>
</context>
<context>
    <name>ctx</name>
    <message>
        <location filename="../../desktop/ui/undo.py" line="84" />
        <location filename="../../desktop/ui/undo.py" line="157" />
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="109" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/undo.py" line="129" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
</TS>
